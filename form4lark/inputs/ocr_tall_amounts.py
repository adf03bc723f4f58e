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

import dataclasses
from decimal import Decimal
from typing import Any

from ..model import Diagnostic, Form4
from ..shapes.scan_values import RULES  # the table's rules OCR glues to a word's ends
from .ocr_lost_cells import AMOUNTS
from .ocr_price_widths import tall_word
from .ocr_ungrouped_amounts import TABLES
from .scan import text_lines

#: what a garbled mark's end is read as after the digits
GLYPHS = RULES + ")"
MESSAGE = ("OCR read {word!r} in a box reaching below its line's digits: a footnote mark in it, "
           "read as the fraction's last digits or not")


def tall_amounts_to_none(form: Form4, tsvs: tuple[str, ...]) -> Form4:
    """``form`` with each amount with a fraction read from a tall word unknown (the
    module's doc says why)."""
    if not any(_fraction(getattr(row, field, None)) for name in TABLES
               for row in getattr(form, name) or () for field in AMOUNTS):
        return form
    lines = [words for words, _ in text_lines(tsvs)]
    changes: dict[str, Any] = {}
    diagnostics: list[Diagnostic] = []
    for name in TABLES:
        rows = list(getattr(form, name) or ())
        for i, row in enumerate(rows):
            if row.span is None or not 0 < row.span.line <= len(lines):
                continue
            for field in sorted(AMOUNTS):
                value = getattr(row, field, None)
                word = tall_word(value, lines[row.span.line - 1], GLYPHS) \
                    if isinstance(value, Decimal) and _fraction(value) else None
                if word is not None:
                    row = rows[i] = dataclasses.replace(row, **{field: None})
                    changes[name] = tuple(rows)
                    diagnostics.append(Diagnostic(
                        row.span.line, None, f"{name}[{i}].{field}",
                        MESSAGE.format(word=word["text"].strip()), "warning"))
    if not changes:
        return form
    return dataclasses.replace(form, **changes, diagnostics=form.diagnostics + tuple(diagnostics))


def _fraction(value: Any) -> bool:
    """True where ``value`` is an amount with a fraction."""
    return isinstance(value, Decimal) and value != value.to_integral_value()
