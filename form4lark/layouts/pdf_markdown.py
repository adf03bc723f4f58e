"""Layout "pdf-markdown": markdown made from a third-party PDF rendering of a Form 4.

The rendering is the older SEC page with a "Reporting Owners" table and a
"## Signatures" section; its markdown keeps a label and its value in one
paragraph, may shuffle the header boxes, and scatters table cells over pipe or
tab columns that no longer line up with the header. ``grammars/pdf_markdown.lark``
reads the paragraphs and lines; this module turns its tree into ``Sections``,
reads each table row's values by their kind (start symbols ``t1_values`` and
``t2_values``) and joins the pieces of a row the rendering split over lines.
"""

from __future__ import annotations

import re

from lark import Token, Tree, v_args

from ..sections import Cell, OwnerBlock, Sections, SignatureCells
from ..text import fold, join_wrapped, split_city_line, strip_emphasis, strip_tags, unescape_markdown
from . import Layout
from .found import RelationshipBoxes, merged, sections
from .rows import read_rows

NAME = "pdf-markdown"
GRAMMAR = "pdf_markdown"

# The rendering's own sections: a table of reporting owners and a "Signatures" heading.
_OWNERS_TABLE = re.compile(r"^[#* ]*Reporting Owner Name / Address\W*$", re.M)
_SIGNATURES = re.compile(r"^#+ *Signatures *$", re.M)


def looks_like(text: str) -> bool:
    """Markdown with the rendering's "Reporting Owner Name / Address" table and "## Signatures"."""
    head = text[:200_000]
    return bool(_OWNERS_TABLE.search(head) and _SIGNATURES.search(head))


def prepare(text: str) -> str:
    """Markup off each line (tags, bold, backslash escapes); line numbers kept.

    Two line breaks are added at the end so that the last paragraph ends like
    every other one."""
    lines = (unescape_markdown(strip_emphasis(strip_tags(line))) for line in text.split("\n"))
    return "\n".join(lines) + "\n\n"


def _cell(tok: Token | None) -> Cell | None:
    return Cell(fold(tok), tok.line, tok.column) if tok is not None else None


def _joined(toks: list[Token]) -> Cell | None:
    """Lines of one value (a paragraph) as one cell."""
    toks = [t for t in toks if isinstance(t, Token)]
    if not toks:
        return None
    return Cell(join_wrapped([str(t) for t in toks]), toks[0].line, toks[0].column)


