"""The one form reader: a ``Page`` of any shape into the form's ``Sections``.

The page is lexed into the form's labels (``atoms.py``), cut into its parts
(``regions.py``), and each part is read by its own module: the header's boxes
(``header.py``, ``checkboxes.py``), the tables (``tables.py``) and the notes
after them (``notes.py``). ``build.py`` then reads every value, as for any
layout.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ..errors import SectionError
from ..model import Diagnostic
from ..page import Page
from ..patterns import DATE_SHAPE_RE, MARK_NUMBER_RE
from ..sections import Cell, OwnerBlock, Row, Sections, SignatureCells
from ..shapes.cut_marks import label_cut_in_word, may_cut_word
from ..shapes.owner_cut import Known
from ..shapes.street_lines import SMALL_WORDS
from . import checkboxes, dated_name_blocks, header, joint_boxes, notes, regions
from .atoms import Atom, lex
from .body_columns import unread_marks
from .first_three import bracketed_cell
from .grid_run_kinds import DATE_KEYS
from .raised_marks import GLUED, READ, marked_tables, unsure_cells
from .row_bare_marks import proven_bare
from .row_clipped import edge_cut, rejoined
from .row_sequence import TITLES
from .row_resync import PartlyRead
from .signature_labels import labels_out_of_names
from .table_header import INSTRUCTIONS
from .tables import left_out_marks, read_table

DAMAGED_FIELDS = {
    "table_i": ("non_derivative_transactions", "non_derivative_holdings"),
    "table_ii": ("derivative_transactions", "derivative_holdings"),
}
RELATIONSHIP_OF = {"DIRECTOR": "director", "OFFICER": "officer",
                   "TEN_PERCENT": "ten_percent_owner", "OTHER": "other"}


#: boxes that hold no value of the kind another box holds: text shared by two
#: boxes whose labels ran together goes to the one that can hold it
_HOLDS = {"BOX1": "name", "BOX2": "issuer", "BOX3": "date", "BOX4": "date", "BOX5": "title",
          "BOX6": None, "NOT_SUBJECT": None, "AFF10B5": None}


def _boxes(atoms: list[Atom], positioned: bool, stream: bool = False,
           cells: bool = False, known: Callable[[], Known] | None = None
           ) -> dict[str, list[Atom]]:
    """Each box's atoms. Text that several boxes share (their labels ran together)
    goes to the one box among them that holds values, or to none if more do.
    ``known`` gives the page's words (``regions.box_of_sequence``)."""
    owner = (regions.box_of_positioned(atoms) if positioned else
             regions.box_of_sequence(atoms, stream, cells, known))
    boxes: dict[str, list[Atom]] = {}
    box_of: dict[str, str | None] = {}  # an owner ("BOX3+BOX4") -> the box its text goes to
    for i, shared in owner.items():
        if shared not in box_of:
            holders = [b for b in shared.split("+") if _HOLDS.get(b)]
            box_of[shared] = (holders[0] if len(holders) == 1 else
                              _title_not_date(holders, [atoms[j] for j, run in owner.items()
                                                        if run == shared])
                              if holders else shared.split("+")[-1])
        box = box_of[shared]
        if box is not None:
            boxes.setdefault(box, []).append(atoms[i])
    found = [] if "BOX2" in boxes else _bracketed_issuer(atoms, owner, box_of)
    if found:
        boxes["BOX2"] = found
    return boxes


def _title_not_date(holders: list[str], run: list[Atom]) -> str | None:
    """Box 5, box 1 or box 2, of text shared by an empty box 4 and that box (their labels
    one after the other: "4. If Amendment ..." "5. Relationship ..." "X Officer (give title
    below)" "CEO"; pdfminer's ``-F 1.0``: "4. If Amendment ..." "1. Name and Address of
    Reporting Person*" "WILLIAMS JEFFREY E"; markitdown's and pdfminer's: "4. If
    Amendment ..." "2. Issuer Name ..." "SOLARCITY CORP [ SCTY ]"), where none of its
    words reads as a date: box 4 holds a date only, so words that are none are box 5's
    title, box 1's name or box 2's. None where a date is among them (either box's) or
    other boxes share the text. Box 2's only where the text is one line that reads wholly
    as a name and a bracketed ticker: a line before the ticker's may be box 4's text that
    is no date ("N/A") or box 2's name wrapped, and which it is the shape does not tell."""
    if sorted(holders) not in (["BOX4", "BOX5"], ["BOX1", "BOX4"], ["BOX2", "BOX4"]):
        return None
    if any(a.kind == "TEXT" and DATE_SHAPE_RE.search(a.text) for a in run):
        return None
    if "BOX2" in holders and not _one_bracketed_line(run):
        return None
    return next(box for box in holders if box != "BOX4")


def _one_bracketed_line(run: list[Atom]) -> bool:
    """True where ``run``'s words stand on one line and read wholly as box 2's name and
    bracketed ticker."""
    words = [a for a in run if a.kind == "TEXT"]
    return len({a.row for a in words}) == 1 and bracketed_cell(words)


def _bracketed_issuer(atoms: list[Atom], owner: dict[int, str],
                      box_of: dict[str, str | None]) -> list[Atom]:
    """Box 2's name and ``[ TICKER ]`` in text shared by boxes that all hold values
    ("1. Name ..." "2. Issuer Name ..." "5. Relationship ..." on one line, their values
    after): where the first words of that text are a table's cell of their own that
    reads as a name then a bracketed ticker, and nothing else, they are box 2's (no other
    box prints a bracketed ticker). Words before them may be box 1's name or the start
    of a wrapped issuer's name: then where box 2 starts is lost, and nothing is taken."""
    shared = sorted(i for i, run in owner.items()
                    if "BOX2" in run.split("+") and box_of[run] is None
                    and atoms[i].kind == "TEXT")
    if not shared:
        return []
    first = (atoms[shared[0]].row, atoms[shared[0]].cell)
    words = [atoms[i] for i in shared if (atoms[i].row, atoms[i].cell) == first]
    if all(a.cell == first[1] for a in atoms if a.row == first[0]):
        return []  # a line of its own, not a cell: box 1's name may run into it
    return words if bracketed_cell(words) else []


#: box 1's labels under its name's: where they follow box 5's labels in a page's cells,
#: box 1's lines and the titles' are one run of lines
_PLACE_LABELS = ("STREET", "CITY", "STATE", "ZIP")


# the officer's label as the page prints it, not cut by a narrow cell ("Officer (gi"): a
# cut label stands where the cell's wrapping put it, no anchor of a column
_WHOLE_OFFICER = re.compile(r"\(give|Officer$")


