"""A scan's holding rows that hold a transaction's misplaced amounts, left out.

tesseract's text of a table may print a transaction's title and date on one line and
its amounts on lines of their own (a row taller than its neighbours, the amounts'
column read as a block), so that the text's reading finds the transaction without
any amount and, further down, rows of bare amounts it takes for holdings. Both
signs together, a transaction read with neither its shares nor its amount owned
following and holding rows read without a security title, mean the rows were put
together wrongly: such untitled holding rows are left out, each with a diagnostic.
An untitled holding row in a table whose transactions all kept their amounts is a
holding whose title OCR lost, and is kept.

Measured on the corpus PDFs read as scans (``benchmarks/scans.py``), plain pages:
drawn by pypdfium2, recall 0.772 -> 0.777 and precision 0.951 -> 0.963 (the true rows
then pair with the rows read); by pdftoppm, 0.833 -> 0.833 and 0.988 -> 0.989; sec
pages unchanged.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from ..model import Diagnostic, Form4

#: each table of holdings after the table of transactions whose rows it may take
TABLES = (("non_derivative_transactions", "non_derivative_holdings"),
          ("derivative_transactions", "derivative_holdings"))


def misplaced_rows_dropped(form: Form4) -> Form4:
    """The record without the untitled holding rows of a table whose transactions lost
    their amounts."""
    changes: dict[str, Any] = {}
    diagnostics: list[Diagnostic] = []
    for transactions, holdings in TABLES:
        rows = getattr(form, holdings) or ()
        untitled = [i for i, row in enumerate(rows) if row.security_title is None]
        if not untitled or not any(_lost_amounts(row) for row in getattr(form, transactions) or ()):
            continue
        changes[holdings] = tuple(row for i, row in enumerate(rows) if i not in untitled)
        diagnostics += [Diagnostic(None, None, f"{holdings}[{i}]",
                                   "a row of amounts a transaction lost: left out")
                        for i in untitled]
    if not changes:
        return form
    return dataclasses.replace(form, **changes, diagnostics=form.diagnostics + tuple(diagnostics))


def _lost_amounts(row: Any) -> bool:
    return row.shares is None and row.shares_owned_following is None
