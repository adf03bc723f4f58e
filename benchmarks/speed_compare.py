"""Section 1 of ``speed.py``: form4lark on the texts against edgartools on the same
filings' XML, side by side, each warm in its own process."""

from __future__ import annotations

import json
import subprocess
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from speed_corpus import Filing, Text

DEFAULT_ANCHOR = Path("/work/anchor-venv/bin/python")
ANCHOR_SCRIPT = Path(__file__).with_name("anchor_edgartools.py")
INSTALL_ANCHOR = "python3 -m venv /work/anchor-venv && /work/anchor-venv/bin/pip install edgartools"


@dataclass
class Tally:
    """Documents parsed, seconds spent and failures, for one converter or layout."""

    documents: int = 0
    seconds: float = 0.0
    failed: int = 0

    @property
    def rate(self) -> float:
        return self.documents / self.seconds if self.seconds else 0.0


def form4lark_timings(texts: list[Text],
                      rounds: int) -> tuple[list[tuple[Text, str, float, bool]], float]:
    """(text, layout, seconds, parsed) for each parse of each text, warm, in this process;
    and the CPU seconds of all the parses."""
    import form4lark
    contents = [t.path.read_text(encoding="utf-8", errors="replace") for t in texts]
    for content in contents[:len({t.converter for t in texts})]:  # warm: grammars compiled
        try:
            form4lark.parse(content)
        except form4lark.Form4ParseError:
            pass
    timings = []
    cpu = time.process_time()
    for _ in range(rounds):
        for text, content in zip(texts, contents):
            start = time.perf_counter()
            try:
                layout, parsed = form4lark.parse(content).layout, True
            except form4lark.Form4ParseError as exc:
                layout, parsed = exc.layout or "(refused)", False
            timings.append((text, layout, time.perf_counter() - start, parsed))
    return timings, time.process_time() - cpu


def cpu_note(ours: float, theirs: float) -> str:
    """form4lark's CPU time against the anchor's (a busy machine moves it less than the
    wall clock's)."""
    return f"form4lark takes {ours / theirs:.2f}x its CPU time" if theirs else "no CPU time"


def anchor_result(python: Path | None, files: list[Path], rounds: int,
                  script: Path = ANCHOR_SCRIPT, install: str = INSTALL_ANCHOR) -> dict:
    """An anchor's figures from ``script`` (edgartools' by default) run under ``python``,
    or ``{"error": why not}``; ``install`` says how to get the anchor's tool."""
    if python is None or not python.exists():
        return {"error": f"no anchor interpreter ({python or 'none given'}); install it "
                         f"with `{install}` or pass the interpreter's path"}
    if not files:
        return {"error": "none of the selected filings has a file to give the anchor"}
    run = subprocess.run([str(python), str(script), "--rounds", str(rounds),
                          *map(str, files)], capture_output=True, text=True, check=False)
    try:
        result = json.loads(run.stdout.strip().splitlines()[-1])
    except (IndexError, json.JSONDecodeError):
        why = run.stderr.strip()[-300:]
        result = {"error": f"the anchor failed (exit {run.returncode}): {why}"}
    if "error" in result:
        result["error"] += f"; install it with `{install}`"
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
    timings, cpu = form4lark_timings(texts, rounds)
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
        ours, theirs = cpu / len(timings), result.get("cpu_seconds", 0.0) / result["documents"]
        by_cpu = f"{theirs / ours:.3f}" if ours and theirs else "-"
        print(f"   form4lark / edgartools, all texts: {ratio:.3f}, by CPU time {by_cpu} "
              f"({cpu_note(ours, theirs)}; goal >= 1.0: {'met' if ratio >= 1 else 'missed'})")
    else:
        print(f"   edgartools comparison skipped: {result['error']}")
    print_rates("all texts", everything, anchor_rate)
    print_rates("by converter", tally(timings, lambda text, layout: text.converter), anchor_rate)
    print_rates("by layout (shape)", tally(timings, lambda text, layout: layout), anchor_rate)
    print_rates("by design", tally(timings, lambda text, layout: text.design), anchor_rate)
