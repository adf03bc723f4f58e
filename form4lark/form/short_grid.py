"""A table of a site's own page of the form on a page grid: short titles on one line.

A text browser or inscriptis lays a site's page (``short_boxes.py``) out as a page
grid: the table's column titles short ("Title of Security  Transaction Date  ...
Amount Owned Following  Ownership Form (D/I)  Nature of Indirect Ownership") on one
line, each row on one line below (a long cell wrapped onto the next lines within its
column). The titles are read in the form's column order by ``form_short_boxes.lark``
(``columns_i``, ``columns_ii``; ``grid_titles.py``), which gives each its span on the
line; a row's word goes to the column whose title it stands under. A word under no
title (between two) goes with the word it follows one space apart (a cell's words run
on: "$201.69 [1]"), or the table is not read here (None: the grid's other readers try
it); a word ending past the first column's edge (its title centred in it) is never
that column's run-on word. A line of text cells (or marks alone) between two rows is the row's above where
a mark closes its cell or the next row's first word would have filled its line
(``_wrapped_below``), whether the titles stand on one line or wrap. A PDF of the page
(pdftotext -layout, its words' boxes) wraps the titles over two or three lines ("Title
of" over "Security") and centres each row's cells on its one line of values: each
column's lines are then the row's as far below as above it (``centred_rows.py``); a
converter laying the PDF's words by their places (pdfplumber) may interleave narrow
columns' titles over five lines and push a crowded line's words right off their places:
where the titles read no other way, a word set one space after the one before it may
stand left of where it is printed (``grid_titles.py``). A
browser (elinks, w3m) sets a row's cells in the middle of its row on whole lines, the
lower half one line longer: where the lines can be cut into rows so, the rows are read
so, a cell that the cuts give different lines left unknown (``middle_readings.py``).
Where a table's cells are set flush left
(``_flush_left``), a cell's first word left of its column's centred title is that
column's; a footnote mark set apart after its cell's words (a browser's link number left
out before it, its width kept) is that cell's (``_row_columns``).
Where pdftotext set the header on another character grid than the body (a value under
no title or two), the body's columns are taken from how its values line up and what
they hold (``body_columns.py``), and its rows read centred; where they give none either,
each line on a grid of its own (pypdf's), Table I's rows are read from their lines'
values as the form's typed sequence (``split_rows.py``).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from collections.abc import Sequence
from itertools import groupby
from typing import NamedTuple

from ..build import COLUMN_KINDS
from ..page import Line, Page
from ..patterns import DATE_SHAPE_RE, MARKS_RE
from ..sections import TABLE_I_COLUMNS, Row
from ..text import opens_with
from .atoms import Atom
from .body_columns import (SHIFT_RUNS, body_columns, kept_lines, off_kind_runs, unplaced,
                           unread_noted, values_apart)
from .centred_rows import centred_rows
from .glued_words import page_header_glued
from .grid_run_kinds import DATE_KEYS, TEXT_KEYS, is_number, marks_only
from .grid_titles import title_spans
from .lines_row import lines_rows
from .row_cells import TABLE_II_DIRECTED
from .split_rows import split_rows
from .table_header import is_header_text

#: each table's start symbol in form_short_boxes.lark and its columns' keys in order
TABLES = {"table_i": ("columns_i", TABLE_I_COLUMNS),
           "table_ii": ("columns_ii", TABLE_II_DIRECTED)}
#: the columns whose text a row may wrap onto the lines below it
WRAPPING = TEXT_KEYS
#: the columns holding a number (an amount or a price)
_NUMBER_KEYS = frozenset(key for key, kind in COLUMN_KINDS.items()
                         if kind in ("amount_cell", "price_cell"))


@dataclass(frozen=True, slots=True)
class GridWord:
    text: str
    start: int  # its first and one past its last character column on the page grid
    end: int
    line: int  # where it stands in the source
    column: int


def _words(line: Line) -> list[GridWord]:
    """A grid line's words with their character columns."""
    found: list[GridWord] = []
    for piece in line.pieces:
        if piece.x is None:
            return []
        found += _piece_words(piece.text, int(piece.x), piece.x_end, piece.line, piece.column)
    return found


