"""The command line: ``form4lark FILE|DIR...`` or ``python -m form4lark FILE|DIR...``.

Each file is parsed on its own: a bad file is reported on one line of standard
error (``FILE:LINE:COL: message``) and the others go on; every good record is
written. Exit 0 when every file parsed, 2 when any failed or the command was
misused (a flag the command cannot honour is refused before any file is read),
130 when interrupted, 141 when the reader of standard output went away (as
``head`` does); never a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from contextlib import ExitStack, closing
from typing import IO, TYPE_CHECKING, Any, Callable, Sequence, cast

from . import __version__
from .outputs import FORMATS
from .source import BYTES_PER_PIECE, MAX_BYTES, default_max_pieces

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Progress

    from .batch import Options
    from .errors import Form4ParseError

# Heavy modules (the parser, rich) are imported inside the functions that need
# them, so that --help and --version answer at once.

EXIT_OK = 0
EXIT_FAILED = 2
EXIT_INTERRUPTED = 130
#: what a shell reports for a program ended by SIGPIPE (128 + 13), as ``cat`` is
EXIT_BROKEN_PIPE = 141


def _positive(text: str) -> int:
    """An argparse type: a whole number of 1 or more."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, not {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of 1 or more, not {text!r}")
    return value


def _layout_name(text: str) -> str:
    """An argparse type: the name of a layout form4lark knows."""
    from .layouts import BY_NAME
    if text not in BY_NAME:
        raise argparse.ArgumentTypeError(
            f"no layout named {text!r} (known: {', '.join(BY_NAME)})")
    return text


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="form4lark",
        description="Read SEC Form 4 filings from text (PDF text, OCR, markdown) into records.")
    ap.add_argument("inputs", nargs="+", metavar="FILE",
                    help="files (text, markdown, HTML pages, EDGAR XML), folders (their .txt, "
                         ".md, .xml and .html files, hidden ones left out), or - for standard "
                         "input")
    ap.add_argument("-f", "--format", choices=FORMATS, default="rich",
                    help="output format (default: rich, the pretty view)")
    ap.add_argument("--json", dest="format", action="store_const", const="json",
                    help="same as --format json")
    ap.add_argument("--tree", action="store_true",
                    help="print the Lark parse tree of each file instead of its record")
    ap.add_argument("-o", "--output", metavar="PATH",
                    help="write the output to PATH instead of standard output (for xml of "
                         "several inputs, or into an existing folder: a folder of files)")
    ap.add_argument("-j", "--jobs", type=_positive, default=os.cpu_count() or 1, metavar="N",
                    help="worker processes for many files (default: the number of cores)")
    ap.add_argument("--errors", metavar="FILE", help="also write failures to FILE as JSON lines")
    ap.add_argument("--summary", action=argparse.BooleanOptionalAction, default=None,
                    help="print the summary table at the end (default: when reading folders)")
    ap.add_argument("--layout", type=_layout_name, metavar="NAME",
                    help="read every file in this layout instead of detecting it")
    ap.add_argument("--strict", action="store_true",
                    help="treat any diagnostic (a lost or doubtful value) as a failure")
    ap.add_argument("--max-bytes", type=_positive, default=MAX_BYTES, metavar="N",
                    help=f"refuse inputs larger than N bytes (default {MAX_BYTES:,})")
    ap.add_argument("--max-pieces", type=_positive, default=None, metavar="N",
                    help="refuse texts of more than N words, marks and lines (default "
                         f"{default_max_pieces():,}, or one per {BYTES_PER_PIECE} bytes of "
                         "--max-bytes when that is more)")
    ap.add_argument("--context", action="store_true",
                    help="under each error, show the source line with a caret")
    ap.add_argument("--version", action="version", version=f"form4lark {__version__}")
    return ap


def _refused(args: argparse.Namespace) -> str | None:
    """Why these flags cannot go together, or None."""
    if args.tree:
        if args.format != "rich":
            return f"--tree prints parse trees, not records: it cannot be combined with " \
                   f"--format {args.format}"
        if args.strict:
            return "--tree prints parse trees: --strict applies to records"
        if args.summary:
            return "--tree prints parse trees: --summary counts records"
    if args.output and args.output == args.errors:
        return f"-o and --errors name the same file {args.output!r}"
    return None


