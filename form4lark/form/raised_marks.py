"""Footnote marks printed as bare superscripts that a grid text set on lines of their own.

A page printing a mark as a superscript ("Stock<sup>1</sup>") run through a converter
that keeps the page's lines (``pdftotext -layout``) may set the raised mark on a line
of its own inside its cell: over the word it follows, right of where that word ends
("Common" / "        1" / "Stock"), or, where the cell wrapped it, at the cell's left
edge under the cell's last line ("Endurance Partners, L.P." / "23"): wrapped only where
it would not have fit on that line (its length, a space and the number's, past the
column's widest line); a number that would have fit ("Sequoia Capital Fund" / "2") may
be the name's word ("Fund 2") as well as a mark, and its cell is unknown
(``numbers_that_fit``). A title or a nature whose lines are so read would hold the
mark as a word ("Common 1 Stock"). The mark is put back glued onto the word it follows
("Stock1", "L.P.23"), as a converter that keeps it on the line prints it, and read off
there with the page's listed notes (``bare_marks.py``, which leaves the value unknown
where the digits name listed notes two ways; a number that may be the word's is never
glued on: ``numbers_that_fit``).

Such a page glues a mark onto a value cell too (``glued_cells_marked``): a code's or a
direct/indirect letter's "C1", an amount's "3,472,2202" past its last group of
thousands, read as the value and its marks where the figures name listed notes
(``bare_cell_marks``); a date column's cell of a bare number ("34") is only marks (no
date is a bare number); a price column's that is no listed note's number but whose
figures each name one is unknown (a price of 34 or marks 3 and 4) but where another
price of the table prints "$" and none prints bare (then "34" is no price the table
prints as its others: marks 3 and 4), one that is a listed
note's number ("1") read as the reader reads a page's lone marks, unless another price of
the table is a figure printed bare ("5.25", no "$"): the table prints its prices so, and
a "2" may be a price of $2 as well as note 2's mark (unknown).
"""

from __future__ import annotations

import re

from ..build import COLUMN_KINDS
from ..page import Page
from ..patterns import BARE_MARK_RE, GROUPED_WHOLE_RE, NOTE_OPENING
from ..sections import PRICE_COLUMNS, Cell, Row
from .bare_cell_marks import _glued_cell, _glued_put, marks_text
from ..bare_marks import glued_marks
from .row_bands import TEXTS, Chunk

#: the keys in ``Page.memo`` of the tables ("table_i", "table_ii") whose grid cells had
#: bare marks read as marks, and of those whose cells showed marks glued onto values
#: (``glued_cells_marked``): the reader notes them as such
READ, GLUED = ("raised_marks", "read"), ("raised_marks", "glued")
#: the key in ``Page.memo`` of the cells left unknown for a number that may be their
#: word or a mark (``numbers_that_fit``), by table: the reader notes each
UNSURE = ("raised_marks", "unsure")

# a note under the tables: "1. This transaction was ..."
_NOTE = re.compile(NOTE_OPENING)
# a word of a value: an amount, a price, a date, a letter with figures glued on or not
_VALUE_WORD = re.compile(r"\$?[0-9][0-9,./]*|[A-Z][0-9]{0,2}|\([0-9]+\)")


def raised_marks_glued(chunks: list[Chunk]) -> list[Chunk]:
    """The chunks of a table's body, each text cell's line that is only a bare number
    glued onto the cell's word it is raised over (the line below's last word, ending left
    of it) or wrapped under (the line above's last word, the number at that line's start)."""
    by_line: dict[int, list[Chunk]] = {}
    for chunk in chunks:
        by_line.setdefault(chunk.line, []).append(chunk)
    widest = _widest_lines(chunks)
    glued: dict[int, Chunk] = {}  # by id of the chunk a mark is glued onto
    dropped: set[int] = set()
    for chunk in chunks:
        if not _lone_number(chunk, by_line):
            continue
        home = _raised_over(chunk, by_line) or _wrapped_under(chunk, by_line, widest)
        if home is None:
            continue
        base = glued.get(id(home), home)
        atoms = [*base.atoms[:-1], base.atoms[-1].with_text(base.atoms[-1].text + chunk.text)]
        glued[id(home)] = Chunk(atoms, base.key, base.or_else, base.cut, base.stacked)
        dropped.add(id(chunk))
    return [glued.get(id(c), c) for c in chunks if id(c) not in dropped]