def _titles(box5: list[Atom], checked: set[str], positioned: bool, cells: bool = False,
            loose_rows: frozenset[int] = frozenset(), in_header: bool = False,
            doubts: list[Diagnostic] | None = None) -> tuple[Cell | None, Cell | None]:
    """The officer's title and the "other" text written under box 5's labels; in a
    table's cells (``cells``), those in the labels' cell where it holds words after
    them (the words after it in reading order are then other boxes', in the rows
    below). ``in_header``: box 5 of the page's header, not of an owner listed after the
    tables (whose next owner's box 1 follows it). A text cut inside a word is None,
    with a doubt in ``doubts`` (``_whole_words``). Both are None where ``box5`` holds
    neither the Officer nor the Other label but holds Director and 10% Owner (box 5's
    own checkboxes, its title labels printed elsewhere), and where it holds no label
    of the title at all."""
    labels = {a.kind: a for a in box5 if a.kind in ("OFFICER", "OTHER")}
    if not labels and {"DIRECTOR", "TEN_PERCENT"} <= {a.kind for a in box5}:
        # box 5's own two checkboxes after its heading, its Officer and Other labels
        # printed elsewhere (a joint filing's "MITHRIL II LP:" "[ ] Director" "[X] 10%
        # Owner"): the words among them are no title (a title may end in one of the
        # names, "Pres,Prod Architect & Director", never hold both)
        return None, None
    last = max((i for i, a in enumerate(box5) if a.kind in ("OFFICER", "OTHER", "LABEL_TAIL")),
               default=None)
    if last is None:
        return None, None
    # under the labels, a relationship's name is a word of the title ("Pres. & Director")
    after = [a for a in box5[last + 1:] if a.kind in ("TEXT", "DIRECTOR", "TEN_PERCENT")]
    # (a line of text between a page's strips of cells is no cell)
    in_cell = [a for a in after if (a.row, a.cell) == (box5[last].row, box5[last].cell)
               and a.row not in loose_rows]
    if cells and in_cell:
        if all(a.kind != "TEXT" for a in in_cell):  # box 5's checkboxes under its first label
            return None, None
        after = in_cell
    elif cells and (under := _under_officer_in_cell(box5, loose_rows)):
        after = under
    elif (cells or in_header and not positioned) and any(
            a.kind in _PLACE_LABELS for a in box5[last + 1:]):
        # box 1's lines among them: strips of a page, or in the page's header (where box 1
        # comes first in any reading order) its blocks printed one into another (OCR),
        # whose words are lost
        return None, None
    elif not positioned and not cells:
        after = (_before_place_label(box5[last + 1:], after)
                 or _under_checked_label(box5, checked))
    written = [a if a.kind == "TEXT" else replace(a, kind="TEXT") for a in after]
    officer: list[Atom] = []
    other: list[Atom] = []
    for group in header.groups(written, by_cell=True):
        # the box checked says whose text it is; where both are (or neither), the label
        # it stands under (a design may print the text at the box's left, under "Officer")
        if "OFFICER" in checked and "OTHER" not in checked:
            officer.extend(group)
        elif "OTHER" in checked and "OFFICER" not in checked:
            other.extend(group)
        elif (positioned and "OFFICER" in labels and "OTHER" in labels and group[0].x is not None
              and _WHOLE_OFFICER.search(labels["OFFICER"].text)):
            near_other = abs(group[0].gx - labels["OTHER"].gx) < abs(
                group[0].gx - labels["OFFICER"].gx)
            (other if near_other else officer).extend(group)
    cuts = label_cut_in_word(box5)
    return (_whole_words(officer, "officer_title", doubts, cuts),
            _whole_words(other, "other_text", doubts, cuts))


def _under_officer_in_cell(box5: list[Atom], loose_rows: frozenset[int]) -> list[Atom]:
    """Box 5's text in a table's cells where the last label's cell holds none after it
    and the page wrote it under "Officer (give title below)" in that label's own cell,
    "Other (specify below)" in the next ("Officer (give title below)<br>See Remarks" |
    "XOther (specify below)": the plain design prints an Other owner's text at the
    box's left): the words after the label in its cell, where only words follow its
    label there and the cell stands before "Other"'s on their line. Else none."""
    officer = next((i for i, a in enumerate(box5) if a.kind == "OFFICER"), None)
    other = next((a for a in box5 if a.kind == "OTHER"), None)
    if officer is None or other is None:
        return []
    label = box5[officer]
    if label.row in loose_rows or (other.row, other.cell) != (label.row, label.cell + 1):
        return []
    rest = [a for a in box5[officer + 1:] if (a.row, a.cell) == (label.row, label.cell)]
    rest = rest[1:] if rest and rest[0].kind == "LABEL_TAIL" else rest
    return rest if rest and all(a.kind == "TEXT" for a in rest) else []


def _whole_words(written: list[Atom], field: str,
                 doubts: list[Diagnostic] | None, cuts_words: bool) -> Cell | None:
    """Box 5's text written under its labels as one cell, or None (with a doubt) where a
    line of it looks cut inside a word: it starts in small letters (no word a title prints
    so, ``street_lines.SMALL_WORDS``) left of the line above, which ends in a letter ("Chief Techn" /
    "ology Officer", "Pres,Prod Archit" / "ect & Director"). A text writer cuts a line too long for its narrow cell at the
    cell's width, the rest flush at the cell's left; where the cut fell at a space is
    lost, so the word is not joined either way. Where the converter is seen cutting
    words so in this cell (``cuts_words``: its printed label, ``cut_marks.label_cut_in_word``),
    a text is None where a
    break of its lines may fall inside a word (``cut_marks.may_cut_word``: "Senior VP,
    G" / "C, CAO & Secretary")."""
    lines = header.groups(written, by_cell=True)
    if cuts_words and any(may_cut_word(above[-1].text, below[0].text)
                          for above, below in zip(lines, lines[1:])):
        if doubts is not None:
            doubts.append(Diagnostic(
                lines[0][-1].line, lines[0][-1].column, f"reporting_owners.{field}",
                "box 5's written text wraps in a cell the converter cut inside words "
                "(its label too), so where its lines join is not certain: left unknown",
                "warning"))
        return None
    for above, below in zip(lines, lines[1:]):
        first, last = below[0], above[-1]
        if (first.x is not None and above[0].x is not None and first.gx < above[0].gx
                and first.text[:1].islower() and first.text not in SMALL_WORDS
                and last.text[-1:].isalpha()):
            if doubts is not None:
                doubts.append(Diagnostic(
                    last.line, last.column, f"reporting_owners.{field}",
                    "box 5's written text looks cut inside a word where its line wraps "
                    f"({last.text!r} / {first.text!r}): left unknown", "warning"))
            return None
    return header.cell_of(written)


def _under_checked_label(box5: list[Atom], checked: set[str]) -> list[Atom]:
    """Where nothing follows box 5's last label, the words right after the label of its
    one checked box that takes text, before the next label or mark: a text printing the
    labels one a line puts the title under its own label ("X Officer (give title
    below)" "Chief Digital & Tech Officer" "10% Owner"). None where a label or mark
    stands on the line right after the words: a relationship's name may be the title's
    last word ("Pres,Prod" "Architect &" "Director"), so where the title ends is lost."""
    takes = checked & {"OFFICER", "OTHER"}
    if len(takes) != 1:
        return []
    at = next((i for i, a in enumerate(box5) if a.kind in takes), None)
    if at is None:
        return []
    start = at + 1
    while start < len(box5) and box5[start].kind == "LABEL_TAIL":
        start += 1
    words: list[Atom] = []
    for atom in box5[start:]:
        if atom.kind != "TEXT":
            if words and atom.line <= words[-1].line + 1:
                return []
            break
        words.append(atom)
    return words


def _before_place_label(tail: list[Atom], after: list[Atom]) -> list[Atom]:
    """The words of ``after`` (box 5's words after its last label) standing before the
    first of box 1's place labels in ``tail`` (every atom after that label): in a stream
    the words after "(Street)" or "(City)" are box 1's place ("See Remarks" "(Street)"
    "AUSTIN TX 78701"), not the title written under box 5."""
    stop = next((a for a in tail if a.kind in _PLACE_LABELS), None)
    if stop is None:
        return after
    end = tail.index(stop)
    kept = {id(a) for a in tail[:end]}
    return [a for a in after if id(a) in kept]


def _loose_rows(page: Page) -> frozenset[int]:
    """On a page of cells, its lines that are no table row: a converter that cuts the
    page into strips of cells prints the words between the strips as lines of text."""
    if page.shape != "cells":
        return frozenset()
    return frozenset(n for n, line in enumerate(page.lines) if not line.cells)


