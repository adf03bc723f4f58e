"""Tables whose column headers a text printed among the first row's values.

The fixtures are plain ``pdftotext`` (no -layout) of two corpus filings, made by
``benchmarks/other_converters.py``: each cell of the page is a paragraph of its own,
so "2A. Deemed Execution Date", "Code", "V" and "(A) or (D)" stand between the row's
title, date, code and amount. Their tables are read to the filing's truth; the
header boxes of such a text (its labels out of the form's order) are not asked.
AUR-20230526-1 (sec) prints Table I's own first header, "1. Title of Security (Instr.
3)", after a row's values: only the other table's first title is a header among the
values, this one opens the rows after it (the whole Table I was left out).
AFRM-20240701-1 (web) labels its columns shortly, unnumbered ("Deemed Execution" /
"Date", "Code V Amount", "Price", "Ownership Form" / "(D/I)"): each label a paragraph
among the row's cells, taken out as well (the whole Table I was left out at "Deemed").
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

import form4lark
from form4lark.errors import SectionError
from form4lark.model import Form4
from form4lark.form.interleaved_headers import checked_rows
from form4lark.sections import Cell
from support import (FIXTURES, edited_text, fixture_paths, fixture_text, read_none_wrong,
                     table_fields_off)

TEXTS = fixture_paths(FIXTURES / "interleaved", "*/*/*.txt")
TABLES = ("non_derivative_", "derivative_")


#: fields checked by hand that the text cannot give: ME prints its holding's values
#: before the headers and its title after them, so that holding's and the row above's
#: titles (and the holding's nature) are left unknown, never guessed (``checked_rows``)
ACCEPTED_GAPS = {
    "ME-20230906-2": ["non_derivative_transactions[1].security_title missed",
                      "non_derivative_holdings[0].security_title missed",
                      "non_derivative_holdings[0].nature_of_ownership missed"],
    # MSFT prints the code "A" among column 5's sub-headers and its number after "(D)"
    # ("(A)", "A", "V", "(D)", "725"): the number's column, so its direction, is not shown
    "MSFT-20180829-1": ["derivative_transactions[0].acquired_disposed missed"],
}


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: f"{p.parent.parent.name}/{p.parent.name}")
def test_tables_match_truth(path: Path) -> None:
    form, off = table_fields_off(path)
    assert [f for f in off if f.startswith(TABLES)] == ACCEPTED_GAPS.get(path.parent.parent.name, [])
    assert form.non_derivative_transactions or form.derivative_transactions  # read, not left out


def test_headers_parted_by_blank_lines_from_words_on_both_sides_are_read_through() -> None:
    """ME's column 7 header stands between the holding's title and its nature, each a
    paragraph of its own: blank lines part them, so they are two cells, not one cut."""
    path = FIXTURES / "interleaved" / "ME-20230906-2" / "plain" / "pdftotext.txt"
    text = fixture_text(path)
    assert "Stock\n\n6. Ownership Form:" in text and "(Instr. 4)\n\nBy estate" in text
    assert len(form4lark.parse(text).non_derivative_transactions or []) == 2
    # the same words with no blank lines around the headers may be one cell cut in two
    glued = text.replace("Stock\n\n6. Ownership Form:", "Stock\n6. Ownership Form:").replace(
        "(Instr. 4)\n\nBy estate", "(Instr. 4)\nBy estate")
    form = form4lark.parse(glued)
    assert form.non_derivative_transactions is None
    assert any("cut a title or a nature in two" in d.message for d in form.diagnostics)


_AFRM_WEB = FIXTURES / "interleaved" / "AFRM-20240701-1" / "web" / "pdftotext.txt"


def _afrm_edited(old: str, new: str) -> Form4:
    """AFRM's web text read with its one ``old`` made ``new``."""
    return form4lark.parse(edited_text(_AFRM_WEB, (old, new), count=1))


