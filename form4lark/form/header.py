"""Boxes 1 to 6 and the two boxes above box 1, from the header's atoms.

Box 1 is read between its printed labels: the name before ``(Last)``, the
street lines before ``(Street)``, city, state and zip before ``(City)``. Box 2
is the issuer's name and ``[ TICKER ]``; boxes 3 and 4 are dates. Checkboxes
are read in ``checkboxes.py``.
"""

from __future__ import annotations

import re
from itertools import groupby, pairwise

from ..sections import Cell, OwnerBlock
from ..shapes.street_lines import city_line_before_box, street_then_title, streets_around_title
from ..text import (ENTITY_END, STATE_ZIP, city_around_state, split_care_of_street,
                    split_city_line)
from .atoms import Atom
from .checkboxes import MARKS
from .table_header import holds_numbered_header

# "APPLE INC [ AAPL ]", "Apple Inc. [AAPL]", "XOOM Corp [ XOOM ]"
ISSUER = re.compile(r"^(?P<name>.*?)\s*\[\s*(?P<ticker>[^\]\[]*?)\s*\]")
# a ticker as box 2 prints it: "AMOT", "BRK.B", "BF-B"
TICKER = re.compile(r"[A-Z]{1,5}(?:[.-][A-Z]{1,2})?")
DATE = re.compile(r"\b(0?[1-9]|1[0-2])/(0?[1-9]|[12][0-9]|3[01])/(19|20)\d\d\b")
CITY_LABELS = ("CITY", "STATE", "ZIP")
_WORD_HYPHEN = re.compile(r"[A-Za-z0-9]-$")
NAME_LABELS = ("LAST", "FIRST", "MIDDLE")
#: box 1's own labels, under its name and its city line, in the form's order
BOX1_LABELS = (*NAME_LABELS, "STREET", *CITY_LABELS)
# the start of a box's numbered label ("2. Issuer", "5. Relationship of"), however far the
# lexer knew it (a label cut before its end is text to it)
_BOX_LABEL_START = re.compile(r"(?<![\w.])[1-6]\.\s*[A-Z]")
# the last word of box 2's label, "... or Trading" / "Symbol" (no label word to the lexer: an
# issuer's name may hold it, "Symbol Technologies")
_BOX2_LAST_WORD = "Symbol"


def joined(atoms: list[Atom]) -> str:
    """Words joined with a space; none after a hyphen that a line's end split a word
    at ("Attorney-" + "in-Fact"), a line of the page's or of a cell's ("Non-<br>Qualified")."""
    if not atoms:
        return ""
    out = " ".join([a.text for a in atoms])
    if atoms[0].text and "- " not in out:
        return out  # no word ends with a hyphen: nothing is joined without a space (most)
    out = atoms[0].text
    for before, atom in pairwise(atoms):  # a footnote joins many words: the test is inline
        if not out:
            out = atom.text
        # a line ends between them (of the page's, or of a cell's: only a cell's text
        # holding a line break has two), and a hyphen ends the text (looked for at the
        # end only, not along the whole growing text)
        elif (before.row != atom.row or before.piece is atom.piece and "\n" in atom.piece.text
              and before.part != atom.part) and _WORD_HYPHEN.search(out, max(len(out) - 3, 0)):
            out += atom.text
        else:
            out += " " + atom.text
    return out


def cell_of(atoms: list[Atom]) -> Cell | None:
    """The words of ``atoms`` as one Cell at the first word's place."""
    texts = [a for a in atoms if a.kind == "TEXT"]
    if not texts:
        return None
    return Cell(joined(texts), texts[0].line, texts[0].column)


def groups(atoms: list[Atom], by_cell: bool) -> list[list[Atom]]:
    """Words grouped by line of the page (and by cell, where cells are kept)."""
    key = (lambda a: (a.row, a.cell, a.part)) if by_cell else (lambda a: a.row)
    return [list(g) for _, g in groupby((a for a in atoms if a.kind == "TEXT"), key=key)]


