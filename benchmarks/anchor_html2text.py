#!/usr/bin/env python3
"""The HTML anchor of ``speed.py`` (section 7): html2text turning a page into text, timed warm.

Run by ``input_speed.py`` with the interpreter of a separate virtual environment that
holds html2text (never the project's own venv):

    python3 -m venv /work/conv-venv && /work/conv-venv/bin/pip install html2text
    /work/conv-venv/bin/python benchmarks/anchor_html2text.py [--rounds N] PAGE.html...

It times ``HTML2Text(bodywidth=0).handle(text)`` -- the converter as the corpus runs
it (``body_width 0``: no wrapping), the text one would otherwise hand to a parser --
over every file, as ``anchor_timing.py`` does. It prints one JSON object.

This file imports nothing from form4lark, and form4lark never imports it.
"""

from __future__ import annotations

import sys
import time
from typing import Callable

from anchor_timing import run_anchor


def load_html2text() -> tuple[Callable[[str], object], str, float]:
    """A call of html2text with body width 0, its version and the seconds its import took."""
    start = time.perf_counter()
    import html2text
    seconds = time.perf_counter() - start

    def convert(html: str) -> str:  # a converter per page, as html2text.html2text() makes
        converter = html2text.HTML2Text(bodywidth=0)
        return converter.handle(html)

    version = ".".join(map(str, getattr(html2text, "__version__", ("?",))))
    return convert, version, seconds


if __name__ == "__main__":
    sys.exit(run_anchor(load_html2text, "html2text", "HTML pages (page.html)", __doc__))
