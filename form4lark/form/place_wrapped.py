"""Box 1's city wrapped around its state and zip, in a text of cells that printed the
place among the other boxes' values (markitdown on a PDF).

The page centres the state and zip on a city of two lines, so the converter prints
the city's first line, a line of cells holding the state and zip with the city's
column empty, and the city's second line, each as a line of cells or of words:

    | SAN       |     |       | ... | Form filed by One Reporting Person    |
    |           | CA  | 94129 | ... |                                       |
    | FRANCISCO |     |       | ... | Form filed by More than One Reporting |

The city is the two lines' words left of the state's column, each next to the state's
line (nothing but a table's rule between). A line of a city's words beyond either may
be more of the city (one of three or four lines), so then nothing is read; a line of
another box's words between them (box 6's label) leaves the place unknown too.
"""

from __future__ import annotations

import re

from ..sections import Cell
from ..text import ZIP, split_city_line
from .atoms import Atom

#: a word of a city as EDGAR prints it, in capitals ("SAN", "ST.", "O'FALLON"); a
#: letter alone is a check box's mark ("X"), no city's
_CITY_WORD = re.compile(r"[A-Z][A-Z.'-]+,?")
#: the state's cell and the zip's on their line of cells
_STATE = re.compile(r"[A-Z]{2}")


def place_wrapped(lines: dict[int, list[Atom]],
                  cell_rows: set[int]) -> tuple[Cell, Cell, Cell] | None:
    """City, state and zip from ``lines`` (box 1's words between the street's label and
    "(City) (State) (Zip)", by line: ``header.lines_between``) where the one line of
    cells whose first filled cells are a state and a zip, its first column empty, has
    a line of a city's words just above and just below it; None otherwise."""
    rows = sorted(lines)
    found = [(n, state_zip) for n, row in enumerate(rows)
             if row in cell_rows and (state_zip := _state_zip(lines[row])) is not None]
    if len(found) != 1 or not 0 < found[0][0] < len(rows) - 1:
        return None
    at, (state, zip_code) = found[0]
    column = state.cell
    upper, lower = rows[at - 1], rows[at + 1]
    if upper < rows[at] - 2 or lower > rows[at] + 2:  # a line of other words between
        return None
    pieces = [_city_words(lines[row], row in cell_rows, column) for row in (upper, lower)]
    beyond = [rows[n] for n in (at - 2, at + 2) if 0 <= n < len(rows)]
    if [] in pieces or any(_city_words(lines[row], row in cell_rows, column)
                           for row in beyond):
        return None
    city = " ".join(a.text for piece in pieces for a in piece)
    if split_city_line(f"{city} {state.text} {zip_code.text}") != (
            city, state.text, zip_code.text):
        return None
    first = pieces[0][0]
    return (Cell(city, first.line, first.column), Cell(state.text, state.line, state.column),
            Cell(zip_code.text, zip_code.line, zip_code.column))


def _state_zip(line: list[Atom]) -> tuple[Atom, Atom] | None:
    """The state's and the zip's words of a line of cells whose first two filled cells
    hold them alone, no word left of them (the city's column empty); None otherwise."""
    cells = sorted({a.cell for a in line})
    if len(cells) < 2 or cells[0] == 0:
        return None
    state, zip_code = ([a for a in line if a.cell == c] for c in cells[:2])
    if len(state) != 1 or len(zip_code) != 1 or not (
            state[0].kind == zip_code[0].kind == "TEXT"
            and _STATE.fullmatch(state[0].text) and ZIP.fullmatch(zip_code[0].text)):
        return None
    return state[0], zip_code[0]


def _city_words(line: list[Atom], of_cells: bool, column: int) -> list[Atom]:
    """The words of a city on ``line``: on a line of cells, those left of the state's
    ``column``; on a line of words, all of them. Nothing where any is not a city's."""
    words = [a for a in line if a.cell < column] if of_cells else line
    if not words or not all(a.kind == "TEXT" and _CITY_WORD.fullmatch(a.text) for a in words):
        return []
    return words
