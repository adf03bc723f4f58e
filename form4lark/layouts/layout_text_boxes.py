"""The header boxes of a ``pdftotext -layout`` page, cut apart by position.

On EDGAR's page the boxes stand side by side: box 1 on the left, boxes 2, 3
and 4 in the middle, boxes 5 and 6 on the right, so each printed line holds
pieces of up to three boxes. The x-positions of the box labels ("2. Issuer
Name ...", "5. Relationship ...") split every line into the three columns;
each box's lines are then read with its own start symbol of
``grammars/layout_text.lark`` (address, relationship, joint_filing, issuer).
The Reporting Owners blocks are cut the same way into address and relationship.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lark import Token, Transformer, v_args
from lark.exceptions import LarkError

from ..grammar import load
from ..model import Diagnostic
from ..sections import Cell, OwnerBlock
from ..text import fold, join_wrapped, split_city_line
from .layout_text_columns import PageLine

GRAMMAR = "layout_text"
BOX_STARTS = ("address", "relationship", "joint_filing", "issuer")
# pieces of a line: runs of text with single spaces inside
_CHUNK = re.compile(r"\S+(?: \S+)*")
#: the X of a checkbox may stand this far left of its box's label
CHECK_DRIFT = 6


@dataclass(slots=True)
class BoxText:
    """The lines of one box as a text of its own, and where each line came from."""

    lines: list[tuple[PageLine, int, str]] = field(default_factory=list)  # line, start, text

    def add(self, line: PageLine, start: int, text: str) -> None:
        self.lines.append((line, start, text))

    @property
    def text(self) -> str:
        return "".join(text + "\n" for *_, text in self.lines)

    def cell(self, tok: Token, text: str | None = None) -> Cell:
        """A Cell for a token of this box's text, placed in the input."""
        line, start, _ = self.lines[(tok.line or 1) - 1]
        return Cell(fold(text if text is not None else str(tok)), line.number,
                    line.shift + start + (tok.column or 1))

    def first(self) -> Cell | None:
        """The box's text as one value (lines joined), or None if it is empty."""
        texts = [t for *_, t in self.lines if t.strip()]
        if not texts:
            return None
        line, start, _ = next(item for item in self.lines if item[2].strip())
        return Cell(join_wrapped(texts), line.number, line.shift + start + 1)


def columns_of(line: PageLine, bounds: tuple[int, ...]) -> list[tuple[int, str]]:
    """The line's text in each column [bounds[i], bounds[i+1]), as (start, text) pairs."""
    out: list[list[re.Match]] = [[] for _ in range(len(bounds) + 1)]
    for m in _CHUNK.finditer(line.text):
        out[sum(1 for b in bounds if m.start() >= b)].append(m)
    return [(ms[0].start(), line.text[ms[0].start():ms[-1].end()]) if ms else (0, "")
            for ms in out]


def label_at(line: PageLine, label: str) -> int | None:
    at = line.text.find(label)
    return at if at >= 0 else None


def split_header(label_lines: dict[str, PageLine], lines: list[tuple[str, PageLine]]
                 ) -> dict[str, BoxText]:
    """Boxes 1 to 6 from the lines between the first label line and Table I.

    ``lines`` are (section, line) with section "1-2-5", "3" or "4-6": the label
    line that opened the group the line stands in (the label lines included).
    """
    xs = {name: label_at(label_lines[group], text) if group in label_lines else None
          for name, group, text in (
              ("2", "1-2-5", "2. Issuer Name"), ("5", "1-2-5", "5. Relationship"),
              ("3", "3", "3. Date of Earliest"), ("4", "4-6", "4. If Amendment"),
              ("6", "4-6", "6. Individual"))}
    middle = min((x for k, x in xs.items() if k in "234" and x is not None), default=None)
    right = min((x for k, x in xs.items() if k in "56" and x is not None), default=None)
    if middle is None or right is None:
        return {}
    boxes = {name: BoxText() for name in ("1", "2", "3", "4", "5", "6")}
    for group, line in lines:
        left_part, middle_part, right_part = columns_of(line, (middle - 2, right - CHECK_DRIFT))
        _keep(boxes["1"], line, left_part, "1. Name and Address")
        mid_box = {"1-2-5": "2", "3": "3", "4-6": "4"}[group]
        _keep(boxes[mid_box], line, middle_part, ("2. Issuer", "3. Date of", "4. If Amend"))
        right_box = "6" if group == "4-6" else "5"
        _keep(boxes[right_box], line, right_part, ("5. Relationship", "6. Individual"))
    return boxes


