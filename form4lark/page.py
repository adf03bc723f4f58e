"""The one representation of a Form 4 page that every shape reader produces.

A shape reader (``form4lark/shapes/``) turns a text, whatever made it, into a
``Page``: lines in reading order, each a list of ``Piece``s. A piece is a cell
of a table (markdown, HTML), a run of words that the page grid keeps apart by
spacing, or a line of a reading-order stream; it carries its place in the
source (line, column) and, where the shape knows it, its horizontal position on
the page (``x``). The form reader (``form4lark/form/``) reads only pages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .patterns import NOTES_LABEL

# a table's title, or the notes' label: the header's lines end above the first
_HEADER_END = re.compile(rf"Table\s+II?\b|{NOTES_LABEL}", re.I)


# Not frozen, though never changed (``dataclasses.replace`` makes a changed copy): a
# page holds hundreds of pieces, and a frozen dataclass is built at a fifth of the
# speed. Hashed by its fields, as a frozen one is.
@dataclass(slots=True, unsafe_hash=True)
class Piece:
    """A piece of text on the page, markup removed. A cell of several lines (an HTML
    cell with line breaks) holds them separated by "\n"."""

    text: str
    #: 1-based line and column of its first character in the source text
    line: int = 0
    column: int = 0
    #: left edge on the page where the shape keeps positions (a grid's character
    #: column, a PDF word's points); None where the shape has none
    x: float | None = None
    #: right edge, where ``x`` is known
    x_end: float | None = None
    #: the EDGAR CIK this piece linked to (the sec.gov page links names to CIKs)
    cik: str | None = None

    def __bool__(self) -> bool:
        return bool(self.text.strip())


@dataclass(slots=True)
class Line:
    """One line of the page in reading order: a table row's cells, or words of a line.

    ``cells`` is True when the pieces are a table's cells, empty ones kept, so
    that a piece's index is its column (markdown and HTML tables)."""

    pieces: list[Piece]
    cells: bool = False
    #: True for a page's first line where the text holds pages one after another (a
    #: PDF's words, pages 2 on): a page break above it
    page_top: bool = False

    @property
    def text(self) -> str:
        return " ".join(p.text for p in self.pieces if p.text.strip())


@dataclass(slots=True)
class Page:
    """A text as the form reader sees it."""

    #: the shape the text was recognised as: "cells", "grid" or "stream"
    shape: str
    lines: list[Line] = field(default_factory=list)
    #: the program that made the text, where its traces tell ("html2text", ...)
    converter: str | None = None
    #: False where the text cannot hold a line break inside a cell (a markdown pipe
    #: table is one line per row): a cell's lines then run together
    breaks_kept: bool = True
    #: the lines that open a printed page, where the text told them with form feeds
    #: (``source.page_tops``; a stream's only: a row cut by a page's end)
    tops: frozenset[int] = frozenset()
    #: the source lines a markdown text ends with a hard break (two spaces or "\\"): a
    #: line break kept, never where the text wrapped
    hard_breaks: frozenset[int] = frozenset()
    #: what readers worked out from the page once and share (its atoms per context)
    memo: dict[object, object] = field(default_factory=dict, repr=False, compare=False)

    def soft_wraps(self) -> frozenset[int]:
        """The source lines of a text not laid out on a page grid whose break may be
        where the text was wrapped at a width (html2text's 78 characters): the next
        line's first word would not have fit after the line's end within that width; a
        markdown hard break (``hard_breaks``) is none. The width is the length nine in
        ten of the header's lines (those above the first table's title) keep within, and the text
        counts as wrapped only where a third of them end within eight characters of it
        (cells of tabs or a stream's lines end anywhere). Empty on a page grid (its
        pieces' ``x`` tell where a column ends) or a header of fewer than ten lines."""
        if self.shape == "grid":
            return frozenset()
        wraps = self.memo.get("soft_wraps")  # asked for each owner's box 1
        if not isinstance(wraps, frozenset):
            wraps = self.memo["soft_wraps"] = self._soft_wraps()
        return wraps

    def _soft_wraps(self) -> frozenset[int]:
        """``soft_wraps`` worked out."""
        ends = {line.pieces[-1].line: line.pieces[-1].column - 1 + len(line.pieces[-1].text)
                for line in self.lines if line.pieces and line.pieces[-1].column}
        header: list[int] = []
        for line in self.lines:
            if _HEADER_END.search(line.text):
                break
            if line.pieces and line.pieces[-1].line in ends:
                header.append(ends[line.pieces[-1].line])
        else:  # no table's title: where the header ends is not known
            return frozenset()
        if len(header) < 10:
            return frozenset()
        width = sorted(header)[len(header) * 9 // 10]
        if sum(end >= width - 8 for end in header) * 3 < len(header):
            return frozenset()
        firsts = {line.pieces[0].line: line.pieces[0].text.split()[:1]
                  for line in self.lines if line.pieces}
        return frozenset(n for n, end in ends.items() if n not in self.hard_breaks
                         and firsts.get(n + 1) and end + 1 + len(firsts[n + 1][0]) > width)

    def with_lines(self, lines: list[Line]) -> Page:
        """This page with ``lines`` for its own, its memo empty: what readers worked out
        from the old lines (their atoms) does not hold for the new ones."""
        return replace(self, lines=lines, memo={})
