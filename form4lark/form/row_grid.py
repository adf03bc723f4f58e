"""Table rows of a column-aligned page, cut by where the words stand.

As in the "stream" mode of pdfplumber and camelot, the printed column headers
are the anchors: each numbered header ("1.", "2A.", "10.") starts a column and
each sub-header under it ("Code", "V", "Amount", "(A)", "Exercisable", ...)
starts a part of it. A run of words goes to the column holding its centre,
unless it reaches out of it. ``pdftotext -layout`` keeps these positions;
inscriptis lays each cell of an HTML row in the next slot, its rowspans lost,
so that the sub-header "Code" stands under the titles: there a row's n-th cell
is in the n-th slot, the header cells give the first slots and each further
slot is as wide as its widest cell.

Which lines make a row is ``row_bands.py``'s job; ``row_typed.py`` checks the
values of each against the typed sequence the form prints (which settles what
positions cannot: cells centred off their headers, values run together, a page
laid out at its own scale), and ``row_band_cells.py`` joins them into cells. Which
column a run is in is ``grid_columns.py``'s; a page printing its marks bare whose bands
do not read so is read again by ``lone_marks_grid.py``.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from itertools import groupby, pairwise

from ..page import Page, Piece
from ..patterns import BARE_MARK_RE, DATE_SHAPE, FOOTNOTE_MARK
from ..errors import SectionError
from ..sections import PRICE_COLUMNS as PRICES, TABLE_I_COLUMNS, TABLE_II_COLUMNS, Row
from .atoms import Atom
from .row_bands import FLAGS, MARK, TEXTS, VALUE, Band, Chunk, make_bands, reads_centred
from .row_band_cells import row_cells
from .row_sequence import TITLES
from .raised_marks import (glued_cells_marked, listed_notes, numbers_that_fit, raised_marks_glued,
                           split_row, unsure_noted)
from .row_typed import Kept, reads_as_row, typed_keys
from .grid_columns import (MIDWAY, SPILL, WHOLE, Column, in_columns, slot_columns,
                           undirected_over_edge)
from .lone_marks_grid import typed_with_lone_marks, unread_among_lone
from .table_header import WRAPPED_DATE, body_start, is_header_word

#: each numbered column: its number and key, or its sub-headers' words and keys (the
#: lowest such word under the number is the sub-header)
NUMBERED = {
    "table_i": (
        ("1.", "security_title"), ("2.", "transaction_date"), ("2a.", "deemed_execution_date"),
        ("3.", (("Code", "transaction_code"), ("V", "equity_swap_involved"))),
        ("4.", (("Amount", "shares"), ("(A)", "acquired_disposed"), ("Price", "price_per_share"))),
        ("5.", "shares_owned_following"), ("6.", "direct_or_indirect"),
        ("7.", "nature_of_ownership")),
    "table_ii": (
        ("1.", "security_title"), ("2.", "conversion_or_exercise_price"),
        ("3.", "transaction_date"), ("3a.", "deemed_execution_date"),
        ("4.", (("Code", "transaction_code"), ("V", "equity_swap_involved"))),
        ("5.", (("(A)", "shares_acquired"), ("(D)", "shares_disposed"))),
        ("6.", (("Exercisable", "exercise_date"), ("Expiration", "expiration_date"))),
        ("7.", (("Title", "underlying_security_title"), ("Amount", "underlying_shares"))),
        ("8.", "price_per_share"), ("9.", "shares_owned_following"),
        ("10.", "direct_or_indirect"), ("11.", "nature_of_ownership")),
}
#: the sub-headers that open their line under the numbered headers
SUBHEADERS = frozenset({"Code", "Exercisable", "Expiration"})
#: a row's cells in the order of an HTML row
SLOTS = {"table_i": TABLE_I_COLUMNS, "table_ii": TABLE_II_COLUMNS}
#: characters between a value and a footnote mark set off after it
MARK_GAP = 4

# a word of letters with a footnote's number glued on: "Stock1", "Footnotes23", "LLC2"
_GLUED_MARK = re.compile(r"(?:[a-z]{2}|[A-Z]{3})[0-9]\b")
# a footnote mark as the form prints it, after its value or alone
_PRINTED_MARK = re.compile(FOOTNOTE_MARK)
# an amount alone, as a table's cell prints it ("12,687,274", "28.593")
_AMOUNT = re.compile(r"[0-9][0-9,]*(\.[0-9]+)?")
# a value standing alone: an amount, a price, a date, a one-letter code
_A_VALUE = re.compile(r"\$? ?[0-9][0-9,.]*|" + DATE_SHAPE + "|[A-Z]")


def grid_rows(atoms: list[Atom], table: str, page: Page | None = None) -> list[Row] | None:
    """The rows of ``table`` from the atoms of its region; None if its headers are not found.
    ``page``: the whole page, which tells whether its marks are printed bare (``bare_marks``)."""
    rows: list[Row] = []
    last: Row = {}
    bare = page is not None and bare_marks(page)
    tops = frozenset() if page is None else page_tops(page)
    for n, segment in enumerate(_segments(atoms)):
        start = _header_end(segment)
        chunks = _chunks(segment[start:])
        bands = _segment_bands(segment[:start], chunks, table, bare, tops, n == 0, page)
        if bands is None:
            return None
        if bands:
            _first_row_unsure(bands[0], n, bool(last))
        for key in bands[0].cut_above if bands else _went_on(chunks, n):
            last.pop(key, None)
        read = [row_cells(band, TITLES[table]) for band in bands]
        # only on a page proven to print its marks bare (``bare_marks``), not on one whose
        # rows merely show bare marks (``_bare_marks_seen``, enough to glue marks back):
        # refusing loses the whole table, so it takes the page's proof
        if bare and (split := split_row([row for row in read if row])) is not None:
            raise SectionError(f"{TITLES[table]} could not be read and is left out (a row's "
                               "values stand on two lines, a raised mark between them: "
                               "whose are whose cannot be told)",
                               line=split.line, column=split.column)
        kept = [row for row in read if row]
        # the previous page's last band (``last``) a row of its own: it and this page's
        # first row may be the halves of one
        if rows and kept and last is rows[-1] and _halves_of_one_row(last, kept[0]):
            rows[-1].update((k, c) for k, c in kept[0].items() if c)
            if read[-1] is kept[0]:  # the page's only row: cells going on past it are that row's
                read[-1] = rows[-1]
            kept = kept[1:]
        rows.extend(kept)
        last = (read[-1] or {}) if read else {}
    return _bare_prices_unknown(rows)


#: the cells a transaction row of either table holds, wherever its page cuts it
_WHOLE_ROW = frozenset({"security_title", "transaction_date", "transaction_code",
                        "shares_owned_following"})


def _halves_of_one_row(before: Row, after: Row) -> bool:
    """True where a page's last row and the next page's first are one row a page break
    cut in two rows of their own: the page's last holds some of the row's values (its
    date, amount, amount owned) and the next page's first the others (its title, code,
    price, nature), no cell in both, neither a transaction row alone (each lacks one of
    ``_WHOLE_ROW``) and the two together one."""
    held, more = {k for k, c in before.items() if c}, {k for k, c in after.items() if c}
    return bool(held) and bool(more) and not held & more and not _WHOLE_ROW <= held \
        and not _WHOLE_ROW <= more and _WHOLE_ROW <= held | more


def _chunks(body: list[Atom]) -> list[Chunk]:
    """A table body's words in runs, those of one line's cell together."""
    return [Chunk(list(g)) for _, g in groupby(body, lambda a: (a.row, a.cell))]


def _first_row_unsure(band: Band, part: int, before: bool) -> None:
    """Leaves out the first row's text cells of a part of the table whose lines above its
    values the page does not settle. In the table's first part (``part`` 0), where no
    row goes on from a page before, those apart above it by a blank line
    (``Band.cut_above``): its own cell's first lines or strays, not told. In a later
    part, under a repeated header, with a row before (``before``), a cell with more
    lines above its values' first line than on and below it: no cell set at its row's
    top or centred in it is so, so the rest of the row a page break cut opens it
    ("Charitable" / "Remainder" / "Unitrust I" at the next page's top, then its own
    centred "SMB" / ... / "Unitrust I"), but how many of its lines are that rest is not
    told: both cells are left out (the previous row's by ``Band.cut_above``)."""
    if not part:
        band.doubtful |= band.cut_above & TEXTS
    elif before:
        lines: dict[str, set[int]] = {}
        for chunk in band.chunks:
            if chunk.key in TEXTS:
                lines.setdefault(chunk.key, set()).add(chunk.line)
        uneven = {key for key, found in lines.items()
                  if sum(l < band.first for l in found) > sum(l >= band.first for l in found)}
        band.cut_above |= uneven
        band.doubtful |= uneven


def _went_on(chunks: list[Chunk], part: int) -> frozenset[str]:
    """The text columns of the last row before a page break that may go on past it: all
    of them where a later part of the table (``part`` > 0, under its repeated header)
    holds words but no row's values. They are the lines a page had no room for, printed
    at the next page's top (a title, a nature cut at the page's foot: "By The Founders" /
    "Fund Growth ..."), and which cells they end is not settled: those cells are left
    unknown."""
    return TEXTS if part and chunks else frozenset()


def _bare_prices_unknown(rows: list[Row]) -> list[Row]:
    """The rows, a price of one or two digits printed without "$" left out (unknown)
    where another price of the table prints one: a footnote mark alone in its cell
    ("5", "78" for marks 7 and 8), its parentheses lost, not a price the form prints
    as its others."""
    if not prices_print_dollars(rows):
        return rows
    return [{key: cell for key, cell in row.items()
             if not (key in PRICES and BARE_MARK_RE.fullmatch(MARK.sub("", cell.text).strip()))}
            for row in rows]


def prices_print_dollars(rows: list[Row]) -> bool:
    """True where a price of ``rows`` (a table's) prints "$": the table prints its prices
    so, and one or two figures without it in a price's cell are no price of it."""
    return any(row[key].text.lstrip().startswith("$") for row in rows
               for key in PRICES if key in row)


def _header_end(segment: list[Atom]) -> int:
    """Where the rows begin: after the column headers, their sub-headers' line ("Code V
    Amount (A) Price") and the lines of header words only below it, up to the first
    value. A line above the sub-headers' is the header's whatever it holds (a header
    word a converter broke, "(Month", or OCR garbled, "Benefici"); one of header words
    only never starts the rows (a converter wrapped a header cell's last words below
    the sub-headers: "(Instr. 4)", "Ownership"), nor a piece of "(Month/Day/Year)"
    wrapped in a narrow header cell (``WRAPPED_DATE``)."""
    start = end = body_start(segment)
    while start < len(segment) and segment[start].text in WRAPPED_DATE:  # each piece
        start = end = start + body_start(segment[start + 1:]) + 1
    subheaders = False
    last = 0
    for _, group in groupby(segment, key=lambda a: a.line):
        line = list(group)
        first, last = last, last + len(line)  # this line's atoms: segment[first:last]
        if last <= start:
            continue
        if any(i >= start and not is_header_word(a) and _A_VALUE.fullmatch(MARK.sub("", a.text))
               for i, a in enumerate(line, first)):
            break  # the first value: the rows have begun
        if any(a.text in SUBHEADERS for a in line):
            subheaders, end = True, last
        elif subheaders and all(is_header_word(a) or a.text in WRAPPED_DATE for a in line):
            end = last
    return end


def _segments(atoms: list[Atom]) -> list[list[Atom]]:
    """The table's words on each page: a new page prints its headers again (and its title)."""
    segments: list[list[Atom]] = [[]]
    for atom in atoms:
        if atom.kind in ("TABLE_I", "TABLE_II") or (atom.kind == "COLUMN_TITLE" and any(
                not is_header_word(a) for a in segments[-1])):
            segments.append([])
        if atom.kind in ("TEXT", "COLUMN_TITLE") and atom.x is not None:
            segments[-1].append(atom)
    return [s for s in segments if s]


# ---------------------------------------------------------------- columns

def bare_marks(page: Page) -> bool:
    """True for a page that lists notes under its tables ("1. This transaction ...") and
    prints no mark as the form does, "(1)", above them: its marks are superscripts a
    converter printed as plain digits, glued onto their values ("$295.0281" for "$295.028"
    and note 1) or set apart as if values. Worked out once per page."""
    key = "bare_marks"
    if key not in page.memo:
        marked = False
        for line in page.lines:  # the form above the notes' caption
            text = " ".join(piece.text for piece in line.pieces)
            if "Explanation of Responses" in text:
                break
            marked = marked or _PRINTED_MARK.search(text) is not None
        page.memo[key] = bool(listed_notes(page)) and not marked
    return bool(page.memo[key])


def _segment_bands(header: list[Atom], body: list[Chunk], table: str,
                   bare: bool = False, tops: frozenset[int] = frozenset(),
                   first: bool = True, page: Page | None = None) -> list[Band] | None:
    """The rows of one page's part of a table, in the columns of its header; None unless
    each numbered header is there once, in order (or once per sub-column:
    ``_numbered_subcolumns``); ``tops``: the lines that open a page; ``first``: the
    table's first part, under its title, where no row goes on from a page before;
    ``page``: the page, whose marks printed bare are put back on their values
    (``raised_marks``)."""
    numbered = NUMBERED[table]
    kept: Kept = {}  # a band's runs are read whole while the bands are made, then typed
    numbers = numbered_header(header, table)

    def whole(chunks: list[Chunk]) -> bool:
        return reads_as_row(chunks, table, kept)

    listed = listed_notes(page) if page is not None and bare else frozenset()

    lone: set[int] = set()  # the bands read with lone marks, and those read neither way
    unread: set[int] = set()

    def typed(band: Band) -> bool:
        if typed_keys(band, table, kept):
            unread.discard(id(band))
            return True
        if listed and typed_with_lone_marks(band, table, listed):
            lone.add(id(band))
            unread.discard(id(band))
            return True
        unread.add(id(band))
        return False

    def refused(bands: list[Band]) -> list[Band]:
        """The bands, unless one needed the lone-marks reading and another read neither
        way: the part's places are then known to be off, and that band's cells would be
        read by them (``unread_among_lone``)."""
        unread_among_lone(bands, lone, unread, table)
        return bands

    if any(len(n) != 1 for n in numbers):  # a number per sub-column: a header of one row
        repeated = _numbered_subcolumns(numbers, numbered, header, body)
        if repeated is None:
            return None
        placed = [in_columns(c, repeated) for c in _marks_apart(body)]
        undirected_over_edge([c for cut in placed for c in cut], repeated)
        if page is not None and (bare or _bare_marks_seen(body)):  # marks printed bare
            chunks = [c for cut in placed for c in cut]
            unsure = numbers_that_fit(chunks)
            unsure_noted(page, table, unsure)
            chunks = raised_marks_glued(chunks)
            placed = [[c] for c in glued_cells_marked(chunks, listed_notes(page), page, table)]
        else:
            unsure = []
        bands = refused(make_bands(placed, whole, typed, tops))
        _unsure_cells_left_out(bands, unsure)
        if first and reads_centred(bands):
            for band in bands:  # centred: a cell only where the alignment settles its lines
                band.doubtful |= band.balanced
        else:
            _top_cells_only(bands, [c for cut in placed for c in cut])
        return bands
    if any(a[0].gx >= b[0].gx for a, b in pairwise(numbers)):
        return None
    starts = [n[0].gx for n in numbers]

    code = _lowest(header, "Code", -math.inf, math.inf)
    if code is not None and code.gx < starts[1]:  # sub-headers under the titles: slots
        last = numbers[-1][0].piece
        slots = slot_columns(starts, (last.x_end or 0) - (last.x or 0), body, SLOTS[table])
        if slots is None:
            return None
        return refused(make_bands([in_columns(c, slots) for c in body], whole, typed, tops))
    columns = _header_columns(header, starts, numbered)
    placed = [in_columns(c, columns) for c in _marks_apart(body)]
    _under_own_subheader([c for cut in placed for c in cut], header, starts, numbered, columns)
    _follow_marks([c for cut in placed for c in cut], columns)
    return refused(make_bands(placed, whole, typed, tops))


def numbered_header(header: list[Atom], table: str) -> list[list[Atom]]:
    """The words of ``header`` (a table's column headers) printing each of ``table``'s
    column numbers ("1.", "2A.", ...) in the form's order: one each, or one per
    sub-column in a header of one row."""
    labels: dict[str, list[Atom]] = {}
    for atom in header:
        labels.setdefault(atom.text.split()[0].lower(), []).append(atom)
    return [labels.get(label, []) for label, _ in NUMBERED[table]]


def subcolumns_by_line(atoms: list[Atom], table: str) -> dict[int, list[Column]]:
    """Each body line of ``atoms`` (``table``'s region of a grid) with the columns of its
    part's header where that header is one row printing a column's number once per
    sub-column (``_numbered_subcolumns``: each from its number's start to the next's);
    lines under any other header left out."""
    spans: dict[int, list[Column]] = {}
    for segment in _segments(atoms):
        start = _header_end(segment)
        numbers = numbered_header(segment[:start], table)
        columns = None if all(len(n) == 1 for n in numbers) \
            else _numbered_subcolumns(numbers, NUMBERED[table], segment[:start],
                                      _chunks(segment[start:]))
        for atom in segment[start:] if columns else ():
            spans[atom.line] = columns or []
    return spans


def page_tops(page: Page) -> frozenset[int]:
    """The lines of ``page`` that open a page of its document (``Line.page_top``)."""
    return frozenset(line.pieces[0].line for line in page.lines if line.page_top and line.pieces)


def _numbered_subcolumns(numbers: list[list[Atom]], numbered: tuple, header: list[Atom],
                         body: list[Chunk]) -> list[Column] | None:
    """The columns of a header of one row whose every sub-column prints its column's
    number with its own title ("3. Transaction Code (Instr. 8) Code", "3. V"; "4.
    Securities Acquired ...", "4. (A) or (D)", "4. Price"): each number printed once per
    sub-column the form gives it, the n-th from the left its n-th sub-column, each from its
    number (or further left, where its header's cell is centred: ``_centred_anchors``;
    ``body``: the runs of words under the header) to the next one. None unless every
    number is there exactly so often and all stand left to right in the form's order."""
    anchors: list[tuple[str, float]] = []
    labels: list[Atom] = []
    for found, (_, part) in zip(numbers, numbered):
        keys = [part] if isinstance(part, str) else [key for _, key in part]
        if len(found) != len(keys):
            return None
        ordered = sorted(found, key=lambda a: a.gx)
        anchors.extend(zip(keys, (a.gx for a in ordered)))
        labels.extend(ordered)
    if any(a[1] >= b[1] for a, b in pairwise(anchors)) or _labels_overlap(labels):
        return None
    anchors = _centred_anchors(anchors, header, body)
    ends = [x for _, x in anchors[1:]] + [math.inf]
    return [Column(key, -math.inf if n == 0 else x, end)
            for n, ((key, x), end) in enumerate(zip(anchors, ends))]


def _centred_anchors(anchors: list[tuple[str, float]], header: list[Atom],
                     body: list[Chunk]) -> list[tuple[str, float]]:
    """Each sub-column's start moved left of its number where its header cell's lines are
    centred and wider than the number's line (a browser centres a narrow column's wrapped
    header: "2." over "Conversion", whose values start under the "C"), each column's
    start found from the one before's as moved (``_centred_start``), then moved past the
    blank after the column before (``_past_column_before``); kept as printed unless the
    moved starts still stand left to right."""
    runs = _header_runs(header)
    starts = [x for _, x in anchors]
    for i in range(1, len(starts)):
        starts[i] = _centred_start(header, runs, starts, i)
    for i in range(len(starts) - 1, 0, -1):
        starts[i] = _past_column_before(runs, body, starts, i)
    if any(a >= b for a, b in pairwise(starts)):
        return anchors
    return [(key, x) for (key, _), x in zip(anchors, starts)]


def _past_column_before(runs: list[Piece], body: list[Chunk], starts: list[float],
                        i: int) -> float:
    """Where column ``i`` of a header of one row starts: up to ``SPILL`` characters left
    of its header's start, a blank after everything the columns before print, their
    header's lines and the runs of words under them (a browser centres a header cell in a
    column wider than its lines, the column's values set left at its edge: "I" a character
    left of "10. Ownership" and of all the lines under it); kept where a run of the column
    before's header reaches the column (two cells' words run together, the edge not
    shown)."""
    start, before = starts[i], starts[i - 1]
    mine = [run for run in runs if run.x is not None and before <= run.x < start]
    if not mine or any((run.x_end or 0) > start for run in mine):
        return start
    ends = [run.x_end or 0 for run in mine]
    ends += [c.x_end for c in body if c.x < start - SPILL]
    return max(start - SPILL, min(start, max(ends) + 1))


def _unsure_cells_left_out(bands: list[Band], unsure: list[Chunk]) -> None:
    """The cells holding a number that may be a word or a mark (``numbers_that_fit``)
    left out of their bands (unknown)."""
    ids = {id(c) for c in unsure}
    for band in bands:
        band.doubtful.update(c.key or "" for c in band.chunks if id(c) in ids)


def _labels_overlap(labels: list[Atom]) -> bool:
    """True where a column's number ("7.") stands no farther left of the next one's ("8.")
    than its own width (the next starting on it or right against it, no space between):
    the converter set two header cells over each other (one printed on a lower line), so
    the columns' places are not the values' (a value under "8." may be column 7's)."""
    return any(b.gx <= a.gx + len(a.text.split()[0]) for a, b in pairwise(labels))


def _bare_marks_seen(body: list[Chunk]) -> bool:
    """True where the rows show footnote marks printed as bare numbers: glued onto a word
    ("Stock1", "Footnotes23") or set on a line of their own, alone among words ("1" under
    "Common Stock", a superscript a converter wrapped below its value). A price may then
    hold its mark glued on ("$159.942") and a lone mark reads as a value: a header of one
    row then reads its rows' marks as ``raised_marks.py`` does (a mark on a line of its own
    glued back onto its word, a value's glued figures read as marks where certain), its
    prices' glued figures left to ``bare_marks.py``."""
    by_line: dict[int, list[Chunk]] = {}
    for chunk in body:
        if _GLUED_MARK.search(chunk.text):
            return True
        by_line.setdefault(chunk.line, []).append(chunk)
    return any(
        any(BARE_MARK_RE.fullmatch(c.text) for c in line)
        and sum(c.has_value for c in line) == 1
        for line in by_line.values())


def _top_cells_only(bands: list[Band], chunks: list[Chunk]) -> None:
    """Each band's cells of wrapped text kept only where they are the lines from its
    line of values to the next band's (a header of one row heads cells set at the top of
    their rows, as the paper form's are): a cell the bands gave other lines (a row a page
    break cut, its text going on at the next page's top) is left out, unknown. Chunks are
    told by where they start (line and place), not by identity: the typed sequence cuts
    a run of a title and its row's first value ("Class A Common 04/04/2024") into new
    chunks, the title's starting where the run does."""
    starts = [band.first for band in bands]
    top: dict[tuple[int, str], set[tuple[int, float]]] = {}
    for chunk in chunks:
        if chunk.key in TEXTS and starts and chunk.line >= starts[0]:
            index = bisect_right(starts, chunk.line) - 1
            top.setdefault((index, chunk.key), set()).add((chunk.line, chunk.x))
    for index, band in enumerate(bands):
        for key in TEXTS:
            mine = [c for c in band.chunks if c.key == key]
            if {(c.line, c.x) for c in mine} != top.get((index, key), set()):
                band.chunks = [c for c in band.chunks if c.key != key]


def _lowest(header: list[Atom], word: str, start: float, end: float) -> Atom | None:
    """The lowest ``word`` of the header between ``start`` and ``end`` (a sub-header)."""
    return max((a for a in header if a.text == word and start <= a.gx < end),
               key=lambda a: a.line, default=None)


def _header_columns(header: list[Atom], starts: list[float], numbered: tuple) -> list[Column]:
    """Each column from where its header starts to where the next one does. A numbered
    column's first sub-header may stand left of the number (both centred in their cells:
    "Code" under "4."); the column then starts at it. Two sub-columns of one kind of
    value ((A) and (D)) part where the second's sub-header starts or halfway between
    their sub-headers' middles, whichever comes first, and the band up to the other is
    either's (``MIDWAY``). A column whose sub-headers are not all found, in order, is
    left out (its words belong to no column), or read whole (``WHOLE``)."""
    anchors: list[tuple[str | None, float]] = []
    runs = _header_runs(header)
    for i, (_, part) in enumerate(numbered):
        start = starts[i]
        end = starts[i + 1] if i + 1 < len(starts) else math.inf
        if isinstance(part, str):
            anchors.append((part, _centred_start(header, runs, starts, i)))
            continue
        after = starts[i - 1] + 1 if i else -math.inf  # right of the column before's number
        found = [_lowest(header, word, after if n == 0 else start, end)
                 for n, (word, _) in enumerate(part)]
        subs = [a for a in found if a is not None]
        if len(subs) < len(part) or any(a.gx >= b.gx for a, b in pairwise(subs)):
            anchors.append((WHOLE.get(part[0][1]), start))
            continue
        anchors.append((part[0][1], min(start, subs[0].gx)))
        for (_, key), before, sub in zip(part[1:], subs, subs[1:]):
            if key in MIDWAY:  # between the two edges, the column is unsure
                edges = sorted((sub.gx, (_middle(before) + _middle(sub)) / 2))
                anchors.append((MIDWAY[key], edges[0]))
            anchors.append((key, edges[-1] if key in MIDWAY else sub.gx))
    anchors = [(key, -math.inf if n == 0 else x) for n, (key, x) in enumerate(anchors)]
    ends = [x for _, x in anchors[1:]] + [math.inf]
    soft = {*MIDWAY, *MIDWAY.values()}
    return [Column(key, x, end, key in soft) for (key, x), end in zip(anchors, ends)
            if key is not None]


def _under_own_subheader(chunks: list[Chunk], header: list[Atom], starts: list[float],
                         numbered: tuple, columns: list[Column]) -> None:
    """An amount the columns left unsure (in no column, or in the band between two
    sub-columns of one kind of value, ``MIDWAY``) is the sub-column's whose own
    sub-header it stands under: it covers that sub-header's middle (the "D" of "(D)")
    and not the other's. A browser may lay the values off the edges its sub-headers
    suggest (w3m), so only such a cover decides; one under both or neither stays unsure.
    Only sub-columns the header parted (``_header_columns``) are given, under sub-headers
    standing on one line."""
    keys = {c.key for c in columns}
    for i, (_, part) in enumerate(numbered):
        if isinstance(part, str) or not any(key in MIDWAY for _, key in part) \
                or any(key not in keys for _, key in part):
            continue
        begin = starts[i - 1] if i else -math.inf
        end = starts[i + 1] if i + 1 < len(starts) else math.inf
        subs = [_lowest(header, word, begin + 1, end) for word, _ in part]
        if any(sub is None for sub in subs) or len({sub.line for sub in subs if sub}) > 1:
            continue  # not both on one line of sub-headers ("Disposed of (D)" is a header's)
        letters = [_middle(sub) - 0.5 for sub in subs if sub is not None]  # "(D)": its "D"
        unsure = {None, *(MIDWAY[key] for _, key in part if key in MIDWAY)}
        for chunk in chunks:
            if chunk.key not in unsure or not chunk.has_digit or chunk.is_mark \
                    or not _AMOUNT.fullmatch(chunk.text) or chunk.x <= begin or chunk.x_end > end:
                continue
            under = [key for (_, key), x in zip(part, letters) if chunk.x <= x < chunk.x_end]
            if len(under) == 1:
                chunk.key = under[0]


def _header_runs(header: list[Atom]) -> list[Piece]:
    """The header's runs of words with their places, top to bottom and left to right:
    sorted once for all its columns (``_centred_start``)."""
    return sorted({id(a.piece): a.piece for a in header if a.piece.x is not None
                   and a.piece.x_end is not None}.values(),
                  key=lambda piece: (piece.line, piece.x or 0))


def _centred_start(header: list[Atom], runs: list[Piece], starts: list[float], i: int) -> float:
    """Where numbered column ``i`` starts: at its number, or further left where a line of
    its header, centred in a cell wider than the number's line, reaches over the number's
    start from the left. Such a line is the column's where the column before has a run of
    its own header left of it on that line (a browser centres a header cell's lines:
    "7. Nature of" over "Indirect Beneficial", right of "Direct (D) or"); a run holding
    the number itself, or reaching past the next column's, is several cells' words run
    together ("Ownership 7. Nature")."""
    start = starts[i]
    if i == 0:
        return start
    end = starts[i + 1] if i + 1 < len(starts) else math.inf
    numbered = {id(a.piece) for a in header if a.gx == start}
    runs = [run for run in runs if id(run) not in numbered]  # ``_header_runs``, still sorted
    wider = [run.x for left, run in pairwise(runs)
             if left.line == run.line and (left.x or 0) >= starts[i - 1]
             and (run.x or 0) < start < (run.x_end or 0) <= end]
    return min([start, *(x for x in wider if x is not None)])


def _middle(atom: Atom) -> float:
    return atom.gx + len(atom.text) / 2


def _marks_apart(chunks: list[Chunk]) -> list[Chunk]:
    """The chunks, with footnote marks set off by a space after a value cut from it."""
    out: list[Chunk] = []
    for chunk in chunks:
        cut = len(chunk.atoms)
        while cut > 1 and MARK.fullmatch(chunk.atoms[cut - 1].text):
            cut -= 1
        if cut < len(chunk.atoms) and VALUE.search(chunk.atoms[cut - 1].text):
            out += [Chunk(chunk.atoms[:cut]), Chunk(chunk.atoms[cut:])]
        else:
            out.append(chunk)
    return out


def _follow_marks(chunks: list[Chunk], columns: list[Column]) -> None:
    """A footnote mark set off just right of a value is that value's, unless it may be
    the only cell of the next column; one that starts where the next column's header
    does is in that column (a cell holds its value's own mark)."""
    keys = [c.key for c in columns]
    starts: dict[str | None, float] = {c.key: c.start for c in columns}
    for left, mark in pairwise(chunks):
        if (mark.is_mark and left.line == mark.line and left.key is not None
                and mark.x - left.x_end <= MARK_GAP
                and not (mark.key != left.key and left.x_end <= starts.get(mark.key, math.inf)
                         <= mark.x)):
            mark.key = left.key
            after = keys.index(left.key) + 1
            mark.or_else = keys[after] if after < len(keys) and keys[after] not in FLAGS else None
        elif (mark.is_mark and left.line == mark.line and left.key == mark.key in FLAGS
              and not left.is_mark and mark.x - left.x_end > MARK_GAP):
            # a mark apart from its letter ("A      (2)"): a browser centres the next
            # column's only cell, a mark, off that column's header
            after = keys.index(mark.key) + 1
            mark.or_else = keys[after] if after < len(keys) else None


