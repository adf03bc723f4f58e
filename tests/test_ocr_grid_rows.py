"""A scan's rows take the grid reading's title and (A)/(D) where the text left them
unknown and the two readings hold the same rows (inputs/ocr_grid_rows.py)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from form4lark.inputs.ocr_grid_rows import rows_filled
from form4lark.model import DerivativeTransaction, Form4, Issuer, NonDerivativeHolding

# tesseract's text of a row whose title wraps around its values
TEXT = """Restricted C
Stock @ 12/12/2024 A 28,5932) @) @) “ommen | 98.593 $0 15,515.937 D
Units Stock
"""


def _row(title: str | None = None, how: str | None = None, *, shares: str | None = "28593",
         underlying: str | None = None, nature: str | None = None) -> DerivativeTransaction:
    return DerivativeTransaction(
        security_title=title, conversion_or_exercise_price=None,
        transaction_date=dt.date(2024, 12, 12), deemed_execution_date=None,
        transaction_code="A", equity_swap_involved=False,
        shares=Decimal(shares) if shares else None, acquired_disposed=how,
        exercise_date=None, expiration_date=None, underlying_security_title=underlying,
        underlying_shares=None, price_per_share=None,
        shares_owned_following=Decimal("15515.937"), direct_or_indirect="D",
        nature_of_ownership=nature)


def _form(*rows: DerivativeTransaction) -> Form4:
    return Form4(document_type="4", layout="scan", period_of_report=None,
                 date_of_original_submission=None, not_subject_to_section16=None,
                 issuer=Issuer(name=None, trading_symbol=None), reporting_owners=(),
                 filed_by_more_than_one_person=None, non_derivative_transactions=(),
                 non_derivative_holdings=(), derivative_transactions=rows,
                 derivative_holdings=(), footnotes={}, remarks=None, signatures=())


def test_a_row_takes_the_grids_title_and_acquired_or_disposed() -> None:
    grid = _form(_row("Restricted Stock Units", "A", underlying="Common"))
    filled = rows_filled(_form(_row()), grid, TEXT).derivative_transactions
    assert filled == (_row("Restricted Stock Units", "A"),)  # never the underlying title


def test_the_texts_own_values_are_kept() -> None:
    text = _form(_row("Restricted Stock", "D"))
    assert rows_filled(text, _form(_row("Restricted Stock Units", "A")), TEXT) == text


def test_rows_that_do_not_agree_or_count_differently_take_nothing() -> None:
    text = _form(_row())
    other_shares = _form(_row("Restricted Stock Units", "A", shares="5785"))
    two_rows = _form(_row("Restricted Stock Units", "A"), _row("Restricted Stock Units", "A"))
    for grid in (other_shares, two_rows, None):
        assert rows_filled(text, grid, TEXT) == text


def test_a_title_with_a_word_the_text_never_prints_is_not_taken() -> None:
    grid = _form(_row("Restricted Stock Units (RSU)", "A"))
    filled = rows_filled(_form(_row()), grid, TEXT).derivative_transactions[0]
    assert (filled.security_title, filled.acquired_disposed) == (None, "A")


def test_a_row_needs_two_values_both_readings_hold() -> None:
    bare = dataclasses.replace(_row(shares=None), transaction_date=None, transaction_code=None,
                               equity_swap_involved=None, direct_or_indirect=None)
    grid = _form(_row("Restricted Stock Units", "A"))
    assert rows_filled(_form(bare), grid, TEXT).derivative_transactions == (bare,)


def test_an_underlying_title_is_taken_where_the_record_names_that_security_elsewhere() -> None:
    held = NonDerivativeHolding(security_title="Common Stock",
                                shares_owned_following=Decimal("100"), direct_or_indirect="D",
                                nature_of_ownership=None)
    text = dataclasses.replace(_form(_row()), non_derivative_holdings=(held,))
    page = TEXT + "Common Stock 100 D\n"
    named = _form(_row(underlying="Common Stock"))
    assert rows_filled(text, named, page).derivative_transactions[0].underlying_security_title \
        == "Common Stock"
    cut_short = _form(_row(underlying="Common"))  # its wrapped line "Stock" left out
    assert rows_filled(text, cut_short, page).derivative_transactions[0] \
        .underlying_security_title is None


def test_a_nature_is_taken_where_the_text_read_it_in_another_row() -> None:
    trust = dataclasses.replace(_row(), nature_of_ownership="By Trust",
                                transaction_date=dt.date(2024, 12, 13))
    text = _form(_row(), trust)
    page = TEXT + "By Trust\n7 By Trust\n"
    grid = _form(_row(nature="By Trust"), trust)
    assert rows_filled(text, grid, page).derivative_transactions[0].nature_of_ownership \
        == "By Trust"
    glued_mark = _form(_row(nature="7 By Trust"), trust)
    assert rows_filled(text, glued_mark, page).derivative_transactions[0] \
        .nature_of_ownership is None


def test_a_title_whose_brackets_do_not_pair_is_not_taken() -> None:
    # SCWO-20250430-1 sec drawn by pypdfium2: "Stock" / "options n Common" / "ight to
    # $0.33 04/30/2025 A ..." / "buy)": the grid joined the title with "(r" lost
    text = "Stock\noptions n Common\night to $0.33 04/30/2025 A 757,576 D\nbuy)\n"
    grid = _form(_row("Stock options ight to buy)", "A"))
    filled = rows_filled(_form(_row()), grid, text).derivative_transactions[0]
    assert (filled.security_title, filled.acquired_disposed) == (None, "A")
    whole = _form(_row("Stock options (right to buy)", "A"))
    text = text.replace("ight", "(right")
    assert rows_filled(_form(_row()), whole, text).derivative_transactions[0].security_title == (
        "Stock options (right to buy)")
