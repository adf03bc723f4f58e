"""A visual-lines header whose box 1 lists every joint owner, the first beside boxes 2 and 3.

A filing agent's print of the paper form (the "agent" page design) sets boxes 1, 2 and 3
side by side and writes every reporting owner's name and address under box 1's one
label, each with its own "(Last) (First) (Middle)", "(Street)" and "(City) (State)
(Zip)" labels; boxes 4, 5 and 6 stand side by side below the last owner. Its visual
lines (pdfplumber) print the first owner's lines beside boxes 2 and 3, the other owners'
on lines of their own::

    1. Name and Address of Reporting Person* 2. Issuer Name ... 3. Date of Earliest ...
    Hoffman Reid LINKEDIN CORP [ LNKD ] (Month/Day/Year)
    (Last) (First) (Middle) 04/01/2013
    ...
    (City) (State) (Zip)
    Reid Hoffman & Michelle Yee Living Trust
    (Last) (First) (Middle)
    ...
    (City) (State) (Zip)
    4. If Amendment, ... 5. Relationship of Reporting Person(s) ... 6. Individual ...

``line_boxes`` reads a block of one owner's box 1 and leaves such a header out. Where the
header shows this shape with certainty (box 1's owners' labels each in the form's order,
two owners or more; boxes 2 and 3's labels beside the first owner's, both boxes read
there; no label of another box among the other owners' lines; boxes 4, 5 and 6's labels
below the last owner), the first owner's lines are read as a block of boxes 1 to 3
(``line_boxes.read_block``), the other owners' lines put after the first's, as they stand
(they hold box 1's words only: the page's other boxes end above them or start below),
and the lines of boxes 4 to 6 kept as they stand for the form reader, which parts box 1
and box 5 owner by owner where they settle whose each part is (``form/joint_boxes.py``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..form.atoms import Atom
from ..form.header import BOX1_LABELS
from ..form.joint_boxes import owner_label_runs
from ..glyph_marks import CHECK_GLYPHS, EMPTY_BOX
from ..page import Line, Piece
from .joint_apart import BOX6_LABELS, COLUMN, L

if TYPE_CHECKING:
    from .line_boxes import Block, Token
    from .owner_cut import Known

#: the labels that end each owner's part of box 1 (its city line's labels)
_OWNER_END = "ZIP"
#: a line of box 5 opening with an owner's name and a colon ("Hoffman Reid: [X] Form ...")
_NAMED = re.compile(r"([^\s:\[\]()][^:\[\]()]*?):(?:\s|$)")


def joint_box1_beside(lines: list[Line], marks: list[Atom], first: int, table: int,
                      known: Known) -> list[Line] | None:
    """The header's lines (``lines[first:table]``, its labels ``marks``) in reading order
    where they show a joint filing's box 1 beside boxes 2 and 3 (module docstring);
    else None."""
    header = [a for a in marks if first <= a.row < table]
    owners = [a for a in header if a.kind in BOX1_LABELS]
    if owner_label_runs([a.kind for a in owners]) is None:
        return None
    ends = [a.row for a in owners if a.kind == _OWNER_END]
    first_end, last_end = ends[0], ends[-1]
    rows = {a.kind: a.row for a in header if a.kind.startswith("BOX")}
    if sorted(rows) != ["BOX1", "BOX2", "BOX3", "BOX4", "BOX5", "BOX6"] \
            or sum(a.kind.startswith("BOX") for a in header) != 6:
        return None
    if not (rows["BOX1"] <= rows["BOX2"] <= rows["BOX3"] < first_end
            and min(rows["BOX4"], rows["BOX5"], rows["BOX6"]) > last_end):
        return None
    if any(first_end < a.row <= last_end and COLUMN.get(a.kind, L) != L for a in header):
        return None  # another box's label among the other owners' lines
    from .line_boxes import block_lines, read_block  # the module that calls this one
    box4 = next(a for a in header if a.kind == "BOX4")  # it ends box 2 (``_beside_box3``)
    named = _first_owner_named(lines, owners, ends, table)
    if named is not None:
        known = replace(known, named=[*known.named, named])
    box4_line = Line([Piece(box4.text, box4.line, box4.column)])
    top = read_block(lines[first:first_end + 1] + [box4_line], known)
    if top.unknown or not all(top.fields.get(name) for name in ("name", "issuer")):
        return None  # boxes 2 and 3 not read whole beside the first owner
    head = block_lines(top)
    at = _line_of(head, top, "BOX2")
    if at is None or _line_of(head, top, "BOX3") is None:
        return None  # box 3 left out: no date read under its label
    return (head[:at] + lines[first_end + 1:last_end + 1] + head[at:]
            + _box6_after(lines[last_end + 1:table]))


#: a checkbox's mark printed before its label: "[X]", a glyph (checked or empty), or "["
#: and "]" apart (an empty box)
_MARK = re.compile(rf"\[[xX]\]|[{CHECK_GLYPHS}{EMPTY_BOX}]")


def _mark_before(tokens: list[Token]) -> int:
    """How many of the last ``tokens`` are a checkbox's mark (0, 1 or 2)."""
    if len(tokens) > 1 and (tokens[-2].text, tokens[-1].text) == ("[", "]"):
        return 2
    return int(bool(tokens) and (tokens[-1].kind == "CHECK"
                                 or bool(_MARK.fullmatch(tokens[-1].text))))


