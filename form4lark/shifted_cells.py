"""Table II's underlying title, amount and price read one column to the left, put back.

A print whose row breaks (a page break, a narrow column) may set the underlying title
lower than the row's line; a page-grid reader then takes the line's values after the
expiration date from the title's column on: the underlying amount and the price's "$"
into the title ("11,169 $ Common Stock"), the price's number into the amount's cell
("0"), the price's cell empty. Where the row holds exactly that shape, each value goes
back to its column; any other title holding one of the row's amounts is left unknown
with the cells after it (``build._amount_run_into``).
"""

from __future__ import annotations

import re

from .patterns import AMOUNT_WORD_RE
from .sections import Cell, Row

# "11,169 $ Common Stock": the underlying amount and the price's "$" read into the title
_AMOUNT_BEFORE_TITLE = re.compile(rf"(?P<amount>{AMOUNT_WORD_RE.pattern}) \$ (?P<title>[^\d$]+)")
#: an amount then a price's "$" ("10000 $ Common Stock", "5,000 $0 Common Stock"): no
#: security's title prints so, whatever the row's other cells hold
_AMOUNT_THEN_DOLLAR = re.compile(rf"(?<!\S){AMOUNT_WORD_RE.pattern}\s+\$")
#: a word an amount or a price prints as, or a price's "$" alone
_AMOUNT_OR_DOLLAR = re.compile(rf"\$|\$?{AMOUNT_WORD_RE.pattern}")
_BARE_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)?")


def amount_then_dollar(text: str) -> bool:
    """True where ``text`` (a title's) holds an amount followed by a price's "$"
    ("10000 $ Common Stock"): the row's values after the title were read into it."""
    return _AMOUNT_THEN_DOLLAR.search(text) is not None


def price_kept(text: str) -> bool:
    """True where a title holding the row's values (``text``) took none of the price's:
    no "$" in it ("Common 505 Stock"), or a lone "$" its last amount-like word ("11,169 $
    Common Stock": the shift took the price's "$" but not its number). Where the title
    took the price's number too ("5,000 $ 0 Common Stock"), the price's cell holds
    another column's value."""
    words = [w for w in text.split() if _AMOUNT_OR_DOLLAR.fullmatch(w)]
    return not any(w.startswith("$") for w in words) or words[-1] == "$"


def underlying_put_back(row: Row) -> Row:
    """The row with its underlying title, amount and price each in its own column where
    all three moved one column left as one shape: the title cell holds an amount, a lone
    "$" and words without a digit ("11,169 $ Common Stock"), the amount's cell a bare
    number and the price's cell nothing (the title printed lower than the row's line,
    its column taken by the values after it). The number is the price the "$" opens."""
    title, amount = row.get("underlying_security_title"), row.get("underlying_shares")
    match = _AMOUNT_BEFORE_TITLE.fullmatch(title.text.strip()) if title else None
    if match is None or not amount or not _BARE_NUMBER.fullmatch(amount.text.strip()) \
            or row.get("price_per_share"):
        return row
    assert title is not None and amount is not None
    return {**row, "underlying_security_title": Cell(match["title"], title.line, title.column),
            "underlying_shares": Cell(match["amount"], title.line, title.column),
            "price_per_share": Cell("$" + amount.text.strip(), amount.line, amount.column)}
