"""The cells of Table II's interleaved columns that every placement gives alike, counted
rather than listed.

``row_kind_runs.several_rows_ii`` places each family of Table II's tokens (its titles,
its letters, its amounts, its dates and prices) in the rows by listing every placement;
where a family's placements are too many to list (many rows of amounts that any of three
columns could hold), it gave up on the whole table. Each column keeps its rows' order, so
a token's row in a column is how many tokens before it went to that column: whether a
token can stand in a column's row is whether some placement of the tokens before it
reaches that count and some placement of the tokens after it fills every column from
there. Those two sets of counts are walked once each way, and a cell is kept only where
every placement gives it the same text: the other families' cells can then be read
(their titles, dates and codes), and the amounts that no placement pins are left
unknown, never guessed.
"""

from __future__ import annotations

from itertools import product

from .column_tokens import Column, Token
from .row_kind_runs import _fills

#: nor counts of tokens taken by each column beyond this many (a family of many rows
#: and columns): the family is not read
_STATES = 50_000

_Counts = tuple[int, ...]


def cells_every_placement_gives(tokens: list[Token], rows: int, columns: tuple[Column, ...]
                                ) -> dict[tuple[str, int], Token] | None:
    """The cells (column name, row) -> token that every placement of ``tokens``, in
    order, into ``rows`` rows of ``columns`` gives alike (a required column filled in
    every row, an optional one in every row or in none, each token of its column's kind);
    None where no placement fills the columns or the counts are too many to walk."""
    fits = [[_fills(t, c) for c in columns] for t in tokens]
    texts: dict[tuple[int, int], set[str]] = {}
    first: dict[tuple[int, int], Token] = {}
    left_empty: set[int] = set()  # the optional columns some placement leaves empty
    for filled in product(*(((0, rows) if c.optional else (rows,)) for c in columns)):
        seen = _possible_cells(fits, filled)
        if seen is None:
            return None
        if seen:
            left_empty.update(c for c, count in enumerate(filled) if count == 0)
        for (column, row), places in seen.items():
            for n in places:
                texts.setdefault((column, row), set()).add(tokens[n].text)
                first.setdefault((column, row), tokens[n])
    if not texts:
        return None
    return {(columns[c].name, r): first[c, r] for (c, r), found in texts.items()
            if len(found) == 1 and c not in left_empty}


def _possible_cells(fits: list[list[bool]], need: _Counts
                    ) -> dict[tuple[int, int], set[int]] | None:
    """For each (column, row), the tokens some placement with ``need[c]`` tokens in each
    column puts there (empty where no placement fills them so); None where the counts
    are too many to walk."""
    if len(fits) != sum(need):
        return {}
    # how many tokens from each on may fill each column: counts they cannot complete
    # are not walked on
    left = [[0] * len(need) for _ in range(len(fits) + 1)]
    for n in range(len(fits) - 1, -1, -1):
        left[n] = [a + b for a, b in zip(left[n + 1], fits[n])]
    forward: list[set[_Counts]] = [{tuple(0 for _ in need)}]
    states = 1
    for n, fit in enumerate(fits):
        grown = {g for c in forward[n] for k in range(len(need)) if fit[k] and c[k] < need[k]
                 for g in [c[:k] + (c[k] + 1,) + c[k + 1:]]
                 if all(w - h <= f for w, h, f in zip(need, g, left[n + 1]))}
        states += len(grown)
        if states > _STATES:
            return None
        forward.append(grown)
    if tuple(need) not in forward[-1]:
        return {}
    # backward: the counts from which the tokens left fill every column
    back: set[_Counts] = {tuple(need)}
    found: dict[tuple[int, int], set[int]] = {}
    for n in range(len(fits) - 1, -1, -1):
        reach: set[_Counts] = set()
        for counts in forward[n]:
            for k in range(len(need)):
                if not fits[n][k] or counts[k] >= need[k]:
                    continue
                if counts[:k] + (counts[k] + 1,) + counts[k + 1:] in back:
                    reach.add(counts)
                    found.setdefault((k, counts[k]), set()).add(n)
        back = reach
    return found
