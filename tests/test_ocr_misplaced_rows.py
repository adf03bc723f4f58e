"""Untitled holding rows in a table whose transactions lost their amounts are left out
(inputs/ocr_misplaced_rows.py)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from form4lark.inputs.ocr_misplaced_rows import misplaced_rows_dropped
from form4lark.model import Form4, Issuer, NonDerivativeHolding, NonDerivativeTransaction


def _sale(shares: str | None, following: str | None) -> NonDerivativeTransaction:
    return NonDerivativeTransaction(
        security_title="Class A Common Stock", transaction_date=dt.date(2022, 12, 13),
        deemed_execution_date=None, transaction_code="S" if shares else None,
        equity_swap_involved=None, shares=Decimal(shares) if shares else None,
        price_per_share=None, acquired_disposed=None,
        shares_owned_following=Decimal(following) if following else None,
        direct_or_indirect=None, nature_of_ownership=None)


def _holding(title: str | None, following: str) -> NonDerivativeHolding:
    return NonDerivativeHolding(security_title=title, shares_owned_following=Decimal(following),
                                direct_or_indirect="D", nature_of_ownership=None)


def _form(sales: tuple, holdings: tuple) -> Form4:
    return Form4(document_type="4", layout="scan", period_of_report=None,
                 date_of_original_submission=None, not_subject_to_section16=None,
                 issuer=Issuer(name=None, trading_symbol=None), reporting_owners=(),
                 filed_by_more_than_one_person=None, non_derivative_transactions=sales,
                 non_derivative_holdings=holdings, derivative_transactions=(),
                 derivative_holdings=(), footnotes={}, remarks=None, signatures=())


def test_untitled_holdings_beside_a_transaction_without_amounts_are_left_out() -> None:
    titled = _holding("Class A Common Stock", "2755")
    form = _form((_sale("200000", "301097"), _sale(None, None)),
                 (_holding(None, "153020"), titled, _holding(None, "41986")))
    dropped = misplaced_rows_dropped(form)
    assert dropped.non_derivative_holdings == (titled,)
    assert [d.field for d in dropped.diagnostics] == ["non_derivative_holdings[0]",
                                                      "non_derivative_holdings[2]"]


def test_an_untitled_holding_is_kept_where_every_transaction_kept_its_amounts() -> None:
    form = _form((_sale("200000", "301097"), _sale(None, "101097")), (_holding(None, "2755"),))
    assert misplaced_rows_dropped(form) is form
