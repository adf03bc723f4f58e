"""Table I's title wrapped around its row's date, put back whole before the date.

A stream that prints a page's lines block by block (``pdftotext`` with no flags) may take
a row's first two cells as one block: the title's two lines with the date, which the
page centres on the title's height, between them ("Class A Common" / "08/22/2019" /
"Stock"). Read in order, the date would cut the title. Column 1 is the table's first:
nothing stands left of it, so a date printed between its lines is column 2's, right of
it. Where a line stops open the way a wrapped title does (``row_sequence.OPEN_TITLE``),
the next line is a date alone and the line after it only the words that close such a
title (``row_sequence.TITLE_CLOSING``, its marks after them), each right below the one
before, and no line of words stands right above the first (it would be a nature's last
line as well: "By Acme LLC -" / "Series A"), the date goes after the closing line. So too where the date ends the title's
first line ("Class A Common 04/04/2024" / "Stock, par value" / "$0.0001 per share": the
cells set at their top) and the line right below opens with the closing words: the date
goes after the title's lines below, up to a blank line or a line holding no word of prose
(a row's values, "S1"). Anywhere else the words stay as
they are.
"""

from __future__ import annotations

from ..patterns import MARKS_RE
from .atoms import Atom, lines_of
from .column_tokens import text as _text
from .row_kinds import DATE, TITLE_OPENING, is_prose
from .row_sequence import OPEN_TITLE, TITLE_CLOSING


def _words_right_above(above: list[Atom] | None, line: list[Atom]) -> bool:
    """True where ``above`` is a line of words right above ``line``: then ``line`` may
    end that line's cell (a nature's "By Acme LLC -" / "Series A") as well as open a
    title, so it is not taken for a title's first line."""
    return above is not None and above[-1].line + 1 == line[0].line and is_prose(above[0])


def _has_prose(line: list[Atom]) -> bool:
    """True where ``line`` holds a word of prose: a title's wrapped words may, a line of
    values ("S1", "141,981 D") does not."""
    return any(is_prose(a) for a in line)


def _closes_title(line: list[Atom]) -> bool:
    """True where ``line`` holds only the words closing a title, then any marks
    ("Stock", "Stock [1]", "Common Stock(2)")."""
    words = [a for a in line if not MARKS_RE.fullmatch(a.text)]
    marks = line[len(words):]
    return bool(words) and all(MARKS_RE.fullmatch(a.text) for a in marks) \
        and bool(TITLE_CLOSING.fullmatch(_text(words)))


def _wrapped_around(above: list[Atom] | None, first: list[Atom], date: list[Atom],
                    closing: list[Atom]) -> bool:
    """True where three lines, one right below the other, are a title's first line
    stopping open, a date alone, and the title's closing words, no line of words right
    above the first (``above``: the line before it, None where there is none)."""
    title = _text(first)
    return (not _words_right_above(above, first) and first[-1].line + 1 == date[0].line and date[-1].line + 1 == closing[0].line
            and bool(TITLE_OPENING.match(title)) and bool(OPEN_TITLE.fullmatch(title))
            and len(date) == 1 and bool(DATE.fullmatch(date[0].text))
            and _closes_title(closing))


def _dated_first_line(lines: list[list[Atom]], n: int) -> int:
    """How many lines below ``lines[n]`` go on with the title that line opens and its date
    ends, stopping open ("Class A Common 04/04/2024"): the lines right below it, one under
    the other, each holding a word of prose and no date, the first opening with the
    title's closing words ("Stock, par value"); 0 where ``lines[n]`` is no such line."""
    first = lines[n]
    title = _text(first[:-1])
    if len(first) < 2 or not DATE.fullmatch(first[-1].text) \
            or not TITLE_OPENING.match(title) or not OPEN_TITLE.fullmatch(title):
        return 0
    end = n + 1
    while end < len(lines) and lines[end][0].line == lines[end - 1][-1].line + 1 \
            and _has_prose(lines[end]) and not any(DATE.fullmatch(a.text) for a in lines[end]):
        end += 1
    closing = lines[n + 1][0].text.rstrip(",") if end > n + 1 else ""
    return end - n - 1 if TITLE_CLOSING.fullmatch(closing) else 0


def titles_around_dates_put_back(atoms: list[Atom]) -> list[Atom]:
    """``atoms`` (Table I's body in a stream) with each date printed between its row's
    title's lines, or at the end of its first line, moved after them (``atoms`` itself
    where none is)."""
    lines = lines_of(atoms)
    out: list[Atom] = []
    moved = False
    n = 0
    while n < len(lines):
        if n + 2 < len(lines) and _wrapped_around(lines[n - 1] if n else None, *lines[n:n + 3]):
            out += lines[n] + lines[n + 2] + lines[n + 1]
            moved = True
            n += 3
        elif below := _dated_first_line(lines, n):
            out += lines[n][:-1] + [a for line in lines[n + 1:n + 1 + below] for a in line]
            out.append(lines[n][-1])
            moved = True
            n += 1 + below
        else:
            out += lines[n]
            n += 1
    return out if moved else atoms
