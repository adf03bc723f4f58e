"""Table II's two titles wrapped around a row of visual lines, on a page whose tables print
no title (pymupdf4llm's picture text of a page whose Table I is empty), cut by the class
names the page's notes print (``form/noted_titles.py``). On the real text of a filing,
checked against its truth; edited so that the notes name no class, or two that fit."""

from __future__ import annotations

import form4lark
from form4lark.form.noted_titles import noted_titles
from support import FIXTURES, edited_text, fixture_text, off_fields, truth, wrong_fields

FILING = "ZNGA-20120608-1"
PATH = FIXTURES / "noted_titles" / f"{FILING}-sec-pymupdf4llm.md"
TRUTH = truth(FILING, "sec")


def test_the_titles_are_cut_where_the_underlying_is_a_class_the_notes_name():
    # "Restricted Class B" / "Stock ... Common ..." / "Unit Stock(2)"; note 2: "Each share
    # of Class B Common Stock is convertible ..."
    form = form4lark.parse(fixture_text(PATH))
    (row,) = form.derivative_transactions
    expected = TRUTH["derivative_transactions"][0]
    assert (row.security_title, row.underlying_security_title) == (
        expected["security_title"], expected["underlying_security_title"])
    assert row.footnotes["underlying_security_title"] == tuple(
        expected["footnotes"]["underlying_security_title"])
    assert not wrong_fields(off_fields(TRUTH, form))


def test_notes_naming_no_class_in_capitals_leave_the_titles_unread():
    text = edited_text(PATH, ("Class B Common Stock", "class B common stock"))
    (row,) = form4lark.parse(text).derivative_transactions
    assert (row.security_title, row.underlying_security_title) == (None, None)


def test_notes_naming_two_classes_that_fit_leave_the_titles_unread():
    # the notes also name "Restricted Class B Common Stock": the first line may then be
    # the underlying title's whole, the title "Stock Unit": two cuts read, none is taken
    text = edited_text(PATH, ("Each share of Class B Common Stock",
                              "Each share of Restricted Class B Common Stock or of Class B "
                              "Common Stock"), once=True)
    (row,) = form4lark.parse(text).derivative_transactions
    assert (row.security_title, row.underlying_security_title) == (None, None)


def test_a_class_name_is_a_whole_capitalised_run_ending_with_its_closing_word():
    words = ("2. Each share of Class B Common Stock(2) is convertible into Class A Common "
             "Stock. The Series C-1 Preferred Stock, Restricted Stock Units and "
             "restricted stock are not.").split()
    # a run is taken whole, as printed: a capital opening a sentence is the run's too
    assert noted_titles(words) == frozenset(
        {"Class B Common Stock", "Class A Common Stock", "The Series C-1 Preferred Stock"})