def _piece_words(text: str, x: int, right: float | None, line: int, column: int
                 ) -> list[GridWord]:
    """A piece's words from its first character column ``x``, each one space after the
    one before, within the piece's box (``right``, a PDF word's measured edge): its letters
    counted as whole columns overstate a proportional font's narrow ones ("Restricted
    Stock Units", 22 letters over a box 12.8 wide, would reach under the next column's
    centred title), so each word ends as far in as its share of the piece's letters
    (the last one where its letters end, as whole columns, but no further right than the
    box); a grid text's box ends where its letters do."""
    scale = 1.0 if right is None or not text else min(1.0, (right - x) / len(text))
    found: list[GridWord] = []
    at, start = 0, x
    for word in text.split(" "):
        if word:
            start = max(start, x + round(at * scale))  # a wider gap kept (a grid's)
            end = max(start + 1, x + round((at + len(word)) * scale))
            found.append(GridWord(word, start, end, line, column + at))
            start = end + 1
        at += len(word) + 1
    if found:  # the last word's letters, as whole columns, clamped to the box's edge
        last = found[-1]
        end = last.start + len(last.text)
        if right is not None:
            end = max(last.start + 1, min(end, math.ceil(right)))
        found[-1] = GridWord(last.text, last.start, end, last.line, last.column)
    return found


#: the header's first lines where its first title ("Title of") is looked for (elinks
#: centres it down to the third); the titles themselves may wrap over more (``grid_titles``)
_TITLE_LINES = 3
def _column(word: GridWord, spans: list[tuple[int, int]], line: dict[int, list[GridWord]],
            last: tuple[GridWord, int] | None, flush_left: bool = False,
            keys: Sequence[str] = ()) -> int | None:
    """The index of the column ``word`` stands under: the title it overlaps; between two
    titles, the column of the word it follows one space apart (``last``: a cell's words
    run on; an amount's "A"/"D" or a number after a number never does, ``values_apart``),
    or else the next column where the one before already holds its run on this ``line``,
    or where the table's cells are set flush left (``flush_left``, ``_flush_left``: a cell's value starts at
    its column's left edge, left of a title centred in it, never right of its own
    column's title) and the word is not of the kind the column before holds
    (``_of_kind``, its column ``keys``: a number right of an empty "Underlying Shares"
    may be that column's set right, a number column's set flush left or not), or the
    first column left of the first title; None where none of these; a mark past every
    title after the last column's words is that column's."""
    under = _titles_over(word.start, word.end, spans)
    if under:
        return under[0] if len(under) == 1 else None
    if last is not None and last[0].end + 1 == word.start \
            and not values_apart(_before_marks(line.get(last[1], []), last[0]), word.text):
        return last[1]
    after = next((n for n, (start, _) in enumerate(spans) if word.end <= start), None)
    if after == 0:
        return 0
    if after is not None and line.get(after - 1):
        return after
    if after is not None and flush_left:
        return None if after - 1 < len(keys) and _of_kind(word, keys[after - 1]) else after
    if after is None and last is not None and last[1] == len(spans) - 1 \
            and MARKS_RE.fullmatch(word.text):
        return last[1]  # past every title, after the last column's words: its mark
    return None


def _before_marks(run: list[GridWord], last: GridWord) -> str:
    """The last word of a cell's ``run`` on a line that is no footnote mark (``last``'s
    own text where all are): a value's marks follow it, so "14526 [1] A" holds an amount
    before "A", the direction, which does not run on from it (``values_apart``)."""
    return next((w.text for w in reversed(run) if not MARKS_RE.fullmatch(w.text)), last.text)


def _titles_over(start: int, end: int, spans: list[tuple[int, int]]) -> list[int]:
    """The indexes of the titles a span from ``start`` to ``end`` overlaps."""
    return [n for n, (a, b) in enumerate(spans) if start < b and a < end]


def _of_kind(word: GridWord, key: str) -> bool:
    """Whether ``word`` is of the kind column ``key`` holds: a number in an amount's or a
    price's column, a date in a date's (another column's words tell nothing here)."""
    if key in _NUMBER_KEYS:
        return is_number(word.text)
    return key in DATE_KEYS and bool(DATE_SHAPE_RE.fullmatch(word.text))


def _table_left(grid: list[list[GridWord]]) -> int | None:
    """The table's left edge on the page grid: its first column's, where the leftmost
    word of its lines (titles and rows, each its words) stands; None where a line is not
    placed (no words)."""
    return min(words[0].start for words in grid) if grid and all(grid) else None


