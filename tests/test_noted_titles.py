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


# the row's three lines and note 2 as the fixture prints them: edited below into rows whose
# notes name a class shorter than the one the row prints
ROW = ("Restricted Class B<br>Stock $ 0 06/08/2012 A 41,322 (1) 06/08/2019 Common 41,322 "
       "$ 0 41,322 D<br>Unit Stock(2)")


def _noted(row: str, note: str) -> tuple[object, object]:
    """The titles read from the fixture with its row's lines ``row`` and its note 2 ``note``."""
    text = edited_text(PATH, (ROW, row), once=True)
    head, _, rest = text.partition("2. Each share of Class B Common Stock")
    _, _, tail = rest.partition(" **Remarks:**")
    (read,) = form4lark.parse(f"{head}2. {note} **Remarks:**{tail}").derivative_transactions
    return read.security_title, read.underlying_security_title


def test_a_noted_class_shorter_than_the_rows_leaves_the_titles_unread():
    # "Restricted Class B" / "Stock ... Common" / "Unit Stock(2)" is "Restricted Stock Unit"
    # over "Class B Common Stock"; the notes name only "Common Stock": cut by it, the title
    # would take the underlying's class letters ("Restricted Class B Stock Unit")
    assert _noted(ROW, "Each restricted stock unit converts into one share of Common Stock "
                       "upon vesting.") == (None, None)
    # a series' and a class's letters side by side: "Series A Preferred Stock" over
    # "Class A Common Stock", the notes naming "Series A Preferred Stock" and "Common Stock"
    row = ROW.replace("Restricted Class B<br>Stock", "Series A Class A<br>Preferred").replace(
        "Unit Stock(2)", "Stock Stock(2)")
    assert _noted(row, "Each share of Series A Preferred Stock converts into one share of "
                       "Common Stock.") == (None, None)


def test_titles_the_tables_read_are_kept_whatever_the_notes_name():
    # "Class B Class A" / "Common ... Common" / "Stock Stock(2)": read paired with no title
    # printed in the tables; the notes' "Common Stock" must not cut them again
    row = ("Class B Class A<br>Common $ 0 06/08/2012 C 41,322 (1) (1) Common 41,322 $ 0 41,322 D"
           "<br>Stock Stock(2)")
    assert _noted(row, "Each share of class B common stock converts into one share of "
                       "Common Stock.") == ("Class B Common Stock", "Class A Common Stock")
