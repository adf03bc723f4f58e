"""What OCR misreads, and the readings that can be put right with certainty.

Tesseract prints "O" for "0" and "l" for "1" inside numbers, glues the
table's rules ("|" read as ")", "}" or "]") and garbled footnote marks
("(3)" read as "03)", "°)" or ")") to the values they stand beside, and turns
straight quotes into typographic ones. A reading is corrected only where the
form leaves one answer (thousands come in groups of three digits; a comma
before two final digits is a decimal point). Where the digits of a value and
of a garbled mark cannot be told apart, the reading keeps the candidates and
says so; the caller settles it by arithmetic or leaves it ``None``.

A transaction code is one capital letter of Instruction 8; OCR may double it
("Ss"), print it small ("s", "c"), or glue a garbled mark to it ("s®)", "cD)",
"S23)"):
``code_of`` reads the letter where nothing else can be meant (a small letter's mark
may be read as one capital "M": "sM", "cM", or as one small letter rising above it:
"sh", "ch", "sf").

These are shared by the form reader's scan shape (``shapes/scan.py``) and the
old OCR layout (``layouts/ocr_text.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..patterns import GROUPED, GROUPED_RE, GROUPED_WHOLE_RE, MARK_NUMBER_RE, MARKS_RE

# "Mithril Il LP", "SVF ll Aggregator": a Roman numeral read with "l" or "|" for "I"
_ROMAN = re.compile(r"(?<![^\s(\"'])(?=[Il|]*[l|])(?=[Il|]*[Il])[Il|]{2,3}(?=[\s,.)\"']|$)|"
                    r"(?<![^\s(\"'])ll(?=[\s,.)\"']|$)")
# "Fund lv, LP", "Fund Iv": the Roman numeral IV read with "l" or "|" for "I", or "v" small
_ROMAN_FOUR = re.compile(r"(?<![^\s(\"'])(?:[l|][vV]|Iv)(?=[\s,.)\"']|$)")
# "Partners x1, LP", "Fund V1", "SC XIl": a Roman numeral after a word (or starting a
# line, a wrapped name's), its I read as the digit 1 (or, after a capital, as "l" or "|")
_ROMAN_DIGIT = re.compile(r"(?:(?<=[A-Za-z] )|^)[VXvx][IVXvxl|1]{1,3}(?=[\s,.)\"']|$)", re.M)
_ROMAN_NUMERAL = re.compile(r"X{0,3}(IX|IV|V?I{0,3})")
_AS_ROMAN = str.maketrans({"1": "I", "l": "I", "|": "I", "v": "V", "x": "X"})
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'"})
# "Class ACommon Stock": a share class's letter run into the word after it
_CLASS_LETTER = re.compile(r"\b(Class|Series) ?([A-Z])(?=[A-Z][a-z]|\s)")
# "Capata,_attorney-in-fact": the line a signature stands on, read as "_"
_UNDERSCORE = re.compile(r"(?<=[A-Za-z0-9,.])_+(?=[A-Za-z0-9])")
_TRAILING_UNDERSCORE = re.compile(r"(?<=[A-Za-z0-9,.])_+(?=[ \t]|$)", re.M)
# "Attomey-in-Fact": the "rn" of "attorney" read as one "m" (no word is spelt "attomey")
_ATTOMEY = re.compile(r"\b([Aa])ttomey")
# "See Foomote": the "tn" of "footnote" read as one "m" (no word is spelt "foomote")
_FOOMOTE = re.compile(r"\b([Ff])oomote")
# "{s/ Peter Thiel", "(s/", "fs/": a signature's "/s/" with its first slash read as a glyph
_SIGNED = re.compile(r"(?<!\S)[{(\[|f]s/(?=[ \t])")
#: what a match of each Roman numeral's pattern holds, opening with a character (quick
#: to look for): a run of two or three of "I", "l", "|" holding an "l" or "|", after white
#: space, a bracket or a quote; "lv", "|v", "Iv" there; a numeral's letters before its end
_HOLDS_ROMAN = re.compile(r"[\s(\"'](?:[l|][Il|]|I[l|]|II[l|])")
_HOLDS_ROMAN_FOUR = re.compile(r"[\s(\"'](?:[l|][vV]|Iv)")
_HOLDS_ROMAN_DIGIT = re.compile(r"[VXvx][IVXvxl|1]{1,3}(?=[\s,.)\"']|$)", re.M)


def clean_prose(text: str) -> str:
    """Typographic quotes made plain, Roman numerals read with "l" or "|" made "II" (and
    "lv", "Iv" made "IV"; "x1", "XIl" after a word made "XI", "XII"), a
    class letter parted from the word it ran into, an underscore between words a space
    (and one ending a word, "Class B_", dropped), "attomey", "foomote" and "{s/" put right."""
    # each pattern (opening with a look behind or a word's edge: tried at every character)
    # only where the text holds what it needs (``_HOLDS_*``, a space put before the text
    # for a look behind that holds at its start): most texts hold none
    if "oomote" in text:
        text = _FOOMOTE.sub(r"\1ootnote", text)
    if "ttomey" in text:
        text = _ATTOMEY.sub(r"\1ttorney", text)
    if "s/" in text:
        text = _SIGNED.sub("/s/", text)
    text = text.translate(_QUOTES)
    if _HOLDS_ROMAN.search(" " + text):
        text = _ROMAN.sub(lambda m: "I" * len(m.group(0)), text)
    if _HOLDS_ROMAN_FOUR.search(" " + text):
        text = _ROMAN_FOUR.sub("IV", text)
    if _HOLDS_ROMAN_DIGIT.search(text):
        text = _ROMAN_DIGIT.sub(_roman_digit, text)
    if "Class" in text or "Series" in text:
        text = _CLASS_LETTER.sub(lambda m: f"{m.group(1)} {m.group(2)}"
                                 + ("" if text[m.end():m.end() + 1].isspace() else " "), text)
    return _TRAILING_UNDERSCORE.sub("", _UNDERSCORE.sub(" ", text)) if "_" in text else text


def _roman_digit(found: re.Match[str]) -> str:
    """A Roman numeral whose I OCR read as "1" ("x1" -> "XI"), or as "l" or "|" after its
    capital ("XIl" -> "XII"); anything else as read."""
    word = found.group(0)
    roman = word.translate(_AS_ROMAN)
    misread = "1" in word or word[0] in "VX" and bool({"l", "|"} & set(word))
    return roman if misread and _ROMAN_NUMERAL.fullmatch(roman) else word


# ---------------------------------------------------------------- numbers
# what OCR reads for the letters and digits of a number: "1O,000" "l,500" "S00"
_DIGIT_LOOKALIKES = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "S": "5"})
_RULE = "|}{[]"  # the table's rules, read as characters beside a value
_PLAIN = re.compile(r"[0-9]+(\.[0-9]+)?")
_DECIMAL_COMMA = re.compile(r"([0-9]{1,3}),([0-9]{2})(?![0-9])")
# the shapes in which a letter inside a number can only be a digit: thousands in groups
# of three ("1O,000"), or a point and decimals ("2O.50", "l.50")
_LOOKALIKE_SHAPE = re.compile(GROUPED + r"|[0-9]{1,3}\.[0-9]+")
# letters OCR reads for digits, and rules, left after a number's last digit ("66.903l")
_LOOKALIKE_TAIL = re.compile(r"[OolIS]+[" + re.escape(_RULE) + r"]*")
# a token's opening run of digits, points, commas and letters OCR reads for digits
_LOOKALIKE_HEAD = re.compile(r"[0-9OolIS,.]+")
# how a number may open: a digit, or a letter for one before a comma or a point ("l,500")
_LOOKALIKE_OPENING = re.compile(r"[0-9]|[OolIS][,.]")
# up to the last digit, leaving a point or comma after it
_TO_LAST_DIGIT = re.compile(r".*[0-9]")
# "()", "(°)", "(”)": a footnote mark's brackets around what OCR made of its number, a glyph
# or nothing (a letter in brackets is the form's own label: "1(A)" is a header's "4."
# misread and "(A)"). The bracket may be the mark's own, every digit before it the value's
# ("2,562.084()"), or what OCR made of a mark's ink after its first digit ran into the
# value ("2,587.496(20)" read "2,587.4962()", "2.7731(1)" read "2.77311()"):
# ``opened_mark_value`` tells them apart where the page allows
_MARK_NO_DIGIT = re.compile(r"\([^0-9A-Za-z,.()]?\)")
# the digits OCR reads a bracket as ("2.7731(1)" read "2.7731))" or "2.77311()")
_BRACKET_DIGITS = "17"


@dataclass(frozen=True, slots=True)
class Reading:
    """What an OCR'd number says: the digits (or the candidates), its marks, and doubts.

    ``value`` is the number as it stands in the form ("13,888", "2,556.7346"), or None
    when its digits cannot be told from a garbled mark's; ``candidates`` then holds the
    readings that remain. ``marks`` are footnote ids read cleanly; ``lost_mark`` says a
    mark stood there but cannot be read."""

    value: str | None
    marks: tuple[str, ...] = ()
    candidates: tuple[str, ...] = ()
    lost_mark: bool = False
    #: the digits end at a mark's brackets with no digit in them ("2,562.084()")
    mark_opened: bool = False


def read_number(token: str) -> Reading | None:
    """An amount or price as OCR printed it; None if the token is not a number."""
    body = token.strip(_RULE).removeprefix("$").strip().strip(_RULE)
    body = _fix_lookalikes(body)
    comma = _DECIMAL_COMMA.fullmatch(body) or _DECIMAL_COMMA.match(body)
    if comma and (comma.end() == len(body) or body[comma.end()] in "(" + _RULE + ")"):
        body = f"{comma.group(1)}.{comma.group(2)}{body[comma.end():]}"
    number = GROUPED_RE.match(body) or _PLAIN.match(body)
    if number is None:
        return None
    digits, tail = number.group(0), body[number.end():]
    grouped = "," in digits
    tail = tail.rstrip(_RULE + ";,:'’.")
    if not tail:
        return Reading(digits)
    if _LOOKALIKE_TAIL.fullmatch(tail):
        # "1,500I": a letter after a complete number is a rule or a mark's glyph, not a
        # digit; after any other ("66.903l", "15l") it may be either. A complete number:
        # an amount whose last group holds three digits ("1,500"); a price's decimals
        # have no fixed count ("66.903" may go on "66.9031")
        if GROUPED_WHOLE_RE.fullmatch(digits):
            return Reading(digits, lost_mark=True)
        return Reading(None, lost_mark=True)
    marks = MARKS_RE.match(tail)
    if marks and not tail[marks.end():].strip(_RULE + ")"):
        return Reading(digits, tuple(MARK_NUMBER_RE.findall(marks.group(0))))
    if grouped and "." not in digits:
        # "13,888)", "628,553()", "10,0007)": the groups of three end the number; what
        # follows is a rule read as ")" or a garbled mark
        return Reading(digits, lost_mark=True)
    # "209.7103)", "100)", "2,559.0283°)", "2,562.084()": the last digits may belong to a
    # garbled mark (a mark's "(" lost: "2,587.4962°" for "2,587.496(20)")
    candidates = _shorter(digits)
    return Reading(None, candidates=candidates, lost_mark=True,
                   mark_opened=bool(_MARK_NO_DIGIT.fullmatch(tail)))


def tens_run_in(digits: str, notes: int | None) -> bool:
    """Whether the last of a number's ``digits`` may be a two-digit footnote mark's first,
    its "(" lost ("2,587.4962°" for "2,587.496(20)"), on a page whose highest footnote
    number is ``notes`` (None: it shows none): a mark's tens, 1 up to the highest's, or
    a "7" (what OCR reads a small "1" as). On a page of one-digit marks, no digit is."""
    if notes is None or notes < 10 or not digits:
        return False
    return digits[-1] == "7" or "1" <= digits[-1] <= str(min(notes // 10, 9))


def opened_mark_value(reading: Reading, notes: int | None) -> str | None:
    """The digits before a mark's empty brackets ("2,562.084()"), where they can only be
    the value's: where the last digit is none OCR reads a bracket as ("2.77311()" may be
    "2.7731(1)"), nor one a two-digit mark may open with (``tens_run_in``: ``notes`` is
    the highest footnote number the page shows, None for none). None elsewhere."""
    if not reading.mark_opened or not reading.candidates:
        return None
    digits = reading.candidates[0]
    if digits[-1] in _BRACKET_DIGITS or tens_run_in(digits, notes):
        return None
    return digits


def _fix_lookalikes(body: str) -> str:
    """Letters read for digits where the number's shape leaves no other reading:
    "1O,000" -> "10,000", "l,500" -> "1,500". A letter after the number's last digit
    ("66.903l", "1,500I": a rule or a mark as likely as a digit) is left as it stands,
    for ``read_number`` to read as what follows the number."""
    head = _LOOKALIKE_HEAD.match(body)
    number = _TO_LAST_DIGIT.match(head.group(0)) if head else None
    if head is None or number is None:  # no digit in the head
        return body
    if not _LOOKALIKE_OPENING.match(body):
        return body  # "l5.00": a rule before "5.00" as likely as a "1"
    if not _LOOKALIKE_TAIL.fullmatch(body[number.end():]):
        number = head  # "66.903l)": the letters may be a mark's digits, read as candidates
    fixed = number.group(0).translate(_DIGIT_LOOKALIKES)
    digits = _TO_LAST_DIGIT.match(fixed)  # without a point or comma after the last digit
    assert digits is not None  # the number holds a digit, and a lookalike's is one
    if fixed != number.group(0) and not _LOOKALIKE_SHAPE.fullmatch(digits.group(0)):
        return body  # "15O5": no group of thousands nor decimals vouch for the letter's place
    return fixed + body[number.end():]


def _shorter(digits: str) -> tuple[str, ...]:
    """The number with 0, 1 or 2 of its last digits taken as a garbled mark's."""
    out = [digits]
    for cut in (1, 2):
        rest = digits[:-cut].rstrip(".")
        if rest and rest[-1].isdigit() and (not re.search(r",[0-9]{0,2}$", rest)):
            out.append(rest)
    return tuple(dict.fromkeys(out))


