#!/usr/bin/env python3
"""How fast form4lark is, measured (not asserted): run it and read the figures.

    python benchmarks/speed.py [--quick] [--corpus DIR] [--anchor-python PATH]

1. side by side, one run: ``form4lark.parse()`` of the texts of N filings (every
   converter's text, ``<corpus>/filings/<id>/<design>/<converter>.txt|.md``) against
   edgartools' ``Form4.parse_xml()`` of the same filings' ``filing.xml``; documents per
   second per converter and per layout, and the ratio form4lark / edgartools (goal: >= 1),
   by the wall clock and by CPU time (which a busy machine moves less);
2. documents per second of the command line on a folder, with -j 1 and -j 2;
3. start-up of the command line (``--version``, and one small file end to end; median
   of several runs, goal <= 250 ms) and what imports cost (``python -X importtime``),
   both as the environment is and with .pyc files kept (PYTHONDONTWRITEBYTECODE, when
   set, makes an editable install compile form4lark's source at every start);
4. time per document against its size: a sample's Table I rows repeated 1x to 1000x;
5. hostile input (1 MB of form-like garbage and the like) under the default limits;
6. a cProfile of ``parse()`` on the corpus texts: top 20 by cumulative and by own
   time, and own time per area and per module of the form reader (form/, shapes/);
7. per input kind and page design, documents per second against its anchor in the
   same run (``input_speed.py``: EDGAR's XML against edgartools' ``Form4.parse_xml``,
   goal >= 2x as fast; PDF against ``pdftotext -layout`` alone, goal within 2x of
   its time; HTML against html2text alone, under ``--html-python``).

How the two sides are timed, so that their figures compare: each runs in its own
process, warm (imports done; before timing, form4lark parses the first filing's
texts, so that its grammars are compiled, and edgartools one XML), with the texts
read into memory before the clock starts; only the parse call is timed,
per document, and docs/s is documents over the sum of their times. form4lark runs
in this process. edgartools runs in ``anchor_edgartools.py`` under the interpreter
of a separate venv, so that the project's venv never holds it; install it with

    python3 -m venv /work/anchor-venv && /work/anchor-venv/bin/pip install edgartools

(``--anchor-python`` points elsewhere; without it, the comparison is skipped with a
message). The anchor makes passes over its files until it has timed a second,
because one pass takes a fraction of one; edgartools' per-owner SEC look-up (is the
owner a company?) is network, not parsing, and is stubbed there (see that file).

The corpus is ``--corpus`` (default ``../shared/corpus`` from the repository's root);
when it is absent, the test fixtures (``tests/fixtures/forms``, ``tests/fixtures/corpus``
with ``tests/fixtures/xml``) stand in. ``--quick`` runs a small selection in under a minute.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from input_speed import HTML_ANCHOR, inputs_side_by_side
from speed_cli import folder_rates, startup
from speed_compare import DEFAULT_ANCHOR, side_by_side
from speed_corpus import DEFAULT_CORPUS, FIXTURES, corpus_filings, fixture_filings, samples, spread
from speed_profile import profile
from speed_size import hostile, size_growth


# ------------------------------------------------------------------- the run

def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true",
                    help="a small selection of everything, in under a minute")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS,
                    help="the shared corpus (default ../shared/corpus from the repository)")
    ap.add_argument("--anchor-python", type=Path,
                    default=DEFAULT_ANCHOR if DEFAULT_ANCHOR.exists() else None,
                    help="the interpreter of the venv holding edgartools "
                         f"(default {DEFAULT_ANCHOR} if it exists)")
    ap.add_argument("--html-python", type=Path,
                    default=HTML_ANCHOR if HTML_ANCHOR.exists() else None,
                    help="the interpreter of the venv holding html2text, section 7's HTML "
                         f"anchor (default {HTML_ANCHOR} if it exists)")
    ap.add_argument("--filings", type=int, help="filings compared side by side (default all; 6 "
                    "with --quick)")
    ap.add_argument("--rounds", type=int, default=1, help="passes over the texts in section 1")
    ap.add_argument("--files", type=int, help="files in the folder of section 2 (default 1000; "
                    "100 with --quick)")
    ap.add_argument("--runs", type=int, help="runs of each start-up command (default 15; 5 "
                    "with --quick)")
    ap.add_argument("--profile-filings", type=int, help="filings whose texts are profiled "
                    "(default 20; 3 with --quick)")
    args = ap.parse_args(argv)
    quick = args.quick
    args.filings = args.filings or (6 if quick else 10_000)
    args.files = args.files or (100 if quick else 1000)
    args.runs = args.runs or (5 if quick else 15)
    args.profile_filings = args.profile_filings or (3 if quick else 20)
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if (args.corpus / "filings").is_dir():
        filings, source = corpus_filings(args.corpus), str(args.corpus)
    else:
        filings, source = fixture_filings(), f"test fixtures ({args.corpus} is absent)"
    print(f"corpus: {source}, {len(filings)} filings; python {sys.version.split()[0]}")
    paired = [f for f in filings if f.xml is not None]  # the same filings on both sides
    if paired and len(paired) < len(filings):
        print(f"   ({len(filings) - len(paired)} filings without a filing.xml left out of "
              "section 1)")
    chosen = spread(paired or filings, args.filings)
    side_by_side(chosen, args.rounds, args.anchor_python)

    paths = samples()
    folder_rates(paths, args.files)
    seed = FIXTURES / "seeds" / "000_d7657e5d40b2743c.txt"
    startup(seed if seed.exists() else chosen[0].texts[0].path, args.runs)

    texts = [p.read_text() for p in paths]
    base = next((t for p, t in zip(paths, texts) if p.name.startswith("003")), texts[0])
    size_growth(base, (1, 10, 100) if args.quick else (1, 10, 30, 100, 300, 1000))
    hostile(base)
    profile([t for f in spread(filings, args.profile_filings) for t in f.texts])
    inputs_side_by_side(args.corpus, 20 if args.quick else 10_000, args.anchor_python,
                        args.html_python)
    return 0


if __name__ == "__main__":
    sys.exit(main())