def _read_header(page: Page, rows: int, sections: Sections) -> None:
    from . import short_boxes  # a site's own page of the form (rare): its short rows
    if short := short_boxes.header_rows(page, rows):
        short_boxes.read(short, sections)
        short_boxes.check_owner_count(page, rows, sections)
        return
    if page.shape == "stream":  # the stream shape's reader (rare): imported where it reads
        from . import paragraph_boxes
    positioned = page.shape == "grid"
    atoms = lex(page, "boxes", rows)
    atoms = checkboxes.stacked_labels(atoms) if positioned else atoms
    boxes = _boxes(atoms, positioned, page.shape == "stream", page.shape == "cells",
                   lambda: Known.of([line.text for line in page.lines]))
    loose_rows = _loose_rows(page)
    placed = checkboxes.placed_marks(atoms) if positioned else None
    # OCR keeps no columns: a mark on another line than its label may be another box's
    parted = checkboxes.parted_marks(atoms) if page.converter == "ocr" and not positioned else {}
    checked = checkboxes.checked_labels(atoms, positioned, loose_rows, placed, frozenset(parted))
    seen = checkboxes.seen_labels(atoms)
    marks = checkboxes.marks_seen(atoms)
    box6_read = False
    if (marks and not positioned and not checkboxes.order_kept(atoms)
            and not checkboxes.marks_on_label_lines(atoms)):
        # which box a mark is on is lost with the order, but for box 6's in its own block
        checked, marks = checkboxes.box6_in_its_block(atoms), False
        box6_read = bool(checked)
        sections.diagnostics.append(Diagnostic(
            atoms[0].line, atoms[0].column, "reporting_owners", "the text does not keep the "
            "page's reading order (its labels are out of the form's order): which boxes are "
            "checked cannot be told (but for box 6's, where its two lines and its mark stay "
            "one block), so they are left unknown", "warning"))
    # a stream may move a mark away from its label (cells and lines keep them together,
    # where a converter may print a merged cell's lone "X" twice)
    stray = marks and page.shape == "stream" and checkboxes.stray_marks(atoms)
    # on a page grid, a mark by no label's side (drawn over its label)
    unplaced = marks and positioned and checkboxes.unplaced_grid_marks(atoms, placed)
    if stray or unplaced:  # a mark away from its box: an unmarked box may be its own
        marks, sections.marks_by_box = False, True
        where = ("before no box's label: the text moved it" if stray else
                 "by no box's label (drawn over it)")
        sections.diagnostics.append(Diagnostic(
            atoms[0].line, atoms[0].column, "reporting_owners", f"a checkbox mark stands "
            f"{where}, so the boxes not seen marked are left unknown", "warning"))
    if parted:  # a mark apart from its label: the boxes it may be, not seen marked, unknown
        sections.diagnostics.append(Diagnostic(
            atoms[0].line, atoms[0].column, "reporting_owners", "a checkbox mark stands on "
            "another line than the label after it, by other boxes' labels (OCR keeps no "
            "columns): which box is its own is lost, so the boxes it may be that are not "
            "seen marked are left unknown", "warning"))
    # box 5's labels out of order in a stream: a mark before one of them may be another's,
    # but for one on its label's line
    shuffled = (page.shape == "stream" and not checkboxes.relationships_in_order(atoms))
    relationships_lost = (shuffled and checkboxes.marks_seen(atoms)
                          and not checkboxes.marks_on_label_lines(atoms))
    if relationships_lost:
        relationships = set(checkboxes.RELATIONSHIPS)
        checked = (checked - relationships) | (
            checkboxes.marked_on_their_lines(atoms) & relationships)
        sections.diagnostics.append(Diagnostic(
            atoms[0].line, atoms[0].column, "reporting_owners", "box 5's labels are out of "
            "the form's order: a relationship box is taken as checked only where its mark "
            "stands on its label's line, the others are left unknown, and so is the "
            "officer's title or the other relationship's text", "warning"))
    sections.marks_kept = marks
    # the two boxes above box 1: an unmarked one may own a mark the text moved away
    top_marks = marks and not (page.shape == "cells" and checkboxes.stray_top_mark(atoms))
    if "NOT_SUBJECT" in seen:
        sections.not_subject = (True if "NOT_SUBJECT" in checked else
                                (False if top_marks else None))
    if "AFF10B5" in seen:
        sections.aff10b5 = True if "AFF10B5" in checked else (False if top_marks else None)
    # the marks in all no more than the boxes read checked need: the others are unchecked
    all_read = page.converter != "ocr" and checkboxes.every_mark_read(atoms, checked)
    if all_read:
        if "NOT_SUBJECT" in seen and sections.not_subject is None:
            sections.not_subject = False
        if "AFF10B5" in seen and sections.aff10b5 is None:
            sections.aff10b5 = False
    if page.converter == "ocr":  # a top box a scan's pixels showed empty is unchecked
        empty = checkboxes.seen_empty(atoms) - checked
        if "NOT_SUBJECT" in empty and sections.not_subject is None:
            sections.not_subject = False
        if "AFF10B5" in empty and sections.aff10b5 is None:
            sections.aff10b5 = False
    maybe = set().union(*parted.values())  # the boxes a parted mark may be: not seen empty
    if "NOT_SUBJECT" in maybe and sections.not_subject is not True:
        sections.not_subject, sections.marks_by_box = None, True
    if "AFF10B5" in maybe and sections.aff10b5 is False:
        sections.aff10b5 = None
    if "ONE_PERSON" in checked and "MORE_PERSONS" not in checked:
        sections.more_than_one = False
    elif "MORE_PERSONS" in checked and "ONE_PERSON" not in checked:
        sections.more_than_one = True
    name, ticker, cik = header.issuer(boxes.get("BOX2", []))
    if ticker is None and page.shape == "stream":
        name, ticker = paragraph_boxes.paragraph_issuer(page.lines[:rows])
    elif ticker is None and page.shape == "cells":
        label = next((a for a in atoms if a.kind == "BOX2"), None)
        name, ticker = header.issuer_in_label_cell(label, boxes.get("BOX2", []))
    sections.issuer_name, sections.ticker, sections.issuer_cik = name, ticker, cik
    written = header.cell_of(boxes.get("BOX2", []))
    if written is not None and ticker is None:
        sections.diagnostics.append(Diagnostic(
            written.line, written.column, "issuer", f"box 2 does not read as the issuer's "
            f"name and [ticker] ({written.text[:40]!r}): both are left unknown", "error"))
    sections.period_of_report = header.date_box(boxes.get("BOX3", []))
    sections.original_filed = header.date_box(boxes.get("BOX4", []))
    if sections.period_of_report is None and page.shape == "stream" and (
            shuffled or not checkboxes.order_kept(atoms)):
        # box 3's date moved away from its label with the page's blocks: a Form 4 always
        # fills box 3 (box 4 only when it amends one), so the header's only date is box 3's
        only = paragraph_boxes.box3_only_date(atoms)
        if only is not None:
            sections.period_of_report, sections.original_filed = only, None
    if (sections.original_filed is not None and sections.period_of_report is None
            and not positioned and (shuffled or not checkboxes.order_kept(atoms))):
        # box 3's date moved past box 4's label with the page's blocks: whose it is is lost
        sections.diagnostics.append(Diagnostic(
            sections.original_filed.line, sections.original_filed.column, "period_of_report",
            "the only date of boxes 3 and 4 follows box 4's label in a text that does not "
            "keep the page's reading order: either box's, so both are left unknown", "warning"))
        sections.original_filed = None
    # a joint filing's owners, each in box 1 under its one label (a filing agent's print)
    spans = (None if sections.more_than_one is False
             else joint_boxes.box1_spans(boxes.get("BOX1", [])))
    first = page_owner(page, atoms, spans[0] if spans else boxes.get("BOX1", []),
                       sections.more_than_one is not True)
    cut = boxes.get(regions.STREET_CUT)
    if cut and not first.street:
        sections.diagnostics.append(Diagnostic(
            cut[0].line, cut[0].column, "reporting_owners.street1", "box 1's street lines "
            "are cut at its column's edge into the next cell: where the cut fell (and whether "
            "a space stood there) is lost, so the street is unknown", "warning"))
    first.checked = {RELATIONSHIP_OF[k] for k in checked if k in RELATIONSHIP_OF}
    if box6_read and not first.checked:  # box 6's mark alone read: the other boxes' marks
        sections.marks_by_box = True     # may stand anywhere, an unmarked box is not unchecked
    if stray or unplaced or relationships_lost or checkboxes.loose_marks(atoms, loose_rows):
        first.unknown = set(RELATIONSHIP_OF.values()) - first.checked
    for kinds in parted.values():
        first.unknown |= {RELATIONSHIP_OF[k] for k in kinds if k in RELATIONSHIP_OF} - first.checked
    if first.checked:  # a label not seen (OCR lost it, a grid wrapped "10%" apart from
        # "Owner"): a mark before it would not be read, so its box is unknown
        first.unknown |= {RELATIONSHIP_OF[k] for k in RELATIONSHIP_OF if k not in seen}
    if all_read and first.checked:  # no mark left for a relationship not read checked
        first.unknown -= set(RELATIONSHIP_OF.values())
    if joint_unparted := _joint_box5_unparted(atoms, boxes.get("BOX5", []), spans, sections):
        first.checked, first.unknown = set(), set(RELATIONSHIP_OF.values())
    if not relationships_lost and not joint_unparted:  # else box 5's text may be any block's
        box5 = boxes.get("BOX5", [])
        if page.shape == "stream" and sections.more_than_one is False:
            box5 = (paragraph_boxes.title_labels_apart(box5, boxes, sections.diagnostics)
                    or box5)
        first.officer_title, first.other_text = _titles(
            box5, checked, positioned, page.shape == "cells", in_header=True,
            doubts=sections.diagnostics)
        first.officer_title = _not_other_boxes(first.officer_title, sections)
        first.other_text = _not_other_boxes(first.other_text, sections)
        if page.shape == "stream" and first.officer_title is None and "OFFICER" in checked:
            first.officer_title = paragraph_boxes.title_after_date(atoms)  # a block apart
        elif page.shape == "cells" and first.officer_title is None and "OFFICER" in checked:
            from .officer_cells import title_in_date_cells  # box 3's line of cells: rare
            first.officer_title = _not_other_boxes(title_in_date_cells(page, atoms), sections)
    sections.owners = [first]
    if spans:
        sections.owners = _joint_owners(page, atoms, spans, boxes.get("BOX5", []), first,
                                        loose_rows, positioned)


