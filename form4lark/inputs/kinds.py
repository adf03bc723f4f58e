"""Which input a file's bytes are, by their first bytes, and what the readers read of it.

A PDF (``%PDF-``) is read from its text layer, or by OCR where it has none (a
scan printed to PDF); an image (PNG, JPEG, TIFF) by OCR. Anything else is text,
decoded by ``source.py``: None here. The record's ``layout`` says which it was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..errors import InputError
from ..page import Page

if TYPE_CHECKING:
    from .scan import Scan

#: the input kinds a record's ``layout`` names
PDF = "pdf"
SCAN = "scan"
_IMAGES = {b"\x89PNG\r\n\x1a\n": "PNG", b"\xff\xd8\xff": "JPEG", b"II*\x00": "TIFF",
           b"MM\x00*": "TIFF"}


def is_pdf(data: bytes) -> bool:
    """True for a PDF file: its header within the first kilobyte, as readers allow."""
    return b"%PDF-" in data[:1024]


def image_kind(data: bytes) -> str | None:
    """"PNG", "JPEG" or "TIFF" for an image file's bytes, else None."""
    return next((kind for magic, kind in _IMAGES.items() if data.startswith(magic)), None)


def _glyph_marked(page: Page) -> Page:
    """A PDF's page with its boxes printed as glyphs or as text ("[X]", "[ ]") read as the
    form's marks where it prints both kinds (``glyph_marks.two_glyph_marks``)."""
    from dataclasses import replace

    from ..glyph_marks import two_glyph_marks
    lines = two_glyph_marks(page.lines)
    return page if lines is page.lines else replace(page, lines=lines)


def read_input(data: bytes, renderer: str | None = None) -> tuple[str, Page | Scan] | None:
    """The input kind and what is read of it: a PDF's page of words, or a scan's OCR
    (a PDF without a text layer drawn by ``renderer``, ``raster.py``'s best if None);
    None for text."""
    if not is_pdf(data) and image_kind(data) is None:
        return None  # a text: none of the readers below is imported (start-up)
    from . import scan
    from .pdf import pdf_words
    from .words import page_of_words
    if is_pdf(data):
        words = pdf_words(data)
        if words:
            return PDF, _glyph_marked(page_of_words(words))
        try:
            scan.tesseract()
        except InputError as missing:
            raise InputError(f"a PDF with no text layer (a scan?): {missing.message}") from None
        found = scan.Scan(tuple(scan.pdf_tsvs(data, renderer)))
    else:
        found = scan.Scan(tuple(scan.image_tsvs(data)))
    if not found.text.strip():
        raise InputError("OCR found no words on the page")
    return SCAN, found


def input_page(data: bytes) -> tuple[str, Page] | None:
    """The input kind and the page of a PDF or an image (a scan's words on the page
    grid, as ``--tree`` shows it); None for text."""
    found = read_input(data)
    if found is None:
        return None
    from .scan import Scan
    from .words import page_of_words
    kind, read = found
    return kind, page_of_words(read.words()) if isinstance(read, Scan) else read
