"""Tables I and II of pymupdf4llm's markdown: columns, rows cut by pages, stray rows.

The grammar gives each table section as a list of parts: heading rows, data
rows, table rules ("|---|") and plain lines. Here the columns are named from
their headings (not by position: the converter adds and merges columns), the
tables a page break made of one table are read as one, a row a page break cut
in two is joined again, and a row the converter left out of its table (as
plain lines at the foot of a page) is read with the grammar's loose-row rules.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from lark import Token, Transformer
from lark.exceptions import LarkError

from ..grammar import load
from ..model import Diagnostic
from ..sections import Cell, Row
from ..text import fold, join_wrapped


class Placeholder:
    """A "Col3" cell: pymupdf4llm's name for an empty cell of a table's first row."""


PLACEHOLDER = Placeholder()


class TableRule:
    """A "|---|---|" line: the row above it opened a new table."""


TABLE_RULE = TableRule()


@dataclass
class ColumnHeads:
    """A row of column headings ("1. Title of Security", ...; "Code", "V", ...)."""

    cells: list


@dataclass
class TableRow:
    cells: list


@dataclass
class Loose:
    """A plain line among the tables."""

    cell: Cell


def joined(cells: list) -> Cell | None:
    """Lines of one value as one cell, placed where its first line starts."""
    cells = [c for c in cells if c is not None]
    if not cells:
        return None
    return Cell(join_wrapped([c.text for c in cells]), cells[0].line, cells[0].column)


# ---------------------------------------------------------------- columns
# Columns by the number that opens their heading; a column group spans several
# columns whose own names stand in the row under the headings.
TABLE_I_NUMBERED = {"1": "security_title", "2": "transaction_date", "2A": "deemed_execution_date",
                    "5": "shares_owned_following", "6": "direct_or_indirect",
                    "7": "nature_of_ownership"}
TABLE_I_GROUPS = {"3": ("transaction_code", "equity_swap_involved"),
                  "4": ("shares", "acquired_disposed", "price_per_share")}
TABLE_II_NUMBERED = {"1": "security_title", "2": "conversion_or_exercise_price",
                     "3": "transaction_date", "3A": "deemed_execution_date",
                     "8": "price_per_share", "9": "shares_owned_following",
                     "10": "direct_or_indirect", "11": "nature_of_ownership"}
TABLE_II_GROUPS = {"4": ("transaction_code", "equity_swap_involved"),
                   "5": ("shares_acquired", "shares_disposed"),
                   "6": ("exercise_date", "expiration_date"),
                   "7": ("underlying_security_title", "underlying_shares")}
# The names in the row under the headings, folded to lower case.
SUB_HEADINGS = {"code": "transaction_code", "v": "equity_swap_involved", "amount": "shares",
                "(a) or (d)": "acquired_disposed", "price": "price_per_share",
                "(a)": "shares_acquired", "(d)": "shares_disposed",
                "date exercisable": "exercise_date", "expiration date": "expiration_date",
                "title": "underlying_security_title",
                "amount or number of shares": "underlying_shares"}
TEXT_COLUMNS = {"security_title", "nature_of_ownership", "underlying_security_title"}
_NUMBER = re.compile(r"([0-9]{1,2}A?)\.")


@dataclass(frozen=True)
class TableForm:
    """What one of the form's tables is made of."""

    name: str
    numbered: dict
    groups: dict
    loose_start: str


TABLE_I = TableForm("non_derivative", TABLE_I_NUMBERED, TABLE_I_GROUPS, "loose_row_i")
TABLE_II = TableForm("derivative", TABLE_II_NUMBERED, TABLE_II_GROUPS, "loose_row_ii")


def _head_text(cell) -> str:
    return fold(cell.text) if isinstance(cell, Cell) else ""


def column_keys(heads: list[ColumnHeads], form: TableForm) -> list[str | None]:
    """The column key of each column, from the heading row and the row under it."""
    top = [_head_text(c) for c in heads[0].cells]
    sub = [_head_text(c) for c in heads[1].cells] if len(heads) > 1 else []
    keys: list[str | None] = []
    group, place = None, 0
    for i, text in enumerate(top):
        number = _NUMBER.match(text)
        if number and (i == 0 or text != top[i - 1]):
            group, place = number.group(1), 0
        elif group is not None:
            place += 1  # a placeholder or a repeated heading: the group goes on
        key = None
        if group in form.numbered:
            key = form.numbered[group] if place == 0 else None
        elif group in form.groups:
            members = form.groups[group]
            named = SUB_HEADINGS.get(sub[i].lower()) if i < len(sub) else None
            key = named if named in members else (members[place] if place < len(members) else None)
        keys.append(key if key not in keys else None)
    return keys


