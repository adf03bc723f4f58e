"""A row's line whose words a converter printed letter-spaced among its values.

markitdown on a PDF prints some pages' table words a letter or two apart, on the
row's own line: "(ri g h t  to $9.97 11/20/2020 M 1,987 (1) 11/12/2025 S to ck $0 0 D".
The sequence reader (``row_sequence.py``) takes a capital letter alone ("S" of
"S to ck") for a code or a direction, and the line reads as no row. Each run of
such pieces is one word of the page, or several; where they part is lost (the
spaces between letters and between words look alike). The run is put back as one
word, so that the line's values read in the form's order, and the columns of words
of a row read from it are left unknown (``row_loose_words.without_words``).
"""

from __future__ import annotations

import re

from ..patterns import HOLDING_LETTERS, MARKS_RE
from .atoms import Atom
from .row_loose_words import SPACED_PIECE, WORD_PIECE

#: a capital alone, footnote marks after it or not: a code ("C(1)"), a direction, or a
#: word's first letter
_CAPITAL = re.compile(rf"[A-Z](?:{MARKS_RE.pattern})?")
#: the two halves of a footnote mark a converter spaced inside: "k(" + "1)", "(3" + ")"
_MARK_END = re.compile(r"[0-9]{1,2}\)")
_MARK_OPEN = re.compile(r"\([0-9]{1,2}$")


def _in_run(atoms: list[Atom], n: int) -> bool:
    """True where the atom at ``n`` may be a piece of a letter-spaced word: a piece of
    letters, but a capital alone only where a lowercase piece follows it (the "S" of
    "S to ck") and it is no direction of ownership, which stands before a spaced nature
    ("I fo o tnote(4)", "D S e e"); a capital with marks is a code ("C(1)")."""
    text = atoms[n].text
    if not WORD_PIECE.fullmatch(text):
        return False
    if _CAPITAL.fullmatch(text):
        return (len(text) == 1 and text not in HOLDING_LETTERS and n + 1 < len(atoms)
                and atoms[n + 1].text[:1].islower())
    return True


def _marks_closed(atoms: list[Atom]) -> list[Atom]:
    """The line with each footnote mark the converter spaced inside put together: "k(" "1)"
    ("S to c k( 1)"), "(3" ")"; a mark is never printed with a space inside it."""
    out: list[Atom] = []
    for atom in atoms:
        before = out[-1].text if out else ""
        if before.endswith("(") and _MARK_END.fullmatch(atom.text) \
                or _MARK_OPEN.search(before) and atom.text == ")":
            out[-1] = out[-1].with_text(before + atom.text)
        else:
            out.append(atom)
    return out


def spaced_runs_joined(atoms: list[Atom]) -> list[Atom]:
    """The line with each run of letter-spaced pieces (two or more pieces, one of them
    no word of its own: "o", "ck") put together as one word ("S to ck": "Stock";
    "(ri g h t to": "(righttto", a word of a title left unknown), its spaced marks
    closed first ("S to c k( 1)": "Stock(1)"). A line with no such run or mark is
    returned as it is."""
    atoms = _marks_closed(atoms)
    out: list[Atom] = []
    n = 0
    while n < len(atoms):
        end = n
        while end < len(atoms) and _in_run(atoms, end):
            end += 1
        run = atoms[n:end]
        if len(run) >= 2 and any(SPACED_PIECE.fullmatch(a.text) for a in run):
            out.append(run[0].with_text("".join(a.text for a in run)))
        else:
            out.extend(run or atoms[n:n + 1])
        n = max(end, n + 1)
    return out
