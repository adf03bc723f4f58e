"""Layout "pdf-text": a PDF text extraction with broken words and tab-scattered columns.

The converter prints each horizontal band of the form as one line: box 1, box
2 and box 5 of the same height share a line, separated by tabs, with the value
of each box in the same tab field as its label ("Name and Address of Reporting
Person* Federico Richard D"). Words and dates are broken at column edges. The
grammar ``grammars/pdf_text.lark`` finds the labels among the fragments; this
module turns its tree into ``Sections`` and reads each table row (start
symbols ``t1_row`` / ``t2_row``).
"""

from __future__ import annotations

import re

from collections.abc import Iterable
from typing import Any

from lark import Token, Transformer, Tree, v_args

from ..sections import Cell, OwnerBlock, Sections, SignatureCells
from ..text import fold, join_wrapped, split_city_line, strip_emphasis, unescape_markdown
from . import Layout
from .rows import read_rows

NAME = "pdf-text"
GRAMMAR = "pdf_text"

# The address on the line of its labels: "(Last) (First) (Middle) C/O ..." and
# "455 COMMERCE DRIVE, SUITE 4 (Street) AMHERST NY 14228".
_NAME_LABELS_THEN_STREET = re.compile(r"^\(Last\) *\(First\) *\(Middle\) +[^\s<]", re.M)
_STREET_BEFORE_LABEL = re.compile(r"^[^\t\n<|]*[^\s<|][^\t\n<|]*\(Street\)", re.M)
_MARKUP = re.compile(r"<(u|sup|input|br)\b|^\|", re.M)


def looks_like(text: str) -> bool:
    """Tab-separated bands with the street written before "(Street)" on the label line."""
    head = text[:200_000]
    return ("\t" in head and not _MARKUP.search(head)
            and bool(_NAME_LABELS_THEN_STREET.search(head))
            and bool(_STREET_BEFORE_LABEL.search(head)))


def prepare(text: str) -> str:
    r"""Bold marks and backslash escapes off each line (``**Federico**``, ``\$10``);
    a final line break so that the last line ends like the others."""
    return "\n".join(unescape_markdown(strip_emphasis(line)) for line in text.split("\n")) + "\n"


#: the fields every part adds to; of the other fields, the first part's value holds
_LISTED = ("table_i", "table_ii", "diagnostics", "footnotes", "signatures")


def merged(parts: Iterable[dict | None]) -> dict:
    """The fields of all parts: lists joined in the parts' order, others first found."""
    found: dict = {}
    for part in parts:
        for key, value in (part or {}).items():
            if key in _LISTED:
                found.setdefault(key, []).extend(value)
            else:
                found.setdefault(key, value)
    return found


def sections(layout: str, found: dict, owners: list[OwnerBlock]) -> Sections:
    """The sections a layout found, with the owners it read from them."""
    return Sections(
        layout=layout,
        not_subject=found.get("not_subject"),
        issuer_name=found.get("issuer_name"),
        ticker=found.get("ticker"),
        owners=owners,
        period_of_report=found.get("period_of_report"),
        original_filed=found.get("original_filed"),
        more_than_one=found.get("more_than_one"),
        table_i=found.get("table_i", []),
        table_ii=found.get("table_ii", []),
        footnotes=found.get("footnotes", []),
        remarks=found.get("remarks"),
        signatures=found.get("signatures", []),
        diagnostics=found.get("diagnostics", []),
    )


@v_args(inline=True)
class RelationshipBoxes(Transformer):
    """The four relationship boxes of box 5, each read as (relationship, checked): a
    transformer's methods for the rules the grammar names."""

    def director(self, mark, _label):
        return ("director", mark is not None)

    def ten_percent_owner(self, mark, _label):
        return ("ten_percent_owner", mark is not None)

    def officer(self, mark, _label):
        return ("officer", mark is not None)

    def other(self, mark, _label):
        return ("other", mark is not None)


def _cell(tok: Token | None) -> Cell | None:
    return Cell.at(fold(tok), tok) if tok is not None else None


