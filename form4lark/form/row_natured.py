"""A joined row's title and nature read from its lines where the nature is one the
page prints with certainty elsewhere (pdfplumber's text mode).

A row whose line ran over several (``row_line_read._joined``: "Preferred (1) 02/21/2013 C
241,913 (1) (1) Co" / "S" / "m" / ... / "on 241,913 $0 0 I Principals") keeps its
values, but its text cells' words on its lines above and below ("By Sequoia" /
"Series B Capital XI" / ... / "Stock Fund," / "LLC(2)") are not told apart by
positions. Where those lines are certainly the row's (``RowLine.above`` and
``below`` known), its underlying title is closed (whole on the row's line), and the
title and the nature are left to share the lines, each line is cut once, the title's
words left of the nature's; the cuts are taken only where the nature they give is a
nature the page prints with certainty (a Table I row's: ``row_lines.known_texts``) and
no cut gives it that nature with more words after it, and every such cut gives the
title the same words (``natured_cells``).
"""

from __future__ import annotations

from itertools import product
from math import prod

from .atoms import Atom
from .header import cell_of
from .row_line_types import NATURE, TITLE, RowLine
from .row_kinds import only_marks
from .row_pairs import MAX_CUTS, figure, agreed, ends_early, printed_natures


def natured_cells(row: RowLine, closed: set[str],
                  natures: frozenset[str]) -> dict[str, list[Atom]]:
    """The title and the nature of the joined ``row`` whose other text cells ``closed``
    hold no words off its line, read from its lines above and below where the nature
    read is one of ``natures`` (see the module's docstring); {} where that is not
    certain."""
    if not natures or row.above is None or row.below is None or row.beside_header:
        return {}
    if set(row.open) - closed != {TITLE, NATURE}:
        return {}
    lines = row.above + row.below
    if not lines or any(only_marks(line) for line in lines):
        return {}  # a line of marks alone may be a value's, wrapped under it
    if prod(len(line) + 1 for line in lines) > MAX_CUTS:
        return {}
    found = []
    for cuts in product(*(range(len(line) + 1) for line in lines)):
        title, nature = _cells(row, cuts)
        if title and nature and not figure(title) and _closed_brackets(title) and not (
                ends_early(title) or ends_early(nature)):
            found.append({TITLE: title, NATURE: nature})
    return agreed(printed_natures(found, natures))


def _cells(row: RowLine, cuts: tuple[int, ...]) -> tuple[list[Atom], list[Atom]]:
    """The title's and the nature's words where each of the row's lines above and below
    gives the title its words before its cut and the nature those after it."""
    above = row.above or []
    ups, downs = cuts[:len(above)], cuts[len(above):]
    title = [a for line, at in zip(above, ups) for a in line[:at]] + row.parts[TITLE] + [
        a for line, at in zip(row.below or [], downs) for a in line[:at]]
    nature = [a for line, at in zip(above, ups) for a in line[at:]] + row.parts[NATURE] + [
        a for line, at in zip(row.below or [], downs) for a in line[at:]]
    return title, nature


def _closed_brackets(atoms: list[Atom]) -> bool:
    """True where a cell's words close every bracket they open."""
    cell = cell_of(atoms)
    return cell is not None and cell.text.count("(") == cell.text.count(")")
