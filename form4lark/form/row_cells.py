"""Table rows where the text kept the table's cells (markdown or HTML tables).

A line of cells is a row, each cell going to its column by its index. Converters
bend this: one may drop or merge columns (the row is then read by its values'
kinds, ``row_sequence.py``), or cut a row across two lines of cells, at a page
break or inside the table (``row_word_cells.continuation``): a line holding no value
but the rest of the title or the nature and footnote marks continues the row above.
A text cell whose words a converter ran together at a comma, a bracket or a
figure ("Fund,LP") is spaced again as the page prints it elsewhere, or its words
are left out (``glued_cells.py``).
"""

from __future__ import annotations

import re
from itertools import combinations

from ..build import COLUMN_KINDS, WORD_DATES
from ..cells import read_cell
from ..errors import SectionError
from ..page import Page
from ..patterns import DATE_SHAPE_RE, GROUPED_RE, MARKS_RE, NATURE_OPENING_RE
from ..sections import TABLE_I_COLUMNS, TABLE_II_COLUMNS, Cell, Row
from ..text import join_wrapped
from .atoms import Atom
from .glued_amount_cells import glued_amounts_printed, glued_amounts_written
from .glued_cells import unglued
from .in_cell_marks import join_in_cell_marks
from .lines_left_out import LeftOut, table_unread
from .lone_code_marks import code_marks_glued
from .row_sequence import sequence_rows
from .row_clipped import (nature_rejoined, page_notes, rejoinings, strip_marked_values,
                          title_rejoined, title_uncut, unclipped)
from .row_loose_words import (centred_rows, chained_cells, glued_mark_written, holds_words,
                              glues_long_words, is_loose_words, is_marks,
                              is_spaced_words, lower_words,
                              shows_centring, title_continued, without_words)
from .price_cell_marks import (is_lone_price, lone_price_read, price_between_rows,
                               wrapped_price_marked)
from .row_spaced import spaced_runs_joined
from .row_kinds import cell_only_marks, looks_like_value
from .row_marks import join_wrapped_cell_marks, marks_alone
from .row_split import joined_row, merged_by_place, untitled_row
from .row_word_cells import (A_WORD, NATURE, TITLE, cell_places, cells_under_row,
                             continuation, continue_row, joined_as_printed,
                             marks_under_values, next_cell_lines, opens_untitled_row,
                             word_cells)
from .table_header import header_cells_across, is_header_text, is_header_word, numbered

COLUMNS = {"table_i": TABLE_I_COLUMNS, "table_ii": TABLE_II_COLUMNS}
#: Table II's columns where its header titles column 5 as one amount and its direction
#: ("Amount| (A) or (D)": a site's own page of the form), not as the form's (A) and (D)
TABLE_II_DIRECTED = TABLE_II_COLUMNS[:6] + ("shares", "acquired_disposed") + TABLE_II_COLUMNS[8:]
_DIRECTED_HEADER = ("amount", "(a) or (d)")
#: row_line_types.UNDER, spelled again: the lines reader (row_lines and its parts) is never loaded
#: for a text of cells (test_startup_imports)
UNDERLYING = "underlying_security_title"
#: share of a line's words that are the column headers' for the line to be one of them
HEADER_SHARE = 0.8
# the most cells of marks alone on a line whose every way of reading is tried (2**n ways)
_MOST_MARK_CELLS = 3
#: what the column "V" holds: nothing, or "V" and its footnote marks
_SWAP = re.compile(rf"(V\s*(?:{MARKS_RE.pattern})?)?")


