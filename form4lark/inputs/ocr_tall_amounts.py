"""A scan's amounts of shares with a fraction, read from a word holding a footnote mark.

The form prints an amount of shares grouped in thousands and its footnote mark small
and raised after it ("5,010⁽²⁾"). OCR may read the mark as digits after a point it
took the comma for ("5.0102}": 5.0102 shares). A fraction of a share is printed too
("15,515.937", "77,334.25"), so the digits cannot tell; the word's box can: a mark's
brackets reach below the line's dates (``ocr_price_widths.tall_word``: 8 pixels where
the dates are 17 tall; an amount's commas 3). An amount with a fraction read from such
a word is unknown, with a warning.

Measured on the corpus PDFs read as scans (``benchmarks/scans.py``): one wrong amount
made unknown (TSLA-20211221-1 plain drawn by pypdfium2), none of the 16 right amounts
with a fraction.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ..model import Form4
from ..shapes.scan_values import RULES  # the table's rules OCR glues to a word's ends
from .ocr_lost_cells import AMOUNTS
from .ocr_price_widths import tall_word
from .ocr_ungrouped_amounts import amounts_cleared

#: what a garbled mark's end is read as after the digits
GLYPHS = RULES + ")"
MESSAGE = ("OCR read {word!r} in a box reaching below its line's digits: a footnote mark in it, "
           "read as the fraction's last digits or not")


def tall_amounts_to_none(form: Form4, tsvs: tuple[str, ...]) -> Form4:
    """``form`` with each amount with a fraction read from a tall word unknown (the
    module's doc says why)."""
    return amounts_cleared(form, tsvs, tall_fields, MESSAGE)


def tall_fields(row: Any, words: list[dict[str, str]]) -> dict[str, str]:
    """The row's amounts with a fraction read from a tall word of ``words`` (its line's
    TSV words), each with that word."""
    out: dict[str, str] = {}
    for field in sorted(AMOUNTS):
        value = getattr(row, field, None)
        if isinstance(value, Decimal) and value != value.to_integral_value():
            word = tall_word(value, words, GLYPHS)
            if word is not None:
                out[field] = word["text"].strip()
    return out
