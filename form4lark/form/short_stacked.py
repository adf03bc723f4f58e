"""A site's short header in a reading-order stream: labels apart from their values.

A reading-order text of a site's page of the form (``short_boxes.py``) may print a
label alone on its line and its value on the lines under it (mutool's or PyMuPDF's
text: "Reporting Person" over "Musk Elon"), a part's labels as a block and then its
values as one (pdftotext's and pdfminer's: "Issuer", "Ticker", "Issuer CIK" ... then
"Tesla, Inc.", "TSLA", "0001318605" ...), or a label beside its value's middle line
("C/O TESLA, INC." over "Address" over "13101 HAROLD GREEN ROAD"). Each block of
labels alone is paired with the block of value lines after it: one label takes them
all; several take one line each, but for an address, which takes the lines left over.
Every value, whether under its label alone or paired by order, must read as its label's kind
(a CIK's number, a date, the boxes' marks, an address ending in its city line): a
value out of place would be another box's, so no row is read then. A part of the
header (the owners' or the issuer's) whose lines do not go to its labels (a number
above its label, labels after their values) reads none of its blocks; the other part
reads on. An owner whose lines after its name's row do not go to its labels in order
(pdfminer's owner boxes) is first read by its values' kinds where these tell every
line's label (``_owners_by_kind``); only where they do not is its part left unread.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..page import Line, Page
from ..patterns import DATE_RE
from ..sections import Cell
from ..shapes.owner_cut import in_capitals
from ..shapes.scan_fixes import _ROMAN_NUMERAL
from ..text import ENTITY_END, split_city_line
from .checkboxes import TOP_BOXES
from .short_boxes import CIK_DIGITS, ShortRow, label_openings, line_label, parse_whole

#: labels whose value is one line: the line after one of them, before an address's label,
#: is its value, the lines after that the address's first (its label beside its middle)
_ONE_LINE = frozenset({"CIK", "ISSUER_CIK", "TICKER", "EARLIEST"})
#: the labels of an owner's part of the header (the others are the issuer's)
_OWNER_LABELS = frozenset({"OWNER_HEADING", "OWNER_NAME", "CIK", "ADDRESS", "RELATIONSHIP"})
_TICKER = re.compile(r"[A-Z][A-Z0-9.\-]{0,9}")
#: a box's mark, one glyph (the grammar's ``MARK``)
_MARKS = frozenset("\u2610\u2612\u2611")
#: a tail EDGAR's conformed names go on with after their legal ending: a state of
#: incorporation ("INC /DE/", "CORP/DE", "INC DEL") or "NEW" ("ONEOK INC /NEW/")
_STATE_TAIL = re.compile(r"/[A-Z]{2,3}/?|[A-Z]{2,3}/|DEL|NEW")
#: why an issuer's name and ticker paired by order are left unread (``_name_run_on``)
_RUN_ON = {"ISSUER": "the issuer's name may go on in the ticker's line (its box wrapped over "
                     "an empty ticker): it is left unknown",
           "TICKER": "the ticker's line may be the issuer's name's last: it is left unknown"}


@dataclass(slots=True, eq=False)
class _Block:
    """Labels alone, one after the other, and the value lines after them (text, line,
    column). Equal only to itself: a block is found in a list by identity, never by an
    equal block elsewhere."""

    labels: list[str] = field(default_factory=list)
    values: list[tuple[str, int, int]] = field(default_factory=list)


def _entries(page: Page, rows: int) -> list[ShortRow | _Block]:
    """The header's lines as rows of a label and its value on one line, and blocks of
    labels alone (of one part: the owners' or the issuer's) with the value lines after
    them, in the text's order. A row of an owner's
    name closes the block before it (its labels are the owner's above); value lines before
    the first label (the page's title) are no one's, those after a row of one line a block
    of no label. A box's mark alone on the line above its label alone is that label's row
    (``_mark_above``)."""
    openings = label_openings()
    entries: list[ShortRow | _Block] = []
    block: _Block | None = None
    lines = [line for line in page.lines[:rows] if line.text.split() and not line.cells]
    taken = False  # the line is a label whose mark stood alone on the line above
    for at, line in enumerate(lines):
        if taken:
            taken = False
            continue
        words = line.text.split()
        pieces = [p for p in line.pieces if p.text.strip()]
        known = openings is None or words[0].lower() in openings
        alone = parse_whole(" ".join(words), "label") if known else None
        boxed = None if alone is not None else _mark_above(lines, at)
        if boxed is not None:
            entries.append(ShortRow(boxed, Cell(line.text.strip(), pieces[0].line,
                                                pieces[0].column)))
            taken = True
            continue
        if alone is not None:
            if block is None or block.values or _parts(block.labels) != _parts([str(alone)]):
                block = _Block()
                entries.append(block)
            block.labels.append(str(alone))
            continue
        opened = line_label(words) if known else None
        if opened is not None:
            label, count = opened
            entries.append(ShortRow(label, Cell(" ".join(words[count:]), pieces[0].line,
                                                pieces[0].column)))
            block = None if label == "OWNER_NAME" else block
        elif entries:  # value lines after a row of one line make a block of no label
            if block is None:
                block = _Block()
                entries.append(block)
            block.values.append((" ".join(words), pieces[0].line, pieces[0].column))
    return entries


def _mark_above(lines: list[Line], at: int) -> str | None:
    """The label of a box whose mark stands alone on line ``at``, above that label alone
    (pdfminer's text boxes: "No Longer Subject to Section 16 ☐", then "☒" over "Rule
    10b5-1", the box printed beside its label but read out first); None where the line
    is no lone mark, the next line no label of a box that takes one, or the mark may be
    the box's before, printed under its label: the line before is a label alone ("No
    Longer Subject to Section 16" / "☐" / "Rule 10b5-1" / "☒"), or the line after the
    next label is a lone mark, that label's own (the label before wrapped: "No Longer
    Subject to" / "Section 16" / "☐" / "Rule 10b5-1" / "☒")."""
    if at + 1 >= len(lines) or lines[at].text.strip() not in _MARKS:
        return None
    if at > 0 and parse_whole(" ".join(lines[at - 1].text.split()), "label") is not None:
        return None
    if at + 2 < len(lines) and lines[at + 2].text.strip() in _MARKS:
        return None
    label = parse_whole(" ".join(lines[at + 1].text.split()), "label")
    return str(label) if label in TOP_BOXES else None


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


def _parts(labels: list[str]) -> set[str]:
    """The parts of the header ``labels`` stand in: the owners' or the issuer's."""
    return {"owner" if label in _OWNER_LABELS else "issuer" for label in labels}


def _block_rows(labels: list[str], values: list[tuple[str, int, int]], later: list[_Block]
                ) -> list[ShortRow] | None:
    """A block's rows (None where its lines do not go to its labels). A one-line label's
    lines after its first, where an address's label comes next, are the address's first
    (its label beside its middle line) where each is printed as an address's line
    (``_address_shaped``) and they are no more than the address's lines below its
    label; otherwise they stay the label's, whose value then does not read as its kind.
    An issuer's name that may go on in the ticker's line (``_name_run_on``) leaves the
    name's and the ticker's rows unread (``ShortRow.unread``), the block's others read."""
    if not labels or not values:
        return None if values or labels else []
    if (len(labels) == 1 and labels[0] in _ONE_LINE and len(values) > 1 and later
            and _own_labels(later[0].labels)[:1] == ["ADDRESS"]
            and len(values) - 1 <= len(later[0].values)
            and all(_address_shaped(text) for text, _, _ in values[1:])):
        later[0].values[:0] = values[1:]
        values = values[:1]
    if len(labels) == 1:
        return [_cell(labels[0], values)]
    paired = _paired(labels, values)
    if paired is None or not _name_run_on(paired):
        return paired
    for row in paired:
        if row.label in _RUN_ON:
            row.unread = _RUN_ON[row.label]
    return paired


def _name_run_on(paired: list[ShortRow]) -> bool:
    """Whether an issuer's name paired by order, the ticker's line after it, may go on in
    that line, its box having wrapped it over an empty ticker whose place its tail then
    took. It may where the name does not end as a company's name ends (a legal ending,
    "Apple Inc.", "XOOM Corp": "ACME" over "WIDGETS"), and where it does but the line is
    a tail names go on with after their ending: a series' Roman numeral ("Churchill
    Capital Corp" over "IV", "Gores Holdings" over "IX") or a state of incorporation
    ("Berkshire Hathaway Inc" over "DEL", ``_STATE_TAIL``). A ticker spelt so ("V") is
    then not read: which the line is, the page does not tell."""
    for row, after in zip(paired, paired[1:]):
        if row.label == "ISSUER" and after.label == "TICKER":
            words, tail = row.value.text.split(), after.value.text.strip()
            return (not words or ENTITY_END.fullmatch(words[-1]) is None
                    or (tail != "" and _ROMAN_NUMERAL.fullmatch(tail) is not None)
                    or _STATE_TAIL.fullmatch(tail) is not None)
    return False


def _address_shaped(text: str) -> bool:
    """Whether a line is printed as the page prints an address's first lines: two words
    or more, in capitals ("ONE APPLE PARK WAY", "C/O TESLA, INC.", a company's name
    "JETBLUE AIRWAYS"), not a stray label ("Phone"). A street line in capitals
    (``street_lines.street_shaped``) is one; so is a company's name, which opens with
    no house number."""
    words = text.split()
    return len(words) > 1 and all(in_capitals(word) is not False for word in words)


def stacked_rows(page: Page, rows: int) -> list[ShortRow]:
    """The header's rows of a stream that prints its labels apart from their values (the
    module's docstring). An owner's lines out of its labels' order are first read by
    their kinds (``_owners_by_kind``); where a part's lines still do not go to its labels
    (a label left with no value, value lines with no label, more lines than labels), that
    part (the owners' or the issuer's) reads no row of its blocks, and every row left
    must read as its label's kind (a label over its value as much as one paired by
    order: lines of another box may follow a value under its label); where one does not,
    none is read."""
    entries = _owners_by_kind(_entries(page, rows))
    blocks = [e for e in entries if isinstance(e, _Block)]
    placed: list[tuple[set[str], list[ShortRow]]] = []
    broken: set[str] = set()
    part = {"owner"}  # the part of the last label seen
    for n, entry in enumerate(entries):
        if isinstance(entry, ShortRow):
            part = _parts([entry.label])
            if not _wrapped_on(entries[n + 1:n + 2]):
                placed.append((set(), [entry]))  # a label and its value on one line: its own
            continue
        labels = _own_labels(entry.labels)
        part = _parts(entry.labels) or part
        found = _block_rows(labels, entry.values, blocks[blocks.index(entry) + 1:])
        if found is None:
            broken |= part
        else:
            placed.append((part, found))
    kept = [row for parts, found in placed if not parts & broken for row in found]
    return kept if all(map(_of_its_kind, kept)) else []


#: an owner's labels that follow its name's row, each once, whose values are of kinds apart
_OWNER_KINDS = ["ADDRESS", "CIK", "RELATIONSHIP"]


def _owners_by_kind(entries: list[ShortRow | _Block]) -> list[ShortRow | _Block]:
    """``entries`` with each owner whose lines after its name's row do not go to its labels
    in order (pdfminer's owner boxes: "0001539865" over "CIK", the address's lines and
    the boxes' marks, then "Relationship" and "Address") read by its values' kinds where
    these tell every line's label: one CIK's number, one line of the boxes' marks, and
    the lines left one run ending in a city line, the address. The line after the name's
    row must be no address's (it may be the name's tail), else the owner is left as it
    was (its part then reads none of its blocks). The owner's lines end at the next
    owner's heading ("Reporting Owner 2 of 2"), which may share a block with its labels."""
    out: list[ShortRow | _Block] = []
    n = 0
    while n < len(entries):
        entry = entries[n]
        out.append(entry)
        n += 1
        if not (isinstance(entry, ShortRow) and entry.label == "OWNER_NAME"):
            continue
        segment: list[_Block] = []
        heading: _Block | None = None  # the next owner's heading, ending this owner's labels
        end = n
        while end < len(entries) and isinstance(block := entries[end], _Block) and _parts(
                block.labels or ["CIK"]) == {"owner"}:
            end += 1
            if "OWNER_HEADING" in block.labels:
                at = block.labels.index("OWNER_HEADING")
                if not block.values:
                    segment.append(_Block(block.labels[:at]))
                    heading = _Block(block.labels[at:])
                else:
                    end -= 1
                break
            segment.append(block)
        rows = _by_kind(segment) if any(not b.labels or not b.values for b in segment) else None
        if rows is not None:
            out += rows + ([heading] if heading is not None else [])
            n = end
    return out


def _by_kind(blocks: list[_Block]) -> list[ShortRow] | None:
    """An owner's CIK, address and relationship rows from its blocks' lines by their
    kinds (``_owners_by_kind``); None where the kinds do not tell each line's label."""
    labels = sorted(label for b in blocks for label in b.labels)
    lines = [line for b in blocks for line in b.values]
    if labels != _OWNER_KINDS or not lines:
        return None
    ciks = [k for k, (text, _, _) in enumerate(lines) if CIK_DIGITS.fullmatch(text.strip())]
    roles = [k for k, (text, _, _) in enumerate(lines)
             if isinstance(parse_whole(text, "roles"), list)]
    rest = [k for k in range(len(lines)) if k not in ciks + roles]
    if len(ciks) != 1 or len(roles) != 1 or not rest or 0 in rest \
            or rest != list(range(rest[0], rest[-1] + 1)):
        return None
    address = _cell("ADDRESS", [lines[k] for k in rest])
    if not _of_its_kind(address):  # the CIK's and the marks' lines were told by their kinds
        return None
    return [_cell("CIK", [lines[ciks[0]]]), address, _cell("RELATIONSHIP", [lines[roles[0]]])]


def _wrapped_on(after: list[ShortRow | _Block]) -> bool:
    """Whether a row of one line may go on in the value lines of no label right after it
    ("Reporting Person LEVINSON" over "ARTHUR D"): its value would be cut short. A CIK's
    number there is its own box's, printed above its label."""
    if not after or not isinstance(after[0], _Block) or after[0].labels or not after[0].values:
        return False
    return CIK_DIGITS.fullmatch(after[0].values[0][0]) is None


def _of_its_kind(row: ShortRow) -> bool:
    """Whether a row's value reads as its label's kind: a CIK's number, a date, a ticker
    (no company's legal ending: "CORP" under a ticker's label is an issuer's name wrapped
    over an empty ticker), the boxes' marks, an address ending in its city line; a name
    holds no box's mark and is no number or date. (A name wrapped over an empty ticker
    whose last line is a short word in capitals but no legal ending, "ACME" over
    "WIDGETS", is left unread where it is paired by order: ``_name_run_on``; such a row
    left unread is still checked, as a line out of its place tells the order is wrong,
    but a ticker's line that is a state of incorporation, "/DE/", is a name's tail.)"""
    text = row.value.text.strip()
    if row.label in ("CIK", "ISSUER_CIK"):
        return CIK_DIGITS.fullmatch(text) is not None
    if row.label == "EARLIEST":
        return DATE_RE.fullmatch(text) is not None
    if row.label == "TICKER":  # a company's legal ending is a wrapped name's last line
        return (_TICKER.fullmatch(text) is not None and ENTITY_END.fullmatch(text) is None
                or row.unread is not None and _STATE_TAIL.fullmatch(text) is not None)
    if row.label in ("FILING", "RELATIONSHIP"):
        return isinstance(parse_whole(text, "filers" if row.label == "FILING" else "roles"), list)
    if row.label in TOP_BOXES:
        return text in _MARKS
    if row.label == "ADDRESS":
        lines = text.split("\n")
        return len(lines) > 1 and None not in split_city_line(lines[-1])
    return not (_MARKS & set(text)) and not DATE_RE.search(text) and not text.isdigit()
