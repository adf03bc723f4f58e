"""A site's own page of the form: its boxes as short "label| value" rows.

A data vendor's page of a Form 4 prints each box as a row of a table of two
columns, its label short and unnumbered ("Reporting Person| WILLIAMS JEFFREY E",
"Ticker| AAPL", "Relationship| Director ☐ Officer ☒ (title: COO) ..."), one
"Reporting Person" row (and its "CIK", "Address" and "Relationship" rows) per
owner. The labels and the checkbox cells are read with
``grammars/form_short_boxes.lark``; the values go into the same ``Sections`` as
the form's own boxes, and are read into values by ``build.py`` as any box's.
A text may print a row as "label value" on one line, or (a reading-order stream of
the page's PDF) its label alone over its value's lines, or apart from them (``short_stacked.py``).
A value that does not read as its row's shape stays unknown, with a diagnostic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from lark import Token, Transformer, v_args
from lark.exceptions import LarkError

from ..grammar import load, rule_symbols
from ..model import Diagnostic
from ..page import Line, Page
from ..sections import Cell, OwnerBlock, Sections
from ..text import opens_with, split_care_of_street, split_city_line
from .header import overflows

#: the start symbols of form_short_boxes.lark
STARTS = ("label", "roles", "filers", "mark", "columns_i", "columns_ii")
#: the rows that make a header a site's short one: an owner's name and the issuer's
_NEEDED = frozenset({"OWNER_NAME", "ISSUER"})
#: a stream's rows that make its header a site's short one: no paper form opens a line
#: with "Ticker" or with box 3's label unnumbered
_STREAM_NEEDED = _NEEDED | {"TICKER", "EARLIEST"}
#: the most words a label holds ("No Longer Subject to Section 16")
_LABEL_WORDS = 6
#: box 5's labels as the record's relationships
ROLE_OF = {"director": "director", "officer": "officer", "10%owner": "ten_percent_owner",
           "other": "other"}
#: the two boxes above box 1 as the record's fields
_TOP_BOXES = {"NOT_SUBJECT": "not_subject_to_section16", "AFF10B5": "aff10b5_one"}
CIK_DIGITS = re.compile(r"\d{1,10}")
_CHECKED = frozenset("\u2612\u2611")


@dataclass(slots=True)
class ShortRow:
    """One "label| value" row: its label's terminal and its value's cell (lines kept), and
    why the value is left unread where it is (its box is there, its value uncertain)."""

    label: str
    value: Cell
    unread: str | None = None
    #: True where a break of the value's lines may be a converter's wrap
    may_wrap: bool = False


@v_args(inline=True)
class _Boxes(Transformer):
    """The checkbox cells into (label, checked, note) triples."""

    def role(self, role: Token, mark: bool, note: tuple[str, str] | None):
        return ROLE_OF["".join(role.lower().split())], mark, note

    def roles(self, *roles):
        return list(roles)

    def filers(self, first: Token, first_mark: bool, second: Token, second_mark: bool):
        return [(first.lower().startswith("joint"), first_mark),
                (second.lower().startswith("joint"), second_mark)]

    def mark(self, mark: bool) -> bool:
        return mark

    def MARK(self, token: Token) -> bool:
        return str(token) in _CHECKED

    def NOTE(self, token: Token) -> tuple[str, str]:
        kind, _, text = token[1:-1].partition(":")
        return kind.strip(), text.strip()


def parse_whole(text: str, start: str) -> object:
    """``text`` read whole from ``start``, or None where it does not read so."""
    try:
        tree = load("form_short_boxes", STARTS).parse(text, start=start)
    except LarkError:
        return None
    if start == "label":
        label = tree.children[0]
        return label.type if isinstance(label, Token) else None
    return _Boxes().transform(tree)


def short_rows(page: Page, rows: int) -> list[ShortRow]:
    """The header's "label| value" rows: a table's row of two cells whose first is a short
    label. A value's lines a converter printed below its row (html2text's address: lines
    of no cells up to the next row) are the address's own, and so are those printed
    right above it (markitdown's of a PDF: the cell's first line above its row, its last
    below, its label beside its middle line)."""
    found: list[ShortRow] = []
    lines = page.lines[:rows]
    for n, line in enumerate(lines):
        pieces = [p for p in line.pieces if p.text.strip()]
        if not line.cells or len(pieces) != 2:
            continue
        label = parse_whole(pieces[0].text.strip(), "label")
        if label is None:
            continue
        value = pieces[1]
        texts = _lines_above(lines[:n]) if label == "ADDRESS" else []
        texts.append(value.text.strip())
        for below in lines[n + 1:] if label == "ADDRESS" else []:
            if below.cells or not below.text.strip():
                break
            texts.append(below.text.strip())
        found.append(ShortRow(str(label), Cell("\n".join(texts), value.line, value.column)))
    return found


def _lines_above(lines: list[Line]) -> list[str]:
    """The texts of the lines of no cells that end ``lines`` (up to a line of cells or a
    blank one), in their order."""
    texts: list[str] = []
    for above in reversed(lines):
        if above.cells or not above.text.strip():
            break
        texts.insert(0, above.text.strip())
    return texts


@lru_cache(maxsize=None)
def label_openings() -> frozenset[str] | None:
    """The first words of the grammar's labels (its ``label`` rule's terminals), lower
    case ("reporting", "cik", "issuer", ...), collected once: a line whose first word is
    none of them opens no label. None where a label is no terminal or its first word no
    plain word (its pattern may read other words)."""
    parser = load("form_short_boxes", STARTS)
    names = rule_symbols(parser, "label")
    patterns = {t.name: t.pattern.value for t in parser.terminals}
    firsts = {re.split(r"\\s\+", patterns[name])[0] for name in names if name in patterns}
    if not names <= patterns.keys() or not all(f.isalnum() for f in firsts):
        return None
    return frozenset(f.lower() for f in firsts)


def line_label(words: list[str]) -> tuple[str, int] | None:
    """The label a line of words opens with and how many words it takes, the longest that
    reads as one ("Issuer CIK" before "Issuer"); None where no label opens the line (at
    once where its first word opens none: ``label_openings``)."""
    openings = label_openings()
    if words and openings is not None and words[0].lower() not in openings:
        return None
    for count in range(min(_LABEL_WORDS, len(words)), 0, -1):
        label = parse_whole(" ".join(words[:count]), "label")
        if label is not None:
            return str(label), count
    return None


def line_rows(page: Page, rows: int) -> list[ShortRow]:
    """The header's "label value" lines of a page grid (a text browser's or inscriptis'
    page: "   Reporting Person WILLIAMS JEFFREY E", "      CIK        0001496686") or of a
    reading-order stream (pdftotext -raw, pypdf: "Issuer CIK 0000320193"): a line opening
    with a short label and a value after it. The label is cut off by the grammar's
    labels (the longest that reads), not by the spaces, which a browser may print as one.
    The lines of no label around the address's (below it, up to the next labelled line,
    and above it, after the last: a label set beside a cell's middle line) are its own;
    any other line of no label continues the row above it (its value wrapped)."""
    opened_rows: list[tuple[str, list[str], int, int]] = []
    address: list[str] | None = None
    above: list[str] = []  # lines of no label since the last labelled one
    ends: dict[str, float] = {}  # each value line's right end on a grid, by its text
    for line in page.lines[:rows]:
        pieces = [p for p in line.pieces if p.text.strip()]
        words = line.text.split()
        if not pieces or line.cells:
            continue
        end = pieces[-1].x_end if page.shape == "grid" else None
        opened = line_label(words)
        if opened is None:  # the address's next line, or one above its label
            (address if address is not None else above).append(" ".join(words))
            if address is not None and end is not None:
                ends[address[-1]] = end
            continue
        label, count = opened
        if end is not None and count < len(words):
            ends[" ".join(words[count:])] = end
        if label != "ADDRESS" and address is None and above and opened_rows:
            _continue_row(opened_rows[-1][1], above)
        address, lines_above, above = None, above, []
        texts = [" ".join(words[count:])] if count < len(words) else []
        if label == "ADDRESS":  # its label beside its middle line, or alone over its lines
            address = texts = lines_above + texts
        elif not texts:  # a heading alone
            continue
        opened_rows.append((label, texts, pieces[0].line, pieces[0].column))
    return [ShortRow(label, Cell("\n".join(texts), line, column),
                     may_wrap=label == "ADDRESS" and _breaks_may_wrap(texts, ends))
            for label, texts, line, column in opened_rows if texts]


def _breaks_may_wrap(texts: list[str], ends: dict[str, float]) -> bool:
    """True where a break of an address's street lines ``texts`` on a page grid may be
    the converter's wrap of one line, by box 1's rule on the form (``header.overflows``):
    the next line's first word would not have fit after the line within the widest
    value line the header prints (``ends``: the right ends of its labelled lines' values
    and of the address's lines below its label, by text): "3000 SAND HILL ROAD BLDG. 4,"
    / "SUITE 250" may be one line or two. A care-of line ending in a company's legal
    ending over a street number is two lines (``text.split_care_of_street``: "C/O
    MITHRIL CAPITAL MANAGEMENT LLC" / "111 CONGRESS AVENUE")."""
    if not ends:
        return False
    widest = max(ends.values())
    for text, below in zip(texts, texts[1:-1]):
        first = below.split()[:1]
        if (text in ends and first and overflows(ends[text], first[0], widest)
                and split_care_of_street(f"{text} {below}") != [text, below]):
            return True
    return False


def labelled_rows(page: Page, rows: int) -> list[ShortRow]:
    """The header's lines of labels and values (a markdown line whose bold runs are the
    labels: "Reporting Person | Hoffman Reid | CIK | 0001519339 C/O MICROSOFT CORPORATION |
    Address | ONE MICROSOFT WAY REDMOND, WA 98052-6399", each a piece): a line of no cells
    whose first piece reads as a label and whose pieces alternate label and value. The
    words after a CIK's number, where an address follows, are the address's first line
    (its label set beside its middle line); they open the address, its lines run together."""
    found: list[ShortRow] = []
    for line in page.lines[:rows]:
        pieces = [p for p in line.pieces if p.text.strip()]
        if line.cells or len(pieces) < 2 or len(pieces) % 2:
            continue
        labels = [parse_whole(p.text.strip(), "label") for p in pieces[::2]]
        if any(label is None for label in labels):
            continue
        for label, value in zip(labels, pieces[1::2]):
            found.append(ShortRow(str(label), Cell(value.text, value.line, value.column)))
    for row, after in zip(found, found[1:]):
        number, _, rest = row.value.text.partition(" ")
        if (row.label == "CIK" and after.label == "ADDRESS" and rest
                and CIK_DIGITS.fullmatch(number)):
            row.value = Cell(number, row.value.line, row.value.column)
            after.value = Cell(" ".join([rest, after.value.text]), after.value.line,
                               after.value.column)
    return found


def _continue_row(texts: list[str], lines: list[str]) -> None:
    """The lines of no label under a row's value (its value wrapped: "Reid Hoffman & Michelle
    Yee Living" over "Trust", "Director ☐ Officer ☐" over "10% Owner ☒ Other ☐") joined
    onto its last text, space-joined."""
    if texts:
        texts[-1] = " ".join([texts[-1], *lines])


def header_rows(page: Page, rows: int) -> list[ShortRow]:
    """The short rows of a header that is a site's short one (a page of cells, a page grid's
    lines or a stream's lines, holding an owner's name and the issuer rows); none for any
    other header."""
    if page.shape == "cells" and _owner_row_among(page, rows):
        found, needed = short_rows(page, rows), _NEEDED
    elif page.shape == "cells" and _lines_open_with(page, rows, ("reporting person",)):
        found, needed = labelled_rows(page, rows), _NEEDED
    elif page.shape in ("grid", "lines") and _lines_open_with(page, rows, ("reporting person",)):
        found, needed = line_rows(page, rows), _NEEDED
    elif page.shape == "stream" and _lines_open_with(page, rows, ("reporting person", "ticker")):
        found, needed = line_rows(page, rows), _STREAM_NEEDED
    elif page.shape == "stream" and _lines_are(page, rows, ("ticker",)) and (
            _lines_are(page, rows, ("reporting person",))
            or _lines_open_with(page, rows, ("reporting person",))):
        from .short_stacked import stacked_rows  # labels apart from their values
        found, needed = stacked_rows(page, rows), _STREAM_NEEDED
    else:
        return []
    return found if needed <= {r.label for r in found} else []


def _lines_open_with(page: Page, rows: int, openings: tuple[str, ...]) -> bool:
    """True where, for each of ``openings`` (lowercase words), a line of no cells opens with
    it and holds a value after it (spaces folded): looked for before any line is read by
    the grammar (loaded then). The paper form opens no line with "Reporting Person" and a
    value, nor with its "Ticker"."""
    found: set[str] = set()
    for line in page.lines[:rows]:
        words = line.text.lower().split()
        if line.cells or not words:
            continue
        found.update(o for o in openings if len(words) > len(o.split()) and opens_with(words, o))
    return found == set(openings)


def _lines_are(page: Page, rows: int, labels: tuple[str, ...]) -> bool:
    """True where, for each of ``labels`` (lowercase words), a line of no cells is that
    label alone (spaces folded): a stream that prints its labels over their values. The
    paper form prints no line of "Reporting Person" alone beside one of "Ticker" alone."""
    found = {" ".join(line.text.lower().split()) for line in page.lines[:rows] if not line.cells}
    return set(labels) <= found


def _owner_row_among(page: Page, rows: int) -> bool:
    """True where a row of two cells opens with "Reporting Person" (spaces folded): the row
    ``_NEEDED`` requires, looked for before any cell is read by the grammar (loaded then)."""
    return any(len(pieces) == 2 and " ".join(pieces[0].text.split()).lower() == "reporting person"
               for line in page.lines[:rows] if line.cells
               for pieces in [[p for p in line.pieces if p.text.strip()]])


def read(found: list[ShortRow], sections: Sections) -> None:
    """The header's boxes from its short rows (``header_rows``) into ``sections``."""
    owner: OwnerBlock | None = None
    owner_rows: set[str] = set()  # the labels of the rows read for the owner above
    for row in found:
        value = row.value
        if row.unread is not None:
            _doubt(sections, value, "issuer", row.unread)
        elif row.label == "OWNER_NAME":
            owner, owner_rows = OwnerBlock(name=value), set()
            sections.owners.append(owner)
        elif row.label in ("CIK", "ADDRESS", "RELATIONSHIP") and owner is not None:
            if row.label in owner_rows:  # another owner's, whose name went unread
                _doubt(sections, value, "reporting_owners", "a second row of the same box "
                       "for one owner: the next owner's name went unread, so the rows up "
                       "to the next name are left out")
                owner = None
                continue
            owner_rows.add(row.label)
            _owner_row(row, owner, sections)
        elif row.label == "ISSUER":
            sections.issuer_name = value
        elif row.label == "TICKER":
            sections.ticker = value
        elif row.label == "ISSUER_CIK":
            sections.issuer_cik = _cik(value)
        elif row.label == "EARLIEST":
            sections.period_of_report = value
        elif row.label == "FILING":
            sections.more_than_one = _joint(value, sections)
        elif row.label in ("NOT_SUBJECT", "AFF10B5"):
            checked = parse_whole(value.text, "mark")
            if checked is None:
                _doubt(sections, value, _TOP_BOXES[row.label], "the box does not read as one "
                       "mark: it is left unknown")
            elif row.label == "NOT_SUBJECT":
                sections.not_subject = bool(checked)
            else:
                sections.aff10b5 = bool(checked)
    sections.marks_kept = True


def check_owner_count(page: Page, rows: int, sections: Sections) -> None:
    """The reporting owners left out (damaged) where the page's part headings count them
    ("Reporting Owner 2 of 8": 8 owners) and another number of owners was read: a
    converter printed some owners' rows in a shape not read, and the record would name
    some of the filing's owners as all of them."""
    counted = _owners_counted(page, rows)
    if counted is None or counted == len(sections.owners):
        return
    sections.damaged.add("reporting_owners")
    line = next((b.name.line for b in sections.owners if b.name is not None), None)
    sections.diagnostics.append(Diagnostic(
        line, None, "reporting_owners", f"the page counts {counted} reporting owners and "
        f"{len(sections.owners)} were read: the owners are left unknown", "warning"))


def _owners_counted(page: Page, rows: int) -> int | None:
    """How many owners the page's part headings count (``OWNER_HEADING``'s "2 of 8": 8;
    the most any heading counts), None where no heading counts them."""
    counts = [int(numbers[1]) for line in page.lines[:rows] for piece in line.pieces
              if (text := piece.text.strip()) and text[:1] in "Rr|"
              and parse_whole(text.strip("| "), "label") == "OWNER_HEADING"
              and len(numbers := re.findall(r"[0-9]+", text)) == 2]
    return max(counts, default=None)


def _owner_row(row: ShortRow, owner: OwnerBlock, sections: Sections) -> None:
    """An owner's CIK, address or relationships."""
    value = row.value
    if row.label == "CIK":
        owner.cik = _cik(value)
    elif row.label == "ADDRESS":
        _address(value, owner, sections)
        _wraps_doubted(row, owner, sections)
    else:
        roles = parse_whole(value.text, "roles")
        if not isinstance(roles, list) or sorted(r for r, _, _ in roles) != sorted(ROLE_OF.values()):
            _doubt(sections, value, "reporting_owners", "the relationship boxes do not read "
                   "as each of the four labels once, followed by its mark: they are left "
                   "unknown")
            return
        owner.checked = {role for role, checked, _ in roles if checked}
        for role, checked, note in roles:
            if note is None or not checked:
                continue
            kind, text = note
            cell = Cell(text, value.line, value.column)
            if kind == "title" and role == "officer":
                owner.officer_title = cell
            elif kind == "specify" and role == "other":
                owner.other_text = cell


def _address(value: Cell, owner: OwnerBlock, sections: Sections) -> None:
    """The street lines and the city line ("AUSTIN, TX 78701", "LONDON,, X0 W1K 3JP": the
    page puts a comma after the city as filed) of an address cell of several lines; unknown where its lines ran together (one
    line: where the street ends is lost)."""
    lines = [line.strip() for line in value.text.split("\n") if line.strip()]
    city, state, zip_code = split_city_line(lines[-1])
    page_comma = city is not None and city.endswith(",")  # the page's, after the city as filed
    city = (city[:-1].rstrip() or None) if city is not None and page_comma else city
    if city is None or state is None or zip_code is None:
        _doubt(sections, value, "reporting_owners.street1", "the address does not end in a "
               "city line (city, state and zip): it is left unknown")
        return
    if len(lines) == 1:  # its lines ran together: the state and zip end it still
        if page_comma:
            owner.state, owner.zip = (Cell(text, value.line, value.column)
                                      for text in (state, zip_code))
        _doubt(sections, value, "reporting_owners.street1", "the address runs its lines "
               "together: where the street ends and the city begins is lost, so they are "
               "left unknown")
        return
    owner.street = [Cell(line, value.line, value.column) for line in lines[:-1]]
    owner.city, owner.state, owner.zip = (Cell(text, value.line, value.column)
                                          for text in (city, state, zip_code))


def _wraps_doubted(row: ShortRow, owner: OwnerBlock, sections: Sections) -> None:
    """The street lines left unknown where a break between them may be the converter's
    wrap ("3000 SAND HILL ROAD BLDG. 4, SUITE" / "250": one line or two is lost)."""
    if not owner.street or not row.may_wrap:
        return
    owner.street = []
    _doubt(sections, row.value, "reporting_owners.street1", "the address's lines break where "
           "the converter may have wrapped one line too wide for its column: its street "
           "lines are left unknown")


def _joint(value: Cell, sections: Sections) -> bool | None:
    """Box 6: True for a joint filing, False for one person's, None where not one mark."""
    filers = parse_whole(value.text, "filers")
    chosen = [joint for joint, checked in filers if checked] if isinstance(filers, list) else []
    if len(chosen) != 1:
        _doubt(sections, value, "filed_by_more_than_one_person",
               "the filing boxes do not read as one of the two marked")
        return None
    return chosen[0]


def _cik(value: Cell) -> str | None:
    text = value.text.strip()
    return text if CIK_DIGITS.fullmatch(text) else None


def _doubt(sections: Sections, at: Cell, field: str, why: str) -> None:
    sections.diagnostics.append(Diagnostic(at.line, at.column, field, why, "warning"))
