"""Tables I and II in the pretty view: wide, stacked, or one card per row.

Each table has three layouts, tried in turn at the width rich offers: ``wide``
(one column per field), ``stacked`` (related fields share a column, one per
line of a cell, as "Date" over "Deemed") and ``cards`` (one block per row,
label and value), which fits any width from 60 columns up.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence

from rich.cells import cell_len
from rich.console import Group, JustifyMethod, RenderableType
from rich.text import Text

from .checks import LETTERS
from .render_cells import LOST, LOST_STYLE, cell, is_lost, shown
from .render_fit import Column, Fitted, card, table, width_of

#: Short columns of one letter or code, centred.
#: Free text, which wraps.
_TEXTS = frozenset({"security_title", "nature_of_ownership", "underlying_security_title"})


@dataclass(frozen=True)
class Part:
    """One table of the form: its title, fields (name, label) in the form's order, and
    its stacked layout: columns, each a list of lines, each line a list of fields."""

    title: str
    fields: tuple[tuple[str, str], ...]
    stacked: tuple[tuple[tuple[str, ...], ...], ...]

    def label(self, name: str) -> str:
        return dict(self.fields)[name]


NON_DERIVATIVE_TRANSACTIONS = Part("Table I: transactions", (
    ("security_title", "Security"), ("transaction_date", "Date"),
    ("deemed_execution_date", "Deemed"), ("transaction_code", "Code"),
    ("shares", "Shares"), ("acquired_disposed", "A/D"), ("price_per_share", "Price"),
    ("shares_owned_following", "Owned after"), ("direct_or_indirect", "D/I"),
    ("nature_of_ownership", "Nature")), (
    (("security_title",), ("nature_of_ownership",)),
    (("transaction_date",), ("deemed_execution_date",)),
    (("transaction_code",),),
    (("shares", "acquired_disposed"), ("price_per_share",)),
    (("shares_owned_following", "direct_or_indirect"),)))
NON_DERIVATIVE_HOLDINGS = Part("Table I: holdings", (
    ("security_title", "Security"), ("shares_owned_following", "Owned"),
    ("direct_or_indirect", "D/I"), ("nature_of_ownership", "Nature")), (
    (("security_title",), ("nature_of_ownership",)),
    (("shares_owned_following", "direct_or_indirect"),)))
DERIVATIVE_TRANSACTIONS = Part("Table II: transactions", (
    ("security_title", "Security"), ("conversion_or_exercise_price", "Exercise price"),
    ("transaction_date", "Date"), ("deemed_execution_date", "Deemed"),
    ("transaction_code", "Code"), ("shares", "Number"), ("acquired_disposed", "A/D"),
    ("exercise_date", "Exercisable"), ("expiration_date", "Expires"),
    ("underlying_security_title", "Underlying"), ("underlying_shares", "Underlying shares"),
    ("price_per_share", "Price"), ("shares_owned_following", "Owned after"),
    ("direct_or_indirect", "D/I"), ("nature_of_ownership", "Nature")), (
    (("security_title",), ("nature_of_ownership",)),
    (("transaction_date",), ("deemed_execution_date",)),
    (("transaction_code",),),
    (("shares", "acquired_disposed"), ("price_per_share",)),
    (("conversion_or_exercise_price",), ("exercise_date",), ("expiration_date",)),
    (("underlying_security_title",), ("underlying_shares",)),
    (("shares_owned_following", "direct_or_indirect"),)))
DERIVATIVE_HOLDINGS = Part("Table II: holdings", (
    ("security_title", "Security"), ("conversion_or_exercise_price", "Exercise price"),
    ("exercise_date", "Exercisable"), ("expiration_date", "Expires"),
    ("underlying_security_title", "Underlying"), ("underlying_shares", "Underlying shares"),
    ("shares_owned_following", "Owned"), ("direct_or_indirect", "D/I"),
    ("nature_of_ownership", "Nature")), (
    (("security_title",), ("nature_of_ownership",)),
    (("conversion_or_exercise_price",), ("exercise_date",), ("expiration_date",)),
    (("underlying_security_title",), ("underlying_shares",)),
    (("shares_owned_following", "direct_or_indirect"),)))

PARTS = {"non_derivative_transactions": NON_DERIVATIVE_TRANSACTIONS,
         "non_derivative_holdings": NON_DERIVATIVE_HOLDINGS,
         "derivative_transactions": DERIVATIVE_TRANSACTIONS,
         "derivative_holdings": DERIVATIVE_HOLDINGS}


class _Rows:
    """The rows of one table with the fields worth a column: a field no row shows
    (no value, no mark, nothing lost) only takes room from the others."""

    def __init__(self, part: Part, rows: Sequence[Any], named: dict[int, frozenset[str]]):
        self.part, self.rows = part, rows
        self.named = [named.get(id(row), frozenset()) for row in rows]
        self.fields = {name for name, _ in part.fields
                       if any(shown(r, name, n) for r, n in zip(rows, self.named))}

    def cell(self, i: int, name: str) -> Text:
        return cell(self.rows[i], name, self.named[i])

    def line(self, i: int, names: Sequence[str]) -> Text:
        return Text(" ").join(self.cell(i, n) for n in names if n in self.fields)

    def lines(self, stack: Sequence[Sequence[str]]) -> list[Sequence[str]]:
        """The lines of a stacked column that hold a field worth showing."""
        return [line for line in stack if any(n in self.fields for n in line)]

    def header(self, names: Sequence[str]) -> str:
        return " ".join(self.part.label(n) for n in names if n in self.fields)


def _is_text(names: Sequence[str]) -> bool:
    return any(n in _TEXTS for n in names)


def _justify(names: Sequence[str]) -> JustifyMethod:
    return "center" if set(names) <= LETTERS else "right"


def _wide(rows: _Rows, room: int) -> RenderableType | None:
    columns = [Column(label.replace(" ", "\n"), [rows.cell(i, name) for i in range(len(rows.rows))],
                      name in _TEXTS, _justify((name,)))
               for name, label in rows.part.fields if name in rows.fields]
    return table(columns, room)


def _stacked(rows: _Rows, room: int) -> RenderableType | None:
    columns = []
    for stack in rows.part.stacked:
        lines = rows.lines(stack)
        if not lines:
            continue
        cells = [[rows.line(i, line) for line in lines] for i in range(len(rows.rows))]
        values = [t for row in cells for t, line in zip(row, lines) if not _is_text(line)]
        names = [n for line in lines for n in line]
        columns.append(Column("\n".join(rows.header(line) for line in lines),
                              [Text("\n").join(row) for row in cells], _is_text(names),
                              _justify(names), max(map(width_of, values), default=0)))
    return table(columns, room, lines=True)


def _cards(rows: _Rows, room: int) -> RenderableType:
    """One block per row; its pairs are the lines of the stacked layout ("Shares A/D")."""
    lines = [line for stack in rows.part.stacked for line in rows.lines(stack)
             if line != ("security_title",)]
    # a card shows what its row holds: a value, a mark or a lost value, never a blank
    pairs = [[(rows.header(line), rows.line(i, line)) for line in lines
              if not _is_text(line) and rows.line(i, line).plain.strip()]
             for i in range(len(rows.rows))]
    texts = [[(rows.header(line), rows.line(i, line)) for line in lines
              if _is_text(line) and rows.line(i, line).plain.strip()]
             for i in range(len(rows.rows))]
    label = max((cell_len(rows.header(line)) for line in lines), default=0)
    value = max((width_of(text) for row in pairs for _, text in row), default=0)
    cards = []
    for i in range(len(rows.rows)):
        title = Text(f"{i + 1}. ", style="bold")
        title.append_text(rows.cell(i, "security_title"))
        cards.append(card(title, pairs[i], texts[i], room, label, value))
    return Group(*cards)


def render_table(attr: str, rows: Sequence[Any], named: dict[int, frozenset[str]]) -> Fitted:
    """Table ``attr`` of a record (``"derivative_transactions"``...) at whatever width fits."""
    part = PARTS[attr]
    got = _Rows(part, rows, named)
    return Fitted(Text(part.title, style="bold"), (
        lambda room: _wide(got, room), lambda room: _stacked(got, room),
        lambda room: _cards(got, room)))


def lost_count(attr: str, rows: Sequence[Any], named: dict[int, frozenset[str]]) -> int:
    """How many cells of table ``attr`` show a lost value."""
    return sum(is_lost(row, name, named.get(id(row), frozenset()))
               for row in rows for name, _ in PARTS[attr].fields)


def lost_note(count: int) -> Text:
    """What a dim ``?`` means, said once under the tables that hold one."""
    note = Text(LOST, style=LOST_STYLE)
    note.append(f" is a value the text lost ({count} in the tables)", style="dim")
    return note
