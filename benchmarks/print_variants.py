#!/usr/bin/env python3
"""Print pages again with other paper, margins and font sizes; make pdftotext -layout of each.

    python print_variants.py OUT [--corpus DIR:DESIGN[,DESIGN] ...] [--filings N]
                             [--only ID ...] [--variant NAME ...] [--conv-python PY] [--jobs N]

A page is printed once by its own @page rule; a reader must hold on the same page printed
another way, where page breaks cut other rows and narrower columns wrap other cells. Each
variant is a user stylesheet whose !important rules beat the page's own (VARIANTS: paper,
margins and, for the font variants, one size for every element). For the N filings with the
most table rows (default 10) of each corpus and design given, it writes

    OUT/filings/<id>/<design>-<variant>/{page.pdf, pdftotext-layout.txt}

and links OUT/filings/<id>/truth.json (and a design's own truth.json, where it hides part of
the truth) so that the shared scorer reads it as a corpus, one "design" per variant:

    PYTHONPATH=. python /work/shared/tools/corpus_score.py OUT --show 40

The default corpora are the main one (sec, plain) and the two unseen designs, where they
exist (/tmp/design4/corpus: web, /tmp/design3/corpus: agent). WeasyPrint runs in
--conv-python (the converter venv). Files already made are kept (delete OUT to remake).
A dev script: no test imports it.
"""
import argparse
import json
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE / "designs"))
from other_converters import CONV_PYTHON, CORPUS  # noqa: E402  (standard library only)
from make_texts import CLI, link  # noqa: E402  (the designs' texts are made the same way)

DEFAULT_CORPORA = [f"{CORPUS}:sec,plain", "/tmp/design4/corpus:web", "/tmp/design3/corpus:agent"]

_EVERY_SIZE = "* {{ font-size: {size} !important; }}"
# name -> user stylesheet; sizes and margins as a print dialog offers them
VARIANTS = {
    "a4p": "@page { size: A4 portrait !important; margin: 15mm !important; }",
    "legall": "@page { size: legal landscape !important; margin: 0.5in !important; }",
    "f9": "@page { size: letter landscape !important; margin: 0.4in !important; }"
          + _EVERY_SIZE.format(size="9pt"),
    "f11": "@page { size: letter landscape !important; margin: 0.4in !important; }"
           + _EVERY_SIZE.format(size="11pt"),
    "a4p-f10": "@page { size: A4 portrait !important; margin: 20mm !important; }"
               + _EVERY_SIZE.format(size="10pt"),
    "m1": "@page { size: letter landscape !important; margin: 1in !important; }",
}
# a margin sweep on A4 portrait (15 mm is "a4p"): each width cuts the right edge's words elsewhere
VARIANTS.update({f"a4m{mm}": f"@page {{ size: A4 portrait !important; margin: {mm}mm !important; }}"
                 for mm in (10, 20, 25)})

# one WeasyPrint process for a batch of (html, css, pdf) jobs (its import takes seconds)
PRINT = r'''
import json, sys, weasyprint
for html, css, pdf in json.load(sys.stdin):
    weasyprint.HTML(filename=html).write_pdf(pdf, stylesheets=[weasyprint.CSS(string=css)])
'''


def table_rows(truth: Path) -> int:
    """How many rows the filing's four tables hold: the longest filings' page ends cut most rows."""
    record = json.loads(truth.read_text())
    return sum(len(record.get(key) or []) for key in (
        "non_derivative_transactions", "non_derivative_holdings",
        "derivative_transactions", "derivative_holdings"))


def longest(corpus: Path, design: str, count: int) -> list[Path]:
    """The filings of one design with the most table rows, most first (ties by name)."""
    folders = [f for f in (corpus / "filings").iterdir() if (f / design / "page.html").exists()]
    folders.sort(key=lambda f: (-table_rows(f / "truth.json"), f.name))
    return folders[:count]


def plan(out: Path, corpora: list[str], count: int, only: list[str],
         variants: list[str]) -> list[tuple[str, str, str]]:
    """The print jobs (html, css, pdf) still to do; makes the folders and truth links."""
    jobs = []
    for spec in corpora:
        root, _, designs = spec.partition(":")
        corpus = Path(root)
        if not (corpus / "filings").exists():
            print(f"skipped {root}: no filings", file=sys.stderr)
            continue
        for design in designs.split(","):
            folders = [corpus / "filings" / i for i in only] if only \
                else longest(corpus, design, count)
            for folder in folders:
                (out / "filings" / folder.name).mkdir(parents=True, exist_ok=True)
                link(folder / "truth.json", out / "filings" / folder.name / "truth.json")
                for name in variants:
                    dest = out / "filings" / folder.name / f"{design}-{name}"
                    dest.mkdir(exist_ok=True)
                    if (folder / design / "truth.json").exists():
                        link(folder / design / "truth.json", dest / "truth.json")
                    if not (dest / "page.pdf").exists():
                        jobs.append((str(folder / design / "page.html"), VARIANTS[name],
                                     str(dest / "page.pdf")))
    return jobs


def pdftotext(pdf: Path) -> None:
    """pdftotext -layout of one printed page, as the corpus makes it."""
    text = pdf.with_name("pdftotext-layout.txt")
    if not text.exists():
        made = subprocess.run([part.replace("{pdf}", str(pdf))
                               for part in CLI["pdftotext-layout.txt"]],
                              capture_output=True, check=True)
        text.write_bytes(made.stdout)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out")
    ap.add_argument("--corpus", action="append", help="DIR:DESIGN[,DESIGN] (repeatable)")
    ap.add_argument("--filings", type=int, default=10)
    ap.add_argument("--only", nargs="*", default=[])
    ap.add_argument("--variant", action="append", choices=sorted(VARIANTS))
    ap.add_argument("--conv-python", default=CONV_PYTHON)
    ap.add_argument("--jobs", type=int, default=2)
    a = ap.parse_args()
    out = Path(a.out)
    jobs = plan(out, a.corpus or DEFAULT_CORPORA, a.filings, a.only, a.variant or list(VARIANTS))
    batches = [jobs[i::a.jobs] for i in range(a.jobs)]

    def run(batch: list[tuple[str, str, str]]) -> None:
        if batch:
            subprocess.run([a.conv_python, "-c", PRINT], input=json.dumps(batch).encode(),
                           check=True)  # WeasyPrint's warnings shown
    with ThreadPoolExecutor(a.jobs) as pool:
        list(pool.map(run, batches))
    for pdf in sorted(out.glob("filings/*/*/page.pdf")):
        pdftotext(pdf)
    print(f"printed {len(jobs)} pages; score with corpus_score.py {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
