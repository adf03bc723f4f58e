"""A transaction's one amount on a line that lost its code, amount and price is left
unknown (inputs/ocr_lone_amounts.py)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from form4lark.api import _ocr_checked
from form4lark.inputs.ocr_lone_amounts import lone_amounts_to_none
from form4lark.model import NonDerivativeTransaction
from test_ocr_amounts import _form


def _row(code: str | None, shares: str | None, price: str | None,
         following: str) -> NonDerivativeTransaction:
    return NonDerivativeTransaction(
        security_title="Class A Common Stock", transaction_date=dt.date(2022, 12, 13),
        deemed_execution_date=None, transaction_code=code, equity_swap_involved=False,
        shares=None if shares is None else Decimal(shares),
        price_per_share=None if price is None else Decimal(price), acquired_disposed=None,
        shares_owned_following=Decimal(following), direct_or_indirect="D",
        nature_of_ownership=None)


def test_the_one_amount_of_a_line_that_lost_its_placing_cells_is_left_unknown() -> None:
    # SNOW-20221213-1 drawn by pypdfium2: "52) 5,496] D | $153.872(6)", its code and
    # mark read as an amount OCR doubted; 5,496 (the amount sold) read as owned following
    form = _form(_row("S", "41986", "152.655", "111034"), _row(None, None, None, "5496"))
    cleared = lone_amounts_to_none(form)
    assert [r.shares_owned_following for r in cleared.non_derivative_transactions] \
        == [Decimal("111034"), None]
    assert [d.field for d in cleared.diagnostics] \
        == ["non_derivative_transactions[1].shares_owned_following"]
    assert _ocr_checked(form).non_derivative_transactions[1].shares_owned_following is None


def test_a_line_that_kept_a_code_an_amount_or_a_price_is_kept_as_read() -> None:
    # U-20200331-1: code A and price $0 read, the amount lost: 14,526 owned following is right
    form = _form(_row("A", None, "0", "14526"), _row(None, "200", None, "7564"),
                 _row(None, None, "646.298", "7364"))
    assert lone_amounts_to_none(form) is form
