"""The output formats of the command line, one writer each.

``rich`` (the pretty view), ``json`` (the contract record; an array for several
inputs), ``jsonl`` (one record per line), ``csv`` (one row per transaction and
holding) and ``xml`` (EDGAR's ownershipDocument; a folder of files for several
inputs). With several inputs, each record carries a ``source`` field.
"""

from __future__ import annotations

import csv
import os
from pathlib import Path
from typing import IO, Any

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
        self.csv = csv.writer(stream, lineterminator="\n")
        self.csv.writerow(("source",) + COLUMNS)

    def write(self, source: str, form: Form4) -> None:
        for row in form.to_rows():
            self.csv.writerow([source] + [csv_value(row[c]) for c in COLUMNS])


class XmlWriter(Writer):
    """One document to the stream, or, for several inputs, one ``.xml`` file each in a folder."""

    def __init__(self, stream: IO[str], many: bool, folder: str | None = None):
        super().__init__(stream, many)
        self.folder = Path(folder) if folder else None
        self.used: set[str] = set()

    def write(self, source: str, form: Form4) -> None:
        if self.folder is None:
            self.stream.write(form.to_xml())
            return
        stem = Path(source).stem or "stdin"
        name, n = stem, 1
        while name in self.used:  # two inputs with the same name in different folders
            n += 1
            name = f"{stem}-{n}"
        self.used.add(name)
        (self.folder / f"{name}.xml").write_text(form.to_xml(), encoding="utf-8")


def make_writer(fmt: str, stream: IO[str], many: bool, output: str | None,
                console: Any = None) -> Writer:
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
            os.makedirs(output, exist_ok=True)
            return XmlWriter(stream, many, output)
        return XmlWriter(stream, many)
    raise ValueError(f"unknown format {fmt!r}")
