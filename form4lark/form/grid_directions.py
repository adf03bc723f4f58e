"""Table II's (A) or (D) of a grid read without its columns, told by where the amount stands.

A grid whose Table II header is one row printing column 5's number once per sub-column
("5. Number of Derivative Securities ... (A)", "5. (D)": inscriptis's print of an HTML
header row) is refused by the grid reader where its rows print their marks as bare
figures (``row_grid._segment_bands``: a lone mark could be read as a value), and its rows
are read as typed values, which lose column 5's sub-column: the amount is read, its
direction not. The amount's place on its line still tells it, as the grid reader's
columns do (``row_grid.subcolumns_by_line``: each sub-column from where its header text
starts to where the next one's starts): an amount standing wholly between "5. ... (A)"
and "5. (D)" was acquired, one wholly between "5. (D)" and column 6's number disposed
of. An amount reaching over a sub-column's edge is left undirected. The edges are where
the header texts start, not where their cells do: a design centring its header text over
left-aligned values could put an (A) amount past the start of "5. (D)" and have it read
as (D); the converters seen print header and values from their cells' left edge.
"""

from __future__ import annotations

from ..sections import Row
from .atoms import Atom
from .row_grid import subcolumns_by_line

#: column 5's sub-columns and the key each gives the row's amount
_WAYS = ("shares_acquired", "shares_disposed")


def directed_by_place(atoms: list[Atom], table: str, rows: list[Row]) -> list[Row]:
    """``rows`` (read from ``atoms``, Table II's region of a grid; left as they are) as
    new rows, each row's amount (``shares``) put under the sub-column of column 5 it
    stands wholly in, where the header is one row printing that column's number once per
    sub-column; measured from where each sub-column's header text starts."""
    if table != "table_ii" or not any("shares" in row for row in rows):
        return rows
    spans = {line: [(c.key, c.start, c.end) for c in columns if c.key in _WAYS]
             for line, columns in subcolumns_by_line(atoms, table).items()}
    if not spans:
        return rows
    at = {(atom.line, atom.column): atom for atom in atoms if atom.kind == "TEXT"}
    return [_directed(row, at, spans) for row in rows]


def _directed(row: Row, at: dict[tuple[int, int], Atom],
              spans: dict[int, list[tuple[str, float, float]]]) -> Row:
    """``row``, or a new row with its amount under the one sub-column of ``spans`` (its
    line's) its word (``at`` its place) stands wholly in."""
    cell = row.get("shares")
    word = at.get((cell.line, cell.column)) if cell is not None else None
    if cell is None or word is None or word.text != cell.text.strip() \
            or word.line not in spans:
        return row
    end = word.gx + len(word.text)
    ways = [key for key, first, last in spans[word.line] if first <= word.gx and end <= last]
    if len(ways) != 1:
        return row
    moved = {key: value for key, value in row.items() if key != "shares"}
    moved[ways[0]] = cell
    return moved
