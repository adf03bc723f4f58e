"""Prices whose last digits OCR ran into a garbled footnote mark, told apart by the
word's width (inputs/ocr_price_widths.py). The widths are the corpus scans' (pdftoppm,
200 dpi), the prices their truths'."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest

from form4lark.inputs.ocr_price_widths import price_of_width, widths_priced
from form4lark.inputs.scan import text_of_tsv
from form4lark.model import Form4, Issuer, NonDerivativeTransaction, Span

_HEAD = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"


@pytest.mark.parametrize("read,width,digit,price", [
    ("11.1484)", 107, 12.73, "11.1484"),  # AFRM-20230403-1: "(2)" read as ")"
    ("888.3130)", 107, 12.75, "888.313"),  # TSLA-20211221-1: "(3)" read as "0)"
    ("29.892)", 81, 12.73, "29.89"),  # AFRM-20240701-1: "(2)" read as "2)"
    ("298.0114)", 94, 12.89, "298.01"),  # TSLA-20180507-1: "(4)" read as "14)"
    ("1.09)", 67, 12.77, "1.09"),  # ME-20230906-2
    ("183.557342)", 130, 12.55, None),  # FB-20190822-1: two marks' width, no reading fits
    ("646.2980)", 114, 11.27, None),  # no reading leaves one mark's width
])
def test_the_reading_that_leaves_one_marks_width(read, width, digit, price) -> None:
    assert price_of_width(read, width, digit) == price


def _word(line: int, left: int, width: int, text: str, conf: float = 95.0) -> str:
    return f"5\t1\t1\t1\t{line}\t{left}\t{left}\t{700 + 60 * line}\t{width}\t24\t{conf}\t{text}"


def _tsv(price_word: str) -> str:
    row = [(200, 60, "Class"), (270, 20, "A"), (400, 120, "04/03/2023"), (790, 30, "S"),
           (945, 70, "17,286"), (1100, 20, "D"), (1150, 12, "$"), (1168, 107, price_word),
           (1500, 12, "0"), (1700, 20, "D")]
    amounts = [(1553, 102, "2,088,955"), (1553, 102, "2,085,555"), (1553, 103, "2,083,655")]
    return "\n".join([_HEAD] + [_word(1, *w) for w in row]
                     + [_word(2 + n, *w) for n, w in enumerate(amounts)]) + "\n"


def _form(footnotes: dict[str, str]) -> Form4:
    row = NonDerivativeTransaction(
        security_title="Class A Common Stock", transaction_date=dt.date(2023, 4, 3),
        deemed_execution_date=None, transaction_code="S", equity_swap_involved=False,
        shares=Decimal(17286), price_per_share=None, acquired_disposed="D",
        shares_owned_following=Decimal(0), direct_or_indirect="D", nature_of_ownership=None,
        span=Span(1, 1))
    return Form4(document_type="4", layout="scan", period_of_report=dt.date(2023, 4, 3),
                 date_of_original_submission=None, not_subject_to_section16=None,
                 issuer=Issuer(name=None, trading_symbol=None), reporting_owners=(),
                 filed_by_more_than_one_person=None, non_derivative_transactions=(row,),
                 non_derivative_holdings=(), derivative_transactions=(),
                 derivative_holdings=(), footnotes=footnotes, remarks=None, signatures=())


_RANGE = {"1": "Sold under a Rule 10b5-1 plan.",
          "2": "The weighted average sale price of the shares sold from $10.85 to $11.42."}


def test_an_unknown_price_is_read_by_its_width_and_its_range_gives_the_mark() -> None:
    assert text_of_tsv(_tsv("11.1484)")).startswith(
        "Class A 04/03/2023 S 17,286 D $ 11.1484) 0 D\n")
    form = widths_priced(_form(_RANGE), (_tsv("11.1484)"),))
    [row] = form.non_derivative_transactions
    assert row.price_per_share == Decimal("11.1484")
    assert row.footnotes == {"price_per_share": ("2",)}
    assert "by the word's width" in form.diagnostics[-1].message


def _ten(range_of: str) -> dict[str, str]:
    """Footnotes 1 to 10, ``range_of`` the one naming the price's range."""
    return {str(n): (_RANGE["2"] if str(n) == range_of else "Held by a trust.")
            for n in range(1, 11)}


