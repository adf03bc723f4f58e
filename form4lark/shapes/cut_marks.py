"""Boxes 5 and 6's checkbox marks in a header whose pipe rows a converter cut into strips.

pymupdf4llm cuts some pages into strips (``cut_strips.py``): box 5's options come
cut at the strips' edges and their marks stand alone in a strip ("5. Rel" / "(Chec"
/ "X" | "ationship of Repo" / "k all applicable)" / "Director" | "rting Person(s)" /
"10%" | "to Issuer" / "Owner"). Read in order (strips left to right, each strip's
lines down), a mark stands before the option it marks; it is taken only where no
other option can be the one on its line:

* the mark is the line just above the option's first piece in the same strip (a
  mark sits a little higher than its label), nothing of an option above it there;
* or it is the last line of its strip and the option's first piece is the first
  option in the next strip that holds one, where that strip holds no option of the
  other line of the box (box 5 prints "Director" and "10% Owner" on one line,
  "Officer" and "Other" on the next: a strip holding both cannot tell which line
  a mark left of it stands on).

An option on the box's second line takes a mark only where no option of the first
line stands in the same row. Box 5's rows run to the row that opens box 6's label,
and in that row to each strip's first piece of that label. Box 5 is read only where
its four options and every mark in its rows are placed; box 6 where its two options
are found and its one mark placed. The rest stays unread.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..page import Line, Piece
from .cut_strips import Strips, _key

if TYPE_CHECKING:
    from ..form.atoms import Atom

BOX5_LABEL = "5. Relationship of Reporting Person(s) to Issuer"
BOX5_CHECK = "(Check all applicable)"
BOX6_LABEL = "6. Individual or Joint/Group Filing (Check Applicable Line)"
#: box 5's options as the form prints them, its first line's two then its second's
BOX5_OPTIONS = ("Director", "10% Owner", "Officer (give title below)", "Other (specify below)")
BOX6_OPTIONS = ("Form filed by One Reporting Person",
                "Form filed by More than One Reporting Person")
MARK = "X"
# the words of box 5's printed options, which a cell cut inside words shows split
_LABEL_WORDS = frozenset(word for option in BOX5_OPTIONS for word in option.split())
#: the shortest piece of an option taken for its start ("Oth", "10", "Di")
_SHORTEST = 2
#: the shortest line taken for a piece of box 6's label ("Line)", "6. I")
_LABEL_PIECE = 3


@dataclass(frozen=True, slots=True)
class _At:
    """Where a line stands: its row, strip and index in the strip."""

    row: int
    strip: int
    index: int


def _option_start(text: str, options: tuple[str, ...], right: list[str]) -> list[int]:
    """The options whose text ``text`` opens (a piece cut at a strip's edge, or whole).
    A piece shorter than ``_SHORTEST`` ("1" | "0% Owner", "O" | "ther (specify") opens
    an option only where one line of the strip to its right (``right``) goes on with it,
    and only one."""
    key = _key(text)
    if not key:
        return []
    if len(key) < _SHORTEST:
        joined = [i for i, option in enumerate(options) for line in right
                  if _key(line) and _key(option).startswith(key + _key(line))]
        return joined if len(joined) == 1 else []
    return [i for i, option in enumerate(options)
            if _key(option).startswith(key) or key.startswith(_key(option))]


def _place(rows: list[Strips], first: int, options: tuple[str, ...],
           order: bool) -> tuple[list[_At], list[_At]] | None:
    """Each option's first piece and the marks in ``rows`` (strips from ``first``), or
    None where an option opens twice or not at all. ``order``: pieces that open
    several options are taken in the options' order down a strip (box 6's
    "Form filed by" twice)."""
    found: dict[int, _At] = {}
    marks: list[_At] = []
    for r, row in enumerate(rows):
        for s, strip in enumerate(row):
            for i, text in enumerate(strip):
                at = _At(r, s, i)
                if _key(text) == MARK:
                    marks.append(at)
                    continue
                right = row[s + 1] if s + 1 < len(row) else []
                which = [o for o in _option_start(text, options, right) if o not in found]
                if order and len(which) > 1:
                    which = which[:1]
                if len(which) > 1 or (which and s < first):
                    return None
                if which:
                    found[which[0]] = at
    if len(found) != len(options):
        return None
    return [found[o] for o in range(len(options))], marks


def _marked(starts: list[_At], marks: list[_At], rows: list[Strips],
            line_of: tuple[int, ...]) -> set[int] | None:
    """The options each mark stands before (module docstring), or None where a mark
    cannot be placed with certainty."""
    def order(at: _At) -> tuple[int, int, int]:
        return (at.row, at.strip, at.index)

    checked: set[int] = set()
    for mark in marks:
        after = sorted((o for o, at in enumerate(starts) if at.row == mark.row
                        and order(at) > order(mark)), key=lambda o: order(starts[o]))
        if not after:
            return None
        option, at = after[0], starts[after[0]]
        same_row = [o for o, a in enumerate(starts) if a.row == mark.row]
        if line_of[option] > 0 and any(line_of[o] == 0 for o in same_row):
            return None  # a second-line option with the first line's in the same row
        if any(a.strip == mark.strip and a.index < mark.index for a in
               (starts[o] for o in same_row)):
            return None  # an option above the mark in its strip: the mark may be its
        if at.strip == mark.strip:
            if at.index != mark.index + 1:
                return None
        else:
            between = rows[mark.row][mark.strip + 1:at.strip]
            if mark.index != len(rows[mark.row][mark.strip]) - 1 or any(between):
                return None
            if any(starts[o].strip == at.strip and line_of[o] != line_of[option]
                   for o in same_row):
                return None  # the option's strip holds both lines' options
        if option in checked:
            return None
        checked.add(option)
    return checked


def _opening(rows: list[Strips], label: str) -> tuple[int, int] | None:
    """The row and strip where ``label``'s number opens a strip's line ("5. Rel"; "5."
    alone where a line of the next strip goes on with the label: "5." | "Relationship")."""
    number, whole = _key(label)[:2], _key(label)

    def opens(text: str, right: list[str]) -> bool:
        key = _key(text)
        if key == number:
            return any(_key(line) and whole.startswith(key + _key(line)) for line in right)
        return key.startswith(number) and whole.startswith(key)

    found = [(r, s) for r, row in enumerate(rows) for s, strip in enumerate(row)
             if any(opens(text, row[s + 1] if s + 1 < len(row) else []) for text in strip)]
    return found[0] if len(found) == 1 else None


def box5_lines(rows: list[Strips], number: int) -> list[Line]:
    """Box 5's labels with its marks as lines (line ``number``), where every mark in
    its rows is placed with certainty; otherwise none."""
    five, six = _opening(rows, BOX5_LABEL), _opening(rows, BOX6_LABEL)
    if five is None or six is None or six[0] <= five[0]:
        return []
    box = [*rows[five[0]:six[0]], _above_box6(rows[six[0]])]
    placed = _place(box, five[1], BOX5_OPTIONS, order=False)
    if placed is None:
        return []
    starts, marks = placed
    checked = _marked(starts, marks, box, (0, 0, 1, 1))
    if checked is None or any(m.strip < five[1] for m in marks) or _stray_marks(rows[six[0]], six):
        return []

    def option(o: int) -> str:
        return f"{MARK} {BOX5_OPTIONS[o]}" if o in checked else BOX5_OPTIONS[o]

    title = _officer_title(rows[five[0]:], starts[2], five[1]) if 2 in checked else None
    texts = [BOX5_LABEL, BOX5_CHECK, f"{option(0)} {option(1)}", f"{option(2)} {option(3)}"]
    return [Line([Piece(text, number, 1)]) for text in texts + ([title] if title else [])]


def _officer_title(rows: list[Strips], officer: _At, first: int) -> str | None:
    """The officer's title printed under "Officer (give title below)" where it is one
    line of the label's strip, whole: the label stands whole in that strip; left of
    it (in box 5) only the mark; right of it only "Other (specify below)" on its two
    lines (no third line a title could reach); and the row below holds nothing in
    that strip but box 6's label (no second line of the title). Otherwise None."""
    row = rows[officer.row]
    lines = row[officer.strip][officer.index:]
    label, taken = _key(BOX5_OPTIONS[2]), ""
    for count, text in enumerate(lines, start=1):
        taken += _key(text)
        if not label.startswith(taken):
            return None
        if taken == label:
            break
    else:
        return None
    rest = lines[count:]
    right = row[officer.strip + 1:]
    by_line = ["".join(_key(strip[i]) for strip in right if i < len(strip)) for i in range(2)]
    left = [text for strip in row[first:officer.strip] for text in strip]
    below = rows[officer.row + 1][officer.strip] if officer.row + 1 < len(rows) else []
    if (len(rest) != 1 or _key(rest[0]) == MARK or any(len(strip) > 2 for strip in right)
            or "".join(by_line) != _key(BOX5_OPTIONS[3]) or any(_key(t) != MARK for t in left)
            or (below and not (len(_key(below[0])) > _SHORTEST
                               and _key(below[0]) in _key(BOX6_LABEL)))):
        return None
    return rest[0]


