"""Lines of only footnote marks, in a table body printed one cell a line, made one cell.

MuPDF's plain text (``mutool draw -F txt``, PyMuPDF's ``get_text``) of a web page's
PDF prints each of a row's cells on lines of its own: a date, a code, an amount
each a line ("11/23/2012", "C", "2800", "D"), a cell of only marks one line too
("[3] [4]", then the next column's "[5]"). The form's columns read a cell of marks
as one token ("(3)(4)"); spaced apart, its marks would read as two cells. A line of
marks is one cell's only where the body prints no value beside another word on a
line (a text of the page's lines in reading order, pdftotext's "D [3] [4] [5]", runs
several cells along one line): such a body is left as it is.
"""

from __future__ import annotations

from .atoms import Atom, lines_of
from .row_kinds import DATE, NUMBER, only_marks

#: fewer lines of values than this do not show that the body prints a cell a line
_VALUE_LINES = 3


def _is_value(atom: Atom) -> bool:
    """A date or an amount (a mark alone is none)."""
    return bool(NUMBER.fullmatch(atom.text) or DATE.fullmatch(atom.text)) \
        and not only_marks([atom])


def values_a_line(atoms: list[Atom]) -> bool:
    """Whether every line of the body holding a value opens with it and holds nothing
    else but marks ("45659", "$69.35 [3]"), on three lines at least: a body printed one
    cell a line."""
    count = 0
    for line in lines_of(atoms):
        if not _is_value(line[0]):
            if any(_is_value(a) for a in line):
                return False
            continue
        if len(line) > 1 and not only_marks(line[1:]):
            return False
        count += 1
    return count >= _VALUE_LINES


def mark_lines_joined(atoms: list[Atom]) -> list[Atom]:
    """The body's words with each line of two marks or more and nothing else ("[3] [4]")
    made one cell's ("(3)(4)", on the first mark's place), where the body prints a cell
    a line (``values_a_line``); otherwise the words as they are. (A line of marks below
    a value may be the value's own, wrapped ("10400", "[2]"), or a cell of its own: the
    one cell is then read as one line of one mark is, ``row_marks.join_wrapped_marks``.)"""
    if not values_a_line(atoms):
        return atoms
    out: list[Atom] = []
    for line in lines_of(atoms):
        if len(line) > 1 and only_marks(line):
            out.append(line[0].with_text("".join(a.text for a in line)))
        else:
            out.extend(line)
    return out
