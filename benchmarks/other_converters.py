#!/usr/bin/env python3
"""How form4lark reads texts of converters that are NOT among the corpus's eleven.

    python benchmarks/other_converters.py [--corpus DIR] [--cache DIR] [--design sec|plain]
        [--converter NAME ...] [--filing ID ...] [--show N] [--make-only] [--list]

Acceptance is measured on converters the corpus does not hold, so this script makes
texts with others (terminal browsers, pandoc's other writers, HTML-to-text and
PDF-to-text libraries in their other modes; ``CONVERTERS`` below lists each with its
exact command), from every corpus filing's ``<design>/page.html`` or ``page.pdf``,
and scores form4lark's reading of each against the filing's truth, as a user
would read it (``form4lark.parse_file``, in process, scored by the corpus's own
``tools/score.py``).

Texts are cached under ``--cache`` (default ``/tmp/other-texts``) as
``<converter>/<design>/<id>.txt`` and made only when missing (delete the folder to
remake them). The command-line converters come from Debian's packages
(``apt-get install w3m lynx elinks links2 poppler-utils mupdf-tools pandoc``); the
Python ones run in a separate virtual environment (``--conv-python``, default
``/work/conv-venv/bin/python``, holding pdfminer.six, beautifulsoup4, html2text,
pypdf, pdfplumber, pymupdf, pymupdf4llm, trafilatura, markitdown[pdf]), never in
form4lark's own: this script calls itself there with ``--convert``.

Output: one line per converter and design, worst precision first (then worst
recall): texts, refused (the reading raised), recall, precision and the shape the
texts were detected as. ``--show N`` then lists the N texts with the most fields
off, every wrong field with what was read and the truth, and the errors of
refused texts (grouped by message). A dev script: no test imports it.
"""

from __future__ import annotations

import argparse
import json
import signal
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
CACHE = Path("/tmp/other-texts")
CONV_PYTHON = "/work/conv-venv/bin/python"
#: a reading that takes longer than this is refused ("timeout")
TIMEOUT_S = 60

# name -> (input, how): a command line ({} is the input file; the text is its standard
# output) or "py:<function>" run in the converters' virtual environment.
CONVERTERS: dict[str, tuple[str, list[str] | str]] = {
    "w3m": ("html", ["w3m", "-dump", "-cols", "200", "-T", "text/html", "{}"]),
    "lynx": ("html", ["lynx", "-dump", "-width", "200", "-force_html", "{}"]),
    "elinks": ("html", ["elinks", "-no-home", "1", "-dump", "1", "-dump-width", "200", "{}"]),
    "links2": ("html", ["links2", "-dump", "{}"]),
    "pandoc-plain": ("html", ["pandoc", "-f", "html", "-t", "plain", "{}"]),
    "pandoc-markdown": ("html", ["pandoc", "-f", "html", "-t", "markdown", "{}"]),
    "pandoc-commonmark": ("html", ["pandoc", "-f", "html", "-t", "commonmark", "{}"]),
    "html2text-wrap": ("html", "py:html2text_wrapped"),
    "bs4-text": ("html", "py:bs4_text"),
    "bs4-lines": ("html", "py:bs4_lines"),
    "trafilatura": ("html", "py:trafilatura_text"),
    "pdfminer": ("pdf", ["/work/conv-venv/bin/pdf2txt.py", "{}"]),
    # "-A" (layout analysis of figures' text too) prints the same as the default here
    "pdfminer-F1": ("pdf", ["/work/conv-venv/bin/pdf2txt.py", "-F", "1.0", "{}"]),
    "mutool": ("pdf", ["mutool", "draw", "-q", "-F", "txt", "-o", "-", "{}"]),
    "pdftotext": ("pdf", ["pdftotext", "-enc", "UTF-8", "{}", "-"]),
    "pypdf-layout": ("pdf", "py:pypdf_layout"),
    "pdfplumber-layout": ("pdf", "py:pdfplumber_layout"),
    "pymupdf-text": ("pdf", "py:pymupdf_text"),
    "pymupdf-blocks": ("pdf", "py:pymupdf_blocks"),
    "pymupdf4llm-plain": ("pdf", "py:pymupdf4llm_plain"),
    "markitdown-pdf": ("pdf", "py:markitdown_pdf"),
}


# -- converters run in the converters' environment ------------------------------------

def html2text_wrapped(path: Path) -> str:
    import html2text
    return html2text.html2text(path.read_text(encoding="utf-8", errors="replace"))  # 78 columns


def bs4_text(path: Path) -> str:
    from bs4 import BeautifulSoup
    return BeautifulSoup(path.read_bytes(), "html.parser").get_text()


def bs4_lines(path: Path) -> str:
    from bs4 import BeautifulSoup
    return BeautifulSoup(path.read_bytes(), "html.parser").get_text("\n")


def trafilatura_text(path: Path) -> str:
    import trafilatura
    return trafilatura.extract(path.read_text(encoding="utf-8", errors="replace"),
                               include_tables=True, favor_recall=True) or ""


