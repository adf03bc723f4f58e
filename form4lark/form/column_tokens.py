"""A table's body as cells of the form's columns: what the column readings share.

A text in reading order may print a table's cells as paragraphs of their own, in
some order other than the rows' (pdfminer, for one). The readings of such bodies
(``row_columns.py`` column by column, ``row_column_runs.py`` by runs of columns,
``row_kind_runs.py`` by each value's kind, ``row_merge.py``) all start from the
same pieces, kept here:

- the form's columns in its order and the kinds of their cells (``TABLE_I``,
  ``TABLE_II``), the kinds being ``grammars/form_rows.lark``'s terminals
  (``fits``);
- the body's paragraphs (``paragraphs``) and its cells (``body_tokens``): a paragraph of
  words, or one value;
- a paragraph read as a cell (``cell``), the titles, one per row (``title_cells``);
- the cells every reading gives alike (``agreed``);
- a last column printed row by row with its natures, put back as two columns
  (``natures_last``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TypeVar

from lark import Lark

from ..grammar import load
from ..patterns import MARKS_AT_END_RE
from ..sections import Cell, Row
from .atoms import Atom
from .header import joined
from .interleaved_headers import sub_header_blocks
from .row_sequence import START


@dataclass(frozen=True)
class Column:
    """A column of the form: its cells' kinds (terminals) and where it may be empty."""
    name: str
    terminals: tuple[str, ...]  # () for a column of words
    moves_only: bool  # printed for transactions only
    optional: bool  # a table may print it empty in every row


_WORDS: tuple[str, ...] = ()
_MARK_OR = ("FREE_MARK",)
#: Table II's columns in the form's order; a price is printed with its "$" or is only
#: a mark (an amount alone could be any column's)
TABLE_II = (
    Column("security_title", _WORDS, False, False),
    Column("conversion_or_exercise_price", ("M_PRICE",) + _MARK_OR, False, True),
    Column("transaction_date", ("M_DATE",), True, False),
    Column("deemed_execution_date", ("M_DATE",), True, True),
    Column("transaction_code", ("M_CODE",), True, False),
    Column("equity_swap_involved", ("M_SWAP",), True, True),
    Column("shares", ("M_AMOUNT",), True, False),
    Column("exercise_date", ("M_DATE", "WORD_DATE") + _MARK_OR, False, True),
    Column("expiration_date", ("M_DATE", "WORD_DATE") + _MARK_OR, False, True),
    Column("underlying_security_title", _WORDS, False, False),
    Column("underlying_shares", ("M_AMOUNT",), False, False),
    Column("price_per_share", ("M_PRICE",) + _MARK_OR, True, True),
    Column("shares_owned_following", ("M_AMOUNT",), False, False),
    Column("direct_or_indirect", ("M_DIRECT_INDIRECT",), False, False),
)
#: Table I's columns in the form's order
TABLE_I = (
    Column("security_title", _WORDS, False, False),
    Column("transaction_date", ("M_DATE",), True, False),
    Column("deemed_execution_date", ("M_DATE",), True, True),
    Column("transaction_code", ("M_CODE",), True, False),
    Column("equity_swap_involved", ("M_SWAP",), True, True),
    Column("shares", ("M_AMOUNT",), True, False),
    Column("acquired_disposed", ("M_ACQUIRED_DISPOSED",), True, False),
    Column("price_per_share", ("M_PRICE",) + _MARK_OR, True, True),
    Column("shares_owned_following", ("M_AMOUNT",), False, False),
    Column("direct_or_indirect", ("M_DIRECT_INDIRECT",), False, False),
)


def grammar() -> Lark:
    """The grammar of a table's rows (``grammars/form_rows.lark``)."""
    return load("form_rows", tuple(START.values()))


@lru_cache(maxsize=None)
def _patterns(terminals: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(t.pattern.to_regexp()) for t in grammar().terminals
                 if t.name in terminals)


@lru_cache(maxsize=4096)
def fits(text: str, terminals: tuple[str, ...]) -> bool:
    """Whether ``text`` is the whole of one of the grammar's ``terminals``."""
    return any(p.fullmatch(text) for p in _patterns(terminals))


