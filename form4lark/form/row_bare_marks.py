"""A row's line whose cells of a footnote mark alone lost the mark's raise.

A page printing a mark as a superscript ("<sup>1</sup>") loses it to a converter
that prints the page's visual lines without the raise (pdfplumber): a cell holding
only the mark (a derivative's conversion price, its exercise and expiration dates)
becomes a bare number, "1", standing where the form prints a date or a price, and
the row's line does not read ("Series B 1 02/21/2013 C 2,246,338 1 1 Common ...").

Such a line (``row_line_read.read_line`` found it broken) is read again
(``row_line_read.bare_marked``; this module writes the marks, ``marks_written``, and keeps
the reading, ``marks_kept``, importing no line reader) with each of
its words that is only the number of a note the Explanation of Responses lists
written as that note's mark ("(1)"), all of them (and a letter's cell with such
numbers glued on, "D2", as the letter and its marks), and kept only where it then reads
as a row with such a mark alone in a date column, and none of them among its text
cells' words ("Series 1" over "Preferred" may be a title's): a date column never
holds a bare number, so there the number is a mark. That proves the page prints its
marks bare: every other line of its tables holding a value cell that is only a
listed note's number ("1" where a price stands) is read so too, and where it then
does not read, the reader leaves that cell out with a diagnostic (a mark as likely as
a value): the proof is kept in ``Page.memo`` (``PROVEN``), and the reader reads the
page's marks as it does a text's it found bare (``reader._proven_marks_read``; marks
stuck onto words, "LLC1", read off them by ``bare_marks``). A line that
reads as it stands on a page not proven so is never read again (a "1" it holds may
be a price or an amount).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..bare_marks import glued_marks
from .atoms import Atom
from .bare_cell_marks import GLUED_LETTER, marks_text
from .grid_run_kinds import DATE_KEYS

if TYPE_CHECKING:
    from ..page import Page
    from .row_line_types import RowLine

#: the key in ``Page.memo`` saying the page's lines proved it prints its marks bare
PROVEN = ("row_bare_marks", "proven")


def proven_bare(page: Page) -> bool:
    """True where the page's table lines proved that it prints its marks bare
    (``row_lines.lines_table``): the reader notes it and reads its marks so."""
    return page.memo.get(PROVEN) is True


def _as_marks(text: str, listed: frozenset[str]) -> str | None:
    """``text`` written with its bare marks bracketed: a listed note's number alone
    ("1" -> "(1)"), or one letter with listed notes' numbers glued on ("D2" -> "D(2)");
    None where it holds none (or names notes two ways)."""
    if text in listed:
        return f"({text})"
    glued = GLUED_LETTER.fullmatch(text)
    marks = glued_marks(glued["digits"], listed) if glued else None
    if not glued or not marks:
        return None
    return marks_text(glued["value"], marks)


def marks_written(atoms: list[Atom], listed: frozenset[str]
                  ) -> tuple[list[Atom], frozenset[int], frozenset[str]] | None:
    """``atoms`` (a line's words) with each word that is only a listed note's number
    (``listed``), or a letter with such numbers glued on, written as marks
    (``_as_marks``); with the ids of the words so written and the marks written for the
    lone numbers. None where no word is a listed note's number alone."""
    if not any(a.text in listed for a in atoms):
        return None
    marks = {i: text for i, a in enumerate(atoms) if (text := _as_marks(a.text, listed))}
    put = [a.with_text(marks[i]) if i in marks else a for i, a in enumerate(atoms)]
    lone = frozenset(text for i, text in marks.items() if atoms[i].text in listed)
    return put, frozenset(id(put[i]) for i in marks), lone


def marks_kept(row: RowLine, written: frozenset[int], lone: frozenset[str],
               proven: bool) -> bool:
    """Whether ``row``, read from a line with its bare marks written (``marks_written``:
    the ids ``written``, the lone numbers' marks ``lone``), is that line's row: not run
    over several lines, no written word among its text cells' ("Series 1" over
    "Preferred" may be a title's), and, unless the page is ``proven`` to print its
    marks bare, a date column holding such a mark alone (a date is never a number: a
    "1" standing there is a mark, elsewhere it may be a price or an amount)."""
    if row.joined or any(id(a) in written for part in row.parts.values() for a in part):
        return False
    return proven or any(key in DATE_KEYS and cell.text.strip() in lone
                         for key, cell in row.values.items())
