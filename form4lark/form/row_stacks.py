"""Rows whose cells a converter cut into fragments of their own lines, read where that
is certain (pdfplumber's text mode on a page whose narrow cells it cut apart: a cell's
letters set a few to a line, a value of two lines straddling its row's line).

``row_lines.py`` asks these three questions of a table's lines:

- *an amount wrapped above its row's line* (``lone_amount``): a line holding one amount
  alone ("2,080(1)(2)") before a line of values that does not read as a row is put in
  the one place where that line then reads (``row_line_read._wrapped_into``);
- *numbers after column 10* (``nature_number``): on a Table II line only column 11,
  the nature, follows column 10's "D" or "I" (Table II has no A/D code), so bare
  numbers among words after it to the line's end are the nature's ("8,635 I 2" of
  "2021 Charitable", its other letters stacked below; "0 I V 20 e 1 n 0 ture" of
  "Venture 2010", its letters interleaved with another line's);
- *a number among a nature's words* (``worded_number``): in either table only column 7
  (11) follows column 6's (10's) "D" or "I", so a bare number after it that a word of
  the nature stands before ("I US Venture 2010" of "US Venture 2010" / "Seed(2)") is the
  nature's word, where the line reads as a row only so;
- *a whole title interleaved over a row's lines* (``whole_title``): a title read again
  from letters interleaved over the lines a row's values straddle is taken only where
  it is a title the page prints and no run of a longer one (a third line of the cell,
  "Class A" over "Common Stock", would make a title the page prints longer).
"""

from __future__ import annotations

import re

from ..patterns import GROUPED, MARKS_AFTER
from .atoms import Atom

# an amount alone, with any marks on it: "2,080(1)(2)"
_LONE_AMOUNT = re.compile(rf"(?:{GROUPED}|[0-9]+(?:\.[0-9]+)?){MARKS_AFTER}")
# column 10's value, and a number with no grouping or mark
_DIRECT_INDIRECT = re.compile(r"\(?[DI]\)?")
_BARE_NUMBER = re.compile(r"[0-9]{1,4}")
_DIGIT = re.compile(r"[0-9]")


def lone_amount(atoms: list[Atom]) -> bool:
    """True for a line of one amount alone, with any footnote marks on it."""
    return len(atoms) == 1 and _LONE_AMOUNT.fullmatch(atoms[0].text) is not None


def nature_number(atoms: list[Atom], i: int) -> bool:
    """True for a bare number of a Table II line after a "D" or "I" that only words
    and bare numbers follow to the line's end ("0 I V 20 e 1 n 0 ture")."""
    if _BARE_NUMBER.fullmatch(atoms[i].text) is None:
        return False
    for j in range(i - 1, -1, -1):
        if _DIRECT_INDIRECT.fullmatch(atoms[j].text):
            return all(_BARE_NUMBER.fullmatch(a.text) or not _DIGIT.search(a.text)
                       for a in atoms[j + 1:])
    return False


def worded_number(atoms: list[Atom], i: int) -> bool:
    """True for a bare number of a line after a "D" or "I" and a word with no digit that
    only words and bare numbers follow to the line's end ("I US Venture 2010"): a word
    of the nature stands between column 6's (10's) value and it."""
    if not nature_number(atoms, i):
        return False
    start = max(j for j in range(i) if _DIRECT_INDIRECT.fullmatch(atoms[j].text))
    return any(not _DIGIT.search(a.text) for a in atoms[start + 1:i])


def whole_title(text: str, titles: frozenset[str]) -> bool:
    """True where ``text`` is one of ``titles`` and no run of another's words."""
    words = f" {text} "
    return text in titles and not any(words in f" {other} " for other in titles if other != text)
