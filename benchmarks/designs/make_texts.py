#!/usr/bin/env python3
"""Make a design's corpus: page.html, page.pdf and every converter's text, for all corpus filings.

    python make_texts.py DESIGN OUT --venv PY [--corpus DIR] [--conv-python PY] [--only ID ...]
                         [--jobs N] [--pymupdf4llm] [--tesseract]

DESIGN names a module beside this script (agent -> agent.py, whose render(xml) gives the page).
Writes OUT/filings/<id>/<DESIGN>/{page.html,page.pdf,<converter>.txt|.md} and links
OUT/filings/<id>/truth.json to the corpus truth, so /work/shared/tools/corpus_score.py OUT scores it.
The page is printed with weasyprint (letter landscape, the page's own @page rule) by --venv's
Python; the converters run as the corpus README says (Python ones by --conv-python, inscriptis by
--venv), plus w3m/lynx/elinks -dump of the HTML; the two slow ones only when asked (on a loaded
machine a first pass without them takes minutes, a second with them an hour): pymupdf4llm
(--pymupdf4llm) and tesseract (--tesseract: pdftoppm -r 200, the first 15 filings only). Texts
already made are kept (delete them to remake). A dev script: no test imports it.
"""
import argparse
import importlib.util
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from other_converters import CONV_PYTHON, CONVERTERS, CORPUS  # noqa: E402  (standard library only)

# one process for all pages (the imports take seconds); a text already made is kept
PY_CONVERTERS = r'''
import os, sys, html2text, markdownify, pdfplumber
from pypdf import PdfReader
from markitdown import MarkItDown
for d in sys.argv[1:]:
    h = open(d + "/page.html", encoding="utf-8").read()
    def w(name, make):
        if not os.path.exists(d + "/" + name):
            open(d + "/" + name, "w", encoding="utf-8").write(make())
    def plumber():
        with pdfplumber.open(d + "/page.pdf") as pdf:
            return "\n".join(p.extract_text() or "" for p in pdf.pages)
    c = html2text.HTML2Text(); c.body_width = 0
    w("html2text.md", lambda: c.handle(h))
    w("markdownify.md", lambda: markdownify.markdownify(h, heading_style="ATX"))
    w("markitdown-html.md", lambda: MarkItDown().convert(d + "/page.html").text_content)
    w("pdfplumber.txt", plumber)
    w("pypdf.txt", lambda: "\n".join(p.extract_text() for p in PdfReader(d + "/page.pdf").pages))
'''

# pymupdf4llm's layout mode is the slowest converter: its own pass, last
PYMUPDF4LLM = r'''
import os, sys, pymupdf4llm
for d in sys.argv[1:]:
    if not os.path.exists(d + "/pymupdf4llm.md"):
        open(d + "/pymupdf4llm.md", "w", encoding="utf-8").write(pymupdf4llm.to_markdown(d + "/page.pdf"))
'''

OWN_VENV = r'''
import os, sys, weasyprint, inscriptis
for d in sys.argv[1:]:
    h = open(d + "/page.html", encoding="utf-8").read()
    if not os.path.exists(d + "/page.pdf"):
        weasyprint.HTML(string=h).write_pdf(d + "/page.pdf")
    if not os.path.exists(d + "/inscriptis.txt"):
        open(d + "/inscriptis.txt", "w", encoding="utf-8").write(inscriptis.get_text(h))
'''

_UTF8 = {"w3m": ["-I", "UTF-8", "-O", "UTF-8"],
         "lynx": ["-display_charset=utf-8", "-assume_charset=utf-8"]}
CLI = {
    "pandoc.md": ["pandoc", "-f", "html", "-t", "gfm", "--wrap=none", "{html}"],
    "pdftotext-layout.txt": ["pdftotext", "-layout", "-enc", "UTF-8", "{pdf}", "-"],
    "pdftotext-raw.txt": ["pdftotext", "-raw", "-enc", "UTF-8", "{pdf}", "-"],
    # the terminal browsers as benchmarks/other_converters.py runs them, w3m and lynx told
    # to read and write UTF-8 whatever the locale: in a C locale they drop the glyphs ☒/☐ a
    # page's boxes may print as (elinks prints them "***" either way)
    **{f"{name}.txt": [c.replace("{}", "{html}") for c in CONVERTERS[name][1]][:-1]
       + _UTF8.get(name, []) + ["{html}"] for name in ("w3m", "lynx", "elinks")},
}


def tesseract(d: Path) -> None:
    """page.pdf at 200 dpi through tesseract, pages joined with a form feed."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", "200", "-png", str(d / "page.pdf"), f"{tmp}/p"], check=True)
        pages = []
        for png in sorted(Path(tmp).glob("p*.png")):
            pages.append(subprocess.run(["tesseract", str(png), "-"], capture_output=True, text=True,
                                        check=True).stdout)
    (d / "tesseract.txt").write_text("\f".join(pages), encoding="utf-8")


def link(target: Path, name: Path) -> None:
    """``name`` made a link to ``target`` (resolved), unless it exists: a truth shared by
    the texts beside it."""
    if not name.exists():
        name.symlink_to(target.resolve())


def page(fid: str, a, render) -> Path:
    """The filing's folder with its page.html (and the truth linked beside it)."""
    out = Path(a.out) / "filings" / fid
    d = out / a.design
    d.mkdir(parents=True, exist_ok=True)
    link(a.corpus / "filings" / fid / "truth.json", out / "truth.json")
    html = d / "page.html"
    if not html.exists():
        html.write_text(render((a.corpus / "filings" / fid / "filing.xml").read_text(encoding="utf-8")),
                        encoding="utf-8")
    return d


def make(d: Path, n: int, a) -> str:
    """The command-line converters' texts (and tesseract's) of one filing's page."""
    page = d / "page.html"
    for name, cmd in CLI.items():
        if not (d / name).exists():
            args = [c.replace("{html}", str(page)).replace("{pdf}", str(d / "page.pdf")) for c in cmd]
            (d / name).write_text(subprocess.run(args, capture_output=True, text=True, check=True).stdout,
                                  encoding="utf-8")
    if n < 15 and a.tesseract and not (d / "tesseract.txt").exists():
        tesseract(d)
    return d.parent.name


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("design")
    ap.add_argument("out")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--venv", required=True,
                    help="a Python with weasyprint and inscriptis installed (prints the page)")
    ap.add_argument("--conv-python", default=CONV_PYTHON)
    ap.add_argument("--only", nargs="*")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--tesseract", action="store_true", help="also OCR the first 15 (slow)")
    ap.add_argument("--pymupdf4llm", action="store_true", help="also pymupdf4llm (slow)")
    a = ap.parse_args()
    spec = importlib.util.spec_from_file_location(a.design, HERE / f"{a.design}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    ids = sorted(p.name for p in (a.corpus / "filings").iterdir() if (p / "filing.xml").exists())
    jobs = [(fid, n) for n, fid in enumerate(ids) if not a.only or fid in a.only]
    dirs = [page(fid, a, mod.render) for fid, _ in jobs]
    subprocess.run([a.venv, "-c", OWN_VENV, *map(str, dirs)], check=True)
    subprocess.run([a.conv_python, "-c", PY_CONVERTERS, *map(str, dirs)], check=True)
    with ThreadPoolExecutor(a.jobs) as ex:
        for fid in ex.map(lambda j: make(j[0], j[1][1], a), zip(dirs, jobs)):
            print(fid, file=sys.stderr)
    if a.pymupdf4llm:
        subprocess.run([a.conv_python, "-c", PYMUPDF4LLM, *map(str, dirs)], check=True)


if __name__ == "__main__":
    main()
