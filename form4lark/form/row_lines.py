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
2. *Which row a text line is of* (``row_line_cuts.py``). The lines above a table's first
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
   then stands as many lines above as below (``row_line_cuts.py``). Rows printed alike
   (each run between two is the last row's lines below, then the first row's
   above) are cut as those end rows show; a run ending with the very lines the
   first row opens with, before a row showing the first row's title words on its
   line, is cut before them, and one starting with the lines the last row ends
   with, after a row showing the last row's, after them (``row_alike.py``).
   Between two rows whose open cells share their lines, the one cut that lets
   both rows read with a title the page prints is theirs (``row_title_cuts.py``).
   Elsewhere the cut is not certain.
3. *Which cell a row's words are of* (``row_text_cells.py``). A row's text lines go to
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

How the page aligns its cells (``row_alignment.py``) is told by what the other
alignment cannot show: a text line certainly above a row's line, a row's line
with no title on it, or an indirect holding's line with no nature on it (an
indirect holding names its nature) cannot be top alignment; a row with no line
above and two or more of its own below cannot be centring, nor can two rows showing
the same words in their open cells (but for figures glued onto a word: bare marks,
"Footnotes23"), the upper with no line above and two or more
lines between them (``row_alignment._opens_apart``: or the same but for a series' letter,
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

This module reads a page's tables so (``lines_table``) and tells which cells of a row
can wrap (``close_cells``); its parts are their own modules: what a body holds
(``row_line_types.py``), its lines read (``row_line_read.py``), which row a text line
is of (``row_line_cuts.py``), how the page aligns its cells (``row_alignment.py``),
which cell a row's words are of (``row_text_cells.py``) and garbled cells read again
(``row_untangle.py``).
"""

from __future__ import annotations

from collections.abc import Container, Iterable

from ..page import Page
from ..patterns import MARKS_RE, NATURE_OPENING_RE
from ..sections import Row
from . import regions
from .atoms import Atom
from .header import cell_of
from .row_alignment import alignment
from .row_bare_marks import PROVEN
from .row_line_cuts import ends_with_mark, open_title, place_lines, row_gaps
from .row_line_read import body_lines
from .row_line_types import (NATURE, TEXT_KEYS, TITLE, UNDER, Body, Broken, BrokenRow, RowLine,
                             UntitledRow, garbled, is_direct, words_text)
from .noted_titles import noted_titles
from .row_see_note import see_note
from .row_sequence import TITLE_CLOSING
from .row_text_cells import text_cells
from .row_title_cuts import title_cuts
from .row_untangle import untangle
from .row_untitled import centred_around, centred_cells_kept
from .scan_marks import LOST_MARK, without_lost_marks
# The rarer readers (glued_words, interleaved_words, row_alike, row_heads, row_pairs, row_top)
# are imported in the functions that call them: a common text's start-up does not load them.


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
        if key == NATURE and see_note(part):
            continue  # "See" opens a nature and the note's mark ends it: the whole cell
        if part and words_text(part).casefold() in folded:
            continue  # a whole value of another row, whatever its case ("By trust")
        if align == "top" and not part:
            continue  # a top-aligned cell starts on its row's line
        if align == "top" and ends_with_mark(part) and not marks_below:
            continue  # ... and a footnote mark ends it there
        if assume and align == "centre" and key == TITLE and part and keys == TEXT_KEYS["table_i"] \
                and not open_title(part):
            row.assumed.add(key)  # Table I's title column, the form's widest, holds a title
            continue
        row.open.add(key)


def _shown_values(body: Body) -> tuple[str, ...]:
    """The texts of the value cells on the lines of a table's rows, their text cells
    left out: what the table shows of how the page prints a value's footnote mark
    ("2,742(2)")."""
    return tuple(cell.text for row in body if isinstance(row, RowLine)
                 for key, cell in row.values.items() if key not in row.parts)


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
    align = alignment(list(tables.values()))
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
    title_cuts(row_gaps(body), keys, titles, align == "top", printed_natures)
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
    """The titles of joined rows that OCR printed in blocks, by the row's index: a page read
    block by block prints a row's title cell first, its values after it (and its
    nature's words, one a line, between their halves:
    ``row_line_read._join_past_words``). From the table's first line on, while the body
    runs one text line, then a joined row whose line holds no title words, that line is
    the row's title: the lines above a table's first row are its own (the page prints
    the title first), so each line after that row is the next one's, where it is a whole
    title ("Class A Common Stock": it ends with "Stock" or "Shares" and opens with no
    nature's "By" or "See"). The run stops at anything else (two lines, a broken line, a
    row read from its own line): which row its lines are of is not known."""
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


def lines_table(page: Page, table: str) -> list[Row]:
    """The rows of ``table`` on a page of visual lines (both tables are read: they
    tell together how the page aligns its cells). The tables' lines are read once per
    page (kept in ``page.memo``) and each table's rows placed on a fresh copy of them."""
    from .interleaved_words import note_words, page_words  # the rarer readers: imported where read
    from .notes import listed_numbers
    bodies = page.memo.get(_BODIES)
    if not isinstance(bodies, dict):
        parts = regions.page_parts(page)
        noted = page.memo[_NOTES] = note_words([a.text for a in parts.explanation])
        page.memo[_EXPLANATION] = tuple(a.text for a in parts.explanation)
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
    notes = notes if isinstance(notes, tuple) else ()
    words = words if isinstance(words, tuple) else ()
    rows = line_rows(tables, table, titles=titles, printed=printed, notes=notes, words=words)
    if table == "table_ii" and not titles and any(_untitled(row) for row in rows):
        # no title printed in the tables: Table II's rows left untitled are read again, their
        # shared lines cut by the class names the notes print (``noted_titles.py``)
        explanation = page.memo.get(_EXPLANATION)
        named = noted_titles(list(explanation) if isinstance(explanation, tuple) else [])
        if named:
            again = line_rows(tables, table, titles=named, printed=printed, notes=notes,
                              words=words)
            if len(again) == len(rows):
                rows = [new if _untitled(row) else row for row, new in zip(rows, again)]
    return rows


