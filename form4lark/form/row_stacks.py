"""Rows whose cells a converter cut into fragments of their own lines, read where that
is certain (pdfplumber's text mode on a page whose narrow cells it cut apart: a cell's
letters set a few to a line, a value of two lines straddling its row's line).

``row_lines.py`` asks these three questions of a table's lines:

- *an amount wrapped above its row's line* (``lone_amount``): a line holding one amount
  alone ("2,080(1)(2)") before a line of values that does not read as a row is put in
  the one place where that line then reads (``row_lines._wrapped_into``);
- *a number after column 10* (``nature_number``): on a Table II line only column 11,
  the nature, follows column 10's "D" or "I" (Table II has no A/D code), so a number
  ending the line there is the nature's first word ("8,635 I 2" of "2021 Charitable",
  its other letters stacked below);
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


def lone_amount(atoms: list[Atom]) -> bool:
    """True for a line of one amount alone, with any footnote marks on it."""
    return len(atoms) == 1 and _LONE_AMOUNT.fullmatch(atoms[0].text) is not None


def nature_number(atoms: list[Atom], i: int) -> bool:
    """True for a bare number ending a Table II line right after a "D" or "I"."""
    return (i == len(atoms) - 1 and i > 0 and _BARE_NUMBER.fullmatch(atoms[i].text) is not None
            and _DIRECT_INDIRECT.fullmatch(atoms[i - 1].text) is not None)


def whole_title(text: str, titles: frozenset[str]) -> bool:
    """True where ``text`` is one of ``titles`` and no run of another's words."""
    words = f" {text} "
    return text in titles and not any(words in f" {other} " for other in titles if other != text)
