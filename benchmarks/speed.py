#!/usr/bin/env python3
"""How fast form4lark is, measured (not asserted): run it and read the figures.

    python benchmarks/speed.py [--quick] [--corpus DIR] [--anchor-python PATH]

1. side by side, one run: ``form4lark.parse()`` of the texts of N filings (every
   converter's text, ``<corpus>/filings/<id>/<design>/<converter>.txt|.md``) against
   edgartools' ``Form4.parse_xml()`` of the same filings' ``filing.xml``; documents per
   second per converter and per layout, and the ratio form4lark / edgartools (goal: >= 1);
2. documents per second of the command line on a folder, with -j 1 and -j 2;
3. start-up of the command line (``--version``, and one small file end to end; median
   of several runs, goal <= 250 ms) and what imports cost (``python -X importtime``),
   both as the environment is and with .pyc files kept (PYTHONDONTWRITEBYTECODE, when
   set, makes an editable install compile form4lark's source at every start);
4. time per document against its size: a sample's Table I rows repeated 1x to 1000x;
5. hostile input (1 MB of form-like garbage and the like) under the default limits;
6. a cProfile of ``parse()`` on the corpus texts: top 20 by cumulative and by own
   time, and own time per area and per module of the form reader (form/, shapes/).

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
import cProfile
import json
import os
import pstats
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
DEFAULT_ANCHOR = Path("/work/anchor-venv/bin/python")
ANCHOR_SCRIPT = Path(__file__).with_name("anchor_edgartools.py")
INSTALL_ANCHOR = "python3 -m venv /work/anchor-venv && /work/anchor-venv/bin/pip install edgartools"
STARTUP_GOAL_MS = 250
DATE = re.compile(r"\d{1,2}/\d{1,2}/\d{4}")
IMPORT_LINE = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \| (\s*)(\S+)")


# ---------------------------------------------------------------- the documents

@dataclass(frozen=True)
class Text:
    """One converter's text of one filing."""

    filing: str
    design: str
    converter: str
    path: Path


@dataclass(frozen=True)
class Filing:
    """A filing's texts and, when there is one, its ownership XML."""

    id: str
    texts: tuple[Text, ...]
    xml: Path | None


def texts_in(folder: Path, filing: str) -> tuple[Text, ...]:
    """The ``<design>/<converter>.txt|.md`` texts under a filing's folder."""
    return tuple(Text(filing, p.parent.name, p.name, p)
                 for p in sorted(folder.glob("*/*")) if p.suffix in (".txt", ".md"))


def corpus_filings(corpus: Path) -> list[Filing]:
    """The shared corpus: ``filings/<id>/<design>/<converter>`` and ``filing.xml``."""
    folders = [d for d in sorted((corpus / "filings").iterdir()) if d.is_dir()]
    return [Filing(d.name, texts_in(d, d.name),
                   d / "filing.xml" if (d / "filing.xml").exists() else None) for d in folders]


def fixture_filings() -> list[Filing]:
    """The test fixtures' filings; their XML, where any, beside them or in ``fixtures/xml``."""
    filings = []
    folders = sorted((FIXTURES / "forms").glob("*/")) + sorted((FIXTURES / "corpus").glob("*/"))
    for folder in folders:
        beside, apart = folder / "filing.xml", FIXTURES / "xml" / folder.name / "filing.xml"
        xml = next((p for p in (beside, apart) if p.exists()), None)
        filings.append(Filing(folder.name, texts_in(folder, folder.name), xml))
    return [f for f in filings if f.texts]


