"""Table I read by its values' kinds (``row_kind_runs``) where footnote marks stand alone
among its values.

A stream may print a cell's footnote mark as a box of its own, apart from its value
(the code "S", then "(1)", then the amount "1,000" it marks). A lone mark reads as a
price (the form may print a price as only its mark), so the body then holds more prices
than transactions and is not read by kind. Where the prices printed as numbers are
exactly one per date, no price is a lone mark: every lone mark is then some other
cell's, which cell cannot be told, so they are left out (with a diagnostic) and the body
is read by kind without them, every reading having to agree as before.

Any other count of printed prices is refused by the reading's own checks but one: twice
as many dates as printed prices, which the reading by kind takes for each transaction's
date and its deemed execution date (``_deemed_dates_apart``); with lone marks among the
prices that pairing is not known, so it is not read here.
"""

from __future__ import annotations

from dataclasses import replace

from ..sections import Row
from .atoms import Atom
from .column_tokens import _MARK_OR, fits
from .row_kind_runs import kinds_read, table_i_kinds


def rows_without_lone_marks(atoms: list[Atom], table: str) -> tuple[list[Row], list[str]] | None:
    """Table I's rows read by kind with the footnote marks standing alone among its
    prices left out, and those marks' texts; None where no mark stands so, the prices
    printed as numbers are not one per date, or the readings disagree."""
    if table != "table_i":
        return None
    kinds = table_i_kinds(atoms)
    if kinds is None:
        return None
    marks = [fits(t.text, _MARK_OR) for t in kinds.prices]
    printed = [t for t, mark in zip(kinds.prices, marks) if not mark]
    lone = [t.text for t, mark in zip(kinds.prices, marks) if mark]
    # one printed price per date: refuses the deemed dates' pairing (see above)
    if not lone or not printed or len(kinds.dates) != len(printed):
        return None
    rows = kinds_read(replace(kinds, prices=printed))
    return (rows, lone) if rows is not None else None
