"""Table I and Table II of a ``pdftotext -layout`` page: header, rows, cells.

A table is its title line and the lines below it. The header's numbered labels
("1. Title of", "2A. Deemed Execution", ...) and its sub-header ("Code V
Amount (A) or (D) Price", "Code V (A) (D) Date Exercisable Expiration Date
Title Amount ...") give the columns' x-positions on the header's page; a page
that continues the table without a header gets its columns from its own rows.
A row is the line that holds its title and values, the lines under it that
continue its wrapped cells, and a line of values that pdftotext printed just
above or below it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Diagnostic
from ..sections import Cell, Row
from ..text import join_wrapped
from .layout_text_columns import (AMOUNT, DATE, DIRECTIONLESS, PRICE, TABLE_I, TABLE_II, TEXT,
                                  Column, Model, PageLine, Piece, assign, calibrated_model,
                                  header_model, split_pieces)

# "2A. Deemed Execution": a numbered column label
_LABEL = re.compile(r"(?<!\S)([0-9]{1,2}A?)\.(?=\s|$)")

LABELS = {
    "table_i": {"1": "security_title", "2": "transaction_date", "2A": "deemed_execution_date",
                "3": "transaction_code", "4": "shares", "5": "shares_owned_following",
                "6": "direct_or_indirect", "7": "nature_of_ownership"},
    "table_ii": {"1": "security_title", "2": "conversion_or_exercise_price",
                 "3": "transaction_date", "3A": "deemed_execution_date", "4": "transaction_code",
                 "5": "shares_acquired", "6": "exercise_date", "7": "underlying_security_title",
                 "8": "price_per_share", "9": "shares_owned_following", "10": "direct_or_indirect",
                 "11": "nature_of_ownership"},
}
#: the sub-header's words, in order, and the column each one heads
SUB_HEADER = {
    "table_i": (("Code", "transaction_code"), ("V", "equity_swap_involved"), ("Amount", "shares"),
                ("(A)", "acquired_disposed"), ("Price", "price_per_share")),
    "table_ii": (("Code", "transaction_code"), ("V", "equity_swap_involved"),
                 ("(A)", "shares_acquired"), ("(D)", "shares_disposed"), ("Date", "exercise_date"),
                 ("Expiration", "expiration_date"), ("Title", "underlying_security_title"),
                 ("Amount", "underlying_shares")),
}
COLUMNS = {"table_i": TABLE_I, "table_ii": TABLE_II}
_SUB_START = re.compile(r"(?<!\S)Code\s+V(?!\S)")
#: how far right of the table's left edge a title may start (pages may be indented a little)
TITLE_SLACK = 2
#: pieces that make a line one of values (a row's own line, or values off its line)
_VALUES = {DATE, AMOUNT, PRICE}


def read_table(lines: list[PageLine], table: str) -> tuple[list[Row], list[Diagnostic]]:
    """The rows of one table from the lines under its title."""
    columns = COLUMNS[table]
    diagnostics: list[Diagnostic] = []
    starts, first_row = find_header(lines, table)
    if first_row is None:
        if lines:
            diagnostics.append(Diagnostic(lines[0].number, None, table,
                                          "the table's column header was not found"))
        return [], diagnostics
    body = [(line, split_pieces(line)) for line in lines[first_row:]]
    body = [(line, pieces) for line, pieces in body if pieces]
    if not body:
        return [], diagnostics
    margin = min(pieces[0].start for _, pieces in body)
    row_lines = find_rows([pieces for _, pieces in body], margin)
    models = page_models([pieces for _, pieces in body], row_lines, columns, starts)
    builder = _RowBuilder(table, diagnostics)
    model = models[row_lines[0]] if row_lines else header_model(columns, starts)
    for i, (line, pieces) in enumerate(body):
        model = models.get(i, model)
        values_only = pieces[0].start > margin + TITLE_SLACK and _has_values(pieces)
        use = model if i in models or values_only else model.wrapped()
        builder.add(pieces, [_key(columns, c) for c in assign(pieces, use)], i in models,
                    values_only, pieces[0].start <= margin + TITLE_SLACK)
    return builder.rows(), diagnostics


#: how far (tenths of a character) a value may stand from its header label on the header's page
MAX_DRIFT = 200
#: how far two rows' dates or words in one column may stand apart and still be on one page
SAME_PAGE = 1


def page_models(lines: list[list[Piece]], row_lines: list[int], columns: tuple[Column, ...],
                starts: dict[str, int]) -> dict[int, Model]:
    """A column model for each row line.

    Page breaks are not in the text (form feeds are gone), but a page shows in
    the geometry: on one page a column's values stand at the same place, on the
    next one pdftotext lays the columns out anew. Rows are grouped into runs
    whose values agree in place; the first run takes the header's labels if it
    fits them, every other run is measured from its own rows.
    """
    blind, header = Model(columns), header_model(columns, starts)
    runs: list[list[int]] = []
    seen: dict[int, int] = {}
    for i in row_lines:
        anchors = _anchors(lines[i], blind)
        if not runs or any(abs(seen[c] - at) > SAME_PAGE for c, at in anchors.items() if c in seen):
            runs.append([])
            seen = {}
        runs[-1].append(i)
        for c, at in anchors.items():
            seen.setdefault(c, at)
    models: dict[int, Model] = {}
    for k, run in enumerate(runs):
        model = header if k == 0 and starts else None
        if model is None or any(not _fits(lines[i], model, blind) for i in run):
            model = calibrate(columns, [lines[i] for i in run], blind)
        models.update((i, model) for i in run)
    return models


def _anchors(pieces: list[Piece], blind: Model) -> dict[int, int]:
    """Where the left-aligned pieces (dates, words) that only one column can take
    start: column -> start. Numbers stand right-aligned, and pdftotext pushes a
    short one further than a long one; a piece printed one space after another
    was pushed there too: their places say little about the page."""
    return {c[0]: p.start for p, c in zip(pieces, assign(pieces, blind))
            if len(c) == 1 and not p.glued and p.kind in (DATE, TEXT) and c[0] > 0}


def _fits(pieces: list[Piece], model: Model, blind: Model) -> bool:
    """The header's columns fit a row: no piece stands far from its column, and each
    piece that only one column can take (by kind and order) is placed there."""
    placed, sure = assign(pieces, model), assign(pieces, blind)
    return all(not c or model.spans[c[0]].cost(p) <= MAX_DRIFT for p, c in zip(pieces, placed)) and all(
        len(s) != 1 or c == s for c, s in zip(placed, sure))


def find_header(lines: list[PageLine], table: str) -> tuple[dict[str, int], int | None]:
    """Column key -> x-position of its label, and the index of the first row's line
    (the first line after the sub-header with a title, or with values)."""
    labels = LABELS[table]
    starts: dict[str, int] = {}
    sub_at = None
    for i, line in enumerate(lines):
        for m in _LABEL.finditer(line.text):
            key = labels.get(m.group(1))
            if key and key not in starts:
                starts[key] = m.start()
        sub = _SUB_START.search(line.text)
        if sub and "security_title" in starts:
            sub_at = i
            _sub_header(line.text, sub.start(), table, starts)
            break
    if sub_at is None or "security_title" not in starts:
        return starts, None
    title_end = min((s for k, s in starts.items() if k != "security_title"), default=None)
    for i in range(sub_at + 1, len(lines)):
        first = _TOKEN_START.search(lines[i].text)
        if first and (title_end is None or first.start() < title_end
                      or _has_values(split_pieces(lines[i]))):
            return starts, i
    return starts, len(lines)


_TOKEN_START = re.compile(r"\S")


def _sub_header(text: str, at: int, table: str, starts: dict[str, int]) -> None:
    """The sub-header's words from ``at`` on, each taking the leftmost of its label and itself.

    A word one space after the word before it ("Expiration Title") was printed
    in one run with it, so it may stand left of its column: then the label wins.
    """
    for word, key in SUB_HEADER[table]:
        m = re.compile(r"(?<!\S)" + re.escape(word) + r"(?!\S)").search(text, at)
        if not m:
            continue
        glued = m.start() >= 2 and text[m.start() - 2] != " "
        if key not in starts or not glued:
            starts[key] = min(starts.get(key, m.start()), m.start())
        at = m.end()


def is_row_line(pieces: list[Piece], margin: int) -> bool:
    """A row's own line: a title at the left edge and values after it."""
    if not pieces or pieces[0].start > margin + TITLE_SLACK:
        return False
    rest = [p for i, p in enumerate(pieces) if i and not _in_first_chunk(pieces, i)]
    return _has_values(rest)