def paragraphs(atoms: list[Atom]) -> list[list[Atom]]:
    """The body's paragraphs: atoms on consecutive lines of the text, the column
    sub-headers left out."""
    dropped = {i for start, end in sub_header_blocks(atoms) for i in range(start, end)}
    out: list[list[Atom]] = []
    for i, atom in enumerate(atoms):
        if i in dropped:
            continue
        if out and atom.line - out[-1][-1].line <= 1 and i - 1 not in dropped:
            out[-1].append(atom)
        else:
            out.append([atom])
    return out


def text(paragraph: list[Atom]) -> str:
    """A paragraph's words, one space apart."""
    return " ".join(a.text for a in paragraph)


def is_words(paragraph: list[Atom]) -> bool:
    """A title's or a nature's paragraph: it opens with a word and holds no date."""
    return paragraph[0].text[:1].isalpha() and not any(
        fits(a.text, ("M_DATE",)) for a in paragraph)


def cell(paragraph: list[Atom]) -> Cell:
    """A paragraph as one cell, placed where it starts."""
    return Cell(joined(paragraph), paragraph[0].line, paragraph[0].column)


def title_cells(body: list[list[Atom]], rows: int) -> list[Cell] | None:
    """One title per row: a paragraph each, or one paragraph holding the same title
    ``rows`` times, as many lines each ("Common", "Stock(1)", "Common", "Stock(2)":
    their footnote marks may differ)."""
    if len(body) == rows:
        return [cell(p) for p in body]
    lines: list[list[Atom]] = []
    for atom in [a for p in body for a in p]:
        if lines and lines[-1][-1].line == atom.line:
            lines[-1].append(atom)
        else:
            lines.append([atom])
    if len(body) != 1 or len(lines) % rows:
        return None
    size = len(lines) // rows
    out = [[a for line in lines[n * size:(n + 1) * size] for a in line] for n in range(rows)]
    if len({MARKS_AT_END_RE.sub("", text(t)) for t in out}) != 1:  # marks may differ
        return None
    return [cell(t) for t in out]


@dataclass(frozen=True)
class Token:
    """A cell of the body: a paragraph of words, or one value."""
    atoms: tuple[Atom, ...]
    words: bool
    text: str = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", " ".join(a.text for a in self.atoms))


def is_value(value: str, table: tuple[Column, ...]) -> bool:
    """Whether ``value`` reads as a value of one of ``table``'s columns."""
    return any(c.terminals and fits(value, c.terminals) for c in table)


def body_tokens(body: list[list[Atom]], table: tuple[Column, ...]) -> list[Token] | None:
    """The body's cells: a paragraph of words is one, a paragraph of values one per
    value ("$ 106.82" as one where it reads as one); None where a paragraph is neither."""
    out: list[Token] = []
    for paragraph in body:
        if is_value(text(paragraph), table):
            out.append(Token(tuple(paragraph), False))
        elif all(is_value(a.text, table) for a in paragraph):
            out.extend(Token((a,), False) for a in paragraph)
        elif is_words(paragraph):
            out.append(Token(tuple(paragraph), True))
        else:
            return None
    return out


def agreed(readings: list[list[Row]]) -> list[Row]:
    """The cells every reading gives alike; the others left out."""
    out: list[Row] = []
    for n, row in enumerate(readings[0]):
        out.append({k: v for k, v in row.items()
                    if all(k in r[n] and r[n][k].text == v.text for r in readings[1:])})
    return out


_Cell = TypeVar("_Cell")


def natures_last(cells: list[_Cell], letter: Callable[[_Cell], str | None],
                 nature: Callable[[_Cell], bool]) -> list[_Cell]:
    """``cells`` with the last column printed one row after another, each indirect
    row's letter followed by its nature ("I", "By Trust", "I", "By LLC", "D"), put back
    as two columns: the letters, then the natures. ``letter``: a cell's direct/indirect
    letter, or None where it is none; ``nature``: whether a cell may be a nature. Only
    the cells after the last one that is neither a letter nor an indirect letter's
    nature move; the same list where none does."""
    letters: list[_Cell] = []
    natures: list[_Cell] = []
    at = len(cells)
    while at > 0:
        if letter(cells[at - 1]) is not None:
            letters.insert(0, cells[at - 1])
            at -= 1
        elif at > 1 and nature(cells[at - 1]) \
                and (letter(cells[at - 2]) or "").strip("()").startswith("I"):
            letters.insert(0, cells[at - 2])
            natures.insert(0, cells[at - 1])
            at -= 2
        else:
            break
    return cells[:at] + letters + natures
