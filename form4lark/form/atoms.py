"""A page lexed into the form's labels and the words between them.

The labels live in ``grammars/form_labels.lark``; each start symbol of it is a
context (the whole page; the header's boxes and checkboxes) with its own labels. A page's pieces are lexed in one parse
and every token is mapped back to the piece it came from, so that an atom keeps
the piece's line, column and page position.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from ..grammar import load
from ..page import Page, Piece

#: the contexts of grammars/form_labels.lark
CONTEXTS = ("page", "boxes")


@dataclass(frozen=True, slots=True)
class Atom:
    """A label of the form or a word of text, where it stands on the page."""

    kind: str  # a terminal of form_labels.lark ("BOX1", "CHECK", ...) or "TEXT"
    text: str
    row: int  # index of its line in Page.lines
    cell: int  # index of its piece in that line
    offset: int  # characters into the piece
    piece: Piece

    @property
    def line(self) -> int:
        return self.piece.line

    @property
    def column(self) -> int:
        return self.piece.column + self.offset

    @property
    def x(self) -> float | None:
        return None if self.piece.x is None else self.piece.x + self.offset

    @property
    def x_end(self) -> float | None:
        x = self.x
        return None if x is None else x + len(self.text)

    @property
    def part(self) -> int:
        """Which line of a piece of several lines (a cell with line breaks) it is on."""
        return self.piece.text.count("\n", 0, self.offset)



def lex(page: Page, context: str = "page", rows: int | None = None,
        first: int = 0) -> list[Atom]:
    """Every label and word of ``page`` in reading order, in ``context`` (of its
    lines ``first`` to ``rows`` only, if given)."""
    places: list[tuple[int, int, Piece]] = []
    starts: list[int] = []
    chunks: list[str] = []
    position = 0
    for row, line in enumerate(page.lines[:rows]):
        if row < first:
            continue
        for cell, piece in enumerate(line.pieces):
            if not piece.text:
                continue
            starts.append(position)
            places.append((row, cell, piece))
            chunks.append(piece.text)
            position += len(piece.text) + 1
    if not chunks:
        return []
    tree = load("form_labels", CONTEXTS).parse("\n".join(chunks), start=context)
    atoms = []
    for token in tree.children:
        at = bisect_right(starts, token.start_pos) - 1
        row, cell, piece = places[at]
        atoms.append(Atom(token.type, str(token), row, cell, token.start_pos - starts[at], piece))
    return atoms


def words(atoms: list[Atom]) -> str:
    """The text of the words among ``atoms``, one space between them."""
    return " ".join(a.text for a in atoms if a.kind == "TEXT")