def _cell_row(page: Page, row: int, columns: tuple[str, ...]) -> Row | None:
    """A line of cells that is one row of the table, or None."""
    line = page.lines[row]
    pieces = line.pieces
    if not line.cells or len(pieces) != len(columns):
        return None
    if all(is_header_text(p.text) for p in pieces):
        return None
    if not any(p for key, p in zip(columns, pieces)
               if key not in (TITLE, NATURE)):
        return None  # words with no value beside them are no row (a table's title line)
    if not pieces[columns.index("direct_or_indirect")]:
        return None  # every row is owned directly or indirectly: a part of a row
    swap = pieces[columns.index("equity_swap_involved")].text
    if not _SWAP.fullmatch(swap.strip()):
        return None  # a column before "V" dropped, another merged: the cells are not by index
    if not _values_fit(columns, [p.text for p in pieces]):
        return None  # the cells are not the form's columns: their values are read by kind
    # an empty "V" is a "no": the cell is there, unmarked
    # a cell's lines joined as wrapped text ("Series C-" + "1": "Series C-1")
    return {key: Cell(join_wrapped(p.text.split("\n")), p.line, p.column)
            for key, p in zip(columns, pieces) if p or key == "equity_swap_involved"}


def _values_fit(columns: tuple[str, ...], texts: list[str]) -> bool:
    """True where each cell of a column of values reads as that column's kind
    (``grammars/cells.lark``). A converter that draws its own cells from a PDF's words
    (markitdown) prints as many cells as the form's columns, but not the form's:
    "|Class A Common Stock||03/18/2013|||C(1)|633|A $0|633|D||" read by index puts
    the date in column 2A and the code in column 4; those cells are read by their
    values' kinds instead (``row_sequence.py``)."""
    for key, text in zip(columns, texts):
        kind = COLUMN_KINDS[key]
        if kind == "text_cell" or not text.strip():
            continue
        read = read_cell(kind, text)
        if read.problem or kind == "date_cell" and isinstance(read.value, str) \
                and key not in WORD_DATES:
            return False
    return True


def _columns(page: Page, headers: set[int], table: str) -> tuple[str, ...]:
    """The table's columns by index: the form's, or Table II's with column 5 as one amount
    and its "(A) or (D)" where a header line of cells titles them so."""
    if table != "table_ii":
        return COLUMNS[table]
    lines = [[" ".join(p.text.replace("\\", "").lower().split()) for p in page.lines[row].pieces]
             for row in sorted(headers) if page.lines[row].cells]
    # a header of one line, or of lines a converter wrapped it over
    for texts in [*lines, header_cells_across(lines)]:
        if len(texts) == len(TABLE_II_DIRECTED) and tuple(texts[6:8]) == _DIRECTED_HEADER:
            return TABLE_II_DIRECTED
    return COLUMNS[table]


def _header_lines(atoms: list[Atom]) -> set[int]:
    """Lines of cells that are column headers: nearly all their words are header words
    (a converter may cut a header's word in two: "Securities A" "cquired"), or they hold
    three column numbers ("2.", "2A.", "3."), which no row holds, and no date or amount,
    which no header holds (a row run into them is not left out): a converter that cut
    the table into strips cut most of their words ("Transacti" / "on", "Securitie" /
    "s Acquire"), as ``row_lines`` reads a line of them. A header's title wrapped at its
    slashes is a header's words ("(Month/" over "Day/Year)": a converter drawing cells
    from a PDF prints the header's lines outside them, in reading order)."""
    words: dict[int, list[Atom]] = {}
    for atom in atoms:
        words.setdefault(atom.row, []).append(atom)
    return {row for row, line in words.items()
            if sum(is_header_word(a, wrapped=True) for a in line) >= HEADER_SHARE * len(line)
            or numbered(line) and not any(_row_figure(a.text) for a in line)}


def _row_figure(text: str) -> bool:
    """True where ``text`` holds a date or an amount grouped by thousands: a row's
    figure, which no column header prints."""
    return bool(DATE_SHAPE_RE.search(text) or GROUPED_RE.search(text))


