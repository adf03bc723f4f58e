"""Documents per second per input kind, against the tool a user would run instead (speed.py, section 7).

PDF: ``form4lark.parse()`` of each ``page.pdf`` (bytes read before the clock starts;
pypdfium2's words, the page grid, the form reader: the whole record) against
``pdftotext -layout FILE -`` alone (poppler-utils: the converter whose text one
would otherwise parse; a process per file, as it is run). Both in the same run, on
the same files; the goal is form4lark within 2x of pdftotext's time. Without
pdftotext (``apt-get install poppler-utils``) or pypdfium2 (``pip install
'.[pdf]'``) the comparison says so and is skipped.
"""

from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path


def _rate(seconds: list[float]) -> float:
    return len(seconds) / sum(seconds) if seconds and sum(seconds) else 0.0


def pdf_rates(pdfs: list[Path]) -> tuple[float, int, float | None]:
    """(form4lark's documents/s, its failures, pdftotext's documents/s or None)."""
    import form4lark

    datas = [p.read_bytes() for p in pdfs]
    form4lark.parse(datas[0])  # warm: imports, grammars
    ours, failed = [], 0
    for data in datas:
        start = time.perf_counter()
        try:
            form4lark.parse(data)
        except form4lark.Form4ParseError:
            failed += 1
        ours.append(time.perf_counter() - start)
    program = shutil.which("pdftotext")
    if program is None:
        return _rate(ours), failed, None
    theirs = []
    for pdf in pdfs:
        start = time.perf_counter()
        subprocess.run([program, "-layout", str(pdf), "-"], capture_output=True, check=False)
        theirs.append(time.perf_counter() - start)
    return _rate(ours), failed, _rate(theirs)


def inputs_side_by_side(corpus: Path, count: int) -> None:
    """Section 7: per input kind, documents/s against the anchor, in one run."""
    pdfs = sorted(corpus.glob("filings/*/*/page.pdf"))[:count]
    print(f"7. inputs, side by side on {len(pdfs)} files:")
    if not pdfs:
        print(f"   PDF: skipped, no page.pdf under {corpus}/filings")
        return
    try:
        import pypdfium2  # noqa: F401
    except ImportError:
        print("   PDF: skipped, pypdfium2 is not installed (pip install '.[pdf]')")
        return
    ours, failed, theirs = pdf_rates(pdfs)
    line = f"   PDF, form4lark.parse (record): {ours:7.1f} documents/s ({failed} failed)"
    if theirs is None:
        print(line + "; pdftotext -layout skipped: not installed (apt-get install poppler-utils)")
    else:
        print(line + f"; pdftotext -layout alone (text): {theirs:7.1f} documents/s; "
              f"form4lark takes {theirs / ours:.2f}x pdftotext's time (goal <= 2)")
