"""A line of a scanned page's tables, its words read as the values they can only be.

A row's line holds its values in the form's column order, the title's words
before them and the nature's after (``form/row_lines.py`` reads it with the
typed-sequence grammar). OCR misreads values (``scan_values.py``), garbles
marks and words (``scan_words.py``) and drops a letter alone at a column's edge.
``table_words`` reads each word by its place among the values, and puts a
stand-in (``form/scan_marks.py``) where a value stood that cannot be read, so
that the row keeps its columns (a row lost would leave the rows after it read
as other rows' values):

- right after a row's first date (its transaction's date, and the deemed date)
  stands its code: a word there that is no code is an unread code, and so is
  one followed by an amount and its "A" or "D" ("$23)" for "S(23)"); an amount
  there followed by "A" or "D" has lost the code before it;
- a number that cannot be read is, among values, an unread amount or price;
  among words, garbled; a letter glued before a price's digits between two
  amounts ("g69.35") is an unread price;
- a speck next to a value where a mark can stand is a lost mark, and so is a
  letter or two between two values or before a row's first date (Table II's
  conversion price holding only a mark), and a "1" where Table II's dates stand
  after the amount moved (Table I has its "A" or "D" there); a lost mark glued to
  that amount, one mark alone after it, is the first date's;
- a lost mark where a value must stand is that value unread: between a price and
  the "D" or "I", the amount owned; between two amounts after Table II's
  underlying title, the price;
- a word in small letters right after a date or a mark stands where Table II's
  underlying title opens, which opens with a capital: garbled ("ommon"); so are
  the words before a row's values that open with no title's opening (a small
  letter, or a price and words: "$0.0001 per share", a title wrapped from above);
- "1" after the amount owned and before the nature is the "I" of its column;
  "0" is never a mark's digits ("02)" is 0 and a mark);
- the amount moved followed by a price has lost its "A" or "D"; a row's line
  that ends with its amount owned (or with it and a word OCR garbled), or a line
  of a title's words with a grouped amount among them (a holding), has lost its
  "D" or "I": unread ones (not where the word after the amount opens with a "D"
  or "I" glued to more: a lost mark keeps that line from reading as a row);
- marks after a row's last value, where its nature's words are not, are the
  nature's, which stands elsewhere: they are left out; so are lost marks standing
  apart after its last word (the small mark of a cell's next line);
- a line that opens with a price and an amount, or with a code before an
  amount, or holds a "D" or "I" followed by a number, holds some of a row's
  values whose others OCR printed elsewhere: a lost mark put in keeps it from
  reading as a row;
- on a line of words, marks, specks and a lone letter before its first word are
  a line of small marks run into it; a line of marks only is none: OCR set the
  small marks of the row under it apart, and which value each stands on is not
  known.
"""

from __future__ import annotations

import re

from ..form.scan_marks import LOST_MARK, unread
from ..placeholders import GARBLED
from ..patterns import GROUPED_RE, HOLDING_LETTERS, MARKS_AFTER, MARKS_RE
from .scan_values import (NUMBER_START, PRICE, RULES, code_word, date_word, direction_word,
                          is_date, is_number, scan_number)
from .scan_words import (GARBLED_CLOSING, GARBLED_SUFFIX, MARK_DIGITS, SHORT_WORDS, glued_marks,
                         is_garbled_mark, is_glyph_mark, is_speck, is_value, known_marks,
                         text_words, unruled)

# an amount, its marks kept (a price: scan_values.PRICE; grouped: patterns.GROUPED_RE)
_AMOUNT = re.compile(r"[0-9][0-9,.]*" + MARKS_AFTER)
# a letter or two, or a speck or two: what a mark OCR garbled may become
_SPECKLE = re.compile(r"[a-z]{1,2}|[A-Za-z]?[^\sA-Za-z0-9]{1,2}")
# the same with a bracket or two: "fo)", "(a", "«a", "Oy"
_BRACKETED_SPECKLE = re.compile(r"[(«]?([a-z@©®°]{1,2}|[A-Z][a-z@©®°]?)\)|[(«][a-z@©®°]{1,2}|Oy")
_CODE = re.compile(r"[A-Z]" + MARKS_AFTER)
# "g69.35@)": a letter read for a price's "$", a garbled mark after its decimals
_LETTERED_PRICE = re.compile(r"[a-z][0-9][0-9,]*\.[0-9]{2,4}\S{0,3}")
# one small letter or glyph: a mark OCR garbled ("q", "w", "@")
_LONE_SPECKLE = re.compile(r"[a-z@©®°]")
# capitals no column holds alone (no code, no "A", "D", "I" or "V"): a mark OCR garbled
_NO_VALUE_LETTERS = frozenset("BKNQRTY")


