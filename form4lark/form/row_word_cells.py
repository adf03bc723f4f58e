"""Lines of cells holding only the rest of a row's words, in fewer cells than the form's columns.

A converter that draws its own cells from a PDF's words (markitdown) prints a row's
first line as words and values, then the other lines of its cells of words as a
table of its own, one cell for each of the few places words stand below the row:
"Series B (1) 02/21/2013 C ... Common 2,246,338 $ 0.00 0 I By Sequoia" then
"| Preferred | Stock | Capital XI, |" and "| Stock |  | LP(2) |". Such a line
continues the row above in the form's columns of words (the title, in Table II the
underlying security's title, the nature), which of them each cell is being told only
where it is certain:

- as many cells filled as the table has columns of words: one each, in their order;
- a line of as many cells as the line of this kind above it, whose columns were told:
  each cell in the column of the cell at its place above (one table's cells);
- in Table I, the first cell the title and one other cell the nature (the title is
  the form's first column; the nature the only other column of words).

Every filled cell must hold a word (a title's last piece "1" of "Series C-" + "1"
too); elsewhere the line is not this kind (None).

Such a line's cells of marks alone under a row read by its values' kinds go to the
row's value printed at their place (``marks_under_values``).
"""

from __future__ import annotations

import re

from ..bare_marks import long_word_marks
from ..page import Line, Page
from ..patterns import MARKS_RE
from ..sections import Row
from .row_loose_words import WORD_COLUMNS as _TABLE_II_WORDS

#: the columns of words of each table, in the form's order
WORD_COLUMNS = {"table_i": (_TABLE_II_WORDS[0], _TABLE_II_WORDS[2]), "table_ii": _TABLE_II_WORDS}
#: what a cell of words holds: a word of two letters or more, with its marks
_WORDS = re.compile(rf"[^\d$]*[A-Za-z]{{2}}[^\d$]*(?:{MARKS_RE.pattern})*|.*[A-Za-z]{{2}}.*\b(?:19|20)\d\d\b.*")
#: a title's last piece after a hyphen its wrap split ("Series C-" + "1")
_PIECE_AFTER_HYPHEN = re.compile(r"[0-9A-Z]{1,2}")


def word_cells(line: Line, table: str, above: tuple[int, dict[int, str]] | None,
               title: str | None) -> dict[int, str] | None:
    """The columns of the filled cells of a line of cells (fewer than the form's) that
    holds only the rest of the row above's words, by cell index, or None (``above``:
    the count of cells and the columns told of the line of this kind just above, under
    the same row; ``title``: the row's title so far)."""
    pieces = line.pieces
    columns = WORD_COLUMNS[table]
    if not line.cells or len(pieces) < 2:
        return None
    filled = [n for n, p in enumerate(pieces) if p.text.strip()]
    if not filled or not all(_holds_words(pieces[n].text, n, title) for n in filled):
        return None
    if len(filled) == len(columns):
        return dict(zip(filled, columns))
    if above is not None and above[0] == len(pieces) and set(filled) <= set(above[1]):
        return {n: above[1][n] for n in filled}
    if table == "table_i" and len(filled) == 1:  # the first cell the title, another the nature
        return {filled[0]: columns[0] if filled[0] == 0 else columns[1]}
    return None


def _holds_words(text: str, index: int, title: str | None) -> bool:
    """True where a cell holds words (no value), or, the first cell, the piece after
    the hyphen that ends the row's title ("1" of "Series C-1")."""
    text = " ".join(text.split())
    if _WORDS.fullmatch(text):
        return True
    return index == 0 and title is not None and title.endswith("-") \
        and bool(_PIECE_AFTER_HYPHEN.fullmatch(text))


def marks_under_values(page: Page, row: int, above: Row,
                       cells: dict[str, str]) -> dict[str, str]:
    """A continuation's cells (``row_cells.continuation``) under a row read by its
    values' kinds, not by index: markitdown draws its own cells, not the form's, so a
    cell of marks alone ("| Stock |||||[2]|||" under "| Class A Common |||||$19.0186 |" and the row's
    values) is not its index's column; it is the column of the row's value printed at
    its very place, a cell of a line of as many cells (one table block), where exactly
    one is. A mark placed by none is left out."""
    pieces = page.lines[row].pieces
    widths = _widths(page)
    out = {key: text for key, text in cells.items()
           if not MARKS_RE.fullmatch(text.replace(" ", ""))}
    for piece in pieces:
        if not piece or not MARKS_RE.fullmatch(piece.text.replace(" ", "")):
            continue
        under = [key for key, cell in above.items() if cell and cell.column == piece.column
                 and widths.get(cell.line) == len(pieces) and key not in out]
        if len(under) == 1:
            out[under[0]] = piece.text
    return out


def cells_under_row(page: Page, row: int, above: Row, table: str) -> dict[str, str] | None:
    """The cells of a line of cells under a row read by its values' kinds that each stand
    at the very place of one of the row's cells, a cell of a line of as many cells (one
    table block), by column: words under the title or the nature continue it, marks alone
    under a value are its ("| Class A |...| 75,000 | I | By FF Affirm |" then
    "| Common |...|| Growth, LLC4 |": markitdown draws its own cells, as many as the
    row's line, not the form's). None where a filled cell stands at no such place, or
    words under a cell of values."""
    line = page.lines[row]
    if not line.cells:
        return None
    widths = _widths(page)
    out: dict[str, str] = {}
    for piece in line.pieces:
        if not piece:
            continue
        under = [key for key, cell in above.items() if cell and cell.column == piece.column
                 and widths.get(cell.line) == len(line.pieces)]
        marks = bool(MARKS_RE.fullmatch(piece.text.replace(" ", "")))
        text = piece.text if marks else _marks_written(page, " ".join(piece.text.split()))
        if len(under) != 1 or under[0] in out or not marks and (
                under[0] not in WORD_COLUMNS[table] or not _WORDS.fullmatch(text)):
            return None
        out[under[0]] = text
    return out or None


def _widths(page: Page) -> dict[int, int]:
    """The count of cells of each line of cells of the page, by its source line."""
    return {line.pieces[0].line: len(line.pieces) for line in page.lines
            if line.cells and line.pieces}


def _marks_written(page: Page, text: str) -> str:
    """A cell's words with a bare mark glued onto the last ("Growth, LLC4": the raise of
    its superscript lost) written as the form prints it ("Growth, LLC(4)"), where its
    figures name the page's listed notes one way (``bare_marks.long_word_marks``)."""
    if _WORDS.fullmatch(text) or not text[-1:].isdigit():
        return text
    from .raised_marks import listed_notes  # it imports the tables' readers
    *words, last = text.split(" ")
    if (glued := long_word_marks(last, listed_notes(page))) is None:
        return text
    return " ".join([*words, glued[0] + "".join(f"({mark})" for mark in glued[1])])
