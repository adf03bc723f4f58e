"""Table I rows whose values pypdf's layout text split over their title's lines, each line
on a grid of its own (the web design's page printed to PDF): each row read from its
lines' values as the form's typed column sequence, the marks of a row of several lines
left unknown (``form/split_rows.py``)."""

from __future__ import annotations

import pytest
from support import (FIXTURES, edited_text, fixture_text, off_fields, table_fields_off, truth_of,
                     wrong_fields)

from form4lark import Form4, parse

ROWS = FIXTURES / "web"
ME = ROWS / "ME-20230906-2" / "web" / "pypdf-layout.txt"
GOOG = ROWS / "GOOG-20151002-1" / "web" / "pypdf-layout.txt"


def test_a_rows_values_split_over_its_titles_lines_are_read() -> None:
    """ME-20230906-2: "Class A Common  (2)  A  $1.09  193379  D" over "Stock  09/06/2023  A
    55045 (3)" (the "(3)" the price's, the "(2)" the amount's): the values read, the marks
    left unknown, the nature a converter ran together ("planningvehicles") unknown; the
    titles of the second and third rows unknown, the body cut as well with a 3-line title
    ("Class A Common" / "Stock ..." / "Class A Common") over others."""
    form, off = table_fields_off(ME)
    assert wrong_fields(off) == []
    assert sorted(off) == sorted([
        "non_derivative_transactions[0].footnotes.shares missed",
        "non_derivative_transactions[1].footnotes.price_per_share missed",
        "non_derivative_transactions[1].footnotes.shares missed",
        "non_derivative_transactions[1].security_title missed",
        "non_derivative_holdings[0].security_title missed",
        "non_derivative_holdings[0].nature_of_ownership missed"])
    [_, second] = form.non_derivative_transactions or []
    assert (second.shares, second.acquired_disposed, str(second.price_per_share),
            second.footnotes) == (55045, "A", "1.09", {})


def test_holdings_split_over_their_titles_lines_are_read() -> None:
    """SQ-20210104-1: a transaction and three holdings, each amount owned on its title's
    second line, its "I" on the first: every value right, none wrong."""
    form, off = table_fields_off(ROWS / "SQ-20210104-1" / "web" / "pypdf-layout.txt")
    assert wrong_fields(off) == []
    assert [(h.shares_owned_following, h.direct_or_indirect)
            for h in form.non_derivative_holdings or []] == [(2742, "I"), (113, "I"), (684741, "I")]


#: ME's Table I body as pypdf laid it out: two transactions and a holding, each title
#: over two lines
ME_BODY = [
    ' Class A Common                                                                                  A              $0.00      138334                           D',
    ' Stock                       09/06/2023                                                 A              138334 [1]',
    ' Class A Common                                                                             [2]  A              $1.09   193379                           D',
    ' Stock                       09/06/2023                                                 A              55045 [3]',
    ' Class A Common',
    ' Stock                                                                                                                                                             110561                           I                                  By estate planningvehicles',
]


def _me_edited(body: list[str]) -> tuple[Form4, dict]:
    """ME's text with its Table I body's lines made ``body``, read, and ME's truth (to
    be edited as the body was)."""
    text = edited_text(ME, ("\n".join(ME_BODY) + "\n", "\n".join(body) + "\n"), once=True)
    return parse(text), truth_of(ME)


def test_a_price_in_a_titles_line_is_the_titles() -> None:
    """A title's line "Common Stock, $0.01" (one space before the price) over "par value"
    beside a J row's values, its price cell empty: no price, the title not taken (a cut
    of titles of 1 and 3 lines reads the body as well)."""
    form, truth = _me_edited([*ME_BODY[:2], *[
    ' Common Stock, $0.01                                                                        [2]                     193379                           D',
    ' par value                   09/06/2023                                                 J              55045   A',
    ], *ME_BODY[4:]])
    truth["non_derivative_transactions"][1].update(
        security_title="Common Stock, $0.01 par value", transaction_code="J",
        price_per_share=None, footnotes={"shares": ["2"]})
    assert wrong_fields(off_fields(truth, form)) == []
    second = (form.non_derivative_transactions or [])[1]
    assert (second.security_title, second.price_per_share, second.transaction_code) == (
        None, None, "J")


