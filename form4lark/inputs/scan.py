"""Scanned pages: OCR by the ``tesseract`` program, its TSV output read back into text.

tesseract's TSV output gives each word its box, its line (block, paragraph,
line) and a confidence from 0 to 100. A scan is read from the text tesseract
prints for it (``text_of_tsv`` rebuilds it from the TSV, byte for byte): the
reading any tesseract text gets, whose readers know OCR's misreadings, then each
text holding a word OCR was unsure of left unknown (``ocr_doubts.py``). Reading
the TSV's words on the page grid instead (``words_of_tsv``, still what ``--tree``
shows of a scan) lost more: on the corpus PDFs read as scans (drawn by pypdfium2) it
scored sec 0.47 / 0.97 and plain 0.66 / 0.97 (recall / precision) against the text's
0.67 / 0.96 and 0.75 / 0.95 on the same OCR; keeping only the values both readings
agree on bought a precision of 0.99 with a quarter to a third of the recall (drawn
by pdftoppm: sec 0.74 -> 0.47, plain 0.80 -> 0.63); marking the values OCR was unsure
of in the text before reading it lowered both (sec 0.67 / 0.96 -> 0.64 / 0.94), as it
changes what the readers see (``benchmarks/scans.py``).

An image file (PNG, JPEG, TIFF, each page of a TIFF) is read as it is; a PDF
without a text layer is drawn page by page at 200 dpi (``raster.py``). Where the
page's pixels can be read here (a PDF's drawn pages, a PGM/PPM file), the footnote
marks OCR garbled are read again from them before the TSV is used (``ocr_marks.py``).
"""

from __future__ import annotations

import dataclasses
import functools
import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from typing import Any

from ..checks import TRANSACTION_CODES
from ..errors import InputError
from ..model import Diagnostic, Form4
from ..patterns import MARKS_AFTER, PADDED_DATE
from . import raster
from .ocr_checkboxes import box_marks
from .ocr_lost_codes import lost_codes
from .ocr_marks import (glued_marks, line_key, price_marks, short_marks, value_marks,
                        with_marks)
from .ocr_words import fixed_line, is_printed, split_numbers
from .words import Word

#: a word OCR is less sure of than this (tesseract's 0-100) is not read
MIN_CONFIDENCE = 80
#: the same for a word that reads as a number, a date or a one-letter code once put right:
#: OCR is unsure of the garbled footnote mark beside it ("$160.82°", "Ss"), not of its digits
MIN_VALUE_CONFIDENCE = 20
# a number or a date as the form prints it
_VALUE = re.compile(r"\$?[0-9]{1,3}(,[0-9]{3})*(\.[0-9]+)?" + MARKS_AFTER
                    + "|" + PADDED_DATE + "|[A-Z]")
#: what an unsure word's letters become on the page
UNSURE = "\ufffd"
#: what joins the text of two pages, as the corpus's tesseract texts have it
PAGE_BREAK = "\f\n"
#: tesseract's page segmentation mode: its default, blocks of text ("11", as much text as
#: it finds in no order, read the corpus scans no better: 0.54/0.97 against 0.58/0.99)
PAGE_SEGMENTATION = "3"
#: seconds one page may take
TIMEOUT = 120
INSTALL = ("install tesseract (Debian/Ubuntu: apt-get install tesseract-ocr; "
           "macOS: brew install tesseract)")
#: the characters tesseract may read on a sheet of lost codes (``ocr_codes_sheet``)
CODE_CHARACTERS = "".join(sorted(TRANSACTION_CODES))


@dataclasses.dataclass(frozen=True)
class Scan:
    """A scan's pages as tesseract read them: the TSV of each (a multi-page TIFF's in one)."""

    tsvs: tuple[str, ...]

    @property
    def text(self) -> str:
        """The text tesseract prints for the scan."""
        return text_of_pages(list(self.tsvs))

    def words(self) -> list[Word]:
        """The words on the page grid, each page after the one before."""
        return [w for number, tsv in enumerate(self.tsvs) for w in words_of_tsv(tsv, number)]


def tesseract() -> str:
    """The tesseract program's path; InputError saying what to install if it is missing."""
    found = shutil.which("tesseract")
    if found is None:
        raise InputError(f"reading a scanned page needs OCR: {INSTALL}")
    return found


def _run_tesseract(image: bytes, options: list[str]) -> subprocess.CompletedProcess[bytes]:
    """tesseract run on an image file's bytes with ``options``, its TSV on stdout; raises
    ``subprocess.TimeoutExpired`` past ``TIMEOUT``, the caller says what that means."""
    # one thread each: tesseract's own threads cost more than they win on a page
    env = {**os.environ, "OMP_THREAD_LIMIT": os.environ.get("OMP_THREAD_LIMIT", "1")}
    return subprocess.run([tesseract(), "stdin", "stdout", *options, "tsv"], input=image,
                          capture_output=True, timeout=TIMEOUT, env=env, check=False)


