"""A row of a page grid's cells read whole: each cell's lines joined as wrapped text, the
row taken only where it is one of the form's (``lines_row``), or a body's rows each so
(``lines_rows``). Shared by the grid's
readers (``short_grid``, ``middle_readings``, ``split_rows``), which all import it from
here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..sections import Cell, Row
from ..text import join_wrapped
from .row_cells import _values_fit

if TYPE_CHECKING:
    from .short_grid import GridWord


def lines_row(lines: dict[str, list[list[GridWord]]], keys: tuple[str, ...]) -> Row | None:
    """A row's cells, their lines joined as wrapped text ("Series C-" + "1"); an empty "V"
    kept (a "no": the column is there, unmarked). None where it is no whole row of the
    form (no direct or indirect ownership) or a value does not read as its column's."""
    texts = {key: join_wrapped([" ".join(w.text for w in words) for words in cell])
             for key, cell in lines.items()}
    if "direct_or_indirect" not in texts or \
            not _values_fit(keys, [texts.get(key, "") for key in keys]):
        return None
    first = next(words[0] for cell in lines.values() for words in cell)
    row = {key: Cell(texts[key], cell[0][0].line, cell[0][0].column)
           for key, cell in lines.items()}
    row.setdefault("equity_swap_involved", Cell("", first.line, first.column))
    return row


def lines_rows(rows: list[dict[str, list[list[GridWord]]]], keys: tuple[str, ...]
               ) -> list[Row] | None:
    """Each row's cells (``lines_row``); None where one does not read as a row of the form."""
    read = []
    for cells in rows:
        row = lines_row(cells, keys)
        if row is None:
            return None
        read.append(row)
    return read