def _between(atoms: list[Atom], after: tuple[str, ...], before: tuple[str, ...]) -> list[Atom]:
    """The atoms after the last of ``after`` and before the first of ``before`` that follows."""
    start = max((i for i, a in enumerate(atoms) if a.kind in after), default=None)
    if start is None:
        return []
    out: list[Atom] = []
    for atom in atoms[start + 1:]:
        if atom.kind in before:
            return out
        out.append(atom)
    return []  # the closing label never came: the text lost this part


# what another box prints: where it cuts into box 1 (a converter ran two columns
# together), box 1's value is what follows it on lines of its own
_FOREIGN = frozenset({"BOX2", "BOX3", "BOX4", "BOX5", "BOX6", "DIRECTOR", "TEN_PERCENT",
                      "OFFICER", "OTHER", "ONE_PERSON", "MORE_PERSONS", "CHECK", "GLUED_CHECK",
                      "LABEL_TAIL"})


def _intrusion(atoms: list[Atom], by_cell: bool = False
               ) -> tuple[list[Atom], list[Atom], list[Atom]] | None:
    """``atoms`` parted at another box's labels: the words on the lines before the
    first label (in a table's cells, ``by_cell``, also a cell left of it on its row: a
    column of its own), the atoms from the first label to the last, and the words on
    the lines after the last. None where no other box's label cuts in."""
    foreign = [i for i, a in enumerate(atoms) if a.kind in _FOREIGN]
    if not foreign:
        return None
    first, last = foreign[0], foreign[-1]
    before = [a for a in atoms[:first] if a.row < atoms[first].row
              or by_cell and a.row == atoms[first].row and a.cell < atoms[first].cell]
    after = [a for a in atoms[last + 1:] if a.row > atoms[last].row]
    return before, atoms[first:last + 1], after


def _after_intrusion(atoms: list[Atom], by_cell: bool = False,
                     title_after: bool = False) -> list[Atom]:
    """``atoms`` without another box's labels and the lines they stand on. Text on
    both sides of them may be either box's: then none is box 1's for certain, but, in
    the street's span (``title_after``), where the labels are box 5 whole, its label
    first and its checkbox labels and marks after it with no word between (a stream
    prints box 5 as one block between box 1's street and "(Street)"), the lines
    before them street lines and the words after them box 5's written title
    (``street_then_title``). In a table's cells (``by_cell``), a cell left of the
    first label on its row is a column of its own: its text stays box 1's (a
    converter that cuts the page into strips puts box 1's street in the cell of its
    name's labels, box 3 in the next)."""
    parts = _intrusion(atoms, by_cell)
    if parts is None:
        return atoms
    before, labels, after = parts
    if before and after:
        box5 = title_after and labels[0].kind == "BOX5" and all(a.kind in _FOREIGN for a in labels)
        lines = [joined(line) for line in groups(before, by_cell)] if box5 else []
        return before if box5 and street_then_title(lines, joined(after)) else []
    return before or after


def _place_before_intrusion(span: list[Atom]) -> list[Atom]:
    """Box 1's place where another box's labels follow it in its span with words on
    both sides of them (a stream printing box 5, or any other box, between box 1's
    city line and its "(City) (State) (Zip)" label): the words before the first
    label, where they are one line, no word before the label on its row, that ends
    with a state and a postal code and no line after the labels does
    (``city_line_before_box``); else none."""
    parts = _intrusion(span)
    if parts is None:
        return []
    before, labels, after = parts
    if not before or span[len(before)] is not labels[0] or any(a.kind != "TEXT" for a in before):
        return []
    lines = [joined(line) for line in groups(before, False)]
    later = [joined(line) for line in groups(after, False)]
    return before if city_line_before_box(lines, later) else []