def test_a_short_label_cutting_a_title_without_blank_lines_leaves_the_table_out() -> None:
    # "Deemed Execution" / "Date" on the lines between the title's: one cell cut in two
    form = _afrm_edited("Class A Common\nStock\n\n07/01/2024\n\nDeemed Execution\nDate\n",
                        "Class A Common\nDeemed Execution\nDate\nStock\n\n07/01/2024\n")
    assert form.non_derivative_transactions is None
    assert any("labels cut a title or a nature in two" in d.message for d in form.diagnostics)


def test_titles_one_after_another_before_the_labels_keep_them() -> None:
    # two titles with no value between them before the first label: a page printed column
    # by column (each row's title, then each row's date ...); read in order without the
    # labels, one column's cells would be another's: the table is left out as before
    form = _afrm_edited("Class A Common\nStock\n\n07/01/2024\n",
                        "Class A Common\nStock\n\nClass A Common\nStock\n\n07/01/2024\n")
    assert form.non_derivative_transactions is None


@pytest.mark.parametrize("label", ["V", "(A)", "(D)"])
def test_a_lone_value_letter_is_no_short_label(label: str) -> None:
    # "Price" alone between blank lines is the column's label; "V", "(A)" or "(D)" alone
    # may be a row's value: it is kept, so the row's amount (9,276 in the truth) is not
    # read, never read wrong; its price stands
    rows = _afrm_edited("\nPrice\n", f"\n{label}\n").non_derivative_transactions or []
    assert [(r.shares, r.price_per_share) for r in rows] == [(None, Decimal("29.89"))]


def test_a_numbered_pages_sub_headers_among_the_rows_are_no_short_labels() -> None:
    # XOOM's sec page numbers its columns; pdftotext prints Table II's sub-headers
    # ("Title", "Amount or Number of Shares", "Date Exercisable") among the rows: only a
    # page numbering none of its columns labels them so, and the rows' natures stand
    path = FIXTURES / "sub_headers" / "XOOM-20130221-1" / "sec" / "pdftotext.txt"
    form, off = read_none_wrong(path)
    assert len(form.derivative_transactions or []) == 18
    assert not [f for f in off if "nature_of_ownership" in f]


def test_a_second_v_among_the_headers_leaves_the_table_out() -> None:
    path = FIXTURES / "interleaved" / "AIR-20250110-1" / "sec" / "pdftotext.txt"
    text = fixture_text(path).replace("\nS\n", "\nS\n\nV\n", 1)
    form = form4lark.parse(text)
    assert form.non_derivative_transactions is None
    assert any('more than one "V"' in d.message for d in form.diagnostics)


def _row(title: str | None, indirect: bool, nature: str | None = None) -> dict[str, Cell]:
    row = {"shares_owned_following": Cell("100"),
           "direct_or_indirect": Cell("I" if indirect else "D")}
    if title is not None:
        row["security_title"] = Cell(title)
    if nature is not None:
        row["nature_of_ownership"] = Cell(nature)
    return row


def test_a_value_among_a_titles_words_leaves_the_table_out() -> None:
    with pytest.raises(SectionError, match="out of the rows' order"):
        checked_rows([_row("Common Stock $0", False)], "stream")
    with pytest.raises(SectionError, match="out of the rows' order"):
        checked_rows([_row("Common Stock Amount or Number of Shares", False)], "stream")


def test_a_titles_par_value_is_a_word_of_it_not_a_value() -> None:
    """RUM's title "Class A Common Stock, par value $0.0001 per share": the amount "per"
    follows is the title's par value; an amount with no "per" after it is still a value."""
    title = "Class A Common Stock, par value $0.0001 per share"
    rows = checked_rows([_row(title, False), _row(title, False)], "stream")
    assert [r["security_title"].text for r in rows] == [title, title]
    with pytest.raises(SectionError, match="out of the rows' order"):
        checked_rows([_row("Class A Common Stock, par value $0.0001", False)], "stream")


def test_a_year_in_a_nature_is_a_word_of_it_not_a_value() -> None:
    """EB's nature "US Venture 2010 Seed": the form prints an amount of thousands with its
    comma ("2,010"), so a bare year is a word of the name; "2,010" is still a value."""
    rows = checked_rows([_row("Class A Common Stock", True, "US Venture 2010 Seed")], "stream")
    assert rows[0]["nature_of_ownership"].text == "US Venture 2010 Seed"
    with pytest.raises(SectionError, match="out of the rows' order"):
        checked_rows([_row("Class A Common Stock", True, "US Venture 2,010 Seed")], "stream")


