"""EDGAR's HTML Form 4 page as markdown, whatever converter made it.

html2text, markdownify, pandoc (gfm, header boxes left as HTML) and the
tab-separated markdown of EDGAR's own page keep the page's order and labels;
``grammars/edgar_page.lark`` reads them all. Each converter is a layout of its
own (its name goes into the record), told apart by habits no other converter
has; they share the grammar and the reader below.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import Callable

from lark import Token, Transformer, Tree, v_args

from ..cells import join_pieces
from ..model import Diagnostic
from ..sections import (TABLE_I_COLUMNS, TABLE_II_COLUMNS, Cell, OwnerBlock, Row, Sections,
                        SignatureCells)
from ..text import join_wrapped, split_care_of_street, split_city_line, strip_tags, unescape_markdown
from . import Layout

GRAMMAR = "edgar_page"

#: Tokens of a value that end one of its lines (see ``bits`` in the grammar).
_LINE_ENDS = {"BREAK", "U_OPEN", "U_CLOSE"}


# ---------------------------------------------------------------- telling the converters apart

def _has(*patterns: str) -> Callable[[str], bool]:
    """True when any pattern occurs in the text (MULTILINE regexes): each is a habit
    of one converter alone, and any one survives damage to the others' lines."""
    compiled = [re.compile(p, re.MULTILINE) for p in patterns]
    return lambda text: any(p.search(text) for p in compiled)


# html2text: labels glued to values, pipe tables without outer pipes
_looks_html2text = _has(r"^1\\\. Name and Address of Reporting Person\*",
                        r"^1\\\. Title of Security \(Instr\. 3\) \| 2\\\. Transaction Date",
                        r"^1\\\. Title of Derivative Security \(Instr\. 3\) \| 2\\\. Conversion")
# markdownify: the header boxes in one framed row, nested box 5 flattened into it
_markdownify_rule = re.compile(r"^\| --- \| --- \|", re.MULTILINE)
_markdownify_heads = _has(r"^\| 1\. Title of Security \(Instr\. 3\) \|",
                          r"^\| 1\. Title of Derivative Security \(Instr\. 3\) \|")


def _looks_markdownify(text: str) -> bool:
    # box 1's escaped asterisk and double spaces are markdownify's alone; its table
    # heads are too, with its spaced "| --- |" rules (other pipe tables share the heads)
    return bool(re.search(r"^\| 1\. Name and Address of Reporting Person\\\*  ", text, re.MULTILINE)
                or (_markdownify_heads(text) and _markdownify_rule.search(text)))


# pandoc: header boxes as raw HTML, checkboxes as <span class="cb">
_looks_pandoc = _has(r"<p>1\. Name and Address of Reporting Person<sup>\*</sup></p>",
                     r'<span class="cb">')
# EDGAR's page, cells separated by tabs, values underlined with <u>
_looks_tabs = _has(r"^1\. Name and Address of Reporting Person\* ?<u>",
                   r"\t2\. Issuer Name and Ticker or Trading Symbol <u>")


# ---------------------------------------------------------------- the text the grammar reads

def _prepare_tabs(text: str) -> str:
    """Tabs separate cells here; only line ends need care."""
    return text.replace("\r\n", "\n")


def _prepare(text: str) -> str:
    """Tabs are only white space in these converters (same width, so columns hold)."""
    return text.replace("\r\n", "\n").replace("\t", " ")


# ---------------------------------------------------------------- the reader

@dataclass(slots=True)
class _Relationship:
    checked: set[str]
    title: Cell | None


@dataclass(slots=True)
class _Person:
    """Box 1 (and 5) of one owner, and the street this converter ran into one line."""

    owner: OwnerBlock
    lost_street: Cell | None = None


@dataclass(slots=True)
class _Header:
    not_subject: bool | None
    person: _Person
    issuer_name: Cell | None
    ticker: Cell | None
    period_of_report: Cell | None
    original_filed: Cell | None
    more_than_one: bool | None


