"""Footnote marks OCR misread, left unknown where the marks of their column run by one.

A filing that gives each row a footnote of its own (the range of prices a weighted
average stands for) numbers them row after row: "(9)", "(10)", "(11)" down the
column. OCR reads small marks poorly, "(10)" as "(19)" or "(6)" as "(9)"; where the
rows either side of a mark hold the marks just before and after one number
("(9)" and "(11)", in a run seen a row further: "(8)" or "(12)"), and the mark
between is another, it is misread: that reference is left out of the row, with a
diagnostic. The number the run implies is not put in.

Runs only on texts OCR read (``api.parse``), as ``ocr_amounts.py`` does. On the corpus
scans drawn by pdftoppm it leaves out one wrong mark (plain wrong fields 92 -> 91);
no mark of the corpus truths (537 rows) would be left out.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from ..model import Diagnostic, Form4

_TABLES = ("non_derivative_transactions", "non_derivative_holdings",
           "derivative_transactions", "derivative_holdings")


def _single(row: Any, field: str) -> int | None:
    """The row's one mark on ``field`` as a number, or None (none, several, or not a number)."""
    marks: tuple[str, ...] = tuple(row.footnotes.get(field) or ())
    return int(marks[0]) if len(marks) == 1 and str(marks[0]).isdigit() else None


def _off_run(rows: tuple, field: str) -> list[int]:
    """The rows whose one mark on ``field`` breaks a run by one that the rows around it
    make: the marks either side one number apart, and the run seen a row further on
    one side too; a mark its neighbour shares ("(5)" "(5)" "(7)") is a note of two rows."""
    marks = [_single(row, field) for row in rows] + [None, None]
    found = []
    for i in range(1, len(rows) - 1):
        before, mark, after = marks[i - 1], marks[i], marks[i + 1]
        if before is None or mark is None or after is None or after - before != 2 \
                or mark in (before, before + 1, after):
            continue
        further = (i >= 2 and marks[i - 2] == before - 1) or marks[i + 2] == after + 1
        if further:
            found.append(i)
    return found


def off_run_marks_to_none(form: Form4) -> Form4:
    """The record without each mark that breaks the run of its column's marks."""
    changes: dict[str, Any] = {}
    diagnostics: list[Diagnostic] = []
    for table in _TABLES:
        rows = getattr(form, table)
        if not rows:
            continue
        fields = {field for row in rows for field in row.footnotes}
        out = list(rows)
        for field in sorted(fields):
            for i in _off_run(rows, field):
                diagnostics.append(Diagnostic(
                    None, None, f"{table}[{i}].footnotes.{field}",
                    f"mark ({out[i].footnotes[field][0]}) breaks the run of the marks of the "
                    "rows around it: OCR may have misread it, left out"))
                kept = {k: v for k, v in out[i].footnotes.items() if k != field}
                out[i] = dataclasses.replace(out[i], footnotes=kept)
        changes[table] = tuple(out)
    if not diagnostics:
        return form
    return dataclasses.replace(form, **changes, diagnostics=form.diagnostics + tuple(diagnostics))
