"""The form's checkboxes: which labels an "X" stands on.

The header is lexed in the "boxes" context of ``form_labels.lark``: the labels
of the relationship boxes, of box 6 and of the two boxes above box 1, and the
marks. In reading order a box's mark comes just before its label (the page
prints the box left of its label). On a page grid the label may wrap and the box
stands centred beside it, so the mark belongs to the nearest label to its right
(``MARK_REACH`` characters at most) whose lines it stands beside.
"""

from __future__ import annotations

from .atoms import Atom, opening_label

CHECKBOX_LABELS = ("DIRECTOR", "TEN_PERCENT", "OFFICER", "OTHER", "ONE_PERSON",
                   "MORE_PERSONS", "NOT_SUBJECT", "AFF10B5")
RELATIONSHIPS = ("DIRECTOR", "TEN_PERCENT", "OFFICER", "OTHER")
#: labels lexed whole with their wrapped lines: a word under one is not its own
WHOLE_LABELS = (*RELATIONSHIPS, "ONE_PERSON", "MORE_PERSONS")
#: the kinds of atom that are a box's mark
MARKS = ("CHECK", "GLUED_CHECK")
#: how far right of its mark a label may start on a page grid, in characters
MARK_REACH = 12


def _in_sequence(atoms: list[Atom], loose_rows: frozenset[int] = frozenset(),
                 parted: frozenset[int] = frozenset()) -> set[str]:
    checked = set()
    for i, atom in enumerate(atoms):
        if atom.kind not in MARKS or _loose(atoms, i, loose_rows) or i in parted:
            continue
        for following in atoms[i + 1:]:
            if following.kind == "LABEL_TAIL":
                continue
            if following.kind in CHECKBOX_LABELS:
                checked.add(following.kind)
            elif _amid_last_label(atoms, i):
                checked.add("AFF10B5")
            break
    return checked


def _amid_last_label(atoms: list[Atom], mark: int) -> bool:
    """True for a mark among the words of the 10b5-1 box's label (its box stands centred
    on the label's lines, which a text may print around it): after that label, words
    only on either side up to box 1's label."""
    before = next((a.kind for a in reversed(atoms[:mark]) if a.kind != "TEXT"), None)
    after = next((a.kind for a in atoms[mark + 1:] if a.kind != "TEXT"), None)
    return before == "AFF10B5" and after == "BOX1" and atoms[mark - 1].kind == "TEXT"


#: how far left or right of a label's first character its wrapped lines start
WRAP_ALIGN = 2


def _block(label: Atom, atoms: list[Atom], last: Atom | None) -> range:
    """The rows a label's text spans on a page grid: its line and the lines of its
    wrapped rest, which start under its first character (a line either side: a box
    stands centred on its label); ``last``: its wrapped last word (``_last_word``)."""
    row, x = label.row, label.gx  # read once, not once a word
    below = [a for a in atoms if a.row > row and a.x is not None
             and abs(a.gx - x) <= WRAP_ALIGN]
    # under a relationship's or box 6's label (lexed whole, a relationship's wrapped rest
    # LABEL_TAIL) a word is not its own: a label the lexer did not know ("Officer" wrapped
    # away from its "(give title below)", "Form filed by More" with a mark amid its lines),
    # or what is written under the labels
    ends = (*CHECKBOX_LABELS, "TEXT") if label.kind in WHOLE_LABELS else CHECKBOX_LABELS
    stop = min((a.row for a in below if (a.kind in ends or a.kind.startswith("BOX"))
                and a is not last), default=None)
    rows = [a.row for a in below if stop is None or a.row < stop]
    return range(label.row - 1, max(rows, default=label.row) + 2)


#: the last word of box 6's two labels ("Form filed by One Reporting Person")
_BOX6_LAST = "Person"


def _last_word(label: Atom, atoms: list[Atom]) -> Atom | None:
    """Box 6's label lexed without its last word ("Form filed by One Reporting"), and
    that word on a line of its own below (a narrow column wrapped it, other boxes'
    lines may stand between): the first word under the label's first character (a
    box's mark aside), where it is "Person". None for any other label."""
    if label.kind not in ("ONE_PERSON", "MORE_PERSONS") or label.text.endswith(_BOX6_LAST):
        return None
    under = [a for a in atoms if a.row > label.row and a.x is not None
             and a.kind not in MARKS and abs(a.gx - label.gx) <= WRAP_ALIGN]
    first = min(under, key=lambda a: a.row, default=None)
    return first if first is not None and first.kind == "TEXT" and first.text == _BOX6_LAST \
        else None