@v_args(inline=True)
class _Document(RelationshipBoxes):
    """Parse tree -> the fields of ``Sections`` each part fills (merged by ``start``)."""

    def __init__(self, lines: list[str]):
        super().__init__()
        self.lines = lines

    # ------------------------------------------------------------ header boxes
    def noise(self, *_):
        return {}

    name_labels = box5 = boilerplate = filler = general_note = noise

    def not_subject(self, mark, *_):
        return {"not_subject": True} if mark is not None else {}

    def box1(self, _label, *name):
        return {"box1_name": _joined(list(name))}

    def street(self, value, _label, *_):
        return {"box1_street": _cell(value)}

    def city(self, value, _label, *_):
        return {"box1_city": _cell(value)}

    def box2(self, _label, issuer, *_):
        return issuer or {}

    def issuer(self, name, ticker):
        return {"issuer_name": _cell(name), "ticker": _cell(ticker)}

    def box3(self, _label, date, *_):
        return {"period_of_report": _cell(date)}

    def box4(self, _label, date, *_):
        return {"original_filed": _cell(date)}

    def relationships(self, *parts):
        lines = [p for p in parts if isinstance(p, list)]
        below = [p for p in parts if isinstance(p, Token)]  # the title "given below" the boxes
        checked = {rel for line in lines for rel, marked in line if marked}
        return {"relationships": (checked, _cell(below[0]) if below else None)}

    def relationship_line(self, *options):
        return list(options)

    def box6(self, _label, *options):
        return self.filing_lines(*options)

    def filing_lines(self, *options):
        marked = [more for more, mark in (o for o in options if isinstance(o, tuple)) if mark]
        return {"more_than_one": marked[0]} if len(marked) == 1 else {}

    def one_reporting_person(self, mark, _label):
        return (False, mark is not None)

    def more_reporting_persons(self, mark, _label):
        return (True, mark is not None)

    # ------------------------------------------------------------ tables
    def row(self, tok):
        return tok

    def table_i(self, _title, *lines):
        problems: list = []
        rows = read_rows(_rows(lines), self.lines, GRAMMAR, "t1_values", problems)
        return {"table_i": rows, "diagnostics": problems}

    def table_ii(self, _title, *lines):
        problems: list = []
        rows = read_rows(_rows(lines), self.lines, GRAMMAR, "t2_values", problems)
        return {"table_ii": rows, "diagnostics": problems}

    # ------------------------------------------------------------ reporting owners
    def owners(self, _heading, *parts):
        return {"owners": [p for p in parts if isinstance(p, OwnerBlock)]}

    def owner(self, first, *lines):
        return _owner_from_lines([first, *(t for t in lines if isinstance(t, Token))])

    def relationship_cells(self, _tok):
        # "X" under Director / 10% Owner / Officer / Other: the markdown lost
        # which column it stood in, so it tells nothing about the relationship.
        return None

    # ------------------------------------------------------------ signatures, notes
    def signatures(self, _heading, *items):
        return {"signatures": [s for s in items if isinstance(s, SignatureCells)]}

    def signature(self, signer, date, *_):
        return SignatureCells(signer, _cell(date))

    def signer(self, *lines):
        return _joined(list(lines))

    def signature_label(self, *_):
        return None

    def explanation(self, _heading, *items):
        return {"footnotes": [f for f in items if isinstance(f, tuple)]}

    def footnote(self, fid, first, *more):
        text = _joined([t for t in (first, *more) if t is not None])
        return (fid.strip("().").lstrip("0") or "0", text or Cell("", fid.line, fid.column))

    def remarks(self, _heading, inline, *paragraphs):
        cells = [c for c in (_cell(inline), *paragraphs) if c]
        if not cells:
            return {}
        return {"remarks": Cell(join_wrapped([c.text for c in cells]), cells[0].line, cells[0].column)}

    def remark(self, *lines):
        return _joined(list(lines))

    def start(self, *parts):
        return _sections(merged(parts))


def _rows(lines: tuple) -> list[Token]:
    """The row lines of a table (its header, rules and stray lines are other tokens)."""
    return [t for t in lines if isinstance(t, Token) and t.type == "ROW"]


def _owner_from_lines(lines: list[Token]) -> OwnerBlock:
    """An owner cell of "Reporting Owners": name, street lines, then "CITY, ST ZIP"."""
    name, *address = lines
    block = OwnerBlock(name=_cell(name))
    if address:
        city, state, zip_code = split_city_line(str(address[-1]), comma_before_state=True)
        if state or zip_code:
            last = address.pop()
            block.city = Cell(city or "", last.line, last.column)
            block.state = Cell(state or "", last.line, last.column)
            block.zip = Cell(zip_code or "", last.line, last.column)
    block.street = [_cell(t) for t in address]
    return block


def _box1_owner(found: dict) -> OwnerBlock | None:
    """Box 1 as the owner, for a text without the "Reporting Owners" table."""
    if "box1_name" not in found:
        return None
    block = OwnerBlock(name=found["box1_name"])
    street = found.get("box1_street")
    if street:
        block.street = [street]
    city = found.get("box1_city")
    if city:
        c, s, z = split_city_line(city.text, comma_before_state=True)
        block.city, block.state, block.zip = (Cell(v, city.line, city.column) if v else None
                                              for v in (c, s, z))
    return block


def _sections(found: dict) -> Sections:
    owners = found.get("owners") or [b for b in [_box1_owner(found)] if b]
    checked, title = found.get("relationships", (set(), None))
    if len(owners) == 1 and checked:
        owners[0].checked = set(checked)
        if title and "officer" in checked and "other" not in checked:
            owners[0].officer_title = title
        elif title and "other" in checked and "officer" not in checked:
            owners[0].other_text = title
    return sections(NAME, found, owners)


def read_tree(tree: Tree, prepared: str) -> Sections:
    return _Document(prepared.split("\n")).transform(tree)


LAYOUT = Layout(
    name=NAME,
    description="markdown of a third-party PDF rendering (Reporting Owners, ## Signatures)",
    grammar=GRAMMAR,
    looks_like=looks_like,
    prepare=prepare,
    read_tree=read_tree,
)