# ---------------------------------------------------------------- transaction codes
# what a garbled footnote mark leaves after a code letter: "®)", "?)", "@", "O", "0)", "Q)",
# "23)" (a mark's digits, its opening bracket lost)
_GARBLE_AFTER_CODE = re.compile(r"[^A-Za-z0-9\s]\S*|[0-9O]\)?|[0-9]{2}\)|[A-Za-z]\)")
#: Instruction 8's transaction codes
CODES = frozenset("ACDEFGHIJLMOPSUWXZ")
_SAME_SHAPE = set("cosvwxzpuk")  # lower-case letters shaped like their capitals
# "sh", "ch", "sf": a small code letter and its raised mark "(1)" read as one small letter
# rising above it (TSLA-20211221-1 plain: 29 rows "sh" for "S(1)"; YELP-20130318-1: "ch");
# never after "o" ("of", "oh" are words, and "o" a speck as likely as the code O)
_RAISED_MARK = frozenset("hf")
_MARK_BEARERS = _SAME_SHAPE - {"o"}


def code_of(text: str) -> tuple[str, bool] | None:
    """"Ss" -> ("S", False); "s®)", "sO" -> ("S", True): the code letter (OCR may double it,
    or print a capital small) and whether a garbled mark follows it."""
    letter, rest = text[:1], text[1:]
    if not letter.isalpha():
        return None
    doubled = rest[:1].upper() == letter.upper() and rest[:1].isalpha()
    if doubled:
        rest = rest[1:]
    # "sM", "cM": a small code letter and its mark "(1)" read as one capital "M"
    mark_as_m = rest == "M" and letter in _SAME_SHAPE
    mark_as_letter = not doubled and rest in _RAISED_MARK and letter in _MARK_BEARERS
    if rest and not (mark_as_m or mark_as_letter) and not _GARBLE_AFTER_CODE.fullmatch(rest):
        return None
    # "j®)": a "J" OCR printed small, its descender telling it from "i", a garbled mark
    # after it (not a bare "j", a speck's as likely)
    small_j = letter == "j" and bool(rest) and not rest[0].isalnum()
    if letter.islower() and letter not in _SAME_SHAPE and not doubled and not small_j:
        return None
    code = letter.upper()
    return (code, bool(rest)) if code in CODES else None
