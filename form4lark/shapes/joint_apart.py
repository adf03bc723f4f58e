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
"""

from __future__ import annotations

from ..form.atoms import Atom
from ..form.joint_boxes import OWNER_LABELS, owner_label_runs

#: the six boxes' labels, in the form's order down its columns
_BOXES = ("BOX1", "BOX2", "BOX3", "BOX4", "BOX5", "BOX6")
#: the column of each box, with the owner's labels: box 1's on the left
_LEFT = frozenset(("BOX1", *OWNER_LABELS))
_MIDDLE = frozenset(("BOX2", "BOX3", "BOX4"))
_RIGHT = frozenset(("BOX5", "BOX6"))


def joint_box1_apart(marks: list[Atom], first: int, table: int) -> bool:
    """True where the header's labels (``marks``, its lines ``first`` to ``table``) print
    its boxes apart, in the form's order, with two owners or more in box 1."""
    header = [a for a in marks if first <= a.row < table]
    boxes = [a for a in header if a.kind in _BOXES]
    if [a.kind for a in boxes] != list(_BOXES):
        return False
    owners = [a for a in header if a.kind in OWNER_LABELS]
    if owner_label_runs([a.kind for a in owners]) is None:
        return False
    if not boxes[0].row < owners[0].row <= owners[-1].row < boxes[1].row:
        return False
    return _columns_apart(header)


def _columns_apart(header: list[Atom]) -> bool:
    """True where no line holds labels of two of the header's columns."""
    columns: dict[int, set[int]] = {}
    for atom in header:
        for column, kinds in enumerate((_LEFT, _MIDDLE, _RIGHT)):
            if atom.kind in kinds:
                columns.setdefault(atom.row, set()).add(column)
    return all(len(on_row) == 1 for on_row in columns.values())
