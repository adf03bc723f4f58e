"""The columns of a column-aligned page's table and the runs of words each holds.

A run goes to the column holding its centre unless it reaches out of it by more than
``SPILL`` characters; a run of two values a converter kept one space apart across an
edge is cut in two; an amount reaching over the edge between column 5's sub-columns
(A) and (D), or ending on it, is either's, its direction unknown; a text that lays out
HTML cells in slots gets slot columns (``row_grid``'s header words give the anchors).
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import groupby, pairwise

from .atoms import Atom
from .row_bands import Chunk

#: a numbered column whose sub-headers are not all found is read whole, under this key
WHOLE = {"shares_acquired": "shares"}
#: sub-columns of one kind of value, and the key of a value that may be in either: a
#: converter may align the sub-headers one way (where one starts, or their middles) and
#: the values another, so a value is placed only where both ways agree
MIDWAY = {"shares_disposed": "shares"}
#: the two sub-columns of column 5 and the key of an amount in either, its direction unsure
DIRECTED = {**WHOLE, **MIDWAY}
#: characters a run of words may reach out of its column and still be its
SPILL = 2
#: spaces between two slots of a text that lays out HTML cells
SLOT_GAP = 2


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a table on the page: the key of the field its words are read as and
    the span of characters it covers on each line, from ``start`` to ``end``."""

    key: str
    start: float
    end: float
    #: one of ``MIDWAY``'s sub-columns (or the unsure band between them): a value may
    #: reach over the edge to the one before
    midway: bool = False


def undirected_over_edge(chunks: list[Chunk], columns: list[Column]) -> None:
    """An amount of column 5's sub-columns (A) and (D) reaching over the edge between them
    (``_numbered_subcolumns``: where the second's number starts) or ending right on it is
    read undirected (``MIDWAY``'s key): both hold the same kind of value, and a text
    that sets the header's small type and the rows' at other scales (pypdf's and
    pdfplumber's layout texts: "5. (D)" pushed right by the words before it) moves the
    edge against the amounts, so how much of an amount stands on either side of it
    tells nothing (LNKD-20110524-1's "2,028,942", disposed of, mostly left of "5. (D)";
    "379" from one before the edge to two past it). So is an amount of a character or
    two starting at or past the edge and ending within ``SPILL`` characters of it (a
    converter placing words a character or two off the page's places may set an amount
    of either so)."""
    edge = next((c.start for c in columns if c.key in MIDWAY), None)
    if edge is None:
        return
    for chunk in chunks:
        # over the edge or ending on it, or short enough to stand past it by SPILL at most
        if chunk.key in DIRECTED and edge <= chunk.x_end and (
                chunk.x < edge or chunk.x_end <= edge + SPILL):
            chunk.key = DIRECTED[chunk.key]


def slot_columns(starts: list[float], width: float, body: list[Chunk],
                  keys: tuple[str, ...]) -> list[Column] | None:
    """Slots of a row's cells: the header cells' first, then each as wide as its widest
    cell (the last header cell's as wide as it, at least); None if a cell stands across
    two of them."""
    starts = list(starts)
    while True:
        width = max([width, *(len(c.text) for c in body if c.x == starts[-1])])
        if len(starts) == len(keys):
            break
        starts.append(starts[-1] + width + SLOT_GAP)
        width = 0
    slots = [Column(key, start, end - SLOT_GAP)
             for key, start, end in zip(keys, starts, [*starts[1:], starts[-1] + width + SLOT_GAP])]
    if all(any(s.start <= c.x and c.x_end <= s.end for s in slots) for c in body):
        return slots
    return None


def _column_of(chunk: Chunk, columns: list[Column]) -> str | None:
    """The column holding the chunk's centre, if the chunk stays inside it (or reaches
    over an edge drawn midway only)."""
    centre = (chunk.x + chunk.x_end) / 2
    at = next((i for i, c in enumerate(columns) if c.start <= centre < c.end), None)
    if at is None:
        return None
    home = columns[at]
    after = columns[at + 1] if at + 1 < len(columns) else None
    if chunk.x < home.start - SPILL and not home.midway or chunk.x_end > home.end + SPILL and not (
            after is not None and after.midway and after.start == home.end):
        return None
    return home.key


def in_columns(chunk: Chunk, columns: list[Column]) -> list[Chunk]:
    """The chunk in its column; one across columns (a converter kept one space between
    two cells) cut into runs of its words in one column each."""
    chunk.key = _column_of(chunk, columns)
    if len(chunk.atoms) == 1:
        return [chunk]
    words = [(atom, _column_of(Chunk([atom]), columns)) for atom in chunk.atoms]
    if chunk.key is not None and not _values_at_edge(words, columns):
        return [chunk]
    return [Chunk([atom for atom, _ in run], key, cut=True)
            for key, run in groupby(words, key=lambda word: word[1])]


def _values_at_edge(words: list[tuple[Atom, str | None]], columns: list[Column]) -> bool:
    """True for a run whose words each stand wholly inside a column and that goes from one
    column to the next between two values ("1 12/12/2024": a cell of a bare mark set right
    in its column, one space from the next column's date set left in its own): two cells
    the converter kept one space apart, not one cell reaching over an edge."""
    bounds = {c.key: (c.start, c.end) for c in columns}
    if any(key is None
           or not bounds[key][0] <= atom.gx <= atom.gx + len(atom.text) <= bounds[key][1]
           for atom, key in words):
        return False
    return any(a_key != b_key and any(map(str.isdigit, a.text)) and any(map(str.isdigit, b.text))
               for (a, a_key), (b, b_key) in pairwise(words))
