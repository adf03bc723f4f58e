"""The command line: ``form4lark FILE|DIR...`` or ``python -m form4lark FILE|DIR...``.

Each file is parsed on its own: a bad file is reported on one line of standard
error (``FILE:LINE:COL: message``) and the others go on; every good record is
written. Exit 0 when every file parsed, 2 when any failed or the command was
misused, 130 when interrupted; never a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from contextlib import ExitStack
from typing import Sequence

from . import __version__
from .outputs import FORMATS
from .source import MAX_BYTES

# Heavy modules (the parser, rich) are imported inside the functions that need
# them, so that --help and --version answer at once.

EXIT_OK = 0
EXIT_FAILED = 2
EXIT_INTERRUPTED = 130


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="form4lark",
        description="Read SEC Form 4 filings from text (PDF text, OCR, markdown) into records.")
    ap.add_argument("inputs", nargs="+", metavar="FILE",
                    help="files (text, markdown, HTML pages, EDGAR XML), folders (their .txt, "
                         ".md, .xml and .html files), or - for standard input")
    ap.add_argument("-f", "--format", choices=FORMATS, default="rich",
                    help="output format (default: rich, the pretty view)")
    ap.add_argument("--json", dest="format", action="store_const", const="json",
                    help="same as --format json")
    ap.add_argument("--tree", action="store_true",
                    help="print the Lark parse tree of each file instead of its record")
    ap.add_argument("-o", "--output", metavar="PATH",
                    help="write records to PATH instead of standard output (a folder for xml)")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1, metavar="N",
                    help="worker processes for many files (default: the number of cores)")
    ap.add_argument("--errors", metavar="FILE", help="also write failures to FILE as JSON lines")
    ap.add_argument("--summary", action=argparse.BooleanOptionalAction, default=None,
                    help="print the summary table at the end (default: when reading folders)")
    ap.add_argument("--layout", help="read every file in this layout instead of detecting it")
    ap.add_argument("--strict", action="store_true",
                    help="treat any diagnostic (a lost or doubtful value) as a failure")
    ap.add_argument("--max-bytes", type=int, default=MAX_BYTES, metavar="N",
                    help=f"refuse inputs larger than N bytes (default {MAX_BYTES:,})")
    ap.add_argument("--context", action="store_true",
                    help="under each error, show the source line with a caret")
    ap.add_argument("--version", action="version", version=f"form4lark {__version__}")
    return ap


def _print_tree(name, options, out, err) -> bool:
    from .api import parse_tree
    from .errors import Form4ParseError
    from .batch import read_bytes
    from .source import decode
    from .treeview import to_rich
    shown = "<stdin>" if name == "-" else name
    try:
        text = decode(read_bytes(name, options.max_bytes), max_bytes=options.max_bytes)
        out.print(to_rich(parse_tree(text, layout=options.layout), label=shown))
        return True
    except OSError as exc:
        err.print(f"{shown}: cannot read the file: {exc.strerror or exc}", markup=False)
    except Form4ParseError as exc:
        err.print(str(exc.located(shown)), markup=False)
    return False


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    from rich.console import Console

    from .batch import Options, expand
    err = Console(stderr=True, highlight=False, soft_wrap=True)
    options = Options(strict=args.strict, layout=args.layout, max_bytes=args.max_bytes)
    names = expand(args.inputs)
    if not names:
        err.print("form4lark: no .txt, .md, .xml or .html files found in "
                  + ", ".join(args.inputs), markup=False)
        return EXIT_FAILED
    try:
        if args.tree:
            out = Console(highlight=False)
            ok = [_print_tree(name, options, out, err) for name in names]
            return EXIT_OK if all(ok) else EXIT_FAILED
        return _run(args, names, options, err)
    except KeyboardInterrupt:
        err.print("form4lark: interrupted", markup=False)
        return EXIT_INTERRUPTED
    except (OSError, ValueError) as exc:
        err.print(f"form4lark: {exc}", markup=False)
        return EXIT_FAILED


def _run(args: argparse.Namespace, names: list[str], options, err) -> int:
    from rich.console import Console

    from .batch import parse_all, parse_one
    from .jsonout import dumps
    from .outputs import make_writer
    from .summary import Tally, render as render_summary
    many = len(names) > 1 or any(os.path.isdir(i) for i in args.inputs)
    show_summary = args.summary if args.summary is not None else any(
        os.path.isdir(i) for i in args.inputs)
    tally = Tally()
    started = time.perf_counter()
    with ExitStack() as stack:
        to_file = args.output and args.format != "xml"
        stream = stack.enter_context(open(args.output, "w", encoding="utf-8", newline="")) \
            if to_file else sys.stdout
        console = Console(file=stream, highlight=False) if args.format == "rich" else None
        writer = make_writer(args.format, stream, many, args.output, console)
        errors = stack.enter_context(open(args.errors, "w", encoding="utf-8")) if args.errors else None
        progress = _progress(err, len(names))
        if progress is not None:
            stack.enter_context(progress)
            task = progress.add_task("parsing", total=len(names))
        results = parse_all(names, options, args.jobs) if len(names) > 1 else \
            iter([parse_one(names[0], options)])
        for result in results:
            tally.add(result)
            if result.form is not None:
                writer.write(result.source, result.form)
            else:
                err.print(str(result.error), markup=False)
                if args.context and result.error.context():
                    err.print(result.error.context(), markup=False)
                if errors is not None:
                    errors.write(dumps(result.error.to_dict(), indent=None) + "\n")
            if progress is not None:
                progress.advance(task)
        writer.close()
    if show_summary:
        err.print(render_summary(tally, time.perf_counter() - started))
    return EXIT_FAILED if tally.failed else EXIT_OK


def _progress(err, total: int):
    """A progress bar on a terminal for more than a handful of files; nothing otherwise."""
    if total < 10 or not err.is_terminal:
        return None
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                               TimeRemainingColumn)
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TimeRemainingColumn(), console=err, transient=True)
