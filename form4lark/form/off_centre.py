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
                    _two_signed)

#: the most signatures whose cuts are all tried (two ways each)
MOST_SIGNATURES = 12


def _cuts(at: list[int], below: int) -> list[list[tuple[int, int]]]:
    """Every way of cutting the rows into names, the ``k``-th name's date at row index
    ``at[k]``, the last with ``below`` rows under its date: each name's (first, last)
    row indices, its rows above its date as many as below or one fewer."""
    found: list[list[tuple[int, int]]] = []

    def cut(k: int, below: int, spans: list[tuple[int, int]]) -> None:
        for above in {below, below - 1}:
            first = at[k] - above
            if above < 0 or first < 0:
                continue
            here = [(first, at[k] + below), *spans]
            if k == 0:
                found.append(here)
                continue
            before = first - at[k - 1] - 1  # the rows under the date before
            if before >= 0:
                cut(k - 1, before, here)

    cut(len(at) - 1, below, [])
    return found


def _names(atoms: list[Atom], dates: list[int], spans: list[tuple[int, int]],
           rows: list[int]) -> list[tuple[int, ...]] | None:
    """Each name's atoms (their indices) where the rows ``spans`` cut them, the lines
    above the first up to an empty line or a line left of the name's column dropped;
    None where a name is empty, holds two signatures or ends where no name ends, or
    the first, so cut, is no longer centred off the middle."""
    names = []
    for n, (date, (first, last)) in enumerate(zip(dates, spans)):
        top = rows[first]
        if n == 0:
            top = _in_column(atoms, date, _after_gap(atoms, date, top), rows[last])
            if top not in rows:
                return None  # cut up to a line of the closing notes only: no name there
            at = rows.index(atoms[date].row)
            if at - rows.index(top) not in (last - at, last - at - 1):
                return None  # what is left of the first name is not centred so
        inside = [i for i, a in enumerate(atoms) if top <= a.row <= rows[last] and i != date]
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
    read = {tuple(cut) for spans in _cuts(at, len(rows) - 1 - at[-1])
            if (cut := _names(atoms, dates, spans, rows)) is not None}
    if len(read) != 1:
        return None
    names = read.pop()
    found = [SignatureCells(cell_of([atoms[i] for i in name]),
                            Cell(atoms[d].text, atoms[d].line, atoms[d].column))
             for name, d in zip(names, dates)]
    return min(names[0][0], dates[0]), found
