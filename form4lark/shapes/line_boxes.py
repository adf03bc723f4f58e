"""The header of a visual-lines text (``lines.py``) put back in reading order.

The form's header is three columns of boxes: box 1 (the owner's name and
address) on the left; boxes 2, 3 and 4 (issuer, dates) in the middle; boxes 5
and 6 (relationship, individual or joint filing) on the right. A visual-lines
text prints each line of the page across the three columns, so a line holds a
part of each box that reaches it: "LEVINSON ARTHUR D Apple Inc. [ AAPL ]
(Check all applicable)". The form reader reads a header in reading order, a
box's words after its label; this module gives it the boxes one after the
other, each label followed only by the words that are certainly its box's.

A word's column is told by what stands next to it on its line: the labels
(each in a known column), the dates (only boxes 3 and 4 hold dates), the
checkbox marks and, between them, which boxes can hold free text on that line
(``_free_field``): the name between box 1's label and "(Last) (First)
(Middle)", the street lines above "(Street)", the city line above "(City)
(State) (Zip)", the issuer between box 2's label and box 3's, the officer's
title under box 5's labels when "Officer" or "Other" is checked. Words that
two of them could hold are left out, and so is the value they belong to: the
owner's name and the issuer's name share a line with nothing between them, so
the issuer's name is cut only where the page prints the owner's name again
(``owner_cut.py``), or where box 2 was read whole on the line above and
the name's words are shaped as a name (``_name_shaped``), or where the line holds
box 2's issuer and ticker under the labels of boxes 1, 2 and 5 printed across,
the name's line below it (``_issuer_above_name``); the ticker in its brackets is
box 2's.

A city that wraps stands around the line holding the state and zip (the page
centres it on them): its lines above and below that line are joined before it.

The two boxes above box 1 print their mark beside their label's lines: a mark
among them is put before the label. Owners listed after the tables (joint
filings) are put in order the same way.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..form.atoms import Atom, labels, lex  # the form's labels (grammars/form_labels.lark)
from ..form.checkboxes import RELATIONSHIPS, TOP_BOXES, WHOLE_LABELS
from ..form.first_three import bracketed_ticker
from ..form.header import CITY_LABELS, NAME_LABELS
from ..placeholders import GARBLED  # a word OCR garbled (scan.py)
from ..page import Line, Page, Piece
from ..patterns import DATE_RE
from ..text import city_around_state, split_care_of_street
from .joint_apart import BOX6_LABELS, COLUMN, L, M, R, boxes_apart, joint_box1_apart
from .owner_cut import Known, name_echoed, owner_cut, ticker_cut, whole_name_echoed
from .street_lines import EITHER, city_line_whole, settle_street_or_title, wrapped_breaks

if TYPE_CHECKING:  # headers cut into strips (cut_strips.py) are read only where a page has them
    from .cut_strips import Strips

# "Table I - Non-Derivativ e Securities", "1. Title of Security": a table opens
_TABLE_OPENING = re.compile(r"Table\s+II?\s*[-\u2013\u2014]|1\.\s*Title\s+of\b", re.I)
# the last words of the two boxes above box 1: "... Instruction 1(b).", "... Instruction 10."
_BOX_END = re.compile(r"Instruction\s+1(\(b\)|0)\.?", re.I)


@dataclass(slots=True)
class Token:
    """A label or a word of a header line."""

    kind: str
    text: str
    row: int
    piece: Piece
    offset: int

    def as_piece(self) -> Piece:
        return Piece(" ".join(self.text.split()), self.piece.line, self.piece.column + self.offset)


@dataclass(slots=True)
class Block:
    """One block of boxes (the header, or an owner listed after the tables): its
    labels and the words placed in each of its fields, by row."""

    tokens: list[Token]
    rows: dict[str, int] = field(default_factory=dict)  # a label's row
    fields: dict[str, dict[int, list[Token]]] = field(default_factory=dict)
    unknown: set[str] = field(default_factory=set)
    checked: set[str] = field(default_factory=set)
    #: OCR may have printed the page's blocks one after the other (``scan.py``)
    blocks: bool = False
    #: fields read whole on a line of their own: words in doubt elsewhere are not theirs
    whole: set[str] = field(default_factory=set)


def box_tokens(lines: list[Line]) -> list[Token]:
    """The header ``lines``' words and labels as tokens (the form's labels lexed)."""
    page = Page(shape="lines", lines=lines)
    return [Token(a.kind, a.text, a.row, a.piece, a.offset) for a in lex(page, "boxes")]


def header_in_reading_order(lines: list[Line], reflowed: set[int] | None = None,
                            blocks: bool = False,
                            strips: Callable[[int], Strips] | None = None) -> list[Line]:
    """The page's lines with its header's boxes (and the owners listed after the
    tables) one after the other, in reading order. ``reflowed``: the indexes of
    lines that may be several of the page's lines run together (paragraphs).
    ``blocks``: the text may print the page's blocks one after the other (OCR),
    so that a header whose boxes stand apart is read as it stands. ``strips``: a
    line's (by number) pipe cells, each its lines, for a header cut into strips."""
    reflowed = reflowed or set()
    marks = labels(lines)
    first = next((a.row for a in marks if a.kind in ("BOX1", "BOX2", "BOX5")), None)
    table = next((a.row for a in marks if a.kind in ("TABLE_I", "TABLE_II")), None)
    opening = next((row for row, line in enumerate(lines) if _TABLE_OPENING.match(line.text)), None)
    if opening is not None and first is not None and first < opening < (table or len(lines)):
        table = opening  # a table's title or headers the converter broke end the header
    if first is None and table is not None and strips is not None:
        return _cut_labels_first(lines, table, strips)
    if first is None or table is None or table < first:
        return lines
    after = [a.row for a in marks if a.row > table and a.kind == "BOX1"]
    end = next((a.row for a in marks if a.row > table and a.kind in
                ("EXPLANATION", "REMARKS", "SIGNATURE", "CLOSING")), len(lines))
    listed = [b for b in after if b < end] + [end]
    known = Known.of([line.text for line in lines])
    owners = [_read_block(lines[start:stop], known, {r - start for r in reflowed}, blocks)
              for start, stop in zip(listed, listed[1:])]
    head = _read_block(lines[first:table], known, {r - first for r in reflowed},
                       issuer_blocks=blocks)
    # OCR read each box of a page whose boxes stand apart as a block of its own
    if blocks and not _whole(head, header=True) and boxes_apart(marks, first, table):
        return _box1_label_first(lines, marks)
    width = max((_width(block) for block in [head, *owners]), default=0)
    for block in [head, *owners]:
        _check_street_breaks(block, width)
    # a header whose labels a converter cut into strips: what its strips hold certainly
    outside = lines[:first] + lines[table:]
    out = _marks_before_labels(lines[:first]) + (
        block_lines(head, header=True)
        or (lines[first:table] if joint_box1_apart(marks, first, table) else [])
        or _joint_beside(lines, marks, first, table, known)
        or _cut_into_strips(lines[first:table], strips, outside))
    out += lines[table:listed[0]] + [line for block in owners
                                     for line in owner_lines(block, blocks)]
    return out + lines[end:]


