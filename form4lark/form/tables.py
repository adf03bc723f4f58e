"""Table I and Table II rows, whatever shape the text kept them in.

Where the text kept the table's cells (markdown or HTML tables), a row is a
line with one cell per column: each cell goes to its column by its index.
Where it did not (a stream of words, a page grid), the row's words are read
as the typed sequence the form prints (``row_sequence.py`` and
``grammars/form_rows.lark``).
"""

from __future__ import annotations

from itertools import takewhile

from ..errors import SectionError
from ..page import Page
from ..patterns import PRICE_WORD_RE
from ..sections import TEXT_COLUMNS, Row
from .atoms import Atom
from .interleaved_headers import (TEXTS, checked_rows, values_under_headers,
                                  without_interleaved_headers)
from .row_cells import cell_rows
from .row_kinds import row_figure_word
from .row_loose_words import is_par_word
from .row_resync import PartlyRead, page_by_page, partly_read
from .row_sequence import TITLES, sequence_rows
from .sub_headers import is_word
from .table_header import body_start, column_number, holds_numbered_header, is_header_word


def read_table(page: Page, atoms: list[Atom], table: str, layout: str,
               lead: list[Atom] | None = None) -> list[Row]:
    """The rows of one table from the atoms of its region (``lead``: in a stream, the
    atoms between its first column header and its title, ``Regions.table_i_lead``)."""
    if none_reported(atoms):
        return []
    if page.shape == "cells":  # a line of marks it could not place is noted left out
        left_out: list[Atom] = []
        try:
            rows = cell_rows(page, atoms, table, layout, left_out)
        except PartlyRead:
            _marks_left_out(page, table, left_out)
            raise
        _marks_left_out(page, table, left_out)
        return rows
    if page.shape == "grid":  # each shape's readers are imported where the shape is read
        from .short_grid import short_grid_rows
        if (short := short_grid_rows(page, atoms, table)) is not None:
            return _glued_untold(page, table, short)
        from .row_grid import grid_rows
        if (grid := grid_rows(atoms, table, page)) is not None:
            return _glued_untold(page, table, grid)
    if page.shape == "lines":  # the page's visual lines: row_lines.py
        from .row_lines import lines_table
        return lines_table(page, table)
    if page.shape != "stream":
        from .short_grid import short_titled
        rows = _rows_a_line(page, body(atoms), table, layout) if short_titled(page, atoms) \
            else _body_rows(page, body(atoms), table, layout)
        if page.shape == "grid":  # its columns refused: an amount's (A) or (D) by its place
            from .grid_directions import directed_by_place
            return _glued_untold(page, table, directed_by_place(atoms, table, rows))
        return rows
    pending = _pending_marks(page)
    pending.clear()
    try:
        rows = page_by_page(lambda words: _body_rows(page, words, table, layout),
                            lambda words: _body_rows(page, words, table, layout, merged=False),
                            page_bodies(atoms, lead or []), table, layout)
    except SectionError as error:  # a row's cells centred around its values line: table_ii_lines.py
        from .table_ii_lines import visual_rows  # a rarer reader: imported where needed
        if (visual := visual_rows(page, table)) is None:
            if isinstance(error, PartlyRead):  # its rows read stand
                _marks_left_out(page, table, pending)
            raise
        _marks_left_out(page, table, [])  # the stream's readings are not the one that stands
        return visual
    _marks_left_out(page, table, pending)
    return rows


def _numbers_columns(page: Page) -> bool:
    """True where a line of the page holds a numbered column header ("1. Title of",
    ``holds_numbered_header``), as the form prints its tables' headers."""
    return any(holds_numbered_header(line.text.split()) for line in page.lines)


def _rows_a_line(page: Page, atoms: list[Atom], table: str, layout: str) -> list[Row]:
    """The rows of a page's table under short titles that its grid readers left (the
    row's cells a stream on its line: "Director Stock Option (Right to Buy) $23.8257
    08/12/2019 M 17500 D ..."), read in order only where each line is one row's, but
    for a nature's wrapped lines (``_natures_wrapped_only``): a title wrapped onto a line
    of its own may be its row's above it or the next one's below, which the words'
    order does not tell (left unread: SectionError)."""
    rows = _body_rows(page, atoms, table, layout)
    if not _natures_wrapped_only(rows, atoms):
        raise SectionError(f"{TITLES[table]} could not be read and is left out (its cells "
                           "wrap onto lines of their own, not told to their rows in order)",
                           line=atoms[0].line, column=atoms[0].column, layout=layout)
    return _natures_untold(page, table, rows, atoms)