def _keep(box: BoxText, line: PageLine, part: tuple[int, str], labels) -> None:
    start, text = part
    if text and not text.startswith(labels):
        box.add(line, start, text)


def split_owner(label: PageLine, lines: list[PageLine]) -> tuple[BoxText, BoxText]:
    """A Reporting Owners block: its address (left) and relationship (right) lines."""
    x = label_at(label, "5. Relationship")
    left, right = BoxText(), BoxText()
    for line in lines:
        if x is None:
            left_part, right_part = (0, line.text.strip()), (0, "")
        else:
            left_part, right_part = columns_of(line, (x - CHECK_DRIFT,))
        if left_part[1]:
            left.add(line, *left_part)
        if right_part[1]:
            right.add(line, *right_part)
    return left, right


# ---------------------------------------------------------------- reading a box

def parse_box(start: str, box: BoxText, diagnostics: list[Diagnostic], what: str):
    """A box read with its start symbol; None (and a diagnostic) if it does not read."""
    if not box.lines:
        return None
    try:
        tree = load(GRAMMAR, BOX_STARTS).parse(box.text, start=start)
    except LarkError as exc:
        line = box.lines[0][0].number
        diagnostics.append(Diagnostic(line, None, what, f"cannot read {what}: {str(exc).splitlines()[0]}"))
        return None
    return BoxReader(box).transform(tree)


@v_args(inline=True)
class BoxReader(Transformer):
    """One box's tree -> the values it holds, as Cells placed in the input."""

    def __init__(self, box: BoxText):
        super().__init__()
        self.box = box

    # box 1: name, street lines, city line
    def name_part(self, *lines: Token) -> Cell | None:
        return self._joined(lines)

    def street_part(self, *lines: Token) -> list[Cell]:
        return [self.box.cell(t) for t in lines]

    def city_part(self, *lines: Token) -> Cell | None:
        return self._joined(lines)

    def address(self, name, _last_first, street, _street_label, city, _city_label, *_rest):
        block = OwnerBlock(name=name, street=street)
        if city is not None:
            c, s, z = split_city_line(city.text)
            block.city = Cell(c, city.line, city.column) if c else None
            block.state = Cell(s, city.line, city.column) if s else None
            block.zip = Cell(z, city.line, city.column) if z else None
        return block

    # box 5: marks and the officer's title
    def director(self, mark, _label):
        return ("director", mark is not None)

    def ten_percent_owner(self, mark, _label):
        return ("ten_percent_owner", mark is not None)

    def officer(self, mark, _label):
        return ("officer", mark is not None)

    def other(self, mark, _label):
        return ("other", mark is not None)

    def checkbox_line(self, *boxes):
        return boxes

    def title_line(self, *words: Token) -> Cell:
        return self.box.cell(words[0], " ".join(words))

    def relationship(self, _tail, first, second, *titles: Cell):
        checked = {name for name, marked in (*first, *second) if marked}
        title = Cell(join_wrapped([t.text for t in titles]), titles[0].line,
                     titles[0].column) if titles else None
        return checked, title

    # box 6
    def one_person(self, mark, _label):
        return ("one", mark is not None)

    def more_persons(self, mark, _label):
        return ("more", mark is not None)

    def joint_filing(self, *lines) -> bool | None:
        marked = {name for name, on in lines if on}
        return True if "more" in marked else False if "one" in marked else None

    # box 2
    def issuer_name(self, *lines: Token) -> Cell | None:
        return self._joined(lines)

    def issuer(self, name: Cell, ticker: Token | None):
        return name, (self.box.cell(ticker) if ticker is not None else None)

    def _joined(self, lines) -> Cell | None:
        if not lines:
            return None
        return self.box.cell(lines[0], join_wrapped([str(t) for t in lines]))
