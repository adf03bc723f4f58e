"""A scan's holding rows that hold a transaction's misplaced amounts, left out.

tesseract's text of a table may print a transaction's title and date on one line and
its amounts on lines of their own (a row taller than its neighbours, the amounts'
column read as a block), so that the text's reading finds the transaction without
any amount and, further down, rows of bare amounts it takes for holdings. Both
signs together, a transaction read with neither its shares nor its amount owned
following and holding rows read without a security title, mean the rows were put
together wrongly: such untitled holding rows are left out, each with a diagnostic.
An untitled holding row in a table whose transactions all kept their amounts is a
holding whose title OCR lost, and is kept, but where tesseract printed Table I's rows
as blocks (a row's date on a line of its own, its amounts on lines below): an untitled
holding standing after a date's line no transaction was read from, with a date's line
after it, is that lost transaction's amount owned, and is left out too.

Measured on the corpus PDFs read as scans (``benchmarks/scans.py``), plain pages:
drawn by pypdfium2, recall 0.772 -> 0.777 and precision 0.951 -> 0.963 (the true rows
then pair with the rows read); by pdftoppm, 0.833 -> 0.833 and 0.988 -> 0.989; sec
pages unchanged. The blocks' rule: 4 rows of FB-20190822's sec page (pypdfium2) left out,
8 wrong fields fewer; no other page of the 240 changed.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from ..model import Diagnostic, Form4
from ..patterns import DATE_RE
from .untitled_holdings import table_i_body

#: each table of holdings after the table of transactions whose rows it may take
TABLES = (("non_derivative_transactions", "non_derivative_holdings"),
          ("derivative_transactions", "derivative_holdings"))


def misplaced_rows_dropped(form: Form4, text: str | None = None) -> Form4:
    """The record without the untitled holding rows of a table whose transactions lost
    their amounts, and (Table I) those standing in a lost transaction's block of
    ``text`` (tesseract's)."""
    changes: dict[str, Any] = {}
    diagnostics: list[Diagnostic] = []
    for transactions, holdings in TABLES:
        rows = getattr(form, holdings) or ()
        untitled = [i for i, row in enumerate(rows) if row.security_title is None]
        read = getattr(form, transactions) or ()
        if untitled and not any(_lost_amounts(row) for row in read):
            blocks = _lost_blocks(text, read) if text and transactions == TABLES[0][0] else []
            untitled = [i for i in untitled if rows[i].span and any(
                first < rows[i].span.line < end for first, end in blocks)]
        if not untitled:
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


def _lost_blocks(text: str, read: tuple[Any, ...]) -> list[tuple[int, int]]:
    """(date's line, next date's line) of each Table I block of ``text`` whose date no
    transaction of ``read`` was read at (1-based lines)."""
    lines = text.split("\n")
    body = table_i_body(lines)
    if body is None:
        return []
    dated = [i + 1 for i in body if any(
        DATE_RE.fullmatch(word.strip("|[]{}()")) for word in lines[i].split())]
    at = {row.span.line for row in read if row.span}
    return [(line, after) for line, after in zip(dated, dated[1:]) if line not in at]
