"""Cells shape: a spanned cell that a converter printed once per column it spans.

A converter that finds a table's cells by the page's rules alone (pymupdf4llm
without its table finder) prints a cell spanning several columns once in each
of them: the table's title in every column of its row, "2,088,955|2,088,955"
where an amount's cell spans two of the page's rules. Its tables show rows of
one text repeated across the whole row (a title that spans the table).

From one such row to the next (a table), a column that repeats the column on
its left in every row holds nothing of its own: it is dropped, so that each of
the form's columns is one cell again, as other converters print it. A row
repeating one text across the table keeps it once. Nothing is guessed: only a
copy is dropped, and only in a table that shows repeated spanning rows.
"""

from __future__ import annotations

import re

from ..patterns import MARKS_AFTER
from .pipes import PIPE_ROW, SEPARATOR_ROW, cell_text, row_cells

#: copies of one text across a row that show the converter repeats spanned cells
SPANNED_COPIES = 3


def _spanning(cells: list[str]) -> bool:
    """True where a row is one text repeated in every cell that holds text."""
    texts = [text for text in map(cell_text, cells) if text]
    return len(texts) >= SPANNED_COPIES and len(set(texts)) == 1


def _table_without_copies(rows: list[list[str]]) -> list[list[str]]:
    """A table's rows without the columns that repeat their left neighbour in every
    row (and hold text in one); a spanning row keeps its text in its first cell."""
    width = len(rows[0])
    if any(len(row) != width for row in rows):
        return rows
    # a row of one text in its first cell (a title over the converter's unnamed columns)
    # tells nothing of the columns, and keeps its text whatever column is dropped
    told = [row for row in rows if not (cell_text(row[0]) and not any(map(cell_text, row[1:])))]
    copies = {j for j in range(1, width)
              if all(cell_text(row[j]) == cell_text(row[j - 1]) for row in told)
              and any(cell_text(row[j]) for row in told)}
    out = []
    for row in rows:
        kept = [cell for j, cell in enumerate(row) if j not in copies]
        if _spanning(row):
            first = next(i for i, cell in enumerate(kept) if cell_text(cell))
            kept = [cell if i == first else "" for i, cell in enumerate(kept)]
        out.append(kept)
    return _headers_without_copies(out)


# a value of a table's row, its marks after it: "12/21/2021", "3,400(2)", "$888.313(3)"
_VALUE = re.compile(r"\$?\s*[0-9][0-9,./]*" + MARKS_AFTER)


def _headers_without_copies(rows: list[list[str]]) -> list[list[str]]:
    """The column headers (the rows above the first row holding a value) without the
    copies of a header spanned over columns that the row above gives headers of
    their own ("Price" under "5. Amount", "6. Ownership" and "7. Nature"): a header
    below spans no more than the one above it."""
    out = [list(row) for row in rows]
    for n in range(1, len(out)):
        row, above = out[n], rows[n - 1]
        if any(_VALUE.fullmatch(cell.strip()) for cell in row):
            break
        for j in range(len(row) - 1, 0, -1):
            text = cell_text(row[j])
            if (text and text == cell_text(row[j - 1]) and cell_text(above[j])
                    and cell_text(above[j]) != cell_text(above[j - 1])):
                row[j] = ""
    return out


def _block_without_copies(lines: list[str]) -> list[str]:
    """A block of pipe rows, each table in it (from a spanning row to the next)
    without its copied columns; a block with no spanning row as it was."""
    rows = [None if SEPARATOR_ROW.match(line) else row_cells(line) for line in lines]
    spanning = [i for i, row in enumerate(rows) if row is not None and _spanning(row)]
    if not spanning:
        return lines
    # a table opens at a spanning row, or at the row above a separator (a page's table)
    starts = sorted(set(spanning) | {i - 1 for i, row in enumerate(rows)
                                     if row is None and i > 0 and rows[i - 1] is not None})
    out = list(lines)
    for start, end in zip(starts, starts[1:] + [len(lines)]):
        at = [i for i in range(start, end) if rows[i] is not None]
        table = _table_without_copies([rows[i] for i in at])  # type: ignore[misc]
        for i, row in zip(at, table):
            out[i] = "|" + "|".join(row) + "|"
    return out


def without_copied_cells(text: str) -> str:
    """``text`` with the tables that repeat spanned cells printed without the copies."""
    if "|" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    block: list[str] = []
    for line in lines + [""]:
        if PIPE_ROW.match(line):
            block.append(line)
            continue
        if block:
            out.extend(_block_without_copies(block))
            block = []
        out.append(line)
    return "\n".join(out[:-1])
