"""Consistency checks on a parsed Form 4, reported as diagnostics, never corrected.

They follow the SEC's conformance rules for ownership documents and the
arithmetic of the tables: each check is a small function taking the form and
returning the diagnostics it finds. A check never changes a value.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from decimal import Decimal
from typing import Any, Callable, Iterable, Iterator

from .model import Diagnostic, Form4

#: Instruction 8 of the Form 4 instructions: the transaction codes.
TRANSACTION_CODES = frozenset("ACDEFGHIJLMOPSUWXZ")
#: a regex class of one transaction code's letter ("[ACDE...XZ]")
CODE_LETTER = f"[{''.join(sorted(TRANSACTION_CODES))}]"
#: Table I's columns holding one letter: the code, (A)/(D), D/I
LETTERS = frozenset({"transaction_code", "acquired_disposed", "direct_or_indirect"})
#: Codes whose direction is fixed by definition: a purchase acquires, a sale disposes.
DIRECTION_OF_CODE = {"P": "A", "S": "D"}
#: Earliest plausible date on a Form 4 (Section 16 reporting long predates EDGAR, but
#: a transaction before this is far more likely a misread than a real one).
EARLIEST_DATE = dt.date(1980, 1, 1)

TABLES = ("non_derivative_transactions", "non_derivative_holdings",
           "derivative_transactions", "derivative_holdings")
TABLE_NAMES = {"non_derivative_transactions": "non_derivative",
                "non_derivative_holdings": "non_derivative_holding",
                "derivative_transactions": "derivative",
                "derivative_holdings": "derivative_holding"}


def at(row: Any, field: str, message: str) -> Diagnostic:
    span = getattr(row, "span", None)
    return Diagnostic(span.line if span else None, span.column if span else None, field, message)


def _rows(form: Form4) -> Iterator[tuple[str, Any]]:
    for table in TABLES:
        for row in getattr(form, table) or ():
            yield TABLE_NAMES[table], row


def relationships(form: Form4) -> Iterator[Diagnostic]:
    """At least one box of box 5; a title for Officer, a text for Other."""
    for i, owner in enumerate(form.reporting_owners or ()):
        where = f"reporting_owners[{i}]"
        flags = (owner.is_director, owner.is_officer, owner.is_ten_percent_owner, owner.is_other)
        if all(f is False for f in flags):
            yield at(owner, where, "no relationship box is checked")
        if owner.is_officer and not owner.officer_title:
            yield at(owner, f"{where}.officer_title", "Officer is checked but no title is given")
        if owner.is_other and not owner.other_text:
            yield at(owner, f"{where}.other_text", "Other is checked but not specified")


def ownership_nature(form: Form4) -> Iterator[Diagnostic]:
    """Column 7/11: a nature for indirect ownership, none for direct."""
    for table, row in _rows(form):
        if row.direct_or_indirect == "I" and not row.nature_of_ownership \
                and "nature_of_ownership" not in row.footnotes:
            yield at(row, f"{table}.nature_of_ownership",
                      "indirect ownership (I) without the nature of that ownership")
        if row.direct_or_indirect == "D" and row.nature_of_ownership:
            yield at(row, f"{table}.nature_of_ownership",
                      "direct ownership (D) with a nature of indirect ownership")


#: Fields a transaction must fill, unless a footnote explains why it does not.
_REQUIRED = {
    "non_derivative": ("security_title", "transaction_date", "transaction_code", "shares",
                       "acquired_disposed", "shares_owned_following", "direct_or_indirect"),
    "derivative": ("security_title", "transaction_date", "transaction_code", "shares",
                   "acquired_disposed", "underlying_security_title", "shares_owned_following",
                   "direct_or_indirect"),
    "non_derivative_holding": ("security_title", "shares_owned_following", "direct_or_indirect"),
    "derivative_holding": ("security_title", "underlying_security_title",
                           "shares_owned_following", "direct_or_indirect"),
}


#: the message of a required value the row lacks (``missing_values``)
NO_VALUE = "no value and no footnote explaining why"


def missing_values(form: Form4) -> Iterator[Diagnostic]:
    """A value the form requires, absent and not explained by a footnote."""
    for table, row in _rows(form):
        for field in _REQUIRED[table]:
            if getattr(row, field) is None and field not in row.footnotes:
                yield at(row, f"{table}.{field}", NO_VALUE)


def transaction_codes(form: Form4) -> Iterator[Diagnostic]:
    """The code is one of Instruction 8's, and agrees with acquired/disposed."""
    for table, row in _rows(form):
        code = getattr(row, "transaction_code", None)
        if code is None:
            continue
        if code not in TRANSACTION_CODES:
            yield at(row, f"{table}.transaction_code",
                      f"{code!r} is not a transaction code of the SEC's list")
        expected = DIRECTION_OF_CODE.get(code)
        if expected and row.acquired_disposed and row.acquired_disposed != expected:
            yield at(row, f"{table}.acquired_disposed",
                      f"code {code} with {row.acquired_disposed}: a {'purchase' if code == 'P' else 'sale'} "
                      f"is {'acquired (A)' if expected == 'A' else 'disposed (D)'}")


