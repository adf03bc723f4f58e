"""An OCR'd amount the table's arithmetic contradicts is left unknown (inputs/ocr_amounts.py)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import form4lark
from form4lark.inputs.ocr_amounts import contradicted_to_none, misread_twins
from form4lark.model import DerivativeTransaction, Form4, Issuer, NonDerivativeTransaction
from support import FIXTURES, edited_text, fixture_text


def _sale(shares: str, following: str, *, how: str = "D", nature: str | None = None,
          title: str | None = "Common Stock", code: str = "D") -> NonDerivativeTransaction:
    return NonDerivativeTransaction(
        security_title=title, transaction_date=dt.date(2021, 12, 21), deemed_execution_date=None,
        transaction_code="S", equity_swap_involved=False, shares=Decimal(shares),
        price_per_share=None, acquired_disposed=code, shares_owned_following=Decimal(following),
        direct_or_indirect=how, nature_of_ownership=nature)


def _form(*rows: NonDerivativeTransaction) -> Form4:
    return Form4(document_type="4", layout="scan", period_of_report=None,
                 date_of_original_submission=None, not_subject_to_section16=None,
                 issuer=Issuer(name=None, trading_symbol=None), reporting_owners=(),
                 filed_by_more_than_one_person=None, non_derivative_transactions=rows,
                 non_derivative_holdings=(), derivative_transactions=(), derivative_holdings=(),
                 footnotes={}, remarks=None, signatures=())


def _amounts(form: Form4) -> list[tuple]:
    return [(r.shares, r.shares_owned_following) for r in form.non_derivative_transactions]


def test_a_misread_shares_between_chained_rows_is_left_unknown() -> None:
    # "24,576" read "24.576": 2,038,311 - 24.576 is not 2,013,735; the rows around chain
    form = _form(_sale("10400", "2054776"), _sale("16465", "2038311"), _sale("24.576", "2013735"),
                 _sale("29398", "1984337"))
    cleared = contradicted_to_none(form)
    assert _amounts(cleared)[2] == (None, Decimal("2013735"))  # the next row follows from it
    assert _amounts(cleared)[:2] + _amounts(cleared)[3:] == _amounts(form)[:2] + _amounts(form)[3:]
    assert [d.field for d in cleared.diagnostics] == ["non_derivative_transactions[2].shares"]


def test_an_amount_following_no_row_follows_from_goes_too() -> None:
    # the last row: "640" read "64", and no row after it to follow from it
    form = _form(_sale("100", "900"), _sale("200", "700"), _sale("50", "650"), _sale("10", "64"))
    assert _amounts(contradicted_to_none(form))[3] == (None, None)


def test_rows_that_never_chain_are_kept_as_read() -> None:
    # one row per holding, or a chain's start listed anywhere: no evidence of a misread
    apart = _form(_sale("100", "900"), _sale("200", "5000"), _sale("300", "70"))
    assert contradicted_to_none(apart) is apart
    reversed_chain = _form(_sale("200", "700"), _sale("100", "900"))
    assert contradicted_to_none(reversed_chain) is reversed_chain


def test_rows_whose_holding_ocr_lost_are_not_judged() -> None:
    # a title or an indirect row's nature lost: the row may belong to another holding
    for odd in (_sale("5", "6", title=None), _sale("5", "6", how="I", nature=None)):
        form = _form(_sale("100", "900"), _sale("200", "700"), odd, _sale("10", "690"))
        assert contradicted_to_none(form) is form


def test_a_neighbour_of_another_table_place_is_no_evidence() -> None:
    # the rows around the odd one in its chain are not its neighbours in the table
    form = _form(_sale("100", "900"), _sale("200", "700"), _sale("1", "1", title=None),
                 _sale("5", "6"), _sale("1", "1", title=None), _sale("10", "690"))
    assert contradicted_to_none(form) is form


def test_misread_twins() -> None:
    assert misread_twins(Decimal("5785"), Decimal("5.785"))       # a separator lost
    assert misread_twins(Decimal("12584"), Decimal("19584"))      # one digit
    assert not misread_twins(Decimal("12584"), Decimal("12584"))
    # a conversion ratio: "373,021" of one class for "173,821" of another
    assert not misread_twins(Decimal("373021"), Decimal("173821"))
    assert not misread_twins(Decimal("4025764"), Decimal("1875938"))


def _option(shares: str, underlying: str) -> DerivativeTransaction:
    return DerivativeTransaction(
        security_title="Stock Option", conversion_or_exercise_price=None,
        transaction_date=dt.date(2020, 1, 2), deemed_execution_date=None, transaction_code="A",
        equity_swap_involved=False, shares=Decimal(shares), acquired_disposed="A",
        exercise_date=None, expiration_date=None, underlying_security_title="Common Stock",
        underlying_shares=Decimal(underlying), price_per_share=None, shares_owned_following=None,
        direct_or_indirect="D", nature_of_ownership=None)


def test_table_ii_amounts_read_as_misread_twins_are_left_unknown() -> None:
    form = dataclasses.replace(_form(), derivative_transactions=(
        _option("28593", "98593"), _option("4025764", "1875938"), _option("100", "100")))
    rows = contradicted_to_none(form).derivative_transactions
    assert [(r.shares, r.underlying_shares) for r in rows] == [
        (None, None), (Decimal("4025764"), Decimal("1875938")), (Decimal("100"), Decimal("100"))]


def test_a_text_ocr_read_has_its_twins_cleared_by_parse() -> None:
    # the corpus's tesseract text of GOOG-20220413-1 (13,888 and 13,888 right), one digit
    # of the underlying shares made a misreading: a text OCR read is checked as a scan is
    text = fixture_text(FIXTURES / "corpus/GOOG-20220413-1/text/tesseract.txt")
    assert form4lark.parse(text).derivative_transactions[0].shares == 13888
    misread = text.replace("(29) Class A 13,888 $0.00", "(29) Class A 18,888 $0.00")
    assert misread != text
    row = form4lark.parse(misread).derivative_transactions[0]
    assert (row.shares, row.underlying_shares) == (None, None)


def test_an_exercise_price_that_lost_its_point_against_table_i_is_left_unknown() -> None:
    # the corpus's tesseract text of NTRA-20201120-1: Table II's "$118" for the $11.8 that
    # Table I's exercise of the same date and 11,169 shares prints; the other two options
    # exercised in lots of 11,169 ($10.41, $24.42) agree with Table I's prices and stay
    text = fixture_text(FIXTURES / "scan/NTRA-20201120-1/sec/tesseract.txt")
    form = form4lark.parse(text)
    prices = [r.conversion_or_exercise_price for r in form.derivative_transactions]
    assert prices[3] is None
    assert prices[:3] == [Decimal("9.97"), Decimal("7"), Decimal("9.59")]
    assert Decimal("10.41") in prices and Decimal("24.42") in prices
    assert any("without its decimal point" in d.message for d in form.diagnostics)
    # Table I's own $11.8 is kept: the point was lost in Table II, not found in Table I
    assert Decimal("11.8") in [r.price_per_share for r in form.non_derivative_transactions]
    # Table I's price losing its point, beside Table II's right one, is left unknown too
    lost = edited_text(FIXTURES / "scan/NTRA-20201120-1/sec/tesseract.txt",
                       ("M 11,169 A $11.8 18,073", "M 11,169 A $118 18,073"),
                       ("rahtto $118 11/20/2020", "rahtto $11.8 11/20/2020"), once=True)
    again = form4lark.parse(lost)
    assert Decimal("11.8") in [r.conversion_or_exercise_price for r in again.derivative_transactions]
    assert Decimal("118") not in [r.price_per_share for r in again.non_derivative_transactions]
