"""A table row whose values a converter split over two lines of cells.

An older page's markdown may print a row's ownership letter alone on the line
below ("|Common Stock|05/21/2013||P||785|A|$ 7 12,759|" then "||||||||D|"), or a
row's title, price and nature on a line of their own under its other values;
markitdown on a PDF prints a row's code and price mark on the line under it, or
its price on the line above. Neither line reads as a row alone; their values read
together as one row in the form's column order (``grammars/form_rows.lark``) where
the second line's values go among the first's, in their order, together or apart.
The row is taken only where every placing they read at gives the same row: the
second line's title words before the row, its nature words after, its values
among the row's values (never among its words). A line that reads as a row alone is
joined only where the joined row keeps its cells, filling in a cell of marks alone
with the "$" price placed into it ("$650.0274" over "| Stock [1] |...| [13] |") and
then its title with the words over it; a lone mark just before a placed value may be
that value's and is given to no cell.
"""

from __future__ import annotations

import re
from itertools import combinations_with_replacement

from ..errors import SectionError
from ..page import Page
from ..sections import Row
from .atoms import Atom
from .row_marks import join_cell_marks
from ..patterns import MARKS_RE
from .row_kinds import DATE, NUMBER, cell_only_marks, looks_like_value
from .row_loose_words import WORD_COLUMNS, is_par_value, without_words
from .row_sequence import sequence_rows
from .row_word_cells import one_block

#: values a second line may hold at most: a few cells the row above lacks, not a row
MAX_VALUES = 3
#: a transaction's code with its footnote marks ("S(1)"): a value, not a word
_CODE_MARKED = re.compile(rf"[A-Z](?:{MARKS_RE.pattern})+")


def _values_together(atoms: list[Atom], table: str) -> list[Atom]:
    """A line's words with a dollar sign alone put on the number after it ("$" "10.01":
    "$ 10.01") and a mark on the value before it ("$ 10.01" "(1)"): a line holding only
    a few of a row's cells keeps each cell's value whole, and a mark alone is the
    price's only after a letter ("A"/"D"), which takes no mark here."""
    out: list[Atom] = []
    for atom in atoms:
        before = out[-1] if out else None
        if before is not None and (before.text == "$" and NUMBER.fullmatch(atom.text)
                                   or table == "table_i" and MARKS_RE.fullmatch(atom.text)
                                   and NUMBER.fullmatch(before.text)):
            glue = " " if before.text == "$" else ""
            out[-1] = before.with_text(before.text + glue + atom.text)
        else:
            out.append(atom)
    return out


def _letter_of_words(atoms: list[Atom], kinds: list[bool], n: int) -> bool:
    """True where the atom at ``n`` is a letter between two words: a word of a title
    ("Class A Common Stock(1)"), never a code or a direction, which stand by values."""
    return (0 < n < len(atoms) - 1 and len(atoms[n].text) == 1 and atoms[n].text.isalpha()
            and not kinds[n - 1] and not kinds[n + 1])


def _parts(atoms: list[Atom], table: str) -> tuple[list[Atom], list[Atom], list[Atom]] | None:
    """A line's words as (title words, values, nature words): words before its first
    value and after its last. None where words stand between its values."""
    atoms = _values_together(atoms, table)
    kinds = [looks_like_value(a.text) or bool(_CODE_MARKED.fullmatch(a.text)) for a in atoms]
    kinds = [kind and not _letter_of_words(atoms, kinds, n) and not is_par_value(atoms, n)
             for n, kind in enumerate(kinds)]
    if True not in kinds:
        return None
    first, last = kinds.index(True), len(kinds) - 1 - kinds[::-1].index(True)
    if not all(kinds[first:last + 1]) or last + 1 - first > MAX_VALUES:
        return None
    return atoms[:first], atoms[first:last + 1], atoms[last + 1:]


def _untitled_table_i(atoms: list[Atom], stand_in: Atom, layout: str) -> Row | None:
    """Table I's row from a line opening with its first value, its title's words all on
    the lines around it (markitdown's cells of a page centring them: "Class A Common"
    over "|| 01/12/2021 || A 772 [1] | A $0.0 | 27542 | D ||", "Stock" under): the one
    column of words before the values is the title, read with a stand-in and left
    unknown, as are the nature's words (the lines around may hold their rest)."""
    if not _is_value(atoms[0]):
        return None
    row = _one_row([stand_in, *atoms], "table_i", layout)
    if row is None:
        return None
    return without_words(row)


def _is_value(atom: Atom) -> bool:
    """A number, a date or a mark: the values of another line go among a row's values,
    never among its title's or its nature's words (the sequence reader would take a
    price there for a word of them: "$1,088.578(1) Common Stock")."""
    return bool(NUMBER.fullmatch(atom.text) or DATE.fullmatch(atom.text)
                or MARKS_RE.fullmatch(atom.text))