def dates(form: Form4, today: dt.date | None = None) -> Iterator[Diagnostic]:
    """Dates within the filing's plausible range; period of report = earliest transaction."""
    today = today or dt.date.today()
    latest = today + dt.timedelta(days=366)
    for table, row in _rows(form):
        for field in ("transaction_date", "deemed_execution_date"):
            value = getattr(row, field, None)
            if isinstance(value, dt.date) and not EARLIEST_DATE <= value <= latest:
                yield at(row, f"{table}.{field}", f"{value.isoformat()} is outside the plausible range")
    transaction_dates = [r.transaction_date for t, r in _rows(form)
                         if isinstance(getattr(r, "transaction_date", None), dt.date)]
    if form.period_of_report and transaction_dates and form.period_of_report > min(transaction_dates):
        yield Diagnostic(None, None, "period_of_report",
                         f"period of report {form.period_of_report.isoformat()} is later than the "
                         f"earliest transaction ({min(transaction_dates).isoformat()})")
    if form.period_of_report and not EARLIEST_DATE <= form.period_of_report <= latest:
        yield Diagnostic(None, None, "period_of_report",
                         f"{form.period_of_report.isoformat()} is outside the plausible range")


def footnote_references(form: Form4) -> Iterator[Diagnostic]:
    """Every mark has its footnote and every footnote is referred to."""
    if form.footnotes is None:  # the explanation could not be read: nothing to compare
        return
    for table, row in _rows(form):
        for field, ids in row.footnotes.items():
            for fid in ids:
                if fid not in form.footnotes:
                    yield at(row, f"{table}.{field}", f"footnote mark ({fid}) with no footnote text")
    for fid in unreferenced_notes(form):
        yield Diagnostic(None, None, f"footnotes.{fid}", f"footnote ({fid}) is not referred to "
                         "by any value of the tables")


def unreferenced_notes(form: Form4) -> tuple[str, ...]:
    """The ids of the notes no value of the tables refers to, in the notes' order (none
    where the notes or a table are unread: a table left out may hold the references)."""
    if any(getattr(form, table) is None for table in TABLES):
        return ()
    return notes_unreferenced_by_read(form)


def notes_unreferenced_by_read(form: Form4) -> tuple[str, ...]:
    """The ids of the notes no value of the tables read refers to, in the notes' order,
    where a table is read (``unreferenced_notes`` where every table is; where one is left
    out, it may refer to them): none where the notes or every table are unread."""
    if not form.footnotes or all(getattr(form, table) is None for table in TABLES):
        return ()
    used = {fid for _, row in _rows(form) for ids in row.footnotes.values() for fid in ids}
    return tuple(fid for fid in form.footnotes if fid not in used)


def holdings_arithmetic(form: Form4) -> Iterator[Diagnostic]:
    """Shares owned following each row follow from another row of the same holding.

    Rows of one security and ownership form a chain: the holding before a row
    (its amount following, minus what it acquired, plus what it disposed of) is
    the amount following of the row before it, in whatever order the filer
    listed them. Only one row of a chain may start it (besides rows that start
    from nothing)."""
    for table in ("non_derivative_transactions", "derivative_transactions"):
        groups: dict[tuple, list] = defaultdict(list)
        for row in getattr(form, table) or ():
            if row.shares is not None and row.shares_owned_following is not None \
                    and row.acquired_disposed in ("A", "D"):
                groups[holding_key(row)].append(row)
        for rows in groups.values():
            yield from _chain_breaks(TABLE_NAMES[table], rows)


def holding_key(row: Any) -> tuple:
    """What tells a row's holding from another's: the rows of one key form a chain."""
    # "See footnote" natures tell holdings apart only by their footnotes
    return (row.security_title, row.direct_or_indirect, row.nature_of_ownership,
            row.footnotes.get("nature_of_ownership"), *_grant(row))


def amount_before(row: Any) -> Decimal:
    """The holding before a transaction row: its amount following, less what it
    acquired, plus what it disposed of."""
    delta = row.shares if row.acquired_disposed == "A" else -row.shares
    return row.shares_owned_following - delta


def _grant(row: Any) -> tuple:
    """A derivative's price and expiry: options of one title but different grants
    are different holdings, each with a chain of its own."""
    return (getattr(row, "conversion_or_exercise_price", None),
            getattr(row, "expiration_date", None))


def _chain_breaks(table: str, rows: list) -> Iterator[Diagnostic]:
    if len(rows) < 2:
        return
    # how many rows end at each amount (a row may not follow from itself)
    ending: Counter[Decimal] = Counter(r.shares_owned_following for r in rows)
    starts = []
    for row in rows:
        before = amount_before(row)
        others = ending[before] - (before == row.shares_owned_following)
        # a holding built from nothing, or a whole lot disposed of (several lots of one
        # grant may each end at 0), starts a chain of its own
        if before != 0 and row.shares_owned_following != 0 and not others:
            starts.append(row)
    for row in starts[1:]:
        yield at(row, f"{table}.shares_owned_following",
                  f"{row.shares_owned_following} owned following does not follow from any other "
                  f"row of {row.security_title!r} ({row.direct_or_indirect})")


def signatures(form: Form4) -> Iterator[Diagnostic]:
    """A Form 4 is signed: no signature read, or a signature mark in the remarks,
    means a signature line was lost (a damaged date makes it read as remarks)."""
    if form.signatures == ():
        yield Diagnostic(None, None, "signatures", "no signature was read, and a Form 4 is signed")
    if form.remarks and "/s/" in form.remarks.lower():
        yield Diagnostic(None, None, "remarks", "the remarks hold a signature mark (/s/): a "
                         "signature line whose date could not be read may have been taken for them")


CHECKS: tuple[Callable[[Form4], Iterable[Diagnostic]], ...] = (
    relationships, ownership_nature, missing_values, transaction_codes, dates,
    footnote_references, holdings_arithmetic, signatures,
)


def check(form: Form4) -> list[Diagnostic]:
    """Every consistency diagnostic of ``form``."""
    return [d for c in CHECKS for d in c(form)]