def test_a_titles_line_opening_with_a_letter_is_the_titles() -> None:
    """Every title "Series" over "A Preferred": the second line, at the body's left edge,
    is the title's (not a nature), though it opens with a one-letter word; the rows below
    the first, which a cut of titles of 1 and 3 lines reads too, left without a title."""
    form, truth = _me_edited([
    ' Series                                                                                          A              $0.00      138334                           D',
    ' A Preferred                 09/06/2023                                                 A              138334 [1]',
    ' Series                                                                                     [2]  A              $1.09   193379                           D',
    ' A Preferred                 09/06/2023                                                 A              55045 [3]',
    ' Series',
    ' A Preferred                                                                                                                                                       110561                           D',
    ])
    rows = truth["non_derivative_transactions"] + truth["non_derivative_holdings"]
    for row in rows:
        row["security_title"] = "Series A Preferred"
    rows[-1].update(direct_or_indirect="D", nature_of_ownership=None)
    assert wrong_fields(off_fields(truth, form)) == []
    assert [row.security_title for row in [*(form.non_derivative_transactions or []),
                                           *(form.non_derivative_holdings or [])]] == [
        "Series A Preferred", None, None]


def test_a_mark_alone_on_a_row_of_one_line_is_left_unknown() -> None:
    """A one-line row "Common Stock  09/06/2023  A  [2]  55045 ...": the "[2]" standing
    alone between the code and the amount may be either's, never the empty V column's."""
    form, truth = _me_edited([
    ' Common Stock                                                                                    A              $0.00      138334                           D',
    '                             09/06/2023                                                 A              138334 [1]',
    ' Common Stock                09/06/2023                                                 A  [2]        55045     A              $1.09   193379                           D',
    ' Common Stock                                                                                                                                                       110561                           I                                  By estate planningvehicles',
    ])
    truth["non_derivative_transactions"][1]["footnotes"] = {"shares": ["2"]}
    for row in truth["non_derivative_transactions"] + truth["non_derivative_holdings"]:
        row["security_title"] = "Common Stock"
    assert wrong_fields(off_fields(truth, form)) == []
    second = (form.non_derivative_transactions or [])[1]
    assert (second.shares, str(second.price_per_share), second.footnotes) == (55045, "1.09", {})


def test_a_body_one_value_off_its_titles_is_read_from_its_lines() -> None:
    """PLTR-20240508-1: each row's code ("S") set on its title's second line stands under
    "Amount", a holding's amount owned under "(D/I)", one value off its titles a line (too
    few to take the body as shifted): no reading under the titles stands, so the rows are
    read from their lines' values; every value read right, the natures left out (the page
    runs a title's words together, "Amount OwnedFollowing")."""
    form, off = table_fields_off(ROWS / "PLTR-20240508-1" / "web" / "pypdf-layout.txt")
    assert wrong_fields(off) == []
    assert [(t.transaction_code, t.shares) for t in form.non_derivative_transactions or []] \
        == [("S", 6285833), ("S", 1669411), ("S", 5000000)]
    assert [h.shares_owned_following for h in form.non_derivative_holdings or []] == [
        20823993, 53487]
    assert not [f for f in off if f.endswith(("].shares missed", "transaction_date missed"))]


def test_one_line_off_its_titles_is_no_shift() -> None:
    """LNKD-20130204-1: Table II's one row stands off its titles on its one line (a value
    under a column not of its kind): a value set off its place on one line is no sign of a
    body on another grid, so the table is left to the other readers (unread here), never
    read wrong; its Table I, off its titles on several lines, is read."""
    form, off = table_fields_off(ROWS / "LNKD-20130204-1" / "web" / "pypdf-layout.txt")
    assert wrong_fields(off) == []
    assert len(form.non_derivative_transactions or []) == 3


def test_a_holdings_values_set_above_its_title_close_the_table() -> None:
    """U-20220211-1: the last holding's values line "17270 (4)  D" stands above its title's
    lines "Common" and "Stock", the table's last: no row above can hold it (the holding
    above has its amount owned), so the three lines are one row, read right."""
    form, off = table_fields_off(ROWS / "U-20220211-1" / "web" / "pypdf-layout.txt")
    assert wrong_fields(off) == []
    assert len(form.non_derivative_transactions or []) == 11
    assert [(h.shares_owned_following, h.direct_or_indirect)
            for h in form.non_derivative_holdings or []] == [(1425079, "I"), (17270, "D")]