def test_a_row_without_title_leaves_its_neighbours_words_unknown() -> None:
    rows = checked_rows([_row("A Stock", False), _row("B Stock C Stock", True, "By Trust"),
                         _row(None, True, "By Fund"), _row("D Stock", False)], "stream")
    assert [r.get("security_title") for r in rows] == [Cell("A Stock"), None, None,
                                                       Cell("D Stock")]
    assert all("nature_of_ownership" not in r for r in rows)


def test_an_indirect_row_without_nature_leaves_the_later_natures_unknown() -> None:
    rows = checked_rows([_row("A Stock", True, "By Trust"), _row("B Stock", True),
                         _row("C Stock", True, "By Fund")], "stream")
    assert [r.get("nature_of_ownership") for r in rows] == [Cell("By Trust"), None, None]


def test_a_title_holding_another_rows_title_leaves_both_rows_titles_unknown() -> None:
    rows = checked_rows([_row("Class A Common", False), _row("Stock Class A Common Stock", False),
                         _row("Class A Common Stock", False)], "stream")
    assert [r.get("security_title") for r in rows] == [None, None, Cell("Class A Common Stock")]


MSFT = FIXTURES / "interleaved" / "MSFT-20180829-1" / "plain" / "pdftotext.txt"


def test_a_sub_header_line_inside_its_numbered_header_cuts_no_title() -> None:
    """MSFT's plain page: pdftotext prints column 5's and column 6's header lines side by
    side ("5. Number of 6. Date Exercisable and", "Derivative", "Expiration Date",
    "Securities"): "Expiration Date" is column 6's own line inside the header run, not a
    sub-header cutting a title in two, so Table II reads (to the truth:
    ``test_tables_match_truth``)."""
    text = fixture_text(MSFT)
    assert "Derivative\nExpiration Date\nSecurities\n" in text
    assert len(form4lark.parse(text).derivative_transactions or []) == 1


@pytest.mark.parametrize("old, new, message", [
    # a value between a later column's header and column 7's sub-header, two after it
    ("Amount or\nNumber\nof Shares\n\n725\n\n$0\n\n5,283\n",
     "$0\n\nAmount or\nNumber\nof Shares\n\n725\n\n5,283\n", "out of the columns' order"),
    # a mark alone after the row's last column: whose it is cannot be told
    ("5,283\n\nD\n", "5,283\n\nD\n\n(3)\n", "a footnote mark stands alone"),
], ids=["value-before-sub-header", "mark-after-last-column"])
def test_side_by_side_headers_with_values_out_of_order_leave_the_table_out(
        old: str, new: str, message: str) -> None:
    text = fixture_text(MSFT)
    assert old in text
    form = form4lark.parse(text.replace(old, new))
    assert form.derivative_transactions is None
    assert any(message in d.message for d in form.diagnostics)


def test_a_date_header_wrapped_at_its_slashes_is_taken_out_with_its_numbered_run() -> None:
    # the agent design's MSFT-20180829-1 in pdftotext's default mode prints columns 3 and
    # 3A's headers side by side, "(Month/Day/Year)" wrapped at its slashes ("Date (Month/
    # Deemed", "Day/Year)", ..., "(Month/", "Day/Year)") between the title "Restricted
    # Stock Units" and the values: those pieces are header words too, and Table II's one
    # row reads (it was left out, "its row at '(Month/'")
    path = FIXTURES / "agent" / "MSFT-20180829-1" / "agent" / "pdftotext.txt"
    form, _ = read_none_wrong(path)
    row, = form.derivative_transactions or ()
    assert (row.security_title, str(row.transaction_date), row.transaction_code, row.shares,
            row.underlying_security_title, row.shares_owned_following) == (
        "Restricted Stock Units", "2018-08-29", "A", 725, "Common Stock", 5283)
    assert row.footnotes["conversion_or_exercise_price"] == ("1",)
