"""The cells every reading of a browser's middle-set rows agrees on.

A browser (w3m, elinks, links2) sets a row's cells in the middle of the row on whole
lines (``middle_rows``, tried by ``short_grid.short_grid_rows``): its values line
(h - 1) // 2 lines down a row of h lines. A line of text between two values lines is
then the upper row's (a row of two lines, its values line on top) or the lower row's (a
row of three, a line above its values and one below): "Stock Option" / "(right to buy)"
rows read as well as rows of one line and rows of three ("(right to buy)" / "Stock
Option" / "(right to buy)"), alternating. Where more than one cut of the lines into rows
sets every cell so, or the rows read as well set at their tops or bottoms, or in their
middle rounded up (a renderer may set a cell's spare half line above it), the rows are
still the values lines' (every cut gives each values line to its own row), and a cell is
read where every reading gives it the same lines (the values line's own cells, a cell
that never wraps); a cell some readings give other lines (the wrapped title) is left
unknown and noted."""

from __future__ import annotations

from ..page import Page
from ..sections import Row
from .lines_row import lines_row
from .short_grid import TABLES, GridWord, fitted_above, mark_closes

#: the key in ``Page.memo`` of the cells left unknown because the cuts disagree on their
#: lines, by table: (line, column, column key, text of one reading); the reader notes each
UNTOLD = ("middle_readings", "untold")

Lined = list[dict[str, list[GridWord]]]
Span = tuple[int, int]


def middle_rows(page: Page, table: str, lined: Lined, widths: dict[str, int],
                shown: bool = False) -> list[Row] | None:
    """The rows of ``table`` (each of its body's lines, ``lined``, its words by column)
    whose cells a browser sets in the middle of their rows, on whole lines (w3m,
    elinks): a row as tall as its tallest cell (h lines), a cell of k lines set
    (h - k) // 2 lines below the row's top, so its one-line cells (its values line,
    holding its direct or indirect ownership) (h - 1) // 2 lines down. Read where some
    cut of the lines into rows, each around its values line, sets every cell so
    (``middle_spans``), a cell only where every such cut gives it the same lines
    (``agreed_rows``, the others noted on ``page``), the rows' other readings more such
    cuts: set at their tops or bottoms (``_edge_cuts``), or in their middle rounded up (a
    cell of k lines (h - k + 1) // 2 lines down: a renderer may round so). None where no
    cut does; or (``shown``: where the header may be a PDF's) unless one cut does and
    some row shows a cell of two lines set on a line above its values line and on that
    line (``_whole_line_middle``)."""
    values = [n for n, cells in enumerate(lined) if "direct_or_indirect" in cells]
    spans = middle_spans(lined, values, widths)
    if not spans:
        return None
    cut = [min(held) for held in spans] if all(len(held) == 1 for held in spans) else None
    if shown and (cut is None or not _whole_line_middle(lined, cut, values)):
        return None
    # the other readings: rows set at their tops (bottoms), and in their middle rounded
    # up, as a browser we have not seen may set them: a cell is read where they all agree
    others = [[{span} for span in edge] for edge in _edge_cuts(lined, values)]
    others += [up for up in [middle_spans(lined, values, widths, up=True)] if up]
    for other in others:
        for held, other_held in zip(spans, other):
            held |= other_held
    untold: list[tuple[int, int, str, str]] = []
    rows = agreed_rows(lined, values, spans, TABLES[table][1], untold)
    if rows is not None and untold:
        untold_noted(page, table, untold)
    return rows