@dataclass(slots=True)
class _Table:
    rows: list[Row] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)


@dataclass(slots=True)
class _Line:
    """One line of the remarks, its tokens kept (a signature may hide in it)."""

    tokens: list[Token]


@dataclass(slots=True)
class _Remarks:
    text: Cell | None
    signatures: list[SignatureCells]


def _cell(tokens: list[Token], clean: Callable[[str], str]) -> Cell:
    """Adjacent tokens as one cell: their text joined as the source spaced it, with
    the markup the converter kept inside it removed ("628,553<sup>(1)</sup>")."""
    if not tokens:
        return Cell("")
    return Cell(clean(strip_tags(join_pieces(tokens))), tokens[0].line or 0, tokens[0].column or 0)


def _joined(lines: list[Cell]) -> Cell | None:
    """The lines of one value (a name or title that wrapped) as one cell."""
    lines = [c for c in lines if c]
    if not lines:
        return None
    return Cell(join_wrapped([c.text for c in lines]), lines[0].line, lines[0].column)


def _columns(cells: list[Cell], keys: tuple[str, ...], table: str, table_out: _Table) -> None:
    """A row's cells under the table's column keys; a row of another width is left out."""
    if len(cells) != len(keys):
        first = next((c for c in cells if c.line), Cell(""))
        table_out.diagnostics.append(Diagnostic(
            first.line or None, first.column or None, table,
            f"a row of {len(cells)} cells where the table has {len(keys)} columns; row left out"))
        return
    table_out.rows.append(dict(zip(keys, cells)))


def _paragraphs(lines: list[_Line]) -> list[list[_Line]]:
    """Remark lines grouped into paragraphs: a skipped line number is a blank line."""
    groups: list[list[_Line]] = []
    for line in lines:
        if groups and line.tokens[0].line == groups[-1][-1].tokens[0].line + 1:
            groups[-1].append(line)
        else:
            groups.append([line])
    return groups


def _ends_with_date(line: _Line) -> bool:
    return line.tokens[-1].type == "DATE"


def _signatures_in(paragraph: list[_Line], clean: Callable[[str], str]) -> list[SignatureCells]:
    """A signature table flattened into prose: each line ending in a date is a signer's.
    EDGAR centres the date beside a name that wraps, so the name's other lines stand
    around it: lines before the first date go to the first signer, lines after a date
    to that date's signer."""
    dated = [i for i, line in enumerate(paragraph) if _ends_with_date(line)]
    out = []
    for n, i in enumerate(dated):
        start = 0 if n == 0 else i
        end = dated[n + 1] if n + 1 < len(dated) else len(paragraph)
        names = [line.tokens[:-1] if k == i else line.tokens
                 for k, line in enumerate(paragraph[start:end], start)]
        out.append(SignatureCells(_joined([_cell(t, clean) for t in names]),
                                  _cell(paragraph[i].tokens[-1:], clean)))
    return out


@dataclass(frozen=True)
class _Habits:
    """What a converter does to the page, as far as reading it goes."""

    #: undo the converter's escapes in a value
    clean: Callable[[str], str] = unescape_markdown
    #: False when two street lines come out as one line
    street_lines_kept: bool = True
    #: False when the signature table comes out as prose lines
    signature_table_kept: bool = True