def _centred_header(titles: list[list[GridWord]]) -> bool:
    """Whether the header's title lines (each its words) show their titles centred in
    their columns: one title's two lines, of different lengths, start at different
    columns around one centre (one character's rounding), as w3m's "Transaction" over
    "Date". A title set in from the table's edge is otherwise no sign of centring (a
    left-aligned title set in by a space)."""
    return any(a != c and abs((a + b) - (c + d)) <= 1
               for upper, lower in zip(titles, titles[1:])
               for a, b in _runs(upper) for c, d in _runs(lower) if a < d and c < b)


def _runs(words: list[GridWord]) -> list[tuple[int, int]]:
    """The spans of a line's runs of words one space apart (a title's words on it)."""
    runs: list[tuple[int, int]] = []
    for word in words:
        if runs and runs[-1][1] + 1 == word.start:
            runs[-1] = (runs[-1][0], word.end)
        else:
            runs.append((word.start, word.end))
    return runs


def _past_first_column(word: GridWord, spans: list[tuple[int, int]], left: int | None) -> bool:
    """Whether ``word`` ends past the first column's right edge, so is no run-on word of
    its cell. The column starts at the table's ``left`` edge (None unless the header
    shows its titles centred, ``_centred_header``); a title set in from it
    ("Title of" at 3-11 over cells from 0) is centred in its column (or set right), so
    the column ends at most as far right of the title's centre as it starts left of it
    (one character's rounding): "Class B Common $0" holds the next column's "$0" at
    15-17 past a column 0-14. A title at the left edge (inscriptis sets titles left)
    tells nothing of where its column ends."""
    if left is None or not spans or spans[0][0] <= left:
        return False
    start, end = spans[0]
    return word.end > start + end - left + 1


def _row_columns(words: list[GridWord], spans: list[tuple[int, int]], left: int | None = None,
                 flush_left: bool = False, keys: Sequence[str] = ()
                 ) -> dict[int, list[GridWord]] | None:
    """A row line's words (``words``) by column index; None where a word stands under no column, or a
    column's words on the line are not one run (its words one space apart), a footnote
    mark aside: set more than a space after its column's words, it is that cell's (a
    column holds one cell a line, a mark after its words never a cell of its own; a
    browser's link number left out before a mark, "See Footnotes [2][2] [3][3]" read "See
    Footnotes (2)    (3)", keeps its width). A word after the first column's run past
    that column's edge (``_past_first_column``) is not its run-on word."""
    columns: dict[int, list[GridWord]] = {}
    last: tuple[GridWord, int] | None = None
    for word in words:
        if last is not None and last[1] == 0 and _past_first_column(word, spans, left):
            last = None
        n = _column(word, spans, columns, last, flush_left, keys)
        if n is None or n in columns and columns[n][-1].end + 1 != word.start \
                and not MARKS_RE.fullmatch(word.text):
            return None
        columns.setdefault(n, []).append(word)
        last = (word, n)
    return columns


def _flush_left(lines: list[list[GridWord]], spans: list[tuple[int, int]]) -> bool:
    """Whether the table's cells are set flush left in their columns: some column's cells
    (runs of words one space apart, each under that column's title alone) of different
    lengths start at one character column on the lines, and no column's cells of
    different lengths end at one column from different starts (set right)."""
    cells: dict[int, set[tuple[int, int]]] = {}
    for words in lines:
        for start, end in _runs(words):
            under = _titles_over(start, end, spans)
            if len(under) == 1:
                cells.setdefault(under[0], set()).add((start, end))
    starts = [{a for a, _ in held} for held in cells.values() if len({b for _, b in held}) > 1]
    ends = [{b for _, b in held} for held in cells.values() if len({a for a, _ in held}) > 1]
    return any(len(s) == 1 for s in starts) and not any(len(e) == 1 for e in ends)


def _header_lines(page: Page, atoms: list[Atom]) -> list[int]:
    """The table's lines (its title left out)."""
    return sorted({a.row for a in atoms if a.kind not in ("TABLE_I", "TABLE_II")})


#: a standard form's column title, numbered ("1.", "2A.") or with its instructions
#: ("(Instr. 3)"): its "1." printed apart leaves a line opening "Title of Security"
_STANDARD_TITLE = re.compile(r"(?<!\S)[0-9]{1,2}[A-Z]?\.(?!\S)|\(instr\b", re.I)


