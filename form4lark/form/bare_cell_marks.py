"""A table's cells that are only a footnote mark printed as a bare superscript.

A page that prints a mark as a superscript ("<sup>1</sup>") loses it to a converter
that drops the superscript's raise (inscriptis): a cell holding only the mark (a
derivative's exercise date "(1)", a conversion price "(1)") becomes a bare number,
"1", where the form prints a date or a price. The table's rows then do not read: the
date columns take no number. Such a table is read again with each of its body's
words that is only the number of a note the Explanation of Responses lists read as
that note's mark ("(1)"), and kept only where the whole table then reads: a bare
number where the form prints an amount stays unread, so a table of amounts that are
note numbers is left unread as before, not misread. Only a body whose every line
holds a value is read so (a row to a line, as a converter that keeps no cells prints
it): where a row's words wrap onto lines of their own, the words in reading order
are no longer the row's cells in the form's order, and marks read there would let a
title's wrapped words be read into the row before. A table of cells is read so with such
lines too (markitdown's PDF text: "| Class A | 11/23/2012 || C1 |...", then "Common",
"Stock"): its cells bound each value, so no title's word is read into a row.

Such a page glues a mark onto a value the same way: a cell of a code's letter "C1", an
amount "10,0001" past its last group of thousands, "02". Figures glued so name listed
notes and are read off as marks where the value is certain (a code is one letter of the
form's list; a group of thousands is three figures; no amount opens with "0"); an amount
"631" is not read so (63 and note 1, or 631: ``bare_marks`` tells).
"""

from __future__ import annotations

import re
import string
from dataclasses import replace
from collections.abc import Iterable
from typing import Any

from ..bare_marks import glued_marks, is_designated, marks_run_together
from ..build import COLUMN_KINDS
from ..checks import CODE_LETTER
from ..page import Page, Piece
from ..sections import Cell
from ..patterns import DIRECTION_LETTERS, GLUED_AMOUNT_CELL_RE, OWNERSHIP_END_RE
from .atoms import Atom
from .table_header import cited_instruction_words
from . import notes, tables


def bare_marks_put(body: list[Atom], explanation: list[Atom], shape: str | None = None,
                   lead: list[Atom] | None = None) -> list[Atom] | None:
    """``body`` (a table's words) with each word of its rows that is only a listed note's
    number ("1", notes 1 and 2 listed) written as that note's mark ("(1)"), and each cell
    of a value with such numbers glued on (``_glued_put``: "10,0001", "C1") written as the
    value and its marks; None where no word is. Where the words stand in reading order
    (the page's ``shape`` a "stream": a row's cells printed one after the other, its
    wrapped title on lines of its own) a body whose rows do not stand a line each is read so too
    (``run_in_cells_emptied`` then checks the rows read); its column headers are told from
    its rows as a stream's are (given ``lead``, the words before Table I's title: the
    headers' words wrapped one to a line, "(Instr. 3, 4 and 5)", hold no mark; nor do a
    citation's figures where a stream prints the headers among the rows,
    ``cited_instruction_words``). A table of "cells" is read so whatever its lines of
    words alone."""
    in_order = shape == "stream"
    words = [atom for part in tables.page_bodies(body, lead) for atom in part] \
        if in_order else tables.body(body)
    # the cheapest check first: the Explanation is parsed only for a body that prints a
    # word of one or two figures, its rows a line each
    bare = {id(atom) for atom in words  # the column headers' words kept
            if atom.kind == "TEXT" and _one_or_two_figures(atom.text)}
    if in_order:
        bare -= _mid_title(words)
    bare -= _designating(words) | cited_instruction_words(words)
    glued = {id(atom): match for atom in words if atom.kind == "TEXT"
             and (match := _glued_cell(atom.text)) and _alone(atom)}
    if not (bare or glued) or not (in_order or shape == "cells" or _row_per_line(words)):
        return None
    listed = notes.listed_numbers(explanation)
    put = [atom.with_text(marks_text("", _bare_marks(atom.text, listed))) if id(atom) in bare
           and _bare_marks(atom.text, listed)
           else _glued_put(atom, glued[id(atom)], listed, id(atom) in bare) if id(atom) in glued
           else atom for atom in body]
    return put if any(a is not b for a, b in zip(put, body)) else None