def spread(items: list, count: int) -> list:
    """``count`` items taken evenly across ``items`` (all of them when count is larger)."""
    if count >= len(items):
        return items
    return [items[i * len(items) // count] for i in range(count)]


def samples() -> list[Path]:
    """Small texts for the folder and size tests: the seeds and the fixtures' corpus."""
    return sorted((FIXTURES / "seeds").glob("*.txt")) + sorted(
        p for p in (FIXTURES / "corpus").glob("*/text/*") if p.suffix in (".txt", ".md"))


# ------------------------------------------------------------ 1. side by side

@dataclass
class Tally:
    """Documents parsed, seconds spent and failures, for one converter or layout."""

    documents: int = 0
    seconds: float = 0.0
    failed: int = 0

    @property
    def rate(self) -> float:
        return self.documents / self.seconds if self.seconds else 0.0


def form4lark_timings(texts: list[Text], rounds: int) -> list[tuple[Text, str, float, bool]]:
    """(text, layout, seconds, parsed) for each parse of each text, warm, in this process."""
    import form4lark
    contents = [t.path.read_text(encoding="utf-8", errors="replace") for t in texts]
    for content in contents[:len({t.converter for t in texts})]:  # warm: grammars compiled
        try:
            form4lark.parse(content)
        except form4lark.Form4ParseError:
            pass
    timings = []
    for _ in range(rounds):
        for text, content in zip(texts, contents):
            start = time.perf_counter()
            try:
                layout, parsed = form4lark.parse(content).layout, True
            except form4lark.Form4ParseError as exc:
                layout, parsed = exc.layout or "(refused)", False
            timings.append((text, layout, time.perf_counter() - start, parsed))
    return timings


def anchor_result(python: Path | None, xmls: list[Path], rounds: int) -> dict:
    """edgartools' figures from ``anchor_edgartools.py``, or ``{"error": why not}``."""
    if python is None or not python.exists():
        return {"error": f"no anchor interpreter ({python or 'none given'}); install edgartools "
                         f"with `{INSTALL_ANCHOR}` or pass --anchor-python PATH"}
    if not xmls:
        return {"error": "none of the selected filings has a filing.xml to give edgartools"}
    run = subprocess.run([str(python), str(ANCHOR_SCRIPT), "--rounds", str(rounds),
                          *map(str, xmls)], capture_output=True, text=True, check=False)
    try:
        result = json.loads(run.stdout.strip().splitlines()[-1])
    except (IndexError, json.JSONDecodeError):
        why = run.stderr.strip()[-300:]
        result = {"error": f"the anchor failed (exit {run.returncode}): {why}"}
    if "error" in result:
        result["error"] += f"; install it with `{INSTALL_ANCHOR}`"
    return result


def tally(timings: list[tuple[Text, str, float, bool]], key) -> dict[str, Tally]:
    """The timings summed by ``key(text, layout)``."""
    tallies: dict[str, Tally] = defaultdict(Tally)
    for text, layout, seconds, parsed in timings:
        entry = tallies[key(text, layout)]
        entry.documents += 1
        entry.seconds += seconds
        entry.failed += not parsed
    return dict(sorted(tallies.items()))


def print_rates(title: str, tallies: dict[str, Tally], anchor_rate: float | None) -> None:
    """A table of docs/s, mean ms and the ratio to the anchor's docs/s."""
    print(f"   {title:22} {'docs':>5} {'failed':>6} {'docs/s':>8} {'ms/doc':>8} "
          f"{'ratio':>7}")
    for name, entry in tallies.items():
        compared = anchor_rate and entry.failed < entry.documents  # refusals are no reading
        ratio = f"{entry.rate / anchor_rate:7.3f}" if compared else "      -"
        print(f"   {name:22} {entry.documents:5} {entry.failed:6} {entry.rate:8.1f} "
              f"{1000 / entry.rate if entry.rate else 0:8.1f} {ratio}")


def side_by_side(filings: list[Filing], rounds: int, anchor: Path | None) -> None:
    """Section 1: form4lark on the texts against edgartools on the same filings' XML."""
    texts = [t for f in filings for t in f.texts]
    xmls = [f.xml for f in filings if f.xml is not None]
    timings = form4lark_timings(texts, rounds)
    result = anchor_result(anchor, xmls, rounds)
    anchor_rate = result["documents"] / result["seconds"] if "error" not in result else None
    everything = tally(timings, lambda text, layout: "all texts")
    print(f"1. side by side on {len(filings)} filings ({len(texts)} texts, {len(xmls)} XML), "
          f"warm, one process each:")
    if anchor_rate:
        print(f"   edgartools {result['version']} Form4.parse_xml: {anchor_rate:.1f} documents/s "
              f"({result['median_ms']:.2f} ms median, {result['passes']} passes, "
              f"{len(result['failures'])} failed; its import took "
              f"{result['import_seconds'] * 1000:.0f} ms, not counted)")
        ratio = everything["all texts"].rate / anchor_rate
        print(f"   form4lark / edgartools, all texts: {ratio:.3f} "
              f"(goal >= 1.0: {'met' if ratio >= 1 else 'missed'})")
    else:
        print(f"   edgartools comparison skipped: {result['error']}")
    print_rates("all texts", everything, anchor_rate)
    print_rates("by converter", tally(timings, lambda text, layout: text.converter), anchor_rate)
    print_rates("by layout (shape)", tally(timings, lambda text, layout: layout), anchor_rate)
    print_rates("by design", tally(timings, lambda text, layout: text.design), anchor_rate)


# -------------------------------------------------------- 2. the command line

def cli_rate(folder: Path, jobs: int, count: int) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "form4lark", str(folder), "--format", "jsonl",
                    "-o", "/dev/null", "-j", str(jobs), "--no-summary"],
                   capture_output=True, check=False)
    return count / (time.perf_counter() - start)