def _box6_after(lines: list[Line]) -> list[Line]:
    """The lines of boxes 4, 5 and 6 (side by side, box 6 on the right) with box 6's words
    after the others: on each line, from box 6's label or a checkbox of its own (with the
    mark before it) to the line's end, the rightmost column holding nothing else. Box 5
    then holds each owner's part whole ("Hoffman Reid:" then its boxes), not box 6's
    "[X] Form filed by More than One Reporting Person" among them."""
    from .line_boxes import box_tokens, tokens_line  # the module that calls this one
    tokens = box_tokens(lines)
    left: list[Line] = []
    right: list[Line] = []
    for row in sorted({t.row for t in tokens}):
        on_row = [t for t in tokens if t.row == row]
        cut = next((n for n, t in enumerate(on_row) if t.kind in BOX6_LABELS), len(on_row))
        if cut < len(on_row):
            cut -= _mark_before(on_row[:cut])
        for part, into in ((on_row[:cut], left), (on_row[cut:], right)):
            if part:
                into.append(tokens_line(part))
    return left + right


def _first_owner_named(lines: list[Line], owners: list[Atom], ends: list[int],
                       table: int) -> str | None:
    """The first owner's name as box 5 prints it, where box 5 names every owner in box 1's
    order: each owner's part of box 5 opens with its name and a colon on a line of its
    own ("Hoffman Reid: [X] Form filed by More ..."), and the other owners' names, each a
    line of its own right above its "(Last) (First) (Middle)", are those names after the
    first. The first owner's name shares its line with box 2's issuer, where it is cut
    only where it is certain (``owner_cut``: a name box 5 prints, the issuer's first word
    after it printed elsewhere)."""
    named = [m.group(1) for line in lines[ends[-1] + 1:table]
             if (m := _NAMED.match(line.text)) is not None]
    lasts = [a.row for a in owners if a.kind == "LAST"]
    others = []
    for end, last in zip(ends, lasts[1:]):
        if last != end + 2:
            return None  # a name of more than one line: not compared
        others.append(lines[end + 1].text.strip())
    if len(named) != len(ends) or named[1:] != others:
        return None
    return named[0]


def _line_of(head: list[Line], block: Block, kind: str) -> int | None:
    """The index of the line of ``head`` (``block_lines`` of ``block``) holding the label
    ``kind``, or None."""
    spots = {(t.as_piece().line, t.as_piece().column) for t in block.tokens if t.kind == kind}
    return next((n for n, line in enumerate(head)
                 if any((piece.line, piece.column) in spots for piece in line.pieces)), None)
