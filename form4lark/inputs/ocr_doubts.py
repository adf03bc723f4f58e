"""Texts of a scan's record holding a word OCR was unsure of, left unknown after reading.

A scan is read from tesseract's text (``scan.text_of_pages``), as any text is; its TSV
also gives each word a confidence. A name, an address, a title, a nature of ownership,
a footnote, the remarks or a signature holding a word that tesseract read with less
than ``MIN_CONFIDENCE`` everywhere it stands on the page is None afterwards, with a
diagnostic: such a word is often misread ("Sequoia Capital XI, Lic®)"), and one
wrong letter makes the whole text wrong. A word read surely elsewhere on the page
("Stock" in another row) is known to be spelt so, and the form's own printed words
are known anyway. Numbers, dates and codes are not cleared so: their confidence
tells their misreadings from their right readings too poorly (on the corpus scans
clearing them lost many right values for each wrong one), and a wrong one is caught
by the readers' own checks.

Measured on the corpus PDFs read as scans (``benchmarks/scans.py``), against their
text read alone: precision sec 0.991 -> 0.994 and plain 0.976 -> 0.978 (drawn by
pdftoppm), 0.957 -> 0.961 and 0.945 -> 0.948 (by pypdfium2), recall at most 0.004 lower.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from ..form.table_header import HEADER_WORDS, PRINTED
from ..model import Diagnostic, Form4
from ..patterns import FOOTNOTE_MARK
from ..sections import TEXT_COLUMNS

#: a word read with less confidence than this (tesseract's 0-100) everywhere it stands is doubted
MIN_CONFIDENCE = 50
#: the record's fields whose values are prose a doubted word leaves unknown
PROSE = frozenset({"name", "street1", "street2", "city", "officer_title", "other_text",
                   *TEXT_COLUMNS, "remarks"})
# what stands around a word's letters: punctuation, a footnote mark OCR read as glyphs
_EDGES = re.compile(r"^\W+|\W+$")
# footnote marks ending a word, as OCR or ``ocr_marks.py`` read them: "Stock(1)"
_MARKS = re.compile(rf"(?:{FOOTNOTE_MARK})+\W*$")


def word_key(word: str) -> str:
    """What a word is known by: its letters without the punctuation and footnote marks
    around them, in lower case."""
    return _EDGES.sub("", _MARKS.sub("", word)).lower()


_KNOWN = frozenset(word_key(w) for w in PRINTED | frozenset(HEADER_WORDS))


def unsure_words(words: Iterable[tuple[str, float]]) -> dict[str, float]:
    """The words of a page (text, confidence) read with less than ``MIN_CONFIDENCE``
    wherever they stand, each with its best confidence; the form's printed words never."""
    best: dict[str, float] = {}
    for text, confidence in words:
        key = word_key(text)
        if key and key not in _KNOWN:
            best[key] = max(best.get(key, -1.0), confidence)
    return {key: conf for key, conf in best.items() if conf < MIN_CONFIDENCE}


def doubted_to_none(form: Form4, unsure: Mapping[str, float], why: str | None = None) -> Form4:
    """The record with each prose value holding an unsure word None, each with a diagnostic
    (``why`` the word is doubted, if not for OCR's confidence in it)."""
    if not unsure:
        return form

    def checked(text: str) -> tuple[str | None, str | None]:
        word = _doubt(text, unsure)
        if word is None:
            return text, None
        sure = round(unsure[word_key(word)])
        return None, (f"{why} {word!r}" if why
                      else f"OCR was unsure of the word {word!r} ({sure}% sure)")
    return prose_checked(form, checked)


#: what a check makes of a prose value: the value it keeps (or None), and why it changed it
Check = Callable[[str], tuple[str | None, str | None]]


def prose_checked(form: Form4, check: Check) -> Form4:
    """The record with each prose value (``PROSE``, the footnotes) as ``check`` keeps it,
    a diagnostic for each value it changed."""
    diagnostics: list[Diagnostic] = []
    cleared = _cleared(form, "", check, diagnostics)
    if not diagnostics:
        return form
    return dataclasses.replace(cleared, diagnostics=form.diagnostics + tuple(diagnostics))


def _doubt(text: str, unsure: Mapping[str, float]) -> str | None:
    """The first word of ``text`` OCR was unsure of, or None."""
    return next((word for word in text.split() if word_key(word) in unsure), None)


def _cleared(value: Any, path: str, check: Check, diagnostics: list[Diagnostic]) -> Any:
    if isinstance(value, tuple):
        return tuple(_cleared(v, f"{path}[{i}]", check, diagnostics)
                     for i, v in enumerate(value))
    if not dataclasses.is_dataclass(value) or isinstance(value, type):
        return value
    changes: dict[str, Any] = {}
    for field in dataclasses.fields(value):
        item, where = getattr(value, field.name), f"{path}.{field.name}".lstrip(".")
        if field.name in PROSE and isinstance(item, str):
            changes[field.name] = _checked(item, where, check, diagnostics)
        elif field.name == "footnotes" and isinstance(value, Form4) and item:
            changes[field.name] = {number: _checked(text, f"footnotes.{number}", check,
                                                    diagnostics)
                                   for number, text in item.items()}
        elif isinstance(item, tuple) or dataclasses.is_dataclass(item):
            changes[field.name] = _cleared(item, where, check, diagnostics)
    return dataclasses.replace(value, **changes)


def _checked(text: str | None, where: str, check: Check,
             diagnostics: list[Diagnostic]) -> str | None:
    if not text:
        return text
    kept, why = check(text)
    if why is not None:
        diagnostics.append(Diagnostic(None, None, where,
                                      f"{why}: left unknown" if kept is None else why))
    return kept
