#!/usr/bin/env python3
"""Field-level recall and precision of form4lark on a corpus, per page design and converter.

    python benchmarks/accuracy.py CORPUS_DIR [--design NAME] [--converter NAME] [--show N] [--fields]

CORPUS_DIR is laid out as ``filings/<id>/truth.json`` and
``filings/<id>/<design>/<converter>.{txt,md}`` (a design that hides part of the
truth has its own ``<design>/truth.json``). Every leaf of a truth record is
one field, right, missed or wrong as ``form4lark/scoring.py`` defines them
(the definitions of the SEC-truth scorer the project is judged by);
recall = right / all fields, precision = right / (right + wrong). A text that
fails to parse scores every field as missed.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--design", action="append", help="only texts of this page design (repeatable)")
    ap.add_argument("--converter", action="append", help="only texts of this converter (repeatable)")
    ap.add_argument("--filing", action="append", help="only this filing id (repeatable)")
    ap.add_argument("--show", type=int, default=0, help="list the N texts with most fields off")
    ap.add_argument("--fields", action="store_true", help="count the fields most often off")
    args = ap.parse_args(argv)
    import form4lark
    from form4lark.scoring import score

    per = defaultdict(Counter)
    worst, off_fields = [], Counter()
    t0 = time.perf_counter()
    texts = sorted(p for p in args.corpus.glob("filings/*/*/*") if p.suffix in (".txt", ".md"))
    for path in texts:
        design = path.parent.name
        if (args.converter and path.stem not in args.converter) or (
                args.design and design not in args.design):
            continue
        filing = path.parent.parent.name
        if args.filing and filing not in args.filing:
            continue
        own = path.parent / "truth.json"
        truth = json.loads((own if own.exists() else path.parent.parent / "truth.json").read_text())
        stats = per[f"{design}/{path.stem}"]
        stats["texts"] += 1
        try:
            pred = json.loads(form4lark.parse_file(path).to_json())
        except form4lark.Form4ParseError as exc:
            pred = None
            stats["failed"] += 1
            worst.append((10**6, f"{filing}/{design}/{path.name}: FAILED {exc}"))
        result = score(truth, pred)
        stats.update(v for _, v in result)
        bad = [f"{p} {v}" for p, v in result if v != "right"]
        off_fields.update(b.split("]")[-1] if "]" in b else b for b in bad)
        if pred is not None and bad:
            worst.append((len(bad), f"{filing}/{design}/{path.name}: {len(bad)} off: "
                          + ", ".join(bad[:8])))
    elapsed = time.perf_counter() - t0
    total = Counter()
    print(f"{'design/converter':24} {'texts':>5} {'failed':>6} {'recall':>7} {'precision':>9}")
    for name in sorted(per):
        total.update(per[name])
        _line(name, per[name])
    _line("all", total)
    print(f"({elapsed / max(total['texts'], 1) * 1000:.1f} ms per text)")
    for _, line in sorted(worst, reverse=True)[: args.show]:
        print("  " + line)
    if args.fields:
        for name, count in off_fields.most_common(25):
            print(f"  {count:4} {name}")
    return 0


def _line(name: str, s: Counter) -> None:
    n = s["right"] + s["missed"] + s["wrong"]
    scored = s["right"] + s["wrong"]
    print(f"{name:24} {s['texts']:5} {s['failed']:6} {s['right'] / n if n else 0:7.4f} "
          f"{s['right'] / scored if scored else 0:9.4f}")


if __name__ == "__main__":
    sys.exit(main())
