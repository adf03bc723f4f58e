"""A line of a scanned page's tables, its words read as the values they can only be.

A row's line holds its values in the form's column order, the title's words
before them and the nature's after (``form/row_lines.py`` reads it with the
typed-sequence grammar). OCR misreads values (``scan_values.py``), garbles
marks and words (``scan_words.py``) and drops a letter alone at a column's edge.
``table_words`` reads each word by its place among the values, and puts a
stand-in (``form/scan_marks.py``) where a value stood that cannot be read, so
that the row keeps its columns:

- right after a row's first date (its transaction's date, and the deemed date)
  stands its code: a word there that is no code is an unread code, and an
  amount there followed by "A" or "D" has lost the code before it;
- a number that cannot be read is, among values, an unread amount or price;
  among words, garbled;
- a speck next to a value where a mark can stand is a lost mark, and so is a
  letter or two between two values or before a row's first date (Table II's
  conversion price holding only a mark);
- a word in small letters right after a date or a mark stands where Table II's
  underlying title opens, which opens with a capital: garbled ("ommon");
- "1" after the amount owned and before the nature is the "I" of its column;
- the amount moved followed by a price has lost its "A" or "D"; a row's line
  that ends with its amount owned, or a line of a title's words ending with a
  grouped amount (a holding), has lost its "D" or "I": unread ones;
- marks after a row's last value, where its nature's words are not, are the
  nature's, which stands elsewhere: they are left out;
- a line that opens with a price and an amount, or with a code before an
  amount, or holds a "D" or "I" followed by a number, holds some of a row's
  values whose others OCR printed elsewhere; a line of words with a grouped
  amount among them is a holding that lost its "D" or "I" (or none): a lost mark
  put in keeps either from reading as a row (a holding);
- a line of marks only is none: OCR set the small marks of the row under it
  apart, and which value each stands on is not known.
"""

from __future__ import annotations

import re

from ..form.scan_marks import GARBLED, LOST_MARK, unread
from .scan_values import (MARKS, NUMBER_START, RULES, code_word, date_word, direction_word,
                          is_date, is_number, scan_number)
from .scan_words import (MARK_DIGITS, SHORT_WORDS, glued_marks, is_garbled_mark, is_speck,
                         is_value, known_marks, text_words, unruled)

# a price, an amount, a grouped amount (marks on them kept)
_PRICE = re.compile(r"\$[0-9][0-9,.]*(\([0-9]{1,2}\))*")
_AMOUNT = re.compile(r"[0-9][0-9,.]*(\([0-9]{1,2}\))*")
_GROUPED = re.compile(r"[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?")
# a letter or two, or a speck or two: what a mark OCR garbled may become
_SPECKLE = re.compile(r"[a-z]{1,2}|[A-Za-z]?[^\sA-Za-z0-9]{1,2}")
# the same with a bracket or two: "fo)", "(a", "«a", "Oy"
_BRACKETED_SPECKLE = re.compile(r"[(«]?([a-z@©®°]{1,2}|[A-Z][a-z@©®°]?)\)|[(«][a-z@©®°]{1,2}|Oy")
_CODE = re.compile(r"[A-Z](\([0-9]{1,2}\))*")
# one small letter or glyph: a mark OCR garbled ("q", "w", "@")
_LONE_SPECKLE = re.compile(r"[a-z@©®°]")
# capitals no column holds alone (no code, no "A", "D", "I" or "V"): a mark OCR garbled
_NO_VALUE_LETTERS = frozenset("BKNQRTY")


def table_words(words: list[str], notes: int | None = None) -> list[str]:
    """The words of a table line, each read as what it can only be (``notes``: the
    highest footnote number the page shows: a mark past it is a garbled one)."""
    words = _joined_dollars([unruled(w) for w in words])
    words = [w for w in words if w and not is_speck(w)]
    out: list[str] = []
    for i, word in enumerate(words):
        after = unruled(words[i + 1]) if i + 1 < len(words) else None
        out += [known_marks(w, notes) for w in _read(word, out, after)]
    out = glued_marks(text_words([w for w in out if w]))
    out = _without_nature_marks(out)
    if any(is_date(w) for w in out):
        out = _lost_letters(out)
    else:
        out = _lost_holding_letter(_cut_holdings(out))
    if _fragment(out):
        out.insert(0, LOST_MARK)
    if all(MARKS.fullmatch(w) or w == LOST_MARK or w.startswith(GARBLED)
           or is_garbled_mark(w.rstrip(",")) for w in out):
        return []
    return out


