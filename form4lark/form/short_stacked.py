"""A site's short header in a reading-order stream: labels apart from their values.

A reading-order text of a site's page of the form (``short_boxes.py``) may print a
label alone on its line and its value on the lines under it (mutool's or PyMuPDF's
text: "Reporting Person" over "Musk Elon"), a part's labels as a block and then its
values as one (pdftotext's and pdfminer's: "Issuer", "Ticker", "Issuer CIK" ... then
"Tesla, Inc.", "TSLA", "0001318605" ...), or a label beside its value's middle line
("C/O TESLA, INC." over "Address" over "13101 HAROLD GREEN ROAD"). Each block of
labels alone is paired with the block of value lines after it: one label takes them
all; several take one line each, but for an address, which takes the lines left over.
Where labels were paired by their order, every value must read as its label's kind
(a CIK's number, a date, the boxes' marks, an address ending in its city line): a
value out of place would be another box's, so no row is read then.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..page import Page
from ..patterns import DATE
from ..sections import Cell
from ..text import split_city_line
from .short_boxes import _CIK, ShortRow, _label_openings, _line_label, _parse

#: labels whose value is one line: the line after one of them, before an address's label,
#: is its value, the lines after that the address's first (its label beside its middle)
_ONE_LINE = frozenset({"CIK", "ISSUER_CIK", "TICKER", "EARLIEST"})
_DATE = re.compile(DATE)
_TICKER = re.compile(r"[A-Z][A-Z0-9.\-]{0,9}")
_MARKS = frozenset("\u2610\u2612\u2611")


@dataclass(slots=True)
class _Block:
    """Labels alone, one after the other, and the value lines after them (text, line,
    column)."""

    labels: list[str] = field(default_factory=list)
    values: list[tuple[str, int, int]] = field(default_factory=list)


def _entries(page: Page, rows: int) -> list[ShortRow | _Block]:
    """The header's lines as rows of a label and its value on one line, and blocks of
    labels alone with the value lines after them, in the text's order. A row of an owner's
    name closes the block before it (its labels are the owner's above); value lines before
    the first label (the page's title) are no one's."""
    openings = _label_openings()
    entries: list[ShortRow | _Block] = []
    block: _Block | None = None
    for line in page.lines[:rows]:
        words = line.text.split()
        pieces = [p for p in line.pieces if p.text.strip()]
        if not words or line.cells:
            continue
        known = openings is None or words[0].lower() in openings
        alone = _parse(" ".join(words), "label") if known else None
        if alone is not None:
            if block is None or block.values:
                block = _Block()
                entries.append(block)
            block.labels.append(str(alone))
            continue
        opened = _line_label(words) if known else None
        if opened is not None:
            label, count = opened
            entries.append(ShortRow(label, Cell(" ".join(words[count:]), pieces[0].line,
                                                pieces[0].column)))
            block = None if label == "OWNER_NAME" else block
        elif block is not None:
            block.values.append((" ".join(words), pieces[0].line, pieces[0].column))
    return entries


def _own_labels(labels: list[str]) -> list[str]:
    """A block's labels less its headings: an owner's part, and a part named as its first
    box ("Issuer" over "Issuer")."""
    return [label for n, label in enumerate(labels) if label != "OWNER_HEADING"
            and not (n + 1 < len(labels) and labels[n + 1] == label)]


def _cell(label: str, lines: list[tuple[str, int, int]]) -> ShortRow:
    texts = [text for text, _, _ in lines]
    joined = "\n".join(texts) if label == "ADDRESS" else " ".join(texts)
    return ShortRow(label, Cell(joined, lines[0][1], lines[0][2]))


def _paired(labels: list[str], values: list[tuple[str, int, int]]) -> list[ShortRow] | None:
    """Several labels' rows from the value lines after them, by their order: one line
    each, an address the lines left over; None where the lines do not go so."""
    extra = len(values) - len(labels)
    if extra < 0 or extra and labels.count("ADDRESS") != 1:
        return None
    found, at = [], 0
    for label in labels:
        count = 1 + (extra if label == "ADDRESS" else 0)
        found.append(_cell(label, values[at:at + count]))
        at += count
    return found


def stacked_rows(page: Page, rows: int) -> list[ShortRow]:
    """The header's rows of a stream that prints its labels apart from their values (the
    module's docstring); none where a label is left with no value, value lines with no
    label, or a value paired by order does not read as its label's kind."""
    entries = _entries(page, rows)
    blocks = [e for e in entries if isinstance(e, _Block)]
    found: list[ShortRow] = []
    ordered = False  # a value placed by its order among others, not under its label alone
    for entry in entries:
        if isinstance(entry, ShortRow):
            found.append(entry)
            continue
        labels, values = _own_labels(entry.labels), entry.values
        later = blocks[blocks.index(entry) + 1:]
        if not labels:
            if values:
                return []
            continue
        if not values:
            return []
        if (len(labels) == 1 and labels[0] in _ONE_LINE and len(values) > 1 and later
                and _own_labels(later[0].labels)[:1] == ["ADDRESS"]):
            later[0].values[:0] = values[1:]  # the address's first lines, above its label
            values, ordered = values[:1], True
        if len(labels) == 1:
            found.append(_cell(labels[0], values))
            continue
        paired = _paired(labels, values)
        if paired is None:
            return []
        found.extend(paired)
        ordered = True
    return found if not ordered or all(map(_of_its_kind, found)) else []


def _of_its_kind(row: ShortRow) -> bool:
    """Whether a row's value reads as its label's kind: a CIK's number, a date, a ticker,
    the boxes' marks, an address ending in its city line; a name holds no box's mark and
    is no number or date."""
    text = row.value.text.strip()
    if row.label in ("CIK", "ISSUER_CIK"):
        return _CIK.fullmatch(text) is not None
    if row.label == "EARLIEST":
        return _DATE.fullmatch(text) is not None
    if row.label == "TICKER":
        return _TICKER.fullmatch(text) is not None
    if row.label in ("FILING", "RELATIONSHIP"):
        return isinstance(_parse(text, "filers" if row.label == "FILING" else "roles"), list)
    if row.label in ("NOT_SUBJECT", "AFF10B5"):
        return _parse(text, "mark") is not None
    if row.label == "ADDRESS":
        lines = text.split("\n")
        return len(lines) > 1 and None not in split_city_line(lines[-1])
    return not (_MARKS & set(text)) and not _DATE.search(text) and not text.isdigit()
