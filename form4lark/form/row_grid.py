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

A row is a band of lines holding values (a value wrapped to the next line
joins it); the wrapped lines of text around them (a title, a nature of
ownership, a footnote mark) go to their band by the blank lines between rows,
by cells standing at the top of their rows, or by cells being centred on their
row's values. A word that cannot be placed for certain is left out, and a row
whose words do not stand under their headers: a missing cell is better than a
wrong one.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from itertools import groupby, pairwise

from ..build import COLUMN_KINDS, WORD_DATES
from ..cells import read_cell
from ..sections import TABLE_I_COLUMNS, TABLE_II_COLUMNS, Cell, Row
from .atoms import Atom
from .table_header import body_start, is_header_word

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
#: a numbered column whose sub-headers are not all found is read whole, under this key
WHOLE = {"shares_acquired": "shares"}
#: the column every row prints
TITLE = "security_title"
#: columns of one letter ("V", "A"/"D", "D"/"I"): a footnote mark alone is not their cell
FLAGS = frozenset({"equity_swap_involved", "acquired_disposed", "direct_or_indirect"})
#: columns of text, which wrap over lines around the values
TEXTS = frozenset({TITLE, "underlying_security_title", "nature_of_ownership"})
#: characters a run of words may reach out of its column and still be its
SPILL = 2
#: spaces between two slots of a text that lays out HTML cells
SLOT_GAP = 2
#: lines apart at most for two lines of values of one row (a value wrapped below)
WRAP = 2
#: characters between a value and a footnote mark set off after it
MARK_GAP = 4

_MARK = re.compile(r"(\(\d+\))+")
# a value that makes a line a row's: a digit outside footnote marks, a one-letter code
_VALUE = re.compile(r"\d|^[A-Z]\b")
# a value standing alone: an amount, a price, a date, a one-letter code
_A_VALUE = re.compile(r"\$? ?[0-9][0-9,.]*|[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}|[A-Z]")
# a word broken after its hyphen at a line's end: "Non-", "C-", "2010-"
_BROKEN = re.compile(r"\w-$")


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    start: float
    end: float


@dataclass(slots=True)
class Chunk:
    """Words of one line that the grid keeps together, and the column they are in."""

    atoms: list[Atom]
    key: str | None = None
    #: of a footnote mark given to the value before it: the next column, whose only
    #: cell it may be instead
    or_else: str | None = None
    #: True for words cut from a run across columns: their column is less sure
    cut: bool = False
    text: str = field(init=False)
    x: float = field(init=False)
    x_end: float = field(init=False)
    line: int = field(init=False)

    def __post_init__(self) -> None:
        self.text = " ".join(a.text for a in self.atoms)
        self.x, self.x_end, self.line = self.atoms[0].x, self.atoms[-1].x_end, self.atoms[0].line

    @property
    def is_mark(self) -> bool:
        return bool(_MARK.fullmatch(self.text.replace(" ", "")))

    @property
    def is_value(self) -> bool:
        return self.key not in TEXTS and bool(_VALUE.search(_MARK.sub("", self.text)))


@dataclass(slots=True)
class Band:
    """One row: the lines of its values and the chunks placed in it."""

    first: int
    last: int
    chunks: list[Chunk] = field(default_factory=list)
    #: columns left out: a chunk of theirs may be this band's or a neighbour's
    doubtful: set[str] = field(default_factory=set)
    #: columns with lines apart above the first band: a cell cut by a page break
    cut_above: set[str] = field(default_factory=set)

    @property
    def keys(self) -> set[str]:
        return {c.key for c in self.chunks if c.key is not None}


def grid_rows(atoms: list[Atom], table: str) -> list[Row] | None:
    """The rows of ``table`` from the atoms of its region; None if its headers are not found."""
    rows: list[Row] = []
    last: Row = {}
    for segment in _segments(atoms):
        start = _header_end(segment)
        chunks = [Chunk(list(g)) for _, g in groupby(segment[start:], lambda a: (a.row, a.cell))]
        bands = _segment_bands(segment[:start], chunks, table)
        if bands is None:
            return None
        for key in bands[0].cut_above if bands else ():
            last.pop(key, None)
        read = [_row(band) for band in bands]
        rows.extend(row for row in read if row)
        last = (read[-1] or {}) if read else {}
    return rows


