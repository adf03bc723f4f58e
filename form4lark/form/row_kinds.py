"""What a word of a table's body looks like, word by word: a value (an amount, a
price, a date, marks only) or a word of prose. The sequence reader
(``row_sequence.py``) and the marks on lines of their own (``row_marks.py``) tell
a row's words apart with these."""

from __future__ import annotations

import re
from functools import lru_cache

from ..patterns import DATE_SHAPE, MARKS_AFTER, MARKS_RE
from .atoms import Atom

# "1,150,783(2)", "$201.69(1)", "$ 0"
NUMBER = re.compile(r"\$? ?[0-9.,]*[0-9]" + MARKS_AFTER)
# "08/12/2019", "08/12/2019(3)"
DATE = re.compile(DATE_SHAPE + MARKS_AFTER)
# a word of prose: two letters or more ("Seed", "per"), not a letter of a column ("D", "I")
PROSE = re.compile(r"[A-Za-z][A-Za-z'.,&-]+.*")

# the words a security's title opens with ("Class A Common Stock", "Stock Option (right
# to buy)", "Restricted Stock Units"); a nature of ownership opens otherwise ("By Trust",
# "See Footnote(3)")
TITLE_OPENING = re.compile(
    r"(Class|Common|Series|Stock|Restricted|Preferred|Ordinary|American|Employee|Director|"
    r"Non-Qualifi?ed|Incentive|Performance|Phantom|Deferred|Units?|Warrants?|Options?|"
    r"Convertible|Depositary|Subordinate|RSUs?|PSUs?)\b", re.I)


@lru_cache(maxsize=4096)  # asked of each word as its row's cells are tried one way and another
def looks_like_value(text: str) -> bool:
    return bool(NUMBER.fullmatch(text) or DATE.fullmatch(text) or MARKS_RE.fullmatch(text)
                or len(text.strip("()")) == 1)


def is_prose(atom: Atom | None) -> bool:
    return atom is not None and not looks_like_value(atom.text) and bool(PROSE.match(atom.text))


def only_marks(line: list[Atom]) -> bool:
    """True for a line of footnote marks alone ("(2)(3)")."""
    return bool(MARKS_RE.fullmatch("".join(a.text for a in line)))


def only_values(line: list[Atom]) -> bool:
    """Whether every word of ``line`` is a value (an amount, a price, a date, a mark, a
    column's letter): no word of a title."""
    return all(looks_like_value(a.text) for a in line)


def cell_only_marks(text: str) -> bool:
    """True for a cell's text of footnote marks alone, spaces between them or not
    ("(2)", "[3] [4]")."""
    return bool(MARKS_RE.fullmatch(text.replace(" ", "")))


def row_figure_word(text: str) -> bool:
    """True for a word that is a row's figure: a date, or an amount or price of two
    figures or more (a lone figure may be a bare footnote mark)."""
    return bool(DATE.fullmatch(text) or NUMBER.fullmatch(text)
                and sum(c.isdigit() for c in text) > 1)
