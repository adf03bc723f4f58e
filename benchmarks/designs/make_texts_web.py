"""Make the texts of the ``web`` design (benchmarks/designs/web.py) for every corpus filing.

    python3 benchmarks/designs/make_texts_web.py OUT [--corpus DIR] [--venv V] [--jobs N] [--only ID]

Writes OUT/filings/<id>/web/page.html, page.pdf and one text per converter the way the corpus
README says its texts were made (html2text, markdownify, pandoc, markitdown-html, inscriptis;
pdftotext-layout/-raw, pymupdf4llm, pdfplumber, pypdf), plus w3m, lynx and elinks -dump of the
HTML, and tesseract (200 dpi) of the first 15 filings. OUT/filings/<id>/truth.json links to the
corpus truth (the design prints every owner's boxes, so no design truth is needed).

Python converters run in /work/conv-venv; weasyprint (the PDF, letter landscape from the page's
@page rule) and inscriptis in ``--venv`` (default /tmp/design4/venv). Score with
/work/shared/tools/corpus_score.py OUT.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import web  # noqa: E402

CONV = "/work/conv-venv/bin/python"
PY_HTML = {
    "html2text.md": "import html2text,sys;h=html2text.HTML2Text();h.body_width=0;"
                    "sys.stdout.write(h.handle(open(sys.argv[1],encoding='utf-8').read()))",
    "markdownify.md": "import markdownify,sys;sys.stdout.write(markdownify.markdownify("
                      "open(sys.argv[1],encoding='utf-8').read(),heading_style='ATX'))",
    "markitdown-html.md": "import markitdown,sys;sys.stdout.write(markitdown.MarkItDown()"
                          ".convert(sys.argv[1]).text_content)",
}
PY_PDF = {
    "pymupdf4llm.md": "import pymupdf4llm,sys;sys.stdout.write(pymupdf4llm.to_markdown(sys.argv[1]))",
    "pdfplumber.txt": "import pdfplumber,sys;p=pdfplumber.open(sys.argv[1]);"
                      "sys.stdout.write('\\n'.join(x.extract_text() or '' for x in p.pages))",
    "pypdf.txt": "import pypdf,sys;r=pypdf.PdfReader(sys.argv[1]);"
                 "sys.stdout.write('\\n'.join(x.extract_text() for x in r.pages))",
}


def _run(cmd: list[str], out: Path) -> None:
    """Run ``cmd`` and write its stdout to ``out`` (stderr shown on failure)."""
    res = subprocess.run(cmd, capture_output=True)
    if res.returncode:
        print(f"{out}: {cmd[0]} failed: {res.stderr.decode(errors='replace')[-300:]}", file=sys.stderr)
        return
    out.write_bytes(res.stdout)


def make(fid: str, corpus: Path, out: Path, venv: str, ocr: bool) -> None:
    """Every file of one filing's web design."""
    d = out / "filings" / fid / "web"
    d.mkdir(parents=True, exist_ok=True)
    truth = out / "filings" / fid / "truth.json"
    if not truth.exists():
        truth.symlink_to(corpus / "filings" / fid / "truth.json")
    page = d / "page.html"
    page.write_text(web.render((corpus / "filings" / fid / "filing.xml").read_text(encoding="utf-8")),
                    encoding="utf-8")
    pdf = d / "page.pdf"
    subprocess.run([f"{venv}/bin/python", "-c",
                    "import weasyprint,sys;weasyprint.HTML(sys.argv[1]).write_pdf(sys.argv[2])",
                    str(page), str(pdf)], check=True, capture_output=True)
    for name, code in PY_HTML.items():
        _run([CONV, "-c", code, str(page)], d / name)
    _run([f"{venv}/bin/python", "-c", "import inscriptis,sys;sys.stdout.write(inscriptis.get_text("
          "open(sys.argv[1],encoding='utf-8').read()))", str(page)], d / "inscriptis.txt")
    _run(["pandoc", "-f", "html", "-t", "gfm", "--wrap=none", str(page)], d / "pandoc.md")
    for name, code in PY_PDF.items():
        _run([CONV, "-c", code, str(pdf)], d / name)
    _run(["pdftotext", "-layout", str(pdf), "-"], d / "pdftotext-layout.txt")
    _run(["pdftotext", "-raw", str(pdf), "-"], d / "pdftotext-raw.txt")
    _run(["w3m", "-dump", "-cols", "200", "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8", str(page)],
         d / "w3m.txt")
    _run(["lynx", "-dump", "-width=200", "-display_charset=utf-8", "-assume_charset=utf-8", str(page)],
         d / "lynx.txt")
    _run(["elinks", "-dump", "-dump-width", "200", "-dump-charset", "utf-8", str(page)], d / "elinks.txt")
    if ocr:
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run(["pdftoppm", "-r", "200", "-png", str(pdf), f"{tmp}/p"], check=True)
            texts = []
            for png in sorted(Path(tmp).glob("p*.png")):
                res = subprocess.run(["tesseract", str(png), "-"], capture_output=True,
                                     env={**os.environ, "OMP_THREAD_LIMIT": "1"})
                texts.append(res.stdout.decode())
            (d / "tesseract.txt").write_text("\f".join(texts), encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--corpus", default="/work/shared/corpus")
    ap.add_argument("--venv", default="/tmp/design4/venv")
    ap.add_argument("--jobs", type=int, default=4)
    ap.add_argument("--only", action="append", default=[])
    a = ap.parse_args()
    corpus, out = Path(a.corpus), Path(a.out)
    ids = sorted(p.name for p in (corpus / "filings").iterdir() if (p / "filing.xml").exists())
    first = set(ids[:15])
    todo = a.only or ids
    with ThreadPoolExecutor(a.jobs) as ex:
        for _ in ex.map(lambda i: make(i, corpus, out, a.venv, i in first), todo):
            pass


if __name__ == "__main__":
    main()
