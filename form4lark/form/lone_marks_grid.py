"""Rows of a page printing its marks bare, read with each lone note number a mark.

A fallback of ``row_grid``: a band whose values do not read by the typed sequence
(a page laid out at its own scale, its places off its header's) is read again with each
word of one or two figures naming a listed note, set apart from its value, as that
note's mark in a cell of its own ("4,025,764 1 1 Common"). A number after a word of
letters is a title's; one naming listed notes both ways is a mark of unknown notes; a
part where a band needed this reading and another reads neither way is refused.
"""

from __future__ import annotations

from itertools import groupby

from ..bare_marks import glued_marks
from ..errors import SectionError
from ..page import Piece
from ..patterns import BARE_MARK_RE
from .atoms import Atom
from .bare_cell_marks import marks_text
from .row_bands import Band, Chunk
from .row_sequence import TITLES
from .row_typed import typed_keys

def typed_with_lone_marks(band: Band, table: str, listed: frozenset[str]) -> bool:
    """``typed_keys`` again, for a band of a page printing its marks bare whose values did
    not read: each word of its lines of values that is a listed note's number alone
    ("4,025,764 1 1 Common": the exercise and expiration dates' marks, set one space
    apart) read as that note's mark, a cell of its own (``lone_marks_apart``). A raised
    mark of this shape is glued onto the value it follows ("D2", "28.5932"), so a number
    set apart after a value is a cell, never the value's mark (one after a word of
    letters is the word's: ``_title_number``); the band keeps its words where the
    sequence does not read them so either. A mark naming listed notes both ways ("19",
    notes 1, 9 and 19) is read as a mark, then left out: which notes, unknown."""
    lines = range(band.first, band.last + 1)
    unsure: set[int] = set()
    marked = [part for c in band.chunks
              for part in (lone_marks_apart(c, listed, unsure) if c.line in lines else [c])]
    if len(marked) == len(band.chunks) and all(m is c for m, c in zip(marked, band.chunks)):
        return False
    kept, band.chunks = band.chunks, marked
    if typed_keys(band, table):
        band.chunks = [c for c in band.chunks if not {id(a) for a in c.atoms} <= unsure]
        return True
    band.chunks = kept
    return False


def unread_among_lone(bands: list[Band], lone: set[int], unread: set[int], table: str) -> None:
    """Raise ``SectionError`` where a band of ``bands`` (a table's part on one page) read
    by neither its places' typed sequence nor the lone-marks one, and another needed the
    lone-marks reading: the page is at a scale of its own, so the unread band's columns,
    taken from where its words stand, are known to be off."""
    if not any(id(band) in lone for band in bands):
        return
    for band in bands:
        if id(band) in unread:
            raise SectionError(f"{TITLES[table]} could not be read and is left out (a row "
                               "reads neither by its places nor with its bare marks apart, on "
                               "a page whose places are off its header's)", line=band.first)


def lone_marks_apart(chunk: Chunk, listed: frozenset[str],
                      unsure: set[int] | None = None) -> list[Chunk]:
    """The chunk cut into its runs of words and, each on its own, its words that name
    listed notes (``_lone_marks``), written as their marks ("(1)") in a piece of its own and
    in no column: the typed sequence then reads each as a cell, not as the mark of the
    value before it (which it would in that value's piece or column). A number after a
    word of letters in the run is that word's (``_title_number``), not a mark. A word
    naming listed notes both ways is written as the note of its number, its atom's id
    put in ``unsure``."""
    lone = {id(a) for before, a in zip([None, *chunk.atoms], chunk.atoms)
            if _lone_marks(a.text, listed) != [] and not _title_number(before)}
    if not lone:
        return [chunk]
    out: list[Chunk] = []
    for apart, run in groupby(chunk.atoms, lambda a: id(a) in lone):
        if not apart:
            out.append(Chunk(list(run), chunk.key, chunk.or_else, True, chunk.stacked))
            continue
        for atom in run:
            notes = _lone_marks(atom.text, listed)
            mark = marks_text("", [atom.text] if notes is None else notes)
            piece = Piece(mark, atom.line, atom.column, atom.gx, atom.gx + len(atom.text))
            out.append(Chunk([as_mark := Atom(atom.kind, mark, atom.row, atom.cell, 0, piece)],
                             cut=True))
            if notes is None and unsure is not None:
                unsure.add(id(as_mark))
    return out


def _title_number(before: Atom | None) -> bool:
    """True where a number follows ``before``, a word of letters only in its run: a
    title's number ("Series 1 Preferred", "Series B 2"), as ``_mid_title`` reads one;
    a mark apart from a word would be glued onto it, a value's never stands so."""
    return before is not None and before.text.isalpha()


def _lone_marks(text: str, listed: frozenset[str]) -> list[str] | None:
    """The listed notes a word of one or two figures names one way (``glued_marks``): the
    note of its number ("1", "19"), or each figure's ("23" for notes 2 and 3, no note 23
    listed), as a date column's cell is read (``raised_marks.glued_cells_marked``); None
    where it names listed notes both ways ("19" with notes 1, 9 and 19); [] for none."""
    if not BARE_MARK_RE.fullmatch(text):
        return []
    return glued_marks(text, listed)
