"""Table II's (A) or (D) where the text lost the sub-column, settled by the table's arithmetic.

Column 5 of Table II is two sub-columns: a transaction's amount stands under (A) or under
(D). Texts that keep no positions (pdfplumber's, pdfminer's, pymupdf4llm's, markitdown's
of a PDF) print the amount alone, and which sub-column held it is lost. The rows of one
derivative holding (``checks.holding_key``: title, ownership, nature, price and expiry)
form a chain: what a row owns following it is what the row before it in the chain owns
following, plus what it acquired or minus what it disposed of. Where exactly one of the
two holds, the row's direction is certain:

    Class B Common Stock 11/23/2012 C  2,800 ... 77,865 D   (the row before)
    Class B Common Stock 11/26/2012 C 12,870 ... 64,995 D   77,865 - 12,870: (D)

It is not certain, and stays None (``checks.missing_values`` flags it), where the amount
is 0, where both or neither fit, where the row is the first of its chain (its holding
before it is not in the table), where the holding is not read whole (title, ownership, and
an indirect holding's nature), where a row between the two may be of the chain and its
amount owned is not known (unknown, or its holding read in part), and where the amount
owned after the row is the amount itself: that is also a holding acquired from nothing, a
new grant whose terms equal the row before's (a conversion may dispose of half a holding,
and the next grant of as many options starts from nothing). The transaction code is no
evidence (an exercise "M" usually disposes of the derivative, not always).
``build._direction_from_arithmetic`` already settles a row owning fewer after it than it
moved (it cannot have acquired them).
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from typing import Any

from ..checks import holding_key
from ..model import Form4
from ..patterns import HOLDING_LETTERS



def _read_whole(row: Any) -> bool:
    """Whether the row's holding was read whole enough to chain it: its title and its
    ownership form, and for a holding owned indirectly its nature (rows of holdings
    whose reading lost these may belong to different chains)."""
    return bool(row.security_title) and row.direct_or_indirect in HOLDING_LETTERS \
        and (row.direct_or_indirect == "D" or bool(row.nature_of_ownership))


def chained_direction(row: Any, before: Decimal | None) -> str | None:
    """The (A) or (D) of ``row`` that alone makes its amount owned following follow
    from ``before`` (what the row before it in its chain owns following); None where
    the amount is 0, where both or neither fit, or where the amount owned following
    is the amount itself (a holding acquired from nothing fits it too)."""
    shares, owned = row.shares, row.shares_owned_following
    if not (isinstance(shares, Decimal) and isinstance(owned, Decimal)
            and isinstance(before, Decimal)) or not shares or owned == shares:
        return None
    fits = [way for way, after in (("A", before + shares), ("D", before - shares))
            if after == owned]
    return fits[0] if len(fits) == 1 else None


def _may_be_of(row: Any, key: tuple) -> bool:
    """Whether ``row``, its holding read in part, may be of the holding ``key``: each
    part of its holding it read is that holding's."""
    return all(part is None or part == other for part, other in zip(holding_key(row), key))


def settle_directions(form: Form4) -> Form4:
    """``form`` with each Table II transaction whose amount has no direction given the one
    its chain's arithmetic proves. A row left None keeps the diagnostic every unknown
    required value has (``checks.missing_values``). A row between two of a chain whose
    amount owned following is unknown, or whose holding is read in part and may be that
    chain's, leaves the row before unknown: the chain may run through it."""
    rows = form.derivative_transactions
    if not rows or all(r.acquired_disposed is not None or r.shares is None for r in rows):
        return form
    last: dict[tuple, Decimal | None] = {}  # what the last row of each chain owns following
    out = []
    for row in rows:
        if not _read_whole(row):
            last.update({key: None for key in last if _may_be_of(row, key)})
            out.append(row)
            continue
        key = holding_key(row)
        if row.acquired_disposed is None:
            way = chained_direction(row, last.get(key))
            if way is not None:
                row = dataclasses.replace(row, acquired_disposed=way)
        owned = row.shares_owned_following
        last[key] = owned if isinstance(owned, Decimal) else None
        out.append(row)
    return dataclasses.replace(form, derivative_transactions=tuple(out))
