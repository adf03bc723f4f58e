"""A table of a site's own page of the form on a page grid: short titles on one line.

A text browser or inscriptis lays a site's page (``short_boxes.py``) out as a page
grid: the table's column titles short ("Title of Security  Transaction Date  ...
Amount Owned Following  Ownership Form (D/I)  Nature of Indirect Ownership") on one
line, each row on one line below (a long cell wrapped onto the next lines within its
column). The titles are read in the form's column order by ``form_short_boxes.lark``
(``columns_i``, ``columns_ii``), which gives each its span on the line; a row's word
goes to the column whose title it stands under. A word under no title (between two)
goes with the word it follows one space apart (a cell's words run on: "$201.69 [1]"),
or the table is not read here (None: the grid's other readers try it).
"""

from __future__ import annotations

from dataclasses import dataclass

from lark import Token
from lark.exceptions import LarkError

from ..grammar import load
from ..page import Line, Page
from ..sections import TABLE_I_COLUMNS, Cell, Row
from ..text import join_wrapped
from .atoms import Atom
from .row_cells import TABLE_II_DIRECTED, _values_fit
from .short_boxes import STARTS
from .table_header import is_header_text

#: each table's start symbol in form_short_boxes.lark and its columns' keys in order
_TABLES = {"table_i": ("columns_i", TABLE_I_COLUMNS),
           "table_ii": ("columns_ii", TABLE_II_DIRECTED)}
#: the columns whose text a row may wrap onto the lines below it
_WRAPPING = frozenset({"security_title", "underlying_security_title", "nature_of_ownership"})


@dataclass(frozen=True, slots=True)
class _Word:
    text: str
    start: int  # its first and one past its last character column on the page grid
    end: int
    line: int  # where it stands in the source
    column: int


def _words(line: Line) -> list[_Word]:
    """A grid line's words with their character columns."""
    found = []
    for piece in line.pieces:
        if piece.x is None:
            return []
        at = 0
        for text in piece.text.split(" "):
            if text:
                x = int(piece.x) + at
                found.append(_Word(text, x, x + len(text), piece.line, piece.column + at))
            at += len(text) + 1
    return found


def _title_spans(line: Line, table: str) -> list[tuple[int, int]] | None:
    """Each column's title span on a header line, in the form's order; None unless the
    line reads whole as the table's short titles."""
    words = _words(line)
    if not words:
        return None
    text = [" "] * max(w.end for w in words)
    for word in words:
        text[word.start:word.end] = word.text
    try:
        tree = load("form_short_boxes", STARTS).parse("".join(text), start=_TABLES[table][0])
    except LarkError:
        return None
    tokens = list(tree.scan_values(lambda v: isinstance(v, Token)))
    return [(t.start_pos or 0, t.end_pos or 0) for t in tokens]


def _column(word: _Word, spans: list[tuple[int, int]], last: tuple[_Word, int] | None) -> int | None:
    """The index of the column ``word`` stands under: the title it overlaps, or the
    column of the word it follows one space apart (``last``); None where neither."""
    under = [n for n, (start, end) in enumerate(spans) if word.start < end and start < word.end]
    if len(under) == 1:
        return under[0]
    if not under and last is not None and last[0].end + 1 == word.start:
        return last[1]
    return None


def _row_columns(line: Line, spans: list[tuple[int, int]]) -> dict[int, list[_Word]] | None:
    """A row line's words by column index; None where a word stands under no column."""
    columns: dict[int, list[_Word]] = {}
    last: tuple[_Word, int] | None = None
    for word in _words(line):
        n = _column(word, spans, last)
        if n is None:
            return None
        columns.setdefault(n, []).append(word)
        last = (word, n)
    return columns


def short_grid_rows(page: Page, atoms: list[Atom], table: str) -> list[Row] | None:
    """The rows of ``table`` where its header is one line of short titles (``_title_spans``)
    and each row's words stand under them; None where it is not so (a word under no title,
    or a wrapped line of a column that cannot wrap)."""
    lines = sorted({a.row for a in atoms if a.kind not in ("TABLE_I", "TABLE_II")})
    if not lines or not _titled_shortly(page.lines[lines[0]]):
        return None
    spans = _title_spans(page.lines[lines[0]], table)
    if spans is None:
        return None
    keys = _TABLES[table][1]
    rows: list[dict[str, list[list[_Word]]]] = []  # each cell's words, by its lines
    for n in lines[1:]:
        columns = _row_columns(page.lines[n], spans)
        if columns is None:
            return None
        cells = {keys[i]: words for i, words in columns.items()}
        if rows and set(cells) <= _WRAPPING:
            for key, words in cells.items():  # a long cell's next line
                rows[-1].setdefault(key, []).append(words)
            continue
        rows.append({key: [words] for key, words in cells.items()})
    read = [_row(row, keys) for row in rows]
    return None if any(row is None for row in read) else [row for row in read if row]


def _row(lines: dict[str, list[list[_Word]]], keys: tuple[str, ...]) -> Row | None:
    """A row's cells, their lines joined as wrapped text ("Series C-" + "1"); an empty "V"
    kept (a "no": the column is there, unmarked). None where it is no whole row of the
    form (no direct or indirect ownership) or a value does not read as its column's."""
    texts = {key: join_wrapped([" ".join(w.text for w in words) for words in cell])
             for key, cell in lines.items()}
    if "direct_or_indirect" not in texts or \
            not _values_fit(keys, [texts.get(key, "") for key in keys]):
        return None
    first = next(words[0] for cell in lines.values() for words in cell)
    row = {key: Cell(texts[key], cell[0][0].line, cell[0][0].column)
           for key, cell in lines.items()}
    row.setdefault("equity_swap_involved", Cell("", first.line, first.column))
    return row


def _titled_shortly(line: Line) -> bool:
    """True where a line is a table's header of short titles opening with "Title of
    Security" (looked at before the grammar is loaded)."""
    return line.text.lower().split()[:3] == ["title", "of", "security"] and \
        is_header_text(line.text)
