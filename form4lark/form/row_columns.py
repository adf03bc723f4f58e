"""A table's body printed column by column, read back into rows.

Some texts in reading order print a table's cells one column after another, each
cell a paragraph of its own (pdfminer, for one): every row's title, then every
row's date, every code, every amount... A body that does not read as rows
(``row_sequence.py``) is read as such columns where the paragraphs fit the form's
columns exactly. The columns, their order and which of them a row may leave
empty come from ``grammars/form_rows.lark`` (the expansions of a row of values),
and what each column's cells look like from its terminals: each column then takes
one paragraph per row, every one of them a value of its kind; a column that may be
empty is taken only where all its paragraphs are there. The words before the
first value are the titles, one paragraph each, and those after the last column
the natures of the indirect rows, one each. Where any count disagrees the body is
not read: a wrong pairing is worse than none.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lark import Lark

from ..grammar import load
from ..sections import Cell, Row
from .atoms import Atom
from .header import joined
from .interleaved_headers import sub_header_blocks
from .row_sequence import START

#: Table I's rows of values in the grammar: a transaction's and a holding's
_ROW_RULES = {"table_i": ("transaction_i", "holding_i")}
#: where the grammar lets a column hold any amount, a column of a column-ordered
#: body must show its kind: a price is printed with its "$" (or is only a mark)
_STRICT = {"price_per_share": ("M_PRICE", "FREE_MARK")}


@lru_cache(maxsize=None)
def _columns(rule: str) -> tuple[tuple[str, bool], ...]:
    """The columns of ``rule``'s row in the form's order, each with whether a row may
    leave it empty (some expansion of the rule goes without it)."""
    grammar = _grammar()
    expansions = [[s.name for s in r.expansion] for r in grammar.rules if r.origin.name == rule]
    longest = max(expansions, key=len)
    return tuple((name, any(name not in e for e in expansions)) for name in longest)


@lru_cache(maxsize=None)
def _kinds(column: str) -> tuple[re.Pattern[str], ...]:
    """The patterns of the terminals a column's cell is made of."""
    grammar = _grammar()
    names = {s.name for r in grammar.rules if r.origin.name == column for s in r.expansion}
    names &= set(_STRICT.get(column, names))
    return tuple(re.compile(t.pattern.to_regexp()) for t in grammar.terminals if t.name in names)


def _grammar() -> Lark:
    return load("form_rows", tuple(START.values()))


def _paragraphs(atoms: list[Atom]) -> list[list[Atom]]:
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


def _text(paragraph: list[Atom]) -> str:
    return " ".join(a.text for a in paragraph)


def _is_value(paragraph: list[Atom], column: str) -> bool:
    text = _text(paragraph)
    return any(p.fullmatch(text) for p in _kinds(column))


def _is_any_value(paragraph: list[Atom], table: str) -> bool:
    return any(_is_value(paragraph, column) for rule in _ROW_RULES[table]
               for column, _ in _columns(rule))


def _is_words(paragraph: list[Atom]) -> bool:
    """A title's or a nature's paragraph: it opens with a word and holds no date."""
    return paragraph[0].text[:1].isalpha() and not any(
        _is_value([a], "transaction_date") for a in paragraph)


def _cell(paragraph: list[Atom]) -> Cell:
    return Cell(joined(paragraph), paragraph[0].line, paragraph[0].column)


def _read_columns(paragraphs: list[list[Atom]], table: str, rule: str) -> list[Row] | None:
    titles = 0
    while titles < len(paragraphs) and not _is_any_value(paragraphs[titles], table):
        if not _is_words(paragraphs[titles]):
            return None
        titles += 1
    if titles == 0:
        return None
    rows: list[Row] = [{"security_title": _cell(p)} for p in paragraphs[:titles]]
    at = titles
    for column, optional in _columns(rule):
        cells = paragraphs[at:at + titles]
        if len(cells) == titles and all(_is_value(p, column) for p in cells):
            for row, paragraph in zip(rows, cells):
                row[column] = _cell(paragraph)
            at += titles
        elif not optional:
            return None
        elif column == "equity_swap_involved":  # a column printed empty: no swap
            for row in rows:
                row[column] = Cell("")
    natures = paragraphs[at:]
    indirect = [r for r in rows if r["direct_or_indirect"].text.strip("()").startswith("I")]
    if natures and len(natures) != len(indirect):
        return None
    for row, paragraph in zip(indirect, natures):
        if not _is_words(paragraph):
            return None
        row["nature_of_ownership"] = _cell(paragraph)
    return rows


def column_rows(atoms: list[Atom], table: str) -> list[Row] | None:
    """The rows of a body printed column by column, or None where it is not one
    (or its paragraphs do not fit the form's columns exactly)."""
    if table not in _ROW_RULES:
        return None
    paragraphs = _paragraphs(atoms)
    for rule in _ROW_RULES[table]:
        rows = _read_columns(paragraphs, table, rule)
        if rows is not None:
            return rows
    return None