def pypdf_layout(path: Path) -> str:
    from pypdf import PdfReader
    return "\n".join(p.extract_text(extraction_mode="layout") for p in PdfReader(path).pages)


def pdfplumber_layout(path: Path) -> str:
    import pdfplumber
    with pdfplumber.open(path) as pdf:
        return "\n".join(p.extract_text(layout=True) or "" for p in pdf.pages)


def pymupdf_text(path: Path) -> str:
    import pymupdf
    with pymupdf.open(path) as doc:
        return "".join(page.get_text() for page in doc)


def pymupdf_blocks(path: Path) -> str:
    import pymupdf
    with pymupdf.open(path) as doc:
        return "\n".join(block[4].rstrip("\n") for page in doc for block in page.get_text("blocks"))


def pymupdf4llm_plain(path: Path) -> str:
    import pymupdf4llm
    pymupdf4llm.use_layout(False)
    return pymupdf4llm.to_markdown(str(path))


def markitdown_pdf(path: Path) -> str:
    from markitdown import MarkItDown
    return MarkItDown().convert(str(path)).text_content


def convert(name: str, source: Path, target: Path) -> str | None:
    """Make one text; the error's first line if the converter fails."""
    _, how = CONVERTERS[name]
    try:
        if isinstance(how, str):
            text = globals()[how[3:]](source)
        else:
            done = subprocess.run([source.as_posix() if a == "{}" else a for a in how],
                                  capture_output=True, timeout=120, check=True)
            text = done.stdout.decode("utf-8", errors="replace")
    except Exception as exc:  # noqa: BLE001 - a converter's failure is reported, not raised
        return f"{name} {source}: {type(exc).__name__}: {str(exc)[:200]}"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    return None


def convert_many(jobs_file: Path) -> int:
    """``--convert``: make the texts listed (name, source, target per line, tab-separated)."""
    failures = 0
    for row in jobs_file.read_text().splitlines():
        name, source, target = row.split("\t")
        error = convert(name, Path(source), Path(target))
        if error:
            failures += 1
            print(error, file=sys.stderr)
    return 1 if failures else 0


def make_texts(corpus: Path, cache: Path, names: list[str], designs: list[str],
               filings: list[Path], conv_python: str) -> None:
    """Make the texts missing from the cache: command-line converters here, Python ones
    in the converters' environment (one process for all of them)."""
    local, remote = [], []
    for name in names:
        kind, how = CONVERTERS[name]
        for filing in filings:
            for design in designs:
                source = filing / design / ("page.html" if kind == "html" else "page.pdf")
                target = cache / name / design / f"{filing.name}.txt"
                if source.exists() and not target.exists():
                    (remote if isinstance(how, str) else local).append((name, source, target))
    for name, source, target in local:
        error = convert(name, source, target)
        if error:
            print(error, file=sys.stderr)
    if remote:
        jobs = cache / "jobs.tsv"
        cache.mkdir(parents=True, exist_ok=True)
        jobs.write_text("".join(f"{n}\t{s}\t{t}\n" for n, s, t in remote))
        subprocess.run([conv_python, __file__, "--convert", str(jobs)], check=False)


# -- scoring ------------------------------------------------------------------------

def details(truth, pred, path: str, out: list, score) -> None:
    """(path, verdict, truth, read) for every leaf: ``score.leaves`` with the values kept."""
    if isinstance(truth, dict) and "$any" not in truth:
        pred = pred if isinstance(pred, dict) else {}
        if path.endswith("].footnotes"):
            t = {(k, str(i)) for k, ids in truth.items() for i in ids}
            p = {(k, str(i)) for k, ids in pred.items() for i in (ids or [])}
            out.extend((f"{path}.{k}", "missed", i, None) for k, i in sorted(t - p))
            out.extend((f"{path}.{k}", "wrong", None, i) for k, i in sorted(p - t))
            return
        for k, v in truth.items():
            if k in score.WHERE_GIVEN and pred.get(k) is None or k in score.SKIP:
                continue
            details(v, pred.get(k), f"{path}.{k}" if path else k, out, score)
        return
    if isinstance(truth, list):
        pred = pred if isinstance(pred, list) else []
        for i, (t, p) in enumerate(score.pair_rows(truth, pred)):
            details(t, p, f"{path}[{i}]", out, score)
        return
    if not score.same(truth, pred):
        out.append((path, "missed" if pred is None else "wrong", truth, pred))


def kind_of(path: str) -> str:
    """A field's kind, rows' indexes dropped: "derivative_transactions[].shares"."""
    import re
    return re.sub(r"\[\d+\]", "[]", path)


