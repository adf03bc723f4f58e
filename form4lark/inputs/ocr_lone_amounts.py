"""A transaction's one amount read on a line that lost its code, amount and price.

Table I prints a transaction's amount, (A)/(D), price and the amount owned following
it on one line. Where OCR lost that line's code, its amount of shares and its price
(a garbled mark read as a cell, "52) 5,496] D | $153.872", or a line split so that
its cells reached the text apart), the one amount left on the row is given to the
amount owned following by the reading order alone: on the corpus scans it was the
transaction's amount of shares each time but one ("5,496" for the 105,538 owned
following). Which column it stood in cannot be told, so it is left unknown, with a
warning. A holding's row prints no code, amount or price and is not judged; a
transaction's row that kept any one of them placed its amounts by them.

Runs only on texts OCR read (``api.parse``), as ``ocr_amounts.py`` does. Measured on the
corpus PDFs read as scans (``benchmarks/scans.py``): pypdfium2 plain 5 wrong amounts
owned following made unknown, 1 right (PLTR-20210217-1's "600", the next row's
amount, equal by chance); pdftoppm plain 2 wrong, 1 right (the same). With the wrong
amount gone, SNOW's rows agree with their reading on the page grid, which fills their
six (A)/(D) (``ocr_grid_rows.py``), each the truth's. Precision pypdfium2 plain 0.9805 ->
0.9812, pdftoppm plain 0.9933 -> 0.9936; the corpus texts' records are unchanged.
"""

from __future__ import annotations

import dataclasses

from ..model import Diagnostic, Form4

#: the cells a transaction's line places its amounts by
_PLACING = ("transaction_code", "shares", "price_per_share")


def lone_amounts_to_none(form: Form4) -> Form4:
    """``form`` with the amount owned following of each Table I transaction that has
    none of ``_PLACING`` unknown (the module's doc says why)."""
    rows = form.non_derivative_transactions
    if not rows:
        return form
    diagnostics: list[Diagnostic] = []
    out = []
    for index, row in enumerate(rows):
        if row.shares_owned_following is not None \
                and all(getattr(row, name) is None for name in _PLACING):
            diagnostics.append(Diagnostic(
                None, None, f"non_derivative_transactions[{index}].shares_owned_following",
                f"{row.shares_owned_following} is the one amount OCR read on a transaction's "
                "line that lost its code, amount and price: which column it stood in cannot "
                "be told, left unknown"))
            row = dataclasses.replace(row, shares_owned_following=None)
        out.append(row)
    if not diagnostics:
        return form
    return dataclasses.replace(form, non_derivative_transactions=tuple(out),
                               diagnostics=form.diagnostics + tuple(diagnostics))
