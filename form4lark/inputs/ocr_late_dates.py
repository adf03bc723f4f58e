"""A scan's transaction dates later than the filing's signatures, left unknown.

A Form 4 reports transactions that took place: each is signed for on or after its
date. OCR misreads a date's digit as readily as an amount's ("10/19/2028" for
"10/19/2023", a "3" read as "8"), and a date misread that way still reads as a date.
A transaction or deemed execution date later than every signature's date is such a
misreading: it is left unknown, with a diagnostic. A record with no signature date
read keeps its dates (nothing bounds them).

Measured on the corpus PDFs read as scans (``benchmarks/scans.py``): 3 dates on one
plain page drawn by pypdfium2 (AUR-20231019's Table II, "2028"): 3 wrong fields fewer
(precision 0.973 at three places either way); no right date left unknown on any of the
240 pages.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from ..model import Diagnostic, Form4

#: the tables whose rows hold a transaction's dates
TABLES = ("non_derivative_transactions", "derivative_transactions")
#: the dates a transaction is signed for on or after
DATES = ("transaction_date", "deemed_execution_date")


def late_dates_to_none(form: Form4) -> Form4:
    """``form`` with each transaction date later than every signature's date None."""
    signed = [s.date for s in form.signatures or () if isinstance(s.date, dt.date)]
    if not signed:
        return form
    last = max(signed)
    changes: dict[str, Any] = {}
    diagnostics: list[Diagnostic] = []
    for name in TABLES:
        rows = getattr(form, name) or ()
        kept = []
        for i, row in enumerate(rows):
            late = {field: None for field in DATES
                    if isinstance(getattr(row, field), dt.date) and getattr(row, field) > last}
            if late:
                diagnostics += [Diagnostic(
                    row.span.line if row.span else None, None, f"{name}[{i}].{field}",
                    f"{getattr(row, field).isoformat()} is later than the signatures "
                    f"({last.isoformat()}): a date OCR misread, left unknown")
                    for field in late]
                row = dataclasses.replace(row, **late)
            kept.append(row)
        if diagnostics and tuple(kept) != tuple(rows):
            changes[name] = tuple(kept)
    if not changes:
        return form
    return dataclasses.replace(form, **changes, diagnostics=form.diagnostics + tuple(diagnostics))
