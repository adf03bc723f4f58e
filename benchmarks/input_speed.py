"""Documents per second per input kind, against the tool a user would run instead (speed.py, section 7).

Each input kind of the corpus, per page design where it has one, timed warm in the
same run, its files read before the clock starts, against its anchor:

- XML: ``form4lark.parse()`` of each filing's ``filing.xml`` (EDGAR's ownership XML:
  the record itself) against edgartools' ``Form4.parse_xml()`` of the same files
  (``anchor_edgartools.py`` under the anchor venv's interpreter, as in section 1);
  goal: form4lark at least 2x as fast;
- PDF: ``form4lark.parse()`` of each ``page.pdf`` (pypdfium2's words, the page grid,
  the form reader: the whole record) against ``pdftotext -layout FILE -`` alone
  (poppler-utils: the converter whose text one would otherwise parse; a process per
  file, as it is run), file by file in turn; goal: form4lark within 2x of pdftotext's
  time (the ratio of CPU times is printed too: a busy machine moves it less);
- HTML: ``form4lark.parse()`` of each ``page.html`` against html2text alone
  (``anchor_html2text.py``, ``body_width 0`` as the corpus runs it, under the
  interpreter of a venv holding it: ``--html-python``); no goal, a measure.

For XML and HTML, form4lark's side makes passes over the files until a second has
been timed, as the anchors in their own processes do. A tool that is not installed is skipped with a
message that says how to install it.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import time
from pathlib import Path
from typing import Callable

from speed_compare import DEFAULT_ANCHOR, INSTALL_ANCHOR, anchor_result, cpu_note

HTML_ANCHOR = Path("/work/conv-venv/bin/python")
HTML_SCRIPT = Path(__file__).with_name("anchor_html2text.py")
INSTALL_HTML = "python3 -m venv /work/conv-venv && /work/conv-venv/bin/pip install html2text"
INSTALL_PDF = "pip install 'form4lark[pdf]'"
INSTALL_PDFTOTEXT = "apt-get install poppler-utils"


def _rate(seconds: list[float]) -> float:
    return len(seconds) / sum(seconds) if seconds and sum(seconds) else 0.0


def form4lark_rate(files: list[Path], binary: bool,
                   min_seconds: float = 1.0) -> tuple[float, int, float]:
    """form4lark.parse's documents/s on ``files``, warm, how many it refused, and its CPU
    seconds per document."""
    import form4lark

    inputs: list[str | bytes] = [p.read_bytes() if binary else
                                 p.read_text(encoding="utf-8", errors="replace") for p in files]
    form4lark.parse(inputs[0])  # warm: imports, grammars
    times: list[float] = []
    failed = passes = 0
    cpu = time.process_time()
    while not passes or sum(times) < min_seconds:
        for one in inputs:
            start = time.perf_counter()
            try:
                form4lark.parse(one)
            except form4lark.Form4ParseError:
                failed += not passes
            times.append(time.perf_counter() - start)
        passes += 1
    return _rate(times), failed, (time.process_time() - cpu) / len(times)


def pdf_side_by_side(pdfs: list[Path]) -> tuple[tuple[float, int], tuple[float | None, str]]:
    """form4lark.parse and ``pdftotext -layout`` on each PDF in turn, so that both meet the
    same load on the machine: (form4lark's documents/s, its refusals) and (pdftotext's
    documents/s, None if it is not installed; what to print of it: the CPU times' ratio,
    which a busy machine moves less than the wall clock's)."""
    import form4lark

    program = shutil.which("pdftotext")
    datas = [p.read_bytes() for p in pdfs]
    form4lark.parse(datas[0])  # warm: imports, grammars
    ours: list[float] = []
    theirs: list[float] = []
    failed, our_cpu, their_cpu = 0, 0.0, 0.0
    for pdf, data in zip(pdfs, datas):
        start, cpu = time.perf_counter(), time.process_time()
        try:
            form4lark.parse(data)
        except form4lark.Form4ParseError:
            failed += 1
        ours.append(time.perf_counter() - start)
        our_cpu += time.process_time() - cpu
        if program is not None:
            start, cpu = time.perf_counter(), _children_cpu()
            subprocess.run([program, "-layout", str(pdf), "-"], capture_output=True, check=False)
            theirs.append(time.perf_counter() - start)
            their_cpu += _children_cpu() - cpu
    if program is None:
        return (_rate(ours), failed), (None, f"not installed ({INSTALL_PDFTOTEXT})")
    return (_rate(ours), failed), (_rate(theirs), f"poppler; {cpu_note(our_cpu, their_cpu)}")


def _children_cpu() -> float:
    """CPU seconds of the finished child processes (0 where the system does not say)."""
    times = os.times()
    return times.children_user + times.children_system


def anchor_pair(ours: tuple[float, int, float], python: Path | None, files: list[Path],
                script: Path, install: str) -> tuple[tuple[float, int], tuple[float | None, str]]:
    """form4lark's (documents/s, refusals) and an anchor script's (documents/s, None if it
    could not run; what to print of it, the CPU times' ratio with it)."""
    rate, failed, cpu = ours
    result = anchor_result(python, files, 1, script, install)
    if "error" in result:
        return (rate, failed), (None, f"skipped: {result['error']}")
    documents, their_cpu = result["documents"], result.get("cpu_seconds", 0.0)
    note = (f"{result['version']}, {len(result['failures'])} failed; "
            f"{cpu_note(cpu, their_cpu / documents)}")
    return (rate, failed), (documents / result["seconds"], note)


def print_pair(kind: str, count: int, ours: tuple[float, int], anchor: str,
               theirs: tuple[float | None, str], goal: Callable[[float], str]) -> None:
    """One line: form4lark's docs/s, the anchor's, and form4lark's time in the anchor's."""
    rate, failed = ours
    line = (f"   {kind:10} {count:4} files  form4lark.parse {rate:8.1f} docs/s ({failed} refused)"
            f"; {anchor}")
    anchor_docs, note = theirs
    if anchor_docs is None:
        print(f"{line}: {note}")
        return
    times = anchor_docs / rate if rate else float("inf")
    print(f"{line} {anchor_docs:8.1f} docs/s ({note}); form4lark takes {times:.2f}x its "
          f"time{goal(times)}")


def _goal(most: float) -> Callable[[float], str]:
    return lambda times: f" (goal <= {most:g}: {'met' if times <= most else 'missed'})"


def inputs_side_by_side(corpus: Path, count: int, anchor: Path | None = DEFAULT_ANCHOR,
                        html_anchor: Path | None = HTML_ANCHOR) -> None:
    """Section 7: per input kind, documents/s against the anchor, in one run."""
    xmls = sorted(corpus.glob("filings/*/filing.xml"))[:count]
    print("7. inputs, side by side, each warm (documents/s; times: form4lark's time per "
          "document in the anchor's):")
    if xmls:
        ours, edgartools = anchor_pair(form4lark_rate(xmls, binary=False), anchor, xmls,
                                       Path(__file__).with_name("anchor_edgartools.py"),
                                       INSTALL_ANCHOR)
        print_pair("XML", len(xmls), ours, "edgartools Form4.parse_xml", edgartools, _goal(0.5))
    for design in ("sec", "plain"):
        pdfs = sorted(corpus.glob(f"filings/*/{design}/page.pdf"))[:count]
        if importlib.util.find_spec("pypdfium2") is None:
            print(f"   PDF {design}: skipped, pypdfium2 is not installed ({INSTALL_PDF})")
            pdfs = []
        if pdfs:
            ours, pdftotext = pdf_side_by_side(pdfs)
            print_pair(f"PDF {design}", len(pdfs), ours, "pdftotext -layout alone", pdftotext,
                       _goal(2))
        pages = sorted(corpus.glob(f"filings/*/{design}/page.html"))[:count]
        if pages:
            ours, html2text = anchor_pair(form4lark_rate(pages, binary=False), html_anchor,
                                          pages, HTML_SCRIPT, INSTALL_HTML)
            print_pair(f"HTML {design}", len(pages), ours, "html2text alone", html2text,
                       lambda times: "")
    if not xmls and not list(corpus.glob("filings/*/*/page.*")):
        print(f"   skipped: no filing.xml, page.pdf or page.html under {corpus}/filings")


if __name__ == "__main__":  # section 7 alone: python benchmarks/input_speed.py [FILES]
    import sys

    from speed_corpus import DEFAULT_CORPUS

    inputs_side_by_side(DEFAULT_CORPUS, int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
