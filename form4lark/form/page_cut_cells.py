"""Stream shape: a row cut by a page's end, its taller cells printed after the break.

A web page's PDF breaks a table inside a row: the cells of one line stay on the
page, and each cell of more lines (a wrapped title, an amount over its mark, a
nature) goes whole to the next page. MuPDF's text (``mutool draw -F txt``) prints a
row as several blocks, not one: its title's block, its values' block (the one
holding its date), a derivative row's underlying title's block; and a block per
cell moved, a form feed between the pages. The moved cells then stand after the
break, in their columns' order, before the next row:

    Common Stock / 12/21/2021 / S [1] / D / 1917015 / D      (the row, shares and price gone)
    <form feed>
    25788 / [2]                                              (its shares)
    $898.861 / [13]                                          (its price)
    Common Stock / 12/21/2021 / S [1] / 12728 / ...          (the next row)

The blocks after the break up to the next row are put back into the cut row's
values block (the dated block the break follows), each between two of its lines (a
cell's place), where exactly one way of putting them back reads the row as one row of
the form. The next row opens at its values' block, the first block holding a date (a
transaction's); where that block opens with a value, the block before it is the next
row's title block, not a cell moved (``_next_row``). Where no row follows, the cut row
was the table's last: every block after the break is its. The body read again must then
read whole (``tables._in_order``); otherwise nothing is put back.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import combinations

from ..errors import SectionError
from ..sections import Row
from .atoms import Atom, blocks_apart, lines_of
from .row_kinds import DATE, is_prose

#: at most this many cells of a row are put back, and its block read this many ways
_MOST_MOVED = 4
_MOST_WAYS = 400


def _next_row(blocks: list[list[Atom]], start: int) -> int | None:
    """Index of the first block from ``start`` that opens the next row: the block of
    its date, or the title block before it where the dated block opens with a value."""
    dated = next((n for n in range(start, len(blocks))
                  if any(DATE.fullmatch(a.text) for a in blocks[n])), None)
    if dated is None:
        return None
    if not is_prose(blocks[dated][0]) and dated > start and is_prose(blocks[dated - 1][0]):
        return dated - 1
    return dated


def _ways(row: list[Atom], moved: list[list[Atom]]) -> list[list[Atom]]:
    """Each way of putting the ``moved`` cells into the ``row``'s block, in their order,
    each at another place between two of its lines (or before or after them)."""
    lines = lines_of(row)
    out: list[list[Atom]] = []
    for places in combinations(range(len(lines) + 1), len(moved)):
        if len(out) >= _MOST_WAYS:
            return []
        put: list[Atom] = []
        for n in range(len(lines) + 1):
            if n in places:
                put.extend(moved[places.index(n)])
            if n < len(lines):
                put.extend(lines[n])
        out.append(put)
    return out


def _whole(row: Row, moved: list[list[Atom]]) -> bool:
    """Whether a row read holds its title, each moved cell as a cell of its own (not run
    into a cell beside it), and a nature only where it is held indirectly (a cell put
    back as a direct holding's nature is a title put in the wrong place)."""
    direct = row.get("direct_or_indirect")
    cells = {"".join(cell.text.split()) for cell in row.values()}
    return "security_title" in row and all("".join(a.text for a in m) in cells for m in moved) \
        and not ("nature_of_ownership" in row and direct is not None
                 and direct.text.startswith("D"))


def _one_way(row: list[Atom], moved: list[list[Atom]],
             read: Callable[[list[Atom]], list[Row]]) -> list[Atom] | None:
    """The row's block with the moved cells put back the one way that reads it as one
    whole row (``_whole``); None where no way or more than one does."""
    found = None
    for way in _ways(row, moved):
        try:
            rows = read(way)
        except SectionError:  # a way that does not read is ruled out
            continue
        if len(rows) != 1 or not _whole(rows[0], moved):
            continue
        if found is not None:
            return None
        found = way
    return found


def _put_back(blocks: list[list[Atom]], n: int, tops: frozenset[int],
              read: Callable[[list[Atom]], list[Row]]) -> tuple[list[Atom], int] | None:
    """Block ``n`` with the cells a page break moved put back and the index of the block
    after them, where it is a row's values block the break cuts and one way puts them
    back; None otherwise."""
    block, after = blocks[n], n + 1
    if after == len(blocks) or not any(block[-1].line < top <= blocks[after][0].line
                                       for top in tops) \
            or not any(DATE.fullmatch(a.text) for a in block):
        return None
    # up to the next row; none: the cut row is the table's last, the rest its
    moved = blocks[after:_next_row(blocks, after)]
    put = _one_way(block, moved, read) if 0 < len(moved) <= _MOST_MOVED else None
    return None if put is None else (put, after + len(moved))


def cut_cells_put_back(words: list[Atom], tops: frozenset[int],
                       read: Callable[[list[Atom]], list[Row]]) -> list[Atom] | None:
    """The body's words with each row cut by a page break (``tops``: the lines that open
    a page) whole again (see the module's docstring); None where no row is."""
    if not tops or not words:
        return None
    blocks = [words[a:b] for a, b in blocks_apart(words)]
    out: list[list[Atom]] = []
    changed = False
    n = 0
    while n < len(blocks):
        found = _put_back(blocks, n, tops, read)
        if found is None:
            out.append(blocks[n])
            n += 1
        else:
            out.append(found[0])
            changed = True
            n = found[1]
    return [a for block in out for a in block] if changed else None
