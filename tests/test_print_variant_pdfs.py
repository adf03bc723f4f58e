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

import pytest
from support import FIXTURES, off_fields, parse_fixture, truth_of, wrong_fields

import form4lark
from form4lark.build import build
from form4lark.sections import Cell, Sections
from form4lark.shifted_cells import underlying_put_back

FOLDER = FIXTURES / "print_variants"
SEED = FIXTURES / "seeds" / "000_d7657e5d40b2743c.txt"
PLTR_F9 = FOLDER / "PLTR-20210217-1-f9-plain" / "page.pdf"
FB_F11 = FOLDER / "FB-20190822-1-f11-agent" / "page.pdf"
FB_F11_SEC = FOLDER / "FB-20190822-1-f11-sec" / "page.pdf"


def test_underlying_values_read_a_column_left_go_back() -> None:
    """Every underlying title, amount and price in its column, no field wrong."""
    form = parse_fixture(PLTR_F9)
    assert wrong_fields(off_fields(truth_of(PLTR_F9), form)) == []
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
    assert wrong_fields(off_fields(truth_of(FB_F11), form)) == []
    assert form.reporting_owners[0].name is None


def test_a_row_a_page_break_cut_in_two_is_one_row() -> None:
    """Twelve rows, the cut one whole; no field wrong."""
    form = parse_fixture(FB_F11_SEC)
    assert wrong_fields(off_fields(truth_of(FB_F11_SEC), form)) == []
    rows = form.non_derivative_transactions
    assert len(rows) == 12
    assert (rows[1].transaction_code, rows[1].shares, rows[1].price_per_share,
            rows[1].shares_owned_following) == ("S", 1968, Decimal("180.7115"), 14872)


#: a Table II row (PLTR's f9 print's shape) whose underlying cells are replaced per case
_ROW = {"security_title": Cell("Restricted Stock Units"), "transaction_date": Cell("02/12/2021"),
        "transaction_code": Cell("M"), "shares_disposed": Cell("5,000"),
        "exercise_date": Cell("(3)"), "expiration_date": Cell("(3)"),
        "shares_owned_following": Cell("0"), "direct_or_indirect": Cell("D")}


def _underlying(title: str, amount: str, price: str | None = None) -> tuple:
    row = {**_ROW, "underlying_security_title": Cell(title), "underlying_shares": Cell(amount)}
    if price is not None:
        row["price_per_share"] = Cell(price)
    got = build(Sections("cells", table_ii=[row])).derivative_transactions[0]
    return got.underlying_security_title, got.underlying_shares, got.price_per_share


@pytest.mark.parametrize(("title", "amount", "price"), [
    ("10000 $ Common Stock", "0", (Decimal("10000"), Decimal("0"))),
    ("10,000.5 $ Common Stock", "0", (Decimal("10000.5"), Decimal("0"))),
], ids=["ungrouped", "fractional"])
def test_any_amount_before_the_dollar_is_put_back(title: str, amount: str, price: tuple) -> None:
    """The title's amount, not one of the row's, and the lone "$": the shape is the
    evidence, whatever the row's other amounts."""
    assert _underlying(title, amount) == ("Common Stock", *price)


def test_an_amount_before_the_dollar_leaves_the_cells_unknown() -> None:
    """Where the amount's cell is no bare number ("0 (2)"), nothing is put back and the
    title, the amount and the price are unknown, not "10,000 $ Common Stock" and 0."""
    assert _underlying("10,000 $ Common Stock", "0 (2)") == (None, None, None)
    assert _underlying("10000 $ Common Stock", "0 (2)") == (None, None, None)


def test_the_price_is_read_only_where_the_title_took_none_of_it() -> None:
    """The amount's cell empty: the price's cell is its own where the title took none of
    the price or its "$" alone; where it took the price's number too, the price's cell
    holds another column's value (22,338 is no price)."""
    assert _underlying("5,000 $ 0 Common Stock", "", "22,338") == (None, None, None)
    assert _underlying("5,000 $0 Common Stock", "", "22,338") == (None, None, None)
    assert _underlying("11,169 $ Common Stock", "", "0") == (None, None, Decimal("0"))
    assert _underlying("Common 5,000 Stock", "", "$0") == (None, None, Decimal("0"))


@pytest.mark.parametrize("cut", ["Symbol", "Trading Symbol", "or Trading Symbol", "2. Issuer",
                                 "2. Issuer Name"])
def test_a_name_opening_with_box_2s_cut_label_is_unknown(cut: str) -> None:
    """Box 2's label cut anywhere, its start or its wrapped end, before the owner's name:
    the name is unknown, not the label's words with it."""
    text = SEED.read_text()
    edited = text.replace("Person* Federico", f"Person* {cut} Federico")
    assert edited != text
    assert form4lark.parse(text).reporting_owners[0].name == "Federico Richard D"
    assert form4lark.parse(edited).reporting_owners[0].name is None
