"""An amount cell with a mark's figure glued on ("16,2871"), in a row read by its kinds.

A converter that drops a superscript's raise prints "16,287<sup>1</sup>" as "16,2871":
one figure past the last group of thousands can only be a mark, and the cell reader
(``grammars/cells.lark``) reads it so. The form's sequence grammar
(``grammars/form_rows.lark``) reads no such amount: for a line of a table of cells
read by its values' kinds (``row_cells._sequence_row``) the figure is written as the
form's mark ("16,287(1)") for that reading, and the row's cell given its printed text
back, so that the cell reader reads the mark and the table shows it glues marks onto
amounts (``glued_amount_tables.py``). Only a table of cells: a stream's or a grid's
reader has its own ways with glued figures (``shapes/stream.amount_marks_apart``).
"""

from __future__ import annotations

import re

from ..patterns import GROUPED_WHOLE
from ..sections import Cell, Row
from .atoms import Atom

#: an amount grouped by thousands and one figure more, no zero ("16,2871"): what
#: ``grammars/cells.lark`` reads as a mark's (GROUPED_AMOUNT GLUED_FIGURE)
_FIGURE_GLUED = re.compile(rf"(?P<value>{GROUPED_WHOLE})(?P<digits>[1-9])")


def glued_amounts_written(atoms: list[Atom]) -> tuple[list[Atom], dict[str, str]]:
    """``atoms`` with each amount a mark's figure is glued onto written with the mark as
    the form prints it ("16,2871" -> "16,287(1)"), and the texts so written with their
    printed ones."""
    printed: dict[str, str] = {}
    out: list[Atom] = []
    for atom in atoms:
        match = _FIGURE_GLUED.fullmatch(atom.text)
        if match is None:
            out.append(atom)
            continue
        written = f"{match['value']}({match['digits']})"
        printed[written] = atom.text
        out.append(atom.with_text(written))
    return out, printed


def glued_amounts_printed(row: Row, printed: dict[str, str]) -> Row:
    """``row`` with each cell ``glued_amounts_written`` wrote given its printed text back."""
    return {key: Cell(printed[cell.text], cell.line, cell.column) if cell.text in printed
            else cell for key, cell in row.items()}
