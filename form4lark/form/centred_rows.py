"""A page grid's table whose cells are centred on their rows' values lines (a PDF of a
site's page: pdftotext -layout, its words' boxes): each line holding a direct or
indirect ownership is a row's, and each column's lines around it are the row's as far
below as above it (``centred_rows``), a table over a page break read page by page
(``short_grid_pages.py``). ``short_grid`` places each line's words under the columns and
reads its rows here."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

from ..patterns import MARKS_RE
from ..sections import Row
from .lines_row import lines_rows

if TYPE_CHECKING:
    from .short_grid import GridWord


def centred_rows(lined: list[dict[str, list[GridWord]]], keys: tuple[str, ...],
                 tops: Sequence[bool] = ()) -> list[Row] | None:
    """The rows of a table whose cells are centred on their row's values line (a PDF of a
    site's page: "Common Stock" above the line holding "02/12/2025  A  2193 ...  D", its
    "[1]" below; a price's "$66.903" above, its "[2]" below): each line holding a direct
    or indirect ownership is a row's, and each column's lines around it are the row's as
    far out below as above (a cell of an even count of lines has half above and half
    below, an odd one its middle line on the values line), which tells each line between
    two rows whose it is. Only where some cell stands above the first row and some below
    the last (cells set at their rows' tops or bottoms never do both), or no cell wraps
    (each line a row's values), or cells set at their rows' tops (bottoms) would hold a
    footnote mark before more words or leave a values line out (``_edge_set_refuted``);
    None where a column's lines do not stand so (``_centred``, each column counted on its
    own lines and the values lines: a PDF's lines of another column's cells, half a line
    off, stand between them), or a row's cells so counted would not stand at one height
    each (``_heights_placed``: whole lines, a browser's, have no half-line offsets). A
    table over a page break (``tops``: each line's, True below a break) is read page by
    page (``short_grid_pages.paged_cells``), or where it does not read so, whole (a row the
    break splits line by line: its title above the break, its values line below)."""
    values = [n for n, cells in enumerate(lined) if "direct_or_indirect" in cells]
    if not values or len(values) < len(lined) and (values[0] == 0 or values[-1] == len(lined) - 1) \
            and not _edge_set_refuted(lined, values):
        return None  # no line above the first row or below the last: perhaps set at an edge
    from .short_grid_pages import paged_cells  # short_grid_pages reads with grid_cells_centred
    cells = paged_cells(lined, keys, tops)
    rows = None if cells is None else lines_rows(cells, keys)
    if rows is None and any(tops[1:]):  # not read page by page: read whole, as before
        cells = grid_cells_centred(lined, keys)
        rows = None if cells is None else lines_rows(cells, keys)
    return rows


def grid_cells_centred(lined: list[dict[str, list[GridWord]]], keys: tuple[str, ...],
                       cut_end: bool = False) -> list[dict[str, list[list[GridWord]]]] | None:
    """Each row's cells (by their lines) of a table (or a page's part of it) whose cells
    are centred on their rows' values lines (``centred_rows``); None where they do not
    stand so. ``cut_end``: the page's part before a page break, its last row cut by the
    page's end (``_cut_centred``), its lines from its first to the page's last unbroken."""
    values = [n for n, cells in enumerate(lined) if "direct_or_indirect" in cells]
    if not values:
        return None
    rows: list[dict[str, list[list[GridWord]]]] = [{} for _ in values]
    heights: list[dict[int, int]] = [{} for _ in values]  # each row's line at each height
    first = values[-1]  # the cut row's first line
    for key in keys:
        # the column's own lines and the values lines: a PDF's lines of other columns'
        # cells (of another count of lines) stand between them, half a line off
        own = [n for n, cells in enumerate(lined) if key in cells or n in values]
        middles = [own.index(at) for at in values]
        held = [key in lined[n] for n in own]
        spans: list[tuple[int, int]]
        if cut_end:
            cut = _cut_centred(held, middles)
            if cut is None:
                return None
            spans = [(r, r) for r in cut[0]] + [cut[1:]]
        else:
            spread = _centred(held, middles)
            if spread is None:
                return None
            spans = [(r, r) for r in spread]
        for n, (row, height, middle, (up, down)) in enumerate(zip(rows, heights, middles, spans)):
            taken = [m for m in own[middle - up:middle + down + 1] if key in lined[m]]
            if cut_end and n == len(values) - 1:  # the cut row's cells stand off centre
                first = min([first, *taken])
            elif not _heights_placed(height, taken):
                return None
            if taken:
                row[key] = [lined[m][key] for m in taken]
    if cut_end and (not unbroken(lined[first:]) or _marks_inside(rows)):
        return None  # a line apart at the page's foot (a footer) is no cell's
    return rows


def _marks_inside(rows: list[dict[str, list[list[GridWord]]]]) -> bool:
    """Whether some cell of ``rows`` holds a line ending with a footnote mark and a next
    line opening with words: a cell prints its marks after its text, so such lines are
    two rows' ("LP (2)" / "By Sequoia"). A cut row's lines are no longer pinned by the
    last row's lines below its values line (``_cut_centred``): a reading that shifts
    each nature's lines onto the row above or below reads centred too, and this tells
    it wrong."""
    return any(MARKS_RE.fullmatch(upper[-1].text) and not MARKS_RE.fullmatch(lower[0].text)
               for row in rows for cell in row.values() for upper, lower in pairwise(cell))


def unbroken(lines: list[dict[str, list[GridWord]]]) -> bool:
    """Whether ``lines`` follow one another on the page's text with no blank line."""
    numbers = [min((word.line for words in cells.values() for word in words), default=0)
               for cells in lines]
    return all(b == a + 1 for a, b in pairwise(numbers))


def _heights_placed(height: dict[int, int], taken: list[int]) -> bool:
    """Whether a row's cell of lines ``taken`` (the page lines, top down), centred on its
    row's values line, stands at the heights the row's other cells leave it: its i-th of
    k lines is 2i-(k-1) half lines from the values line, so each height is one line of
    the row and a higher height a lower line (``height``, each height's line, is filled
    in). Counting a column on its own lines and the values lines fits a PDF's half-line
    offsets; on whole lines (a browser's dump) a cell's line standing alone between two
    rows would be taken by a row whose other cells stand elsewhere (a 4-line title's
    last line over a 3-line nature's first): False."""
    for i, n in enumerate(taken):
        if height.setdefault(2 * i - (len(taken) - 1), n) != n:
            return False
    order = [height[h] for h in sorted(height)]
    return all(a < b for a, b in zip(order, order[1:]))


def _edge_set_refuted(lined: list[dict[str, list[GridWord]]], values: list[int]) -> bool:
    """Whether the cells of a table whose first row has no line above it (or whose last
    has none below) cannot be set at their rows' tops (bottoms), each line between two
    rows the row's above (below) it: so set, some cell would hold a footnote mark before
    words opening its next line (``_mark_before_words``), or a cell's lines would leave
    its row's values line out (``_off_values_line``: a price's "$201.69" above a values
    line that holds no price, its "[1]" below it; a cell set at its row's edge holds the
    line its single-line cells stand on)."""
    last = len(lined) - 1
    owners = []
    if values[0] == 0:  # set at the tops: each line the row's at or above it
        owners.append([max(v for v in values if v <= n) for n in range(len(lined))])
    if values[-1] == last:  # set at the bottoms: each line the row's at or below it
        owners.append([min(v for v in values if v >= n) for n in range(len(lined))])
    return all(_mark_before_words(lined, cells) or _off_values_line(lined, cells)
               for cells in (_edge_cells(lined, owner) for owner in owners))


def _edge_cells(lined: list[dict[str, list[GridWord]]],
                owner: list[int]) -> dict[tuple[int, str], list[int]]:
    """Each cell's lines (top down) by its row's values line and its column's key, each
    line given to the row of its ``owner`` values line."""
    cells: dict[tuple[int, str], list[int]] = {}
    for n, line in enumerate(lined):
        for key in line:
            cells.setdefault((owner[n], key), []).append(n)
    return cells


def _mark_before_words(lined: list[dict[str, list[GridWord]]],
                       cells: dict[tuple[int, str], list[int]]) -> bool:
    """Whether some cell (``_edge_cells``) would hold a footnote mark ending one of its
    lines and words opening its next, where a cell prints its marks after its text ("By
    Sequoia Capital XI, LP (2)" then "By Sequoia Capital XI Principals", the next row's
    nature's first line above it). A mark with words after it on one line ("By GRAT (2)
    and IRA (3)") is as the cell prints it, whichever its rows' alignment: it tells
    nothing."""
    for (_, key), lines in cells.items():
        parts = [lined[n][key] for n in lines if lined[n][key]]
        if any(MARKS_RE.fullmatch(upper[-1].text) and not MARKS_RE.fullmatch(lower[0].text)
               for upper, lower in zip(parts, parts[1:])):
            return True
    return False


def _off_values_line(lined: list[dict[str, list[GridWord]]],
                     cells: dict[tuple[int, str], list[int]]) -> bool:
    """Whether some cell (``_edge_cells``) of a column standing on some values line would
    not be one run of lines through its row's values line (held above or below it, not
    on it, or with a line between them that the column leaves empty). A column on no
    values line (a PDF's nature column half a line low: values, "By Trust", values, "By
    LLC") stands off every values line whichever edge its rows are set at: it tells
    nothing."""
    on_values = {key for at, _ in cells for key in lined[at]}
    return any(key in on_values and (at not in lines or lines[-1] - lines[0] != len(lines) - 1)
               for (at, key), lines in cells.items())


def _centred(held: list[bool], values: list[int]) -> list[int] | None:
    """How many lines each row's cell of one column reaches above and below its values
    line (``values``), where ``held`` tells which lines hold the column's words: the
    first row's lines above it are all above it, so as many below are its own; the next
    lines above the next row are that row's, and so on. None where a cell's lines are
    not all next to one another up to its values line, or a line is left to no row, or,
    the rows' cells not all of one count of lines, a browser's placement
    (``_top_heavy_ends``) may have set the lines otherwise (rows of 3, 2 and 2 lines on
    lines 1, 3 and 5: "Series A" / "Preferred" one cell, not two). Cells all of one odd
    count ("Series A" / "Preferred" / "Stock" each) have their middle lines on their
    values lines either way; an empty cell (a row whose title a page break moved to the
    next page) has no lines either way, so is of no count."""
    found = _reaches(held, values)
    if found is None or any(held[found[1] + 1:]):
        return None  # a line left to no row
    reaches = found[0]
    centred = [at + reach for at, reach in zip(values, reaches)]
    counts = {reach for at, reach in zip(values, reaches) if reach or held[at]}  # empty cells aside
    if len(counts) > 1 and any(ends != centred for ends in _top_heavy_ends(held, values)):
        return None  # a browser's placement reads the lines otherwise: not certain
    return reaches


def _reaches(held: list[bool], values: list[int]) -> tuple[list[int], int] | None:
    """``_centred``'s reach of each row (as many lines below its values line as above it,
    the lines above it those the rows before leave) and the last line the rows take;
    None where a cell's lines are not all next to one another up to its values line or
    do not reach as far below it before the next row's."""
    reaches = []
    done = -1  # the last line taken by a row
    for n, at in enumerate(values):
        above = [m for m in range(done + 1, at) if held[m]]
        reach = len(above)
        if above and above[0] != at - reach:
            return None  # not next to one another up to the values line
        end = values[n + 1] if n + 1 < len(values) else len(held)
        if at + reach >= end or not all(held[at + 1:at + reach + 1]):
            return None
        reaches.append(reach)
        done = at + reach
    return reaches, done


def _cut_centred(held: list[bool], values: list[int]) -> tuple[list[int], int, int] | None:
    """``_centred`` for a page's part of a table whose last row the page's end cuts (a
    PDF prints the rest of its cells at the next page's top): the rows before it read
    centred; its own lines above its values line are those they leave, next to one
    another up to it, and its lines below it (the column's lines to the page's end:
    ``held`` holds only the column's and the values lines, so all are its own; that none
    stands apart is ``grid_cells_centred``'s ``unbroken`` test) no more than above (a
    centred cell the page's end cuts keeps its upper half, "By Sequoia" / "Capital XI"
    over "Principals" on its values line). ``values`` is not empty. The reaches of the
    rows before, then the last row's lines above and below; None where not so."""
    at = values[-1]
    found = _reaches(held[:at], values[:-1]) if len(values) > 1 else ([], -1)
    if found is None:
        return None
    reaches, done = found
    above = [m for m in range(done + 1, at) if held[m]]
    below = held[at + 1:]
    if above and above[0] != at - len(above) or len(below) > len(above):
        return None
    earlier = [v + r for v, r in zip(values[:-1], reaches)]
    counts = {r for v, r in zip(values[:-1], reaches) if r or held[v]}
    if len(counts) > 1 and any(ends != earlier
                               for ends in _top_heavy_ends(held[:done + 1], values[:-1])):
        return None  # a browser's placement reads the rows before otherwise: not certain
    return reaches, len(above), len(below)


def _top_heavy_ends(held: list[bool], values: list[int]) -> list[list[int]]:
    """The ways (at most two) a browser (w3m, elinks) may have set ``held``'s lines around
    the values lines: a k-line cell holds its row's values line with (k - 1) // 2 of its
    lines above it (a 2-line "Series A" / "Preferred" its first line on the values line,
    the second below), so as many or one more below; each way the last line of each
    row's cell (its values line where the column's cell is empty)."""
    found: dict[tuple[int, int], list[list[int]]] = {}

    def ends_from(n: int, done: int) -> list[list[int]]:
        """The ways of rows ``n`` on, line ``done`` the last one taken before them."""
        if (n, done) in found:
            return found[(n, done)]
        ways: list[list[int]] = []
        if n == len(values):
            ways = [] if any(held[done + 1:]) else [[]]
        else:
            at = values[n]
            above = [m for m in range(done + 1, at) if held[m]]
            end = values[n + 1] if n + 1 < len(values) else len(held)
            if not above or above[0] == at - len(above) and held[at]:
                for below in (len(above), len(above) + 1) if held[at] else (0,):
                    if at + below < end and all(held[at + 1:at + below + 1]):
                        ways += [[at + below, *rest] for rest in ends_from(n + 1, at + below)]
        found[(n, done)] = ways[:2]
        return found[(n, done)]

    return ends_from(0, -1)
