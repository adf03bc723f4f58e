"""OCR's certain misreadings of a line's words put right, each word keeping its box.

tesseract reads the page's image: the table's rules come out as words ("|",
"—") or glued to words ("|$208.99"), a table title's Roman numeral as a rule
("Table |", "Table Il"), a Roman numeral in a name with "l" ("Mithril Il LP"),
a transaction code doubled ("Ss"). What the form leaves one reading of is put
right here, word by word (``shapes/scan_words.py`` and ``shapes/scan_fixes.py``
hold the readings shared with the scan shape); anything else is left as read,
for the form reader to read or leave unknown.
"""

from __future__ import annotations

import re

from ..form.table_header import HEADER_WORDS, PRINTED
from ..shapes.scan_fixes import clean_prose, read_number
from ..shapes.scan_values import NUMBER_START
from ..shapes.scan_words import is_speck, unruled

# what OCR reads for the numeral of "Table I" and "Table II"
_ONE = frozenset({"|", "l", "1", "!", "I", "]", "[", "|:"})
_TWO = frozenset({"Il", "ll", "||", "I|", "|I", "11", "lI", "l|", "|l", "II", "1l", "l1"})
_DASHES = frozenset({"-", "\u2013", "\u2014", "~", "--"})
# a box's or a column's number: "1.", "2A.", "10."
_LABEL_NUMBER = re.compile(r"[0-9]{1,2}[A-Za-z]?\.")
# a box's or a column's number as OCR reads it: "1", "L", "4,", "6,"
_NUMBERED = re.compile(r"[|]?([1-9]|1[01]|[23]A|[Ll])[.,]?")
_COLUMN_NUMBER = re.compile(r"([1-9]|1[01]|[23]A)\.")
# "3.Transaction", "5.Number", "1.Title": a column's number run into its title
_GLUED_NUMBER = re.compile(r"([1-9]|1[01]|[23]A)[.,]([A-Z][a-z]+)")
#: the first words of the boxes' and columns' titles, after their numbers
_FIRST_WORDS = frozenset({"Title", "Transaction", "Deemed", "Securities", "Amount", "Ownership",
                          "Nature", "Conversion", "Number", "Date", "Price", "Name", "Issuer",
                          "If", "lf", "Relationship", "Individual"})
# the words of the columns' sub-headers ("Code V Amount (A) or (D) Price"), in whose line
# OCR's readings of them have one answer
_SUBHEADER = frozenset({"Code", "Exercisable", "Expiration"})
_HEADER_READINGS = {
    "v": "V", "Vv": "V", "vv": "V", "V": "V", "amount": "Amount", "Amount": "Amount",
    "\u2018Amount": "Amount", "price": "Price", "Brice": "Price", "code": "Code",
    "OF": "or", "oF": "or", "Or": "or", "1A)": "(A)", "0)": "(A)", ")\u00b0": "(A)",
    "&)\u00b0": "(A)", "(4)": "(A)", "(p)": "(A)", "(0)": "(D)", "(A)": "(A)", "(D)": "(D)",
    "(MonthiDay/Year)": "(Month/Day/Year)", "(a)": "(A)", "(d)": "(D)"}
_STOP = re.compile(r"(?<=[0-9])[.,;:]$")
# a number with a footnote mark read as a glyph after it: "$160.82°", "13,433”"
_GLYPH_AFTER = re.compile(r"(\$?[0-9][0-9,.]*[0-9])[\u00b0\u201d\u201c\u00ae\u00a9@'\"*\u2122\u2019]+")
# a transaction code or a check mark OCR printed small, a letter shaped like its capital
_CODE_LETTERS = frozenset("cpswxz")
# a word with a footnote mark glued to its end, read as glyphs: "Footnotes\u00ae)", "Stock\u201d"
_GLUED_MARK = re.compile(r"([A-Za-z][A-Za-z.,&-]*[A-Za-z.])[\u00b0\u00a9\u00ae%\"\u201c\u201d!?@\u00a2\u2122*]+\)?")
# a footnote mark garbled beyond reading: "6)", "@)", "(\")", "°)"
_GARBLED_MARK = re.compile(r"[0-9]{1,2}\)|\(?[^\sA-Za-z0-9()]{1,2}\)")
#: OCR's readings of the boxes' labels, which have one answer anywhere on the page
_LABEL_READINGS = {
    **{f"Person{q}": "Person*" for q in "'\"\u201d\u2019"},
    **{form: f"({name})" for name in ("Last", "First", "Middle", "Street", "City", "State", "Zip")
       for form in (f"{name})", f"({name}")},
    "lf": "If"}