def test_rows_whose_titles_second_lines_hold_no_values_are_read() -> None:
    """GOOG-20151002-1: each row "Class A Common  10/02/2015  S  532  D  $634.4608  16138
    D" over "Stock (1)" (the price's mark beside it): every title wraps over two lines, so
    each row opens on a values line and its title's second line closes it; the rows read
    right, the marks on a row's second line left unknown. A cut of titles of 1, 2 and 3
    lines reads the values the same, but its titles ("Stock (1)" over "Class A Common")
    hold a mark before words, which no cell prints: it does not dispute the titles,
    read as the truth's (before: unknown)."""
    form, off = table_fields_off(GOOG)
    assert wrong_fields(off) == []
    rows = form.non_derivative_transactions or []
    assert len(rows) == 18
    assert (rows[1].security_title, rows[1].shares, str(rows[1].price_per_share),
            rows[1].shares_owned_following) == ("Class A Common Stock", 532, "634.4608", 16138)
    assert {row.security_title for row in rows} == {"Class A Common Stock"}


def test_a_title_whose_mark_was_raised_onto_its_first_line_stays_unknown() -> None:
    """GOOG-20151002-1 edited: each title's mark raised onto its first line ("Class A
    Common [1]" over "Stock"): the one cut's titles now hold the mark before words and
    the other cut's ("Stock" over "Class A Common [1]") do not, so that cut still
    disputes them: the titles stay unknown, never "Stock Class A Common"."""
    text = edited_text(GOOG, (" Class A Common               1", " Class A Common [1]           1"),
                       (" Stock [1]", " Stock    "))
    form = parse(text)
    rows = form.non_derivative_transactions or []
    assert len(rows) == 18
    assert {row.security_title for row in rows} == {None}
    assert [row.shares for row in rows[:2]] == [16670, 532]


def test_a_body_whose_columns_line_up_but_do_not_read_centred_is_read_split() -> None:
    """YELP-20130318-1: the body's values line up in columns, but each row's code and date
    stand on its title's second line ("Stock  03/18/2013  C"), so no row reads centred on
    one values line: the rows are read from their lines' values, every value right."""
    form, off = table_fields_off(ROWS / "YELP-20130318-1" / "web" / "pypdf-layout.txt")
    assert wrong_fields(off) == []
    assert [(t.transaction_code, t.shares) for t in form.non_derivative_transactions or []] \
        == [("C", 633), ("S", 633), ("C", 1265), ("S", 1265), ("C", 8500), ("S", 8500),
            ("C", 12000), ("S", 12000)]


def test_a_header_whose_two_titles_run_together_is_read() -> None:
    """AFRM-20240701-1: pypdf squeezed the header's line, "Amount OwnedFollowing(D/I)":
    the bracket opens the next title ("Ownership Form (D/I)"), so the header reads and the
    row under it is read from its lines' values, every value right."""
    form, off = table_fields_off(ROWS / "AFRM-20240701-1" / "web" / "pypdf-layout.txt")
    assert wrong_fields(off) == []
    [row] = form.non_derivative_transactions or []
    assert (row.transaction_code, row.shares, str(row.price_per_share),
            row.shares_owned_following) == ("S", 9276, "29.89", 73623)


GOOG = ROWS / "GOOG-20151002-1" / "web" / "pypdf-layout.txt"
#: the values of GOOG's second and third rows, as pypdf laid them out after a title's words
SALES = {
    "532": "10/02/2015                                               S               532"
           "           D             $634.4608       16138                           D",
    "1664": "10/02/2015                                               S               1664"
            "         D             $635.5491        14474                           D"}


def _goog_body(body: list[str]) -> Form4:
    """GOOG's text with its Table I body made ``body`` ("{532}" and "{1664}" standing
    for those sales' values), read."""
    text = fixture_text(GOOG)
    start = text.index(" Class A Common", text.index("Table I"))
    end = text.index("\n\nDerivative Securities (Table II)")
    lines = [line.replace("{532}", SALES["532"]).replace("{1664}", SALES["1664"])
             for line in body]
    return parse(text[:start] + "\n".join(lines) + text[end:])


@pytest.mark.parametrize("body", [
    [" Series A", " Preferred                    {532}", " Stock",
     " Common Stock                 {1664}"],
    [" Class B Common               {532}", " Stock, par", " value $0.01",
     " Common Stock                 {1664}"],
    [" Series B", " Convertible                  {532}", " Preferred Stock",
     " Common Stock                 {1664}"],
])
def test_titles_of_unlike_heights_leave_the_titles_unknown(body: list[str]) -> None:
    """A 3-line title with its values on its middle line, over a 1-line row: the
    body cuts as well into titles of even height ("Stock Common Stock"), so the titles are
    left unknown, never read wrong; the values, read the same by every cut, are read."""
    rows = _goog_body(body).non_derivative_transactions or []
    assert [(r.security_title, r.shares, str(r.price_per_share), r.shares_owned_following)
            for r in rows] == [(None, 532, "634.4608", 16138), (None, 1664, "635.5491", 14474)]
