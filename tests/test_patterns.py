"""The form's shared lexical patterns match what the form prints, and say the same as the
terminals of grammars/common.lark that they stand for."""

from __future__ import annotations

import re

import pytest

from form4lark import patterns
from form4lark.grammar import grammar_dir


def common_terminal(name: str) -> str:
    """The regular expression of one terminal of common.lark, as lark reads it."""
    text = (grammar_dir() / "common.lark").read_text()
    match = re.search(rf"^{name}(?:\.[0-9]+)?: /(.*)/$", text, re.M)
    assert match, name
    return match.group(1).replace(r"\/", "/")


def test_footnote_mark_is_common_lark_s():
    assert patterns.FOOTNOTE_MARK == common_terminal("FOOTNOTE_MARK")


@pytest.mark.parametrize("text, marks", [("(1)", True), ("(2)(12)", True), ("(123)", False),
                                         ("()", False), ("(1) (2)", False), ("1)", False)])
def test_marks_are_whole_marks_only(text, marks):
    assert bool(patterns.MARKS_RE.fullmatch(text)) is marks


@pytest.mark.parametrize("text, at_end", [("Stock(1)", True), ("LP(2)(3)", True),
                                          ("(3)", True), ("Stock(1) ", False), ("(1)x", False)])
def test_a_mark_ends_a_text(text, at_end):
    assert bool(patterns.MARK_AT_END_RE.search(text)) is at_end
    assert bool(patterns.MARKS_AT_END_RE.search(text)) is at_end


def test_marks_at_end_are_the_whole_run():
    assert patterns.MARKS_AT_END_RE.search("7(3)(4)").group(0) == "(3)(4)"


def test_a_mark_s_number():
    assert patterns.MARK_NUMBER_RE.findall("(1)(12)(123)") == ["1", "12"]


def test_marks_after_a_value_may_be_none():
    value = re.compile(r"[0-9]+" + patterns.MARKS_AFTER)
    assert value.fullmatch("581") and value.fullmatch("581(1)(2)")
    assert not value.fullmatch("581(1")


def test_date_is_common_lark_s():
    assert patterns.DATE == common_terminal("DATE")


@pytest.mark.parametrize("text, date, shape, padded", [
    ("11/14/2013", True, True, True), ("2/3/2011", True, True, False),
    ("13/45/2019", False, True, True), ("05/02/1899", False, True, True),
    ("2013-11-14", False, False, False), ("1/2/13", False, False, False)])
def test_dates_checked_shaped_and_padded(text, date, shape, padded):
    assert bool(patterns.DATE_RE.fullmatch(text)) is date
    assert bool(patterns.DATE_SHAPE_RE.fullmatch(text)) is shape
    assert bool(patterns.PADDED_DATE_RE.fullmatch(text)) is padded


def test_grouped_is_common_lark_amount_s_first_alternative():
    assert common_terminal("AMOUNT").startswith(f"(?:{patterns.GROUPED}|")


@pytest.mark.parametrize("text, grouped", [("19,214", True), ("1,150,783.5", True),
                                           ("581", False), ("19,21", False), ("1234,567", False)])
def test_grouped_thousands(text, grouped):
    assert bool(patterns.GROUPED_RE.fullmatch(text)) is grouped
