"""A transaction line tesseract printed but no row was read from is kept as a row of
unknowns at its place (inputs/ocr_lost_rows.py)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from form4lark.inputs.ocr_lost_rows import MESSAGE, lost_rows_kept
from form4lark.model import Form4, Issuer, NonDerivativeTransaction, Span

TEXT = """Table | - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned
1. Title of Security (Instr. 3) 2. Transaction 2A. Deemed 3. 4. Securities Acquired
Code |v | Amount (A) or (D) Price
Class A Common Stock 02/17/2021 co 6,944,440 A $0 3,472,220 I See 3)
Footnote
Class A Common Stock 02/17/2021 cf 1,949,413 A $0 975,652) I See 7
Footnote(7)
Class A Common Stock 02/17/2021 co 588,414 A $0 588,416 I See 9)
Footnote
Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned
"""


def _conversion(line: int, shares: str, following: str) -> NonDerivativeTransaction:
    return NonDerivativeTransaction(
        security_title="Class A Common Stock", transaction_date=dt.date(2021, 2, 17),
        deemed_execution_date=None, transaction_code="C", equity_swap_involved=False,
        shares=Decimal(shares), price_per_share=Decimal(0), acquired_disposed="A",
        shares_owned_following=Decimal(following), direct_or_indirect="I",
        nature_of_ownership="See Footnote", span=Span(line, 1))


def _form(rows: tuple) -> Form4:
    return Form4(document_type="4", layout="scan", period_of_report=None,
                 date_of_original_submission=None, not_subject_to_section16=None,
                 issuer=Issuer(name=None, trading_symbol=None), reporting_owners=(),
                 filed_by_more_than_one_person=None, non_derivative_transactions=rows,
                 non_derivative_holdings=(), derivative_transactions=(),
                 derivative_holdings=(), footnotes={}, remarks=None, signatures=())


def test_a_transaction_line_no_row_was_read_from_keeps_its_place() -> None:
    first, last = _conversion(4, "6944440", "3472220"), _conversion(8, "588414", "588416")
    kept = lost_rows_kept(_form((first, last)), TEXT)
    rows = kept.non_derivative_transactions
    assert rows is not None and len(rows) == 3
    assert rows[0] == first and rows[2] == last
    assert rows[1].shares is None and rows[1].security_title is None and rows[1].span == Span(6, 1)
    [error] = kept.diagnostics
    assert (error.field, error.line, error.message, error.severity) == (
        "non_derivative_transactions[1]", 6, MESSAGE, "error")


def test_a_line_whose_amounts_a_row_beside_it_holds_is_that_rows() -> None:
    # the row read from line 4 holds the amounts of line 6: its wrapped cells, not a row lost
    rows = (_conversion(4, "1949413", "975652"), _conversion(8, "588414", "588416"))
    form = _form(rows)
    assert lost_rows_kept(form, TEXT) is form


def test_a_line_with_a_date_no_transaction_was_read_with_is_no_row() -> None:
    form = _form((_conversion(4, "6944440", "3472220"), _conversion(8, "588414", "588416")))
    assert lost_rows_kept(form, TEXT.replace("cf 1,949,413", "cf 1,949,413 02/18/2021").replace(
        "02/17/2021 cf", "cf")) is form


def test_table_ii_lines_under_a_lost_title_are_no_rows_of_table_i() -> None:
    # OCR lost Table II's title: its column labels end Table I
    text = TEXT.replace("Class A Common Stock 02/17/2021 cf", "Date Exercisable Expiration\n"
                        "Common (29) 02/17/2021 cf")
    form = _form((_conversion(4, "6944440", "3472220"),))
    assert lost_rows_kept(form, text) is form
