"""The layout "layout-text": EDGAR's Form 4 page as ``pdftotext -layout`` prints it.

The grammar (``grammars/layout_text.lark``) finds the form's sections by their
label lines, one token per line. This module turns the tree into ``Sections``:
the header boxes and Reporting Owners blocks are cut by the x-positions of
their labels (``layout_text_boxes``), the tables by the positions of their
column headers (``layout_text_tables``); footnotes, remarks and signatures are
joined across the lines they wrap over.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lark import Token, Transformer, Tree, v_args
from lark.visitors import Discard

from ..model import Diagnostic
from ..sections import Cell, OwnerBlock, Sections, SignatureCells
from ..text import fold, join_wrapped
from . import Layout
from .layout_text_boxes import BoxText, parse_box, split_header, split_owner
from .layout_text_columns import PageLine
from .layout_text_tables import read_table

NAME = "layout-text"

# The box labels of the first three boxes on one line, far apart: columns kept.
_ALIGNED_BOXES = re.compile(
    r"Name and Address of Reporting Person\*? {4,}2\. Issuer Name and Ticker or Trading Symbol"
    r" {4,}5\. Relationship")
# Table I's first header line with its labels in columns.
_ALIGNED_TABLE = re.compile(r"2\. Transaction Date {2,}2A\. Deemed Execution")
_SIGNED = re.compile(r"(?:^|\s)([0-9]{1,2}/[0-9]{1,2}/[0-9]{4})\s*$")
_FOOTNOTE_ID = re.compile(r"([0-9]{1,2})\.\s")


def looks_like(text: str) -> bool:
    """pdftotext -layout: the header labels stand in columns made of spaces, no tabs."""
    head = text[:60_000]
    return "\t" not in head and bool(_ALIGNED_BOXES.search(head) or _ALIGNED_TABLE.search(head))


def prepare(text: str) -> str:
    """Line ends made ``\\n`` and a final one added; every line keeps its number."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text if text.endswith("\n") else text + "\n"


def page_lines(prepared: str) -> list[PageLine]:
    """Every line of the text (index = line number - 1), a form feed opening it removed.

    Form feeds (page breaks) mostly arrive already turned into line breaks; pages
    are told apart by the geometry of their rows instead (layout_text_tables)."""
    out = []
    for number, raw in enumerate(prepared.split("\n"), start=1):
        shift = 1 if raw.startswith("\f") else 0
        out.append(PageLine(number, raw[shift:].replace("\f", " "), shift))
    return out


def read_tree(tree: Tree, prepared: str) -> Sections:
    diagnostics: list[Diagnostic] = []
    sections = _Document(page_lines(prepared), diagnostics).transform(tree)
    sections.diagnostics.extend(diagnostics)
    return sections


@v_args(inline=True)
class _Document(Transformer):
    """The document's tree -> Sections; the page's lines are at hand for positions."""

    def __init__(self, lines: list[PageLine], diagnostics: list[Diagnostic]):
        super().__init__()
        self.lines = lines
        self.diagnostics = diagnostics

    def _line(self, tok: Token) -> PageLine:
        return self.lines[tok.line - 1]

    # ---------------------------------------------------------------- preamble
    def noise(self, _line):
        return Discard

    def not_subject(self, _tok) -> bool:
        return True

    def preamble(self, *marked: bool) -> bool | None:
        return True if marked else None

    # ---------------------------------------------------------------- boxes
    def box_line(self, tok: Token) -> PageLine:
        return self._line(tok)

    def boxes_1_2_5(self, label: Token, *lines: PageLine):
        return "1-2-5", self._line(label), lines

    def box_3(self, label: Token, *lines: PageLine):
        return "3", self._line(label), lines

    def boxes_4_6(self, label: Token, *lines: PageLine):
        return "4-6", self._line(label), lines

    def header_boxes(self, *groups):
        groups = tuple(g for g in groups if g is not None)  # a label line may be lost
        labels = {group: label for group, label, _ in groups}
        lines = [(group, line) for group, label, rest in groups for line in (label, *rest)]
        boxes = split_header(labels, lines)
        if not boxes:
            self.diagnostics.append(Diagnostic(labels["1-2-5"].number, None, "header",
                                               "the box labels were not found"))
        return boxes

    # ---------------------------------------------------------------- tables
    def table_line(self, tok: Token) -> PageLine:
        return self._line(tok)

    def table_i(self, *lines: PageLine):
        rows, problems = read_table(list(lines), "table_i")
        self.diagnostics.extend(problems)
        return rows

    def table_ii(self, *lines: PageLine):
        rows, problems = read_table(list(lines), "table_ii")
        self.diagnostics.extend(problems)
        return rows

    # ---------------------------------------------------------------- owners
    owner_line = table_line

    def owner(self, label: Token, *lines: PageLine) -> OwnerBlock:
        address, relationship = split_owner(self._line(label), list(lines))
        return _owner(address, relationship, self.diagnostics)

    def reporting_owners(self, *owners: OwnerBlock) -> list[OwnerBlock]:
        return list(owners)

    # ---------------------------------------------------------------- explanation
    footnote_line = table_line

    def footnote(self, start: Token, *more: PageLine) -> tuple[str, Cell]:
        first = self._line(start)
        text = first.text.strip()
        m = _FOOTNOTE_ID.match(text)
        body = text[m.end():] if m else text
        column = first.text.find(body) + first.shift + 1
        return m.group(1) if m else "", Cell(join_wrapped([body, *(l.text for l in more)]),
                                              first.number, column)

    def explanation(self, *footnotes: tuple[str, Cell]) -> list[tuple[str, Cell]]:
        return _in_sequence(list(footnotes))

    # ---------------------------------------------------------------- remarks, signatures
    remark_line = table_line

    def remarks(self, label: Token, *lines: PageLine) -> list[tuple[PageLine, str]]:
        first = self._line(label)
        tail = first.text[first.text.find("Remarks:") + len("Remarks:"):]
        return [(first, tail), *((line, line.text) for line in lines)]

    signature_wrap = table_line

    def signature(self, signed: Token, *wraps: PageLine) -> "_Signed":
        return _Signed(self._line(signed), list(wraps))

    def signed_lines(self, *signed: "_Signed") -> list["_Signed"]:
        return list(signed)

    def signatures(self, signed: list["_Signed"], label: Token):
        line = self._line(label)
        return signed, line.text.rfind("Date")

    def trailer(self, *_lines):
        return None

    # ---------------------------------------------------------------- the form
    def start(self, not_subject, boxes, table_i, table_ii, owners, footnotes, remarks,
              signatures, _trailer) -> Sections:
        sections = Sections(layout=NAME, not_subject=not_subject, marks_kept=True)
        if boxes:
            _header(sections, boxes, self.diagnostics)
        if owners:
            sections.owners = owners
        sections.table_i, sections.table_ii = table_i, table_ii
        sections.footnotes = footnotes
        sections.remarks, sections.signatures = _remarks_and_signatures(remarks, *signatures)
        return sections


