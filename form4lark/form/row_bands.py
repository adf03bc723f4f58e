"""Which lines of a column-aligned table make one row.

A row is a band of lines holding values (a value wrapped to the next line
joins it, a line that reads as a whole row starts the next one); its values
take their columns from the typed sequence (``row_typed.py``). The wrapped
lines of text around them (a title, a nature of ownership, a footnote mark)
continue the cell they stand under or over, and go to their band by the blank
lines between rows or, with none between two rows, by how the converter aligns
a row's cells: at the top of the row, or centred in it. A word that cannot be
placed for certain is left out: a missing cell is better than a wrong one.
``row_grid.py`` gives each run of words its column first; ``row_band_cells.py``
joins a band's words into the row's cells.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .atoms import Atom
from .row_sequence import CLASS_OR_SERIES, OPEN_TITLE, TITLE_CLOSING
from .row_word_cells import A_WORD

#: the column every row prints
TITLE = "security_title"
#: columns of one letter ("V", "A"/"D", "D"/"I"): a footnote mark alone is not their cell
FLAGS = frozenset({"equity_swap_involved", "acquired_disposed", "direct_or_indirect"})
#: the form's last column, of text, right of every value
NATURE = "nature_of_ownership"
#: columns of text, which wrap over lines around the values
TEXTS = frozenset({TITLE, "underlying_security_title", NATURE})
#: columns of a security's title
TITLE_COLUMNS = frozenset({TITLE, "underlying_security_title"})
#: lines apart at most for two lines of values of one row (a value wrapped below)
WRAP = 2
#: lines apart at most for two parts of a row's values that read as one row only together
#: (a cell's letters set one per line between them: "Co" / "S" / "m" / "to" / ... / "on")
JOIN_REACH = 8

MARK = re.compile(r"(\(\d+\))+")
_END_MARK = re.compile(r"\(\d+\)$")
# a value that makes a line a row's: a digit outside footnote marks, a one-letter code
# (not the initial of an abbreviation: "L.P.", "U.S.")
VALUE = re.compile(r"\d|^[A-Z]\b(?!\.)")
# a number without commas or "$": a word of a name ("SMB Pacific" / "2021" / "Charitable")
_NAME_NUMBER = re.compile(r"[0-9]+")
# a title that cannot end there, ending with "Common" ("Class B Common"): its next
# line is its cell's (``OPEN_TITLE`` also holds one ending with its class or series)
ENDS_IN_COMMON = re.compile(r"(.*\s)?Common")
# where a title opens with its class or series ("Class A", "Series C-1"): a cell holds one
TITLE_OPENS = re.compile(rf"\b{CLASS_OR_SERIES}")
# a word or a value broken at its line's end: "Non-", "C-", "2010-", "12/18/"
BROKEN = re.compile(r"\w-$|\d/$")


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
    #: True for a piece of a word set a letter or so a line (``letter_stacks``)
    stacked: bool = False
    text: str = field(init=False)
    x: float = field(init=False)
    x_end: float = field(init=False)
    line: int = field(init=False)
    #: True for footnote marks only: "(1)", "(2) (3)"
    is_mark: bool = field(init=False)
    #: True if it holds a digit outside footnote marks or is a one-letter code
    has_value: bool = field(init=False)
    #: True if it holds a digit outside footnote marks (an amount, a price, a date)
    has_digit: bool = field(init=False)

    def __post_init__(self) -> None:
        atoms = self.atoms
        first, last = atoms[0], atoms[-1]
        self.text = text = first.text if len(atoms) == 1 else " ".join(a.text for a in atoms)
        self.x, self.x_end, self.line = first.gx, last.gx + len(last.text), first.line
        if "(" in text:
            self.is_mark = bool(MARK.fullmatch(text.replace(" ", "")))
            unmarked = MARK.sub("", text)
        else:  # no footnote mark (most words): nothing to take out
            self.is_mark, unmarked = False, text
        self.has_value = bool(VALUE.search(unmarked))
        self.has_digit = any(map(str.isdigit, unmarked))

    @property
    def is_value(self) -> bool:
        return self.key not in TEXTS and self.has_value and not self.stacked


@dataclass(slots=True)
class Band:
    """One row: the lines of its values and the chunks placed in it."""

    first: int
    last: int
    chunks: list[Chunk] = field(default_factory=list)
    #: columns left out: a chunk of theirs may be this band's or a neighbour's
    doubtful: set[str] = field(default_factory=set)
    #: columns with lines apart above the first band, or lines over its values ending a
    #: cell (``_ends_above``): a cell cut by a page break
    cut_above: set[str] = field(default_factory=set)
    #: columns whose lines shared with a neighbour were cut by balance alone (``_split``):
    #: no alignment settled them
    balanced: set[str] = field(default_factory=set)

    @property
    def keys(self) -> set[str]:
        return {c.key for c in self.chunks if c.key is not None}


# ---------------------------------------------------------------- rows

def make_bands(placed: list[list[Chunk]], read_whole: Callable[[list[Chunk]], bool],
               typed: Callable[[Band], bool], tops: frozenset[int] = frozenset()) -> list[Band]:
    """Bands of the lines of values, their values given their columns by the typed
    sequence (``typed``), then every other chunk into its band. A line of values starts
    a band unless it continues the one above: close below it, with values in other
    columns (or the band above its cells set over it: ``_wrapped_above``), and not a
    whole row (``read_whole``) below one. ``tops``: the lines that open a page."""
    known: dict[tuple[int, ...], bool] = {}

    def whole(chunks: list[Chunk]) -> bool:
        # asked of one band or line several times as the bands grow: read each once
        key = tuple(id(c) for c in chunks)
        if key not in known:
            marks = _nature_parts(chunks)
            known[key] = read_whole(chunks) or bool(marks) and read_whole(_without(chunks, marks))
        return known[key]

    stacks = letter_stacks([c for cut in placed for c in cut])
    by_line: dict[int, list[Chunk]] = {}
    for chunk in (c for cut in placed for c in cut):
        by_line.setdefault(chunk.line, []).append(chunk)
    bands: list[Band] = []
    rest: list[Chunk] = []
    for line, group in sorted(by_line.items()):
        if not any(c.is_value and not _amid_words(c, by_line) for c in group) \
                and not _shifted_row(group, whole):
            rest += group
            continue
        if (not bands or _opened(group) & _values(bands[-1].chunks)  # the cheap test first
                and not _wrapped_above(bands[-1], group, whole)
                or line - bands[-1].last > WRAP and not _broken_row(bands[-1], group, whole)
                or whole(group) and whole(bands[-1].chunks)
                or _opens_broken(group, bands[-1])):
            bands.append(Band(line, line))
        bands[-1].last = line
        bands[-1].chunks += group
    for band in bands:
        _type(band, typed)
        rest += [c for c in band.chunks if c.stacked]  # placed as the lines around it are
        band.chunks = [c for c in band.chunks if not c.stacked]
    if bands:
        _rekey(rest, bands)
        _doubt_strays_between([c for c in rest if c.key is not None and c.key not in TEXTS
                               and not c.has_value and any(ch.isalpha() for ch in c.text)],
                              bands)
        attach([c for c in rest if c.key is not None], bands, set(by_line), tops)
        _doubt_unclosed_titles(bands)
        _doubt_stacked(stacks, bands)
    return bands


def _wrapped_above(band: Band, group: list[Chunk],
                   whole: Callable[[list[Chunk]], bool]) -> bool:
    """True where the band above is the line's row's cells set over its line of values (a
    browser centres a cell of two lines, "$184.0383" over its mark, in a taller row), though
    the grid puts a value of both in one column: the line below reads as a row alone and
    with the band, and the band holds values only in columns the line fills too. A band
    with values in other columns ("632 D $180.7115" over a holding's "9,948 D") is a row of
    its own missing cells, not the line's: joined, it gives the holding's values to it."""
    return (_joins_above(band, group, whole, WRAP, lower_alone=True)
            and _values(band.chunks) <= _values(group))


def _shifted_row(group: list[Chunk], whole: Callable[[list[Chunk]], bool]) -> bool:
    """True for a line whose values all stand under columns of text and that reads as one
    whole row ("Class B (1) (1) (1) Class A 782,088 782,088 I See": a holding a converter
    laid out at its own scale, its amounts under the underlying title): a line of values."""
    return any(c.key in TEXTS and c.has_digit and not c.is_mark for c in group) and whole(group)


def _nature_parts(chunks: list[Chunk]) -> list[Chunk]:
    """Footnote marks or words in a column of text right of every value: a browser centres
    a nature's lines on its row's, one of them on the line of values ("See footnote" /
    "(4)"; "By Sequoia Capital" / "U.S. Venture 2010" / "Fund, LP(2)"). The typed sequence
    reads no lone mark after a row's last value, nor a number without commas or "$" there
    (among words or alone: "2021" of "SMB Pacific" / "2021" / "Charitable"): they are the
    nature's."""
    right = max((c.x_end for c in chunks if c.is_value), default=None)
    return [] if right is None else [c for c in chunks if c.key in TEXTS and c.x >= right
                                     and (c.is_mark or A_WORD.search(c.text)
                                          or _NAME_NUMBER.fullmatch(c.text))]


def _without(chunks: list[Chunk], left_out: list[Chunk]) -> list[Chunk]:
    ids = {id(c) for c in left_out}
    return [c for c in chunks if id(c) not in ids]


def _type(band: Band, typed: Callable[[Band], bool]) -> None:
    """Give the band's values their columns by the typed sequence; if its lines of values
    do not read with a nature's marks or words (``_nature_parts``), without them: they
    keep their column."""
    if typed(band):
        return
    marks = _nature_parts([c for c in band.chunks if band.first <= c.line <= band.last])
    if marks:
        band.chunks = _without(band.chunks, marks)
        typed(band)
        band.chunks += marks


#: characters at most of one line of a word set a letter or two a line
PIECE = 3
#: lines at least of such a stack
STACK = 4


def letter_stacks(chunks: list[Chunk]) -> list[list[Chunk]]:
    """Words a converter set a letter or so a line, one under another ("Co" / "S" / "m" /
    "to" / "m" / "ck"; "O" / "(ri" / "p" / "g"): runs of pieces of at most ``PIECE``
    characters on ``STACK`` or more lines running, each a column at most from the one
    above, two or more of them in small letters (a column of one-letter codes, row after
    row, has none). Their letters are no codes and no values, and their cell unreadable."""
    pieces = sorted((c for c in chunks if len(c.text) <= PIECE and not c.is_mark),
                    key=lambda c: (c.line, c.x))
    runs: list[list[Chunk]] = []
    for piece in pieces:
        run = next((r for r in runs if r[-1].line == piece.line - 1
                    and abs(r[-1].x - piece.x) <= 1), None)
        if run is None:
            runs.append([piece])
        else:
            run.append(piece)
    stacks = [run for run in runs if len(run) >= STACK
              and sum(any(ch.islower() for ch in c.text) for c in run) >= 2]
    for piece in (c for stack in stacks for c in stack):
        piece.stacked = True
    return stacks


def _doubt_stacked(stacks: list[list[Chunk]], bands: list[Band]) -> None:
    """A word stacked a letter a line is some text cell's, beside the rows next to it: in
    each, the text columns its pieces stand in and the one nearest to it are left out. Its
    pieces, placed with the rows' lines to align their cells, are no cell's."""
    for band in bands:
        band.chunks = [c for c in band.chunks if not c.stacked]
    for stack in stacks:
        first, last, x = stack[0].line, stack[-1].line, stack[0].x
        for band in bands:
            if band.first - WRAP <= last and first <= band.last + WRAP:
                band.doubtful.update(c.key for c in stack if c.key in TEXTS)
                texts = [c for c in band.chunks if c.key in TEXTS]
                if texts:
                    band.doubtful.add(min(texts, key=lambda c: abs(c.x - x)).key or "")


def _amid_words(chunk: Chunk, by_line: dict[int, list[Chunk]]) -> bool:
    """True for a value that starts where words start on the lines over and under it: a
    number in a text wrapped a word or two a line, its lines at one left edge ("Venture"
    / "2010 Fund," / "LP(2)"), not a value. Letters set one per line ("a" / "1" /
    "ritable", a converter's garbling) are no words."""
    def words(line: int) -> bool:
        return any(c.x == chunk.x and not c.has_value and sum(ch.isalpha() for ch in c.text) > 1
                   for c in by_line.get(line, []))
    return words(chunk.line - 1) and words(chunk.line + 1)


def _broken_row(band: Band, group: list[Chunk], whole: Callable[[list[Chunk]], bool]) -> bool:
    """True where a line of values apart from the band above (a converter set a cell's
    letters one per line between them) reads with it as one row, and neither alone."""
    return _joins_above(band, group, whole, JOIN_REACH, lower_alone=False)


def _joins_above(band: Band, group: list[Chunk], whole: Callable[[list[Chunk]], bool],
                 reach: int, lower_alone: bool) -> bool:
    """True where a line of values at most ``reach`` lines below the band above reads with
    it as one row, the band alone as none, and the line alone as one if ``lower_alone``."""
    return (group[0].line - band.last <= reach and not whole(band.chunks)
            and whole(group) == lower_alone and whole(band.chunks + group))


def _rekey(rest: list[Chunk], bands: list[Band]) -> None:
    """A line wrapped around a row's values continues the cell it stands under or over:
    where it overlaps the cells of one column on the lines of values of the rows beside
    it, it is that column's, wherever the page's headers put it. Text continues a
    column of text (a title, an underlying title, a nature); a footnote mark, any
    column (a value's mark wrapped below it). Where it overlaps none, it may touch one:
    a crowded line of values pushes its last cell a space right ("See" over "I
    Footnotes(2)"). A lone mark over both a flag and a text is the text's: a flag's mark
    prints beside its letter ("I" / "(3)" under "I Footnotes(2)"). Words beside rows
    with none in their column ("See" / values / "Footnote(6)") are the text column that
    they overlap on the lines of values of the table's other rows, where that is one."""
    for chunk in rest:
        after = next((i for i, b in enumerate(bands) if b.first > chunk.line), len(bands))
        cells = [c for band in bands[max(after - 1, 0):after + 1] for c in band.chunks
                 if c.key is not None and (c.key in TEXTS or chunk.is_mark)]
        for reach in (0, 1):
            keys = {c.key for c in cells
                    if c.x < chunk.x_end + reach and chunk.x < c.x_end + reach}
            if keys:
                break
        beside = [c for band in bands[max(after - 1, 0):after + 1] for c in band.chunks]
        if not keys and not chunk.is_mark and not any(  # rows beside it empty where it stands
                c.x < chunk.x_end + 1 and chunk.x < c.x_end + 1 for c in beside):
            keys = {c.key for band in bands for c in band.chunks if c.key in TEXTS
                    and c.x < chunk.x_end and chunk.x < c.x_end}
        if chunk.is_mark and len(keys) > 1:
            keys -= FLAGS  # a flag's mark prints beside its letter, never alone under it
        if not keys and chunk.key not in TEXTS and _right_of_numbers(
                chunk, bands[max(after - 1, 0):after + 1]):
            keys = {NATURE}
        if len(keys) == 1:
            chunk.key = keys.pop()


def _right_of_numbers(chunk: Chunk, beside: list[Band]) -> bool:
    """True for words (no value, no mark alone) that start right of where the last
    number of each row beside them starts: only a nature, a form's last column, is
    text there. A converter that keeps one space between a row's cells pushes them
    right of the page's columns, and its wrapped lines, left where they stand, are
    under the number or the flag ("See" / "3,472,220(2) I" / "Footnote(3)")."""
    if chunk.is_mark or chunk.has_value or not beside or not any(
            ch.isalpha() for ch in MARK.sub("", chunk.text)):  # "L.P.(2)(3)" is words
        return False
    for band in beside:
        numbers = [c for c in band.chunks if c.has_digit and c.key is not None
                   and c.key not in TEXTS]
        if not numbers or chunk.x <= max(numbers, key=lambda c: c.x).x:
            return False
    return True


def _doubt_unclosed_titles(bands: list[Band]) -> None:
    """A row's title that cannot end where it does ("Class A", "Class B Common") right
    over the title of the row below: its next line is the one the row below opens with
    (the row's values stand on the line that goes on with its title), so neither title
    is known."""
    for upper, lower in zip(bands, bands[1:]):
        for key in TITLE_COLUMNS:
            above = [c.line for c in upper.chunks if c.key == key]
            below = [c.line for c in lower.chunks if c.key == key]
            cell = " ".join(MARK.sub(" ", " ".join(_title_lines(key, upper.chunks))).split())
            if below and above and min(below) == max(above) + 1 \
                    and OPEN_TITLE.fullmatch(cell):
                upper.doubtful.add(key)
                lower.doubtful.add(key)


def _doubt_strays_between(strays: list[Chunk], bands: list[Band]) -> None:
    """A word wrapped under a column of values (not a "$"), next to a row's lines, was pushed
    there from a column of text of the row above or below it: in each, the text column
    nearest to it is left out."""
    for chunk in strays:
        after = next((i for i, b in enumerate(bands) if b.first > chunk.line), len(bands))
        for band in bands[max(after - 1, 0):after + 1]:
            texts = [c for c in band.chunks if c.key in TEXTS]
            if texts and band.first - WRAP <= chunk.line <= band.last + WRAP:
                band.doubtful.add(min(texts, key=lambda c: abs(c.x - chunk.x)).key or "")


def _opened(group: list[Chunk]) -> set[str]:
    """The columns a line of values fills, a value broken at its end ("07/02/") too: it
    goes on below, so where the band above holds that column's value whole, the line
    opens the next row (a browser centres a row's cells, a wrapped date's first line on
    the line above the row's values, beside the title's first line)."""
    return _values(group) | {c.key for c in group
                             if c.key is not None and c.is_value and BROKEN.search(c.text)}


def _opens_broken(group: list[Chunk], band: Band) -> bool:
    """True where every value of the line is broken at its end ("07/02/"), and the band
    above has no broken piece to go on in those columns: the first line of a wrapped cell
    is never under its row's line of values (a browser sets a shorter cell at or above the
    middle of its row), so it opens the next row even where the row above left that cell
    blank (a deemed date on some rows only)."""
    values = [c for c in group if c.key is not None and c.is_value]
    if not values or not all(BROKEN.search(c.text) for c in values):
        return False
    last = {c.key: c for c in sorted(band.chunks, key=lambda c: c.line) if c.key is not None}
    return not any(c.key in last and BROKEN.search(last[c.key].text) for c in values)


def _values(chunks: list[Chunk]) -> set[str]:
    """The columns of values among ``chunks``, but a value broken at its line's end
    ("12/18/"): a line of values whose columns are not yet its band's continues the row
    (a value wrapped below it, a title's next line beside it), a line that would fill one
    again starts the next row."""
    last = {c.key: c for c in sorted(chunks, key=lambda c: c.line) if c.key is not None}
    return {key for key, c in last.items() if c.is_value and not BROKEN.search(c.text)}


def attach(rest: list[Chunk], bands: list[Band], filled: set[int],
           tops: frozenset[int] = frozenset()) -> None:
    """Each chunk of wrapped text (all in a column) to the band it stands in or, between
    two, to the one on its side of a blank line; with none, as the cells' alignment says
    (``_cuts``), else as ``_split`` says for each column. Lines past a blank line over a
    band's values are its own unless the alignment gives them to the band above (at the
    top of their rows, a cell cut by a page break). ``tops``: the lines that open a
    page (``_breaks``)."""
    between: dict[int, list[Chunk]] = {}
    past_blank: set[int] = set()
    for chunk in _without_page_heads(rest, bands, tops):
        index, side = _side(chunk, bands, filled)
        key = chunk.key or ""
        if side in ("between", "below"):
            between.setdefault(index, []).append(chunk)
            if side == "below":
                past_blank.add(id(chunk))
        elif side == "both":
            bands[index].doubtful.add(key)
            bands[index + 1].doubtful.add(key)
        elif side == "before":
            bands[0].cut_above.add(key)
        else:
            bands[index].chunks.append(chunk)
    cuts = _cuts(bands, between, {i for i, chunks in between.items()
                                  if any(id(c) in past_blank for c in chunks)}, tops)
    unsure: dict[tuple[str, int], list[Chunk]] = {}
    for index, chunks in between.items():
        cut = cuts.get(index)
        for chunk in chunks:
            if cut is not None:
                bands[index + (chunk.line >= cut)].chunks.append(chunk)
            elif id(chunk) in past_blank:
                _past_blank(chunk, chunks, bands[index], bands[index + 1])
            else:
                unsure.setdefault((chunk.key or "", index), []).append(chunk)
    for (key, index), chunks in sorted(unsure.items(), key=lambda item: item[0][1]):
        _split(chunks, key, bands[index], bands[index + 1], (key, index + 1) not in unsure)
    if bands:
        bands[0].cut_above.update(key for key in TEXTS if _ends_above(bands[0], key))


def _without_page_heads(rest: list[Chunk], bands: list[Band], tops: frozenset[int]
                        ) -> list[Chunk]:
    """The chunks but those of the lines opening a page (``tops``) that sit outside the
    table (``_outside_table``: left of every cell on the lines that open no page), from
    the page's first line to the first that sits in it: a running header ("SEC Form 4
    (continued)", a filer's name a browser prints at each page's top, set in the margin
    or run across columns), no row's cell."""
    if not tops or not bands:
        return rest
    lines: dict[int, list[Chunk]] = {}
    for chunk in [*rest, *(c for band in bands for c in band.chunks)]:
        lines.setdefault(chunk.line, []).append(chunk)
    valued = {line for band in bands for line in range(band.first, band.last + 1)}
    opening = {min((l for l in lines if l >= top), default=top) for top in tops}
    left = min((c.x for line, chunks in lines.items() if line not in opening for c in chunks),
               default=None)
    if left is None:
        return rest
    heads: set[int] = set()
    for top in tops:
        for line in range(top, max(lines, default=top) + 1):
            if line in valued:
                break  # the page opens with a row's values: no header above them
            if line not in lines:
                continue  # a blank line
            if not any(_outside_table(c, left) for c in lines[line]):
                break
            heads.add(line)
    return [c for c in rest if c.line not in heads]


def _outside_table(chunk: Chunk, left: float) -> bool:
    """True for a chunk that sits in no column of the table: words the grid cut from a
    run across columns, or starting left of its cells (``left``: in the page's margin;
    the right edge tells nothing: a nature's words run past the values)."""
    return chunk.cut or chunk.x < left


def _ends_above(band: Band, key: str) -> bool:
    """True where the band's cell in text column ``key`` has a line ending with a footnote
    mark over its values and words after it: a mark ends a cell, so the lines up to it end
    the cell of the row before, cut by a page break (``Band.cut_above``)."""
    return any(c.line < band.first for c in _marks_before_words(band.chunks, key))


def _marks_before_words(chunks: list[Chunk], key: str) -> list[Chunk]:
    """The chunks of text column ``key`` that end with a footnote mark and have words
    (not marks alone) on a later line of that column."""
    lines = sorted((c for c in chunks if c.key == key), key=lambda c: (c.line, c.x))
    return [c for n, c in enumerate(lines) if _END_MARK.search(c.text)
            and any(not d.is_mark for d in lines[n + 1:] if d.line > c.line)]


def _past_blank(chunk: Chunk, gap: list[Chunk], upper: Band, lower: Band) -> None:
    """A chunk past a blank line between two bands, which no alignment placed: the
    lower band's, but for a line of footnote marks in a column of text with words of
    that column below it in that band (pypdf's layout: "See" / "Footnotes(2)" / blank /
    "(3)" / "See" / "Footnotes(2) ..." of the next row): a mark follows the words it
    marks, so it opens no cell of text; it ends the upper band's cell of that column,
    or, with none, is left out. A mark over a value ("(6)" over the code "C") is a
    superscript set a line up: the lower band's."""
    below = [*lower.chunks, *gap]
    if not (chunk.is_mark and chunk.key in TEXTS and any(
            c.key == chunk.key and c.line > chunk.line and A_WORD.search(c.text) for c in below)):
        lower.chunks.append(chunk)
    elif any(c.key == chunk.key for c in upper.chunks):
        upper.chunks.append(chunk)


# ---------------------------------------------------------------- alignment

#: how a converter places a row's cells of fewer lines than the row: at its top, or
#: centred (a browser's default), an odd line over either way
ALIGNMENTS = ("top", "middle")


def _cuts(bands: list[Band], between: dict[int, list[Chunk]],
          blank: set[int], tops: frozenset[int] = frozenset()) -> dict[int, int | None]:
    """For each pair of bands with lines of text between them, the first line of the
    lower row: where every row's cells are aligned one way, the converter's, and only one
    cut does it. Where both ways do, with other cuts, the one whose rows hold fewer
    different titles (a table lists few securities); if that does not tell, the top
    where each title starts on its row's line of values, but across a blank line
    (``blank``: a row's edge more likely than a page's), else the cut is unsure (None).
    Where only one way aligns the rows and leaves cuts unsure, the cuts whose rows change
    title least (``_steadiest``), if one does ("Stock" / "Option $9.97" / "(right to" /
    "buy)" row after row: a cut a line off shifts every title). Where no way aligns every
    row, a row cut by a page break (``tops``) may be why (``_breaks``)."""
    if not between:  # no pair to cut: whichever way aligns the rows, there are no cuts
        return {}
    lines = {i: sorted({c.line for c in chunks}) for i, chunks in between.items()}
    cuts = {i: [*found, found[-1] + 1] for i, found in lines.items()}
    rows: _Rows = {}
    solved = {way: solved for way in ALIGNMENTS
              if (solved := _solve(bands, between, cuts, way, rows)) is not None}
    broken: dict[int, int] = {}
    if not solved and tops:  # a row a page break cuts aligns no way: its cells are apart
        broken, cuts = _breaks(bands, cuts, tops)
        solved = {way: found for way in ALIGNMENTS if broken and (
            found := _solve(bands, between, cuts, way, rows, broken)) is not None}
    if len(solved) == 2 and solved["top"] != solved["middle"]:
        solved = {way: found if None not in found.values()
                  else _steadiest(bands, between, way, cuts, rows, broken) or found
                  for way, found in solved.items()}
        titles = {way: _titles(bands, between, found) for way, found in solved.items()
                  if None not in found.values()}
        if len(set(titles.values())) == 2:
            return solved[min(titles, key=lambda way: titles[way])]
        opening = all(any(c.key == TITLE and c.line == b.first for c in b.chunks)
                      for b in bands)
        return {i: cut if cut == solved["middle"][i] or opening and i not in blank else None
                for i, cut in solved["top"].items()}
    if len(solved) == 1 and None in (unsure := next(iter(solved.values()))).values():
        return _steadiest(bands, between, next(iter(solved)), cuts, rows, broken) or unsure
    return next(iter(solved.values()), {})


def reads_centred(bands: list[Band]) -> bool:
    """True where the rows' cells, as placed, are centred on their rows and not set at
    their tops: every row's columns are one cell each aligned "middle", and some row has a
    cell opening above its line of values (a text browser centres a cell in its row,
    whatever the page's style says). A row without a title tells nothing."""
    above = False
    for band in bands:
        cells = _cell_lines([c for c in band.chunks if c.key not in band.doubtful])
        if cells is None:
            continue
        spans = [(min(lines), max(lines), len(lines)) for lines in cells.values()]
        if not _aligned_lines(spans, "middle"):
            return False
        above = above or min(first for first, _, _ in spans) < band.first
    return above


def _solve(bands: list[Band], between: dict[int, list[Chunk]], cuts: dict[int, list[int]],
           way: str, rows: _Rows, broken: dict[int, int] | None = None
           ) -> dict[int, int | None] | None:
    """The cut of each pair of bands with which every row's cells are aligned ``way``
    (None where several are); None if no choice of cuts aligns them all. ``broken``: the
    rows cut by a page break, by the line that opens the next page (``_cut_by_page``)."""
    layers: list[dict[int | None, list[int | None]]] = []
    previous: list[int | None] = [None]
    for i in range(len(bands)):
        layer = {}
        for cut in cuts.get(i, [None]) if i + 1 < len(bands) else [None]:
            fits = [above for above in previous
                    if _fits(bands, between, i, above, cut, way, rows, broken)]
            if fits:
                layer[cut] = fits
        if not layer:
            return None
        layers.append(layer)
        previous = list(layer)
    found: dict[int, set[int | None]] = {}
    reachable: list[int | None] = list(layers[-1])
    for i in range(len(layers) - 1, 0, -1):
        reachable = list({above for cut in reachable for above in layers[i][cut]})
        found[i - 1] = set(reachable)
    return {i: next(iter(c)) if len(c) == 1 else None for i, c in found.items() if i in cuts}


def _breaks(bands: list[Band], cuts: dict[int, list[int]], tops: frozenset[int]
            ) -> tuple[dict[int, int], dict[int, list[int]]]:
    """The rows a page break cuts (a page opens below a row's first line of values, before
    the next row's: a value of its own may stand on the next page too), by the line that
    opens the next page, and the cuts with every line between such a row and the next its
    own: a browser prints the lines of a cut row's cells that its page had no room for
    at the next page's top, before the next row. A row whose band already holds lines
    on or past the break is one too (no blank line need part them from the next row's:
    whether its cells are set at their top on both pages is ``_cut_by_page``'s test)."""
    broken = {i: top for i in range(len(bands) - 1) for top in tops
              if bands[i].first < top < bands[i + 1].first
              and (i in cuts or any(c.line >= top for c in bands[i].chunks))}
    return broken, {i: [bands[i + 1].first] if i in broken else options
                    for i, options in cuts.items()}


def _fits(bands: list[Band], between: dict[int, list[Chunk]], i: int, above: int | None,
          below: int | None, way: str, rows: _Rows, broken: dict[int, int] | None) -> bool:
    """``_aligned_row``, or ``_cut_by_page`` for a row a page break cuts (``broken``)."""
    if broken and i in broken:
        return _cut_by_page(_row(bands, between, i, above, below), bands[i].first, broken[i])
    return _aligned_row(bands, between, i, above, below, way, rows)


def _cut_by_page(chunks: list[Chunk], first: int, top: int) -> bool:
    """True where a row whose values are on line ``first`` and which a page opening on
    line ``top`` cuts is set at its top on both pages: each of its cells opens on its
    values' line, or, printed wholly on the next page, on the row's first line there."""
    cells = _cell_lines(chunks)
    if cells is None:
        return False
    opened = min((line for lines in cells.values() for line in lines if line >= top),
                 default=None)
    return all(min(lines) == (first if min(lines) < top else opened)
               for lines in cells.values())


def _steadiest(bands: list[Band], between: dict[int, list[Chunk]], way: str,
               cuts: dict[int, list[int]], rows: _Rows, broken: dict[int, int] | None = None
               ) -> dict[int, int | None] | None:
    """The cuts aligning every row ``way`` whose rows change title least often from one
    row to the next (a table lists few securities, row after row); None if two choices
    do as well. A row of one line of values and cells of two is both top-aligned and
    centred, so centred rows let their cuts slide a line up or down, row after row."""
    def options(i: int) -> list[int | None]:
        return list(cuts.get(i, [None])) if 0 <= i < len(bands) - 1 else [None]

    # (above, below) of row i -> (changes so far, the cuts so far, or None if tied)
    best: dict[tuple[int | None, int | None], tuple[int, tuple[int | None, ...] | None]] = {}
    titles: dict[tuple[int | None, int | None], str] = {}
    for i in range(len(bands)):
        found: dict[tuple[int | None, int | None], tuple[int, tuple[int | None, ...] | None]] = {}
        row_titles = {}
        for above in options(i - 1):
            for below in options(i):
                if not _fits(bands, between, i, above, below, way, rows, broken):
                    continue
                row = _row(bands, between, i, above, below)
                row_titles[above, below] = title = _title(row)
                if i == 0:
                    found[above, below] = (0, ())
                    continue
                paths = [(changes + (titles[state] != title), path)
                         for state, (changes, path) in best.items() if state[1] == above]
                if paths:
                    least = min(changes for changes, _ in paths)
                    tied = [path for changes, path in paths if changes == least]
                    path = tied[0] if len(tied) == 1 and tied[0] is not None else None
                    found[above, below] = (least, None if path is None else (*path, above))
        if not found:
            return None
        best, titles = found, row_titles
    least = min(changes for changes, _ in best.values())
    ends = [path for changes, path in best.values() if changes == least]
    if len(ends) != 1 or ends[0] is None:
        return None
    return {i: cut for i, cut in enumerate(ends[0]) if i in cuts}


def _row(bands: list[Band], between: dict[int, list[Chunk]], i: int, above: int | None,
         below: int | None) -> list[Chunk]:
    """Band ``i``'s chunks with the lines between it and its neighbours that the cuts
    give it: from ``above`` on in the gap before it, before ``below`` in the gap after."""
    return [*bands[i].chunks,
            *(c for c in between.get(i - 1, []) if above is not None and c.line >= above),
            *(c for c in between.get(i, []) if below is not None and c.line < below)]


#: the first and last line and the number of lines of each column in a row that a choice
#: of cuts makes (``_cell_lines``), by (band, cut above, cut below): both alignments and
#: ``_steadiest`` ask of the same rows
_Rows = dict[tuple[int, "int | None", "int | None"], "list[tuple[int, int, int]] | None"]


def _aligned_row(bands: list[Band], between: dict[int, list[Chunk]], i: int,
                 above: int | None, below: int | None, way: str, rows: _Rows) -> bool:
    """True if band ``i`` with the lines the cuts give it (``_row``) has its title and
    each column's lines in it are one cell aligned ``way``: starting on the row's first
    line, or centred in the row, one line of odd space below it (a text browser lays out
    whole lines: a cell's lines follow one another). No cell of several lines opens with
    a line of footnote marks: a mark follows what it marks; and no text cell goes on with
    words after one: a mark ends it. The row's cells' lines are worked out once for all
    the ways asked."""
    key = (i, above, below)
    if key not in rows:
        cells = _cell_lines(_row(bands, between, i, above, below))
        rows[key] = None if cells is None else [(min(lines), max(lines), len(lines))
                                                for lines in cells.values()]
    spans = rows[key]
    return spans is not None and _aligned_lines(spans, way)


def _cell_lines(chunks: list[Chunk]) -> dict[str, set[int]] | None:
    """The lines of each column in the row, if it may be aligned either way: None where
    it has no title, or a cell opens with footnote marks or goes on after one."""
    cells: dict[str, set[int]] = {}
    marks: set[tuple[str | None, int]] = set()
    for chunk in sorted(chunks, key=lambda c: c.line):
        if chunk.key is not None:
            cells.setdefault(chunk.key, set()).add(chunk.line)
            if chunk.is_mark:
                marks.add((chunk.key, chunk.line))
            else:
                marks.discard((chunk.key, chunk.line))
    if TITLE not in cells:
        return None  # every row prints its title
    if any(len(lines) > 1 and (key, min(lines)) in marks for key, lines in cells.items()):
        return None
    if _words_after_mark(chunks) or _line_twice(_title_lines(TITLE, chunks)):
        return None
    return cells


def _aligned_lines(spans: list[tuple[int, int, int]], way: str) -> bool:
    """True if each column's lines, (first, last, how many) of them, are one cell aligned
    ``way`` in the row (``_aligned_row``)."""
    top = min(first for first, _, _ in spans)
    if way == "top":
        return all(first == top for first, _, _ in spans)
    height = max(last for _, last, _ in spans) - top + 1
    return all(last - first + 1 == count and first - top == (height - count) // 2
               for first, last, count in spans)


def _words_after_mark(chunks: list[Chunk]) -> bool:
    """True where a text cell goes on after a line ending with a footnote mark with a
    line of words: a mark ends a cell's text ("Footnotes(2)" / "(3)" / "See" is no cell)."""
    ended = {c.key for c in chunks if c.key in TEXTS and _END_MARK.search(c.text)}
    return any(_marks_before_words(chunks, key) for key in ended)  # none without a mark


def _titles(bands: list[Band], between: dict[int, list[Chunk]],
            cuts: dict[int, int | None]) -> int:
    """How many different titles the rows hold with these cuts (their marks aside)."""
    return len({_title(_row(bands, between, i, cuts.get(i - 1), cuts.get(i)))
                for i in range(len(bands))})


def _title(row: list[Chunk]) -> str:
    """The title a row's chunks hold, its marks aside."""
    title = " ".join(c.text for c in sorted(row, key=lambda c: (c.line, c.x)) if c.key == TITLE)
    return " ".join(MARK.sub(" ", title).split())


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
    best, of those that leave neither cell words after a mark nor a title the ends of two
    (``_two_titles``); if two do as well, or none is left, the column is left out of both
    bands."""
    lines = sorted({c.line for c in chunks})
    own = [c for c in lower.chunks if c.key == key]
    costs = {}
    for cut in range(len(lines) + 1):
        up = _imbalance(upper, key, below=cut)
        low = _imbalance(lower, key, above=len(lines) - cut) if settled else 0
        above = [*upper.chunks, *(c for c in chunks if c.line in lines[:cut])]
        below = [*own, *(c for c in chunks if c.line in lines[cut:])]
        if (up is None or low is None or _words_after_mark(above) or left_open(key, above)
                or _spoils(key, upper.chunks, above) or _spoils(key, own, below)):
            continue
        costs[cut] = up + low
    best = [cut for cut, cost in costs.items() if cost == min(costs.values())]
    if len(best) != 1:
        upper.doubtful.add(key)
        lower.doubtful.add(key)
        return
    upper.balanced.add(key)
    lower.balanced.add(key)
    for chunk in chunks:
        (upper if chunk.line in lines[:best[0]] else lower).chunks.append(chunk)


def _spoils(key: str, before: list[Chunk], after: list[Chunk]) -> bool:
    """True where the lines a cut gives a band make its cell in column ``key`` (``after``,
    from ``before``) hold the ends of two titles or go on after a mark, as it did not."""
    return any(check(key, after) and not check(key, before) for check in (
        _two_titles, lambda key, chunks: _words_after_mark([c for c in chunks if c.key == key])))


def _title_lines(key: str, chunks: list[Chunk]) -> list[str]:
    """The lines of column ``key``'s cell among ``chunks``, top to bottom."""
    lines: dict[int, list[str]] = {}
    for chunk in sorted((c for c in chunks if c.key == key), key=lambda c: (c.line, c.x)):
        lines.setdefault(chunk.line, []).append(chunk.text)
    return [" ".join(words) for _, words in sorted(lines.items())]


def _line_twice(texts: list[str]) -> bool:
    """True where a title's lines ``texts`` print one line of two words or more twice,
    marks aside ("Stock" / "Option" / "(right to" / "buy)" / "Stock" / "Option" /
    "(right to" / "buy)" read around one line of values): one title's end and the next
    row's whole title or its start, a cut a line off."""
    bare = [" ".join(MARK.sub(" ", text).split()) for text in texts]
    return any(bare.count(text) > 1 for text in bare if len(text.split()) > 1)


def _two_titles(key: str, chunks: list[Chunk]) -> bool:
    """True where a title's cell among ``chunks`` holds the ends of two titles: it opens
    a class or series twice ("Class A" / "Common" / "Stock" / "Class A"), a line that
    only closes a title ("Stock", ``TITLE_CLOSING``) is followed by one opening a title
    ("Stock" / "Series C" / "Preferred"): the other belongs to the row beside. (A title
    printing a line twice, ``_line_twice``, refuses a row's alignment only: refusing
    ``_split``'s cuts by it too set two more wrong titles than it mended on page.pdf.)"""
    if key not in TITLE_COLUMNS:
        return False
    texts = _title_lines(key, chunks)
    return len(TITLE_OPENS.findall(" ".join(texts))) > 1 or any(
        TITLE_CLOSING.fullmatch(one) and TITLE_OPENS.match(two)
        for one, two in zip(texts, texts[1:]))


def left_open(key: str, chunks: list[Chunk]) -> bool:
    """True where a title's cell among ``chunks`` ends as no title does, its marks aside
    ("Class A Common"): its next line went to another row's cell."""
    cell = " ".join(c.text for c in sorted(chunks, key=lambda c: (c.line, c.x)) if c.key == key)
    words = " ".join(MARK.sub(" ", cell).split())
    return key in TITLE_COLUMNS and bool(ENDS_IN_COMMON.fullmatch(words))


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