def _lone_number(chunk: Chunk, by_line: dict[int, list[Chunk]]) -> bool:
    """True for a text column's chunk that is a bare number of one or two digits on a
    line of no other value (other columns' wrapped words only)."""
    return (chunk.key in TEXTS and len(chunk.atoms) == 1
            and BARE_MARK_RE.fullmatch(chunk.text) is not None
            and not any(c.has_value for c in by_line[chunk.line] if c is not chunk))


def _raised_over(mark: Chunk, by_line: dict[int, list[Chunk]]) -> Chunk | None:
    """The same column's chunk on the line below that ends at or left of the mark's start:
    the word the mark is raised over."""
    below = [c for c in by_line.get(mark.line + 1, ()) if c.key == mark.key]
    if len(below) == 1 and below[0].x < mark.x and below[0].x_end <= mark.x:
        return below[0]
    return None


def _under_last_line(mark: Chunk, by_line: dict[int, list[Chunk]]) -> Chunk | None:
    """The same column's chunk on the line above that starts where the mark does, the
    line below holding none of that column: the cell's last line, the number under it."""
    above = [c for c in by_line.get(mark.line - 1, ()) if c.key == mark.key]
    below = [c for c in by_line.get(mark.line + 1, ()) if c.key == mark.key]
    if len(above) == 1 and above[0].x == mark.x and not below:
        return above[0]
    return None


def _widest_lines(chunks: list[Chunk]) -> dict[str | None, int]:
    """The length of the widest line of each text column: the least its cells' width is."""
    widest: dict[str | None, int] = {}
    for chunk in chunks:
        if chunk.key in TEXTS:
            widest[chunk.key] = max(widest.get(chunk.key, 0), round(chunk.x_end - chunk.x))
    return widest


def _would_fit(mark: Chunk, last: Chunk, widest: dict[str | None, int]) -> bool:
    """True where a number under its cell's last line would have fit on it, a space
    before it, within the column's widest line: a wrapped word would not have wrapped."""
    return round(last.x_end - last.x) + 1 + len(mark.text) <= widest.get(mark.key, 0)


def _wrapped_under(mark: Chunk, by_line: dict[int, list[Chunk]],
                   widest: dict[str | None, int]) -> Chunk | None:
    """The cell's last line a mark is wrapped under (``_under_last_line``), where the
    number would not have fit on it: a mark raised off a word at the cell's right edge."""
    last = _under_last_line(mark, by_line)
    return None if last is None or _would_fit(mark, last, widest) else last


def numbers_that_fit(chunks: list[Chunk]) -> list[Chunk]:
    """The text cells' bare numbers under their cell's last line that would have fit on
    it ("Sequoia Capital Fund" / "2"): a word ("Fund 2") or a mark, not told; their cells
    are unknown."""
    by_line: dict[int, list[Chunk]] = {}
    for chunk in chunks:
        by_line.setdefault(chunk.line, []).append(chunk)
    widest = _widest_lines(chunks)
    return [chunk for chunk in chunks
            if _lone_number(chunk, by_line) and _raised_over(chunk, by_line) is None
            and (last := _under_last_line(chunk, by_line)) is not None
            and _would_fit(chunk, last, widest)]


def unsure_noted(page: Page, table: str, unsure: list[Chunk]) -> None:
    """The numbers ``numbers_that_fit`` found in ``table`` kept in ``page.memo``
    (``UNSURE``) as (line, column, column key, text)."""
    found = page.memo.setdefault(UNSURE, {})
    assert isinstance(found, dict)
    cells = found.setdefault(table, set())
    cells.update((c.line, c.atoms[0].column, c.key or "", c.text) for c in unsure)


def unsure_cells(page: Page, table: str) -> list[tuple[int, int, str, str]]:
    """The numbers of ``table`` whose cells were left unknown (``unsure_noted``)."""
    found = page.memo.get(UNSURE, {})
    assert isinstance(found, dict)
    return sorted(found.get(table, ()))


