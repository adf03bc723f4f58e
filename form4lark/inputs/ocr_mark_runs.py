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

OCR also drops a digit of a small mark: Table II's two dates of one row carry one
note ("(29)" on both, how the options vest and end), and OCR read the second "(2)".
Where one date's mark is the other's with digits lost ("(29)" and "(2)", "(12)" and
"(1)"), the shorter is left out the same way (``_clipped_date_marks``); no row of the
corpus truths holds such a pair, while 7 rows of one corpus OCR text read one.
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


#: Table II's dates whose marks OCR may clip: the exercisable date and the expiration's
_DATE_PAIR = ("exercise_date", "expiration_date")


def _clipped_date_marks(row: Any) -> str | None:
    """The date field of a Table II row whose one mark is the other date's one mark
    with its last digits lost ("(2)" beside "(29)"), or None."""
    first, second = (_single(row, field) for field in _DATE_PAIR)
    if first is None or second is None or first == second:
        return None
    shorter, longer = sorted((str(first), str(second)), key=len)
    if len(shorter) == len(longer) or not longer.startswith(shorter):
        return None
    return _DATE_PAIR[0] if str(first) == shorter else _DATE_PAIR[1]


def _without_mark(row: Any, field: str) -> Any:
    """``row`` with no footnote reference on ``field``."""
    return dataclasses.replace(row, footnotes={
        k: v for k, v in row.footnotes.items() if k != field})


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
                out[i] = _without_mark(out[i], field)
        for i, row in enumerate(out if table.startswith("derivative") else ()):
            clipped = _clipped_date_marks(row)
            if clipped is None:
                continue
            other = _DATE_PAIR[1] if clipped == _DATE_PAIR[0] else _DATE_PAIR[0]
            diagnostics.append(Diagnostic(
                None, None, f"{table}[{i}].footnotes.{clipped}",
                f"mark ({row.footnotes[clipped][0]}) is the other date's "
                f"({row.footnotes[other][0]}) with digits lost: OCR may have clipped it, "
                "left out"))
            out[i] = _without_mark(row, clipped)
        changes[table] = tuple(out)
    if not diagnostics:
        return form
    return dataclasses.replace(form, **changes, diagnostics=form.diagnostics + tuple(diagnostics))
