"""Table rows of a text printed as the page's visual lines (``shapes/lines.py``).

Such a text keeps no positions: a line holds the words of every column that
reaches it, left to right, with single spaces. A row's one-line cells (its
numbers, dates and codes) stand on one line, the row's *line*: read alone with
the typed-sequence grammar (``grammars/form_rows.lark``) it gives the row's
values, the title's words before them, the underlying title's among them
(Table II) and the nature's after them. A text cell that wraps stands on lines
around its row's line (*text lines*, holding no values), among the wrapped
lines of the row's other text cells and of the rows next to it. A page may
centre a cell on its row (as many of its lines above the row's line as below)
or align it to the top (all below); a converter may also run a line that
stands half a line off the row's line into it, so counting lines alone is no
sound rule.

A row's values are always read from its line. Words of text lines are placed
only where that is certain:

1. *Which cells of a row can have text lines* (``close_cells``). A cell is
   *closed*, all its words on its row's line, where its words there are the
   whole value (in any case: "By trust", "By Trust") of a text column in a row
   read whole (one with no text line next to it; a nature: in either table);
   the nature of a direct holding ("D") is empty (column 7 is the nature of an
   indirect holding); a nature reading "See" and a note's name with its marks
   there ("See footnote(3)") is whole ("See" opens it, the mark ends it); on a
   page that aligns cells to the top, a
   cell with no words on its row's line is empty. On a page that centres its
   cells, Table I's title (its widest column) is taken as closed where it has
   words on the row's line, unless lines stand next to the row that none of its
   other cells can hold (then it is left out).
2. *Which row a text line is of* (``_cut``). The lines above a table's first
   row are its own and so are those below its last (a page break between two
   rows is no end: its column headers are left out and the lines on both sides
   of it are one gap). Between two rows, lines of footnote marks only are the
   upper row's (marks end a text, they never open one); the other lines go all
   to the row that has open cells where the other has none; where the upper
   row has one open cell, a footnote mark ends that cell's text: the lines up
   to the last one ending with a mark are its (none, where its words on the
   row's line end with one); on a page aligning cells to the top, they are the
   upper row's. A centred cell of an even count of lines has none on the row's
   line and as many above as below it: a row whose one open cell is such a cell
   and whose lines above are known has as many below, kept where the next row
   then stands as many lines above as below (``_count_cuts``). Rows printed alike
   (each run between two is the last row's lines below, then the first row's
   above) are cut as those end rows show; a run ending with the very lines the
   first row opens with, before a row showing the first row's title words on its
   line, is cut before them, and one starting with the lines the last row ends
   with, after a row showing the last row's, after them (``row_alike.py``).
   Between two rows whose open cells share their lines, the one cut that lets
   both rows read with a title the page prints is theirs (``row_title_cuts.py``).
   Elsewhere the cut is not certain.
3. *Which cell a row's words are of* (``text_cells``). A row's text lines go to
   its one open cell, around that cell's words on the row's line (a cell a
   footnote mark ends on the row's line, with no lines above, is closed where
   that leaves one open cell; a Table I title assumed closed is the one cell
   for lines certainly the row's that no other cell holds). A row whose
   open cells are two or three (side by side, each line holding their words left
   to right) has each cell read where every set of cuts that makes its title (the
   underlying title, in Table II where it is open) one the page prints with
   certainty, or closes a title its words on the row's line leave open ("Common" /
   "Stock") where that cell starts there, gives that cell the same words
   (``row_pairs.py``); sets of cuts giving the nature one the page prints with
   certainty are taken before the others; where none reads, a title and a nature
   "See" + a note's name ("See" last on a line, "footnote(4)" ending the row's lines)
   are told apart by those two words (``row_see_note.py``). An uncertain cut keeps
   only its closed cells' words.
   Words the converter ran together on a row's line ("CommonStock(2)") are spaced
   again only as such a title prints them, or where "by" runs into a capitalised
   word ("byTrust(2)", ``glued_words.py``).

How the page aligns its cells (``_alignment``) is told by what the other
alignment cannot show: a text line certainly above a row's line, a row's line
with no title on it, or an indirect holding's line with no nature on it (an
indirect holding names its nature) cannot be top alignment; a row with no line
above and two or more of its own below cannot be centring, nor can two rows showing
the same words in their open cells (but for figures glued onto a word: bare marks,
"Footnotes23"), the upper with no line above and two or more
lines between them (``_opens_apart``: or the same but for a series' letter,
``row_top.alike_words``), nor a table whose first row, under the headers with its
title its one open cell, opens the lines after every row as it does its own, two or
more (``row_top.top_by_title``).

A line holding values that do not read as one row (a value wrapped to another
line, a cell's letters set one per line) is joined to the lines after it where
together they read as one row (its words are then left out, but for an open title
cell whose letters interleaved over those lines read as a whole title the page
prints, or, where the cells' first words stand on a line above the row and the
title's letters under it, as the title, underlying title and nature those words open,
``row_heads.py``), or to the next broken line past lines of words alone where the two read as
one row (OCR prints a page in blocks: a row's values, then a nature one word a line,
then the rest of the values; its title is the one line printed before it, where every
row from the table's first line on stands so: ``block_titles``); a line of one amount alone is put into the broken line
after it where one place alone makes it read; a line whose nature holds a number after
a word of it ("I US Venture 2010") reads with it as the nature's word, and so does a Table
II line ending with a number after column 10, but that one stands as a broken line where no
word of the nature stands before the number or its words are garbled (``row_stacks.py``);
otherwise its row is lost and the text lines next to it are not placed. A line whose values
the converter cut at other edges than its cells' ("11/20 /2020", "92, 983") reads with
them joined (``row_clipped.rejoined``), its words and marks left out. A line that does not
read with a footnote mark's cell printed as a bare note number ("1" where a date stands) reads
with the page's listed notes' numbers as marks where a date column then holds one alone, and
then every line of the page does, the reader told so (``row_bare_marks.py``); a Table II line
with no word of its underlying title that reads with one put in exactly one place, as a
transaction's row, is that row's line, its underlying title's cell open, its text cells
read only where lines are placed both above and below it on a centring page
(``row_untitled.py``). Words that the converter
garbled (letters of two lines interleaved: "C C l o a m ss m B on") or ran
together ("CommonStock") are never a value; garbled words that are two lines of a
text the page prints with certainty are read as that text's words first, else as the
one split into two lines of words the page prints anywhere (``interleaved_words.py``).
Whatever cannot be placed is left out: a missing value is better than a wrong one.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable
from dataclasses import dataclass, field, replace
from itertools import dropwhile, groupby

from lark import Token, Tree

from ..page import Page
from ..patterns import (DATE_SHAPE, GROUPED, MARK_AT_END_RE, MARKS_AFTER, MARKS_RE,
                        NATURE_OPENING_RE, NOTE_NAME_RE)
from ..sections import Row
from . import regions
from .atoms import Atom, page_atoms
from .lone_code_marks import code_marks_glued
from .glued_cells import dropped_space
from .header import cell_of
from .row_clipped import rejoinings, strip_marked_values
from .row_kinds import TITLE_OPENING, only_marks
from .row_bands import ENDS_IN_COMMON
from .row_bare_marks import PROVEN, marks_kept, marks_written
from .row_parse import may_hold_row, row_tree
from .row_sequence import TITLE_CLOSING, WordSource, among_words, row_values, tokens_of
from .row_stacks import lone_amount, nature_number, whole_title, worded_number
from .row_title_cuts import title_cuts
from .row_untitled import centred_around, centred_cells_kept, untitled_line_row
from .scan_marks import LOST_MARK, garbled_cell, without_lost_marks
from .table_header import is_header_word, numbered
# The rarer readers (glued_words, interleaved_words, row_alike, row_heads, row_pairs, row_top)
# are imported in the functions that call them: a common text's start-up does not load them.

TITLE, UNDER, NATURE = "security_title", "underlying_security_title", "nature_of_ownership"
#: the text columns of each table, left to right
TEXT_KEYS = {"table_i": (TITLE, NATURE), "table_ii": (TITLE, UNDER, NATURE)}
# a value no title prints alone: a date, a price, an amount with grouped thousands
_FIGURE = re.compile(r"(" + DATE_SHAPE + r"|\$ ?[0-9.,]*[0-9]|" + GROUPED + ")" + MARKS_AFTER)
# a word of prose: "per" after "$0.0001" makes the figure a title's words
_PROSE = re.compile(r"[A-Za-z]{2,}")
# a figure cut by a bracket of another line's letters: "3)" of "k( o 3) n"
_STRAY = re.compile(r"[0-9][^()]*\)")
# letters of two lines that the converter interleaved: a lone lower-case letter or bracket
_GARBLE = re.compile(r"[a-z]|[()]")
# two lines of a cell run together with no space ("byTrust(2)", "CommonStock"): the cell's
# words are not told from the run (a name may be written so: "SoftBank")
_RUN_TOGETHER = re.compile(r".*[a-z]{2}[A-Z].*")
# figures glued onto a word of three letters or more: bare footnote marks ("Footnotes23")
_GLUED_FIGURES = re.compile(r"(?<=[A-Za-z]{3})[0-9]{1,3}\b")
#: lone lower-case letters (or brackets) among a row's words that show them garbled
GARBLED = 2
#: lines of its own below a row with none above that no centred cell gives (a line
#: run into the row's line takes one line away from one side, no more)
NOT_CENTRED = 2

Lines = list[list[Atom]]


@dataclass(slots=True)
class RowLine:
    """A row read from its line, and its text lines once they are known."""

    values: Row
    #: the row's words on its line, by text column (empty where none stand there)
    parts: dict[str, list[Atom]]
    #: its text cells that may have words off its line
    open: set[str] = field(default_factory=set)
    #: its text lines above and below its line; None where they are not certain
    above: Lines | None = None
    below: Lines | None = None
    #: closed cells taken as such by the page's design (Table I's titles), not shown
    assumed: set[str] = field(default_factory=set)
    #: its line ran over several (``_joined``): its words are not its cells'
    joined: bool = False
    #: lines stand next to it that none of its cells can hold: its closed cells
    #: assumed so are not
    contradicted: bool = False
    #: a line of header words alone stands next to its lines: they are not placed
    beside_header: bool = False
    #: its text lines were placed as rows printed alike (``row_alike.py``), no cell's
    #: closing assumed
    alike: bool = False
    #: its text cells whose garbled words were read again as a text's two lines (``untangle``)
    untangled: set[str] = field(default_factory=set)
    #: it read with its bare note numbers as marks (``row_bare_marks.py``)
    bare_marks: bool = False
    #: its underlying title stands wholly off its line (``row_untitled.py``)
    untitled: bool = False


@dataclass(slots=True)
class Broken:
    """A line holding values that do not read as one row."""

    atoms: list[Atom]


@dataclass(slots=True)
class BrokenRow(Broken):
    """A Table II line read as a row only with bare numbers after column 10 taken as
    the nature's words (``nature_number``): the nature's letters stand apart or
    garbled, its lines not told from its other cells' lines. Its values
    are a row's; among the lines it stands as a broken one (no line placed next to
    it), and no text cell of it is read, unless its nature is two lines of a text the
    page prints (``untangle``: then it is a row's line)."""

    row: RowLine


@dataclass(slots=True)
class UntitledRow(BrokenRow):
    """A Table II line holding no word of its underlying title (``row_untitled.py``):
    ``line_rows`` reads it as a row's line, its underlying title's cell open, where the
    lines placed so stand on both sides of it on a page centring its cells; else it stays
    a broken line."""


#: a table's body: rows' lines, text lines (their atoms) and broken lines
Body = list[RowLine | list[Atom] | Broken]
#: where a line of header words alone stood in a body being read (``body_lines``)
_LONE_HEADER: list[Atom] = []
#: lines a row's values may run over where the converter broke them (a cell's letters
#: set one per line: "Co" / "S" / "m" / "to" / "m" / "ck" / "on 241,913 $0 0 I")
JOIN_REACH = 8
#: lines of a wrapped cell's words that may stand between the two halves of a row's
#: values (``_join_past_words``): a nature of one word a line
WORDS_REACH = 12


# ---------------------------------------------------------------- the table's lines
def body_lines(atoms: list[Atom], table: str, listed: frozenset[str] = frozenset(),
               proven: bool = False) -> Body:
    """The table's body on all its pages, column headers left out (a page break
    prints the title and headers again; lines of them are left out wherever they
    stand, so that the lines on both sides of a page break are one gap), each line
    read. Below the first row a line of header words alone, unnumbered, may be a
    cell's words ("Shares" of "American Depositary Shares"): the rows on both sides
    of it are marked (``RowLine.beside_header``) and their text lines not placed.
    ``listed``: the numbers of the notes the page lists, that a broken line's bare
    numbers may be the marks of (``row_bare_marks.py``); ``proven``: the page prints
    its marks bare, every line's such numbers are marks."""
    lines = [list(g) for _, g in groupby(
        (a for a in atoms if a.kind not in ("TABLE_I", "TABLE_II")), key=lambda a: a.row)]
    header = [_is_header_line(line) for line in lines]
    body: Body = []
    for i, (atoms_of_line, head) in enumerate(zip(lines, header)):
        if not head:
            body.append(_read_again(atoms_of_line, table, listed, proven))
        elif any(isinstance(b, RowLine) for b in body) and not numbered(atoms_of_line) and not any(
                header[j] for j in (i - 1, i + 1) if 0 <= j < len(lines)):
            body.append(_LONE_HEADER)
    out = _joined(body, table)
    for i, item in enumerate(out):
        if item is _LONE_HEADER:  # the rows on both sides of it
            rows = [next((b for b in reversed(out[:i]) if isinstance(b, RowLine)), None),
                    next((b for b in out[i + 1:] if isinstance(b, RowLine)), None)]
            for row in rows:
                if row is not None:
                    row.beside_header = True
    return [item for item in out if item is not _LONE_HEADER]


def _read_again(atoms: list[Atom], table: str, listed: frozenset[str],
                proven: bool) -> RowLine | list[Atom] | Broken:
    """``read_line``; a plain broken line read again with its bare note numbers as
    marks (``bare_marked``), else as a Table II row whose underlying title is wholly
    off its line (``_untitled``); on a page ``proven`` to print marks bare a row's line
    holding such a number too, kept as it reads where it then does not (the reader
    leaves such cells out, noted)."""
    read = read_line(atoms, table)
    if type(read) is Broken and (glued := code_marks_glued(atoms)) is not None:
        return _read_again(glued, table, listed, proven)  # "M (1) 10500": lone_code_marks.py
    if type(read) is Broken:
        again = bare_marked(atoms, table, listed, proven)
        return again if again is not None else _untitled(atoms, table) or read
    if proven and isinstance(read, RowLine) and any(
            cell.text.strip() in listed for cell in read.values.values()):
        again = bare_marked(atoms, table, listed, proven)
        return again if again is not None else read
    return read


def bare_marked(atoms: list[Atom], table: str, listed: frozenset[str],
                proven: bool = False) -> RowLine | BrokenRow | None:
    """The row ``atoms`` make with their bare note numbers written as marks
    (``row_bare_marks.marks_written``), as the line then reads or untitled
    (``_untitled``), where ``row_bare_marks.marks_kept``; else None."""
    written = marks_written(atoms, listed)
    if written is None:
        return None
    put, ids, lone = written
    read = read_line(put, table)
    found = read if isinstance(read, RowLine) else _untitled(put, table)
    row = found.row if isinstance(found, BrokenRow) else found
    if row is None or not marks_kept(row, ids, lone, proven):
        return None
    row.bare_marks = True
    return found


def _untitled(atoms: list[Atom], table: str) -> UntitledRow | None:
    """A Table II line read with its underlying title put (``row_untitled.py``), as a
    broken line holding that row (a row's line where ``line_rows`` finds it centred);
    None where it does not read so."""
    if table != "table_ii":
        return None
    row = untitled_line_row(atoms, lambda put: read if isinstance(
        read := read_line(put, table), RowLine) else None)
    return UntitledRow(atoms, row) if row is not None else None


def _is_header_line(atoms: list[Atom]) -> bool:
    """A line of a table's column headers: only their words (a title's parts wrapped at
    its slashes too), or three column numbers."""
    return all(is_header_word(a, wrapped=True) for a in atoms) or numbered(atoms)


def _joined(lines: Body, table: str) -> Body:
    """The lines with each broken line joined to the lines after it where together
    they read as one row: its values, its words left out (they ran together)."""
    out: Body = []
    i = 0
    while i < len(lines):
        found = (_join_from(lines, i, table) or _wrapped_into(lines, i, table)
                 if isinstance(lines[i], Broken) else None)
        if found is None:
            out.append(lines[i])
            i += 1
        else:
            out.append(found[0])
            i = found[1] + 1
    return out


def _join_from(lines: Body, i: int, table: str) -> tuple[RowLine, int] | None:
    """The row that the broken line ``i`` and the next lines make, and its last line;
    else the row it makes with the next broken line past a wrapped cell's lines
    (``_join_past_words``). Lines joined are read as they stand, else without the lost
    marks that open a broken one (``_unopened``)."""
    first = lines[i]
    if not isinstance(first, Broken):
        return None
    atoms, bare = list(first.atoms), list(first.atoms)
    for j in range(i + 1, min(i + 1 + JOIN_REACH, len(lines))):
        line = lines[j]
        if isinstance(line, RowLine):
            return None
        atoms += line.atoms if isinstance(line, Broken) else line
        bare += _unopened(line.atoms) if isinstance(line, Broken) else line
        row = _read_joined(atoms, bare, table)
        if row is not None:
            return row, j
    return _join_past_words(lines, i, table)


def _unopened(atoms: list[Atom]) -> list[Atom]:
    """A broken line's atoms without the lost marks that open it: OCR's scan shape marks
    a line holding a row's later values alone ("$0 846,819 I") with one, so that it
    reads as no holding (``shapes/scan_rows._fragment``); joined after the values
    before them it is no line of its own."""
    return list(dropwhile(lambda a: a.text == LOST_MARK, atoms))


def _read_joined(atoms: list[Atom], bare: list[Atom], table: str) -> RowLine | None:
    """The row that joined lines make: as they stand, else without the lost marks that
    open them (``bare``), where only that reads as a row (no cell of marks alone is
    lost then)."""
    for candidate in (atoms, bare) if bare != atoms else (atoms,):
        row = read_line(candidate, table)
        if isinstance(row, RowLine):
            row.joined = True
            return row
    return None


def _join_past_words(lines: Body, i: int, table: str) -> tuple[RowLine, int] | None:
    """The row that the broken line ``i`` makes with the next broken line where only
    lines of words stand between them: OCR reads a page in blocks and may print a
    wrapped cell's lines (a nature of one word a line, "By" / "Sequoia" / "Capital")
    between the two halves of its row's values ("06/10/2020 C 846,819 A" ...
    "$0 846,819 I"). The words between are left out, as every joined row's are."""
    first = lines[i]
    assert isinstance(first, Broken)
    for j in range(i + 1, min(i + 1 + WORDS_REACH, len(lines))):
        line = lines[j]
        if isinstance(line, RowLine):
            return None
        if isinstance(line, Broken):
            row = _read_joined(first.atoms + line.atoms, first.atoms + _unopened(line.atoms),
                               table)
            return (row, j) if row is not None else None
    return None


def _wrapped_into(lines: Body, i: int, table: str) -> tuple[RowLine, int] | None:
    """The row that a line holding one amount alone ("2,080(1)(2)") makes with the
    broken line after it, the amount put in the one place where that line then reads
    as a row: a value cell of two lines centred on its row stands half above its row's
    line ("2,080(1)(2)" / row / "(3)"). The row is joined: its text lines stay out."""
    first = lines[i]
    after = lines[i + 1] if i + 1 < len(lines) else None
    if not (isinstance(first, Broken) and isinstance(after, Broken) and lone_amount(first.atoms)):
        return None
    rows = [row for at in range(len(after.atoms) + 1) if isinstance(
        row := read_line(after.atoms[:at] + first.atoms + after.atoms[at:], table), RowLine)]
    if len(rows) != 1:
        return None
    rows[0].joined = True
    return rows[0], i + 1


class _LineSource(WordSource):
    """A line's words as the grammar reads them (``row_sequence.WordSource``), a figure
    cut by a stray bracket ("3)") read as a word."""

    @staticmethod
    def as_word(atoms: list[Atom], i: int) -> bool:
        return among_words(atoms, i) or _STRAY.fullmatch(atoms[i].text) is not None


class _LineSourceII(_LineSource):
    """``_LineSource`` of a Table II line, a number ending it after column 10 read as a
    word (``nature_number``)."""

    @staticmethod
    def as_word(atoms: list[Atom], i: int) -> bool:
        return _LineSource.as_word(atoms, i) or nature_number(atoms, i)


class _WordedSource(_LineSource):
    """``_LineSource`` of a line whose nature holds a bare number after a word of it
    (``worded_number``), read as the nature's word."""

    @staticmethod
    def as_word(atoms: list[Atom], i: int) -> bool:
        return _LineSource.as_word(atoms, i) or worded_number(atoms, i)


def read_line(atoms: list[Atom], table: str) -> RowLine | list[Atom] | Broken:
    """A row's line (its values and words), a text line (its atoms), or a broken
    line: values that do not read as one row. A line whose values were cut at its
    cells' edges ("11/20 /2020", ``row_clipped.rejoinings``) reads with them joined, its
    words and footnote marks left out: they may be cut too ("Commo n Stock"), a mark
    carried off its value onto the next ("A (1)" holding the price's mark). A mark glued
    on its figure or code in one word of the line ("S(1)", "27,587(2)") is kept where
    the next column never prints a mark alone (``row_clipped.strip_marked_values``)."""
    read = _read_line(atoms, table)
    if isinstance(read, RowLine):
        return read
    for whole in rejoinings(atoms):
        row = _read_line(whole, table)
        if isinstance(row, RowLine):
            row.joined = True
            row.values = strip_marked_values(row.values, atoms, table)
            return row
    return read


def _read_line(atoms: list[Atom], table: str) -> RowLine | list[Atom] | Broken:
    """``read_line`` of the line's words as they stand; a line that reads only with bare
    numbers among the nature's words, a word of it before them (``worded_number``), none
    garbled, is that row ("I US Venture 2010"); else a Table II line that reads only with
    bare numbers after column 10 as the nature's words (``nature_number``) is such a row,
    among the lines as a broken one (``BrokenRow``)."""
    read = _read_with(atoms, table, _LineSource(atoms))
    if isinstance(read, RowLine):
        return read
    numbers = [i for i in range(len(atoms)) if nature_number(atoms, i)]
    if any(worded_number(atoms, i) for i in numbers):  # each is a nature_number
        row = _read_with(atoms, table, _WordedSource(atoms))
        if isinstance(row, RowLine) and not garbled(row.parts[NATURE]):
            return row
    if table != "table_ii" or not numbers:
        return read
    row = _read_with(atoms, table, _LineSourceII(atoms))
    return BrokenRow(atoms, row) if isinstance(row, RowLine) else read


def _read_with(atoms: list[Atom], table: str,
               source: WordSource) -> RowLine | list[Atom] | Broken:
    """``_read_line`` with the line's words as ``source`` gives them to the grammar."""
    if not may_hold_row([a.text for a in atoms]):
        return atoms  # words only (no figure either: each holds a digit)
    tree = row_tree(source.text, table)
    if tree is None:
        return Broken(atoms) if _has_figure(atoms) else atoms
    at = [i for i, child in enumerate(tree.children) if isinstance(child, Tree)]
    if not at:
        return Broken(atoms) if _has_figure(atoms) else atoms
    if len(at) > 1:
        return Broken(atoms)
    values = tree.children[at[0]]
    # the children around the one tree of values are the line's words (tokens)
    parts = {TITLE: [source.atom(t) for t in tree.children[:at[0]] if isinstance(t, Token)],
             NATURE: [source.atom(t) for t in tree.children[at[0] + 1:] if isinstance(t, Token)]}
    if table == "table_ii":
        under = next((c for c in values.children if isinstance(c, Tree) and c.data == UNDER), None)
        parts[UNDER] = [source.atom(t) for t in tokens_of(under)] if under is not None else []
    row = row_values(values, source)
    row.pop(UNDER, None)
    return RowLine(row, parts)


def _has_figure(atoms: list[Atom]) -> bool:
    """True where a line holds a value that no prose follows: the values of a row
    that did not fit on one line."""
    return any(_FIGURE.fullmatch(a.text) and not (
        i + 1 < len(atoms) and _PROSE.match(atoms[i + 1].text)) for i, a in enumerate(atoms))


def _gaps(body: Body) -> list[tuple[int, int, Lines]]:
    """Each run of text lines with the indexes of the lines before and after it
    (-1 and len(body) at the table's ends)."""
    out = []
    run: Lines = []
    before = -1
    for i, line in enumerate([*body, Broken([])]):
        if isinstance(line, list):
            run.append(line)
            continue
        out.append((before, i, run))
        run, before = [], i
    return out


def _row_gaps(body: Body) -> list[tuple[RowLine, RowLine, Lines]]:
    """Each run of text lines between two rows' lines, with those rows."""
    out = []
    for before, after, run in _gaps(body):
        upper, lower = _beside(body, before), _beside(body, after)
        if run and isinstance(upper, RowLine) and isinstance(lower, RowLine):
            out.append((upper, lower, run))
    return out


def _beside(body: Body, i: int) -> RowLine | Broken | None:
    """The row's or broken line at index ``i`` of a run's edge (None past the table's ends)."""
    line = body[i] if 0 <= i < len(body) else None
    return None if isinstance(line, list) else line


# ---------------------------------------------------------------- which cells can wrap
def words_text(atoms: list[Atom]) -> str:
    """The words' text, one space between each two."""
    return " ".join(a.text for a in atoms)


def garbled(atoms: list[Atom]) -> bool:
    """True for words whose letters the converter interleaved with another line's."""
    return sum(1 for a in atoms if _GARBLE.fullmatch(a.text)) >= GARBLED


def is_direct(row: RowLine) -> bool:
    """Whether the row's ownership form reads direct ("D", "(D)")."""
    cell = row.values.get("direct_or_indirect")
    return cell is not None and cell.text.strip("( ").startswith("D")


def is_indirect(row: RowLine) -> bool:
    """Whether the row's ownership form reads indirect ("I", "(I)")."""
    cell = row.values.get("direct_or_indirect")
    return cell is not None and cell.text.strip("( ").startswith("I")


def whole_rows(body: Body, keys: tuple[str, ...]) -> list[RowLine]:
    """The rows read whole: no text line next to them."""
    out = []
    for i, row in enumerate(body):
        alone = all(not isinstance(body[j], list) for j in (i - 1, i + 1) if 0 <= j < len(body))
        if isinstance(row, RowLine) and alone and not row.joined and not garbled(
                [a for k in keys for a in row.parts[k]]):
            out.append(row)
    return out


def whole_values(body: Body, keys: tuple[str, ...]) -> set[str]:
    """The text cells' values of the rows read whole."""
    return {words_text(row.parts[k]) for row in whole_rows(body, keys)
            for k in keys if row.parts[k]}


def close_cells(row: RowLine, keys: tuple[str, ...], whole: set[str], align: str | None,
                assume: bool = True, marks_below: bool = False) -> None:
    """Which of the row's text cells may have words off its line (``row.open``), and
    which are closed only by the page's design (``row.assumed``). ``marks_below``:
    the line after the row's holds footnote marks standing alone ("Stock (3)")."""
    row.open, row.assumed = set(), set()
    folded = {text.casefold() for text in whole}
    for key in keys:
        part = row.parts[key]
        if key == NATURE and is_direct(row):
            continue  # column 7 is the nature of an indirect holding
        if key == NATURE and _see_note(part):
            continue  # "See" opens a nature and the note's mark ends it: the whole cell
        if part and words_text(part).casefold() in folded:
            continue  # a whole value of another row, whatever its case ("By trust")
        if align == "top" and not part:
            continue  # a top-aligned cell starts on its row's line
        if align == "top" and ends_with_mark(part) and not marks_below:
            continue  # ... and a footnote mark ends it there
        if assume and align == "centre" and key == TITLE and part and keys == TEXT_KEYS["table_i"] \
                and not _open_title(part):
            row.assumed.add(key)  # Table I's title column, the form's widest, holds a title
            continue
        row.open.add(key)


def _see_note(part: list[Atom]) -> bool:
    """True where a nature's words on its row's line are "See" and a note's name with
    its marks ("See footnote(3)", "See Footnotes(2)(4)"): a nature that refers to a note
    says so in these two words (``row_see_note.py``), "See" opening it and the mark
    ending it, so the cell holds no word off its line."""
    return len(part) == 2 and part[0].text == "See" and bool(NOTE_NAME_RE.fullmatch(part[1].text))


def _open_title(part: list[Atom]) -> bool:
    """True where a title's words on its row's line cannot end it ("Class A Common":
    ``row_bands.ENDS_IN_COMMON``): its cell goes on off the line, never assumed closed."""
    return bool(ENDS_IN_COMMON.fullmatch(words_text(part)))


# ---------------------------------------------------------------- which row a text line is of
def ends_with_mark(part: list[Atom]) -> bool:
    """True where a cell's words end with a footnote mark ("LP(2)", not "((5)")."""
    return bool(part) and bool(MARK_AT_END_RE.search(part[-1].text)) and "((" not in part[-1].text


def _ends_cell(row: RowLine, run: Lines) -> bool:
    """True where the row's one open cell ends on its line: its words there end with
    a footnote mark and the line after is no run of marks."""
    (key,) = row.open
    part = row.parts[key]
    return bool(part) and bool(MARK_AT_END_RE.search(part[-1].text)) and not (
        run and only_marks(run[0]))


def _marked_last(lower: RowLine, run: Lines) -> bool:
    """True where all of ``run`` is the upper row's because a word of its last line ends
    with a footnote mark ("Stock(3) Stock", not only its last word), only a title's
    closing words follow the last such word ("Stock(3) Stock By": "By" may open the
    lower row's nature), and every open cell of the lower row has words on its line: a
    mark ends a cell's text, so no cell of the lower row can go on after it, and the
    lower row's lines above are the run's last; not where the lower row's title may
    open above a mark alone (``_title_opens_above_mark``)."""
    if not run or _title_opens_above_mark(lower, run, len(run) - 1):
        return False
    marked = [i for i, a in enumerate(run[-1]) if MARK_AT_END_RE.search(a.text)]
    return bool(marked) and all(
        TITLE_CLOSING.fullmatch(a.text) for a in run[-1][marked[-1] + 1:]) and all(
        lower.parts[key] and not only_marks(lower.parts[key][:1]) for key in lower.open)


def _title_opens_above_mark(lower: RowLine, run: Lines, marked: int) -> bool:
    """True where line ``marked`` of ``run`` holds marks alone up to its last marked word
    ("(4)") and a line before it may open the lower row's open title ("Series F"): a
    raised mark printed just above the row's line may be any cell's, so the lines
    before it may be the lower row's. A mark ending a word ends that word's cell, no
    open cell of the lower row (each has words on its line), so the title opens only
    after the last line with such a word ("Endurance Partners, L.P.(2)" / "(3)")."""
    line = run[marked]
    last = max((i for i, a in enumerate(line) if MARK_AT_END_RE.search(a.text)), default=-1)
    if not (TITLE in lower.open and last >= 0 and only_marks(line[:last + 1])):
        return False
    ended = [i for i, before in enumerate(run[:marked])
             if any(MARK_AT_END_RE.search(a.text) and not only_marks([a]) for a in before)]
    after = ended[-1] + 1 if ended else 0
    return any(before and TITLE_OPENING.match(before[0].text) for before in run[after:marked])


def _closes_cells(line: list[Atom]) -> bool:
    """True where every word of ``line`` ends with a footnote mark or is a title's
    closing word ("Stock(3) Stock"): each may end a cell of the row above, none opens
    one, so no word of it is a lower row's cell's first ("Series Stock(3)": "Series"
    may open the title of the row below)."""
    return all(MARK_AT_END_RE.search(a.text) or TITLE_CLOSING.fullmatch(a.text) for a in line)


def _mark_cut(upper: RowLine, lower: RowLine, run: Lines) -> int | None:
    """Where a footnote mark ends the upper row's one open cell: after the last line
    of ``run`` ending with one (marks end a cell's text), or at once where the cell's
    words on its line end with one; and where ``run`` ends with a mark that no cell
    of the lower row can stand before, all of it."""
    if _marked_last(lower, run):
        return len(run)
    if len(upper.open) != 1:
        return None
    if _ends_cell(upper, run):
        return 0
    marked = [i for i, line in enumerate(run) if MARK_AT_END_RE.search(line[-1].text)]
    if not marked or _title_opens_above_mark(lower, run, marked[-1]):
        return None
    # a mark wrapped off the lower row's cell ("Footnotes(2)" / "(3)") is no end
    if any(part and only_marks(part[:1]) for part in lower.parts.values()):
        return None
    return marked[-1] + 1


def _cut(upper: RowLine | None, lower: RowLine | None, run: Lines, align: str | None) -> int | None:
    """How many lines of ``run`` (between ``upper`` and ``lower``, either may be a
    table's end) are the upper row's; None where that is not certain. Lines of
    footnote marks only, first in the run, are the upper row's: marks end a cell's
    text (or a value's, wrapped under it), they never open one."""
    if not run or upper is None:
        return 0
    if lower is None:
        return len(run)
    marks = next((i for i, line in enumerate(run) if not only_marks(line)), len(run))
    if marks:
        rest = _cut(upper, lower, run[marks:], align) if marks < len(run) else 0
        return None if rest is None else marks + rest
    if not upper.open and not lower.open:  # lines that neither row can hold
        upper.contradicted = lower.contradicted = True
        return None
    if not upper.open:
        return 0
    if not lower.open:
        return len(run)
    wrapped = _open_title_lines(upper, run)
    if align == "top" or wrapped == len(run):
        return len(run)
    cut = _mark_cut(upper, lower, run)
    return None if cut is not None and cut < wrapped else cut


def _open_title_lines(upper: RowLine, run: Lines) -> int:
    """How many lines of ``run`` (below ``upper``'s line) its title certainly holds,
    where the title is the row's one open cell: while its words so far end with
    "Common" (``row_bands.ENDS_IN_COMMON``: no title ends so, where one may end with its
    class, "Ordinary Shares, Class A"), it wraps onto the next line, and a visual line
    is one row's, so all that line's words are its ("Common" / "Stock"). Where the
    row's open cells are its title and its underlying title, the next line is still its
    own where either so ends on its line ("Common" / "Stock Stock" under "Class B Class
    A"), but which of that line's words are whose is not told: one line, no more. An open
    nature is left as it was: how many lines it takes below is not told by it, and a
    lower bound there let the nature's cuts take a line too few (measured: pdfplumber's
    top-aligned "Sequoia Capital U.S." / "Growth VI Principals" / "Fund, L.P.")."""
    if upper.open == {TITLE, UNDER}:
        return int(any(_open_title(upper.parts[key]) for key in upper.open))
    if upper.open != {TITLE}:
        return 0
    words = list(upper.parts[TITLE])
    count = 0
    for line in run:
        if not _open_title(words):
            break
        words += line
        count += 1
    return count


def place_lines(body: Body, align: str | None) -> None:
    """Give each row its text lines where they are certainly its own."""
    for before, after, run in _gaps(body):
        upper, lower = _beside(body, before), _beside(body, after)
        if isinstance(upper, Broken) or isinstance(lower, Broken):
            # next to a broken line, text lines are not told from that line's own
            cut = 0 if not run else None
            upper = upper if isinstance(upper, RowLine) else None
            lower = lower if isinstance(lower, RowLine) else None
        else:
            cut = _cut(upper, lower, run, align)
        if cut is None:
            continue
        if upper is not None:
            upper.below = run[:cut]
        if lower is not None:
            lower.above = run[cut:]
    _count_cuts(body)
    _alike(body)


def _alike(body: Body) -> None:
    """Cut the runs between rows printed alike as the table's end rows show
    (``row_alike.py``); a table with a broken line is left as it was."""
    from .row_alike import alike_cuts, ending_cuts, opening_cuts
    if any(isinstance(line, Broken) for line in body):
        return
    gaps = _gaps(body)[1:-1]
    rows = [row for row in body if isinstance(row, RowLine)]
    runs = [run for _, _, run in gaps]
    cuts = alike_cuts(rows, runs)
    if cuts is None:
        for upper, lower, run, cut in zip(rows, rows[1:], runs, opening_cuts(rows, runs)):
            if cut is not None:
                upper.below, lower.above = run[:cut], run[cut:]
        for upper, lower, run, cut in zip(rows, rows[1:], runs, ending_cuts(rows, runs)):
            if cut is not None:
                upper.below, lower.above = run[:cut], run[cut:]
        return
    for upper, lower, run, cut in zip(rows, rows[1:], runs, cuts):
        upper.below, lower.above = run[:cut], run[cut:]
    for row in rows:
        row.alike = True


def _count_cuts(body: Body) -> None:
    """A row whose lines above are known and whose one open cell has no words on its
    line (a cell of an even count of lines, centred: none runs into the row's line)
    has as many lines below; the cut this gives is kept where the next row's lines
    then stand as many above as below (its lines below known otherwise)."""
    for before, after, run in _gaps(body):
        upper = body[before] if before >= 0 else None
        lower = body[after] if after < len(body) else None
        if not (isinstance(upper, RowLine) and isinstance(lower, RowLine)) or not run:
            continue
        if upper.below is not None or upper.above is None or len(upper.open) != 1:
            continue
        if any(upper.parts[key] for key in upper.open):
            continue
        cut = len(upper.above)
        rest = run[cut:]
        if cut <= len(run) and lower.below is not None and len(rest) == len(lower.below):
            upper.below, lower.above = run[:cut], rest


def _alignment(tables: list[Body]) -> str | None:
    """How the page aligns its cells, "top" or "centre", where its tables tell it."""
    from .row_top import top_by_title
    not_top = not_centre = False
    for body in tables:
        for before, after, run in _gaps(body):
            upper = body[before] if before >= 0 else None
            lower = body[after] if after < len(body) else None
            if not isinstance(lower, RowLine) or not run:
                continue
            if upper is None or (isinstance(upper, RowLine) and not upper.open):
                not_top = True  # text lines certainly above a row's line
        for i, row in enumerate(body):
            if not isinstance(row, RowLine) or row.joined:
                continue
            if not row.parts[TITLE] or (not row.parts[NATURE] and is_indirect(row)):
                not_top = True  # a title, or an indirect holding's nature, off its line
            above = body[i - 1] if i > 0 else None
            if isinstance(above, Broken) or isinstance(above, list) and not (
                    _marked_last(row, [above]) and _closes_cells(above)):
                continue  # what stands above may be this row's
            end = i + 1
            while end < len(body) and isinstance(body[end], list):
                end += 1
            lower = body[end] if end < len(body) else None
            run = [line for line in body[i + 1:end] if isinstance(line, list)]
            own = lower is None or (isinstance(lower, RowLine) and (
                not lower.open or _marked_last(lower, run)))
            if own and end - i - 1 >= NOT_CENTRED or _opens_apart(row, lower, run):
                not_centre = True
        if top_by_title(body):  # a title printed alike from every row's line down
            not_centre = True
    if not_top and not not_centre:
        return "centre"
    if not_centre and not not_top:
        return "top"
    return None


def _opens_apart(upper: RowLine, lower: RowLine | list[Atom] | Broken | None,
                 run: Lines) -> bool:
    """True where two rows show the same words (but footnote marks) on their lines in
    each of their open cells, the upper with no line above, and two or more text lines
    (not marks alone) stand between them. Centred, the upper row's cells (none of their
    lines above) have at most one line below: some open cell of the lower row would
    open above its line while the upper row's, showing the same words, opens on it
    (``row_alike.py``: rows showing the same words print them alike). The open cells'
    words may also be printed alike but for one short word (a series' letter: "Series A"
    / "Series B" over "Preferred Stock", ``row_top.alike_words``)."""
    from .row_pairs import only_marks, unmarked
    from .row_top import alike_words
    if not isinstance(lower, RowLine) or upper.joined or lower.joined:
        return False
    if not upper.open or upper.open != lower.open:
        return False
    pairs = [(_unglued(unmarked(words_text(upper.parts[key]))),
              _unglued(unmarked(words_text(lower.parts[key])))) for key in upper.open]
    same = all(upper.parts[key] for key in upper.open) and all(a == b for a, b in pairs)
    if not same and not all(alike_words(a, b) for a, b in pairs):
        return False
    return sum(1 for line in run if not only_marks(line)) >= NOT_CENTRED


def _unglued(text: str) -> str:
    """``text`` without the figures glued onto the end of a word of letters ("See
    Footnotes23": bare marks glued on, a word of letters ending in figures is no word):
    two rows' cells differing only so print their words alike."""
    return _GLUED_FIGURES.sub("", text)


# ---------------------------------------------------------------- which cell a word is of
def text_cells(row: RowLine, keys: tuple[str, ...], titles: frozenset[str] = frozenset(),
               align: str | None = None, natures: frozenset[str] = frozenset(),
               certain: Container[str] | None = None, notes: tuple[str, ...] = (),
               shown: tuple[str, ...] = ()) -> dict[str, list[Atom]]:
    """The row's text cells whose words are certain, as their words in order.
    ``titles``: the page's titles read with certainty (``known_titles``). Words the
    converter ran together that those titles print spaced are spaced again
    (``glued_words.py``); where it ran words together on the row's line, a cell
    whose words there are not all words of those titles is left out: another of
    its words there may be a run no title shows ("Seefootnote(4)"), unless each is a
    word of the page's notes (``notes``, their case aside: "Preferred" over "preferred
    stock"): a run of two words is no word a note prints. ``natures``: the natures the
    page prints with certainty (``row_pairs.shared_cells``); ``certain``: the titles
    Table II's other rows read, where one read with an underlying title's word unread
    must be one of them (``row_pairs.readings``); ``shown``: the texts of the value cells
    on the lines of the row's table ("2,742(2)"): how the page prints a value's footnote
    mark (``_shown_values``)."""
    from .glued_words import folded_words, printed_words, spaced, spacings
    from .row_pairs import unmarked
    glued = _ran_together(row)  # words the page's notes spaced again before rows were cut
    row = _by_spaced(row)
    runs = spacings(titles)
    parts = {key: spaced(atoms, runs) for key, atoms in row.parts.items()}
    if not glued and all(len(parts[key]) == len(atoms) for key, atoms in row.parts.items()):
        return _text_cells(row, keys, titles, align, natures, certain, shown)
    wrapped = [[spaced(line, runs) for line in lines] if lines is not None else None
               for lines in (row.above, row.below)]
    cells = _text_cells(replace(row, parts=parts, above=wrapped[0], below=wrapped[1]),
                        keys, titles, align, natures, certain, shown)
    known = printed_words(titles) | {""}  # a mark alone ("(2)") unmarked is ""
    noted = folded_words(notes)
    return {key: atoms for key, atoms in cells.items()
            if all((word := unmarked(a.text)) in known or word.rstrip(",").casefold() in noted
                   for a in parts[key])}


def _ran_together(row: RowLine) -> bool:
    """Whether two words on the row's line stand with no space between them: words the
    converter ran together, spaced again by the page's notes (``_noted_spaced``). Their
    offsets count into their piece: two words are compared only within one piece."""
    for atoms in row.parts.values():
        for a, b in zip(atoms, atoms[1:]):
            if a.piece is b.piece and (a.row, a.cell) == (b.row, b.cell) \
                    and b.offset == a.offset + len(a.text) \
                    and a.text[:1].isalpha() and b.text[:1].isalpha():
                return True
    return False


def _by_spaced(row: RowLine) -> RowLine:
    """The row with "by" run into the word after it ("byTrust(2)") spaced again
    (``glued_words.by_spaced``) on its line and its text lines."""
    from .glued_words import by_spaced
    lines = [[by_spaced(line) for line in lines] if lines is not None else None
             for lines in (row.above, row.below)]
    return replace(row, parts={key: by_spaced(atoms) for key, atoms in row.parts.items()},
                   above=lines[0], below=lines[1])


def _text_cells(row: RowLine, keys: tuple[str, ...], titles: frozenset[str],
                align: str | None, natures: frozenset[str],
                certain: Container[str] | None, shown: tuple[str, ...]) -> dict[str, list[Atom]]:
    """``text_cells`` of a row whose words stand as the converter printed them."""
    from .row_pairs import ends_early, only_marks, shared_cells
    if row.joined:
        cells = _titles_cut(row, keys, titles)
        if TITLE not in cells:
            from .row_natured import natured_cells
            cells.update(_clean(natured_cells(row, set(cells), natures)))
        return cells
    parts = [a for k in keys for a in row.parts[k]]
    known = row.above is not None and row.below is not None and not row.beside_header
    band = [a for line in (row.above or []) + (row.below or []) for a in line]
    if garbled(parts + band):
        return {}
    # lines of marks only may be a value's, wrapped under it: no cell needs to hold them
    words = [a for line in (row.above or []) + (row.below or []) if not only_marks(line)
             for a in line]
    opened = _open_after_marks(row, band) if known else row.open
    if row.alike and words and not opened and len(row.assumed) == 1:
        opened = set(row.assumed)  # lines of the row's that no other cell can hold
    closed = {k for k in keys if k not in opened or known and not band}
    if row.contradicted or known and words and not opened:  # lines no cell can hold
        closed -= row.assumed
    cells = {k: row.parts[k] for k in closed if row.parts[k]}
    if known and len(opened) == 1:
        (key,) = opened
        cell = [a for line in row.above or [] for a in line] + row.parts[key] + [
            a for line in row.below or [] for a in line]
        if row.assumed and ends_early([a for a in cell if a.text != LOST_MARK]):
            return {}  # words after a mark: a cell assumed closed may hold some of the lines
        cells[key] = cell
    elif known and len(opened) > 1:
        assert row.above is not None and row.below is not None
        shared = tuple(k for k in keys if k in opened)
        cells.update(shared_cells(row.above, row.below, row.parts, shared, titles,
                                  align == "top", natures, certain, shown))
        if not any(k in cells for k in shared):
            from .row_see_note import see_note_cells
            cells.update(see_note_cells(row.above, row.below, row.parts, shared))
    return _clean(cells)


def _shown_values(body: Body) -> tuple[str, ...]:
    """The texts of the value cells on the lines of a table's rows, their text cells
    left out: what the table shows of how the page prints a value's footnote mark
    ("2,742(2)")."""
    return tuple(cell.text for row in body if isinstance(row, RowLine)
                 for key, cell in row.values.items() if key not in row.parts)


def _clean(cells: dict[str, list[Atom]]) -> dict[str, list[Atom]]:
    """The cells but those holding words run together or garbled."""
    return {k: atoms for k, atoms in cells.items()
            if not any(_RUN_TOGETHER.fullmatch(a.text) or dropped_space(a.text) for a in atoms)
            and not garbled_cell([a.text for a in atoms])}  # OCR's garbled words: scan_marks.py


def _titles_cut(row: RowLine, keys: tuple[str, ...],
                titles: frozenset[str]) -> dict[str, list[Atom]]:
    """A row whose values were cut at its cells' edges (``read_line``): its closed title
    cells (the title, the underlying title) whose words are the letters of one title
    the page prints with certainty, cut elsewhere ("Class A Common St ock"), as that
    title. Its other words may be cut anywhere: they stay out."""
    from .glued_words import title_of_letters
    out = {}
    for key in (TITLE, UNDER):
        if key in keys and key in row.open and _whole_untangled(row, key, titles):
            out[key] = row.parts[key]
            continue
        atoms = row.parts.get(key, []) if key in keys and key not in row.open else []
        title = title_of_letters([a.text for a in atoms], titles)
        if title is not None:
            out[key] = [atoms[0].with_text(title)]
    return out


def _whole_untangled(row: RowLine, key: str, titles: frozenset[str]) -> bool:
    """True where a joined row's open title cell is one whose letters the converter
    interleaved over the row's lines ("Co" / "S" / "m" / "to" / "m" / "ck" / "on 1,987
    $0 0 D"), read again (``untangle``) as a whole title of ``titles`` that is no run of
    a longer one (``row_stacks.whole_title``)."""
    from .row_pairs import unmarked
    return key in row.untangled and whole_title(
        unmarked(" ".join(a.text for a in row.parts[key])), titles)


def _open_after_marks(row: RowLine, band: list[Atom]) -> set[str]:
    """The row's open cells but those a footnote mark ends on its line, where that leaves
    one to hold its lines and none stand above it: a mark ends a cell's text (more marks
    may follow it: "L.P.(2)" / "(3)", so none may stand alone among the lines). With
    more cells left open a converter's cut ("See F(13)" / "ootnote") could not be told."""
    if row.above or any(MARKS_RE.fullmatch(a.text) for a in band):
        return row.open
    left = {k for k in row.open if not ends_with_mark(row.parts[k])}
    return left if len(left) == 1 else row.open


def known_titles(tables: dict[str, Body]) -> frozenset[str]:
    """The titles read with certainty on the page: Table I's titles and Table II's
    underlying titles read whole (no text line next to their row)."""
    from .row_pairs import unmarked
    if "table_i" not in tables or "table_ii" not in tables:
        return frozenset()
    found = {row[TITLE].text for row in line_rows(tables, "table_i", titles=frozenset())
             if row.get(TITLE)}
    whole = whole_rows(tables["table_ii"], TEXT_KEYS["table_ii"])
    found |= {cell.text for row in whole if (cell := cell_of(row.parts[UNDER]))}
    return frozenset(unmarked(text) for text in found)


def line_rows(tables: dict[str, Body], table: str, assume: bool = True,
              titles: frozenset[str] | None = None,
              printed: frozenset[str] | None = None, notes: tuple[str, ...] = (),
              words: tuple[str, ...] = ()) -> list[Row]:
    """The rows of ``table``, its lines placed as the page aligns its cells.
    ``titles``: the page's titles read with certainty (``known_titles`` where None);
    ``printed``: those and its other texts read so (``known_texts``), that garbled
    cells are read as (``titles`` where None), else as words of ``notes``, else as two
    lines of the page's ``words`` (``interleaved_words.page_words``). Table II's untitled
    lines (``UntitledRow``) are read as rows' lines; one left with no lines on one side
    of it (``row_untitled.centred_around``) gives them up: the rows are read again, it a
    broken line (its values read, no line placed next to it), until none is so."""
    broken: frozenset[int] = frozenset()
    while True:
        rows, refused = _read_rows(tables, table, assume, titles, printed, notes, words, broken)
        if not refused:
            return rows
        broken |= refused
        tables = {name: _as_read(body) for name, body in tables.items()}


def _read_rows(tables: dict[str, Body], table: str, assume: bool,
               titles: frozenset[str] | None, printed: frozenset[str] | None,
               notes: tuple[str, ...], words: tuple[str, ...],
               broken: frozenset[int]) -> tuple[list[Row], frozenset[int]]:
    """``line_rows``, Table II's untitled lines at the indices ``broken`` left broken
    lines; and the indices of the untitled rows that ``centred_around`` refuses."""
    from .row_heads import headed_rows
    from .straddled_titles import straddled_titles
    if "table_ii" in tables:
        tables = {**tables, "table_ii": _untitled_rows(tables["table_ii"], broken)}
    if titles is None:
        titles = known_titles(tables)
    for body in tables.values():
        untangle(body, titles if printed is None else printed, notes, words)
    # both tables' natures are column 7's kind of value: one read whole in either closes
    # both; natures read with certainty (``known_texts``) are whole values too
    natures = {value for body in tables.values() for value in whole_values(body, (NATURE,))}
    if printed is not None:
        natures |= printed - titles
    wholes = {name: whole_values(body, TEXT_KEYS[name]) | natures for name, body in tables.items()}
    for name, body in tables.items():
        for row in body:
            if isinstance(row, RowLine):
                close_cells(row, TEXT_KEYS[name], wholes[name], None)
    align = _alignment(list(tables.values()))
    body, keys = tables[table], TEXT_KEYS[table]
    for i, row in enumerate(body):
        if isinstance(row, RowLine):
            after = body[i + 1] if i + 1 < len(body) else None
            close_cells(row, keys, wholes[table], align, assume, isinstance(after, list) and any(
                MARKS_RE.fullmatch(a.text) for a in after))
    printed_natures = frozenset(printed - titles) if printed is not None else frozenset()
    shown = _shown_values(body)
    place_lines(body, align)
    if printed_natures and align != "top":
        from .row_nature_cuts import nature_cuts
        nature_cuts(body, printed_natures)
    title_cuts(_row_gaps(body), keys, titles, align == "top", printed_natures)
    out = []
    headed = headed_rows(body, titles) if table == "table_ii" else {}
    straddled = straddled_titles(body, titles, notes) if table == "table_ii" else {}
    blocked = block_titles(body) if table == "table_i" else {}  # Table II: an underlying title
    read: list[tuple[RowLine, Row]] = []
    refused = []
    for i, row in enumerate(body):
        if isinstance(row, BrokenRow):
            out.append(without_lost_marks(dict(row.row.values)))
        if not isinstance(row, RowLine):
            continue
        values = dict(row.values)
        if row.untitled and not centred_around(row, align):
            refused.append(i)  # its lines are no certain cells' (``row_untitled.py``)
            continue
        cells = headed.get(i) or text_cells(row, keys, titles, align, printed_natures,
                                                notes=notes, shown=shown)
        if i in straddled and TITLE not in cells:
            cells = {**cells, TITLE: straddled[i]}
        if table == "table_ii" and align == "centre" and not (TITLE in cells and UNDER in cells):
            cells = _stacked(body, i, row, titles, notes) | cells
        if row.untitled:
            cells = centred_cells_kept(row, cells, titles)
        for key, atoms in cells.items():
            cell = cell_of(atoms)
            if cell is not None:
                values[key] = cell
        if i in blocked and TITLE not in values and (cell := cell_of(blocked[i])) is not None:
            values[TITLE] = cell
        read.append((row, values))
        out.append(values)
    if refused:
        return [], frozenset(refused)
    if table == "table_ii":
        _titled_by_table(read, keys, titles, align, printed_natures, notes, shown)
    # OCR's lost marks: scan_marks.py
    return [without_lost_marks(values) for values in out], frozenset()


def block_titles(body: Body) -> dict[int, list[Atom]]:
    """The titles of joined rows that OCR printed in blocks, by the row's index: a page
    read block by block prints a row's title cell first, its values after it (and its
    nature's words, one a line, between their halves: ``_join_past_words``). From the
    table's first line on, while the body runs one text line, then a joined row whose
    line holds no title words, that line is the row's title: the lines above a table's
    first row are its own (the page prints the title first), so each line after that
    row is the next one's, where it is a whole title ("Class A Common Stock": it ends
    with "Stock" or "Shares" and opens with no nature's "By" or "See"). The run stops at
    anything else (two lines, a broken line, a row read from its own line): which row
    its lines are of is not known."""
    out: dict[int, list[Atom]] = {}
    for i in range(0, len(body) - 1, 2):
        line, row = body[i], body[i + 1]
        if not (isinstance(line, list) and isinstance(row, RowLine) and row.joined
                and not row.parts.get(TITLE) and _whole_title_line(line)):
            break
        out[i + 1] = line
    return out


def _whole_title_line(atoms: list[Atom]) -> bool:
    """True for a line of a title's words alone, closed by "Stock" or "Shares" (any
    marks after it), that opens with no nature's "By" or "See" and holds no number."""
    words = [a.text for a in atoms if a.text != LOST_MARK]
    return len(words) >= 2 and not NATURE_OPENING_RE.fullmatch(words[0]) \
        and TITLE_CLOSING.fullmatch(words[-1]) is not None \
        and not any(w[:1].isdigit() for w in words)


def _stacked(body: Body, i: int, row: RowLine, titles: frozenset[str],
             notes: tuple[str, ...]) -> dict[str, list[Atom]]:
    """Table II's row ``i``'s two titles stacked on the lines right around its line
    (``stacked_titles.py``), where these are text lines; bounded where the line above
    those is the header's (none in the body) or a row's, and the line below them a
    row's, none, or one opening the next row's two stacked titles."""
    from .stacked_titles import opens_two_classes, stacked_titles
    if row.joined:
        return {}
    before, after = body[i - 1] if i > 0 else None, body[i + 1] if i + 1 < len(body) else None
    top, end = body[i - 2] if i > 1 else None, body[i + 2] if i + 2 < len(body) else None
    bounded = (i == 1 or isinstance(top, RowLine)) and (
        end is None or isinstance(end, RowLine) or isinstance(end, list) and opens_two_classes(end))
    return stacked_titles(row.parts, before if isinstance(before, list) else None,
                          after if isinstance(after, list) else None, titles, notes, bounded)


def _titled_by_table(read: list[tuple[RowLine, Row]], keys: tuple[str, ...],
                     titles: frozenset[str], align: str | None,
                     natures: frozenset[str], notes: tuple[str, ...],
                     shown: tuple[str, ...]) -> None:
    """Table II's rows left without a title read again where an underlying title that
    OCR garbled one word of tells their shared lines' cuts (``row_pairs.unread_word_of``),
    taken only where the title they then read is the one the table's other rows read
    with certainty (a table of one security's rows: a word OCR misread in it, "(ight
    to buy)", on one row or another reads no title); where no row reads one, a title
    the page's notes print (``row_pairs.NotedTitles``: "Restricted" / "Stock" / "Units"
    beside "C" / "ommen" / "Stock", whose "C" may as well be the title's, "Restricted
    C Stock Units", a title the page prints nowhere)."""
    from .row_pairs import NotedTitles, unmarked
    read_titles = frozenset(unmarked(values[TITLE].text) for _, values in read if TITLE in values)
    if len(read_titles) > 1:
        return
    certain: Container[str] = read_titles or NotedTitles(notes)
    for row, values in read:
        if TITLE in values or row.above is None or row.below is None:
            continue
        cells = text_cells(row, keys, titles, align, natures, certain, notes, shown)
        if row.untitled:
            cells = centred_cells_kept(row, cells, titles)
        for key, atoms in cells.items():
            cell = cell_of(atoms)
            if cell is not None and key not in values:
                values[key] = cell


def untangle(body: Body, titles: frozenset[str], notes: tuple[str, ...] = (),
             words: tuple[str, ...] = ()) -> None:
    """Each row's garbled text cells read again as the two lines of a title of ``titles``
    (else of a run of the words ``notes``, else two lines of the page's ``words``)
    whose letters the converter interleaved
    (``interleaved_words.py``), where that is certain; its other cells too where they
    are a run of such a text's two lines (``_untangled_plain``); a broken row whose
    nature is read so is a row (``_told_apart``)."""
    from .interleaved_words import untangled
    told = _told_apart(body, titles, notes, words)
    for i, row in enumerate(body):
        if isinstance(row, RowLine):
            read = {key: (told[i] if key == NATURE and i in told
                          else untangled(part, titles, notes, words)) if garbled(part)
                    else _untangled_plain(part, titles) for key, part in row.parts.items()}
            if not any(read.values()):
                continue
            row.parts = {key: read[key] or part for key, part in row.parts.items()}
            row.untangled = {key for key, words in read.items() if words is not None}


def _told_apart(body: Body, titles: frozenset[str], notes: tuple[str, ...],
                words: tuple[str, ...]) -> dict[int, list[Atom]]:
    """Each broken row of ``body`` (``BrokenRow``) whose garbled nature is two lines of a
    text of ``titles`` (else of ``notes``, else of ``words``) with its figures among them
    ("V 20 e 1 n 0 ture" of "Venture" / "2010", ``interleaved_words.untangled``) made a
    row's line: the figures are told apart from the row's values as the nature's, so
    its lines are told from its cells' too. The nature's words so read, by the index
    of the row made."""
    from .interleaved_words import untangled
    told: dict[int, list[Atom]] = {}
    for i, item in enumerate(body):
        if isinstance(item, BrokenRow):
            read = untangled(item.row.parts[NATURE], titles, notes, words)
            if read:
                body[i] = RowLine(item.row.values, dict(item.row.parts))
                told[i] = read
    return told


def _untangled_plain(part: list[Atom], titles: frozenset[str]) -> list[Atom] | None:
    """A cell's words that do not look garbled (one lone letter among them: "U Pr S in G c
    F ipals", "USGF" over "Principals") read again as the two lines of a run of a text
    of ``titles`` (``interleaved_words.untangled``), where that gives other words than
    the cell shows in another order of letters; None otherwise (words only spaced
    elsewhere, "Commo n Stock", may be a row cut at other edges: they stay as they
    are), and for fewer than ``PLAIN_UNTANGLED`` words."""
    from .interleaved_words import untangled
    if len(part) < PLAIN_UNTANGLED:
        return None
    words = untangled(part, titles)
    if words is None or "".join(a.text for a in words) == "".join(a.text for a in part):
        return None
    return words


#: the fewest words of a cell not garbled that ``_untangled_plain`` reads again: two
#: lines' letters interleaved give many fragments
PLAIN_UNTANGLED = 3


def lines_table(page: Page, table: str) -> list[Row]:
    """The rows of ``table`` on a page of visual lines (both tables are read: they
    tell together how the page aligns its cells). The tables' lines are read once per
    page (kept in ``page.memo``) and each table's rows placed on a fresh copy of them."""
    from .interleaved_words import note_words, page_words  # the rarer readers: imported where read
    from .notes import listed_numbers
    bodies = page.memo.get(_BODIES)
    if not isinstance(bodies, dict):
        parts = regions.cut(page_atoms(page))
        noted = page.memo[_NOTES] = note_words([a.text for a in parts.explanation])
        atoms = {"table_i": _noted_spaced(parts.table_i, noted),
                 "table_ii": _noted_spaced(parts.table_ii, noted)}
        # the notes are parsed again only for tables holding a word a note's number may be
        listed = frozenset(listed_numbers(parts.explanation)) \
            if _short_numbers(atoms.values()) else frozenset()
        bodies = {name: body_lines(words, name, listed) for name, words in atoms.items()}
        if any((row.row if isinstance(row, BrokenRow) else row).bare_marks
               for body in bodies.values() for row in body
               if isinstance(row, (RowLine, BrokenRow))):  # the page prints its marks bare
            bodies = {name: body_lines(words, name, listed, proven=True)
                      for name, words in atoms.items()}
            page.memo[PROVEN] = True  # the reader's bare marks path: noted, stuck-on marks read
        page.memo[_BODIES] = bodies
        # the page's words are only split into where a cell is garbled (most pages: none)
        page.memo[_WORDS] = page_words([line.text for line in page.lines]) \
            if _any_garbled(bodies.values()) else ()
    tables = {name: _as_read(body) for name, body in bodies.items()}
    titles, printed = page.memo.get(_TITLES), page.memo.get(_PRINTED)
    if not isinstance(titles, frozenset) or not isinstance(printed, frozenset):
        titles = page.memo[_TITLES] = known_titles(tables)  # the same for both tables: read once
        printed = page.memo[_PRINTED] = known_texts(bodies, titles)
    notes, words = page.memo.get(_NOTES), page.memo.get(_WORDS)
    return line_rows(tables, table, titles=titles, printed=printed,
                     notes=notes if isinstance(notes, tuple) else (),
                     words=words if isinstance(words, tuple) else ())


def unread_values(page: Page, table: str) -> bool:
    """Whether a line of ``table`` holding values read as no row, on a page whose tables
    ``lines_table`` read (a row may be missing there)."""
    bodies = page.memo.get(_BODIES)
    return not isinstance(bodies, dict) or any(
        type(item) is Broken for item in bodies.get(table, []))


def _short_numbers(tables: Iterable[list[Atom]]) -> bool:
    """Whether a word of ``tables`` is one or two figures: the only words a listed note's
    number is (``bare_marked`` reads no other line again)."""
    return any(len(a.text) <= 2 and a.text.isdecimal() for atoms in tables for a in atoms)


def _noted_spaced(atoms: list[Atom], notes: tuple[str, ...]) -> list[Atom]:
    """A table's atoms with the words the converter ran together that the page's notes
    print spaced spaced again (``glued_words.note_spacings``), before its rows are cut."""
    from .glued_words import glued_runs, note_spacings, spaced
    if not notes or not glued_runs(atoms):  # most tables: no word a run, the notes' runs not made
        return atoms
    return spaced(atoms, note_spacings(notes))


def _any_garbled(bodies: Iterable[Body]) -> bool:
    """Whether a row of ``bodies`` holds a garbled cell (``garbled``): the only cells
    ``untangle`` splits into the page's words."""
    return any(garbled(part) for body in bodies for row in body if isinstance(row, RowLine)
               for part in row.parts.values())


def known_texts(bodies: dict[str, Body], titles: frozenset[str]) -> frozenset[str]:
    """``titles`` and the natures of Table I's rows read with certainty, without their
    footnote marks: the texts that a row's garbled cells may be read as."""
    if "table_i" not in bodies or not titles:
        return titles
    tables = {name: _as_read(body) for name, body in bodies.items()}
    rows = line_rows(tables, "table_i", titles=titles)
    return titles | {_bare(row[NATURE].text) for row in rows if row.get(NATURE)}


def _bare(text: str) -> str:
    """A text without all the footnote marks that end it ("See Footnotes(2) (3)")."""
    from .row_pairs import unmarked
    while (shorter := unmarked(text)) != text:
        text = shorter
    return text


#: the keys in ``Page.memo`` of the page's tables' lines as ``body_lines`` read them,
#: and of its titles read with certainty (``known_titles``)
_BODIES = ("row_lines", "bodies")
_TITLES = ("row_lines", "titles")
_PRINTED = ("row_lines", "printed")
_NOTES = ("row_lines", "notes")
_WORDS = ("row_lines", "words")


def _as_read(body: Body) -> Body:
    """The body with each row as ``body_lines`` read it: ``line_rows`` changes a row's
    text lines and open cells as it places them (its values and words it only reads)."""
    return [RowLine(item.values, item.parts, joined=item.joined,
                    beside_header=item.beside_header) if isinstance(item, RowLine) else item
            for item in body]


def _untitled_rows(body: Body, broken: frozenset[int]) -> Body:
    """The body with each untitled line (``UntitledRow``) a row's line, its underlying
    title's cell empty and open, but those at the indices ``broken``."""
    return [RowLine(item.row.values, dict(item.row.parts), untitled=True)
            if isinstance(item, UntitledRow) and i not in broken else item
            for i, item in enumerate(body)]
