"""Text lines between rows printed alike, cut as the table's end rows show (``row_lines.py``).

The text lines above a table's first row are its own, and so are those below its
last: those two rows show for certain which lines a row of the table prints above
and below its line. Where every row has the same title's words on its line and
every run of text lines between two rows is the very lines the last row ends with
followed by those the first row opens with, the rows are printed alike: each row ends with the last
row's lines and the next opens with the first row's. Any other cut gives rows of
the same print different lines around their lines. A run that does not fit, a
joined line, or a cut already certain and different leaves the table as it was.

Where the runs differ, one end row alone may show how a row opens or ends: where
a run between two rows ends with the very lines the first row opens with and the
row after it shows the first row's title words on its line, that row opens with
them and the lines before them end the row above; where a run starts with the very
lines the last row ends with and the row before it shows the last row's title
words, that row ends with them (``opening_cuts``; the two must agree).

Where neither row's side of a run is known, rows showing the same title words end
alike (``ending_cuts``): where such rows end with lines known and printed alike, a
run starting with lines printed so ends the upper row there; where such a row ends on
its line (the table's last row), an upper row whose other open cells a mark ends on
its line ends there too, or whose open cells show there the very words that row's
do, where the run is printed as the lines the upper row opens with; the rest of the
run is the lower row's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .atoms import Atom

if TYPE_CHECKING:  # row_line_cuts.py calls this module
    from .row_line_types import RowLine

Lines = list[list[Atom]]


def _texts(lines: Lines) -> list[str]:
    return [" ".join(a.text for a in line) for line in lines]


def _print(row: RowLine) -> str:
    """What a row shows of the column every row prints: its title's words on its line."""
    return " ".join(a.text for a in row.parts["security_title"])


#: the most characters of a word in which two lines printed alike may differ: a series'
#: letter or number ("Series A" / "Series B", "Series C-1" / "Series D")
SERIES_WORD = 3


def _same_word(word: str, other: str) -> bool:
    """True where two words are the same, or the same word each ended by footnote marks
    (``alike_lines``)."""
    from .row_pairs import unmarked
    if word == other:
        return True
    bare, other_bare = unmarked(word), unmarked(other)
    return bare != word and other_bare != other and bare == other_bare


def alike_lines(lines: Lines, model: Lines) -> bool:
    """True where ``lines`` are printed as ``model`` is: as many lines, as many words on
    each, and on each line at most one word that differs, a short one on both sides
    (``SERIES_WORD``): the rows' series ("Series A" / "Series B" over "Preferred"). Two
    words that both end with footnote marks differ only where their words do: each row
    marks its own note ("footnote(4)" / "footnote(8)"); a word with a mark and one
    without differ (a mark ends a cell's text: "Footnote" may go on, "Footnote(6)" not)."""
    if len(lines) != len(model):
        return False
    for line, other in zip(lines, model):
        if len(line) != len(other):
            return False
        differ = [(a.text, b.text) for a, b in zip(line, other)
                  if not _same_word(a.text, b.text)]
        if len(differ) > 1 or any(max(len(a), len(b)) > SERIES_WORD for a, b in differ):
            return False
    return True


def alike_cuts(rows: list[RowLine], runs: list[Lines]) -> list[int] | None:
    """How many lines of each run between two rows are the upper row's, where the rows
    are printed alike; None otherwise. ``rows``: the table's rows in order (``RowLine``s,
    each with ``above`` and ``below`` as placed so far); ``runs``: the text lines
    between each two of them (one run fewer than rows)."""
    if len(rows) < 2 or len(runs) != len(rows) - 1:
        return None
    top, bottom = rows[0].above, rows[-1].below
    if top is None or bottom is None or not top and not bottom:
        return None
    if any(r.joined or r.beside_header for r in rows):
        return None
    if len({_print(r) for r in rows}) != 1 or not _print(rows[0]):
        return None
    cut = len(bottom)
    printed = _texts(bottom) + _texts(top)
    for upper, lower, run in zip(rows, rows[1:], runs):
        if _texts(run) != printed:
            return None
        if upper.below is not None and len(upper.below) != cut:
            return None
        if lower.above is not None and len(lower.above) != len(top):
            return None
    return [cut] * len(runs)


