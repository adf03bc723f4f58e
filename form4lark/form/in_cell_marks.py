"""An amount's footnote marks printed in its cell apart from it, glued back on.

A page that prints its marks as links after their values ("55045 [2]": the web
design's "[2]") and a converter that draws the page's cells ("| 55045 [2] | A $1.09
|") leave an amount's mark a word of its own at the end of the amount's cell, where
the form's grammar reads marks on their value ("55045(2)"). A mark ending a cell whose
one value is an amount, before an "A"/"D"/"I" opening the next cell on the line, is
the amount's: that letter's column stands in a cell of its own. (A mark between a code
and an amount of one cell, "| S [1] 227 |", is ``lone_code_marks``' job.)
"""

from __future__ import annotations

from ..patterns import MARKS_RE
from .atoms import Atom
from .row_marks import amount_before_letter


def join_in_cell_marks(atoms: list[Atom], cells: set[int]) -> list[Atom]:
    """The words of a table's lines (those of ``cells`` its lines of cells) with the marks
    ending an amount's cell before a letter opening the next given to the amount, the one
    value of its cell (``_amount_mark_ending_cell``: "| 55045 [2] | A $1.09 |"; under a
    cell of two values, "| $9.1301 52860<br>[2] | D |", a mark may be either's). (A mark
    between a code and an amount of one cell, "| S [1] 227 |", is not joined so: that
    loses more rows of the web design's markitdown texts than it reads.)"""
    values: dict[tuple[int, int], int] = {}  # the words of each cell that are no marks
    for atom in atoms:
        if not MARKS_RE.fullmatch(atom.text):
            values[atom.row, atom.cell] = values.get((atom.row, atom.cell), 0) + 1
    out: list[Atom] = []
    for n, atom in enumerate(atoms):
        if out and atom.row in cells and MARKS_RE.fullmatch(atom.text) \
                and values.get((atom.row, atom.cell)) == 1:
            after = next((a for a in atoms[n + 1:] if not MARKS_RE.fullmatch(a.text)), None)
            if after is not None and _amount_mark_ending_cell(out[-1], atom, after):
                out[-1] = out[-1].with_text(out[-1].text + atom.text)
                continue
        out.append(atom)
    return out


def _amount_mark_ending_cell(before: Atom, mark: Atom, after: Atom) -> bool:
    """A mark of a table of cells after an amount in its cell, an "A"/"D"/"I" opening the
    next cell on the line ("| 55045 [2] | A $1.09 |"): the amount's, as the letter's
    column stands in a cell of its own and the amount's marks follow it
    (``row_marks.amount_before_letter``)."""
    return (before.row, before.cell) == (mark.row, mark.cell) and after.row == mark.row \
        and after.cell != mark.cell and amount_before_letter(before.text, after)
