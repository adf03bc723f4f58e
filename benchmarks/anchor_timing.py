"""How an anchor of ``speed.py`` times its tool: each call per document, warm, in passes.

Shared by the anchor scripts (``anchor_edgartools.py``, ``anchor_html2text.py``), which
run under the interpreter of a separate virtual environment holding the tool; this
file imports nothing but the standard library, and nothing from form4lark.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Callable

#: what an anchor's loader gives: the call timed, the tool's version, its import's seconds
Loaded = tuple[Callable[[str], object], str, float]


def time_calls(call: Callable[[str], object], texts: list[str], rounds: int,
               min_seconds: float) -> dict:
    """Per-document times of ``call`` over ``texts``, in passes: at least ``rounds``, and
    more until ``min_seconds`` have gone by (one pass may take a fraction of one); and
    the CPU time of all the passes, which a busy machine moves less."""
    failures: list[str] = []
    times: list[float] = []
    passes = 0
    start, cpu = time.perf_counter(), time.process_time()
    while passes < rounds or time.perf_counter() - start < min_seconds:
        for text in texts:
            began = time.perf_counter()
            try:
                call(text)
            except Exception as exc:  # an anchor's failure is reported, not raised
                if passes == 0:
                    failures.append(f"{type(exc).__name__}: {exc}"[:200])
            times.append(time.perf_counter() - began)
        passes += 1
    return {"documents": len(times), "seconds": sum(times), "passes": passes,
            "cpu_seconds": time.process_time() - cpu,
            "median_ms": statistics.median(times) * 1000 if times else 0.0,
            "failures": failures}


def run_anchor(load: Callable[[], Loaded], tool: str, files: str, doc: str | None,
               argv: list[str] | None = None) -> int:
    """An anchor script's command line: load the tool (its import timed apart), read the
    files before the clock starts, call once to warm, time the calls, print one JSON
    object (``{"error": ...}`` and exit 3 when the tool is not installed)."""
    ap = argparse.ArgumentParser(description=(doc or "").split("\n\n")[0])
    ap.add_argument("file", nargs="+", type=Path, help=files)
    ap.add_argument("--rounds", type=int, default=1, help="passes over the files, at least")
    ap.add_argument("--min-seconds", type=float, default=1.0,
                    help="keep making passes until this long has been timed")
    args = ap.parse_args(argv)
    try:
        call, version, import_seconds = load()
    except ImportError as exc:
        print(json.dumps({"error": f"{tool} is not installed here ({exc})"}))
        return 3
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in args.file]
    try:  # warm: the tool's lazy imports and first calls
        call(texts[0])
    except Exception:
        pass
    result = time_calls(call, texts, args.rounds, args.min_seconds)
    print(json.dumps({"version": version, "python": sys.version.split()[0],
                      "import_seconds": import_seconds, **result}))
    return 0
