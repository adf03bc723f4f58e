"""A table's body printed column by column, read back into rows.

Some texts in reading order print a table's cells one column after another, each
cell a paragraph of its own (pdfminer, for one): every row's title, then every
row's date, every code, every amount... A body that does not read as rows
(``row_sequence.py``) is read as such columns where the paragraphs fit the form's
columns exactly. The columns, their order and which of them a row may leave
empty come from ``grammars/form_rows.lark`` (the expansions of a row of values),
and what each column's cells look like from its terminals: each column then takes
one paragraph per row, every one of them a value of its kind; a column that may be
empty is taken only where all its paragraphs are there. Transactions come
before holdings, which print only the last columns: the last column's letters
count the rows, and exactly one split of them into transactions and holdings must
take every value. The words before the first value (or, where none lead, the one
run of them among the values) are the titles, one paragraph each or one paragraph
holding the same title once per row; those after the last value are the natures
of the indirect rows, one each. Where any count disagrees the body is not read: a
wrong pairing is worse than none.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..grammar import rule_symbols
from ..sections import Cell, Row
from .atoms import Atom
from .column_tokens import cell, grammar, is_words, natures_last, paragraphs, text, title_cells

#: Table I's rows of values in the grammar: a transaction's and a holding's
_ROW_RULES = {"table_i": ("transaction_i", "holding_i")}
# Table II's columns are not read this way: its cells that are only a mark ("(1)") fit
# several columns, so counts alone cannot place them
#: where the grammar lets a column hold any amount, a column of a column-ordered
#: body must show its kind: a price is printed with its "$" (or is only a mark)
_STRICT = {"price_per_share": ("M_PRICE", "FREE_MARK")}


@lru_cache(maxsize=None)
def _columns(rule: str) -> tuple[tuple[str, bool], ...]:
    """The columns of ``rule``'s row in the form's order, each with whether a row may
    leave it empty (some expansion of the rule goes without it)."""
    rules = grammar()
    expansions = [[s.name for s in r.expansion] for r in rules.rules if r.origin.name == rule]
    longest = max(expansions, key=len)
    return tuple((name, any(name not in e for e in expansions)) for name in longest)


@lru_cache(maxsize=None)
def _kinds(column: str) -> tuple[re.Pattern[str], ...]:
    """The patterns of the terminals a column's cell is made of."""
    rules = grammar()
    names = rule_symbols(rules, column)
    names &= set(_STRICT.get(column, names))
    return tuple(re.compile(t.pattern.to_regexp()) for t in rules.terminals if t.name in names)


def _is_value(paragraph: list[Atom], column: str) -> bool:
    whole = text(paragraph)
    return any(p.fullmatch(whole) for p in _kinds(column))


def _is_any_value(paragraph: list[Atom], table: str) -> bool:
    return any(_is_value(paragraph, column) for rule in _ROW_RULES[table]
               for column, _ in _columns(rule))


def _walk(values: list[list[Atom]], rows: int, moves: int) -> list[Row] | None:
    """The rows' values where the first ``moves`` rows are transactions and the others
    holdings: each column takes one value per row it is printed for, in the form's
    order, and every value must be taken."""
    out: list[Row] = [{} for _ in range(rows)]
    held = {column for column, _ in _columns("holding_i")}
    at = 0
    for column, optional in _columns("transaction_i"):
        owners = out if column in held else out[:moves]
        cells = values[at:at + len(owners)]
        if len(cells) == len(owners) and all(_is_value(p, column) for p in cells):
            for row, paragraph in zip(owners, cells):
                row[column] = cell(paragraph)
            at += len(owners)
        elif not optional:
            return None
        elif column == "equity_swap_involved":  # a column printed empty: no swap
            for row in owners:
                row[column] = Cell("")
    return out if at == len(values) else None


def _natures_last(paragraphs: list[list[Atom]]) -> list[list[Atom]]:
    """``paragraphs`` with the last column printed one row after another, each
    indirect row's letter followed by its nature ("I", "By Trust", "I", "By LLC",
    "D"), put back as two columns: the letters, then the natures."""
    return natures_last(paragraphs, _letter, is_words)


def _letter(paragraph: list[Atom]) -> str | None:
    """The paragraph's text where it is a direct/indirect letter."""
    return text(paragraph) if _is_value(paragraph, "direct_or_indirect") else None


def _read_columns(paragraphs: list[list[Atom]], table: str) -> list[Row] | None:
    paragraphs = _natures_last(paragraphs)
    kinds = ["value" if _is_any_value(p, table) else "words" if is_words(p) else "?"
             for p in paragraphs]
    if "?" in kinds or "value" not in kinds:
        return None
    first, last = kinds.index("value"), len(kinds) - kinds[::-1].index("value")
    inner = [n for n in range(first, last) if kinds[n] == "words"]
    if inner and (first > 0 or inner != list(range(inner[0], inner[-1] + 1))):
        return None  # words among the values: only the titles, once, where none led
    title_paragraphs = paragraphs[:first] or [paragraphs[n] for n in inner]
    values = [p for n, p in enumerate(paragraphs[first:last], first) if n not in inner]
    # the last column (direct or indirect) holds one letter per row
    rows = 0
    while rows < len(values) and _is_value(values[-1 - rows], "direct_or_indirect"):
        rows += 1
    titles = title_cells(title_paragraphs, rows) if rows else None
    if titles is None:
        return None
    walks = [w for moves in range(rows + 1) if (w := _walk(values, rows, moves)) is not None]
    if len(walks) != 1:  # none fits, or more than one: which rows are which is not told
        return None
    found = walks[0]
    for row, title in zip(found, titles):
        row["security_title"] = title
    natures = paragraphs[last:]
    indirect = [r for r in found if r["direct_or_indirect"].text.strip("()").startswith("I")]
    if natures and len(natures) != len(indirect):
        return None
    for row, paragraph in zip(indirect, natures):
        row["nature_of_ownership"] = cell(paragraph)
    return found


def column_rows(atoms: list[Atom], table: str) -> list[Row] | None:
    """The rows of a body printed column by column, or None where it is not one
    (or its paragraphs do not fit the form's columns exactly)."""
    if table not in _ROW_RULES:
        return None
    return _read_columns(paragraphs(atoms), table)
