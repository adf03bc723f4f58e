"""Text lines between two rows cut by the titles the page prints (``row_lines.py``).

Where two rows' open text cells share their wrapped lines (two or three cells
each) and no rule of ``row_lines._cut`` tells which of the lines between them
are whose, each cut of the run is tried: a cut is possible where both rows then
read as ``row_pairs.readings`` reads them (the underlying title, or the title,
one the page prints with certainty, every other cell's brackets closed and no
words after its footnote mark). Where exactly one cut is possible, it is the
rows'. Each row's other lines must be known; a cut whose lines cannot be told
(a line of marks alone, too many cuts to try) leaves the run uncut. A cut made
may tell the next run's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .atoms import Atom
from .row_pairs import readings

if TYPE_CHECKING:  # row_lines.py calls this module
    from .row_lines import RowLine

Lines = list[list[Atom]]


class _Untold(Exception):
    """A row's lines that ``row_pairs.readings`` cannot tell."""


def _reads(row: RowLine, above: Lines, below: Lines, keys: tuple[str, ...],
           titles: frozenset[str], top: bool) -> bool:
    shared = tuple(k for k in keys if k in row.open)
    found = readings(above, below, row.parts, shared, titles, top)
    if found is None:
        raise _Untold
    return bool(found)


def title_cuts(gaps: list[tuple[RowLine, RowLine, Lines]], keys: tuple[str, ...],
               titles: frozenset[str], top: bool) -> None:
    """Cut each run of ``gaps`` (the rows above and below it, and its lines) left uncut
    where exactly one cut lets both rows read. ``keys``: the table's text columns, left
    to right; ``top``: the page aligns its cells to the top."""
    changed = True
    while changed:
        changed = False
        for upper, lower, run in gaps:
            if upper.below is not None or lower.above is not None:
                continue  # cut already
            if upper.above is None or lower.below is None or min(
                    len(upper.open), len(lower.open)) < 2:
                continue
            try:
                fits = [k for k in range(len(run) + 1)
                        if _reads(upper, upper.above, run[:k], keys, titles, top)
                        and _reads(lower, run[k:], lower.below, keys, titles, top)]
            except _Untold:
                continue
            if len(fits) == 1:
                upper.below, lower.above = run[:fits[0]], run[fits[0]:]
                changed = True
