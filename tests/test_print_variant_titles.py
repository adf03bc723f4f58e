"""A page printed with wider margins (1 in, letter landscape: benchmarks/print_variants.py's
"m1") narrows Table II's columns so far that pdftotext -layout sets a row's next value one
space after its title's middle line ("Class B" / "Common $0" / "Stock", "Class A" /
"Common 8,635 $0" / "Stock"): the title read as one cell with the value in it is left
unknown, never given the value's words."""

from __future__ import annotations

import re

from support import FIXTURES, fixture_text, off_fields, parse_fixture, truth_of, wrong_fields

from form4lark import parse

GOOG_M1 = FIXTURES / "print_variants" / "GOOG-20220413-1-m1-sec" / "pdftotext-layout.txt"


def test_titles_holding_a_rows_value_are_unknown_none_wrong() -> None:
    """GOOG-20220413-1 (sec design, 1 in margins): its two Class B option holdings print
    the conversion price "$0" and underlying shares "8,635" run into the titles' middle
    lines; both titles are unknown, none wrong, and the rows' other cells still read."""
    form = parse_fixture(GOOG_M1)
    assert wrong_fields(off_fields(truth_of(GOOG_M1), form)) == []
    for holding in form.derivative_holdings:
        assert holding.security_title is None
        assert holding.underlying_security_title is None
        assert holding.shares_owned_following == 8635
        assert holding.nature_of_ownership == "SMB Pacific 2021 Charitable Remainder Unitrust I"


def test_a_title_holding_a_value_its_own_cell_lost_is_unknown() -> None:
    """The same page with each holding's owned-following changed to "9,100": the
    underlying title "Class A" / "Common 8,635" / "Stock" holds a value printed nowhere
    else in its row (its own cell, underlying shares, is empty: the value ran into the
    title). A grouped amount is no title's word: both titles unknown, none wrong."""
    form = parse(fixture_text(GOOG_M1).replace(
        "Common 8,635                    8,635          I",
        "Common 8,635                    9,100          I").encode())
    wrong = wrong_fields(off_fields(truth_of(GOOG_M1), form))
    assert wrong == [f"derivative_holdings[{i}].shares_owned_following wrong" for i in (0, 1)]
    for holding in form.derivative_holdings:
        assert holding.underlying_security_title is None
        assert holding.shares_owned_following == 9100


NTRA_LEGAL = FIXTURES / "print_variants" / "NTRA-20201120-1-legal-plain" / "pdftotext-layout.txt"


def test_a_title_printing_a_line_twice_is_no_reading_of_the_rows() -> None:
    """NTRA-20201120-1 (plain design, legal landscape): Table II's 26 rows each print
    "Stock" / "Option" / "(right to" / "buy)" from their values line down, and a page
    break moves one row's underlying title a line down, so no reading sets every row at
    its top. Read centred, every other row's title was "(right to buy) Stock Option
    (right to buy)" and the rows between "Stock Option" (26 wrong titles); a title
    printing a line twice is no one title, so the page-cut reading is taken: every title
    whole, none wrong."""
    form = parse_fixture(NTRA_LEGAL)
    assert wrong_fields(off_fields(truth_of(NTRA_LEGAL), form)) == []
    titles = [row.security_title for row in form.derivative_transactions]
    assert titles == ["Stock Option (right to buy)"] * 26


PLTR_A4 = FIXTURES / "print_variants" / "PLTR-20210217-1-a4p-sec" / "pdftotext-layout.txt"


def test_a_nature_cut_at_the_pages_edge_is_unknown() -> None:
    """PLTR-20210217-1 (sec design, A4 portrait): Table I is wider than the paper, and
    pdftotext keeps no letter past the page's edge: each row's nature prints "See" /
    "Footnote(3", its mark cut open. What the line lost is unknown: the nature is left
    unknown (it read "See Footnote(3", a wrong value, on 24 rows); the rows' other
    cells still read."""
    form = parse_fixture(PLTR_A4)
    assert wrong_fields(off_fields(truth_of(PLTR_A4), form)) == []
    row = form.non_derivative_transactions[0]
    assert row.nature_of_ownership is None
    assert (row.shares, row.direct_or_indirect) == (6944440, "I")


def test_box_6s_mark_beside_its_labels_wrapped_last_word() -> None:
    """The same page: box 6's narrow column prints "Form filed by One Reporting", two
    other boxes' lines, then "X Person" right above "Form filed by More than One":
    the mark is beside the first label's last word, so one person filed (it was read
    as the second label's, the line below the mark: a wrong answer)."""
    assert parse_fixture(PLTR_A4).filed_by_more_than_one_person is False


def test_a_mark_cut_open_before_its_number() -> None:
    """The same page with the nature's mark cut before its number ("See" / "Footnote(",
    "Footnote ("): each is a mark cut open at the page's edge, so the nature is unknown,
    never "See Footnote(" nor "See Footnote"."""
    text = fixture_text(PLTR_A4)
    for cut in ("Footnote(", "Footnote ("):
        form = parse(re.sub(r"Footnote\(([0-9]{1,2})$", cut, text, flags=re.M).encode())
        assert wrong_fields(off_fields(truth_of(PLTR_A4), form)) == []
        assert form.non_derivative_transactions[0].nature_of_ownership is None


PLTR_A4_20 = FIXTURES / "print_variants" / "PLTR-20210217-1-a4m20-sec" / "pdftotext-layout.txt"


def test_natures_under_a_header_the_pages_edge_cut_are_unknown() -> None:
    """The same filing on A4 with 20 mm margins: the page's edge cuts Table I's header
    ("Ownership 7. Nature o") and each nature ("See" / "Footnot", no mark left to show
    the cut). A column under a cut label lost words: its natures are unknown (they read
    "See Footnot", 19 wrong values), the rows' other cells still read."""
    form = parse_fixture(PLTR_A4_20)
    assert wrong_fields(off_fields(truth_of(PLTR_A4_20), form)) == []
    row = form.non_derivative_transactions[0]
    assert row.nature_of_ownership is None
    assert (row.shares, row.direct_or_indirect) == (6944440, "I")
    assert any("right edge cut" in d.message for d in form.diagnostics)