def _joined_dollars(words: list[str]) -> list[str]:
    """"$" and the number after it as one word: "$ 209.71"."""
    out: list[str] = []
    for word in words:
        if out and out[-1] == "$" and NUMBER_START.match(word):
            out[-1] = "$" + word
        else:
            out.append(word)
    return out


# ---------------------------------------------------------------- a word in its place
def _code_place(before: list[str]) -> bool:
    """True where the next word stands in the code's column: after the row's first
    date (and its deemed date), before which only words, a price or marks stand."""
    dates = [i for i, w in enumerate(before) if is_date(w)]
    if not dates or dates[-1] != len(before) - 1:
        return False
    first = dates[0]
    if any(not is_date(w) for w in before[first:]) or len(before) - first > 2:
        return False
    return not any(_AMOUNT.fullmatch(w) for w in before[:first])


def _read(word: str, before: list[str], after: str | None) -> list[str]:
    """One word of a table line read as its kind (``before``: the words read so far)."""
    date = date_word(word)
    if date is not None:
        return [date]
    previous = before[-1] if before else None
    after = direction_word(after) or after if after is not None else None
    if _code_place(before):
        if not is_number(word):
            code = code_word(word)
            if code is not None:
                return [code]
            if after is not None and is_number(after):
                return [unread("code")]
        elif after is not None and after.replace(LOST_MARK, "") in ("A", "D"):
            return [unread("code"), _number(word, before, after)]
    if MARKS.fullmatch(word):
        return [word]
    if word in ("1", "l") and _indirect_place(previous, after):
        return ["I"]
    if is_number(word):
        return [_number(word, before, after)]
    direction = direction_word(word)
    if direction is not None:
        return [direction]
    return [_between(word, previous, after)]


def _between(word: str, previous: str | None, after: str | None) -> str:
    """A word that is no value, by the values around it."""
    if (is_value(previous) or is_value(after)) and is_garbled_mark(word):
        return LOST_MARK
    if is_value(previous) and is_value(after) and (
            _SPECKLE.fullmatch(word) or word in _NO_VALUE_LETTERS):
        return LOST_MARK  # a speck between two values: a cell holding only a mark
    if is_value(previous) and not _ends_values(previous) and (
            _BRACKETED_SPECKLE.fullmatch(word) or _LONE_SPECKLE.fullmatch(word)
            and word not in SHORT_WORDS):
        return LOST_MARK
    if after is not None and is_date(after) and (
            _SPECKLE.fullmatch(word) and word.islower() or _BRACKETED_SPECKLE.fullmatch(word)):
        return LOST_MARK  # before the row's date: a conversion price holding only a mark
    if previous is not None and (is_date(previous) or MARKS.fullmatch(previous)
                                 or previous == LOST_MARK) and word[:1].islower():
        return GARBLED + word  # where an underlying title opens, with a capital
    return word


def _number(word: str, before: list[str], after: str | None) -> str:
    """A number read (``scan_number``); one that cannot be: a price an unread one, a
    mark's digits and bracket ("2)") a lost mark (an unread amount where an amount
    stands: after the code or a price), an amount among values an unread one,
    anything else garbled."""
    previous = before[-1] if before else None
    if previous is not None and _ends_values(previous) and re.fullmatch(r"[0-9]{4}", word):
        return word  # a year of the nature's words ("Venture 2010"), no amount: no comma
    if re.fullmatch(r"[0-9]{1,2}", word) and after is not None and (
            is_value(previous) and (MARKS.fullmatch(after) or is_garbled_mark(after))
            or is_date(after) and not is_value(previous)):
        return LOST_MARK  # a mark's digits, its brackets lost: "633 6 (2)", "Units 2 05/15/2021"
    number = scan_number(word)
    if number is not None:
        return number
    amount_place = len(before) > 1 and is_date(before[-2]) and bool(
        _CODE.fullmatch(before[-1].replace(LOST_MARK, ""))) or bool(previous and previous[:1] == "$")
    if word.strip(RULES).startswith("$"):
        return unread("price")
    if MARK_DIGITS.fullmatch(word) and not amount_place:
        return LOST_MARK
    if is_value(previous) or is_value(after) or amount_place or (
            after is not None and is_garbled_mark(after)):
        return unread("amount")
    return word if re.fullmatch(r"[0-9]{1,4}", word) else GARBLED + word  # "Venture 2010 Seed"


def _ends_values(word: str) -> bool:
    """True for the "D" or "I" of the amount owned, the last of a row's values."""
    return word.replace(LOST_MARK, "") in ("D", "I")