def middle_spans(lined: Lined, values: list[int], widths: dict[str, int],
                 up: bool = False) -> list[set[Span]]:
    """Each row's spans (its first and last line) over every cut of ``lined`` into rows,
    the n-th around the n-th of ``values``, that sets each row's cells in its middle
    (rounded down, or ``up``) and breaks each cell's lines as a browser fills them
    (``_set_in_middle``, ``_broken_as_filled``): [] where no cut does. Worked out row by
    row (the cuts may be too many to list: rows of one and of three lines alternate in as
    many ways as there are such pairs)."""
    complete: dict[tuple[int, int], bool] = {}

    def spans_at(n: int, top: int) -> list[Span]:
        """Row ``n``'s spans from line ``top`` that set its cells in its middle."""
        last = values[n + 1] - 1 if n + 1 < len(values) else len(lined) - 1
        ends = range(values[n], last + 1) if n + 1 < len(values) else [last]
        return [(top, end) for end in ends
                if _set_in_middle(lined[top:end + 1], values[n] - top, up)
                and _broken_as_filled(lined[top:end + 1], widths)]

    def completes(n: int, top: int) -> bool:
        """Whether rows ``n`` on read from line ``top`` to the last line."""
        if n == len(values):
            return top == len(lined)
        if (n, top) not in complete:
            complete[(n, top)] = any(completes(n + 1, end + 1) for _, end in spans_at(n, top))
        return complete[(n, top)]

    if not values or not completes(0, 0):
        return []
    found: list[set[Span]] = []
    tops = {0}
    for n in range(len(values)):
        found.append({(top, end) for top in tops for _, end in spans_at(n, top)
                      if completes(n + 1, end + 1)})
        tops = {end + 1 for _, end in found[-1]}
    return found


def agreed_rows(lined: Lined, values: list[int], spans: list[set[Span]],
                keys: tuple[str, ...], untold: list[tuple[int, int, str, str]]
                ) -> list[Row] | None:
    """The rows of ``spans`` (``middle_spans``), each cell read where every span of its
    row gives it the same lines, the others left out and added to ``untold``; None where
    a row does not read as the form's (``lines_row.lines_row``)."""
    rows = []
    for at, held in zip(values, spans):
        lines: dict[str, set[int]] = {}  # each cell's lines where every span agrees
        for key in {key for top, end in held for n in range(top, end + 1) for key in lined[n]}:
            readings = {tuple(n for n in range(top, end + 1) if key in lined[n])
                        for top, end in held}
            if len(readings) == 1:
                lines[key] = set(readings.pop())
                continue
            first = min((lined[n][key][0] for taken in readings for n in taken),
                        key=lambda word: (word.line != lined[at].get(key, [word])[0].line,
                                          word.line))  # on the values line, or its first
            untold.append((first.line, first.column, key, first.text))
        cells: dict[str, list[list[GridWord]]] = {}  # in the lines' order, as they stand
        for n in range(min(held)[0], max(end for _, end in held) + 1):
            for key, words in lined[n].items():
                if n in lines.get(key, ()):
                    cells.setdefault(key, []).append(words)
        row = lines_row(cells, keys) if "direct_or_indirect" in cells else None
        if row is None:
            return None
        rows.append(row)
    return rows


def untold_noted(page: Page, table: str, untold: list[tuple[int, int, str, str]]) -> None:
    """The cells ``agreed_rows`` left unknown kept in ``page.memo`` (``UNTOLD``), in place
    of any an earlier reading of ``table`` kept."""
    found = page.memo.setdefault(UNTOLD, {})
    assert isinstance(found, dict)
    found[table] = set(untold)


def untold_added(page: Page, table: str, untold: list[tuple[int, int, str, str]]) -> None:
    """``untold`` added to the cells of ``table`` a reading left unknown
    (``untold_noted``), those noted before kept."""
    found = page.memo.setdefault(UNTOLD, {})
    assert isinstance(found, dict)
    found[table] = set(found.get(table, ())) | set(untold)


def untold_cleared(page: Page, table: str) -> None:
    """The cells an earlier reading of ``table`` left unknown forgotten: a table read
    again notes only its new reading's."""
    found = page.memo.get(UNTOLD, {})
    assert isinstance(found, dict)
    found.pop(table, None)


def untold_taken(page: Page, table: str) -> list[tuple[int, int, str, str]]:
    """The cells of ``table`` left unknown by ``agreed_rows`` (``untold_noted``), taken
    out of ``page.memo`` so that they are noted once."""
    found = page.memo.get(UNTOLD, {})
    assert isinstance(found, dict)
    return sorted(found.pop(table, ()))