def _joint_beside(lines: list[Line], marks: list[Atom], first: int, table: int,
                  known: Known) -> list[Line]:
    """``joint_beside.joint_box1_beside``'s lines, or none (a rare header's: imported where
    read)."""
    from .joint_beside import joint_box1_beside
    return joint_box1_beside(lines, marks, first, table, known) or []


def _cut_labels_first(lines: list[Line], table: int, strips: Callable[[int], Strips]) -> list[Line]:
    """A header whose box labels a converter all cut at a strip's edge ("1. Name and
    Address of Reporting P" | "erson*"): what its strips hold certainly put before its
    lines, which stay as they are (not read, but their checkbox marks tell that the
    text keeps marks: ``build.py``)."""
    from .cut_strips import opens_box1  # headers cut into strips only
    start = next((row for row, line in enumerate(lines[:table]) if opens_box1(line.text)
                  and [line.text] == (strips(line.pieces[0].line) or [[]])[0][:1]), None)
    if start is None:
        return lines
    return lines[:start] + _cut_into_strips(lines[start:table], strips,
                                            lines[:start] + lines[table:]) + lines[start:]


def _cut_into_strips(lines: list[Line], strips: Callable[[int], Strips] | None,
                     elsewhere: list[Line]) -> list[Line]:
    """A header not read whose rows a converter cut into strips: boxes 1 and 2 where
    its strips hold them certainly (``cut_strips.py``; ``elsewhere``: the page's
    lines outside the header), box 3's date, and boxes 5 and 6's marks
    (``cut_marks.py``)."""
    from .cut_strips import box1_lines, box2_lines, box3_lines_cut
    from .cut_header import box3_lines
    from .cut_marks import box5_lines, box6_lines  # headers cut into strips only: not at start-up
    numbers = list(dict.fromkeys(piece.line for line in lines for piece in line.pieces))
    rows = [row for row in map(strips, numbers) if row] if strips and numbers else []
    at = numbers[0] if numbers else 0
    boxes: list[Line] = []
    if rows:
        box1 = box1_lines(rows, at)
        page = "\n".join(line.text for line in elsewhere + box1)  # box 1's read whole
        boxes = box1 + box2_lines(rows, at, page)
    return boxes + (box3_lines(lines) or box3_lines_cut(rows, at)) + (
        box5_lines(rows, at) + box6_lines(rows, at) if rows else [])