def owner_block(atoms: list[Atom], by_cell: bool, breaks_kept: bool = True,
                edge: float | None = None, wraps: frozenset[int] = frozenset()) -> OwnerBlock:
    """Box 1: one reporting owner's name and address, read between its labels
    (atoms lexed in the "boxes" context, which knows the other boxes' labels); ``edge``
    where box 1's column surely ends on the page (``column_edge``), where known;
    ``wraps``: the lines of a text not on a page grid whose break may be where it was
    wrapped (``Page.soft_wraps``)."""
    block = OwnerBlock()
    atoms = first_owner(atoms)
    span = _between(atoms, ("BOX1",), NAME_LABELS)
    name = _after_intrusion(span, by_cell) or _value_set_apart(span, atoms)
    cut = _cut_lines(atoms)
    name = _name_words([a for a in name if a.row not in cut])
    block.name = cell_of([a for a in name if a.kind == "TEXT" and a.text != "*"])
    if block.name is not None:
        block.name.text = block.name.text.lstrip("*").strip()
        cik = next((a.piece.cik for a in name if a.piece.cik), None)
        block.cik = cik
    street_span = _between(atoms, NAME_LABELS, ("STREET",))
    street = _after_intrusion(street_span, by_cell, title_after=True)
    place_span = _between(atoms, ("STREET",), CITY_LABELS)
    place = _after_intrusion(place_span) or _place_before_intrusion(place_span)
    if by_cell and not any(a.kind == "STREET" for a in atoms):
        street, place = _unlabelled_street(atoms)
    block.street = _street_lines(street, atoms, by_cell, breaks_kept)
    if len(block.street) > 1 and _may_wrap(groups(street, by_cell), atoms, edge, wraps) or any(
            a.row in cut for a in street):
        block.street = []
    if not block.street and street:
        block.street_run_together = cell_of(street)
    elif not street:
        block.street, block.title_in_street = _street_set_apart(street_span, atoms)
    parts = groups(place, by_cell)
    columns = _place_columns(place)
    # on a page grid too, a city wraps in its cell beside the state's and zip's
    wrapped = _city_wrapped(place) if by_cell or _positioned(place) else None
    if columns is not None:
        block.city, block.state, block.zip = columns
    elif by_cell and len(parts) == 3 and wrapped is None:
        block.city, block.state, block.zip = (cell_of(p) for p in parts)
    else:
        whole = wrapped or cell_of(place)
        if whole is not None:
            city, state, zip_code = split_city_line(whole.text)
            block.city = Cell(city, whole.line, whole.column) if city else None
            block.state = Cell(state, whole.line, whole.column) if state else None
            block.zip = Cell(zip_code, whole.line, whole.column) if zip_code else None
    # "(Ci" "ty)": the city's words may be cut too
    if any(_cut_label(a.text) or a.row in cut for a in place):
        block.city = None
    return block


def first_owner(atoms: list[Atom]) -> list[Atom]:
    """Box 1's atoms up to its first owner's "(Zip)", where the box prints more than one
    owner's name and address one under another, each under its own labels ("(Last)
    (First) (Middle)" ... "(City) (State) (Zip)" again: a joint filing's print): the name
    read is the first owner's, and so must be the street and city (the labels' last
    would give the last owner's). ``atoms`` as they are otherwise, and where the names
    over the labels are one (a converter repeating one box 1 in cells of a row).
    ``joint_boxes.box1_spans`` reads every owner of a box 1 whose labels run in the
    form's order, each owner's once; this keeps the first owner of any other box 1
    printing two names under their own labels, for the one owner read here."""
    lasts = [i for i, a in enumerate(atoms) if a.kind == "LAST"]
    if len(lasts) < 2 or len({_name_over(atoms, i) for i in lasts}) < 2:
        return atoms
    end = next((i for i, a in enumerate(atoms) if a.kind == "ZIP" and i > lasts[0]), None)
    return atoms if end is None or end > lasts[1] else atoms[:end + 1]


def _name_over(atoms: list[Atom], label: int) -> str:
    """The words of the text atoms right before ``atoms[label]`` (an owner's name over
    its "(Last)" label)."""
    start = label
    while start > 0 and atoms[start - 1].kind == "TEXT":
        start -= 1
    return " ".join(a.text for a in atoms[start:label])


def _value_set_apart(span: list[Atom], atoms: list[Atom]) -> list[Atom]:
    """Box 1's name where another box's labels stand on its line on both sides of it
    (box 1 and box 5 run into one paragraph: "1. Name and Address ... 5. Relationship
    ... (Check all applicable) MITHRIL II LP Director X 10% Owner (Last) ..."), read only
    where the converter set the words apart as a piece of their own, as it does a value
    the page fills in (pymupdf4llm's underlined run, ``markdown._OWNER_PARAGRAPH``): all
    the words between box 1's label and "(Last)" are that one piece's, on box 1's label's
    line, and hold no "[" (box 2's ticker run into it). Else none is known."""
    label = next((a for a in atoms if a.kind == "BOX1"), None)
    words = [a for a in span if a.kind == "TEXT"]
    if label is None or not words or any("[" in a.text for a in words):
        return []
    piece = words[0].piece
    if any(a.piece is not piece or a.row != label.row for a in words) \
            or piece is label.piece or joined(words) != piece.text.strip():
        return []
    return words


