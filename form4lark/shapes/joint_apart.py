"""A visual-lines header whose boxes stand apart, its box 1 listing every joint owner.

A browser that cannot fit a print of the paper form's header on its lines (lynx) prints
each box as a block of its own, one after the other down the text: box 1's label, then
every reporting owner's name and address under it, each with its own "(Last) (First)
(Middle)", "(Street)" and "(City) (State) (Zip)" labels, then boxes 2 to 6. Its lines
are in reading order already; the block reader of ``line_boxes`` reads a box 1 of one
owner only, and leaves such a header out. Where the header shows this shape with
certainty (no line holds two columns' labels, every box's label once in the form's
order, box 1's owners' labels each in the form's order and all before box 2's label),
its lines are kept as they stand for the form reader, which parts box 1 and box 5 owner
by owner where they settle whose each part is (``form/joint_boxes.py``).
``line_boxes`` uses the same test (``boxes_apart``, each label's column in ``COLUMN``)
for the blocks OCR reads apart.
"""

from __future__ import annotations

from ..form.atoms import Atom
from ..form.header import BOX1_LABELS
from ..form.joint_boxes import owner_label_runs

#: the six boxes' labels, in the form's order down its columns
_BOXES = ("BOX1", "BOX2", "BOX3", "BOX4", "BOX5", "BOX6")
L, M, R = 0, 1, 2
#: the column each label of the header stands in: box 1 and the owner's labels on the
#: left, boxes 2 to 4 in the middle, boxes 5 and 6 with their checkboxes' labels on the right
COLUMN = {"BOX1": L, "LAST": L, "FIRST": L, "MIDDLE": L, "STREET": L, "CITY": L, "STATE": L,
          "ZIP": L, "BOX2": M, "BOX3": M, "BOX4": M, "BOX5": R, "BOX6": R, "DIRECTOR": R,
          "TEN_PERCENT": R, "OFFICER": R, "OTHER": R, "ONE_PERSON": R, "MORE_PERSONS": R,
          "LABEL_TAIL": R}
#: box 6's label and its two checkboxes' labels
BOX6_LABELS = frozenset({"BOX6", "ONE_PERSON", "MORE_PERSONS"})


def joint_box1_apart(marks: list[Atom], first: int, table: int) -> bool:
    """True where the header's labels (``marks``, its lines ``first`` to ``table``) print
    its boxes apart, in the form's order, with two owners or more in box 1."""
    header = [a for a in marks if first <= a.row < table]
    boxes = [a for a in header if a.kind in _BOXES]
    if [a.kind for a in boxes] != list(_BOXES):
        return False
    owners = [a for a in header if a.kind in BOX1_LABELS]
    if owner_label_runs([a.kind for a in owners]) is None:
        return False
    if not boxes[0].row < owners[0].row <= owners[-1].row < boxes[1].row:
        return False
    return boxes_apart(header, first, table)


def boxes_apart(marks: list[Atom], first: int, table: int) -> bool:
    """True where no line of the header (``marks``, its lines ``first`` to ``table``)
    holds labels of two of its columns: each box printed as a block of its own, one
    after the other, not the page's visual lines."""
    columns: dict[int, set[int]] = {}
    for mark in marks:
        if first <= mark.row < table and mark.kind in COLUMN:
            columns.setdefault(mark.row, set()).add(COLUMN[mark.kind])
    return all(len(on_row) == 1 for on_row in columns.values())