def _edge_cuts(lined: list[dict[str, list[GridWord]]], values: list[int]
               ) -> list[list[tuple[int, int]]]:
    """The cuts of the lines into rows with the cells set at their rows' tops or bottoms,
    where they read so (``edge_cut``)."""
    return [cut for cut in (edge_cut(lined, values, True), edge_cut(lined, values, False))
            if cut is not None]


def edge_cut(lined: list[dict[str, list[GridWord]]], values: list[int], top: bool
             ) -> list[tuple[int, int]] | None:
    """The cut of the lines into rows (each row's first and last line) with the cells set
    at their rows' tops (``top``: each row from its ``values`` line down to the line
    before the next) or bottoms (each row ending at its values line), where they read so:
    each cell one run of lines from the row's top (to its bottom); else None. Its lines'
    breaks are not asked for: a cell's forced break ("Common<br>Stock") reads as well at
    an edge as in the middle, and a rival reading left untold is the wrong value the
    guard is for."""
    if top:
        cut = [(at, end - 1) for at, end in zip(values, [*values[1:], len(lined)])]
    else:
        cut = [(start + 1, at) for start, at in zip([-1, *values], values)]
    if not values or values[0 if top else -1] != (0 if top else len(lined) - 1) \
            or not all(_edge_set(lined[first:last + 1], top) for first, last in cut):
        return None
    return cut


def _edge_set(row: list[dict[str, list[GridWord]]], top: bool) -> bool:
    """Whether each cell of a row's lines is one run of lines from its first line (``top``)
    or to its last."""
    for key in {key for cells in row for key in cells}:
        held = [n for n, cells in enumerate(row) if key in cells]
        if held != list(range(held[0], held[0] + len(held))) \
                or (held[0] != 0 if top else held[-1] != len(row) - 1):
            return False
    return True


def _whole_line_middle(lined: list[dict[str, list[GridWord]]], cut: list[tuple[int, int]],
                       values: list[int]) -> bool:
    """Whether some row of the ``cut`` (each row's first and last line, around its
    ``values`` line) holds a cell of two lines on the line above its values line and on
    it: only a browser's whole lines set a cell so (a PDF's page centres a two-line cell
    half a line above and below its values line, a row set at its top has no line above)."""
    return any(at > top and [n for n in range(top, end + 1) if key in lined[n]] == [at - 1, at]
               for (top, end), at in zip(cut, values) for key in lined[at])


def _broken_as_filled(row: list[dict[str, list[GridWord]]], widths: dict[str, int]) -> bool:
    """Whether each cell of a row's lines is broken as a browser fills a cell's lines: no
    line's next line opens with a word that would have fitted after it (``_fits_after``;
    a mark's printed width is not told, a browser's link number left out before it),
    nor with words after a line of footnote marks alone (a cell prints its marks after its
    text, ``mark_closes``)."""
    return not any(fitted_above(upper[key], lower[key], key, widths)
                   or mark_closes({key: upper[key]}, {key: lower[key]})
                   for upper, lower in zip(row, row[1:]) for key in upper if key in lower)


def _set_in_middle(row: list[dict[str, list[GridWord]]], values: int, up: bool = False) -> bool:
    """Whether a row's lines (``row``, its values line ``values`` down) set each cell in
    the middle: h lines, its tallest cell as tall, a cell of k lines one run of lines
    from (h - k) // 2 down, the values line (h - 1) // 2 down; or, rounded ``up`` (the
    half line left over set above the cell, not below), (h - k + 1) // 2 and h // 2."""
    height = len(row)
    if values != (height - 1 + up) // 2:
        return False
    tallest = 0
    for key in {key for cells in row for key in cells}:
        held = [n for n, cells in enumerate(row) if key in cells]
        if held[0] != (height - len(held) + up) // 2 or held[-1] - held[0] != len(held) - 1:
            return False
        tallest = max(tallest, len(held))
    return tallest == height
