"""Footnote marks set apart after a direct ownership "D" that ends its row's line.

A row on one line (lynx's) ends with its ownership, "... 1875938 [1] 0 D [2]", the next
row's title opening the next line. The mark after "D" is the ownership cell's: a direct
holding has no nature (the form's nature is of indirect ownership), so no cell of the row
follows it. Apart, the grammar reads "(2)" as the next row's first cell and the table
fails; glued ("D(2)") it reads. Only where the grammar then reads each glued "D" as its
row's ownership (not a transaction's direction "D" whose line a converter broke before
its dates' marks) is the reading kept (``row_sequence.sequence_rows``).
"""

from __future__ import annotations

from ..patterns import MARKS_RE
from ..sections import Row
from .atoms import Atom
from .row_marks import _marks_end_line


def direct_marks_glued(atoms: list[Atom]) -> tuple[list[Atom], list[Atom]]:
    """``atoms`` with each run of marks that ends a line right after a "D" glued onto the
    "D" (the marks' text joined to it, its place kept), and the "D" atoms so glued."""
    out: list[Atom] = []
    glued: list[Atom] = []
    for n, atom in enumerate(atoms):
        last = out[-1] if out else None
        if last is not None and MARKS_RE.fullmatch(atom.text) and last.row == atom.row \
                and MARKS_RE.sub("", last.text) == "D" and _marks_end_line(atoms, n):
            out[-1] = last.with_text(last.text + atom.text)
            if glued and glued[-1] is last:
                glued[-1] = out[-1]
            else:
                glued.append(out[-1])
            continue
        out.append(atom)
    return out, glued


def read_as_ownership(rows: list[Row], glued: list[Atom]) -> bool:
    """Whether each glued "D" of ``glued`` is some row's ownership cell (by its place)."""
    owned = {(row["direct_or_indirect"].line, row["direct_or_indirect"].column)
             for row in rows if "direct_or_indirect" in row}
    return all((atom.line, atom.column) in owned for atom in glued)
