"""Prose values OCR put together wrongly: the form's printed notes glued on, quotes lost.

Four signs in a prose value (a name, a nature of ownership, a footnote, the remarks, a
signature) read by OCR tell that it is not the text as filed:

- an asterisk. The form prints its own notes under the signature ("** Signature of
  Reporting Person", "* Intentional misstatements ..."); a filer's text never holds
  one (no value of the corpus truths does), so where OCR read such a note on the
  value's line, the value is what stands before it. Where nothing stands before it,
  or what does ends in a lone glyph ("Attorney-in-Fact a *", the mark OCR read
  beside the note), the value is left unknown.
- an odd number of double quotes. A filer's quotes come in pairs (every value of the
  corpus truths); OCR that lost one or read it as an apostrophe ('(Greylock LLC")',
  '(FF IV Management\\')') has misread the text around it, which is left unknown.
- a bar standing alone. A filer's text never holds one (no value of the corpus truths
  does): OCR read a table's rule into the value ("Series E | Preferred Stock") or read
  letters as it ("Mithril | UGP LLC" for "Mithril II UGP LLC"), which cannot be told
  apart: the value is left unknown.
- a round bracket that closes none or is never closed. A footnote mark OCR read as
  text ("See footnote 4)", "L.P.2)", "LLC())") or a neighbour's cell read into the
  value ("Class A DE) Stock"): the value is left unknown. One value of the corpus truths
  is filed so ("Sequoia Grove II, LLC ("), which OCR does not read as filed anyway.
- an equals sign. No value of the corpus truths holds one: OCR read a box's rule beside
  the value as it ("155 5TH STREET, FLOOR 7 =a"): the value is left unknown. The cost:
  a filer's text that holds one ("Each Class B share = one Class A share") is lost.
- a square bracket. No value of the corpus truths holds one: OCR read a table's rule
  or letters as it ("Mithril 1] UGP LLC" for "Mithril II"): the value is left unknown.
- a Roman numeral that may be a number. OCR reads the "II" of a fund's name as "11"
  or "1" ("Mithril 11 GP LP", "Mithril 1 GP LP" for "Mithril II GP LP") and the two
  cannot be told apart: a word of one to three ones (or ones and their lookalikes
  "l", "I", "|", a one among them) standing after a name's
  capitalised word and before a company's legal ending ("GP", "LP", "LLC", within two
  words) leaves the value unknown. Numbers in prose stand elsewhere ("on March 11, 2022").
  A lone "1" of a numbered series is kept: the same word stands before another number
  in the value ("Tranche 1 LP and Tranche 2 LP"). The cost: a name numbered 1 alone
  ("ABC Holdings 1 LLC") is lost.
- a date no calendar holds ("95/15/2021", month 95). A filer's prose may hold a date
  ("dated 12/29/2020"), never an impossible one: OCR misread its digits, or read the
  date of the box beside the value into it ("1601 WILLOW ROAD 95/15/2021", the street
  beside box 3's date): the value is left unknown. Dates are read month first, as the
  form prints them; the cost: a filer's date printed day first ("vest on 31/12/2021")
  loses its text.

Each change has a diagnostic. Runs on texts OCR read only (``api.parse``, as
``ocr_amounts.py`` does). Measured on the corpus PDFs read as scans
(``benchmarks/scans.py``), wrong fields (right fields): drawn by pdftoppm plain 79 -> 65
(7307 -> 7309), sec 38 -> 37; by pypdfium2 plain 233 -> 222 (6863 -> 6865), sec
228 -> 216 (6249 -> 6253); no right value lost; the corpus tesseract.txt texts unchanged.
The bar then: pdftoppm plain 60 -> 59, pypdfium2 plain 214 -> 205 (6868 -> 6878). The
brackets then: pypdfium2 plain 205 -> 198, sec 211 -> 210, pdftoppm unchanged; right
6878 -> 6874 on pypdfium2 plain, as a holding whose title is left unknown for its
brackets is then taken for a row of a transaction's amounts (``ocr_misplaced_rows.py``).
The square brackets then: wrong fields pdftoppm plain 59 -> 57, pypdfium2 plain 164 -> 163,
sec 118 -> 116; no right value lost.
"""

