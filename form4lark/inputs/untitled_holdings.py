"""Table I's untitled holding rows where the table's transactions went unread, left out.

A converter printing a table's cells one to a line in reading order (pdftotext
without -layout) may set a row's title, date and code apart from its amounts, so
that the reader loses the transaction rows and reads their amounts, "13,433 D",
"151,187 D", as rows of holdings with no security title. A Table I holding row
prints no date but in its nature's text ("Trust dtd 4/15/2014", before the period
of report, not counted): where Table I's text prints more dates on or after the
period than the transactions read hold (a transaction's date or deemed date), some
transaction went unread, and a
holding row read with no title may be that transaction's amounts: every such row is
left out with a diagnostic (a holding whose title alone was lost is lost too; never
a transaction's amount read as a holding). A holding row read with its title, and
every row of a table whose dates were all read, are kept.
"""

from __future__ import annotations

import dataclasses

from ..cells import to_date
from ..model import Diagnostic, Form4
from ..patterns import DATE_RE
from ..recovery import part_spans
from .ocr_lost_rows import TABLE_II_LABEL


def untitled_holdings_dropped(form: Form4, text: str) -> Form4:
    """``form`` without its untitled Table I holding rows where ``text``'s Table I
    prints a date none of the transactions read holds."""
    rows = form.non_derivative_holdings or ()
    untitled = [i for i, row in enumerate(rows) if row.security_title is None]
    if not untitled or not _dates_unread(form, text):
        return form
    kept = tuple(row for i, row in enumerate(rows) if i not in untitled)
    notes = tuple(Diagnostic(None, None, f"non_derivative_holdings[{i}]",
                             "an untitled holding where Table I's transactions went unread: "
                             "left out") for i in untitled)
    return dataclasses.replace(form, non_derivative_holdings=kept,
                               diagnostics=form.diagnostics + notes)


def _dates_unread(form: Form4, text: str) -> bool:
    """Whether ``text``'s Table I (up to Table II's column labels) prints more dates
    than the transactions read in ``form`` hold. Only dates on or after box 3's date of
    the earliest transaction count: a transaction's is never earlier, a nature's
    ("Trust dtd 4/15/2014") is."""
    lines = text.split("\n")
    body = table_i_body(lines)
    if body is None:
        return False
    dates = [to_date(word.strip("|[]{}()*,;")) for i in body for word in lines[i].split()
             if DATE_RE.fullmatch(word.strip("|[]{}()*,;"))]
    earliest = form.period_of_report
    printed = sum(1 for date in dates if date and (earliest is None or date >= earliest))
    held = sum((row.transaction_date is not None) + (row.deemed_execution_date is not None)
               for row in form.non_derivative_transactions or ())
    return printed > held


def table_i_body(lines: list[str]) -> range | None:
    """The 0-based lines of Table I's part of ``lines`` after its title, up to Table
    II's column labels (a converter may print them before Table II's title); None where
    no Table I is found."""
    spans = [(first, last) for part, first, last in part_spans(lines) if part.name == "table_i"]
    if not spans:
        return None
    first, last = spans[0]
    end = next((i for i in range(first + 1, last + 1) if TABLE_II_LABEL.search(lines[i])),
               last + 1)
    return range(first + 1, end)
