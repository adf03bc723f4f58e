"""Reading-order text: what ``pdftotext -raw`` makes of EDGAR's Form 4 page.

No column positions survive, only the order of the words. The grammar
(``grammars/reading_order.lark``) reads each box by its labels and each table
row as a typed sequence of cells; this module turns that tree into
``Sections``. What the page cut apart and no grammar can put back (which text
lines are a row's title and which the wrapped rest of the row above, owner
blocks and rows that a page break split) is settled in ``reading_order_pieces``.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from lark import Token, Transformer, Tree, v_args

from ..model import Diagnostic
from ..sections import Cell, Sections
from . import Layout
from .reading_order_pieces import (CITY_LABEL, NAME_LABEL, STREET_LABEL, Line, Relationship,
                                   RowPiece, assemble_rows, footnotes, marked_boxes, owner,
                                   signatures, token_cell, words_cell)

# Whole lines that pdftotext -raw prints for EDGAR's Form 4 page, and only it prints so.
_MARKER_LINES = ("1. Name and Address of Reporting Person*", "(Last) (First) (Middle)",
                 "(Street)", "(City) (State) (Zip)")
_WIDE_GAP = re.compile(r"\S {3,}\S")
# Markdown and HTML that other converters leave: table pipes, headings, bold, tags, escapes
_MARKUP = re.compile(r"^\s*(\||#+ )|\*\*\S|</?[a-z]+>|\\[$*_\[\]()]")


def looks_like(text: str) -> bool:
    """One PDF line per text line, no column gaps, no blank lines, no markdown."""
    lines = text[:200_000].replace("\r\n", "\n").split("\n")
    stripped = {line.strip("\f ") for line in lines}
    if not all(marker in stripped for marker in _MARKER_LINES):
        return False
    body = [line for line in lines if line.strip("\f ")]
    blank = len(lines) - len(body) - 1
    gaps = sum(1 for line in body if _WIDE_GAP.search(line))
    markdown = sum(1 for line in body if _MARKUP.search(line))
    return blank <= len(body) // 50 and gaps == 0 and markdown == 0


def prepare(text: str) -> str:
    """Line ends made plain ("\\r\\n" -> "\\n"), a final line end added; line numbers kept."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text if text.endswith("\n") else text + "\n"


