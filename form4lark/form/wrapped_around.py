"""A row's cell wrapped around its values line, put back among its row's words.

A text of a page's visual lines (pdfplumber) prints a Table I row whose cell holds two
lines as three lines: the cell's first line above the row, the row's other values
(each one line, centred on the cell's height) in the middle, and the cell's second
line below. Read in order, a price above ("$66.903") would open the row's title and
its marks below ("[1]") would end the row's last cell. Where the middle line tells
which cell alone has no line on it, the cell's two lines go back where the form prints
it: a price alone above, its marks alone below, over a line with no price and one
"A"/"D" letter between two amounts (the price goes after that letter); a title's words
above (none opening a nature, the line before them no row's values line with words on
it, whose cell set at its row's top they could end), its marks below, over a line
opening with the date and ending with a direct holding's "D" (and a title's words then
a price above, two marks below: one each, in their order); a nature's words above
(opening "By"/"See") and below (opening none: each row's one-line nature printed on
the line after it), over a line ending with an indirect holding's "I". Where the title and the nature both stand around
a line opening with the date and ending with "I", which words are whose is not printed:
those lines are left out, unless the table's other rows tell: where one cut alone of the
lines above and below (at the nature's "By"/"See" where it opens so) makes the title one
those rows print, the rest is the nature's (``_title_and_nature_told``; the lines read
again with those titles, as a title ending with a code's letter is). Where none of these
reads the three lines, several cells wrapped at once may (``centred_cells.centred_cells_row``). Anywhere else the lines stay as they are (the
row readers then leave what they cannot place).

A stream printing a page's lines block by block (``pdftotext`` with no flags) may take
a Table I row's first two cells as one block: the title's two lines with the date, which
the page centres on the title's height, between them ("Class A Common" / "08/22/2019" /
"Stock"). Read in order, the date would cut the title. Column 1 is the table's first:
nothing stands left of it, so a date printed between its lines is column 2's, right of
it. Where a line stops open the way a wrapped title does (``row_sequence.OPEN_TITLE``),
the next line is a date alone and the line after it only the words that close such a
title (``row_sequence.TITLE_CLOSING``, its marks after them), each right below the one
before, and no line of words stands right above the first (it would be a nature's last
line as well: "By Acme LLC -" / "Series A"), the date goes after the closing line. So
too where the date ends the title's first line ("Class A Common 04/04/2024" / "Stock,
par value" / "$0.0001 per share": the cells set at their top) and the line right below
opens with the closing words: the date goes after the title's lines below, up to a
blank line or a line holding no word of prose (a row's values, "S1")
(``titles_around_dates_put_back``). Anywhere else the words stay as they are.

This reads the same visual lines that ``row_lines.py`` reads for the "lines" shape (a
row's line and the text lines around it), here for a stream text's three lines at a time
only; merging the two readers is later work.
"""

from __future__ import annotations

from itertools import takewhile
from typing import NamedTuple

from ..patterns import AMOUNT_WORD_RE, DIRECTION_LETTERS, MARKS_RE, NATURE_OPENING_RE, PRICE_WORD_RE
from .atoms import Atom, lines_of
from .centred_cells import (centred_cells_row, letter_ends_title, opens_row, page_cut_row,
                            printed_title, row_title, whole_cells)
from .column_tokens import text as _text
from .row_kinds import (DATE, NUMBER, TITLE_OPENING, is_prose, looks_like_value, only_marks,
                        only_values)
from .row_pairs import unmarked
from .row_sequence import OPEN_TITLE, TITLE_CLOSING


def _amount(atom: Atom) -> bool:
    """An amount of shares: a number with no dollar sign and no mark."""
    return bool(AMOUNT_WORD_RE.fullmatch(atom.text))


def _direction_at(values: list[Atom]) -> int | None:
    """The index of the one "A"/"D" letter standing between two amounts on a row's
    values line holding no price; None where there is none, more than one, or a price."""
    if any(a.text.startswith("$") for a in values):
        return None
    found = [j for j in range(1, len(values) - 1)
             if values[j].text in DIRECTION_LETTERS and _amount(values[j - 1])
             and _amount(values[j + 1])]
    return found[0] if len(found) == 1 else None