def _natures_untold(page: Page, table: str, rows: list[Row], atoms: list[Atom]) -> list[Row]:
    """``rows`` with the natures left unknown that the order of lines does not tell: the
    words order puts a nature's lines of their own with the row above, which holds for
    the lines below the last row's values where its nature opens on them (a cell set at
    its row's top, wrapped below; or centred, its lines above no other row's). Lines
    between two rows' values may be the upper row's wrapped below (set at the top) or
    the lower row's printed above its values (centred: "By Fund XI" above a row's values,
    "Principals Fund," on them, "LLC (2)" below), which the order does not tell, however
    the values lines print their natures (a one-line nature sits on its values line either
    way): the natures of the rows beside them are noted untold
    (``middle_readings.untold_noted``)."""
    if not rows:
        return rows
    owned = [row["direct_or_indirect"] for row in rows]
    values = sorted({cell.line for cell in owned})
    right = max(cell.column for cell in owned)
    natured = {a.line for a in atoms if a.line in values and a.column > right}
    lines = sorted({a.line for a in atoms})
    apart = [n for n in lines if n not in values]  # lines of a nature's words alone
    told = [n for n in apart if n > values[-1] and values[-1] in natured]
    untold_lines = [n for n in apart if n not in told]
    if not untold_lines:
        return rows
    from .middle_readings import untold_noted  # a rarer reading: imported where needed
    above = {n: max((v for v in values if v < n), default=None) for n in untold_lines}
    untold: list[tuple[int, int, str, str]] = []
    kept: list[Row] = []
    for row in rows:
        line = row["direct_or_indirect"].line
        beside = [n for n in untold_lines if above[n] == line or _next_values(values, n) == line]
        if beside and "nature_of_ownership" in row:
            cell = row["nature_of_ownership"]
            untold.append((cell.line, cell.column, "nature_of_ownership", cell.text))
            row = {key: c for key, c in row.items() if key != "nature_of_ownership"}
        kept.append(row)
    untold_noted(page, table, untold)
    return kept


def _glued_untold(page: Page, table: str, rows: list[Row]) -> list[Row]:
    """``rows`` with each text cell left unknown (noted untold) that holds a word run into
    the next ("PrincipalsFund", "CommonStock") where the page's header shows its converter
    runs a title's wrapped lines together ("Amount OwnedFollowing", ``glued_header``): a
    cell's wrapped lines were run together so too, and which capital opened a word of its
    own ("BlackRock" is one) is lost."""
    from .glued_words import glued_run, page_header_glued
    if not page_header_glued(page):
        return rows
    from .middle_readings import untold_added  # a rarer reading: imported where needed
    untold: list[tuple[int, int, str, str]] = []
    kept: list[Row] = []
    for row in rows:
        glued = [key for key in TEXT_COLUMNS if key in row and glued_run(row[key].text)]
        untold += [(row[key].line, row[key].column, key, row[key].text) for key in glued]
        kept.append({key: cell for key, cell in row.items() if key not in glued})
    if untold:
        untold_added(page, table, untold)
    return kept


def _next_values(values: list[int], line: int) -> int | None:
    """The first values line below ``line``."""
    return min((v for v in values if v > line), default=None)


def _natures_wrapped_only(rows: list[Row], atoms: list[Atom]) -> bool:
    """True where each line of the table's words is a row's values line, or a line of
    words right of every row's ownership form (D/I), so only a nature's wrapped words:
    the order tells no other cell's lines from the next row's."""
    owned = [row["direct_or_indirect"] for row in rows if "direct_or_indirect" in row]
    lines = {cell.line for cell in owned}
    right = max((cell.column for cell in owned), default=0)
    return len(owned) == len(rows) and all(a.line in lines or a.column > right for a in atoms)


def none_reported(atoms: list[Atom]) -> bool:
    """True where the table's only words, its title and column headers left out, say it
    is empty ("None reported": a site's own page of the form says so under an empty
    table's headers): it holds no row, as a table printing none. ("reported" is a
    header's word, "Reported Transaction(s)": the word after "None".)"""
    if not any(a.text.lower() == "none" for a in atoms):
        return False  # most tables: their header words are not looked for (a test per word)
    words = [a for a in atoms if a.kind == "TEXT"]
    own = [n for n, a in enumerate(words) if not is_header_word(a)]
    return (len(own) == 1 and words[own[0]].text.lower() == "none"
            and [a.text.lower().strip(".") for a in words[own[0] + 1:own[0] + 2]] == ["reported"])


