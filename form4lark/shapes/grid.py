"""Page-grid shape: column-aligned text, where spaces keep the page's x positions.

``pdftotext -layout``, inscriptis and w3m-like converters print each line of the
page with its words at their columns. A line is cut into pieces at runs of
``GAP`` or more spaces; each piece keeps its character column as ``x``, so the
form reader can tell which box or table column a piece stands in.
"""

from __future__ import annotations

import re

from ..page import Line, Page, Piece
from ..patterns import BOX_OPENING
from .wrapped_labels import join_wrapped_labels

#: spaces that separate two pieces of a line (one space is inside a phrase)
GAP = 2
_RUN = re.compile(r"\S+(?: {1,%d}\S+)*" % (GAP - 1))
# a box's label opening after one space only, in a column printed full: "WILLIAMS
# JEFFREY E 3. Date of Earliest" (box 1's value, then box 3's label beside it)
_BOX_AFTER_ONE_SPACE = re.compile(r"(?<=\S) (?=%s)" % BOX_OPENING)


def grid_lines(text: str) -> list[Line]:
    out = []
    for number, raw in enumerate(text.split("\n"), start=1):
        raw = raw.replace("\t", " ").replace("\u00a0", " ")
        pieces = [Piece(raw[start:end], number, start + 1, x=start, x_end=end)
                  for m in _RUN.finditer(raw) for start, end in _box_cuts(m.group(), m.start())]
        if pieces:
            out.append(Line(pieces))
    return out


def _box_cuts(run: str, at: int) -> list[tuple[int, int]]:
    """Where the pieces of ``run`` (at column ``at``) start and end: the run cut before
    each box label that opens in it after one space (``_BOX_AFTER_ONE_SPACE``)."""
    starts = [0, *(m.end() for m in _BOX_AFTER_ONE_SPACE.finditer(run))]
    ends = [*(s - 1 for s in starts[1:]), len(run)]
    return [(at + s, at + e) for s, e in zip(starts, ends)]


def read_grid(text: str) -> Page:
    return Page(shape="grid", lines=join_wrapped_labels(grid_lines(text)))