def _street_set_apart(span: list[Atom], atoms: list[Atom]) -> tuple[list[Cell], Cell | None]:
    """Box 1's street where box 1 and box 5 run into one paragraph and the converter
    set the street's words apart as a piece (``_value_set_apart``), with the title
    box 5 prints beside it where that ran into the piece. Its lines run together, so
    read only where a care-of line certainly ends before a street number
    (``split_care_of_street``). Where a mark stands among box 5's labels before it, an
    officer's title or Other's text printed beside the street runs into the same
    piece: read only where the title's words stand between the two street lines,
    their shapes telling them apart (``street_lines.streets_around_title``). Else the
    street is unknown."""
    run = cell_of(_value_set_apart(span, atoms))
    if run is None:
        return [], None
    if not any(a.kind in MARKS for a in span):
        split = split_care_of_street(run.text)
        return [Cell(text, run.line, run.column) for text in split] if split else [], None
    around = streets_around_title(run.text)
    if around is None:
        return [], None
    streets, title = around
    return [Cell(text, run.line, run.column) for text in streets], Cell(title, run.line, run.column)


def _name_words(name: list[Atom]) -> list[Atom]:
    """The words between box 1's label and "(Last)" that are the owner's name. A reading
    order stream may put other text there: the box 1 before's zip and its "(Zip)"
    label ("94043 (Zip) * Reid Hoffman"), whose words are that box's place; where a
    table's numbered column headers came between ("5. Number of Derivative
    Securities"), or the start of another box's label the lexer did not know whole (a
    larger type wrapped it: "2. Issuer Name and Ticker or Trading" over "Symbol"; its
    wrapped "Symbol" opening the name), which words are the name is not known."""
    place_label = max((i for i, a in enumerate(name) if a.kind in CITY_LABELS), default=-1)
    name = name[place_label + 1:]
    words = [a.text for a in name]
    return [] if holds_numbered_header(words) or _BOX_LABEL_START.search(" ".join(words)) \
        or words[:1] == [_BOX2_LAST_WORD] else name


def _cut_label(word: str) -> bool:
    """True where ``word`` is a piece of a label in parentheses cut apart ("(Ci", "ty)")."""
    return word.count("(") != word.count(")")


def _positioned(atoms: list[Atom]) -> bool:
    """True where the atoms stand on a page grid (each where the page prints it)."""
    return bool(atoms) and all(a.x is not None for a in atoms)


def _narrow(atoms: list[Atom]) -> bool:
    """True where box 1 stands on a page grid in a column so narrow that its label
    wrapped (``wrapped_labels.py``)."""
    return _positioned(atoms) and any(a.kind == "BOX1" and "\n" in a.text for a in atoms)


def _cut_lines(atoms: list[Atom]) -> set[int]:
    """The rows of box 1's lines cut apart in a narrow column: a line that goes on at
    the column's left edge, left of where the line above it began (a plain text writer
    cuts a line too long for its cell from the end: "  Jean-C" over "laude Carine
    Lamercie"). Where the cut fell, the words cannot be told: a space may be lost."""
    if not _narrow(atoms):
        return set()
    starts: dict[int, Atom] = {}
    for atom in atoms:
        starts.setdefault(atom.row, atom)
    cut = set()
    for first in starts.values():
        above = next((a for a in starts.values() if a.line == first.line - 1), None)
        if above is not None and above.kind == "TEXT" and first.gx < above.gx:
            cut |= {above.row, first.row}
    return cut