def _body_rows(page: Page, atoms: list[Atom], table: str, layout: str,
               merged: bool = True) -> list[Row]:
    """The rows of a table's body (its column headers left out); ``merged``: whether a
    body read neither as rows nor as columns may be read with its columns merged."""
    if table == "table_ii" and page.shape == "stream":  # a one-row table among its headers
        from .underlying_amount import amount_put_back, direction
        way = direction(atoms)
        rows = _rows_of_body(page, amount_put_back(atoms), table, layout, merged)
        return _directed(rows, way) if way else rows
    return _rows_of_body(page, atoms, table, layout, merged)


def _rows_of_body(page: Page, atoms: list[Atom], table: str, layout: str,
                  merged: bool) -> list[Row]:
    """``_body_rows`` once a one-row Table II's underlying amount is put back; the marks
    its rows of centred cells left out kept pending (``_pending_marks``) where its rows,
    or some of them (``PartlyRead``), are read."""
    left_out: list[Atom] = []
    try:
        rows = _rows_read(page, atoms, table, layout, merged, left_out)
    except PartlyRead:
        _pending_marks(page).extend(left_out)
        raise
    _pending_marks(page).extend(left_out)
    return rows


def _rows_read(page: Page, atoms: list[Atom], table: str, layout: str, merged: bool,
               left_out: list[Atom]) -> list[Row]:
    """``_rows_of_body``'s reading, the marks its rows of centred cells left out added to
    ``left_out``."""
    from .title_tails import tails_put_back  # read as a stream: imported where read
    stream = page.shape == "stream"
    words, headers, parted = without_interleaved_headers(
        atoms, table, layout, stream, stream and not _numbers_columns(page))
    interleaved = headers is not None
    if page.shape == "stream":  # a nature's first lines printed before its row's D/I
        from .nature_above import natures_above_put_back
        words = natures_above_put_back(words)
        if table == "table_i":
            from .wrapped_around import titles_around_dates_put_back  # a title around its date
            words = titles_around_dates_put_back(words)
            # shares printed after their row first: a row missing its shares is no
            # cell wrapped around it (``cells_around_put_back`` would join it to its shares)
            from .shares_last import shares_last_put_back
            words = shares_last_put_back(words)
            from .wrapped_around import cells_around_put_back  # a cell wrapped around its row
            words = cells_around_put_back(words, layout, left_out)
    try:
        rows = _in_order(page, words, table, layout)
        if headers is not None:
            values_under_headers(atoms, rows, table, layout, headers)
    except SectionError:  # the rarer readers, imported where a text needs them
        from .merged_prefix import filled_from_prefix
        from .row_column_runs import run_rows
        from .row_columns import column_rows
        from .row_kind_runs import kind_rows
        from .row_merge import merged_rows
        from .row_rotated import rotated_rows
        columns = column_rows(words, table)
        if columns is None and page.shape == "stream":  # a page's boxes printed column by column
            columns = run_rows(words, table)
        if columns is None and page.shape == "stream":  # columns interleaved: read by kind
            columns = kind_rows(words, table)
        if columns is None and page.shape == "stream":  # a table going on over a page break
            from .row_page_blocks import page_block_rows
            columns = page_block_rows(words, table)
        if columns is None and page.shape == "stream" and merged:  # a grid keeps places
            columns = merged_rows(words, table)
            if columns is not None:  # the rows that read in order before a stop
                columns = filled_from_prefix(columns, words, table)
        if columns is None and page.shape == "stream":  # rows printed last cells first
            moved = rotated_rows(words, table)
            if moved is not None:
                raise PartlyRead(f"{TITLES[table]} has rows printed with their last cells "
                                 "first: they are put back in the form's order, the marks "
                                 "standing alone among them and the natures left unknown",
                                 rows=checked_rows(moved, layout) if interleaved else moved,
                                 line=words[0].line, column=words[0].column, layout=layout)
        if columns is None and page.shape == "stream":  # a first row among the headers
            from .row_first_apart import first_row_apart
            apart = first_row_apart(words, table, layout)
            if apart is not None:
                raise PartlyRead(f"{TITLES[table]}'s first row does not read in the form's "
                                 "order (its cells printed apart): it is read by its values' "
                                 "kinds, the marks standing alone among them left out"
                                 + (f"; {apart[1]}" if apart[1] else ""),
                                 rows=checked_rows(apart[0], layout) if interleaved else apart[0],
                                 line=words[0].line, column=words[0].column, layout=layout)
        if columns is None and page.shape == "stream":  # read by kind, lone marks left out
            from .row_kind_marks import rows_without_lone_marks
            unmarked = rows_without_lone_marks(words, table)
            if unmarked is not None:
                raise PartlyRead(f"{TITLES[table]}'s footnote marks "
                                 f"{', '.join(repr(m) for m in unmarked[1])} stand alone among "
                                 "its values: which cells they mark cannot be told, so they "
                                 "are left out",
                                 rows=checked_rows(tails_put_back(unmarked[0]), layout)
                                 if interleaved else tails_put_back(unmarked[0]),
                                 line=words[0].line, column=words[0].column, layout=layout)
        if columns is None and page.shape == "stream":  # a row out of order: keep the others
            partial = partly_read(words, table, layout)
            if partial is not None:
                partial.rows = checked_rows(partial.rows, layout) if interleaved else partial.rows
                raise partial
        if columns is None:
            raise
        if not parted:
            return tails_put_back(columns)
        rows = columns
    rows = tails_put_back(rows)  # a title the page's end cut, read into the next row's
    if page.shape == "stream":
        rows = _without_priced_words(rows)
    return checked_rows(rows, layout) if interleaved else rows