def _rows_apart(label: Atom, mark: Atom, last: Atom | None) -> int:
    """How many lines a mark stands from its label's first line, or from the line of the
    label's last word ``last`` where a column wrapped it (``_last_word``): a box stands
    by it."""
    return min(abs(row - mark.row) for row in (label.row, *([last.row] if last else [])))


def stacked_labels(atoms: list[Atom]) -> list[Atom]:
    """The atoms of a page grid, with each relationship's label that a converter set a
    word or two a line, one under another at one left edge ("10%" / "Owner", "Officer" /
    "(give", "Other" / "(specify"), as that label where its first word stands: lexed line
    by line, its words were text or a label's tail."""
    under = {(a.row, a.gx): a for a in atoms
             if a.kind in ("TEXT", "LABEL_TAIL") and a.x is not None}
    out: list[Atom] = []
    joined: set[int] = set()  # the atoms read as a label's line below its first word
    for atom in atoms:
        if id(atom) in joined:
            continue
        below = under.get((atom.row + 1, atom.gx)) if atom.kind == "TEXT" and atom.x else None
        label = below and opening_label(f"{atom.text}\n{below.text}", "boxes")
        if below and label and label[0] in RELATIONSHIPS and label[1] > len(atom.text):
            out.append(Atom(label[0], f"{atom.text}\n{below.text}", atom.row, atom.cell,
                            atom.offset, atom.piece))
            joined.add(id(below))
        else:
            out.append(atom)
    return out


#: what ``placed_marks`` gives a mark that stands on garbled words: it checks no label
GARBLED = ""


#: each mark on a page grid with the label it checks (``placed_marks``)
Placed = list[tuple[Atom, str | None]]


def placed_marks(atoms: list[Atom]) -> Placed:
    """Each mark on a page grid with the label it checks (None where it stands by none,
    ``GARBLED`` where it stands on words whose label is unknown). The header's reader
    asks it once, and gives it to ``checked_labels`` and ``unplaced_grid_marks``."""
    labels = [a for a in atoms if a.kind in CHECKBOX_LABELS and a.x is not None]
    lasts = {id(a): _last_word(a, atoms) for a in labels}  # once a label, not once a mark
    blocks = {id(a): _block(a, atoms, lasts[id(a)]) for a in labels}
    placed: list[tuple[Atom, str | None]] = []
    for mark in (a for a in atoms if a.kind in MARKS and a.x is not None):
        near = [a for a in labels
                if mark.row in blocks[id(a)] and 0 < a.gx - mark.gx <= MARK_REACH]
        if not near:
            placed.append((mark, None))
            continue
        label = min(near, key=lambda a: (_rows_apart(a, mark, lasts[id(a)]), a.gx - mark.gx))
        # the word just right of the mark, if not where its label's lines start: the
        # mark stands on words a converter garbled ("X FormPerson"), whose label is unknown
        beside = [a for a in atoms if a.row == mark.row and a.kind == "TEXT"
                  and 0 < a.gx - mark.gx <= MARK_REACH]
        first = min(beside, key=lambda a: a.gx, default=None)
        placed.append((mark, label.kind if first is None or abs(first.gx - label.gx)
                       <= WRAP_ALIGN else GARBLED))
    return placed


def unplaced_grid_marks(atoms: list[Atom], placed: Placed | None = None) -> list[Atom]:
    """The marks on a page grid among the relationships' labels that stand by none of
    them (one drawn above its label: "X" over "Director"): a box not seen marked may
    be theirs."""
    relationships = [a for a in atoms if a.kind in RELATIONSHIPS and a.x is not None]
    placed = placed_marks(atoms) if placed is None else placed
    return [mark for mark, label in placed if label is None and any(
        abs(a.row - mark.row) <= 1 and abs(a.gx - mark.gx) <= MARK_REACH for a in relationships)]


def _strays(atoms: list[Atom], passed: tuple[str, ...]) -> list[int]:
    """Where the marks stand that come before no box's label (the atoms of the kinds
    ``passed`` between them and it aside)."""
    strays = []
    for i, atom in enumerate(atoms):
        if atom.kind not in MARKS:
            continue
        following = next((a for a in atoms[i + 1:] if a.kind not in passed), None)
        if following is None or following.kind not in CHECKBOX_LABELS:
            strays.append(i)
    return strays


def stray_marks(atoms: list[Atom]) -> bool:
    """In reading order, a mark that comes before no box's label: the text moved a
    box's mark away from it, and an unmarked box may be that one."""
    return any(not _amid_last_label(atoms, i) for i in _strays(atoms, ("LABEL_TAIL",)))


