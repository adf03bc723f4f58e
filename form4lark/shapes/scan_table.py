"""A scanned page's table read across its lines: what one line alone cannot tell.

``scan_rows.table_words`` reads each line of a table by itself. Some of OCR's
readings are told only by the lines around a row's line (each given here as
its words, as ``table_words`` read them):

- ``wrapped_titles``: a line of words that opens with a price followed by words
  ("$0.0001 per share") continues a title (a par value: no other cell's text
  opens so), so the title on the nearest row's line above it wraps onto lines
  the reader cannot tell from the nature's: both are marked garbled;
- ``par_value_titles``: a title cut between "par value" and its price put back
  on its row's line where the cut is certain (before ``wrapped_titles``);
- ``dropped_capitals``: a title's "Common" that OCR cut in two, its capital "C" (taller
  than the letters after it, and standing above its row's line in a cell centred on
  the row) printed alone on the line above and "ommon" on the row's line, put back
  together on the row's line where each is the one such word of its line;
- ``dropped_nature_capitals``: a nature's opening word ("See", "By") that OCR cut in
  two the same way, its capital alone on the line above and the rest right after the
  row's ownership form ("S" / "... 2,260 I ee 4"), put back together on the line above,
  where the nature's first line stands (read on the raw lines: ``table_words`` would
  leave the cut word out);
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
from ..patterns import GROUPED, HOLDING_LETTERS, MARKS_AFTER, MARKS_RE
from .scan_values import NUMBER_START, PRICE, is_date
from .scan_words import GARBLED_CLOSING, is_garbled_mark, is_value

# a word of a cell's text: letters, no digit or mark
_WORD = re.compile(r"[A-Za-z][A-Za-z.,'-]*")
# an amount in thousands, and its marks ("25,189(12)")
_GROUPED = re.compile(GROUPED + MARKS_AFTER)
# an amount of shares, grouped in thousands or under a thousand
_AMOUNT = re.compile(f"({GROUPED}|[0-9]{{1,3}}){MARKS_AFTER}")


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


# "ommon": the rest of "Common" once its capital is cut off, a quote OCR read for the
# capital's top before it and a rule ("|" read as ")") after it
_UNCAPPED = re.compile(r"[\u2018'`]?ommon\)?")
# the capital alone, as OCR prints it (small or large)
_CAPITAL = frozenset({"c", "C"})


def dropped_capitals(lines: list[list[str]]) -> list[list[str]]:
    """A table's lines with each "Common" that OCR cut in two put back on its row's line:
    a row's line holding one word "ommon" ("Stock (1) 08/29/2018 A 725 ... ommon) 725
    $0 5,283 D") under a text line holding one capital "C" alone ("Restricted c"): the
    capital is taken off the line above, and the word read "Common" (no other word of a
    title ends so), where Table II's next cells follow it as the form prints them (its
    amount, then its price: ``_priced_amount``). Anything else is left as it is."""
    out = [list(words) for words in lines]
    for i in range(1, len(out)):
        above, words = out[i - 1], out[i]
        if not _has_values(words) or not _text_line(above):
            continue
        capitals = [k for k, w in enumerate(above) if w.lstrip(GARBLED) in _CAPITAL]
        cut = [k for k, w in enumerate(words) if _UNCAPPED.fullmatch(w.lstrip(GARBLED))]
        if len(capitals) == 1 and len(cut) == 1 and _priced_amount(words[cut[0] + 1:]):
            del above[capitals[0]]
            words[cut[0]] = "Common"
    return out


# the rest of a nature's opening word once its capital is cut off ("ee", "y")
_UNCAPPED_OPENING = re.compile(r"[a-z]{1,2}")
# a nature's opening word whole
_OPENING = re.compile(r"By|See")
# the capital of a nature's opening word, alone on its line
_CAPITAL_ALONE = re.compile(r"[A-Z]")


def dropped_nature_capitals(lines: list[str], table: list[bool]) -> list[str]:
    """The page's raw lines with each nature's opening word that OCR cut in two put back
    together on the line above its row's (``table``: the lines that are a table's body):
    a line holding one capital alone ("S") right above a row's line (a date or a grouped
    amount on it) whose ownership form ("I") is followed by the word's rest ("ee"), the
    two making a nature's opening ("See", "By"), and no other such word on the line.
    The capital's line then reads as the nature's first line above its row, as OCR
    prints one it did not cut ("See" / "... 2,260 I 4" / "footnote"); anything else is
    left as it is."""
    out = list(lines)
    for i in range(1, len(out)):
        if not (table[i] and table[i - 1]):  # most of a page's lines: not split
            continue
        above, words = out[i - 1].split(), out[i].split()
        if len(above) != 1 or not _CAPITAL_ALONE.fullmatch(above[0]) or not _has_values(words):
            continue
        cut = [k for k in range(1, len(words)) if words[k - 1] in HOLDING_LETTERS
               and _UNCAPPED_OPENING.fullmatch(words[k])
               and _OPENING.fullmatch(above[0] + words[k])]
        if len(cut) == 1:
            out[i - 1] = above[0] + words[cut[0]]
            out[i] = " ".join(words[:cut[0]] + words[cut[0] + 1:])
    return out


def _priced_amount(words: list[str]) -> bool:
    """True where ``words`` open with an amount and a price, or a mark alone in the
    price's cell ("725 $0 5,283 D"): an underlying title's amount and the derivative's
    price; "1 410,474" (a garbled amount) is not."""
    return len(words) >= 2 and bool(_AMOUNT.fullmatch(words[0])) and bool(
        PRICE.fullmatch(words[1]) or words[1] == LOST_MARK or MARKS_RE.fullmatch(words[1]))


def par_value_titles(lines: list[list[str]]) -> list[list[str]]:
    """A table's lines with each title that OCR cut between its par value's words put
    back on its row's line, where the cut is certain: the words "par value" end a
    line and the price and "per share" that must follow them open the next line
    holding words ("Class A Common Stock, par value See" / "$0.0001 per share
    04/04/2024 S ... I footnote"). Where the row's line is the lower one, the words
    after "par value" on the line above open its nature, and go before the nature's
    words on the row's line ("See footnote"); where it is the upper one, its title
    takes "$0.0001 per share" from the line below and the words left there stay
    garbled (a nature wrapped under its row, or a mark OCR misread: not told)."""
    out = [list(words) for words in lines]
    for i, upper in enumerate(out):
        j = next((k for k in range(i + 1, len(out)) if not _marks_only(out[k])), None)
        end = _par_value_end(upper)
        if j is None or end is None or not (price := _par_price(out[j])):
            continue
        lower = out[j]
        if not _has_values(upper) and _has_values(lower) and price == _title_end(lower):
            title = upper[:end] + [w.lstrip(GARBLED) for w in lower[:price]]
            values = lower[price:]
            last = max((k for k, w in enumerate(values) if w.replace(LOST_MARK, "") in HOLDING_LETTERS),
                       default=None)
            if last is None or any(w.startswith(GARBLED) for w in upper) or not all(
                    _WORD.fullmatch(w) for w in upper[end:]):
                continue  # "par value 7 See": a mark OCR misread may be any cell's
            out[j] = title + values[:last + 1] + upper[end:] + values[last + 1:]
            out[i] = []
        elif _has_values(upper) and not _has_values(lower) and end == _title_end(upper):
            out[i] = [w.lstrip(GARBLED) for w in upper[:end] + lower[:price]] + upper[end:]
            out[j] = _garbled(lower[price:])
    return out


def _marks_only(words: list[str]) -> bool:
    """True for a line of marks only, lost or garbled ("(00)", "re)"), or of nothing:
    OCR set the small marks of a row apart, no cell's words."""
    return all(w == LOST_MARK or MARKS_RE.fullmatch(w) or is_garbled_mark(w.lstrip(GARBLED))
               for w in words)


def _par_value_end(words: list[str]) -> int | None:
    """Where the words "par value" end a title on a line (before its row's values, or
    before the words of the next cell), the line opening with a capital."""
    texts = [w.lstrip(GARBLED) for w in words]
    at = next((k for k in range(1, len(texts)) if texts[k - 1] == "par"
               and texts[k].rstrip(",") == "value"), None)
    if at is None or not texts[0][:1].isupper() or any(_has_values([w]) for w in texts[:at]):
        return None
    return at + 1


def _par_price(words: list[str]) -> int:
    """How many words open the line as a par value's price and "per share" ("$0.0001
    per share"); 0 where the line does not open so."""
    texts = [w.lstrip(GARBLED) for w in words[:3]]
    return 3 if len(texts) == 3 and PRICE.fullmatch(texts[0]) and texts[1:] == [
        "per", "share"] else 0


def _title_end(words: list[str]) -> int:
    """Where a row's title ends on its line: at its first date or grouped amount."""
    return next((k for k, w in enumerate(words) if is_date(w) or _GROUPED.fullmatch(
        w.replace(LOST_MARK, ""))), len(words))


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


def open_brackets(lines: list[tuple[bool, int]]) -> int:
    """The brackets left open by the words of a table's lines (as ``table_words`` read
    them; each line told once by ``bracket_line``), counted line by line from the row's
    line before the last one (a bracket closed that none opened closes nothing): the
    cells of the last row's line, those its opening lines above it hold and those after it."""
    start, seen = 0, 0
    for i in range(len(lines) - 1, -1, -1):  # the row's line before the last one
        if lines[i][0]:
            seen += 1
            if seen == 2:
                start = i
                break
    opened = 0
    for _, brackets in lines[start:]:
        opened = max(0, opened + brackets)
    return opened


def bracket_line(words: list[str]) -> tuple[bool, int]:
    """A table line's words as ``open_brackets`` counts them: whether it is a row's line
    (``_has_values``), and the brackets it opens less those it closes (``_brackets``)."""
    return _has_values(words), _brackets(words)


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
    return _title_end(words) < len(words)
