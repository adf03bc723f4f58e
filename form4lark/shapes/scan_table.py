"""A scanned page's table read across its lines: what one line alone cannot tell.

``scan_rows.table_words`` reads each line of a table by itself. Some of OCR's
readings are told only by the lines around a row's line (each given here as
its words, as ``table_words`` read them):

- ``wrapped_titles``: a line of words that opens with a price followed by words
  ("$0.0001 per share") continues a title (a par value: no other cell's text
  opens so), so the title on the nearest row's line above it wraps onto lines
  the reader cannot tell from the nature's: both are marked garbled;
- ``closing_marks``: a title's last word closing a bracket that no line since
  the row above opened ("Class A Common Stock) 10/02/2015") ends with a garbled
  mark read as ")", not with a wrapped "(right to" / "buy)": the word is read,
  the mark lost.

``open_brackets`` tells ``table_words`` what a line's words continue: the brackets
that the lines of the cells it may belong to opened and left open ("(right to" on
a row's line, "buy)" under it).
"""

from __future__ import annotations

import re

from ..form.scan_marks import LOST_MARK
from ..placeholders import GARBLED
from ..patterns import GROUPED, MARKS_AFTER, MARKS_RE
from .scan_values import NUMBER_START, PRICE, is_date
from .scan_words import GARBLED_CLOSING, is_value

# an amount in thousands, and its marks ("25,189(12)")
_GROUPED = re.compile(GROUPED + MARKS_AFTER)


def wrapped_titles(lines: list[list[str]]) -> list[list[str]]:
    """A table's lines with each par value's line, and the title on the nearest row's
    line above it, marked garbled (neither cell is certain)."""
    out = [list(words) for words in lines]
    for i, words in enumerate(out):
        if _has_values(words) or len(words) < 2 or not PRICE.fullmatch(words[0]) or (
                is_value(words[1])):
            continue
        out[i] = _garbled(words)
        row = next((j for j in range(i - 1, -1, -1) if _has_values(out[j])), None)
        if row is not None:
            first = _first_value(out[row])
            out[row] = _garbled(out[row][:first]) + out[row][first:]
    return out


def closing_marks(lines: list[list[str]]) -> list[list[str]]:
    """A table's lines with a title's last word that closes a bracket no line opened
    read as the word and a lost mark, where it stands right before its row's first
    value."""
    out = [list(words) for words in lines]
    opened = 0  # brackets opened and not closed since the last row's line
    for words in out:
        if not _has_values(words):
            opened += _brackets(words)
            continue
        first = _first_value(words)
        last = words[first - 1] if first else ""
        if first and opened <= 0 and GARBLED_CLOSING.fullmatch(last) and not any(
                "(" in w for w in words[:first - 1]):
            words[first - 1] = last.lstrip(GARBLED)[:-1] + LOST_MARK
        opened = 0
    return out


def open_brackets(lines: list[list[str]]) -> int:
    """The brackets left open by the words of a table's ``lines`` (as ``table_words``
    read them), counted line by line from the row's line before the last one (a
    bracket closed that none opened closes nothing): the cells of the last row's
    line, those its opening lines above it hold and those after it."""
    start, seen = 0, 0
    for i in range(len(lines) - 1, -1, -1):  # the row's line before the last one
        if _has_values(lines[i]):
            seen += 1
            if seen == 2:
                start = i
                break
    opened = 0
    for words in lines[start:]:
        opened = max(0, opened + _brackets(words))
    return opened


def _brackets(words: list[str]) -> int:
    """Brackets a line's words of text open, less those they close (marks and garbled
    words left out)."""
    return sum(w.count("(") - w.count(")") for w in (word.replace(LOST_MARK, "") for word in words)
               if not MARKS_RE.fullmatch(w) and not w.startswith(GARBLED))


def cell_ending_marks(lines: list[list[str]]) -> list[list[str]]:
    """A table's lines with each line of marks alone (``scan_rows.table_words`` keeps it
    as one lost mark) left out unless it stands between two lines of text: next to a
    row's line it may be the small marks of that line's values, set higher or lower
    than their words; between two lines of text it ends the cell above
    (``form/row_lines.py`` cuts a run of text lines after a mark)."""
    out = [list(words) for words in lines]
    for i, words in enumerate(out):
        if words != [LOST_MARK]:
            continue
        above = next((w for w in reversed(out[:i]) if w), None)
        below = next((w for w in out[i + 1:] if w), None)
        if not _text_line(above) or not _text_line(below):
            out[i] = []
    return out


def _text_line(words: list[str] | None) -> bool:
    """True for a line of a cell's words: no value, no mark alone."""
    return bool(words) and words != [LOST_MARK] and not _has_values(words or [])


def _garbled(words: list[str]) -> list[str]:
    return [w if w.startswith(GARBLED) else GARBLED + w for w in words]


def _first_value(words: list[str]) -> int:
    """Where a row's values begin on its line: its first date, price, amount or mark
    (the title's words stand before it)."""
    return next((k for k, w in enumerate(words) if is_date(w) or NUMBER_START.match(w)
                 or w.startswith(LOST_MARK)), len(words))


def _has_values(words: list[str]) -> bool:
    """True for a row's line: a date or a grouped amount among its words."""
    return any(is_date(w) or _GROUPED.fullmatch(w.replace(LOST_MARK, "")) for w in words)
