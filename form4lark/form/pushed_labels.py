"""The left edges of the header's boxes where a converter pushed their labels right.

pdfplumber's layout text gives each letter of the labels' small type a column, so
labels printed on one line run together one space apart ("1. Name and Address of
Reporting Person* 2. Issuer Name and ...") and stand right of their boxes. A pushed
label's edge is taken from a box printed under or over it in the form's same column,
or else from the text under it (``left_edges``); a long value run on past an edge so
placed stays its phrase's box (``pushed_phrases_kept``).
"""

from __future__ import annotations

from .atoms import Atom

#: a box label may stand this many characters right of the text under it
X_TOLERANCE = 3
#: boxes the form prints one under the other, at one left edge
_COLUMN_OF = {"BOX2": "middle", "BOX3": "middle", "BOX4": "middle",
              "BOX5": "right", "BOX6": "right"}


def pushed_phrases_kept(atoms: list[Atom], owner: dict[int, str], under: set[str]) -> None:
    """The words of a phrase run into the column of a box whose edge the text under its
    label placed (``_edge_under``) are the phrase's first word's box: the letters that
    pushed the labels right push a long value's last words past that edge too ("Reid
    Hoffman & Michelle Yee Living Trust" under box 1's label, its "Trust" past the start
    of box 2's issuer on the line above)."""
    first: dict[tuple[int, int], str] = {}
    for i, atom in enumerate(atoms):
        if i not in owner:
            continue
        key = (atom.row, atom.cell)
        if atom.offset == 0:
            first[key] = owner[i]
        elif key in first and owner[i] in under and owner[i] != first[key]:
            owner[i] = first[key]


def left_edges(anchors: list[Atom], atoms: list[Atom]) -> tuple[dict[int, float], set[str]]:
    """Each box label's left edge on a page grid, and the boxes whose edge the text
    under them placed. A label printed right after other words on its line (labels
    in a small type, run together: "...Person* 2. Issuer Name") may have been pushed
    right of its box by the words before it; where a box printed under or over it in
    the form's same column stands first on its line, that label's edge is the
    column's, if that stands right of the label before it on its line (a design may
    print that box under box 1: "4. If Amendment ..." first on its line at box 1's
    edge). Where no such box places it, the text under it does (``_edge_under``)."""
    placed: dict[str, float] = {}
    for a in anchors:
        column = _COLUMN_OF.get(a.kind)
        if column is not None and a.offset == 0:
            placed[column] = min(placed.get(column, a.gx), a.gx)
    edges: dict[int, float] = {}
    under: set[str] = set()
    for a in sorted(anchors, key=lambda a: (a.row, a.gx)):
        edges[id(a)] = a.gx
        if a.offset == 0:
            continue
        before = max((edges[id(b)] for b in anchors
                      if b.row == a.row and b.gx < a.gx), default=None)
        column = _COLUMN_OF.get(a.kind)
        if column is not None and column in placed and (
                before is None or placed[column] > before + X_TOLERANCE):  # pushed right
            edges[id(a)] = min(a.gx, placed[column])
        elif before is not None:
            edges[id(a)] = _edge_under(a, before, anchors, atoms)
            if edges[id(a)] != a.gx:
                under.add(a.kind)
    return edges, under


def _edge_under(label: Atom, before: float, anchors: list[Atom], atoms: list[Atom]) -> float:
    """The left edge of a box whose label was pushed right by the labels before it on
    its line (pdfplumber's layout text gives each letter of the labels' small type a
    column: "1. Name and Address of Reporting Person* 2. Issuer Name and ..."): on each
    line under it, up to the next line of box labels, the first run of text that
    starts left of the label and right of the edge of the label before it ("ALPHA &
    OMEGA SEMICONDUCTOR Ltd [ AOSL ]" under "2. Issuer Name"); of these, the
    rightmost. A line's later runs stand inside the box: a ticker's bracket two spaces
    after the issuer's name ("AOL INC  [ LNKD ]"), a checkbox with its label after
    another ("[X] Director    [X] 10% Owner" in box 5's column). The label's own place
    where no run starts there."""
    stop = min((b.row for b in anchors if b.row > label.row), default=None)
    first: dict[int, float] = {}
    for a in atoms:
        if (a.kind == "TEXT" and a.offset == 0 and a.x is not None
                and a.row > label.row and (stop is None or a.row < stop)
                and before + X_TOLERANCE < a.gx <= label.gx + X_TOLERANCE):
            first[a.row] = min(first.get(a.row, a.gx), a.gx)
    return max(first.values(), default=label.gx)