def _words_only(atoms: list[Atom]) -> bool:
    return all(not looks_like_value(a.text) for a in atoms)


def _no_amounts(atoms: list[Atom]) -> bool:
    """No number and no date (a title's "Class A", a nature's marks may stand)."""
    return not any(NUMBER.fullmatch(a.text) or DATE.fullmatch(a.text) for a in atoms)


def _title_above(before: list[Atom] | None, words: list[Atom], values: list[Atom]) -> bool:
    """Whether ``words`` above a row's ``values`` line can only be its title's first
    line: words only, none opening a nature ("Common Stock By Spouse": a nature's words
    may stand there too), over a line opening with the transaction's date or dates (no
    title on it), then its code's letter, and ending with a direct holding's "D" (no
    nature: the row's other cells all stand on its values line, one line each); the
    line ``before`` them no row's values line with words on it (``_cell_may_run_on``)."""
    dates = list(takewhile(lambda a: bool(DATE.fullmatch(a.text)), values))
    code = values[len(dates)].text if len(dates) < len(values) else ""
    return (_words_only(words) and not any(NATURE_OPENING_RE.fullmatch(a.text) for a in words)
            and 0 < len(dates) < 3 and len(code) == 1 and code.isupper()
            and values[-1].text == "D" and not _cell_may_run_on(before))


def _cell_may_run_on(line: list[Atom] | None) -> bool:
    """Whether ``line`` is a row's values line (a date on it) holding words (a title
    before its values, a nature after them): on a page that sets its cells at their rows'
    tops, the next line may be that cell's second line ("Common" on the values line,
    "Stock" under it), which a row printed centred below cannot tell from its own
    title's first line."""
    return line is not None and any(DATE.fullmatch(a.text) for a in line) \
        and not only_values(line)


def _nature_around(above: list[Atom], values: list[Atom], below: list[Atom]) -> bool:
    """Whether the lines around a row's ``values`` line are its nature's two lines: the
    line above opens with a nature's opening ("By", "See": the last column, so no other
    cell's words stand before it on that line) and holds words only, the values line
    holds a date and ends with an indirect holding's "I" (no nature on it), and the line
    below holds no value but marks and opens no nature (a stream printing each row's
    one-line nature on a line of its own after its values: "By Trust(3)" above is the
    row before's, "By LLC(4)" below the row's own)."""
    return (bool(NATURE_OPENING_RE.fullmatch(above[0].text)) and _words_only(above)
            and not NATURE_OPENING_RE.fullmatch(below[0].text)
            and values[-1].text == "I" and any(DATE.fullmatch(a.text) for a in values)
            and all(MARKS_RE.fullmatch(a.text) or not looks_like_value(a.text)
                    for a in below))


def _put_back(before: list[Atom] | None, above: list[Atom], values: list[Atom],
              below: list[Atom], titles: frozenset[str] = frozenset(),
              bounded: bool = False) -> list[Atom] | None:
    """A row's words with its cell printed around its values line put back, or None
    where the three lines are not one such row (``before``: the line above them, if
    any; ``titles``: the titles the table's other rows print; ``bounded``: no cell runs
    on past the three lines, ``_bounded``)."""
    if only_marks(below):
        note = "".join(a.text for a in below)
        at = _direction_at(values)
        if len(above) == 1 and PRICE_WORD_RE.fullmatch(above[0].text) and at is not None:
            return values[:at + 1] + [above[0].with_text(above[0].text + note)] + values[at + 1:]
        if _title_above(before, above, values):
            return above[:-1] + [above[-1].with_text(above[-1].text + note)] + values
        if len(above) > 1 and len(below) == 2 and _title_above(before, above[:-1], values) \
                and PRICE_WORD_RE.fullmatch(above[-1].text) and at is not None:
            return _title_and_price(above, values, below, at)
    if _nature_around(above, values, below):
        return values + above + below
    if titles and bounded and (
            told := _title_and_nature_told(above, values, below, titles)) is not None:
        return told
    if _title_and_nature_around(above, values, below):
        return values
    return None


