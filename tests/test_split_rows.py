"""Table I rows whose values pypdf's layout text split over their title's lines, each line
on a grid of its own (the web design's page printed to PDF): each row read from its
lines' values as the form's typed column sequence, the marks of a row of several lines
left unknown (``form/split_rows.py``)."""

from __future__ import annotations

from support import FIXTURES, table_fields_off, wrong_fields

ROWS = FIXTURES / "web"


def test_a_rows_values_split_over_its_titles_lines_are_read() -> None:
    """ME-20230906-2: "Class A Common  (2)  A  $1.09  193379  D" over "Stock  09/06/2023  A
    55045 (3)" (the "(3)" the price's, the "(2)" the amount's): the values read, the marks
    left unknown, the nature a converter ran together ("planningvehicles") unknown."""
    form, off = table_fields_off(ROWS / "ME-20230906-2" / "web" / "pypdf-layout.txt")
    assert wrong_fields(off) == []
    assert sorted(off) == sorted([
        "non_derivative_transactions[0].footnotes.shares missed",
        "non_derivative_transactions[1].footnotes.price_per_share missed",
        "non_derivative_transactions[1].footnotes.shares missed",
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
