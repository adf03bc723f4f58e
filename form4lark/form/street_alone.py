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
from .header import DATE, NAME_LABELS, cell_of, lines_between
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


#: the labels and marks box 5's label line may hold after "Officer (give title"
_BOX5_LINE = frozenset({"OFFICER", "OTHER", "LABEL_TAIL", "CHECK"})


def street_beside_officer(atoms: list[Atom], cell_rows: set[int]) -> list[Cell] | None:
    """Box 1's street where a text printed its first line beside box 5's "Officer (give
    title below)" label and its second on a line of its own under box 3's date (markitdown
    on a PDF: "(Last) (First) (Middle)", "3. Date of Earliest ...", "C/O EVENTBRITE, INC.
    Officer (give title below) Other (specify below)", "04/13/2022", "535 MISSION STREET,
    8TH FLOOR", "(Street) 4. If Amendment ..."). The page prints box 1 left of boxes 3 and
    5, line under line, so the words opening the label's line are the street's first
    line and the one line of words under it its second; a line of cells there opens with
    that second line in box 1's column ("| 1600 AMPHITHEATRE PARKWAY | | 10/02/2015 |").
    Read only where no words stand between the name's labels and the label's line, the
    label's line holds box 5's labels alone after the words, the first line is
    street-shaped, and the lines under it hold box 3's date, box 5's title in cells after
    it and at most one line in capitals that is street-shaped or holds a figure (a title
    written in capitals, "CEO", holds none) and ends as no city line does. Else None."""
    lines = lines_between(atoms, NAME_LABELS, ("STREET",))
    if lines is None:
        return None
    rows = list(lines)
    at = next((n for n, row in enumerate(rows)
               if any(a.kind == "OFFICER" for a in lines[row])), None)
    if at is None or any(a.kind == "TEXT" for row in rows[:at] for a in lines[row]):
        return None
    label_line = lines[rows[at]]
    officer = next(n for n, a in enumerate(label_line) if a.kind == "OFFICER")
    first = [a for a in label_line[:officer] if a.kind == "TEXT"]
    if (not first or rows[at] in cell_rows or any(a.kind != "TEXT" for a in label_line[:officer]
                                                  if a.kind != "CHECK")
            or any(a.kind not in _BOX5_LINE for a in label_line[officer:])):
        return None
    street = [cell_of(first) or Cell("")]
    for row in rows[at + 1:]:
        line = lines[row]
        if any(a.kind != "TEXT" for a in line):
            return None  # a label among the lines: whose they are is not told
        if row in cell_rows:
            parts = _parts(line)
            dated = [n for n, part in enumerate(parts) if DATE.fullmatch(_text(part))]
            if dated != [1] and dated != [0] or len(parts) > dated[0] + 2:
                return None  # box 3's date, box 5's title after it, box 1's line before
            if dated == [1]:
                if parts[0][0].cell != 0:
                    return None
                street.append(cell_of(parts[0]) or Cell(""))
        elif len(line) == 1 and DATE.fullmatch(line[0].text):
            continue  # box 3's date
        else:
            street.append(cell_of(line) or Cell(""))
    if len(street) > STREET_LINES or not street_shaped(street[0].text) or any(
            not c.text.isupper() or PLACE_END.search(c.text) for c in street) or any(
            not street_shaped(c.text) and not any(ch.isdigit() for ch in c.text)
            for c in street[1:]):
        return None
    return street
