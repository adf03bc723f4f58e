"""Cells shape: a table's row cut by a page's end, its rest made the next table's header.

A converter that finds a PDF's tables page by page (pymupdf4llm) ends a table at
the page's end and starts another on the next page, whose first row it prints as
the header, naming the columns that row leaves empty itself ("Col2"). Where a row
was cut by the page's end, its cells that wrap to the next page (a title, the
nature of ownership) are that header's only text, and the row above the page's end
holds them nowhere:

    ||[29]|02/17/2021||C [1]||588414|D|[29]|[29]||588414|$0.00|0|I||

    |Class B<br>Common<br>Stock|Col2|...|Col10|Class A<br>Common<br>Stock|...|See<br>Footnote<br>[9]|
    |---|---|...

The header is put back into the row: only where the two tables have as many
columns, the header names some column "ColN" (so it is no header the page
printed), and each column holds text in one of the two rows at most, never in
both (the header is the row's missing rest, not a row of its own). The cut may
leave the title in the row and wrap a share count and a price instead:

    |Common Stock|12/21/2021||S [1]|||D||1917015|D||

    |Col1|Col2|Col3|Col4|Col5|25788<br>[2]|Col7|$898.861<br>[13]|Col9|Col10|Col11|

A column the row's own table named "ColN" is empty in the row: the header's text
is kept there.
"""

from __future__ import annotations

from .pipes import PIPE_ROW, SEPARATOR_ROW, UNNAMED_COLUMN, cell_text, row_cells


def _rest_of_row(row: list[str], header: list[str]) -> list[str] | None:
    """``row`` completed by ``header`` where the header is the row's rest cut off by
    the page's end (see the module's docstring); None where it is not."""
    if len(row) != len(header) or not any(UNNAMED_COLUMN.fullmatch(c.strip()) for c in header):
        return None
    row_texts, header_texts = list(map(cell_text, row)), list(map(cell_text, header))
    if not any(header_texts) or any(a and b for a, b in zip(row_texts, header_texts)):
        return None
    return [cell if text else rest for cell, text, rest in zip(row, row_texts, header_texts)]


def with_cut_rows_joined(text: str) -> str:
    """``text`` with each row cut by a page's end whole again: the next table's header
    that holds the row's rest is written into the row, and blanked where it was."""
    if "Col" not in text:  # no column the converter named itself
        return text
    lines = text.split("\n")
    last_row = None  # the last table row seen, while only blank lines follow it
    for n, line in enumerate(lines):
        if not line.strip():
            continue
        if not PIPE_ROW.match(line):
            last_row = None
            continue
        if SEPARATOR_ROW.match(line):
            continue
        below = lines[n + 1] if n + 1 < len(lines) else ""
        # a table's header (a separator row under it) after blank lines below a row
        if last_row is not None and last_row < n - 1 and SEPARATOR_ROW.match(below):
            whole = _rest_of_row(row_cells(lines[last_row]), row_cells(line))
            if whole is not None:
                lines[last_row] = "|" + "|".join(whole) + "|"
                lines[n] = lines[n + 1] = ""
                continue
        last_row = n
    return "\n".join(lines)
