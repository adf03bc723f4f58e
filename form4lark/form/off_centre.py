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
from .notes import (_CLOSING, _after_gap, _cut_short, _in_column, _opens_block, off_middle_counts,
                    opens_with_by, top_aligned, whole_name)

#: the most signatures whose cuts are all tried (two ways each)
MOST_SIGNATURES = 12


def _names(atoms: list[Atom], dates: list[int], spans: list[tuple[int, int]], rows: list[int],
           verdicts: dict[tuple[int, int, int, bool], tuple[int, ...] | None],
           centred: bool = True) -> list[tuple[int, ...]] | None:
    """Each name's atoms (their indices) where the rows ``spans`` (first, last) cut
    them (``_name``); None where a name is not whole. ``verdicts`` keeps each name's
    reading by (its number, first row, last row, ``centred``): the cuts share most."""
    names = []
    for n, (date, (top, last)) in enumerate(zip(dates, spans)):
        key = (n, top, last, centred)
        if key not in verdicts:
            verdicts[key] = _name(atoms, date, top, last, rows, n == 0 and centred)
        name = verdicts[key]
        if name is None:
            return None
        names.append(name)
    return names


def _name(atoms: list[Atom], date: int, top: int, last: int, rows: list[int],
          first: bool) -> tuple[int, ...] | None:
    """The atoms (indices) of one of several names, rows ``top`` to ``last`` but its
    date; for the ``first`` of names centred off the middle, the lines above it up to
    an empty line or a line left of the name's column dropped. None where it is empty,
    holds two signatures or ends where no name ends, or the first, so cut, is no longer
    centred off the middle."""
    if first:
        begins = _first_top(atoms, date, top, last, rows)
        if begins is None:
            return None
        top = begins
        at, end = rows.index(atoms[date].row), rows.index(last)
        if at - rows.index(top) not in (end - at, end - at - 1):
            return None  # what is left of the first name is not centred so
    inside = whole_name(atoms, date, top, last)
    if inside is None or _cut_short(" ".join(atoms[i].text for i in inside)):
        return None
    return tuple(inside)


def _first_top(atoms: list[Atom], date: int, top: int, last: int, rows: list[int]) -> int | None:
    """The first row of the first of names centred off the middle, its count's rows
    ``top`` to ``last``: the lines above it up to an empty line or a line left of the
    name's column dropped (``_after_gap``, ``_in_column``). None where the row so found
    is not parted from the line above it (the text's first line, an empty line or a
    line beside the name's column above it, as ``_centred_low``'s ``_opens_block``
    asks): the count then begins amid a paragraph, and where the block begins (the
    lines above it may be the name's own) is not known; or where only a line of the
    closing notes is left (no name there)."""
    gap = _after_gap(atoms, date, top)
    first = _in_column(atoms, date, gap, last)
    if first not in rows:
        return None  # cut up to a line of the closing notes only: no name there
    if first == gap and not _opens_block(rows, {a.row: a.line for a in atoms}, first):
        return None
    return first


def signatures_off_centre(atoms: list[Atom], dates: list[int]
                          ) -> tuple[int, list[SignatureCells]] | None:
    """The signatures, where every way of cutting their lines off the middle
    (``off_middle_counts``) that reads whole names reads the same ones; None otherwise
    (no way, or two ways reading different names: which is meant is not known), or
    where cutting each name from its date's line down (the plain design's: a date on
    its name's first line) reads whole names too, other ones."""
    if not 1 < len(dates) <= MOST_SIGNATURES:
        return None
    rows = sorted({a.row for a in atoms if a.kind not in _CLOSING})
    at = [rows.index(atoms[d].row) for d in dates]
    verdicts: dict[tuple[int, int, int, bool], tuple[int, ...] | None] = {}
    read = {tuple(cut) for spans in off_middle_counts(rows, at)
            if (cut := _names(atoms, dates, spans, rows, verdicts)) is not None}
    if len(read) != 1:
        return None
    names = read.pop()
    if atoms[names[0][0]].row == atoms[dates[0]].row:  # the first name begins on its date's line:
        # cut from each date down too
        top = _names(atoms, dates, top_aligned(rows, at), rows, verdicts, centred=False)
        if top is not None and tuple(top) != names and not any(opens_with_by(atoms, n) for n in top):
            return None
    found = [SignatureCells(cell_of([atoms[i] for i in name]),
                            Cell(atoms[d].text, atoms[d].line, atoms[d].column))
             for name, d in zip(names, dates)]
    return min(names[0][0], dates[0]), found