#: how far a signature's date may stand from the "Date" under the signatures
SIGNATURE_SLACK = 20


@dataclass(slots=True)
class _Signed:
    """A line that ends with a date, and the lines that continue its name."""

    line: PageLine
    wraps: list[PageLine]

    @property
    def date_at(self) -> int:
        m = _SIGNED.search(self.line.text)
        return m.start(1) if m else -1

    def cells(self) -> SignatureCells:
        m = _SIGNED.search(self.line.text)
        name = self.line.text[:m.start(1)] if m else self.line.text
        start = len(name) - len(name.lstrip())
        text = join_wrapped([name, *(w.text for w in self.wraps)])
        return SignatureCells(
            Cell(text, self.line.number, start + self.line.shift + 1) if text else None,
            Cell(m.group(1), self.line.number, m.start(1) + self.line.shift + 1) if m else None)


def _remarks_and_signatures(remarks: list[tuple[PageLine, str]], signed: list[_Signed],
                            date_at: int) -> tuple[Cell | None, list[SignatureCells]]:
    """The remarks' text, and the signatures: each name right-aligned before its date,
    the dates standing under the "Date" of "** Signature of Reporting Person Date".
    A remark that happens to end with a date stands elsewhere and stays a remark."""
    last = max((i for i, s in enumerate(signed) if abs(s.date_at - date_at) > SIGNATURE_SLACK),
               default=-1) if date_at >= 0 else -1
    lines = remarks + [(line, line.text) for s in signed[:last + 1] for line in (s.line, *s.wraps)]
    kept = [(line, text) for line, text in lines if text.strip()]
    cell = None
    if kept:
        line, text = kept[0]
        column = line.text.find(text.strip()) + line.shift + 1
        cell = Cell(join_wrapped([t for _, t in kept]), line.number, column)
    return cell, [s.cells() for s in signed[last + 1:]]


def _header(sections: Sections, boxes: dict[str, BoxText], diagnostics: list[Diagnostic]) -> None:
    """Boxes 1 to 6 into the sections (box 1 and 5 make the first owner)."""
    issuer = parse_box("issuer", boxes["2"], diagnostics, "box 2 (issuer)")
    if issuer:
        sections.issuer_name, sections.ticker = issuer
    sections.period_of_report = boxes["3"].first()
    sections.original_filed = boxes["4"].first()
    sections.more_than_one = parse_box("joint_filing", boxes["6"], diagnostics,
                                       "box 6 (individual or joint filing)")
    sections.owners = [_owner(boxes["1"], boxes["5"], diagnostics)]


def _owner(address: BoxText, relationship: BoxText, diagnostics: list[Diagnostic]) -> OwnerBlock:
    block = parse_box("address", address, diagnostics, "box 1 (reporting person)") or OwnerBlock()
    marks = parse_box("relationship", relationship, diagnostics, "box 5 (relationship)")
    if marks:
        block.checked, title = marks
        if title is not None:
            if "officer" in block.checked:
                block.officer_title = title
            elif "other" in block.checked:
                block.other_text = title
    return block


#: footnote numbers may skip a few (a filing's footnotes need not be 1, 2, 3 ...)
FOOTNOTE_GAP = 3


def _in_sequence(footnotes: list[tuple[str, Cell]]) -> list[tuple[str, Cell]]:
    """Footnotes in rising numbers: a line that only looked like the start of one
    (a wrapped sentence beginning "12. ") goes back into the footnote before it."""
    out: list[tuple[str, Cell]] = []
    for fid, cell in footnotes:
        if out and (not fid or not 0 < int(fid) - int(out[-1][0] or 0) <= FOOTNOTE_GAP):
            prev_id, prev = out[-1]
            out[-1] = (prev_id, Cell(join_wrapped([prev.text, f"{fid}. {cell.text}" if fid
                                                   else cell.text]), prev.line, prev.column))
        else:
            out.append((fid, cell))
    return [(fid, Cell(fold(cell.text), cell.line, cell.column)) for fid, cell in out]


LAYOUT = Layout(
    name=NAME,
    description="EDGAR's Form 4 page through `pdftotext -layout` (columns kept by spaces)",
    grammar="layout_text",
    looks_like=looks_like,
    prepare=prepare,
    read_tree=read_tree,
)