def _joint_box5_unparted(atoms: list[Atom], box5: list[Atom], spans: list[list[Atom]] | None,
                         sections: Sections) -> bool:
    """True (with a diagnostic) where box 6 reads a joint filing and box 5 (``box5``,
    of the header's ``atoms``) holds a relationship's label twice under one label of
    box 5, every owner's boxes, but box 1 does not part by owner: box 5's marks are all
    the owners' together, not the first's. (Box 6 must say so: a title such as "Spouse
    of director" reads as a second Director label.)"""
    headings = sum(a.kind == "BOX5" for a in atoms)
    if (sections.more_than_one is not True or spans
            or not joint_boxes.relationships_repeated(box5, headings)):
        return False
    sections.diagnostics.append(Diagnostic(
        box5[0].line, box5[0].column, "reporting_owners", "box 5 holds every joint owner's "
        "boxes but box 1 does not part by owner: whose each mark and title is, is not known, "
        "so the first owner's relationships and title are left unknown", "warning"))
    return True


def _joint_owners(page: Page, atoms: list[Atom], spans: list[list[Atom]], box5: list[Atom],
                  first: OwnerBlock, loose_rows: frozenset[int],
                  positioned: bool) -> list[OwnerBlock]:
    """Every owner of a header that prints them all in its box 1 and box 5
    (``joint_boxes``): each owner's box 1 from its part of box 1, its relationships and
    title from its part of box 5 (on a page grid, ``positioned``: each mark by its label's
    side within that part). Where box 5 does not part so, or the header's marks were not
    all read, every owner's relationships and title are unknown (box 5's marks are all
    the owners' together, not the first's)."""
    start = [a for a in atoms if a.kind == "BOX1"][:1]
    owners = [first] + [header.owner_block(start + span, page.shape == "cells", page.breaks_kept,
                                           wraps=page.soft_wraps()) for span in spans[1:]]
    parts = joint_boxes.box5_parts(box5, owners) if not first.unknown else None
    if parts is None:
        for owner in owners:
            owner.checked, owner.unknown = set(), set(RELATIONSHIP_OF.values())
            owner.officer_title = owner.other_text = None
        return owners
    for owner, part in zip(owners, parts):
        assert owner.name is not None  # box5_parts parts only by names read
        part = part[len(owner.name.text.split()):]
        checked = checkboxes.checked_labels(part, positioned, loose_rows)
        owner.checked = {RELATIONSHIP_OF[k] for k in checked if k in RELATIONSHIP_OF}
        owner.unknown = set()
        owner.officer_title, owner.other_text = _titles(
            part, checked, positioned, page.shape == "cells", loose_rows, in_header=True)
    return owners


def _not_other_boxes(title: Cell | None, sections: Sections) -> Cell | None:
    """Box 5's written title, or None where it holds the issuer's "[ ticker ]" or a
    column label's "(Instr. 4)": box 2's words, or a table header's, that a stream printed
    under box 5's labels ("Other (specify below)" "Workday, Inc. [ WDAY ]"); where the
    title is, is lost."""
    if title is None:
        return None
    ticker = sections.ticker.text if sections.ticker is not None else None
    if not (INSTRUCTIONS.search(title.text) or ticker and re.search(
            rf"\[\s*{re.escape(ticker)}\s*\]", title.text)):
        return title
    sections.diagnostics.append(Diagnostic(
        title.line, title.column, "reporting_owners", f"box 5's title {title.text[:40]!r} "
        "holds the issuer's [ticker] or a column's label: another box's words moved under "
        "box 5's labels; the title is left unknown", "warning"))
    return None


def page_owner(page: Page, atoms: list[Atom], box1: list[Atom],
               one_owner: bool) -> OwnerBlock:
    """Box 1 of the header (``atoms``), read in its own box (``box1``, its text).
    ``one_owner``: box 6 does not say "Form filed by More than One Reporting Person";
    only then is a name over its label apart from the box the owner's (on a joint
    filing's page it may be any owner's)."""
    if page.shape == "stream":  # the stream shape's reader (rare): imported where it reads
        from . import paragraph_boxes
    start = next((a for a in atoms if a.kind == "BOX1"), None)
    block = header.owner_block(([start] if start else []) + box1, page.shape == "cells",
                               page.breaks_kept, header.column_edge(atoms), page.soft_wraps())
    if (page.shape == "stream" and block.name is None and not block.street
            and block.city is None):  # the box's labels and values apart: by paragraphs
        block = paragraph_boxes.paragraph_owner(atoms) or block
    if page.shape == "stream" and not block.street:  # the street's lines after box 3's date
        block.street = (paragraph_boxes.street_after_date(atoms)
                        or paragraph_boxes.street_before_date(atoms)
                        or paragraph_boxes.street_around_date(atoms)
                        or paragraph_boxes.street_beside_date(atoms) or [])
    if page.shape == "stream" and block.name is None and one_owner:  # the name's own block
        block.name = paragraph_boxes.name_over_its_label(atoms)
    if page.shape == "cells":  # box 1's values on lines of their own among cells
        _alone_among_cells(page, atoms, block)
    if page.shape == "stream" and (block.city, block.state, block.zip) == (None, None, None):
        place = (paragraph_boxes.place_over_its_labels(atoms)
                 or paragraph_boxes.place_after_street_label(atoms)
                 or paragraph_boxes.place_after_labels(atoms)
                 or paragraph_boxes.place_around_street_label(atoms)
                 or paragraph_boxes.place_beside_date(atoms))
        if place is not None:
            block.city, block.state, block.zip = place
    if _blank(block) and start is not None:  # box 1's name apart from its labels
        block = header.owner_labels_apart(atoms, atoms.index(start), box1, page.breaks_kept,
                                           page.soft_wraps()) or block
    return block


def _alone_among_cells(page: Page, atoms: list[Atom], block: OwnerBlock) -> None:
    """Box 1's name, place and street its cells did not give, read where a text of cells
    printed them on lines of their own among the other boxes' (``header.name_alone``,
    ``header.place_alone``, ``place_wrapped.py``, ``street_alone.py``; the street's first
    line beside box 5's label: ``street_alone.street_beside_officer``)."""
    cell_rows = {n for n, line in enumerate(page.lines) if line.cells}
    if block.name is None:
        block.name = header.name_alone(atoms, cell_rows)
    if (block.city, block.state, block.zip) == (None, None, None):
        place = header.place_alone(atoms, cell_rows)
        if place is not None:
            block.city, block.state, block.zip = place
    if not block.street and block.street_run_together is None:
        from .street_alone import street_alone, street_beside_officer  # rare shapes' readers
        block.street = street_alone(atoms, cell_rows) or street_beside_officer(
            atoms, cell_rows) or []


def _blank(block: OwnerBlock) -> bool:
    """True for a listed owner of whom only box 1's label was read."""
    return (block.name, block.city, block.state, block.zip) == (None,) * 4 and not block.street


def _fill_from_header(first: OwnerBlock, header: OwnerBlock) -> None:
    """The first listed owner's box 1 fields its words lost (a stream printed its name or
    street among the tables' words), taken from the header's box 1, the same owner's,
    where every field both read agrees (else the two may not be one owner's reading:
    nothing is taken)."""
    pairs = [(a, b) for a, b in zip(_owner_key(first), _owner_key(header))
             if a not in (None, ()) and b not in (None, ())]  # the fields both read
    if not pairs or any(a != b for a, b in pairs):
        return  # no field to show the two are one owner's, or one that shows they are not
    for field in ("name", "city", "state", "zip"):
        if getattr(first, field) is None:
            setattr(first, field, getattr(header, field))
    if not first.street and first.street_run_together is None:
        first.street, first.street_run_together = list(header.street), header.street_run_together


