"""Scanned pages: tesseract's TSV read back into its text and read as a text, unsure texts
unknown; its words with boxes on the page grid (what ``--tree`` shows of a scan).

The stored TSVs are tesseract's readings of a plain-design page drawn at 200 dpi:
``AAPL-20190502-1-plain.tsv.gz`` (drawn by pypdfium2) its header and Table I, and
``AAPL-20190502-1-plain-pdftoppm/`` (drawn by pdftoppm) both pages, each with the
text tesseract printed in the same run (``tesseract page.png page txt tsv``). The
tests of OCR itself run where the tesseract program is installed and are skipped
with the reason where it is not.
"""

from __future__ import annotations

import io
import shutil
import zlib
from decimal import Decimal

import pytest

import form4lark
from form4lark.api import parse_page, parse_scan
from form4lark.errors import InputError, StrictModeError
from form4lark.inputs import raster, scan
from form4lark.inputs.ocr_doubts import unsure_words
from form4lark.inputs.ocr_price_widths import widths_priced
from form4lark.inputs.ocr_words import fixed_line
from form4lark.inputs.scan import (UNSURE, Scan, confidences, text_of_pages, text_of_tsv,
                                   words_of_tsv)
from form4lark.inputs.words import Word, page_of_words
from support import FIXTURES, fixture_text, record, truth

TSV = FIXTURES / "scan_tsv" / "AAPL-20190502-1-plain.tsv"
PAGES = FIXTURES / "scan_tsv" / "AAPL-20190502-1-plain-pdftoppm"
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


def _pages() -> list[str]:
    """tesseract's TSV of each page of the stored two-page scan."""
    return [fixture_text(PAGES / f"page-{n}.tsv") for n in (1, 2)]


def _sure(tsv: str, word: str, confidence: float) -> str:
    """The TSV with tesseract's confidence in every reading of ``word`` set to ``confidence``."""
    rows = [line.split("\t") for line in tsv.split("\n")]
    return "\n".join("\t".join(r[:10] + [str(confidence), r[11]]) if len(r) == 12 and r[11] == word
                     else "\t".join(r) for r in rows)


# ---------------------------------------------------------------- TSV -> tesseract's text

@pytest.mark.parametrize("number", [1, 2])
def test_the_text_of_a_tsv_is_the_text_tesseract_printed(number):
    # page 1 closes on a rule read as a blank word: tesseract ends it with a blank line
    assert text_of_tsv(_pages()[number - 1]) == fixture_text(PAGES / f"page-{number}.txt")


def test_a_scans_pages_are_joined_as_tesseracts_texts_of_pages_are():
    first, second = (fixture_text(PAGES / f"page-{n}.txt") for n in (1, 2))
    assert text_of_pages(_pages()) == first + "\f\n" + second


# ---------------------------------------------------------------- a scan read as its text

def test_a_scan_reads_as_tesseracts_text_of_it_reads():
    form, text = parse_scan(Scan(tuple(_pages()))), form4lark.parse(text_of_pages(_pages()))
    assert form.layout == "scan" and text.layout != "scan"
    # but the prices the words' widths tell (row 3's "211.83)": $211.83 in the truth)
    text = widths_priced(text, tuple(_pages()))
    assert text.non_derivative_transactions[3].price_per_share == Decimal(str(
        truth("AAPL-20190502-1", "plain")["non_derivative_transactions"][3]["price_per_share"]))
    assert record(form) | {"layout": None, "diagnostics": None} == record(text) | {
        "layout": None, "diagnostics": None}
    # what the filing holds (its EDGAR XML)
    assert (form.issuer.trading_symbol, str(form.period_of_report)) == ("AAPL", "2019-05-02")
    first = form.non_derivative_transactions[0]
    assert (first.transaction_code, first.shares, first.price_per_share,
            first.shares_owned_following) == ("S", Decimal("13433"), Decimal("208.99"),
                                              Decimal("151187"))
    assert form.signatures[0].name == ("/s/ Sam Whittington, Attorney-in-Fact for Jeffrey E. "
                                       "Williams")


