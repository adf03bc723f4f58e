"""A row's cells in a column-aligned table: its band's chunks joined per column.

``row_bands.py`` gathers the chunks of a row (its lines of values and the lines
of text wrapped around them); here each column's chunks are joined top to
bottom, and a cell that does not read as its column's kind is left out, or the
whole row where its words do not stand under their headers.
"""

from __future__ import annotations

import re
from itertools import groupby

from ..bare_marks import is_long_glued_word
from ..build import COLUMN_KINDS, WORD_DATES
from ..cells import read_cell
from ..errors import SectionError
from ..patterns import DATE_SHAPE_RE, MARK_AT_END_RE, NATURE_OPENING_RE
from ..sections import Cell, Row
from .row_bands import BROKEN, MARK, NATURE, TEXTS, Band, Chunk, left_open
from .row_line_types import garbled

# a line that opens with a date's slash and its digits: "/2014" of "4/15" / "/2014"
_SLASH_OPENED = re.compile(r"/[0-9]")
#: words no title or nature ends with
_GOES_ON = frozenset({"and", "of", "for", "the", "by", "&"})

def row_cells(band: Band, table: str) -> Row | None:
    """A band's chunks joined per column, top to bottom; a cell that does not read as its
    column's left out; None for lines of words only. A band with an amount, a price or a
    date that gives no row (its words do not stand under their headers: a page printed
    at another scale, a squeezed line; or no value of it reads) is a row lost: the rows
    around it, alike, would be taken for its, so the table is left out (SectionError)."""
    row = _cells(band)
    if row is None and (lost := next((c for c in band.chunks if c.has_digit), None)):
        atom = lost.atoms[0]
        raise SectionError(f"{table} could not be read and is left out (its row at "
                           f"{lost.text!r} does not read as the form's columns)",
                           line=atom.line, column=atom.column)
    return row


def _cells(band: Band) -> Row | None:
    """The row of a band's cells, or None if it reads as none: words only, two values of
    a column on one line, or no transaction date while a date is in no date's cell (its
    row, read as a holding, would be another kind of row)."""
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
    if all(key in TEXTS for key in row):
        return None  # words only: lines a converter wrapped off their row, no row of their own
    dated = {id(c) for key, parts in cells.items()
             if key in row and COLUMN_KINDS[key] == "date_cell" for c in parts}
    if "transaction_date" not in row and any(
            id(c) not in dated for c in band.chunks
            if c.key not in TEXTS and DATE_SHAPE_RE.search(c.text)):
        return None  # a date in no date's cell: a transaction would be taken for a holding
    if "transaction_code" in row and "equity_swap_involved" not in row:
        row["equity_swap_involved"] = Cell("")  # an empty "V" is a "no"
    return row


def _doubt_strays(band: Band) -> None:
    """A word of text wrapped under a column of values was pushed there from a column of
    text: the nearest one in the band lost it, and is left out. (A "$" over its price is
    the price's: a browser wraps it above the number.)"""
    valued = {c.line for c in band.chunks if c.is_value}
    texts = [c for c in band.chunks if c.key in TEXTS]
    for stray in band.chunks:
        if (stray.key not in TEXTS and stray.key is not None and stray.line not in valued
                and any(ch.isalpha() for ch in stray.text) and texts):
            band.doubtful.add(min(texts, key=lambda c: abs(c.x - stray.x)).key or "")


def _fits(key: str, parts: list[Chunk]) -> bool:
    """True if a cell reads as its column's kind; a date column's as a date, or as words
    where none was cut from a run across columns (a text's words, not a date's); a text
    column's as words not garbled, not cut short."""
    if key in TEXTS:  # letters of two lines the converter interleaved are no text
        return (not garbled([a for c in parts for a in c.atoms]) and not _cut_short(parts)
                and not left_open(key, parts) and not _closed_before_opening(key, parts))
    read = read_cell(COLUMN_KINDS[key], _joined(parts))
    if isinstance(read.value, str) and COLUMN_KINDS[key] == "date_cell":
        words = not any(ch.isdigit() for ch in read.value) and not any(c.cut for c in parts)
        return key in WORD_DATES and words
    return read.problem is None


def _closed_before_opening(key: str, parts: list[Chunk]) -> bool:
    """True where a nature's line ends with a footnote mark ("footnote3", "LP (2)") above a
    line opening as a nature does ("See", "By"): a cell prints its marks after its text,
    so the lines above are another row's nature (its wrapped last line), not this one's."""
    if key != NATURE:
        return False
    lines = [" ".join(c.text for c in group)
             for _, group in groupby(sorted(parts, key=lambda c: (c.line, c.x)),
                                     key=lambda c: c.line)]
    return any(_closed_by_mark(upper) and NATURE_OPENING_RE.match(lower)
               for upper, lower in zip(lines, lines[1:]))


def _closed_by_mark(line: str) -> bool:
    """Whether a line ends with a footnote mark: "LP (2)", or a bare one glued onto its
    last word ("footnote3", ``bare_marks.is_long_glued_word``)."""
    words = line.split()
    return bool(MARK_AT_END_RE.search(line)) or bool(words) and is_long_glued_word(words[-1])


def _cut_short(parts: list[Chunk]) -> bool:
    """True where a text cell ends as no title or nature does, its marks aside ("Fund IV,",
    "Partners and", "Non-"): its next line went to no row or to another."""
    return ends_cut_short(MARK.sub("", _joined(parts)).split())


def ends_cut_short(words: list[str]) -> bool:
    """True where a text cell's ``words`` (its marks taken out) end as no title or nature
    does: on a comma, a semicolon, "&" or a hyphen, or on a joining word ("and", "of")."""
    return bool(words) and (words[-1][-1] in ",;&-" or words[-1].lower() in _GOES_ON)


def _joined(parts: list[Chunk]) -> str:
    """A cell's lines joined by a space, but for a word broken after its hyphen or a date
    after or before its slash ("4/15" / "/2014": a text browser breaks a line at a "/")."""
    text = ""
    for part in parts:
        broken = BROKEN.search(text) or (text[-1:].isdigit() and _SLASH_OPENED.match(part.text))
        text += ("" if not text or broken else " ") + part.text
    return text
