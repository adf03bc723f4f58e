"""A scan's transaction dates later than every signature are left unknown
(inputs/ocr_late_dates.py)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from form4lark.inputs.ocr_late_dates import late_dates_to_none
from form4lark.model import Form4, Issuer, NonDerivativeTransaction, Signature


def _conversion(date: dt.date) -> NonDerivativeTransaction:
    return NonDerivativeTransaction(
        security_title="Class A Common Stock", transaction_date=date,
        deemed_execution_date=None, transaction_code="C", equity_swap_involved=False,
        shares=Decimal(704849), price_per_share=None, acquired_disposed="A",
        shares_owned_following=Decimal(704849), direct_or_indirect="I",
        nature_of_ownership="See Footnotes")


def _form(rows: tuple, signed: dt.date | None) -> Form4:
    return Form4(document_type="4", layout="scan", period_of_report=dt.date(2023, 10, 19),
                 date_of_original_submission=None, not_subject_to_section16=None,
                 issuer=Issuer(name=None, trading_symbol=None), reporting_owners=(),
                 filed_by_more_than_one_person=None, non_derivative_transactions=rows,
                 non_derivative_holdings=(), derivative_transactions=(),
                 derivative_holdings=(), footnotes={}, remarks=None,
                 signatures=(Signature(name="/s/ Yijun Han", date=signed),))


def test_a_date_later_than_the_signatures_is_a_misreading() -> None:
    right, misread = _conversion(dt.date(2023, 10, 19)), _conversion(dt.date(2028, 10, 19))
    form = late_dates_to_none(_form((right, misread), dt.date(2023, 10, 23)))
    assert form.non_derivative_transactions == (
        right, dataclasses.replace(misread, transaction_date=None))
    [doubt] = form.diagnostics
    assert doubt.field == "non_derivative_transactions[1].transaction_date"
    assert "2028-10-19" in doubt.message


def test_dates_stay_where_no_signature_date_bounds_them() -> None:
    form = _form((_conversion(dt.date(2028, 10, 19)),), None)
    assert late_dates_to_none(form) is form
    signed_that_day = _form((_conversion(dt.date(2023, 10, 23)),), dt.date(2023, 10, 23))
    assert late_dates_to_none(signed_that_day) is signed_that_day