def _owner_key(block: OwnerBlock) -> tuple[object, ...]:
    text = (lambda cell: cell.text if cell is not None else None)
    return (text(block.name), tuple(c.text for c in block.street), text(block.city),
            text(block.state), text(block.zip))


def _once_each(blocks: list[OwnerBlock]) -> list[OwnerBlock]:
    """The owners, each once: a converter that repeats a merged cell's text in every
    cell it spans (pymupdf4llm) prints one owner's box several times in a row. Two
    reporting owners never share a name and an address."""
    out: list[OwnerBlock] = []
    for block in blocks:
        if not out or _owner_key(block) != _owner_key(out[-1]) or block.name is None:
            out.append(block)
    return out


def _listed_owners(page: Page, atoms: list[Atom]) -> list[OwnerBlock]:
    """The reporting owners listed after the tables, each with its box 1 and, where
    the design prints it, its box 5."""
    positioned = page.shape == "grid"
    boxes = lex(page, "boxes", atoms[-1].row + 1, atoms[0].row)
    boxes = checkboxes.stacked_labels(boxes) if positioned else boxes
    titles = {a.row for a in atoms if a.kind == "OWNERS"}  # printed after the first boxes
    boxes = [a for a in boxes if a.row not in titles] if titles else boxes
    leading = boxes
    boxes = boxes[next((i for i, a in enumerate(boxes) if a.kind == "BOX1"), len(boxes)):]
    loose_rows = _loose_rows(page)
    apart = None if positioned else _box5s_apart(leading)  # one pair for each box 1
    listed = ([header.owner_block(box1, False, page.breaks_kept, wraps=page.soft_wraps())
               for box1, _ in apart]
              if apart is not None else header.owner_blocks(boxes, page.shape == "cells",
                                                            page.breaks_kept, page.soft_wraps()))
    owners = ([box1 + box5 for box1, box5 in apart] if apart is not None
              else _owners_boxes(boxes, min(titles, default=None)))
    for n, own in enumerate(owners):
        box5 = [a for a in own if a.kind != "BOX1"]
        if positioned:  # box 5 beside box 1: each box's text is what stands under its label
            by_box = _boxes(own, positioned)
            listed[n] = header.owner_block([own[0], *by_box.get("BOX1", [])], False,
                                           page.breaks_kept)
            box5 = by_box.get("BOX5", [])
        checked = checkboxes.checked_labels(own, positioned, loose_rows)
        listed[n].checked = {RELATIONSHIP_OF[k] for k in checked if k in RELATIONSHIP_OF}
        if checkboxes.loose_marks(own, loose_rows):
            listed[n].unknown = set(RELATIONSHIP_OF.values()) - listed[n].checked
        beside = listed[n].title_in_street
        if checked & {"OFFICER", "OTHER"} and _titles_beside_street(own, loose_rows) \
                and beside is None:
            listed[n].street = []
        listed[n].officer_title, listed[n].other_text = _titles(box5, checked, positioned,
                                                                page.shape == "cells", loose_rows)
        if beside is not None and listed[n].officer_title is None and listed[n].other_text is None:
            # the title told from the street's lines: the one box checked says whose it is
            if checked & {"OFFICER", "OTHER"} == {"OFFICER"}:
                listed[n].officer_title = beside
            elif checked & {"OFFICER", "OTHER"} == {"OTHER"}:
                listed[n].other_text = beside
    return listed


def _split_at(atoms: list[Atom], kind: str) -> list[list[Atom]]:
    """``atoms`` cut before each label of ``kind``, from the first."""
    starts = [i for i, a in enumerate(atoms) if a.kind == kind] + [len(atoms)]
    return [atoms[start:end] for start, end in zip(starts, starts[1:])]


def _owners_boxes(boxes: list[Atom], title_row: int | None) -> list[list[Atom]]:
    """Each listed owner's labels and words, from its box 1 to the next one's. A stream
    may print every owner's box 1, then the section's title, then every box 5: the
    n-th box 5 is then the n-th owner's (none is, where their numbers differ)."""
    owners = _split_at(boxes, "BOX1")
    if title_row is None or not owners or owners[-1][0].row > title_row:
        return owners
    box1s = [[a for a in own if a.row < title_row] for own in owners]
    box5s = _split_at([a for a in owners[-1] if a.row > title_row], "BOX5")
    if len(box5s) != len(box1s):
        return box1s
    return [box1 + box5 for box1, box5 in zip(box1s, box5s)]


def _box5s_apart(boxes: list[Atom]) -> list[tuple[list[Atom], list[Atom]]] | None:
    """Each listed owner's box 1 and the n-th box 5, where a stream prints the box 5s
    apart from their box 1s (pdfminer's ``-F 1.0``: two box 5s, then two box 1s, then
    the next two of each), as many of each, but not one box 5 after each box 1. A box
    1's address from its first label on ("(Street)", "(City) (State) (Zip)") printed
    after the box 5s between it and the next box 1 is its own. None where each box 1 is followed by its one box 5
    (``_owners_boxes`` reads those)."""
    kinds = [a.kind for a in boxes]
    starts = [i for i, kind in enumerate(kinds) if kind in ("BOX1", "BOX5")]
    labels = [kinds[i] for i in starts]
    if (labels.count("BOX1") != labels.count("BOX5") or labels.count("BOX1") < 2
            or labels == ["BOX1", "BOX5"] * labels.count("BOX1")):
        return None
    parts = [boxes[start:end] for start, end in zip(starts, [*starts[1:], len(boxes)])]
    box1s: list[list[Atom]] = []
    box5s: list[list[Atom]] = []
    for part in parts:
        if part[0].kind == "BOX1":
            box1s.append(part)
        else:  # box 1's address from its street's label on, where it follows the box 5s
            cut = next((i for i, a in enumerate(part) if box1s
                        and a.kind in _PLACE_LABELS), len(part))
            box5s.append(part[:cut])
            if box1s:
                box1s[-1] = box1s[-1] + part[cut:]
    return list(zip(box1s, box5s))


def _titles_beside_street(own: list[Atom], loose_rows: frozenset[int]) -> bool:
    """True where a listed owner's box 5 labels stand on the line of its name's labels
    as a line of text between a page's strips of cells: box 1's street lines and the
    title written under box 5 then share lines ("C/O ACME LLC See Remarks"), and
    where one ends is lost (but where their shapes tell them apart:
    ``OwnerBlock.title_in_street``)."""
    names = {a.row for a in own if a.kind in ("LAST", "FIRST", "MIDDLE")}
    return any(a.kind in ("OFFICER", "OTHER") and a.row in names and a.row in loose_rows
               for a in own)


def _signed_between_strips(atoms: list[Atom], loose_rows: frozenset[int]) -> bool:
    """True where the signatures' dates stand on lines of text between a page's strips
    of cells: those lines are the page's own, a name's lines around its date's."""
    rows = notes.signature_date_rows(atoms)
    return bool(rows) and rows <= loose_rows


#: a table's cells alone on lines of their own: an ownership letter, a share amount
_LETTER_ALONE = re.compile(r"[DI]")
_AMOUNT_ALONE = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+")


def _table_cells_among(atoms: list[Atom]) -> bool:
    """True where lines of the remarks hold a table's cells alone: a line of an ownership
    letter alone ("D", "I") and one of a share amount alone ("1,412,998"), no remark's
    words (a converter printed a row's cells one a line, after the label)."""
    lines: dict[int, list[str]] = {}
    for atom in atoms:
        lines.setdefault(atom.row, []).append(atom.text)
    texts = [" ".join(words) for words in lines.values()]
    return any(_LETTER_ALONE.fullmatch(t) for t in texts) \
        and any(_AMOUNT_ALONE.fullmatch(t) for t in texts)


def _table_column_among(atoms: list[Atom]) -> bool:
    """True where the remarks' words hold a table's column title ("1. Title of Derivative
    Security"): no remark so."""
    return any(a.kind == "COLUMN_TITLE" for a in atoms)


# "## Remarks" / "None": a site's page of the form saying it has no remarks (its bare heading)
_NO_REMARKS = re.compile(r"\s*None\.?\s*")