def _header_end(segment: list[Atom]) -> int:
    """Where the rows begin: after the column headers, and after their sub-headers' line
    ("Code V Amount (A) Price") and the lines of header words below it where these come
    before the first value, past a header word OCR garbled ("Benefici") that
    ``body_start`` would stop at."""
    start = body_start(segment)
    subheaders, end = False, 0
    for _, group in groupby(segment, key=lambda a: a.line):
        line = list(group)
        end += len(line)
        if end <= start:
            continue
        if any(not is_header_word(a) and _A_VALUE.fullmatch(_MARK.sub("", a.text))
               for a in line[len(line) - (end - start):]):
            break  # the first value: the rows have begun
        subheaders = subheaders or any(a.text in SUBHEADERS for a in line)
        if subheaders and all(is_header_word(a) for a in line):
            start = end
    return start


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

def _segment_bands(header: list[Atom], body: list[Chunk], table: str) -> list[Band] | None:
    """The rows of one page's part of a table, in the columns of its header; None unless
    each numbered header is there once, in order."""
    numbered = NUMBERED[table]
    numbers = [[a for a in header if a.text.split()[0].lower() == label] for label, _ in numbered]
    if any(len(n) != 1 for n in numbers) or any(a[0].x >= b[0].x for a, b in pairwise(numbers)):
        return None
    starts = [n[0].x for n in numbers]
    code = _lowest(header, "Code", -math.inf, math.inf)
    if code is not None and code.x < starts[1]:  # sub-headers under the titles: slots
        last = numbers[-1][0].piece
        slots = _slot_columns(starts, last.x_end - last.x, body, SLOTS[table])
        return None if slots is None else _bands([_placed(c, slots) for c in body])
    columns = _header_columns(header, starts, numbered)
    placed = [_placed(c, columns) for c in _marks_apart(body)]
    _follow_marks([c for cut in placed for c in cut], columns)
    return _bands(placed)


def _lowest(header: list[Atom], word: str, start: float, end: float) -> Atom | None:
    """The lowest ``word`` of the header between ``start`` and ``end`` (a sub-header)."""
    return max((a for a in header if a.text == word and start <= a.x < end),
               key=lambda a: a.line, default=None)


def _header_columns(header: list[Atom], starts: list[float], numbered: tuple) -> list[Column]:
    edges = [-math.inf, *starts[1:], math.inf]
    columns = []
    for (_, part), start, end in zip(numbered, edges, edges[1:]):
        if isinstance(part, str):
            columns.append(Column(part, start, end))
            continue
        anchors = [_lowest(header, word, start, end) for word, _ in part]
        if None in anchors:
            columns += [Column(WHOLE[part[0][1]], start, end)] if part[0][1] in WHOLE else []
            continue
        cuts = [start, *(a.x for a in anchors[1:]), end]
        columns += [Column(key, lo, hi) for (_, key), lo, hi in zip(part, cuts, cuts[1:])]
    return columns


def _slot_columns(starts: list[float], width: float, body: list[Chunk],
                  keys: tuple[str, ...]) -> list[Column] | None:
    """Slots of a row's cells: the header cells' first, then each as wide as its widest
    cell (the last header cell's as wide as it, at least); None if a cell stands across
    two of them."""
    starts = list(starts)
    while True:
        width = max([width, *(len(c.text) for c in body if c.x == starts[-1])])
        if len(starts) == len(keys):
            break
        starts.append(starts[-1] + width + SLOT_GAP)
        width = 0
    slots = [Column(key, start, end - SLOT_GAP)
             for key, start, end in zip(keys, starts, [*starts[1:], starts[-1] + width + SLOT_GAP])]
    if all(any(s.start <= c.x and c.x_end <= s.end for s in slots) for c in body):
        return slots
    return None


def _column_of(chunk: Chunk, columns: list[Column]) -> str | None:
    """The column holding the chunk's centre, if the chunk stays inside it."""
    centre = (chunk.x + chunk.x_end) / 2
    home = next((c for c in columns if c.start <= centre < c.end), None)
    if home is None or chunk.x < home.start - SPILL or chunk.x_end > home.end + SPILL:
        return None
    return home.key


def _placed(chunk: Chunk, columns: list[Column]) -> list[Chunk]:
    """The chunk in its column; one across columns (a converter kept one space between
    two cells) cut into runs of its words in one column each."""
    chunk.key = _column_of(chunk, columns)
    if chunk.key is not None or len(chunk.atoms) == 1:
        return [chunk]
    words = [(atom, _column_of(Chunk([atom]), columns)) for atom in chunk.atoms]
    return [Chunk([atom for atom, _ in run], key, cut=True)
            for key, run in groupby(words, key=lambda word: word[1])]


