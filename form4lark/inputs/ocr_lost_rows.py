"""A scan's transaction rows that tesseract printed but the text's reading lost, kept as
rows of unknowns so that the rows after them keep their places.

OCR glues a footnote's mark or a rule to a value ("975,652)", "32,212,328)", "I 0"), and
the text's reader then passes over the whole line (``unread.py`` warns of it): the
record would hold one transaction less, and every transaction after the lost one would
stand one place early, each value on the row before its own. A line of a table is a
lost transaction where all of these hold: it is no row's line, it holds a date that a
transaction of the same table was read with and two amounts at least (a row's shares,
price or amount owned: a wrapped title or a column's leftover holds no date and amount
together), and none of its amounts is one of the rows read on the lines around it
(those would be that row's wrapped cells). Such a line becomes a row of the table
whose every value is unknown, at its place among the rows read, with an error
diagnostic naming the line; its values are not taken, as the reader could not tell
their cells apart.

Measured on the corpus PDFs read as scans (``benchmarks/scans.py``): with the lines
that the scan reader now reads (``shapes/scan_rows.py``), 14 such rows on 8 sec and plain
pages (of 240), each at the place of a true transaction (the record then holds as many
as the truth; on one page a third lost line held an amount OCR ran into its mark, no
two amounts). The figures do not move: the scorer pairs rows by their values, and a
row of unknowns pairs with none.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import Any

from ..model import Diagnostic, Form4, Span
from ..recovery import part_spans

#: each table's part of the text and the record's rows of its transactions
TABLES = {"table_i": "non_derivative_transactions", "table_ii": "derivative_transactions"}
#: a date as a row prints it
_DATE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])")
#: an amount OCR cannot have made of a mark: digits grouped by commas, or a price
_AMOUNT = re.compile(r"(?<![\d,.])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])|\$\s?\d[\d,]*(?:\.\d+)?")
#: a column label of Table II only: where OCR lost Table II's title, its rows follow it
TABLE_II_LABEL = re.compile(r"Exercisable|Expiration")
#: the rows read this many lines around a line whose cells it may be
_NEAR = 3
#: the values of a row a lost line's amounts are compared with
_AMOUNTS = ("shares", "price_per_share", "shares_owned_following", "underlying_shares",
            "conversion_or_exercise_price")
#: at least this many amounts on a line of a lost transaction
MIN_AMOUNTS = 2
MESSAGE = ("a transaction OCR printed on this line was not read: its row is kept with "
           "every value unknown, so that the rows after it keep their places")


def lost_rows_kept(form: Form4, text: str) -> Form4:
    """``form`` with a row of unknowns for each transaction line of ``text`` (tesseract's
    text) that no row was read from."""
    lines = text.split("\n")
    changes: dict[str, Any] = {}
    diagnostics: list[Diagnostic] = []
    for part, first, last in part_spans(lines):
        name = TABLES.get(part.name, "")
        rows = getattr(form, name) if name else None
        if not rows or any(row.span is None for row in rows):
            continue
        end = next((i for i in range(first + 1, last + 1) if part.name == "table_i"
                    and TABLE_II_LABEL.search(lines[i])), last + 1)
        lost = [number for number in range(first + 2, end + 1)
                if _lost_row(lines[number - 1], number, rows)]
        if not lost:
            continue
        kept = list(rows)
        for number in lost:
            at = sum(1 for row in kept if row.span.line < number)
            kept.insert(at, _unknown_row(rows[0], number))
        changes[name] = tuple(kept)
        diagnostics += [Diagnostic(row.span.line, None, f"{name}[{i}]", MESSAGE, "error")
                        for i, row in enumerate(kept) if row.span.line in lost]
    if not changes:
        return form
    return dataclasses.replace(form, **changes, diagnostics=form.diagnostics + tuple(diagnostics))


def _lost_row(line: str, number: int, rows: tuple[Any, ...]) -> bool:
    """True where ``line`` (line ``number``) is a transaction none of ``rows`` was read from."""
    if any(row.span.line == number for row in rows):
        return False
    dates = {_date(match) for match in _DATE.finditer(line)}
    if not dates & {row.transaction_date for row in rows}:
        return False
    amounts = [_decimal(match.group()) for match in _AMOUNT.finditer(line)]
    if len(amounts) < MIN_AMOUNTS:
        return False
    # a price ("$0") is shared by rows as often as not; a grouped amount seldom is
    grouped = {amount for amount in amounts if amount is not None and amount >= 1000}
    near = {getattr(row, field, None) for row in rows if abs(row.span.line - number) <= _NEAR
            for field in _AMOUNTS}
    return not near.intersection(grouped)


def _date(match: re.Match[str]) -> dt.date | None:
    month, day, year = (int(part) for part in match.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _decimal(amount: str) -> Decimal | None:
    try:
        return Decimal(amount.lstrip("$").strip().replace(",", ""))
    except InvalidOperation:
        return None


def _unknown_row(like: Any, number: int) -> Any:
    """A row of ``like``'s kind with every value unknown, standing at line ``number``."""
    unknown = {f.name: None for f in dataclasses.fields(like)
               if f.name not in ("footnotes", "span", "transaction_code_suffix")}
    return type(like)(**unknown, span=Span(number, 1))
