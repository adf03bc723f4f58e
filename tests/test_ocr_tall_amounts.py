"""Amounts of shares with a fraction read from a word a footnote mark makes tall
(inputs/ocr_tall_amounts.py). The boxes are the corpus scans' (TSLA-20211221-1 plain
drawn by pypdfium2, MSFT-20241212-1), the amounts their truths'."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from form4lark.inputs.ocr_tall_amounts import tall_amounts_to_none
from test_ocr_price_widths import _HEAD, _form


def _tsv(shares_word: str, height: int) -> str:
    """A row's line: its date 17 pixels tall, its amount's word ``height`` tall."""
    words = [(97, 93, 17, "Common"), (253, 115, 17, "12/21/2021"), (789, 38, 24, "S"),
             (970, 80, height, shares_word), (1091, 14, 16, "D"), (1157, 12, 19, "$"),
             (1177, 118, 24, "900.894(45)"), (1554, 102, 20, "1,899,277"), (1771, 14, 16, "D")]
    return "\n".join([_HEAD] + [f"5\t1\t1\t1\t1\t{n}\t{left}\t760\t{width}\t{h}\t90.0\t{text}"
                                for n, (left, width, h, text) in enumerate(words, 1)]) + "\n"


def _with_shares(shares: str):
    form = _form({})
    [row] = form.non_derivative_transactions
    return dataclasses.replace(form, non_derivative_transactions=(
        dataclasses.replace(row, shares=Decimal(shares)),))


def test_an_amount_with_a_fraction_in_a_marks_tall_box_is_unknown() -> None:
    # "5,010" and "(2)" read as "5.0102}": 5.0102 shares, the truth's 5,010
    form = tall_amounts_to_none(_with_shares("5.0102"), (_tsv("5.0102}", 24),))
    [row] = form.non_derivative_transactions
    assert row.shares is None
    assert "a footnote mark in it" in form.diagnostics[-1].message


def test_a_fraction_printed_or_a_whole_amount_stays() -> None:
    printed = _with_shares("15515.937")  # its commas reach 3 pixels below the dates
    assert tall_amounts_to_none(printed, (_tsv("15,515.937", 20),)) is printed
    whole = _with_shares("5010")  # no fraction: the ungrouped amounts' and marks' concern
    assert tall_amounts_to_none(whole, (_tsv("5,010)", 24),)) is whole
    pointed = _with_shares("5010.0")  # a point but a whole amount: only the fraction guard keeps it
    assert tall_amounts_to_none(pointed, (_tsv("5,010.0)", 24),)) is pointed
