"""A Table I row printed in reading order with its shares and price after its last cell
("Common Stock 12/21/2021 S [1] D 1917015 D", then "25788", "[2]", "$898.861", "[13]":
the web design's page through pdftotext -raw, its two-line cells set below the row's
one-line cells): the shares and the price go back into their columns where the table's
arithmetic holds (``form/shares_last.py``)."""

from __future__ import annotations

from decimal import Decimal

from form4lark import parse
from form4lark.form.shares_last import shares_last_put_back

from support import FIXTURES, edited_text, fixture_text, line_atoms, read_none_wrong

TEXT = FIXTURES / "web_stream_shares_last" \
    / "TSLA-20211221-1.pdftotext-raw.txt"


def test_shares_and_price_after_the_row_go_back_to_their_columns() -> None:
    rows = parse(fixture_text(TEXT)).non_derivative_transactions
    assert [(r.shares, r.price_per_share, r.shares_owned_following) for r in rows] == [
        (Decimal(20375), Decimal("898.026"), Decimal(1942803)),
        (Decimal(25788), Decimal("898.861"), Decimal(1917015)),
        (Decimal(12728), Decimal("899.925"), Decimal(1904287))]
    moved = rows[1]
    assert (moved.acquired_disposed, moved.direct_or_indirect) == ("D", "D")
    assert moved.footnotes == {"transaction_code": ("1",), "shares": ("2",),
                               "price_per_share": ("13",)}


def test_a_row_the_arithmetic_does_not_follow_is_left() -> None:
    """The row before holds 1,942,803 after it; with 1,917,016 owned after 25,788 sold,
    the amount is no certain shares of the row: its words stay as printed, and the table,
    its rows no longer reading as the form's columns at that row, is left out."""
    text = fixture_text(TEXT).replace("D 1917015 D", "D 1917016 D")
    form = parse(text)
    assert all(r.shares != Decimal(25788) for r in form.non_derivative_transactions or [])
    assert any(d.message.startswith("Table I could not be read")
               and "its row at '$898.861(13)'" in d.message for d in form.diagnostics)


def _texts(*lines: str) -> list[str]:
    return [a.text for a in shares_last_put_back(line_atoms(*lines))]


def test_only_one_amount_and_one_price_after_the_row_are_moved() -> None:
    before = ("Common Stock 12/21/2021 S (1) D $898.026 1942803 D",)
    assert _texts(*before, "Common Stock 12/21/2021 S (1) D 1917015 D", "25788", "(2)",
                  "$898.861", "(13)") == [
        *before[0].split(), "Common", "Stock", "12/21/2021", "S", "(1)", "25788(2)", "D",
        "$898.861(13)", "1917015", "D"]
    # a word among the lines after, or a second amount: left as printed
    for after in (("25788", "By", "Trust"), ("25788", "100", "$898.861")):
        lines = (*before, "Common Stock 12/21/2021 S (1) D 1917015 D", *after)
        assert _texts(*lines) == " ".join(lines).split()
    # a price on the values line and another after it: left as printed
    lines = (*before, "Common Stock 12/21/2021 S (1) D $1.00 1917015 D", "25788", "$898.861")
    assert _texts(*lines) == " ".join(lines).split()


def test_marks_under_a_line_of_two_values_are_no_one_s() -> None:
    """"25788 $898.861" over "[2] [13]" (a text of the page's visual lines): each mark
    may be either value's, so the row is left as printed."""
    lines = ("Common Stock 12/21/2021 S (1) D $898.026 1942803 D",
             "Common Stock 12/21/2021 S (1) D 1917015 D", "25788 $898.861", "(2) (13)")
    assert _texts(*lines) == " ".join(lines).split()
    moved = _texts(*lines[:3])  # with no marks under them, the two values are put back
    assert moved[-6:] == ["(1)", "25788", "D", "$898.861", "1917015", "D"]


def test_marks_on_a_second_line_under_a_value_are_not_its_own() -> None:
    """"25788" over "[2]" over "[13]": the second line's mark may be the price's (printed
    on the values line, "$898.861"), so the row is left as printed, not read with the
    shares' notes (2) and (13)."""
    lines = ("Common Stock 12/21/2021 S (1) D $898.026 1942803 D",
             "Common Stock 12/21/2021 S (1) D $898.861 1917015 D", "25788", "(2)", "(13)")
    assert _texts(*lines) == " ".join(lines).split()
    moved = _texts(*lines[:4])  # its one line of marks right under it: the shares'
    assert moved[-6:] == ["(1)", "25788(2)", "D", "$898.861", "1917015", "D"]


def test_one_row_read_with_its_marks_joined_is_kept_only_where_the_next_follows() -> None:
    """With the first row gone, the body stops at its first row's mark printed apart and
    reads again with its marks joined as one row (25,788 sold, 1,917,016 after): one row
    chains to nothing, and the next row read alone (12,728 sold, 1,904,287 after) holds
    1,917,015 before it, so that row is not the text's and the table is left out."""
    first = "Common Stock 12/21/2021 S [1]\n20375\n[2]\nD\n$898.026\n[12]\n1942803 D\n"
    rows = parse(edited_text(TEXT, (first, ""), once=True)).non_derivative_transactions
    assert [(r.shares, r.shares_owned_following) for r in rows] == [
        (Decimal(25788), Decimal(1917015)), (Decimal(12728), Decimal(1904287))]
    form = parse(edited_text(TEXT, (first, ""), ("D 1917015 D", "D 1917016 D"), once=True))
    assert not form.non_derivative_transactions
    assert any(d.message.startswith("Table I could not be read") for d in form.diagnostics)


def test_one_row_read_joined_is_kept_where_the_next_is_of_another_security() -> None:
    """mutool's text of the web design: Table II's one row (Series A Convertible
    Preferred Stock, 0 owned after) read with its marks joined; the next row read alone is
    of Class B Common Stock, another holding, which the arithmetic does not tie to it."""
    form, _ = read_none_wrong(FIXTURES / "web" / "LNKD-20110524-1" / "web" / "mutool.txt")
    assert [(r.shares, r.shares_owned_following) for r in form.derivative_transactions] == [
        (Decimal(2028942), Decimal(0))]
