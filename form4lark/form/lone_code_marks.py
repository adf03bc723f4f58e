"""A transaction code's footnote mark printed apart from its letter, glued back on.

A page that prints its marks as links after their values ("M [1] 10500": the web
design's "[1]") leaves a code's mark a word of its own on the row's line, where the
form's grammar reads marks on their value ("M(1)"). In the form's order the code
(column 3) is followed by column 3's "V" and column 4's amount: a mark standing between
a date, then a one-letter code, and an amount is the code's (no other column stands
there for it to mark), so it is read on the code. (The opposite job, a bare mark's digit
glued onto its code or amount in a stream's text, "S2" read "S(2)", is
``shapes/stream.code_marks_apart``'s.)
"""

from __future__ import annotations

import re

from ..patterns import MARKS_RE
from .atoms import Atom
from .row_kinds import DATE, NUMBER

# a transaction code: one capital letter, no mark on it yet
_CODE = re.compile(r"[A-Z]")


def code_marks_glued(atoms: list[Atom]) -> list[Atom] | None:
    """``atoms`` of a row's line with each lone mark that stands between a code letter
    (right after a date) and an amount glued onto that letter; None where none stands so."""
    out: list[Atom] = []
    glued = False
    for i, atom in enumerate(atoms):
        if 2 <= i < len(atoms) - 1 and MARKS_RE.fullmatch(atom.text) and _CODE.fullmatch(
                atoms[i - 1].text) and DATE.fullmatch(atoms[i - 2].text) \
                and NUMBER.fullmatch(atoms[i + 1].text) and out[-1] is atoms[i - 1]:
            out[-1] = atoms[i - 1].with_text(atoms[i - 1].text + atom.text)
            glued = True
            continue
        out.append(atom)
    return out if glued else None