def short_titled(page: Page, atoms: list[Atom]) -> bool:
    """True where one of the table's first lines opens with a site's short first title
    ("Title of Security ...", "Title of" over "Security"; a title centred in its column
    may stand on the header's second line, under "Conversion or  Transaction ..."),
    none of those lines a standard form's numbered titles (``_STANDARD_TITLE``)."""
    texts = [page.lines[n].text for n in _header_lines(page, atoms)[:_TITLE_LINES]]
    return _opens_title_of([text.lower().split() for text in texts]) \
        and not any(_STANDARD_TITLE.search(text) for text in texts)


def _opens_title_of(openings: list[list[str]]) -> bool:
    """Whether one of the header's first lines (each its words, lowercase) opens with a
    site's short first title, "Title of"."""
    return any(opens_with(words, "title of") for words in openings)


def short_grid_rows(page: Page, atoms: list[Atom], table: str) -> list[Row] | None:
    """The rows of ``table`` where its header is one line of short titles (``_title_spans``)
    and each row's words stand under them; None where it is not so (a word under no title,
    or a wrapped line of a column that cannot wrap)."""
    from .middle_readings import untold_cleared  # it reads with this module's helpers
    untold_cleared(page, table)  # read again: an earlier reading's unknown cells forgotten
    unread_noted(page, table, [])
    lines = _header_lines(page, atoms)
    # the first title on the header's first line, or on a next one where the titles are
    # centred in their cells ("Transaction  Deemed Execution  (A) or" above "Title of
    # Security  Code V Amount  Price"): the rows' cells centred too, never wrapped below
    openings = [_short_titles_opening(page.lines[n]) for n in lines[:_TITLE_LINES]]
    if not _opens_title_of(openings):
        return None
    # a narrow column wraps a title at its slash ("Ownership Form (D/" over "I)")
    titles = next((n for n, row in enumerate(lines)
                   if not is_header_text(page.lines[row].text, wrapped=True)),
                  len(lines))
    grid = [_words(page.lines[row]) for row in lines]  # each line's words
    spans = title_spans(grid[:titles], TABLES[table][0])
    if spans is None:
        return None
    keys = TABLES[table][1]
    # the first column's edge told by its title's centre only where the titles are centred
    left = _table_left(grid) if _centred_header(grid[:titles]) else None
    tops = [page.lines[row].page_top for row in lines[titles:]]  # a page break above
    flush_left = _flush_left(grid[titles:], spans)
    read: list[dict[int, list[GridWord]] | None] = [
        _row_columns(words, spans, left, flush_left, keys) for words in grid[titles:]]
    # each line's runs under a column not of their kind (None: a line under no titles)
    off_kind = [None if columns is None else off_kind_runs(columns, keys) for columns in read]
    off = any(count is None or count >= SHIFT_RUNS for count in off_kind)
    # on two lines or more a value under a column not of its kind ("S" under "Amount"; on
    # one line alone it may be a value set off its place)
    off_twice = sum(bool(count) for count in off_kind) > 1
    body = grid[titles:]
    off_columns = body_columns(body, spans, keys) if off or off_twice else None
    if off:
        # the body on another grid than its header (a PDF's): columns from the body's values;
        # where they give none and each line stood under its titles, the titles' reading
        # stands (``off_kind_runs`` also counts a bare price, "Immediately" under a date, for a shift)
        off_grid = _off_grid_rows(page, table, body, off_columns, tops,
                                  any(columns is None for columns in read), keys)
        if off_grid is not None:
            return off_grid.rows
    rows = _titles_rows(page, table, read, keys, spans, tops, openings[0])
    if rows is None and off_twice:
        # no reading under the titles: the body's lines, each on a grid of its own, read apart
        untold_cleared(page, table)
        off_grid = _off_grid_rows(page, table, body, off_columns, tops, True, keys)
        return None if off_grid is None else _natures_unglued(page, off_grid.rows)
    return rows


def _natures_unglued(page: Page, rows: list[Row] | None) -> list[Row] | None:
    """``rows`` with their natures left out where the page's header runs a title's words
    together ("Amount OwnedFollowing"): a converter that squeezes a line's words so may
    drop the space inside a nature too, small letters meeting ("Seefootnote"), which no
    capital shows (as ``split_rows`` does)."""
    if rows is None or not page_header_glued(page):
        return rows
    return [{key: cell for key, cell in row.items() if key != "nature_of_ownership"}
            for row in rows]


class OffGrid(NamedTuple):
    """The reading of a body set on another grid than its header (``_off_grid_rows``)."""

    #: its rows, None where it is not read
    rows: list[Row] | None