def folder_rates(paths: list[Path], files: int) -> None:
    """Section 2: the command line on a folder of ``files`` copies of the samples."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "filings"
        folder.mkdir()
        for i in range(files):
            src = paths[i % len(paths)]
            shutil.copy(src, folder / f"{i:05d}{src.suffix}")
        for jobs in (1, 2):
            print(f"2. command line, {files} files, -j {jobs}: "
                  f"{cli_rate(folder, jobs, files):.0f} documents/s")


# ------------------------------------------------------------- 3. start-up

def median_seconds(command: list[str], runs: int, env: dict[str, str]) -> float:
    """The median wall time of ``command`` over ``runs`` runs (after one unmeasured)."""
    subprocess.run(command, capture_output=True, check=False, env=env)  # .pyc written
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, check=False, env=env)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def environments(pycache: str) -> dict[str, dict[str, str]]:
    """The environment as it is, and one where Python keeps its .pyc files (in
    ``pycache``, not the work tree), as an installed wheel has them. With
    PYTHONDONTWRITEBYTECODE set, an editable install compiles form4lark's source at
    every start; site-packages (lark, rich) have their .pyc from pip either way."""
    cached = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    cached["PYTHONPYCACHEPREFIX"] = pycache
    as_is = "as is" + (" (PYTHONDONTWRITEBYTECODE set: no .pyc)"
                       if os.environ.get("PYTHONDONTWRITEBYTECODE") else "")
    return {as_is: dict(os.environ), "with .pyc files": cached}


def import_costs(code: list[str], env: dict[str, str]) -> list[tuple[int, int, str]]:
    """(cumulative us, self us, module) of each import ``python -X importtime`` reports."""
    subprocess.run([sys.executable, *code], capture_output=True, check=False, env=env)
    run = subprocess.run([sys.executable, "-X", "importtime", *code], capture_output=True,
                         text=True, check=False, env=env)
    return [(int(m[2]), int(m[1]), m[4]) for m in map(IMPORT_LINE.match, run.stderr.splitlines())
            if m]


def print_import_costs(title: str, costs: list[tuple[int, int, str]], top: int = 10) -> None:
    """The ``top`` imports by cumulative time, and own time summed by top-level package."""
    by_package: dict[str, int] = defaultdict(int)
    for _, own, name in costs:
        by_package[name.split(".")[0]] += own
    total = sum(by_package.values())
    print(f"   {title}: {total / 1000:.0f} ms of imports" + (
        f"; top {top} by cumulative (cumulative ms / own ms):" if top else ""))
    for cumulative, own, name in sorted(costs, reverse=True)[:top]:
        print(f"     {cumulative / 1000:7.1f} {own / 1000:6.1f}  {name}")
    heavy = sorted(by_package.items(), key=lambda kv: -kv[1])[:8]
    print("     own time by package: " + ", ".join(f"{k} {v / 1000:.0f} ms" for k, v in heavy))


def startup(small: Path, runs: int) -> None:
    """Section 3: start-up times against the goal, and what the imports cost."""
    python = [sys.executable]
    verdict = lambda s: "met" if s * 1000 <= STARTUP_GOAL_MS else "missed"  # noqa: E731
    print(f"3. start-up, median of {runs} runs (goal <= {STARTUP_GOAL_MS} ms):")
    with tempfile.TemporaryDirectory() as pycache:
        envs = environments(pycache)
        for name, env in envs.items():
            floor = median_seconds([*python, "-c", "pass"], runs, env)
            version = median_seconds([*python, "-m", "form4lark", "--version"], runs, env)
            one = median_seconds([*python, "-m", "form4lark", str(small)], runs, env)
            print(f"   {name}: bare `python -c pass` {floor * 1000:.0f} ms")
            print(f"     python -m form4lark --version  {version * 1000:6.0f} ms  "
                  f"({verdict(version)})")
            print(f"     python -m form4lark {small.name} ({small.stat().st_size / 1024:.1f} KiB)"
                  f"  {one * 1000:6.0f} ms  ({verdict(one)})")
        for (name, env), top in zip(envs.items(), (0, 10)):  # the details where .pyc are kept
            print(f"   imports, {name}:")
            print_import_costs('python -X importtime -c "import form4lark"',
                               import_costs(["-c", "import form4lark"], env), top)
            print_import_costs(f"python -X importtime -m form4lark {small.name}",
                               import_costs(["-m", "form4lark", str(small)], env), top)


# --------------------------------------------------------- 4, 5. size and limits

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


def size_growth(base: str, factors: tuple[int, ...]) -> None:
    """Section 4: time per document as Table I grows."""
    print("4. time per document against size (size limits raised; ms per row added shows "
          "linear growth):")
    first = None
    for factor in factors:
        text = grow(base, factor)
        seconds, outcome = time_parse(text)
        rows = int(outcome.split()[0]) if outcome.endswith("rows") else 0
        first = first or (seconds, rows)
        per_row = ((seconds - first[0]) * 1000 / (rows - first[1])) if rows > first[1] else 0.0
        print(f"   {factor:5}x  {len(text) / 1024:8.1f} KiB  {seconds * 1000:8.1f} ms  "
              f"{per_row:6.3f} ms/row added  ({outcome})")


def hostile(base: str) -> None:
    """Section 5: inputs built to be slow, under the default limits."""
    print("5. hostile input, default limits (answered or refused, never slow):")
    garbage = ("Table I - Non-Derivative Securities Acquired\nSTATEMENT OF CHANGES IN BENEFICIAL "
               "OWNERSHIP\nName and Address of Reporting Person\n" + "1/2/2003 $ 1,0 (1)|\t" * 50_000)
    lines = base.split("\n")
    inputs = {
        "1 MB of form-like garbage": garbage[: 1 << 20],
        "1 MB of table rules": "\n".join(lines[:20] + ["|" * 1000] * 1000 + lines[20:]),
        "38,000 brackets in a cell": base.replace("Common Stock", "(" * 38_000, 1),
        "3,000 rows": grow(base, 1000),
    }
    for name, text in inputs.items():
        seconds, outcome = time_parse(text, max_bytes=5 * 1024 * 1024)
        print(f"   {name:28} {len(text) / 1024:8.1f} KiB  {seconds * 1000:8.1f} ms  ({outcome})")


# ---------------------------------------------------------------- 6. profile

def profile_parse(texts: list[Text]) -> pstats.Stats:
    """A cProfile of ``form4lark.parse`` over ``texts`` (warm: run once unprofiled first)."""
    import form4lark
    contents = [t.path.read_text(encoding="utf-8", errors="replace") for t in texts]
    profiler = cProfile.Profile()
    for profiled in (False, True):
        if profiled:
            profiler.enable()
        for content in contents:
            try:
                form4lark.parse(content)
            except form4lark.Form4ParseError:
                pass
        profiler.disable()
    return pstats.Stats(profiler)


def short(func: tuple[str, int, str]) -> str:
    """``form4lark/form/tables.py:12(read)`` rather than a full path."""
    filename, line, name = func
    if filename == "~":
        return name
    for marker in ("/site-packages/", str(ROOT) + "/", "/lib/python3"):
        if marker in filename:
            filename = filename.split(marker, 1)[1]
            break
    return f"{filename}:{line}({name})"


def area_of(filename: str) -> str:
    """The part of the code a function belongs to; built-ins are '~'."""
    for area in ("form4lark/form/", "form4lark/shapes/", "form4lark/layouts/", "form4lark/",
                 "/lark/"):
        if area in filename:
            return area.strip("/") if area != "form4lark/" else "form4lark (rest)"
    return "~" if filename == "~" else "stdlib and other"


def own_time(stats: pstats.Stats, group) -> dict[str, float]:
    """Own time summed by ``group(filename)``; a built-in's time (``re``, ``str``
    methods...) goes to the group of the function that called it."""
    totals: dict[str, float] = defaultdict(float)
    for (filename, _, _), (_, _, own, _, callers) in stats.stats.items():
        if filename != "~":
            totals[group(filename)] += own
            continue
        for caller, (_, _, caller_share, _) in callers.items():
            totals[group(caller[0]) if caller[0] != "~" else "built-ins"] += caller_share
    return dict(sorted(totals.items(), key=lambda kv: -kv[1]))


def print_top(stats: pstats.Stats, index: int, title: str, top: int = 20) -> None:
    """The ``top`` functions by own time (index 2) or cumulative time (index 3)."""
    print(f"   top {top} by {title} (calls, own s, cumulative s):")
    rows = sorted(stats.stats.items(), key=lambda kv: -kv[1][index])[:top]
    for func, (_, calls, own, cumulative, _) in rows:
        print(f"     {calls:9} {own:7.3f} {cumulative:7.3f}  {short(func)}")


def print_callers(stats: pstats.Stats, module: str, name: str) -> None:
    """Who calls ``module``'s ``name``: calls and cumulative time spent for each caller."""
    for (filename, _, func), (_, calls, _, cumulative, callers) in stats.stats.items():
        if func == name and filename.endswith(module):
            print(f"   {module}:{name}, {calls} calls, {cumulative:.3f} s, called from:")
            for caller, (_, count, _, spent) in sorted(callers.items(), key=lambda kv: -kv[1][3]):
                print(f"     {count:7} {spent:7.3f} s  {short(caller)}")


