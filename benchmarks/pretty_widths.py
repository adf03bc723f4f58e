#!/usr/bin/env python3
"""How many filings lose a number or date in the pretty view, at 60, 80 and 120 columns.

    python benchmarks/pretty_widths.py [CORPUS_DIR] [--converter NAME] [--show N]

Every ``filings/<id>/{sec,plain}/<converter>`` text of the corpus (default: html2text,
corpus ``../shared/corpus`` from the repository's root) is parsed and its record
rendered at each width; a filing loses a value when one of its record's numbers or
dates does not stand whole on a line of the output (cut by a border, ellipsised,
wrapped): the check of ``tests/test_pretty_view.py``, ``cut_values``.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WIDTHS = (60, 80, 120)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path, nargs="?", default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--converter", default="html2text")
    ap.add_argument("--show", type=int, default=3, help="list up to N losses per width")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT / "tests"))
    import form4lark
    from test_pretty_view import cut_values, rendered

    texts = sorted(p for p in args.corpus.glob(f"filings/*/*/{args.converter}.*")
                   if p.parent.name in ("sec", "plain"))
    losing: dict[tuple[str, int], int] = Counter()
    total: Counter[str] = Counter()
    shown: list[str] = []
    started = time.perf_counter()
    for path in texts:
        design = path.parent.name
        try:
            form = form4lark.parse_file(path)
        except form4lark.Form4ParseError:
            total[f"{design} (not read)"] += 1
            continue
        total[design] += 1
        for width in WIDTHS:
            cut = cut_values(form, rendered(form, width, path.name))
            if cut:
                losing[design, width] += 1
                if sum(s.startswith(f"{width}:") for s in shown) < args.show:
                    shown.append(f"{width}: {path.parent.parent.name}/{design}: {', '.join(cut[:6])}")
    print(f"{args.converter} texts: " + ", ".join(f"{n} {d}" for d, n in sorted(total.items())))
    print("filings losing a number or date (of those read):")
    for design in ("sec", "plain"):
        print(f"  {design:5} " + "   ".join(f"{w} cols: {losing[design, w]:3}" for w in WIDTHS))
    print("  all   " + "   ".join(
        f"{w} cols: {losing['sec', w] + losing['plain', w]:3}" for w in WIDTHS))
    for line in shown:
        print("  e.g. " + line)
    print(f"({time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
