"""A site's page of the form whose headings a text extractor dropped, given them back.

A site's own page of a Form 4 heads each part with a heading of its own ("Non-Derivative
Securities (Table I)", "Footnotes", "Remarks", "Signatures"). A converter that keeps a
page's tables and paragraphs but not its headings (trafilatura) prints the parts one
after another, each still in its own shape: Table I and Table II as pipe tables headed
by their short column titles (``form_short_boxes.lark``'s ``columns_i`` and
``columns_ii``), the notes as paragraphs opening with their marks ("[1] ..." or "(1)
..."), the remarks as a paragraph ("None" where there are none) and the signatures as
a last table of cells (a signer, a date). Where the page holds that order whole, each
part's heading is given back before it, a line standing on its first line's place, so
that the form reader finds the parts as on the page. Where the order is broken (a part
missing, a table's title printed after all), the page is left as it was: its parts'
limits are not known, and the form reader says what it misses.

The paragraph after the last note is taken for the remarks: a note of two paragraphs
would lend its second to them (the page's own paragraphs cannot tell).
"""

from __future__ import annotations

import re
from functools import lru_cache

from lark import Lark
from lark.exceptions import LarkError

from ..grammar import load
from ..page import Line, Piece

#: each table's heading as a site's page prints it, by its columns' start symbol
TABLE_HEADINGS = {"columns_i": "Non-Derivative Securities (Table I)",
                  "columns_ii": "Derivative Securities (Table II)"}
# a table's title the page printed after all: nothing was dropped
_TABLE_TITLE = re.compile(r"derivative\s+securities", re.I)
# a note's paragraph: its mark opening it, "[1] This transaction ..." or "(1) ..."
_NOTE = re.compile(r"[\[(]([0-9]{1,2})[\])]\s")
# the signatures' row: a signer and a date ("/s/ Sam Whittington, ... | 05/06/2019")
_DATE = re.compile(r"[0-9]{2}/[0-9]{2}/[0-9]{4}")


@lru_cache(maxsize=1)
def _columns() -> Lark:
    from ..form.short_boxes import STARTS  # the form reader's: imported where needed
    return load("form_short_boxes", STARTS)


def _table_of(line: Line) -> str | None:
    """The start symbol whose columns ``line`` titles ("columns_i", "columns_ii"), or None:
    a row of cells that is a table's header of short titles."""
    if not line.cells or not line.text.lower().startswith("title of security"):
        return None
    for start in TABLE_HEADINGS:
        try:
            _columns().parse(line.text, start=start)
        except LarkError:
            continue
        return start
    return None


def _heading(text: str, before: Line) -> Line:
    """A heading line standing where ``before``'s first piece does."""
    first = before.pieces[0]
    return Line([Piece(text, first.line, first.column)])


def _signed(line: Line) -> bool:
    """True for a row of cells holding a signer and, last, a date."""
    cells = [p.text for p in line.pieces if p.text.strip()]
    return line.cells and len(cells) >= 2 and bool(_DATE.fullmatch(cells[-1]))


def _parts_after(lines: list[Line], start: int) -> dict[int, str] | None:
    """The headings of the parts after the last table's rows (from ``start``): the notes'
    paragraphs numbered 1, 2, ... in order, then the remarks' paragraphs, then the
    signatures' rows, each heading by the index of the part's first line. None where
    the lines do not hold that order whole."""
    at = start
    while at < len(lines) and lines[at].cells:  # the table's rows
        at += 1
    headings: dict[int, str] = {}
    number = 1
    while at < len(lines) and not lines[at].cells:
        mark = _NOTE.match(lines[at].text)
        if mark is None or int(mark.group(1)) != number:
            break
        headings.setdefault(at, "Footnotes")
        number += 1
        at += 1
    remarks = at
    while at < len(lines) and not lines[at].cells:
        if _NOTE.match(lines[at].text):  # a note out of order: where the remarks begin is lost
            return None
        at += 1
    if at == remarks or at == len(lines) or not all(_signed(line) for line in lines[at:]):
        return None
    headings[remarks] = "Remarks"
    headings[at] = "Signatures"
    return headings


def headings_given_back(lines: list[Line]) -> list[Line]:
    """``lines`` with the headings of a site's page given back where a converter dropped
    them (this module's docstring); ``lines`` unchanged where they are not such a page."""
    tables = {n: start for n, line in enumerate(lines) if (start := _table_of(line))}
    if not tables or len(set(tables.values())) < len(tables) \
            or any(_TABLE_TITLE.search(line.text) for line in lines if not line.cells):
        return lines
    headings = {n: TABLE_HEADINGS[start] for n, start in tables.items()}
    after = _parts_after(lines, max(tables) + 1)
    if after is None:
        return lines
    headings.update(after)
    out: list[Line] = []
    for n, line in enumerate(lines):
        if n in headings:
            out.append(_heading(headings[n], line))
        out.append(line)
    return out
