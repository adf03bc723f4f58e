"""Table rows of the PDF renderings: values read by their kind, split rows joined.

The PDF renderings keep a row's values in order but not in their columns: a
cell may hold three values ("19 D $ 10.8") and a column may be empty in one
line and filled in the next. So a layout grammar reads a row's values by what
they are (a date, a code, an amount, a letter, a price, words) with its start
symbols ``t1_values`` / ``t2_values``, and ``RowValues`` names each value by
the column its place in that order gives it. ``join_wrapped_rows`` then puts
back together a row that the rendering printed over two lines.
"""

from __future__ import annotations

import re

from lark import Token, Transformer, v_args
from lark.exceptions import UnexpectedInput

from ..grammar import load
from ..model import Diagnostic
from ..sections import Cell, Row

# A cell border: a tab, or a pipe of a markdown table.
_SEPARATOR = re.compile(r"[\t|]")
#: Tokens glued to the one before without a space ("$10" + ".75" of a split price).
GLUED = {"DECIMAL_TAIL"}


def split_title(line: str) -> tuple[str, int, str]:
    """The first cell of a row (the security title), its column, and the line with that
    cell blanked so that every other value keeps its column."""
    start = _border_end(line)
    sep = _SEPARATOR.search(line, start)
    end = sep.start() if sep else len(line)
    cell = line[start:end]
    column = start + (len(cell) - len(cell.lstrip())) + 1
    return cell.strip(), column, " " * end + line[end:]


def _border_end(line: str) -> int:
    """Where a row's first cell starts: after its indent and the pipe of a markdown table."""
    start = len(line) - len(line.lstrip(" \u00a0"))
    return start + 1 if line.startswith("|", start) else start


def cell_text(tokens: list[Token]) -> str:
    out = ""
    for tok in tokens:
        text = str(tok).lstrip("\t| ")  # a mark alone in its cell carries the border before it
        out += text if (not out or tok.type in GLUED) else " " + text
    return out


def _merged(*parts) -> dict:
    out: dict = {}
    for part in parts:
        if part:
            out.update({k: v for k, v in part.items() if v is not None})
    return out


def _swap(code: Cell | None, swap: Cell | None) -> Cell | None:
    """Column "V": a code read with no "V" after it shows the column empty (no swap)."""
    if swap is None and code is not None:
        return Cell("", code.line, code.column)
    return swap


@v_args(inline=True)
class RowValues(Transformer):
    """The tree of one row's values -> {column key: Cell}."""

    def __init__(self, line: int):
        super().__init__()
        self.line = line

    def _cell(self, *tokens: Token) -> Cell:
        toks = [t for t in tokens if isinstance(t, Token)]
        return Cell(cell_text(toks), self.line, toks[0].column or 0 if toks else 0)

    date_cell = word_date_cell = mark_cell = code_cell = swap_cell = _cell
    amount_cell = letter_cell = underlying_title = price_cell = _cell

    def price_per_share(self, *tokens):
        return {"price_per_share": self._cell(*tokens)}

    def nature_of_ownership(self, *tokens):
        return {"nature_of_ownership": self._cell(*tokens)}

    def conversion_or_exercise_price(self, *tokens):
        return {"conversion_or_exercise_price": self._cell(*tokens)}

    # ---------------------------------------------------------------- Table I
    def transaction(self, date, deemed, code, swap):
        return {"transaction_date": date, "deemed_execution_date": deemed,
                "transaction_code": code, "equity_swap_involved": _swap(code, swap)}

    def change(self, amount, letter):
        return {"shares": amount, "acquired_disposed": letter}

    def holding(self, amount, letter):
        return {"shares_owned_following": amount, "direct_or_indirect": letter}

    def lone_letter(self, letter):
        return {"letter": letter}

    t1_values = t2_values = derivative_position = staticmethod(_merged)

    def t1_row(self, title, values):
        """A whole row line whose grammar reads the title cell too."""
        return _merged({"security_title": self._cell(title) if title is not None else None},
                       values)

    t2_row = t1_row

    # ---------------------------------------------------------------- Table II
    def derivative_trade(self, date, deemed, code, swap, shares, exercise, underlying):
        # Column 5 has an (A) and a (D) part; which one the number stood in is lost here.
        return _merged({"transaction_date": date, "deemed_execution_date": deemed,
                        "transaction_code": code, "equity_swap_involved": _swap(code, swap),
                        "shares": shares}, exercise, underlying)

    def exercise(self, exercisable, expiration):
        return {"exercise_date": exercisable, "expiration_date": expiration}

    held_exercise = exercise

    def underlying(self, title, amount):
        return {"underlying_security_title": title, "underlying_shares": amount}

    def underlying_held(self, title, amount, holding):
        return _merged(self.underlying(title, amount), holding)

    def underlying_held_only(self, title, amount, letter, nature):
        return _merged(self.underlying(title, None), self.derivative_holding(None, amount, letter, nature))

    def derivative_holding(self, price, amount, letter, nature):
        return _merged({"price_per_share": price, "shares_owned_following": amount,
                        "direct_or_indirect": letter}, nature)