def _may_wrap(lines: list[list[Atom]], atoms: list[Atom], edge: float | None = None,
              wraps: frozenset[int] = frozenset()) -> bool:
    """True where, in a narrow column (``_narrow``), a break between street lines may
    be where the column wrapped one line: the next line's first word would not have
    fit on the line before it, within the widest line of box 1's words and labels; or,
    on a page that keeps where each piece ends as printed (a PDF's words), within the
    column's ``edge`` (``column_edge``): a page printed on other paper, margins or font
    size wraps a street its usual print holds on one line; or, in a text wrapped at a
    width (html2text's 78 characters), where the line ends on one of the ``wraps``
    (``Page.soft_wraps``): "(Middle) 475" then "OAKMEAD PKWY (Street)"."""
    if edge is not None and any(_printed_wrap(line, below, edge)
                                for line, below in zip(lines, lines[1:])):
        return True
    if any(line[-1].line in wraps and line[-1].piece.x is None
           and below[0].line == line[-1].line + 1 for line, below in zip(lines, lines[1:])):
        return True
    if not _narrow(atoms):
        return False
    right = max(a.gx + max(map(len, a.text.split("\n"))) for a in atoms)
    return any(overflows(line[-1].x_end or 0, below[0].text, right)
               for line, below in zip(lines, lines[1:]))


def overflows(end: float, word: str, right: float) -> bool:
    """True where a break after a line ending at ``end`` may be a narrow column's wrap:
    ``word``, the next line's first, would not have fit after it (a space between)
    within ``right``, where the column's widest line ends."""
    return end + 1 + len(word) > right


def column_edge(atoms: list[Atom]) -> float | None:
    """Where box 1's column surely ends on a page grid that keeps where each piece ends
    as printed (a PDF's words): left of the first label of another box to the right of
    box 1's label, on its row (box 2's). None where not so printed."""
    label = next((a for a in atoms if a.kind == "BOX1"), None)
    if label is None or label.piece.x is None or label.piece.x_end is None:
        return None
    right = [a.piece.x for a in atoms if a.kind in _FOREIGN and a.row == label.row
             and a.piece.x is not None and a.piece.x > label.piece.x_end]
    return min(right, default=None)


def _printed_wrap(line: list[Atom], below: list[Atom], edge: float) -> bool:
    """True where the first word of the line ``below`` would not have fit at the end of
    ``line`` left of the column's ``edge`` (less a space, the cell's padding): each of
    its characters as wide as the line's print (``_char_span``), so the break may be
    where the column wrapped. False where the pieces keep no printed end."""
    last = line[-1].piece
    if last.x is None or last.x_end is None or "\n" in last.text or not last.text:
        return False
    span = (last.x_end - last.x) / len(last.text)
    return last.x_end + (1 + len(below[0].text)) * span > edge - span


def _city_wrapped(place: list[Atom]) -> Cell | None:
    """Box 1's place where cells cut it into strips of the page: a city wrapped around
    the one line that holds the state and zip ("MOUNTAIN" / "CA 94043" / "VIEW") is
    the lines above and below it, joined as one line before the state and zip."""
    rows = groups(place, by_cell=False)
    texts = [joined(row) for row in rows]
    if len(rows) < 2 or sum(1 for text in texts if STATE_ZIP.search(text)) != 1:
        return None
    line = city_around_state(texts)
    return Cell(line, rows[0][0].line, rows[0][0].column) if line else None


def _unlabelled_street(atoms: list[Atom]) -> tuple[list[Atom], list[Atom]]:
    """Street and place of a box 1 of cells without its "(Street)" label (trafilatura
    leaves it in the box's label cell): the place is the line just above "(City)
    (State) (Zip)" where it holds three cells, the street the lines above it up to the
    name's labels; else neither is known."""
    between = _after_intrusion(_between(atoms, NAME_LABELS, CITY_LABELS))
    texts = [a for a in between if a.kind == "TEXT"]
    if len(texts) != len(between) or not texts:
        return [], []
    place = [a for a in texts if a.row == texts[-1].row]
    if len({(a.cell, a.part) for a in place}) != 3:
        return [], []
    return [a for a in texts if a.row != texts[-1].row], place


