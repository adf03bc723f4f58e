#!/usr/bin/env python3
"""Fuzz form4lark with damaged samples: any number of cases, crashes saved with their input.

    python benchmarks/fuzz.py [--cases N] [--seed S] [--workers W] [--out DIR] [SAMPLE...]

Each case is a sample (the seeds and corpus texts under tests/fixtures by
default) damaged by 1 to 4 of the mutations of tests/mutations.py, or random
bytes. A case passes when parse() returns a record holding only values found
in the text, or raises Form4ParseError. Anything else is a crash: its input
is written to DIR with the traceback. Reports cases, crashes, invented values,
the slowest case and cases per second; exit 1 if any case crashed, invented a
value or took more than a second.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import random
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from mutations import mutate, values_not_in_text  # noqa: E402

LIMIT_SECONDS = 1.0


def samples(paths: list[str]) -> list[tuple[str, str]]:
    if paths:
        return [(p, Path(p).read_text(encoding="utf-8")) for p in paths]
    sys.path.insert(0, str(ROOT / "tests"))
    from support import fixture_text, sample_texts  # the test fixtures, the form reader's pages
    return [(str(p), fixture_text(p)) for p in sample_texts()]


_POOL: list[tuple[str, str]] = []


def _set_pool(pool: list[tuple[str, str]]) -> None:
    """Each worker receives the samples once, not with every case."""
    _POOL[:] = pool


def one_case(job: tuple[int, int]):
    """(case, kind, seconds, detail, input): kind is ok, crash or invented."""
    import form4lark
    case, seed = job
    pool = _POOL
    rnd = random.Random(seed * 1_000_003 + case)
    name, text = pool[rnd.randrange(len(pool))]
    if rnd.random() < 0.05:
        data: str | bytes = bytes(rnd.randrange(256) for _ in range(rnd.randint(0, 4000)))
    else:
        data = mutate(text, rnd, rnd.randint(1, 4))
    start = time.perf_counter()
    try:
        form = form4lark.parse(data)
        seconds = time.perf_counter() - start
        if isinstance(data, str):
            invented = values_not_in_text(json.loads(form.to_json()), data)
            if invented:
                return case, "invented", seconds, f"{name}: {invented[:3]}", data
        return case, "ok", seconds, name, None
    except form4lark.Form4ParseError:
        return case, "ok", time.perf_counter() - start, name, None
    except Exception:  # noqa: BLE001 - this is what the fuzzer is looking for
        return case, "crash", time.perf_counter() - start, f"{name}\n{traceback.format_exc()}", data


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("samples", nargs="*")
    ap.add_argument("--cases", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--workers", type=int, default=mp.cpu_count())
    ap.add_argument("--out", type=Path, default=Path("fuzz-failures"))
    args = ap.parse_args(argv)
    pool = samples(args.samples)
    counts = {"ok": 0, "crash": 0, "invented": 0}
    slow, slowest = 0, (0.0, "")
    start = time.perf_counter()
    jobs = ((case, args.seed) for case in range(args.cases))
    with mp.Pool(args.workers, initializer=_set_pool, initargs=(pool,)) as workers:
        for done, (case, kind, seconds, detail, data) in enumerate(
                workers.imap_unordered(one_case, jobs, chunksize=64), 1):
            counts[kind] += 1
            if done % 10_000 == 0:
                print(f"... {done} cases, {time.perf_counter() - start:.0f} s", file=sys.stderr)
            if seconds > slowest[0]:
                slowest = (seconds, f"case {case} ({detail.splitlines()[0]})")
            slow += seconds > LIMIT_SECONDS
            if kind != "ok":
                args.out.mkdir(parents=True, exist_ok=True)
                suffix = ".bin" if isinstance(data, bytes) else ".txt"
                (args.out / f"case-{case}{suffix}").write_bytes(
                    data if isinstance(data, bytes) else data.encode("utf-8"))
                (args.out / f"case-{case}.{kind}").write_text(detail)
                print(f"{kind}: case {case}: {detail.splitlines()[0]}", file=sys.stderr)
    elapsed = time.perf_counter() - start
    print(f"cases {args.cases}  crashes {counts['crash']}  invented values {counts['invented']}  "
          f"over {LIMIT_SECONDS:.0f} s {slow}  slowest {slowest[0] * 1000:.1f} ms {slowest[1]}  "
          f"{args.cases / elapsed:.0f} cases/s ({args.workers} workers)")
    return 1 if counts["crash"] or counts["invented"] or slow else 0


if __name__ == "__main__":
    sys.exit(main())
