"""A PDF's text layer -> words with their boxes, read with pypdfium2 (the ``pdf`` extra).

pypdfium2 (Apache-2.0/BSD, wheels for every platform) gives each character its
box, about fifteen times faster than pdfplumber's words on the corpus pages;
``glyphs.py`` runs the characters into words.
"""

from __future__ import annotations

from typing import Any

from ..errors import InputError
from .glyphs import Char, words_of_chars
from .words import Word

#: one character in this many is asked its angle (a turned page turns all its text)
ANGLE_SAMPLE = 16
_BLANK = frozenset({0x09, 0x0A, 0x0D, 0x20})
#: what installs the library
INSTALL = "pip install 'form4lark[pdf]'"


def is_pdf(data: bytes) -> bool:
    """True for a PDF file: its header within the first kilobyte, as readers allow."""
    return b"%PDF-" in data[:1024]


def pdfium() -> Any:
    """The pypdfium2 module; InputError naming the extra when it is not installed."""
    try:
        import pypdfium2  # type: ignore[import-untyped]
    except ImportError:
        raise InputError(f"reading a PDF needs pypdfium2: {INSTALL}") from None
    return pypdfium2


def open_pdf(data: bytes) -> Any:
    """The document; InputError for a file pdfium cannot open (broken, encrypted)."""
    library = pdfium()
    try:
        return library.PdfDocument(data)
    except library.PdfiumError as exc:  # "Failed to load document (PDFium: Data format error)."
        reason = str(exc).rstrip(".").rpartition("PDFium: ")[2].rstrip(")") or "unknown error"
        raise InputError(f"a broken or unreadable PDF (pdfium: {reason.lower()})") from None


def pdf_words(data: bytes) -> list[Word]:
    """Every word of the PDF's text layer, pages in order (none if it has no text layer)."""
    document = open_pdf(data)
    try:
        words: list[Word] = []
        for number in range(len(document)):
            page = document[number]
            textpage = page.get_textpage()
            try:
                words += words_of_chars(_chars(textpage), number, page.get_rotation() != 0)
            finally:
                textpage.close()
                page.close()
        return words
    finally:
        document.close()


def _chars(textpage: Any) -> list[Char]:
    """The page's characters, by pdfium's own calls (its helpers cost twice as much): the
    text in one call, the loose box of each that is no space or line end, the angle of
    one in ``ANGLE_SAMPLE``."""
    import ctypes

    import pypdfium2.raw as raw  # type: ignore[import-untyped]

    handle, box = textpage.raw, raw.FS_RECTF()
    count = raw.FPDFText_CountChars(handle)
    buffer = (ctypes.c_ushort * (count + 1))()
    raw.FPDFText_GetText(handle, 0, count, buffer)
    codes = list(buffer[:count])
    if any(0xD800 <= code <= 0xDFFF for code in codes):  # a surrogate pair: one by one
        codes = [raw.FPDFText_GetUnicode(handle, i) for i in range(count)]
    loose, angle_of = raw.FPDFText_GetLooseCharBox, raw.FPDFText_GetCharAngle
    make = tuple.__new__  # a Char without NamedTuple's Python-level constructor
    blanks = {(code, made): Char(code, 0.0, 0.0, 0.0, 0.0, -1.0, made)
              for code in _BLANK for made in (False, True)}
    chars = []
    for i, code in enumerate(codes):
        if code in _BLANK:  # a space or a line's end: no box to ask for; pdfium's own?
            chars.append(blanks[code, bool(raw.FPDFText_IsGenerated(handle, i))])
            continue
        loose(handle, i, box)
        angle = angle_of(handle, i) if i % ANGLE_SAMPLE == 0 else -1.0
        chars.append(make(Char, (code, box.left, box.bottom, box.right, box.top, angle, False)))
    return chars
