"""A Table I row's shares (and price) printed after its last cell, put back in their column.

A PDF's words in reading order print a row's one-line cells on one line and a cell
wrapped onto two lines (its value, then its mark under it) before or after that line, by
where the page set each line. So a row may print its values line with no shares, the
code's letter straight before its "A"/"D" ("Common Stock 12/21/2021 S [1] D 1917015
D"), and then its shares and its price, each a value with its mark under it, on lines of
their own ("25788", "[2]", "$898.861", "[13]") before the next row's title. Read in
order, the row holds no shares and the table stops there.

The words go back into the form's order (shares after the code, the price after the
"A"/"D") only where nothing else can be meant: the values line reads as a whole row
but for its shares (and its price, where the lines after hold one), the lines after it
hold only one amount and at most one price, each with its marks (a price on both is
none of this), the next line opens as a title does or the table ends, and the table's
arithmetic holds: the row before holds, after it, what this row holds before it (its
amount owned, less what it acquired, plus what it disposed of). Anywhere else the words
stay as they are.
"""

from __future__ import annotations

from decimal import Decimal
from types import SimpleNamespace

from ..checks import amount_before
from ..patterns import AMOUNT_WORD_RE, DIRECTION_LETTERS, HOLDING_LETTERS, MARKS_RE, PRICE_WORD_RE
from .atoms import Atom, lines_of
from .nature_above import alone_on_line
from .row_kinds import DATE, NUMBER, TITLE_OPENING


def _marks_from(atoms: list[Atom], i: int) -> int:
    """Where the run of marks that opens at ``atoms[i]`` ends."""
    while i < len(atoms) and MARKS_RE.fullmatch(atoms[i].text):
        i += 1
    return i


def _marked(atoms: list[Atom], i: int) -> tuple[Atom, int]:
    """``atoms[i]`` with the marks after it glued on (a mark follows its value), and the
    index after them."""
    end = _marks_from(atoms, i + 1)
    return atoms[i].with_text(atoms[i].text + "".join(a.text for a in atoms[i + 1:end])), end


def _amount(atom: Atom) -> Decimal | None:
    """An amount of shares (no "$", no mark), or None."""
    return Decimal(atom.text.replace(",", "")) if AMOUNT_WORD_RE.fullmatch(atom.text) else None


def _values_line(line: list[Atom]) -> tuple[list[Atom], list[Atom], Atom | None, list[Atom]] | None:
    """A row's values line with no shares, cut into what goes before the shares (title,
    dates, code and its marks, any "V"), the "A"/"D" with its marks, the price with its
    marks (None where the line has none) and what follows (amount owned, "D"/"I", marks);
    None where the line is not so."""
    first = next((n for n, a in enumerate(line) if DATE.fullmatch(a.text)), None)
    if first is None or any(NUMBER.fullmatch(a.text) for a in line[:first]):
        return None
    i = first + 1 + (first + 1 < len(line) and bool(DATE.fullmatch(line[first + 1].text)))
    if i >= len(line) or len(line[i].text) != 1 or not line[i].text.isupper():
        return None  # the code's letter
    i = _marks_from(line, i + 1)
    if i < len(line) and line[i].text == "V":
        i = _marks_from(line, i + 1)
    if i >= len(line) or line[i].text not in DIRECTION_LETTERS:
        return None
    head, (direction, i) = line[:i], _marked(line, i)
    price = None
    if i < len(line) and PRICE_WORD_RE.fullmatch(line[i].text):
        price, i = _marked(line, i)
    if i + 1 >= len(line) or _amount(line[i]) is None or line[i + 1].text not in HOLDING_LETTERS \
            or _marks_from(line, i + 2) != len(line):
        return None  # the amount owned and its "D"/"I", ending the line
    return head, [direction], price, line[i:]


def _after_lines(atoms: list[Atom], has_price: bool) -> tuple[Atom, Atom | None] | None:
    """The shares and the price (None where the values line has one) that ``atoms``, the
    lines after a values line, hold and nothing else, each with its marks; else None.
    A value's marks are those on the one line right under it, the value alone on its
    line ("25788" over "[2]"); marks on a second line ("25788", "[2]", "[13]") may be the
    next cell's (its value printed elsewhere): none is put back. Marks under a line of
    two values ("25788 $898.861" over "[2] [13]", a page cut through the row) are not
    told by this rule, which leaves them as printed: ``centred_cells.page_cut_row``
    reads that shape (one mark to each value, where the row reads one way only)."""
    if not atoms or _amount(atoms[0]) is None:
        return None
    shares, i = _marked(atoms, 0)
    if not _marks_under(atoms, 0, i):
        return None
    price = None
    if not has_price and i < len(atoms) and PRICE_WORD_RE.fullmatch(atoms[i].text):
        price, end = _marked(atoms, i)
        if not _marks_under(atoms, i, end):
            return None
        i = end
    return (shares, price) if i == len(atoms) else None


def _marks_under(atoms: list[Atom], n: int, end: int) -> bool:
    """Whether the marks ``atoms[n + 1:end]`` glued onto ``atoms[n]`` are its own: none,
    or all on one line under the value, which stands alone on its line."""
    marks = atoms[n + 1:end]
    return not marks or alone_on_line(atoms, n) and len({a.row for a in marks}) == 1 \
        and marks[0].row != atoms[n].row


def _owned_before(out: list[Atom]) -> Decimal | None:
    """What the row ending ``out`` holds after it: the amount before its "D"/"I" (marks
    after both left aside), None where ``out`` does not end with a row's values."""
    i = len(out)
    while i and MARKS_RE.fullmatch(out[i - 1].text):
        i -= 1
    if i < 2 or out[i - 1].text not in HOLDING_LETTERS:
        return None
    return _amount(out[i - 2])


def _follows(before: Decimal | None, owned: Atom, shares: Atom, direction: Atom) -> bool:
    """Whether the row holds, before it, what the row before it holds after it (not
    nothing: many rows start from nothing)."""
    after, amount = _amount(owned), _amount(shares.with_text(MARKS_RE.sub("", shares.text)))
    if before is None or not before or after is None or amount is None:
        return False
    return amount_before(SimpleNamespace(shares=amount, acquired_disposed=direction.text[0],
                                         shares_owned_following=after)) == before


def _opens_title(line: list[Atom]) -> bool:
    """Whether ``line`` opens the way a row's title does (the next row's first line)."""
    return bool(TITLE_OPENING.match(line[0].text))


def shares_last_put_back(atoms: list[Atom]) -> list[Atom]:
    """Table I's ``atoms`` (a stream's) with each row's shares and price printed after
    its last cell put back in their columns (see the module's docstring); the same words
    where no row is printed so."""
    lines = lines_of(atoms)
    out: list[Atom] = []
    i = 0
    while i < len(lines):
        cut = _values_line(lines[i])
        end = i + 1
        while end < len(lines) and not _opens_title(lines[end]) \
                and all(NUMBER.fullmatch(a.text) or MARKS_RE.fullmatch(a.text) for a in lines[end]):
            end += 1
        after = _after_lines([a for line in lines[i + 1:end] for a in line],
                             cut is not None and cut[2] is not None) if cut else None
        if cut is not None and after is not None \
                and (end == len(lines) or _opens_title(lines[end])) \
                and _follows(_owned_before(out), cut[3][0], after[0], cut[1][0]):
            head, direction, price, tail = cut
            out += head + [after[0]] + direction + [p for p in (price or after[1],) if p] + tail
            i = end
            continue
        out.extend(lines[i])
        i += 1
    return out