# box 1's label alone on its line
_BOX1_LINE = re.compile(r"\W{0,3}1\.\s*Name\s+and\s+Address\s+of\s+Reporting\s+Person\W{0,2}")


def _box1_label_first(lines: list[Line], marks: list[Atom]) -> list[Line]:
    """Blocks of the header with box 1's label, which OCR printed after the block of
    box 1's words (its own block), put before them: before the owner's name, the
    line right above "(Last) (First) (Middle)" in that block (no blank line between)."""
    label = next((a.row for a in marks if a.kind == "BOX1"), None)
    names = next((a.row for a in marks if a.kind == "LAST"), None)
    if label is None or names is None or not 0 < names < label:
        return lines
    name = names - 1
    if (lines[name].pieces[0].line != lines[names].pieces[0].line - 1
            or not _BOX1_LINE.fullmatch(" ".join(p.text for p in lines[label].pieces))):
        return lines
    return lines[:name] + [lines[label]] + lines[name:label] + lines[label + 1:]


def _marks_before_labels(lines: list[Line]) -> list[Line]:
    """The lines above box 1, a checkbox mark printed beside the lines of its
    label ("Check this box to indicate ... X for the purchase ...") put before it; the
    label ends at its last words as the form prints them or as OCR read them after
    ("Instruction 1(b).."), one piece or a word a piece."""
    tokens = box_tokens(lines)
    label = None
    moved: dict[int, Token] = {}
    previous = ""
    for token in tokens:
        if token.kind in TOP_BOXES:
            label = token
        elif token.kind == "CHECK" and label is not None:
            moved[id(token)] = label
        elif token.kind == "TEXT" and label is not None and (
                _BOX_END.match(token.text) or _BOX_END.match(f"{previous} {token.text}")):
            label = None  # the label's last words, one piece or a word a piece
        previous = token.text
    if not moved:
        return lines
    out: list[Line] = []
    marks_of = {id(label): [t for t in tokens if moved.get(id(t)) is label]
                for label in moved.values()}
    for row, line in enumerate(lines):
        pieces: list[Piece] = []
        kept = True
        for token in (t for t in tokens if t.row == row):
            if id(token) in moved:
                kept = False  # a line of the mark alone goes with it
                continue
            pieces += [m.as_piece() for m in marks_of.get(id(token), [])]
            pieces.append(token.as_piece())
        if pieces or kept:
            out.append(Line(pieces) if pieces else line)
    return out


# ---------------------------------------------------------------- a block's fields
#: the boxes of the relationship and of box 6, each a label a mark may check
_CHECKBOXES = WHOLE_LABELS


def _label_rows(tokens: list[Token]) -> dict[str, int]:
    rows: dict[str, int] = {}
    for token in tokens:
        kind = "NAME_LABELS" if token.kind in NAME_LABELS else (
            "CITY" if token.kind in CITY_LABELS else token.kind)
        if kind in COLUMN or kind in ("NAME_LABELS", "OFFICER", "OTHER"):
            rows.setdefault(kind, token.row)
    return rows


def _checked(tokens: list[Token]) -> set[str]:
    """The checkbox labels a mark stands before."""
    return {tokens[i + 1].kind for i, t in enumerate(tokens[:-1])
            if t.kind == "CHECK" and tokens[i + 1].kind in _CHECKBOXES}


def _free_field(block: Block, column: int, row: int) -> str | None:
    """The field of free text that ``column`` holds on ``row``, if any."""
    rows = block.rows

    def between(start: str, end: str | None) -> bool:
        return start in rows and rows[start] < row and (end is None or (
            end in rows and row < rows[end]))

    if column == L:
        for name, (start, end) in (("name", ("BOX1", "NAME_LABELS")),
                                   ("street", ("NAME_LABELS", "STREET")),
                                   ("city", ("STREET", "CITY"))):
            if between(start, end):
                return name
    elif column == M and (between("BOX2", "BOX3") or _beside_box3(rows, row) or (
            block.blocks and _under_box2_alone(rows, row))) and (
            not any(r < row for r in block.fields.get("ticker", {}))
            or between("BOX1", "NAME_LABELS")):
        # box 2 ends with its ticker; on the name's rows the doubt stays all the same:
        # OCR reads a checkbox's edges there as letters ("eS X Director")
        return "issuer"
    elif column == R and block.checked & {"OFFICER", "OTHER"}:
        label = "OFFICER" if "OFFICER" in rows else "OTHER"
        if label in rows and _box6_beside(rows, rows[label]):
            return "title" if between(label, None) else None
        if between(label, "BOX6" if "BOX6" in rows else None):
            return "title"
    return None