def _place_columns(place: list[Atom]) -> tuple[Cell | None, ...] | None:
    """City, state and zip on a page grid where a long city wrapped over lines: the
    line holding state and zip as its last two pieces tells where the city's column
    ends; every word left of it is the city's."""
    words = [a for a in place if a.kind == "TEXT" and a.x is not None]
    if len({a.row for a in words}) < 2:
        return None
    def pieces(row: int) -> list[list[Atom]]:
        line = [a for a in words if a.row == row]
        return [[a for a in line if a.cell == c] for c in sorted({a.cell for a in line})]
    widest = max((pieces(r) for r in {a.row for a in words}), key=len)
    if len(widest) < 2:
        return None
    state, zip_code = widest[-2], widest[-1]
    city = [a for a in words if a.gx < state[0].gx]
    if len(city) + len(state) + len(zip_code) != len(words):
        return None
    return cell_of(city), cell_of(state), cell_of(zip_code)


def _street_lines(street: list[Atom], atoms: list[Atom], by_cell: bool,
                  breaks_kept: bool) -> list[Cell]:
    """The street lines of box 1. Where the text lost the line breaks inside a cell
    and the street shares its cell with the box's labels, a street that reads as one
    line may be two run together: they are told apart only where a care-of line
    certainly ends, else they are unknown."""
    lines = [c for c in (cell_of(g) for g in groups(street, by_cell)) if c]
    labelled = {(a.row, a.cell, a.part) for a in atoms if a.kind in ("LAST", "MIDDLE", "STREET")}
    if len(lines) != 1 or breaks_kept or not any((a.row, a.cell, a.part) in labelled
                                                 for a in street):
        return lines
    split = split_care_of_street(lines[0].text)
    return [Cell(text, lines[0].line, lines[0].column) for text in split] if split else []


def owner_blocks(atoms: list[Atom], by_cell: bool, breaks_kept: bool = True,
                 wraps: frozenset[int] = frozenset()) -> list[OwnerBlock]:
    """Every box 1 in ``atoms`` (a joint filing lists one per owner); ``wraps`` as
    ``owner_block``'s."""
    starts = [i for i, a in enumerate(atoms) if a.kind == "BOX1"] + [len(atoms)]
    spans = [atoms[s:e] for s, e in zip(starts, starts[1:])]
    blocks = [owner_block(span, by_cell, breaks_kept, wraps=wraps) for span in spans]
    for block, span, next_span in zip(blocks, spans, spans[1:]):
        if block.zip is None and block.state is not None:
            block.zip = _zip_after_next_label(span, next_span)
    return blocks


def _zip_after_next_label(span: list[Atom], next_span: list[Atom]) -> Cell | None:
    """A box 1's zip that a reading order stream printed after the next box 1's label,
    with its "(Zip)" label ("1. Name and Address of Reporting Person" "94043" "(Zip)"):
    the words between that label and "(Zip)", where this box has no "(Zip)" of its own."""
    if any(a.kind == "ZIP" for a in span):
        return None
    label = next((i for i, a in enumerate(next_span) if i > 0 and a.kind != "TEXT"), None)
    if label is None or next_span[label].kind != "ZIP" or not 1 <= label - 1 <= 2:
        return None
    return cell_of(next_span[1:label])


def issuer(atoms: list[Atom]) -> tuple[Cell | None, Cell | None, str | None]:
    """Box 2: the issuer's name, its ticker and the CIK its name links to."""
    cell = cell_of(atoms)
    if cell is None:
        return None, None, None
    cik = next((a.piece.cik for a in atoms if a.piece.cik), None)
    match = ISSUER.match(cell.text)
    if match is None:
        return None, None, cik
    name = match.group("name").strip() or None
    ticker = match.group("ticker").strip() or None
    return (Cell(name, cell.line, cell.column) if name else None,
            Cell(ticker, cell.line, cell.column) if ticker else None, cik)