# ---------------------------------------------------------------- rows
def table_rows(items: list, form: TableForm, diagnostics: list[Diagnostic],
               after: list | None = None) -> list[Row]:
    """The data rows of one table, across the tables a page break made of it;
    ``after``: the plain lines that follow the section (a stray row may go on there)."""
    heads = [i for i in items if isinstance(i, ColumnHeads)]
    if not heads:
        return []
    keys = column_keys(heads, form)
    rows: list[Row] = []
    for item in items:
        if not isinstance(item, TableRow):
            continue
        if len(item.cells) != len(keys):
            row = read_loose_row([c for c in item.cells if isinstance(c, Cell)], form)
            _warn(diagnostics, form, item.cells, row, "a row whose columns do not match the "
                                                       "table's headings")
            rows.extend([row] if row else [])
            continue
        row = {key: _value(cell) for key, cell in zip(keys, item.cells) if key}
        if rows and _is_tail(row):
            _join_tail(rows[-1], row)
        else:
            rows.append(row)
    trailing = _trailing_lines(items) + (after or [])
    stray = read_loose_row(trailing, form)
    if stray:
        _warn(diagnostics, form, trailing, stray, "a row in plain lines outside its table")
        rows.append(stray)
    return rows


def _warn(diagnostics: list[Diagnostic], form: TableForm, cells: list, row: Row | None,
          what: str) -> None:
    """Say how a row that could not be placed by its columns was read, or that it was not."""
    if row is None:
        first = next((c for c in cells if isinstance(c, Cell) and c), None)
        diagnostics.append(_diagnostic(first, form, what + " is left out"))
        return
    what += ", read by the kind of its values"
    if "shares" in row and form is TABLE_II:
        what += " (column 5 without its (A) or (D))"
    diagnostics.append(_diagnostic(next(iter(row.values())), form, what))


def _value(cell) -> Cell:
    return cell if isinstance(cell, Cell) else Cell("")


_ONLY_MARKS = re.compile(r"(?:\([0-9]{1,2}\)\s*)+")


def _is_tail(row: Row) -> bool:
    """A row with nothing but text in the text columns and footnote marks: the
    rest of the row above, which a page break carried onto the next page."""
    filled = [(k, c) for k, c in row.items() if c]
    return bool(filled) and all(k in TEXT_COLUMNS or _ONLY_MARKS.fullmatch(c.text.strip())
                                for k, c in filled)


def _join_tail(row: Row, tail: Row) -> None:
    for key, cell in tail.items():
        if cell:
            above = row.get(key)
            row[key] = joined([above, cell]) if above else cell


def _diagnostic(cell: Cell | None, form: TableForm, message: str) -> Diagnostic:
    return Diagnostic(cell.line if cell else None, cell.column if cell else None, form.name,
                      message)


# ---------------------------------------------------------------- rows outside their table
def _trailing_lines(items: list) -> list[Cell]:
    """The plain lines after the last row of the section's tables."""
    last = max((i for i, item in enumerate(items)
                if isinstance(item, (ColumnHeads, TableRow, TableRule))), default=None)
    if last is None:
        return []
    return [item.cell for item in items[last + 1:] if isinstance(item, Loose)]


def leading_lines(items: list, stop: tuple[type, ...]) -> list[Cell]:
    """The plain lines that open a section, up to its first item of a ``stop`` kind."""
    lines = []
    for item in items:
        if isinstance(item, stop):
            break
        if isinstance(item, Loose):
            lines.append(item.cell)
    return lines


_BRACKETED = re.compile(r"\[(\([0-9]{1,2}\))\]")


class _LooseRow(Transformer):
    """A loose-row tree -> {column key: (text, offset)}; rules are named "i_<key>" or "ii_<key>"."""

    def __default__(self, data, children, meta):
        tokens = [c for c in children if isinstance(c, Token)]
        key = str(data).split("_", 1)[1]
        text = _BRACKETED.sub(r"\1", " ".join(tokens))
        return key, text, tokens[0].start_pos

    def loose_row_i(self, fields):
        return [f for f in fields if f is not None]

    loose_row_ii = loose_row_i


def read_loose_row(lines: list[Cell], form: TableForm) -> Row | None:
    """One row written as plain lines: its values in column order, read by their
    kind; None unless the lines read as exactly one row."""
    lines = [c for c in lines if c]
    if not lines:
        return None
    starts, text = [], ""
    for cell in lines:
        starts.append(len(text))
        text += cell.text + " "
    try:
        tree = load("pymupdf_markdown", ("loose_row_i", "loose_row_ii")).parse(
            text, start=form.loose_start)
    except LarkError:
        return None
    row: Row = {}
    for key, value, offset in _LooseRow().transform(tree):
        at = bisect.bisect_right(starts, offset) - 1
        row[key] = Cell(value, lines[at].line, lines[at].column + offset - starts[at])
    if "transaction_code" in row:
        row.setdefault("equity_swap_involved", Cell(""))  # a "V" would have been there
    return row