def _remarks(remarks: Cell | None, sections: Sections, atoms: list[Atom] | None = None,
             bare: bool = False) -> Cell | None:
    """The remarks, or None where they hold a signature's mark ("/s/"): the converter
    moved a signature (or the page's closing lines) among them, and where the remarks
    end is lost; None too where they open with the number of the note after the
    last footnote ("4. Total includes ..." after notes 1 to 3): the converter put
    the label above the notes' last one; None too where they hold a table's cells
    (``_table_cells_among``, ``atoms`` the remarks' words). A page that prints "None"
    under its bare heading (``bare``: "Remarks", no colon) says there are no remarks: None,
    as on the form that prints nothing; the paper form's "Remarks: None" is the filer's text."""
    if remarks is None or (bare and _NO_REMARKS.fullmatch(remarks.text)):
        return None
    if _table_cells_among(atoms or []):
        why = ("the remarks hold a table's cells on lines of their own (an ownership letter, "
               "a share amount): cells the text moved among them; the remarks are left unknown")
    elif _table_column_among(atoms or []):
        why = ("the remarks hold a table's column (its title, or its cells stacked): words "
               "the text moved among them; the remarks are left unknown")
    elif "/s/" in remarks.text.lower():
        why = ("the remarks hold a signature mark (/s/): a signature the text moved among "
               "them; the remarks are left unknown")
    elif notes.opens_next_note(remarks.text, sections.footnotes):
        why = ("the remarks open with the number of the note after the last footnote: a "
               "note the text moved below the label; the remarks are left unknown")
    else:
        return remarks
    sections.diagnostics.append(Diagnostic(remarks.line, remarks.column, "remarks", why,
                                           "warning"))
    return None


def read_page(page: Page, layout: str) -> Sections:
    """The form's sections as this page shows them."""
    parts = regions.page_parts(page)
    if parts.table_i_label is None and parts.table_ii_label is None:
        raise SectionError("no Table I or Table II title found: the form's tables are missing",
                           line=1, column=1, layout=layout)
    sections = Sections(layout=layout,
                        table_i_lines=frozenset(a.line for a in parts.table_i_tail))
    _read_header(page, parts.header_rows, sections)
    if parts.owners:
        listed = _once_each(_listed_owners(page, parts.owners))
        from . import owner_table  # the older design's table (rare): imported where read
        if not listed and owner_table.printed(parts.owners):
            listed = owner_table.owners(parts.owners)
            if not listed:
                owner_table.box1_as_designed(sections.owners[0])
        if listed and _blank(listed[0]):  # its words lost: the header's box 1 is the first's
            listed[0] = sections.owners[0]
        elif listed:
            _fill_from_header(listed[0], sections.owners[0])
        if listed:
            if not any(o.checked for o in listed):  # box 5 is the header's, for the first
                listed[0].checked = sections.owners[0].checked
                listed[0].unknown = sections.owners[0].unknown
                listed[0].officer_title = sections.owners[0].officer_title
                listed[0].other_text = sections.owners[0].other_text
            for owner in listed:
                owner.officer_title = _not_other_boxes(owner.officer_title, sections)
                owner.other_text = _not_other_boxes(owner.other_text, sections)
            sections.owners = listed
    bare: list[str] = []  # the tables read only with bare marks (_bare_marks_read)
    glued: list[str] = []  # those of them read with marks glued onto values read off
    table_i_whole = False  # Table I read whole
    for table, atoms, label in (("table_i", parts.table_i, parts.table_i_label),
                                ("table_ii", parts.table_ii, parts.table_ii_label)):
        if label is None:  # the form prints both tables, empty or not: this one was lost
            sections.damaged.update(DAMAGED_FIELDS[table])
            sections.diagnostics.append(Diagnostic(1, 1, ",".join(DAMAGED_FIELDS[table]),
                                                   f"{TITLES[table]}'s title was not found: "
                                                   "the table is left out", "error"))
            continue
        try:
            lead = parts.table_i_lead if table == "table_i" else []
            setattr(sections, table, _table_rows(page, atoms, table, layout, lead,
                                                 parts.explanation, bare, glued,
                                                 sections.diagnostics))
            table_i_whole = table_i_whole or table == "table_i"
        except PartlyRead as partial:  # the rows before the one that does not read are kept
            setattr(sections, table, partial.rows)
            # a kind of row none of them is may stand after it: unknown, not none
            read = {"transaction_code" in row for row in partial.rows}
            sections.damaged.update(name for name, transactions in zip(DAMAGED_FIELDS[table],
                                                                       (True, False))
                                    if transactions not in read)
            sections.diagnostics.append(Diagnostic(partial.line, partial.column,
                                                   ",".join(DAMAGED_FIELDS[table]),
                                                   partial.message, "warning"))
        except SectionError as error:  # the record does without this table: None, not empty
            sections.damaged.update(DAMAGED_FIELDS[table])
            sections.diagnostics.append(Diagnostic(error.line, error.column,
                                                   ",".join(DAMAGED_FIELDS[table]),
                                                   error.message, "error"))
    if bare:
        _bare_marks_noted(page, parts, layout, sections, bare, table_i_whole, glued)
    sections.marks_glued = frozenset(glued)
    centred = page.shape in ("grid", "lines")  # a page's lines: names centred on dates
    cited = _cited(sections, parts)
    if parts.remarks_label:
        sections.footnotes = notes.footnotes(parts.explanation, cited)
        start, sections.signatures = _signed(parts.remarks, parts.after_signature, page, centred,
                                             sections.diagnostics)
        if not sections.signatures and page.shape == "stream":  # its date closing the notes
            sections.signatures = dated_name_blocks.name_below_remarks_label(
                parts.explanation, parts.remarks)
            start = 0 if sections.signatures else start
            if sections.signatures and sections.signatures[0].name is None:
                first = parts.remarks[0]
                sections.diagnostics.append(Diagnostic(
                    first.line, first.column, "remarks",
                    "the one block below \"Remarks:\" is the signer's name or the remarks "
                    "(it does not open as a signature does, \"/s/\", \"By\"): both are left "
                    "unknown", "warning"))
        # the signatures' own heading ends the remarks, their signatures read or not
        start = next((i for i, a in enumerate(parts.remarks[:start]) if a.kind == "SIGNATURES"),
                     start)
        if notes.moved_note(parts.remarks[:start], sections.footnotes, cited):
            sections.footnotes = notes.footnotes(parts.explanation + parts.remarks[:start],
                                                 cited)
        else:
            sections.remarks = _remarks(header.cell_of(parts.remarks[:start]), sections,
                                        parts.remarks[:start], parts.remarks_bare)
    else:  # pages print no "Remarks:" when there are none: signatures end the notes
        start, sections.signatures = _signed(parts.explanation, parts.after_signature, page,
                                             centred, sections.diagnostics)
        sections.footnotes = notes.footnotes(parts.explanation[:start], cited)
    if page.shape == "stream" and sections.footnotes:  # lines joined at a dropped hyphen
        from .joined_lines import note_breaks
        sections.joined_notes = note_breaks(page, parts.explanation, sections.footnotes)
    if parts.signed_first and not sections.signatures:
        from . import signatures_first  # a rare page's order: imported where read
        sections.signatures = signatures_first.signatures(parts.owners or parts.table_ii)
    return sections


def _cited(sections: Sections, parts: regions.Regions) -> frozenset[str]:
    """The note numbers the tables cite with their marks, on a page of any shape: those of
    the cells read ("Stock(1)": "1"), and every mark the tables' regions print, read or
    not (a row's marks left out, as a strip-cut row's are, or a mark cut at a strip's
    edge, "(28" | ")", joined again: ``row_clipped.rejoined``; which value it marks is
    not told, but the note it cites is)."""
    read = {number for row in (*sections.table_i, *sections.table_ii)
            for cell in row.values() for number in MARK_NUMBER_RE.findall(cell.text)}
    printed = {number for atom in rejoined([*parts.table_i, *parts.table_ii])
               for number in MARK_NUMBER_RE.findall(atom.text)}
    return frozenset(read | printed)


def _signed(atoms: list[Atom], after: list[Atom], page: Page, centred: bool,
            doubts: list[Diagnostic]) -> tuple[int, list[SignatureCells]]:
    """The signatures ending ``atoms`` and where they begin; where none is dated before
    the signature label, those whose dates a converter printed after it (``after``).
    A name holding a table column's label is unknown (``signature_labels``)."""
    start, found = _signed_read(atoms, after, page, centred)
    return start, labels_out_of_names(found, doubts)


