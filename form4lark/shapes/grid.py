"""Page-grid shape: column-aligned text, where spaces keep the page's x positions.

``pdftotext -layout``, inscriptis and w3m-like converters print each line of the
page with its words at their columns. A line is cut into pieces at runs of
``GAP`` or more spaces; each piece keeps its character column as ``x``, so the
form reader can tell which box or table column a piece stands in.
"""

from __future__ import annotations

import re

from ..page import Line, Page, Piece
from .wrapped_labels import join_wrapped_labels

#: spaces that separate two pieces of a line (one space is inside a phrase)
GAP = 2
_RUN = re.compile(r"\S+(?: {1,%d}\S+)*" % (GAP - 1))


def grid_lines(text: str) -> list[Line]:
    out = []
    for number, raw in enumerate(text.split("\n"), start=1):
        raw = raw.replace("\t", " ").replace("\u00a0", " ")
        pieces = [Piece(m.group(), number, m.start() + 1, x=m.start(), x_end=m.end())
                  for m in _RUN.finditer(raw)]
        if pieces:
            out.append(Line(pieces))
    return out


def read_grid(text: str) -> Page:
    return Page(shape="grid", lines=join_wrapped_labels(grid_lines(text)))
