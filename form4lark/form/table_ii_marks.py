"""Table II's runs of footnote marks standing apart, each a cell of only marks, placed
by the lines a reading-order text prints them on and by the footnotes a cell holds.

A web page's PDF printed in reading order (pdftotext -raw, pypdf) sets a row's title
over lines of its own, its last one ending with the title's mark ("Stock [1]"), and the
row's values on the line below, the conversion price a cell of only marks before the
date ("[2] [3] 02/04/2013 C 83334 D"); the two date columns after the direction letter
may hold marks only ("D [2] [3] [2] [3] Class A Common Stock"). The grammar reads one
cell of marks as one token; these runs are cut into their cells where the lines or the
footnotes leave one cut. Where they do not, the dates' marks are unplaced (neither date
reads them) and a price's run is dropped where the title's marks may have wrapped into
it; otherwise the run is left as printed, and the grammar then reads it as the
conversion price's cell (a mark on a line of its own above the date's line, no mark
opening that line).
"""

from __future__ import annotations

from ..patterns import MARKS_RE
from ..placeholders import UNPLACED
from .atoms import Atom
from .row_kinds import DATE, NUMBER
from .row_marks import _repeats, after_direction, title_word


def _marks(atom: Atom) -> bool:
    """Whether ``atom`` is a cell of only footnote marks ("(2)", "(2)(3)")."""
    return bool(MARKS_RE.fullmatch(atom.text))


def _run_end(atoms: list[Atom], i: int) -> int:
    """The index after the run of marks standing apart from ``atoms[i]`` on (``i`` where
    ``atoms[i]`` is no mark)."""
    end = i
    while end < len(atoms) and _marks(atoms[end]):
        end += 1
    return end


def _title_word(text: str) -> bool:
    """A word of a title (``row_marks.title_word``: "Stock") or one ending with a
    parenthesis closing words ("buy)"), no mark on it and no value."""
    return ((title_word(text) or len(text) > 1 and text.endswith(")") and not MARKS_RE.search(text))
            and not NUMBER.fullmatch(text) and not DATE.fullmatch(text))


def _one(run: list[Atom]) -> Atom:
    """A run of marks as one cell's, on its first mark's place."""
    return run[0].with_text("".join(a.text for a in run))


def price_marks_apart(atoms: list[Atom]) -> list[Atom]:
    """Table II's words with the marks between a title and the transaction's date cut by
    their lines: the title stands on lines above its values line, so marks on the title's
    lines are the title's (glued to its last word) and the marks opening the date's line
    are the conversion price's, one cell ("Stock [1]" / "[1] 07/19/2017": title (1),
    price (1)). Marks opening the date's line with none above ("Stock" / "[2] [3]
    02/04/2013") are the price's only where some row of the table prints its title's mark
    above its date's line (values not bottom-aligned, ``_title_marks_above``); else the
    title's marks may have wrapped down to the values line ("[1] [3]": title (1), price
    (3)), and they are dropped, neither cell's. One footnote printed twice there ("[1]
    [1]"), or above it ("Stock [1]" over "[1]": a text of a cell a line, MuPDF's), is two
    cells: the title's, then the price's. Marks on a line of their own, a blank line
    above and below it (a block of its own, ``_block_before_date``), are the price's cell.
    Where the title ends on the
    date's line, or marks stand on a line of their own with none opening the date's line,
    which cell holds which is not told by the lines: left as they are."""
    top = _title_marks_above(atoms)
    taken = {a.line for a in atoms}
    if not any(n + 1 in taken for n in taken):  # every line apart: blank lines part no blocks
        taken = set(range(min(taken, default=0), max(taken, default=0) + 2))
    out: list[Atom] = []
    i = 0
    while i < len(atoms):
        end = _run_end(atoms, i)
        if end == i or not out or end == len(atoms):
            out.append(atoms[i])
            i += 1
            continue
        run, date, title = atoms[i:end], atoms[end], out[-1]
        if _title_beside_date(title, date, run):
            out[-1:] = _beside_date(title, run)
            i = end
            continue
        if len(run) > 1 and not _repeats_one(run) and _block_before_date(run, title, date, taken):
            out.append(_one(run))
            i = end
            continue
        if not _title_over_date(title, date):
            out.extend(run)
            i = end
            continue
        above = [a for a in run if a.row < date.row]
        on_date = [a for a in run if a.row == date.row]
        cuts = _cuts(on_date)
        if not on_date and above and not _repeats_one(above) \
                and all(a.row == title.row for a in above):  # on a line of their own: untold
            out[-1] = title.with_text(title.text + "".join(a.text for a in above))
        elif on_date and not above and _repeats_one(on_date) and len(cuts) == 1:
            out[-1] = title.with_text(title.text + "".join(a.text for a in on_date[:cuts[0]]))
            out.append(_one(on_date[cuts[0]:]))
        elif not on_date and (cut := _title_line_then_own_line(above, title)) is not None:
            out[-1] = title.with_text(title.text + "".join(a.text for a in above[:cut]))
            out.append(_one(above[cut:]))
        elif on_date and above and not _repeats_one(above):
            out[-1] = title.with_text(title.text + "".join(a.text for a in above))
            out.append(_one(on_date))
        elif len(on_date) > 1 and not above and top:
            out.append(_one(on_date))
        elif len(on_date) > 1 and not above:
            pass  # the title's marks wrapped down (bottom-aligned) or the price's: unplaced
        else:
            out.extend(run)
        i = end
    return out


