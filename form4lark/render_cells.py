"""The pretty view's cells: a value as the form prints it, and lost apart from empty.

The record holds ``None`` both where the form leaves a cell blank and where the
text lost a value; the view tells them apart where the form does: a cell every
row fills (``ALWAYS_FILLED``), or one that holds a value or a footnote mark
(``VALUE_OR_MARK``), is lost when it is ``None``; any other cell is lost only
when a diagnostic names it. A lost value shows as a dim ``?``, never as a blank.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any, Iterable

from rich.text import Text

from .model import Diagnostic, Form4
from .value_text import value_text

LOST = "?"
LOST_STYLE = "dim"
#: A value some diagnostic doubts (a deduced or repaired value): shown, but flagged.
DOUBT_STYLE = "yellow"

#: Cells the form fills on every row of the tables that have them.
ALWAYS_FILLED = frozenset({
    "security_title", "transaction_date", "transaction_code", "shares", "acquired_disposed",
    "shares_owned_following", "direct_or_indirect", "underlying_security_title",
    "underlying_shares"})
#: Cells that hold a value or, where there is none, a footnote mark (EDGAR's page of a
#: gift prints "(1)" in the price cell): in the corpus's truth none is ever null
#: without a mark.
VALUE_OR_MARK = frozenset({
    "price_per_share", "conversion_or_exercise_price", "exercise_date", "expiration_date"})

TABLES = ("non_derivative_transactions", "non_derivative_holdings",
          "derivative_transactions", "derivative_holdings")
#: The table prefixes diagnostics use, by the tables they may name.
_PREFIXES = {"non_derivative": TABLES[:2], "non_derivative_holding": TABLES[1:2],
             "derivative": TABLES[2:], "derivative_holding": TABLES[3:]}
_INDEX = re.compile(r"\[\d+\]$")


def show(value: Any) -> str:
    """A value as the form would print it; unknown is an empty string."""
    return "" if value is None else value_text(value, true="yes", false="no", decimal=",f")


def known(value: Any) -> Text:
    """A header value: itself, or a dim ``?`` where the text did not show it."""
    return Text(LOST, style=LOST_STYLE) if value is None else Text(show(value))


def marks(row: Any, name: str) -> str:
    return "".join(f"({i})" for i in row.footnotes.get(name, ()))


def is_lost(row: Any, name: str, named: frozenset[str]) -> bool:
    """Whether ``row.name`` is a value the text lost (see the module's docstring)."""
    if getattr(row, name) is not None:
        return False
    if name in named or name in ALWAYS_FILLED:
        return True
    if name in VALUE_OR_MARK:
        return not row.footnotes.get(name)
    # Column 7/11: an indirect holding always says how it is held
    return name == "nature_of_ownership" and row.direct_or_indirect == "I"


def cell(row: Any, name: str, named: frozenset[str] = frozenset()) -> Text:
    """The cell ``name`` of ``row`` with its footnote marks; ``named``: the fields of
    this row that a diagnostic names."""
    if is_lost(row, name, named):
        text = Text(LOST, style=LOST_STYLE)
    else:
        value = getattr(row, name)
        text = Text(show(value), style=DOUBT_STYLE if name in named else "")
        if name == "transaction_code" and getattr(row, "transaction_code_suffix", None):
            text.append(f" {row.transaction_code_suffix}")
    if row.footnotes.get(name):
        text.append(marks(row, name), style="dim")
    return text


def shown(row: Any, name: str, named: frozenset[str] = frozenset()) -> bool:
    """Whether the cell has anything to show: a value, a mark, or a lost value."""
    return getattr(row, name) is not None or bool(row.footnotes.get(name)) or is_lost(
        row, name, named)


def _targets(diagnostic: Diagnostic) -> Iterable[tuple[tuple[str, ...], str]]:
    """The (tables, field) pairs a diagnostic's ``field`` names: ``derivative.shares``,
    ``price_per_share`` (any table), ``a,b`` (both)."""
    for part in diagnostic.field.split(","):
        table, _, name = part.strip().rpartition(".")
        yield _PREFIXES.get(_INDEX.sub("", table), TABLES), _INDEX.sub("", name)


def named_fields(form: Form4) -> dict[int, frozenset[str]]:
    """Per row (by ``id``), the fields that diagnostics name. A diagnostic belongs to
    the last row starting at or above its line (rows are read top to bottom)."""
    rows = sorted(((row.span.line, table, row) for table in TABLES
                   for row in getattr(form, table) or () if row.span),
                  key=lambda item: item[0])
    lines = [line for line, _, _ in rows]
    named: dict[int, set[str]] = {}
    for diagnostic in form.diagnostics:
        if not diagnostic.line:
            continue
        at = bisect_right(lines, diagnostic.line) - 1
        if at < 0:
            continue
        _, table, row = rows[at]
        for tables, name in _targets(diagnostic):
            if table in tables and name in getattr(row, "__dataclass_fields__", ()) \
                    and name not in ("footnotes", "span"):
                named.setdefault(id(row), set()).add(name)
    return {key: frozenset(names) for key, names in named.items()}
