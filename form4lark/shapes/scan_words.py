"""The words of a scanned page's table lines that are no values: rules, specks, marks, text.

OCR prints the table's rules as "|" glued to words, the boxes' edges as specks
("—", "=", "~"), small footnote marks as glyphs glued to words ("Stock“",
"LP@", "Footnotes®)") or standing alone ("@", "0)", "a)", "()"), and garbles
some words beyond reading ("oe", "~Siock", "Stock)"). The readers here say
what such a word is:

- ``unruled``: a word without the rules glued to it ("|$208.99", "39,422,431]",
  "1$25.86": a rule read as "1" before a price's "$");
- ``is_speck``: a word of specks and rules only, which holds nothing;
- ``is_garbled_mark``: what a footnote mark standing alone becomes (capitals in
  brackets, "(DE)", "(RSU)", are words); ``is_glyph_mark``: those of glyphs only
  ("@)", "@®"), a mark wherever they stand;
- ``text_words``: the words of titles and natures, a mark's glyph glued to a
  word taken off it (a lost mark), a word OCR garbled marked so
  (``form/scan_marks.py``: its cell is left out): one closing a bracket that
  none opened ("Stock)"), a short word of small letters no title prints
  ("oe"), one holding a glyph no word holds ("~Siock"), a company's suffix with
  a mark read as a capital O ("LLCO", "LPO" for "L.P.(3)": ``is_misread_suffix``);
- ``glued_marks``: a mark standing alone after a word, no value after it, is
  that word's ("Trust (2)": OCR set the small mark apart);
- ``known_marks``: a mark naming no footnote ("(0)", one past the last) is a
  lost one; ``only_note_marks``: on a page of one footnote, a lost mark is that
  footnote's "(1)" (whichever glyphs OCR read for it), unless the word's ending
  may be no mark (``doubtful_marks``: a rule, a possessive, the form's asterisk);
  ``names_another_note``: a table's line naming a footnote other than the first
  (no page of one footnote then).
"""

from __future__ import annotations

import re

from ..form.scan_marks import LOST_MARK, UNREAD
from ..placeholders import GARBLED
from ..patterns import MARK_NUMBER_RE, MARKS_RE
from ..text import ENTITY_ENDINGS
from .scan_notes import note_number
from .scan_values import NUMBER_START, RULES, is_date, scan_number

# a word made only of rules and specks: "|", "||", "—", "=", "_|"
_SPECK = re.compile(r"[|_\u2014\u2013=~«»¥•.,;:'\"`‘’“”{}\[\]<>?%*-]+")
# a footnote mark OCR garbled, standing alone: "@", "@)", "0)", "()", "(0)", "a)", "Q)",
# "oO", "(an)", "(@)4)", "©", "(o))" (a rule after it), "(2)8)" (the last of two lost its
# opening bracket: "(2)(3)"; "(" alone, the rest of the mark lost; not capitals in
# brackets: "(DE)", "(RSU)" are words)
_GARBLED_MARK = re.compile(
    r"\(?[@©®°%?!\"'”“]{1,3}\)?|\(?[0-9oOQaeiG]{0,2}[0-9oOQ@a-z]?\)\)?|\([0-9]{3,4}\)|"
    r"(?:\([0-9]{1,2}\))+[0-9]{1,2}\)|"
    r"\((?![A-Z]{2,3}\))[a-zA-Z0-9@©®°]{1,3}\)?|oO\)?|[aoe]|"
    r"[()0-9@©®°]*[@©®°][()0-9@©®°]*|\(")
# a mark OCR read as glyphs and brackets only, no letter or digit: "@", "@)", "©)", "@®"
_GLYPH_MARK = re.compile(r"[()]*[@©®°][()@©®°]*")
# "2)", "29)": a mark's digits and its closing bracket, its opening lost
MARK_DIGITS = re.compile(r"[0-9]{1,2}\)")
# a word with a garbled mark glued to its end: "Stock“", "LP@", "Footnotes®)", "Lic?)"
_GLUED_MARK = re.compile(r"(?P<word>[A-Za-z][A-Za-z.,&'-]*?)(?P<mark>[°©®%\"'“”‘’!?@¢™*]+\)?|"
                         r"\((?![0-9]{1,2}\))[^\s()]{1,2}\))")
