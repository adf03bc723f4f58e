"""Table I rows whose values a converter split over their title's lines, each line on a
grid of its own (pypdf's layout text of a site's page printed to PDF).

A row whose title wraps ("Class A Common" / "Stock") has its other cells set in the
middle of it; pypdf puts each of them on the title's first line or its second, and lays
each line out at its own scale, so that the lines' values do not line up ("A" of the
(A)/(D) column on the first line left of the amount on the second) and the header's
titles stand on yet another grid. Each line's values still stand in the form's order:
the row is read from its lines' values, the lines taken in some order, as the typed
sequence of the form's columns (each value of the kind of its column:
``body_columns._fits``), each column once. The body is cut into rows of one to
``_MOST_LINES`` lines each, and taken only where exactly one cut, and one reading of
each of its rows, reads it whole; otherwise it is not read here (None). A line of a
title's words alone opens a row (its values on the title's next line), never closes one;
a cut whose titles wrap over unlike counts of lines, or where no row's values stand on
two of its lines (not this shape), or a nature's words set apart on a line (a word
under no title), is not taken.

A row is a holding (the amount owned, its ownership form and nature only) or a whole
transaction (its date, code, amount, (A)/(D), amount owned and form): a part of a row
is neither. The title is the runs of words at the body's left edge, the nature the other
runs of words, each joined top to bottom. A footnote mark on a row of several lines may
be any of its values' (pypdf sets a raised mark on either line: "55045 (3)" where (3)
is the price's), so it is left unknown; on a row of one line it is its value's. A price
ending in such a mark's number is left unknown too: its note, then referred to by no
value, would have the price read as holding its mark glued on (``bare_marks``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import permutations
from typing import TYPE_CHECKING

from ..patterns import MARKS_RE
from ..sections import TABLE_I_COLUMNS, Row
from .body_columns import _assignments, _fits, _runs, _wordy, marks_only

if TYPE_CHECKING:
    from .short_grid import GridWord as W

#: the most lines a row is cut over
_MOST_LINES = 3
#: the cells a whole transaction row holds, and those a holding holds
_TRANSACTION = frozenset({"transaction_date", "transaction_code", "shares", "acquired_disposed",
                          "shares_owned_following", "direct_or_indirect"})
_HOLDING = frozenset({"shares_owned_following", "direct_or_indirect"})
_TITLE, _NATURE = "security_title", "nature_of_ownership"


def split_rows(lines: Sequence[Sequence[W]], table: str, glued: bool) -> list[Row] | None:
    """Table I's rows of a body's lines (each its words on its own grid), read where one
    cut of the lines into rows reads each row one way only; None otherwise. ``glued``:
    the page's header runs a title's wrapped words together ("Amount OwnedFollowing"),
    so a nature's may be too ("By estate planningvehicles"), with no capital to show
    where: the natures are then left unknown."""
    from .short_grid import lines_row  # short_grid reads with this module: imported here
    if table != "table_i" or not lines or not all(lines):
        return None
    left = min(line[0].start for line in lines)
    runs = [_runs(line) for line in lines]
    read: dict[tuple[int, int], dict[str, list[list[W]]] | None] = {}

    def row(start: int, end: int) -> dict[str, list[list[W]]] | None:
        if (start, end) not in read:
            read[(start, end)] = _row(runs[start:end], left, glued)
        return read[(start, end)]

    # each line's count of ways to cut the lines above it into rows (at most 2) and the cut
    ways: list[tuple[int, list[int]]] = [(0, []) for _ in range(len(lines) + 1)]
    ways[0] = (1, [])
    for end in range(1, len(lines) + 1):
        count, cut = 0, list[int]()
        for start in range(max(0, end - _MOST_LINES), end):
            if ways[start][0] and row(start, end) is not None:
                count += ways[start][0]
                cut = [*ways[start][1], end]
        ways[end] = (min(count, 2), cut)
    count, cut = ways[-1]
    if count != 1:
        return None
    blocks = [row(start, end) for start, end in zip([0, *cut], cut)]
    if not any(sum(bool(line) for line in _values_lines(runs[start:end])) > 1
               for start, end in zip([0, *cut], cut)):
        return None  # no row's values split over its lines: not this shape
    if len({len(cells[_TITLE]) for cells in blocks if cells is not None}) > 1:
        return None  # titles wrapped over unlike counts of lines: where each opens, unsure
    rows: list[Row] = []
    for cells in blocks:
        made = None if cells is None else lines_row(cells, TABLE_I_COLUMNS)
        if made is None:
            return None
        rows.append(made)
    return rows


def _values_lines(lines: Sequence[Sequence[list[W]]]) -> list[bool]:
    """For each of a row's lines, whether it holds a value (a run of no letters' words
    besides marks: an amount, a price, a date, a one-letter code or flag)."""
    return [any(not marks_only(run) and not any(_wordy(w.text) for w in run) and i > 0
                for i, run in enumerate(line)) for line in lines]


def _title_closes(lines: Sequence[Sequence[list[W]]], title: list[list[W]],
                  values: list[list[list[W]]], nature: list[list[W]]) -> bool:
    """True where a row's last line holds its title's words alone: a title's line with no
    value beside it opens the row below (its values set on the title's next line), it
    closes no row."""
    last = [run for run in lines[-1] if not marks_only(run)]
    return len(lines) > 1 and not values[-1] and len(last) == 1 and any(
        t[0] is last[0][0] for t in title) and not any(n[0] is last[0][0] for n in nature)


def _row(lines: Sequence[Sequence[list[W]]], left: int, glued: bool
         ) -> dict[str, list[list[W]]] | None:
    """A row's cells (each its lines' words, top to bottom) from its lines' runs, where
    its values read one way only whatever the order of its lines; None otherwise (its
    nature left out where ``glued``: ``split_rows``)."""
    several = len(lines) > 1
    dropped = {n for line in lines for run in line for w in run
               if several and MARKS_RE.fullmatch(w.text) for n in re.findall(r"\d+", w.text)}
    title: list[list[W]] = []
    nature: list[list[W]] = []
    values: list[list[list[W]]] = []  # each line's runs of values, left to right
    for line in lines:
        own: list[list[W]] = []
        worded = len(nature)
        for i, run in enumerate(line):
            words = [w for w in run if not MARKS_RE.fullmatch(w.text)] if several else run
            if not words:
                continue  # a mark alone on a row of lines: whose, unknown
            if i == 0 and run[0].start <= left + 1 and _wordy(words[0].text):
                title.append(list(words))
            elif any(_wordy(w.text) for w in words):
                nature.append(list(words))
            else:
                own.append(list(words))
        if len(nature) - worded > 1:
            return None  # a nature's words set apart on a line: a word under no title
        values.append(own)
    if not title or _title_closes(lines, title, values, nature):
        return None
    found: set[tuple[tuple[int, int], ...]] = set()
    for order in permutations(range(len(lines))):
        sequence = [run for n in order for run in values[n]]
        fits = [[_fits(key, run) for key in TABLE_I_COLUMNS] for run in sequence]
        for match in _assignments(fits, 0, 1):
            held = {TABLE_I_COLUMNS[k] for k in match}
            if TABLE_I_COLUMNS.index("direct_or_indirect") not in match[-1:]:
                continue  # the ownership form is the last value
            if held == _HOLDING or _TRANSACTION <= held:
                found.add(tuple(sorted((id(run), k) for run, k in zip(sequence, match))))
        if len(found) > 1:
            return None
    if len(found) != 1:
        return None
    key_of = dict(next(iter(found)))
    cells: dict[str, list[list[W]]] = {_TITLE: title}
    for line in values:
        for run in line:
            cells.setdefault(TABLE_I_COLUMNS[key_of[id(run)]], []).append(run)
    if nature and not glued:
        cells[_NATURE] = nature
    price = cells.get("price_per_share")
    if price and any(price[0][-1].text.endswith(n) for n in dropped):
        del cells["price_per_share"]  # it may be read as holding that mark glued on
    return cells