def _untitled(row: Row) -> bool:
    """Whether a Table II row read neither of its titles."""
    return not row.get("security_title") and not row.get("underlying_security_title")


def unread_values(page: Page, table: str) -> bool:
    """Whether a line of ``table`` holding values read as no row, on a page whose tables
    ``lines_table`` read (a row may be missing there)."""
    bodies = page.memo.get(_BODIES)
    return not isinstance(bodies, dict) or any(
        type(item) is Broken for item in bodies.get(table, []))


def _short_numbers(tables: Iterable[list[Atom]]) -> bool:
    """Whether a word of ``tables`` is one or two figures: the only words a listed note's
    number is (``row_line_read.bare_marked`` reads no other line again)."""
    return any(len(a.text) <= 2 and a.text.isdecimal() for atoms in tables for a in atoms)


def _noted_spaced(atoms: list[Atom], notes: tuple[str, ...]) -> list[Atom]:
    """A table's atoms with the words the converter ran together that the page's notes
    print spaced spaced again (``glued_words.note_spacings``), before its rows are cut."""
    from .glued_words import glued_runs, note_spacings, see_spaced, spaced
    atoms = see_spaced(atoms)  # "Seefootnote(4)": the nature's two words, the page's notes aside
    if not notes or not glued_runs(atoms):  # most tables: no word a run, the notes' runs not made
        return atoms
    return spaced(atoms, note_spacings(notes))


def _any_garbled(bodies: Iterable[Body]) -> bool:
    """Whether a row of ``bodies`` holds a garbled cell (``garbled``): the only cells
    ``row_untangle.py`` splits into the page's words."""
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
_EXPLANATION = ("row_lines", "explanation")
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
