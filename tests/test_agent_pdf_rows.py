"""The agent design's PDF read directly, as its page grid prints it (cut down): titles of
three lines ("Class A" / "Common" / "Stock") set at the top of rows that follow one
another with no blank line between them.

EB-20220413-1: Table I's header wraps "(Month/Day/Year)" in two narrow cells, its last
line ("Year)  (D)  and 4)") below the sub-headers' line holding header words only: the
header's, not a row (``row_grid._header_end``). LNKD-20130401-1: a page break (the form
feed) cuts a row, its values on the first page and its whole title at the next page's
top (GOOG-20220413-1's cut row prints its price there too): that row's
(``row_bands._breaks``), each row's title then read.
"""

from __future__ import annotations

import pytest
from support import FIXTURES, fixture_text

from form4lark import parse

FOLDER = FIXTURES / "agent_pdf"


def test_a_headers_last_line_of_wrapped_dates_is_no_row() -> None:
    form = parse(fixture_text(FOLDER / "EB-20220413-1-agent.txt"))
    rows = [*(form.non_derivative_transactions or ()), *(form.non_derivative_holdings or ())]
    assert [row.security_title for row in rows] == ["Class A Common Stock"] * 5
    assert [str(row.shares) for row in form.non_derivative_transactions or ()] == ["993"] * 3


def _price_on_next_page(text: str) -> str:
    """The text with the cut row's price moved onto the next page's first line, in its
    column."""
    lines = text.split("\n")
    i = next(n for n, line in enumerate(lines) if "6,749" in line)
    price = "$176.8934(6)"
    at = lines[i].index(price)
    lines[i] = lines[i][:at] + " " * len(price) + lines[i][at + len(price):]
    lines[i + 1] = lines[i + 1].ljust(at) + price
    return "\n".join(lines)


@pytest.mark.parametrize("price_apart", [False, True])
def test_a_row_a_page_break_cuts_keeps_its_title_from_the_next_page(price_apart: bool) -> None:
    text = fixture_text(FOLDER / "LNKD-20130401-1-agent.txt")
    text = _price_on_next_page(text) if price_apart else text
    form = parse(text)
    rows = form.non_derivative_transactions or ()
    assert [row.security_title for row in rows] == ["Class A Common Stock"] * 9
    assert [str(row.shares) for row in rows][4:7] == ["9590", "6749", "4850"]
    assert str(rows[5].price_per_share) == "176.8934"
    # without the page break the row's title, apart from its values, places no title
    unpaged = parse(text.replace("\f", ""))
    assert [row.security_title for row in unpaged.non_derivative_transactions or ()] == [None] * 9