def ocr_tsv(image: bytes, dpi: int | None = None) -> str:
    """tesseract's TSV of an image file's bytes (every page of a multi-page TIFF)."""
    try:
        done = _run_tesseract(image, ["--psm", PAGE_SEGMENTATION]
                              + (["--dpi", str(dpi)] if dpi else []))
    except subprocess.TimeoutExpired:
        raise InputError(f"OCR took over {TIMEOUT} seconds on a page") from None
    if done.returncode != 0:
        reason = done.stderr.decode(errors="replace").strip().splitlines()
        raise InputError("OCR failed: " + (reason[-1] if reason else f"exit {done.returncode}"))
    return done.stdout.decode("utf-8", errors="replace")


def ocr_marks_sheet(image: bytes) -> str:
    """tesseract's TSV of an image holding lines of footnote marks and numbers
    (``ocr_marks.sheet``): brackets, digits, "$", "," and "." only."""
    return ocr_sheet(image, "()0123456789$,.")


def ocr_sheet(image: bytes, characters: str) -> str:
    """tesseract's TSV of an image holding lines of crops (``ocr_marks.sheet``), read as
    one block of text (``--psm 6``) of the ``characters`` only; "" where OCR fails."""
    try:
        done = _run_tesseract(image, ["--psm", "6", "-c", f"tessedit_char_whitelist={characters}"])
    except subprocess.TimeoutExpired:
        return ""
    return done.stdout.decode("utf-8", errors="replace") if done.returncode == 0 else ""


def words_of_tsv(tsv: str, page: int = 0) -> list[Word]:
    """The words of tesseract's TSV, each as tall as its line; ``page`` is added to the
    TSV's own page numbers (counted from 1)."""
    bands: dict[tuple[str, ...], tuple[float, float]] = {}
    lines: dict[tuple[str, ...], list[dict[str, str]]] = {}
    for row in _rows(tsv):
        key = line_key(row)
        top, height = float(row["top"]), float(row["height"])
        if row["level"] == "4":
            bands[key] = (top, top + height)
        elif row["level"] == "5" and row["text"].strip():
            lines.setdefault(key, []).append(row)
    words: list[Word] = []
    for place, line in lines.items():
        split = split_numbers([r["text"].strip() for r in line])
        for (read, index), text in zip(split, fixed_line([word for word, _ in split])):
            if text is None:
                continue
            row = line[index]
            left, width = _part(row, read, [w for w, i in split if i == index])
            band = bands.get(place, (float(row["top"]), float(row["top"]) + float(row["height"])))
            floor = MIN_VALUE_CONFIDENCE if _VALUE.fullmatch(text) else MIN_CONFIDENCE
            sure = float(row["conf"]) >= floor or is_printed(text)
            words.append(Word(text if sure else UNSURE * len(text), left, left + width,
                              band[0], band[1], page + int(row["page_num"]) - 1))
    return words


def text_of_tsv(tsv: str) -> str:
    """The text tesseract prints for the TSV's pages: each line's words one space apart,
    a blank line between paragraphs (and after the page's last text where a paragraph
    without text, a rule's, follows it), pages joined by ``PAGE_BREAK``."""
    return PAGE_BREAK.join("\n".join(" ".join(r["text"].strip() for r in line) for line in page)
                           + "\n" for page in tsv_lines(tsv))


def tsv_lines(tsv: str) -> list[list[list[dict[str, str]]]]:
    """The lines of ``text_of_tsv``'s text, page by page, each as the TSV rows of its
    words (a blank line none)."""
    lines: dict[tuple[str, ...], list[dict[str, str]]] = {}
    for row in _rows(tsv):
        if row["level"] == "5":  # a word; one of blanks (a rule read as a word) still counts
            lines.setdefault(line_key(row), []).extend([row] if row["text"].strip() else [])
    pages: list[list[list[dict[str, str]]]] = []
    out: list[list[dict[str, str]]] = []
    paragraph: tuple[str, ...] | None = None
    for place, words in lines.items():
        if paragraph is not None and place[0] != paragraph[0]:  # a TIFF's next page
            pages.append(out)
            out, paragraph = [], None
        if paragraph is not None and place[:3] != paragraph and out and out[-1]:
            out.append([])
        if words:
            out.append(words)
        paragraph = place[:3]
    pages.append(out)
    return pages


@functools.lru_cache(maxsize=2)  # the scan's passes (lost cells, prices, amounts) ask in turn
def text_lines(tsvs: tuple[str, ...]) -> tuple[tuple[list[dict[str, str]], list[list[dict[str, str]]] | None], ...]:
    """The TSV words of each line of the scan's text (``Span.line`` less one), each with
    its page's lines (``tsv_lines``); a page break's line has no words and no page. Read
    once for a scan's TSVs: callers only read what it gives."""
    out: list[tuple[list[dict[str, str]], list[list[dict[str, str]]] | None]] = []
    for index, tsv in enumerate(tsvs):
        for number, page in enumerate(tsv_lines(tsv)):
            if index or number:
                out.append(([], None))
            out += [(line, page) for line in page]
    return tuple(out)


