"""Many files: finding them in folders, parsing them in worker processes, in order.

Each file is parsed on its own and comes back as a ``Result`` (the record or
the error, with the time it took), so one bad file never stops the others.
Results arrive in the order of the inputs whatever the number of workers.
A folder walk leaves out what is plainly not a filing: hidden files and folders,
Python virtual environments, files of other endings, and what is not a regular
file; a text file that is empty, binary or too large is still read and reported.
"""

from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Generator, Iterable, Iterator

from .api import parse
from .errors import Form4ParseError, InputError
from .model import Form4
from .source import pieces_limit

#: File endings read when walking a folder.
TEXT_SUFFIXES = (".txt", ".md", ".xml", ".html", ".htm", ".pdf", ".png", ".jpg", ".jpeg", ".tif",
                 ".tiff")


@dataclass(frozen=True)
class Options:
    """How each file of a run is read (the command line's flags)."""

    strict: bool = False
    layout: str | None = None
    max_bytes: int = 5 * 1024 * 1024
    #: the most words, marks and lines a text may hold (None: what goes with max_bytes)
    max_pieces: int | None = None


@dataclass
class Result:
    """One file's outcome: its record or its error, and how long it took."""

    source: str
    form: Form4 | None
    error: Form4ParseError | None
    seconds: float
    size: int = 0


def expand(inputs: Iterable[str], skip: Iterable[str] = ()) -> list[str]:
    """Files named, and the files of ``TEXT_SUFFIXES`` under folders named, in a stable order.

    A folder walk leaves out the paths in ``skip`` (the outputs being written) and
    everything under them."""
    skipped = {os.path.realpath(s) for s in skip}
    found: list[str] = []
    for name in inputs:
        if name != "-" and os.path.isdir(name):
            found.extend(str(p) for p in sorted(Path(f) for f in _walk(name, skipped)))
        else:
            found.append(name)
    return found


def _walk(folder: str, skipped: set[str]) -> Iterator[str]:
    for top, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not _hidden(d) and not _skipped(os.path.join(top, d), skipped)
                   and not os.path.isfile(os.path.join(top, d, "pyvenv.cfg"))]
        for name in files:
            path = os.path.join(top, name)
            if (not _hidden(name) and name.lower().endswith(TEXT_SUFFIXES)
                    and os.path.isfile(path) and not _skipped(path, skipped)):
                yield path


def _hidden(name: str) -> bool:
    """A dot-name: ``.git``, ``.venv``, an editor's or a Mac's ``._`` file."""
    return name.startswith(".")


def _skipped(path: str, skipped: set[str]) -> bool:
    return bool(skipped) and os.path.realpath(path) in skipped


def read_bytes(name: str, max_bytes: int) -> bytes:
    """The bytes of a file (or ``-``, standard input), refusing more than ``max_bytes``
    without reading them all."""
    if name == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise InputError(f"input is over the limit of {max_bytes:,} bytes "
                             "(raise it with --max-bytes)")
        return data
    with open(name, "rb") as fh:
        size = os.fstat(fh.fileno()).st_size
        if size > max_bytes:
            raise InputError(f"input is {size:,} bytes, over the limit of {max_bytes:,} "
                             "(raise it with --max-bytes)")
        return fh.read(max_bytes + 1)


def parse_one(name: str, options: Options) -> Result:
    """Parse one file; every failure is caught and kept as a Form4ParseError."""
    shown = "<stdin>" if name == "-" else name
    start = time.perf_counter()
    size = 0
    try:
        try:
            data = read_bytes(name, options.max_bytes)
        except OSError as exc:
            raise Form4ParseError(f"cannot read the file: {exc.strerror or exc}") from None
        size = len(data)
        # bytes, not text: parse tells a PDF or a scan from a text by its content
        form = parse(data, strict=options.strict, layout=options.layout,
                     max_bytes=options.max_bytes)
        return Result(shown, form, None, time.perf_counter() - start, size)
    except Form4ParseError as exc:
        return Result(shown, None, exc.located(shown), time.perf_counter() - start, size)
    except RecursionError:
        error = Form4ParseError("the text nests too deeply to read").located(shown)
        return Result(shown, None, error, time.perf_counter() - start, size)


def parse_limited(name: str, options: Options) -> Result:
    """``parse_one`` within the options' pieces limit."""
    with pieces_limit(options.max_pieces):
        return parse_one(name, options)


def _parse_in_worker(job: tuple[str, Options]) -> Result:
    return parse_limited(*job)


def parse_all(names: list[str], options: Options,
              workers: int = 1) -> Generator[Result, None, None]:
    """Results for ``names`` in their order, parsed by ``workers`` processes.

    Closing the iterator early (a closed pipe, an interrupt) cancels the files not
    yet started rather than waiting for them."""
    if workers <= 1 or len(names) < 2 or "-" in names:
        for name in names:
            yield parse_limited(name, options)
        return
    chunk = max(1, min(32, len(names) // (workers * 8)))
    from concurrent.futures import ProcessPoolExecutor  # only for many files: start-up
    pool = ProcessPoolExecutor(max_workers=workers)
    try:
        yield from pool.map(_parse_in_worker, ((n, options) for n in names), chunksize=chunk)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
