"""Scanned pages: OCR by the ``tesseract`` program into words with boxes and confidences.

tesseract's TSV output gives each word its box, its line (block, paragraph,
line) and a confidence from 0 to 100. A word's box is given its line's height,
so that the words of one line, tall letters or small, stand on one line of the
page grid; OCR's certain misreadings are put right first (``ocr_words.py``). A word read with a confidence under ``MIN_CONFIDENCE`` is not
trusted: it stays on the page as ``UNSURE`` characters (so that its cell is not
read short of it) and whatever value holds it is left unknown, with a
diagnostic (``unsure_to_none``).

An image file (PNG, JPEG, TIFF, each page of a TIFF) is read as it is; a PDF
without a text layer is rasterised page by page at ``DPI`` with pypdfium2.
"""

from __future__ import annotations

import dataclasses
import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from typing import Any

from ..errors import InputError
from ..model import Diagnostic, Form4
from .ocr_words import fixed_line, is_printed, split_numbers
from .words import Word

#: a word OCR is less sure of than this (tesseract's 0-100) is not read
MIN_CONFIDENCE = 80
#: the same for a word that reads as a number, a date or a one-letter code once put right:
#: OCR is unsure of the garbled footnote mark beside it ("$160.82°", "Ss"), not of its digits
MIN_VALUE_CONFIDENCE = 20
# a number or a date as the form prints it
_VALUE = re.compile(r"\$?[0-9]{1,3}(,[0-9]{3})*(\.[0-9]+)?(\([0-9]{1,2}\))*|[0-9]{2}/[0-9]{2}/[0-9]{4}"
                    r"|[A-Z]")
#: what an unsure word's letters become on the page
UNSURE = "\ufffd"
#: the resolution a PDF's pages are rasterised at
DPI = 200
#: tesseract's page segmentation mode: its default, blocks of text ("11", as much text as
#: it finds in no order, read the corpus scans no better: 0.54/0.97 against 0.58/0.99)
PAGE_SEGMENTATION = "3"
#: seconds one page may take
TIMEOUT = 120
INSTALL = ("install tesseract (Debian/Ubuntu: apt-get install tesseract-ocr; "
           "macOS: brew install tesseract)")


def tesseract() -> str:
    """The tesseract program's path; InputError saying what to install if it is missing."""
    found = shutil.which("tesseract")
    if found is None:
        raise InputError(f"reading a scanned page needs OCR: {INSTALL}")
    return found


def ocr_tsv(image: bytes, dpi: int | None = None) -> str:
    """tesseract's TSV of an image file's bytes (every page of a multi-page TIFF)."""
    command = [tesseract(), "stdin", "stdout", "--psm", PAGE_SEGMENTATION] + (
        ["--dpi", str(dpi)] if dpi else []) + ["tsv"]
    # one thread each: tesseract's own threads cost more than they win on a page
    env = {**os.environ, "OMP_THREAD_LIMIT": os.environ.get("OMP_THREAD_LIMIT", "1")}
    try:
        done = subprocess.run(command, input=image, capture_output=True, timeout=TIMEOUT,
                              env=env, check=False)
    except subprocess.TimeoutExpired:
        raise InputError(f"OCR took over {TIMEOUT} seconds on a page") from None
    if done.returncode != 0:
        reason = done.stderr.decode(errors="replace").strip().splitlines()
        raise InputError("OCR failed: " + (reason[-1] if reason else f"exit {done.returncode}"))
    return done.stdout.decode("utf-8", errors="replace")


def words_of_tsv(tsv: str, page: int = 0) -> list[Word]:
    """The words of tesseract's TSV, each as tall as its line; ``page`` is added to the
    TSV's own page numbers (counted from 1)."""
    bands: dict[tuple[str, ...], tuple[float, float]] = {}
    lines: dict[tuple[str, ...], list[dict[str, str]]] = {}
    for row in _rows(tsv):
        key = (row["page_num"], row["block_num"], row["par_num"], row["line_num"])
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


def image_words(data: bytes) -> list[Word]:
    """The words of an image file, by OCR."""
    return words_of_tsv(ocr_tsv(data))


def pdf_image_words(document: Any) -> list[Word]:
    """The words of a PDF's pages rasterised at ``DPI``, by OCR, pages in order."""
    words: list[Word] = []
    for number in range(len(document)):
        page = document[number]
        try:
            bitmap = page.render(scale=DPI / 72, grayscale=True)
        finally:
            page.close()
        words += words_of_tsv(ocr_tsv(_pgm(bitmap), DPI), number)
    return words


def _pgm(bitmap: Any) -> bytes:
    """A grey bitmap as a PGM file, the plainest image tesseract reads (no Pillow needed)."""
    width, height, stride = bitmap.width, bitmap.height, bitmap.stride
    pixels = bytes(bitmap.buffer)
    rows = b"".join(pixels[y * stride:y * stride + width] for y in range(height))
    return b"P5\n%d %d\n255\n" % (width, height) + rows


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
