#!/usr/bin/env python3
"""Field-level recall and precision of form4lark on scans: the corpus PDFs drawn, then OCR.

    python benchmarks/scans.py CORPUS_DIR [--design NAME] [--limit N] [-j N] [--cache DIR]
                               [--renderer pdftoppm|pypdfium2] [--grid] [--show N] [--fields]

Each ``filings/<id>/<design>/page.pdf`` is drawn at 200 dpi (its text layer
ignored) by ``--renderer`` (``form4lark/inputs/raster.py``: pdftoppm where it is
installed, else pypdfium2), read by tesseract (its TSV) and by form4lark as a scan
is read (``api.parse_scan``: tesseract's text of it, then the texts OCR was unsure
of left unknown), and scored against the filing's truth as ``benchmarks/accuracy.py``
does; ``--grid`` reads the TSV's words on the page grid instead, for comparison.
tesseract takes seconds a page: ``--limit`` takes the first N filings of each design,
``-j`` runs N PDFs at once, and ``--cache`` keeps each PDF's TSVs (in a folder per
renderer, ``<renderer>-marks7``: with the garbled footnote marks read again; the
transaction codes OCR lost and the Rule 10b5-1 box are read from the pixels on every
run) so that a second run reads without OCR. Needs ``pip install '.[pdf]'`` and the
tesseract program.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path


def _tsvs(pdf: Path, cache: Path | None, renderer: str) -> list[str]:
    """The TSV of each page of ``pdf``, from the cache where it is there."""
    from form4lark.inputs import raster, scan

    name = f"{pdf.parent.parent.name}-{pdf.parent.name}.json"
    # "-marks": TSVs with the words' footnote marks read again (inputs/ocr_marks.py); a
    # folder of TSVs cached before that pass is not read for them.
    # "-marks4": with the numbers', dates' and codes' marks, and the marks OCR read alone,
    # read again in a column of their own (``ocr_marks.value_marks``).
    # "-marks5": with the marks glued garbled to a word's end read again into that column
    # (``ocr_marks.glued_marks``). "-marks6": with the short words' ("sO": a code and its
    # mark) read again from their marks' ink alone (``ocr_marks.short_marks``). "-marks7":
    # with the prices read with their marks garbled into them read apart from their marks
    # (``ocr_marks.price_marks``). Each made
    # from the folder before it where it has them
    stored = cache / f"{renderer}-marks7" / name if cache else None
    # the lost codes and the Rule 10b5-1 box are read from freshly drawn pages each run, not
    # cached: they cost little OCR (one sheet a page, where a code was lost) or none, and a
    # cached stage would keep a tuned pass's old answers
    images = raster.page_images(pdf.read_bytes(), renderer)
    if stored is not None and stored.exists():
        pages = json.loads(stored.read_text())
    else:
        # the newest folder first, each with how many of ``scan.MARK_PASSES`` it went through
        passes = {"marks6": 4, "marks5": 3, "marks4": 2, "marks": 1}
        made = [(cache / f"{renderer}-{folder}" / name, done)
                for folder, done in passes.items()] if cache else []
        path, done = next(((path, done) for path, done in made if path.exists()), (None, 0))
        tsvs = (json.loads(path.read_text()) if path is not None
                else [scan.ocr_tsv(image, raster.DPI) for image in images])
        pages = [scan.pixel_marks(image, tsv, done) for image, tsv in zip(images, tsvs)]
        if stored is not None:
            stored.parent.mkdir(parents=True, exist_ok=True)
            stored.write_text(json.dumps(pages))
    return [scan.after_marks(image, tsv) for image, tsv in zip(images, pages)]


def _read(job: tuple[Path, Path | None, str, bool]) -> tuple[Path, dict | None, str | None, float]:
    """The record of one scanned PDF (or the error), and the seconds it took."""
    from form4lark.api import parse_page, parse_scan
    from form4lark.inputs.scan import Scan
    from form4lark.inputs.words import page_of_words

    pdf, cache, renderer, grid = job
    start = time.perf_counter()
    try:
        scan = Scan(tuple(_tsvs(pdf, cache, renderer)))
        form = (parse_page("scan", page_of_words(scan.words()), strict=False) if grid
                else parse_scan(scan))
        return pdf, json.loads(form.to_json()), None, time.perf_counter() - start
    except Exception as exc:  # noqa: BLE001 - a failure scores every field as missed
        return pdf, None, f"{type(exc).__name__}: {exc}", time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--design", action="append", help="only this page design (repeatable)")
    ap.add_argument("--limit", type=int, default=0, help="the first N filings of each design")
    ap.add_argument("-j", "--jobs", type=int, default=1, help="PDFs read at once")
    ap.add_argument("--cache", type=Path, help="folder keeping each page's OCR (TSV)")
    ap.add_argument("--renderer", choices=("pdftoppm", "pypdfium2"),
                    help="what draws the pages (default: pdftoppm where installed)")
    ap.add_argument("--grid", action="store_true",
                    help="read the OCR's words on the page grid, not tesseract's text")
    ap.add_argument("--show", type=int, default=0, help="list the N scans with most fields off")
    ap.add_argument("--fields", action="store_true", help="count the fields most often off")
    args = ap.parse_args(argv)
    from form4lark.inputs.raster import renderer
    from form4lark.scoring import score

    drawn_by = args.renderer or renderer()
    print(f"pages drawn by {drawn_by}, read {'on the page grid' if args.grid else 'as text'}")
    pdfs: list[Path] = []
    for design in args.design or ("sec", "plain"):
        found = sorted(args.corpus.glob(f"filings/*/{design}/page.pdf"))
        pdfs += found[:args.limit] if args.limit else found
    per: dict[str, Counter] = defaultdict(Counter)
    worst = []
    off_fields: Counter = Counter()
    start = time.perf_counter()
    jobs = [(pdf, args.cache, drawn_by, args.grid) for pdf in pdfs]
    with ProcessPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        for pdf, record, error, seconds in pool.map(_read, jobs):
            design = pdf.parent.name
            own = pdf.parent / "truth.json"
            truth = json.loads((own if own.exists() else pdf.parent.parent / "truth.json").read_text())
            verdicts = score(truth, record)
            per[design].update(v for _, v in verdicts)
            per[design]["scans"] += 1
            per[design]["seconds"] += seconds
            per[design]["failed"] += error is not None
            off = [f"{p} {v}" for p, v in verdicts if v != "right"]
            off_fields.update(re.sub(r"\[[0-9]+\]", "[]", f"{design} {o}") for o in off)
            worst.append((len(off), f"{pdf.parent.parent.name}/{design}: "
                          + (error or f"{len(off)} off: " + ", ".join(off[:6]))))
    for design, counts in sorted(per.items()):
        fields = counts["right"] + counts["missed"] + counts["wrong"]
        scored = counts["right"] + counts["wrong"]
        print(f"{design:6} scans {counts['scans']:3}  failed {counts['failed']:3}  "
              f"recall {counts['right'] / max(fields, 1):.3f}  "
              f"precision {counts['right'] / max(scored, 1):.3f}  "
              f"({counts['seconds'] / max(counts['scans'], 1):.1f} s per scan)")
    print(f"all: {len(pdfs)} scans in {time.perf_counter() - start:.0f} s")
    for _, line in sorted(worst, reverse=True)[:args.show]:
        print("  " + line[:300])
    for name, count in off_fields.most_common(None if args.fields else 0):
        print(f"  {count:5}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