def test_past_footnote_9_a_price_is_read_where_a_one_digit_footnotes_range_holds_it() -> None:
    # TSLA-20221108-1: footnotes 1 to 10, each price in the range of one footnote 1 to 9
    form = widths_priced(_form(_ten("2")), (_tsv("11.1484)"),))
    [row] = form.non_derivative_transactions
    assert (row.price_per_share, row.footnotes) == (Decimal("11.1484"), {"price_per_share": ("2",)})


def test_prices_stay_unknown_where_a_mark_may_have_two_digits_or_no_range_holds() -> None:
    two_digits = _form(_ten("10"))  # "(10)" is one digit wider: "11.148" and "(10)" fit too
    assert widths_priced(two_digits, (_tsv("11.1484)"),)) is two_digits
    unranged = _form({"1": "Sold under a plan.", "10": "Held by a trust."})
    assert widths_priced(unranged, (_tsv("11.1484)"),)) is unranged
    elsewhere = _form({"1": "The weighted average sale price, from $12.85 to $13.42."})
    assert widths_priced(elsewhere, (_tsv("11.1484)"),)) is elsewhere
    glued = _form(_RANGE)  # "$11.1484)": the "$" in the word, its width not the digits'
    assert widths_priced(glued, (_tsv("$11.1484)"),)) is glued



def _priced(price: str, footnotes: dict[str, str]) -> Form4:
    """``_form`` with its row's price known."""
    form = _form(footnotes)
    [row] = form.non_derivative_transactions
    return dataclasses.replace(form, non_derivative_transactions=(
        dataclasses.replace(row, price_per_share=Decimal(price)),))


def _tall_tsv(price_word: str, width: int, height: int) -> str:
    """``_tsv`` with its date 17 pixels tall and its price's word ``width`` wide and
    ``height`` tall (the corpus scans' plain design: digits 17 pixels, a mark's
    brackets 24)."""
    head, *words = _tsv(price_word).splitlines()
    out = [head]
    for word in (w.split("\t") for w in words):
        if word[11] == price_word:
            word[8:10] = [str(width), str(height)]
        elif "/" in word[11]:
            word[9] = "17"
        out.append("\t".join(word))
    return "\n".join(out) + "\n"


#: footnotes 1 to 30, each naming a range of prices one dollar wide from $887 up (the
#: ranges of TSLA-20211221-1: its 916.519 is footnote 30's)
_THIRTY = {str(n): f"The weighted average sale price, from ${886 + n}.00 to ${886 + n}.99."
           for n in range(1, 31)}


def test_a_known_price_in_a_tall_box_is_unknown_where_its_width_does_not_tell_the_mark() -> None:
    # TSLA-20211221-1 plain (pdftoppm): "916.519" and "(30)" read as "916.5192", the box
    # 24 pixels tall where the date's is 17; a mark of two digits: the width cannot tell
    form = widths_priced(_priced("916.5192", _THIRTY), (_tall_tsv("916.5192", 118, 24),))
    [row] = form.non_derivative_transactions
    assert row.price_per_share is None
    assert "a box reaching below its line's digits" in form.diagnostics[-1].message


def test_a_known_price_in_a_tall_box_stays_where_its_width_leaves_its_one_digit_mark() -> None:
    # TSLA-20221108-1 plain (pypdfium2): "$189.578" and "(1)", its mark lost, the box tall
    notes = {"1": "The weighted average sale price, from $189.01 to $189.99.",
             "2": "Held by a trust."}
    kept = _priced("189.578", notes)
    assert widths_priced(kept, (_tall_tsv("189.578", 105, 24),)) is kept
    low = _priced("916.5192", _THIRTY)  # a box as tall as the date's: no mark in it
    assert widths_priced(low, (_tall_tsv("916.5192", 118, 17),)) is low
