"""Signatures on a page grid whose names a converter centres on their dates one line off
the middle: a name of an even count of lines has its date on the upper of its two middle
lines (elinks draws the signature block's table so)::

    Mithril II UGP LLC By: /s/ Ajay       02/08/2024
    Royan, Managing Member
    Mithril II GP LP By: Mithril II UGP
    LLC, its general partner By: /s/ Ajay 02/08/2024
    Royan, Managing Member

Each name then has as many lines below its date as above it, or one more. Counted up
from the last signature (its lines below its date end at the signature label), each
name's lines above its date may be one of two counts: every way of cutting the lines
so is tried, and the names are read only where every way whose names all end where a
name ends (``notes._cut_short``) and hold one signature each gives the same names.
"""

from __future__ import annotations

from ..sections import Cell, SignatureCells
from .atoms import Atom
from .header import cell_of
from .notes import (_CLOSING, _after_gap, _cut_short, _in_column, _opens_after_finished,
                    _two_signed, off_middle_counts)

#: the most signatures whose cuts are all tried (two ways each)
MOST_SIGNATURES = 12


def _names(atoms: list[Atom], dates: list[int], spans: list[tuple[int, int]],
           rows: list[int]) -> list[tuple[int, ...]] | None:
    """Each name's atoms (their indices) where the rows ``spans`` (first, last) cut
    them, the lines above the first up to an empty line or a line left of the name's
    column dropped; None where a name is empty, holds two signatures or ends where no
    name ends, or the first, so cut, is no longer centred off the middle."""
    names = []
    for n, (date, (top, last)) in enumerate(zip(dates, spans)):
        if n == 0:
            top = _in_column(atoms, date, _after_gap(atoms, date, top), last)
            if top not in rows:
                return None  # cut up to a line of the closing notes only: no name there
            at, end = rows.index(atoms[date].row), rows.index(last)
            if at - rows.index(top) not in (end - at, end - at - 1):
                return None  # what is left of the first name is not centred so
        inside = [i for i, a in enumerate(atoms) if top <= a.row <= last and i != date]
        if not inside or _two_signed(atoms, inside) or _opens_after_finished(atoms, inside):
            return None
        if len(dates) > 1 and _cut_short(" ".join(atoms[i].text for i in inside)):
            return None
        names.append(tuple(inside))
    return names


def signatures_off_centre(atoms: list[Atom], dates: list[int]
                          ) -> tuple[int, list[SignatureCells]] | None:
    """The signatures, where every way of cutting their lines off the middle
    (``_cuts``) that reads whole names reads the same ones; None otherwise (no way, or
    two ways reading different names: which is meant is not known)."""
    if not 1 < len(dates) <= MOST_SIGNATURES:
        return None
    rows = sorted({a.row for a in atoms if a.kind not in _CLOSING})
    at = [rows.index(atoms[d].row) for d in dates]
    read = {tuple(cut) for spans in off_middle_counts(rows, at)
            if (cut := _names(atoms, dates, spans, rows)) is not None}
    if len(read) != 1:
        return None
    names = read.pop()
    found = [SignatureCells(cell_of([atoms[i] for i in name]),
                            Cell(atoms[d].text, atoms[d].line, atoms[d].column))
             for name, d in zip(names, dates)]
    return min(names[0][0], dates[0]), found
