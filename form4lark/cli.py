"""The command line: ``form4lark FILE...`` or ``python -m form4lark FILE...``.

Each file is parsed on its own: a bad file is reported on one line of standard
error (``FILE:LINE:COL: message``) and the others go on. Exit 0 when every
file parsed, 2 when any failed; never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from typing import Sequence

from rich.console import Console

from . import __version__
from .api import parse, parse_tree
from .errors import Form4ParseError
from .jsonout import dumps
from .model import Form4
from .source import MAX_BYTES, decode

EXIT_OK = 0
EXIT_FAILED = 2
EXIT_INTERRUPTED = 130


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="form4lark",
        description="Read SEC Form 4 filings from text (PDF text, OCR, markdown).")
    ap.add_argument("files", nargs="+", metavar="FILE", help="text files to read; - for standard input")
    out = ap.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true",
                     help="print the JSON record (an array when there are several files)")
    out.add_argument("--tree", action="store_true", help="print the Lark parse tree of each file")
    ap.add_argument("--layout", help="read every file in this layout instead of detecting it")
    ap.add_argument("--strict", action="store_true",
                    help="treat any diagnostic (a lost or doubtful value) as a failure")
    ap.add_argument("--max-bytes", type=int, default=MAX_BYTES, metavar="N",
                    help=f"refuse inputs larger than N bytes (default {MAX_BYTES:,})")
    ap.add_argument("--context", action="store_true",
                    help="under each error, show the source line with a caret")
    ap.add_argument("--version", action="version", version=f"form4lark {__version__}")
    return ap


def _read(name: str, max_bytes: int) -> bytes:
    if name == "-":
        return sys.stdin.buffer.read(max_bytes + 1)
    with open(name, "rb") as fh:
        return fh.read(max_bytes + 1)


def _load(name: str, args: argparse.Namespace) -> str:
    try:
        data = _read(name, args.max_bytes)
    except OSError as exc:
        raise Form4ParseError(f"cannot read the file: {exc.strerror or exc}") from None
    return decode(data, max_bytes=args.max_bytes)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    out = Console(highlight=False, soft_wrap=False)
    err = Console(stderr=True, highlight=False, soft_wrap=True)
    records: list[Form4] = []
    failed = 0
    try:
        for name in args.files:
            shown = "<stdin>" if name == "-" else name
            try:
                text = _load(name, args)
                if args.tree:
                    from .treeview import to_rich
                    out.print(to_rich(parse_tree(text, layout=args.layout), label=shown))
                    continue
                form = parse(text, strict=args.strict, layout=args.layout, max_bytes=args.max_bytes)
            except Form4ParseError as exc:
                failed += 1
                err.print(str(exc.located(shown)), markup=False)
                if args.context and exc.context():
                    err.print(exc.context(), markup=False)
                continue
            if args.json:
                records.append(form)
            else:
                from .render import render
                out.print(render(form, shown))
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    if args.json:
        payload = records[0].to_dict() if len(args.files) == 1 and records else \
            [r.to_dict() for r in records]
        if records or len(args.files) > 1:
            sys.stdout.write(dumps(payload) + "\n")
    return EXIT_FAILED if failed else EXIT_OK
