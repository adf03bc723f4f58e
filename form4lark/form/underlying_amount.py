"""Table II's underlying amount printed after the table's last column header, put back.

A text in reading order that prints each cell of the page as a paragraph of its
own, in the order the cells stand on the page (pdftotext run without ``-layout``
or ``-raw``), prints a one-row Table II among its column headers. The cell under
"Amount or Number of Shares" (column 7's second sub-header, the lowest header
cell of the table) then comes last: after the row's amount owned, its "D" or "I"
and column 11's header where the page prints one ("Title", "Common Stock", "8. Price of Derivative
Security", ..., "$0", "5,283", "D", "11. Nature ...", "Amount or Number of
Shares", "725"). The amount is put back where the form prints it, before
column 8's header, only where that shape is whole: the sub-header after every
numbered header, one amount after it and no other amount, column 8's header
after column 7's (and before column 11's, or columns 10's and 11's headers both
after the amount: "Amount or Number of Shares", "110,474", "10. Ownership ...",
"11. Nature ...", "D"), and no mark that would read as the amount's own (a price of marks
only after an amount that holds marks). Where the number stands among column 5's
sub-headers tells its direction: under "(A)" or under "(D)" (``direction``).
"""

from __future__ import annotations

import re

from ..patterns import MARKS_AFTER, MARKS_RE
from .atoms import Atom

_HEADER = ("amount", "or", "number", "of", "shares")
# an amount with any footnote mark printed on it ("725", "23,054(2)")
_AMOUNT = re.compile(r"[0-9][0-9,]*(\.[0-9]+)?" + MARKS_AFTER)


def _header_end(atoms: list[Atom]) -> int | None:
    """Index after the last "Amount or Number of Shares" run of words, or None."""
    words = [a.text.lower() for a in atoms]
    n = len(_HEADER)
    starts = [i for i in range(len(words) - n + 1) if tuple(words[i:i + n]) == _HEADER]
    return starts[-1] + n if starts else None


def _numbered(atoms: list[Atom], number: str) -> int | None:
    """Index of column ``number``'s header ("8." then a header word), or None."""
    return next((i for i, a in enumerate(atoms[:-1])
                 if a.text == number and a.kind in ("TEXT", "COLUMN_TITLE")
                 and atoms[i + 1].text[:1].isalpha()), None)


def amount_put_back(atoms: list[Atom]) -> list[Atom]:
    """Table II's body (``atoms``, its column headers still among its values) with the
    amount printed after the last header's "Amount or Number of Shares" moved before
    column 8's header; ``atoms`` unchanged where the shape is not whole."""
    end = _header_end(atoms)
    if end is None or end >= len(atoms) or not _AMOUNT.fullmatch(atoms[end].text):
        return atoms
    after = atoms[end + 1:]
    if any(_AMOUNT.fullmatch(a.text) or a.text.startswith("$") for a in after):
        return atoms  # more than one amount after it: not one row's
    seven, eight, eleven = (_numbered(atoms, n) for n in ("7.", "8.", "11."))
    if seven is None or eight is None or not seven < eight < end or (
            eleven is not None and not eight < eleven < end and not _headers_after(atoms, end, eleven)):
        return atoms
    if MARKS_RE.search(atoms[end].text) and any(MARKS_RE.fullmatch(a.text)
                                                for a in atoms[eight:end]):
        # "23,054(2)" put before a price of marks only ("(3)") would read as one cell's
        # marks wrapped over two lines: whose each mark is would be lost
        return atoms
    return atoms[:eight] + [atoms[end]] + atoms[eight:end] + after


def _headers_after(atoms: list[Atom], end: int, eleven: int) -> bool:
    """True where columns 10's and 11's headers (11's at ``eleven``) follow the amount at
    ``end`` ("110,474", "10. Ownership ...", "11. Nature ...", "D"): the text printed the
    amount before the last headers (no other amount stands after it: ``amount_put_back``)."""
    ten = _numbered(atoms, "10.")
    return ten is not None and end < ten < eleven


def _alone(atoms: list[Atom], i: int, text: str) -> bool:
    """True where ``atoms[i]`` is ``text`` on a line of its own (a sub-header)."""
    return (atoms[i].text == text and (i == 0 or atoms[i - 1].row != atoms[i].row)
            and (i + 1 == len(atoms) or atoms[i + 1].row != atoms[i].row))


def direction(atoms: list[Atom]) -> tuple[str, str] | None:
    """Where such a text prints the one row's number of column 5 among column 5's
    sub-headers, each on a line of its own: ("A", the number) where it stands between
    "(A)" and "(D)" (under "(A)"), ("D", the number) where it follows both (under
    "(D)"); None for any other shape (two numbers, none, or the sub-headers not seen
    once each)."""
    acquired = [i for i in range(len(atoms)) if _alone(atoms, i, "(A)")]
    disposed = [i for i in range(len(atoms)) if _alone(atoms, i, "(D)")]
    if len(acquired) != 1 or len(disposed) != 1 or acquired[0] > disposed[0]:
        return None
    a, d = acquired[0], disposed[0]
    if d == a + 2 and _AMOUNT.fullmatch(atoms[a + 1].text):
        return "A", atoms[a + 1].text
    if d == a + 1 and d + 1 < len(atoms) and _AMOUNT.fullmatch(atoms[d + 1].text):
        return "D", atoms[d + 1].text
    return None