def parted_marks(atoms: list[Atom]) -> dict[int, frozenset[str]]:
    """In reading order without positions, the marks printed apart from their box, each
    with the boxes it may be: a mark whose next box label stands on a later line, where
    that line holds another box's label too ("x" alone on its line above "Director 10%
    Owner": either of that line's boxes) or the mark's own line holds a box's label
    before it ("X Director x" above "Officer (give title": any relationship box). OCR
    keeps a line's words but not their columns, so which box is the mark's is lost."""
    parted: dict[int, frozenset[str]] = {}
    for i, mark in enumerate(atoms):
        if mark.kind not in MARKS:
            continue
        label = next((a for a in atoms[i + 1:] if a.kind != "LABEL_TAIL"), None)
        if label is None or label.kind not in CHECKBOX_LABELS or label.row == mark.row:
            continue
        shared = frozenset(a.kind for a in atoms
                           if a.row == label.row and a.kind in CHECKBOX_LABELS)
        if any(a.row == mark.row and a.kind in CHECKBOX_LABELS for a in atoms[:i]):
            parted[i] = shared | frozenset(RELATIONSHIPS)
        elif len(shared) > 1:
            parted[i] = shared
    return parted


#: the two boxes the form prints above box 1
TOP_BOXES = ("NOT_SUBJECT", "AFF10B5")


#: what stands between a mark and the labels around it in reading order
_PASSED = ("TEXT", "LABEL_TAIL", *MARKS)


def _loose(atoms: list[Atom], mark: int, loose_rows: frozenset[int]) -> bool:
    """True for a mark among the relationship boxes on a line of its own between a
    page's table rows (``loose_rows``: the lines that are no table row), whose next
    label stands on another line: a converter that cuts the page into strips of cells
    printed the mark apart from its box, and which of the boxes around it is its own
    is lost."""
    if atoms[mark].row not in loose_rows:
        return False
    before = next((a for a in reversed(atoms[:mark]) if a.kind not in _PASSED), None)
    after = next((a for a in atoms[mark + 1:] if a.kind not in _PASSED), None)
    return (before is not None and before.kind in ("BOX5", *RELATIONSHIPS)
            and (after is None or after.row != atoms[mark].row))


def loose_marks(atoms: list[Atom], loose_rows: frozenset[int]) -> bool:
    """A relationship box's mark printed apart from it (``_loose``): the relationship
    boxes not seen marked may be its own."""
    return any(a.kind in MARKS and _loose(atoms, i, loose_rows) for i, a in enumerate(atoms))


def stray_top_mark(atoms: list[Atom]) -> bool:
    """In a table's cells, a mark after the labels of the two boxes above box 1 and
    before box 1's label, on no box's label: a converter that prints the page's
    tables one after another (the OMB box between) moved one of those boxes' marks
    away from its label, and which one is lost. (A merged cell's mark printed twice
    is one mark.)"""
    top = max((i for i, a in enumerate(atoms) if a.kind in TOP_BOXES), default=None)
    box1 = next((i for i, a in enumerate(atoms) if a.kind == "BOX1"), None)
    if top is None or box1 is None:
        return False
    return any(top < i < box1 for i in _strays(atoms, ("LABEL_TAIL", *MARKS)))


def marks_on_label_lines(atoms: list[Atom]) -> bool:
    """True where every mark stands on one line just before a box's label ("X Officer
    (give title"): a converter that moves the page's blocks about keeps a line's words
    together, so such a mark is its label's in any order of the blocks."""
    return all(i + 1 < len(atoms) and atoms[i + 1].kind in CHECKBOX_LABELS
               and atoms[i + 1].row == atom.row
               for i, atom in enumerate(atoms) if atom.kind in MARKS)


def checked_labels(atoms: list[Atom], positioned: bool,
                   loose_rows: frozenset[int] = frozenset(),
                   placed: Placed | None = None,
                   parted: frozenset[int] = frozenset()) -> set[str]:
    """The checkbox labels that carry a mark (none of them carries a loose mark, nor a
    mark of ``parted``)."""
    if not positioned:
        return _in_sequence(atoms, loose_rows, parted)
    return {label for _, label in (placed_marks(atoms) if placed is None else placed) if label}


