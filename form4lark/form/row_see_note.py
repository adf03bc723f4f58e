"""A row's title and a "See footnote(4)" nature sharing its lines, told apart by the
nature's two words (``row_lines.py``, pdfplumber's text mode). Any row whose two open
cells are a title and its nature (Table I's; Table II's where its underlying title is
closed).

A page centring a row's title (two lines) and its nature ("See" / "footnote(4)") on
the row's line may print the nature's first word at the end of the title's first line
and its last on a line of its own below the row's, the title's second line between
them, none of them on the row's line::

    Class A Common Stock, par value See
    $0.0001 per share
    04/04/2024 S(1) 141,981 D $6.7116(2) 661,756(3) I
    footnote(4)

A nature opens with "See" or "By" (``patterns.NATURE_OPENING_RE``), never a title, and
the nature is the rightmost cell: on the line where "See" is the last word, the words
before it are the title's. A nature that refers to a note says so in two words, "See"
then the note's name with its mark ("footnote(4)", "Footnotes(2)(3)"), and the mark
ends it. So where the row's text lines (certainly its own) hold one opening word, "See",
last on its line, and end with such a note's name (the last word of the row's last
line), the nature is those two words and every other word of the lines is the title's,
in order (``see_note_cells``). Anything else is left to ``row_pairs.py``.
"""

from __future__ import annotations

from ..patterns import MARK_AT_END_RE, MARKS_RE, NATURE_OPENING_RE, NOTE_NAME_RE
from .atoms import Atom
from .row_line_types import NATURE, TITLE
from .row_pairs import Lines


def see_note(part: list[Atom]) -> bool:
    """True where a nature's words on its row's line are "See" and a note's name with
    its marks ("See footnote(3)", "See Footnotes(2)(4)"): a nature that refers to a note
    says so in these two words, "See" opening it and the mark ending it, so the cell
    holds no word off its line (``row_lines.py``), and neither word can be a run of
    words the converter glued (``row_text_cells.text_cells``)."""
    return len(part) == 2 and part[0].text == "See" and bool(NOTE_NAME_RE.fullmatch(part[1].text))


def see_note_cells(above: Lines, below: Lines, parts: dict[str, list[Atom]],
                   keys: tuple[str, ...]) -> dict[str, list[Atom]]:
    """The title and the nature of a row whose two open cells, the title and the nature
    (``keys``), show no words on the row's line (``parts``) and share its lines
    ``above`` and ``below`` (both known), where the nature reads "See" + a note's name
    as the module says; {} otherwise."""
    if keys != (TITLE, NATURE) or parts.get(TITLE) or parts.get(NATURE) or not below:
        return {}
    lines = [line for line in above + below if line]
    words = [a for line in lines for a in line]
    opening = [a for a in words if NATURE_OPENING_RE.fullmatch(a.text)]
    if len(opening) != 1 or opening[0].text != "See":
        return {}
    see = opening[0]
    if not any(line[-1] is see for line in lines[:-1]) or not NOTE_NAME_RE.fullmatch(
            lines[-1][-1].text):
        return {}
    note = lines[-1][-1]
    title = [a for a in words if a is not see and a is not note]
    # a title holds no note's name, no mark alone (a value's, wrapped below it), and no
    # word of it follows a footnote mark
    if not title or any(NOTE_NAME_RE.match(a.text) or MARKS_RE.fullmatch(a.text)
                        for a in title) or any(
            MARK_AT_END_RE.search(a.text) for a in title[:-1]):
        return {}
    return {TITLE: title, NATURE: [see, note]}
