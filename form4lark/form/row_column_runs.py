"""A table's body printed as runs of columns, read back into rows.

A text in reading order may print each cell of a table as a box of its own, in an
order set by where the boxes stand (pdfminer, for one): a run of every row's title,
then every row's price and date in turn, a run of codes, then each row's amount,
dates, underlying title, amount and price in turn, a run of amounts owned after, a
run of letters. What such a text keeps is the form's order of columns and, within
a run, the rows' order. So the body is read as *runs*: each takes the next columns
of the form (those a row may leave empty being there for every row or for none)
and holds, row after row, each row's cells of them.

The columns, their order and the kinds of their cells come from
``grammars/form_rows.lark`` (its terminals); transactions come before holdings,
which print no date, code or amount moved. Table I's runs tell more than its
merged reading (``row_merge.py``) does, so they are tried first. Every way of cutting the body into runs
whose cells all read as their columns' kinds, for every count of rows, is a
reading; a cell is kept only where every reading gives it alike (a lone date of
column 6 may be either date: it is left out), and the body is not read where
readings disagree on the rows' count or where none or too many are found: a
shifted value is worse than none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..sections import Cell, Row
from .atoms import Atom
from .row_columns import _cell, _grammar, _is_words, _paragraphs, _titles

#: readings beyond this many are not weighed: the body is left out
_MOST = 64
#: nor a body whose search takes more steps than this
_STEPS = 50_000


@dataclass(frozen=True)
class _Column:
    name: str
    terminals: tuple[str, ...]  # () for a column of words
    moves_only: bool  # printed for transactions only
    optional: bool  # a table may print it empty in every row


_WORDS: tuple[str, ...] = ()
_MARK_OR = ("FREE_MARK",)
#: Table II's columns in the form's order; a price is printed with its "$" or is only
#: a mark (an amount alone could be any column's)
_TABLE_II = (
    _Column("security_title", _WORDS, False, False),
    _Column("conversion_or_exercise_price", ("M_PRICE",) + _MARK_OR, False, True),
    _Column("transaction_date", ("M_DATE",), True, False),
    _Column("deemed_execution_date", ("M_DATE",), True, True),
    _Column("transaction_code", ("M_CODE",), True, False),
    _Column("equity_swap_involved", ("M_SWAP",), True, True),
    _Column("shares", ("M_AMOUNT",), True, False),
    _Column("exercise_date", ("M_DATE", "WORD_DATE") + _MARK_OR, False, True),
    _Column("expiration_date", ("M_DATE", "WORD_DATE") + _MARK_OR, False, True),
    _Column("underlying_security_title", _WORDS, False, False),
    _Column("underlying_shares", ("M_AMOUNT",), False, False),
    _Column("price_per_share", ("M_PRICE",) + _MARK_OR, True, True),
    _Column("shares_owned_following", ("M_AMOUNT",), False, False),
    _Column("direct_or_indirect", ("M_DIRECT_INDIRECT",), False, False),
)
#: Table I's columns in the form's order
_TABLE_I = (
    _Column("security_title", _WORDS, False, False),
    _Column("transaction_date", ("M_DATE",), True, False),
    _Column("deemed_execution_date", ("M_DATE",), True, True),
    _Column("transaction_code", ("M_CODE",), True, False),
    _Column("equity_swap_involved", ("M_SWAP",), True, True),
    _Column("shares", ("M_AMOUNT",), True, False),
    _Column("acquired_disposed", ("M_ACQUIRED_DISPOSED",), True, False),
    _Column("price_per_share", ("M_PRICE",) + _MARK_OR, True, True),
    _Column("shares_owned_following", ("M_AMOUNT",), False, False),
    _Column("direct_or_indirect", ("M_DIRECT_INDIRECT",), False, False),
)
_TABLES = {"table_i": _TABLE_I, "table_ii": _TABLE_II}


@lru_cache(maxsize=None)
def _patterns(terminals: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(t.pattern.to_regexp()) for t in _grammar().terminals
                 if t.name in terminals)


@lru_cache(maxsize=4096)
def _fits(text: str, terminals: tuple[str, ...]) -> bool:
    return any(p.fullmatch(text) for p in _patterns(terminals))


@dataclass(frozen=True)
class _Token:
    """A cell of the body: a paragraph of words, or one value."""
    atoms: tuple[Atom, ...]
    words: bool
    text: str = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", " ".join(a.text for a in self.atoms))


def _is_value(text: str, table: tuple[_Column, ...]) -> bool:
    return any(c.terminals and _fits(text, c.terminals) for c in table)


def _tokens(paragraphs: list[list[Atom]], table: tuple[_Column, ...]) -> list[_Token] | None:
    """The body's cells: a paragraph of words is one, a paragraph of values one per
    value ("$ 106.82" as one where it reads as one); None where a paragraph is neither."""
    out: list[_Token] = []
    for paragraph in paragraphs:
        whole = " ".join(a.text for a in paragraph)
        if _is_value(whole, table):
            out.append(_Token(tuple(paragraph), False))
        elif all(_is_value(a.text, table) for a in paragraph):
            out.extend(_Token((a,), False) for a in paragraph)
        elif _is_words(paragraph):
            out.append(_Token(tuple(paragraph), True))
        else:
            return None
    return out


class _Reader:
    """Every cut of ``tokens`` into runs, for ``rows`` rows of which the first
    ``moves`` are transactions."""

    def __init__(self, table: tuple[_Column, ...], tokens: list[_Token], rows: int,
                 moves: int, budget: list[int]):
        self.table, self.tokens, self.rows, self.moves = table, tokens, rows, moves
        self.budget = budget
        self.found: list[list[Row]] = []
        self.dead: set[tuple[int, int]] = set()
        self.titles: dict[int, list[Cell] | None] = {}

    def _takes(self, column: _Column, row: int) -> bool:
        return row < self.moves or not column.moves_only

    def _fill(self, run: tuple[_Column, ...], at: int, rows: list[Row] | None) -> int | None:
        """``run``'s cells from token ``at`` on, row after row, into ``rows`` (where
        given); the token after them, or None where a cell does not read as its column."""
        if len(run) == 1 and not run[0].terminals and at < len(self.tokens):
            titles = self._one_paragraph(run[0], at)
            if titles is not None:
                for row, title in zip(rows or [], titles):
                    row[run[0].name] = title
                return at + 1
        for n in range(self.rows):
            for column in run:
                if not self._takes(column, n):
                    continue
                if at >= len(self.tokens):
                    return None
                token = self.tokens[at]
                if column.terminals:
                    if token.words or not _fits(token.text, column.terminals):
                        return None
                elif not token.words:
                    return None
                if rows is not None:
                    rows[n][column.name] = _cell(list(token.atoms))
                at += 1
        return at

    def _one_paragraph(self, column: _Column, at: int) -> list[Cell] | None:
        """A words column printed as one paragraph holding the same words once per
        row ("Common", "Stock(1)", "Common", "Stock(1)")."""
        token = self.tokens[at]
        if not token.words or column.moves_only or self.rows < 2:
            return None
        if at not in self.titles:
            self.titles[at] = _titles([list(token.atoms)], self.rows)
        return self.titles[at]

    def _cells(self, first: int) -> tuple[int, int]:
        """How few and how many cells the columns from ``first`` on may print (a words
        column once where one paragraph holds every row's)."""
        least = most = 0
        for column in self.table[first:]:
            count = self.moves if column.moves_only else self.rows
            most += count
            least += 0 if column.optional else 1 if not column.terminals else count
        return least, most

    def walk(self, first: int, at: int, rows: list[Row]) -> None:
        """Runs from column ``first`` and token ``at`` on. Whether the rest reads does
        not hang on the runs before: a start that found nothing is not walked again."""
        self.budget[0] -= 1
        least, most = self._cells(first)
        if (self.budget[0] < 0 or len(self.found) > _MOST or (first, at) in self.dead
                or not least <= len(self.tokens) - at <= most):
            return
        if first == len(self.table):
            self.found.append([dict(r) for r in rows])
            return
        found = len(self.found)
        if self.table[first].optional:  # printed empty in every row
            self.walk(first + 1, at, rows)
        for run in _runs(self.table, first):
            after = self._fill(run, at, None)  # read first, written only where it reads
            if after is not None:
                filled = [dict(r) for r in rows]
                self._fill(run, at, filled)
                self.walk(self.table.index(run[-1]) + 1, after, filled)
        if len(self.found) == found and self.budget[0] >= 0:
            self.dead.add((first, at))


@lru_cache(maxsize=None)
def _runs(table: tuple[_Column, ...], first: int) -> tuple[tuple[_Column, ...], ...]:
    """The runs that open with column ``first``: it and the next columns, each
    optional one among them there or not."""
    runs: list[tuple[_Column, ...]] = [(table[first],)]
    out = [runs[0]]
    for column in table[first + 1:]:
        grown = [r + (column,) for r in runs]
        out += grown
        runs = grown + runs if column.optional else grown
    return tuple(out)


def _agreed(readings: list[list[Row]]) -> list[Row]:
    """The cells every reading gives alike; the others left out."""
    out: list[Row] = []
    for n, row in enumerate(readings[0]):
        out.append({k: v for k, v in row.items()
                    if all(k in r[n] and r[n][k].text == v.text for r in readings[1:])})
    return out


def _natures(rows: list[Row], tokens: list[_Token]) -> bool:
    """The words after the last run: one nature per indirect row (or none printed)."""
    indirect = [r for r in rows if r["direct_or_indirect"].text.strip("()").startswith("I")]
    if tokens and (len(tokens) != len(indirect) or not all(t.words for t in tokens)):
        return False
    for row, token in zip(indirect, tokens):
        row["nature_of_ownership"] = _cell(list(token.atoms))
    return True


def run_rows(atoms: list[Atom], table: str) -> list[Row] | None:
    """The rows of a body (one page's: each page's cells are boxes of their own)
    printed as runs of columns, or None where it is not one or its readings disagree."""
    columns = _TABLES.get(table)
    return None if columns is None else _page_rows(atoms, columns)


def _page_rows(atoms: list[Atom], columns: tuple[_Column, ...]) -> list[Row] | None:
    tokens = _tokens(_paragraphs(atoms), columns)
    if tokens is None or len(tokens) < len(columns) - 4:
        return None
    tail = len(tokens)
    while tail and tokens[tail - 1].words:
        tail -= 1
    budget = [_STEPS]
    readings: list[list[Row]] = []
    for end in {tail, len(tokens)}:  # the words at the end: natures, or the last run's
        letters = sum(_fits(t.text, ("M_DIRECT_INDIRECT",)) for t in tokens[:end])
        codes = sum(_fits(t.text, ("M_CODE",)) for t in tokens[:end])
        for rows in range(1, min(end // 2, letters) + 1):  # a row prints two cells or more
            for moves in range(min(rows, codes) + 1):
                reader = _Reader(columns, tokens[:end], rows, moves, budget)
                reader.walk(0, 0, [{} for _ in range(rows)])
                for found in reader.found:
                    if _natures(found, tokens[end:]):
                        readings.append(found)
                if budget[0] < 0 or len(readings) > _MOST:
                    return None
    if not readings or len({len(r) for r in readings}) != 1:
        return None
    rows_read = _agreed(readings)
    for n, row in enumerate(rows_read):
        if n < len(readings[0]) and "transaction_date" in row:
            row.setdefault("equity_swap_involved", Cell(""))
    return rows_read