def listed_notes(page: Page) -> frozenset[str]:
    """The numbers of the notes the page lists under "Explanation of Responses"."""
    key = "listed_notes"
    if key not in page.memo:
        listed: set[str] = set()
        seen = False
        for line in page.lines:
            text = " ".join(piece.text for piece in line.pieces)
            seen = seen or "Explanation of Responses" in text
            if seen and (match := _NOTE.match(text)):
                listed.add(match[1])
        page.memo[key] = frozenset(listed)
    found = page.memo[key]
    assert isinstance(found, frozenset)
    return found


def marked_tables(page: Page, key: tuple[str, str]) -> frozenset[str]:
    """The tables whose grid cells had bare marks read (``READ``) or showed marks glued
    onto values (``GLUED``): ``glued_cells_marked``."""
    found = page.memo.get(key, frozenset())
    assert isinstance(found, frozenset)
    return found


def _noted(page: Page, table: str, glued: bool) -> None:
    """``table`` noted in ``page.memo`` as having bare marks read, glued on or not."""
    for key in (READ, GLUED) if glued else (READ,):
        page.memo[key] = marked_tables(page, key) | {table}


def glued_cells_marked(chunks: list[Chunk], listed: frozenset[str], page: Page,
                       table: str) -> list[Chunk]:
    """The chunks of a table's body, each value cell of one word holding marks printed
    bare written with them as marks ("C1" -> "C(1)", "34" in a date column -> "(3)(4)"),
    where the figures name ``listed`` notes one way; a price column's bare number that
    may be a price as well as marks, and an amount standing in a text column, left in no
    column (unknown). A table whose cells had marks read is noted in ``page.memo``
    (``READ``, ``GLUED``)."""
    out: list[Chunk] = []
    prices = "bare" if _bare_prices(chunks, listed) else "$" if _dollar_prices(chunks) else ""
    for chunk in chunks:
        if chunk.key is not None and chunk.key not in TEXTS and len(chunk.atoms) > 1:
            chunk = _run_marked(chunk, listed, page, table)
        if chunk.key is None and _columnless_amount(chunk):
            chunk = _value_marked(chunk, listed, page, table)
        elif chunk.key is None or len(chunk.atoms) != 1:
            pass
        elif chunk.key in TEXTS:
            _text_cell_kept(chunk)
        elif chunk.key in PRICE_COLUMNS and BARE_MARK_RE.fullmatch(chunk.text):
            chunk = _price_marks(chunk, listed, prices, page, table)
        elif (COLUMN_KINDS.get(chunk.key or "") == "date_cell"
              and BARE_MARK_RE.fullmatch(chunk.text)):
            marks = glued_marks(chunk.text, listed)
            if marks is None:  # marks naming listed notes both ways: which, unknown
                chunk.key = None
            elif marks:
                chunk = _as_marks(chunk, marks, page, table)
        else:
            chunk = _value_marked(chunk, listed, page, table)
        out.append(chunk)
    return out


def _columnless_amount(chunk: Chunk) -> bool:
    """True for a chunk in no column (a page laid out at another scale than its header's)
    that is one amount printed with thousands commas and figures glued on past its last
    group ("3,844,6392"): no amount prints so, whatever its column, so its figures are
    marks (``_value_marked``), and the typed sequence may then give it its column."""
    match = _glued_cell(chunk.text) if len(chunk.atoms) == 1 else None
    return match is not None and "," in match["value"]


def _text_cell_kept(chunk: Chunk) -> None:
    """A text column's chunk left in no column (unknown) where it is an amount printed
    with thousands commas: an amount under a title's header, its column not told."""
    if GROUPED_WHOLE_RE.fullmatch(chunk.text):
        chunk.key = None


