"""A price's footnote mark that OCR lost, put back where the page's footnotes name it.

The sec.gov page prints footnote marks as small superscripts, and OCR reads
them as glyphs that do not say which number they were: "°" stands for (2),
(3), (5) or (9), and even a mark read as "(6)" may have been (5). So a lost
mark is not read from its glyph. One kind of footnote names its value
instead: a weighted average price, "sold in multiple transactions at prices
ranging from $208.33 to $209.31". A price whose mark OCR lost (``LOST_MARK``
glued to it: a mark stood there) and that lies in the range of exactly one
such footnote is that footnote's: its mark is put back (``ranged_prices``).

A footnote counts only where it says "weighted average" and gives one range
whose low end is not above its high end, and only where every footnote from 1
to the last was read whole (none lost, none OCR split into two blocks: either
may have held the same range); a price in two ranges, or in none, or with no
trace of a mark, keeps no mark.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ..form.scan_marks import LOST_MARK

_EXPLANATION = re.compile(r"^\W{0,3}Explanation\s+of\s+Responses", re.I)
_END = re.compile(r"^\W{0,3}(Remarks\s*:?|\*\*\s*Signature\s+of)", re.I)
_FOOTNOTE = re.compile(r"^\W{0,2}([0-9]{1,2})\.\s")
_WEIGHTED = re.compile(r"weighted[\s-]+average", re.I)
_PRICE = r"\$\s?([0-9][0-9,]*(?:\.[0-9]+)?)"
_RANGE = re.compile(_PRICE + r"\s+(?:to|and)\s+" + _PRICE)
# "$208.99(00)": a price with the lost mark OCR left of its footnote mark, and no other
_MARKED_PRICE = re.compile(r"(?P<price>\$(?P<value>[0-9][0-9,]*(?:\.[0-9]+)?))"
                           + re.escape(LOST_MARK))


def price_ranges(lines: list[str]) -> dict[str, tuple[Decimal, Decimal]]:
    """The footnotes of the Explanation of Responses that give a weighted average
    price's range: each footnote's number and the range's ends. None where the
    footnotes are not each of 1 to the last: one OCR lost may give the same range."""
    notes: dict[str, list[str]] = {}
    current = None
    inside = False
    for line in lines:
        if _EXPLANATION.match(line):
            inside = True
            continue
        if not inside:
            continue
        if _END.match(line):
            break
        start = _FOOTNOTE.match(line)
        if start:
            current = start.group(1)
            notes[current] = []
        if current is not None:
            notes[current].append(line)
    if sorted(int(n) for n in notes) != list(range(1, len(notes) + 1)):
        return {}  # a footnote OCR lost may hold the same range: no price is certain
    out = {}
    for number, text in notes.items():
        joined = " ".join(text)
        ranges = _RANGE.findall(joined)
        if not _WEIGHTED.search(joined) or len(ranges) != 1:
            continue
        low, high = (Decimal(end.replace(",", "")) for end in ranges[0])
        if low <= high:
            out[number] = (low, high)
    return out


def ranged_prices(words: list[str], ranges: dict[str, tuple[Decimal, Decimal]]) -> list[str]:
    """A table line's words with each price whose mark OCR lost given the mark of the
    one weighted average price footnote whose range holds it."""
    out = []
    for word in words:
        match = _MARKED_PRICE.fullmatch(word)
        if match is not None:
            value = Decimal(match.group("value").replace(",", ""))
            holding = [n for n, (low, high) in ranges.items() if low <= value <= high]
            if len(holding) == 1:
                word = f"{match.group('price')}({holding[0]})"
        out.append(word)
    return out
