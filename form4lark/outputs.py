"""The output formats of the command line, one writer each.

``rich`` (the pretty view), ``json`` (the contract record; an array for several
inputs), ``jsonl`` (one record per line), ``csv`` (one row per transaction and
holding) and ``xml`` (EDGAR's ownershipDocument; a folder of files for several
inputs, each named after its input's path). With several inputs, each record
carries a ``source`` field.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO, Any, Iterable

from .jsonout import dumps
from .model import Form4
from .rows import COLUMNS, csv_value

FORMATS = ("rich", "json", "jsonl", "csv", "xml")


class Writer:
    """Receives the parsed records in input order; ``close`` finishes the output."""

    def __init__(self, stream: IO[str], many: bool):
        self.stream = stream
        self.many = many

    def write(self, source: str, form: Form4) -> None:
        raise NotImplementedError

    def close(self) -> None:
        self.stream.flush()


class RichWriter(Writer):
    def __init__(self, stream: IO[str], many: bool, console: Any = None):
        super().__init__(stream, many)
        if console is None:
            from rich.console import Console
            console = Console(file=stream, highlight=False)
        self.console = console

    def write(self, source: str, form: Form4) -> None:
        from .render import render
        self.console.print(render(form, source))


class JsonWriter(Writer):
    """One record as an object; several as one array, written as they come."""

    def __init__(self, stream: IO[str], many: bool):
        super().__init__(stream, many)
        self.count = 0

    def write(self, source: str, form: Form4) -> None:
        record = form.to_dict()
        if not self.many:
            self.stream.write(dumps(record) + "\n")
            return
        record["source"] = source
        self.stream.write(("[\n" if self.count == 0 else ",\n") + dumps(record))
        self.count += 1

    def close(self) -> None:
        if self.many:
            self.stream.write("\n]\n" if self.count else "[]\n")
        super().close()


class JsonlWriter(Writer):
    def write(self, source: str, form: Form4) -> None:
        record = form.to_dict()
        record["source"] = source
        self.stream.write(dumps(record, indent=None) + "\n")


class CsvWriter(Writer):
    def __init__(self, stream: IO[str], many: bool):
        super().__init__(stream, many)
        import csv  # here, not at the top: only this format needs it
        self.csv = csv.writer(stream, lineterminator="\n")
        self.csv.writerow(("source",) + COLUMNS)

    def write(self, source: str, form: Form4) -> None:
        for row in form.to_rows():
            self.csv.writerow([source] + [csv_value(row[c]) for c in COLUMNS])


class XmlWriter(Writer):
    """One document to the stream, or one ``.xml`` file per input in a folder: the
    input's path below the folder all inputs share, with ``.xml`` for its ending
    (``in/a/x.txt`` and ``in/b/x.txt`` -> ``OUT/a/x.xml`` and ``OUT/b/x.xml``)."""

    def __init__(self, stream: IO[str], many: bool, folder: str | None = None,
                 sources: Iterable[str] = ()):
        super().__init__(stream, many)
        self.folder = Path(folder) if folder else None
        self.root = shared_folder(sources)
        self.used: set[Path] = set()

    def write(self, source: str, form: Form4) -> None:
        if self.folder is None:
            self.stream.write(form.to_xml())
            return
        path = self.folder / self.name_for(source)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(form.to_xml(), encoding="utf-8")

    def name_for(self, source: str) -> Path:
        """A file name no other input of this run has, made from the input's path."""
        if source in ("-", "<stdin>"):
            relative = Path("stdin")
        else:
            relative = Path(os.path.relpath(os.path.abspath(source), self.root))
        # x.txt and x.md side by side: the second keeps its ending (x.md.xml)
        for name in (relative.with_suffix(".xml"), relative.parent / f"{relative.name}.xml"):
            if name not in self.used:
                self.used.add(name)
                return name
        n = 2
        while (name := relative.parent / f"{relative.stem}-{n}.xml") in self.used:  # named twice
            n += 1
        self.used.add(name)
        return name


def shared_folder(sources: Iterable[str]) -> str:
    """The deepest folder holding every named file (the current folder if none)."""
    folders = [os.path.dirname(os.path.abspath(s)) for s in sources if s not in ("-", "<stdin>")]
    try:
        return os.path.commonpath(folders) if folders else os.getcwd()
    except ValueError:  # files on different drives
        return os.getcwd()


def make_writer(fmt: str, stream: IO[str], many: bool, output: str | None,
                console: Any = None, sources: Iterable[str] = ()) -> Writer:
    """The writer of ``fmt``; for ``xml`` with ``many``, ``output`` is the folder to fill
    and ``sources`` the inputs, whose paths name the files."""
    if fmt == "rich":
        return RichWriter(stream, many, console)
    if fmt == "json":
        return JsonWriter(stream, many)
    if fmt == "jsonl":
        return JsonlWriter(stream, many)
    if fmt == "csv":
        return CsvWriter(stream, many)
    if fmt == "xml":
        if many:
            if not output:
                raise ValueError("--format xml with several inputs needs -o FOLDER")
            if os.path.exists(output) and not os.path.isdir(output):
                raise ValueError(f"-o {output}: XML of several inputs goes to a folder, "
                                 "and this is a file")
            os.makedirs(output, exist_ok=True)
            return XmlWriter(stream, many, output, sources)
        return XmlWriter(stream, many)
    raise ValueError(f"unknown format {fmt!r}")
