"""Table I's first transaction read from its cells scattered among the column headers.

A text in reading order (pdftotext's default mode, for one) prints the page's
cells by the blocks it finds, and the first row's cells stand beside the column
headers, taller than a row: they come out among the headers' words, each in its
own place ("Class A Common Stock", "12/13/2022", "200,000", "M", "301,097(1)",
"D", "(3)", "A", "$8.88"), and the later rows follow whole. The grammar then
stops at that first row. Which place each cell stands in depends on each
filing's cell widths, so the order of the first row's cells is not read; their
kinds are: one title opening the body, one date, two amounts, one price or none,
three letters (code, (A) or (D), (D) or (I)) and, for an indirect holding, one
run of words (its nature). Such a row is read where

- the words after it read as rows, whole or in part (``row_resync.partly_read``),
  the first of them a transaction, or nothing follows it (the table's one row),
- it holds exactly those values (one date: a second would be a deemed date or a
  second row, which the text does not tell apart; no "V": an equity swap's or the
  header's),
- its letters fit the three columns one way only, and
- its amount owned after it is told: the one the next row holds before it by the
  table's arithmetic (``row_resync.holding_before``), or either where the two
  amounts are the same; the other amount is its shares.

Marks standing alone among its cells are left out (a later row's may stand
there: whose they are the text does not tell).
"""

from __future__ import annotations

import re
from itertools import permutations

from ..cells import cell_amount
from ..checks import TRANSACTION_CODES
from ..errors import SectionError
from ..patterns import HOLDING_LETTERS, MARKS_AFTER, MARKS_RE
from ..sections import Cell, Row
from .atoms import Atom
from .row_kinds import DATE, NUMBER, TITLE_OPENING
from .column_tokens import cell as _cell
from .row_resync import ROW_WORDS, holding_before, opens_paragraph, partly_read, start_rows
from .row_sequence import OPEN_TITLE, sequence_rows

# a column's letter with any footnote mark printed on it ("S(2)", "D")
_LETTER = re.compile(r"[A-Z]" + MARKS_AFTER)


def first_row_apart(words: list[Atom], table: str,
                    layout: str) -> tuple[list[Row], str | None] | None:
    """Table I's rows where its first transaction's cells stand apart (see the module's
    docstring) and the rest read, whole or in part (then with what ``partly_read``
    says of them), or the table is that one row; None where that is not certain."""
    if table != "table_i":
        return None
    for start in range(1, min(len(words), ROW_WORDS)):
        if not opens_paragraph(words, start):
            continue
        if len(start_rows(words, start, table) or ()) == 1:
            return None  # the first row reads in the form's order: not apart
        rest = _rest(words[start:], table, layout)
        if rest is None:
            continue
        first = _first_row(words[:start], rest[0][0]) if rest[0] else None
        return ([first, *rest[0]], rest[1]) if first is not None else None
    alone = _first_row(words, None) if len(words) <= ROW_WORDS else None
    return ([alone], None) if alone is not None else None


def _rest(words: list[Atom], table: str, layout: str) -> tuple[list[Row], str | None] | None:
    """The rows of the words after the first row: all of them, or those before a row
    that does not read and those that follow by the table's arithmetic, with what is
    left out."""
    try:
        return sequence_rows(words, table, layout), None
    except SectionError:
        partial = partly_read(words, table, layout)
    return (partial.rows, partial.message) if partial is not None else None


def title_end(words: list[Atom]) -> int:
    """Index after the title that opens ``words`` (0 where none does): its words on
    lines that follow one another, up to the first value."""
    if not words or not TITLE_OPENING.match(words[0].text):
        return 0
    end = 1
    while end < len(words) and words[end].line - words[end - 1].line <= 1 \
            and not (DATE.fullmatch(words[end].text) or NUMBER.fullmatch(words[end].text)):
        end += 1
    return end


def _first_row(words: list[Atom], following: Row | None) -> Row | None:
    """The one transaction ``words`` hold, where its values are certain (see the
    module's docstring; ``following``: the row after it, None where it is the table's
    only row); None otherwise."""
    end = title_end(words)
    title = " ".join(a.text for a in words[:end])
    if not end or OPEN_TITLE.fullmatch(title):
        return None
    kinds: dict[str, list[Atom]] = {"date": [], "price": [], "amount": [], "letter": [],
                                    "word": []}
    for n, atom in enumerate(words[end:], end):
        kind = word_kind(atom.text)
        parted = kind == "word" and kinds["word"] and words[n - 1] is not kinds["word"][-1]
        if kind is None or parted:
            return None  # a "V", or the words of two cells
        if kind != "mark":
            kinds[kind].append(atom)
    counts = tuple(len(kinds[k]) for k in ("date", "price", "amount", "letter"))
    if counts not in ((1, 1, 2, 3), (1, 0, 2, 3)):
        return None
    letters = letters_fit(kinds["letter"])
    owned = _owned(kinds["amount"], following)
    if letters is None or owned is None or kinds["word"] and letters[2].text != "I":
        return None  # a nature is for indirect ownership only
    row: Row = {"security_title": Cell(title, words[0].line, words[0].column),
                "transaction_date": _cell([kinds["date"][0]]),
                "equity_swap_involved": Cell(""),
                "shares": _cell([kinds["amount"][1 - owned]]),
                "shares_owned_following": _cell([kinds["amount"][owned]])}
    row.update(zip(("transaction_code", "acquired_disposed", "direct_or_indirect"),
                   (_cell([letter]) for letter in letters)))
    if kinds["price"]:
        row["price_per_share"] = _cell([kinds["price"][0]])
    if kinds["word"]:
        first = kinds["word"][0]
        row["nature_of_ownership"] = Cell(" ".join(a.text for a in kinds["word"]),
                                          first.line, first.column)
    return row


def word_kind(text: str) -> str | None:
    """What a word among the first row's cells is: a date, a price, an amount, a
    column's letter, a mark alone, a word of a nature; None for a "V" (an equity
    swap's or the header's, which the text does not tell)."""
    if MARKS_RE.fullmatch(text):
        return "mark"
    if DATE.fullmatch(text):
        return "date"
    if NUMBER.fullmatch(text):
        return "price" if text.startswith("$") else "amount"
    if _LETTER.fullmatch(text):
        return "letter" if text[0] != "V" else None
    return "word"


def letters_fit(atoms: list[Atom]) -> tuple[Atom, Atom, Atom] | None:
    """The three letters as (code, (A) or (D), (D) or (I)) where they fit so one way only."""
    fits = {tuple(a.text for a in order): order for order in permutations(atoms)
            if order[0].text[0] in TRANSACTION_CODES and order[1].text in ("A", "D")
            and order[2].text in HOLDING_LETTERS}
    if len(fits) != 1:
        return None
    code, way, direct = next(iter(fits.values()))
    return code, way, direct


def _owned(amounts: list[Atom], following: Row | None) -> int | None:
    """Which of the two amounts is the one owned after the row: the one the next row
    holds before it, where exactly one is; either where both are the same."""
    if cell_amount(_cell([amounts[0]])) == cell_amount(_cell([amounts[1]])) is not None:
        return 1
    before = holding_before(following) if following and "transaction_code" in following \
        else None
    if before is None:
        return None
    matches = [n for n, atom in enumerate(amounts) if cell_amount(_cell([atom])) == before]
    return matches[0] if len(matches) == 1 else None