def read_rows(tokens: list[Token], lines: list[str], grammar: str, start: str,
              diagnostics: list[Diagnostic], titles: bool = True) -> list[Row]:
    """The rows of one table from its row lines: each line's values read with
    ``grammar``'s ``start`` symbol, then the pieces of split rows joined.

    With ``titles``, the first cell of a line is the security title; otherwise
    the start symbol reads the title too. A line that does not read is left
    out with a diagnostic; the other rows still count."""
    parser = load(grammar, (start,))
    pieces: list[Row] = []
    for tok in tokens:
        if tok.line is None:  # only a token built by hand lacks it: no row line to read
            continue
        line = lines[tok.line - 1]
        title, column, values = split_title(line) if titles else ("", 0, line)
        try:
            tree = parser.parse(values, start=start) if values.strip(" \t|\u00a0") else None
        except UnexpectedInput as exc:
            diagnostics.append(Diagnostic(tok.line, getattr(exc, "column", None), "table",
                                          "cannot read the values of this row"))
            continue
        piece = RowValues(tok.line).transform(tree) if tree is not None else {}
        if title:
            piece["security_title"] = Cell(title, tok.line, column)
        if piece:
            pieces.append(piece)
    return join_wrapped_rows(pieces)


def _letter_key(row: Row) -> str | None:
    """Where a lone "A"/"D"/"I" pushed under a row belongs: the first of its letter columns
    still empty after the amount it goes with."""
    if "shares_owned_following" in row and "direct_or_indirect" not in row:
        return "direct_or_indirect"
    if "shares" in row and "acquired_disposed" not in row:
        return "acquired_disposed"
    return None


def _fits(row: Row, piece: Row) -> bool:
    """A piece of a row fits a row when it fills only columns the row left empty."""
    for key in piece:
        if key == "letter":
            if _letter_key(row) is None:
                return False
        elif key in row:
            return False
    return True


def _join(row: Row, piece: Row) -> Row:
    for key, cell in piece.items():
        if key == "letter":  # with no letter column left it stays "letter", dropped at the end
            key = _letter_key(row) or key
        row[key] = cell
    return row


def join_wrapped_rows(pieces: list[Row]) -> list[Row]:
    """Rows from the pieces of lines: a piece without a title completes the row above it
    if it fits there, else the next titled line (the rendering printed a tall row's
    values above its title); a piece that fits nowhere stays a row of its own."""
    rows: list[Row] = []
    pending: Row | None = None
    for piece in pieces:
        if "security_title" not in piece:
            if rows and pending is None and _fits(rows[-1], piece):
                _join(rows[-1], piece)
                continue
            if pending is not None:
                rows.append(pending)
            pending = piece
            continue
        if pending is not None and _fits(piece, pending):
            piece = _join(piece, pending)
        elif pending is not None:
            rows.append(pending)
        pending = None
        rows.append(piece)
    if pending is not None:
        rows.append(pending)
    return [{k: v for k, v in row.items() if k != "letter"} for row in rows if _is_row(row)]


#: Values only a transaction has.
_TRANSACTION = {"transaction_date", "transaction_code", "shares"}


def _is_row(row: Row) -> bool:
    """A table row holds a transaction, or a holding with its ownership form (D or I).
    A title alone, or a title and a number (a stray line of the page that
    fell among the rows, "Washington, D.C. 20549"), is not one."""
    return bool(_TRANSACTION & set(row)) or "direct_or_indirect" in row