def _block_before_date(run: list[Atom], title: Atom, date: Atom, taken: set[int]) -> bool:
    """Whether the marks of ``run``, between a title's word and a transaction date, stand
    on one line of their own, no word of the table on the line right above or right below
    it (``taken``: the lines holding its words), the date on a line below: a block of its
    own, as a text printing each cell a block (pdftotext with no flags) prints the
    conversion price's cell of only marks ("Stock", "", "[3] [4]", "", "11/23/2012"). The
    title stands above with a blank line between, or after the row's values (a row printed
    before its titles, put back: ``titles_after``). A title's marks wrapped below its words
    stand in the title's block, right below its last line. (A text printing a blank line
    after every line parts no blocks so: there no line counts as standing alone.)"""
    line = run[0].line
    return (all(a.line == line for a in run) and _title_word(title.text)
            and bool(DATE.fullmatch(date.text)) and not date.text.endswith(")")
            and date.line > line + 1 and (title.line < line - 1 or title.line > date.line)
            and line - 1 not in taken and line + 1 not in taken)


def _title_line_then_own_line(above: list[Atom], title: Atom) -> int | None:
    """Where a run of marks above the date's line prints one footnote twice, cut once
    so that each part prints it once, and that cut is its lines' too (the first part
    ends the title's line, the second is a line of its own below: "Stock [1]", "[1]"),
    that cut; None otherwise. (All on the title's line, "Stock [1] [1]", the lines do
    not tell the cut.)"""
    cuts = _cuts(above)
    if not _repeats_one(above) or len(cuts) != 1:
        return None
    mine, rest = above[:cuts[0]], above[cuts[0]:]
    if all(a.row == title.row for a in mine) \
            and all(a.row == rest[0].row > title.row for a in rest):
        return cuts[0]
    return None


def _title_beside_date(title: Atom, date: Atom, run: list[Atom]) -> bool:
    """Whether ``title`` is a title's word, a run of two marks or more (``run``) and
    ``date``, a transaction date, after it on its line ("Class B Common Stock [5] [6]
    03/18/2013": a row on one line, lynx's)."""
    return len(run) > 1 and bool(DATE.fullmatch(date.text) and not date.text.endswith(")")
                                 and _title_word(title.text)) \
        and title.row == date.row == run[0].row == run[-1].row


