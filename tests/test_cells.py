"""The cell grammar: values and footnote marks out of single cells."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from form4lark.cells import read_cell

CASES = [
    ("amount_cell", "19,214", Decimal("19214"), ()),
    ("amount_cell", "628,553(1)", Decimal("628553"), ("1",)),
    ("amount_cell", "785 (1)", Decimal("785"), ("1",)),
    ("amount_cell", "17,500.0", Decimal("17500.0"), ()),
    ("amount_cell", "(2)", None, ("2",)),
    ("amount_cell", "", None, ()),
    ("price_cell", "$10.75", Decimal("10.75"), ()),
    ("price_cell", "$ 7", Decimal("7"), ()),
    ("price_cell", "$ 201.69(1)", Decimal("201.69"), ("1",)),
    ("price_cell", "$ 0", Decimal("0"), ()),
    ("price_cell", "(2)(3)", None, ("2", "3")),
    ("date_cell", "11/14/2013", dt.date(2013, 11, 14), ()),
    ("date_cell", "08/14/2019(12)", dt.date(2019, 8, 14), ("12",)),
    ("date_cell", "Immediately", "Immediately", ()),
    ("date_cell", "(2)", None, ("2",)),
    ("code_cell", "S(1)", ("S", None), ("1",)),
    ("code_cell", "J/K", ("J", "K"), ()),
    ("swap_cell", "V", True, ()),
    ("swap_cell", "", False, ()),
    ("acquired_disposed_cell", "(A)", "A", ()),
    ("direct_indirect_cell", "I(3)", "I", ("3",)),
    ("text_cell", "By SVF II Beaver (DE) LLC(3)", "By SVF II Beaver (DE) LLC", ("3",)),
    ("text_cell", "Stock Option (Right to Buy)", "Stock Option (Right to Buy)", ()),
    ("text_cell", "See Footnotes(2)(3)", "See Footnotes", ("2", "3")),
    # a "(" the filer left open before the mark: the mark is not part of an aside
    ("text_cell", "Sequoia Grove II, LLC ((5)", "Sequoia Grove II, LLC (", ("5",)),
    ("text_cell", "Series C-1 Preferred Stock", "Series C-1 Preferred Stock", ()),
]


@pytest.mark.parametrize("kind,text,value,marks", CASES, ids=[f"{k}:{t}" for k, t, _, _ in CASES])
def test_cell_reads_value_and_marks(kind, text, value, marks):
    got = read_cell(kind, text)
    assert (got.value, got.marks, got.problem) == (value, marks, None)


@pytest.mark.parametrize("kind,text", [
    ("amount_cell", "12x4"),
    ("price_cell", "ten dollars"),
    ("code_cell", "PS"),
    ("acquired_disposed_cell", "B"),
])
def test_unreadable_cell_is_none_with_a_reason(kind, text):
    got = read_cell(kind, text)
    assert got.value is None
    assert text in got.problem


def test_date_that_does_not_exist_is_none_with_a_reason():
    got = read_cell("date_cell", "02/30/2013")
    assert got.value is None and "not a date that exists" in got.problem


def test_marks_survive_an_unreadable_value():
    assert read_cell("amount_cell", "n/a(4)").marks == ("4",)
