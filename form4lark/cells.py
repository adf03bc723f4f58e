"""Typed values out of single cells, with ``grammars/cells.lark``.

A layout reader cuts a page into cells (one field of a table row or a box);
this module reads each cell as the kind of value its column holds and returns
the value with the footnote ids that stand on it. A cell that does not read as
its kind gives ``None`` and a reason, never a guess.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from lark import Lark, Token, Transformer, v_args
from lark.exceptions import LarkError

from .grammar import load
from .placeholders import GLUED_UNPLACED, UNCUT, UNPLACED

if TYPE_CHECKING:
    from .sections import Cell

KINDS = ("amount_cell", "price_cell", "date_cell", "code_cell", "swap_cell",
         "acquired_disposed_cell", "direct_indirect_cell", "text_cell")


@dataclass(frozen=True, slots=True)
class CellValue:
    """What one cell holds: the value, its footnote ids, and why it is None if unread."""

    value: Any
    marks: tuple[str, ...] = ()
    problem: str | None = None


def to_decimal(text: str) -> Decimal:
    """``"19,214"`` -> ``Decimal("19214")``; ``"$ 7"`` -> ``Decimal("7")``."""
    return Decimal(text.replace("$", "").replace(",", "").strip())


def to_date(text: str) -> dt.date | None:
    """``"11/14/2013"`` or ``"2013-11-14"`` -> date; None if the date does not exist."""
    try:
        if "-" in text:
            year, month, day = (int(p) for p in text.split("-"))
        else:
            month, day, year = (int(p) for p in text.split("/"))
        return dt.date(year, month, day)
    except ValueError:
        return None


def join_pieces(pieces: list[Token]) -> str:
    """Join text tokens, keeping a space only where the source had white space."""
    out: list[str] = []
    end = None
    for tok in pieces:
        if out and end is not None and tok.start_pos is not None and tok.start_pos > end:
            out.append(" ")
        out.append(str(tok))
        end = tok.end_pos
    return "".join(out)


# a word broken after its hyphen at a line's end whose lines a converter joined with a
# space ("Venture 2010- Seed Fund"): no value prints a hyphen ending a word before the next
# word, but for a hyphen standing for a word's end shared with the next ("pre- and post-")
_HYPHEN_SPACED = re.compile(r"(?<=\w)- (?!(?:and|or|to|through)\b)(?=\w)")


def hyphen_joined(text: str) -> str:
    """``text`` with each word broken after its hyphen and joined by a space made whole
    (for the shapes that join a PDF's wrapped lines only: ``build.WRAPPED_PDF_LAYOUTS``)."""
    return _HYPHEN_SPACED.sub("-", text)


@v_args(inline=True)
class _CellTransformer(Transformer):
    """One cell tree -> CellValue; token callbacks convert, rules assemble."""

    def AMOUNT(self, tok: Token) -> Decimal:
        return to_decimal(tok)

    GROUPED_AMOUNT = AMOUNT

    def PRICE(self, tok: Token) -> Decimal:
        return to_decimal(tok)

    def DATE(self, tok: Token) -> dt.date | _NoSuchDate:
        return to_date(tok) or _NoSuchDate(tok)

    ISO_DATE = DATE

    def ACQUIRED_DISPOSED(self, tok: Token) -> str:
        return tok.strip("()")

    DIRECT_INDIRECT = ACQUIRED_DISPOSED

    def mark(self, tok: Token) -> str:
        return tok.strip("()").lstrip("0") or "0"

    def marks(self, *ids: str) -> tuple[str, ...]:
        return ids

    def words(self, *pieces: Token) -> str:
        return join_pieces(list(pieces))

    def amount_cell(self, value, marks):
        return CellValue(value, marks)

    def marked_amount_cell(self, value, glued, marks):
        return CellValue(value, (str(glued), *marks))

    price_cell = amount_cell
    acquired_disposed_cell = amount_cell
    direct_indirect_cell = amount_cell

    def date_cell(self, value, marks):
        if isinstance(value, _NoSuchDate):
            return CellValue(None, marks, f"{value.text} is not a date that exists")
        return CellValue(value, marks)

    def code_cell(self, code, suffix, marks):
        return CellValue((str(code), str(suffix) if suffix else None) if code else None, marks)

    def swap_cell(self, flag, marks):
        return CellValue(flag is not None, marks)

    def text_cell(self, *pieces):
        words = [p for p in pieces if isinstance(p, Token)]
        marks = tuple(p for p in pieces if not isinstance(p, Token))
        return CellValue(join_pieces(words) or None, marks)


@dataclass(frozen=True, slots=True)
class _NoSuchDate:
    """A date cell's text that names no day of the calendar (the 31st of April)."""

    text: str


#: why such a value is None
UNCUT_PROBLEM = "its figures ran into the next value's, and where they part is not certain"
# the amount of such a value keeps the run after ``UNCUT`` ("\ue0028.88301,097(2)")
_UNCUT_RUN = re.compile(UNCUT + r"([0-9.,]+)")


#: why such a cell is None
UNPLACED_PROBLEM = "its footnote marks ran into the cells' beside it, and which cell holds which is not told"


@dataclass(frozen=True, slots=True)
class Uncut:
    """The amount owned of a run holding a price and an amount where the cut is not
    certain (``UNCUT``): the run, read by the table's arithmetic (``settle_cuts.py``)."""

    run: str


def _parser() -> Lark:
    """The cells grammar's parser. Its trees' nodes have no spans: the transformer reads
    tokens alone (each keeps its place), and spans would cost a third of the parse."""
    return load("cells", KINDS, positions=False)


@lru_cache(maxsize=4096)
def read_cell(kind: str, text: str) -> CellValue:
    """Read ``text`` as a cell of ``kind`` (one of KINDS)."""
    text = " ".join(text.split())
    if not text:
        return CellValue(None if kind != "swap_cell" else False)
    if text in (UNPLACED, GLUED_UNPLACED):
        return CellValue(None, (), UNPLACED_PROBLEM)
    run = _UNCUT_RUN.match(text)
    if run:
        return CellValue(Uncut(run.group(1)), _loose_marks(text[run.end():]))
    if UNCUT in text:
        return CellValue(None, _loose_marks(text.replace(UNCUT, "")), UNCUT_PROBLEM)
    try:
        tree = _parser().parse(text, start=kind)
    except LarkError:
        return CellValue(None, _loose_marks(text), f"cannot read {text!r} as {kind.replace('_cell', '')}")
    return _CellTransformer().transform(tree)


def cell_amount(cell: Cell | None) -> Decimal | None:
    """The amount a cell of the source holds (None where it holds none)."""
    value = read_cell("amount_cell", cell.text).value if cell else None
    return value if isinstance(value, Decimal) else None


def _loose_marks(text: str) -> tuple[str, ...]:
    """The footnote marks of a cell whose value did not read: they are still marks."""
    try:
        tree = _parser().parse(text, start="text_cell")
    except LarkError:
        return ()
    return _CellTransformer().transform(tree).marks