def _box6_beside(rows: dict[str, int], officer: int) -> bool:
    """True where box 6 stands beside box 5, not under it (a filing agent's print: boxes
    4, 5 and 6 side by side), its label and both its checkboxes' labels above box 5's
    officer label's line (``officer``): box 5's title, under that label, then runs to the
    header's end, no other box's words below it."""
    return all(kind in rows and rows[kind] < officer for kind in ("BOX5", *BOX6_LABELS))


def _beside_box3(rows: dict[str, int], row: int) -> bool:
    """True for a line under box 2's label where box 3's label stands beside it on its
    line (a design printing boxes 1, 2 and 3 side by side, boxes 4, 5 and 6 under them)
    and box 4's further down: box 2's issuer and ticker stand on the lines between."""
    return "BOX3" in rows and rows.get("BOX2") == rows["BOX3"] < row < rows.get("BOX4", -1)


def _under_box2_alone(rows: dict[str, int], row: int) -> bool:
    """True for the line right under box 2's label where box 3's label, which ends box 2,
    was lost (OCR garbled it: "os wn 5 ee Transaction") and box 4's stands further
    down: box 2 prints its issuer and ticker there (its first line; what it wraps to
    below stays unknown, as box 3's garbled words do)."""
    return "BOX3" not in rows and "BOX2" in rows and row == rows["BOX2"] + 1 and (
        rows.get("BOX4", -1) > row + 1)


def _column(tokens: list[Token], i: int, has_middle: bool) -> int | None:
    """The column a token certainly stands in, if it is a label, a mark or a date."""
    token = tokens[i]
    if token.kind == "CHECK":
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        return COLUMN.get(after.kind) if after is not None and after.row == token.row else None
    if token.kind == "TEXT":
        return M if has_middle and DATE_RE.fullmatch(token.text) else None
    return COLUMN.get(token.kind)


def _place(block: Block, run: list[Token], low: int, high: int, known: Known,
           ticker_after: bool = False) -> None:
    """Give a run of words between columns ``low`` and ``high`` to the one field
    that can hold it on its row; mark the fields unknown where more can.
    ``ticker_after``: box 2's ticker follows the run on its line."""
    row = run[0].row
    brackets = bracketed_ticker([t.text for t in run])
    if brackets and low <= M <= high and _free_field(block, M, row) == "issuer":
        opening, closing = brackets
        block.fields.setdefault("ticker", {}).setdefault(row, []).extend(run[opening:closing + 1])
        if any(GARBLED in t.text for t in run[opening:closing + 1]):
            block.unknown.add("ticker")
        if run[:opening] and _issuer_alone(block, run, closing):
            block.fields.setdefault("issuer", {}).setdefault(row, []).extend(run[:opening])
            block.whole.add("issuer")
        elif run[:opening]:
            _place(block, run[:opening], low, M, known, ticker_after=True)
        if run[closing + 1:]:
            _place(block, run[closing + 1:], min(M + 1, high), high, known)
        return
    fields = {c: f for c in range(low, high + 1) if (f := _free_field(block, c, row))}
    if any(GARBLED in t.text for t in run):  # a word OCR garbled: its field is not certain
        block.unknown.update(set(fields.values()) - block.whole)  # (a field read whole: not its)
        return
    if len(fields) == 1:
        (name,) = fields.values()
        block.fields.setdefault(name, {}).setdefault(row, []).extend(run)
        return
    if set(fields.values()) == {"city", "title"} and city_line_whole(_text(run)):
        block.fields.setdefault("city", {}).setdefault(row, []).extend(run)
        return
    if set(fields.values()) == {"street", "title"}:  # settled once the block is read
        block.fields.setdefault(EITHER, {}).setdefault(row, []).extend(run)
        return
    if set(fields.values()) == {"name", "issuer"} and _name_below_ticker(block, run, known):
        block.fields.setdefault("name", {}).setdefault(row, []).extend(run)
        return
    if set(fields.values()) == {"name", "issuer"}:
        ticker = " ".join(t.text for t in block.fields.get("ticker", {}).get(row, [])) \
            if ticker_after else ""
        if ticker_after and (edges := _issuer_above_name(block, run, ticker)) is not None:
            block.fields.setdefault("issuer", {}).setdefault(row, []).extend(run[edges:])
            block.whole.add("issuer")  # the name below reads as box 1's (_name_below_ticker)
            return
        cut = owner_cut([t.text for t in run], known, ticker_after, ticker)
        if cut is None and ticker_after and _whole_name_below(block, run, known):
            cut = 0
        if cut is not None:
            if cut:
                block.fields.setdefault("name", {}).setdefault(row, []).extend(run[:cut])
            else:  # the issuer's whole name, its ticker after it: no line adds to it
                block.whole.add("issuer")
            block.fields.setdefault("issuer", {}).setdefault(row, []).extend(run[cut:])
            return
    block.unknown.update(set(fields.values()) - block.whole)


