"""The page cut into the form's parts by its labels: header, tables, notes.

The form prints its parts in a fixed order (header boxes, Table I, Table II,
the reporting owners of a joint filing, Explanation of Responses, Remarks,
signatures, closing notes). Each part runs from its label to the next part's.
Inside the header, each text atom belongs to one box: in reading order, the
box whose label came last; on a page grid, the box whose label stands above
it in its column (``box_of_positioned``).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field

from ..shapes.owner_cut import Known
from ..page import Page
from .atoms import Atom, lines_of, page_atoms
from .first_three import first_three_boxes
from .header import BOX1_LABELS, DATE
from .late_columns import cells_of, late_columns_tail
from .pushed_labels import X_TOLERANCE, left_edges, pushed_phrases_kept
from .table_header import holds_exercisable_header, is_header_word, opens_note
from .table_ii_lead import table_ii_lead

#: labels that open a box of the header
BOX_LABELS = ("NOT_SUBJECT", "AFF10B5", "BOX1", "BOX2", "BOX3", "BOX4", "BOX5", "BOX6")
#: boxes that hold a date only
_DATE_BOXES = frozenset({"BOX3", "BOX4"})
#: the words of their labels, which a converter may wrap under them
_DATE_LABEL_WORDS = frozenset(
    "date of earliest transaction (month/day/year) if amendment, original filed".split())

@dataclass(slots=True)
class Regions:
    """Atoms of each part of the page, in reading order."""

    header: list[Atom] = field(default_factory=list)
    table_i: list[Atom] = field(default_factory=list)
    table_ii: list[Atom] = field(default_factory=list)
    owners: list[Atom] = field(default_factory=list)
    explanation: list[Atom] = field(default_factory=list)
    #: the remarks and the signatures, up to the signature label
    remarks: list[Atom] = field(default_factory=list)
    remarks_label: bool = False
    # the remarks' heading is a site's page's bare "Remarks", not the paper form's "Remarks:"
    remarks_bare: bool = False
    #: the page lines of the header: those before the first table's
    header_rows: int = 0
    table_i_label: Atom | None = None
    #: what stands between Table I's first column header and its title, where a
    #: converter in reading order printed the header, then the rows' titles, above the
    #: title: the first page's cells of that column
    table_i_lead: list[Atom] = field(default_factory=list)
    table_ii_label: Atom | None = None
    #: Table I's last columns printed after Table II's title (``_table_i_tail``,
    #: ``late_columns_tail``), moved to ``table_i``: their lines are Table I's, though
    #: they stand in Table II's part
    table_i_tail: list[Atom] = field(default_factory=list)
    #: the signatures stand before the notes (the older design): the part before the
    #: signature label ends with them
    signed_first: bool = False
    #: what follows the signature label (a converter may print the date below it)
    after_signature: list[Atom] = field(default_factory=list)


def _first(kinds: list[str], kind: str, start: int = 0) -> int | None:
    """The index of the first atom of ``kind`` from ``start`` on (``kinds``: each atom's)."""
    try:
        return kinds.index(kind, start)
    except ValueError:
        return None


def _column_title(atoms: list[Atom], kinds: list[str], derivative: bool,
                  start: int = 0) -> int | None:
    """A table's first column header ("1. Title of Derivative Security"), standing in
    for the table's title where a converter dropped it."""
    at = _first(kinds, "COLUMN_TITLE", start)
    while at is not None and ("derivative" in atoms[at].text.lower()) != derivative:
        at = _first(kinds, "COLUMN_TITLE", at + 1)
    return at


def _exercisable_line(atoms: list[Atom], start: int, stop: int) -> int | None:
    """The first atom of the first line (from atom ``start`` up to ``stop``) that holds
    Table II's sixth column's header: where OCR lost the table's title and its first
    column's header ("1. Title of Derivative Security"), the table begins on the line
    of its other headers ("2. 3. Transaction | ... | 6. Date Exercisable and | ...").
    The search ends at the first note (``opens_note``): a note naming the column opens
    no table."""
    for _, line in itertools.groupby(range(start, stop), key=lambda i: atoms[i].row):
        at = list(line)
        text = " ".join(atoms[i].text for i in at)
        if opens_note(text):
            return None
        if holds_exercisable_header(text):
            return at[0]
    return None


#: what follows a table that a converter captioned below (pandoc prints an HTML
#: table's caption as a paragraph after its pipe table): a part of the form, not a row
_AFTER_TABLE = frozenset({"COLUMN_TITLE", "TABLE_I", "TABLE_II", "EXPLANATION", "REMARKS",
                          "OWNERS", "BOX1", "SIGNATURE", "CLOSING"})


def _captioned_below(kinds: list[str], title: int | None, first_header: int | None,
                     start: int) -> bool:
    """Whether a table's title stands below its rows (a caption under the table): its
    first column header stands before the title (from ``start`` on) and the title is
    followed by a part of the form or by nothing, not by the table's own words. A
    stream that printed the header and the rows' titles above the title has the rest
    of the rows after it (``Regions.table_i_lead``): that is no caption."""
    if title is None or first_header is None or not start <= first_header < title:
        return False
    return title + 1 == len(kinds) or kinds[title + 1] in _AFTER_TABLE


def _table_i_tail(table_ii: list[Atom]) -> int:
    """How many of the atoms after Table II's title are Table I's last columns: a text
    that prints each column of cells as a box of its own (pdfminer) may read Table II's
    title out before the boxes of Table I's last columns, then Table II's column headers.
    Those are the lines before Table II's first line of header words, where no header
    word stands among them (where Table I's late column headers stand first, see
    ``late_columns_tail``)."""
    at = 0
    for line in lines_of(table_ii):
        header = [is_header_word(atom, wrapped=True) for atom in line]
        if any(header):
            return at if all(header) else 0
        at += len(line)
    return 0


def cut(atoms: list[Atom]) -> Regions:
    """The parts of a page lexed in the "page" context."""
    regions = Regions()
    kinds = [a.kind for a in atoms]
    t1 = _first(kinds, "TABLE_I")
    if t1 is None:
        t1 = _column_title(atoms, kinds, derivative=False)
    t2 = _first(kinds, "TABLE_II", t1 or 0)
    ii_header = _column_title(atoms, kinds, derivative=True, start=t1 or 0)
    if t2 is None:
        t2 = ii_header
    if t2 is None and t1 is not None:
        notes = [_first(kinds, kind, t1) for kind in ("EXPLANATION", "REMARKS")]
        t2 = _exercisable_line(atoms, t1 + 1, min((i for i in notes if i is not None),
                                                  default=len(atoms)))
    i_header = _column_title(atoms, kinds, derivative=False)
    i_below = _captioned_below(kinds, t1, i_header, 0)
    ii_below = _captioned_below(kinds, t2, ii_header, (t1 or 0) + 1)
    end = len(atoms)
    closing = _first(kinds, "CLOSING", t2 or t1 or 0)
    signature = _first(kinds, "SIGNATURE", t2 or t1 or 0)
    if signature is not None:
        end = signature
        regions.after_signature = atoms[signature + 1:]
    elif closing is not None:
        end = closing
    explanation = _first(kinds, "EXPLANATION", t2 or t1 or 0)
    remarks = _first(kinds, "REMARKS", explanation or t2 or t1 or 0)
    # the header ends where the first table does, found by its title or its first column
    header_end = min(i for i in (t1, t2, _first(kinds, "COLUMN_TITLE"), len(atoms)) if i is not None)
    regions.header = atoms[:header_end]
    regions.header_rows = atoms[header_end].row if header_end < len(atoms) else 0
    if t1 is not None:
        regions.table_i_label = atoms[t1]
        t1_end = (ii_header if ii_below and ii_header is not None else t2) if t2 is not None \
            else (explanation or end)
        if i_below and i_header is not None:  # its header and rows stand above its title
            regions.table_i = atoms[i_header:t1]
        else:
            if i_header is not None and i_header < t1:
                regions.table_i_lead = atoms[i_header + 1:t1]
            # the paper form closes Table I with its reminder ("Reminder: Report on a
            # separate line..."); an older page prints it, and the form's numbers, before
            # Table II
            reminder = _first(kinds, "CLOSING", t1)
            regions.table_i = atoms[t1 + 1:min(t1_end, reminder if reminder is not None
                                               else t1_end)]
    if t2 is not None:
        regions.table_ii_label = atoms[t2]
        body_end = explanation if explanation is not None else end
        if signature is not None and explanation is not None and explanation > signature:
            regions.signed_first, body_end = True, signature
        titled = _first(kinds, "OWNERS", t2)
        owners = _first(kinds, "BOX1", t2)
        if titled is not None and titled < body_end:
            # a stream may print the first owners' boxes before the section's title, which
            # then stays among them: it ends the box before it
            first = owners if owners is not None and owners < titled else titled + 1
            regions.owners = atoms[first:body_end]
            body_end = min(first, titled)
        elif owners is not None and owners < body_end:
            regions.owners = atoms[owners:body_end]
            body_end = owners
        # a table captioned below: its header and rows stand above its title
        regions.table_ii = atoms[ii_header:t2] if ii_below else atoms[t2 + 1:body_end]
        if t1 is not None and not ii_below and not i_below:
            tail = _table_i_tail(regions.table_ii) or \
                late_columns_tail(regions.table_i, regions.table_ii)
            regions.table_i_tail = cells_of(regions.table_ii[:tail])
            regions.table_i += regions.table_i_tail
            regions.table_ii = regions.table_ii[tail:]
    if explanation is not None:
        # the older design prints its signatures before the notes: they run to the page's end
        notes_end = len(atoms) if explanation > end else end
        regions.explanation = atoms[explanation + 1:remarks if remarks is not None else notes_end]
    if remarks is not None:
        regions.remarks_label = True
        regions.remarks_bare = ":" not in atoms[remarks].text
        regions.remarks = atoms[remarks + 1:end]
    return regions


def page_parts(page: Page) -> Regions:
    """The parts of ``page`` (``cut`` of its ``page_atoms``), cut once per page: the form
    reader, a visual-lines page's tables and its notes' words each ask for them."""
    parts = page.memo.get("parts")
    if not isinstance(parts, Regions):
        parts = page.memo["parts"] = cut(page_atoms(page))
        if page.shape == "stream" and parts.table_ii_label is not None:
            _table_ii_lead_moved(parts)
    return parts


def _table_ii_lead_moved(parts: Regions) -> None:
    """Table II's first column printed among Table I's columns (``table_ii_lead``)
    moved to the front of Table II's part."""
    span = table_ii_lead(parts.table_i)
    if span is not None:
        start, end = span
        parts.table_ii = parts.table_i[start:end] + parts.table_ii
        parts.table_i = parts.table_i[:start] + parts.table_i[end:]


def box_of_sequence(atoms: list[Atom], stream: bool = False, cells: bool = False,
                    known: Callable[[], Known] | None = None) -> dict[int, str]:
    """Each atom's box in reading order: the last box label before it. Where labels
    follow each other with no text between ("3. Date ... 4. If Amendment ..."), the
    text after them is theirs together: its box is written "BOX3+BOX4". In a stream
    (``stream``), box 1's own labels between the labels of boxes 3 and 4 ("3. Date
    ...", "(Middle)", "4. If Amendment ...") leave them run together: the text moved
    the page's blocks, and the date after them (both boxes hold one) may be either's.
    ``known`` gives the page's words, which may tell where box 1's name ends on a line that
    runs it into box 2's (``first_three.first_three_boxes``)."""
    owner: dict[int, str] = {}
    current: list[str] = []
    open_run = False
    for i, atom in enumerate(atoms):
        if atom.kind in BOX_LABELS:
            current = current + [atom.kind] if open_run else [atom.kind]
            open_run = True
        elif current:
            owner[i] = "+".join(current)
            open_run = (stream and open_run and atom.kind in BOX1_LABELS
                        and current[-1] == "BOX3")
    _nested_box1(atoms, owner)
    if cells:
        _box1_column(atoms, owner)
        first_three_boxes(atoms, owner, known)
    return owner


#: box 1's labels under its name, one in the first cell of each row below the box's
#: label, in this order, for that cell to be the box's column
_COLUMN_LABELS = (("LAST",), ("STREET",), ("CITY", "STATE", "ZIP"))


def _box1_column(atoms: list[Atom], owner: dict[int, str]) -> None:
    """Box 1 as the first column of a page's bands of cells: a PDF's text that prints
    each band of the form as one row of tab-separated cells puts box 1's label and name
    in the first cell of a row, its "(Last) (First) (Middle)", "(Street)" and "(City)"
    lines in the first cells of the rows below, beside boxes 3 to 6. Where those labels
    stand in the first cell of each next row, from the name's row to the city's, the first
    cells of those rows are box 1's and its other cells are not. A row's first cell may
    hold two of them ("(Street)", the city's line and "(City) (State) (Zip)": a PDF's
    band as tall as boxes 4 and 6 beside it), in their order; the label's own cell may
    hold the name and "(Last) (First) (Middle)" (pymupdf4llm's markdown of the plain
    design: "1. Name ..." / "Musk Elon" / "(Last) (First) (Middle)", the street's lines
    and "(Street)" in the next row's first cell, the city's in the one after), and a
    table's rule line ("|---|---|") may stand between two of the rows. A first cell
    below that opens another box 1 ends it (``_another_owner``)."""
    label = next((a for a in atoms if a.kind == "BOX1"), None)
    if label is None or label.cell != 0 or label.offset != 0:
        return
    first_cells: dict[int, set[str]] = {}
    for atom in atoms:
        if atom.cell == 0:
            first_cells.setdefault(atom.row, set()).add(atom.kind)
    rows = [label.row]
    worded = sorted({a.row for a in atoms})
    for kinds in _COLUMN_LABELS:
        if first_cells[rows[-1]] & set(kinds):
            continue  # the row's first cell holds the next labels too (a PDF's taller band)
        row = next((n for n in worded if n > rows[-1]), None)  # past a table's rule line
        if row is None or not first_cells.get(row, set()) & set(kinds):
            return
        rows.append(row)
    if len(rows) == 1 or _another_owner(first_cells, rows):
        return
    spilled = _spilled(atoms, rows)
    lost = _street_cut(atoms, rows, spilled) if spilled else set()
    if lost is None:
        return
    for i, atom in enumerate(atoms):
        if atom.row in rows and atom.kind not in BOX_LABELS:
            if i in lost:
                owner[i] = STREET_CUT
            elif atom.cell == 0:
                owner[i] = "BOX1"
            elif owner.get(i) == "BOX1":
                del owner[i]


#: the owner ``_box1_column`` gives box 1's street words cut at the column's edge: no
#: box's value, kept to say why the street is unknown
STREET_CUT = "BOX1_STREET_CUT"


def _street_cut(atoms: list[Atom], rows: list[int], spilled: set[int]) -> set[int] | None:
    """The atoms of box 1's street, all of them, where only the street's lines are cut at
    the column's edge (``spilled``: "(Last) (First) (Middle)" / "C/O SEQUOIA CAPITAL, 2800
    SAND" / "SUITE 101" | "HILL ROAD", the name above and the city's line below whole):
    the street's words in the first cells between "(Last)" and "(Street)" and the cut
    pieces opening the next cells, which are no box's value (``STREET_CUT``: where the
    cut fell is lost, so the street is unknown, the name and the city still read). None where a cut row's
    first cell holds words outside the street (the name's or the city's)."""
    last = next((i for i, a in enumerate(atoms) if a.row in rows and a.kind == "LAST"), None)
    street = next((i for i, a in enumerate(atoms) if a.row in rows and a.kind == "STREET"),
                  None)
    if last is None or street is None or street < last:
        return None
    lost = {i for i, a in enumerate(atoms) if last < i < street and a.cell == 0
            and a.row in rows and a.kind == "TEXT"}
    if any(a.row in spilled and a.cell == 0 and a.kind == "TEXT" and i not in lost
           for i, a in enumerate(atoms)):
        return None
    for row in spilled:
        cell = [i for i, a in enumerate(atoms) if a.row == row and a.cell == 1]
        lost |= set(itertools.takewhile(lambda i: atoms[i].kind == "TEXT", cell))
    return lost


def _another_owner(first_cells: dict[int, set[str]], rows: list[int]) -> bool:
    """True where a first cell of ``rows`` below box 1's label opens another box 1 (its
    label, or a second "(Last)" where the label's cell holds the name's labels too, as
    a markdown table's cell that holds the box down to its name: "1. Name ..." /
    "Musk Elon" / "(Last) (First) (Middle)"): a joint filing's next owner, not the
    street and city of this one."""
    below = [first_cells.get(row, set()) for row in rows[1:]]
    lasts = sum(1 for row in rows if "LAST" in first_cells.get(row, set()))
    return any("BOX1" in kinds for kinds in below) or lasts > 1


def _spilled(atoms: list[Atom], rows: list[int]) -> set[int]:
    """The rows of ``rows`` whose second cell opens with words, no label nor a piece of
    box 1's labels: the rest of a line of box 1 that the converter cut at the column's
    edge ("C/O SEQUOIA CAPITAL, 2800 SAND" | "HILL ROAD"), which line's it is not told."""
    opening: dict[int, Atom] = {}
    for atom in atoms:
        if atom.row in rows and atom.cell == 1:
            opening.setdefault(atom.row, atom)
    return {row for row, atom in opening.items()
            if atom.kind == "TEXT" and atom.text not in _BOX1_LABEL_TEXT}


#: box 1's labels under its lines as the page prints them: a cut piece of them ("(St" |
#: "ate) (Zip)") in the next cell is no line of the box's
_BOX1_LABEL_TEXT = "(Last) (First) (Middle) (Street) (City) (State) (Zip)"


def _nested_box1(atoms: list[Atom], owner: dict[int, str]) -> None:
    """Box 1's name, street and city lines given back to it where a converter printed
    its nested table of them after the header's boxes (trafilatura: the name's line,
    then "(Last) (First) (Middle)", ..., "(City) (State) (Zip)", all after box 6's
    label): the line before the "(Last)" label's to the "(Zip)" label's, if no box's
    label stands among them and "(Last)", "(First)" and "(Middle)" stand in cells of
    their own, as the nested table's."""
    kinds = [a.kind for a in atoms]
    last, zip_ = _first(kinds, "LAST"), _first(kinds, "ZIP")
    if last is None or zip_ is None or zip_ < last or owner.get(last) in (None, "BOX1"):
        return
    labels = [a for a in atoms if a.row == atoms[last].row and a.kind in ("LAST", "FIRST", "MIDDLE")]
    if len({a.cell for a in labels}) != 3:  # the nested table's cells, not a run of words
        return
    rows = range(atoms[last].row - 1, atoms[zip_].row + 1)
    span = [i for i, a in enumerate(atoms) if a.row in rows]
    if "BOX1" not in kinds[:span[0]] or any(kinds[i] in BOX_LABELS for i in span):
        return
    for i in span:
        owner[i] = "BOX1"
    # a "(Street)" left in box 1's own cell, away from the street's lines, marks none
    for i in range(span[0]):
        if kinds[i] == "STREET":
            owner.pop(i, None)


def box_of_positioned(atoms: list[Atom]) -> dict[int, str]:
    """Each atom's box on a page grid: among the box labels at or above its line that
    start left of it, those of the rightmost column; of these, the lowest. The two
    boxes above box 1 run the page's width and hold no text to read: they are no
    column's."""
    anchors = [a for a in atoms if a.kind in BOX_LABELS and a.x is not None
               and a.kind not in ("NOT_SUBJECT", "AFF10B5")]
    edge, under = left_edges(anchors, atoms)
    owner: dict[int, str] = {}
    for i, atom in enumerate(atoms):
        if atom.kind in BOX_LABELS or atom.x is None:
            continue
        # a label may stand a little right of the text under it, not of text on its line
        # nor of a word that goes on a phrase begun left of it ("8TH FLOOR")
        slack = X_TOLERANCE if atom.offset == 0 else 0
        above = [a for a in anchors if a.row < atom.row and edge[id(a)] <= atom.gx + slack
                 or a.row == atom.row and a.gx <= atom.gx]
        if not above:
            continue
        right = max(edge[id(a)] for a in above)
        column = [a for a in above if edge[id(a)] >= right - X_TOLERANCE]
        owner[i] = max(column, key=lambda a: (a.row, edge[id(a)])).kind
    _phrases_kept(atoms, owner)
    pushed_phrases_kept(atoms, owner, under)
    return owner


def _phrases_kept(atoms: list[Atom], owner: dict[int, str]) -> None:
    """The words of a phrase run into the column of boxes 3 and 4 from one box beside it
    are that box's, but a date or a word of their labels: those boxes hold a date and
    nothing else, and a long street's last words ("SUITE 101", "TECHNOLOGIES INC.") may
    reach past box 1's edge, an officer's title's first words ("Senior VP, GC,") left of
    box 5's."""
    pieces: dict[tuple[int, int], list[int]] = {}
    for i, atom in enumerate(atoms):
        if i in owner:
            pieces.setdefault((atom.row, atom.cell), []).append(i)
    for words in pieces.values():
        beside = {owner[i] for i in words if owner[i] not in _DATE_BOXES}
        if len(beside) != 1:
            continue
        box = beside.pop()
        for i in words:
            if (owner[i] in _DATE_BOXES and not DATE.search(atoms[i].text)
                    and atoms[i].text.lower() not in _DATE_LABEL_WORDS):
                owner[i] = box
