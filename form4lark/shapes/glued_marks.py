"""The footnote marks of a run-together Table II row ("Restricted Stock
Units(1)03/10/2025A110,474(2)(2)Common Stock110,474(1)294,910D"), given to the
column the form's order certainly gives them, or left out.

Table II prints a column between the title and the transaction's date (the
conversion price), between the underlying amount and the amount owned (the price),
and two date columns after the shares, each of which may hold only a mark. A mark
run onto the word before such a column is that word's or the column's: the text
does not say, so the mark is left out (its footnote is not read, never misplaced),
unless the price is printed ("$ 24.42", "$ 0"), whose word then takes it. The marks
after the shares are the dates' where the date columns print no date, and those
after a holding's title the price's and the dates' where the row prints no date:
one to each such column, where there are that many. Where there are more after the
shares and no date is printed ("45,659(2)(1)(1)"), which cell holds which is not told:
the shares are read without marks and each date column as ``UNPLACED`` (None); more
than one where one date is printed ("2,088,955(31)(32)08/13/2022": a date's cell may
hold both): left out, but for one mark printed twice ("757,576(1)(1)04/29/2035"), the
shares' (a cell prints each of its footnotes once, so one of them is); two
same marks after a title ("Stock(1)(1)") are the title's and the conversion price's,
a cell printing each of its footnotes once (more after a holding's title: the row is
left unread). Where the page prints the "A"/"D" letter in a column of its own after the
shares (a web page's "(A) or (D)": "C2246338D [1] [1]Common Stock"), marks alone after it
in a row printing no date are the date columns', as after the shares.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..form.column_tokens import grammar as row_grammar
from ..placeholders import GLUED_UNPLACED, UNCUT, UNPLACED
from ..patterns import DATE, GROUPED_WHOLE_RE, MARKS_AFTER

_MARKS = re.compile(rf"(?P<value>.*?)(?P<marks>{MARKS_AFTER})")
_DATE = re.compile(DATE + MARKS_AFTER)
_AMOUNT = re.compile(r"[0-9][0-9,.]*" + MARKS_AFTER)
# the transaction's code, with any mark and the "V" of an equity swap: "A", "M(1)", "V"
_CODE = re.compile(r"[A-Z]" + MARKS_AFTER)
_DIRECT_INDIRECT = re.compile(r"[DI]" + MARKS_AFTER)
_MARK = re.compile(r"\([0-9]{1,2}\)")
# a word of marks alone: "(1)(1)"
_MARK_RUN = re.compile(r"(?:\([0-9]{1,2}\))+")
#: a transaction's "A"/"D" letter
_DIRECTIONS = ("A", "D")
# the underlying title's first word: no direction's letter ("D"; nor a date's words,
# ``_opens_title``)
_TITLE_OPENS = re.compile(r"[A-Za-z]{2}")
# two cells run together inside a word: a small letter before a capital ("NoneCommon")
_CELLS_RUN = re.compile(r"[a-z][A-Z]")
# a word of a title, with any marks: one holding a letter ("Units(1)", "buy)")
_TITLE_WORD = re.compile(r"(?=[^(]*[A-Za-z]).*?" + MARKS_AFTER)
#: the date columns after the shares: date exercisable, expiration date
DATE_COLUMNS = 2
#: the columns of a holding between its title and the underlying title: the
#: conversion price and the two dates ("Class B Common Stock(1)(1)(1)Class A ...")
HELD_COLUMNS = 3


def _without_marks(word: str) -> str:
    match = _MARKS.fullmatch(word)
    return match.group("value") if match else word


def derivative_marks(words: list[str]) -> list[str]:
    """The words of one Table II row with each run-on mark placed or left out."""
    out: list[str] = []
    words = _uncut_unprinted(words)
    for i, word in enumerate(words):
        after = words[i + 1] if i + 1 < len(words) else ""
        before = out[-1] if out else ""
        if _DATE.fullmatch(after) and _TITLE_WORD.fullmatch(word) and not _CODE.fullmatch(word):
            out += _twice_marked(word)  # the title's or the conversion price's
        elif (_AMOUNT.fullmatch(word) and _AMOUNT.fullmatch(after) and not _DATE.fullmatch(word)
              and not before.endswith("$") and i + 2 < len(words)
              and _DIRECT_INDIRECT.fullmatch(words[i + 2])):
            out.append(_without_marks(word))  # the underlying amount's or the price's
        elif _AMOUNT.fullmatch(word) and _CODE.fullmatch(before) and not _DATE.fullmatch(word):
            # marks more than the date columns: not told apart, but where a date's word
            # may be glued on the title after them ("45,659(2)(1)(1)NoneCommon")
            out += _free_marks(word, DATE_COLUMNS - _dates(words[i + 1:]),
                               unplaced=not _cells_run(words[i + 1:]))
        elif _TITLE_WORD.fullmatch(word) and after[:1].isalpha() and not _dates(words):
            out += _free_marks(word, HELD_COLUMNS)  # a holding's price and dates, or none
        elif _after_direction(out, word, words[i + 1:]):
            out += _date_column_marks(word)
        else:
            out.append(word)
    return out


def _after_direction(before: list[str], word: str, after: list[str]) -> bool:
    """Whether ``word`` is marks alone after a transaction's shares and its "A"/"D"
    letter (``before`` ends "M", "2246338", "D"), the words ``after`` it opening the
    underlying title with no date printed: where the page prints the letter in a
    column of its own ("C2246338D [1] [1]Common Stock": a web page's "(A) or (D)"),
    such marks are the date columns' that print only a mark (``_date_column_marks``)."""
    return (_MARK_RUN.fullmatch(word) is not None and len(before) > 2
            and before[-1] in _DIRECTIONS and _AMOUNT.fullmatch(before[-2]) is not None
            and _CODE.fullmatch(before[-3]) is not None
            and not _dates(after) and _opens_title(after))


def _date_column_marks(word: str) -> list[str]:
    """The marks ``word`` holds after a row's "A"/"D" letter where the row prints no
    date: one to each date column where there are that many (each column printing only
    its mark, as ``_free_marks`` gives them after the shares: "(1)(1)" -> "(1)" "(1)");
    else which column holds which is not told, each date column ``UNPLACED``."""
    marks = _MARK.findall(word)
    return marks if len(marks) == DATE_COLUMNS else [UNPLACED] * DATE_COLUMNS


def _uncut_unprinted(words: list[str]) -> list[str]:
    """``words`` with an ``UNCUT`` run of bare marks standing where the row prints no
    value of its columns made ``UNPLACED`` (each such cell None, its marks left out):
    between the title's last word and the transaction's date, the conversion price
    ("Stock1" "02/21/2013": the title's mark, the price's, or a price of 1; no figure
    of the title nor of the date); between the shares, cut whole, and the underlying
    title, the two date columns ("2,246,338" "11" "Common": no date printed; the shares
    may be uncut too, "C241,91311": a mark on the code or not, or run together with the
    marks in one, "A72522": 725 or 7252 shares), ``GLUED_UNPLACED`` after shares of a group
    of thousands (the marks ran on past it: the table glues marks)."""
    out: list[str] = []
    for i, word in enumerate(words):
        before = out[-1] if out else ""
        after = words[i + 1] if i + 1 < len(words) else ""
        if word != UNCUT or not before:
            out.append(word)
        elif _TITLE_WORD.fullmatch(before) and _DATE.fullmatch(after) and not _dates(out):
            out.append(UNPLACED)
        elif ((_AMOUNT.fullmatch(before) or before == UNCUT) and _opens_title(words[i + 1:])
              and len(out) > 1 and _CODE.fullmatch(out[-2]) and _dates(out)):
            # after an amount cut whole at its group of thousands, the marks ran on past it
            out += [GLUED_UNPLACED if GROUPED_WHOLE_RE.fullmatch(before) else UNPLACED] * DATE_COLUMNS
        elif _CODE.fullmatch(before) and _opens_title(words[i + 1:]) and _dates(out):
            out += [word, *[UNPLACED] * DATE_COLUMNS]  # the shares and the dates' marks run
        else:
            out.append(word)
    return out


def _opens_title(words: list[str]) -> bool:
    """True where ``words``, those after a Table II row's shares and their marks, open
    with the underlying title: not with a date column's words ("Immediately", the rows'
    grammar's ``WORD_DATE``), and no word up to the underlying amount runs two cells
    together ("NoneCommon", "ExercisableCommon": a date column printing a word, which
    may be any, "None", "Various", glued onto the title), nor ends a cell with a mark
    before another word ("None(1) Common Stock": ``_cell_ends_before_title``)."""
    return (bool(words) and bool(_TITLE_OPENS.match(words[0]))
            and not _word_date().match(" ".join(words)) and not _cells_run(words)
            and not _cell_ends_before_title(words))


def _cell_ends_before_title(words: list[str]) -> bool:
    """True where a word of ``words`` before the first holding a figure (the underlying
    amount's) carries a mark and is followed by a word with no figure: the mark ends a
    cell, not the title ("None(1) Common Stock 2246338": a date column printing a word the
    rows' grammar does not list, "See footnote", "Upon conversion", then its mark), so
    what follows it is not told to be the title."""
    bare = [_MARK.sub("", word) for word in words]
    for i, word in enumerate(bare):
        if any(ch.isdigit() for ch in word):
            return False
        if word != words[i] and i + 1 < len(words) and not any(ch.isdigit() for ch in bare[i + 1]):
            return True
    return False


def _cells_run(words: list[str]) -> bool:
    """True where a word of ``words`` up to the first holding a figure (the underlying
    amount's, "Stock725$05,283D") runs two cells together ("NoneCommon")."""
    for word in words:
        if _CELLS_RUN.search(word):
            return True
        if any(ch.isdigit() for ch in word):
            return False
    return False


@lru_cache(maxsize=1)
def _word_date() -> re.Pattern[str]:
    """A date column's words ("Immediately", "Upon vesting"): the rows' grammar's."""
    return re.compile(row_grammar().get_terminal("WORD_DATE").pattern.to_regexp())


def _dates(words: list[str]) -> int:
    """How many of ``words`` are dates."""
    return sum(1 for word in words if _DATE.fullmatch(word))


def _twice_marked(word: str) -> list[str]:
    """A title's last word before the transaction's date, its marks left out (the
    title's or the conversion price's: not told), but for one mark printed twice
    ("Stock(1)(1)"), one the title's and one the price's (printed alone in its cell)."""
    match = _MARKS.fullmatch(word)
    if match is None:
        return [word]
    marks = _MARK.findall(match.group("marks"))
    if len(marks) == 2 and marks[0] == marks[1]:
        return [match.group("value") + marks[0], marks[1]]
    return [match.group("value")]


def _free_marks(word: str, columns: int, unplaced: bool = False) -> list[str]:
    """``word``, its marks cut off it where there is one to each of ``columns`` columns
    that print no value; left whole otherwise, or where there are more marks than
    such columns and ``unplaced`` (the date columns after the shares, both unprinted),
    the word without marks and each column as ``UNPLACED``."""
    match = _MARKS.fullmatch(word)
    if match is None:
        return [word]
    marks = _MARK.findall(match.group("marks"))
    if unplaced and columns == DATE_COLUMNS and len(marks) > columns:
        return [match.group("value"), *[UNPLACED] * columns]  # which cell holds which: not told
    if unplaced and columns and len(marks) > columns and len(set(marks)) > 1:
        return [match.group("value")]  # "2,088,955(31)(32)08/13/2022": not told, left out
    if not marks or len(marks) != columns:  # some the word's, or two in one column
        return [word]
    return [match.group("value"), *marks]
