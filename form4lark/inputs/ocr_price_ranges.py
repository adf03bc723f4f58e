"""Price marks OCR lost, found again from the footnote that gives the price's range.

A row sold or bought in several trades reports their weighted average price and marks
it with a footnote of its own: "executed in multiple trades at prices ranging from
$208.33 to $209.31". OCR reads such marks poorly: small and raised after the price,
they come out as a glyph ("$209.71°") or not at all. Where a row's price has no mark
in the record and lies in the range of exactly one footnote that names one range of
prices, that footnote is the price's: the reference is put on the price. So it is
where the price's one mark names another footnote's range, one that does not hold it:
OCR misread that mark ("(19)" for "(13)"). A price that lies in two footnotes' ranges
(filings whose ranges overlap) is left as it is, as is one that lies in no range (a
filer's slip: GOOG-20151002-1 marks $634.4608 with the range $663.91 to $664.90).

Runs only on texts OCR read (``api.parse``), as ``ocr_amounts.py`` does. In the 66
corpus truths, 135 prices lie in exactly one footnote's range and each refers to it.
Measured (recall / precision): the corpus PDFs read as scans (``benchmarks/scans.py``),
drawn by pdftoppm sec 0.786 / 0.994 -> 0.792 / 0.995, plain 0.836 / 0.989 -> 0.837 /
0.990; by pypdfium2 sec 0.703 / 0.964 -> 0.710 / 0.965, plain 0.778 / 0.963 -> 0.781 /
0.965; the corpus tesseract.txt texts sec 0.738 -> 0.744 / 0.992, plain 0.845 / 0.992 ->
0.847 / 0.993. Each of the 152 marks it puts on the scans is right.
"""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal, InvalidOperation
from typing import Any

from ..model import Form4

_TABLES = ("non_derivative_transactions", "derivative_transactions")
_PRICE = "price_per_share"
# "prices ranging from $208.33 to $209.31", "between $5.10 and $5.62"
_RANGE = re.compile(r"\$\s?([0-9][0-9,]*\.[0-9]+|[0-9][0-9,]*)\s*(?:to|and|-|–)\s*"
                    r"\$\s?([0-9][0-9,]*\.[0-9]+|[0-9][0-9,]*)")
_OF_PRICES = re.compile(r"\bprices?\b", re.IGNORECASE)


def _amount(text: str) -> Decimal | None:
    """A range's bound as a number ("1,208.33"), or None if its commas do not group thousands."""
    whole = text.split(".")[0]
    if "," in whole and not re.fullmatch(r"[0-9]{1,3}(?:,[0-9]{3})+", whole):
        return None
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:
        return None


def price_ranges(footnotes: dict[str, str]) -> dict[str, tuple[Decimal, Decimal]]:
    """The footnotes that speak of prices and name exactly one range of them: id -> (low, high)."""
    ranges: dict[str, tuple[Decimal, Decimal]] = {}
    for mark, text in footnotes.items():
        found = _RANGE.findall(text or "")
        if len(found) != 1 or not _OF_PRICES.search(text):
            continue
        low, high = (_amount(bound) for bound in found[0])
        if low is not None and high is not None and low < high:
            ranges[mark] = (low, high)
    return ranges


def _with_mark(row: Any, ranges: dict[str, tuple[Decimal, Decimal]]) -> Any:
    """The row with its price's footnote put on it, where the price lies in exactly one
    range and has no mark, or one mark naming another range (OCR misread it: "(19)" for
    "(13)"); the row itself otherwise."""
    price = getattr(row, _PRICE, None)
    if price is None:
        return row
    holding = [mark for mark, (low, high) in ranges.items() if low <= price <= high]
    marks = tuple(row.footnotes.get(_PRICE) or ())
    misread = len(marks) == 1 and marks[0] in ranges and marks[0] not in holding
    if len(holding) != 1 or marks and not misread:
        return row
    return dataclasses.replace(row, footnotes={**row.footnotes, _PRICE: (holding[0],)})


def price_marks_filled(form: Form4) -> Form4:
    """The record with each unmarked price given the footnote whose range it lies in."""
    ranges = price_ranges(dict(form.footnotes or {}))
    if not ranges:
        return form
    changes = {table: tuple(_with_mark(row, ranges) for row in getattr(form, table))
               for table in _TABLES if getattr(form, table)}
    return dataclasses.replace(form, **changes)
