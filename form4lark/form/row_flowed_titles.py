"""Table I's titles printed as flowing text: one box holding every row's title in turn.

A text in reading order may print the title column's boxes as one paragraph or a few
whose lines break where the page's width does, not where a title does ("Class A
Common Stock(1) Class A Common", "Stock(1) Class A Common Stock(1) ... Class C Capital
Stock"). A title of Table I ends with the word that names the security ("Stock",
"Shares", a footnote mark on it), so the words are cut after each such word; they are
the rows' titles in order only where that makes exactly one title per row, each opening
with the first title's first word ("Class", "Common": a cut after a word that does not
end the title, "Common Stock Units", leaves a piece opening otherwise) and ending so.
Otherwise nothing is read.
"""

from __future__ import annotations

from ..sections import Cell
from .atoms import Atom
from .column_tokens import Token, cell
from .row_sequence import TITLE_CLOSING


def flowed_titles(words: list[Token], rows: int) -> list[Cell] | None:
    """The ``rows`` titles the words tokens hold in turn, cut after each word that
    ends a title; None where that does not make ``rows`` titles, each opening with the
    first one's first word and ending with such a word."""
    atoms = [a for token in words for a in token.atoms]
    pieces: list[list[Atom]] = []
    for n, atom in enumerate(atoms):
        if n == 0 or TITLE_CLOSING.fullmatch(atoms[n - 1].text):
            pieces.append([])
        pieces[-1].append(atom)
    if len(pieces) != rows or any(p[0].text != atoms[0].text or not TITLE_CLOSING.fullmatch(p[-1].text)
                                  for p in pieces):
        return None
    return [cell(p) for p in pieces]
