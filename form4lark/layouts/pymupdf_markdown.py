"""Reading pymupdf4llm's markdown of EDGAR's Form 4 page (printed to PDF).

The grammar (``grammars/pymupdf_markdown.lark``) cuts the text into the form's
boxes, table rows, owners, footnotes, remarks and signatures. This module
turns that tree into ``Sections``; what a grammar cannot do is done here in
small functions: keeping the first of the repeated merged cells, splitting
box 1 at its hints, completing an owner's address that a page break carried
away, mending footnotes and signatures that wrapped. The tables are read in
``pymupdf_tables.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lark import Token, Transformer, Tree, v_args

from ..errors import SectionError
from ..sections import Cell, OwnerBlock, Sections, SignatureCells
from ..text import split_city_line
from . import Layout
from .pymupdf_tables import (PLACEHOLDER, TABLE_I, TABLE_II, TABLE_RULE, ColumnHeads, Loose,
                             TableRow, joined, leading_lines, table_rows)

NAME = "pymupdf-markdown"

# A pipe-table row holding a "<br>" inside a cell, and a markdown table rule.
_BR_ROW = re.compile(r"^\|[^\n]*<br>", re.M)
_RULE_ROW = re.compile(r"^\|(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*$", re.M)


def looks_like(text: str) -> bool:
    """Pipe tables whose cells break lines with ``<br>``, with markdown table rules."""
    head = text[:200_000]
    return bool(_BR_ROW.search(head) and _RULE_ROW.search(head))


def prepare(text: str) -> str:
    """The text as is, ending with a line break (the grammar ends lines with one)."""
    return text if text.endswith("\n") else text + "\n"


# ---------------------------------------------------------------- what the tree gives
@dataclass
class _FormName:
    document_type: str
    not_subject: bool | None


@dataclass
class _Hint:
    """A hint under a value of box 1; the lines after it hold ``next``."""

    next: str


@dataclass
class _Person:
    """Box 1 as its lines: values and the hints under them, in order."""

    lines: list


@dataclass
class _Ticker:
    cell: Cell


@dataclass
class _Issuer:
    name: Cell | None
    ticker: Cell | None


@dataclass
class _DateBox:
    box: int
    date: Cell | None


@dataclass
class _Relationship:
    checked: set[str]
    text: Cell | None


@dataclass
class _FilingKind:
    more_than_one: bool | None


@dataclass
class _Other:
    """Any other box, or the rest of a box 1 that a page break cut (its lines)."""

    lines: list


@dataclass
class _BoxRow:
    cells: list


@dataclass
class _Footnote:
    number: str
    lines: list[Cell]
    line: int
    column: int


@dataclass
class _Signature:
    name: Cell
    date: Cell
    more: list[Cell]


@dataclass
class _Remarks:
    lines: list[Cell]
    signatures: list[_Signature]


@dataclass
class _Part:
    """A section of the page: its heading's name and what stands under it."""

    name: str
    items: list = field(default_factory=list)


def _cell(tok: Token) -> Cell:
    return Cell(str(tok), tok.line or 0, tok.column or 0)


