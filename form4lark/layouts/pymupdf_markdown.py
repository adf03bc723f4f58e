"""Reading pymupdf4llm's markdown of EDGAR's Form 4 page (printed to PDF).

The grammar (``grammars/pymupdf_markdown.lark``) cuts the text into the form's
boxes, table rows, owners, footnotes, remarks and signatures. This module
turns that tree into ``Sections``; what a grammar cannot do is done here in
small functions: keeping the first of the repeated merged cells, naming table
columns from their headings, joining tables and rows that a page break cut,
and completing an owner's address that a page break carried away.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lark import Token, Transformer, Tree, v_args

from ..errors import SectionError
from ..sections import Cell, OwnerBlock, Row, Sections, SignatureCells
from ..text import fold, join_wrapped, split_city_line
from . import Layout

NAME = "pymupdf-markdown"

# A pipe-table row holding a "<br>" inside a cell, and a markdown table rule.
_BR_ROW = re.compile(r"^\|[^\n]*<br>[^\n]*\|[ \t]*$", re.M)
_RULE_ROW = re.compile(r"^\|(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*$", re.M)


def looks_like(text: str) -> bool:
    """Pipe tables whose cells break lines with ``<br>``, with markdown table rules."""
    head = text[:200_000]
    return bool(_BR_ROW.search(head) and _RULE_ROW.search(head))


def prepare(text: str) -> str:
    """The text as is, ending with a line break (the grammar ends lines with one)."""
    return text if text.endswith("\n") else text + "\n"


# ---------------------------------------------------------------- what the tree gives
class _Placeholder:
    """A "Col3" cell: pymupdf4llm's name for an empty cell of a header row."""


PLACEHOLDER = _Placeholder()


class _TableRule:
    """A "|---|---|" line: the row above it opened a new table."""


TABLE_RULE = _TableRule()


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
class _ColumnHeads:
    cells: list


@dataclass
class _TableRow:
    cells: list


@dataclass
class _Loose:
    cell: Cell


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


def _joined(cells: list[Cell]) -> Cell | None:
    """Lines of one value as one cell, placed where its first line starts."""
    cells = [c for c in cells if c is not None]
    if not cells:
        return None
    return Cell(join_wrapped([c.text for c in cells]), cells[0].line, cells[0].column)


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
        return _Issuer(_joined(names), tickers[0] if tickers else None)

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
        return _joined(list(lines))

    def filing_kind(self, one, several):
        return _FilingKind(True if several else False if one else None)

    def other_box(self, *lines):
        return _Other(list(lines))

    def box_row(self, *cells):
        return _BoxRow(list(cells))

    # ------------------------------------------------------------ tables
    def cell(self, *lines):
        return _joined(list(lines))

    def title_head(self, *_lines):
        return Cell("1. Title")

    def column_heads(self, *cells):
        return _ColumnHeads(list(cells))

    def table_row(self, *cells):
        return _TableRow(list(cells))

    def loose_line(self, text):
        return _Loose(text)

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
    block = OwnerBlock(name=_joined(values["name"]), street=values["street"])
    block.city, block.state, block.zip = _city_cells(_joined(values["city"]))
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
        elif cut and isinstance(item, _Loose):
            found[-1][0].append(item.cell)
    return [_owner(lines, relation) for lines, relation in found]


def _read_boxes(sections: Sections, rows: list[_BoxRow]) -> None:
    forms = _first(rows, _FormName)
    if forms:
        sections.document_type = forms[0].document_type
        sections.not_subject = forms[0].not_subject
    issuers = _first(rows, _Issuer)
    if issuers:
        sections.issuer_name, sections.ticker = issuers[0].name, issuers[0].ticker
    dates = {box.box: box.date for box in reversed(_first(rows, _DateBox))}
    sections.period_of_report = dates.get(3)
    sections.original_filed = dates.get(4)
    kinds = _first(rows, _FilingKind)
    if kinds:
        sections.more_than_one = kinds[0].more_than_one
    persons, relations = _first(rows, _Person), _first(rows, _Relationship)
    if persons:
        sections.owners = [_owner(persons[0].lines, relations[0] if relations else None)]
    sections.marks_kept = bool(kinds or relations)


# ---------------------------------------------------------------- table columns
# Columns by the number that opens their heading; a column group spans several
# columns whose own names stand in the row under the headings.
TABLE_I_NUMBERED = {"1": "security_title", "2": "transaction_date", "2A": "deemed_execution_date",
                    "5": "shares_owned_following", "6": "direct_or_indirect",
                    "7": "nature_of_ownership"}
TABLE_I_GROUPS = {"3": ("transaction_code", "equity_swap_involved"),
                  "4": ("shares", "acquired_disposed", "price_per_share")}
