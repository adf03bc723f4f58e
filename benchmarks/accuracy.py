#!/usr/bin/env python3
"""Field-level recall and precision of form4lark on a corpus, per converter.

    python benchmarks/accuracy.py CORPUS_DIR [--converter NAME] [--show N] [--fields]

CORPUS_DIR is laid out as ``filings/<id>/truth.json`` and
``filings/<id>/text/<converter>.{txt,md}``. Every leaf of a truth record is
one field, scored as in the SEC-truth scorer the project is judged by:

- right:  the record holds the same value (text with case and white space
          folded, numbers as decimals);
- missed: the truth has a value and the record has null or nothing;
- wrong:  both hold values that differ, or the truth is null and the record is not.

Rows of the tables are paired by content, not position; keys the truth lacks,
``layout`` and ``cik`` are not scored. recall = right / all fields;
precision = right / (right + wrong). A text that fails to parse scores every
field as missed.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from decimal import Decimal, InvalidOperation
from pathlib import Path

TABLE_FOOTNOTES = "].footnotes"
SKIP = {"layout", "cik"}


def fold(value):
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, (int, float, Decimal)):
        return Decimal(str(value))
    if isinstance(value, str):
        text = " ".join(value.split()).casefold()
        if text[:1].isdigit() or text[:1] == "$":
            try:
                return Decimal(text.replace(",", "").lstrip("$").strip())
            except InvalidOperation:
                return text
        return text
    return value


def same(truth, pred) -> bool:
    if isinstance(truth, dict) and "$any" in truth:
        return any(same(t, pred) for t in truth["$any"])
    return fold(truth) == fold(pred)


def row_score(truth, pred) -> int:
    if not isinstance(truth, dict) or not isinstance(pred, dict):
        return int(same(truth, pred))
    return sum(1 for k, v in truth.items()
               if not isinstance(v, (dict, list)) and same(v, pred.get(k)))


def pair_rows(truth: list, pred: list):
    free = list(range(len(pred)))
    for t in truth:
        best = max(free, key=lambda j: row_score(t, pred[j]), default=None)
        if best is not None and row_score(t, pred[best]) > 0:
            free.remove(best)
            yield t, pred[best]
        else:
            yield t, None
    for j in free:
        if isinstance(pred[j], dict):
            yield {k: None for k, v in pred[j].items() if not isinstance(v, (dict, list))}, pred[j]


def verdicts(truth, pred, path: str = ""):
    """(field path, "right" | "missed" | "wrong") for every leaf of truth."""
    if isinstance(truth, dict) and "$any" not in truth:
        pred = pred if isinstance(pred, dict) else {}
        if path.endswith(TABLE_FOOTNOTES):
            t = {(k, str(i)) for k, ids in truth.items() for i in ids}
            p = {(k, str(i)) for k, ids in pred.items() for i in (ids or [])}
            for item in sorted(t):
                yield f"{path}.{item[0]}", "right" if item in p else "missed"
            for item in sorted(p - t):
                yield f"{path}.{item[0]}", "wrong"
            return
        for key, value in truth.items():
            if key not in SKIP:
                yield from verdicts(value, pred.get(key), f"{path}.{key}" if path else key)
        return
    if isinstance(truth, list):
        pred = pred if isinstance(pred, list) else []
        for i, (t, p) in enumerate(pair_rows(truth, pred)):
            yield from verdicts(t, p, f"{path}[{i}]")
        return
    if same(truth, pred):
        yield path, "right"
    elif pred is None:
        yield path, "missed"
    else:
        yield path, "wrong"


def score(truth, pred) -> list[tuple[str, str]]:
    out = list(verdicts(truth, pred if isinstance(pred, dict) else {}))
    if not isinstance(pred, dict):
        out = [(path, "missed") for path, _ in out]
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--converter", action="append", help="only texts of this converter (repeatable)")
    ap.add_argument("--filing", action="append", help="only this filing id (repeatable)")
    ap.add_argument("--show", type=int, default=0, help="list the N texts with most fields off")
    ap.add_argument("--fields", action="store_true", help="count the fields most often off")
    args = ap.parse_args(argv)
    import form4lark

    per = defaultdict(Counter)
    worst, off_fields = [], Counter()
    t0 = time.perf_counter()
    texts = sorted(p for p in args.corpus.glob("filings/*/text/*") if p.suffix in (".txt", ".md"))
    for path in texts:
        if args.converter and path.stem not in args.converter:
            continue
        filing = path.parent.parent.name
        if args.filing and filing not in args.filing:
            continue
        truth = json.loads((path.parent.parent / "truth.json").read_text())
        stats = per[path.stem]
        stats["texts"] += 1
        try:
            pred = json.loads(form4lark.parse_file(path).to_json())
        except form4lark.Form4ParseError as exc:
            pred = None
            stats["failed"] += 1
            worst.append((10**6, f"{filing}/{path.name}: FAILED {exc}"))
        result = score(truth, pred)
        stats.update(v for _, v in result)
        bad = [f"{p} {v}" for p, v in result if v != "right"]
        off_fields.update(b.split("]")[-1] if "]" in b else b for b in bad)
        if pred is not None and bad:
            worst.append((len(bad), f"{filing}/{path.name}: {len(bad)} off: " + ", ".join(bad[:8])))
    elapsed = time.perf_counter() - t0
    total = Counter()
    print(f"{'converter':18} {'texts':>5} {'failed':>6} {'recall':>7} {'precision':>9}")
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
    print(f"{name:18} {s['texts']:5} {s['failed']:6} {s['right'] / n if n else 0:7.4f} "
          f"{s['right'] / scored if scored else 0:9.4f}")


if __name__ == "__main__":
    sys.exit(main())
