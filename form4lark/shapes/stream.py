"""Reading-order shape: the page's words as a stream, one run per line.

``pdftotext -raw``, pypdf, pdfplumber and a page's plain text print the words
in reading order and lose the page's columns: each line is one piece with no
position. The form reader reads its table rows as typed sequences.
"""

from __future__ import annotations

from ..page import Line, Page, Piece
from ..text import fold


def stream_lines(text: str) -> list[Line]:
    out = []
    for number, raw in enumerate(text.split("\n"), start=1):
        folded = fold(raw)
        if folded:
            out.append(Line([Piece(folded, number, len(raw) - len(raw.lstrip()) + 1)]))
    return out


def read_stream(text: str) -> Page:
    return Page(shape="stream", lines=stream_lines(text))
