"""Table II's (A) or (D) of a grid read without its columns, told by where the amount stands.

A grid whose Table II header is one row printing column 5's number once per sub-column
("5. Number of Derivative Securities ... (A)", "5. (D)": inscriptis's print of an HTML
header row) is refused by the grid reader where its rows print their marks as bare
figures (``row_grid._segment_bands``: a lone mark could be read as a value), and its rows
are read as typed values, which lose column 5's sub-column: the amount is read, its
direction not. The amount's place on its line still tells it, as the grid reader's
columns do (``row_grid._numbered_subcolumns``: each sub-column from its number to the
next): an amount standing wholly between "5. ... (A)" and "5. (D)" was acquired, one
wholly between "5. (D)" and column 6's number disposed of. An amount reaching over a
sub-column's edge is left undirected.
"""

from __future__ import annotations

from ..sections import Row
from .atoms import Atom
from .row_grid import NUMBERED, _header_end, _numbered_subcolumns, _segments

#: column 5's sub-columns and the key each gives the row's amount
_WAYS = ("shares_acquired", "shares_disposed")


def directed_by_place(atoms: list[Atom], table: str, rows: list[Row]) -> list[Row]:
    """``rows`` (read from ``atoms``, Table II's region of a grid) with each row's amount
    (``shares``) put under the sub-column of column 5 it stands wholly in, where the
    header is one row printing that column's number once per sub-column."""
    if table != "table_ii" or not any("shares" in row for row in rows):
        return rows
    spans: dict[int, list[tuple[str, float, float]]] = {}  # each body line's sub-columns
    for segment in _segments(atoms):
        start = _header_end(segment)
        columns = _subcolumns(segment[:start])
        if columns:
            for atom in segment[start:]:
                spans[atom.line] = columns
    if not spans:
        return rows
    at = {(atom.line, atom.column): atom for atom in atoms if atom.kind == "TEXT"}
    for row in rows:
        cell = row.get("shares")
        word = at.get((cell.line, cell.column)) if cell is not None else None
        if cell is None or word is None or word.text != cell.text.strip() \
                or word.line not in spans:
            continue
        end = word.gx + len(word.text)
        ways = [key for key, first, last in spans[word.line] if first <= word.gx and end <= last]
        if len(ways) == 1:
            row[ways[0]] = row.pop("shares")
    return rows


def _subcolumns(header: list[Atom]) -> list[tuple[str, float, float]]:
    """Column 5's sub-columns (key, start, end) of a header of one row numbering each
    sub-column; [] for any other header."""
    labels: dict[str, list[Atom]] = {}
    for atom in header:
        labels.setdefault(atom.text.split()[0].lower(), []).append(atom)
    numbered = NUMBERED["table_ii"]
    numbers = [labels.get(label, []) for label, _ in numbered]
    if all(len(n) == 1 for n in numbers):
        return []
    columns = _numbered_subcolumns(numbers, numbered)
    return [(c.key, c.start, c.end) for c in columns or () if c.key in _WAYS]
