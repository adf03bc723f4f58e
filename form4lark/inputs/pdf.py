"""A PDF's text layer -> words with their boxes, read with pypdfium2 (the ``pdf`` extra).

pypdfium2 (Apache-2.0/BSD, wheels for every platform) gives each character its
box, about fifteen times faster than pdfplumber's words on the corpus pages;
``glyphs.py`` runs the characters into words.
"""

from __future__ import annotations

from collections import deque
from itertools import compress, repeat
from operator import not_
from typing import Any, cast

from ..errors import InputError
from .glyphs import Fields, upright, words_of_chars
from .raised_runs import read_runs
from .run_objects import cut_runs, text_object_of
from .words import Word

#: one character in this many is asked its angle (a turned page turns all its text)
ANGLE_SAMPLE = 16
_BLANK = frozenset({0x09, 0x0A, 0x0D, 0x20})
#: what installs the library
INSTALL = "pip install 'form4lark[pdf]'"


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
    """Every word of the PDF's text layer, pages in order (none if it has no text layer),
    runs of raised digits read against the notes it lists (``raised_runs``)."""
    document = open_pdf(data)
    try:
        words: list[Word] = []
        for number in range(len(document)):
            page = document[number]
            textpage = page.get_textpage()
            try:
                chars, indices = _chars(textpage)
                turned = page.get_rotation() != 0
                found = words_of_chars(chars, number, turned)
                if upright(chars, turned):  # pdfium's order kept: a run's glyphs found in it
                    found = cut_runs(found, chars, indices, text_object_of(textpage))
                words += found
            finally:
                textpage.close()
                page.close()
        return read_runs(words)
    finally:
        document.close()


def _chars(textpage: Any) -> tuple[list[Fields], list[int]]:
    """The page's characters, by pdfium's own calls (its helpers cost twice as much): the
    text in one call, the loose box of each that is no space or line end (written into
    one array that is read back at once), the angle of one in ``ANGLE_SAMPLE``; the spaces
    and line ends pdfium made up are left out. Then each one's index on the text page."""
    import ctypes

    import pypdfium2.raw as raw  # type: ignore[import-untyped]

    handle = textpage.raw
    count = raw.FPDFText_CountChars(handle)
    buffer = (ctypes.c_ushort * (count + 1))()
    raw.FPDFText_GetText(handle, 0, count, buffer)
    codes = buffer[:count]
    if any(0xD800 <= code <= 0xDFFF for code in set(codes)):  # a surrogate pair: one by one
        codes = [raw.FPDFText_GetUnicode(handle, i) for i in range(count)]
    # the loops below run in C (map, compress): a page holds thousands of characters
    blanks = list(map(_BLANK.__contains__, codes))
    inked = compress(range(count), map(not_, blanks))
    boxes = (raw.FS_RECTF * count)()  # a space's or a line end's box stays 0
    page, base = ctypes.cast(handle, ctypes.c_void_p).value, ctypes.addressof(boxes)
    size = ctypes.sizeof(raw.FS_RECTF)
    loose = _plain(raw.FPDFText_GetLooseCharBox, ctypes.c_int, ctypes.c_void_p)
    addresses = range(base, base + size * count, size)
    deque(map(loose, repeat(page), inked, compress(addresses, map(not_, blanks))), maxlen=0)
    angle_of = _plain(raw.FPDFText_GetCharAngle, ctypes.c_float)
    angles = [-1.0] * count  # pdfium's "not known"
    for i in compress(range(0, count, ANGLE_SAMPLE), map(not_, blanks[::ANGLE_SAMPLE])):
        angles[i] = angle_of(page, i)
    made_up = _plain(raw.FPDFText_IsGenerated, ctypes.c_int)
    kept = [True] * count  # a space or a line's end pdfium made up is left out: no reader
    for i in compress(range(count), blanks):  # of the characters takes it
        kept[i] = not made_up(page, i)
    floats = memoryview(boxes).cast("B").cast("f").tolist()  # left, top, right, bottom each
    # Char's fields, not Chars: making thousands of NamedTuples costs a tenth of the reading
    return (list(compress(zip(codes, floats[0::4], floats[3::4], floats[2::4], floats[1::4],
                              angles, repeat(False)), kept)),
            list(compress(range(count), kept)))


def _plain(function: Any, result: Any, *more: Any) -> Any:
    """pdfium's ``function(textpage, index, *more)`` called with plain addresses: checking
    pypdfium2's typed pointers costs about as much as the call, thousands of times a page."""
    import ctypes

    address = cast(int, ctypes.cast(function, ctypes.c_void_p).value)  # a symbol's: never NULL
    return ctypes.CFUNCTYPE(result, ctypes.c_void_p, ctypes.c_int, *more)(address)
