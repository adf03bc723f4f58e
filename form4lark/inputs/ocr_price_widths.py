"""Prices whose last digits OCR ran into a garbled footnote mark, told apart by width.

The form prints a weighted average price with its footnote mark small and raised
("$ 11.1484⁽²⁾"); at 200 dpi tesseract may read the mark as a digit and a bracket or
as a bracket alone ("11.1484)", "890.495)", "888.3130)"), so the text's reader cannot
tell the price's last digits from the mark's and leaves the price unknown. The word's
box tells them apart: the form's digits are all one width (a point or a comma half of
it), so the width of the price's digits is known from the whole amounts of the same
page, and what the box holds beyond them is the mark. A mark of one digit ("(2)",
raised and small) takes 1.6 to 2.1 digits' width on the corpus pages; of the word's
readings with none, one or two of its last digits cut, at most one leaves that much.

That reading is the price only where it is certain: the word stands after its "$" in
a transaction row whose price is unknown, its mark is of one digit (no mark of two
digits, "(12)", whose width is one digit more: the record's footnotes run 1 to 9, or
exactly one range of the footnotes holds the price, a footnote 1 to 9, whose mark the
price's is), the price has two to four decimals, and where the footnotes name price
ranges, one of them holds it. The mark itself is lost; ``ocr_price_ranges`` gives it
back where one range holds the price.

Measured on the corpus PDFs read as scans (``benchmarks/scans.py``, drawn by pdftoppm):
plain 0.850 / 0.993 -> 0.858 / 0.993 (recall / precision), 43 prices read and 23 marks
given back by their ranges, each right; sec 0.798 / 0.995 unchanged (its "$" is read in
the price's word). A price in the range of a footnote past 9 keeps unknown:
TSLA-20211221-1's "902.0149)" is $902.01 and "(10)", and reads as one digit's mark after
$902.014.

A price the text's reader took whole can hold its mark too: "916.5192" is $916.519 and
"(30)", "197.702" is $197.70 and "(10)". The word reads in digits and a point alone,
but its box is taller than the line's dates and reaches below them as a mark's brackets
make it (7 and 8 pixels where the dates are 17 tall; a price alone no more than its
commas, 3; a price cell printed lower is no taller). Such a price stays where
the width leaves exactly its own digits and a one-digit mark ("189.578" and a lost
"(1)"), and is unknown with a warning otherwise: on the corpus scans those two wrong
prices made unknown (one for each renderer), 4 right ones kept, none lost.
"""

from __future__ import annotations

import dataclasses
import re
import statistics
from decimal import Decimal
from typing import Any

from ..model import Diagnostic, Form4
from .ocr_price_ranges import PriceRanges, _with_mark, certain_ranges, notes_holding
from .ocr_lost_rows import _DATE
from .scan import text_lines

#: the tables whose rows hold a price
TABLES = ("non_derivative_transactions", "derivative_transactions")
#: what a one-digit mark takes beyond the price's digits, in digits' widths
MARK_WIDTH = (1.55, 2.15)
#: tesseract's confidence (0-100) in the whole amounts the digits' width is taken from
SURE = 90.0
# a price and a garbled mark after it, as OCR reads it alone after its "$": "11.1484)"
_GARBLED_PRICE = re.compile(r"([0-9]{1,3}\.[0-9]{2,7})[0-9]?\)")
# a price read in digits and a point alone: "916.5192"
_CLEAN_PRICE = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})*\.[0-9]+")
#: how much taller than its line's dates, and how far below them, a price's word reaches
#: where its box holds a mark's brackets (a share of their height: 7 and 8 pixels of 17
#: on the corpus scans; a comma 3)
TALL_DROP = 0.35
TALL = ("OCR read {word!r} in a box reaching below its line's digits: a footnote mark in it "
        "that its width does not tell from the price's last digits")
# a whole amount grouped in thousands: "2,085,555"
_GROUPED = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+")


def _width_units(text: str) -> float:
    """The width of digits, points and commas in digits' widths."""
    return sum(0.5 if c in ".," else 1.0 for c in text)


def digit_width(page: list[list[dict[str, str]]]) -> float | None:
    """The width of one digit on a page: the median over its whole amounts OCR is sure
    of; None where it has fewer than three."""
    widths = [float(r["width"]) / _width_units(r["text"].strip()) for line in page
              for r in line if _GROUPED.fullmatch(r["text"].strip())
              and float(r["conf"]) >= SURE]
    return statistics.median(widths) if len(widths) >= 3 else None


def price_of_width(read: str, width: float, digit: float) -> str | None:
    """The price of a word "11.1484)" ``width`` pixels wide: the reading with none, one
    or two last digits cut that leaves a one-digit mark's width, of two to four
    decimals; None where none does."""
    body = read.rstrip(")")
    fits = []
    for cut in range(3):
        price = body[:len(body) - cut]
        left = width / digit - _width_units(price)
        decimals = len(price.partition(".")[2])
        if 2 <= decimals <= 4 and MARK_WIDTH[0] <= left <= MARK_WIDTH[1]:
            fits.append(price)
    return fits[0] if len(fits) == 1 else None