# a company's suffix (``text.ENTITY_ENDINGS``, as printed in any case, "LLLP" too; not "CO":
# "COO" is a word) with a mark OCR read as a capital O or a zero glued to it ("LLCO" for
# "LLC(9)", "LPO" for "L.P.(3)", "Inc.O": the suffix's points may be lost with it) or as
# its digits with the closing bracket only ("LLC2)"); or "LLC" read as "Lic". The mark's
# glyphs may stay glued after it ("LPO)", "LPO”", "Lic?)"). No name ends so.
SUFFIX_MARK = re.compile(
    rf"(?:(?i:L?(?:{'|'.join(e for e in ENTITY_ENDINGS if e != 'CO')}))\.?"
    r"(?:[O0]|[0-9]{1,2}\))|Lic)[^A-Za-z0-9.\s]*")
# such a suffix as ``text_words`` marks it: its line is kept, and its cell left out
GARBLED_SUFFIX = re.compile(GARBLED + SUFFIX_MARK.pattern)
# a word closing a bracket that no word before it on the line opened: "Stock)"
_UNOPENED = re.compile(r"[A-Za-z][^()\s]*\)")
# "Stock)" as ``text_words`` marks it: a word closing a bracket none opened
GARBLED_CLOSING = re.compile(GARBLED + r"[A-Za-z][a-z]+\)")
# a short word of small letters; those a title or nature prints
_SHORT = re.compile(r"[a-z]{1,3}[.,]?")
SHORT_WORDS = frozenset("a an as at by in of on or to per par the and for buy its via dtd "
                        "de la du co inc".split())
# a glyph no word of a title or nature holds
_JUNK_GLYPH = re.compile(r"[©®°¢™§¥«»~<>?@%]")


# "1$25.8696", "l$0": a rule read as "1" or "l" before a price's "$" (no digit precedes it)
_RULE_BEFORE_PRICE = re.compile(r"^[1lI](?=\$[0-9])")


def unruled(word: str) -> str:
    """A word without the rules glued to its ends ("|$208.99", "1$25.86", "Direct(D)|",
    "Common]", "{Global")."""
    stripped = _RULE_BEFORE_PRICE.sub("", word.strip("|").rstrip("]}").lstrip("[{"))
    if NUMBER_START.match(stripped.strip(RULES)) or stripped.strip(RULES)[:1] == "(":
        stripped = stripped.strip(RULES)
    return stripped


def is_speck(word: str) -> bool:
    return bool(_SPECK.fullmatch(word))


def is_garbled_mark(word: str) -> bool:
    return bool(_GARBLED_MARK.fullmatch(word))


def is_glyph_mark(word: str) -> bool:
    """True for a word of a mark's glyphs and brackets only ("@)", "@®"): no value and no
    word prints so; it is a footnote mark, wherever it stands."""
    return bool(_GLYPH_MARK.fullmatch(word))


def is_value(word: str | None) -> bool:
    """A value of a row, as read so far (a date, a number, a mark, "A", "D", "I")."""
    return word is not None and not MARK_DIGITS.fullmatch(word) and bool(
        is_date(word) or NUMBER_START.match(word) or word.startswith(LOST_MARK)
        or MARKS_RE.fullmatch(word) or word.replace(LOST_MARK, "") in ("A", "D", "I"))


def known_marks(word: str, notes: int | None) -> str:
    """A word with each mark that names no footnote made a lost mark: "(0)", and a
    number past the page's last footnote ("(78)"; ``notes``: the last)."""
    def known(match: re.Match) -> str:
        number = int(match.group(1))
        if number == 0 or (notes is not None and number > notes):
            return LOST_MARK
        return match.group(0)
    return MARK_NUMBER_RE.sub(known, word)


# a word whose ending OCR may have read from a table's rule or from the word's own
# glyphs as likely as from a garbled mark: a bare closing bracket after its letters or
# digits ("5,948)", "S)", "D)": a rule), a closing quote, an apostrophe or an asterisk
# after a letter ("Founders'", "Spouse'", "D*": a possessive, the form's own asterisk),
# "l", "I" or "!" after a digit ("5,948l": a rule)
_DOUBTFUL_END = re.compile(r"(?P<bracket>[^\s()]*[A-Za-z0-9])\)+|"
                           r"(?P<quote>[^\s()]*[A-Za-z])['\"\u2018\u2019\u201c\u201d*]+|"
                           r"(?P<rule>[^\s()]*[0-9])[lI!]+")
