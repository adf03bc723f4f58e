"""Text lines between two rows cut by the titles the page prints (``row_lines.py``).

Where two rows' open text cells share their wrapped lines (two or three cells
each, or a title alone with no word on its row's line: such a row reads as its
title does, so it tells the cuts on both sides of it too) and no rule of
``row_line_cuts._cut`` tells which of the lines between them are whose, each cut of
the run is tried: a cut is possible where both rows then read as
``row_pairs.readings`` reads them (the underlying title, or the title, one the
page prints with certainty, every other cell's brackets closed and no words after
its footnote mark). Where exactly one cut is possible, it is the rows'. Runs next
to each other (a row's lines below one and above the other) are cut together, as
a chain: a cut of one run is possible where some cuts of the others let every row
of the chain read, so a row whose own lines tell nothing (its letters set one per
line) is read between rows that do. The chain's first row's lines above and last
row's below must be known. A row whose lines cannot be told (a line of marks
alone, too many cuts to try: a cell's letters set one per line) rules no cut out:
the other rows of its chain may still tell them; but a title alone so untold lets
no cut be made (it joins a chain only to tell its cuts).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from .atoms import Atom
from .row_bands import TITLE_COLUMNS

if TYPE_CHECKING:  # row_lines.py calls this module; row_pairs is imported where a chain reads
    from .row_line_types import RowLine
    from .row_pairs import Titled

Lines = list[list[Atom]]
#: a run of text lines between two rows: the row above, the row below and the lines
Gap = tuple["RowLine", "RowLine", Lines]
#: cuts of the runs on both sides of a chain's middle row tried, in all: a chain of long
#: runs (lines of prose, of many rows' words) is left uncut, no reading told it
CHAIN_PAIRS = 64


class _Untold(Exception):
    """A row's lines that ``row_pairs.readings`` cannot tell."""


#: a row's readings (``row_pairs.readings``) with its shared cells, by the row's place in
#: its chain and the lines it reads with: the same for both ways of ``title_cuts``
Read = dict[tuple[int, int | None, int | None],
            tuple[tuple[str, ...], "list[dict[str, list[Atom]]] | None"]]


def _reads(shared: tuple[str, ...], found: list[dict[str, list[Atom]]] | None, lines: Lines,
           natures: frozenset[str] | None = None) -> bool:
    """True where the row reads (``found``: its readings with ``lines``, cells ``shared``);
    with ``natures``, only with a nature the page prints (``row_pairs.printed_natures``),
    unless a mark stands apart."""
    if found is None:
        raise _Untold
    if natures is not None and "nature_of_ownership" in shared:
        from .row_pairs import marks_apart, printed_natures
        if not marks_apart(lines):
            return bool(printed_natures(found, natures))
    return bool(found)


def title_cuts(gaps: list[Gap], keys: tuple[str, ...],
               titles: frozenset[str], top: bool, natures: frozenset[str] = frozenset()) -> None:
    """Cut the runs of ``gaps`` (the rows above and below each, and its lines) left
    uncut where exactly one cut lets the rows read. Runs next to each other (the lower
    row of one is the upper of the next) are cut together: a cut of one run is
    possible where some cuts of the others let every row of the chain read, so a
    chain whose end rows' other lines are known is told where each row's lines are
    not. ``keys``: the table's text columns, left to right; ``top``: the page aligns
    its cells to the top."""
    for chain in _chains(gaps):
        if sum((len(a) + 1) * (len(b) + 1) for (_, _, a), (_, _, b) in zip(chain, chain[1:])) \
                > CHAIN_PAIRS:
            continue
        read: Read = {}  # the second way reads the rows with the same lines again
        possible = _possible_cuts(chain, keys, titles, top, read)
        if any(not cuts for cuts in possible):
            continue  # no cut reads: the rows are not as this module reads them
        if natures and any(len(cuts) > 1 for cuts in possible):
            printed = _possible_cuts(chain, keys, titles, top, read, natures)
            if all(printed):  # the cuts that read with natures the page prints come first
                possible = printed
        for (upper, lower, run), cuts in zip(chain, possible):
            if len(cuts) == 1:
                (cut,) = cuts
                upper.below, lower.above = run[:cut], run[cut:]


