"""The header boxes of an OCR'd Form 4: which value belongs to which label.

Tesseract reads the boxes of the form's header as blocks in an order that
varies from page to page, and sometimes runs two or three boxes into one line.
The grammar (``grammars/ocr_text.lark``) names every label, checkbox, date and
ticker on a line; what stands between them is a *segment* of words. These
functions give segments to boxes by where the labels stand, as a reader of the
printed form does: the name is above "(Last) (First) (Middle)" (or just under
"1. Name and Address"), the street above "(Street)", the city above
"(City) (State) (Zip)", the dates after the labels of boxes 3 and 4.

A checkbox is read on its own: tesseract prints an empty box as a glyph ("C1",
"(J", "[]", "LD"), and a box with an "X" in it mostly as nothing at all. A box
label with nothing before it is therefore checked, one with a glyph is not,
and one with any other word before it is unknown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from lark import Token

from ..sections import Cell, OwnerBlock
from ..text import split_city_line

#: The label terminals of box 1 to box 6 (see the grammar).
LABELS = {"BOX1_LABEL", "NAME_LABEL", "STREET_LABEL", "CITY_LABEL", "BOX2_LABEL", "BOX3_LABEL",
          "BOX4_LABEL", "BOX5_LABEL", "BOX6_LABEL", "TITLE_BELOW"}

#: Box labels -> the record's names for them.
_BOXES = {"Director": "director", "10% Owner": "ten_percent_owner", "Officer": "officer",
          "Other": "other", "Form filed by One": "one", "Form filed by More": "more",
          "Check this box": "not_subject"}

# Words that are OCR's noise, not text: punctuation alone ("." "—" "|"), a letter repeated ("eee")
_JUNK = re.compile(r"[^A-Za-z0-9&#@$%]+|([a-z])\1{2,}")
_SCRAP = re.compile(r"[a-z]{1,2}")


@dataclass(slots=True)
class Box:
    """A checkbox and its state as read: True (marked), False (empty), None (unreadable)."""

    name: str
    state: bool | None
    token: Token


@dataclass(slots=True)
class Segment:
    """Words that stand together on a line, between labels, boxes and values."""

    cell: Cell
    line: int  # index of the line in its block
    first: bool  # the segment opens its line
    last: bool  # nothing but noise follows it on its line
    before: str | None  # the kind of item right before it (a terminal name, "BOX"), None at the start
    after: str | None  # the kind of item right after it


@dataclass(slots=True)
class HeaderLine:
    """One line of the header: its items in order (tokens and boxes)."""

    items: list[Token | Box]


def read_box(mark: Token | None, label: Token) -> Box:
    """A box from its mark (an empty-box glyph, an "X", or nothing) and its label."""
    name = next(v for k, v in _BOXES.items() if label.startswith(k))
    state = None if mark is None else mark.type == "CHECK_MARK"
    return Box(name, state, label)


def settle_boxes(line: HeaderLine) -> None:
    """States of the boxes with no mark of their own: checked when nothing stands before
    the label (tesseract drops a box with an "X" in it), unknown when a word or a speck
    does (an unreadable glyph, or another column's text); once one box of a line is unknown,
    so are the others without a mark, since the line is not read cleanly. A lone
    "Director" after words ("Pres, Prod Architect & Director") is those words' end."""
    boxes = [item for item in line.items if isinstance(item, Box)]
    unsure = False
    by_absence: list[Box] = []
    for i, item in enumerate(line.items):
        if not isinstance(item, Box) or item.state is not None:
            continue
        before = line.items[i - 1] if i else None
        if isinstance(before, Token) and before.type == "WORD":
            if len(boxes) == 1 and item.name == "director":
                line.items[i] = Token("WORD", str(item.token), item.token.start_pos,
                                      item.token.line, item.token.column)
                continue
            unsure = True
        elif item.name != "not_subject":  # a lone box at the line's start: no glyph proves little
            item.state = True
            by_absence.append(item)
    if unsure:
        for item in by_absence:
            item.state = None


def segments(lines: Sequence[HeaderLine]) -> list[Segment]:
    """Every run of words on every line, with what stands around it."""
    out: list[Segment] = []
    for index, line in enumerate(lines):
        run: list[Token] = []
        before: str | None = None
        for item in [*line.items, None]:
            if isinstance(item, Token) and item.type == "WORD":
                if not _JUNK.fullmatch(item):
                    run.append(item)
                continue
            kind = None if item is None else ("BOX" if isinstance(item, Box) else item.type)
            if run and all(_SCRAP.fullmatch(t) for t in run):
                run = []  # "oe eo": specks read as letters
            if run:
                text = " ".join(str(t) for t in run)
                out.append(Segment(Cell.at(text, run[0]), index,
                                   first=before is None, last=kind is None,
                                   before=before, after=kind))
                run = []
            before = kind
    return out


@dataclass(slots=True)
class Block:
    """The lines of one owner's boxes (or of the whole header) and what is claimed."""

    lines: Sequence[HeaderLine]
    segs: list[Segment] = field(default_factory=list)
    claimed: set[int] = field(default_factory=set)
    by_line: dict[int, list[int]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.segs = segments(self.lines)
        for n, seg in enumerate(self.segs):
            self.by_line.setdefault(seg.line, []).append(n)

    def find(self, kinds: set[str], start: int = 0) -> int | None:
        """Index of the first line at or after ``start`` holding a token of ``kinds``."""
        for index in range(start, len(self.lines)):
            if any(isinstance(i, Token) and i.type in kinds for i in self.lines[index].items):
                return index
        return None

    def line_segments(self, index: int) -> list[int]:
        return self.by_line.get(index, [])

    def claim(self, n: int | None) -> Cell | None:
        if n is None or n in self.claimed:
            return None
        self.claimed.add(n)
        return self.segs[n].cell

    def opening(self, index: int) -> int | None:
        """The segment that opens line ``index`` (column 1 of the page), if any."""
        found = [n for n in self.line_segments(index) if self.segs[n].first]
        return found[0] if found else None

    def alone(self, index: int) -> int | None:
        """The segment that is all of line ``index`` (a line of one box's text)."""
        found = [n for n in self.line_segments(index)
                 if self.segs[n].first and self.segs[n].last]
        return found[0] if found else None

    def boxes(self) -> Iterable[tuple[int, Box]]:
        for index, line in enumerate(self.lines):
            for item in line.items:
                if isinstance(item, Box):
                    yield index, item


# ---------------------------------------------------------------- the owner's boxes
def read_owner(block: Block) -> OwnerBlock:
    """Box 1 (name and address) and box 5 (relationship) of one owner."""
    owner = OwnerBlock()
    states = _relationship(block)
    owner.checked = {rel for rel, state in states.items() if state}
    owner.unknown = {rel for rel, state in states.items() if state is None}
    title = _title(block, states)
    owner.name = _name(block)
    city = _city(block)
    owner.street = _street(block, city)
    cell = block.claim(city)
    if cell is not None:
        c, s, z = split_city_line(cell.text)
        if s is not None:  # without a state the line is misread: no part of it is sure
            at = cell.line, cell.column
            owner.city, owner.state, owner.zip = (Cell(v, *at) if v else None
                                                  for v in (c, state_code(s), z))
    if title is None and (states.get("officer") or states.get("other")):
        title = _lone_text(block)
    if states.get("other") and not states.get("officer"):
        owner.other_text = title
    else:
        owner.officer_title = title
    return owner


def _relationship(block: Block) -> dict[str, bool | None]:
    """Each box of box 5 as read; a box printed twice must read the same both times."""
    states: dict[str, bool | None] = {}
    for _, box in block.boxes():
        if box.name in ("director", "ten_percent_owner", "officer", "other"):
            seen = states.get(box.name, box.state)
            states[box.name] = box.state if seen == box.state else None
    return {rel: states.get(rel) for rel in ("director", "officer", "ten_percent_owner", "other")}


def _title(block: Block, states: dict[str, bool | None]) -> Cell | None:
    """The officer's title (or the other text): the text under the Officer/Other row."""
    if not (states.get("officer") or states.get("other")):
        return None
    for index, box in block.boxes():
        if box.name in ("officer", "other") and index + 1 < len(block.lines):
            below = block.alone(index + 1)
            if below is None:
                found = block.line_segments(index + 1)
                # a line of several boxes: the title stands in the last column
                below = found[-1] if len(found) > 1 and not block.segs[found[-1]].first else None
            if below is not None and block.segs[below].before != "TITLE_BELOW":
                return block.claim(below)
    return None


def _name(block: Block) -> Cell | None:
    """Right above "(Last) (First) (Middle)", or else right under "1. Name and Address of
    Reporting Person"; a name run together with the issuer's is unreadable."""
    names = block.find({"NAME_LABEL"})
    if names is not None and block.opening(names) is None and names > 0:
        n = block.opening(names - 1)
        if n is not None and n not in block.claimed and block.segs[n].after in (
                None, "BOX") and _looks_like_name(block.segs[n].cell.text):
            return block.claim(n)
    label = block.find({"BOX1_LABEL"})
    if label is not None and label + 1 < len(block.lines) and (names is None or label < names):
        n = block.opening(label + 1)
        if n is not None and n not in block.claimed:
            return None if block.segs[n].after == "TICKER" else block.claim(n)
    return None


def _looks_like_name(text: str) -> bool:
    """Not a glyph OCR made of a checkbox ("i", "LC"): three letters at least."""
    return len(re.findall(r"[A-Za-z]", text)) >= 3


def _city(block: Block) -> int | None:
    """The segment of "CUPERTINO CA 95014": the opening words of the line above
    "(City) (State) (Zip)"."""
    index = block.find({"CITY_LABEL"})
    if not index:
        return None
    n = block.opening(index - 1)
    return n if n is not None and n not in block.claimed else None


def _street(block: Block, city: int | None) -> list[Cell]:
    """The lines between "(Last) (First) (Middle)" and "(Street)" (or the city line),
    each line's opening words."""
    start = block.find({"NAME_LABEL"})
    if start is None:
        return []
    end = block.find({"STREET_LABEL"}, start)
    if end is None:
        end = block.segs[city].line if city is not None else None
    if end is None:
        return []
    cells = []
    for index in range(start + 1, end):
        n = block.opening(index)
        if n is not None and n not in block.claimed:
            cells.append(block.claim(n))
    return [c for c in cells if c is not None]


def _lone_text(block: Block) -> Cell | None:
    """The one line of plain text no box claimed, if there is exactly one."""
    free = [n for n, s in enumerate(block.segs)
            if n not in block.claimed and s.first and s.last]
    return block.claim(free[0]) if len(free) == 1 else None


_US_STATES = set("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS "
                 "MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI "
                 "WY PR GU VI AS MP".split())


def state_code(code: str) -> str:
    """EDGAR's codes for other countries are a letter and a digit ("U0" Singapore, "X0" the
    United Kingdom); OCR reads the digit as a letter. A code that is no US state but
    becomes a letter and a digit by reading "O" as "0" (or "I", "l" as "1") is that."""
    if code in _US_STATES or len(code) != 2 or code[1] not in "OIl":
        return code
    return code[0] + code[1].translate(str.maketrans("OIl", "011"))


# ---------------------------------------------------------------- the other boxes
@dataclass(slots=True)
class HeaderValues:
    issuer_name: Cell | None = None
    ticker: Cell | None = None
    period_of_report: Cell | None = None
    original_filed: Cell | None = None
    more_than_one: bool | None = None
    not_subject: bool | None = None


def read_header(lines: Sequence[HeaderLine]) -> tuple[HeaderValues, Block]:
    """Boxes 2, 3, 4 and 6 and the "no longer subject" box of the page's header."""
    block = Block(lines)
    values = HeaderValues()
    values.issuer_name, values.ticker = _issuer(block)
    values.period_of_report = (_date_after(block, "BOX3_LABEL", 3, set())
                               or _date_before(block, "BOX3_LABEL", 2))
    taken = {values.period_of_report.line} if values.period_of_report else set()
    values.original_filed = _date_after(block, "BOX4_LABEL", 2, taken)
    states = {box.name: box.state for _, box in block.boxes()}
    one, more = states.get("one"), states.get("more")
    if one is not None and more is not None and one != more:
        values.more_than_one = more
    values.not_subject = states.get("not_subject")
    return values, block


def _issuer(block: Block) -> tuple[Cell | None, Cell | None]:
    for index, line in enumerate(block.lines):
        for item in line.items:
            if isinstance(item, Token) and item.type == "TICKER":
                ticker = Cell.at(_ticker_text(str(item)), item)
                name = [n for n in block.line_segments(index) if block.segs[n].after == "TICKER"]
                box1 = block.find({"BOX1_LABEL"})  # boxes 1 and 2 on one line: names run together
                mixed = box1 is not None and any(isinstance(i, Token) and i.type == "BOX2_LABEL"
                                                 for i in block.lines[box1].items)
                issuer = block.claim(name[0]) if name and not mixed else None
                return issuer, ticker
    return None, None


_TICKER = re.compile(r"\[\s*([A-Za-z0-9][A-Za-z0-9.\-]*?)\s*(?:\]|J\]|J\}|\}|\|)$")


def _ticker_text(token: str) -> str:
    """"[ XOOM J}" -> "XOOM"."""
    found = _TICKER.match(token.strip())
    return found.group(1) if found else token


def _date_after(block: Block, label: str, within: int, taken: set[int]) -> Cell | None:
    """The first date at most ``within`` lines after ``label`` (on its line, after it, too)."""
    index = block.find({label})
    if index is None:
        return None
    seen_label = False
    for at in range(index, min(index + within + 1, len(block.lines))):
        for item in block.lines[at].items:
            if isinstance(item, Token) and item.type == label:
                seen_label = True
            elif seen_label and isinstance(item, Token) and item.type == "BOX_DATE":
                if item.line in taken:
                    return None
                return Cell.at(str(item), item)
            elif seen_label and isinstance(item, Token) and item.type in LABELS - {"TITLE_BELOW", "BOX5_LABEL"} and at > index:
                return None
    return None


def _date_before(block: Block, label: str, within: int) -> Cell | None:
    """A date standing alone at most ``within`` lines above ``label`` (OCR read the box's
    value before its label), if no other label stands between them."""
    index = block.find({label})
    if index is None:
        return None
    for at in range(index - 1, max(index - within - 1, -1), -1):
        items = block.lines[at].items
        if any(isinstance(i, Box) or i.type in LABELS for i in items):
            return None
        dates = [i for i in items if isinstance(i, Token) and i.type == "BOX_DATE"]
        if dates and len(items) == 1:
            return Cell.at(str(dates[0]), dates[0])
    return None


def owner_blocks(lines: Sequence[HeaderLine]) -> list[list[HeaderLine]]:
    """The Reporting Owners section cut at each "1. Name and Address of Reporting Person"."""
    blocks: list[list[HeaderLine]] = []
    for line in lines:
        opens = any(isinstance(i, Token) and i.type == "BOX1_LABEL" for i in line.items)
        if opens or not blocks:
            blocks.append([])
        blocks[-1].append(line)
    return blocks