# a footnote mark naming a number: "(2)", and "2)" after a word or alone (its opening
# bracket lost), not an amount's last digits ("757,576)")
_NUMBERED_MARK = re.compile(r"(?<![0-9,.$])\(?([0-9]{1,2})\)")
# one note's mark read more than once on a word ("Stock(1)(1)")
_REPEATED_FIRST = re.compile(r"(?:\(1\))+")


def doubtful_marks(words: list[str], notes: int | None = 1) -> set[str]:
    """The words of a table line (as OCR read them) whose ending may be no mark
    (``_DOUBTFUL_END``), without it, and as ``scan_number`` reads them on a page whose
    highest footnote number is ``notes`` ("1O,000)": "10,000"): the lost mark read for
    that ending is left lost."""
    found = (_DOUBTFUL_END.fullmatch(unruled(word)) for word in words)
    doubtful = {next(part for part in match.groups() if part is not None)
                for match in found if match}
    read = (scan_number(word, notes) for word in doubtful)
    return doubtful | {MARKS_RE.sub("", value).replace(LOST_MARK, "") for value in read if value}


def names_another_note(line: str) -> bool:
    """True for a table's line, as OCR read it, that names a footnote other than the first:
    a mark of another number ("(2)", "Stock2)"), or a note's opening ("2. The option
    shares ...": tesseract may print the notes' block before their label)."""
    number = note_number(line)
    return (number is not None and number != 1) or any(
        int(found.group(1)) != 1 for found in _NUMBERED_MARK.finditer(line))


def only_note_marks(words: list[str], doubtful: set[str]) -> list[str]:
    """A row's line on a page with one footnote: each lost mark is a mark OCR garbled,
    and the page has no mark but "(1)", so it is "(1)". Only on a line holding a date (a
    transaction's row: on other lines a lost mark may stand in to keep a line of a
    row's values printed apart from reading as a row), not a value unread (``UNREAD``:
    its cell is left out), nor the lost mark of a word whose ending may be no mark
    (``doubtful_marks``). The words are tied by their text, not their place: a word read
    as one of ``doubtful``, or as the start of one ("5,94" of "5,948)"), keeps its lost
    mark wherever it stands on the line. A word keeps one "(1)"."""
    if not any(is_date(w) for w in words):
        return words
    out = []
    for word in words:
        bare = word.replace(LOST_MARK, "")
        if (LOST_MARK not in word or UNREAD in word or word.startswith(GARBLED)
                or any(bare and w.startswith(bare) for w in doubtful)):
            out.append(word)
            continue
        out.append(_REPEATED_FIRST.sub("(1)", word.replace(LOST_MARK, "(1)")))
    return out


def is_misread_suffix(word: str) -> bool:
    """True for a company's suffix that OCR misread with its footnote mark, or misread
    itself (``SUFFIX_MARK``: "LLCO", "LPO)", "Inc.O", "LLC2)", "Lic?)"): the cell ending
    so holds a name that cannot be read back for certain, neither without the mark nor
    cut short before the suffix."""
    return bool(SUFFIX_MARK.fullmatch(word))


def text_words(words: list[str], opened: int = 0) -> list[str]:
    """The words among a table line's values, a glued mark's glyph taken off and
    the words OCR garbled marked so (``opened``: brackets the lines above left open
    in the cells this line continues: "buy)" under "(right to" closes one)."""
    out = []
    for word in words:
        suffix = is_misread_suffix(word)
        match = None if suffix else _GLUED_MARK.fullmatch(word)
        if match is not None:
            word = match.group("word") + LOST_MARK
        opened += word.count("(") - word.count(")")
        if suffix:
            word, opened = GARBLED + word, max(opened, 0)
        elif opened < 0 and _UNOPENED.fullmatch(word):
            word, opened = GARBLED + word, 0
        elif _SHORT.fullmatch(word) and word.rstrip(".,") not in SHORT_WORDS:
            word = GARBLED + word
        elif _JUNK_GLYPH.search(word) and not word.startswith(GARBLED):
            word = GARBLED + word
        out.append(word)
    return out


def glued_marks(words: list[str]) -> list[str]:
    """A mark standing alone after a word, with no value after it, glued to that
    word ("by Trust (2)": "Trust(2)")."""
    out: list[str] = []
    for i, word in enumerate(words):
        after = words[i + 1] if i + 1 < len(words) else None
        glue = (out and (MARKS_RE.fullmatch(word) or word == LOST_MARK) and not is_value(out[-1])
                and not out[-1].startswith(GARBLED) and not is_value(after))
        if glue:
            out[-1] += word
        else:
            out.append(word)
    return out