def _beside_date(title: Atom, run: list[Atom]) -> list[Atom]:
    """The title's word and the marks after it on its line, before its transaction date
    (``_title_beside_date``): the title's and the conversion price's marks, the price a
    cell of only marks. One footnote printed twice ("[1] [1]") is two cells, the title's
    then the price's, where one cut leaves each printing it once; otherwise the cut
    between the two is not told ("[5] [6]": title (5), price (6), or either cell both),
    and the marks are dropped, neither cell's (the title's words and the price, unknown
    either way, are the same in every reading)."""
    cuts = _cuts(run)
    if _repeats_one(run) and len(cuts) == 1:
        return [title.with_text(title.text + "".join(a.text for a in run[:cuts[0]])),
                _one(run[cuts[0]:])]
    return [title]


def _title_over_date(title: Atom, date: Atom) -> bool:
    """Whether ``title`` is a title's word on a line above ``date``, a transaction date."""
    return bool(DATE.fullmatch(date.text) and not date.text.endswith(")")
                and _title_word(title.text) and title.row < date.row)


def _title_marks_above(atoms: list[Atom]) -> bool:
    """Whether some row of the table prints its title's mark on a line above its date's
    line (so its values are not bottom-aligned with the title's wrapped
    marks, and a run of marks opening a date's line is the conversion price's)."""
    for i in range(1, len(atoms) - 1):
        if _marks(atoms[i]) and not _marks(atoms[i - 1]):
            end = _run_end(atoms, i)
            if end < len(atoms) and _title_over_date(atoms[i - 1], atoms[end]) \
                    and atoms[i].row < atoms[end].row:
                return True
    return False


def _repeats_one(run: list[Atom]) -> bool:
    """Whether the marks of ``run`` print one footnote twice (two cells' marks)."""
    return _repeats("", "".join(a.text for a in run))


def _cuts(run: list[Atom]) -> list[int]:
    """The places a run of marks may be cut into two cells that each print a footnote
    once."""
    return [n for n in range(1, len(run)) if not _repeats_one(run[:n])
            and not _repeats_one(run[n:])]


def date_marks_apart(atoms: list[Atom]) -> list[Atom]:
    """Table II's words with a run of three marks or more after a row's direction letter,
    before its underlying title's words, cut into the two date columns' cells where one
    cut leaves each cell printing a footnote once ("D [2] [3] [2] [3] Class": (2)(3) and
    (2)(3)); where more cuts do ("[3] [4] [5]"), the run's lines tell the cut where they
    print it as two blocks, a blank line between ("[3] [4]", "", "[5]": ``_block_cut``),
    and both dates are unplaced where they do not. A run of two marks
    or more before one date and the underlying title is the exercisable date's, the date
    the expiration's ("D [31] [32] 08/13/2022 Common Stock")."""
    out: list[Atom] = []
    i = 0
    while i < len(atoms):
        end = _run_end(atoms, i)
        if end - i < 2 or not after_direction(out) or end == len(atoms):
            out.extend(atoms[i:max(end, i + 1)])
            i = max(end, i + 1)
            continue
        run, after = atoms[i:end], atoms[end]
        following = atoms[end + 1] if end + 1 < len(atoms) else None
        if DATE.fullmatch(after.text) and following is not None \
                and _title_word(following.text) and not DATE.fullmatch(following.text):
            out.append(_one(run))
        elif len(run) > 2 and _title_word(after.text):
            cuts = _cuts(run)
            if (cut := _block_cut(run)) is not None and cut in cuts:
                out += [_one(run[:cut]), _one(run[cut:])]
            elif len(cuts) == 1:
                out += [_one(run[:cuts[0]]), _one(run[cuts[0]:])]
            else:
                out += [run[0].with_text(UNPLACED), run[1].with_text(UNPLACED)]
        else:
            out.extend(run)
        i = end
    return out


def _block_cut(run: list[Atom]) -> int | None:
    """Where the marks of ``run`` stand on two lines, a blank line between them (two
    blocks: each date column's cell a block of its own, as pdftotext with no flags prints
    them: "[3] [4]", "", "[5]"), the index of the second line's first mark; None
    otherwise (on one line, or on lines right below each other: one cell's wrapped
    lines or two cells', not told)."""
    lines = sorted({a.line for a in run})
    if len(lines) != 2 or lines[1] - lines[0] < 2:
        return None
    return next(n for n, a in enumerate(run) if a.line == lines[1])
