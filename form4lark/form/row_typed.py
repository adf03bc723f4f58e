"""A grid row's values checked against the typed sequence the form prints.

Positions place a row's words under their column headers; where a converter
moved them (cells centred or left-aligned under headers that are not, values
pushed one space apart into one run, a page laid out at its own scale),
positions alone misplace them. The row's words on its lines of values, left to
right, are the typed sequence that ``grammars/form_rows.lark`` reads (title
words, date, date, code, V, amount, (A)/(D), price, amount, (D)/(I), nature
words). Where it reads them as one row, each value goes to the column the
grammar gives it, and positions only settle what the grammar leaves open (which
of (A) and (D) holds column 5's number, which date of column 6 a lone date is).
Where it does not, the positions stand.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from lark import Token, Tree

from .atoms import Atom
from .row_bands import FLAGS, MARK, TITLE, Band, Chunk
from .row_parse import may_hold_row, row_tree
from .row_sequence import WordSource, value_cells

NATURE = "nature_of_ownership"
#: a column the grammar names, and the columns of the page it may be (Table II's
#: column 5: the grammar reads a number, its sub-column tells the direction)
SPLIT = {"shares": ("shares", "shares_acquired", "shares_disposed")}


def reads_as_row(chunks: list[Chunk], table: str, kept: Kept | None = None) -> bool:
    """True if the runs, left to right, read as one whole row of the table."""
    return bool(_kept_readings(sorted(chunks, key=lambda c: (c.x, c.line)), table, kept))


def typed_keys(band: Band, table: str, kept: Kept | None = None) -> bool:
    """Give the runs of words on the band's lines of values the columns the typed
    sequence gives them; True if it read them as one row. A run holding values of
    several columns ("13,433 D") is cut between them."""
    units = sorted((c for c in band.chunks if band.first <= c.line <= band.last),
                   key=lambda c: (c.x, c.line))
    readings = _kept_readings(units, table, kept)
    if not readings:
        return False
    for unit, *keys in zip(units, *readings):
        if all(k == keys[0] for k in keys):  # read one way only: a mark's column is sure
            unit.or_else = None
    others = [c for c in band.chunks if not band.first <= c.line <= band.last]
    band.chunks = others + _rechunked(units, _preferred(readings, units))
    return True


#: a reading: for each run, the column of each of its words (None: unknown)
Reading = list[list[str | None]]
#: runs of words read as one row: the runs (kept, so that their ids stay theirs) and
#: their readings, by the runs' ids and columns
Kept = dict[tuple[tuple[int, str | None], ...], tuple[list[Chunk], list[Reading]]]
#: the ways a footnote mark set apart from the word before it may be read (``_sequence``)
GLUES = ("grid", "piece", "apart")
#: the way tried where none of ``GLUES`` reads: a bare number after a word of the
#: nature in one run of the page ("I US Venture 2010 Seed(2)") read as one of its words
NATURE_GLUE = "nature"
# an amount alone, no mark or dollar sign on it: "2010"
_BARE_AMOUNT = re.compile(r"[0-9][0-9,]*")
# a lone flag of column "Ownership Form" (D)/(I), marks printed on it or not
_OWNERSHIP_FLAG = re.compile(r"\(?[DI]\)?(\(\d+\))*")


def _kept_readings(units: list[Chunk], table: str, kept: Kept | None) -> list[Reading]:
    """``_readings`` of the runs, read once for each list of runs in ``kept`` (where
    given): the bands of a table are made by reading runs whole, then a band's runs
    are read again to give them their columns. The readings are shared: never change
    them."""
    if kept is None:
        return _readings(units, table)
    key = tuple((id(unit), unit.key) for unit in units)
    found = kept.get(key)
    if found is None:
        found = kept[key] = (units, _readings(units, table))
    return found[1]


def _readings(units: list[Chunk], table: str) -> list[Reading]:
    """The ways the runs read as one row: with a footnote mark set apart from its value
    read as the value's where the grid put both in one column or the page one space
    apart, and read as a cell of its own (a lone mark is a cell of some columns: "(1)"
    as the date exercisable). Of these, the ways that leave fewest words to the grid's
    positions (a lone date of column 6: exercisable or expiring?)."""
    read: list[tuple[int, list[tuple[str, ...]], list[tuple[Chunk, list[int]]]]] = []
    seen = set()
    for glue in GLUES + (NATURE_GLUE,):
        if glue == NATURE_GLUE and read:
            break
        atoms, places = _sequence(units, glue)
        texts = tuple(a.text for a in atoms)
        if texts in seen:
            continue
        seen.add(texts)
        choices = _read(atoms, table)
        if choices is not None:
            read.append((sum(len(c) > 1 and c != SPLIT["shares"] for c in choices),
                         choices, places))
    # a reading the grammar settles whole beats one that leaves a cell to the positions:
    # only those are built
    least = min((unsettled for unsettled, _, _ in read), default=0)
    return [[[_decide(unit.key, choices[i]) for i in indexes] for unit, indexes in places]
            for unsettled, choices, places in read if unsettled == least]


def _preferred(readings: list[Reading], units: list[Chunk]) -> Reading:
    """Of several readings, the one that leaves most words where the grid put them (a
    mark by its value may be in its value's column or the next one); with two as good,
    each word where they agree, else unknown."""
    def agreed(reading: Reading) -> int:  # a mark inside a run was not placed by the grid
        return sum(key is not None and key in (unit.key, unit.or_else)
                   for unit, keys in zip(units, reading) for i, key in enumerate(keys)
                   if i == 0 or not MARK.fullmatch(unit.atoms[i].text))

    best = max(agreed(r) for r in readings)
    tied = [r for r in readings if agreed(r) == best]
    if len(tied) == 1:
        return tied[0]
    return [[_agreed_key(set(keys), unit.atoms[i].text, i > 0 or unit.key not in keys)
             for i, keys in enumerate(zip(*per_unit))]
            for unit, per_unit in zip(units, zip(*tied))]


def _agreed_key(keys: set[str | None], text: str, unplaced: bool) -> str | None:
    """The column of a word that readings as good as each other give it: theirs if they
    agree. A lone footnote mark after a flag, read as the flag's or as the next column's
    only cell ("A (2) 628,553"), is the next column's where the grid did not place it
    (``unplaced``: one space after the flag in its run, or in neither column): a code of
    one letter is hardly ever footnoted, a price given by its footnote alone often is.
    A mark the grid set under the flag's column stays unsure."""
    if len(keys) == 1:
        return next(iter(keys))
    own = keys - FLAGS
    if unplaced and MARK.fullmatch(text) and len(keys) == 2 and len(own) == 1 and None not in keys:
        return own.pop()
    return None


def _sequence(units: list[Chunk], glue: str) -> tuple[list[Atom], list[tuple[Chunk, list[int]]]]:
    """The words of the runs in order, a footnote mark joined to the word before it in
    its run (unless ``glue`` is "apart": a lone mark may be a column's cell), or
    also to the word before it in another run: where the grid put both in one column
    ("grid") or the page printed them one space apart ("piece"); and for each run, the
    index in that order of each of its words."""
    atoms: list[Atom] = []
    places: list[tuple[Chunk, list[int]]] = []
    for unit in units:
        indexes: list[int] = []
        for atom in unit.atoms:
            one_cell = bool(atoms) and (
                bool(indexes) and glue != "apart"
                or glue == "grid" and unit.key is not None and places[-1][0].key == unit.key
                or glue == "piece" and atoms[-1].piece is atom.piece)
            if one_cell and MARK.fullmatch(atom.text) or glue == NATURE_GLUE and _nature_number(
                    atoms, atom):
                atoms[-1] = atoms[-1].with_text(atoms[-1].text + atom.text)
            else:
                atoms.append(atom)
            indexes.append(len(atoms) - 1)
        places.append((unit, indexes))
    return atoms, places


def _nature_number(before: list[Atom], atom: Atom) -> bool:
    """True for a bare number (``atom``) one space after a word of letters in its run of
    the page, the words before it holding an ownership flag (D)/(I): a number in the
    nature's words ("By US Venture 2010 Seed Fund"), which the typed sequence would read
    as an amount. Read whole with the word, the row reads; its words keep their text.
    Not ``row_loose_words.is_name_number``, which takes a word alone as a year or a
    dated comma: this takes any bare number ("Fund 7", "LP 2") where it stands, one
    space after a word in a nature's run."""
    if not before or not _BARE_AMOUNT.fullmatch(atom.text):
        return False
    last = before[-1]
    return (last.piece is atom.piece and last.text.isalpha() and len(last.text) > 1
            and atom.offset == last.offset + len(last.text) + 1
            and any(_OWNERSHIP_FLAG.fullmatch(a.text) for a in before[:-1]))


def _read(atoms: list[Atom], table: str) -> list[tuple[str, ...]] | None:
    """The columns each word may be in, or None unless the words read as one row."""
    if not may_hold_row([a.text for a in atoms]):
        return None
    source = WordSource(atoms)
    tree = row_tree(source.text, table)
    if tree is None:
        return None
    rows = [child for child in tree.children if isinstance(child, Tree)]
    if len(rows) != 1:
        return None
    keys: list[tuple[str, ...] | None] = [None] * len(atoms)
    for choices, tokens in value_cells(rows[0]):
        for token in tokens:
            for i in _covered(source, token):
                keys[i] = tuple(k for c in choices for k in SPLIT.get(c, (c,)))
    start = _start(rows[0])
    # a word outside the values: the title's before them, the nature's after
    return [key or ((TITLE,) if source.starts[i] < start else (NATURE,))
            for i, key in enumerate(keys)]


def _start(tree: Tree) -> int:
    return min(t.start_pos or 0 for t in tree.scan_values(lambda v: hasattr(v, "start_pos")))


def _covered(source: WordSource, token: Token) -> range:
    """Indexes of the words a token spans ("$ 208.99" is two)."""
    first = bisect_left(source.starts, token.start_pos) if token.start_pos is not None else 0
    if first == len(source.starts) or source.starts[first] != token.start_pos:
        first -= 1
    # a token without its end (built by hand, not lexed) spans the word it starts at
    last = bisect_left(source.starts, token.end_pos) if token.end_pos is not None else first + 1
    return range(first, max(last, first + 1))


def _decide(grid: str | None, choices: tuple[str, ...]) -> str | None:
    """A word's column: where the grid put it, if the grammar allows it there; else the
    grammar's one choice; with several choices and none the grid's, unknown (Table
    II's number of column 5 without its direction)."""
    if grid in choices:
        return grid
    if len(choices) == 1:
        return choices[0]
    return "shares" if "shares" in choices else None


def _rechunked(units: list[Chunk], reading: Reading) -> list[Chunk]:
    """The runs again, each cut where its words' columns change and joined to the run
    before it on its line where both are one cell ("$" "25.0578(24)")."""
    out: list[Chunk] = []
    for unit, keys in zip(units, reading):
        start = 0
        for i in range(1, len(unit.atoms) + 1):
            if i < len(unit.atoms) and keys[i] == keys[start]:
                continue
            part = unit.atoms[start:i]
            before = out[-1] if out else None
            if before is not None and before.key == keys[start] and before.line == part[0].line:
                out[-1] = Chunk(before.atoms + part, before.key, before.or_else, cut=True)
            elif start == 0 and i == len(unit.atoms):
                unit.key = keys[0]
                out.append(unit)
            else:
                out.append(Chunk(part, keys[start], cut=True))
            start = i
    return out