def _title_and_price(above: list[Atom], values: list[Atom], below: list[Atom],
                     at: int) -> list[Atom]:
    """A row whose title and price both wrap around its values line ("Common Stock
    $208.99" above, "[1] [2]" below): the two cells above, each of two lines, have their
    second lines below in the same order, one mark each, the title's first."""
    title = above[:-2] + [above[-2].with_text(above[-2].text + below[0].text)]
    price = above[-1].with_text(above[-1].text + below[1].text)
    return title + values[:at + 1] + [price] + values[at + 1:]


def _title_and_nature_around(above: list[Atom], values: list[Atom],
                             below: list[Atom]) -> bool:
    """Whether the lines around a row's ``values`` line hold both its title's and its
    nature's lines ("Class A Common By Sequoia Capital U.S. Growth Fund IV," over the
    values, "Stock L.P. [1]" under them): words only above and below, the line above
    opening as a title does ("Class") and holding a nature's opening ("By") further on,
    over a line opening with the date (no title on it) and ending with an indirect
    holding's "I" (no nature on it). Where the title ends and the nature begins on each line is not
    printed: both are left out (their lines reported as not read)."""
    return (bool(TITLE_OPENING.match(above[0].text))
            and any(NATURE_OPENING_RE.fullmatch(a.text) for a in above[1:])
            and _no_amounts(above) and not only_marks(below) and _no_amounts(below)
            and bool(DATE.fullmatch(values[0].text)) and values[-1].text == "I")


def _title_beside_nature(above: list[Atom], values: list[Atom], below: list[Atom]) -> list[int]:
    """Where the nature may open on the line above a row's ``values`` line whose title
    and nature both stand off it, each of two lines around it: words only above, the
    values line no word, ending with an indirect holding's "I" (so a nature of an even
    count of lines, half above it), words below (its last ones the nature's second
    line; any marks above end the line, the nature's). At its one nature's opening
    ("By", "See") where it holds one, else after any of its words but the last; none
    where the lines are not so (or hold two openings)."""
    openings = [n for n, a in enumerate(above) if NATURE_OPENING_RE.fullmatch(a.text)]
    last = next((a.text for a in reversed(values) if not MARKS_RE.fullmatch(a.text)), "")
    if len(openings) > 1 or not _no_amounts(above) or last != "I" \
            or not only_values(values) or len(below) < 2 \
            or not _no_amounts(below) or MARKS_RE.fullmatch(below[0].text):
        return []
    marked = next((n for n, a in enumerate(above) if MARKS_RE.fullmatch(a.text)), len(above))
    if any(not MARKS_RE.fullmatch(a.text) for a in above[marked:]):
        return []  # marks end a cell: only the nature's, ending the line, stand above
    return [n for n in openings if 0 < n < marked] if openings else list(range(1, marked))


def _title_and_nature_told(above: list[Atom], values: list[Atom], below: list[Atom],
                           titles: frozenset[str]) -> list[Atom] | None:
    """The row's words where its title and nature both stand around its values line
    (``_title_beside_nature``) and one cut alone of the lines above and below makes the
    title one of ``titles`` (those the table's other rows print), the rest of them the
    nature's two lines ("Class A Common By The Founders Fund Growth, LP" / "1486909 I" /
    "Stock (4)": "Stock" the title's, "(4)" the nature's; "Class A Common Sequoia
    Capital U.S. Growth Fund" / "854616 I" / "Stock IV, L.P. (3)"); else None."""
    cuts = [(j, k) for j in _title_beside_nature(above, values, below) for k in range(1, len(below))
            if printed_title(above[:j] + below[:k], titles)]
    if len(cuts) != 1:
        return None
    ((j, k),) = cuts
    return above[:j] + below[:k] + values + above[j:] + below[k:]


def _bounded(before: list[Atom] | None, after: list[Atom] | None, settled: bool) -> bool:
    """Whether a row's three lines hold all of its cells' lines: the line ``before`` them
    the end of a row put back (``settled``) or a values line, and the line ``after`` them
    opening a row (``centred_cells.opens_row``). Else a nature of four lines may print its
    first above them and its last below (N1 / "T1 N2" / values / "T2 N3" / N4), its
    middle two read as the whole nature."""
    return (settled or holds_value(before)) and opens_row(after)


