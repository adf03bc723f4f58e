"""Partial records: when a line of a filing cannot be read, read the rest.

A layout's grammar fails on a damaged line (a Table II row turned to garbage
by OCR, a mangled signature line). If the line lies in a section the record can
do without (the tables, Reporting Owners, the explanation, remarks and
signatures), it is blanked (line numbers kept) and the text read again, a few
lines at most. Each section that lost a line is left out of the record: its
fields are ``None`` (not empty: unknown), with an error diagnostic saying why,
since a section missing a line may be missing a row. Damage elsewhere (the
header boxes) still fails the filing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .model import Diagnostic


@dataclass(frozen=True)
class Part:
    """A section of the form that a record can do without."""

    name: str
    title: str
    heading: re.Pattern
    #: record fields that become None when the section is left out
    fields: tuple[str, ...]
    #: a line the heading matches holds one of these, in lower case (none holds an "i" or
    #: "s": ``re.I`` matches them in "ı", "İ" and "ſ", which lower case keeps apart)
    needles: tuple[str, ...]

    def heads(self, line: str, lowered: str) -> bool:
        """True where ``line`` (``lowered`` its lower case) is this part's heading."""
        return any(n in lowered for n in self.needles) and bool(self.heading.search(line))


PARTS = (
    Part("table_i", "Table I",
         re.compile(r"table\s*[i1l|]\s*[-–—]\s*non|^\W*1\.\s*title of security\b"
                    r"|non-derivative securities \(table i\)", re.I),
         ("non_derivative_transactions", "non_derivative_holdings"), ("table", "1.")),
    Part("table_ii", "Table II",
         re.compile(r"table\s*(ii|i1|1i|il|ll|11)\b|^\W*1\.\s*title of derivative security", re.I),
         ("derivative_transactions", "derivative_holdings"), ("table", "1.")),
    Part("owners", "the Reporting Owners section",
         re.compile(r"^\W*reporting owners\W*$", re.I), ("reporting_owners",), ("repo",)),
    Part("explanation", "the Explanation of Responses",
         # "## Footnotes": a site's own page of the form names the explanation so
         re.compile(r"explanation\s+of(\s+responses|\W*$)|^\W*footnotes\s*$", re.I),
         ("footnotes",), ("xplanat", "footnote")),
    Part("remarks", "the remarks and signatures",
         re.compile(r"^\W*remarks\W*:?", re.I), ("remarks", "signatures"), ("remark",)),
    Part("signatures", "the signatures",
         re.compile(r"^\W*signatures\W*$", re.I), ("signatures",), ("gnature",)),
)
# Lines after which no section of PARTS goes on: the form's closing notes.
_CLOSING = re.compile(r"reminder: report on a separate line|signature of reporting person|"
                      r"intentional misstatements", re.I)
_CLOSING_NEEDLES = ("report on a", "gnature of", "ntent")  # as ``Part.needles``
# The words every heading and closing note above holds: lines without one are skipped.
# (found in the text in lower case, each by ``str.find``: quicker than one pattern of them all)
KEYWORDS = ("table", "title of", "reporting owners", "remarks", "reminder", "explanation",
            "signature", "intentional", "footnotes")
_TABLES = ("table_i", "table_ii")
# The parts the form prints after its tables, whose headings are words a box may hold.
_AFTER_TABLES = ("explanation", "remarks", "signatures")
#: At most this many damaged lines are blanked before the filing counts as unreadable.
MAX_LINES_BLANKED = 8


def _keyword_lines(lines: list[str]) -> list[int]:
    """Indexes of the lines holding a heading's keyword, in order."""
    text = "\n".join(lines).lower()
    found: set[int] = set()
    for keyword in KEYWORDS:
        at = text.find(keyword)
        while at != -1:
            found.add(at)
            at = text.find(keyword, at + len(keyword))
    numbered: list[int] = []
    line = previous = 0
    for at in sorted(found):
        line += text.count("\n", previous, at)
        previous = at
        if not numbered or numbered[-1] != line:
            numbered.append(line)
    return numbered


def _out_of_order(part: Part, starts: list[tuple[int, Part | None]]) -> bool:
    """True for a heading out of the form's order, which prints its tables before the
    explanation, remarks and signatures: there it is a value's words ("See Remarks"
    in box 5, "... listed in Table II." in a footnote), not the heading."""
    names = [p.name for _, p in starts if p is not None]
    if part.name in _AFTER_TABLES:
        return not any(name in _TABLES for name in names)
    return part.name in _TABLES and any(name in _AFTER_TABLES for name in names)


def part_spans(lines: list[str]) -> list[tuple[Part, int, int]]:
    """(part, first line, last line) of each section found, 0-based, in text order."""
    starts: list[tuple[int, Part | None]] = []
    for i in _keyword_lines(lines):
        line = lines[i]
        lowered = line.lower()
        part = next((p for p in PARTS if p.heads(line, lowered)), None)
        if part is not None and _out_of_order(part, starts):
            part = None
        if part is not None and not (starts and starts[-1][1] is part):
            starts.append((i, part))
        elif any(n in lowered for n in _CLOSING_NEEDLES) and _CLOSING.search(line):
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


def culprit_line(text: str, line: int | None, blanked: set[int]) -> int | None:
    """The line to blank for an error at ``line`` (1-based): that line, or, once it
    is blank, the next line holding text (an error at a line's end is often the
    line break meeting a damaged line below)."""
    if not line:
        return None
    lines = text.split("\n")
    for candidate in range(line, len(lines) + 1):
        if candidate not in blanked and lines[candidate - 1].strip():
            return candidate
    return None


def left_out(part: Part, first: int, exc: Exception) -> Diagnostic:
    reason = str(exc).strip().split("\n")[0][:160]
    return Diagnostic(first + 1, 1, ",".join(part.fields),
                      f"{part.title} could not be read and is left out ({reason})", "error")