def issuer_in_label_cell(label: Atom | None, atoms: list[Atom]) -> tuple[Cell | None, Cell | None]:
    """Box 2 without brackets around its ticker, in a page's cells ("ALLIED MOTION
    TECHNOLOGIES INC AMOT"): the words after the label in the label's own cell, an
    issuer's name ending in its legal form, then the ticker. Else neither is known:
    without the legal form, where the name ends is lost, and words in other cells may be
    other boxes'."""
    if label is None:
        return None, None
    cell = cell_of([a for a in atoms if (a.row, a.cell) == (label.row, label.cell)])
    words = cell.text.split(" ") if cell is not None else []
    if cell is None or len(words) < 2 or not TICKER.fullmatch(words[-1]) \
            or not ENTITY_END.fullmatch(words[-2]):
        return None, None
    return (Cell(" ".join(words[:-1]).rstrip(","), cell.line, cell.column),
            Cell(words[-1], cell.line, cell.column))


def date_box(atoms: list[Atom]) -> Cell | None:
    """Box 3 or 4: the date printed in it, if any."""
    for atom in atoms:
        if atom.kind == "TEXT" and DATE.fullmatch(atom.text):
            return Cell(atom.text, atom.line, atom.column)
    return None


def name_alone(atoms: list[Atom], cell_rows: set[int]) -> Cell | None:
    """Box 1's name where a text of cells printed it as a line of its own among the
    other boxes' cells (markitdown on a PDF: "WILLIAMS JEFFREY E" between box 2's and
    box 5's lines of cells, box 1's label sharing its line with theirs): the one line
    after box 1's label and before "(Last)" that is no line of cells (``cell_rows``)
    and holds words only, no label, mark or "[ ticker ]". None where there are none or
    several (a joint filing's names, a title of box 5 printed apart)."""
    start = next((i for i, a in enumerate(atoms) if a.kind == "BOX1"), None)
    end = next((i for i, a in enumerate(atoms) if a.kind in NAME_LABELS), None)
    if start is None or end is None or end < start:
        return None
    lines: dict[int, list[Atom]] = {}
    for atom in atoms[start + 1:end]:
        if atom.row not in cell_rows and atom.row != atoms[start].row:
            lines.setdefault(atom.row, []).append(atom)
    alone = [line for line in lines.values()
             if all(a.kind == "TEXT" and "[" not in a.text for a in line)]
    return cell_of(alone[0]) if len(alone) == 1 else None


def name_before_next_box(box1: list[Atom]) -> Cell | None:
    """Box 1's name where its labels under the name ("(Last) (First) (Middle)") stand
    away from it, after other boxes' labels (OCR reads the page in blocks: box 1's label,
    the name under it, then box 2's label): the one line of words between box 1's label
    and the next box's, of two words or more (a name, "Last First"; one word may be box
    5's title, "Co-Founder") holding no digit and no "[ ticker ]" (a street, a date, box
    2's value). None where box 1's own labels follow it there, or other lines or labels."""
    words = [a for a in box1 if a.kind != "BOX1"]
    if len(words) < 2 or any(a.kind != "TEXT" or re.search(r"[0-9\[\]]", a.text) for a in words) \
            or len({a.row for a in words}) != 1:
        return None
    return cell_of(words)


def owner_labels_apart(atoms: list[Atom], label: int, box1: list[Atom],
                       breaks_kept: bool, wraps: frozenset[int] = frozenset()) -> OwnerBlock | None:
    """Box 1 where OCR read its name apart from the labels under it (the page in blocks:
    box 1's label, the name, then the other boxes' labels and values, and only then
    "(Last) (First) (Middle)", the street, "(Street)", the city line, "(City) (State)
    (Zip)"): the name the one line of words between box 1's label and the next box's
    (``name_before_next_box``), the street and place read between box 1's own labels
    after it, as ``owner_block`` reads them (``wraps`` as its). None where no such name
    stands there."""
    name = name_before_next_box(box1)
    first = next((i for i, a in enumerate(atoms) if a.kind in NAME_LABELS and i > label), None)
    if name is None or first is None:
        return None
    block = owner_block([atoms[label], *atoms[first:]], False, breaks_kept, wraps=wraps)
    block.name = name
    return block


def _first_cells(line: list[Atom]) -> list[list[Atom]]:
    """The words of a line of cells' first three filled cells, the line's first cell
    among them (a converter keeps empty columns between them: "| REDMOND | | WA |
    98052 |"); nothing where fewer are filled or a label stands before the third."""
    parts = groups(line, True)[:3]
    if len(parts) < 3 or parts[0][0].cell != min(a.cell for a in line) or any(
            a.kind != "TEXT" and a.cell <= parts[-1][0].cell for a in line):
        return []
    return parts