def profile(texts: list[Text]) -> None:
    """Section 6: where ``parse()`` spends its time."""
    stats = profile_parse(texts)
    total = sum(v[2] for v in stats.stats.values())
    print(f"6. cProfile of parse() on {len(texts)} texts: {total:.2f} s under the profiler")
    print_top(stats, 3, "cumulative time")
    print_top(stats, 2, "own time")
    print("   own time by area (built-ins charged to their caller):")
    for area, seconds in own_time(stats, area_of).items():
        print(f"     {seconds:7.3f} s {100 * seconds / total:5.1f}%  {area}")
    print("   own time by module of the form reader (form/, shapes/):")
    reader = own_time(stats, lambda f: short((f, 0, "")).split(":")[0]
                      if area_of(f) in ("form4lark/form", "form4lark/shapes") else "")
    for module, seconds in reader.items():
        if module and seconds >= 0.005 * total:
            print(f"     {seconds:7.3f} s {100 * seconds / total:5.1f}%  {module}")
    # the reader's two repeated costs: lexing a page into labels, and telling its shape
    print_callers(stats, "form/atoms.py", "lex")
    print_callers(stats, "shapes/detect.py", "shape_of")
    print_callers(stats, "shapes/lines.py", "visual_lines")


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
    return 0


if __name__ == "__main__":
    sys.exit(main())