def find_rows(lines: list[list[Piece]], margin: int) -> list[int]:
    """The row lines among the table's lines. A line whose pieces all stand where
    the current row's words start ("Common  Common  2021" under "Class B ...
    Class A ... SMB Pacific") goes on with that row, whatever its words look like."""
    rows: list[int] = []
    words: set[int] = set()
    for i, pieces in enumerate(lines):
        if is_row_line(pieces, margin) and not (words and all(
                any(abs(p.start - w) <= 1 for w in words) for p in pieces)):
            rows.append(i)
            words = set()
        words |= {p.start for p in pieces if p.kind == TEXT}
    return rows


def _in_first_chunk(pieces: list[Piece], i: int) -> bool:
    return all(p.glued for p in pieces[1:i + 1])


def _has_values(pieces: list[Piece]) -> bool:
    return any(p.kind in _VALUES for p in pieces)


def calibrate(columns: tuple[Column, ...], row_lines: list[list[Piece]], blind: Model) -> Model:
    """A page's columns from the pieces of its row lines that only one column can take
    (``blind``: the columns without positions, kinds and order only)."""
    seen: dict[int, tuple[int, int]] = {}
    for pieces in row_lines:
        for piece, cands in zip(pieces, assign(pieces, blind)):
            if len(cands) == 1:
                c = cands[0]
                lo, hi = seen.get(c, (piece.start, piece.end))
                seen[c] = (min(lo, piece.start), max(hi, piece.end))
    return calibrated_model(columns, seen)


