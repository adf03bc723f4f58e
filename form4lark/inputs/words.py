"""Words with their boxes on a page (a PDF's text layer, OCR) -> a ``Page`` of shape "grid".

A page-grid text keeps each word at its character column; here the columns are
measured instead of printed. Words are grouped into visual lines by how near
their vertical centres are (a raised footnote mark stays on its line), ordered by x,
and words closer than ``JOIN`` typical character widths run into one piece, as
the single space inside a phrase does in a grid text. Positions are in
character units (points divided by the page's typical character width), so the
grid reader's tolerances, counted in characters, apply unchanged.

Each piece also gets a ``line`` and ``column`` in the page's text as
``page_text`` prints it: visual lines top to bottom, with blank lines where the
page leaves vertical space (the grid reader tells rows apart by them), pages in
order with none between them (a row a page break cuts goes on on the next page), each
page's first line after the first page's marked as below a break (``Line.page_top``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from itertools import groupby
from operator import attrgetter
from typing import NamedTuple

from ..page import Line, Page, Piece

#: words closer than this many character widths are one piece (a space is about 0.6)
JOIN = 1.0
#: two words whose centres are nearer than this share of the smaller one's height are on
#: one line (a PDF's boxes are the font's full height, taller than the line pitch)
CENTRES = 0.3
#: spaces at least between two pieces of the page's text
GAP = 2


class Word(NamedTuple):
    """A word and its box: x grows to the right, y downward (top < bottom)."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    #: the page it is on, counted from 0
    page: int = 0
    #: False for a word OCR was unsure of: kept out of the page, reported
    sure: bool = True

    @property
    def height(self) -> float:
        return self.bottom - self.top


@dataclass(slots=True)
class _Row:
    """A visual line being gathered: its words and the band of its tallest one."""

    words: list[Word]
    top: float
    bottom: float


def char_width(words: list[Word]) -> float:
    """The page's typical character width: the median of its words' widths per character."""
    import statistics  # here, not at the top: a plain text's reading never asks for it
    widths = [(w.x1 - w.x0) / len(w.text) for w in words if len(w.text) >= 2 and w.x1 > w.x0]
    return statistics.median(widths) if widths else 1.0


def visual_lines(words: list[Word]) -> list[list[Word]]:
    """The words of one page in visual lines, top to bottom, each line left to right: each
    word joins the nearest of the last few lines whose centre is near its own."""
    rows: list[_Row] = []
    for word in sorted(words, key=attrgetter("top", "x0")):
        top, bottom = word.top, word.bottom
        for row in reversed(rows[-8:]):  # a page holds hundreds of words: inlined
            apart = abs((row.top + row.bottom) - (top + bottom)) / 2
            smaller = row.bottom - row.top
            if apart < CENTRES * (bottom - top if bottom - top < smaller else smaller):
                break
        else:
            rows.append(_Row([word], top, bottom))
            continue
        row.words.append(word)
        if bottom - top > row.bottom - row.top:
            row.top, row.bottom = top, bottom
    rows.sort(key=lambda r: (r.top + r.bottom) / 2)
    return [sorted(r.words, key=attrgetter("x0")) for r in rows]


def _centres(lines: list[list[Word]]) -> list[float]:
    """Each visual line's centre: the median of its words' centres."""
    return [_median([(w.top + w.bottom) / 2 for w in line]) for line in lines]


def _median(values: list[float]) -> float:
    """``statistics.median`` of a list that is not empty, the same value without the
    cost of its checks (a page has hundreds of lines, many of one word)."""
    if len(values) == 1:
        return values[0]
    values = sorted(values)
    half = len(values) // 2
    return values[half] if len(values) % 2 else (values[half - 1] + values[half]) / 2


def _pitch(lines: list[list[Word]], centres: list[float]) -> float:
    """The page's line pitch: the median distance between the centres of adjacent lines
    about a line's height apart (lines wrapped inside a cell; not a cell's line set half
    a line below its neighbour's, centred on a row)."""
    import statistics  # as in char_width
    height = statistics.median(w.height for line in lines for w in line)
    steps = [b - a for a, b in zip(centres, centres[1:]) if 0.75 * height <= b - a <= 2 * height]
    return statistics.median(steps) if steps else height * 1.2


def _blank_lines(step: float, pitch: float) -> int:
    """Blank lines a grid text would print between two visual lines ``step`` apart."""
    return max(0, math.floor(step / pitch + 0.5) - 1)


def _pieces(line: list[Word], width: float) -> list[list[Word]]:
    """The line's words run into pieces: a gap under ``JOIN`` characters is inside one."""
    pieces: list[list[Word]] = []
    for word in line:
        if pieces and word.x0 - pieces[-1][-1].x1 < JOIN * width:
            pieces[-1].append(word)
        else:
            pieces.append([word])
    return pieces


def page_of_words(words: list[Word]) -> Page:
    """The words of a document, pages in order, as a page grid (see the module's note)."""
    out: list[Line] = []
    number = 0
    sure = [w for w in words if w.sure and w.text.strip()]
    width = char_width(sure)  # one for all pages, so that their columns line up
    by_page = attrgetter("page")
    for _, group in groupby(sorted(sure, key=by_page), key=by_page):
        lines = visual_lines(list(group))
        centres = _centres(lines)
        pitch = _pitch(lines, centres)
        for index, line in enumerate(lines):
            step = centres[index] - centres[index - 1] if index else None
            number += 1 + (_blank_lines(step, pitch) if step is not None else 0)
            out.append(Line(_line_pieces(line, width, number), page_top=bool(out) and not index))
    return Page(shape="grid", lines=out)


def _line_pieces(line: list[Word], width: float, number: int) -> list[Piece]:
    pieces: list[Piece] = []
    column = 0  # where the text printed so far ends
    for run in _pieces(line, width):
        text = run[0].text if len(run) == 1 else " ".join([w.text for w in run])
        x, x_end = run[0].x0 / width, run[-1].x1 / width
        start = max(round(x), column + GAP if pieces else 0)
        pieces.append(Piece(text, number, start + 1, x=x, x_end=x_end))
        column = start + len(text)
    return pieces


def page_text(page: Page) -> str:
    """The page as a grid text: each piece at its ``column`` on its ``line``."""
    rows: list[str] = []
    for line in page.lines:
        number = line.pieces[0].line
        rows += [""] * (number - 1 - len(rows))
        text = ""
        for piece in line.pieces:
            text += " " * (piece.column - 1 - len(text)) + piece.text
        rows.append(text)
    return "\n".join(rows) + "\n"
