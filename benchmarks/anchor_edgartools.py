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

import argparse
import json
import statistics
import sys
import time
from pathlib import Path


def load_edgartools() -> tuple[object, str, float]:
    """edgartools' ``Form4`` class, its version and the seconds its import took."""
    start = time.perf_counter()
    import edgar
    import edgar.ownership.owners as owners
    from edgar.ownership import Form4
    seconds = time.perf_counter() - start
    owners.Entity = lambda cik: None  # no network look-up: see the module's docstring
    return Form4, getattr(edgar, "__version__", "?"), seconds


def time_parses(form4: object, texts: list[str], rounds: int, min_seconds: float) -> dict:
    """Per-document times of ``Form4.parse_xml`` over ``texts``, repeated in passes."""
    failures: list[str] = []
    times: list[float] = []
    passes = 0
    start = time.perf_counter()
    while passes < rounds or time.perf_counter() - start < min_seconds:
        for text in texts:
            began = time.perf_counter()
            try:
                form4.parse_xml(text)
            except Exception as exc:  # an anchor's failure is reported, not raised
                if passes == 0:
                    failures.append(f"{type(exc).__name__}: {exc}"[:200])
            times.append(time.perf_counter() - began)
        passes += 1
    return {"documents": len(times), "seconds": sum(times), "passes": passes,
            "median_ms": statistics.median(times) * 1000 if times else 0.0,
            "failures": failures}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("xml", nargs="+", type=Path, help="ownership XML files (filing.xml)")
    ap.add_argument("--rounds", type=int, default=1, help="passes over the files, at least")
    ap.add_argument("--min-seconds", type=float, default=1.0,
                    help="keep making passes until this long has been timed")
    args = ap.parse_args(argv)
    try:
        form4, version, import_seconds = load_edgartools()
    except ImportError as exc:
        print(json.dumps({"error": f"edgartools is not installed here ({exc})"}))
        return 3
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in args.xml]
    try:  # warm: lazy imports inside edgartools, pandas' first frames
        form4.parse_xml(texts[0])
    except Exception:
        pass
    result = time_parses(form4, texts, args.rounds, args.min_seconds)
    print(json.dumps({"version": version, "python": sys.version.split()[0],
                      "import_seconds": import_seconds, **result}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
