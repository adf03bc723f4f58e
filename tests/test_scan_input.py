"""Scanned pages: tesseract's words with boxes (TSV) on the page grid, unsure words unknown.

The stored TSV is tesseract's reading of the header and Table I of a plain-design
page rasterised at 200 dpi; the tests of OCR itself run where the tesseract
program is installed and are skipped with the reason where it is not.
"""

from __future__ import annotations

import gzip
import io
import shutil

import pytest

import form4lark
from form4lark.api import parse_page
from form4lark.errors import InputError
from form4lark.inputs import scan
from form4lark.inputs.ocr_words import fixed_line
from form4lark.inputs.scan import UNSURE, words_of_tsv
from form4lark.inputs.words import Word, page_of_words
from support import FIXTURES

TSV = FIXTURES / "scan_tsv" / "AAPL-20190502-1-plain.tsv.gz"
PDF = FIXTURES / "pdf" / "WDAY-20250305-1-plain" / "page.pdf"
HEADER = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"


def _tsv(*words: tuple[str, int, int, float], line_top: int = 100, line_height: int = 30) -> str:
    """A TSV of one line of words: (text, left, top, confidence)."""
    rows = [HEADER, f"4\t1\t1\t1\t1\t0\t0\t{line_top}\t900\t{line_height}\t-1\t"]
    rows += [f"5\t1\t1\t1\t1\t{i}\t{left}\t{top}\t{10 * len(text)}\t12\t{conf}\t{text}"
             for i, (text, left, top, conf) in enumerate(words, start=1)]
    return "\n".join(rows) + "\n"


def _lines(page) -> list[list[str]]:
    return [[p.text for p in line.pieces] for line in page.lines]


# ---------------------------------------------------------------- TSV -> words -> page

def test_the_words_of_a_line_take_its_height():
    words = words_of_tsv(_tsv(("Common", 0, 105, 96.0), ("Stock", 70, 110, 95.0)))
    assert [(w.text, w.top, w.bottom) for w in words] == [("Common", 100, 130), ("Stock", 100, 130)]


def test_a_word_ocr_is_unsure_of_stays_as_unsure_characters():
    words = words_of_tsv(_tsv(("Adarns", 0, 100, 41.0), ("Katherine", 70, 100, 96.0)))
    assert [w.text for w in words] == [UNSURE * 6, "Katherine"]


def test_a_printed_label_read_as_printed_is_taken_whatever_the_doubt():
    words = words_of_tsv(_tsv(("(Month/Day/Year)", 0, 100, 22.0)))
    assert [w.text for w in words] == ["(Month/Day/Year)"]


def test_the_stored_tsv_makes_the_pages_lines():
    page = page_of_words(words_of_tsv(gzip.decompress(TSV.read_bytes()).decode()))
    lines = _lines(page)
    assert ["Table", "I", "-", "Non-Derivative Securities Acquired,", "Disposed", "of,", "or",
            "Beneficially Owned"] in lines  # read "Table |"
    # the code, read "Ss" with a confidence of 70: a code letter once put right
    assert ["Common", "05/02/2019", "S", "13,433", "D", "$ 208.99(2)", "151,187",
            "D"] in lines
    assert ["WILLIAMS JEFFREY E", "APPLE INC " + UNSURE * 4] in lines


# ---------------------------------------------------------------- OCR's misreadings

@pytest.mark.parametrize("read, fixed", [
    (["Table", "|", "\u2014", "Non-Derivative"], ["Table", "I", "-", "Non-Derivative"]),
    (["Table", "Il", "-", "Derivative"], ["Table", "II", "-", "Derivative"]),
    (["|$208.99\u00b0", "13,433]"], ["$208.99", "13,433"]),
    (["$209.31;", "3,"], ["$209.31;", "3,"]),           # a sentence's stops are kept
    (["$165.95)"], ["$165.95)"]),                       # "5)" may be a mark's: left unread
    (["Ss", "|"], ["S", None]),
    (["See", "Footnotes\u00ae)", "6)"], ["See", "Footnotes", None]),
    (["(Instr.", "3)"], ["(Instr.", "3)"]),
    (["C1", "Director", "xX", "Officer"], [None, "Director", "X", "Officer"]),
    (["1", "Name", "City)", "Person'"], ["1.", "Name", "(City)", "Person*"]),
    (["Mithril", "Il", "LP"], ["Mithril", "II", "LP"]),
], ids=["table-i", "table-ii", "rules-and-glyph-mark", "stops", "unsure-mark", "code",
        "glued-and-lone-marks", "instructions", "boxes", "labels", "roman"])
def test_ocrs_certain_misreadings_are_put_right(read, fixed):
    assert fixed_line(read) == fixed


def test_a_column_header_line_reads_its_sub_headers():
    assert fixed_line(["Code", "|v", "|amount", ")\u00b0", "price"]) == [
        "Code", "V", "Amount", "(A)", "Price"]


# ---------------------------------------------------------------- unsure words -> None

def test_a_text_holding_an_unsure_word_is_unknown_with_a_diagnostic():
    pytest.importorskip("pypdfium2", reason="the pdf extra (pypdfium2) is not installed")
    from form4lark.inputs.pdf import pdf_words

    words = [Word(UNSURE * len(w.text), w.x0, w.x1, w.top, w.bottom, w.page)
             if w.text == "Workday," else w for w in pdf_words(PDF.read_bytes())]
    form = parse_page("scan", page_of_words(words), strict=False)
    assert form.issuer.name is None and form.issuer.trading_symbol == "WDAY"
    assert any(d.field == "issuer.name" and "OCR was unsure" in d.message
               for d in form.diagnostics)


# ---------------------------------------------------------------- OCR itself

def _png() -> bytes:
    pdfium = pytest.importorskip("pypdfium2", reason="the pdf extra (pypdfium2) is not installed")
    image = pdfium.PdfDocument(PDF.read_bytes())[0].render(scale=200 / 72).to_pil()
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def test_without_tesseract_a_scan_says_what_to_install(monkeypatch):
    monkeypatch.setenv("PATH", "")
    with pytest.raises(InputError) as caught:
        form4lark.parse(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    assert caught.value.message.startswith("reading a scanned page needs OCR: install tesseract")


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="the tesseract program is not installed")
def test_a_scanned_page_reads_by_ocr():
    pytest.importorskip("PIL", reason="Pillow makes the test's PNG")
    form = form4lark.parse(_png())
    assert form.layout == "scan"
    assert form.issuer.trading_symbol == "WDAY"
    assert str(form.period_of_report) == "2025-03-05"


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="the tesseract program is not installed")
def test_ocr_that_fails_is_one_line():
    with pytest.raises(InputError) as caught:
        scan.ocr_tsv(b"\x89PNG\r\n\x1a\nnot an image")
    assert caught.value.message.startswith("OCR failed: ")
