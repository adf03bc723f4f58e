#!/usr/bin/env python3
"""The anchor of ``speed.py``: edgartools parsing Form 4 ownership XML, timed warm.

Run by ``speed.py`` with the interpreter of a separate virtual environment that
holds edgartools (never the project's own venv):

    python3 -m venv /work/anchor-venv
    /work/anchor-venv/bin/pip install edgartools
    /work/anchor-venv/bin/python benchmarks/anchor_edgartools.py [--rounds N] FILING.xml...

It imports edgartools (timed apart), parses one file to warm up, then times
``edgar.ownership.Form4.parse_xml(text)`` -- edgartools' own reading of an
ownership XML into its ``Form4`` object, tables as pandas frames included --
over every file, ``--rounds`` passes or more until ``--min-seconds`` have gone
by. Files are read before the clock starts. It prints one JSON object.

Offline: edgartools asks SEC's web service, for each reporting owner, whether the
owner is a company (to decide whether to turn "WILLIAMS JEFFREY E" into "Jeffrey E
Williams"). That look-up needs the network and an identity, and is not parsing, so
it is replaced by "not known to be a company" (``owners.Entity``), which is what
edgartools itself does when the look-up finds nothing.

This file imports nothing from form4lark, and form4lark never imports it.
"""

from __future__ import annotations

import sys
import time
from typing import Callable

from anchor_timing import run_anchor


def load_edgartools() -> tuple[Callable[[str], object], str, float]:
    """edgartools' ``Form4.parse_xml``, its version and the seconds its import took."""
    start = time.perf_counter()
    import edgar
    import edgar.ownership.owners as owners
    from edgar.ownership import Form4
    seconds = time.perf_counter() - start
    owners.Entity = lambda cik: None  # no network look-up: see the module's docstring
    return Form4.parse_xml, getattr(edgar, "__version__", "?"), seconds


if __name__ == "__main__":
    sys.exit(run_anchor(load_edgartools, "edgartools", "ownership XML files (filing.xml)",
                        __doc__))
