"""A PDF's pages as images for OCR, at ``DPI``: by poppler's ``pdftoppm`` where it is
installed, else by pypdfium2 (the ``pdf`` extra).

Both draw the same page, but not the same pixels: pdfium's glyphs come out a shade
bolder and its grey fills darker, and tesseract, which finds the page's blocks and
lines from the pixels, reads poppler's drawing better. On the corpus PDFs read as
scans (``benchmarks/scans.py``), tesseract's reading of poppler's drawing scores sec
0.74 / 0.99 and plain 0.80 / 0.98 (recall / precision), of pdfium's 0.67 / 0.96 and
0.75 / 0.95; pdfium's colour, LCD, print, unsmoothed and supersampled drawings, and
its drawing enlarged 1.5 times, read no better than its grey one. So ``pdftoppm`` is
used where it is found (Debian/Ubuntu: ``apt-get install poppler-utils``) and pypdfium2
is the fallback that needs no program. Images are PPM/PGM, which tesseract reads
as they are (no Pillow).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from ..errors import InputError
from .pdf import open_pdf

#: the resolution pages are drawn at
DPI = 200
#: the programs or libraries that draw a page, best first
RENDERERS = ("pdftoppm", "pypdfium2")
#: seconds the drawing of a whole PDF may take
TIMEOUT = 300
# pdftoppm's files: "<root>-<page>.ppm", the page number padded to the page count's digits
_PAGE_FILE = re.compile(r"-([0-9]+)\.p[pgb]m$")


def renderer() -> str:
    """The renderer this machine has: "pdftoppm" where it is installed, else "pypdfium2"."""
    return "pdftoppm" if shutil.which("pdftoppm") else "pypdfium2"


def page_images(data: bytes, using: str | None = None) -> list[bytes]:
    """Each page of a PDF as an image file at ``DPI``, pages in order, drawn by
    ``using`` (one of ``RENDERERS``; the best installed if None)."""
    using = using or renderer()
    if using == "pdftoppm":
        return _pdftoppm(data)
    if using == "pypdfium2":
        return _pypdfium2(data)
    raise ValueError(f"no renderer {using!r} (known: {', '.join(RENDERERS)})")


def _pdftoppm(data: bytes) -> list[bytes]:
    program = shutil.which("pdftoppm")
    if program is None:
        raise InputError("drawing a PDF's pages with pdftoppm needs poppler "
                         "(apt-get install poppler-utils)")
    with tempfile.TemporaryDirectory(prefix="form4lark-") as folder:
        pdf = Path(folder, "in.pdf")
        pdf.write_bytes(data)
        try:
            done = subprocess.run([program, "-r", str(DPI), str(pdf), os.path.join(folder, "page")],
                                  capture_output=True, timeout=TIMEOUT, check=False)
        except subprocess.TimeoutExpired:
            raise InputError(f"drawing the PDF's pages took over {TIMEOUT} seconds") from None
        pages = sorted((int(m.group(1)), p) for p in Path(folder).iterdir()
                       if (m := _PAGE_FILE.search(p.name)))
        if done.returncode != 0 or not pages:
            reason = done.stderr.decode(errors="replace").strip().splitlines()
            raise InputError("pdftoppm could not draw the PDF's pages: "
                             + (reason[-1] if reason else f"exit {done.returncode}"))
        return [p.read_bytes() for _, p in pages]


def _pypdfium2(data: bytes) -> list[bytes]:
    document = open_pdf(data)
    try:
        images = []
        for number in range(len(document)):
            page = document[number]
            try:
                images.append(_pgm(page.render(scale=DPI / 72, grayscale=True)))
            finally:
                page.close()
        return images
    finally:
        document.close()


def _pgm(bitmap: Any) -> bytes:
    """A grey bitmap as a PGM file, the plainest image tesseract reads."""
    width, height, stride = bitmap.width, bitmap.height, bitmap.stride
    pixels = bytes(bitmap.buffer)
    rows = b"".join(pixels[y * stride:y * stride + width] for y in range(height))
    return b"P5\n%d %d\n255\n" % (width, height) + rows