@v_args(inline=True)
class _Reader(Transformer):
    """The parse tree -> the pieces of the form, each with its source position."""

    def words(self, *tokens: Token) -> Cell:
        return words_cell(tokens)

    def text_line(self, words: Cell) -> Line:
        return Line(words)

    def owner_text(self, line: Token) -> Line:
        return Line(token_cell(line))

    footnote_text = remarks_text = owner_text

    def nature(self, text: Token) -> Cell:
        return token_cell(text)

    # ------------------------------------------------------------ header boxes
    def form_header(self, *marked) -> bool:
        return bool(marked)

    def not_subject(self) -> bool:
        return True

    def name_label(self):
        return NAME_LABEL

    def street_label(self):
        return STREET_LABEL

    def city_label(self):
        return CITY_LABEL

    def owner_block(self, *lines):
        return [line for line in lines if line is not None]

    def box1(self, lines):
        return lines

    def director_row(self, row: Token) -> Relationship:
        return Relationship(marked_boxes(row, {"Director": "director",
                                               "10% Owner": "ten_percent_owner"}))

    def officer_row(self, row: Token) -> Relationship:
        return Relationship(marked_boxes(row, {"Officer": "officer", "Other": "other"}),
                            titled=True)

    def relationship_label(self) -> None:
        return None

    def box5(self, _label, director_row, officer_row, *title_lines: Line):
        return [director_row, officer_row, *title_lines]

    def issuer_name(self, *parts: Token) -> Cell:
        return words_cell(parts)

    def box2(self, name: Cell, ticker: Token | None):
        return name, token_cell(ticker) if ticker else None

    def box3(self, date: Token | None) -> Cell | None:
        return token_cell(date) if date else None

    def box4_6(self, date_before: Token | None, date_after: Token | None, one: bool, more: bool):
        date = date_before or date_after
        return token_cell(date) if date else None, True if more else False if one else None

    def filed_by_one(self, check: Token | None) -> bool:
        return check is not None

    filed_by_more = filed_by_one

    # ------------------------------------------------------------ tables
    def row_i_transaction(self, lead, date, deemed, code, swap, shares, acquired_disposed,
                          price, following, direct_indirect, nature) -> RowPiece:
        return RowPiece("i", lead, nature, _cells(
            transaction_date=date, deemed_execution_date=deemed, transaction_code=code,
            equity_swap_involved=swap or "", shares=shares, acquired_disposed=acquired_disposed,
            price_per_share=price, shares_owned_following=following,
            direct_or_indirect=direct_indirect))

    def row_i_holding(self, lead, following, direct_indirect, nature) -> RowPiece:
        return RowPiece("i", lead, nature, _cells(
            shares_owned_following=following, direct_or_indirect=direct_indirect))

    def row_ii_transaction(self, lead, conversion, date, deemed, code, swap, first_amount,
                           second_amount, dates, underlying, underlying_amount, price, following,
                           direct_indirect, nature) -> RowPiece:
        # Column 5: with two numbers the first stood in (A), the second in (D);
        # with one, the text lost which (reading_order_pieces may still tell).
        shares = (dict(shares_acquired=first_amount, shares_disposed=second_amount)
                  if second_amount else dict(shares=first_amount))
        return RowPiece("ii", lead, nature, underlying=underlying, cells=_cells(
            conversion_or_exercise_price=conversion, transaction_date=date,
            deemed_execution_date=deemed, transaction_code=code, equity_swap_involved=swap or "",
            **shares, **dates, underlying_shares=underlying_amount, price_per_share=price,
            shares_owned_following=following, direct_or_indirect=direct_indirect))

    def row_ii_holding(self, lead, conversion, dates, underlying, underlying_amount, price,
                       following, direct_indirect, nature) -> RowPiece:
        return RowPiece("ii", lead, nature, underlying=underlying, cells=_cells(
            conversion_or_exercise_price=conversion, **dates,
            underlying_shares=underlying_amount, price_per_share=price,
            shares_owned_following=following, direct_or_indirect=direct_indirect))

    def row_ii_holding_dated(self, lead, exercise, expiration, *rest) -> RowPiece:
        return self.row_ii_holding(lead, None, dict(exercise_date=exercise,
                                                    expiration_date=expiration), *rest)

    def both_dates(self, exercise: Token, expiration: Token) -> dict:
        return dict(exercise_date=exercise, expiration_date=expiration)

    def one_date(self, date: Token) -> dict:
        # An exercise date without an expiration date, or the reverse: the text cannot say.
        return {}

    def no_dates(self) -> dict:
        return {}

    def underlying_title(self, *lines: Cell) -> list[Cell]:
        return list(lines)

    def table_i(self, *items) -> list:
        return list(items)

    table_ii = table_i

    # ------------------------------------------------------------ the rest
    def reporting_owners(self, *blocks):
        return list(blocks)

    def footnote_start(self, number: Token, text: Token) -> tuple[str, Cell]:
        return number.rstrip("."), token_cell(text)

    def explanation(self, *items):
        return list(items)

    def dated_line(self, name: Token | None, date: Token):
        return token_cell(name) if name else None, token_cell(date)

    def remarks(self, *items):
        return list(items)

    def footer(self, _text=None):
        return None

    def start(self, *sections) -> _Parts:
        return _Parts(*sections[:-1])


class _Parts(NamedTuple):
    """The form's sections as the reader left them, in the order of the page."""

    not_subject: bool
    box1: list
    box2: tuple[Cell, Cell | None]
    box5: list
    box3: Cell | None
    box4_6: tuple[Cell | None, bool | None]
    table_i: list
    table_ii: list
    reporting_owners: list | None
    explanation: list
    remarks: list


def _cells(**values) -> dict[str, Cell]:
    """Column key -> Cell for the cells a row holds (None: not in the text)."""
    return {key: token_cell(value) if isinstance(value, Token) else Cell(value)
            for key, value in values.items() if value is not None}


def read_tree(tree: Tree, text: str) -> Sections:
    parts: _Parts = _Reader().transform(tree)
    issuer, ticker = parts.box2
    original, more_than_one = parts.box4_6
    # "Reporting Owners", where the page has it, lists every owner; else box 1 is the one
    owner_blocks = parts.reporting_owners or [parts.box1 + parts.box5]
    remarks, signature_cells = signatures(parts.remarks)
    diagnostics: list[Diagnostic] = []
    return Sections(
        layout=LAYOUT.name,
        not_subject=True if parts.not_subject else None,
        issuer_name=issuer, ticker=ticker,
        owners=[owner(lines) for lines in owner_blocks],
        period_of_report=parts.box3, original_filed=original, more_than_one=more_than_one,
        table_i=assemble_rows(parts.table_i, "i", diagnostics),
        table_ii=assemble_rows(parts.table_ii, "ii", diagnostics),
        footnotes=footnotes(parts.explanation),
        remarks=remarks, signatures=signature_cells, diagnostics=diagnostics,
        # the "X" of a checked box survives this conversion: an unmarked box is unchecked
        marks_kept=True)


LAYOUT = Layout(
    name="reading-order",
    description="pdftotext -raw of EDGAR's Form 4 page: words in reading order, no columns",
    grammar="reading_order",
    looks_like=looks_like,
    prepare=prepare,
    read_tree=read_tree,
)
