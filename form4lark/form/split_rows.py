"""Table I rows whose values a converter split over their title's lines, each line on a
grid of its own (pypdf's layout text of a site's page printed to PDF).

A row whose title wraps ("Class A Common" / "Stock") has its other cells set in the
middle of it; pypdf puts each of them on the title's first line or its second, and lays
each line out at its own scale, so that the lines' values do not line up ("A" of the
(A)/(D) column on the first line left of the amount on the second) and the header's
titles stand on yet another grid. Each line's values still stand in the form's order:
the row is read from its lines' values, the lines taken in some order, as the typed
sequence of the form's columns (each value of the kind of its column:
``grid_run_kinds.fits``), each column once. The body is cut into rows of one to
``_MOST_LINES`` lines each, every row's title over the same count of lines (where the
first row's title opens tells where each opens: a title's line alone may close a row,
"Class A Common  10/02/2015  S ..." over "Stock (1)", or open one, "Class A Common" over
"Stock  110561  I"), and taken only where exactly one cut of one such height, and one
reading of each of its rows, reads it whole; otherwise it is not read here (None). Cuts
of titles of unlike heights may read the body as well ("Series A" / "Preferred ..." /
"Stock" over "Common Stock ..." as two titles of 2 lines or one of 3 over one of 1): a
row keeps only the cells every cut reads the same (``_readings``), its title, nature or
price left unknown where they differ, the body not read where another value does; a
cut whose title holds a footnote mark before more words ("Stock [1]" over "Class A
Common") disputes nothing (``_upper_line_marked``). A
nature's words set apart on a line (a word under no title) is not taken.

A row is a holding (the amount owned, its ownership form and nature only) or a whole
transaction (its date, code, amount, (A)/(D), amount owned and form): a part of a row
is neither. A line's title is its words from the body's left edge up to the first gap
of two spaces or more, where one of them is a text's word (``_line_parts``: a title may
hold a price, "Common Stock, $0.01", or open with a letter, "A Preferred"); a title's
line holding another value (a date: the transaction's may stand one space after it)
is a row not read (``_title_whole``). The nature is the other runs of words, each
joined top to bottom. A footnote mark on a row of several lines may be any of its
values' (pypdf sets a raised mark on either line: "55045 (3)" where (3) is the
price's), so it is left unknown; on a row of one line it is its value's where it
closes the value's run, and standing alone it still holds an empty column of the row's
sequence (the row reads as before) but which is unknown (a mark alone fits any column
between two values): its note is left unknown. A price ending in such a mark's number
is left unknown too: its note, then referred to by no value, would have the price read
as holding its mark glued on (``bare_marks``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import permutations
from typing import TYPE_CHECKING

from ..patterns import MARKS_RE, PRICE_WORD_RE
from ..sections import TABLE_I_COLUMNS, Row
from .body_columns import assignments, runs
from .grid_run_kinds import fits, is_wordy, marks_only
from .lines_row import lines_row, lines_rows

if TYPE_CHECKING:
    from .short_grid import GridWord as W

#: the most lines a row is cut over
_MOST_LINES = 3
#: the cells a whole transaction row holds, and those a holding holds
_TRANSACTION = frozenset({"transaction_date", "transaction_code", "shares", "acquired_disposed",
                          "shares_owned_following", "direct_or_indirect"})
_HOLDING = frozenset({"shares_owned_following", "direct_or_indirect"})
_TITLE, _NATURE = "security_title", "nature_of_ownership"
#: a line's title words (none where it holds no title) and its other runs, left to right
_Line = tuple[list["W"], list[list["W"]]]
#: a row's cells by column key, each its lines' words top to bottom
_Cells = dict[str, list[list["W"]]]


def split_rows(lines: Sequence[Sequence[W]], table: str, glued: bool) -> list[Row] | None:
    """Table I's rows of a body's lines (each its words on its own grid), read where one
    cut of the lines into rows reads each row one way only; None otherwise. ``glued``:
    the page's header runs a title's wrapped words together ("Amount OwnedFollowing"),
    so a nature's may be too ("By estate planningvehicles"), with no capital to show
    where: the natures are then left unknown."""
    if table != "table_i" or not lines or not all(lines):
        return None
    left = min(line[0].start for line in lines)
    parts = [_line_parts(line, left) for line in lines]
    spans = _span_cells(parts, glued)
    cuts = [_one_cut(spans, len(parts), tall) for tall in range(1, _MOST_LINES + 1)]
    if any(cut is _AMBIGUOUS for cut in cuts) or sum(cut is not None for cut in cuts) != 1:
        return None  # titles wrapped over unlike counts of lines, or cut more ways than one
    [cut] = [cut for cut in cuts if cut is not None]
    if all(end - start == 1 for start, end, _ in cut):
        return None  # every row on one line: not this shape (a word under no title unread)
    rows = lines_rows([cells for _, _, cells in cut], TABLE_I_COLUMNS)
    disputing = {span: cells for span, cells in spans.items()
                 if span in {(start, end) for start, end, _ in cut}
                 or not _upper_line_marked([parts[n][0] for n in range(*span) if parts[n][0]])}
    return rows if rows is not None and _agreed(rows, _readings(disputing, len(parts))) else None


def _upper_line_marked(title: Sequence[Sequence[W]]) -> bool:
    """Whether a title's line (of ``title``, its lines top down) ends with a footnote
    mark and a line of the title follows it: a cell prints its marks after its text, so
    a reading of "Stock [1]" over "Class A Common" as one title (the lines of two rows)
    does not dispute the one cut's titles ("Class A Common" over "Stock [1]"). The one cut
    itself is read as it stands (pypdf may raise a mark onto a title's upper line)."""
    return any(line and MARKS_RE.fullmatch(line[-1].text) for line in title[:-1])


#: the cells a row is still read without where cuts of its body of titles of unlike
#: heights read them unlike
_LEFT_UNKNOWN = frozenset({_TITLE, _NATURE, "price_per_share"})


def _span_cells(parts: Sequence[_Line], glued: bool) -> dict[tuple[int, int], _Cells]:
    """The cells (``_row``) of each row of one to ``_MOST_LINES`` of the body's lines
    (``parts``) that reads one way only, by its lines' start and end: read once, for
    every cut (``_one_cut``, ``_readings``)."""
    count = len(parts)
    return {(start, end): cells for start in range(count)
            for end in range(start + 1, min(count, start + _MOST_LINES) + 1)
            if (cells := _row(parts[start:end], glued)) is not None}


def _readings(spans: dict[tuple[int, int], _Cells], count: int
              ) -> dict[int, list[Row]] | None:
    """The rows every cut of the body's ``count`` lines into rows of one to
    ``_MOST_LINES`` lines reads (``spans``: ``_span_cells``), its titles of any heights,
    by the row's place in its cut; None where the cuts hold unlike counts of rows. (The
    cuts may be many, so each row of lines is taken where some cut of the lines above it
    and some of those below it, of the counts of rows that make up the whole, meet at it.)"""
    made = {span: row for span, cells in spans.items()
            if (row := lines_row(cells, TABLE_I_COLUMNS)) is not None}
    above: list[set[int]] = [set() for _ in range(count + 1)]  # rows above each line
    above[0] = {0}
    for start, end in sorted(made, key=lambda span: span[1]):
        above[end] |= {n + 1 for n in above[start]}
    below: list[set[int]] = [set() for _ in range(count + 1)]  # rows from each line on
    below[count] = {0}
    for start, end in sorted(made, key=lambda span: -span[0]):
        below[start] |= {n + 1 for n in below[end]}
    if len(above[count]) != 1:
        return None
    [total] = above[count]
    readings: dict[int, list[Row]] = {}
    for (start, end), row in made.items():
        for n in above[start]:
            if total - n - 1 in below[end]:
                readings.setdefault(n, []).append(row)
    return readings


def _agreed(rows: list[Row], readings: dict[int, list[Row]] | None) -> bool:
    """Keep of ``rows`` (the one cut of titles of even height) the cells every cut of
    the body reads the same (``_readings``): a cell of ``_LEFT_UNKNOWN`` read unlike is
    dropped (a 3-line title over a 1-line one, "Series A" / "Preferred ..." / "Stock" /
    "Common Stock ...", reads as well as two titles of 2 lines); False where another
    cell is read unlike or the cuts hold unlike counts of rows."""
    if readings is None or sorted(readings) != list(range(len(rows))):
        return False
    for n, row in enumerate(rows):
        for other in readings[n]:
            for key in set(row) | set(other):
                if _text(row, key) != _text(other, key):
                    if key not in _LEFT_UNKNOWN:
                        return False
                    row.pop(key, None)
    return True


def _text(row: Row, key: str) -> str | None:
    """A row's cell's text, None where the row holds no such cell."""
    cell = row.get(key)
    return None if cell is None else cell.text


#: ``_one_cut``'s answer where the lines cut into rows more ways than one
_AMBIGUOUS: list[tuple[int, int, _Cells]] = []


def _one_cut(spans: dict[tuple[int, int], _Cells], lines: int, tall: int
             ) -> list[tuple[int, int, _Cells]] | None:
    """The one cut of the body's ``lines`` lines into rows whose titles each wrap over
    ``tall`` lines, each row read one way only (``spans``: ``_span_cells``): its rows'
    lines' start and end and cells; None where no cut reads so, ``_AMBIGUOUS`` where more
    than one does. Every row's title the same height: where each title opens is then
    told by the first row's."""
    # each line's count of ways to cut the lines above it into rows (at most 2) and the
    # rows of the last such cut
    ways: list[tuple[int, list[tuple[int, int, _Cells]]]] = [(0, []) for _ in range(lines + 1)]
    ways[0] = (1, [])
    for end in range(1, lines + 1):
        count, cut = 0, list[tuple[int, int, _Cells]]()
        for start in range(max(0, end - _MOST_LINES), end):
            if ways[start][0] and (cells := spans.get((start, end))) is not None \
                    and len(cells[_TITLE]) == tall:
                count += ways[start][0]
                cut = [*ways[start][1], (start, end, cells)]
        ways[end] = (min(count, 2), cut)
    count, cut = ways[-1]
    return None if count == 0 else cut if count == 1 else _AMBIGUOUS


def _line_parts(words: Sequence[W], left: int) -> _Line:
    """A line's title (its words from the body's left edge, ``left``, up to the first gap
    of two spaces or more, where one of them is a text's word: "Common Stock, $0.01",
    "A Preferred") and its other runs (``body_columns.runs``)."""
    end = 0
    if words[0].start <= left + 1:
        end = 1
        while end < len(words) and words[end - 1].end + 1 >= words[end].start:
            end += 1
        if not any(is_wordy(w.text) for w in words[:end]):
            end = 0
    return list(words[:end]), runs(words[end:])


def _title_whole(words: Sequence[W]) -> bool:
    """Whether a line's title words are the title's alone: ``runs`` parts them only where
    a price stands beside a word of letters ("Common Stock, $0.01" / "$0.01 par value");
    a date, a value after a mark or a letter after an amount one space on may be the
    next cell's ("Common Stock 09/06/2023")."""
    pieces = runs(words)
    return all(is_wordy(a[-1].text) and PRICE_WORD_RE.fullmatch(b[0].text)
               or PRICE_WORD_RE.fullmatch(a[-1].text) and is_wordy(b[0].text)
               for a, b in zip(pieces, pieces[1:]))


def _row(lines: Sequence[_Line], glued: bool) -> _Cells | None:
    """A row's cells (each its lines' words, top to bottom) from its lines' titles and
    runs, where its values read one way only whatever the order of its lines; None
    otherwise (its nature left out where ``glued``: ``split_rows``)."""
    several = len(lines) > 1
    unknown: list[W] = []  # the marks whose cell is unknown
    title: list[list[W]] = []
    nature: list[list[W]] = []
    values: list[list[list[W]]] = []  # each line's runs of values, left to right
    for line_title, rest in lines:
        if line_title:
            unknown += [w for w in line_title if several and MARKS_RE.fullmatch(w.text)]
            title.append([w for w in line_title if not several or not MARKS_RE.fullmatch(w.text)])
        own: list[list[W]] = []
        worded = len(nature)
        for run in rest:
            if several or marks_only(run):
                unknown += [w for w in run if MARKS_RE.fullmatch(w.text)]
            words = [w for w in run if not MARKS_RE.fullmatch(w.text)] if several else run
            if not words:
                continue  # a mark alone on a row of lines: whose, unknown
            if any(is_wordy(w.text) for w in words):
                nature.append(list(words))
            else:
                own.append(list(words))
        if len(nature) - worded > 1:
            return None  # a nature's words set apart on a line: a word under no title
        values.append(own)
    if not title:
        return None
    if not all(_title_whole(words) for words, _ in lines if words):
        return None  # a title's line may hold the next cell's value, one space on
    dropped = {n for w in unknown for n in re.findall(r"\d+", w.text)}
    found: set[tuple[tuple[int, int], ...]] = set()
    for order in permutations(range(len(lines))):
        sequence = [run for n in order for run in values[n]]
        fitted = [[fits(key, run) for key in TABLE_I_COLUMNS] for run in sequence]
        for match in assignments(fitted, 0, 1):
            held = {TABLE_I_COLUMNS[k] for k in match}
            if TABLE_I_COLUMNS.index("direct_or_indirect") not in match[-1:]:
                continue  # the ownership form is the last value
            if held == _HOLDING or _TRANSACTION <= held:
                found.add(tuple(sorted((id(run), k) for run, k in zip(sequence, match))))
        if len(found) > 1:
            return None
    if len(found) != 1:
        return None
    key_of = dict(next(iter(found)))
    cells: _Cells = {_TITLE: title}
    for line in values:
        for run in line:
            if marks_only(run):
                continue  # a mark alone on a row of one line holds a column, whose: unknown
            cells.setdefault(TABLE_I_COLUMNS[key_of[id(run)]], []).append(run)
    if nature and not glued:
        cells[_NATURE] = nature
    price = cells.get("price_per_share")
    if price and any(price[0][-1].text.endswith(n) for n in dropped):
        del cells["price_per_share"]  # it may be read as holding that mark glued on
    return cells