def _sequence_row(page: Page, atoms: list[Atom], table: str, layout: str) -> Row | None:
    """One line of cells read as the typed sequence the form prints (a converter
    dropped or merged some of its columns), or None if it is not one row. A cell's
    marks under its value are that value's (``join_wrapped_cell_marks``); a cell of
    marks alone is one column's ("[3] [4]": a price of no value and two notes) or two
    columns' the page merged ("[4] [5]": the dates exercisable and of expiration): the
    form's sequence tells which, each way tried; where two ways read, differently, the
    row is left out."""
    cells = {atom.row for atom in atoms if page.lines[atom.row].cells}
    alone = marks_alone(atoms, cells)
    ways = [set(c) for n in range(len(alone) + 1) for c in combinations(alone, n)] \
        if len(alone) <= _MOST_MARK_CELLS else [set(alone), set()]
    found: list[Row] = []
    in_cell = join_in_cell_marks(atoms, cells)
    for glued in ways:
        row = _one_sequence_row(join_wrapped_cell_marks(in_cell, cells, glued), table, layout)
        if row is not None and row not in found:
            found.append(row)
            if len(found) > 1:
                return None
    return found[0] if found else None


def _one_sequence_row(atoms: list[Atom], table: str, layout: str) -> Row | None:
    """The words of one line read as the form's typed sequence, or None; an amount with a
    mark's figure glued on read so, its cell as printed (``glued_amount_cells.py``)."""
    written, printed = glued_amounts_written(atoms)
    try:
        rows = sequence_rows(written, table, layout, cells=True)
    except SectionError:
        return None
    return glued_amounts_printed(rows[0], printed) if len(rows) == 1 else None


def _rejoined_row(page: Page, words: list[Atom], table: str, layout: str) -> Row | None:
    """The row a line cut at its strips' edges reads as with its values joined again, the
    first of ``row_clipped.rejoinings`` that reads as one; None where none does."""
    for whole in rejoinings(words):
        if (cells := _sequence_row(page, whole, table, layout)) is not None:
            return cells
    return None


