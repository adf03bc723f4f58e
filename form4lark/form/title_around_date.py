"""Table I's title wrapped around its row's date, put back whole before the date.

A stream that prints a page's lines block by block (``pdftotext`` with no flags) may take
a row's first two cells as one block: the title's two lines with the date, which the
page centres on the title's height, between them ("Class A Common" / "08/22/2019" /
"Stock"). Read in order, the date would cut the title. Column 1 is the table's first:
nothing stands left of it, so a date printed between its lines is column 2's, right of
it. Where a line stops open the way a wrapped title does (``row_sequence.OPEN_TITLE``),
the next line is a date alone and the line after it only the words that close such a
title (``row_sequence.TITLE_CLOSING``, its marks after them), each right below the one
before, the date goes after the closing line. Anywhere else the words stay as they are.
"""

from __future__ import annotations

from ..patterns import MARKS_RE
from .atoms import Atom, lines_of
from .row_kinds import DATE, TITLE_OPENING
from .row_sequence import OPEN_TITLE, TITLE_CLOSING


def _text(line: list[Atom]) -> str:
    return " ".join(a.text for a in line)


def _closes_title(line: list[Atom]) -> bool:
    """True where ``line`` holds only the words closing a title, then any marks
    ("Stock", "Stock [1]", "Common Stock(2)")."""
    words = [a for a in line if not MARKS_RE.fullmatch(a.text)]
    marks = line[len(words):]
    return bool(words) and all(MARKS_RE.fullmatch(a.text) for a in marks) \
        and bool(TITLE_CLOSING.fullmatch(_text(words)))


def _wrapped_around(first: list[Atom], date: list[Atom], closing: list[Atom]) -> bool:
    """True where three lines, one right below the other, are a title's first line
    stopping open, a date alone, and the title's closing words."""
    title = _text(first)
    return (first[-1].line + 1 == date[0].line and date[-1].line + 1 == closing[0].line
            and bool(TITLE_OPENING.match(title)) and bool(OPEN_TITLE.fullmatch(title))
            and len(date) == 1 and bool(DATE.fullmatch(date[0].text))
            and _closes_title(closing))


def titles_around_dates_put_back(atoms: list[Atom]) -> list[Atom]:
    """``atoms`` (Table I's body in a stream) with each date printed between its row's
    title's lines moved after them (``atoms`` itself where none is)."""
    lines = lines_of(atoms)
    out: list[Atom] = []
    moved = False
    n = 0
    while n < len(lines):
        if n + 2 < len(lines) and _wrapped_around(*lines[n:n + 3]):
            out += lines[n] + lines[n + 2] + lines[n + 1]
            moved = True
            n += 3
        else:
            out += lines[n]
            n += 1
    return out if moved else atoms
