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
from ..sections import Row
from .atoms import Atom
from .interleaved_headers import checked_rows, without_interleaved_headers
from .row_cells import cell_rows
from .row_column_runs import run_rows
from .row_columns import column_rows
from .row_grid import grid_rows
from .row_lines import lines_table
from .row_merge import merged_rows
from .row_resync import PartlyRead, partly_read
from .row_sequence import TITLES, sequence_rows
from .table_header import body_start


def read_table(page: Page, atoms: list[Atom], table: str, layout: str) -> list[Row]:
    """The rows of one table from the atoms of its region."""
    if page.shape == "cells":
        return cell_rows(page, atoms, table, layout)
    if page.shape == "grid" and (grid := grid_rows(atoms, table)) is not None:
        return grid
    if page.shape == "lines":  # the page's visual lines: row_lines.py
        return lines_table(page, table)
    words, interleaved, parted = without_interleaved_headers(body(atoms), layout,
                                                            page.shape == "stream")
    try:
        rows = sequence_rows(words, table, layout)
    except SectionError:
        columns = column_rows(words, table)
        partial = None
        if columns is None and page.shape == "stream":  # boxes of columns, page by page
            columns, partial = _run_pages(_pages(words, atoms), table, layout)
        if columns is None and page.shape == "stream":  # reading order only: a grid keeps places
            columns = merged_rows(words, table)
        if columns is None and page.shape == "stream":  # a row out of order: keep the others
            partial = partial or partly_read(words, table, layout)
            if partial is not None:
                partial.rows = checked_rows(partial.rows, layout) if interleaved else partial.rows
                raise partial
        if columns is None:
            raise
        if not parted:
            return columns
        rows = columns
    return checked_rows(rows, layout) if interleaved else rows


def _run_pages(pages: list[list[Atom]], table: str, layout: str
               ) -> tuple[list[Row] | None, PartlyRead | None]:
    """The rows of a body printed as runs of columns on each of its ``pages`` (a page's
    boxes are its own); where a page does not read so, no rows and the rows of the
    pages before it, if any, as read in part."""
    out: list[Row] = []
    for words in pages:
        rows = run_rows(words, table)
        if rows is None:
            if not out:
                return None, None
            return None, PartlyRead(
                f"{TITLES[table]} is read up to the page break at line {words[0].line}: "
                "the rows after it do not read as runs of the form's columns and are left "
                "out", rows=out, line=words[0].line, column=words[0].column, layout=layout)
        out += rows
    return out, None


def _pages(words: list[Atom], atoms: list[Atom]) -> list[list[Atom]]:
    """The body's words cut where a page break printed the table's title again."""
    breaks = [a.row for a in atoms if a.kind in ("TABLE_I", "TABLE_II")]
    pages: list[list[Atom]] = [[] for _ in range(len(breaks) + 1)]
    for word in words:
        pages[sum(word.row > row for row in breaks)].append(word)
    return [p for p in pages if p]


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