@v_args(inline=True)
class _Document(RelationshipBoxes):
    """Parse tree -> the fields of ``Sections`` each part fills (merged by ``start``)."""

    def __init__(self, lines: list[str]):
        super().__init__()
        self.lines = lines

    # ------------------------------------------------------------ header boxes
    def header(self, *pieces: object) -> dict[str, Any]:
        found: dict[str, Any] = {}
        for piece in pieces:
            if isinstance(piece, dict):
                for key, value in piece.items():
                    found.setdefault(key, value)
            elif isinstance(piece, tuple):
                found.setdefault("relationships", set())
                if piece[1]:
                    found["relationships"].add(piece[0])
        return found

    def box1(self, _label, name):
        return {"name": _cell(name)}

    def box2(self, _label, issuer):
        return issuer or {}

    def issuer(self, *parts):
        *words, ticker = parts
        name = [w for w in words if w is not None]
        return {"issuer_name": Cell.at(" ".join(name), name[0]) if name else None,
                "ticker": _cell(ticker)}

    def name_labels(self, _label, street):
        return {"street1": _cell(street)}

    def street(self, street, _label, city):
        return {"street2": _cell(street), "city_line": _cell(city)}

    def box3(self, _label, date):
        return {"period_of_report": _cell(date)}

    def box4(self, _label, date):
        return {"original_filed": _cell(date)}

    def box6(self, _label):
        return {}

    def one_reporting_person(self, mark, _label):
        return {"more_than_one": False} if mark is not None else {}

    def more_reporting_persons(self, mark, _label):
        return {"more_than_one": True} if mark is not None else {}

    def not_subject(self, mark, _label):
        return {"not_subject": True} if mark is not None else {}

    # ------------------------------------------------------------ tables
    def row(self, tok):
        return tok

    def table_i(self, _columns, *lines):
        return self._table("table_i", "t1_row", lines)

    def table_ii(self, _title, _columns, *lines):
        return self._table("table_ii", "t2_row", lines)

    def _table(self, key: str, start: str, lines) -> dict:
        problems: list = []
        rows = [t for t in lines if isinstance(t, Token) and t.type == "ROW"]
        return {key: read_rows(rows, self.lines, GRAMMAR, start, problems, titles=False),
                "diagnostics": problems}

    # ------------------------------------------------------------ closing sections
    def explanation(self, _label, *items):
        return {"footnotes": [f for f in items if isinstance(f, tuple)]}

    def footnote(self, fid, first, *more):
        lines = [t for t in (first, *more) if t is not None]
        text = Cell.at(join_wrapped([str(t) for t in lines]), lines[0]) \
            if lines else Cell.at("", fid)
        return (fid.strip("().").lstrip("0") or "0", text)

    def closing(self, *items):
        remarks = [w for w in items if isinstance(w, Cell)]
        return {"remarks": Cell(join_wrapped([c.text for c in remarks]), remarks[0].line,
                                remarks[0].column) if remarks else None,
                "signatures": [s for s in items if isinstance(s, SignatureCells)]}

    def remark(self, words):
        return words

    def signature(self, before, date, after):
        name = " ".join(c.text for c in (before, after) if c is not None)
        first = before or after
        return SignatureCells(Cell.at(name, first) if first else None, _cell(date))

    def words(self, *toks):
        return Cell.at(" ".join(toks), toks[0])

    def start(self, *parts):
        return _sections(merged(parts))


def _owner(found: dict) -> OwnerBlock | None:
    """Box 1: the name, "(Last) (First) (Middle)" street, "(Street)" street, city line."""
    if not found.get("name"):
        return None
    block = OwnerBlock(name=found["name"],
                       street=[c for c in (found.get("street1"), found.get("street2")) if c])
    city = found.get("city_line")
    if city:
        c, s, z = split_city_line(city.text)
        block.city, block.state, block.zip = (Cell.at(v, city) if v else None
                                              for v in (c, s, z))
    block.checked = found.get("relationships", set())
    return block


def _sections(found: dict) -> Sections:
    owner = _owner(found)
    return sections(NAME, found, [owner] if owner else [])


def read_tree(tree: Tree, prepared: str) -> Sections:
    return _Document(prepared.split("\n")).transform(tree)


LAYOUT = Layout(
    name=NAME,
    description="PDF text extraction: bands of the form on tab-separated lines, broken words",
    grammar=GRAMMAR,
    looks_like=looks_like,
    prepare=prepare,
    read_tree=read_tree,
)