def _name_below_ticker(block: Block, run: list[Token], known: Known) -> bool:
    """True where ``run``, on a line below box 2's ticker (box 2 ends with it: only
    OCR's specks of the box's edges may stand beside the name), is the owner's name
    as the page prints it elsewhere too, so that no speck is among its words; and
    no other line gave words to the name (one of them would not be its)."""
    row = run[0].row
    if ("ticker" in block.unknown or "name" in block.unknown or block.fields.get("name")
            or not any(r < row for r in block.fields.get("ticker", {}))):
        return False
    following = [t for t in block.tokens if t.row == row and t.offset > run[-1].offset]
    after = following[0].text.split()[0] if following else None
    if ("issuer" in block.whole and following and following[0].kind in ("CHECK", *_CHECKBOXES)
            and _name_shaped([t.text for t in run])):
        return True  # box 2 read whole above: no doubt left
    return name_echoed([t.text for t in run], after, known)


# a word of a name in box 1: all in capitals ("BOTHA"), or capitalised ("Rabois")
_CAPITALS = re.compile(r"[A-Z][A-Z'-]*[A-Z],?")
_CAPITALISED = re.compile(r"[A-Z][a-z'-]*[a-z],?")


def _whole_name_below(block: Block, run: list[Token], known: Known) -> bool:
    """True where ``run`` (words before box 2's ticker, on the first line under the
    labels) holds none of the owner's name because the line below opens with its whole
    name, a box of box 5 right after it: the page prints those words elsewhere as a
    name of their own (``whole_name_echoed``), and a name's first line stands above
    its others, never below. A first word of one letter may be a speck or the
    issuer's (``A LINKEDIN CORP``): then it is not known which."""
    row = run[0].row
    if sum(c.isalnum() for c in run[0].text) < 2 or any(t.row == row - 1 and t.kind == "TEXT"
                                                        for t in block.tokens):
        return False
    opening = _words_before_a_box(block, row + 1)
    if opening is None:
        return False
    name, box = opening
    return _name_shaped([t.text for t in name]) and whole_name_echoed(
        [t.text for t in name], box.text.split()[0], known)


def _words_before_a_box(block: Block, row: int) -> tuple[list[Token], Token] | None:
    """The words that open ``row`` and the mark or box 5's label right after them
    ("Rabois Keith" / "X"); None where the row opens otherwise or holds only words."""
    on_row = [t for t in block.tokens if t.row == row]
    words = list(itertools.takewhile(lambda t: t.kind == "TEXT", on_row))
    if not words or len(words) == len(on_row) or on_row[len(words)].kind not in (
            "CHECK", *_CHECKBOXES):
        return None
    return words, on_row[len(words)]


#: words of one letter a name may open with ("A SCHULMAN INC"): never box 1's edges
_ONE_LETTER_WORDS = frozenset("AI")


