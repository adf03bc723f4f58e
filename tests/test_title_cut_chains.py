"""The cuts of a chain of runs between rows (``row_title_cuts._possible_cuts``): those
reached from the first row down that some cut below completes to the last row. The
reading up from the last row tries only the cuts reached down (a cut reached down that
a cut below completes reaches that cut down too): these tests read chains whose rows
read or not at random and check the cuts against every cut read both ways, in full."""

from __future__ import annotations

import random
from itertools import product

import pytest

from form4lark.form import row_pairs
from form4lark.form.atoms import Atom
from form4lark.form.row_line_types import RowLine
from form4lark.form.row_title_cuts import _possible_cuts

KEYS = ("security_title", "nature_of_ownership")


def _chain(rng: random.Random) -> list:
    """Rows of two open cells, with one to four runs of up to three lines between them."""
    word = Atom("TEXT", "Stock", 0, 0, 0, None)  # type: ignore[arg-type]
    rows = [RowLine({}, {key: [word] for key in KEYS}, open=set(KEYS), above=[], below=[])
            for _ in range(rng.randint(2, 5))]
    return [(upper, lower, [[word] for _ in range(rng.randint(0, 3))])
            for upper, lower in zip(rows, rows[1:])]


def _in_full(chain: list, reads) -> list[set[int]]:
    """The cuts of each run that some cuts of every other run let every row read."""
    runs = [run for _, _, run in chain]
    found: list[set[int]] = [set() for _ in runs]
    for cuts in product(*(range(len(run) + 1) for run in runs)):
        ends = [None, *cuts], [*cuts, None]
        if all(reads(at, start, end) for at, (start, end) in enumerate(zip(*ends))):
            for i, cut in enumerate(cuts):
                found[i].add(cut)
    return found


@pytest.mark.parametrize("seed", range(200))
def test_the_cuts_are_those_every_row_reads_with(seed: int, monkeypatch) -> None:
    rng = random.Random(seed)
    chain = _chain(rng)
    rows = [chain[0][0], *(lower for _, lower, _ in chain)]
    runs = [run for _, _, run in chain]
    told: dict[tuple[int, int, int], bool] = {}

    def row_reads(at: int, start: int | None, end: int | None) -> bool:
        above = len(runs[at - 1]) - start if start is not None else 0
        below = end if end is not None else 0
        return told.setdefault((at, above, below), rng.random() < 0.6)

    def readings(above, below, parts, *_):  # a row reads with its lines, or not
        at = next(i for i, row in enumerate(rows) if row.parts is parts)
        return [{}] if row_reads(at, len(runs[at - 1]) - len(above) if at else None,
                                 len(below) if at < len(runs) else None) else []

    monkeypatch.setattr(row_pairs, "readings", readings)
    assert _possible_cuts(chain, KEYS, frozenset(), False, {}) == _in_full(chain, row_reads)