@v_args(inline=True)
class _PageReader(Transformer):
    """The parse tree of one page -> Sections (via small records per section)."""

    def __init__(self, layout: str, habits: _Habits):
        super().__init__()
        self.layout = layout
        self.habits = habits
        self.clean = habits.clean

    # -- values
    def bits(self, *tokens: Token) -> list[Cell]:
        lines: list[list[Token]] = [[]]
        for tok in tokens:
            if tok.type in _LINE_ENDS:
                lines.append([])
            else:
                lines[-1].append(tok)
        return [c for c in (_cell(line, self.clean) for line in lines) if c]

    def text(self, *tokens: Token) -> _Line:
        return _Line(list(tokens))

    def cell(self, text: Token | None) -> Cell:
        return _cell([text], self.clean) if text else Cell("")

    def mark(self, _tok: Token) -> bool:
        return True

    # -- header boxes
    def not_subject(self, mark) -> bool | None:
        return True if mark else None

    def preamble(self, not_subject) -> bool | None:
        return not_subject

    def reporting_person(self, name: list[Cell], street: list[Cell], city: list[Cell]) -> _Person:
        city_cell = _joined(city)
        person = _Person(OwnerBlock(name=_joined(name), street=street))
        if not self.habits.street_lines_kept and street:
            # Two street lines and one long line read the same here: unless the
            # break is certain (a care-of line), neither line is given.
            parts = split_care_of_street(street[0].text)
            if parts:
                person.owner.street = [Cell(p, street[0].line, street[0].column) for p in parts]
            else:
                person.owner.street, person.lost_street = [], street[0]
        if city_cell:
            c, s, z = split_city_line(city_cell.text)
            person.owner.city, person.owner.state, person.owner.zip = (
                Cell(v, city_cell.line, city_cell.column) if v else None for v in (c, s, z))
        return person

    def issuer(self, name: list[Cell], ticker: list[Cell]) -> tuple[Cell | None, Cell | None]:
        return _joined(name), _joined(ticker)

    def box_director(self, mark) -> str | None:
        return "director" if mark else None

    def box_ten_percent_owner(self, mark) -> str | None:
        return "ten_percent_owner" if mark else None

    def box_officer(self, mark) -> str | None:
        return "officer" if mark else None

    def box_other(self, mark) -> str | None:
        return "other" if mark else None

    def relationship(self, director, ten, officer, other, title: list[Cell]) -> _Relationship:
        return _Relationship({b for b in (director, ten, officer, other) if b}, _joined(title))

    def earliest_transaction(self, value: list[Cell]) -> Cell | None:
        return _joined(value)

    amendment = earliest_transaction

    def box_one_person(self, mark) -> bool | None:
        return False if mark else None

    def box_more_persons(self, mark) -> bool | None:
        return True if mark else None

    def joint_filing(self, one: bool | None, more: bool | None) -> bool | None:
        return more if more is not None else one

    def owner(self, person: _Person, relationship: _Relationship) -> _Person:
        owner = person.owner
        owner.checked = relationship.checked
        if relationship.title is not None:
            # The line under box 5 is the officer's title, or the "other" text when only
            # "Other" is checked.
            if "other" in relationship.checked and "officer" not in relationship.checked:
                owner.other_text = relationship.title
            else:
                owner.officer_title = relationship.title
        return person

    def header(self, not_subject, person, issuer, relationship, earliest, amendment, joint) -> _Header:
        return _Header(not_subject, self.owner(person, relationship), issuer[0], issuer[1],
                       earliest, amendment, joint)

    # -- tables
    def open_row(self, first: Token, *cells: Cell) -> list[Cell]:
        return [self.cell(first), *cells]

    def framed_row(self, *cells: Cell) -> list[Cell]:
        return list(cells)

    tab_row = framed_row

    def table_i(self, *rows: list[Cell]) -> _Table:
        out = _Table()
        for cells in rows:
            _columns(cells, TABLE_I_COLUMNS, "non_derivative", out)
        return out

    def table_ii(self, *rows: list[Cell]) -> _Table:
        out = _Table()
        for cells in rows:
            _columns(cells, TABLE_II_COLUMNS, "derivative", out)
        return out

    # -- owners, footnotes, remarks
    def owners(self, *owners: _Person) -> list[_Person]:
        return list(owners)

    def footnote(self, fid: Token, first: Token | None, *more: Token) -> tuple[str, Cell]:
        lines = [t for t in (first, *more) if t is not None]
        key = fid.strip("\\.()").lstrip("0") or "0"
        if not lines:
            return key, Cell("", fid.line or 0, fid.column or 0)
        return key, Cell(self.clean(join_wrapped([str(t) for t in lines])), lines[0].line or 0,
                         lines[0].column or 0)

    def explanation(self, *footnotes: tuple[str, Cell]) -> list[tuple[str, Cell]]:
        return list(footnotes)

    def remark_line(self, text: _Line) -> _Line:
        return text

    def open_signature(self, name: _Line, date: Cell) -> SignatureCells:
        return SignatureCells(_cell(name.tokens, self.clean), date)

    def framed_signature(self, name: Cell, date: Cell) -> SignatureCells:
        return SignatureCells(name, date)

    def remarks(self, *items) -> _Remarks:
        lines = [i for i in items if isinstance(i, _Line)]
        signatures = [s for s in items if isinstance(s, SignatureCells) and s.name]
        if not self.habits.signature_table_kept and lines:
            # The signature table is prose here: its last paragraph, if dated, signs.
            paragraphs = _paragraphs(lines)
            found = _signatures_in(paragraphs[-1], self.clean)
            if found:
                signatures = found
                lines = [line for p in paragraphs[:-1] for line in p]
        text = _joined([_cell(line.tokens, self.clean) for line in lines])
        return _Remarks(text, signatures)

    # -- the page
    def start(self, header: _Header, table_i: _Table, table_ii: _Table, owners, footnotes,
              remarks: _Remarks) -> Sections:
        # The Reporting Owners section, when the page has one, lists every owner.
        persons: list[_Person] = owners or [header.person]
        lost = [Diagnostic(p.lost_street.line, p.lost_street.column, "reporting_owners.street1",
                           "the street lines run together in this text; street left out")
                for p in persons if p.lost_street]
        return Sections(
            layout=self.layout,
            not_subject=header.not_subject,
            issuer_name=header.issuer_name,
            ticker=header.ticker,
            owners=[p.owner for p in persons],
            period_of_report=header.period_of_report,
            original_filed=header.original_filed,
            more_than_one=header.more_than_one,
            table_i=table_i.rows,
            table_ii=table_ii.rows,
            footnotes=footnotes,
            remarks=remarks.text,
            signatures=remarks.signatures,
            diagnostics=table_i.diagnostics + table_ii.diagnostics + lost,
            marks_kept=True,
        )


