"""A footnote mark that breaks its column's run by one is left out (inputs/ocr_mark_runs.py)."""

from __future__ import annotations

import dataclasses
from types import SimpleNamespace

from form4lark.inputs.ocr_mark_runs import _off_run, off_run_marks_to_none
from form4lark.model import DerivativeTransaction
from test_ocr_amounts import _form, _option, _sale


def _rows(*marks: str | None) -> tuple:
    return tuple(SimpleNamespace(footnotes={} if m is None else {"price_per_share": (m,)})
                 for m in marks)


def test_a_mark_misread_in_a_run_by_one() -> None:
    # "(26)" read "(29)" between "(25)" and "(27)", the run seen on from "(24)"
    assert _off_run(_rows("24", "25", "29", "27"), "price_per_share") == [2]
    assert _off_run(_rows("25", "29", "27", "28"), "price_per_share") == [1]


def test_marks_that_are_no_misreading_stay() -> None:
    for marks in (("24", "25", "26", "27"),    # the run unbroken
                  ("3", "4", "5", "5", "7"),   # a note two rows share
                  ("1", "1", "3"),
                  ("25", "29", "27"),          # no run seen beyond the neighbours
                  ("24", "25", None, "27")):   # a mark lost: nothing to judge by
        assert _off_run(_rows(*marks), "price_per_share") == [], marks


def test_the_record_loses_the_misread_mark_only() -> None:
    rows = [dataclasses.replace(_sale("10", str(1000 - 10 * i)),
                                footnotes={"price_per_share": (mark,), "shares": ("2",)})
            for i, mark in enumerate(("24", "25", "29", "27"))]
    form = off_run_marks_to_none(_form(*rows))
    assert [dict(r.footnotes) for r in form.non_derivative_transactions] == [
        {"price_per_share": ("24",), "shares": ("2",)},
        {"price_per_share": ("25",), "shares": ("2",)},
        {"shares": ("2",)},
        {"price_per_share": ("27",), "shares": ("2",)}]
    assert [d.field for d in form.diagnostics] == [
        "non_derivative_transactions[2].footnotes.price_per_share"]



def test_a_date_mark_ocr_clipped_is_left_out() -> None:
    # a sec page's Table II rows, "(29) (29)" under the two dates, OCR read "(29) (2)"
    def row(exercisable: str, expiring: str) -> DerivativeTransaction:
        return dataclasses.replace(_option("5", "5"), footnotes={
            "exercise_date": (exercisable,), "expiration_date": (expiring,),
            "nature_of_ownership": ("3",)})
    form = off_run_marks_to_none(dataclasses.replace(_form(), derivative_transactions=(
        row("29", "2"), row("29", "29"), row("1", "12"), row("2", "3"), row("10", "1"))))
    assert [dict(r.footnotes) for r in form.derivative_transactions] == [
        {"exercise_date": ("29",), "nature_of_ownership": ("3",)},
        {"exercise_date": ("29",), "expiration_date": ("29",), "nature_of_ownership": ("3",)},
        {"expiration_date": ("12",), "nature_of_ownership": ("3",)},
        {"exercise_date": ("2",), "expiration_date": ("3",), "nature_of_ownership": ("3",)},
        {"exercise_date": ("10",), "nature_of_ownership": ("3",)}]
    assert [d.field for d in form.diagnostics] == [
        "derivative_transactions[0].footnotes.expiration_date",
        "derivative_transactions[2].footnotes.exercise_date",
        "derivative_transactions[4].footnotes.expiration_date"]
