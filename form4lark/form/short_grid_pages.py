"""A short grid's table (``short_grid.py``) over a page break, read page by page.

A PDF of a site's page whose rows' cells are centred on their values lines (a browser's
print): a row the break cuts keeps its values line on its page and has the cells that
did not fit printed at the next page's top, moved whole or cut after their first lines
(a centred cell the page's end cut keeps its upper half). Each page's part is read
centred (``centred_rows.grid_cells_centred``), the lines at a page's top given to the row the
break cut where they stand as its cells go on there.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from ..patterns import MARKS_RE
from .centred_rows import grid_cells_centred, unbroken
from .short_grid import WRAPPING, GridWord


def paged_cells(lined: list[dict[str, list[GridWord]]], keys: tuple[str, ...],
                 tops: Sequence[bool]) -> list[dict[str, list[list[GridWord]]]] | None:
    """Each row's cells (by their lines) of a table whose cells are centred on their
    rows' values lines, read page by page where a page break cuts it (``tops``): a row
    the break cuts keeps its values line on its page and has cells that did not fit
    printed whole at the next page's top, above that page's first row's own lines
    ("Class B" / "Common" / "Stock" over "Class B" and the next row's values line).
    Those lines are the cut row's (``_close_cut_row``) where exactly one count of them
    leaves the rest of the page read centred (``_page_readings``); None where none or
    several do (centring leaves at most one: no page found with two; kept as a guard),
    or they cannot be the cut row's (``_close_cut_row``)."""
    breaks = [n for n, top in enumerate(tops) if top and n]
    if not breaks:
        return grid_cells_centred(lined, keys)
    rows: list[dict[str, list[list[GridWord]]]] = []
    closed = 0  # the rows read before the last page's: a row takes one page's top only
    for start, end in pairwise([0, *breaks, len(lined)]):
        page = lined[start:end]
        readings = _page_readings(page, keys, end < len(lined), bool(start))
        if len(readings) != 1:
            return None
        [(cut, read)] = readings
        if cut and (len(rows) <= closed or not _close_cut_row(rows, page[:cut], page[cut:])):
            return None
        closed = len(rows)
        rows += read
    return rows


def _page_readings(page: list[dict[str, list[GridWord]]], keys: tuple[str, ...],
                   broken: bool = False, carried: bool = True
                   ) -> list[tuple[int, list[dict[str, list[list[GridWord]]]]]]:
    """The ways one page's part of a table reads centred: each count of lines at its top
    left to the row cut above it (none up to all before its first values line; a page
    of no values line all of them) and the rows of the rest. Where a page break follows
    (``broken``) and the page reads so in no way, the ways its last row is one the
    page's end cuts (``grid_cells_centred``' ``cut_end``), none of its lines then left to a
    row above where no row stands on a page before (``carried`` False)."""
    first = next((n for n, cells in enumerate(page) if "direct_or_indirect" in cells), None)
    if first is None:
        return [(len(page), [])]
    readings = [(cut, read) for cut in range(first + 1)
                if (read := grid_cells_centred(page[cut:], keys)) is not None]
    if readings or not broken:
        return readings
    return [(cut, read) for cut in range(first + 1 if carried else 1)
            if (read := grid_cells_centred(page[cut:], keys, cut_end=True)) is not None]


def _close_cut_row(rows: list[dict[str, list[list[GridWord]]]],
                   lines: list[dict[str, list[GridWord]]],
                   after: Sequence[dict[str, list[GridWord]]] = ()) -> bool:
    """Give the lines at a page's top before its first row's own (``lines``) to the row
    the page break cut (the last of ``rows``), text or values ("25788" / "(2)" and
    "$898.861" / "(13)" over the next row's): only where they fill a column the cut row
    leaves empty on its page and every row of the form fills (``_FILLED_BY_EVERY_ROW``),
    and stand as a cut row's cells go on at the next page (``_carried_centred``), so a
    running header ("Page 2 of 3") is no one's. Where they fill the title column alone, a
    header above the title's lines cannot be told from them: the row keeps no title (True,
    nothing given). False, nothing given, where there is no such row, a column of them is
    one the cut row already holds on its page (a cell's lines on both sides of the break:
    which are whose is not certain), but for a text cell the page's end shows cut
    (``_goes_on``), they do not stand so, or they hold a nature where the cut row's
    ownership is direct (a direct holding has none)."""
    if not rows:
        return False
    cut = rows[-1]
    keys = {key for cells in lines for key in cells}
    if not _goes_on(cut, keys & cut.keys(), lines, after) or \
            not keys & (_FILLED_BY_EVERY_ROW | cut.keys()) or \
            "nature_of_ownership" in keys and _direct(cut) or not _carried_centred(lines):
        return False
    if keys == {"security_title"}:
        cut.pop("security_title", None)  # a title cut by the break is left unknown too
        return True
    for cells in lines:
        for key, words in cells.items():
            cut.setdefault(key, []).append(words)
    return True


def _goes_on(cut: dict[str, list[list[GridWord]]], both: set[str],
             lines: list[dict[str, list[GridWord]]],
             after: Sequence[dict[str, list[GridWord]]]) -> bool:
    """Whether the cut row's cells of columns ``both`` (held on its page and in the
    ``lines`` at the next page's top) go on in those lines: text cells that wrap
    (``WRAPPING``), each with more lines above its row's values line than below it on
    its page (a centred cell the page's end cut: "By Sequoia" / "Capital XI" over
    "Principals" on the values line), its last line there closed by no footnote mark
    (a cell prints its marks after its text), the lines carried at least as many as it
    lacks below, and followed on the page by the next row's lines with no blank line
    between (a running header stands apart from the table). True where ``both`` is empty."""
    if not both:
        return True
    if not both <= WRAPPING or not after or not unbroken([*lines, after[0]]):
        return False
    values = cut["direct_or_indirect"][0][0].line
    for key in both:
        above = sum(words[0].line < values for words in cut[key])
        below = sum(words[0].line > values for words in cut[key])
        carried = sum(key in cells for cells in lines)
        if above <= below or carried < above - below or MARKS_RE.fullmatch(cut[key][-1][-1].text):
            return False
    return True


def _carried_centred(lines: list[dict[str, list[GridWord]]]) -> bool:
    """Whether lines at a page's top stand as a cut row's cells printed on at the next
    page, each centred in what is left of the row there: unbroken lines of the text (no
    blank line between), each column's lines one run, every run centred on the same
    middle ("Stock" / "Option" / "(right to" / "buy)" beside "Common" / "Stock" on its
    middle two lines), so a line over some of the columns only (a running header above
    the cells) is refused. A cell of an odd count of lines stands at whole lines from the
    middle, one of an even count half a line off, each on lines of its own ("Series C" /
    "Preferred" / "Stock" between "Common" and "Stock"): each column's lines are one run
    among the lines of its count's kind (``_kind_runs``)."""
    if not unbroken(lines):  # a line of no word parts the run
        return False
    keys = {key for cells in lines for key in cells}
    runs = [[n for n, cells in enumerate(lines) if key in cells] for key in keys]
    if any(run != list(range(run[0], run[-1] + 1)) for run in runs) \
            and not _kind_runs(lines, keys):
        return False
    return len({run[0] + run[-1] for run in runs}) == 1


def _kind_runs(lines: list[dict[str, list[GridWord]]], keys: set[str]) -> bool:
    """Whether each of ``lines`` holds only columns of one parity of line count (cells
    centred on one middle: an odd count's lines at whole lines from it, an even count's
    half a line off) and each column's lines are one run among its parity's lines."""
    count = {key: sum(key in cells for cells in lines) % 2 for key in keys}
    kinds = [{count[key] for key in cells} for cells in lines]
    if any(len(kind) != 1 for kind in kinds):
        return False
    for key in keys:
        own = [n for n, kind in enumerate(kinds) if count[key] in kind]
        held = [key in lines[n] for n in own]
        first = held.index(True)
        if not all(held[first:first + sum(held)]):
            return False
    return True


#: the columns every row of the form fills, whose lines may be a cut row's at the next
#: page's top: its security's title, its amount, its price (a price a row's code
#: carries none of is "$0" or its column's value check refuses the line)
_FILLED_BY_EVERY_ROW = frozenset({"security_title", "shares", "price_per_share",
                                  "conversion_or_exercise_price"})


def _direct(row: dict[str, list[list[GridWord]]]) -> bool:
    """Whether a row's ownership reads direct ("D", its marks aside)."""
    words = [word.text for line in row.get("direct_or_indirect", []) for word in line]
    return bool(words) and words[0].upper().startswith("D")