def main(argv: Sequence[str] | None = None) -> int:
    if argv is None:  # run as the program, not called by one
        _without_interegular()
    ap = _parser()
    args = ap.parse_args(argv)
    refusal = _refused(args)
    if refusal:
        ap.error(refusal)
    try:
        return _main(args, ap)
    except BrokenPipeError:
        _quiet_after_broken_pipe()
        return EXIT_BROKEN_PIPE


def _main(args: argparse.Namespace, ap: argparse.ArgumentParser) -> int:
    from .batch import TEXT_SUFFIXES, Options, expand
    err = cast("Console", _StandardError())
    options = Options(strict=args.strict, layout=args.layout, max_bytes=args.max_bytes,
                      max_pieces=args.max_pieces)
    outputs = [p for p in (args.output, args.errors) if p]
    names = expand(args.inputs, skip=outputs)
    clash = _input_overwritten(names, outputs)
    if clash:
        ap.error(f"{clash} is both an input and an output: it would be overwritten "
                 "before it is read")
    if not names:
        err.print(f"form4lark: no {', '.join(TEXT_SUFFIXES)} files found in "
                  + ", ".join(args.inputs), markup=False)
        return EXIT_FAILED
    try:
        if args.tree:
            return _trees(args, names, options, err)
        return _run(args, names, options, err)
    except KeyboardInterrupt:
        err.print("form4lark: interrupted", markup=False)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        raise
    except (OSError, ValueError) as exc:
        err.print(f"form4lark: {_describe(exc)}", markup=False)
        return EXIT_FAILED


def _without_interegular() -> None:
    """Keep Lark from importing ``interegular`` in this process, where nothing needs it.

    Lark imports it, when installed, to check a grammar's terminals for collisions:
    errors in strict mode (the test suite's), warnings otherwise. The command line
    builds its parsers non-strict, from the cache, the same with it or without it, and
    the import is a twentieth of a run's start-up. Only where ``main`` runs as the program
    (a program that calls it may build strict parsers), and before Lark is loaded."""
    if "lark" not in sys.modules:
        sys.modules.setdefault("interegular", None)  # type: ignore[arg-type]


class _StandardError:
    """The rich Console of standard error, made on first use: importing rich is a
    good part of the start-up, and a run whose files all parse prints nothing there."""

    def __init__(self) -> None:
        self._console: Console | None = None

    def __getattr__(self, name: str) -> Any:
        if self._console is None:
            from rich.console import Console
            self._console = _console(Console(stderr=True, highlight=False, soft_wrap=True))
        return getattr(self._console, name)


def _input_overwritten(names: list[str], outputs: list[str]) -> str | None:
    """An input named explicitly that is also an output file (the walk skips them)."""
    written = {os.path.realpath(p) for p in outputs if not os.path.isdir(p)}
    return next((n for n in names if n != "-" and os.path.realpath(n) in written), None)


def _describe(exc: Exception) -> str:
    if isinstance(exc, OSError) and exc.filename is not None:
        return f"cannot write {exc.filename}: {exc.strerror or exc}"
    return str(exc)


def _console(console: Console) -> Console:
    """``console``, made to raise BrokenPipeError instead of rich's own exit, so that
    every closed pipe ends the same way."""
    def broken_pipe() -> None:
        raise BrokenPipeError
    console.on_broken_pipe = broken_pipe  # type: ignore[method-assign]
    return console


