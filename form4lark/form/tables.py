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
from ..text import join_wrapped
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
    if not line.cells or len(pieces) != len(columns):
        return None
    if all(is_header_text(p.text) for p in pieces):
        return None
    if not any(p for key, p in zip(columns, pieces)
               if key not in ("security_title", "nature_of_ownership")):
        return None  # words with no value beside them are no row (a table's title line)
    # an empty "V" is a "no": the cell is there, unmarked
    # a cell's lines joined as wrapped text ("Series C-" + "1": "Series C-1")
    return {key: Cell(join_wrapped(p.text.split("\n")), p.line, p.column)
            for key, p in zip(columns, pieces) if p or key == "equity_swap_involved"}


#: share of a line's words that are the column headers' for the line to be one of them
HEADER_SHARE = 0.8


def _header_lines(atoms: list[Atom]) -> set[int]:
    """Lines of cells that are column headers: nearly all their words are header words
    (a converter may cut a header's word in two: "Securities A" "cquired")."""
    words: dict[int, list[bool]] = {}
    for atom in atoms:
        words.setdefault(atom.row, []).append(is_header_word(atom))
    return {row for row, flags in words.items() if sum(flags) >= HEADER_SHARE * len(flags)}


def _continued(page: Page, row: int) -> tuple[str, ...]:
    """The column of the row above that a line of cells continues: one whose only
    filled cell is the first (the title) or the last (the nature), wrapped onto a
    line of its own by a converter."""
    pieces = page.lines[row].pieces
    if not page.lines[row].cells or len(pieces) < 3 or any(pieces[1:-1]):
        return ()
    if pieces[0] and not pieces[-1]:
        return ("security_title",)
    if pieces[-1] and not pieces[0]:
        return ("nature_of_ownership",)
    return ()  # both: more likely garbage than a row wrapped twice


def _sequence_row(atoms: list[Atom], table: str, layout: str) -> Row | None:
    """One line of cells read as the typed sequence the form prints (a converter
    dropped or merged some of its columns), or None if it is not one row."""
    try:
        rows = sequence_rows(atoms, table, layout)
    except SectionError:
        return None
    return rows[0] if len(rows) == 1 else None


def _cell_rows(page: Page, atoms: list[Atom], table: str, layout: str) -> list[Row]:
    """The rows of a table whose text kept its cells: each line of the table's body is
    a row, read cell by column where it has a cell per column, else as the typed
    sequence the form prints (a converter dropped or merged columns). A line that is
    neither (garbage, a row whose values a converter lost) leaves the table unread,
    rather than a row silently missing. A row's title or nature wrapped onto a line of
    its own is left unknown: where the converter cut it, in a word or between words,
    is lost."""
    rows: list[Row] = []
    headers = _header_lines(atoms)
    by_line: dict[int, list[Atom]] = {}
    for atom in atoms:
        if atom.row not in headers and atom.kind not in ("TABLE_I", "TABLE_II"):
            by_line.setdefault(atom.row, []).append(atom)
    for row, words in by_line.items():
        cells = _cell_row(page, row, COLUMNS[table])
        continued = _continued(page, row) if cells is None and rows else ()
        for key in continued:
            rows[-1].pop(key, None)
        if continued:
            continue
        if cells is None:
            cells = _sequence_row(words, table, layout)
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