def test_a_text_holding_a_word_ocr_was_unsure_of_everywhere_is_unknown():
    first, second = _pages()
    form = parse_scan(Scan((_sure(first, "CUPERTINO", 41.5), second)))
    assert form.reporting_owners[0].city is None
    assert form.reporting_owners[0].street1 == "ONE APPLE PARK WAY"
    assert any(d.field == "reporting_owners[0].city" and "'CUPERTINO' (42% sure)" in d.message
               for d in form.diagnostics)


def test_a_word_read_surely_elsewhere_on_the_page_is_kept():
    # one "Stock" is read 31% sure, the others 60%: the word is known to be spelt so
    assert ("Stock", 30.533157) in confidences(_pages())
    rows = parse_scan(Scan(tuple(_pages()))).non_derivative_transactions
    assert {row.security_title for row in rows} == {"Common Stock"}


def test_numbers_and_codes_are_not_left_unknown_for_doubt():
    first, second = _pages()
    for word in ("13,433", "151,187", "05/02/2019"):
        first = _sure(first, word, 5.0)
    row = parse_scan(Scan((first, second))).non_derivative_transactions[0]
    assert (row.shares, row.shares_owned_following) == (Decimal("13433"), Decimal("151187"))


def test_the_forms_printed_words_are_never_doubted():
    assert unsure_words([("(Month/Day/Year)", 12.0), ("Reported", 3.0), ("Adarns", 41.0)]) == {
        "adarns": 41.0}


def test_a_strict_read_of_a_scan_refuses_its_doubts_as_the_scans():
    with pytest.raises(StrictModeError) as caught:
        parse_scan(Scan(tuple(_pages())), strict=True)
    assert caught.value.layout == "scan"


# ---------------------------------------------------------------- a PDF's pages drawn

def _size(image: bytes) -> tuple[int, int]:
    """The width and height of a PPM or PGM file."""
    magic, width, height = image.split(maxsplit=3)[:3]
    assert magic in (b"P5", b"P6")
    return int(width), int(height)


@pytest.mark.parametrize("renderer", raster.RENDERERS)
def test_each_page_of_a_pdf_is_drawn_at_200_dpi(renderer):
    pytest.importorskip("pypdfium2", reason="the pdf extra (pypdfium2) is not installed")
    if renderer == "pdftoppm" and shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    images = raster.page_images(PDF.read_bytes(), renderer)
    assert [_size(image) for image in images] == [(2200, 1700)] * 2  # landscape letter


def test_without_pdftoppm_pages_are_drawn_by_pypdfium2(monkeypatch):
    monkeypatch.setenv("PATH", "")
    assert raster.renderer() == "pypdfium2"
    with pytest.raises(InputError) as caught:
        raster.page_images(b"%PDF-1.4", "pdftoppm")
    assert "poppler" in caught.value.message


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
    page = page_of_words(words_of_tsv(fixture_text(TSV)))
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


def _image_pdf() -> bytes:
    """The stored PDF's first page as a PDF holding only its image (a scan printed to PDF)."""
    pdfium = pytest.importorskip("pypdfium2", reason="the pdf extra (pypdfium2) is not installed")
    bitmap = pdfium.PdfDocument(PDF.read_bytes())[0].render(scale=200 / 72, grayscale=True)
    width, height, stride = bitmap.width, bitmap.height, bitmap.stride
    pixels = bytes(bitmap.buffer)
    image = zlib.compress(b"".join(pixels[y * stride:y * stride + width] for y in range(height)))
    content = b"q 792 0 0 612 0 0 cm /Im0 Do Q"
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 792 612] /Contents 4 0 R "
               b"/Resources << /XObject << /Im0 5 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
               b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
               b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n%s\nendstream"
               % (width, height, len(image), image)]
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    table = b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    return out + b"xref\n0 %d\n0000000000 65535 f \n%strailer\n<< /Size %d /Root 1 0 R >>\n" \
        b"startxref\n%d\n%%%%EOF\n" % (len(objects) + 1, table, len(objects) + 1, len(out))


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="the tesseract program is not installed")
def test_a_pdf_without_a_text_layer_reads_by_ocr():
    from form4lark.inputs.pdf import pdf_words

    data = _image_pdf()
    assert pdf_words(data) == []  # no text layer: read by OCR
    form = form4lark.parse(data)
    assert form.layout == "scan"
    assert form.issuer.trading_symbol == "WDAY"
    assert str(form.period_of_report) == "2025-03-05"