def _off_grid_rows(page: Page, table: str, body: list[list[GridWord]],
                   columns: list[dict[int, list[GridWord]]] | None, tops: list[bool],
                   unplaced_lines: bool, keys: tuple[str, ...]) -> OffGrid | None:
    """The rows of a body set on another grid than its header: by the columns its values
    line up in (``columns``, from ``body_columns``; rows read centred); where they give
    none and a line stood under no titles (``unplaced_lines``), or its rows do not read
    centred, each line on a grid of its own, a row's values split over them
    (``split_rows``). None where neither applies (the titles' reading stands)."""
    if columns is None:
        return OffGrid(split_rows(body, table, page_header_glued(page))) if unplaced_lines \
            else None
    unread = [out for words, placed in zip(body, columns) if (out := unplaced(words, placed))]
    kept, kept_tops = kept_lines(columns, tops)
    lined = [{keys[i]: words for i, words in placed.items()} for placed in kept]
    rows = centred_rows(lined, keys, kept_tops)
    if rows is not None:
        unread_noted(page, table, unread)
        return OffGrid(rows)
    # its columns line up but its rows are not centred on values lines: each line on a
    # grid of its own after all, a row's values split over its title's lines
    return OffGrid(split_rows(body, table, page_header_glued(page)))


def _titles_rows(page: Page, table: str, read: list[dict[int, list[GridWord]] | None],
                 keys: tuple[str, ...], spans: list[tuple[int, int]], tops: list[bool],
                 opening: list[str]) -> list[Row] | None:
    """The rows of a body whose lines stand under the header's titles (``read``: each
    line's words by column index; None where a line stands under none)."""
    from .middle_readings import middle_rows
    lined: list[dict[str, list[GridWord]]] = []  # each line's words by column key
    for columns in read:
        if columns is None:
            return None
        lined.append({keys[i]: words for i, words in columns.items()})
    widths = _widths(lined, spans, keys)
    if not opens_with(opening, "title of"):  # a header centred down: a PDF's, or a
        # browser's where a row shows a cell set in its middle on whole lines
        return centred_rows(lined, keys, tops) or \
            middle_rows(page, table, lined, widths, shown=True)
    if not _wrapped_below(lined, widths):  # not certainly wrapped below: set in the middle
        return centred_rows(lined, keys, tops) or middle_rows(page, table, lined, widths)
    below = _rows_below(lined, keys, widths)
    if below is not None:
        return below
    return centred_rows(lined, keys, tops) or middle_rows(page, table, lined, widths)


def fitted_above(upper: list[GridWord], lower: list[GridWord], key: str,
                 widths: dict[str, int]) -> bool:
    """Whether a cell's line (``lower``, in column ``key``) opens with a word that would
    have fitted after its line above (``upper``, ``_fits_after``), so no browser broke
    them: a line opening with a footnote mark tells nothing (a mark's printed width is not
    told, a browser's link number left out before it)."""
    return not MARKS_RE.fullmatch(lower[0].text) and _fits_after({key: upper}, {key: lower}, widths)


def _rows_below(lined: list[dict[str, list[GridWord]]], keys: tuple[str, ...],
                widths: dict[str, int]) -> list[Row] | None:
    """The rows of a table whose text cells wrap below their values line (the page
    grid's), a line of text cells only taken as the row's above it; None where a row
    does not read so, or where a cell so read holds a line whose next line's first word
    would have fitted after it (``fitted_above``, as ``_broken_as_filled`` asks): a
    browser fills a line greedily, so such lines are forced breaks ("Class A<br>Common<br>
    Stock", its values beside "Common") or two rows' lines, never one wrapped cell."""
    rows: list[dict[str, list[list[GridWord]]]] = []  # each cell's words, by its lines
    for cells in lined:
        if rows and _text_line(cells):
            for key, words in cells.items():  # a long cell's next line
                rows[-1].setdefault(key, []).append(words)
            continue
        rows.append({key: [words] for key, words in cells.items()})
    if any(fitted_above(upper, lower, key, widths)
           for row in rows for key, cell in row.items() for upper, lower in zip(cell, cell[1:])):
        return None  # a cell broken where its next word fitted: not greedy wrapping
    return lines_rows(rows, keys)


def _widths(lined: list[dict[str, list[GridWord]]], spans: list[tuple[int, int]],
            keys: tuple[str, ...]) -> dict[str, int]:
    """Each column's least width on the page grid: its title's and its widest line's."""
    widths = {key: end - start for key, (start, end) in zip(keys, spans)}
    for cells in lined:
        for key, words in cells.items():
            widths[key] = max(widths[key], words[-1].end - words[0].start)
    return widths