def holds_value(line: list[Atom] | None) -> bool:
    """Whether ``line`` holds a number or a date (a row's values line, not a cell's words
    printed on lines of their own before it)."""
    return line is not None and any(NUMBER.fullmatch(a.text) or DATE.fullmatch(a.text)
                                    for a in line)


def cells_around_put_back(atoms: list[Atom], layout: str = "stream",
                          left_out: list[Atom] | None = None) -> list[Atom]:
    """Table I's ``atoms`` with each cell printed around its row's values line (its first
    line above, its second below) put back among the row's words (``_put_back``);
    the same words in order where no row is printed so. Where one row reads as several
    cells centred on it, the page centres its cells: the words under a values line with
    a nature on it are then its title's (``centred_cells.centred_cells_row``). Where a
    row's title ends with a code's letter over a values line printing no code, or stands
    beside its nature on both lines around it, the lines are read again with the titles
    the other rows put back print (``_titles_of``). The
    marks whose cell is not printed, left out of the rows put back, are added to
    ``left_out``."""
    lines = lines_of(atoms)
    read = _lines_put_back(lines, layout, False)
    if read.centred:
        read = _lines_put_back(lines, layout, True)
    if read.needs_titles and (titles := _titles_of(read.rows, layout)):
        read = _lines_put_back(lines, layout, read.centred, titles)
    if left_out is not None:
        left_out.extend(read.left_out)
    return read.words


class _PutBack(NamedTuple):
    """A reading of a table's lines by ``_lines_put_back``."""

    words: list[Atom]
    #: whether a row of centred cells was read
    centred: bool
    #: the marks left out
    left_out: list[Atom]
    #: the rows put back, each its words
    rows: list[list[Atom]]
    #: whether a row was left that the titles of the others may tell: its title ending
    #: with a code's letter (``letter_ends_title``), or beside its nature on both lines
    #: around it (``_title_beside_nature``)
    needs_titles: bool


def _titles_of(rows: list[list[Atom]], layout: str) -> frozenset[str]:
    """The titles of the rows put back (each read alone), their marks left out."""
    found = (row_title(words, layout) for words in rows)
    return frozenset(unmarked(title) for title in found if title)


def _cells_put_back(row: list[Atom] | None, values: list[Atom]) -> bool:
    """Whether ``centred_cells_row`` put cells back around ``values`` (a row left out keeps its
    values line only: it tells nothing of how the page sets its cells)."""
    return row is not None and len(row) > len(values)


def _lines_put_back(lines: list[list[Atom]], layout: str, centred: bool,
                    titles: frozenset[str] = frozenset()) -> _PutBack:
    """``cells_around_put_back`` on a table's visual ``lines`` (``centred``: whether the
    page is known to centre its cells; ``titles``: the titles the table's rows print)."""
    out: list[Atom] = []
    left_out: list[Atom] = []
    rows: list[list[Atom]] = []
    i = settled = 0
    found = needs_titles = False
    while i < len(lines):
        before = lines[i - 1] if i else None
        after = lines[i + 3] if i + 3 < len(lines) else None
        row = _put_back(before, lines[i], lines[i + 1], lines[i + 2], titles,
                        _bounded(before, after, i == settled)) if i + 2 < len(lines) else None
        # title and nature beside each other around the values line: left out (their
        # values kept) unless the other rows' titles tell them apart
        needs_titles = needs_titles or row is None and i + 2 < len(lines) \
            and bool(_title_beside_nature(*lines[i:i + 3]))
        if row is None and i + 2 < len(lines):  # several cells wrapped at once
            words_above = (i == settled or holds_value(before)) and not (
                _cell_may_run_on(before) and not whole_cells(before or []))
            row = centred_cells_row(lines[i], lines[i + 1], lines[i + 2], layout, words_above,
                                    after, centred, left_out, titles)
            found = found or _cells_put_back(row, lines[i + 1])  # a page cut tells nothing of it
            needs_titles = needs_titles or row is None and letter_ends_title(lines[i], lines[i + 1])
            if row is None:
                row = page_cut_row(lines[i + 1], lines[i], lines[i + 2], layout, after, centred)
        if row is not None:
            out.extend(row)
            rows.append(row)
            i = settled = i + 3
            continue
        out.extend(lines[i])
        i += 1
    return _PutBack(out, found, left_out, rows, needs_titles)


