"""A row's nature of ownership printed before its ownership form (D/I), put back after it.

A stream that prints a page's lines block by block (``pdftotext`` with no flags) gives
a row whose nature cell wraps over two lines or more its nature's first lines before
the row's "D"/"I", which the page centres on the cell's height, and the rest after it:
"704,849 See Footnotes(2) I (4)". The form prints the amount owned, then the ownership
form, then the nature; the "D"/"I" standing on a line of its own between words that
open a nature ("By", "See") after the amount owned and the nature's last line of marks
goes back before those words.
"""

from __future__ import annotations

from ..patterns import HOLDING_LETTERS, MARKS_RE, NATURE_OPENING_RE
from .atoms import Atom
from .row_kinds import NUMBER, looks_like_value

# the most words of a nature's first lines looked through before its ownership form
_MOST_WORDS = 8


def alone_on_line(atoms: list[Atom], i: int) -> bool:
    line = atoms[i].line
    return all(not (0 <= j < len(atoms)) or atoms[j].line != line for j in (i - 1, i + 1))


def _nature_goes_on(atoms: list[Atom], i: int) -> bool:
    """True where the nature's last line stands right after its row's ownership form:
    footnote marks on a line of their own ("(4)"), which only the nature's cell, wrapped
    around the centred form, leaves there (a row read among its column headers prints
    its cells in any order, and a form that ends the nature's words is not told apart)."""
    return i < len(atoms) and bool(MARKS_RE.fullmatch(atoms[i].text)) and alone_on_line(atoms, i)


def _form_after_nature(atoms: list[Atom], start: int) -> int | None:
    """The index of the ownership form printed after the nature words opening at
    ``start``, where only words (no value) stand between; else None."""
    if not NATURE_OPENING_RE.fullmatch(atoms[start].text):
        return None
    for j in range(start + 1, min(len(atoms), start + 1 + _MOST_WORDS)):
        text = atoms[j].text
        if text in HOLDING_LETTERS:
            return j if alone_on_line(atoms, j) and _nature_goes_on(atoms, j + 1) else None
        if looks_like_value(text) and not MARKS_RE.fullmatch(text):
            return None
    return None


def natures_above_put_back(atoms: list[Atom]) -> list[Atom]:
    """``atoms`` with each ownership form printed after its nature's first lines moved
    back right after the row's amount owned (``atoms`` itself where none is)."""
    out = atoms
    i = 1
    while i < len(out):
        before = out[i - 1]
        form = None
        if NUMBER.fullmatch(before.text) and not before.text.startswith("$"):
            form = _form_after_nature(out, i)
        if form is not None:
            out = out[:i] + [out[form]] + out[i:form] + out[form + 1:]
            i = form + 1
        else:
            i += 1
    return out
