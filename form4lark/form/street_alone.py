"""Box 1's street where a text of cells printed its lines on lines of their own.

markitdown on a PDF prints the header's boxes as lines of cells where their words
line up, and box 1's street lines, which line up with nothing, as lines of text
between them: "| (Last) | (First) | (Middle) | 3. Date of Earliest ... |", "ONE APPLE
PARK WAY", "4. If Amendment ...", "| (Street) | ... |". Between the name's labels and
the street's, such a line is the street's unless it is another box's: box 3's date,
a label, box 5's title (printed mixed-case, or a word alone: "COO"); a line of cells
may hold the street's line in box 1's column, the first ("| ONE APPLE PARK WAY | |
05/04/2022 |"). The street is
read only where every such line is street-shaped (``shapes/street_lines.py``): one
or two lines, the first opening with a care-of or a house number, all in capitals,
none ending as a city line does; and where no line of cells or of labels there holds
words that could be a street line too ("C/O AURORA INNOVATION, INC. Officer (give
title below)": the first line printed beside a label, the lone line then the second).
"""

from __future__ import annotations

from ..sections import Cell
from ..shapes.street_lines import STREET_LINES, street_shaped, title_shaped
from .atoms import Atom
from .header import NAME_LABELS, cell_of, lines_between
from .paragraph_boxes import PLACE_END

def street_alone(atoms: list[Atom], cell_rows: set[int]) -> list[Cell] | None:
    """Box 1's street lines where they stand as lines of text of their own between its
    name's labels and "(Street)" among lines of cells (``cell_rows``), or None."""
    lines = lines_between(atoms, NAME_LABELS, ("STREET",))
    if lines is None:
        return None
    alone: list[Cell] = []
    for row, line in lines.items():
        if row in cell_rows or any(a.kind != "TEXT" for a in line):
            parts = _parts(line)
            first = parts[0] if row in cell_rows and parts and parts[0][0].cell == 0 else None
            if first is not None and street_shaped(_text(first)):
                alone.append(cell_of(first) or Cell(""))  # box 1's column: its street line
                parts = parts[1:]
            if any(_may_be_street(_text(part)) for part in parts):
                return None  # a street line in a cell or by a label: the lone line's place is lost
            continue  # box 3's date and box 5's title in cells, the boxes' labels
        cell = cell_of(line)
        if cell is None or len(line) == 1 and "/" in cell.text or title_shaped(cell.text):
            continue  # box 3's date; box 5's title ("and", "Secretary"), a label's tail ("Line)")
        alone.append(cell)
    if not alone or len(alone) > STREET_LINES or not street_shaped(alone[0].text) or any(
            not c.text.isupper() or PLACE_END.search(c.text) for c in alone):
        return None
    return alone


def _parts(line: list[Atom]) -> list[list[Atom]]:
    """The words of a line cell by cell, each run of words between labels apart."""
    parts: list[list[Atom]] = []
    last: int | None = None
    for atom in line:
        if atom.kind != "TEXT":
            last = None
            continue
        if last != atom.cell:
            parts.append([])
        parts[-1].append(atom)
        last = atom.cell
    return parts


def _text(part: list[Atom]) -> str:
    return " ".join(a.text for a in part)


def _may_be_street(text: str) -> bool:
    """True where words could be a street line of box 1: street-shaped, or two words or
    more in capitals ("SEQUOIA CAPITAL")."""
    return street_shaped(text) or len(text.split()) > 1 and text.isupper()