def tall_word(value: Decimal, words: list[dict[str, str]],
              glyphs: str = "") -> dict[str, str] | None:
    """The one word of a row's line (its TSV words) that reads as ``value`` in digits,
    commas and a point alone (the ``glyphs`` at its end taken off), where its box is
    taller than the line's dates and reaches below them, each by ``TALL_DROP`` of their
    height (a raised mark's brackets in it, read as digits or not at all; a comma reaches
    a quarter below at most, and a cell printed lower is no taller); None otherwise."""
    dates = [w for w in words if _DATE.fullmatch(w["text"].strip())]
    holding = [w for w in words if _CLEAN_PRICE.fullmatch(t := w["text"].strip().rstrip(glyphs))
               and Decimal(t.replace(",", "")) == value]
    if not dates or len(holding) != 1:
        return None
    date_bottom = statistics.median(float(w["top"]) + float(w["height"]) for w in dates)
    date_height = statistics.median(float(w["height"]) for w in dates)
    drop = float(holding[0]["top"]) + float(holding[0]["height"]) - date_bottom
    taller = float(holding[0]["height"]) - date_height
    return holding[0] if min(drop, taller) >= TALL_DROP * date_height else None


def _one_digit_marks(form: Form4) -> bool:
    """True where every footnote of the record is numbered 1 to 9 (so every mark is of
    one digit), and it has some."""
    marks = list(form.footnotes or {})
    return bool(marks) and all(re.fullmatch(r"[1-9]", mark) for mark in marks)


def _mark_fits(price: Decimal, ranges: PriceRanges | None, one_digit: bool) -> bool:
    """True where the price's mark is of one digit and no range the footnotes name
    rules the price out: every footnote is numbered 1 to 9 and a range holds it (or none
    is named), or exactly one range holds it, read for certain, of a footnote 1 to 9
    (the price's mark is its range's)."""
    if ranges is None or not ranges.spans:
        return one_digit
    holding = notes_holding(price, ranges)
    return bool(holding) and (one_digit or len(holding) == 1 and len(holding[0]) == 1
                              and holding[0] not in ranges.unsure)


def _page_digit(page: list[list[dict[str, str]]] | None,
                widths: dict[int, float | None]) -> float | None:
    """The digit width of a line's page (``digit_width``; None for no page), worked out
    the first time a row of the page needs it and kept in ``widths``."""
    if page is None:
        return None
    if id(page) not in widths:
        widths[id(page)] = digit_width(page)
    return widths[id(page)]


def widths_priced(form: Form4, tsvs: tuple[str, ...]) -> Form4:
    """``form`` with each unknown price whose word's width tells it from its garbled
    mark read (the module's doc says where)."""
    ranges = certain_ranges(dict(form.footnotes or {}))
    one_digit = _one_digit_marks(form)
    if not any(row.span is not None for name in TABLES for row in getattr(form, name) or ()):
        return form
    notes = frozenset(form.footnotes or {})
    lines = text_lines(tsvs)  # the text's lines, 1-based, each with its page's
    widths: dict[int, float | None] = {}  # each page's digit width, worked out once
    changes: dict[str, Any] = {}
    diagnostics: list[Diagnostic] = []
    for name in TABLES:
        rows = list(getattr(form, name) or ())
        for i, row in enumerate(rows):
            if row.span is None or not 0 < row.span.line <= len(lines):
                continue
            words, page = lines[row.span.line - 1]
            if row.price_per_share is not None:
                tall = tall_word(row.price_per_share, words)
                if tall is None or (digit := _page_digit(page, widths)) is None:
                    continue
                price = price_of_width(tall["text"].strip(), float(tall["width"]), digit)
                if price is not None and Decimal(price) == row.price_per_share \
                        and _mark_fits(row.price_per_share, ranges, one_digit):
                    continue  # its last digits are its own: the box holds a mark beyond them
                rows[i] = dataclasses.replace(row, price_per_share=None)
                diagnostics.append(Diagnostic(
                    row.span.line, None, f"{name}[{i}].price_per_share",
                    TALL.format(word=tall["text"].strip()), "warning"))
                changes[name] = tuple(rows)
                continue
            texts = [w["text"].strip() for w in words]
            found = [j for j, t in enumerate(texts) if _GARBLED_PRICE.fullmatch(t)
                     and j and texts[j - 1] == "$"]
            if len(found) != 1 or (digit := _page_digit(page, widths)) is None:
                continue
            price = price_of_width(texts[found[0]], float(words[found[0]]["width"]), digit)
            if price is None:
                continue
            value = Decimal(price)
            if not _mark_fits(value, ranges, one_digit):
                continue
            row = dataclasses.replace(row, price_per_share=value)
            rows[i] = _with_mark(row, ranges, notes) if ranges is not None else row
            diagnostics.append(Diagnostic(
                row.span.line, None, f"{name}[{i}].price_per_share",
                f"OCR read '{texts[found[0]]}': {price} by the word's width, its mark lost"))
            changes[name] = tuple(rows)
    if not changes:
        return form
    return dataclasses.replace(form, **changes, diagnostics=form.diagnostics + tuple(diagnostics))