def _signed_read(atoms: list[Atom], after: list[Atom], page: Page,
                 centred: bool) -> tuple[int, list[SignatureCells]]:
    """``_signed``'s reading, names as read."""
    whole, origin = len(atoms), list(range(len(atoms)))
    in_blocks = notes.signed_in_blocks(atoms, after) if page.shape == "stream" else None
    if in_blocks is None and page.shape == "stream":
        in_blocks = dated_name_blocks.date_label_name(atoms)
    if in_blocks is not None:
        return in_blocks
    from . import glued_dates
    if glued_dates.holds_glued_date(atoms):  # a date glued to a signer's name
        atoms, origin = glued_dates.ended_dates_unglued(atoms)
    if page.shape == "stream":  # a signer's word broken at the line's end, glued to its date
        atoms, broken = glued_dates.dates_unglued(atoms)
        origin = [origin[i] for i in broken]
    start, found = notes.signatures(atoms, centred, page.shape == "grid",
                                    _signed_between_strips(atoms, _loose_rows(page)))
    below = notes.signature_dated_below(atoms, after) if not found else None
    if below is not None:
        start, found = below
    start = origin[start] if start < len(origin) else whole  # in the atoms as given
    if below is None and not found:  # signed whole below the label: the notes end there
        return start, notes.signed_below(after)
    if found and below is None:  # a joint filing's print: each signer above a label of its own
        found = found + joint_boxes.signed_after_labels(after)
    return start, found


def _table_rows(page: Page, atoms: list[Atom], table: str, layout: str, lead: list[Atom],
                explanation: list[Atom], bare: list[str], glued: list[str],
                diagnostics: list[Diagnostic]) -> list[Row]:
    """``_rows_of_table``, the marks its rows of centred cells left out noted where its rows
    are read, in full or in part (``PartlyRead``)."""
    try:
        rows = _rows_of_table(page, atoms, table, layout, lead, explanation, bare, glued,
                              diagnostics)
    except PartlyRead:
        _left_out_noted(page, table, diagnostics)
        raise
    _left_out_noted(page, table, diagnostics)
    rows, cut = edge_cut(page, rows)
    for cell in cut:
        diagnostics.append(Diagnostic(
            cell.line, cell.column, ",".join(f"{name}.nature_of_ownership"
                                             for name in DAMAGED_FIELDS[table]),
            f"{cell.text.strip()!r} stands under a column header the page's right edge cut: "
            "what the cell lost there is unknown", "warning"))
    return rows


def _rows_of_table(page: Page, atoms: list[Atom], table: str, layout: str, lead: list[Atom],
                   explanation: list[Atom], bare: list[str], glued: list[str],
                   diagnostics: list[Diagnostic]) -> list[Row]:
    """A table's rows (``read_table``); where Table II's body of a stream does not read,
    read again with the cells a converter printed after the Explanation of Responses
    label (``_cells_after_explanation``), kept only where that reads whole: the first
    reading's error stands otherwise. Where neither reads, read again with its bare
    marks (``_bare_marks_read``; ``table`` then added to ``bare``, and to ``glued`` where
    marks glued onto values were read off them)."""
    try:
        rows = read_table(page, atoms, table, layout, lead)
    except SectionError as error:
        tail = (_cells_after_explanation(explanation)
                if table == "table_ii" and page.shape == "stream" else [])
        if not tail:
            try:
                rows = _bare_marks_read(page, atoms, table, layout, lead, explanation, error,
                                        glued, diagnostics)
            except PartlyRead as partial:
                if partial is not error:  # read further with its bare marks
                    bare.append(table)
                raise
            bare.append(table)
            return rows
        try:
            rows = read_table(page, atoms + tail, table, layout, lead)
        except SectionError:
            raise error from None
        return rows
    _unsure_noted(page, table, diagnostics)
    _untold_noted(page, table, diagnostics)
    if table in marked_tables(page, READ):  # a grid's bare marks read (``raised_marks``)
        bare.append(table)
        if table in marked_tables(page, GLUED):
            glued.append(table)
        return rows
    if proven_bare(page):  # the page's lines read its marks bare (``row_lines``)
        _proven_marks_read(rows, table, explanation, bare, glued, diagnostics)
        return rows
    if _dates_bare_marks(rows, explanation):
        return _dates_marks_read(page, atoms, table, layout, lead, explanation, rows, bare, glued,
                                 diagnostics)
    return rows


def _unsure_noted(page: Page, table: str, diagnostics: list[Diagnostic]) -> None:
    """Each cell of ``table`` left unknown for a number under its last line that may be
    its word or a mark (``raised_marks.numbers_that_fit``) noted in a diagnostic."""
    for line, column, key, text in unsure_cells(page, table):
        diagnostics.append(Diagnostic(
            line, column, ",".join(f"{name}.{key}" for name in DAMAGED_FIELDS[table]),
            f"{text!r} stands under its cell's last line where it would have fit on it: "
            "a word of the cell or a footnote mark, so the cell is left unknown", "warning"))


def _left_out_noted(page: Page, table: str, diagnostics: list[Diagnostic]) -> None:
    """Each footnote mark a row of centred cells of ``table`` left out
    (``tables.left_out_marks``: the title's or a value's, which the lines do not print)
    noted in a diagnostic; the lines of marks alone a body read off its titles' grid left
    in no column (``body_columns.unread_marks``) in one for the table."""
    fields = ",".join(f"{name}.footnotes" for name in DAMAGED_FIELDS[table])
    for line, column, text in left_out_marks(page, table):
        diagnostics.append(Diagnostic(
            line, column, fields,
            f"the footnote mark {text!r} under a row's wrapped cells may be its title's or "
            "a value's: which is not printed, so it is left out", "warning"))
    if unread := unread_marks(page, table):
        line, column, _ = unread[0]
        lines = ", ".join(str(n) for n, _, _ in unread)
        marks = ", ".join(repr(" ".join(texts)) for _, _, texts in unread)
        diagnostics.append(Diagnostic(
            line, column, fields,
            f"the footnote marks on lines {lines} ({marks}) stand on a grid of their own, "
            "one space after a direction, or between two amounts (the first's or an empty "
            "price's): no column certainly holds them, so they are left unread", "warning"))


def _untold_noted(page: Page, table: str, diagnostics: list[Diagnostic]) -> None:
    """Each cell of ``table`` left unknown because the ways a browser may have set its
    rows' lines give it different lines (``middle_readings.agreed_rows``) noted, once
    (taken out of the page's memo: a later reading of the table notes its own)."""
    from .middle_readings import untold_taken  # a browser's table only: imported where read
    for line, column, key, text in untold_taken(page, table):
        diagnostics.append(Diagnostic(
            line, column, ",".join(f"{name}.{key}" for name in DAMAGED_FIELDS[table]),
            f"the cell at {text!r} is left unknown: its wrapped lines may be this row's or "
            "the next one's (cells set in the middle of their rows read both ways)", "warning"))


def _proven_marks_read(rows: list[Row], table: str, explanation: list[Atom], bare: list[str],
                       glued: list[str], diagnostics: list[Diagnostic]) -> None:
    """``rows``, a table of a page whose lines proved it prints its marks bare and read
    them so (``row_bare_marks.proven_bare``), set down in place: the table added to
    ``bare`` and ``glued`` (a raised mark printed as a plain figure stands glued onto the
    word before it: "LLC1"), its cells that are still only a listed note's number left
    out, noted (``_lone_numbers_noted``)."""
    bare.append(table)
    glued.append(table)
    _lone_numbers_noted(rows, explanation, diagnostics, table)


def _dates_bare_marks(rows: list[Row], explanation: list[Atom]) -> bool:
    """True where a date cell of ``rows`` holds only a listed note's number ("1" where an
    exercise date stands, notes 1 and 2 listed): a superscript mark whose raise a
    converter dropped, never a date, so the text prints its marks bare."""
    bare = {cell.text.strip() for row in rows for name, cell in row.items()
            if name in DATE_KEYS and len(cell.text.strip()) <= 2
            and cell.text.strip().isdecimal()}
    return bool(bare) and bool(bare & notes.listed_numbers(explanation))