def _bare_marks(text: str, listed: set[str]) -> list[str]:
    """The marks a word of one or two figures stands for: a listed note's number, or,
    naming no note, two listed notes' numbers run together in their order ("23": a cell
    holding the marks "<sup>2</sup><sup>3</sup>" whose raise was lost,
    ``bare_marks.marks_run_together``); [] where it names none."""
    return [text] if text in listed else marks_run_together(text, listed)


def run_together_cells_emptied(rows: list[dict[str, Any]], body: list[Atom],
                               put: list[Atom]) -> list[Cell]:
    """The cells of ``rows`` (read from ``put``, ``bare_marks_put`` of ``body``) holding a
    word of two figures written as two marks run together ("15" -> "(1)(5)") where two
    figures may be the value, each emptied; the cells as they were read. Two figures are
    no value only in a date's cell, or in a price's where the table's prices print "$"
    (``row_grid.prices_print_dollars``); an amount of 15 is as likely as marks 1 and 5,
    so such a cell is left unknown, its marks too."""
    from .row_grid import prices_print_dollars
    written = {(a.line, b.text) for a, b in zip(body, put)
               if a is not b and len(a.text) == 2 and b.text == marks_text("", a.text)}
    if not written:
        return []
    dollars = prices_print_dollars(rows)
    return _emptied((row, key) for row in rows for key, cell in list(row.items())
                    if isinstance(cell, Cell) and (cell.line, cell.text.strip()) in written
                    and not _marks_certain(key, dollars))


def _marks_certain(key: str, dollars: bool) -> bool:
    """True where two figures in a cell of column ``key`` can only be marks: a date's, or
    a price's in a table whose prices print "$" (``dollars``)."""
    kind = COLUMN_KINDS.get(key)
    return kind == "date_cell" or kind == "price_cell" and dollars


#: one letter of the form's list of transaction codes, its "A"/"D" and "D"/"I" columns'
#: letters among them, with one or two figures glued on ("C1", "J6", "D2"): a cell of a
#: letter whose marks were printed as bare superscripts
GLUED_LETTER = re.compile(rf"(?P<value>{CODE_LETTER})(?P<digits>[0-9]{{1,2}})")
#: the letter of the column after an amount, "(A) or (D)" or "D"/"I", merged into its cell
_NEXT_LETTER = re.compile(f"[{''.join(DIRECTION_LETTERS)}I]")


def _glued_cell(text: str) -> re.Match[str] | None:
    """The match of ``text`` as a cell of a value with figures glued on, the figures marks
    printed as bare superscripts (``GLUED_AMOUNT_CELL_RE``, ``GLUED_LETTER``). The same values as
    ``shapes/stream.py``'s ``_CODE_MARK``, ``_AMOUNT_MARK`` and ``_ZERO_MARK``, with other
    limits to the figures glued on, kept so deliberately: a cell's edges bound its value,
    so up to three figures past an amount's last group (three marks run together) and two
    past a letter are read, each checked against the listed notes (``glued_marks``); a
    stream's words have no cell to bound them and take one mark past a code (a date, a code
    and an amount in a row) and one or two past an amount, whatever notes are listed."""
    return GLUED_AMOUNT_CELL_RE.fullmatch(text) or GLUED_LETTER.fullmatch(text)


def _alone(atom: Atom) -> bool:
    """True for a word that is its cell's whole text (a word of a title or a nature,
    "Series A1", shares its cell with others), or opens a cell whose one other word is
    the next column's letter, "A"/"D" or "D"/"I" (markitdown's cells of a PDF merge an
    amount and its direction: "| 11,0841 D |")."""
    if atom.offset != 0:
        return False
    rest = atom.piece.text.strip()[len(atom.text):]
    return not rest or rest[:1].isspace() and _NEXT_LETTER.fullmatch(rest.strip()) is not None


def _glued_put(atom: Atom, match: re.Match[str], listed: set[str], bare: bool) -> Atom:
    """``atom``, a cell of a value with figures glued on (``_glued_cell``), written as
    that value with those figures as marks ("10,0001" -> "10,000(1)", "C1" -> "C(1)"),
    where they name listed notes (the value alone where they name them two ways: "53,48716"
    with notes 1, 6 and 16 listed is 53,487, its marks unknown); unchanged where they name
    none, or where figures alone (``bare``: "02") name them two ways."""
    marks = glued_marks(match["digits"], listed)
    if marks == [] or marks is None and bare:
        return atom
    return atom.with_text(marks_text(match["value"], marks or ()))


