"""A row's line whose cells of a footnote mark alone lost the mark's raise.

A page printing a mark as a superscript ("<sup>1</sup>") loses it to a converter
that prints the page's visual lines without the raise (pdfplumber): a cell holding
only the mark (a derivative's conversion price, its exercise and expiration dates)
becomes a bare number, "1", standing where the form prints a date or a price, and
the row's line does not read ("Series B 1 02/21/2013 C 2,246,338 1 1 Common ...").

Such a line (``row_lines.read_line`` found it broken) is read again with each of
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

import re
from typing import TYPE_CHECKING

from ..bare_marks import glued_marks
from ..checks import CODE_LETTER
from .atoms import Atom
from .body_columns import DATE_KEYS

if TYPE_CHECKING:
    from ..page import Page
    from .row_lines import BrokenRow, RowLine

#: the key in ``Page.memo`` saying the page's lines proved it prints its marks bare
PROVEN = ("row_bare_marks", "proven")


def proven_bare(page: Page) -> bool:
    """True where the page's table lines proved that it prints its marks bare
    (``row_lines.lines_table``): the reader notes it and reads its marks so."""
    return page.memo.get(PROVEN) is True

# a cell of one letter of the form's (a code, "A"/"D", "D"/"I") with a bare mark glued on
_GLUED_LETTER = re.compile(rf"(?P<value>{CODE_LETTER})(?P<digits>[0-9]{{1,2}})")


def _as_marks(text: str, listed: frozenset[str]) -> str | None:
    """``text`` written with its bare marks bracketed: a listed note's number alone
    ("1" -> "(1)"), or one letter with listed notes' numbers glued on ("D2" -> "D(2)");
    None where it holds none (or names notes two ways)."""
    if text in listed:
        return f"({text})"
    glued = _GLUED_LETTER.fullmatch(text)
    marks = glued_marks(glued["digits"], listed) if glued else None
    if not glued or not marks:
        return None
    return glued["value"] + "".join(f"({m})" for m in marks)


def bare_marked(atoms: list[Atom], table: str, listed: frozenset[str],
                proven: bool = False) -> RowLine | BrokenRow | None:
    """The row ``atoms`` (a line of ``table``) make with every word that is only a listed
    note's number (``listed``) read as that note's mark, where none of them is then a text
    cell's word and (unless the page is ``proven`` to print its marks bare) a date column
    holds such a mark alone; else None. A line that reads so only with its underlying title
    put (``row_untitled.py``) is such a row among the lines as a broken one."""
    from .row_lines import RowLine, read_line  # row_lines calls this: imported where read
    from .row_untitled import untitled_row
    marks = {i: text for i, a in enumerate(atoms) if (text := _as_marks(a.text, listed))}
    if not any(a.text in listed for a in atoms):
        return None
    put = [a.with_text(marks[i]) if i in marks else a for i, a in enumerate(atoms)]
    read = read_line(put, table)
    found = read if isinstance(read, RowLine) else untitled_row(put, table)
    row = found.row if found is not None and not isinstance(found, RowLine) else found
    if row is None or row.joined:
        return None
    written = {id(put[i]) for i in marks}
    if any(id(a) in written for part in row.parts.values() for a in part):
        return None
    bare = {text for i, text in marks.items() if atoms[i].text in listed}
    if not proven and not any(key in DATE_KEYS and cell.text.strip() in bare
                              for key, cell in row.values.items()):
        return None
    row.bare_marks = True
    return found