def cell_rows(page: Page, atoms: list[Atom], table: str, layout: str,
              left_out: list[Atom] | None = None) -> list[Row]:
    """The rows of a table whose text kept its cells: each line of the table's body is a row,
    read cell by column where it has a cell per column, else as the typed sequence the form
    prints (a converter dropped or merged columns). A line that is neither (garbage, a row
    whose values a converter lost) is left out with a warning naming it, a row may be
    missing there, the rows around it read (``lines_left_out.py``); a table none of whose lines
    reads is left out. A line continuing the row above is put back on it
    (``row_word_cells.continuation``; under a row read by kind, a mark alone at no value's
    place is left out, put in ``left_out`` to be noted), but for a line of words right over
    a line of a row's values whose title cell is empty: that row's, printed over them
    (``row_word_cells.opens_untitled_row``); a row whose values a converter split over two
    lines is read from both (``row_split.py``), the line of a few values above the row or
    below it (a line of marks alone between rows that joins neither is left out, put in
    ``left_out``, and closes the row above: "[8]" after a row's line, then the next row's
    price over its cells); a line of words alone leaves the words of the rows beside it
    unknown, or, in a table printing its cells from the top, continues the title of the
    row above (``row_loose_words.py``). A line whose values a converter cut at its strips' edges
    ("02/04/201" | "3") reads with them joined again (``row_clipped.rejoinings``), its words
    and marks left out, as ``row_lines`` reads such a line, but for a title or a nature
    whose cuts the page's titles or notes settle (``_uncut_cells``)."""
    rows: list[Row] = []
    headers = _header_lines(atoms)
    columns = _columns(page, headers, table)
    by_line: dict[int, list[Atom]] = {}
    for atom in atoms:
        if atom.row not in headers and atom.kind not in ("TABLE_I", "TABLE_II"):
            by_line.setdefault(atom.row, []).append(atom)
    last: list[Atom] = []  # the words of the line the last row was read from
    unread: list[Atom] = []  # the words of a line that read as no row, waiting for the next
    touch_next = False
    loose: list[tuple[int, list[Atom], bool]] = []  # (row above, words, marks above them)
    marks_over = False  # a line of marks alone was put with the words of this line
    cuts: dict[int, dict[str, tuple[Cell, str]]] = {}  # cells cut where it is not told
    joined_lines = False  # a row continued by a line of cells, or by one of words above it
    words_under: dict[int, int] = {}  # rows joined with a line under them: 1 if it holds words
    between: dict[int, list[list[Atom]]] = {}  # lines of words or marks under a row, by row
    untitled_rows: dict[int, int] = {}  # rows read with their titles unknown: their line
    spaced = False  # a line of letter-spaced words: the words beside it are not placed
    spaced_lines: set[int] = set()  # lines read with their letter-spaced words put together
    told: dict[int, tuple[int, dict[int, str]]] = {}  # by row: its last line of words' cells
    apart = LeftOut()  # lines that read as no row, joined with no line beside them
    row_words: dict[int, list[Atom]] = {}  # by row: the words of the lines it was read from
    worded_under: set[int] = set()  # rows continued by a line of words under them
    # rows read from values cut at strips' edges, rejoined: their line's cells' texts
    clipped_rows: dict[int, list[str]] = {}
    uncut_natures: dict[int, Row] = {}  # by clipped row: its nature the page's notes settle
    by_index: set[int] = set()  # rows read from a line of cells by index (``_cell_row``)
    wrapped_price: int | None = None  # a row whose price was read from a line above it
    places = cell_places(page)  # row_word_cells.py: the lines of cells by source line
    from .raised_marks import listed_notes  # it imports the tables' readers
    notes = listed_notes(page)  # a mark glued on a cell's last word names one
    following = next_cell_lines(page, list(by_line))
    shown = glues_long_words([a for words in by_line.values() for a in words], notes)
    for row, words in by_line.items():
        if wrapped_price == len(rows) - 1 and not unread \
                and wrapped_price_marked(rows[-1], words, page.lines[row].cells):
            wrapped_price = None  # the price's cell wrapped around its row: its marks
            continue
        if unread:  # a line read as no row between: no later marks are the price's
            wrapped_price = None
        # words over a row's values whose title cell is empty are that row's (a page
        # centring or bottom-aligning its cells), not the rest of the row above
        after_row = bool(rows) and not unread and not (opens_untitled_row(
            page, following.get(row)) and A_WORD.search(page.lines[row].text))
        continued = continuation(page, row, columns) if after_row else None
        if after_row and len(rows) - 1 not in by_index and (placed := cells_under_row(
                page, row, rows[-1], table, places, notes, shown)) is not None:
            continued = placed  # row_word_cells.py: the row's cells by place, not by index
        elif continued and len(rows) - 1 not in by_index:  # marks by place, not by index
            continued, unplaced = marks_under_values(page, row, rows[-1], continued, places)
            if left_out is not None:  # marks placed by none: left out, noted
                left_out.extend(a for a in words if any(a.piece is p for p in unplaced))
            if not continued:  # only marks, none placed
                last, joined_lines = [], True
                continue
        if after_row and not continued and len(page.lines[row].pieces) < len(columns) \
                and (cols := word_cells(page.lines[row], table, told.get(len(rows)),
                                        rows[-1][TITLE].text if TITLE in rows[-1] else None)):
            pieces = page.lines[row].pieces  # row_word_cells.py
            continued = {key: pieces[n].text for n, key in cols.items()}
            told[len(rows)] = (len(pieces), cols)
        if continued:  # a cell continued again is no longer cut in two parts alone
            pending = {key: parts for key, parts in cuts.pop(len(rows) - 1, {}).items()
                       if key not in continued}
            if cut := pending | continue_row(rows[-1], continued):
                cuts[len(rows) - 1] = cut
            if A_WORD.search(page.lines[row].text):
                worded_under.add(len(rows) - 1)
            last, joined_lines = [], True
            continue
        cells = _cell_row(page, row, columns)
        if cells:
            by_index.add(len(rows))
        if cells is None:
            cells = _sequence_row(page, words, table, layout)
        if cells is None and not unread and (glued := code_marks_glued(words)) is not None:
            cells = _sequence_row(page, glued, table, layout)  # "S [1] 1669411": the code's
        if cells is None and (unread or not is_spaced_words(words)) \
                and (whole := spaced_runs_joined(words)) != words:  # row_spaced.py
            words, spaced = whole, True
            spaced_lines.add(words[0].line)
            cells = _sequence_row(page, words, table, layout)
        if cells is None and (whole := unclipped(words)) != words:  # row_clipped.py
            cells = _sequence_row(page, whole, table, layout)
        clipped = cells is None and not unread \
            and (cells := _rejoined_row(page, words, table, layout)) is not None
        if clipped and cells is not None:  # its words and marks may be cut too: left out,
            cells = strip_marked_values(cells, words, table)  # but its own marks glued on
        if unread and cells is None and is_marks(unread) and is_loose_words(words):
            between.setdefault(len(rows) - 1, []).append(unread)
            unread, marks_over = [], True  # the marks of the words of this line: "(3)" over "See"
        if unread:  # this line and the unread one above as one row, or the table unread
            joined = None if cells is not None else joined_row(unread, words, table, layout)
            if joined is None:  # the unread line's few values are this row's
                joined = joined_row(words, unread, table, layout, cells)
            if joined is None and cells is None \
                    and (merged := merged_by_place(page, unread, words)) is not None:
                joined = _sequence_row(page, merged, table, layout)  # row_split.py
            if joined is None and rows and is_marks(unread) and left_out is not None:
                left_out.extend(unread)  # marks alone between rows, of no told cell: noted
                unread, last = [], []  # this line read on its own, the row above closed
            elif joined is None:  # a line of no row: left out, this line read on its own
                apart.add(len(rows) - 1, unread, len(rows) - 1 in worded_under)
                unread, last, touch_next = [], [], False
            else:
                rows.append(joined)
                row_words[len(rows) - 1] = unread + words
                wrapped_price = len(rows) - 1 if lone_price_read(unread, joined) else None
                if is_marks(unread) or (under := lower_words(unread, words)) is None:
                    joined_lines = True
                else:
                    words_under[len(rows) - 1] = under
                unread, last, touch_next = [], [], False
                continue
        if cells is None and (last or touch_next) and rows and not page.lines[row].cells \
                and (marked := glued_mark_written(words, notes, shown)) is not None:
            # "Stock1" under its row's line or its loose lines: "Stock(1)" (a converter
            # drawing cells from a PDF printed the title's wrapped lines after the row's)
            words = marked
        if cells is None and last and is_lone_price(words) and price_between_rows(
                words, rows[-1], _row_alone(page, following.get(row), by_line, table, layout,
                                            columns),
                columns):  # the row above's price or the row below's: not told, left out
            last = []
            continue
        if cells is None and last:  # the rest of the row above: its title, price, nature
            joined = joined_row(last, words, table, layout, rows[-1])
            if joined is not None:
                rows[-1], last = joined, []
                row_words[len(rows) - 1] = row_words.get(len(rows) - 1, []) + words
                words_under[len(rows) - 1] = int(holds_words(words))
                continue
        if cells is None and is_loose_words(words):
            loose.append((len(rows) - 1, words, marks_over))
            between.setdefault(len(rows) - 1, []).append(words)
            touch_next, last, marks_over = True, [], False
        elif cells is None and is_spaced_words(words):  # "| C l a ss | B |": words, lost
            loose.append((len(rows) - 1, words, marks_over))
            between.setdefault(len(rows) - 1, []).append(words)
            touch_next, last, marks_over, spaced = True, [], False, True
        elif cells is None and touch_next and is_marks(words):  # the marks of the words above
            loose.append((len(rows) - 1, [], False))
            between.setdefault(len(rows) - 1, []).append(words)
        elif cells is None and (untitled := untitled_row(words, table, layout)) is not None:
            rows.append(untitled)  # its titles' words on the loose lines around it: unknown
            untitled_rows[len(rows) - 1] = words[0].row
            row_words[len(rows) - 1] = words
            last, touch_next = [], False
        elif cells is None:
            unread = words
        elif cells:
            rows.append(cells)
            row_words[len(rows) - 1] = words
            last, touch_next = words, False
            if clipped:
                texts = clipped_rows[len(rows) - 1] = [p.text for p in page.lines[row].pieces]
                if (nature := nature_rejoined(texts, cells, page_notes(page))) is not None:
                    uncut_natures[len(rows) - 1] = {NATURE: nature}
    if unread:  # the table's last line reads as no row
        apart.add(len(rows) - 1, unread, len(rows) - 1 in worded_under)
    apart.check(page, len(rows), table, layout)
    if touch_next and not rows:  # words beside no row: a table whose rows were lost
        raise table_unread(page, next(iter(by_line)), table, layout)
    joined_as_printed(rows, cuts)
    # a line left out is no line the count of lines between rows places words by
    touched = _words_placed(rows, loose, table, between,
                            None if joined_lines or apart.lines else words_under, spaced)
    titled = _titles_placed(page, rows, between, table, row_words) if touched and not (
        spaced or joined_lines or any(words_under.values()) or apart.lines) else {}
    touched |= {n for n, r in enumerate(rows)  # their words are not as the page prints them
                if any(cell.line in spaced_lines for cell in r.values())}
    touched |= apart.touched(len(rows))  # their words may stand on a line left out
    uncut = _uncut_cells(rows, clipped_rows, uncut_natures, touched)
    touched |= set(clipped_rows)
    for n, line in untitled_rows.items():
        if n not in touched:  # no loose line beside it holds its titles' words
            raise table_unread(page, line, table, layout)
    read = [unglued(without_words(r) | titled.get(n, {}) | uncut.get(n, {})
                    if n in touched else r, page)
            for n, r in enumerate(rows)]  # glued_cells.py
    if apart.lines:
        raise apart.partly_read(page, table, layout, read)
    return read