TABLE_II_NUMBERED = {"1": "security_title", "2": "conversion_or_exercise_price",
                     "3": "transaction_date", "3A": "deemed_execution_date",
                     "8": "price_per_share", "9": "shares_owned_following",
                     "10": "direct_or_indirect", "11": "nature_of_ownership"}
TABLE_II_GROUPS = {"4": ("transaction_code", "equity_swap_involved"),
                   "5": ("shares_acquired", "shares_disposed"),
                   "6": ("exercise_date", "expiration_date"),
                   "7": ("underlying_security_title", "underlying_shares")}
# The names in the row under the headings, folded to lower case.
SUB_HEADINGS = {"code": "transaction_code", "v": "equity_swap_involved", "amount": "shares",
                "(a) or (d)": "acquired_disposed", "price": "price_per_share",
                "(a)": "shares_acquired", "(d)": "shares_disposed",
                "date exercisable": "exercise_date", "expiration date": "expiration_date",
                "title": "underlying_security_title",
                "amount or number of shares": "underlying_shares"}
TEXT_COLUMNS = {"security_title", "nature_of_ownership", "underlying_security_title"}
_NUMBER = re.compile(r"([0-9]{1,2}A?)\.")


def _head_text(cell) -> str:
    return fold(cell.text) if isinstance(cell, Cell) else ""


def column_keys(heads: list[_ColumnHeads], numbered: dict, groups: dict) -> list[str | None]:
    """The column key of each column, from the heading row and the row under it."""
    top = [_head_text(c) for c in heads[0].cells]
    sub = [_head_text(c) for c in heads[1].cells] if len(heads) > 1 else []
    keys: list[str | None] = []
    group, place = None, 0
    for i, text in enumerate(top):
        number = _NUMBER.match(text)
        if number and (i == 0 or text != top[i - 1]):
            group, place = number.group(1), 0
        elif group is not None:
            place += 1  # a placeholder or a repeated heading: the group goes on
        key = None
        if group in numbered:
            key = numbered[group] if place == 0 else None
        elif group in groups:
            members = groups[group]
            named = SUB_HEADINGS.get(sub[i].lower()) if i < len(sub) else None
            key = named if named in members else (members[place] if place < len(members) else None)
        keys.append(key if key not in keys else None)
    return keys


def _rows_of(items: list, numbered: dict, groups: dict, diagnostics: list) -> list[Row]:
    """The data rows of one table, across the tables a page break made of it."""
    heads = [i for i in items if isinstance(i, _ColumnHeads)]
    if not heads:
        return []
    keys = column_keys(heads, numbered, groups)
    rows: list[Row] = []
    for item in items:
        if not isinstance(item, _TableRow):
            continue
        if len(item.cells) != len(keys):
            first = next((c for c in item.cells if isinstance(c, Cell)), None)
            diagnostics.append(_diagnostic(first, "a table row whose columns do not match the table"))
            continue
        row = {key: _value(cell) for key, cell in zip(keys, item.cells) if key}
        if rows and _is_tail(row):
            _join_tail(rows[-1], row)
        else:
            rows.append(row)
    return rows


def _value(cell) -> Cell:
    return cell if isinstance(cell, Cell) else Cell("")


def _is_tail(row: Row) -> bool:
    """A row with text only in the text columns: the rest of the row above,
    which a page break carried onto the next page."""
    filled = {k for k, c in row.items() if c}
    return bool(filled) and filled <= TEXT_COLUMNS


def _join_tail(row: Row, tail: Row) -> None:
    for key, cell in tail.items():
        if cell:
            above = row.get(key)
            row[key] = _joined([above, cell]) if above else cell


def _diagnostic(cell: Cell | None, message: str):
    from ..model import Diagnostic
    return Diagnostic(cell.line if cell else None, cell.column if cell else None, "table", message)


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
        text = _joined(note.lines)
        out.append((note.number, text or Cell("", note.line, note.column)))
    return out


def _signatures(remarks: _Remarks) -> list[SignatureCells]:
    return [SignatureCells(_joined([s.name, *s.more]), s.date) for s in remarks.signatures]


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
            sections.remarks = _joined(child.lines)
            sections.signatures = _signatures(child)
    boxes = [c for c in page.children if isinstance(c, _BoxRow)]
    _read_boxes(sections, boxes)
    owners = _owners_of(parts.get("owners", []))
    if owners:
        sections.owners = owners
    table_i, table_ii = parts.get("table_i", []), parts.get("table_ii", [])
    if not boxes and not any(isinstance(i, _ColumnHeads) for i in table_i + table_ii):
        raise SectionError("neither the form's boxes nor its tables were found", layout=NAME)
    sections.table_i = _rows_of(table_i, TABLE_I_NUMBERED, TABLE_I_GROUPS, sections.diagnostics)
    sections.table_ii = _rows_of(table_ii, TABLE_II_NUMBERED, TABLE_II_GROUPS,
                                 sections.diagnostics)
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