def table_words(words: list[str], notes: int | None = None, opened: int = 0) -> list[str]:
    """The words of a table line, each read as what it can only be (``notes``: the
    highest footnote number the page shows: a mark past it is a garbled one;
    ``opened``: the brackets the lines above left open, ``scan_table.open_brackets``)."""
    words = _joined_dollars([unruled(w) for w in words])
    words = [LOST_MARK if is_glyph_mark(w) else w for w in words if w and not is_speck(w)]
    out: list[str] = []
    for i, word in enumerate(words):
        after = [unruled(w) for w in words[i + 1:i + 3]]
        out += [known_marks(w, notes) for w in _read(word, out, after, notes)]
    out = glued_marks(text_words(_digit_marks(_loose_marks([w for w in out if w])), opened))
    out = _marks_before_nature(_without_nature_marks(out))
    if any(is_date(w) for w in out):
        out = _lost_letters(_date_marks(_cut_title(out)))
    else:
        out = _lost_holding_letter(_cut_holdings(_cut_title(out)))
    if _fragment(out):
        out.insert(0, LOST_MARK)
    if all(MARKS_RE.fullmatch(w) or w == LOST_MARK or w.startswith(GARBLED)
           or is_garbled_mark(w.rstrip(",")) for w in out) and not any(
               GARBLED_CLOSING.fullmatch(w) or GARBLED_SUFFIX.fullmatch(w) for w in out):
        return [LOST_MARK] if _marks_only(out) else []
    return out


# one digit with a mark's glyph glued to it: "7”" read as 7 and a lost mark
_DIGIT_MARK = re.compile(r"[1-9]" + re.escape(LOST_MARK))


def _digit_marks(words: list[str]) -> list[str]:
    """A line of words (no value on it) with a digit that a mark's glyph follows ("Stock
    Stock 7” Footnote") read as that lost mark alone: no title or nature prints a lone
    digit marked so; it is a small mark OCR misread, its number not known."""
    if not any(_DIGIT_MARK.fullmatch(w) for w in words) or any(
            is_value(w) and not _DIGIT_MARK.fullmatch(w) or any(c.isdigit() for c in w)
            and not _DIGIT_MARK.fullmatch(w) for w in words):
        return words
    return [LOST_MARK if _DIGIT_MARK.fullmatch(w) else w for w in words]


def _marks_only(words: list[str]) -> bool:
    """True for a line of footnote marks alone ("©)", "2)", "(3)"): it ends the text of
    the cell above it, so it is kept as a lost mark (``form/row_lines.py`` cuts there)."""
    return bool(words) and all(MARKS_RE.fullmatch(w) or w == LOST_MARK or (
        is_garbled_mark(w) and not w.isalpha()) for w in words)


def _joined_dollars(words: list[str]) -> list[str]:
    """"$" and the number after it as one word: "$ 209.71"."""
    out: list[str] = []
    for word in words:
        if out and out[-1] == "$" and NUMBER_START.match(word):
            out[-1] = "$" + word
        else:
            out.append(word)
    return out


# a nature of ownership's first word: "by Trust", "By Spouse", "See footnote"
_NATURE_OPENING = re.compile(r"[A-Za-z][a-z]+[,.]?")
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


def _read(word: str, before: list[str], next_words: list[str], notes: int | None) -> list[str]:
    """One word of a table line read as its kind (``before``: the words read so far,
    ``next_words``: the one or two words after it, ``notes``: as ``table_words``')."""
    date = date_word(word)
    if date is not None:
        return [date]
    previous = before[-1] if before else None
    after, then = [direction_word(w) or w for w in next_words] + [None] * (2 - len(next_words))
    if _code_place(before):
        if not is_number(word):
            code = code_word(word)
            if code is not None:
                return [code]
            if after is not None and is_number(after):
                return [unread("code")]
        elif after is not None and after.replace(LOST_MARK, "") in ("A", "D"):
            return [unread("code"), _number(word, before, after, notes)]
        elif after is not None and is_number(after) and then in ("A", "D", "A" + LOST_MARK,
                                                                 "D" + LOST_MARK):
            return [unread("code")]  # "$23)" for "S(23)": the amount and its "A" or "D" follow
    if MARKS_RE.fullmatch(word):
        return [word]
    if word in ("1", "l") and _indirect_place(previous, after):
        return ["I"]
    if is_number(word):
        return [_number(word, before, after, notes)]
    direction = direction_word(word)
    if direction is not None:
        return [direction]
    return [_between(word, previous, after)]