def _uncut_cells(rows: list[Row], clipped: dict[int, list[str]], natures: dict[int, Row],
                 touched: set[int]) -> dict[int, Row]:
    """By row read from values cut at strips' edges (``clipped``: its line's cells' texts)
    and not ``touched`` (its words placed elsewhere are not told): its nature where the
    page's notes settle each cut (``natures``), and its title where no strip cut it or
    where it is one of the titles the page prints with certainty (``row_clipped.
    title_rejoined``): those of its rows not cut nor touched, and of its cut rows no
    strip cut the title of."""
    whole = {n: cell for n in clipped if n not in touched
             and (cell := title_uncut(clipped[n], rows[n].get(TITLE))) is not None}
    known = frozenset(" ".join(MARKS_RE.sub("", cell.text).split()) for cell in [
        *whole.values(), *(row[TITLE] for n, row in enumerate(rows)
                           if n not in clipped and n not in touched and TITLE in row)])
    out: dict[int, Row] = {}
    for n, pieces in clipped.items():
        if n in touched:
            continue
        out[n] = dict(natures.get(n, {}))
        if (title := whole.get(n) or title_rejoined(pieces, rows[n].get(TITLE), known)) is not None:
            out[n][TITLE] = title
    return out


def _words_placed(rows: list[Row], loose: list[tuple[int, list[Atom], bool]], table: str,
                  between: dict[int, list[list[Atom]]],
                  words_under: dict[int, int] | None, spaced: bool) -> set[int]:
    """The rows the loose lines of words stand beside whose words stay unknown, the
    others' titles continued in place. Where no loose line stands above the first row,
    the table prints its cells from the top and each loose line is the row above's
    (``row_loose_words.title_continued``); otherwise it may be the row above's or the
    row below's, unless the lines show the table centres its cells on their row's line
    and their count places each (``row_loose_words.centred_rows``: ``between``, the lines
    of words or of marks alone under each row, every one counted; ``words_under``: the
    rows read with a line of values under theirs, 1 where it holds words and so counts;
    None where a row was continued by a line of cells or read with a line of words above
    it, whose words the count cannot place). A line of letter-spaced words (``spaced``)
    is placed by neither: the words beside it are not as the page prints them. A loose
    line right above a row read with no title on its line may be that row's title printed
    over its values ("| Class A Common |...| By estate planning |" over "||...| 110561 |
    I |"): it is placed by neither, the table printing its cells from the top or not."""
    below: dict[int, list[list[Atom]]] = {}
    for above, words, marks_over in loose:  # a line under marks: the marks are lost
        below.setdefault(above, []).append(words if not marks_over else [])
    centring = table == "table_i" and not spaced and shows_centring(rows, below)
    from_top = table == "table_i" and not spaced and not centring
    touched: set[int] = set()
    placed = centred_rows(rows, between, words_under) \
        if words_under is not None and centring else None
    if placed is not None:  # the table centres its cells: each line's row is told
        for n, row in placed.items():
            rows[n] = row
        return touched
    for n, lines in below.items():
        untitled_below = n + 1 < len(rows) and TITLE not in rows[n + 1]
        continued = title_continued(rows[n], lines) \
            if from_top and [] not in lines and not untitled_below else None
        if continued is None:  # the row above's words or the row below's
            touched |= {n, n + 1} & set(range(len(rows)))
        else:
            rows[n] = continued
    return touched


