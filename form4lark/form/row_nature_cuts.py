"""The text lines between two rows cut where the natures the page prints with
certainty leave one cut (pdfplumber's text mode, a page centring its cells).

Two rows of indirect holdings printed one under the other ("By Sequoia" / "Capital" /
row / "Stock Stock Fund IV," / "L.P.(1)" / "By Sequoia" / "Capital" / row) share the
lines between them: the upper row's cells end on some, the lower row's open on the
others, and their words alone do not tell where. A nature is the rightmost cell, so
on each line its words are the line's last (none, or some). Where the page prints
the rows' natures with certainty elsewhere (a Table I row's: ``row_lines.known_texts``),
a cut is kept only where the upper row's nature, its lines above known, then reads as
one of them ended by a footnote mark (a mark ends a text: no line after the cut can
be that nature's), and the lower row's nature, its words on the lines after the cut
and on its line, reads as the start of one of them; and where exactly one cut does
so (``nature_cuts``). Where no cut does so, a nature whose mark OCR lost ("See" /
"Footnote" / row "See") is cut the same way with the upper row's nature read as a printed
one, its mark aside, only where that leaves one cut and it gives the upper row the whole
run: the lower row's words on its line then open a printed nature, and no line of the
run can start it (``_unmarked_cuts``). Its other cells are then read as any row's whose
lines are known.
"""

from __future__ import annotations

from itertools import product
from math import prod

from ..patterns import MARK_AT_END_RE
from .atoms import Atom
from .row_line_cuts import row_gaps
from .row_line_types import NATURE, Body, RowLine
from .row_lines import _bare
from .row_pairs import MAX_CUTS, Lines, unmarked


def nature_cuts(body: Body, natures: frozenset[str]) -> None:
    """Give the rows of ``body`` the lines between them where ``natures`` (the page's
    natures printed with certainty, without marks) leave one cut (module docstring)."""
    for upper, lower, run in row_gaps(body):
        if upper.below is not None or lower.above is not None or upper.above is None:
            continue
        if not all(NATURE in row.open and row.parts.get(NATURE) and not row.joined
                   and not row.beside_header for row in (upper, lower)):
            continue
        cuts = [cut for cut in range(len(run) + 1)
                if _ends_printed(upper, run[:cut], natures)
                and _opens_printed(run[cut:], lower.parts[NATURE], natures)]
        if not cuts:
            cuts = _unmarked_cuts(upper, lower, run, natures)
        if len(cuts) == 1:
            upper.below, lower.above = run[:cuts[0]], run[cuts[0]:]


def _unmarked_cuts(upper: RowLine, lower: RowLine, run: Lines,
                   natures: frozenset[str]) -> list[int]:
    """The cuts of ``run`` that leave both rows' natures readable as printed ones where
    the upper's need not end with a mark (OCR lost it: "See" / "Footnote" / "See"),
    kept only where that is one cut and it gives the upper row the whole run: the
    lower row's nature then opens on its own line, as its words there begin a printed
    nature, and no line of the run can be the start of its nature (a nature's words
    ending the run would read, with the lower row's, as no printed nature)."""
    cuts = [cut for cut in range(len(run) + 1)
            if _ends_printed(upper, run[:cut], natures, marked=False)
            and _opens_printed(run[cut:], lower.parts[NATURE], natures)]
    return cuts if cuts == [len(run)] else []


def _ends_printed(row: RowLine, below: Lines, natures: frozenset[str],
                  marked: bool = True) -> bool:
    """True where some words ending ``row``'s lines above and ``below`` make, with its
    nature's words on its line, a nature of ``natures`` ending with a mark (any, where
    not ``marked``)."""
    lines = (row.above or []) + below
    texts = _texts(lines, len(row.above or []), row.parts[NATURE])
    return any(text and (MARK_AT_END_RE.search(text) or not marked) and _bare(text) in natures
               for text in texts)


def _opens_printed(above: Lines, part: list[Atom], natures: frozenset[str]) -> bool:
    """True where some words ending the lines ``above`` make, with ``part`` (the lower
    row's nature's words on its line), the first words of a nature of ``natures``."""
    starts = {tuple(nature.split()) for nature in natures}
    for text in _texts(above, len(above), part):
        words = tuple(unmarked(text).split())
        if words and any(start[:len(words)] == words for start in starts):
            return True
    return False


def _texts(lines: Lines, ups: int, part: list[Atom]) -> list[str]:
    """The nature's texts for each choice of words ending each of ``lines`` (the first
    ``ups`` stand above the row's line, where ``part`` stands); none where the choices
    are too many."""
    if prod(len(line) + 1 for line in lines) > MAX_CUTS:
        return []
    out = []
    for starts in product(*(range(len(line) + 1) for line in lines)):
        words = [a.text for line, at in zip(lines[:ups], starts) for a in line[at:]]
        words += [a.text for a in part]
        words += [a.text for line, at in zip(lines[ups:], starts[ups:]) for a in line[at:]]
        out.append(" ".join(words))
    return out
