"""A footnote mark printed apart after a row's ownership letter, at its line's end, put on it.

A page that prints its marks as links after their values ("5160301 D [2]": the web
design's "[2]") leaves the mark of a row's "D"/"I" (column 6 of Table I, 10 of Table II)
a word of its own ending the row's values line, where the form's grammar reads marks
on their value ("D(2)"). A mark there is the letter's only where the letter is
certainly the ownership's: it follows the amount owned, and that amount follows the
row's price (a "$" value, or a cell of only a mark) or Table I's "A"/"D" letter, so no
other column stands after it ("A [1] 5160301 D [2]", "1875938 [1] 0 D [2]"); a direct
holding has no nature, so the marks ending the line after its "D" are its own. After
an indirect "I" a nature may follow on the next line, and a "D" after the shares
("C [1] 4025764 D [1] [1]") is Table II's (A)/(D), its marks the dates': both left.

A holding with no price before its amount ("Common Stock 11241580 D [1]", lynx's row on
one line, the next row's title opening the next line) is not told so; where the grammar
then fails (it reads "(1)" as the next row's first cell), the reader tries again with
every line's closing marks glued onto the "D" before them (``direct_marks_glued``), and
keeps that reading only where the grammar reads each glued "D" as its row's ownership
(``read_as_ownership``: not a transaction's direction "D" whose line a converter broke
before its dates' marks), by ``row_sequence.sequence_rows``.
"""

from __future__ import annotations

from ..patterns import AMOUNT_WORD_RE, DIRECTION_LETTERS, MARKS_RE, PRICE_WORD_RE
from ..sections import Row
from .atoms import Atom


def _direction(line: list[Atom], k: int) -> bool:
    """Whether ``line[k]`` is Table I's "A"/"D" after the shares: the letter after an
    amount, its marks between (a code's letter "A"/"D" follows a date)."""
    if k < 1 or line[k].text not in DIRECTION_LETTERS:
        return False
    k -= 1
    while k > 0 and MARKS_RE.fullmatch(line[k].text):
        k -= 1
    return bool(AMOUNT_WORD_RE.fullmatch(line[k].text))


def _owned_before(line: list[Atom], at: int) -> bool:
    """Whether ``line[at]``, an amount, is the amount owned: after a price (a "$" value,
    or marks only, after an amount or the "A"/"D" after the shares) or after that letter."""
    if at < 1 or not AMOUNT_WORD_RE.fullmatch(line[at].text):
        return False
    if _direction(line, at - 1):
        return True
    before = line[at - 1].text
    if not (PRICE_WORD_RE.fullmatch(before) or MARKS_RE.fullmatch(before)):
        return False
    return at >= 2 and (_direction(line, at - 2)
                        or bool(AMOUNT_WORD_RE.fullmatch(line[at - 2].text)))


def _closing_marks(atoms: list[Atom], n: int) -> int:
    """Where the run of marks after ``atoms[n]`` ends, where it ends ``atoms[n]``'s line
    (``n + 1`` where no such run follows)."""
    end = n + 1
    while end < len(atoms) and atoms[end].row == atoms[n].row \
            and MARKS_RE.fullmatch(atoms[end].text):
        end += 1
    return end if end == len(atoms) or atoms[end].row != atoms[n].row else n + 1


def ownership_marks_joined(atoms: list[Atom]) -> list[Atom]:
    """``atoms`` with the marks ending a line right after a direct ownership's "D" glued
    onto it (see the module's docstring); the same words where none stands so."""
    out: list[Atom] = []
    start = n = 0  # where the line of ``atoms[n]`` opens in ``out``
    while n < len(atoms):
        atom = atoms[n]
        if out and out[-1].row != atom.row:
            start = len(out)
        end = _closing_marks(atoms, n)
        if atom.text == "D" and end > n + 1 \
                and _owned_before(out[start:], len(out) - start - 1):
            out.append(atom.with_text(atom.text + "".join(a.text for a in atoms[n + 1:end])))
            n = end
            continue
        out.append(atom)
        n += 1
    return out


def direct_marks_glued(atoms: list[Atom]) -> tuple[list[Atom], list[Atom]]:
    """``atoms`` with each run of marks that ends a line right after a "D" (its own marks
    glued on or not) glued onto the "D" (the marks' text joined to it, its place kept),
    and the "D" atoms so glued: the fallback of the module's docstring."""
    out: list[Atom] = []
    glued: list[Atom] = []
    n = 0
    while n < len(atoms):
        atom, end = atoms[n], _closing_marks(atoms, n)
        if MARKS_RE.sub("", atom.text) == "D" and end > n + 1:
            out.append(atom.with_text(atom.text + "".join(a.text for a in atoms[n + 1:end])))
            glued.append(out[-1])
            n = end
            continue
        out.append(atom)
        n += 1
    return out, glued


def read_as_ownership(rows: list[Row], glued: list[Atom]) -> bool:
    """Whether each glued "D" of ``glued`` is some row's ownership cell (by its place)."""
    owned = {(row["direct_or_indirect"].line, row["direct_or_indirect"].column)
             for row in rows if "direct_or_indirect" in row}
    return all((atom.line, atom.column) in owned for atom in glued)