def _issuer_above_name(block: Block, run: list[Token], ticker: str) -> int | None:
    """How many words open ``run`` (the words before box 2's ticker) as box 1's edges
    where the run is box 2's issuer alone, the owner's name on the line below; else
    None. So where OCR printed the labels of boxes 1, 2 and 5, and only they, on the
    line above ("1. Name and Address ... 2. Issuer Name ... 5. Relationship ..."):
    the page's row of labels read across, so the run's line is the row under them,
    where box 2 prints its issuer and ticker, box 5 its instruction, and box 1 nothing
    yet but its edges, read as words of one character ("F F Affirm Holdings, Inc.";
    not "A", which may open the issuer's name);
    the ticker and box 5's instruction ("(Check all applicable)") are all that follow
    the run on its line; the line below opens with a name's words
    (``_name_shaped``) and a box of box 5 right after them ("Rabois Keith X
    Director"), box 1's name (box 2 ends with its ticker above); and the issuer's
    first word after the edges holds the ticker's letters in order ("Affirm" of
    AFRM, ``ticker_cut``), so that no name runs into it."""
    row = run[0].row
    if [t.kind for t in block.tokens if t.row == row - 1] != ["BOX1", "BOX2", "BOX5"]:
        return None
    on_row = [t for t in block.tokens if t.row == row]
    after = on_row[next(i for i, t in enumerate(on_row) if t is run[-1]) + 1:]
    ticker_words = len(ticker.split())
    if " ".join(t.text for t in after[:ticker_words]) != ticker or any(
            t.kind != "LABEL_TAIL" for t in after[ticker_words:]):
        return None
    below = _words_before_a_box(block, row + 1)
    if below is None or not _name_shaped([t.text for t in below[0]]):
        return None
    words = [t.text for t in run]
    edges = len(list(itertools.takewhile(lambda w: len(w) == 1 and w not in _ONE_LETTER_WORDS,
                                         words)))
    if edges == len(words) or ticker_cut(words, [edges], ticker) != edges:
        return None
    return edges


def _name_shaped(words: list[str]) -> bool:
    """True for two or three words printed one way (all in capitals, or all
    capitalised), the last of three letters or more: OCR reads a checkbox's edges
    beside the name as a short word ("OT", "Oy") or a letter, never as such a run."""
    return 2 <= len(words) <= 3 and sum(c.isalpha() for c in words[-1]) >= 3 and (
        all(_CAPITALS.fullmatch(w) for w in words) or all(_CAPITALISED.fullmatch(w) for w in words))


def _issuer_alone(block: Block, run: list[Token], closing: int) -> bool:
    """True where ``run`` ("APPLE INC [ AAPL ]", ending with its ticker) is the whole
    line right under box 2's label, and box 1's label and box 2's each stand alone on
    their line, box 1's above, in a text that may print the page's blocks apart (OCR):
    the page prints those labels side by side, so OCR read that row of the page as
    blocks, and the row under it too; the line is box 2's alone, not the owner's name
    run into the issuer's (``owner_cut``)."""
    rows = block.rows
    if not block.blocks or "BOX1" not in rows or "BOX2" not in rows or closing != len(run) - 1:
        return False
    row = run[0].row
    def alone(label: str) -> bool:
        return [t.kind for t in block.tokens if t.row == rows[label]] == [label]
    return (rows["BOX1"] < rows["BOX2"] == row - 1 and alone("BOX1") and alone("BOX2")
            and [t for t in block.tokens if t.row == row] == run)


#: the relationship labels a title may hold ("10% Owner" and "Other (specify" it never does)
_TITLE_WORDS = ("DIRECTOR", "OFFICER")


def _words_below_labels(tokens: list[Token], blocks: bool = False) -> list[Token]:
    """A relationship's name below the relationship labels is a word of the officer's
    title ("Chief Executive Officer", "Pres,Prod Architect & Director"). ``blocks``: an
    owner listed after the tables that OCR read as blocks, whose box 5 labels may stand
    below "Officer (give" out of their order; only the names a title holds are its words."""
    first = min((t.row for t in tokens if t.kind in ("OFFICER", "OTHER")), default=None)
    if first is None:
        return tokens
    return [Token("TEXT", t.text, t.row, t.piece, t.offset)
            if t.kind in (_TITLE_WORDS if blocks else RELATIONSHIPS) and t.row > first else t
            for t in tokens]


def read_block(lines: list[Line], known: Known, blocks: bool = False,
               issuer_blocks: bool = False) -> Block:
    """The labels of a block of boxes and the words each of its fields certainly holds."""
    tokens = _words_below_labels(box_tokens(lines), blocks)
    block = Block(tokens, _label_rows(tokens), blocks=issuer_blocks)
    block.checked = _checked(tokens)
    has_middle = any(k in block.rows for k in ("BOX2", "BOX3", "BOX4"))
    for row in sorted({t.row for t in tokens}):
        on_row = [t for t in tokens if t.row == row]
        columns = [_column(on_row, i, has_middle) for i in range(len(on_row))]
        low = L
        run: list[Token] = []
        for token, column in zip([*on_row, None], [*columns, R]):
            if token is not None and token.kind == "TEXT" and column is None:
                run.append(token)
                continue
            if run:
                _place(block, run, low, column if column is not None else R, known)
                run = []
            if column is not None:
                low = column
    settle_street_or_title(block.fields, block.unknown)
    return block