def marks_text(value: str, marks: Iterable[str]) -> str:
    """``value`` written with ``marks`` (notes' numbers) bracketed after it ("C", ["1"]
    -> "C(1)")."""
    return value + "".join(f"({m})" for m in marks)


def _mid_title(words: list[Atom]) -> set[int]:
    """The ids of ``words`` (in reading order) of one or two figures standing between two
    words of letters, on a line holding no other figure ("Series 1" over "Preferred",
    "Series" over "1 Preferred"): a number inside a title wrapped onto lines of its own,
    no mark (a superscript follows its cell's last word); ``mid_title_cells_emptied``
    leaves such a title unknown, "Series 1 Preferred Stock" being a title as likely as
    "Series Preferred Stock" with a mark."""
    figured = {atom.line for atom in words if any(ch.isdigit() for ch in atom.text)
               and not _one_or_two_figures(atom.text)}
    between = [(atom, after) for before, atom, after in zip(words, words[1:], words[2:])
               if _one_or_two_figures(atom.text) and atom.line not in figured
               and before.text.isalpha() and after.text.isalpha()]
    opening = _title_lines_opening(words) if between else set()
    return {id(atom) for atom, after in between if after.row not in opening}


def _one_or_two_figures(text: str) -> bool:
    """True where ``text`` is a number of one or two figures alone: a note's mark printed
    bare, or a title's own number."""
    return len(text) <= 2 and text.isdecimal()


def _title_lines_opening(words: list[Atom]) -> set[int]:
    """The rows of ``words`` (in reading order) that open a line of words printed
    whole again elsewhere right after a line holding a figure that is no lone number,
    or the ownership's letter alone (a row's values ending: "Class A Common Stock"
    after "D" opens the next row): each
    opens a title, so a lone number above it ends the cell before ("Trust" / "8" /
    "Class A Common Stock": a nature's mark), no title's own number."""
    lines: dict[int, list[Atom]] = {}
    for atom in words:
        lines.setdefault(atom.row, []).append(atom)
    rows = list(lines)
    text = {row: " ".join(a.text for a in lines[row]) for row in rows}
    lone = {row for row in rows if len(lines[row]) == 1 and _one_or_two_figures(lines[row][0].text)}
    after_values = {text[row] for before, row in zip(rows, rows[1:]) if before not in lone
                    and (any(ch.isdigit() for ch in text[before])
                         or OWNERSHIP_END_RE.fullmatch(text[before]))}
    return {row for row in rows if text[row] in after_values and lines[row][0].text.isalpha()}


def _designating(words: list[Atom]) -> set[int]:
    """The ids of ``words`` of one or two figures right after a word on their line that a
    number designates ("Series 2", "Class 1": ``bare_marks.is_designated``): the title's
    own number, never a mark ("Preferred" over "Stock, Series 2" under a row's line)."""
    return {id(atom) for before, atom in zip(words, words[1:])
            if atom.line == before.line and _one_or_two_figures(atom.text)
            and is_designated(before.text)}


def mid_title_cells_emptied(rows: list[dict[str, Any]], explanation: list[Atom]) -> list[Cell]:
    """The titles and natures of ``rows`` holding a word that is only a listed note's
    number (one not read as a mark: ``_mid_title``), each emptied; the cells as they were
    printed."""
    listed = notes.listed_numbers(explanation)
    return _emptied((row, key) for row in rows for key, cell in list(row.items())
                    if key.endswith(("title", "nature_of_ownership")) and cell
                    and any(word in listed for word in cell.text.split()))


def lone_numbers_emptied(rows: list[dict[str, Any]], explanation: list[Atom]) -> list[Cell]:
    """The cells of ``rows`` that are only a listed note's number ("1" where a price
    stands), each emptied; the cells as they were printed. A text printing another
    table's marks bare may print this one's so: such a cell is a mark as likely as a
    value."""
    listed = notes.listed_numbers(explanation)
    return _emptied((row, key) for row in rows for key, cell in list(row.items())
                    if isinstance(cell, Cell) and cell.text.strip() in listed)


def _emptied(places: Iterable[tuple[dict[str, Any], str]]) -> list[Cell]:
    """Each cell at ``places`` (a row and a cell's name, taken one at a time: a place may
    name a row an earlier place emptied) that holds text, emptied; the cells as they
    were printed."""
    emptied: list[Cell] = []
    for row, key in places:
        cell = row.get(key)
        if cell:
            emptied.append(cell)
            row[key] = Cell("", cell.line, cell.column)
    return emptied


