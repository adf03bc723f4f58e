"""A table row whose values a PDF's text cut at its cells' edges.

A PDF rendered to tab-separated text may print a value cut by a column's edge
and again whole: "Common Stock 11/1 | 11/14 | 11/14/2013" holds the row's date
twice cut short before the date itself, and "$10 | .75" a price cut in two
cells. A row that reads as no row otherwise is read again without them: a date
cut short is dropped where the row's whole date opens with it (it adds nothing),
and a price's decimals alone in a cell are put back on the number before them
(decimals alone are no value of the form's).
"""

from __future__ import annotations

import re

from .atoms import Atom
from .row_kinds import DATE

# a date cut short: month and day, or part of them, without the year ("11/1", "11/14")
_CUT_DATE = re.compile(r"[0-9]{1,2}/[0-9]{0,2}")
# a price's decimals alone: ".75"
_DECIMALS = re.compile(r"\.[0-9]+")
# a whole number a price's decimals may follow: "$10", "10"
_WHOLE = re.compile(r"\$? ?[0-9][0-9,]*")


def _cut_date(atoms: list[Atom], i: int) -> bool:
    """Whether ``atoms[i]`` is a date cut short that the row's next date opens with."""
    if not _CUT_DATE.fullmatch(atoms[i].text):
        return False
    date = next((a.text for a in atoms[i + 1:] if DATE.fullmatch(a.text)), None)
    return date is not None and date.startswith(atoms[i].text)


def _split_price(before: Atom | None, atom: Atom) -> bool:
    """Whether ``atom`` holds a price's decimals cut from the number ``before`` it,
    in the next cell of the same line."""
    return (before is not None and _DECIMALS.fullmatch(atom.text) is not None
            and _WHOLE.fullmatch(before.text) is not None
            and (before.row, before.cell + 1) == (atom.row, atom.cell))


def unclipped(atoms: list[Atom]) -> list[Atom]:
    """A line's words without the dates cut short before its date, and with its
    prices' decimals back on their numbers; the words as they are if it has neither."""
    out: list[Atom] = []
    for i, atom in enumerate(atoms):
        if _cut_date(atoms, i):
            continue
        before = out[-1] if out else None
        if before is not None and _split_price(before, atom):
            out[-1] = before.with_text(before.text + atom.text)
        else:
            out.append(atom)
    return out