def label_cut_in_word(box5: list[Atom]) -> bool:
    """True where the converter wrapped box 5's cell at its width inside words, as a
    label shows: the last word of a row of ``box5`` and the first of the row right
    below it join with no space into a word of a printed label (``BOX5_OPTIONS``):
    "Dire" / "ctor", "Officer (give t" / "itle below)", "Other (spec" / "ify below)"."""
    lines = [(row, " ".join(a.text for a in group).split())
             for row, group in itertools.groupby(box5, key=lambda a: a.row)]
    return any(above and below and above[-1] + below[0] in _LABEL_WORDS
               for (at, above), (to, below) in zip(lines, lines[1:]) if to == at + 1)


def may_cut_word(above: str, below: str) -> bool:
    """True where the break between lines ``above`` and ``below`` of a cell wrapped
    inside words may fall inside a word: what joins across it may be one word
    ("Senior VP, G" / "C, CAO": "GC,"), but for a small letter ending the line and a
    capital opening the next ("Chief Financial" / "Officer": no word holds "lO")."""
    return not (above[-1:].islower() and below[:1].isupper())


def _above_box6(row: Strips) -> Strips:
    """Box 6's row, each strip's lines above the first piece of box 6's label in it
    ("Officer (give title" / "below)" / "vidual or Joint/Grou"): box 5's second line
    may stand in the row that opens box 6."""
    label = _key(BOX6_LABEL)
    return [list(itertools.takewhile(
        lambda text: not (len(_key(text)) >= _LABEL_PIECE and _key(text) in label), strip))
        for strip in row]