@v_args(inline=True)
class _Reader(Transformer):
    """The parse tree -> the page's parts, each rule one small object."""

    def TEXT(self, tok):
        return _cell(tok)

    ISSUER_TEXT = LINE = SIGNER = DATE = TEXT

    def placeholder(self, _tok):
        return PLACEHOLDER

    def empty_cell(self):
        return Cell("")

    def table_rule(self):
        return TABLE_RULE

    # ------------------------------------------------------------ boxes
    def form_name(self, title, *lines):
        marks = [x for x in lines if isinstance(x, bool)]
        kind = "4/A" if title.replace(" ", "").upper().endswith("/A") else "4"
        return _FormName(kind, True if any(marks) else None)

    def not_subject(self, mark):
        return mark is not None

    def reporting_person(self, *lines):
        return _Person(list(lines))

    def name_hint(self):
        return _Hint("street")

    def street_hint(self):
        return _Hint("city")

    def city_hint(self):
        return _Hint("end")

    def TICKER(self, tok):
        return _Ticker(Cell(tok.strip("[] \t"), tok.line or 0, (tok.column or 0) + 1))

    def issuer(self, *parts):
        names = [p for p in parts if isinstance(p, Cell)]
        tickers = [p.cell for p in parts if isinstance(p, _Ticker) and p.cell]
        return _Issuer(joined(names), tickers[0] if tickers else None)

    def earliest_date(self, date=None, *_more):
        return _DateBox(3, date)

    def amendment_date(self, date=None, *_more):
        return _DateBox(4, date)

    def relationship(self, director, ten_percent_owner, officer, other, text):
        checked = {name for name, mark in (("director", director),
                                           ("ten_percent_owner", ten_percent_owner),
                                           ("officer", officer), ("other", other)) if mark}
        return _Relationship(checked, text)

    def director(self, mark):
        return mark is not None

    ten_percent_owner = officer = other = one_person = several_persons = director

    def relation_text(self, *lines):
        return joined(list(lines))

    def filing_kind(self, one, several):
        return _FilingKind(True if several else False if one else None)

    def other_box(self, *lines):
        return _Other(list(lines))

    def box_row(self, *cells):
        return _BoxRow(list(cells))

    owners_row = box_row

    # ------------------------------------------------------------ tables
    def cell(self, *lines):
        return joined(list(lines))

    def title_head(self, *_lines):
        return Cell("1. Title")

    def column_heads(self, *cells):
        return ColumnHeads(list(cells))

    def table_row(self, *cells):
        return TableRow(list(cells))

    def loose_line(self, text):
        return Loose(text)

    owners_line = explanation_line = front_line = loose_line

    def stray_row(self, *_cells):
        return None  # a pipe table where the form has none

    def table_i(self, *items):
        return _Part("table_i", list(items))

    def table_ii(self, *items):
        return _Part("table_ii", list(items))

    # ------------------------------------------------------------ owners, notes, remarks
    def reporting_owners(self, *items):
        return _Part("owners", list(items))

    def footnote(self, number, first, *more):
        return _Footnote(number.rstrip("."), [first, *more] if first else list(more),
                         number.line, number.column)

    def explanation(self, *items):
        return _Part("explanation", list(items))

    def remark_line(self, text):
        return text

    def signature(self, name, date, *more):
        return _Signature(name, date, [m for m in more if isinstance(m, Cell)])

    def signature_more(self, text):
        return text

    def signature_date(self, _date):
        return None  # the date again, printed where the name wrapped

    def remarks(self, first, *items):
        lines = [first] if first else []
        lines += [i for i in items if isinstance(i, Cell)]
        return _Remarks(lines, [i for i in items if isinstance(i, _Signature)])


# ---------------------------------------------------------------- the header boxes
def _first(rows: list[_BoxRow], kind: type) -> list:
    """Every cell of ``kind``, first seen first (merged cells come out repeated)."""
    return [c for row in rows for c in row.cells if isinstance(c, kind)]


def _city_cells(city: Cell | None) -> tuple[Cell | None, Cell | None, Cell | None]:
    if city is None:
        return None, None, None
    parts = split_city_line(city.text)
    return tuple(Cell(p, city.line, city.column) if p else None for p in parts)  # type: ignore


def _complete(lines: list) -> bool:
    """Box 1 read to its last hint, "(City) (State) (Zip)"."""
    return any(isinstance(x, _Hint) and x.next == "end" for x in lines)


def _owner(lines: list, relation: _Relationship | None) -> OwnerBlock:
    """Box 1's lines -> name, street lines and city line (each value stands above
    its hint), with box 5's marks and text."""
    values: dict[str, list[Cell]] = {"name": [], "street": [], "city": [], "end": []}
    place = "name"
    for line in lines:
        if isinstance(line, _Hint):
            place = line.next
        else:
            values[place].append(line)
    block = OwnerBlock(name=joined(values["name"]), street=values["street"])
    block.city, block.state, block.zip = _city_cells(joined(values["city"]))
    if relation is not None:
        block.checked = set(relation.checked)
        if relation.text is not None:
            if "officer" in relation.checked:
                block.officer_title = relation.text
            elif "other" in relation.checked:
                block.other_text = relation.text
    return block


