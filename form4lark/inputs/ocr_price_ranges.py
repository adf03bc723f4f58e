"""Price marks OCR lost, found again from the footnote that gives the price's range.

A row sold or bought in several trades reports their weighted average price and marks
it with a footnote of its own: "executed in multiple trades at prices ranging from
$208.33 to $209.31". OCR reads such marks poorly: small and raised after the price,
they come out as a glyph ("$209.71°") or not at all. Where a row's price has no mark
in the record and lies in the range of exactly one footnote, one that names one range,
that footnote is the price's: the reference is put on the price. So it is where the
price's one mark names another footnote, one whose range does not hold it or that names
no range: OCR misread that mark ("(19)" for "(13)"; none of the 178 prices of the corpus
truths marked once, where the footnotes' ranges read, is marked so). A price is left as it is where it lies in two footnotes'
ranges (filings whose ranges overlap, or two owners' rows sold at one range), in none
(a filer's slip: GOOG-20151002-1 marks $634.4608 with the range $663.91 to $664.90), or
in a range OCR may have misread ("$184,025" for "$184.025": each reading counts as the
footnote's, so it takes no price and no other footnote takes one it may hold). No price
is given a mark where a footnote was lost (one of 1 to the last missing) or a range
cannot be read at all: either may hold any price. A whole price of four digits or more
that no range holds but exactly one holds with its last comma read as a point ("$295,028"
for "$295.028", a point OCR read as a comma) is that price, and takes that mark: on the
corpus scans 6 prices put right (pdftoppm plain wrong fields 65 -> 62), none made wrong.

Runs only on texts OCR read (``api.parse``), as ``ocr_amounts.py`` does. It replaces the
scan shape's marks put back on the prices whose glyph told of a lost mark: a price
whose mark OCR dropped without a trace is as much the range's. In the 66 corpus truths,
every price mark taken out is put back by it (135, none wrong) and no filed mark is
changed. Measured (recall / precision): the corpus PDFs read as scans
(``benchmarks/scans.py``), drawn by pdftoppm sec 0.786 / 0.994 -> 0.790 / 0.995, plain
0.836 / 0.989 -> 0.837 / 0.990; by pypdfium2 sec 0.703 / 0.964 -> 0.710 / 0.965, plain
0.778 / 0.963 -> 0.781 / 0.965; the corpus tesseract.txt texts sec 0.738 -> 0.743 /
0.992, plain 0.845 / 0.992 -> 0.847 / 0.993. Each of the 219 marks it puts on the scans
is right.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from ..model import Form4

_TABLES = ("non_derivative_transactions", "derivative_transactions")
_PRICE = "price_per_share"
# "prices ranging from $208.33 to $209.31", "between $5.10 and $5.62"
_BOUND = r"\$\s?([0-9]+(?:,[0-9]+)*(?:\.[0-9]+)?)"
_RANGE = re.compile(_BOUND + r"\s*(?:to|and|-|–)\s*" + _BOUND)
_OF_PRICES = re.compile(r"\bprices?\b", re.IGNORECASE)


@dataclass(frozen=True)
class PriceRanges:
    """The ranges of prices the footnotes name (id -> [(low, high)]); ``unsure``: the
    footnotes whose range OCR may have misread, with each reading of it: they hold a
    price any reading holds, and no price is given them."""

    spans: dict[str, list[tuple[Decimal, Decimal]]]
    unsure: frozenset[str]


def _readings(text: str) -> list[Decimal]:
    """What a range's bound may be: "1,208.33" and "208" one number; "184,025" either
    184025 or 184.025 ("1,104,000": 1104000 or 1104.000), as OCR reads a point as a
    comma; none where commas group no thousands."""
    whole, point, _ = text.partition(".")
    grouped = re.fullmatch(r"[0-9]{1,3}(?:,[0-9]{3})*", whole) is not None
    if point or "," not in whole:
        return [Decimal(text.replace(",", ""))] if grouped else []
    head, _, tail = whole.rpartition(",")
    as_point = ([Decimal(head.replace(",", "") + "." + tail)]
                if re.fullmatch(r"[0-9]{1,3}(?:,[0-9]{3})*", head) else [])
    return ([Decimal(whole.replace(",", ""))] if grouped else []) + as_point


def price_ranges(footnotes: dict[str, str]) -> PriceRanges | None:
    """The ranges of prices of the footnotes that speak of prices; None where one of them
    cannot be read at all (its low end not below its high end, or its high end more than
    twice the low, in every reading: one day's trades), as it may hold any price."""
    spans: dict[str, list[tuple[Decimal, Decimal]]] = {}
    unsure: set[str] = set()
    for mark, text in footnotes.items():
        found = _RANGE.findall(text or "")
        if not found or not _OF_PRICES.search(text):
            continue
        for low_text, high_text in found:
            lows, highs = _readings(low_text), _readings(high_text)
            read = [(low, high) for low in lows for high in highs if 0 < low < high < 2 * low]
            if not read:
                return None
            if len(lows) * len(highs) > 1:
                unsure.add(mark)
            spans.setdefault(mark, []).extend(read)
    return PriceRanges(spans, frozenset(unsure))


def _with_mark(row: Any, ranges: PriceRanges, notes: frozenset[str]) -> Any:
    """The row with its price's footnote put on it, where exactly one footnote's ranges
    hold the price, a footnote that names one range read for certain, and the price has
    no mark or one mark naming another footnote (OCR misread it: "(19)" for "(13)"); the
    row itself otherwise. ``notes``: the ids of the record's footnotes."""
    price = getattr(row, _PRICE, None)
    if price is None:
        return row
    point = _as_point(price, ranges) if not notes_holding(price, ranges) else None
    if point is not None:  # "$295,028" for "$295.028": the range holds it with its point
        row, price = dataclasses.replace(row, **{_PRICE: point}), point
    holding = holding_notes(price, ranges)
    marks = tuple(row.footnotes.get(_PRICE) or ())
    # one mark naming another footnote than the one range holding the price: a range
    # that does not hold it, or a note of no range ("(20)" for "(10)", note 20 on the
    # expiration of a class of stock); no corpus truth's price is marked so. A mark
    # naming no footnote is the filer's own: left as filed
    misread = len(marks) == 1 and marks[0] not in holding and (
        marks[0] in ranges.spans or marks[0] in notes)
    if not holding or marks and not misread:
        return row
    return dataclasses.replace(row, footnotes={**row.footnotes, _PRICE: (holding[0],)})


def notes_holding(price: Decimal, ranges: PriceRanges) -> list[str]:
    """The footnotes whose ranges hold ``price``."""
    return [mark for mark, spans in ranges.spans.items()
            if any(low <= price <= high for low, high in spans)]


def holding_notes(price: Decimal, ranges: PriceRanges) -> list[str]:
    """The footnotes whose one range, read for certain, holds ``price``, where exactly one
    footnote's ranges hold it; [] otherwise."""
    holding = notes_holding(price, ranges)
    if len(holding) != 1 or one_certain_range(holding[0], ranges) is None:
        return []
    return holding


def one_certain_range(fid: str, ranges: PriceRanges) -> tuple[Decimal, Decimal] | None:
    """The one range of prices footnote ``fid`` names, read for certain; None where it
    names none or two or more, or OCR may have misread it (``bare_marks``)."""
    spans = ranges.spans.get(fid, ())
    return spans[0] if fid not in ranges.unsure and len(spans) == 1 else None


def _as_point(price: Decimal, ranges: PriceRanges) -> Decimal | None:
    """A whole price of four digits or more that no range holds, read with its last comma
    as the point OCR took it for ("295,028": 295.028), where exactly one footnote's range
    read for certain holds it so; None otherwise."""
    if price != price.to_integral_value() or price < 1000:
        return None
    point = price / 1000
    holding = notes_holding(point, ranges)
    if len(holding) != 1 or holding[0] in ranges.unsure:
        return None
    return point


def certain_ranges(footnotes: dict[str, str | None]) -> PriceRanges | None:
    """The footnotes' ranges where every footnote from 1 to the last is there with its
    text (one OCR lost, or one whose text is unknown, may hold the same range: no price
    is certain) and each range reads; None otherwise (a range not read may hold any
    price)."""
    if sorted(footnotes) != sorted(str(n) for n in range(1, len(footnotes) + 1)):
        return None
    texts = {fid: text for fid, text in footnotes.items() if text is not None}
    return price_ranges(texts) if len(texts) == len(footnotes) else None


def marked_candidate(candidates: tuple[str, ...], ranges: PriceRanges) -> tuple[str, str] | None:
    """A price OCR read with its one-digit mark glued on, the mark's "(" read as "0"
    ("159.9402)": $159.94 and "(2)"), as the price and the mark: where the reading with
    those two digits cut (``scan_fixes.read_number``'s candidates) is to the cent at
    least and lies in the one range, read for certain, of that footnote alone. A price
    whose own last digits are a "0" and that footnote's number is not told apart: on the
    corpus scans none was."""
    full = candidates[0] if candidates else ""
    for price in candidates[1:]:
        cut = full[len(price):].replace(".", "")
        if len(cut) != 2 or cut[0] != "0" or cut[1] == "0" or len(price.partition(".")[2]) < 2:
            continue
        mark = cut[1]
        if holding_notes(Decimal(price.replace(",", "")), ranges) == [mark]:
            return price, mark
    return None


def price_marks_filled(form: Form4) -> Form4:
    """The record with each unmarked price given the footnote whose range it lies in."""
    ranges = certain_ranges(dict(form.footnotes or {}))
    if ranges is None:
        return form
    notes = frozenset(form.footnotes or {})
    changes: dict[str, Any] = {
        table: tuple(_with_mark(row, ranges, notes) for row in getattr(form, table))
        for table in _TABLES if getattr(form, table)}
    return dataclasses.replace(form, **changes)