def _wrapped_below(lined: list[dict[str, list[GridWord]]], widths: dict[str, int]) -> bool:
    """True where each line of text cells only (``WRAPPING``) is certainly the row's above
    it (a long cell wrapped below its row), not the next row's: a browser may set a row's
    values beside its cells' middle lines (w3m, elinks), their first lines above, never
    more above than below, or beside their last lines (``valign="bottom"``). So none
    before the first row, and none between two rows where the next row has such lines
    below it too (they may be that row's, above it) or where the rows read as well set
    at their bottoms (``middle_readings.edge_cut``), unless a mark or the wrapping tells
    them the row's above (``mark_closes``, ``_fits_after``)."""
    from .middle_readings import edge_cut  # it reads with this module's helpers
    text = [_text_line(cells) for cells in lined]
    if text and text[0]:
        return False
    values = [n for n, cells in enumerate(lined) if "direct_or_indirect" in cells]
    bottoms: bool | None = None  # whether the rows read set at their bottoms, when asked
    runs = [(is_text, len(list(group))) for is_text, group in groupby(text)]
    at = 0  # the first line of run n
    for n, (is_text, size) in enumerate(runs):
        # text lines between two rows, unless a mark or the wrapping settles them
        if is_text and n + 1 < len(runs) \
                and not mark_closes(lined[at + size - 1], lined[at + size]) \
                and not _fits_after(lined[at + size - 1], lined[at + size], widths):
            if n + 2 < len(runs) and runs[n + 1][1] == 1:
                return False  # the next row (alone) has some below it too: may be its own
            if bottoms is None:
                bottoms = edge_cut(lined, values, False) is not None
            if bottoms:
                return False  # the next row's, set at its bottom
        at += size
    return True


#: the characters a joined line must fit by: a PDF's page grid sets its proportional
#: letters at rounded columns, so a width of a few characters either way is unsure; a
#: word's own length under-counts how wide its capitals print, so each three of its
#: characters add one more (``_fit_slack``)
_FIT_SLACK = 2


def _fit_slack(word: str) -> int:
    """The characters to spare where ``word`` would be joined onto a line: ``_FIT_SLACK``
    and one for each three of its characters (a PDF's proportional "COMMON" prints wider
    than its six columns)."""
    return _FIT_SLACK + len(word) // 3


def _fits_after(last: dict[str, list[GridWord]], values: dict[str, list[GridWord]],
                widths: dict[str, int]) -> bool:
    """Whether in some column the values line's first word would fit after the text
    line's words (``last``, right over it) within the column's width: a browser fills a
    cell's line with as many words as fit, so the two are no one cell's lines ("Stock"
    over "Class B Common" in a column 14 wide: "Stock Class" would have stood on one
    line, with ``_fit_slack`` to spare); the text line is the row's above."""
    return any(words and values.get(key) and words[-1].end - words[0].start + 1
               + len(values[key][0].text) + _fit_slack(values[key][0].text) <= widths[key]
               for key, words in last.items())


def _text_line(cells: dict[str, list[GridWord]]) -> bool:
    """Whether a line holds only cells that may wrap below a row's values: text cells
    (``WRAPPING``) and footnote marks alone (a code's "A" over its "[2]")."""
    return all(key in WRAPPING or marks_only(words)
               for key, words in cells.items())


def mark_closes(last: dict[str, list[GridWord]], values: dict[str, list[GridWord]]) -> bool:
    """Whether a line of text cells (``last``, right over a row's ``values`` line) holds
    in some column footnote marks alone where the values line holds words opening with
    no mark in that column: a cell prints its marks after its text, so the marks close
    the row's cell above ("See Footnotes [2]" over "[3]"), never open the next row's (the
    lines from it down to the values line would be one cell "[3] See Footnotes [2]")."""
    return any(marks_only(words)
               and values.get(key) and not MARKS_RE.fullmatch(values[key][0].text)
               for key, words in last.items())


def _short_titles_opening(line: Line) -> list[str]:
    """The first three words (lowercase) of a line that is a table's header of short
    titles, [] where it is none: "title of security" on one line, or "title of" with
    "Security" wrapped below it (looked at before the grammar is loaded)."""
    return line.text.lower().split()[:3] if is_header_text(line.text, wrapped=True) else []