def _marks_apart(chunks: list[Chunk]) -> list[Chunk]:
    """The chunks, with footnote marks set off by a space after a value cut from it."""
    out: list[Chunk] = []
    for chunk in chunks:
        cut = len(chunk.atoms)
        while cut > 1 and _MARK.fullmatch(chunk.atoms[cut - 1].text):
            cut -= 1
        if cut < len(chunk.atoms) and _VALUE.search(chunk.atoms[cut - 1].text):
            out += [Chunk(chunk.atoms[:cut]), Chunk(chunk.atoms[cut:])]
        else:
            out.append(chunk)
    return out


def _follow_marks(chunks: list[Chunk], columns: list[Column]) -> None:
    """A footnote mark set off just right of a value is that value's, unless it may be
    the only cell of the next column; one that starts where the next column's header
    does is in that column (a cell holds its value's own mark)."""
    keys = [c.key for c in columns]
    starts = {c.key: c.start for c in columns}
    for left, mark in pairwise(chunks):
        if (mark.is_mark and left.line == mark.line and left.key is not None
                and mark.x - left.x_end <= MARK_GAP
                and not (mark.key != left.key and left.x_end <= starts.get(mark.key, math.inf)
                         <= mark.x)):
            mark.key = left.key
            after = keys.index(left.key) + 1
            mark.or_else = keys[after] if after < len(keys) and keys[after] not in FLAGS else None


# ---------------------------------------------------------------- rows

def _bands(placed: list[list[Chunk]]) -> list[Band]:
    """Bands of the lines of values, then every other chunk into its band."""
    by_line: dict[int, list[Chunk]] = {}
    for chunk in (c for cut in placed for c in cut):
        by_line.setdefault(chunk.line, []).append(chunk)
    bands: list[Band] = []
    rest: list[Chunk] = []
    for line, group in sorted(by_line.items()):
        if not any(c.is_value for c in group):
            rest += [c for c in group if c.key is not None]
            continue
        keys = {c.key for c in group if c.key is not None}
        if not bands or line - bands[-1].last > WRAP or keys & bands[-1].keys:
            bands.append(Band(line, line))
        bands[-1].last = line
        bands[-1].chunks += group
    if bands:
        _attach(rest, bands, set(by_line))
    return bands


def _attach(rest: list[Chunk], bands: list[Band], filled: set[int]) -> None:
    """Each chunk of wrapped text to the band it stands in or, between two, to the one on
    its side of a blank line; with none, to the band above where the cells stand at the
    top of their rows, else as ``_split`` says."""
    sides = [_side(chunk, bands, filled) for chunk in rest]
    top = _top_aligned(rest, sides, bands)
    between: dict[tuple[str, int], list[Chunk]] = {}
    for chunk, (index, side) in zip(rest, sides):
        if side == "between" and not top:
            between.setdefault((chunk.key, index), []).append(chunk)
        elif side == "both":
            bands[index].doubtful.add(chunk.key)
            bands[index + 1].doubtful.add(chunk.key)
        elif side == "before":
            bands[0].cut_above.add(chunk.key)
        else:
            bands[index + (side == "below")].chunks.append(chunk)
    for (key, index), chunks in sorted(between.items(), key=lambda item: item[0][1]):
        _split(chunks, key, bands[index], bands[index + 1], (key, index + 1) not in between)


def _top_aligned(rest: list[Chunk], sides: list[tuple[int, str]], bands: list[Band]) -> bool:
    """True if the cells stand at the top of their rows: each title starts on its row's
    first line of values, and wrapped text stands only below a cell begun there."""
    if not all(any(c.key == TITLE and c.line == b.first for c in b.chunks) for b in bands):
        return False
    return all(chunk.line >= bands[0].first and (
        side == "above" or side == "between" and chunk.key in bands[index].keys)
        for chunk, (index, side) in zip(rest, sides))


def _side(chunk: Chunk, bands: list[Band], filled: set[int]) -> tuple[int, str]:
    """The index of the band above a chunk, and where its band is: "above", "below",
    "both" (blank lines on either side), "between" (no blank line), or "before" the
    first band, apart from it (a cell cut by a page break)."""
    after = next((i for i, b in enumerate(bands) if b.first > chunk.line), len(bands))
    if after == 0:
        apart = any(l not in filled for l in range(chunk.line + 1, bands[0].first))
        return 0, "before" if apart else "above"
    if after == len(bands) or chunk.line <= bands[after - 1].last:
        return after - 1, "above"
    blanks = [l for l in range(bands[after - 1].last + 1, bands[after].first) if l not in filled]
    if not blanks:
        return after - 1, "between"
    if chunk.line < blanks[0]:
        return after - 1, "above"
    return after - 1, "below" if chunk.line > blanks[-1] else "both"