def _price_marks(chunk: Chunk, listed: frozenset[str], prices: str, page: Page,
                 table: str) -> Chunk:
    """A price column's bare number: a listed note's number ("1") is its mark unless the
    table prints prices bare (``prices`` "bare"); figures naming listed notes run together
    ("34") are marks where the table's prices print "$" (``prices`` "$"). Left in no
    column (unknown) where it may be a price as well, or names listed notes both ways
    ("29", notes 2, 9 and 29 listed); unchanged where it names no note."""
    marks = glued_marks(chunk.text, listed)  # None: "29" with notes 2, 9 and 29 listed
    if chunk.text in listed:
        marks = None if prices == "bare" else marks
    elif not marks:
        return chunk
    else:
        marks = marks if prices == "$" else None
    if marks is None:
        chunk.key = None  # a price or a note's mark: not told
        return chunk
    return _as_marks(chunk, marks, page, table)


def _as_marks(chunk: Chunk, marks: list[str], page: Page, table: str) -> Chunk:
    """A cell of bare marks written as marks ("(3)(4)"), its table noted as read so."""
    _noted(page, table, False)
    return Chunk([chunk.atoms[0].with_text(marks_text("", marks))], chunk.key,
                 chunk.or_else, chunk.cut, chunk.stacked)


def _value_marked(chunk: Chunk, listed: frozenset[str], page: Page, table: str) -> Chunk:
    """A value cell with figures glued on ("C1", "3,472,2202") written with them as marks
    where they name listed notes one way (``_glued_put``), its table noted as glued."""
    atom = chunk.atoms[0]
    if (match := _glued_cell(chunk.text)) is None:
        return chunk
    put = _glued_put(atom, match, set(listed), False)
    if put is atom:
        return chunk
    _noted(page, table, True)
    return Chunk([put], chunk.key, chunk.or_else, chunk.cut, chunk.stacked)


def _bare_prices(chunks: list[Chunk], listed: frozenset[str]) -> bool:
    """True where a price column's cell is a figure printed without "$" that is no listed
    note's number ("5.25"): the table prints its prices bare, so a cell of a note's
    number ("2") may be a price as well as that note's mark."""
    return any(c.key in PRICE_COLUMNS and c.has_digit and not c.is_mark
               and not c.text.lstrip().startswith("$") and not _note_figures(c.text, listed)
               for c in chunks)


def _note_figures(text: str, listed: frozenset[str]) -> bool:
    """True for a bare number that is a listed note's number or whose figures each name
    one ("1", "34"): a cell of marks as well as a price, no evidence of how prices print."""
    text = text.strip()
    return BARE_MARK_RE.fullmatch(text) is not None and (text in listed
                                                         or bool(glued_marks(text, listed)))


def _dollar_prices(chunks: list[Chunk]) -> bool:
    """True where a price column's cell prints "$": a bare number there is no price the
    table prints as its others (``row_grid._bare_prices_unknown``)."""
    return any(c.key in PRICE_COLUMNS and c.text.lstrip().startswith("$") for c in chunks)


def _run_marked(chunk: Chunk, listed: frozenset[str], page: Page, table: str) -> Chunk:
    """A value column's run of values a converter kept one space apart ("11,241,580 D1"),
    each value's glued figures read as marks where certain (``_glued_cell``); unchanged
    where a word of the run is no value (a title's "Series A1" run into its date)."""
    if not all(_VALUE_WORD.fullmatch(atom.text) for atom in chunk.atoms):
        return chunk
    atoms = [_glued_put(atom, match, set(listed), False)
             if (match := _glued_cell(atom.text)) is not None else atom for atom in chunk.atoms]
    if all(a is b for a, b in zip(atoms, chunk.atoms)):
        return chunk
    _noted(page, table, True)
    return Chunk(atoms, chunk.key, chunk.or_else, chunk.cut, chunk.stacked)


def split_row(rows: list[Row]) -> Cell | None:
    """The first cell of a row whose values share no column with the row's before, titles
    and natures aside ("Class A 06/10/2020" over "J 846,819 D $0.00 0 I"): one row's values
    a raised mark set on two lines, read as two rows; None where every two rows share one."""
    for before, row in zip(rows, rows[1:]):
        values = {key for key in row if key not in TEXTS and key != "equity_swap_involved"}
        if values and not values & {key for key in before if key not in TEXTS}:
            return next(iter(row.values()))
    return None