def opening_cuts(rows: list[RowLine], runs: list[Lines]) -> list[int | None]:
    """How many lines of each run between two rows are the upper row's, where the run
    ends with the lines the first row opens with (its lines above, known and not
    empty) and the lower row shows the first row's title words on its line, or
    where it starts with the lines the last row ends with (its lines below) and the
    upper row shows the last row's title words; None for the other runs and where
    the two disagree (``alike_cuts`` for the arguments). Rows showing no title words
    on their lines show so alike (all of their titles' words stand on their text lines:
    the run must then be the very lines the end row prints). Rows with a cell closed
    only by the page's design (``RowLine.assumed``) are left: that cell may hold
    some of the lines the cut would give the row's open cell."""
    if not rows or len(runs) != len(rows) - 1:
        return [None] * len(runs)
    top, bottom = rows[0].above, rows[-1].below
    cuts: list[int | None] = []
    for upper, lower, run in zip(rows, rows[1:], runs):
        found = set()
        if top and _print(lower) == _print(rows[0]) and alike_lines(run[-len(top):], top):
            found.add(len(run) - len(top))
        if bottom and _print(upper) == _print(rows[-1]) and alike_lines(run[:len(bottom)], bottom):
            found.add(len(bottom))
        cut = found.pop() if len(found) == 1 else None
        fits = (cut is not None and 0 <= cut <= len(run)
                and not any(r.joined or r.beside_header or r.assumed for r in (upper, lower))
                and (upper.below is None or len(upper.below) == cut)
                and (lower.above is None or len(lower.above) == len(run) - cut))
        cuts.append(cut if fits else None)
    return cuts


def ending_cuts(rows: list[RowLine], runs: list[Lines]) -> list[int | None]:
    """How many lines of each run between two rows, neither row's side of it known,
    are the upper row's, where rows showing the upper row's title words on their lines
    all end with lines known and printed alike (``alike_lines``), and the run starts
    with lines printed so: the upper row ends as those rows do; where such a row ends on
    its line, its lines below none, an upper row whose other open cells a mark ends on its
    line ends there too (``_ends_alike_on_line``) and the run is the lower row's; so does
    one whose open cells show there the very words that row's do, where the run is
    printed as the lines the upper row opens with (its lines above, or the rest of the
    run above it as cut here): a cell going on below its line shows the same words on
    it. None for other runs."""
    ends: dict[str, list[Lines]] = {}
    for row in rows:
        if row.below and _print(row) and not (row.joined or row.beside_header or row.assumed):
            ends.setdefault(_print(row), []).append(row.below)
    on_line = [row for row in rows if row.below == [] and _print(row)
               and not (row.joined or row.beside_header or row.assumed)]
    cuts: list[int | None] = []
    opened = rows[0].above if rows else None
    for upper, lower, run in zip(rows, rows[1:], runs):
        known = ends.get(_print(upper), [])
        # words alone end a cell only where the run is printed as the row's lines above
        # (a mark alone suffices either way: ``words`` only adds to what ends a cell)
        if not known and not _any_marks_alone(run) and _ends_alike_on_line(
                upper, on_line, words=opened is not None and alike_lines(run, opened)):
            known = [[]]
        fits = (bool(known) and upper.below is None and lower.above is None
                and all(alike_lines(end, known[0]) for end in known)
                and alike_lines(run[:len(known[0])], known[0])
                and not any(r.joined or r.beside_header or r.assumed for r in (upper, lower)))
        cuts.append(len(known[0]) if fits else None)
        opened = run[len(known[0]):] if fits else lower.above
    return cuts


def _any_marks_alone(run: Lines) -> bool:
    """True where a line of the run holds footnote marks alone ("(3)"): a value's mark
    wrapped under it, which may be any cell's, the upper row's closed ones too."""
    from .row_pairs import only_marks
    return any(only_marks(line) for line in run)


def _ends_alike_on_line(upper: RowLine, on_line: list[RowLine], words: bool) -> bool:
    """True where ``upper`` ends on its line: a row showing its title words on its line
    ends there (``on_line``: such rows, their lines below known to be none: the table's
    last row, nothing after it), so its title, printed alike, ends on its line too, and
    each other cell it may have open ends with a footnote mark there (a mark ends a
    cell's text: "See" / "Footnote(2)") or, with ``words``, shows there the very words,
    not none, that such a row's cell shows ending on its line (an underlying "Common
    Stock" read from two lines interleaved on the line, under "Series E" / "Series F"
    over "Preferred Stock": each row prints its cells alike). Words alone do not show
    that a cell ends (a cell going on below its line shows the same words there): the
    caller then asks the run below to be printed as the row's lines above. The caller
    refuses joined, assumed and beside-header rows."""
    from .row_line_cuts import ends_with_mark
    from .row_line_types import words_text
    title = "security_title"

    def ends_as(row: RowLine, key: str) -> bool:
        part = upper.parts[key]
        return ends_with_mark(part) or words and bool(part) and (
            words_text(part) == words_text(row.parts[key]))

    return any(_print(row) == _print(upper) and all(ends_as(row, key) for key in upper.open
                                                     if key != title)
               for row in on_line)
