"""What a run of a page grid's words holds (a run: a cell's words, one space apart): a
number, a text's word, footnote marks alone, or a form column's kind of value (``fits``).
Shared by the readings of a grid's body by where its values line up (``body_columns``,
``body_wrapped``, ``split_rows``)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Protocol, TypeVar

from ..build import COLUMN_KINDS
from ..patterns import AMOUNT_WORD_RE, DATE_RE, MARKS_RE, PRICE_WORD_RE
from ..sections import TEXT_COLUMNS
from .row_cells import _values_fit

#: the columns of text: a run placed there holds a word of letters (not one letter)
TEXT_KEYS = frozenset(TEXT_COLUMNS)
#: the columns of dates: a run placed there holds a date
DATE_KEYS = frozenset(key for key, kind in COLUMN_KINDS.items() if kind == "date_cell")
#: the columns of prices: a run placed there holds a price ("$0.00")
PRICE_KEYS = frozenset(key for key, kind in COLUMN_KINDS.items() if kind == "price_cell")


class Placed(Protocol):
    """A word with its character columns on the page grid."""
    @property
    def text(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


W = TypeVar("W", bound=Placed)


def is_number(text: str) -> bool:
    """Whether a word is a number: an amount or a price ("846819", "$0.00")."""
    return bool(AMOUNT_WORD_RE.fullmatch(text) or PRICE_WORD_RE.fullmatch(text))


def is_wordy(text: str) -> bool:
    """Whether a word holds two letters or more (a text's word, not a code's letter)."""
    return sum(c.isalpha() for c in text) > 1


def holds_value(run: Sequence[Placed]) -> bool:
    """Whether a run holds a value: a number or a date."""
    return any(is_number(w.text) or DATE_RE.fullmatch(w.text) for w in run)


def marks_only(words: Sequence[Placed]) -> bool:
    """Whether a line's (or a cell's) words are footnote marks only ("[1]  [2]", "(1) (3)")."""
    return bool(words) and all(MARKS_RE.fullmatch(w.text) for w in words)


def fits(key: str, run: Sequence[Placed]) -> bool:
    """Whether a run of the body reads as ``key``'s kind of value (``_texts_fit``)."""
    return _texts_fit(key, tuple(w.text for w in run))


@lru_cache(maxsize=4096)
def _texts_fit(key: str, texts: tuple[str, ...]) -> bool:
    """Whether a run's words (``texts``) read as ``key``'s kind of value, their footnote
    marks aside (a run of marks alone fits any column but the transaction's date). Off its
    titles' grid a column is told by what it holds alone: a price column's value shows
    its "$" (a bare amount is an amount), a date column's a date. Kept by its words: a
    table's lines are tried under each column, by ``off_kind_runs`` and ``_placed`` alike."""
    words = [text for text in texts if not MARKS_RE.fullmatch(text)]
    if not words:
        return key != "transaction_date"  # a transaction's date is always printed
    if key in TEXT_KEYS:
        return any(is_wordy(word) for word in words)
    return _values_fit((key,), [" ".join(words)]) and not (
        key in DATE_KEYS and not any(DATE_RE.fullmatch(word) for word in words)
        or key in PRICE_KEYS and not any(PRICE_WORD_RE.fullmatch(word) for word in words))