from __future__ import annotations

import re

from ..cells import to_date
from ..model import Form4
from ..patterns import PADDED_DATE_RE
from ..text import ENTITY_END
from .ocr_doubts import prose_checked

#: the double quotes OCR prints: straight and curly
QUOTES = re.compile(r'["\u201c\u201d\u201e]')
#: the form's printed notes begin with one or two asterisks
NOTE_MARK = "*"
#: a table's rule, or letters OCR read as one ("Mithril | UGP LLC" for "Mithril II")
RULE = "|"
#: what no filer's text holds and OCR reads for a box's rule ("FLOOR 7 =a")
EQUALS = "="
#: what no filer's text holds and OCR reads for a rule or a letter ("Mithril 1] UGP LLC")
SQUARE_BRACKETS = frozenset("[]")
#: a Roman numeral II or III OCR may have read as a number: one to three ones or lookalikes
#: (a lone "1" too: "Mithril 1 GP LP" for "Mithril II GP LP")
ONES = re.compile(r"(?=\S*1)[1Il|]{1,3}")
#: a fund's general partner, besides ``text.ENTITY_END``'s legal endings
_PARTNER = re.compile(r"(?:U?GP|FUND)[.,]?", re.I)


def glued_prose_checked(form: Form4) -> Form4:
    """The record with each prose value cut before the form's notes OCR glued onto it,
    or None where it lost a quote or nothing sure stands before the note."""
    return prose_checked(form, _checked)


def _checked(text: str) -> tuple[str | None, str | None]:
    why = None
    if NOTE_MARK in text:
        why = "the form's printed notes read into it"
        text = text[:text.index(NOTE_MARK)].rstrip()
        words = text.split()
        # a one-letter word left at the end is a glyph OCR read beside the note (a
        # filer's text ending in one letter would end in an initial, with its period)
        if not words or len(words[-1]) == 1:
            return None, why
        why += ": cut off"
    if len(QUOTES.findall(text)) % 2:
        return None, "a double quote OCR lost or misread"
    if RULE in text.split():
        return None, "a rule or a letter OCR read as '|'"
    if EQUALS in text:
        return None, "a rule OCR read as '='"
    if SQUARE_BRACKETS & set(text):
        return None, "a rule or a letter OCR read as a square bracket"
    if not balanced(text):
        return None, "a bracket OCR lost or misread"
    if _numeral_or_number(text.split()):
        return None, "OCR reads the numeral II as the number 11"
    if any(to_date(date.group()) is None for date in PADDED_DATE_RE.finditer(text)):
        return None, "a date no calendar holds: OCR misread it or read a box's date into it"
    return text, why


def _numeral_or_number(words: list[str]) -> bool:
    """Whether a word of ones stands between a name's word (capitalised) and a legal
    ending or a general partner ("Mithril 11 GP LP"): the numeral II or III, OCR read
    as digits; a lone "1" of a numbered series is a number (``_numbered``)."""
    return any(ONES.fullmatch(word) and words[i - 1][:1].isupper()
               and any(ENTITY_END.fullmatch(after) or _PARTNER.fullmatch(after)
                       for after in words[i + 1:i + 3])
               and not (word == "1" and _numbered(words, words[i - 1]))
               for i, word in enumerate(words) if i > 0)


def _numbered(words: list[str], name: str) -> bool:
    """Whether ``name`` stands before another number in ``words``, one no numeral II
    could be read as ("Tranche 2 LP"): its "1" is of a numbered series."""
    return any(before == name and after.isdigit() and not ONES.fullmatch(after)
               for before, after in zip(words, words[1:]))


def balanced(text: str) -> bool:
    """Whether each of the text's round brackets closes one opened before it."""
    depth = 0
    for glyph in text:
        depth += (glyph == "(") - (glyph == ")")
        if depth < 0:
            return False
    return depth == 0