def read_one(path: Path) -> tuple[dict | None, str | None, str | None]:
    """The record of one text, its error, and the shape it was detected as."""
    import form4lark
    from form4lark.shapes.detect import shape_of

    def alarm(*_):
        raise TimeoutError(f"no reading after {TIMEOUT_S} s")

    text = path.read_text(encoding="utf-8", errors="replace")
    shape = None
    try:
        shape = shape_of(text)
    except Exception:  # noqa: BLE001
        pass
    signal.signal(signal.SIGALRM, alarm)
    signal.alarm(TIMEOUT_S)
    try:
        form = form4lark.parse_file(path)
        return json.loads(json.dumps(form.to_dict(), default=str)), None, f"{form.layout}/{shape}"
    except Exception as exc:  # noqa: BLE001 - a failure scores all fields missed
        message = str(exc).replace(str(path), "<text>").split("\n")[0]
        return None, f"{type(exc).__name__}: {message}", shape
    finally:
        signal.alarm(0)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--cache", type=Path, default=CACHE)
    ap.add_argument("--design", action="append", default=[])
    ap.add_argument("--converter", action="append", default=[])
    ap.add_argument("--filing", action="append", default=[])
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--make-only", action="store_true")
    ap.add_argument("--list", action="store_true", help="list the converters and exit")
    ap.add_argument("--conv-python", default=CONV_PYTHON)
    ap.add_argument("--convert", type=Path, help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    if a.convert:
        return convert_many(a.convert)
    if a.list:
        for name, (kind, how) in CONVERTERS.items():
            print(f"{name:18} {kind:4} {how if isinstance(how, str) else ' '.join(how)}")
        return 0
    names = a.converter or list(CONVERTERS)
    designs = a.design or ["sec", "plain"]
    filings = sorted(p for p in (a.corpus / "filings").iterdir()
                     if p.is_dir() and (not a.filing or p.name in a.filing))
    make_texts(a.corpus, a.cache, names, designs, filings, a.conv_python)
    if a.make_only:
        return 0

    sys.path.insert(0, str(a.corpus.parent / "tools"))
    import score  # the corpus's own scoring

    per: dict[tuple[str, str], Counter] = defaultdict(Counter)
    shapes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    errors: dict[tuple[str, str], Counter] = defaultdict(Counter)
    wrong_kinds: dict[str, Counter] = defaultdict(Counter)
    examples: dict[tuple[str, str], str] = {}
    worst = []
    started = time.perf_counter()
    for name in names:
        for design in designs:
            for filing in filings:
                path = a.cache / name / design / f"{filing.name}.txt"
                if not path.exists():
                    continue
                own = filing / design / "truth.json"
                truth = json.loads((own if own.exists() else filing / "truth.json").read_text())
                pred, error, shape = read_one(path)
                s = per[name, design]
                s["texts"] += 1
                shapes[name, design][shape or "?"] += 1
                if error:
                    s["refused"] += 1
                    errors[name, design][error[:160]] += 1
                for _, verdict in score.score(truth, pred):
                    s[verdict] += 1
                if pred is None:
                    continue
                off: list = []
                details(truth, pred, "", off, score)
                for p, verdict, t, got in off:
                    if verdict == "wrong":
                        kind = kind_of(p)
                        wrong_kinds[name][kind] += 1
                        examples.setdefault((name, kind), f"{filing.name}/{design}: "
                                                          f"read {got!r}, truth {t!r}")
                if off:
                    worst.append((sum(v == "wrong" for _, v, _, _ in off), len(off),
                                  f"{name}/{design}/{filing.name}", off))
    elapsed = time.perf_counter() - started

    def figures(s: Counter) -> tuple[float, float]:
        n = s["right"] + s["missed"] + s["wrong"]
        scored = s["right"] + s["wrong"]
        return (s["right"] / n if n else 0.0, s["right"] / scored if scored else 0.0)

    print(f"{'converter/design':28} texts refused  recall  precision  shapes (layout/shape)")
    for key in sorted(per, key=lambda k: (figures(per[k])[1], figures(per[k])[0])):
        s = per[key]
        recall, precision = figures(s)
        shown = ", ".join(f"{k} {n}" for k, n in shapes[key].most_common(3))
        print(f"{key[0] + '/' + key[1]:28} {s['texts']:5} {s['refused']:7}  {recall:6.3f}  "
              f"{precision:9.3f}  {shown}")
    total = sum(per.values(), Counter())
    recall, precision = figures(total)
    print(f"{'all':28} {total['texts']:5} {total['refused']:7}  {recall:6.3f}  {precision:9.3f}  "
          f"({elapsed / max(total['texts'], 1) * 1000:.0f} ms per text)")
    if not a.show:
        return 0
    print("\nrefusals:")
    for key, counter in sorted(errors.items()):
        for message, n in counter.most_common(3):
            print(f"  {key[0]}/{key[1]} x{n}: {message}")
    print("\nwrong fields by kind (count, first example):")
    for name, counter in sorted(wrong_kinds.items()):
        for kind, n in counter.most_common(a.show):
            print(f"  {name}: {kind} x{n}: {examples[name, kind]}")
    print(f"\nthe {a.show} texts with the most wrong (then off) fields:")
    for wrong, off_count, where, off in sorted(worst, key=lambda w: (-w[0], -w[1]))[: a.show]:
        print(f"  {where}: {wrong} wrong, {off_count} off")
        for p, verdict, t, got in off[:12]:
            print(f"    {verdict:6} {p}: read {got!r}, truth {t!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
