"""Many files: finding them in folders, parsing them in worker processes, in order.

Each file is parsed on its own and comes back as a ``Result`` (the record or
the error, with the time it took), so one bad file never stops the others.
Results arrive in the order of the inputs whatever the number of workers.
"""

from __future__ import annotations

import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from .api import parse
from .errors import Form4ParseError, InputError
from .model import Form4
from .source import decode

#: File endings read when walking a folder.
TEXT_SUFFIXES = (".txt", ".md", ".xml", ".html", ".htm")


@dataclass(frozen=True)
class Options:
    strict: bool = False
    layout: str | None = None
    max_bytes: int = 5 * 1024 * 1024


@dataclass
class Result:
    source: str
    form: Form4 | None
    error: Form4ParseError | None
    seconds: float
    size: int = 0


def expand(inputs: Iterable[str]) -> list[str]:
    """Files named, and the files of ``TEXT_SUFFIXES`` under folders named, in a stable order."""
    found: list[str] = []
    for name in inputs:
        if name != "-" and os.path.isdir(name):
            found.extend(str(p) for p in sorted(Path(name).rglob("*"))
                         if p.suffix.lower() in TEXT_SUFFIXES and p.is_file())
        else:
            found.append(name)
    return found


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
        text = decode(data, max_bytes=options.max_bytes)
        form = parse(text, strict=options.strict, layout=options.layout,
                     max_bytes=options.max_bytes)
        return Result(shown, form, None, time.perf_counter() - start, size)
    except Form4ParseError as exc:
        return Result(shown, None, exc.located(shown), time.perf_counter() - start, size)
    except RecursionError:
        error = Form4ParseError("the text nests too deeply to read").located(shown)
        return Result(shown, None, error, time.perf_counter() - start, size)


def _parse_in_worker(job: tuple[str, Options]) -> Result:
    return parse_one(*job)


def parse_all(names: list[str], options: Options, workers: int = 1) -> Iterator[Result]:
    """Results for ``names`` in their order, parsed by ``workers`` processes."""
    if workers <= 1 or len(names) < 2 or "-" in names:
        for name in names:
            yield parse_one(name, options)
        return
    chunk = max(1, min(32, len(names) // (workers * 8)))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(_parse_in_worker, ((n, options) for n in names), chunksize=chunk)
