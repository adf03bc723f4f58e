"""A price and the amount owned run together where the cut is not certain ("$
8.88301,097": 8.88 and 301,097, or 8.8830 and 1,097; ``shapes/glued_values.py``),
settled by the table's own arithmetic: a reading is taken only where it alone makes
the row's amount owned follow from another row of the same holding (that row's
amount owned, plus or minus this row's shares), or another row of it start from the
row's amount owned (the first row of a chain, settled by the second: "$ 9.971,987"
then a row acquiring 2,845 to own 4,832 reads 9.97 and 1,987), as
``checks.holdings_arithmetic`` chains them; a row so settled then serves the rows
around it. A holding built from nothing (any reading may start one), a row whose
neighbours are all unsettled, or a run two readings fit, stays None with a
diagnostic (the price's, from ``cells.read_cell``, dropped where the row settles).

Measured on BeautifulSoup's run-together texts (``benchmarks/other_converters.py
--converter bs4-text``), plain recall 0.841 -> 0.849, precision 1.000, no new wrong
field; no corpus record changed.
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from typing import Any

from .cells import UNCUT_PROBLEM as PRICE_PROBLEM, Uncut
from .checks import TABLE_NAMES, amount_before, holding_key
from .model import Diagnostic, Form4

def settle_cuts(form: Form4, diagnostics: list[Diagnostic]) -> Form4:
    """``form`` with each ``Uncut`` amount owned read by the arithmetic, or None (with a
    diagnostic in ``diagnostics``)."""
    changes: dict[str, Any] = {}
    for table, name in TABLE_NAMES.items():
        rows = tuple(getattr(form, table) or ())
        if any(isinstance(r.shares_owned_following, Uncut) for r in rows):
            changes[table] = _settled_table(rows, name, diagnostics)
    return dataclasses.replace(form, **changes) if changes else form


def _settled_table(rows: tuple, table: str, diagnostics: list[Diagnostic]) -> tuple:
    """``rows`` with each ``Uncut`` row settled, a row settled serving the rows after it
    in its chain, until none more settles; the rest with None."""
    start = rows
    while True:
        settled = tuple(_settled(row, rows) for row in rows)
        if settled == rows:
            break
        rows = settled
    out = []
    for row, was in zip(rows, start):
        line = row.span.line if row.span else None
        if isinstance(row.shares_owned_following, Uncut):
            diagnostics.append(Diagnostic(line, None, f"{table}.shares_owned_following",
                                          f"{PRICE_PROBLEM} ({row.shares_owned_following.run!r})"))
            row = dataclasses.replace(row, shares_owned_following=None)
        elif row is not was:
            diagnostics[:] = [d for d in diagnostics if not (
                d.field == f"{table}.price_per_share" and d.message == PRICE_PROBLEM
                and d.line == line)]
        out.append(row)
    return tuple(out)


def _settled(row: Any, rows: tuple) -> Any:
    """``row`` read the one way the arithmetic allows, if any: else as it is."""
    if not _uncut_transaction(row):
        return row
    mine = _readings(row)
    fitting = [reading for reading in mine if _follows(reading, rows)]
    if not fitting:
        fitting = _paired_readings(row, mine, rows)
    return fitting[0] if len(fitting) == 1 else row


def _paired_readings(row: Any, mine: list[Any], rows: tuple) -> list[Any]:
    """The readings of ``row`` (``mine``) that join its holding's chain with a reading of another
    unsettled row of it (two rows of one chain, both runs uncut: "$ 17.2277,334.25"
    acquiring 10,500, then "$ 268.2366,834.25" disposing of 10,500 reads 77,334.25 and
    66,834.25; 7,334.25 then 6,834.25 does not chain). Only where the pairs that fit
    give ``row`` one reading: where two fit ("$ 106.8221,878" then "$ 106.8220,869"
    disposing of 1,009: 21,878 then 20,869, or 1,878 then 869), none is taken."""
    pairs = [reading
             for other in rows if other is not row and _uncut_transaction(other)
             and holding_key(other) == holding_key(row)
             for other_reading in _readings(other)
             for reading in mine
             if _chained(reading, other_reading) or _chained(other_reading, reading)]
    readings = {(r.price_per_share, r.shares_owned_following): r for r in pairs}
    return list(readings.values()) if len(readings) == 1 else []


def _uncut_transaction(row: Any) -> bool:
    """Whether ``row`` is a transaction whose amount owned is ``Uncut`` and whose
    shares and "A"/"D" letter are read: one the arithmetic may settle."""
    return (isinstance(row.shares_owned_following, Uncut)
            and getattr(row, "shares", None) is not None and row.acquired_disposed in ("A", "D"))


def _chained(first: Any, then: Any) -> bool:
    """Whether the holding ``then`` starts from is what ``first`` owned after it (and
    not nothing: any row may start a holding built from nothing)."""
    before = amount_before(then)
    return before != 0 and first.shares_owned_following == before


def _readings(row: Any) -> list[Any]:
    """``row`` read each way its ``Uncut`` run of a price and an amount owned may be."""
    from .shapes.glued_values import price_and_amount_readings  # rare: imported where read
    return [dataclasses.replace(row, price_per_share=price, shares_owned_following=amount)
            for price, amount in price_and_amount_readings(row.shares_owned_following.run)]


def _follows(reading: Any, rows: tuple) -> bool:
    """Whether ``reading`` joins its holding's chain: its holding before it is another
    row's amount owned, or its amount owned is the holding another row starts from
    (that row's amount owned less what it acquired, plus what it disposed of: the first
    row of a chain settled by the second). A holding built from nothing does not count:
    any reading may start one."""
    before = amount_before(reading)
    key = holding_key(reading)
    return any(other is not reading and holding_key(other) == key
               and isinstance(other.shares_owned_following, Decimal)
               and (before != 0 and other.shares_owned_following == before
                    or reading.shares_owned_following == _start(other) != 0)
               for other in rows)


def _start(row: Any) -> Decimal | None:
    """The holding a transaction row starts from, where its figures tell it."""
    if getattr(row, "shares", None) is None or row.acquired_disposed not in ("A", "D"):
        return None
    return amount_before(row)