#: ``page.memo``'s keys of the marks a centred row's cells left out: those of the readings
#: of a table tried so far (pending), and those of each table's reading that stands
_PENDING = ("centred_cells", "pending")
_MARKS_LEFT_OUT = "centred_cells"


def _pending_marks(page: Page) -> list[Atom]:
    """The marks the readings of the table being read left out (``read_table``)."""
    pending = page.memo.setdefault(_PENDING, [])
    assert isinstance(pending, list)
    return pending


def _marks_left_out(page: Page, table: str, marks: list[Atom]) -> None:
    """Keep in ``page.memo`` the footnote marks the rows of centred cells of ``table``'s
    reading that stands left out (whose cell is not printed: ``centred_cells._cut_below``),
    as (line, column, text), in place of any an earlier reading of it left out."""
    page.memo[(_MARKS_LEFT_OUT, table)] = sorted({(a.line, a.column, a.text) for a in marks})


def left_out_marks(page: Page, table: str) -> list[tuple[int, int, str]]:
    """The marks ``table``'s reading that stands left out (``_marks_left_out``), in the
    text's order."""
    found = page.memo.get((_MARKS_LEFT_OUT, table), [])
    assert isinstance(found, list)
    return found


def _in_order(page: Page, words: list[Atom], table: str, layout: str) -> list[Row]:
    """The rows of a body read in the form's order; in a stream, where that does not
    read, with a row's cells a page break moved put back (``page_cut_cells``), or a
    row printed before its own titles put back (``titles_after``)."""
    try:
        return sequence_rows(words, table, layout)
    except SectionError:
        if page.shape == "stream" and page.tops:  # a row cut by a page's end
            from .page_cut_cells import cut_cells_put_back
            whole = cut_cells_put_back(words, page.tops,
                                       lambda w: sequence_rows(w, table, layout))
            if whole is not None:
                try:
                    return sequence_rows(whole, table, layout)
                except SectionError:
                    pass
        if page.shape != "stream" or table != "table_ii":
            raise
        from .titles_after import titles_after_put_back
        put = titles_after_put_back(words, lambda w: sequence_rows(w, table, layout))
        if put is None:
            raise
        return put[1]


def _without_priced_words(rows: list[Row]) -> list[Row]:
    """The rows with a title or a nature that holds a price left unknown: a stream that
    printed a row's cells out of their order ran the price into the words between two
    rows ("Class A Common Stock $2,592.182524 Class A Common Stock"), whose cut is then
    not known; a title's par value ("par value $0.0001 per share") is its own."""
    for row in rows:
        for key in TEXTS:
            cell = row.get(key)
            words = cell.text.split() if cell is not None else []
            if any(PRICE_WORD_RE.fullmatch(w) and not is_par_word(words, n)
                   for n, w in enumerate(words)):
                row.pop(key)
    return rows


def _directed(rows: list[Row], way: tuple[str, str]) -> list[Row]:
    """Table II's one row with its number in the (A) or (D) column its place among column
    5's sub-headers shows (``underlying_amount.direction``: the letter and the number),
    where that row's number is that one."""
    letter, number = way
    if len(rows) == 1 and (shares := rows[0].get("shares")) is not None \
            and shares.text == number:
        rows[0]["shares_acquired" if letter == "A" else "shares_disposed"] = rows[0].pop("shares")
    return rows