def lines_between(atoms: list[Atom], opening: tuple[str, ...],
                  closing: tuple[str, ...]) -> dict[int, list[Atom]] | None:
    """The words between the last label of ``opening`` and the first of ``closing``
    after it, by line, the two labels' own lines left out; None where either is missing."""
    start = max((i for i, a in enumerate(atoms) if a.kind in opening), default=None)
    end = next((i for i, a in enumerate(atoms) if a.kind in closing
                and start is not None and i > start), None)
    if start is None or end is None:
        return None
    lines: dict[int, list[Atom]] = {}
    for atom in atoms[start + 1:end]:
        if atom.row not in (atoms[start].row, atoms[end].row):
            lines.setdefault(atom.row, []).append(atom)
    return lines


def place_alone(atoms: list[Atom], cell_rows: set[int]) -> tuple[Cell, Cell, Cell] | None:
    """Box 1's city, state and zip where a text of cells printed them among the other
    boxes' values, between the street's label and "(City) (State) (Zip)" (markitdown on
    a PDF: "| CUPERTINO | CA | 95014 | ... | X | Form filed by One Reporting Person |",
    or "CUPERTINO CA 95014" on a line of its own): the one line there that reads
    whole as a city line, a state code and a zip after a city holding no digit; on a
    line of cells, its first three filled cells exactly (``_first_cells``). Where no line
    or several do, the city wrapped around its state and zip (``place_wrapped.py``)."""
    lines = lines_between(atoms, ("STREET", *NAME_LABELS), CITY_LABELS)
    if lines is None:
        return None
    found: list[tuple[Cell, Cell, Cell]] = []
    for row, line in lines.items():
        parts = _first_cells(line) if row in cell_rows else [line]
        if any(a.kind != "TEXT" for part in parts for a in part) or not parts:
            continue
        place = city_line_cells(cell_of([a for part in parts for a in part]))
        if place is None or row in cell_rows and tuple(c.text for c in place) != tuple(
                joined(part) for part in parts):
            continue
        found.append(place)
    if len(found) == 1:
        return found[0]
    from .place_wrapped import place_wrapped  # a rare shape's reader, imported where read
    return place_wrapped(lines, cell_rows) or (
        _place_opening(lines, cell_rows) if not found else None)


def _place_opening(lines: dict[int, list[Atom]],
                   cell_rows: set[int]) -> tuple[Cell, Cell, Cell] | None:
    """Box 1's city, state and zip where a line opens with its whole city line and goes on
    with other boxes' labels (markitdown on a PDF: "| SAN FRANCISCO CA 94105 | ... | X
    Form filed by One Reporting Person |", box 1's column one cell; "MENLO PARK CA 94025
    4. If Amendment ..."): the words before the line's first label or mark, in its first
    cell on a line of cells, read whole as a city line (a city holding no digit), on
    exactly one of the lines between the street's label and "(City) (State) (Zip)"."""
    found: list[tuple[Cell, Cell, Cell]] = []
    for row, line in lines.items():
        end = next((n for n, a in enumerate(line) if a.kind != "TEXT"
                    or row in cell_rows and a.cell != 0), len(line))
        words, rest = line[:end], line[end:]
        if not words or not rest or rest[0].kind == "TEXT" or row in cell_rows and (
                words[0].cell != 0 or rest[0].cell == 0):
            continue  # no label after the words, or words of another cell before it
        place = city_line_cells(cell_of(words))
        if place is not None:
            found.append(place)
    return found[0] if len(found) == 1 else None


def city_line_cells(whole: Cell | None) -> tuple[Cell, Cell, Cell] | None:
    """A cell read whole as box 1's city line: its city (holding no digit), state and zip,
    each at the line's place; None where it does not read so."""
    if whole is None:
        return None
    city, state, zip_code = split_city_line(whole.text)
    if city is None or state is None or zip_code is None or any(ch.isdigit() for ch in city):
        return None
    return (Cell(city, whole.line, whole.column), Cell(state, whole.line, whole.column),
            Cell(zip_code, whole.line, whole.column))