def _stray_marks(row: list[list[str]], six: tuple[int, int]) -> bool:
    """True where box 6's row holds a mark above box 6's label or left of it (a mark
    of box 5 that box 5's rows did not hold)."""
    for s, strip in enumerate(row):
        label = next((i for i, text in enumerate(strip) if _key(text).startswith("6.")), None)
        for i, text in enumerate(strip):
            above = s == six[1] and (label is None or i < label)
            if _key(text) == MARK and (s < six[1] or above):
                return True
    return False


def box6_lines(rows: list[Strips], number: int) -> list[Line]:
    """Box 6's label and options with its one mark as lines (line ``number``), where the
    mark stands just above an option in the same strip; otherwise none."""
    six = _opening(rows, BOX6_LABEL)
    if six is None:
        return []
    # box 6's row from its label's strip on (left of it: boxes 1 and 4's words)
    blank: Strips = [[] for _ in rows[six[0]][:six[1]]]
    box = [blank + rows[six[0]][six[1]:], *rows[six[0] + 1:]]
    placed = _place(box, six[1], BOX6_OPTIONS, order=True)
    if placed is None:
        return []
    starts, marks = placed
    if len(marks) != 1 or starts[0].strip != starts[1].strip:
        return []
    mark, = marks
    option = next((o for o, at in enumerate(starts) if (at.row, at.strip, at.index)
                   == (mark.row, mark.strip, mark.index + 1)), None)
    if option is None:
        return []
    texts = [BOX6_LABEL] + [f"{MARK} {text}" if o == option else text
                            for o, text in enumerate(BOX6_OPTIONS)]
    return [Line([Piece(text, number, 1)]) for text in texts]
