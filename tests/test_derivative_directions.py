"""Table II's (A)/(D) a text lost, settled only where its chain's arithmetic leaves one answer
(form/derivative_directions.py)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from form4lark.form.derivative_directions import chained_direction, settle_directions
from form4lark.model import DerivativeTransaction, Form4
from support import FIXTURES, parse_fixture, truth_of
from test_ocr_grid_rows import _form  # a record of Table II's transactions alone


def _row(shares: str, following: str, *, way: str | None = None, how: str | None = "D",
         title: str | None = "Stock Option (right to buy)", price: str = "10.5",
         nature: str | None = None) -> DerivativeTransaction:
    return DerivativeTransaction(
        security_title=title, conversion_or_exercise_price=Decimal(price),
        transaction_date=dt.date(2021, 3, 1), deemed_execution_date=None, transaction_code="M",
        equity_swap_involved=False, shares=Decimal(shares), acquired_disposed=way,
        exercise_date=None, expiration_date=dt.date(2028, 3, 1),
        underlying_security_title="Common Stock", underlying_shares=Decimal(shares),
        price_per_share=Decimal(0), shares_owned_following=Decimal(following),
        direct_or_indirect=how, nature_of_ownership=nature)


def _ways(form: Form4) -> list[str | None]:
    return [r.acquired_disposed for r in form.derivative_transactions]


def test_the_row_before_in_its_chain_settles_the_direction() -> None:
    # 20,000 owned, then 5,000 exercised to own 15,000 (D), then 2,500 more to own 17,500 (A)
    form = _form(_row("20000", "20000"), _row("5000", "15000"), _row("2500", "17500"))
    assert _ways(settle_directions(form)) == [None, "D", "A"]


def test_the_first_row_of_a_chain_stays_unknown() -> None:
    # its holding before it is not in the table: 1,000 acquired or 3,000 disposed of alike
    form = _form(_row("1000", "2000"))
    assert _ways(settle_directions(form)) == [None]


def test_an_amount_owned_equal_to_the_amount_stays_unknown() -> None:
    # 1,409,698 - 704,849 = 704,849 (D, a conversion of half), but a new grant of
    # 704,849 acquired from nothing ends there too
    form = _form(_row("704849", "1409698"), _row("704849", "704849"))
    assert _ways(settle_directions(form)) == [None, None]


def test_other_holdings_and_unread_holdings_do_not_chain() -> None:
    # another price is another grant; an unknown ownership form or an indirect holding
    # without its nature may be any holding
    assert _ways(settle_directions(_form(_row("1000", "1000"), _row("500", "500", price="12"),
                                         _row("500", "1000", price="12")))) == [None, None, "A"]
    assert _ways(settle_directions(_form(_row("1000", "1000", how=None),
                                         _row("500", "500", how=None)))) == [None, None]
    assert _ways(settle_directions(_form(_row("1000", "1000", how="I"),
                                         _row("400", "600", how="I")))) == [None, None]
    assert _ways(settle_directions(_form(_row("1000", "1000", how="I", nature="By Trust"),
                                         _row("400", "600", how="I", nature="By Trust")))) \
        == [None, "D"]


def test_a_direction_read_is_kept_and_zero_settles_nothing() -> None:
    form = _form(_row("1000", "1000"), _row("500", "1500", way="D"))
    assert _ways(settle_directions(form)) == [None, "D"]
    assert chained_direction(_row("0", "1000"), Decimal(1000)) is None
    assert chained_direction(_row("100", "1000"), None) is None
    assert chained_direction(_row("100", "900"), Decimal(1000)) == "D"


def test_pdfplumbers_text_of_three_conversions_in_one_chain() -> None:
    # pdfplumber's text prints "C 2,800 (3)(4) (5) Common 2,800 $0 77,865 D": which of
    # (A) and (D) held 2,800 is lost. The second and third rows follow from the row
    # before them (77,865 - 12,870 = 64,995; 64,995 - 9,330 = 55,665): (D), as the
    # filing's XML has them; the first row's holding before it is not in the table.
    path = FIXTURES / "derivative_directions" / "YELP-20121123-1" / "sec" / "pdfplumber.txt"
    form = parse_fixture(path)
    truth = [(Decimal(r["shares"]), r["acquired_disposed"])
             for r in truth_of(path)["derivative_transactions"]]
    assert [(r.shares, r.acquired_disposed) for r in form.derivative_transactions] \
        == [(truth[0][0], None)] + truth[1:]
    assert truth[1:] == [(Decimal(12870), "D"), (Decimal(9330), "D")]


def test_a_row_between_that_may_be_of_the_chain_breaks_it() -> None:
    # the row between owns an unknown amount, or its title was lost: 1,000 then 1,500
    # need not be the chain's two rows in a row (1,000 + 500 = 1,500 proves nothing)
    lost_owned = dataclasses.replace(_row("1000", "2000"), shares_owned_following=None)
    assert _ways(settle_directions(_form(_row("1000", "1000"), lost_owned,
                                         _row("500", "1500")))) == [None, None, None]
    assert _ways(settle_directions(_form(_row("1000", "1000"), _row("1000", "2000", title=None),
                                         _row("500", "1500")))) == [None, None, None]
    # a row of another title, read whole, is another holding's
    assert _ways(settle_directions(_form(_row("1000", "1000"), _row("1000", "2000", title="Units"),
                                         _row("500", "1500")))) == [None, None, "A"]
