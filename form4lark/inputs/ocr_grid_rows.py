"""A scan's table rows' titles, (A)/(D) and natures filled from its words on the page grid.

tesseract's text of a table prints a title wrapped in its narrow column around the
row's values ("Restricted C" above, "Units Stock" below the line of numbers), and
glyphs of rules and marks next to the (A)/(D) column, so that the text's reading
leaves those cells unknown; the grid (``shapes/grid.py``) puts each word in its
column and reads them. The text's reading stays; a row takes the grid's security
title and (A)/(D) only where it left them unknown, and only where the two readings
hold the same rows: as many in the table, each pair agreeing on every value both
read (two at least: a date, a code, an amount). A title is taken only where each of
its words is a word of the text: the grid never makes up a word, but may join one
from a neighbouring cell. An underlying security's title is taken too where the
record names that security elsewhere (a row's security title, by either reading, or
another underlying title): the grid may cut its wrapped lines short ("Common" for
"Common Stock"), which no check of its words tells. A title whose round brackets do not
pair is not taken: the grid joined a word OCR cut ("Stock options ight to buy)", the
"(r" of "(right" lost: SCWO-20250430-1's sec page drawn by pypdfium2); no title of the
corpus truths leaves one open or closes one unopened. A nature of ownership is taken
where the text's reading holds the same nature in another row: the grid glues a
footnote's mark into one ("See 4 footnote", "7 By Trust") as often as not. Amounts,
dates and prices are not taken: the grid reads a mark as an amount's digit as often as
it reads them right.

Measured on the corpus PDFs read as scans (``benchmarks/scans.py``), recall sec
0.775 -> 0.786 and plain 0.824 -> 0.836 (drawn by pdftoppm), sec 0.698 -> 0.703 and
plain 0.763 -> 0.776 (by pypdfium2, with ``ocr_misplaced_rows.py``); one wrong title
more on sec (pdftoppm, pypdfium2: a first line the grid left out), precision otherwise
unchanged or higher.
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

from ..model import Form4
from .ocr_grid_header import folded
from .ocr_prose import balanced

#: a table's cells taken from the grid where the text left them unknown
FILLED = ("security_title", "acquired_disposed", "underlying_security_title",
          "nature_of_ownership")
#: the tables so filled
TABLES = ("non_derivative_transactions", "non_derivative_holdings",
          "derivative_transactions", "derivative_holdings")
#: the titles taken only where their brackets pair
TITLES = frozenset({"security_title", "underlying_security_title"})
#: values two paired rows must both hold and agree on
MIN_AGREEING = 2

_Row = TypeVar("_Row")


def rows_filled(form: Form4, grid: Form4 | None, text: str) -> Form4:
    """``form`` with its tables' unknown titles, (A)/(D) and natures taken from ``grid``'s rows
    where the two readings hold the same rows; ``text`` is tesseract's text."""
    if grid is None:
        return form
    words = frozenset(text.split())
    # cells taken only where the record names their value elsewhere
    named = {"underlying_security_title": _values(form, "security_title",
                                                  "underlying_security_title")
             | _values(grid, "security_title"),
             "nature_of_ownership": _values(form, "nature_of_ownership")}
    changes: dict[str, Any] = {
        name: _table_filled(getattr(form, name), getattr(grid, name), words, named)
        for name in TABLES}
    return dataclasses.replace(form, **changes)


def _values(form: Form4, *fields: str) -> frozenset[str]:
    """The values the record's tables hold in ``fields``, folded."""
    return frozenset(folded(getattr(row, field)) for name in TABLES
                     for row in getattr(form, name) or () for field in fields
                     if getattr(row, field, None) is not None)


def _table_filled(rows: tuple | None, grid: tuple | None, words: frozenset[str],
                  named: dict[str, frozenset[str]]) -> tuple | None:
    if not rows or not grid or len(rows) != len(grid):
        return rows
    if not all(_same_row(row, other) for row, other in zip(rows, grid)):
        return rows
    return tuple(_row_filled(row, other, words, named) for row, other in zip(rows, grid))


def _same_row(row: Any, other: Any) -> bool:
    """True where the rows agree on every value both hold, ``MIN_AGREEING`` at least."""
    both = [(getattr(row, f.name), getattr(other, f.name)) for f in dataclasses.fields(row)
            if f.name not in ("footnotes", "span")]
    both = [(a, b) for a, b in both if a is not None and b is not None]
    return len(both) >= MIN_AGREEING and all(folded(a) == folded(b) for a, b in both)


def _row_filled(row: _Row, other: _Row, words: frozenset[str],
                named: dict[str, frozenset[str]]) -> _Row:
    changes = {}
    for name in FILLED:
        value = getattr(other, name, None)
        if value is None or getattr(row, name, None) is not None:
            continue
        if name in named and folded(value) not in named[name]:
            continue
        if name in TITLES and not balanced(value):
            continue
        if all(word in words for word in value.split()):
            changes[name] = value
    return dataclasses.replace(row, **changes) if changes else row  # type: ignore[type-var]
