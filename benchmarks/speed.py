#!/usr/bin/env python3
"""How fast form4lark is, measured (not asserted): run it and read the figures.

    python benchmarks/speed.py [--rounds N] [--files N]

1. documents per second parsing the test samples in one process (warm);
2. documents per second of the command line on a folder, with -j 1 and -j 2;
3. start-up time of the command line (``--version``, and one small file);
4. time per document against its size: a sample's Table I rows repeated
   1x to 100x, then grown to about 1 MB, and 1 MB of form-like garbage.
"""

from __future__ import annotations

import argparse
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
DATE = re.compile(r"\d{1,2}/\d{1,2}/\d{4}")


def samples() -> list[Path]:
    return sorted((FIXTURES / "seeds").glob("*.txt")) + sorted(
        p for p in (FIXTURES / "corpus").glob("*/text/*") if p.suffix in (".txt", ".md"))


def parse_rate(texts: list[str], rounds: int) -> float:
    import form4lark
    for text in texts:  # warm: grammars compiled, caches filled
        try:
            form4lark.parse(text)
        except form4lark.Form4ParseError:
            pass
    start = time.perf_counter()
    for _ in range(rounds):
        for text in texts:
            try:
                form4lark.parse(text)
            except form4lark.Form4ParseError:
                pass
    return rounds * len(texts) / (time.perf_counter() - start)


def cli_rate(folder: Path, jobs: int, count: int) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "form4lark", str(folder), "--format", "jsonl",
                    "-o", "/dev/null", "-j", str(jobs), "--no-summary"],
                   capture_output=True, check=False)
    return count / (time.perf_counter() - start)


def startup(args: list[str], runs: int = 10) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "form4lark", *args], capture_output=True, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def grow(text: str, factor: int) -> str:
    """The text with each Table I row that holds a date repeated ``factor`` times."""
    lines = text.split("\n")
    start = next((i for i, l in enumerate(lines) if "Non-Derivative" in l), 0)
    end = next((i for i, l in enumerate(lines) if "Table II" in l and i > start), len(lines))
    out = lines[:start]
    for line in lines[start:end]:
        out.extend([line] * (factor if DATE.search(line) else 1))
    return "\n".join(out + lines[end:])


def time_parse(text: str, repeat: int = 3, max_bytes: int | None = None) -> tuple[float, str]:
    """Best time of ``repeat`` parses; by default with the size limit raised out of the way."""
    import form4lark
    best, outcome = float("inf"), ""
    for _ in range(repeat):
        start = time.perf_counter()
        try:
            form = form4lark.parse(text, max_bytes=max_bytes or 200 * len(text))
            outcome = f"{len(form.non_derivative_transactions)} rows"
        except form4lark.Form4ParseError as exc:
            outcome = f"error: {exc.message[:50]}"
        best = min(best, time.perf_counter() - start)
    return best, outcome


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", type=int, default=20)
    ap.add_argument("--files", type=int, default=1000)
    args = ap.parse_args(argv)
    paths = samples()
    texts = [p.read_text() for p in paths]
    print(f"1. parse() on {len(texts)} samples, one process: "
          f"{parse_rate(texts, args.rounds):.0f} documents/s")

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "filings"
        folder.mkdir()
        for i in range(args.files):
            src = paths[i % len(paths)]
            shutil.copy(src, folder / f"{i:05d}{src.suffix}")
        for jobs in (1, 2):
            print(f"2. command line, {args.files} files, -j {jobs}: "
                  f"{cli_rate(folder, jobs, args.files):.0f} documents/s")

    seed = FIXTURES / "seeds" / "000_d7657e5d40b2743c.txt"
    print(f"3. start-up: --version {startup(['--version']) * 1000:.0f} ms; "
          f"one file {startup([str(seed)]) * 1000:.0f} ms")

    print("4. time per document against size (size limits raised; ms per row added shows "
          "linear growth):")
    base = next((t for p, t in zip(paths, texts) if p.name.startswith("003")), texts[0])
    first = None
    for factor in (1, 10, 30, 100, 300, 1000):
        text = grow(base, factor)
        seconds, outcome = time_parse(text)
        rows = int(outcome.split()[0]) if outcome.endswith("rows") else 0
        first = first or (seconds, rows)
        per_row = ((seconds - first[0]) * 1000 / (rows - first[1])) if rows > first[1] else 0.0
        print(f"   {factor:5}x  {len(text) / 1024:8.1f} KiB  {seconds * 1000:8.1f} ms  "
              f"{per_row:6.3f} ms/row added  ({outcome})")
    print("5. hostile input, default limits (answered or refused, never slow):")
    garbage = ("Table I - Non-Derivative Securities Acquired\nSTATEMENT OF CHANGES IN BENEFICIAL "
               "OWNERSHIP\nName and Address of Reporting Person\n" + "1/2/2003 $ 1,0 (1)|\t" * 50_000)
    lines = base.split("\n")
    hostile = {
        "1 MB of form-like garbage": garbage[: 1 << 20],
        "1 MB of table rules": "\n".join(lines[:20] + ["|" * 1000] * 1000 + lines[20:]),
        "38,000 brackets in a cell": base.replace("Common Stock", "(" * 38_000, 1),
        "3,000 rows": grow(base, 1000),
    }
    for name, text in hostile.items():
        seconds, outcome = time_parse(text, max_bytes=5 * 1024 * 1024)
        print(f"   {name:28} {len(text) / 1024:8.1f} KiB  {seconds * 1000:8.1f} ms  ({outcome})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
