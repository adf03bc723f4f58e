"""Table I's price printed as a cell of only marks, its marks apart, made one cell.

A page that prints its marks as links after their values ("A [7] [8] 115335": the web
design's "[7]") leaves a price cell holding only notes (a price the filer explains in
them) as marks apart between the row's "A"/"D" and its amount owned. The form's grammar
reads one mark there as the price's cell ("A (2) 19066032"), and Table I has no other
column between the two; the marks of one cell are read together ("(7)(8)"), so the
marks of such a run on the row's line are joined into one cell, read the same way.

A price cell a page centres on its row may wrap around the row's line: its price on a
line above the row's cells, its marks on a line below (``lone_price_read``,
``wrapped_price_marked``); such a lone price between two rows that both lack a price
is neither's (``price_between_rows``).
"""

from __future__ import annotations

from ..patterns import AMOUNT_WORD_RE, DIRECTION_LETTERS, MARKS_RE, PRICE_WORD_RE
from ..sections import PRICE_COLUMNS, Cell, Row
from .atoms import Atom
from .row_loose_words import is_marks


def _after_shares(out: list[Atom]) -> bool:
    """Whether ``out`` ends with an "A"/"D" letter after an amount (the shares, their
    marks between) on the letter's line: Table I's direction, not a code's letter."""
    if not out or out[-1].text not in DIRECTION_LETTERS:
        return False
    k = len(out) - 2
    while k >= 0 and MARKS_RE.fullmatch(out[k].text) and out[k].row == out[-1].row:
        k -= 1
    return k >= 0 and out[k].row == out[-1].row and bool(AMOUNT_WORD_RE.fullmatch(out[k].text))


def price_marks_joined(atoms: list[Atom]) -> list[Atom]:
    """Table I's ``atoms`` with each run of two marks or more standing apart between the
    direction letter and the amount owned, on their line, joined into one cell."""
    out: list[Atom] = []
    n = 0
    while n < len(atoms):
        end = n
        while end < len(atoms) and MARKS_RE.fullmatch(atoms[end].text) \
                and atoms[end].row == atoms[n].row:
            end += 1
        if end - n > 1 and end < len(atoms) and _after_shares(out) \
                and out[-1].row == atoms[n].row == atoms[end].row \
                and AMOUNT_WORD_RE.fullmatch(atoms[end].text):
            out.append(atoms[n].with_text("".join(a.text for a in atoms[n:end])))
            n = end
            continue
        out.append(atoms[n])
        n += 1
    return out


def lone_price_read(line: list[Atom], row: Row) -> bool:
    """True where ``line``, a line of a lone price ("$201.69") above the row's line of
    cells, gave the row its price: a price cell a page centres on its row, wrapped around
    it (markitdown prints its lines outside the row's cells, "$201.69" above, "[1]" below),
    so a line of marks alone right under the row is that cell's."""
    price = row.get("price_per_share")
    return is_lone_price(line) and price is not None and price.line == line[0].line \
        and price.text == line[0].text


def wrapped_price_marked(row: Row, words: list[Atom], cells: bool) -> bool:
    """Put ``words``, a line of marks alone (no line of ``cells``) right under a row whose
    price was read from a line above it (``lone_price_read``), on the row's price: the
    price's cell wrapped around its row, its marks below. True where put."""
    price = row.get("price_per_share")
    if cells or price is None or not words or not is_marks(words):
        return False
    row["price_per_share"] = Cell(price.text + "".join(a.text for a in words), price.line,
                                  price.column)
    return True


def price_between_rows(line: list[Atom], above: Row, below: Row | None,
                       columns: tuple[str, ...]) -> bool:
    """True where ``line`` is a lone price ("$201.69") between a row (``above``) and the
    next row's line of cells (``below``, as read alone) that both lack a price column of
    the table (``columns``) it could fill: a price cell a page centres on its row prints
    its first line above the row (``lone_price_read``), one it tops prints its rest under
    the row above; which row's it is cannot be told, so it is neither's."""
    if below is None or not is_lone_price(line):
        return False
    return any(key not in above and key not in below for key in PRICE_COLUMNS if key in columns)


def is_lone_price(line: list[Atom]) -> bool:
    """True where ``line`` is one "$" price and nothing else ("$201.69")."""
    return len(line) == 1 and bool(PRICE_WORD_RE.fullmatch(line[0].text))
