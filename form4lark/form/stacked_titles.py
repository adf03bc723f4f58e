"""Table II's two titles stacked over three lines beside each other (``row_lines.py``).

A page that centres its cells prints a row's title and underlying title of three
lines each ("Class B" / "Common" / "Stock", "Class A" / "Common" / "Stock") on the
line above the row's, the row's line and the line below, side by side, each line
holding the title's words, then the underlying title's, then the nature's::

    Class B Class A By SVF II
    Common 2) 12/09/2024 c 628,553) (c) @ | Common | 628,553 | $0 137,545 I (DE)
    Stock Stock uc(00)

Where the lines around the row cannot be told apart from its neighbours' (a nature
of many lines runs over them), the two titles are still certain: both stop open on
the row's line ("Common"), so each has a line above and below it; the line right
above opens with two classes ("Class B", "Class A"), one a title's first words, and
the line right below with two words that end a title ("Stock", "Stock"), which close
both: a centred cell has as many lines above its row's line as below, so neither
title reaches further (a title of four lines, "Non-Voting" over those three, stands
half a line off, one line further above: so each title read must be one the page
prints, in Table I or its notes). Only this shape is read; the nature is left as it
was.

Where no line can stand beyond the three (``bounded``: the line above them is the
table's header or another row's line, and the line below them another row's line,
the table's end, or the next row's two classes opening its own stack), no title
reaches a fourth line: the titles read are certain though the page prints them
nowhere else ("Class B Common Stock" over the table's first row), unless another cut
of the words above between the two titles gives one it prints ("Common Stock").
"""

from __future__ import annotations

import re

from .atoms import Atom
from .row_pairs import TITLE, UNDER, NotesProse, figure, unmarked
from .row_sequence import CLASS_OR_SERIES, TITLE_CLOSING

# a class or series, a title's first line: "Class B", "Series C-1"
_CLASS = re.compile(rf"{CLASS_OR_SERIES}[A-Za-z0-9-]{{0,3}}")


def stacked_titles(parts: dict[str, list[Atom]], above: list[Atom] | None,
                   below: list[Atom] | None, titles: frozenset[str],
                   notes: tuple[str, ...], bounded: bool = False) -> dict[str, list[Atom]]:
    """The title's and the underlying title's words where both stand as "Common" on
    the row's line (``parts``: its words by cell), the line right above (``above``)
    opens with two classes and the line right below (``below``) with two closing
    words, and each title is one of ``titles`` or a run of the words ``notes``, or
    no line beyond those three may hold a title's word (``bounded``); else nothing."""
    title, under = parts.get(TITLE, []), parts.get(UNDER, [])
    if not title or not under or above is None or below is None:
        return {}
    if not all(_follows(a, title[0]) for a in above) or not all(
            _follows(title[0], a) for a in below):
        return {}
    if [a.text for a in title] != ["Common"] or [a.text for a in under] != ["Common"]:
        return {}
    if len(below) < 2 or not opens_two_classes(above):
        return {}
    if not all(TITLE_CLOSING.fullmatch(a.text) for a in below[:2]):
        return {}
    cells = {TITLE: [*above[:2], *title, below[0]], UNDER: [*above[2:4], *under, below[1]]}
    if bounded:
        if any(map(_figure_or_mark, above + below)) or _printed_otherwise(
                above[:4], title, under, below[:2], titles):
            return {}
        return cells
    prose = NotesProse(notes)
    for atoms in cells.values():
        text = unmarked(" ".join(a.text for a in atoms))
        if text not in titles and not prose.prints(text):
            return {}
    return cells


def _figure_or_mark(atom: Atom) -> bool:
    """True for a figure ("20549": a header's line run in, no text line alone) or a
    footnote mark standing alone ("(3)": a title's, or another cell's) on a line around
    the row's; a mark glued to a word ("Stock(3)") is that word's."""
    return not unmarked(atom.text) or figure([atom])


def _printed_otherwise(above: list[Atom], title: list[Atom], under: list[Atom],
                      below: list[Atom], titles: frozenset[str]) -> bool:
    """True where the words above the row's line cut elsewhere between the two titles
    ("Common Stock" and "Class B Class A Common Stock") give a title the page prints
    (``titles``): that cut is read as well, and neither is taken."""
    for at in (0, 1, 3, 4):
        for atoms in ([*above[:at], *title, below[0]], [*above[at:], *under, below[1]]):
            if unmarked(" ".join(a.text for a in atoms)) in titles:
                return True
    return False


def opens_two_classes(line: list[Atom]) -> bool:
    """True where a text line opens with two classes or series ("Class B Class A"):
    the first lines of a row's two stacked titles."""
    return len(line) >= 4 and all(
        _CLASS.fullmatch(f"{line[k].text} {line[k + 1].text}") for k in (0, 2))


def _follows(upper: Atom, lower: Atom) -> bool:
    """True where ``lower`` stands on the line right after ``upper``'s: the next line
    of the text, or the next of the page's lines that one line of the text breaks
    into ("Class B Class A<br>Common ...": pymupdf4llm's picture text)."""
    return lower.line == upper.line + 1 or lower.line == upper.line and lower.row == upper.row + 1
