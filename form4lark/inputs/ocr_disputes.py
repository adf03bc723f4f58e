"""Words a scan reads two ways: a capital F read as E in one place and as F in another.

tesseract reads a capital F of some faces as E, surely (90% and more): the issuer
"Facebook" of a filing's header comes out "Eacebook", its symbol "[AFRM]" "[AERM]",
while the same name printed elsewhere on the page (a footnote, a signature) is read
right. A word holding an E that, with one of its E read as F, is a word of the same
pages, is read two ways, and which one is right OCR cannot tell: a text holding it
is left unknown (``ocr_doubts.doubted_to_none``, with a diagnostic). Only this one
direction: "Facebook" beside "Eacebook" is not doubted, as no word of the corpus scans
shows tesseract reading an E as F.

A ticker is read against the issuer's name instead: its letters are the name's, in
the name's order ("AFRM" of "Affirm Holdings", "FB" of "Facebook"). A ticker holding
an E that, read as F, spells letters of the name in order may be either, and is left
unknown (``disputed_ticker_to_none``) where the name does not spell it as printed
("AERM" beside "Affirm": "AFRM"), or where that E opens it and the name opens with F
("EB" beside "Facebook": "FB" as well as "EB"). A ticker the name spells as printed
is otherwise the name's: "JEF" of "Jefferies", "SFE" of "Safeguard", "ELS" of "Equity
LifeStyle", "EFTR" of "eFFECTOR", "EB" of "Eventbrite" (which holds no F).

Runs on scans (``api.parse_scan``), whose words' pages are known; the ticker's check
on any text OCR read (``api.parse``). Measured on the corpus
PDFs read as scans (``benchmarks/scans.py``), wrong fields: drawn by pdftoppm plain
62 -> 60, sec 37 -> 35; by pypdfium2 plain 220 -> 214, sec 215 -> 211; no right value lost.
Compared in any case (the header's "Eacebook Inc" beside the address's "C/O FACEBOOK,
INC."): 3 more wrong values of pypdfium2 plain (FB-20190822-1, FB-20210515-1 issuer,
SNOW-20221213-1 "SNOWELAKE") and 3 of pdftoppm, none right.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

from ..model import Diagnostic, Form4
from ..text import letters_in_order
from .ocr_doubts import doubted_to_none, word_key

#: the glyph a capital F is misread as, and the letter it stands for
MISREAD, MEANT = "E", "F"
# punctuation around a word's letters: "[AERM]", "Eacebook,"
_EDGES = re.compile(r"^\W+|\W+$")


def disputed_words(words: Iterable[str]) -> set[str]:
    """The words of a scan's pages (as read) holding an E that, read as F, is another
    word of the pages in any case ("Eacebook" beside "FACEBOOK"); each as it was read,
    without the punctuation around it. Not a letter alone: "Series E" and "Series F"
    are two classes of a filing."""
    read = {_EDGES.sub("", word) for word in words}
    folded = {word.casefold() for word in read}
    return {word for word in read if len(word) > 1 and MISREAD in word and any(
        (word[:i] + MEANT + word[i + 1:]).casefold() in folded
        for i, glyph in enumerate(word) if glyph == MISREAD)}


def disputed_ticker(ticker: str, name: str) -> bool:
    """Whether the ticker holds an E that, read as F, makes a ticker whose letters stand
    in the issuer's name in order, while the ticker as printed does not ("AERM" of
    "Affirm"), or its first letter is that E and the name opens with F ("EB" of
    "Facebook"): the E may be OCR's F. A ticker the name spells as printed is the
    name's ("JEF" of "Jefferies", "ELS" of "Equity LifeStyle", "EFTR" of "eFFECTOR")."""
    spelled = letters_in_order(ticker, name)
    return any(glyph == MISREAD and letters_in_order(ticker[:i] + MEANT + ticker[i + 1:], name)
               and (not spelled or i == 0 and name[:1].upper() == MEANT)
               for i, glyph in enumerate(ticker))


def disputed_ticker_to_none(form: Form4) -> Form4:
    """The record with its ticker None, with a diagnostic, where it is disputed
    (``disputed_ticker``) against the issuer's name."""
    issuer = form.issuer
    if not issuer.trading_symbol or not issuer.name \
            or not disputed_ticker(issuer.trading_symbol, issuer.name):
        return form
    why = Diagnostic(None, None, "issuer.trading_symbol",
                     f"OCR read the ticker {issuer.trading_symbol!r}: its {MISREAD} may be "
                     f"an {MEANT} of the issuer's name: left unknown")
    return dataclasses.replace(form, issuer=dataclasses.replace(issuer, trading_symbol=None),
                               diagnostics=form.diagnostics + (why,))


def disputed_to_none(form: Form4, words: Iterable[str]) -> Form4:
    """The record with each prose value holding a word read two ways None, each with a
    diagnostic."""
    disputed = {word_key(word): 0.0 for word in disputed_words(words)}
    return doubted_to_none(form, disputed, f"OCR read an {MEANT} as {MISREAD} in the word")
