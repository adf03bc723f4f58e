"""A table's visual lines read each as a row's line, a text line or a broken line
(``row_lines.py``): column headers left out wherever a page break prints them again, a
broken line joined to the lines after it where together they read as one row, a line cut
at other edges than its cells' read with its values joined, bare note numbers read as
marks (``row_bare_marks.py``), a Table II line with no word of its underlying title read
with one put (``row_untitled.py``).
"""

from __future__ import annotations

import re
from itertools import dropwhile, groupby

from lark import Token, Tree

from ..patterns import DATE_SHAPE, GROUPED, MARKS_AFTER
from .atoms import Atom
from .lone_code_marks import code_marks_glued
from .row_bare_marks import marks_kept, marks_written
from .row_clipped import rejoinings, strip_marked_values
from .row_line_types import (NATURE, TITLE, UNDER, Body, Broken, BrokenRow, RowLine, UntitledRow,
                             garbled)
from .row_parse import may_hold_row, row_tree
from .row_sequence import WordSource, among_words, row_values, tokens_of
from .row_stacks import lone_amount, nature_number, worded_number
from .row_untitled import untitled_line_row
from .scan_marks import LOST_MARK
from .table_header import is_header_word, numbered


# a value no title prints alone: a date, a price, an amount with grouped thousands
_FIGURE = re.compile(r"(" + DATE_SHAPE + r"|\$ ?[0-9.,]*[0-9]|" + GROUPED + ")" + MARKS_AFTER)
# a word of prose: "per" after "$0.0001" makes the figure a title's words
_PROSE = re.compile(r"[A-Za-z]{2,}")
# a figure cut by a bracket of another line's letters: "3)" of "k( o 3) n"
_STRAY = re.compile(r"[0-9][^()]*\)")
#: where a line of header words alone stood in a body being read (``body_lines``)
_LONE_HEADER: list[Atom] = []
#: lines a row's values may run over where the converter broke them (a cell's letters
#: set one per line: "Co" / "S" / "m" / "to" / "m" / "ck" / "on 241,913 $0 0 I")
JOIN_REACH = 8
#: lines of a wrapped cell's words that may stand between the two halves of a row's
#: values (``_join_past_words``): a nature of one word a line
WORDS_REACH = 12


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
    broken line holding that row (a row's line where ``row_lines.line_rows`` finds it centred);
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
