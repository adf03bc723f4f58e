"""Cells shape, markdown: pandoc's simple and multiline tables read as rows of cells.

Pandoc's markdown writer prints a table without pipes: a rule of dashes, one run per
column, gives the columns ("  -------- ---------- ----"); under it each row's cells
stand within their columns, one line a row (a simple table), or a row over many
lines, wrapped within its columns, rows kept apart by empty lines (a multiline
table); a line of dashes closes the table. Each row becomes one pipe-table row
("| a | b |"), a cell's lines joined as wrapped text, so that the markdown reader
(``markdown.py``) reads the table's cells as it reads a pipe table's. A table where
a word crosses from one column into the next is left as it is.
"""

from __future__ import annotations

import re

# a table's rule of columns: two or more runs of dashes ("  ------- ----- ---")
_COLUMN_RULE = re.compile(r"^ *-{2,}(?: +-{2,})+ *$")
# a line of dashes only: the rule that closes a table (or opens the next)
_DASHES = re.compile(r"^ *-{3,}(?: +-{3,})* *$")
_RUN = re.compile(r"-+")


def dash_tables_as_pipes(text: str) -> str:
    """``text`` with each simple or multiline table's row as one pipe-table row, on the
    row's first line (its other lines left empty: every line keeps its number)."""
    if "--- -" not in text:
        return text
    lines = text.split("\n")
    n = 0
    while n < len(lines):
        if not _COLUMN_RULE.match(lines[n]):
            n += 1
            continue
        end = next((k for k in range(n + 1, len(lines)) if _DASHES.match(lines[k])), None)
        if end is None:
            break
        starts = [m.start() for m in _RUN.finditer(lines[n])]
        rows = _header(lines, n) + _rows(lines[n + 1:end], n + 1)
        cells = [[_cells(lines[k], starts) for k in row] for row in rows]
        if all(c is not None for row in cells for c in row):
            for row, row_cells in zip(rows, cells):
                for k in row:
                    lines[k] = ""
                lines[row[0]] = _pipe_row([c for c in row_cells if c is not None])
            lines[n] = "|" + "|".join(["---"] * len(starts)) + "|"
        n = end
    return "\n".join(lines)


def _header(lines: list[str], rule: int) -> list[list[int]]:
    """The table's header row, over the lines just above its rule of columns (``rule``):
    one line in a simple table, or the lines from the line of dashes that opens a
    multiline table; none where neither stands there."""
    top = rule
    while top > 0 and lines[top - 1].strip() and not _DASHES.match(lines[top - 1]):
        top -= 1
    if top == rule:
        return []
    opened = top > 0 and bool(_DASHES.match(lines[top - 1]))
    return [list(range(top, rule))] if opened or top == rule - 1 else []


def _rows(body: list[str], first: int) -> list[list[int]]:
    """The rows of a table's ``body`` (its lines between two rules, the first at index
    ``first``), each as its lines' indices: kept apart by empty lines in a multiline
    table, one a line in a simple one (an empty line closing it aside)."""
    filled = [first + i for i, line in enumerate(body) if line.strip()]
    last = max(filled, default=first)
    multiline = any(not line.strip() for line in body[:last - first])
    if not multiline:
        return [[k] for k in filled]
    rows: list[list[int]] = [[]]
    for i, line in enumerate(body):
        if line.strip():
            rows[-1].append(first + i)
        elif rows[-1]:
            rows.append([])
    return [row for row in rows if row]


def _cells(line: str, starts: list[int]) -> list[str] | None:
    """A line's text in each column (from a column's start to the next's), or None
    where a word crosses from one column into the next."""
    if line[:starts[0]].strip() or any(
            0 < s < len(line) and line[s - 1] != " " and line[s] != " " for s in starts):
        return None
    ends = starts[1:] + [max(len(line), starts[-1])]
    return [line[s:e].strip() for s, e in zip(starts, ends)]


def _pipe_row(lines: list[list[str]]) -> str:
    """A row's lines, each split into its columns' texts, as one pipe-table row: a
    cell's lines joined as wrapped text, a hard break ("\\" ending a line) kept."""
    return "| " + " | ".join(_wrapped(column) for column in zip(*lines)) + " |"


def _wrapped(lines: tuple[str, ...]) -> str:
    out = ""
    for line in filter(None, lines):
        hard_break = out.endswith("\\") and not out.endswith("\\\\")
        out = line if not out else (out[:-1] + "<br>" + line if hard_break else out + " " + line)
    return out