def _placed(first: list[Atom], values: list[Atom], at: tuple[int, ...],
            over: bool = False) -> list[Atom]:
    """``first`` with each of ``values`` put before its atom at ``at`` (in their order):
    a line's values may fill cells apart ("C" the code, "(1)" the price)."""
    out: list[Atom] = []
    for n in range(len(first) + 1):
        out.extend(v for v, place in zip(values, at) if place == n)
        if over and n < len(first) and n in at and _cell_of_marks(first[n]) \
                and out[-1].text.startswith("$"):
            out[-1] = out[-1].with_text(out[-1].text + first[n].text)  # the price's marks
            continue
        out.extend(first[n:n + 1])
    return out


def _cell_of_marks(atom: Atom) -> bool:
    """True where ``atom`` is a cell of marks alone ("| [13] |"): a "$" price placed into it
    from the line over it is the cell's value, the marks its own ("$650.0274" over "[13]":
    only a price prints "$", and a cell wrapped prints its marks after its value, under
    it; a price of only its marks is the form's too, so a price under it is not its)."""
    return bool(MARKS_RE.fullmatch(atom.text)) and cell_only_marks(atom.piece.text) \
        and atom.piece.text.strip().replace(" ", "") == atom.text.replace(" ", "")


def _one_row(atoms: list[Atom], table: str, layout: str) -> Row | None:
    try:
        rows = sequence_rows(atoms, table, layout)
    except SectionError:
        return None
    return rows[0] if len(rows) == 1 else None


def _meaning(row: Row) -> dict[str, str]:
    return {key: cell.text for key, cell in row.items()}


def _fullest(rows: list[Row]) -> list[Row]:
    """The readings whose columns of values are not fewer than another's: a placing
    where the sequence reader takes one of the first line's values for a word of a
    title ("Common" "$0": an underlying title "Common $0", the row's price lost) keeps
    a subset of the columns of values the placing that reads it as its cell keeps
    ("9,330" over "... Common $0 55,665 D": the underlying amount, after "Common")."""
    values = [{key for key in row if key not in WORD_COLUMNS} for row in rows]
    return [row for row, keys in zip(rows, values) if not any(keys < other for other in values)]


def _without_doubtful_mark(row: Row, first: list[Atom], kept_at: list[tuple[int, ...]],
                           parts: tuple[list[Atom], list[Atom], list[Atom]], table: str,
                           layout: str, over: bool) -> Row | None:
    """``row`` without the lone mark that the first line prints just before a value
    placed from the second line: the value's cell wrapped, its amount on the other
    line and its mark left on this one ("C (16) D" under "16840": code "C" and amount
    "16840 (16)"), so the mark may be the value's as well as the cell's before it
    (the reading gives it to the cell before). The row read again without the mark,
    taken where it differs only by that cell losing the mark; None where it does not.
    ``kept_at``: the placings of the second line's values of every row read alike, the
    first ``row``'s; a mark is doubtful where any of them puts a value just after it.
    Recall only: a code's own mark printed apart ("S (2) 1968") is dropped as well."""
    doubtful = sorted({n - 1 for placing in kept_at for n in placing
                       if n > 0 and MARKS_RE.fullmatch(first[n - 1].text)})
    if not doubtful:
        return row
    title, values, nature = parts
    keep = [atom for n, atom in enumerate(first) if n not in doubtful]
    moved = tuple(place - sum(1 for n in doubtful if n < place) for place in kept_at[0])
    again = _one_row(title + _placed(keep, values, moved, over) + nature, table, layout)
    if again is None or again.keys() != row.keys():
        return None
    changed = [key for key in row if row[key].text != again[key].text]
    if len(changed) > len(set(doubtful)):
        return None
    for key in changed:
        before, after = row[key].text.replace(" ", ""), again[key].text.replace(" ", "")
        if not (before.startswith(after) and MARKS_RE.fullmatch(before[len(after):])):
            return None
    return again


def joined_row(first: list[Atom], second: list[Atom], table: str, layout: str,
               above: Row | None = None) -> Row | None:
    """The one row the values of two lines of cells read as together, or None where
    they read as none or as different rows depending on where the second line's
    values go. ``above``: the row the first line read as alone, whose values the
    joined row must all keep (the second line only fills in what it lacked)."""
    if table == "table_i":  # only the price's cell holds a mark alone, after "A"/"D"
        first, second = join_cell_marks(first), join_cell_marks(second)
    parts = _parts(second, table)
    if parts is None:
        return None
    title, values, nature = parts
    over = bool(first) and second[0].row < first[0].row  # the second line over the first
    found: list[tuple[Row, tuple[int, ...]]] = []  # each row read, with its placing
    values_at = [n for n, atom in enumerate(first) if _is_value(atom)]
    places = range(values_at[0], values_at[-1] + 2) if values_at else range(0)
    for at in combinations_with_replacement(places, len(values)):
        row = _one_row(title + _placed(first, values, at, over) + nature, table, layout)
        if row is not None:
            found.append((row, at))
    kept = _fullest([row for row, _ in found])
    if not kept or any(_meaning(row) != _meaning(kept[0]) for row in kept):
        return None
    kept_at = [at for row, at in found if any(row is k for k in kept)]
    row = _without_doubtful_mark(kept[0], first, kept_at, (title, values, nature), table,
                                 layout, over)
    if row is None:
        return None
    if above is not None and not _keeps(above, row, over):
        return None
    return row