def _indirect_place(previous: str | None, after: str | None) -> bool:
    """True where a "1" stands in the column "Direct (D) or Indirect (I)": after the
    amount owned (no price: a price has its "$") and before the nature's words, a
    mark or the line's end."""
    if previous is None or not _AMOUNT.fullmatch(previous.replace(LOST_MARK, "")):
        return False
    return after is None or after == "(" or is_garbled_mark(after) or bool(
        re.fullmatch(r"\(?[A-Za-z]{2,}.*|\([0-9]{1,2}\).*", after))


# ---------------------------------------------------------------- the line's values
def _without_nature_marks(words: list[str]) -> list[str]:
    """A row's line without the marks after its last value ("D" or "I", or the
    amount owned where OCR lost the letter after it) where no word of its nature
    stands: the nature's marks, its words elsewhere ("I (4)", "I 4": a mark whose
    brackets OCR lost)."""
    end = len(words)
    while end and (MARKS.fullmatch(words[end - 1]) or words[end - 1] == LOST_MARK
                   or re.fullmatch(r"[0-9]{1,2}", words[end - 1])):
        end -= 1
    if end < len(words) and end and (_ends_values(words[end - 1]) or _AMOUNT.fullmatch(
            words[end - 1].replace(LOST_MARK, ""))):
        return words[:end]
    return words


def _lost_letters(words: list[str]) -> list[str]:
    """A row's line with an unread "A" or "D" where the amount moved is followed by
    its price, and an unread "D" or "I" where the line ends with its amount owned."""
    out = list(words)
    codes = [i for i, w in enumerate(out) if i and is_date(out[i - 1])
             and _CODE.fullmatch(w.replace(LOST_MARK, "").replace("(00)", ""))]
    if codes:
        at = codes[0] + 1
        if at + 1 < len(out) and _AMOUNT.fullmatch(out[at].replace(LOST_MARK, "")) and (
                out[at + 1].startswith("$")):
            out.insert(at + 1, unread("acquired"))
    if out and _AMOUNT.fullmatch(out[-1].replace(LOST_MARK, "")) and not (
            len(out) > 1 and out[-2].replace(LOST_MARK, "") in ("D", "I")):
        out.append(unread("direction"))
    return out


def _lost_holding_letter(words: list[str]) -> list[str]:
    """A line of a title's words ending with a grouped amount: a holding whose "D"
    or "I" OCR lost at the table's edge; an unread one stands in for it."""
    if len(words) > 1 and _GROUPED.fullmatch(words[-1].replace(LOST_MARK, "")) and all(
            re.fullmatch(r"[A-Z][A-Za-z,.'&-]*", w) for w in words[:-1]):
        return words + [unread("direction")]
    return words


def _fragment(words: list[str]) -> bool:
    """True for a line holding some of a row's values whose others OCR printed
    on other lines (no date on it): one opening with a price, with a code (or a
    garbled word) before an amount ("sO 141,981 D"), with the amount moved, its "A"
    or "D" and its price, with a "D" or "I" followed by a number ("1,844 D
    $636.40"), or an amount alone: read alone, or run into the lines after it, it
    would be a holding."""
    if not words or any(is_date(w) for w in words):
        return False
    if len(words) == 1:
        return bool(_AMOUNT.fullmatch(words[0].replace(LOST_MARK, "")))  # an amount alone
    first, second = words[0].replace(LOST_MARK, ""), words[1].replace(LOST_MARK, "")
    if _PRICE.fullmatch(first) and _AMOUNT.fullmatch(second):
        return True
    if _AMOUNT.fullmatch(first) and second in ("A", "D") and len(words) > 2 and (
            words[2].startswith("$")):
        return True  # the amount moved, its "A" or "D" and its price
    opening = len(first) <= 4 and (code_word(first) is not None or first.startswith(GARBLED))
    if opening and _AMOUNT.fullmatch(second):
        return True
    return any(_ends_values(w) and NUMBER_START.match(n) for w, n in zip(words, words[1:]))


def _cut_holdings(words: list[str]) -> list[str]:
    """A line with no date holding words, a grouped amount and words: a holding whose
    "D" or "I" OCR lost, or words that only look so; a mark put after the amount
    keeps it from reading as either (the line is no row, nor a title's)."""
    out = []
    for i, word in enumerate(words):
        out.append(word)
        after = words[i + 1] if i + 1 < len(words) else ""
        if i and _GROUPED.fullmatch(word) and re.match(r"[A-Za-z]{2,}", after) and re.match(
                r"[A-Za-z]", words[i - 1]):
            out.append(LOST_MARK)
    return out