#: a word of letters with a bare mark glued on ("LP2", "Stock1"): the mark a superscript
#: printed after its cell's last word
_MARKED_WORD = re.compile(r"[A-Za-z][A-Za-z.,]+[0-9]{1,2}")
_LETTERS = string.ascii_letters + ".,"


def words_marked(body: list[Atom], explanation: list[Atom]) -> bool:
    """True where a word of ``body`` is letters with a listed note's number glued on
    ("Stock1", ``_MARKED_WORD``): the text glues its marks onto the words they follow."""
    listed = notes.listed_numbers(explanation)
    return any(atom.kind == "TEXT" and _glued_mark_of(atom.text, listed) not in ([], None)
               for atom in body)


def run_in_cells_emptied(rows: list[dict[str, Any]], explanation: list[Atom]) -> list[Cell]:
    """The titles and natures of ``rows`` holding a word with a listed note's number glued
    on ("LP2") before other words, each emptied with the nature of the row before it; the
    cells as they were printed. A page printing its marks as bare superscripts prints them
    after its cell's last word, so such a cell is two cells' words run together (a stream
    printing a row's cells out of their order: "Series B Preferred Stock Partners XI, LP2
    Series C Preferred Stock"), and the cut between the row before's nature and this
    title is lost with it."""
    listed = notes.listed_numbers(explanation)
    return _emptied((rows[at], key) for i, row in enumerate(rows)
                    for at, key in _run_in_places(i, row, listed))


def _run_in_places(i: int, row: dict[str, Any], listed: set[str]) -> list[tuple[int, str]]:
    """The places (a row's index and a cell's name) ``run_in_cells_emptied`` empties for
    row ``i``: its titles and natures run in, and the nature of the row before it."""
    run_in = [key for key, cell in row.items()
              if key.endswith(("title", "nature_of_ownership")) and _run_in(cell.text, listed)]
    return [(i, key) for key in run_in] + (
        [(i - 1, "nature_of_ownership")] if run_in and i > 0 else [])


def _run_in(text: str, listed: set[str]) -> bool:
    """True where a word of ``text`` before its last is letters with a listed note's number
    glued on (``_MARKED_WORD``)."""
    return any(_glued_mark_of(word, listed) != [] for word in text.split()[:-1])


def _glued_mark_of(word: str, listed: set[str]) -> list[str] | None:
    """The marks glued onto ``word`` where it is letters with figures glued on
    (``_MARKED_WORD``), as ``glued_marks`` reads them (None where they name listed notes
    two ways); [] where it is not so or they name none."""
    if not _MARKED_WORD.fullmatch(word):
        return []
    return glued_marks(word.lstrip(_LETTERS), listed)


def _row_per_line(words: list[Atom]) -> bool:
    """True where each line of a table's body ``words`` holds a figure: no line of words
    only (a title or a nature wrapped off its row's line)."""
    figured: dict[int, bool] = {}
    for atom in words:
        figured[atom.line] = figured.get(atom.line, False) or any(ch.isdigit() for ch in atom.text)
    return bool(figured) and all(figured.values())


def values_unglued(body: list[Atom], put: list[Atom]) -> bool:
    """True where ``put`` (``bare_marks_put`` of ``body``) read marks off a value they were
    glued onto ("C1" -> "C(1)"), not only cells of a lone mark ("1" -> "(1)")."""
    return any(a is not b and not b.text.startswith("(") for a, b in zip(body, put))


def page_put(page: Page, body: list[Atom], put: list[Atom]) -> tuple[Page, list[Atom]]:
    """``page`` and ``put`` (``bare_marks_put`` of ``body``) with each cell whose one word
    was written as marks holding the written text: a page of cells reads a row cell by
    cell from its pieces, not from its words, and would read the cell as printed ("1" a
    price of 1 where the word was read as the mark "(1)")."""
    written = {(a.row, a.cell): b.text for a, b in zip(body, put) if a is not b and _alone(a)}
    if not written:
        return page, put
    lines = list(page.lines)
    pieces: dict[tuple[int, int], Piece] = {}
    for (row, cell), text in written.items():
        cells = list(lines[row].pieces)
        cells[cell] = pieces[row, cell] = replace(cells[cell], text=text)
        lines[row] = replace(lines[row], pieces=cells)
    atoms = [Atom(a.kind, a.text, a.row, a.cell, a.offset, pieces.get((a.row, a.cell), a.piece))
             for a in put]
    return page.with_lines(lines), atoms