def _keeps(alone: Row, joined: Row, over: bool) -> bool:
    """Whether the joined row keeps each cell of the row its first line read as ``alone``
    (``_filled_in``); its title's words from the second line only where that line is
    ``over`` the first (words under would go before the title) and with a value of it
    filling a cell of marks alone (a title's words alone over a row may be the row
    above's)."""
    if any(key not in joined or not _filled_in(key, cell.text, joined[key].text)
           for key, cell in alone.items()):
        return False
    changed = {key for key, cell in alone.items() if joined[key].text != cell.text}
    return "security_title" not in changed or (over and len(changed) > 1)


def _filled_in(key: str, alone: str, joined: str) -> bool:
    """Whether the cell ``key`` the first line read as ``alone`` is kept by the joined
    row's ``joined``: the same, or filled in where the line lacked a part of it: a cell of
    marks alone given its value before them ("[12]" under "$2572.0379": the price
    wrapped above its row, its mark left on the row's line), a title's last words given
    the words over them ("Class A Common" over "Stock [1]")."""
    if joined == alone:
        return True
    if key == "security_title":
        return joined.endswith(" " + alone)
    bare = joined.replace(" ", "")
    return bool(MARKS_RE.fullmatch(alone.replace(" ", ""))) and key not in WORD_COLUMNS \
        and bare.endswith(alone.replace(" ", "")) and looks_like_value(
            bare[:-len(alone.replace(" ", ""))])


def merged_by_place(page: Page, first: list[Atom], second: list[Atom]) -> list[Atom] | None:
    """The words of two lines of cells of one table block (``row_word_cells.one_block``) as
    one line, each cell's words of the first line before the second's: a row
    whose cells a page prints on two lines ("| Common Stock ||||| $210.98 |" over
    "| [1] | 05/02/2019 || S | 8601 D | [4] | 124330 | D |": markitdown draws its own
    cells), the marks under a value that value's. None where the lines are no such pair,
    or where a cell holds words or values on both lines, or marks alone over words: the
    order of its words is not told."""
    upper, lower = page.lines[first[0].row], page.lines[second[0].row]
    if not one_block(upper, lower) \
            or any(atom.row != first[0].row for atom in first) \
            or any(atom.row != second[0].row for atom in second):
        return None
    for a, b in zip(upper.pieces, lower.pieces):
        if a and b and (cell_only_marks(a.text) or not cell_only_marks(b.text)):
            return None
    row = second[0].row  # one line's words: the sequence reader reads a line's marks on it
    return [Atom(a.kind, a.text, row, a.cell, a.offset, a.piece) for a in sorted(
        first + second, key=lambda atom: (atom.cell, atom.row, atom.offset))]


#: a word standing for a title the row's line lacks, so that the sequence reader places
#: the row's values; the title it stands for stays unknown
_STAND_IN = "Stock"


def untitled_row(atoms: list[Atom], table: str, layout: str) -> Row | None:
    """Table II's row from a line of its values whose titles' words are all on the lines
    around it (a page centring its cells, read by markitdown: "Series A" over
    "Preferred (1) 02/21/2013 C 2,246,338 (1) (1) 2,246,338 $0 0 I", the underlying
    title "Common" + "Stock" over and under it), its titles left unknown: a word stands
    in for the underlying title, placed among the values every way the line reads at
    (and for the title before the first value where no word opens the line); the row is
    taken only where every such reading gives the same values. The words opening the line
    are kept as its title's line where every reading gives the same (column 1 prints
    first, the stand-in after them: ``row_loose_words.chained_cells`` may place the
    title's other lines); the rows beside loose lines drop them unless placed. The cells
    reader's kin of ``row_untitled.untitled_line_row`` (a line lacking only its underlying
    title, read by the lines reader)."""
    if not atoms:
        return None
    stand_in = atoms[0].with_text(_STAND_IN)
    if table == "table_i":
        return _untitled_table_i(atoms, stand_in, layout)
    line = atoms if not _is_value(atoms[0]) else [stand_in, *atoms]
    values_at = [n for n, atom in enumerate(line) if _is_value(atom)]
    if not values_at:
        return None
    found = [row for at in range(values_at[0], values_at[-1] + 2)
             if (row := _one_row(_placed(line, [stand_in], (at,)), table, layout)) is not None]
    readings = _fullest(found)
    rows = [without_words(row) for row in readings]
    if not rows or any(_meaning(row) != _meaning(rows[0]) for row in rows):
        return None
    titles = {row["security_title"].text if "security_title" in row else None
              for row in readings}
    if line[0] is not stand_in and len(titles) == 1 and None not in titles:
        return {"security_title": readings[0]["security_title"], **rows[0]}
    return rows[0]