def _between(word: str, previous: str | None, after: str | None) -> str:
    """A word that is no value, by the values around it."""
    if (is_value(previous) or is_value(after)) and is_garbled_mark(word):
        return LOST_MARK
    if _AMOUNT.fullmatch(previous or "") and after is not None and _AMOUNT.fullmatch(
            after.replace(LOST_MARK, "")) and _LETTERED_PRICE.fullmatch(word):
        return unread("price")  # "g69.35@)" between two amounts: a price's "$" misread
    if is_value(previous) and is_value(after) and (
            _SPECKLE.fullmatch(word) or word in _NO_VALUE_LETTERS):
        return LOST_MARK  # a speck between two values: a cell holding only a mark
    if previous is not None and is_value(previous) and not _ends_values(previous) and (
            _BRACKETED_SPECKLE.fullmatch(word) or _LONE_SPECKLE.fullmatch(word)
            and word not in SHORT_WORDS):
        return LOST_MARK
    if after is not None and is_date(after) and (
            _SPECKLE.fullmatch(word) and word.islower() or _BRACKETED_SPECKLE.fullmatch(word)):
        return LOST_MARK  # before the row's date: a conversion price holding only a mark
    if previous is not None and (is_date(previous) or MARKS_RE.fullmatch(previous)
                                 or previous == LOST_MARK):
        if word[:1].islower():
            return GARBLED + word  # where an underlying title opens, with a capital
        if _QUOTED_OPENING.fullmatch(word):
            return word[1:]  # '"Stock': the column's rule read as a quote, which no title opens
    return word


def _number(word: str, before: list[str], after: str | None, notes: int | None) -> str:
    """A number read (``scan_number``); one that cannot be: a price an unread one, a
    mark's digits and bracket ("2)") a lost mark (an unread amount where an amount
    stands: after the code or a price), an amount among values an unread one,
    anything else garbled."""
    previous = before[-1] if before else None
    if previous is not None and _ends_values(previous) and re.fullmatch(r"[0-9]{4}", word):
        # a year of the nature's words ("Venture 2010"), no amount (no comma), where the
        # nature's line opens: its first word a number, which no row reads
        return GARBLED + word
    if re.fullmatch(r"[1-9][0-9]?", word) and after is not None and (
            is_value(previous) and (MARKS_RE.fullmatch(after) or is_garbled_mark(after))
            or is_date(after) and not is_value(previous)):
        return LOST_MARK  # a mark's digits, its brackets lost: "633 6 (2)", "Units 2 05/15/2021"
    if re.fullmatch(r"[1-9][0-9]?", word) and after is None and previous is not None and (
            not is_value(previous) and any(_ends_values(w) for w in before)):
        return LOST_MARK  # "I See 7": the nature's mark, its brackets lost, ends the line
    if word == "1" and _date_slot(before):
        return LOST_MARK  # "C 12,584 1 1 Common": Table II's dates holding only marks
    number = scan_number(word, notes)
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


def _date_slot(before: list[str]) -> bool:
    """True where the next word stands in Table II's first or second date after the
    amount moved (Table I has its "A" or "D" there): the words so far end with a
    date, a code, an amount and up to one mark."""
    end = len(before) - (1 if before and before[-1] == LOST_MARK else 0)
    return end >= 3 and is_date(before[end - 3]) and bool(
        _CODE.fullmatch(before[end - 2].replace(LOST_MARK, ""))) and bool(
        _AMOUNT.fullmatch(before[end - 1].replace(LOST_MARK, "")))


def _ends_values(word: str) -> bool:
    """True for the "D" or "I" of the amount owned, the last of a row's values."""
    return word.replace(LOST_MARK, "") in HOLDING_LETTERS


def _indirect_place(previous: str | None, after: str | None) -> bool:
    """True where a "1" stands in the column "Direct (D) or Indirect (I)": after the
    amount owned (no price: a price has its "$") and before the nature's words, a
    mark or the line's end."""
    if previous is None or not _AMOUNT.fullmatch(previous.replace(LOST_MARK, "")):
        return False
    return after is None or after == "(" or is_garbled_mark(after) or bool(
        re.fullmatch(r"\(?[A-Za-z]{2,}.*|\([0-9]{1,2}\).*", after))


