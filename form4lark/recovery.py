"""Partial records: when one section of a filing cannot be read, read the rest.

A layout's grammar fails on a damaged section (a Table II turned to garbage by
OCR, a mangled signature block). The failure's line tells which section it is
in; that section's lines are blanked (line numbers kept) and the text is read
again, up to once per section. The record then holds ``None`` for what the
section held and an error diagnostic saying what was left out and why. Damage
outside these sections (the header boxes) still fails the filing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lark.exceptions import UnexpectedInput

from .model import Diagnostic


@dataclass(frozen=True)
class Part:
    """A section of the form that a record can do without."""

    name: str
    title: str
    heading: re.Pattern
    #: record fields that become None when the section is left out
    fields: tuple[str, ...]


PARTS = (
    Part("table_i", "Table I",
         re.compile(r"table\s*[i1l|]\s*[-–—]\s*non|^\W*1\.\s*title of security\b", re.I),
         ("non_derivative_transactions", "non_derivative_holdings")),
    Part("table_ii", "Table II",
         re.compile(r"table\s*(ii|i1|1i|il|ll|11)\b|^\W*1\.\s*title of derivative security", re.I),
         ("derivative_transactions", "derivative_holdings")),
    Part("owners", "the Reporting Owners section",
         re.compile(r"^\W*reporting owners\W*$", re.I), ("reporting_owners",)),
    Part("explanation", "the Explanation of Responses",
         re.compile(r"explanation of responses", re.I), ("footnotes",)),
    Part("remarks", "the remarks and signatures",
         re.compile(r"^\W*remarks\W*:?", re.I), ("remarks", "signatures")),
    Part("signatures", "the signatures",
         re.compile(r"^\W*signatures\W*$", re.I), ("signatures",)),
)
# Lines after which no section of PARTS goes on: the form's closing notes.
_CLOSING = re.compile(r"reminder: report on a separate line|signature of reporting person|"
                      r"intentional misstatements", re.I)
#: At most this many sections are left out before the filing counts as unreadable.
MAX_PARTS_LEFT_OUT = 3


def part_spans(lines: list[str]) -> list[tuple[Part, int, int]]:
    """(part, first line, last line) of each section found, 0-based, in text order."""
    starts: list[tuple[int, Part | None]] = []
    for i, line in enumerate(lines):
        part = next((p for p in PARTS if p.heading.search(line)), None)
        if part is not None and not (starts and starts[-1][1] is part):
            starts.append((i, part))
        elif _CLOSING.search(line):
            starts.append((i, None))
    spans = []
    for k, (first, part) in enumerate(starts):
        if part is None:
            continue
        last = starts[k + 1][0] - 1 if k + 1 < len(starts) else len(lines) - 1
        if part.name in ("remarks", "signatures") and k + 1 < len(starts):
            last = starts[k + 1][0]  # the signature label line belongs to the signatures
        spans.append((part, first, last))
    return spans


def section_at(text: str, line: int) -> tuple[Part, int, int] | None:
    """The section holding 1-based ``line``, if it is one a record can do without."""
    for part, first, last in part_spans(text.split("\n")):
        if first <= line - 1 <= last:
            return part, first, last
    return None


def blank(text: str, first: int, last: int) -> str:
    """``text`` with lines first..last (0-based) emptied; line numbers are kept."""
    lines = text.split("\n")
    for i in range(first, min(last, len(lines) - 1) + 1):
        lines[i] = ""
    return "\n".join(lines)


def error_line(exc: Exception, text: str) -> int | None:
    """The 1-based line a Lark error points at (the last line for an early end)."""
    line = getattr(exc, "line", None)
    if isinstance(exc, UnexpectedInput) and (line is None or line < 1):
        return text.rstrip("\n").count("\n") + 1
    return line


def left_out(part: Part, first: int, exc: Exception) -> Diagnostic:
    reason = str(exc).strip().split("\n")[0][:160]
    return Diagnostic(first + 1, 1, ",".join(part.fields),
                      f"{part.title} could not be read and is left out ({reason})", "error")
