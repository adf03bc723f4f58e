"""Box 5's officer title where a text of cells printed it in box 3's line of cells.

A converter that draws its own cells from a PDF's words (markitdown) prints the
header's boxes 1, 3 and 5 side by side in one line of cells: the street (or its
"(Street)" label), box 3's date and, in box 5's column, the title written under the
checked "Officer (give title below)" ("| (Street) | | 05/02/2019 | | | | COO | |").
Reading box 5's words by its labels meets box 1's labels there and leaves the title
unknown; the line's shape tells it.
"""

from __future__ import annotations

from ..page import Page
from ..sections import Cell
from ..shapes.street_lines import SMALL_WORDS, street_shaped
from .atoms import Atom
from .header import DATE
from .paragraph_boxes import PLACE_END, reads_as_other_box

#: words a title wrapped in its cell ends a line with ("SVP, GC and" / "Secretary")
_OPEN_ENDS = SMALL_WORDS | {"&", "-"}


def title_in_date_cells(page: Page, atoms: list[Atom]) -> Cell | None:
    """The officer's title where a text of cells printed it in box 3's line of cells:
    the one filled cell after the cell holding only a date, on the first line after the
    checked "Officer" label's line to hold words, that label's line ending in box 5's
    labels and the lines between holding labels and marks alone (no line of the title
    above it). The next line of words must not continue it (``_closes_title``), nor may the
    title end as a wrapped one does ("SVP, GC and") or read as box 1's street or city
    line, a date or box 2's "[ ticker ]". Else None."""
    officer = next((i for i, a in enumerate(atoms) if a.kind == "OFFICER"), None)
    if officer is None:
        return None
    rows: dict[int, list[Atom]] = {}
    for atom in atoms[officer + 1:]:
        rows.setdefault(atom.row, []).append(atom)
    texts = [row for row, words in rows.items() if any(a.kind == "TEXT" for a in words)]
    if not texts or texts[0] == atoms[officer].row:
        return None  # words after the label on its line: no label line of box 5 alone
    row = texts[0]
    line = page.lines[row]
    dated = next((n for n, p in enumerate(line.pieces) if DATE.fullmatch(p.text.strip())), None)
    if not line.cells or dated is None:
        return None
    filled = [n for n, p in enumerate(line.pieces) if n > dated and p.text.strip()]
    if len(filled) != 1:
        return None
    words = [a for a in rows[row] if a.cell == filled[0]]
    text = line.pieces[filled[0]].text.strip()
    if (not words or any(a.kind != "TEXT" for a in words) or "\n" in text
            or text.split()[-1].lower().rstrip(",") in _OPEN_ENDS or text.endswith(",")
            or reads_as_other_box(text)):
        return None
    after = next((r for r in texts[1:] if r > row), None)
    if after is not None and not _closes_title(page, rows[after], filled[0]):
        return None
    return Cell(text, words[0].line, words[0].column)


def _closes_title(page: Page, words: list[Atom], cell: int) -> bool:
    """True where the next line of words under the title's line holds none of its words:
    a line of cells with none filled from the title's column on, or box 1's street or
    city line."""
    line = page.lines[words[0].row]
    if line.cells:
        return not any(p.text.strip() for p in line.pieces[cell:])
    text = " ".join(a.text for a in words if a.kind == "TEXT")
    return street_shaped(text) or bool(PLACE_END.search(text))
