"""A merged reading's rows filled from the rows that read in order before a stop.

Where a stream's Table I reads in the form's order up to one row that does not
(pdftotext prints a last row's amount owned before its price), ``row_merge``
still reads the whole body with its columns merged, but leaves out every cell it
cannot place for certain (a title wrapped over lines, amounts whose column the
arithmetic does not settle). The rows before the stop read as they would in a
whole table (``row_resync.rows_before_stop``): both readings are certain, so a
row of the one is the same row of the other where every cell both give is the
same text, and then the cells only the reading in order gives are kept too.
Where any row of the two disagrees, or they pair on nothing, the merged reading
stands as it was.
"""

from __future__ import annotations

from ..sections import Row
from .atoms import Atom
from .row_resync import rows_before_stop


def _same_row(merged: Row, ordered: Row) -> bool:
    """True where the two rows give at least one cell in common and every cell both
    give is the same text."""
    shared = merged.keys() & ordered.keys()
    return bool(shared) and all(merged[k].text == ordered[k].text for k in shared)


def filled_from_prefix(merged: list[Row], atoms: list[Atom], table: str) -> list[Row]:
    """``merged`` with the cells it left out taken from the rows that read in the form's
    order before the table's first row that does not (``atoms``: the table's body),
    where those rows are the first of ``merged`` cell for cell."""
    before = rows_before_stop(atoms, table)
    if before is None or not before[0] or len(before[0]) > len(merged):
        return merged
    ordered = before[0]
    if not all(_same_row(m, o) for m, o in zip(merged, ordered)):
        return merged
    return [{**o, **m} for m, o in zip(merged, ordered)] + merged[len(ordered):]