def body(atoms: list[Atom]) -> list[Atom]:
    """The table's rows without its column headers, which a page break prints again
    after the table's title."""
    return [atom for part in page_bodies(atoms) for atom in part]


def page_bodies(atoms: list[Atom], lead: list[Atom] | None = None) -> list[list[Atom]]:
    """The table's body as each printed page holds it, its column headers left out.
    Given ``lead`` (a stream), what a page prints from its first column header to its
    table title (that header, then its rows' titles: ``lead`` for the first page, the
    end of the page before for the others) opens that page's body."""
    out: list[list[Atom]] = []
    start = 0
    carried = lead or []
    for end in [i for i, a in enumerate(atoms) if a.kind in ("TABLE_I", "TABLE_II")] + [len(atoms)]:
        chunk, ahead = atoms[start:end], list[Atom]()
        if lead is not None and end < len(atoms):
            chunk, ahead = _next_page_lead(chunk)
        start_rows = body_start(chunk, wrapped=lead is not None)
        rows = chunk[start_rows:]
        if lead is not None:  # a stream
            rows = _headers_among_rows_out(chunk[:start_rows], rows)
        out.append([a for a in carried if not is_header_word(a, wrapped=True)] + rows)
        carried = ahead
        start = end + 1
    return out


#: the columns both tables number 1 to 7 (Table I's "2A.", Table II's "3A." and 8 to 11 too)
_COLUMNS_BOTH_NUMBER = frozenset("1234567")


def _headers_among_rows_out(head: list[Atom], rows: list[Atom]) -> list[Atom]:
    """A stream page's body (``rows``, after its column headers ``head``) without the
    rest of those headers printed among its rows: a converter printed the page's
    headers in two parts, one after the table's title ("5. Amount of Securities ...",
    "6. Ownership Form ...") and the other between two rows ("1. Title of Security"
    ... "7. Nature of Indirect Beneficial Ownership (Instr. 4)"). That run of header
    words, opening with a column's printed title, is left out only where the two parts
    number different columns and together every column 1 to 7, and where taking it out
    joins no two cells' words (``_joins_words``)."""
    start = next((n for n, a in enumerate(rows) if a.kind == "COLUMN_TITLE"), None)
    if start is None:
        return rows
    end = start + 1
    while end < len(rows) and is_header_word(rows[end], wrapped=True):
        end += 1
    printed, among = _header_numbers(head), _header_numbers(rows[start:end])
    if not printed or printed & among or not _COLUMNS_BOTH_NUMBER <= printed | among:
        return rows
    if _joins_words(rows, start, end):
        return rows
    return rows[:start] + rows[end:]


def _joins_words(rows: list[Atom], start: int, end: int) -> bool:
    """Whether taking out the header run ``rows[start:end]`` would join two cells' words
    as one: a word stands after it and no value before it, no date nor amount (every row
    prints one, so no whole row stands there; a footnote mark glued on, "Stock4", is
    none): "Class A Common Stock", "1. Title of Derivative Security", "Class B Common
    Stock": an underlying title printed before the header, or a title's first words,
    cannot be told from the next title's opening. Words that the whole run of words
    after the header repeats, word for word, are one title printed twice, which the
    rows' reading takes as one (``row_sequence._one_title_twice``)."""
    before = [a.text for a in rows[:start]]
    after = [a.text for a in takewhile(is_word, rows[end:])]  # empty where no word stands after
    return (0 < start and bool(after) and is_word(rows[start - 1])
            and not any(row_figure_word(text) for text in before)
            and before != after)


def _header_numbers(atoms: list[Atom]) -> set[str]:
    """The column numbers a run of header words prints ("1", "2A", "5")."""
    return {number for a in atoms if (number := column_number(a.text)) is not None}


def _next_page_lead(chunk: list[Atom]) -> tuple[list[Atom], list[Atom]]:
    """A page's part of the body, and what follows the next page's first column header
    printed before that page's table title ("1. Title of Security" then its rows'
    titles, then "Table I - ..."): the next page's, not cells of this one."""
    start = body_start(chunk, wrapped=True)  # this page's own column headers come before its rows
    titles = [n for n, a in enumerate(chunk) if a.kind == "COLUMN_TITLE" and n >= start]
    if not titles:
        return chunk, []
    return chunk[:titles[-1]], chunk[titles[-1] + 1:]