# ---------------------------------------------------------------- the block in reading order
def tokens_line(tokens: list[Token]) -> Line:
    """A line of ``tokens``' pieces, in their order."""
    return Line([t.as_piece() for t in tokens])


def _words(block: Block, name: str) -> list[list[Token]]:
    """The words of a field, by row; none where the field is not certain."""
    if name in block.unknown:
        return []
    return [block.fields[name][row] for row in sorted(block.fields.get(name, {}))]


def _city_line(rows: list[list[Token]]) -> Line | None:
    """The city, state and zip as one line: a city wrapped around the line of the
    state and zip has its lines above and below that line joined before it."""
    words = city_around_state([" ".join(t.text for t in row) for row in rows])
    if words is None:
        return None
    first = rows[0][0].as_piece()
    return Line([Piece(words, first.line, first.column)])


def _kinds(block: Block, kinds: tuple[str, ...]) -> list[Token]:
    return [t for t in block.tokens if t.kind in kinds]


def _dates(block: Block, start: str, end: str | None) -> list[Token]:
    rows = block.rows
    return [t for t in block.tokens if t.kind == "TEXT" and DATE_RE.fullmatch(t.text)
            and rows[start] <= t.row and (end is None or end not in rows or t.row < rows[end])]


#: the labels every block prints, in this order down the page; and those of the header
#: and of the relationship box, where the block has them
_BOX1_LABELS = ("BOX1", "NAME_LABELS", "STREET", "CITY")
_HEADER_LABELS = (("BOX2", "BOX3", "BOX4"), ("BOX5", "BOX6"))


def _whole(block: Block, header: bool, blocks: bool = False) -> bool:
    """True where the block shows all its labels once each, in their order down the
    page: a block whose labels the converter broke ("5. R" / "elationship") is not read.
    ``blocks``: OCR may print a listed owner's box 5 among box 1's lines, its labels
    in any order ("C1 Director" / "1 Officer (give" / "5. Relationship ..."); each
    label's mark stays before it, so only box 1's labels need their order."""
    counts: dict[str, int] = {}
    for token in block.tokens:
        counts[token.kind] = counts.get(token.kind, 0) + 1
    rows = block.rows
    chains = [_BOX1_LABELS, *(_header_labels(block) if header else ())]
    if "BOX5" in rows or header:
        chains.append(("BOX5", *RELATIONSHIPS))
    for chain in chains:
        if any(label not in rows for label in chain):
            return False
        if any(rows[a] > rows[b] for a, b in zip(chain, chain[1:])) and not (
                blocks and not header and chain[0] == "BOX5"):
            return False
    singles = ("BOX1", "BOX2", "BOX3", "BOX4", "BOX5", "BOX6", "STREET")
    return all(counts.get(kind, 0) <= 1 for kind in singles)


def _header_labels(block: Block) -> tuple[tuple[str, ...], ...]:
    """The header's labels down its middle and right columns; in a text that may print
    the page's blocks apart (OCR), box 3's label may be missing where OCR garbled it
    ("os wn 5 ee Transaction"): its date is then unknown, box 2 its first line only
    (``_under_box2_alone``)."""
    if block.blocks and "BOX3" not in block.rows:
        return (("BOX2", "BOX4"), _HEADER_LABELS[1])
    return _HEADER_LABELS


def block_lines(block: Block, header: bool = False, blocks: bool = False) -> list[Line]:
    """The block's boxes one after the other, each label followed by its certain words;
    nothing where its labels are not whole (``header``: the page's header, which has
    boxes 2 to 6 too; ``blocks``: as ``_whole`` takes it)."""
    out: list[Line] = []
    if not _whole(block, header, blocks):
        return out

    def add(tokens: list[Token]) -> None:
        if tokens:
            out.append(tokens_line(tokens))

    add(_kinds(block, ("BOX1",)))
    add([t for row in _words(block, "name") for t in row])
    add(_kinds(block, NAME_LABELS))
    for row in _words(block, "street"):
        add(row)
    add(_kinds(block, ("STREET",)))
    city = _words(block, "city")
    if city and (line := _city_line(city)) is not None:
        out.append(line)
    add(_kinds(block, CITY_LABELS))
    if "BOX2" in block.rows:
        add(_kinds(block, ("BOX2",)))
        add([t for row in _words(block, "issuer") for t in row]
            + [t for row in _words(block, "ticker") for t in row])
    for label, end in (("BOX3", "BOX4"), ("BOX4", None)):
        # an empty box's label is left out: a reading-order reader takes labels with no
        # text between them as boxes run together, box 5's title box 4's or box 5's
        if label in block.rows and (dates := _dates(block, label, end)):
            add(_kinds(block, (label,)))
            add(dates)
    right = [t for i, t in enumerate(block.tokens)
             if COLUMN.get(t.kind) == R or t.kind == "CHECK"]
    officer = block.rows.get("OFFICER", block.rows.get("OTHER"))
    if officer is not None and _box6_beside(block.rows, officer):
        six_apart = _box6_tokens(right)
        add([t for n, t in enumerate(right) if n not in six_apart])
        add([t for row in _words(block, "title") for t in row])
        add([t for n, t in enumerate(right) if n in six_apart])
        return out
    six = next((i for i, t in enumerate(right) if t.kind == "BOX6"), len(right))
    add(right[:six])
    add([t for row in _words(block, "title") for t in row])
    add(right[six:])
    return out