def text_of_pages(tsvs: list[str]) -> str:
    """tesseract's text of a scan's pages, from the TSV of each."""
    return PAGE_BREAK.join(text_of_tsv(tsv) for tsv in tsvs)


def confidences(tsvs: list[str]) -> list[tuple[str, float]]:
    """Each word of the pages with tesseract's confidence in it (0-100)."""
    return [(row["text"].strip(), float(row["conf"])) for tsv in tsvs for row in _rows(tsv)
            if row["level"] == "5" and row["text"].strip()]


def _part(row: dict[str, str], part: str, parts: list[str]) -> tuple[float, float]:
    """The left edge and width of one part of a word cut in parts, by its characters."""
    left, width = float(row["left"]), float(row["width"])
    if len(parts) == 1:
        return left, width
    total = sum(len(p) for p in parts)
    before = sum(len(p) for p in parts[:parts.index(part)])
    return left + width * before / total, width * len(part) / total


def _rows(tsv: str) -> Iterator[dict[str, str]]:
    lines = tsv.split("\n")
    names = lines[0].split("\t") if lines else []
    if "conf" not in names:
        raise InputError("OCR gave no table of words (tesseract's TSV output)")
    for line in lines[1:]:
        cells = line.split("\t")
        if len(cells) == len(names):
            yield dict(zip(names, cells))


def image_tsvs(data: bytes) -> list[str]:
    """tesseract's TSV of an image file (every page of a multi-page TIFF in one), with
    what OCR of the whole page loses read again from its pixels (``read_again``)."""
    return [read_again(data, ocr_tsv(data))]


def pdf_tsvs(data: bytes, renderer: str | None = None) -> list[str]:
    """tesseract's TSV of each page of a PDF drawn at ``raster.DPI``, pages in order, with
    what OCR of the whole page loses read again from its pixels (``read_again``)."""
    return [read_again(image, ocr_tsv(image, raster.DPI))
            for image in raster.page_images(data, renderer)]


def read_again(image: bytes, tsv: str) -> str:
    """The TSV of the page ``image`` with what OCR of the whole page loses read again from
    its pixels: the garbled footnote marks (``pixel_marks``), then the rest
    (``after_marks``)."""
    return after_marks(image, pixel_marks(image, tsv))


def after_marks(image: bytes, tsv: str) -> str:
    """The TSV of the page ``image`` (its marks read again) with the transaction codes OCR
    lost read from their cells (``ocr_lost_codes.py``) and the Rule 10b5-1 box
    (``ocr_checkboxes.py``)."""
    return box_marks(image, lost_codes(image, tsv, ocr_codes_sheet))


def ocr_codes_sheet(image: bytes) -> str:
    """tesseract's TSV of an image holding lines of one letter each: transaction codes."""
    return ocr_sheet(image, CODE_CHARACTERS)


#: the passes of ``ocr_marks.py`` ``pixel_marks`` runs, in turn
MARK_PASSES = (with_marks, value_marks, glued_marks, short_marks, price_marks)


def pixel_marks(image: bytes, tsv: str, done: int = 0) -> str:
    """tesseract's TSV of the page ``image`` with its garbled footnote marks read again
    by the passes of ``ocr_marks.py`` (``MARK_PASSES``), in turn: the words', the
    numbers' and the lone marks', then those glued to a word's end the first left, then
    the short words' (a code and its garbled mark) still left, then the prices' whose mark
    is still unread (read apart from the price); the first ``done`` passes left out (a
    TSV that has been through them already: a benchmark's cache)."""
    for step in MARK_PASSES[done:]:
        tsv = step(image, tsv, ocr_marks_sheet)
    return tsv


def unsure_to_none(form: Form4) -> Form4:
    """The record with every text holding an unsure word left unknown, each with a
    diagnostic (a number or date holding one does not read, and is already None)."""
    diagnostics: list[Diagnostic] = []
    cleared = _cleared(form, "", diagnostics)
    return dataclasses.replace(cleared, diagnostics=form.diagnostics + tuple(diagnostics))


def _cleared(value: Any, path: str, diagnostics: list[Diagnostic]) -> Any:
    if isinstance(value, str) and UNSURE in value:
        diagnostics.append(Diagnostic(None, None, path, "OCR was unsure of a word of it: "
                                      "left unknown"))
        return None
    if isinstance(value, tuple):
        return tuple(_cleared(v, f"{path}[{i}]", diagnostics) for i, v in enumerate(value))
    if isinstance(value, dict):
        return {k: _cleared(v, f"{path}.{k}", diagnostics) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: _cleared(getattr(value, f.name), f"{path}.{f.name}".lstrip("."),
                                    diagnostics)
                   for f in dataclasses.fields(value) if f.name != "diagnostics"}
        return dataclasses.replace(value, **changes)
    return value