def _split(chunks: list[Chunk], key: str, upper: Band, lower: Band, settled: bool) -> None:
    """Lines of one column between two bands with no blank line: a cell is centred on its
    row's values, so the band above takes as many as its cell has above them, the band
    below the rest (as many as it has below them, once known). The cut that centres both
    best; if two do as well, the column is left out of both bands."""
    lines = sorted({c.line for c in chunks})
    costs = {}
    for cut in range(len(lines) + 1):
        up = _imbalance(upper, key, below=cut)
        low = _imbalance(lower, key, above=len(lines) - cut) if settled else 0
        if up is not None and low is not None:
            costs[cut] = up + low
    best = [cut for cut, cost in costs.items() if cost == min(costs.values())]
    if len(best) != 1:
        upper.doubtful.add(key)
        lower.doubtful.add(key)
        return
    for chunk in chunks:
        (upper if chunk.line in lines[:best[0]] else lower).chunks.append(chunk)


def _imbalance(band: Band, key: str, above: int | None = None,
               below: int | None = None) -> int | None:
    """Lines more on one side of the band's values than on the other in column ``key``;
    None if more than the values' own lines allow, or if the row has no title."""
    if key in band.doubtful:
        return 0
    lines = {c.line for c in band.chunks if c.key == key}
    above = sum(l < band.first for l in lines) if above is None else above
    below = sum(l > band.last for l in lines) if below is None else below
    on = any(band.first <= l <= band.last for l in lines)
    if key == TITLE and not (above or below or on):
        return None
    imbalance = abs(above - below)
    return imbalance if imbalance <= on + band.last - band.first else None


# ---------------------------------------------------------------- cells

def _row(band: Band) -> Row | None:
    """A band's chunks joined per column, top to bottom; a cell that does not read as its
    column's left out, the row if its words do not stand under their headers (a page
    printed at another scale, a squeezed line)."""
    _doubt_strays(band)
    cells: dict[str, list[Chunk]] = {}
    for chunk in sorted(band.chunks, key=lambda c: (c.line, c.x)):
        if (chunk.key is not None and chunk.key not in band.doubtful
                and (chunk.or_else is None or chunk.or_else in band.keys)):
            cells.setdefault(chunk.key, []).append(chunk)
    for key, parts in cells.items():  # two values on one line: another column's words
        lines = [c.line for c in parts if not c.is_mark]
        if key not in TEXTS and len(lines) != len(set(lines)):
            return None
    row = {key: Cell(_joined(parts), parts[0].line, parts[0].atoms[0].column)
           for key, parts in cells.items() if _fits(key, parts)}
    if "transaction_code" in row and "equity_swap_involved" not in row:
        row["equity_swap_involved"] = Cell("")  # an empty "V" is a "no"
    return row


def _doubt_strays(band: Band) -> None:
    """A word of text wrapped under a column of values was pushed there from a column of
    text: the nearest one in the band lost it, and is left out."""
    valued = {c.line for c in band.chunks if c.is_value}
    texts = [c for c in band.chunks if c.key in TEXTS]
    for stray in band.chunks:
        if (stray.key not in TEXTS and stray.key is not None and stray.line not in valued
                and not stray.is_mark and texts):
            band.doubtful.add(min(texts, key=lambda c: abs(c.x - stray.x)).key)


def _fits(key: str, parts: list[Chunk]) -> bool:
    """True if a cell reads as its column's kind; a date column's as a date, or as words
    where none was cut from a run across columns (a text's words, not a date's)."""
    if key in TEXTS:
        return True
    read = read_cell(COLUMN_KINDS[key], _joined(parts))
    if isinstance(read.value, str) and COLUMN_KINDS[key] == "date_cell":
        words = not any(ch.isdigit() for ch in read.value) and not any(c.cut for c in parts)
        return key in WORD_DATES and words
    return read.problem is None


def _joined(parts: list[Chunk]) -> str:
    """A cell's lines joined by a space, but for a word broken after its hyphen."""
    text = ""
    for part in parts:
        text += ("" if not text or _BROKEN.search(text) else " ") + part.text
    return text