def _words_right_above(above: list[Atom] | None, line: list[Atom]) -> bool:
    """True where ``above`` is a line of words right above ``line``: then ``line`` may
    end that line's cell (a nature's "By Acme LLC -" / "Series A") as well as open a
    title, so it is not taken for a title's first line."""
    return above is not None and above[-1].line + 1 == line[0].line and is_prose(above[0])


def _has_prose(line: list[Atom]) -> bool:
    """True where ``line`` holds a word of prose: a title's wrapped words may, a line of
    values ("S1", "141,981 D") does not."""
    return any(is_prose(a) for a in line)


def _closes_title(line: list[Atom]) -> bool:
    """True where ``line`` holds only the words closing a title, then any marks
    ("Stock", "Stock [1]", "Common Stock(2)")."""
    words = [a for a in line if not MARKS_RE.fullmatch(a.text)]
    marks = line[len(words):]
    return bool(words) and all(MARKS_RE.fullmatch(a.text) for a in marks) \
        and bool(TITLE_CLOSING.fullmatch(_text(words)))


def _wrapped_around(above: list[Atom] | None, first: list[Atom], date: list[Atom],
                    closing: list[Atom]) -> bool:
    """True where three lines, one right below the other, are a title's first line
    stopping open, a date alone, and the title's closing words, no line of words right
    above the first (``above``: the line before it, None where there is none)."""
    if not (len(date) == 1 and DATE.fullmatch(date[0].text)
            and first[-1].line + 1 == date[0].line and date[-1].line + 1 == closing[0].line):
        return False  # the cheap tests first: the title is joined only for a date alone
    title = _text(first)
    return (not _words_right_above(above, first)
            and bool(TITLE_OPENING.match(title)) and bool(OPEN_TITLE.fullmatch(title))
            and _closes_title(closing))


def _dated_first_line(lines: list[list[Atom]], n: int) -> int:
    """How many lines below ``lines[n]`` go on with the title that line opens and its date
    ends, stopping open ("Class A Common 04/04/2024"): the lines right below it, one under
    the other, each holding a word of prose and no date, the first opening with the
    title's closing words ("Stock, par value"); 0 where ``lines[n]`` is no such line."""
    first = lines[n]
    if len(first) < 2 or not DATE.fullmatch(first[-1].text):
        return 0
    title = _text(first[:-1])  # joined only for a line ending with a date
    if not TITLE_OPENING.match(title) or not OPEN_TITLE.fullmatch(title):
        return 0
    end = n + 1
    while end < len(lines) and lines[end][0].line == lines[end - 1][-1].line + 1 \
            and _has_prose(lines[end]) and not any(DATE.fullmatch(a.text) for a in lines[end]):
        end += 1
    closing = lines[n + 1][0].text.rstrip(",") if end > n + 1 else ""
    return end - n - 1 if TITLE_CLOSING.fullmatch(closing) else 0


def titles_around_dates_put_back(atoms: list[Atom]) -> list[Atom]:
    """``atoms`` (Table I's body in a stream) with each date printed between its row's
    title's lines, or at the end of its first line, moved after them (``atoms`` itself
    where none is)."""
    lines = lines_of(atoms)
    out: list[Atom] = []
    moved = False
    n = 0
    while n < len(lines):
        if n + 2 < len(lines) and _wrapped_around(lines[n - 1] if n else None, *lines[n:n + 3]):
            out += lines[n] + lines[n + 2] + lines[n + 1]
            moved = True
            n += 3
        elif below := _dated_first_line(lines, n):
            out += lines[n][:-1] + [a for line in lines[n + 1:n + 1 + below] for a in line]
            out.append(lines[n][-1])
            moved = True
            n += 1 + below
        else:
            out += lines[n]
            n += 1
    return out if moved else atoms