# ---------------------------------------------------------------- the layouts

def _reader(name: str, habits: _Habits) -> Callable[[Tree, str], Sections]:
    def read_tree(tree: Tree, _prepared: str) -> Sections:
        return _PageReader(name, habits).transform(tree)
    return read_tree


def _clean_html(text: str) -> str:
    """pandoc leaves the header boxes as HTML: entities too ("&amp;")."""
    return html.unescape(unescape_markdown(text))


LAYOUTS = (
    Layout(name="edgar-markdown-tabs",
           description="EDGAR's Form 4 page as markdown, cells separated by tabs, values in <u>",
           grammar=GRAMMAR, looks_like=_looks_tabs, prepare=_prepare_tabs,
           read_tree=_reader("edgar-markdown-tabs", _Habits(signature_table_kept=False))),
    Layout(name="html2text", description="html2text of EDGAR's Form 4 page",
           grammar=GRAMMAR, looks_like=_looks_html2text, prepare=_prepare,
           read_tree=_reader("html2text", _Habits())),
    Layout(name="markdownify", description="markdownify of EDGAR's Form 4 page",
           grammar=GRAMMAR, looks_like=_looks_markdownify, prepare=_prepare,
           read_tree=_reader("markdownify", _Habits(street_lines_kept=False))),
    Layout(name="pandoc-html",
           description="pandoc -t gfm of EDGAR's Form 4 page (header boxes stay HTML)",
           grammar=GRAMMAR, looks_like=_looks_pandoc, prepare=_prepare,
           read_tree=_reader("pandoc-html", _Habits(clean=_clean_html))),
)