def _owners_of(items: list) -> list[OwnerBlock]:
    """The Reporting Owners section: one owner per box 1, its box 5 in the same
    row; lines that a page break cut from the last box 1 (in a table of their own
    or as plain lines) complete it."""
    found: list[tuple[list, _Relationship | None]] = []
    for item in items:
        cut = bool(found) and not _complete(found[-1][0])
        if isinstance(item, _BoxRow):
            persons = [c for c in item.cells if isinstance(c, _Person)]
            relations = [c for c in item.cells if isinstance(c, _Relationship)]
            if persons:
                found.append((list(persons[0].lines), relations[0] if relations else None))
            elif cut:
                rest = [c for c in item.cells if isinstance(c, _Other)
                        and any(isinstance(x, _Hint) for x in c.lines)]
                if rest:
                    found[-1][0].extend(rest[0].lines)
        elif cut and isinstance(item, _Hint):
            found[-1][0].append(item)
        elif cut and isinstance(item, Loose):
            found[-1][0].append(item.cell)
    return [_owner(lines, relation) for lines, relation in found]


def _read_boxes(sections: Sections, rows: list[_BoxRow]) -> None:
    """The form's boxes, each from the first cell that holds it."""
    forms = _first(rows, _FormName)
    if forms:
        sections.document_type = forms[0].document_type
        sections.not_subject = forms[0].not_subject
    issuers = _first(rows, _Issuer)
    if issuers:
        sections.issuer_name, sections.ticker = issuers[0].name, issuers[0].ticker
    dates = {box.box: box.date for box in reversed(_first(rows, _DateBox)) if box.date}
    sections.period_of_report = dates.get(3)
    sections.original_filed = dates.get(4)
    kinds = _first(rows, _FilingKind)
    if kinds:
        sections.more_than_one = kinds[0].more_than_one
    persons, relations = _first(rows, _Person), _first(rows, _Relationship)
    if persons:
        sections.owners = [_owner(persons[0].lines, relations[0] if relations else None)]
    sections.marks_kept = bool(kinds or relations)


# ---------------------------------------------------------------- notes and signatures
def _footnotes(notes: list[_Footnote]) -> list[tuple[str, Cell]]:
    """Footnotes in order; a line that opens with a number out of sequence
    ("2. " where 5 is due) is a wrapped line of the footnote before it."""
    kept: list[_Footnote] = []
    for note in notes:
        if kept and int(note.number) != int(kept[-1].number) + 1:
            head = Cell(f"{note.number}.", note.line, note.column)
            kept[-1].lines.extend([head, *note.lines])
        else:
            kept.append(note)
    out = []
    for note in kept:
        text = joined(note.lines)
        out.append((note.number, text or Cell("", note.line, note.column)))
    return out


def _signatures(remarks: _Remarks) -> list[SignatureCells]:
    return [SignatureCells(joined([s.name, *s.more]), s.date) for s in remarks.signatures]


# ---------------------------------------------------------------- the whole page
def read_tree(tree: Tree, prepared: str) -> Sections:
    """The parse tree of a pymupdf4llm text -> Sections."""
    page = _Reader().transform(tree)
    sections = Sections(layout=NAME)
    parts: dict[str, list] = {}
    for child in page.children:
        if isinstance(child, _Part):
            parts[child.name] = child.items
        elif isinstance(child, _Remarks):
            sections.remarks = joined(child.lines)
            sections.signatures = _signatures(child)
    boxes = [c for c in page.children if isinstance(c, _BoxRow)]
    _read_boxes(sections, boxes)
    owners = _owners_of(parts.get("owners", []))
    if owners:
        sections.owners = owners
    table_i, table_ii = parts.get("table_i", []), parts.get("table_ii", [])
    if not boxes and not any(isinstance(i, ColumnHeads) for i in table_i + table_ii):
        raise SectionError("neither the form's boxes nor its tables were found", layout=NAME)
    # a stray row of Table II may go on in the plain lines that open the next section
    after_ii = (leading_lines(parts["owners"], (_BoxRow,)) if "owners" in parts else
                leading_lines(parts.get("explanation", []), (_Footnote,)))
    sections.table_i = table_rows(table_i, TABLE_I, sections.diagnostics)
    sections.table_ii = table_rows(table_ii, TABLE_II, sections.diagnostics, after_ii)
    sections.footnotes = _footnotes([i for i in parts.get("explanation", [])
                                     if isinstance(i, _Footnote)])
    return sections


LAYOUT = Layout(
    name=NAME,
    description="pymupdf4llm's markdown of EDGAR's Form 4 page printed to PDF "
                "(pipe tables with <br> inside cells)",
    grammar="pymupdf_markdown",
    looks_like=looks_like,
    prepare=prepare,
    read_tree=read_tree,
)
