"""A stream's Table I line that opens and stops open as a title does, right above the
next row's values line (``row_sequence._open_line_above``): the title's first line only
where the values line holds the title's last word alone ("Class A Common" over "Stock
..."); over a whole title ("Series A" over "Common Stock ...") it may end the indirect row
before's nature ("By Acme Holdings LLC - Series A"), so neither cell is read."""

from __future__ import annotations

from decimal import Decimal

from form4lark import parse

from support import FIXTURES, fixture_text

TEXT = FIXTURES / "stream_open_title" / "nature-series.txt"
_LINES = "By Acme Holdings LLC -\nSeries A\nCommon Stock 12/21/2021 S [1] 25788"


def _rows(text: str) -> list[tuple]:
    return [(r.security_title, r.shares, r.nature_of_ownership)
            for r in parse(text).non_derivative_transactions or []]


def test_a_line_over_a_whole_title_is_neither_the_nature_nor_the_title() -> None:
    text = fixture_text(TEXT)
    assert _LINES in text
    assert _rows(text) == [("Common Stock", Decimal(20375), None),
                           (None, Decimal(25788), "By Trust")]


def test_a_line_over_a_title_cut_inside_common_stock_is_the_title() -> None:
    text = fixture_text(TEXT).replace(
        _LINES, "By Acme Holdings LLC -\nClass A Common\nStock 12/21/2021 S [1] 25788")
    assert _rows(text) == [("Common Stock", Decimal(20375), "By Acme Holdings LLC -"),
                           ("Class A Common Stock", Decimal(25788), "By Trust")]