def _quiet_after_broken_pipe() -> None:
    """The reader of our output went away: point the closed streams at the null
    device so that Python's flush at exit does not complain of it."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            try:
                os.dup2(os.open(os.devnull, os.O_WRONLY), stream.fileno())
            except (AttributeError, OSError, ValueError):
                pass


def _open_output(stack: ExitStack, path: str | None) -> IO[str]:
    if path is None:
        return sys.stdout
    return stack.enter_context(open(path, "w", encoding="utf-8", newline=""))


def _trees(args: argparse.Namespace, names: list[str], options: Options, err: Console) -> int:
    from rich.console import Console

    from .jsonout import dumps
    with ExitStack() as stack:
        out = _console(Console(file=_open_output(stack, args.output), highlight=False))
        errors = stack.enter_context(open(args.errors, "w", encoding="utf-8")) \
            if args.errors else None
        ok = True
        for name in names:
            error = _print_tree(name, options, out)
            if error is not None:
                ok = False
                _report(error, args, err, errors, dumps)
    return EXIT_OK if ok else EXIT_FAILED


def _print_tree(name: str, options: Options, out: Console) -> Form4ParseError | None:
    """Print the parse tree of one file; the Form4ParseError if it has none."""
    from .api import parse_tree
    from .batch import read_bytes
    from .errors import Form4ParseError
    from .inputs.kinds import input_page
    from .inputs.words import page_text
    from .source import decoded, pieces_limit
    from .treeview import to_rich
    shown = "<stdin>" if name == "-" else name
    # parse_tree knows no size limit: the pieces limit of --max-bytes is set here
    limit = options.max_pieces or default_max_pieces(options.max_bytes)
    try:
        with pieces_limit(limit):
            data = read_bytes(name, options.max_bytes)
            found = input_page(data)  # a PDF or a scan: the tree of its page's text
            # form feeds kept: parse_tree reads a page grid page by page, as parse does
            text = page_text(found[1]) if found else decoded(data, max_bytes=options.max_bytes)
            tree = parse_tree(text, layout=options.layout)
        out.print(to_rich(tree, label=shown))
        return None
    except OSError as exc:
        if isinstance(exc, BrokenPipeError):
            raise
        return Form4ParseError(f"cannot read the file: {exc.strerror or exc}").located(shown)
    except Form4ParseError as exc:
        return exc.located(shown)


def _report(error: Form4ParseError, args: argparse.Namespace, err: Console,
            errors: IO[str] | None, dumps: Callable[..., str]) -> None:
    """One failure: its line on standard error, its context, its JSON line."""
    err.print(str(error), markup=False)
    if args.context and error.context():
        err.print(error.context(), markup=False)
    if errors is not None:
        errors.write(dumps(error.to_dict(), indent=None) + "\n")


def _run(args: argparse.Namespace, names: list[str], options: Options, err: Console) -> int:
    from .batch import parse_all
    from .jsonout import dumps
    from .outputs import make_writer
    from .summary import Tally, render as render_summary
    folders = any(os.path.isdir(i) for i in args.inputs)
    many = len(names) > 1 or folders
    show_summary = args.summary if args.summary is not None else folders
    # XML goes to a folder of files for several inputs, or into a folder named by -o
    xml_folder = args.format == "xml" and bool(args.output) and (
        many or os.path.isdir(args.output))
    tally = Tally()
    started = time.perf_counter()
    with ExitStack() as stack:
        stream = _open_output(stack, None if xml_folder else args.output)
        console = None
        if args.format == "rich":
            from rich.console import Console
            console = _console(Console(file=stream, highlight=False))
        writer = make_writer(args.format, stream, many or xml_folder,
                             args.output if xml_folder else None, console, names)
        errors = stack.enter_context(open(args.errors, "w", encoding="utf-8")) \
            if args.errors else None
        progress = _progress(err, len(names))
        if progress is not None:
            stack.enter_context(progress)
            task = progress.add_task("parsing", total=len(names))
        # closed on the way out, so that a closed pipe or ^C stops the workers at once
        results = stack.enter_context(closing(parse_all(names, options, args.jobs)))
        for result in results:
            tally.add(result)
            if result.form is not None:
                writer.write(result.source, result.form)
            elif result.error is not None:
                _report(result.error, args, err, errors, dumps)
            if progress is not None:
                progress.advance(task)
        writer.close()
    if show_summary:
        err.print(render_summary(tally, time.perf_counter() - started))
    return EXIT_FAILED if tally.failed else EXIT_OK


def _progress(err: Console, total: int) -> Progress | None:
    """A progress bar on a terminal for more than a handful of files; nothing otherwise."""
    if total < 10 or not err.is_terminal:
        return None
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                               TimeRemainingColumn)
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TimeRemainingColumn(), console=err, transient=True)