def every_mark_read(atoms: list[Atom], checked: set[str]) -> bool:
    """True where the header holds as many marks as the boxes read ``checked`` account
    for, and prints box 5 and box 6 (a label of each): box 6 holds one mark, read or
    not, and box 5 at least one (the form's rules: one line of box 6 is checked, and a
    reporting person has a relationship, which ``checks.relationships`` asks of every
    record). No mark is then left for a box not read checked, so each is unchecked, in
    whatever order the text printed the marks ("X" twice in all: box 6's and one
    relationship's, so neither box above box 1 is checked). A text that keeps every
    mark (not OCR, which may lose one) is needed: a lost mark would leave two of three."""
    kinds = {a.kind for a in atoms}
    accounted = (max(len(checked & set(RELATIONSHIPS)), 1) + 1
                 + len(checked & set(TOP_BOXES)))
    return (bool(kinds & _BOX5_LABELS) and bool(kinds & _BOX6_LABELS)
            and sum(a.kind in MARKS for a in atoms) == accounted)


#: the labels that show box 5, and box 6, printed in the header
_BOX5_LABELS = frozenset(("BOX5", *RELATIONSHIPS))
_BOX6_LABELS = frozenset(("BOX6", "ONE_PERSON", "MORE_PERSONS"))


def seen_labels(atoms: list[Atom]) -> set[str]:
    return {a.kind for a in atoms if a.kind in CHECKBOX_LABELS}


def marks_seen(atoms: list[Atom]) -> bool:
    return any(a.kind in MARKS for a in atoms)


def seen_empty(atoms: list[Atom]) -> set[str]:
    """The checkbox labels right after a box a scan's reader saw empty in the page's
    pixels (SEEN_EMPTY, on the label's line): unchecked, whatever marks the text shows
    or loses elsewhere."""
    return {a.kind for before, a in zip(atoms, atoms[1:])
            if before.kind == "SEEN_EMPTY" and a.kind in CHECKBOX_LABELS and a.row == before.row}


#: labels the form prints in this order on one line, in every rendering of it
_IN_ORDER = (("LAST", "FIRST", "MIDDLE"), ("CITY", "STATE", "ZIP"))


#: box 5's labels in the form's order: two lines of two boxes, which keep this order
#: read row by row or column by column
_RELATIONSHIPS_IN_ORDER = (("DIRECTOR", "TEN_PERCENT"), ("OFFICER", "OTHER"))


def relationships_in_order(atoms: list[Atom]) -> bool:
    """False where box 5's labels are out of the form's order ("10% Owner" before
    "Director"): a converter that moves the page's blocks about printed a relationship's
    mark apart from its label, so a mark before a label there says nothing."""
    return all(_in_order(atoms, labels) for labels in _RELATIONSHIPS_IN_ORDER)


def marked_on_their_lines(atoms: list[Atom]) -> set[str]:
    """The labels a mark stands just before on the label's own line ("X Officer (give
    title"): a converter that moves the page's blocks about keeps a line's words
    together, so such a mark is its label's in any order of the blocks."""
    return {atoms[i + 1].kind for i, atom in enumerate(atoms[:-1]) if atom.kind in MARKS
            and atoms[i + 1].kind in CHECKBOX_LABELS and atoms[i + 1].row == atom.row}


def _in_order(atoms: list[Atom], labels: tuple[str, ...]) -> bool:
    """True where the atoms of the kinds ``labels`` come in that order, each time."""
    seen = [a.kind for a in atoms if a.kind in labels]
    size = len(labels)
    return all(tuple(seen[i:i + size]) == labels for i in range(0, len(seen) - size + 1, size))


def order_kept(atoms: list[Atom]) -> bool:
    """False where the text does not keep the page's reading order (a converter that
    moves the page's blocks about prints "(First)" before "(Last)"): a mark's place
    before its label then says nothing."""
    return all(_in_order(atoms, labels) for labels in _IN_ORDER)


def box6_in_its_block(atoms: list[Atom]) -> set[str]:
    """Box 6's checked line where a text that lost the page's order still prints box 6's
    two lines as one block, its mark in it: the mark right before "Form filed by One
    Reporting Person" (and none between the two lines) is that line's, a mark between
    the two lines and none before them is "More than One"'s (a mark stands left of
    its line, so it is printed before it). Empty where the two lines are not one block
    or no mark stands in it."""
    kinds = [a.kind for a in atoms if a.kind != "LABEL_TAIL"]
    if kinds.count("ONE_PERSON") != 1 or kinds.count("MORE_PERSONS") != 1:
        return set()
    one = kinds.index("ONE_PERSON")
    before = one > 0 and kinds[one - 1] in MARKS
    between = one + 1 < len(kinds) and kinds[one + 1] in MARKS
    after = "MORE_PERSONS" in kinds[one + 1:one + 3] and (
        kinds[one + 1] == "MORE_PERSONS" or between)
    if not after or before == between:
        return set()
    return {"ONE_PERSON"} if before else {"MORE_PERSONS"}
