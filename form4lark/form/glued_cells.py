"""Text cells whose words a converter ran together at a punctuation mark or a figure.

A converter of a PDF's words drops a space whose gap was narrow: "Fund,LP" for
"Fund, LP", "Fund(Q), LP" for "Fund (Q), LP", "$0.0001per share" for "$0.0001 per
share". Whether the filer typed the space there the cell no longer says. It is put
back only where the page prints the cell's very words with it elsewhere (another
row's cell, a footnote: "... Sequoia Capital Fund Parallel, LLC (SCFP)"); otherwise
the cell's words are unknown, its footnote marks kept: a missing value is better
than a wrong one. A footnote mark is no word ("LP(8)"), an ordinal no glued figure
("2nd"): neither makes a cell glued.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..page import Page
from ..patterns import FOOTNOTE_MARK
from ..sections import TEXT_COLUMNS, Cell, Row
from ..text import fold

# where a space was dropped: after a comma between words ("Fund,LP", "(DE),LLC"),
# before a bracket opening a word ("Fund(Q)"), after a figure run into a word
# ("$0.0001per"; an ordinal's ending is typed so: "2nd")
_DROPPED_SPACE = re.compile(r"(?<=[A-Za-z.)],)(?=[A-Za-z])|(?<=[A-Za-z])(?=\([A-Za-z])|"
                            r"(?<=[0-9])(?=(?!st|nd|rd|th)[a-z]{2})")
# the footnote marks ending a cell, spaced or not: "Fund,LP(8)", "LP (2) (3)"
_MARKS_ENDING = re.compile(rf"(?:\s*{FOOTNOTE_MARK})+\s*$")
#: the key in ``Page.memo`` of the page's words as one text (``_printed``)
_PRINTED = ("glued_cells", "printed")


def dropped_space(text: str) -> bool:
    """True where a converter ran a cell's words together at a punctuation mark or a
    figure ("Fund,LP", "Fund(Q)", "$0.0001per")."""
    return _DROPPED_SPACE.search(text) is not None


def unglued(row: Row, page: Page) -> Row:
    """The row with each text cell whose words a converter ran together spaced again
    as the page prints them elsewhere, or its words left out (its marks kept)."""
    out = dict(row)
    for key in TEXT_COLUMNS:
        cell = row.get(key)
        if cell is not None and dropped_space(cell.text):
            out[key] = _spaced(cell, page)
    return out


def _spaced(cell: Cell, page: Page) -> Cell:
    """The glued cell spaced again where the page prints its words spaced, else its
    marks alone."""
    marks = _MARKS_ENDING.search(cell.text)
    words = cell.text[:marks.start()] if marks else cell.text
    spaced = fold(_DROPPED_SPACE.sub(" ", words))
    printed = re.search(r"(?<!\S)" + re.escape(spaced) + r"(?![A-Za-z0-9])", _printed(page))
    kept = marks.group().strip() if marks else ""
    return replace(cell, text=f"{spaced}{kept}" if printed else kept)


def _printed(page: Page) -> str:
    """Every word of the page as one text, spaced as printed (read once per page)."""
    text = page.memo.get(_PRINTED)
    if not isinstance(text, str):
        text = page.memo[_PRINTED] = " ".join(
            fold(piece.text) for line in page.lines for piece in line.pieces)
    return text