# ---------------------------------------------------------------- the line's values
# a word of letters after a quote that nothing closes, where an underlying title opens
# after a date or a mark ("05/23/2029 | “Stock" printed '"Stock'): the quote is OCR's
_QUOTED_OPENING = re.compile(r"[\"'][A-Z][a-z]+")
# a word opening a title's line: a capital, a digit, a bracket or a quote
_TITLE_OPENING = re.compile(r"[A-Z0-9(\"']")
# a word that opens a cell's text: a capital and more letters ("See", "By")
_CAPITALISED = re.compile(r"[A-Z][A-Za-z]")


def _loose_marks(words: list[str]) -> list[str]:
    """A line without the marks that stand apart from every word of it: on a line of
    words (no value), marks, specks and a lone letter or digit before its first
    word (OCR ran a line of the row's small marks into it: "A (2) (2) See"); on a
    row's line, lost marks standing alone after its last word (the small mark of a
    cell's next line, set higher than its words: "I See 6)" over "Footnote")."""
    if not any(is_date(w) or PRICE.fullmatch(w) or GROUPED_RE.fullmatch(w.replace(LOST_MARK, ""))
               for w in words):
        start = next((i for i, w in enumerate(words) if _CAPITALISED.match(w)), 0)
        if all(MARKS_RE.fullmatch(w) or w == LOST_MARK or len(w) == 1 or is_garbled_mark(w)
               for w in words[:start]):
            return words[start:]
        return words
    end = len(words)
    while end > 1 and words[end - 1] == LOST_MARK:
        end -= 1
    if end < len(words) and not is_value(words[end - 1]) and not words[end - 1].startswith(
            GARBLED):
        return words[:end]
    return words


def _cut_title(words: list[str]) -> list[str]:
    """A row's line whose words before its values open with no title's opening (a
    small letter, or a price followed by words: "$0.0001 per share 04/04/2024"): the
    end of a title that wraps onto lines above, marked garbled (its cell is not
    certain)."""
    first = next((i for i, w in enumerate(words) if is_date(w) or GROUPED_RE.fullmatch(
        w.replace(LOST_MARK, ""))), len(words))
    title = words[:first]
    if first == len(words):
        return words  # a line of words only: no row's
    if len(title) > 1 and PRICE.fullmatch(title[0]) and not is_value(title[1]):
        cut = True
    else:
        cut = bool(title) and not is_value(title[0]) and not _TITLE_OPENING.match(
            title[0].lstrip(GARBLED)) and not title[0].startswith(GARBLED)
    if not cut:
        return words
    return [w if w.startswith(GARBLED) or is_value(w) else GARBLED + w for w in title] + (
        words[first:])


def _without_nature_marks(words: list[str]) -> list[str]:
    """A row's line without the marks after its last value ("D" or "I", or the
    amount owned where OCR lost the letter after it) where no word of its nature
    stands: the nature's marks, its words elsewhere ("I (4)", "I 4": a mark whose
    brackets OCR lost)."""
    end = len(words)
    if end > 1 and words[-1] == "0" and _ends_values(words[-2]):
        end -= 1  # "$0 0 I 0": no amount follows the "D" or "I"; a mark OCR read as "0"
    while end and (MARKS_RE.fullmatch(words[end - 1]) or words[end - 1] == LOST_MARK
                   or re.fullmatch(r"[1-9][0-9]?", words[end - 1])):
        end -= 1
    if end < len(words) and end and (_ends_values(words[end - 1]) or _AMOUNT.fullmatch(
            words[end - 1].replace(LOST_MARK, ""))):
        return words[:end]
    return words


def _marks_before_nature(words: list[str]) -> list[str]:
    """A row's line without the lost marks between its last value, the "D" or "I" of
    the amount owned, and its nature's words ("I © ye" for "I by(2)"): the mark is the
    one cell's or the other's, and neither is known; read with it, the line is read as
    no row."""
    out: list[str] = []
    for i, word in enumerate(words):
        if (word == LOST_MARK and out and _ends_values(out[-1]) and i + 1 < len(words)
                and not any(is_value(w) or is_date(w) for w in words[i + 1:])):
            continue
        out.append(word)
    return out


def _date_marks(words: list[str]) -> list[str]:
    """A row's line with the lost mark glued to its amount moved set apart where one
    mark alone follows it before the next words: Table II's two dates holding only
    marks ("45,6590) O)": OCR glued the first to the amount)."""
    for i in range(2, len(words) - 2):
        if (_date_slot(words[:i]) and words[i] == LOST_MARK and words[i - 1].endswith(LOST_MARK)
                and _AMOUNT.fullmatch(words[i - 1][:-len(LOST_MARK)])
                and not is_value(words[i + 1]) and not is_date(words[i + 1])):
            return words[:i - 1] + [words[i - 1][:-len(LOST_MARK)], LOST_MARK] + words[i:]
    return words