def _box6_tokens(right: list[Token]) -> set[int]:
    """The indexes of box 6's tokens among the right column's (box 6 beside box 5, their
    tokens interleaved line by line): its label and the label's tail right after it, its
    two checkboxes' labels and the mark right before each."""
    own: set[int] = set()
    for n, token in enumerate(right):
        if token.kind in BOX6_LABELS:
            own.add(n)
        elif token.kind == "LABEL_TAIL" and n and right[n - 1].kind == "BOX6":
            own.add(n)
        elif token.kind == "CHECK" and n + 1 < len(right) \
                and right[n + 1].kind in ("ONE_PERSON", "MORE_PERSONS"):
            own.add(n)
    return own


def owner_lines(block: Block, blocks: bool) -> list[Line]:
    """An owner listed after the tables in reading order; where its labels are not
    whole, its box 1 label alone: the owner keeps its place in the list (its words
    unknown), so that the owners after it are not read as the ones before them."""
    lines = block_lines(block, blocks=blocks)
    if lines or not (label := _kinds(block, ("BOX1",))):
        return lines
    return [tokens_line(label[:1])]


def _read_block(lines: list[Line], known: Known, reflowed: set[int],
                blocks: bool = False, issuer_blocks: bool = False) -> Block:
    """A block of boxes read; the owner's name, where certain, added to ``known``.
    A street line that may be two run together (``reflowed``) is split where a
    care-of line certainly ends, else the street is not certain. ``issuer_blocks``:
    the header of a text that may print the page's blocks apart (``issuer_alone``)."""
    block = read_block(lines, known, blocks, issuer_blocks)
    street: dict[int, list[Token]] = {}
    for row, words in sorted(block.fields.get("street", {}).items()):
        split = split_care_of_street(_text(words)) if row in reflowed else None
        if row in reflowed and split is None:
            block.unknown.add("street")
        cut = len(split[0].split()) if split else len(words)
        street[2 * row], street[2 * row + 1] = words[:cut], words[cut:]
    block.fields["street"] = {row: words for row, words in street.items() if words}
    name = _words(block, "name")
    if len(name) == 1 and "BOX2" not in block.rows and _whole(block, header=False):
        known.names.append(_text(name[0]))
    return block


def _text(tokens: list[Token]) -> str:
    return " ".join(t.text for t in tokens)


#: the share of box 1's label ("1. Name and Address of Reporting Person*", on one line)
#: that a line of its values surely fills: values are printed larger than labels
LABEL_SHARE = 0.9


def _width(block: Block) -> int:
    """How many characters box 1's column surely holds on a line: as many as the
    longest line it certainly holds, or most of its label's line."""
    label = max((len(" ".join(t.text.split())) for t in _kinds(block, ("BOX1",))), default=0)
    return max([int(LABEL_SHARE * label)] + [len(_text(row)) for name in ("name", "street", "city")
                                             for row in _words(block, name)])


def _check_street_breaks(block: Block, width: int) -> None:
    """The street's lines the column wrapped joined where certain (``wrapped_breaks``);
    else the street not certain where a break between its lines may be a wrap."""
    rows = sorted(block.fields.get("street", {})) if "street" not in block.unknown else []
    street = [block.fields["street"][row] for row in rows]
    wraps = wrapped_breaks([_text(words) for words in street], width)
    if wraps is None:
        block.unknown.add("street")
        return
    for i in sorted(wraps, reverse=True):  # a wrap's next line joins the line it ends
        block.fields["street"][rows[i]] += block.fields["street"].pop(rows[i + 1])
