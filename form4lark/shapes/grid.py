"""Page-grid shape: column-aligned text, where spaces keep the page's x positions.

``pdftotext -layout``, inscriptis and w3m-like converters print each line of the
page with its words at their columns. A line is cut into pieces at runs of
``GAP`` or more spaces; each piece keeps its character column as ``x``, so the
form reader can tell which box or table column a piece stands in. Where a terminal
browser drew a table's borders, a line is cut at each border too: a narrow column
fills its cell to the border ("│2. Issuer Name and│5. Relationship of"), which the
border, once taken out, leaves one space away from the next cell's words.
"""

from __future__ import annotations

import re

from ..page import Line, Page, Piece
from .wrapped_labels import join_wrapped_labels

#: spaces that separate two pieces of a line (one space is inside a phrase)
GAP = 2
_RUN = re.compile(r"\S+(?: {1,%d}\S+)*" % (GAP - 1))
# a table's border crossing a line of text, as terminal browsers draw it: "│", "├", "┼"
_BORDER = re.compile(r"[│┃║├┤┼┠┨╂╟╢╫┝┥┿╞╡╪]")


def border_columns(text: str) -> dict[int, list[int]]:
    """The columns where each line (numbered from 1) of ``text`` holds a vertical
    border of a drawn table; only lines holding one are listed."""
    out = {}
    for number, raw in enumerate(text.split("\n"), start=1):
        columns = [m.start() for m in _BORDER.finditer(raw)]
        if columns:
            out[number] = columns
    return out


def _segments(raw: str, cuts: list[int]) -> list[tuple[int, str]]:
    """``raw`` cut at the columns ``cuts`` that hold a space (a border taken out):
    each part with the column it starts at."""
    parts, start = [], 0
    for cut in sorted(cuts):
        if start <= cut < len(raw) and raw[cut] == " ":
            parts.append((start, raw[start:cut]))
            start = cut + 1
    parts.append((start, raw[start:]))
    return parts


def grid_lines(text: str, borders: dict[int, list[int]] | None = None,
               tops: frozenset[int] = frozenset()) -> list[Line]:
    """The lines of ``text`` cut into pieces at runs of spaces, and at the columns
    ``borders`` gives for a line (``border_columns``); a line is a page's top
    (``Line.page_top``) where a page opens (``tops``, line numbers) after the line before
    it and at or above it (a page opening with blank lines), the first line never."""
    out: list[Line] = []
    opened = False  # a page opened since the last line with pieces
    text = text.replace("\t", " ").replace("\u00a0", " ")  # once, not per line
    for number, raw in enumerate(text.split("\n"), start=1):
        opened = opened or number in tops
        cuts = borders.get(number) if borders else None
        parts = _segments(raw, cuts) if cuts else [(0, raw)]
        pieces = []
        for start, part in parts:
            for run in _RUN.finditer(part):
                word, x = run.group(), start + run.start()
                pieces.append(Piece(word, line=number, column=x + 1, x=x, x_end=x + len(word)))
        if pieces:
            out.append(Line(pieces, page_top=opened and bool(out)))
            opened = False
    return out


def read_grid(text: str, borders: dict[int, list[int]] | None = None,
              tops: frozenset[int] = frozenset()) -> Page:
    """The page of a column-aligned ``text``; ``borders``: where its drawn tables'
    borders stood (``border_columns`` of the text before they were taken out); ``tops``:
    the lines that open a page (``source.page_tops``: pdftotext's form feeds)."""
    return Page(shape="grid", lines=join_wrapped_labels(grid_lines(text, borders, tops)))