#: the first words of the checkboxes' labels
_BOXED = frozenset({"Director", "Officer", "Other", "10%", "Form", "Check"})
# a box's check mark, read twice
_CHECKS = frozenset({"xX", "Xx", "XX", "xx", "X"})
# "Ss", "Mm": a code letter OCR printed twice
_DOUBLED = re.compile(r"([A-Z])(?=[a-z]$)")


def is_printed(word: str) -> bool:
    """True for a word the form prints (a label's, a column header's, a column's number),
    read as printed: OCR's doubt about it is the rules' running through it."""
    return (word in PRINTED or word.lower().strip(",;:") in HEADER_WORDS
            or bool(_COLUMN_NUMBER.fullmatch(word)))


def split_numbers(words: list[str]) -> list[tuple[str, int]]:
    """A column's number OCR ran into the word after it ("3.Transaction", "5.Number")
    split off: each word with the index of the word it was cut from."""
    out: list[tuple[str, int]] = []
    for index, word in enumerate(words):
        glued = _GLUED_NUMBER.fullmatch(word)
        if glued:
            out += [(glued.group(1) + ".", index), (glued.group(2), index)]
        else:
            out.append((word, index))
    return out


def fixed_line(words: list[str]) -> list[str | None]:
    """The words of one line as OCR read them, each put right or None (a rule, a speck)."""
    header = bool(_SUBHEADER & {w.strip("|[]_") for w in words})
    out: list[str | None] = []
    opened = 0  # brackets opened and not closed so far on the line
    for index, word in enumerate(words):
        before = words[index - 1] if index else None
        after = words[index + 1] if index + 1 < len(words) else None
        closes = word.count(")") - word.count("(")
        unopened = closes > 0 and opened == 0
        opened = max(0, opened - closes)
        if word in _LABEL_READINGS:
            out.append(_LABEL_READINGS[word])
        elif after in _BOXED and len(word) <= 2 and word.strip("|[]") not in _CHECKS:
            out.append(None)  # an empty box before its label: "C1", "[]", "LJ", "oO"
        elif unopened and _GARBLED_MARK.fullmatch(word):
            out.append(None)  # a footnote mark OCR garbled, standing alone: lost
        elif header and word.strip("|[]_") in _HEADER_READINGS:
            out.append(_HEADER_READINGS[word.strip("|[]_")])
        elif _NUMBERED.fullmatch(word) and (after in _FIRST_WORDS or after is not None
                                            and _COLUMN_NUMBER.fullmatch(after)):
            out.append(_NUMBERED.fullmatch(word).group(1) + ".")  # type: ignore[union-attr]
        elif before == "Table" and word in _ONE | _TWO:
            out.append("I" if word in _ONE else "II")
        elif word in _DASHES:  # the dash of a table's title; elsewhere a rule
            out.append("-" if out and out[-1] in ("I", "II") and before in _ONE | _TWO else None)
        elif word == "[" and "]" in words[index + 2:] or word == "]" and "[" in words[:index - 1]:
            out.append(word)  # the brackets around the issuer's ticker
        elif is_speck(word):
            out.append(None)
        else:
            out.append(_fixed(word))
    return out


def _fixed(word: str) -> str | None:
    word = unruled(word).rstrip("_").lstrip("'`\u2018\u2019_")
    if not word:
        return None
    if word in _CODE_LETTERS:
        return word.upper()
    if word in _CHECKS:
        return "X"
    doubled = _DOUBLED.match(word)
    if doubled and word[1] == word[0].lower():
        return word[0]
    if NUMBER_START.match(word) and not _LABEL_NUMBER.fullmatch(word) and "/" not in word:
        return _number(word)
    glued = _GLUED_MARK.fullmatch(word)
    if glued:  # the mark is lost, the word is whole
        word = glued.group(1)
    prose = clean_prose(word)
    return prose if prose and " " not in prose else word


def _number(word: str) -> str:
    """An amount or a price as the form prints it, where OCR's reading leaves one: letters
    read for digits put right, a garbled mark after it taken off ("$160.82°"); else the
    word as read, which no cell reads."""
    stop = _STOP.search(word)  # "$209.31;", "3,": a sentence's stop, kept
    body, tail = (word[:stop.start()], stop.group()) if stop else (word, "")
    glyph = _GLYPH_AFTER.fullmatch(body)  # the mark is the glyph: the digits are whole
    reading = read_number(glyph.group(1) if glyph else body)
    if reading is None or reading.value is None:
        return word
    return ("$" if word.startswith("$") else "") + reading.value + "".join(
        f"({mark})" for mark in reading.marks) + tail
