"""Which input a file's bytes are, by their first bytes, and what the readers read of it.

A PDF (``%PDF-``) is read from its text layer, or by OCR where it has none (a
scan printed to PDF); an image (PNG, JPEG, TIFF) by OCR. Anything else is text,
decoded by ``source.py``: None here. The record's ``layout`` says which it was.
"""

from __future__ import annotations

from ..errors import InputError
from ..page import Page
from . import scan
from .pdf import is_pdf, pdf_words
from .scan import Scan
from .words import page_of_words

#: the input kinds a record's ``layout`` names
PDF = "pdf"
SCAN = "scan"
_IMAGES = {b"\x89PNG\r\n\x1a\n": "PNG", b"\xff\xd8\xff": "JPEG", b"II*\x00": "TIFF",
           b"MM\x00*": "TIFF"}


def image_kind(data: bytes) -> str | None:
    """"PNG", "JPEG" or "TIFF" for an image file's bytes, else None."""
    return next((kind for magic, kind in _IMAGES.items() if data.startswith(magic)), None)


def read_input(data: bytes, renderer: str | None = None) -> tuple[str, Page | Scan] | None:
    """The input kind and what is read of it: a PDF's page of words, or a scan's OCR
    (a PDF without a text layer drawn by ``renderer``, ``raster.py``'s best if None);
    None for text."""
    if is_pdf(data):
        words = pdf_words(data)
        if words:
            return PDF, page_of_words(words)
        try:
            scan.tesseract()
        except InputError as missing:
            raise InputError(f"a PDF with no text layer (a scan?): {missing.message}") from None
        found = Scan(tuple(scan.pdf_tsvs(data, renderer)))
    elif image_kind(data) is not None:
        found = Scan(tuple(scan.image_tsvs(data)))
    else:
        return None
    if not found.text.strip():
        raise InputError("OCR found no words on the page")
    return SCAN, found


def input_page(data: bytes) -> tuple[str, Page] | None:
    """The input kind and the page of a PDF or an image (a scan's words on the page
    grid, as ``--tree`` shows it); None for text."""
    found = read_input(data)
    if found is None:
        return None
    kind, read = found
    return kind, page_of_words(read.words()) if isinstance(read, Scan) else read
