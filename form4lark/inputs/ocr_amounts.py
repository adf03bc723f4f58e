"""Amounts OCR misread, left unknown where the tables' own figures contradict them.

The rows of one security and ownership form a chain (``checks.holdings_arithmetic``):
the amount owned before a row (its amount following, less what it acquired, plus what
it disposed of) is the amount following of another row of the chain, or nothing.
OCR's misread digits break the chain where they stand ("24.576" for "24,576"). On a
scan's record, a row between rows seen to chain that follows from no other row has
its shares left unknown, and its amount following too unless another row follows
from it, each with a diagnostic. The arithmetic is evidence to clear a value, never
to write one: the amount it implies is not put in.

Table II prints a transaction's amount twice, as the derivatives acquired or disposed
of and as the underlying shares; for most derivatives (options, units) the two are one
number. Where OCR read them as two numbers that differ as a misreading does (the same
digits but for a separator, "5.785" and "5785", or as many digits, all but one alike,
"28593" and "98593"), which one is right cannot be told: both are left unknown. A
conversion ratio makes numbers that differ more ("373,021" and "173,821", two digits).

A filing's own figures are kept as filed: this runs only on texts OCR read (``api.parse``:
a scan's, or a text the readers know for OCR's). Measured on the corpus PDFs read as
scans (``benchmarks/scans.py``, drawn by pdftoppm): wrong fields sec 39 -> 35, plain
95 -> 92 (pypdfium2: 235 -> 230, 365 -> 359); the corpus tesseract.txt texts: sec
precision 0.991 -> 0.992. No value of the corpus truths (338 rows of Table I, 126 of
Table II) would be cleared.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from decimal import Decimal
from typing import Any

from ..model import Diagnostic, Form4
from ..patterns import EXERCISE_CODES, HOLDING_LETTERS


def _holding(row: Any) -> tuple:
    """What tells the chains of a table apart (as ``checks.holdings_arithmetic`` does)."""
    return (row.security_title, row.direct_or_indirect, row.nature_of_ownership,
            tuple(row.footnotes.get("nature_of_ownership") or ()))


def _known(row: Any) -> bool:
    """Whether the row's holding was read whole: its title, and for a holding owned
    indirectly its nature and the footnote that nature refers to (natures as "See
    footnote" tell holdings apart only by it); a row whose holding OCR left unknown may
    belong to a chain other than the one its neighbours make."""
    if row.security_title is None or row.direct_or_indirect not in HOLDING_LETTERS:
        return False
    return row.direct_or_indirect == "D" or (row.nature_of_ownership is not None
                                             and bool(row.footnotes.get("nature_of_ownership")))


def _before(row: Any) -> Decimal | None:
    """The amount owned before the row, from its own amounts; None where one is unknown."""
    if row.shares is None or row.shares_owned_following is None \
            or row.acquired_disposed not in ("A", "D"):
        return None
    delta = row.shares if row.acquired_disposed == "A" else -row.shares
    return row.shares_owned_following - delta


def _broken(rows: list[Any], places: list[int]) -> dict[int, tuple[str, ...]]:
    """The fields of each row of one chain (by index in ``rows``, as listed; ``places``
    their places in the table) its arithmetic contradicts. Only a row in a run of rows
    seen to chain is judged: the rows next to it in the table, the one before and the
    one after (the two before, for the chain's last row), are of its chain and follow
    from another row. OCR's reading may have lost what tells two holdings apart (a
    nature, a footnote), and rows of different holdings do not chain. Such a row that
    follows from no other loses its shares, and its amount following where no other
    row follows from it."""
    befores = {i: _before(row) for i, row in enumerate(rows)}

    def linked(i: int) -> bool:
        before = befores[i]
        return before is not None and (before == 0 or any(
            other.shares_owned_following == before for j, other in enumerate(rows) if j != i))

    found: dict[int, tuple[str, ...]] = {}
    for i in range(1, len(rows)):
        if befores[i] is None or linked(i):
            continue
        seen = [i - 1, i + 1] if i + 1 < len(rows) else [i - 2, i - 1]
        if not all(j >= 0 and abs(places[j] - places[i]) == abs(j - i) and linked(j)
                   for j in seen):
            continue
        followed = any(b == rows[i].shares_owned_following for j, b in befores.items() if j != i)
        found[i] = ("shares",) if followed else ("shares", "shares_owned_following")
    return found


def misread_twins(first: Decimal, second: Decimal) -> bool:
    """Whether two amounts differ as OCR's misreading of one number does: the same
    digits but for where the point is, or as many digits, all but one the same."""
    if first == second:
        return False
    one, other = (format(n, "f").replace(".", "") for n in (first, second))
    if one.lstrip("0") == other.lstrip("0"):
        return True
    return len(one) == len(other) and sum(a != b for a, b in zip(one, other)) == 1


def _twins_to_none(rows: tuple, diagnostics: list[Diagnostic]) -> tuple:
    """Table II's rows with amounts and underlying shares that are misread twins None."""
    out = []
    for index, row in enumerate(rows):
        if row.shares is not None and row.underlying_shares is not None \
                and misread_twins(row.shares, row.underlying_shares):
            diagnostics.append(Diagnostic(
                None, None, f"derivative_transactions[{index}].shares",
                f"{row.shares} and the underlying {row.underlying_shares} differ as a misread "
                "number does: which OCR read right cannot be told, both left unknown"))
            row = dataclasses.replace(row, shares=None, underlying_shares=None)
        out.append(row)
    return tuple(out)


def lost_point(price: Decimal, other: Decimal) -> bool:
    """Whether ``price`` is a whole number whose digits are ``other``'s, a number with a
    fraction: the same price, its decimal point lost by OCR ("$118" for "$11.8")."""
    if price != price.to_integral_value() or other == other.to_integral_value():
        return False
    return format(price, "f").split(".")[0] == format(other, "f").replace(".", "")


def _exercise_prices_to_none(form: Form4, diagnostics: list[Diagnostic]) -> Form4:
    """The record with each exercise price that lost its decimal point (``lost_point``)
    against its twin in the other table None, Table II's or Table I's."""
    firsts = list(form.non_derivative_transactions or ())
    seconds = list(form.derivative_transactions or ())
    read = len(diagnostics)
    for j, second in enumerate(seconds):
        if second.transaction_code not in EXERCISE_CODES:
            continue
        amounts = {second.shares, second.underlying_shares} - {None}
        twins = [i for i, first in enumerate(firsts)
                 if first.transaction_code in EXERCISE_CODES and first.acquired_disposed == "A"
                 and first.transaction_date == second.transaction_date and first.shares in amounts]
        prices = [firsts[i].price_per_share for i in twins]
        mine = second.conversion_or_exercise_price
        if mine is not None and mine not in prices and any(
                p is not None and lost_point(mine, p) for p in prices):
            diagnostics.append(Diagnostic(
                None, None, f"derivative_transactions[{j}].conversion_or_exercise_price",
                f"{mine} is Table I's price of the exercise without its decimal point: "
                "OCR lost the point, left unknown"))
            seconds[j] = dataclasses.replace(seconds[j], conversion_or_exercise_price=None)
        for i in twins:
            price = firsts[i].price_per_share
            if price is not None and mine is not None and lost_point(price, mine) \
                    and price not in [s.conversion_or_exercise_price for s in seconds]:
                diagnostics.append(Diagnostic(
                    None, None, f"non_derivative_transactions[{i}].price_per_share",
                    f"{price} is Table II's exercise price without its decimal point: "
                    "OCR lost the point, left unknown"))
                firsts[i] = dataclasses.replace(firsts[i], price_per_share=None)
    if len(diagnostics) == read:
        return form
    # neither table is None here: an exercise price cleared stands in both
    return dataclasses.replace(form, non_derivative_transactions=tuple(firsts),
                               derivative_transactions=tuple(seconds))


def contradicted_to_none(form: Form4) -> Form4:
    """The record with each amount Table I's arithmetic contradicts None (Table II's
    rows owned following count derivatives in ways that need not chain so), and each
    pair of Table II's amounts that are misread twins, and each exercise price that lost
    its decimal point against its twin in the other table."""
    diagnostics: list[Diagnostic] = []
    form = _exercise_prices_to_none(form, diagnostics)
    derivatives = _twins_to_none(form.derivative_transactions or (), diagnostics)
    rows = list(form.non_derivative_transactions or ())
    chains: dict[tuple, list[int]] = defaultdict(list)
    for index, row in enumerate(rows):
        if _known(row):
            chains[_holding(row)].append(index)
    for indexes in chains.values():
        for at, fields in _broken([rows[i] for i in indexes], indexes).items():
            index = indexes[at]
            for name in fields:
                diagnostics.append(Diagnostic(
                    None, None, f"non_derivative_transactions[{index}].{name}",
                    f"{getattr(rows[index], name)} does not follow from the amounts of the "
                    "other rows of its holding: OCR may have misread it, left unknown"))
            unknown: dict[str, Any] = dict.fromkeys(fields)
            rows[index] = dataclasses.replace(rows[index], **unknown)
    if not diagnostics:
        return form
    return dataclasses.replace(
        form, diagnostics=form.diagnostics + tuple(diagnostics),
        # a table that could not be read stays None
        non_derivative_transactions=None if form.non_derivative_transactions is None else tuple(rows),
        derivative_transactions=None if form.derivative_transactions is None else derivatives)