def _chains(gaps: list[Gap]) -> list[list[Gap]]:
    """The uncut runs between rows of two or more open cells or of an open title alone
    off its line (``_shares_lines``), as chains of runs next to each other, each
    chain's first row's lines above and last row's below known."""
    chains: list[list[Gap]] = []
    for gap in gaps:
        upper, lower, _ = gap
        if upper.below is not None or lower.above is not None or not (
                _shares_lines(upper) and _shares_lines(lower)):
            continue
        if chains and chains[-1][-1][1] is upper:
            chains[-1].append(gap)
        else:
            chains.append([gap])
    return [chain for chain in chains
            if chain[0][0].above is not None and chain[-1][1].below is not None]


def _shares_lines(row: "RowLine") -> bool:
    """True where the row's open cells are two or more, or its title (or underlying
    title) alone with no word on the row's line: a cell certainly on the lines around
    the row that reads only as a title the page prints ("Common Stock" on its line may
    be whole, and then tells no cut)."""
    if len(row.open) >= 2:
        return True
    return (len(row.open) == 1 and row.open <= TITLE_COLUMNS
            and not any(row.parts[k] for k in row.open))


def _possible_cuts(chain: list[Gap], keys: tuple[str, ...], titles: frozenset[str],
                   top: bool, read: Read, natures: frozenset[str] | None = None) -> list[set[int]]:
    """For each run of ``chain``, the cuts that some cuts of the other runs complete to
    cuts letting every row of the chain read (reached from the first row down and from
    the last row up); with ``natures``, read with a nature the page prints where the row
    has an open nature (``_reads``). ``read``: the rows' readings so far, kept by the row's
    place and where its lines above start and below end (None: the chain's end row's own
    lines)."""
    from .row_pairs import readings
    rows: list[RowLine] = [chain[0][0], *(lower for _, lower, _ in chain)]
    runs = [run for _, _, run in chain]
    titled: Titled = {}  # each way of cutting reads titles other ways read

    def reads(at: int, start: int | None, end: int | None) -> bool:
        above = runs[at - 1][start:] if start is not None else rows[0].above or []
        below = runs[at][:end] if end is not None else rows[-1].below or []
        if (at, start, end) not in read:
            shared = tuple(k for k in keys if k in rows[at].open)
            read[at, start, end] = shared, readings(above, below, rows[at].parts, shared, titles,
                                                    top, titled)
        try:
            return _reads(*read[at, start, end], above + below, natures)
        except _Untold:
            # a row whose lines cannot be told rules no cut out; but an open title alone
            # joins a chain only to tell its cuts: untold, it lets none be made
            return len(rows[at].open) >= 2

    @cache
    def between(at: int, start: int, end: int) -> bool:  # row ``at`` of the chain's middle
        return reads(at, start, end)

    down = [{k for k in range(len(runs[0]) + 1) if reads(0, None, k)}]
    for at in range(1, len(runs)):
        down.append({k for k in range(len(runs[at]) + 1)
                     if any(between(at, j, k) for j in down[-1])})
    # from the last row up, only the cuts reached from the first row down are tried: a
    # cut ``j`` reached down that a cut ``k`` below completes reaches ``k`` down too, so
    # the cuts both ways are the same, each run's cuts no way reaches down never read
    last = len(runs)
    both = [{k for k in sorted(down[-1]) if reads(last, k, None)}]
    for at in range(last - 1, 0, -1):
        both.insert(0, {j for j in sorted(down[at - 1]) if any(between(at, j, k) for k in both[0])})
    return both