def _titles_placed(page: Page, rows: list[Row], between: dict[int, list[list[Atom]]],
                   table: str, row_words: dict[int, list[Atom]]) -> dict[int, Row]:
    """Table II's titles its loose lines place (``row_loose_words.chained_cells``), by row,
    where each loose line is a line of cells, its first cell column 1's, or a line of words
    opening a nature ("By Sequoia"); a line of words or marks alone may be any column's
    (nothing is placed). Where no row has a nature, the one other cell of words of a line
    of cells is the underlying title's (column 7, the only other column of words); a row
    whose underlying title is unknown on its line (``row_words``: the words of the lines
    it was read from) holds none there only where no word follows its first value."""
    if table != "table_ii":
        return {}
    titles: dict[int, list[str | None]] = {}
    underlying: dict[int, list[str | None]] | None = {}
    if any(row.get(NATURE) or (owned := row.get("direct_or_indirect")) is None
           or MARKS_RE.sub("", owned.text).strip() != "D" for row in rows):
        underlying = None  # a nature's lines are another cell of words
    for n, lines in between.items():
        for atoms in lines:
            line = page.lines[atoms[0].row]
            if not line.cells:
                if not NATURE_OPENING_RE.match(atoms[0].text):
                    return {}  # words or marks alone: whose cell they are is not told
                titles.setdefault(n, []).append(None)
                underlying = None
                continue
            first = line.pieces[0].text.strip()
            if cell_only_marks(first):
                return {}  # a title's marks or a price's: not told
            titles.setdefault(n, []).append(first or None)
            others = [p.text.strip() for p in line.pieces[1:] if A_WORD.search(p.text)]
            if underlying is not None and len(others) < 2:
                underlying.setdefault(n, []).append(others[0] if others else None)
            else:
                underlying = None
    placed: dict[int, Row] = {}
    for key, fragments in ((TITLE, titles), (UNDERLYING, underlying)):
        if fragments is None:
            continue
        # a title unknown on its line: none there
        bare = set(range(len(rows))) if key == TITLE else _bare_underlying(row_words)
        for n, cell in (chained_cells(rows, fragments, key, bare) or {}).items():
            placed.setdefault(n, {})[key] = cell
    return placed


def _bare_underlying(row_words: dict[int, list[Atom]]) -> set[int]:
    """The rows whose underlying title is none where unknown on their line: no word
    follows the first value of the words they were read from (``row_words``)."""
    return {n for n, words in row_words.items() if not holds_words(
        words[next((k for k, a in enumerate(words) if looks_like_value(a.text)), len(words)):])}


def _row_alone(page: Page, row: int | None, by_line: dict[int, list[Atom]], table: str,
               layout: str, columns: tuple[str, ...]) -> Row | None:
    """The table's line of cells ``row`` read as a row on its own, its cells as the
    table's ``columns`` (``_columns``: Table II's "(A) or (D)" may stand apart), or None."""
    if row is None or row not in by_line:
        return None
    return _cell_row(page, row, columns) or _sequence_row(page, by_line[row], table, layout)
