"""What a scanned page's reader leaves where OCR garbled the page beyond reading.

OCR (``shapes/scan.py``) prints a footnote mark it cannot read as a glyph or
two ("°", "@", "0)"), and sometimes a word or a value as letters no value can
be. The scan shape does not guess: it puts one of two markers in the page's
text, which the table readers read as any other token and this module takes
out of what they read.

- ``LOST_MARK`` ("(00)"): a footnote mark stood here and cannot be read. The
  typed-sequence grammar reads it as a mark (a cell holding only a mark, such
  as a Table II date "(2)", keeps its place in the row); no footnote is
  numbered 0, and the mark is taken out of every cell read (``without_lost_marks``).
- ``unread(kind)``: a value stood here whose reading is not certain (a code
  OCR garbled, an amount whose digits cannot be told from a mark's, the "D" or
  "I" OCR lost at a row's end): a value of its column's kind followed by
  ``UNREAD`` (two lost marks), so that the row keeps its columns; the cell is
  left out of the row (``without_lost_marks``).
- ``GARBLED``: a word that cannot be read. Prefixed to the word's text, it makes
  the word no value; a text cell holding it is left out (``garbled_cell``).
"""

from __future__ import annotations

import re

from ..placeholders import GARBLED
from ..sections import Cell, Row

#: a footnote mark OCR garbled: read as a mark, dropped from every cell
LOST_MARK = "(00)"
#: after a value whose reading is not certain: its cell is left out
UNREAD = LOST_MARK + LOST_MARK
#: a value of each kind the grammar reads in a column, for ``unread``
_STAND_INS = {"amount": "0", "price": "$0", "code": "X", "acquired": "A", "direction": "I"}


def unread(kind: str) -> str:
    """A stand-in for a value of ``kind`` ("amount", "price", "code", "acquired": "A" or
    "D" of the amount moved, "direction": "D" or "I" of the amount owned) that
    stood in its column but cannot be read."""
    return _STAND_INS[kind] + UNREAD

_LOST = re.compile(re.escape(LOST_MARK))


def without_lost_marks(row: Row) -> Row:
    """The row with every lost mark taken out of its cells; a cell that held only
    lost marks, or an unread value, is left out (no value)."""
    out: Row = {}
    for key, cell in row.items():
        if LOST_MARK not in cell.text:
            out[key] = cell
            continue
        if UNREAD in cell.text:
            continue
        text = " ".join(_LOST.sub("", cell.text).split())
        if text:
            out[key] = Cell(text, cell.line, cell.column)
    return out


def garbled_cell(texts: list[str]) -> bool:
    """True where a cell's words hold one that OCR garbled beyond reading."""
    return any(GARBLED in text for text in texts)
