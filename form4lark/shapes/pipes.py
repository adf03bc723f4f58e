"""A pipe table's row cut into its cells, an escaped pipe ("\\|") kept in its cell; what
tells a pipe table's rows, its separator rows and a converter's names of unnamed columns.

Most rows hold no backslash: they are cut by ``str.split``, many times quicker than
the pattern that looks behind each pipe for one.
"""

from __future__ import annotations

import re

PIPE = re.compile(r"(?<!\\)\|")


def has_pipe(row: str) -> bool:
    """True where ``row`` holds a pipe that is no escaped one."""
    return "|" in row and ("\\" not in row or bool(PIPE.search(row)))


def split_cells(row: str) -> list[str]:
    """``row`` cut at each pipe that is no escaped one."""
    return row.split("|") if "\\" not in row else PIPE.split(row)


#: a row of a pipe table (outer pipes), and its separator row
PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
SEPARATOR_ROW = re.compile(r"^\s*\|?(\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*$")
#: a separator row's opening on a line of a text ("| --- |", "|:---|", "--- |")
SEPARATOR_OPENING = re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*\|", re.M)
#: the name a converter gives a column its table's first row leaves unnamed ("Col5": pymupdf4llm)
UNNAMED_COLUMN = re.compile(r"Col[0-9]+")


def cell_text(cell: str) -> str:
    """A cell's text; none in a column the converter named itself (``UNNAMED_COLUMN``)."""
    text = cell.strip()
    return "" if text.startswith("Col") and UNNAMED_COLUMN.fullmatch(text) else text


def row_cells(row: str) -> list[str]:
    """The cells of a pipe table's row with outer pipes ("|a|b|" -> ["a", "b"])."""
    return split_cells(row.strip())[1:-1]
