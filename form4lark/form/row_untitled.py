"""A Table II row's line holding no word of its underlying title.

A converter printing the page's visual lines (pdfplumber) may set a row's text cells
wholly off its values' line, its underlying title among them ("$11.80 11/20/2020 M
11,169 (1) 06/09/2026 11,169 $0 0 D", "Stock Common" on the line below). The form's
order puts column 7's title before its amount, so such a line does not read as a row.
It is read with a word put in the one place where the line then reads (none or two
such places: not read), kept only where the row holds what a transaction's row must
(its date, code and amount: half a row's values split over two lines, "(1) 06/09/2026
11,169 $0 0 D", may read so as a holding that does not exist; a line reads with each
of its words in a column or not at all), as a line holding a row's values
(``row_line_types.UntitledRow``, made by ``row_line_read``, whose line reader it is given: this
module does not import it). ``row_lines.line_rows`` reads it as a row's line, its
underlying title's cell empty and open (the word put is none of the page's), its lines
placed by ``row_lines``' cuts between rows as any row's are ("Director" / "Stock" /
"Common" over "Option $23.8257 08/12/2019 M 17500 D ...", "Stock" / "(Right to" / "Buy)"
under it: both titles centred on the row, read where one cut alone makes the underlying
title one the page prints). Its text cells are read only on a page that centres its
cells, where lines are placed both above and below it (``centred_around``): a cell
wholly off its row's line holds an even count of lines, half above it and half below.
Lines placed all on one side of it (a row's values line printed before all its lines,
"... 9330 $0.00 55665 D" / "Class B Class A" / "Common Common" / "Stock Stock") are no
certain cells' lines: such a row gives its lines up to the rows around it (``row_lines``
reads it again as a broken line), its values read, its text cells not. Its two titles
are read only where each visual line around it is wholly one cell's, or a cut inside a
line makes both titles ones the page prints, and its underlying title's lines stand
as many above it as below it (``centred_cells_kept``): a cut inside a line that only
makes the underlying title a printed one may move that title's first words ("Class A"
of "Class A Common" / "Stock") into the title's cell.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .atoms import Atom
from .centred_cells import printed_title

if TYPE_CHECKING:
    from .row_line_types import RowLine

#: the word put where the underlying title stands: no word a title prints
_PLACEHOLDER = "Untitled"
#: the column the word is put in
_UNDER = "underlying_security_title"
#: the cells a cut between the row's lines may share them with
_TITLES = ("security_title", _UNDER)
#: the cells a transaction's row holds: an untitled line is read only as such a row
_TRANSACTED = ("transaction_date", "transaction_code", "shares")


def untitled_line_row(atoms: list[Atom], read: Callable[[list[Atom]], RowLine | None]
                      ) -> RowLine | None:
    """The row a Table II line (``atoms``) makes with a word put where its underlying
    title stands (``read``: the row a line's words read as, None for none), where
    exactly one place reads and that row is a transaction's; else None. The lines
    reader's kin of ``row_split.untitled_row`` (a line of values whose titles' words all
    stand on the lines around it, read by the cells reader)."""
    rows = []
    for at in range(1, len(atoms)):
        put = atoms[:at] + [atoms[at].with_text(_PLACEHOLDER)] + atoms[at:]
        row = read(put)
        if row is not None and not row.joined \
                and [a.text for a in row.parts[_UNDER]] == [_PLACEHOLDER]:
            rows.append(row)
    if len(rows) != 1 or not _transaction(rows[0]):
        return None
    rows[0].parts[_UNDER] = []  # the word put is none of the page's: the line holds no title
    return rows[0]


def _transaction(row: RowLine) -> bool:
    """Whether ``row`` holds a transaction's date, code and amount."""
    return all(row.values.get(key) and row.values[key].text.strip() for key in _TRANSACTED)


def centred_around(row: RowLine, align: str | None) -> bool:
    """Whether the text lines placed around an untitled ``row`` can be its cells' on a
    page aligning cells as ``align`` tells: a centring page, and lines placed both above
    and below it (which of them its cells hold, ``centred_cells_kept`` tells)."""
    return align == "centre" and bool(row.above) and bool(row.below)


def centred_cells_kept(row: RowLine, cells: dict[str, list[Atom]],
                       titles: frozenset[str]) -> dict[str, list[Atom]]:
    """The ``cells`` read for an untitled ``row`` (``centred_around``), its title and
    underlying title left out unless each visual line around it is wholly one cell's
    (a cut inside a line only where both titles are ones of ``titles``, those the page
    prints) and the underlying title holds as many of those lines above it as below
    it, one at least (a cell wholly off its row's line, centred on it)."""
    under = cells.get(_UNDER, [])
    above, below = ([line for line in lines or [] if line] for lines in (row.above, row.below))
    halves = [sum(_holds(under, line) for line in lines) for lines in (above, below)]
    if (not under or halves[0] == halves[1] > 0) and (
            all(_wholly_one_cells(line, cells) for line in above + below)
            or all(printed_title(cells.get(key, []), titles) for key in _TITLES)):
        return cells
    return {key: atoms for key, atoms in cells.items() if key not in _TITLES}


def _holds(cell: list[Atom], line: list[Atom]) -> bool:
    """Whether ``cell`` holds a word of the visual ``line``."""
    return any(a.row == line[0].row for a in cell)


def _wholly_one_cells(line: list[Atom], cells: dict[str, list[Atom]]) -> bool:
    """Whether the visual ``line`` is wholly one cell's of ``cells`` or none's (its
    letters compared: a cell's words may be spaced again, "byTrust")."""
    held = ["".join(a.text for a in atoms if a.row == line[0].row) for atoms in cells.values()]
    held = [letters for letters in held if letters]
    return not held or held == ["".join(a.text for a in line)]
