"""Amounts OCR misread, left unknown where the table's own arithmetic contradicts them.

The rows of one security and ownership form a chain (``checks.holdings_arithmetic``):
the amount owned before a row (its amount following, less what it acquired, plus what
it disposed of) is the amount following of another row of the chain, or nothing.
OCR's misread digits break the chain where they stand: "24.576" for "24,576", or a
cell "25, 788" cut in two ("25" shares, "788" following). On a scan's record, a row
between rows seen to chain that follows from no other row has its shares left
unknown, and its amount following too unless another row follows from it, each
with a diagnostic. The arithmetic is evidence to clear a
value, never to write one: the amount it implies is not put in.

A filing's own figures are kept as filed: this runs on scans only (``api.parse_scan``).
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from decimal import Decimal
from typing import Any

from ..model import Diagnostic, Form4

def _holding(row: Any) -> tuple:
    """What tells the chains of a table apart (as ``checks.holdings_arithmetic`` does)."""
    return (row.security_title, row.direct_or_indirect, row.nature_of_ownership,
            tuple(row.footnotes.get("nature_of_ownership") or ()))


def _known(row: Any) -> bool:
    """Whether the row's holding was read whole: its title, and for a holding owned
    indirectly its nature and the footnote that nature refers to (natures as "See
    footnote" tell holdings apart only by it); a row whose holding OCR left unknown may
    belong to a chain other than the one its neighbours make."""
    if row.security_title is None or row.direct_or_indirect not in ("D", "I"):
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


def contradicted_to_none(form: Form4) -> Form4:
    """The record with each amount Table I's arithmetic contradicts None (Table II's
    rows owned following count derivatives in ways that need not chain so)."""
    rows = list(form.non_derivative_transactions or ())
    chains: dict[tuple, list[int]] = defaultdict(list)
    for index, row in enumerate(rows):
        if _known(row):
            chains[_holding(row)].append(index)
    diagnostics: list[Diagnostic] = []
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
    return dataclasses.replace(form, non_derivative_transactions=tuple(rows),
                               diagnostics=form.diagnostics + tuple(diagnostics))