def _dates_marks_read(page: Page, atoms: list[Atom], table: str, layout: str, lead: list[Atom],
                      explanation: list[Atom], rows: list[Row], bare: list[str],
                      glued: list[str], diagnostics: list[Diagnostic]) -> list[Row]:
    """``rows``, a table that read with a date cell that is a note's bare number
    (``_dates_bare_marks``), read again with its bare marks (``_bare_marks_read``) and
    that reading kept where it reads as many rows (``table`` then added to ``bare``, the
    re-reading's to ``glued`` and ``diagnostics``): its cells that are only a listed note's
    number are marks, a price's "1" among them."""
    said: list[Diagnostic] = []  # the re-reading's diagnostics and glued tables, kept only with it
    glued_again: list[str] = []
    try:
        again = _bare_marks_read(page, atoms, table, layout, lead, explanation,
                                 SectionError("no bare marks"), glued_again, said)
    except SectionError:
        return rows
    if len(again) != len(rows):
        return rows
    bare.append(table)
    glued.extend(glued_again)
    diagnostics.extend(said)
    return again


#: the first note's number as a line opens with it
_FIRST_NOTE = re.compile(r"\(?1[.)]")


def _bare_marks_read(page: Page, atoms: list[Atom], table: str, layout: str, lead: list[Atom],
                     explanation: list[Atom], error: SectionError, glued: list[str],
                     diagnostics: list[Diagnostic]) -> list[Row]:
    """A table that did not read (``error``) read again with its words that are only a
    listed note's number read as its mark (``bare_cell_marks``: a superscript whose raise
    was lost); ``error`` raised where none is or the table still does not read, but for a
    stream's table read so in part further than ``error`` read it (its ``PartlyRead``
    raised). ``table`` is added to ``glued`` where marks glued onto values were read off
    them ("C1"), and for a stream read so where a word has a mark glued on
    (``words_marked``): its marks printed apart show the marks glued onto the words they
    follow ("Class B Common Stock1")."""
    # a rare text's: imported where read
    from .bare_cell_marks import bare_marks_put, page_put, values_unglued, words_marked
    in_order = page.shape == "stream"
    put = bare_marks_put(atoms, explanation, page.shape, lead)
    if put is None:
        raise error
    try:
        rows = read_table(*page_put(page, atoms, put), table, layout, lead)
    except PartlyRead as partial:
        # a stream's table read further with its bare marks, up to a row that does not read
        if not in_order or len(partial.rows) <= len(
                error.rows if isinstance(error, PartlyRead) else []):
            raise error from None
        _run_in_noted(partial.rows, explanation, table, diagnostics)
        _run_together_noted(partial.rows, atoms, put, table, diagnostics)
        if words_marked(atoms, explanation) or values_unglued(atoms, put):
            glued.append(table)
        raise partial from None
    except SectionError:
        raise error from None
    if in_order:
        _run_in_noted(rows, explanation, table, diagnostics)
    _run_together_noted(rows, atoms, put, table, diagnostics)
    # a stream printing a mark apart prints it glued onto the word before it ("Stock1")
    if in_order and words_marked(atoms, explanation) or values_unglued(atoms, put):
        glued.append(table)
    return rows


def _run_in_noted(rows: list[Row], explanation: list[Atom], table: str,
                  diagnostics: list[Diagnostic]) -> None:
    """The cells of ``rows`` run together (``run_in_cells_emptied``) and the titles
    holding a note's number (``mid_title_cells_emptied``) emptied, each noted."""
    from .bare_cell_marks import mid_title_cells_emptied, run_in_cells_emptied  # a rare text's
    for cell in mid_title_cells_emptied(rows, explanation):
        diagnostics.append(Diagnostic(
            cell.line, cell.column, DAMAGED_FIELDS[table][0],
            f"{cell.text!r} holds a listed note's number among its words: a title that "
            "prints a number or a bare footnote mark, so it is left unknown", "warning"))
    for cell in run_in_cells_emptied(rows, explanation):
        diagnostics.append(Diagnostic(
            cell.line, cell.column, DAMAGED_FIELDS[table][0],
            f"{cell.text!r} holds a word with a bare footnote mark glued on before other "
            "words: two cells' words run together, so it and the nature of the row before "
            "are left unknown", "warning"))


def _run_together_noted(rows: list[Row], atoms: list[Atom], put: list[Atom], table: str,
                        diagnostics: list[Diagnostic]) -> None:
    """The cells of ``rows`` whose two figures were read as two marks run together where
    they may be the value (``run_together_cells_emptied``: an amount "15") emptied, each
    noted."""
    from .bare_cell_marks import run_together_cells_emptied  # a rare text's
    for cell in run_together_cells_emptied(rows, atoms, put):
        printed = cell.text.strip().replace("(", "").replace(")", "")
        diagnostics.append(Diagnostic(
            cell.line, cell.column, DAMAGED_FIELDS[table][0],
            f"{printed!r} is two figures where the form prints a value two figures may be, "
            "in a text printing marks bare: two marks run together or the value, so it is "
            "left unknown", "warning"))


def _lone_numbers_noted(rows: list[Row], explanation: list[Atom],
                        diagnostics: list[Diagnostic], table: str = "table_i") -> None:
    """``table``'s cells that are only a listed note's number (``lone_numbers_emptied``)
    emptied, each noted: the text prints marks bare (Table II's, or the page's lines
    proved it), and the cell's line did not read with it read so."""
    from .bare_cell_marks import lone_numbers_emptied  # a rare text's
    for cell in lone_numbers_emptied(rows, explanation):
        diagnostics.append(Diagnostic(
            cell.line, cell.column, DAMAGED_FIELDS[table][0],
            f"{cell.text!r} is only a listed note's number in a text printing marks "
            "bare: a mark or a value, so it is left unknown", "warning"))


def _bare_marks_noted(page: Page, parts: regions.Regions, layout: str, sections: Sections,
                      bare: list[str], table_i_whole: bool, glued: list[str]) -> None:
    """Each table read only with its bare marks (``bare``) noted in a diagnostic; where
    that is Table II alone, Table I, read whole (``table_i_whole``), read again so
    (``bare_marks_put``) and that reading kept where it reads whole: the text prints its
    marks bare, so a cell of Table I that is only a note's number ("1" where a price
    stands) is a mark too, not a price of 1: where Table I read only in part, or does not
    read again so, such cells of its rows are left unknown. A table whose cells had marks
    read off values ("10,0001", "C1") is added to ``glued``."""
    # a rare text's: imported where read
    from .bare_cell_marks import bare_marks_put, page_put, values_unglued
    if bare == ["table_ii"] and not table_i_whole and sections.table_i:
        _lone_numbers_noted(sections.table_i, parts.explanation, sections.diagnostics)
    elif bare == ["table_ii"] and sections.table_i:
        in_order = page.shape == "stream"
        put = bare_marks_put(parts.table_i, parts.explanation, page.shape, parts.table_i_lead)
        try:
            rows = read_table(*page_put(page, parts.table_i, put), "table_i", layout,
                              parts.table_i_lead) if put else None
        except SectionError:
            rows = None
        if rows is not None and len(rows) == len(sections.table_i):
            if in_order:
                _run_in_noted(rows, parts.explanation, "table_i", sections.diagnostics)
            if put is not None:
                _run_together_noted(rows, parts.table_i, put, "table_i", sections.diagnostics)
            sections.table_i = rows
            bare.insert(0, "table_i")
            if put is not None and values_unglued(parts.table_i, put):
                glued.append("table_i")
        else:
            _lone_numbers_noted(sections.table_i, parts.explanation, sections.diagnostics)
    for table in bare:
        first = (parts.table_i if table == "table_i" else parts.table_ii)[0]
        sections.diagnostics.append(Diagnostic(
            first.line, first.column, ",".join(DAMAGED_FIELDS[table]),
            f"{TITLES[table]}'s cells that are only a listed note's number are read as that "
            "note's mark" + (", and the figures glued onto a code's letter or past an amount's "
                             "last group of thousands as marks (unread where they name notes "
                             "two ways)" if table in glued else "")
            + ": the text prints marks as bare superscripts, which a converter printed as "
            "plain numbers",
            "warning"))


def _cells_after_explanation(explanation: list[Atom]) -> list[Atom]:
    """The words the Explanation of Responses holds before its first note opens (a
    line opening "1." or "(1)" with words after it on the line): the last cells of
    Table II a converter printed after the label (pdfminer places boxes by where they
    stand: "(1)" "07/19/2017" "Explanation of Responses:" "A" "A" "45,659(2)" ...).
    Empty where no note opens after them."""
    for i, atom in enumerate(explanation):
        opens = i == 0 or explanation[i - 1].row != atom.row
        if opens and _FIRST_NOTE.fullmatch(atom.text) and i + 1 < len(explanation) \
                and explanation[i + 1].row == atom.row:
            return explanation[:i]
    return []
