"""Lines of cells holding only the rest of a row's words or its marks.

A line of cells holding nothing but the rest of the title or of the nature and marks
continues the row above (``continuation``, put back by ``continue_row``), unless it
stands right over a row's values whose title cell is empty (``opens_untitled_row``).

A converter that draws its own cells from a PDF's words (markitdown) prints a row's
first line as words and values, then the other lines of its cells of words as a
table of its own, one cell for each of the few places words stand below the row:
"Series B (1) 02/21/2013 C ... Common 2,246,338 $ 0.00 0 I By Sequoia" then
"| Preferred | Stock | Capital XI, |" and "| Stock |  | LP(2) |". Such a line of fewer
cells than the form's columns (``word_cells``) continues the row above in the form's
columns of words (the title, in Table II the underlying security's title, the
nature), which of them each cell is being told only where it is certain:

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

from ..page import Line, Page, Piece
from ..patterns import MARKS_RE
from ..sections import Cell, Row
from ..text import join_wrapped
from .row_kinds import cell_only_marks, row_figure_word
from .row_line_types import NATURE, TITLE
from .row_line_types import TEXT_KEYS as WORD_COLUMNS  # the columns of words of each table
from .row_loose_words import glued_word_written

#: what a cell of words holds: a word of two letters or more, with its marks
_WORDS = re.compile(rf"[^\d$]*[A-Za-z]{{2}}[^\d$]*(?:{MARKS_RE.pattern})*"
                    r"|.*[A-Za-z]{2}.*\b(?:19|20)\d\d\b.*")
#: a word: two letters, what the rest of a title or a nature holds (garbage may hold none)
A_WORD = re.compile(r"[A-Za-z]{2}")
#: how the rest of a cell's words opens where its cut was between words: a capital, a
#: digit, a parenthesis before one ("Stock", "(right"), never inside a word ("uy)")
_WORD_OPENING = re.compile(r"\(?[A-Z0-9]")
#: a title's last piece after a hyphen its wrap split ("Series C-" + "1")
_PIECE_AFTER_HYPHEN = re.compile(r"[0-9A-Z]{1,2}")


def continuation(page: Page, row: int, columns: tuple[str, ...]) -> dict[str, str] | None:
    """The cells of a line that continues the row above, by column: a line of cells
    holding nothing but the rest of the title or of the nature and footnote marks (a
    converter cut the row at a page break or inside the table: "|Stock|||...|(12)||",
    "|uy)|||...|"). A line of another number of cells continues the row only with its
    first cell alone filled (the title) or its last (the nature). None otherwise."""
    line = page.lines[row]
    pieces = line.pieces
    if not line.cells or len(pieces) < 3:
        return None
    if len(pieces) == len(columns):
        filled = {key: p.text for key, p in zip(columns, pieces) if p}
        if filled and all(cell_only_marks(text) or key in (TITLE, NATURE)
                          and A_WORD.search(text) for key, text in filled.items()):
            return filled
        return None
    if any(pieces[1:-1]) or bool(pieces[0]) == bool(pieces[-1]):
        return None  # both ends filled: more likely garbage than a row wrapped twice
    text = (pieces[0] or pieces[-1]).text
    if not A_WORD.search(text):
        return None
    return {TITLE: text} if pieces[0] else {NATURE: text}


def continue_row(row: Row, cells: dict[str, str]) -> dict[str, tuple[Cell, str]]:
    """The row with the cells of its continuation put back: marks on their column's
    value, words after the title's or nature's. Where the cut was is lost, in a word
    ("b" + "uy)") or between words ("Common" + "Stock"): words continue it only where
    they open as a word does after a space (a capital, a digit, a parenthesis before
    one); otherwise the column is left unknown, and returned with its two parts (the
    table's other rows may print the whole: ``joined_as_printed``)."""
    cut: dict[str, tuple[Cell, str]] = {}
    for key, text in cells.items():
        cell = row.get(key)
        if cell_only_marks(text):
            row[key] = Cell((cell.text if cell else "") + text.replace(" ", ""),
                            *((cell.line, cell.column) if cell else (0, 0)))
        elif cell is not None and _WORD_OPENING.match(text):
            row[key] = Cell(join_wrapped([cell.text, text]), cell.line, cell.column)
        else:
            if cell is not None:
                cut[key] = (cell, text)
            row.pop(key, None)
    return cut


def joined_as_printed(rows: list[Row], cuts: dict[int, dict[str, tuple[Cell, str]]]) -> None:
    """Each cell cut where it is not told (``continue_row``: "(right to" + "buy)",
    "(right to b" + "uy)") joined as the table's other rows print that column's value
    whole: where exactly one of its two joins, across a space or inside a word, is the
    very value of another row's cell of that column ("Stock Option (right to buy)")."""
    printed = {key: {row[key].text for row in rows if key in row}
               for parts in cuts.values() for key in parts}
    for n, parts in cuts.items():
        for key, (cell, text) in parts.items():
            ways = {join_wrapped([cell.text, text]), cell.text + text} & printed[key]
            if len(ways) == 1:
                rows[n][key] = Cell(ways.pop(), cell.line, cell.column)


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


def marks_under_values(page: Page, row: int, above: Row, cells: dict[str, str],
                       places: dict[int, Line]) -> tuple[dict[str, str], list[Piece]]:
    """A continuation's cells (``continuation``) under a row read by its
    values' kinds, not by index: markitdown draws its own cells, not the form's, so a
    cell of marks alone ("| Stock |||||[2]|||" under "| Class A Common |||||$19.0186 |"
    and the row's values) is not its index's column; it is the column of the row's value
    printed at its very place, on a line of one table block with it (``one_block``;
    ``places``: ``cell_places``), where exactly one is. A mark placed by none is left
    out: the cells, and the pieces of the marks left out."""
    line = page.lines[row]
    out = {key: text for key, text in cells.items() if not cell_only_marks(text)}
    unplaced: list[Piece] = []
    for piece in line.pieces:
        if not piece or not cell_only_marks(piece.text):
            continue
        under = [key for key in _under(line, piece, above, places) if key not in out]
        if len(under) == 1:
            out[under[0]] = piece.text
        else:
            unplaced.append(piece)
    return out, unplaced


def cells_under_row(page: Page, row: int, above: Row, table: str,
                    places: dict[int, Line], notes: frozenset[str], shown: frozenset[str]
                    ) -> dict[str, str] | None:
    """The cells of a line of cells under a row read by its values' kinds that each stand
    at the very place of one of the row's cells, on a line of one table block with it
    (``one_block``; ``places``: ``cell_places``), by column: words under the
    title or the nature continue it, marks alone under a value are its ("| Class A |...|
    75,000 | I | By FF Affirm |" then "| Common |...|| Growth, LLC4 |": markitdown draws
    its own cells, as many as the row's line, not the form's; ``notes``: the page's
    listed notes, which a mark glued on a last word names; on a word of two letters too
    whose marks are among those ``shown`` glued on the table's long words: "Fund Growth,
    LP4" in a table printing "LLC4"). None where a filled cell
    stands at no such place, or words under a cell of values."""
    line = page.lines[row]
    if not line.cells:
        return None
    out: dict[str, str] = {}
    for piece in line.pieces:
        if not piece:
            continue
        under = _under(line, piece, above, places)
        marks = cell_only_marks(piece.text)
        text = piece.text if marks else _marks_written(" ".join(piece.text.split()), notes,
                                                          shown)
        if len(under) != 1 or under[0] in out or not marks and (
                under[0] not in WORD_COLUMNS[table] or not _WORDS.fullmatch(text)):
            return None
        out[under[0]] = text
    return out or None


def _under(line: Line, piece: Piece, above: Row, places: dict[int, Line]
           ) -> list[str]:
    """The columns of the row ``above`` whose cell stands at ``piece``'s very place, on a
    line of cells of one table block with ``line`` (``one_block``), alone in its piece
    there: under a piece of two of the row's values ("A $1.09" over "[3]": the page merged
    two columns) a mark may be either's."""
    return [key for key, cell in above.items() if cell and cell.column == piece.column
            and (upper := places.get(cell.line)) is not None and one_block(upper, line)
            and _alone_in_piece(key, above, upper)]


def _alone_in_piece(key: str, above: Row, upper: Line) -> bool:
    """True where no other cell of the row ``above`` stands inside the piece of ``upper``
    that the cell ``key`` opens."""
    cell = above[key]
    piece = next((p for p in upper.pieces if p and p.column == cell.column), None)
    if piece is None:
        return True
    end = piece.column + len(piece.text.rstrip())
    return not any(other != key and value and value.line == cell.line
                   and piece.column < value.column < end for other, value in above.items())


def cell_places(page: Page) -> dict[int, Line]:
    """The page's lines of cells by their source line."""
    return {line.pieces[0].line: line for line in page.lines if line.cells and line.pieces}


def one_block(upper: Line, lower: Line) -> bool:
    """True where two lines of cells are of one table block: as many cells, each cell
    filled on both lines or empty on both at the same place (markitdown pads each
    table's cells to its own widths; a filled cell's place is its text's first
    character, an empty one's its closing pipe, so a cell filled on one line only is
    not compared)."""
    return upper.cells and lower.cells and len(upper.pieces) == len(lower.pieces) \
        and all(a.column == b.column for a, b in zip(upper.pieces, lower.pieces)
                if bool(a) == bool(b))


def next_cell_lines(page: Page, lines: list[int]) -> dict[int, int]:
    """By line of a table (``lines``, the page's), its next line of cells, past lines of
    no cells holding no word (a lone price, marks); none where a line of words is next."""
    found: dict[int, int] = {}
    for n, row in enumerate(lines):
        for after in lines[n + 1:]:
            if page.lines[after].cells:
                found[row] = after
            elif not A_WORD.search(page.lines[after].text):
                continue
            break
    return found


def opens_untitled_row(page: Page, row: int | None) -> bool:
    """True where the table's line ``row`` is a line of cells holding a row's figures, its
    first cell (the title's) empty: a line of words right over it is that row's title and
    nature, printed over its own values (a page centring or bottom-aligning its cells),
    not the rest of the row above."""
    if row is None:
        return False
    line = page.lines[row]
    return line.cells and bool(line.pieces) and not line.pieces[0] and any(
        row_figure_word(word) for piece in line.pieces[1:] for word in piece.text.split())


def _marks_written(text: str, notes: frozenset[str], shown: frozenset[str]) -> str:
    """A cell's words with a bare mark glued onto the last ("Growth, LLC4": the raise of
    its superscript lost) written as the form prints it ("Growth, LLC(4)"), where its
    figures name the page's listed notes (``notes``) one way
    (``row_loose_words.glued_word_written``; a two-letter word's too whose marks are
    ``shown`` on long words)."""
    if _WORDS.fullmatch(text) or not text[-1:].isdigit():
        return text
    *words, last = text.split(" ")
    if (written := glued_word_written(last, notes, shown)) is None:
        return text
    return " ".join([*words, written])
