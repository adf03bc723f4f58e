"""Table I and Table II rows, whatever shape the text kept them in.

Where the text kept the table's cells (markdown or HTML tables), a row is a
line with one cell per column: each cell goes to its column by its index.
Where it did not (a stream of words, a page grid), the row's words are read
as the typed sequence the form prints (``row_sequence.py`` and
``grammars/form_rows.lark``).
"""

from __future__ import annotations

from ..errors import SectionError
from ..page import Page
from ..sections import TABLE_I_COLUMNS, TABLE_II_COLUMNS, Cell, Row
from .atoms import Atom
from .row_grid import grid_rows
from .row_lines import lines_table
from .row_sequence import TITLES, sequence_rows
from .table_header import body_start, is_header_text, is_header_word

COLUMNS = {"table_i": TABLE_I_COLUMNS, "table_ii": TABLE_II_COLUMNS}


def _cell_row(page: Page, row: int, columns: tuple[str, ...]) -> Row | None:
    """A line of cells that is one row of the table, or None."""
    line = page.lines[row]
    pieces = line.pieces
    if not line.cells or len(pieces) not in (len(columns), len(columns) - 1):
        return None
    if all(is_header_text(p.text) for p in pieces):
        return None
    if not any(p for key, p in zip(columns, pieces) if key != "security_title"):
        return None  # a title with no value beside it is no row (a table's title line)
    # an empty "V" is a "no": the cell is there, unmarked
    return {key: Cell(" ".join(p.text.split()), p.line, p.column) for key, p in zip(columns, pieces)
            if p or key == "equity_swap_involved"}


def _cell_rows(page: Page, atoms: list[Atom], table: str, layout: str) -> list[Row]:
    """The rows of a table whose text kept its cells: every line of the table's body is
    a row with a cell per column; a line that is not (garbage, a row whose cells a
    converter lost) leaves the table unread, rather than a row silently missing."""
    rows = []
    for row in dict.fromkeys(a.row for a in atoms if not is_header_word(a)):
        cells = _cell_row(page, row, COLUMNS[table])
        if cells is None:
            first = page.lines[row].pieces[0]
            raise SectionError(f"{TITLES[table]} could not be read and is left out (line "
                               f"{first.line} is not one of its rows)", line=first.line,
                               column=first.column, layout=layout)
        if cells:
            rows.append(cells)
    return rows


def read_table(page: Page, atoms: list[Atom], table: str, layout: str) -> list[Row]:
    """The rows of one table from the atoms of its region."""
    columns = COLUMNS[table]
    if page.shape == "cells":
        return _cell_rows(page, atoms, table, layout)
    if page.shape == "grid" and (grid := grid_rows(atoms, table)) is not None:
        return grid
    if page.shape == "lines":  # the page's visual lines: row_lines.py
        return lines_table(page, table)
    return sequence_rows(body(atoms), table, layout)


def body(atoms: list[Atom]) -> list[Atom]:
    """The table's rows without its column headers, which a page break prints again
    after the table's title."""
    out: list[Atom] = []
    start = 0
    for end in [i for i, a in enumerate(atoms) if a.kind in ("TABLE_I", "TABLE_II")] + [len(atoms)]:
        chunk = atoms[start:end]
        out.extend(chunk[body_start(chunk):])
        start = end + 1
    return out