def _lost_letters(words: list[str]) -> list[str]:
    """A row's line with an unread "A" or "D" where the amount moved is followed by
    its price, and an unread "D" or "I" where the line ends with its amount owned
    (or with it and a word OCR garbled after a price)."""
    out = _lost_between(words)
    codes = [i for i, w in enumerate(out) if i and is_date(out[i - 1])
             and _CODE.fullmatch(w.replace(LOST_MARK, "").replace("(00)", ""))]
    if codes:
        at = codes[0] + 1
        if at + 1 < len(out) and _AMOUNT.fullmatch(out[at].replace(LOST_MARK, "")) and (
                out[at + 1].startswith("$")):
            out.insert(at + 1, unread("acquired"))
    out = _indirect_by_nature(out)
    if out and _AMOUNT.fullmatch(out[-1].replace(LOST_MARK, "")) and not (
            len(out) > 1 and out[-2].replace(LOST_MARK, "") in HOLDING_LETTERS):
        out.append(unread("direction"))
    elif len(out) > 2 and out[-1].startswith(GARBLED) and _AMOUNT.fullmatch(
            out[-2].replace(LOST_MARK, "")) and PRICE.fullmatch(out[-3].replace(LOST_MARK, "")):
        out.insert(len(out) - 1, unread("direction"))  # "$0 0 pe": the letter garbled
    return out


def _indirect_by_nature(words: list[str]) -> list[str]:
    """A row's line whose amount owned (after its price, or the mark its price's cell
    holds alone) is followed by the nature's words, no "D" or "I" between: OCR lost
    the "I" (or read it as the table's rule, "449,825,112 | by Trust"); the form has
    a nature only for indirect ownership (Instruction 4(b)(iv)), so the "I" is put
    back."""
    for i in range(1, len(words) - 1):
        before = words[i - 1]
        if ((PRICE.fullmatch(before.replace(LOST_MARK, "")) or MARKS_RE.fullmatch(before))
                and _AMOUNT.fullmatch(words[i].replace(LOST_MARK, ""))
                and _NATURE_OPENING.fullmatch(words[i + 1])):
            return words[:i + 1] + ["I"] + words[i + 1:]
    return words


def _lost_between(words: list[str]) -> list[str]:
    """A row's line with a lost mark standing where a value must: between a price and
    the "D" or "I" the amount owned ("$0 ) I"); between two amounts after Table II's
    underlying title, the price ("Common 3,030,193 @ 0": a price holding only a mark)."""
    out = list(words)
    for i in range(1, len(out) - 1):
        if out[i] != LOST_MARK:
            continue
        before, after = out[i - 1].replace(LOST_MARK, ""), out[i + 1].replace(LOST_MARK, "")
        if PRICE.fullmatch(before) and after in HOLDING_LETTERS:
            out[i] = unread("amount")
        elif (i > 1 and _AMOUNT.fullmatch(before) and _AMOUNT.fullmatch(after)
              and not is_value(out[i - 2]) and not is_date(out[i - 2])):
            out[i] = unread("price")
    return out


def _lost_holding_letter(words: list[str]) -> list[str]:
    """A line of a title's words ending with a grouped amount: a holding whose "D"
    or "I" OCR lost at the table's edge; an unread one stands in for it."""
    if len(words) > 1 and GROUPED_RE.fullmatch(words[-1].replace(LOST_MARK, "")) and all(
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
    if PRICE.fullmatch(first) and _AMOUNT.fullmatch(second):
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
    "D" or "I" OCR lost at the table's edge; an unread one stands in for it, so that
    the row keeps its place among the rows. Where the word after the amount opens
    with a "D" or "I" glued to something no nature opens with ("DY": the letter and
    a garbled mark, or a nature's word), a mark put after the amount keeps the line
    from reading as a row or a title's words."""
    out = []
    for i, word in enumerate(words):
        out.append(word)
        after = words[i + 1] if i + 1 < len(words) else ""
        if i and GROUPED_RE.fullmatch(word.replace(LOST_MARK, "")) and re.match(
                r"[A-Za-z]{2,}", after.lstrip(GARBLED)) and re.match(r"[A-Za-z]", words[i - 1]):
            out.append(LOST_MARK if re.match(r"[DI][^a-z]", after) else unread("direction"))
    return out
