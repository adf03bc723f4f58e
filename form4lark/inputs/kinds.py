"""Which input a file's bytes are, by their first bytes, and its page for the form reader.

A PDF (``%PDF-``) is read from its text layer, or by OCR where it has none (a
scan printed to PDF); an image (PNG, JPEG, TIFF) by OCR. Anything else is text,
decoded by ``source.py``: None here. The record's ``layout`` says which it was.
"""

from __future__ import annotations

from ..errors import InputError
from ..page import Page
from . import scan
from .pdf import is_pdf, open_pdf, pdf_words
from .words import page_of_words

#: the input kinds a record's ``layout`` names
PDF = "pdf"
SCAN = "scan"
_IMAGES = {b"\x89PNG\r\n\x1a\n": "PNG", b"\xff\xd8\xff": "JPEG", b"II*\x00": "TIFF",
           b"MM\x00*": "TIFF"}


def image_kind(data: bytes) -> str | None:
    """"PNG", "JPEG" or "TIFF" for an image file's bytes, else None."""
    return next((kind for magic, kind in _IMAGES.items() if data.startswith(magic)), None)


def input_page(data: bytes) -> tuple[str, Page] | None:
    """The input kind and the page of a PDF or an image; None for text."""
    if is_pdf(data):
        words = pdf_words(data)
        if words:
            return PDF, page_of_words(words)
        try:
            scan.tesseract()
        except InputError as missing:
            raise InputError(f"a PDF with no text layer (a scan?): {missing.message}") from None
        document = open_pdf(data)
        try:
            words = scan.pdf_image_words(document)
        finally:
            document.close()
    elif image_kind(data) is not None:
        words = scan.image_words(data)
    else:
        return None
    if not words:
        raise InputError("OCR found no words on the page")
    return SCAN, page_of_words(words)
