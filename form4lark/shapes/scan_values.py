"""One word of a table's line as OCR read it, read as the value it can only be.

OCR leaves on a value what the page printed around it and what it could not
read: the table's rules ("|$208.99", "5,000,000}"), a footnote mark garbled
into glyphs or digits ("$209.71°", "5,948)", "24,5762)"), letters read for
digits ("1O,000"), a transaction code printed small, doubled or with a mark
glued to it ("Ss", "s®)", "sO", "cD)"). Each reader here takes one word and
gives the value in the form's own spelling (a lost mark written
``LOST_MARK``), or None where the reading is not certain:

- ``scan_number``: ``read_number`` (``scan_fixes.py``) settles grouped
  thousands and clean marks (digits glued after the last group of three are a
  garbled mark's, a lost mark: OCR misreads a small mark's digit too often to read
  it, "10,0009" for "10,000(1)", "5,40619)" for "5,406(16)", "I 9)" for a
  nature's "(3)"; except on a page of one footnote, where a lost mark on a row's
  line is "(1)": ``scan_words.only_note_marks``); beyond it a number ends at a glyph
  no digit is read as ("$209.71°") or at a mark's empty brackets ("$2,562.084()"),
  unless its last decimal may be a two-digit mark's first (``scan_fixes.tens_run_in``:
  "$2,587.4962°" on a page of footnotes (1) to (27)); a price of more than four
  decimals ran a mark's digits into its own ("$2,579.376704") and one of two
  groups of thousands may have a decimal comma ("$2,576,150"): neither is read;
  nor is a number of four digits or more with no comma: the form groups
  thousands ("7442721" is "744,272" and a mark, "$2518" is "$2.518"); no amount
  opens with 0 but 0 itself, so "02)" and "02" are 0 and a lost mark;
- ``date_word``: a date, anything glued to it a lost mark;
- ``code_word``: the code's letter where nothing else can be meant;
- ``direction_word``: "D_", "De)": a "D", "A" or "I" and a lost mark.
"""

from __future__ import annotations

import re

from ..form.scan_marks import LOST_MARK
from ..patterns import DATE_RE, GROUPED_RE, MARKS_AFTER, MARKS_RE
from .scan_fixes import code_of, opened_mark_value, read_number, tens_run_in

# the rules glued to a word's ends
RULES = "|{}[]"
# what starts a number as OCR reads it: "$" or a digit
NUMBER_START = re.compile(r"\$?[0-9]")
# "$10.75(1)", "$0": a price as OCR reads it, with its marks
PRICE = re.compile(r"\$[0-9][0-9,.]*" + MARKS_AFTER)
# "1O,000", "l,500": letters read for digits, where the word is otherwise a number
_LOOKS_NUMERIC = re.compile(r"\$?[0-9OolIS][0-9OolIS,.]*[0-9][0-9OolIS,.]*")
#: a price's digits after its point: more than four is a garbled mark run into them
MAX_DECIMALS = 4
# the glyphs OCR reads a small footnote mark as, glued after a value's digits
_MARK_GLYPH = re.compile(r"[°©®%\"'’”!?@¢™*]")
# "02)", "013)", "02": the amount 0 with a mark's digits glued to it, its brackets lost
_NOUGHT_MARKED = re.compile(r"0[1-9][0-9]?\)?")


def is_date(word: str) -> bool:
    """A date, with or without marks on it ("08/12/2019(1)")."""
    return bool(DATE_RE.fullmatch(word.split("(")[0]))


def is_number(word: str) -> bool:
    """A word that OCR printed as a number (its digits may be misread)."""
    return bool(NUMBER_START.match(word) or _LOOKS_NUMERIC.fullmatch(word))


def _decimals(digits: str) -> int:
    return len(digits.split(".")[1]) if "." in digits else 0


def scan_number(word: str, notes: int | None = None) -> str | None:
    """An amount or price as OCR printed it, put right where the reading is certain
    (clean marks kept, a garbled mark made ``LOST_MARK``); None where its digits
    cannot be told from a garbled mark's. ``notes``: the highest footnote number the
    page shows (None: none), which tells whether a two-digit mark's first digit may have
    run into a number's decimals before a glyph or a mark's empty brackets
    ("2,587.4962°" for "2,587.496(20)": ``scan_fixes.tens_run_in``)."""
    price = word.strip(RULES).startswith("$")
    if _NOUGHT_MARKED.fullmatch(word.strip(RULES)):
        return "0" + LOST_MARK  # no amount opens with 0 but 0 itself: "02" is 0 and a mark
    reading = read_number(word)
    if reading is None:
        return None
    value, lost = reading.value, reading.lost_mark
    if value is None:
        value, lost = opened_mark_value(reading, notes) or _before_glyph(word), True
        if value is not None and "." in value and tens_run_in(value, notes):
            return None  # "2,587.4962°": "2,587.496(20)" on a page of footnotes (1) to (27)
    if value is None or _decimals(value) > MAX_DECIMALS:
        return None
    if price and "." not in value and value.count(",") > 1:
        return None
    if re.match(r"[0-9]{4}", value):  # the form groups thousands: a comma was lost
        return None
    marks = "".join(f"({m})" for m in reading.marks)
    return ("$" if price else "") + value + marks + (LOST_MARK if lost else "")


def _before_glyph(word: str) -> str | None:
    """The digits of a number that a mark's glyph ends ("209.71°", "898.861°9)}"):
    certain, since no digit is read as such a glyph and what follows holds no more
    than a mark's digits. A ")" is no such end: a mark's digits may stand before it
    ("209.7103)")."""
    body = word.strip(RULES).removeprefix("$").strip()
    match = re.match(r"[0-9][0-9,]*(\.[0-9]+)?", body)
    if match is None:
        return None
    rest = body[match.end():]
    if not _MARK_GLYPH.match(rest) or sum(c.isdigit() for c in rest) > 2 or "," in rest:
        return None
    digits = match.group(0)
    if "," in digits and not GROUPED_RE.fullmatch(digits):
        return None
    return digits


def date_word(word: str) -> str | None:
    """A date, with clean marks kept, a comma or point after it dropped, and
    anything else glued to it a lost mark."""
    match = DATE_RE.match(word)
    if match is None:
        return None
    rest = word[match.end():].rstrip(",;.")
    if not rest or MARKS_RE.fullmatch(rest):
        return match.group(0) + rest
    return match.group(0) + LOST_MARK


def code_word(word: str) -> str | None:
    """The transaction code a word in the code's column reads as: "Ss", "s®)", "sO",
    "cD)", "cH", "so", "Mo)" (a capital, or a small letter shaped as its capital,
    with a garbled mark after it); None for anything else ("fo", "mo)": the letter
    is not certain; "o": a speck as likely as the code O)."""
    if word[:1] == "o":
        return None
    got = code_of(word)
    if got is None:
        match = re.fullmatch(r"([A-Zcspuvwxz])(?:o\)?|[A-Z]\)?)", word)
        letter = code_of(match.group(1)) if match else None
        got = (letter[0], True) if letter is not None else None
    if got is None:
        return None
    return got[0] + (LOST_MARK if got[1] else "")


# "D_", "De)", "D2)": a "D", "A" or "I" with a garbled mark glued to it
_DIRECTION = re.compile(r"(?P<letter>[ADI])(?P<rest>[_=]+|[0-9]?\)|e\))")


def direction_word(word: str) -> str | None:
    match = _DIRECTION.fullmatch(word)
    if match is None:
        return None
    rest = match.group("rest")
    return match.group("letter") + ("" if rest.strip("_=") == "" else LOST_MARK)