def _key(columns: tuple[Column, ...], candidates: list[int]) -> str | None:
    keys = {columns[c].key for c in candidates}
    if len(keys) == 1:
        return keys.pop()
    if keys and keys <= DIRECTIONLESS:
        return "shares"
    return None


@dataclass
class _RowBuilder:
    """Rows assembled line by line: a row line opens a row, the others add to one."""

    table: str
    diagnostics: list[Diagnostic]
    done: list[dict[str, list[Piece]]] = field(default_factory=list)
    pending: list[tuple[Piece, str]] = field(default_factory=list)
    open_values: bool = False   # the last line was the current row's own line or its values

    def add(self, pieces: list[Piece], keys: list[str | None], row_line: bool,
            values_only: bool, titled: bool) -> None:
        """One line: a row's own line (``row_line``), a line of values printed off
        their row's line (``values_only``), or a line that continues wrapped cells;
        ``titled``: the line has words in the title column."""
        placed = []
        for piece, key in zip(pieces, keys):
            if key is None:
                self.diagnostics.append(Diagnostic(piece.line, piece.column, self.table,
                                                   f"cannot tell which column {piece.text!r} is in"))
            else:
                placed.append((piece, key))
        if row_line or (titled and self.pending):
            # values printed above a row's line wait for it; so does a title below them
            self.done.append({})
            self._put(self.pending + placed)
            self.pending = []
            self.open_values = True
        elif values_only:
            current = self.done[-1] if self.done else None
            fits = current is not None and self.open_values and not any(
                current.get(key) for _, key in placed if not _texty(key))
            if fits:
                self._put(placed)
            else:
                self.pending.extend(placed)
                self.open_values = False
        else:
            if self.done:
                self._put([(piece, self._under(piece) or key) for piece, key in placed])
            self.open_values = False

    def _under(self, piece: Piece) -> str | None:
        """The column of words of the current row whose text starts where ``piece``
        starts: a wrapped cell goes on at the left edge of its first line."""
        keys = {key for key, pieces in self.done[-1].items() for p in pieces
                if abs(p.start - piece.start) <= 1 and _texty(key)}
        return keys.pop() if len(keys) == 1 else None

    def _put(self, placed: list[tuple[Piece, str]]) -> None:
        row = self.done[-1]
        for piece, key in placed:
            row.setdefault(key, []).append(piece)

    def rows(self) -> list[Row]:
        if self.pending:
            first = self.pending[0][0]
            self.diagnostics.append(Diagnostic(first.line, first.column, self.table,
                                               "values printed apart from any row were left out"))
        # the page prints the column "V" with its marks: an empty one is "no"
        return [{"equity_swap_involved": Cell(""), **{key: _cell(pieces) for key, pieces in row.items()}}
                for row in self.done]


def _texty(key: str) -> bool:
    return key in ("security_title", "underlying_security_title", "nature_of_ownership")


def _cell(pieces: list[Piece]) -> Cell:
    """One cell's pieces, line by line, joined as one wrapped value."""
    by_line: dict[int, list[str]] = {}
    for piece in pieces:
        by_line.setdefault(piece.line, []).append(piece.text)
    text = join_wrapped([" ".join(words) for words in by_line.values()])
    return Cell(text, pieces[0].line, pieces[0].column)
