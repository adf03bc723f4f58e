"""Signatures the older page design prints before its notes, as paragraphs.

That design closes with a "Signatures" section above the Explanation of Responses:
each signer's name is a paragraph of its own (wrapped over a line or two), its date
the next paragraph, a line of its own ("Susan M. Chiarmonete, Attorney-in-Fact for
Michel M." / "Robert", then "11/26/2013"). The name is the paragraph right above the
date: the lines before it, one after the other with no empty line between, up to an
empty line. A text without empty lines between its paragraphs shows no such
paragraph, and gives no signature here: where a name begins is not certain.
"""

from __future__ import annotations

from ..sections import Cell, SignatureCells
from .atoms import Atom
from .header import cell_of, groups
from .notes import is_date

#: lines a signer's name may wrap over
NAME_LINES = 3


def signatures(atoms: list[Atom]) -> list[SignatureCells]:
    """The signatures at the end of ``atoms`` (the part before the signature label)."""
    lines = groups(atoms, by_cell=True)
    found: list[SignatureCells] = []
    for n, line in enumerate(lines):
        if len(line) != 1 or not is_date(line[0].text) or n == 0:
            continue
        name = _paragraph_above(lines[:n])
        if name is None or line[0].line - name[-1][0].line < 2:  # no empty line before the date
            continue
        found.append(SignatureCells(cell_of([a for l in name for a in l]),
                                    Cell(line[0].text, line[0].line, line[0].column)))
    return found


def _paragraph_above(lines: list[list[Atom]]) -> list[list[Atom]] | None:
    """The last paragraph of ``lines`` (source lines one after the other), if an empty
    line stands above it within ``NAME_LINES`` lines."""
    start = len(lines) - 1
    while start > 0 and lines[start - 1][0].line == lines[start][0].line - 1:
        start -= 1
        if len(lines) - start > NAME_LINES:
            return None
    if start == 0 or len(lines) - start > NAME_LINES:
        return None
    return lines[start:]
