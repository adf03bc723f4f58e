"""The form's checkboxes: which labels an "X" stands on.

The header is lexed in the "boxes" context of ``form_labels.lark``: the labels
of the relationship boxes, of box 6 and of the two boxes above box 1, and the
marks. In reading order a box's mark comes just before its label (the page
prints the box left of its label). On a page grid the label may wrap, so the
mark belongs to the nearest label to its right on its line or the next one
(``MARK_REACH`` characters at most).
"""

from __future__ import annotations

from .atoms import Atom

CHECKBOX_LABELS = ("DIRECTOR", "TEN_PERCENT", "OFFICER", "OTHER", "ONE_PERSON",
                   "MORE_PERSONS", "NOT_SUBJECT", "AFF10B5")
#: how far right of its mark a label may start on a page grid, in characters
MARK_REACH = 12


def _in_sequence(atoms: list[Atom]) -> set[str]:
    checked = set()
    for i, atom in enumerate(atoms):
        if atom.kind != "CHECK":
            continue
        for following in atoms[i + 1:]:
            if following.kind == "LABEL_TAIL":
                continue
            if following.kind in CHECKBOX_LABELS:
                checked.add(following.kind)
            break
    return checked


def _on_grid(atoms: list[Atom]) -> set[str]:
    labels = [a for a in atoms if a.kind in CHECKBOX_LABELS and a.x is not None]
    checked = set()
    for mark in (a for a in atoms if a.kind == "CHECK" and a.x is not None):
        near = [a for a in labels
                if abs(a.row - mark.row) <= 1 and 0 < a.x - mark.x <= MARK_REACH]
        if near:
            checked.add(min(near, key=lambda a: (abs(a.row - mark.row), a.x - mark.x)).kind)
    return checked


def checked_labels(atoms: list[Atom], positioned: bool) -> set[str]:
    """The checkbox labels that carry a mark."""
    return _on_grid(atoms) if positioned else _in_sequence(atoms)


def seen_labels(atoms: list[Atom]) -> set[str]:
    return {a.kind for a in atoms if a.kind in CHECKBOX_LABELS}


def marks_seen(atoms: list[Atom]) -> bool:
    return any(a.kind == "CHECK" for a in atoms)
