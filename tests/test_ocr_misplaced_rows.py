"""Untitled holding rows in a table whose transactions lost their amounts are left out
(inputs/ocr_misplaced_rows.py)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from form4lark.inputs.ocr_misplaced_rows import misplaced_rows_dropped
from form4lark.model import Form4, Issuer, NonDerivativeHolding, NonDerivativeTransaction, Span


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


BLOCKS = """Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned
Class A Common Stock
08/22/2019
5 1,968 | D
$180.7115
14,872 I
Class A Common Stock
08/22/2019
s?) 7,343 D
Class A Common Stock 08/22/2019 S 2,357 D $181.47 2,417 I
Class A Common Stock 9,948 D
Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned
"""


def test_an_untitled_holding_in_a_lost_transactions_block_is_left_out() -> None:
    # tesseract printed the rows as blocks: the first block's date (line 3) no row was read
    # at, and its amount owned (line 6) was read as an untitled holding
    sale = dataclasses.replace(_sale("2357", "2417"), span=Span(10, 1))
    lost = dataclasses.replace(_holding(None, "14872"), span=Span(6, 1))
    titled = dataclasses.replace(_holding("Class A Common Stock", "9948"), span=Span(11, 1))
    after = dataclasses.replace(_holding(None, "53602"), span=Span(12, 1))
    dropped = misplaced_rows_dropped(_form((sale,), (lost, titled, after)), BLOCKS)
    assert dropped.non_derivative_holdings == (titled, after)
    assert [d.field for d in dropped.diagnostics] == ["non_derivative_holdings[0]"]
    # without the text, or with the block's transaction read, the holding stays
    assert misplaced_rows_dropped(_form((sale,), (lost,))).non_derivative_holdings == (lost,)
    read = dataclasses.replace(_sale("1968", "14872"), span=Span(3, 1))
    assert misplaced_rows_dropped(_form((read, sale), (lost,)), BLOCKS
                                  ).non_derivative_holdings == (lost,)
