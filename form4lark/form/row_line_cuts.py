"""Which row a text line is of (``row_lines.py``, step 2): the lines above a table's first
row are its own and those below its last; between two rows, lines of marks alone are the
upper row's, the others go to the row with open cells where the other has none, a footnote
mark ends the upper row's one open cell, a centred cell of an even count of lines has as
many below as above (``_count_cuts``), rows printed alike are cut as the end rows show
(``row_alike.py``). Elsewhere the cut is not certain and the lines are not placed.
"""

from __future__ import annotations

from ..patterns import MARK_AT_END_RE
from .atoms import Atom
from .row_bands import ENDS_IN_COMMON
from .row_kinds import TITLE_OPENING, only_marks
from .row_line_types import TITLE, UNDER, Body, Broken, Lines, RowLine, words_text
from .row_sequence import TITLE_CLOSING


def line_gaps(body: Body) -> list[tuple[int, int, Lines]]:
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


def row_gaps(body: Body) -> list[tuple[RowLine, RowLine, Lines]]:
    """Each run of text lines between two rows' lines, with those rows."""
    out = []
    for before, after, run in line_gaps(body):
        upper, lower = _beside(body, before), _beside(body, after)
        if run and isinstance(upper, RowLine) and isinstance(lower, RowLine):
            out.append((upper, lower, run))
    return out


def _beside(body: Body, i: int) -> RowLine | Broken | None:
    """The row's or broken line at index ``i`` of a run's edge (None past the table's ends)."""
    line = body[i] if 0 <= i < len(body) else None
    return None if isinstance(line, list) else line


def open_title(part: list[Atom]) -> bool:
    """True where a title's words on its row's line cannot end it ("Class A Common":
    ``row_bands.ENDS_IN_COMMON``): its cell goes on off the line, never assumed closed."""
    return bool(ENDS_IN_COMMON.fullmatch(words_text(part)))


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


def marked_last(lower: RowLine, run: Lines) -> bool:
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


def closes_cells(line: list[Atom]) -> bool:
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
    if marked_last(lower, run):
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
        return int(any(open_title(upper.parts[key]) for key in upper.open))
    if upper.open != {TITLE}:
        return 0
    words = list(upper.parts[TITLE])
    count = 0
    for line in run:
        if not open_title(words):
            break
        words += line
        count += 1
    return count


def place_lines(body: Body, align: str | None) -> None:
    """Give each row its text lines where they are certainly its own."""
    for before, after, run in line_gaps(body):
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
    gaps = line_gaps(body)[1:-1]
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
    for before, after, run in line_gaps(body):
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
