"""Table I's rows printed with their last cells first, put back in the form's order.

pdftotext (no -layout) prints a row whose cells stand on lines of different
heights (a price with its footnote mark on a line below) with some of the row's
later cells first: "(4)", "124,330", "D", "(1)", "05/02/2019", "S", "8,601", "D",
"$210.98" is the row "05/02/2019 S 8,601 D $210.98 124,330 D"; "D", "$2,566.8111",
"Class A Common Stock", "04/13/2022", "S", "710", "(8)", "10,978", "D" the row
"04/13/2022 S 710 D $2,566.8111 10,978 D". Where the body stops reading
(``row_resync.py``), the words from a little before the stop are tried as such a
row: some of its cells from a column on, then its first cells, then maybe its last
cells, whose values put back in the form's order read as exactly one transaction
and let the body read on past them. The words and the marks standing alone in the
stretch are left out: which of the words are the nature and which the title, and
which cell each mark is printed for, the text does not tell. Only one such
reading of the stretch may fit, and every row put back must keep the form's
arithmetic with the row before it: the amount owned after the earlier
transaction, plus the row's shares if acquired (A) or minus them if disposed of
(D), is the amount owned after it. Anything else leaves the body to
``row_resync.py``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lark import Tree
from lark.exceptions import LarkError

from ..page import Piece
from ..sections import Row
from .atoms import Atom
from .row_merge import _text_number
from .row_sequence import WordSource, among_words, error_index, parse_body, read_rows

# a footnote mark standing alone: "(4)", "(2)(3)"
_FREE_MARK = re.compile(r"(\([0-9]{1,2}\))+")
# a value's look: an amount, a price, a date, a mark, a letter ("D", "(I)", "S(2)");
# the grammar has the last word on what each is
_VALUE = re.compile(r"\$?[0-9].*|\([0-9]{1,2}\).*|\(?[A-Z]\)?(\([0-9]{1,2}\))*")
# a letter, and what a transaction opens and closes with: its date, direct or indirect
_LETTER, _FIRST, _LAST = (re.compile(p) for p in (
    r"\(?[A-Z]\)?(\([0-9]{1,2}\))*", r"[0-9]{1,2}/[0-9]{1,2}/[0-9]{2,4}",
    r"\(?[DI]\)?(\([0-9]{1,2}\))*"))
# how far back of the stop a moved row may start, and how many words its pieces may
# hold (the cells printed first and last: from the price to the nature; the first
# cells: the title to the shares); farther back, more readings fit and none is kept
_BACK, _TAIL, _HEAD = 4, 8, 10
# how many values a transaction holds: date, code, shares, (A) or (D), owned, direct or
# indirect; and a deemed date, a swap's "V" and a price besides
_ROW_SIZE = (6, 9)
# how many rows one table may have moved
_MOST = 12


def _stops(atoms: list[Atom], table: str) -> tuple[int, Tree | None, WordSource]:
    """Where the body stops reading (its length and tree where it reads whole)."""
    source = WordSource(atoms)
    try:
        return len(atoms), parse_body(source, table), source
    except LarkError as exc:
        return error_index(exc, source), None, source


def _is_value(atoms: list[Atom], i: int) -> bool:
    """``atoms[i]`` looks like a value and stands where a value may: not among the
    words of a title or a nature ("2010 Seed"), a letter not on a line with words
    (the "A" of "Class A Common Stock")."""
    atom = atoms[i]
    if not _VALUE.fullmatch(atom.text) or among_words(atoms, i):
        return False
    return not (_LETTER.fullmatch(atom.text) and any(
        b.line == atom.line and not _VALUE.fullmatch(b.text)
        for b in atoms[max(i - 4, 0):i + 5]))


def _one_transaction(atoms: list[Atom], table: str) -> bool:
    """``atoms`` read as exactly one transaction, every one of them its value."""
    return _reads_as_one(tuple(a.text for a in atoms), table)


@lru_cache(maxsize=4096)
def _reads_as_one(texts: tuple[str, ...], table: str) -> bool:
    if not (_ROW_SIZE[0] <= len(texts) <= _ROW_SIZE[1] and _FIRST.match(texts[0])
            and _LAST.fullmatch(texts[-1])):
        return False
    atoms = [Atom("TEXT", text, n, 0, 0, Piece(text, n + 1, 1)) for n, text in enumerate(texts)]
    try:
        tree = parse_body(WordSource(atoms), table)
    except LarkError:
        return False
    return len(tree.children) == 1 and getattr(tree.children[0], "data", "") == "transaction_i"


def _moved(atoms: list[Atom], looks: list[bool], start: int, sizes: tuple[int, int, int],
           table: str) -> tuple[list[Atom], set[int]] | None:
    """``atoms`` with the row printed from ``start`` as its middle cells, its first
    cells and its last cells (``sizes`` words each, the last maybe none) put back in
    the form's order, or None where they do not read so. ``looks``: which of
    ``atoms`` look like values (``_is_value``)."""
    tail, head, rest = sizes
    split, end = start + tail + head, start + tail + head + rest
    if end > len(atoms) or not all(looks[i] for i in {start, split - 1, end - 1}):
        return None
    order = [*range(start + tail, split), *range(start, start + tail), *range(split, end)]
    kept = [atoms[i] for i in order if looks[i] and not _FREE_MARK.fullmatch(atoms[i].text)]
    if not _one_transaction(kept, table):
        return None
    while end < len(atoms) and _FREE_MARK.fullmatch(atoms[end].text):
        end += 1  # the marks printed after the row: left out with the others
    moved = atoms[:start] + kept + atoms[end:]
    if _stops(moved, table)[0] <= start + len(kept):
        return None
    return moved, {a.line for a in kept}


def _put_back(atoms: list[Atom], stop: int, table: str) -> tuple[list[Atom], set[int]] | None:
    """``atoms`` with the one row moved at ``stop`` put back (and the lines its values
    stand on), or None where no stretch, or more than one, reads as such a row."""
    found: dict[tuple[int, ...], tuple[list[Atom], set[int]]] = {}
    looks = [_is_value(atoms, i) for i in range(len(atoms))]
    counts = [0]  # how many values (not only a mark) stand before each word
    for atom, value in zip(atoms, looks):
        counts.append(counts[-1] + (value and not _FREE_MARK.fullmatch(atom.text)))
    for start in range(max(stop - _BACK, 0), stop + 1):
        for tail in range(1, _TAIL + 1):
            for head in range(2, _HEAD + 1):
                for rest in range(0, _TAIL + 1 - tail):
                    end = min(start + tail + head + rest, len(atoms))
                    if counts[end] - counts[start] > _ROW_SIZE[1]:
                        break  # more values than one row holds
                    if counts[end] - counts[start] < _ROW_SIZE[0]:
                        continue
                    moved = _moved(atoms, looks, start, (tail, head, rest), table)
                    if moved is not None:
                        # a word or mark left out may count with either piece: one reading
                        found[tuple(id(a) for a in moved[0])] = moved
    return next(iter(found.values())) if len(found) == 1 else None


def _keeps_count(before: Row, row: Row) -> bool:
    """The amount owned after ``row`` follows from the one after ``before``."""
    if "transaction_code" not in before or "acquired_disposed" not in row:
        return False
    owned, shares, after = (_text_number(r[c].text) if c in r else None for r, c in (
        (before, "shares_owned_following"), (row, "shares"), (row, "shares_owned_following")))
    way = row["acquired_disposed"].text.strip("()")[:1]
    if owned is None or shares is None or after is None or way not in ("A", "D"):
        return False
    return after == (owned + shares if way == "A" else owned - shares)


def rotated_rows(atoms: list[Atom], table: str) -> list[Row] | None:
    """The rows of a Table I body some of whose rows were printed last cells first,
    or None where the body is not one (or a row put back breaks the arithmetic)."""
    if table != "table_i":
        return None
    moved_lines: list[set[int]] = []
    stop, tree, source = _stops(atoms, table)
    while tree is None:
        put = None if len(moved_lines) == _MOST else _put_back(atoms, stop, table)
        if put is None:
            return None
        atoms, lines = put
        moved_lines.append(lines)
        stop, tree, source = _stops(atoms, table)
    if not moved_lines:
        return None
    rows = read_rows(tree, source, partial=True)
    for lines in moved_lines:
        at = [n for n, row in enumerate(rows)
              if "transaction_date" in row and row["transaction_date"].line in lines]
        if len(at) != 1 or at[0] == 0 or not _keeps_count(rows[at[0] - 1], rows[at[0]]):
            return None
    return [row for row in rows if "transaction_code" in row or "security_title" in row]
