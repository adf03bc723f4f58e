"""Pages printed another way (benchmarks/print_variants.py), their PDFs read directly.

PLTR-20210217-1, plain design, every element at 9 pt: a Table II row's underlying title
("Class A" / "Common Stock") prints below the row's line, and the page grid reads that
line's underlying amount and the price's "$" into the title's column ("13,160,866 $ Class
A Common Stock"), the price's "0.00" into the amount's (read as 0 underlying shares,
wrong). FB-20190822-1, agent design at 11 pt: box 1's label and box 2's run into one
piece ("1. Name and Address of Reporting Person* 2. Issuer Name and Ticker or Trading"),
box 2's "Symbol" wrapped beside the owner's name, and the name read as the label's words
around it. FB-20190822-1, sec design at 11 pt: a page break cuts Table I's second row,
its date, amount and amount owned the page's last line, its title, code, price and
nature the next page's first row under the header printed again (two rows, each half
empty, which a score pairs with the wrong rows).
"""

from __future__ import annotations

from decimal import Decimal

from support import FIXTURES, off_fields, parse_fixture, truth_of

from form4lark.form.row_grid import _halves_joined
from form4lark.sections import Cell
from form4lark.shifted_cells import underlying_put_back

FOLDER = FIXTURES / "print_variants"
PLTR_F9 = FOLDER / "PLTR-20210217-1-f9-plain" / "page.pdf"
FB_F11 = FOLDER / "FB-20190822-1-f11-agent" / "page.pdf"
FB_F11_SEC = FOLDER / "FB-20190822-1-f11-sec" / "page.pdf"


def test_underlying_values_read_a_column_left_go_back() -> None:
    """Every underlying title, amount and price in its column, no field wrong."""
    form = parse_fixture(PLTR_F9)
    assert [f for f in off_fields(truth_of(PLTR_F9), form) if f.endswith("wrong")] == []
    row = form.derivative_transactions[7]
    assert (row.underlying_security_title, row.underlying_shares, row.price_per_share) == (
        "Class A Common Stock", 13160866, 0)


def test_only_the_whole_shape_is_put_back() -> None:
    """A title holding more than the amount and "$", or a price cell already read, is
    left as read (``build._amount_run_into`` then leaves the cells unknown)."""
    row = {"underlying_security_title": Cell("11,169 $ Common Stock"),
           "underlying_shares": Cell("0")}
    assert underlying_put_back(row)["underlying_shares"].text == "11,169"
    assert underlying_put_back(row)["price_per_share"].text == "$0"
    for title in ("Common Stock 16,515 $ Class A Common Stock", "11,169 Common Stock"):
        kept = {**row, "underlying_security_title": Cell(title)}
        assert underlying_put_back(kept) == kept
    priced = {**row, "price_per_share": Cell("$ 0")}
    assert underlying_put_back(priced) == priced


def test_a_name_holding_another_boxs_cut_label_is_unknown() -> None:
    """The owner's name is unknown, not the label's words around it; the rest holds."""
    form = parse_fixture(FB_F11)
    assert [f for f in off_fields(truth_of(FB_F11), form) if f.endswith("wrong")] == []
    assert form.reporting_owners[0].name is None


def test_a_row_a_page_break_cut_in_two_is_one_row() -> None:
    """Twelve rows, the cut one whole; no field wrong."""
    form = parse_fixture(FB_F11_SEC)
    assert [f for f in off_fields(truth_of(FB_F11_SEC), form) if f.endswith("wrong")] == []
    rows = form.non_derivative_transactions
    assert len(rows) == 12
    assert (rows[1].transaction_code, rows[1].shares, rows[1].price_per_share,
            rows[1].shares_owned_following) == ("S", 1968, Decimal("180.7115"), 14872)


def test_two_rows_holding_one_cell_each_stay_two() -> None:
    """Halves are joined only where no cell is in both and together they are one row."""
    before = {"transaction_date": Cell("08/22/2019"), "shares": Cell("1,968"),
              "shares_owned_following": Cell("14,872")}
    after = {"security_title": Cell("Class A Common Stock"), "transaction_code": Cell("S")}
    assert _halves_joined(before, after) == {**before, **after}
    assert _halves_joined(before, {**after, "shares": Cell("7")}) is None
    assert _halves_joined(before, {"security_title": Cell("Class A Common Stock")}) is None
