"""Header boxes read by paragraphs, in reading-order streams that print a box's labels
apart from its values.

A PDF text extractor in reading order (pdfminer, pdftotext without -layout) prints
each block of the page as a paragraph, blank lines between: a box's label and the
value under it where the two stand close, else each apart, and the boxes in an order
of their own ("1. Name ...", the name, "2. Issuer ...", its value, "(Last)",
"(First)", "(Middle)", the street, "3. Date ...", "(Street)", the city ...). Where
reading by the last label before a value leaves a box unknown, its value is read from
the paragraphs here, only where the text shows that a paragraph is a block of the
page (some paragraph holds lines one after another) and the box's own labels
bound it.
"""

from __future__ import annotations

import re
from itertools import groupby

from ..model import Diagnostic
from ..page import Line
from ..sections import Cell, OwnerBlock
from ..shapes.street_lines import CARE_OF, STREET_LINES, street_shaped
from ..text import ZIP, split_city_line
from .atoms import Atom, blocks_apart
from .checkboxes import MARKS
from .header import CITY_LABELS, DATE, ISSUER, NAME_LABELS, cell_of, city_line_cells


def paragraph_issuer(lines: list[Line]) -> tuple[Cell | None, Cell | None]:
    """Box 2 where a reading-order text printed it away from its label (pdftotext
    moves the labels of boxes 1, 2 and 5 together, then their values): the one line
    of the header that holds a "[", if it reads in full as a name and its "[ ticker ]"
    and stands as a paragraph of its own. A text whose paragraphs are a cell's lines
    (some of its paragraphs hold several) prints a name wrapped in its cell on the
    lines of one paragraph: one standing alone is whole. Else both are unknown."""
    numbers = [line.pieces[0].line for line in lines]
    bracketed = [i for i, line in enumerate(lines) if "[" in line.text or "]" in line.text]
    if len(bracketed) != 1 or not any(b - a == 1 for a, b in zip(numbers, numbers[1:])):
        return None, None
    at = bracketed[0]
    alone = ((at == 0 or numbers[at - 1] < numbers[at] - 1)
             and (at + 1 == len(numbers) or numbers[at + 1] > numbers[at] + 1))
    match = ISSUER.fullmatch(lines[at].text.strip())
    if not alone or match is None or not match.group("name") or not match.group("ticker"):
        return None, None
    place = lines[at].pieces[0]
    return (Cell(match.group("name"), place.line, place.column),
            Cell(match.group("ticker"), place.line, place.column))


# the labels of boxes whose text may stand among box 1's own labels: their paragraph
# (label and the value under it) is theirs
_OTHER_BOXES = frozenset({"BOX2", "BOX3", "BOX4"})
# box 1's own labels under its name and under its city line, printed in any order
_NAME_LABELS, _PLACE_LABELS = NAME_LABELS, CITY_LABELS


def _paragraphs(atoms: list[Atom]) -> list[list[Atom]]:
    """``atoms`` cut where a blank line stands between two of them."""
    return [atoms[start:end] for start, end in blocks_apart(atoms)]


def _once(atoms: list[Atom], kinds: tuple[str, ...]) -> list[int] | None:
    """Where each label of ``kinds`` stands, if each is printed once."""
    found = [[i for i, a in enumerate(atoms) if a.kind == kind] for kind in kinds]
    return [f[0] for f in found] if all(len(f) == 1 for f in found) else None


def _over_its_label(atoms: list[Atom], at: int) -> bool:
    """True where a line of text stands right over the label at ``at``, in its paragraph."""
    return at > 0 and atoms[at - 1].kind == "TEXT" and atoms[at - 1].line == atoms[at].line - 1


def paragraph_owner(atoms: list[Atom]) -> OwnerBlock | None:
    """Box 1 from the header's atoms (lexed in the "boxes" context) of a stream: the name
    on the lines under "1. Name and Address ..." in its paragraph; the street, the
    paragraphs between "(Last) (First) (Middle)" and "(Street)" that hold no other
    box's label, one line each; city, state and zip, what follows "(Street)" up to
    "(City) (State) (Zip)". None where box 1's labels are not each printed once, in the
    form's order (name, street, place; each group's own in any), no name stands under
    its label in its paragraph (save where the street's last line stands right over
    "(Street)" in its paragraph, which shows the paragraphs are the page's blocks: the
    name, apart, is then left unknown), a street paragraph holds a lone date (a box's
    date printed apart from its label), or another box's label stands among city, state
    and zip (one after them, only labels following it, ends them:
    ``_place_before_labels``). A street paragraph of several lines (one line wrapped or
    two lines: either) leaves the street unknown, the name and the place read."""
    single = _once(atoms, ("BOX1", "STREET"))
    names = _once(atoms, _NAME_LABELS)
    places = _once(atoms, _PLACE_LABELS)
    if single is None or names is None or places is None:
        return None
    (box1, street), names_end, place_end = single, max(names), min(places)
    if not box1 < min(names) <= names_end < street < place_end:
        return None
    name = [a for a in _paragraphs(atoms[box1:])[0] if a.line > atoms[box1].line]
    if any(a.kind != "TEXT" for a in name):
        return None
    if not name and not _over_its_label(atoms, street):
        return None  # the name under its label, in its paragraph, shows what one is
    block = OwnerBlock(name=cell_of([a for a in name if a.text != "*"]))
    streets: list[Cell] = []
    wrapped = False
    for paragraph in _paragraphs(atoms[names_end + 1:street]):
        if paragraph[0].kind in _OTHER_BOXES:
            continue
        texts = [a for a in paragraph if a.kind == "TEXT"]
        if len(texts) != len(paragraph) or DATE.fullmatch(" ".join(a.text for a in texts)):
            return None
        wrapped = wrapped or len({a.line for a in texts}) > 1
        streets.append(cell_of(texts))  # type: ignore[arg-type]
    block.street = [] if wrapped else streets  # a line wrapped, or two lines: left unknown
    place = _place_before_labels(atoms[street + 1:place_end])
    if place is None:
        return None
    whole = cell_of(place)
    if whole is not None:
        found = split_city_line(whole.text)
        block.city, block.state, block.zip = (
            Cell(text, whole.line, whole.column) if text else None for text in found)
    return block


def _place_before_labels(atoms: list[Atom]) -> list[Atom] | None:
    """The city line's words between "(Street)" and "(City) (State) (Zip)": all of
    them, or those up to another box's label where only labels follow it (pdfminer:
    "(Street)", "AUSTIN", "TX", "78725", "4. If Amendment ...", "(City)": box 4's value
    would be a date, printed after its label). None where a label stands among the
    words (whose box they are is not told)."""
    end = next((i for i, a in enumerate(atoms) if a.kind != "TEXT"), len(atoms))
    if any(a.kind == "TEXT" for a in atoms[end:]) or any(
            a.kind not in _OTHER_BOXES for a in atoms[end:end + 1]):
        return None
    return atoms[:end]


def name_over_its_label(atoms: list[Atom]) -> Cell | None:
    """Box 1's name where a stream printed it with the label under it and the rest of
    the box apart (pdftotext: "WILLIAMS JEFFREY E" then "(First)", one paragraph, the
    other labels and box 1's label elsewhere): the page's block that holds the name
    holds the label printed right under it. Read only where exactly one of "(Last)",
    "(First)", "(Middle)" has words of one line and no other box's (no "[ ticker ]")
    right before it in its paragraph; else None. Not asked of a page whose box 6 says
    more than one reporting person (``reader.page_owner``): each owner may stand under
    labels of its own, and the name over one is any owner's. Where box 6 is not read,
    a name label standing twice says the same: None."""
    if any(sum(a.kind == kind for a in atoms) > 1 for kind in _NAME_LABELS):
        return None
    found: list[list[Atom]] = []
    for paragraph in _paragraphs(atoms):
        at = next((i for i, a in enumerate(paragraph) if a.kind in _NAME_LABELS), None)
        above = paragraph[:at] if at else []
        if (above and all(a.kind == "TEXT" and "[" not in a.text for a in above)
                and len({a.line for a in above}) == 1):
            found.append(above)
    return cell_of(found[0]) if len(found) == 1 else None


def place_over_its_labels(atoms: list[Atom]) -> tuple[Cell, Cell, Cell] | None:
    """Box 1's city, state and zip where a stream printed each as a paragraph right
    before "(City)", "(State)", "(Zip)", each of those a paragraph of its own, in that
    order (pdftotext: "CUPERTINO", "CA", "95014", "(City)", "(State)", "(Zip)"). Read
    only where the three read as a city line (a state code, then a zip) split exactly
    at the paragraphs and the city holds no digit (a street's line run into it would);
    else None."""
    paragraphs = _paragraphs(atoms)
    labels = [tuple(a.kind for a in p) for p in paragraphs]
    at = next((i for i in range(3, len(paragraphs) - 2)
               if labels[i:i + 3] == [("CITY",), ("STATE",), ("ZIP",)]), None)
    if at is None or any(a.kind != "TEXT" for p in paragraphs[at - 3:at] for a in p):
        return None
    cells = [cell_of(p) for p in paragraphs[at - 3:at]]
    texts = tuple(c.text if c is not None else "" for c in cells)
    if split_city_line(" ".join(texts)) != texts or any(ch.isdigit() for ch in texts[0]):
        return None
    return cells[0], cells[1], cells[2]  # type: ignore[return-value]


def _only_date(atoms: list[Atom]) -> int | None:
    """Index of the header's only date, None where it holds none or several."""
    dates = [i for i, a in enumerate(atoms) if a.kind == "TEXT" and DATE.fullmatch(a.text)]
    return dates[0] if len(dates) == 1 else None


def box3_only_date(atoms: list[Atom]) -> Cell | None:
    """Box 3's date where a stream printed it away from its label: the header's only
    date (a Form 4 always fills box 3, and box 4 only when it amends a filing, so a
    header of one date holds box 3's). None where the header holds none or several."""
    date = _only_date(atoms)
    if date is None:
        return None
    return Cell(atoms[date].text, atoms[date].line, atoms[date].column)


def _text_up_to_label(atoms: list[Atom], start: int) -> tuple[list[Atom], str | None]:
    """The words from ``start`` up to the next label (checkbox marks among them pass
    over: a stream prints a mark where its block falls), and that label's kind (None
    where the words run to the end)."""
    run: list[Atom] = []
    for atom in atoms[start:]:
        if atom.kind in MARKS:
            continue
        if atom.kind != "TEXT":
            return run, atom.kind
        run.append(atom)
    return run, None


# a line that ends as a city line does ("PITTSBURGH PA", "MENLO PARK CA 94025"): a
# state's code, with or without its zip
PLACE_END = re.compile(r"\s[A-Z]{2}(\s+[0-9][0-9-]*)?$")


def street_after_date(atoms: list[Atom]) -> list[Cell] | None:
    """Box 1's two street lines where a stream printed them right after box 3's date,
    before box 4's label (pdftotext: "12/21/2021", "C/O TESLA, INC.", "X", "13101
    HAROLD GREEN ROAD", "4. If Amendment ..."): the header's only date, then exactly
    two lines of text (checkbox marks between them pass over) up to box 4's label,
    the first opening as a street line does (a care-of or a house number), both in
    capitals and neither ending as a city line does. The ownership XML holds two
    street lines, so two such lines are the whole street; one line could be the
    second street line only (the first printed elsewhere), and is read only where it
    is alone after the date (``_alone_after_date``). Else None."""
    date = _only_date(atoms)
    if date is None:
        return None
    run, label = _text_up_to_label(atoms, date + 1)
    if label != "BOX4":
        return None
    lines = [cell_of(line) for line in _lines_of(run)
             if not ISSUER.fullmatch(" ".join(a.text for a in line))]
    texts = [c.text for c in lines if c is not None]
    if not 1 <= len(texts) <= STREET_LINES or not street_shaped(texts[0]) or any(
            not text.isupper() or PLACE_END.search(text) for text in texts):
        return None
    if len(texts) < STREET_LINES and not _alone_after_date(atoms, date):
        return None
    return [c for c in lines if c is not None]


def _alone_after_date(atoms: list[Atom], date: int) -> bool:
    """True where a street of one line read after box 3's date is the whole street
    ("(Middle)", "08/12/2019", "ONE APPLE PARK WAY", "4. If Amendment ..."): box 1's
    name labels, each printed once, with no street line from the first of them up to
    the date (``_no_street_among_names``: a stream prints a first street line that
    stands apart from the second among or after the name's labels: "(Middle)",
    "JETBLUE AIRWAYS", "Chief", ..., "03/10/2025", "27-01 QUEENS PLAZA NORTH"), and no
    other line of the header opens as a street line (``_one_street_shaped``: else that
    line may be the first)."""
    names = _once(atoms, _NAME_LABELS)
    return (names is not None and max(names) < date
            and _no_street_among_names(atoms, min(names), date, names[0])
            and _one_street_shaped(atoms))


# the form's own words a stream prints among box 1's name labels (the OMB box, the
# Commission's address)
_FORM_WORDS = re.compile(r"OMB APPROVAL|Washington, D\.C\. 20549")


def _no_street_among_names(atoms: list[Atom], start: int, end: int, last: int) -> bool:
    """True where no line of text from box 1's first name label (``start``) up to box
    3's date (``end``) may be a street line: each is box 2's issuer line, the name
    right over its "(Last)" label (``last``) or the form's own words (pdftotext:
    "(First)", "Apple Inc. [ AAPL ]", "LEVINSON ARTHUR D", "(Last)", "OMB APPROVAL",
    "Washington, D.C. 20549", "X", "(Middle)", "08/12/2019")."""
    name = atoms[last - 1] if _over_its_label(atoms, last) else None
    for line in _lines_of([a for a in atoms[start + 1:end] if a.kind == "TEXT"]):
        text = " ".join(a.text for a in line)
        if not (ISSUER.fullmatch(text) or _FORM_WORDS.fullmatch(text) or line[-1] is name):
            return False
    return True


def _one_street_shaped(atoms: list[Atom]) -> bool:
    """True where exactly one line of the header's text opens as a street line of its
    own does (``_opens_a_line``: a care-of, a house number or a building's unit)."""
    texts = [a for a in atoms if a.kind == "TEXT"]
    return sum(_opens_a_line(" ".join(a.text for a in line)) for line in _lines_of(texts)) == 1


def place_after_street_label(atoms: list[Atom]) -> tuple[Cell, Cell, Cell | None] | None:
    """Box 1's city, state and zip where a stream printed the city's line right under
    "(Street)", the labels "(City)", "(State)", "(Zip)" elsewhere (pdftotext: "(Street)",
    "PLEASANTON CA", "6. Individual ..."; "(Street)", "AUSTIN", "TX", "X", "78725",
    "Form filed by One ..."): the lines of text after the street's label up to the next
    label (checkbox marks among them pass over), read only where they end with a
    state's code, alone or followed by a zip (a city wrapped around its state, "LONG
    ISLAND" / "NY" / "CITY", reads as none). The zip is None where the text printed
    it elsewhere. Else None."""
    start = next((i for i, a in enumerate(atoms) if a.kind == "STREET"), None)
    if start is None:
        return None
    whole = cell_of(_text_up_to_label(atoms, start + 1)[0])
    if whole is None:
        return None
    city, state, zip_code = split_city_line(whole.text)
    if city is None or state is None or any(ch.isdigit() for ch in city):
        return None
    return (Cell(city, whole.line, whole.column), Cell(state, whole.line, whole.column),
            Cell(zip_code, whole.line, whole.column) if zip_code else None)


# what may stand between box 1's name labels and its street where a stream printed the
# street before box 3's date: box 2's, 3's and 5's labels, the Director and 10% Owner
# boxes and their marks (an officer's title or an "Other" text is printed after its
# label, so those labels end the stretch)
_BEFORE_STREET = frozenset({"BOX2", "BOX3", "BOX5", "LABEL_TAIL", "DIRECTOR", "TEN_PERCENT",
                            *MARKS})


def _lines_of(atoms: list[Atom]) -> list[list[Atom]]:
    return [list(g) for _, g in groupby(atoms, key=lambda a: a.line)]


def street_before_date(atoms: list[Atom]) -> list[Cell] | None:
    """Box 1's street where a stream printed it after box 1's name labels and before box
    3's date, the labels of the boxes beside it among them (pdftotext: "(Last) (First)
    (Middle)", "X Director", "3. Date of Earliest ...", "ONE LETTERMAN DRIVE", "BUILDING
    D, 5TH FLOOR", "Officer (give title below)", "01/03/2023", "(Street)"): the one
    paragraph of text there (box 2's "name [ ticker ]" line aside), of one or two lines
    in capitals, each opening as a street line does (the second may open with a
    building's unit: else it may be the first wrapped), none ending as a city line
    does, and no Officer or Other label before it (whose text would stand under it).
    One line is the whole street only where the date ends it and no other line opens as
    a street line (``_alone_before_date``: else the other line may be printed elsewhere).
    Else None."""
    names, street = _once(atoms, _NAME_LABELS), _once(atoms, ("STREET",))
    if names is None or street is None or max(names) > street[0]:
        return None
    stretch: list[Atom] = []
    end = street[0]
    for i in range(max(names) + 1, street[0]):
        atom = atoms[i]
        if atom.kind == "TEXT" and DATE.fullmatch(atom.text) or atom.kind not in (
                "TEXT", *_BEFORE_STREET):
            end = i
            break
        if atom.kind == "TEXT":
            stretch.append(atom)
    lines = _first_paragraph_of_two([line for line in _lines_of(stretch)
                                     if not ISSUER.fullmatch(" ".join(a.text for a in line))])
    texts = [" ".join(a.text for a in line) for line in lines]
    if (not 1 <= len(lines) <= STREET_LINES or not street_shaped(texts[0])
            or any(b[0].line != a[0].line + 1 for a, b in zip(lines, lines[1:]))
            or any(not t.isupper() or PLACE_END.search(t) or DATE.search(t) for t in texts)
            or any(a.kind in ("OFFICER", "OTHER") for a in atoms[:max(names)])):
        return None
    if len(lines) < STREET_LINES and not _alone_before_date(atoms, end, street[0]):
        return None
    if len(lines) == STREET_LINES and not _opens_a_line(texts[1]):
        return None  # "C/O SEQUOIA CAPITAL, 2800 SAND HILL" / "ROAD": a line wrapped
    return [c for c in (cell_of(line) for line in lines) if c is not None]


def _first_paragraph_of_two(lines: list[list[Atom]]) -> list[list[Atom]]:
    """``lines`` (a stretch of text after box 1's name labels), or its first two lines
    where they are a paragraph of their own (one text line after the other, the next
    line apart: pdftotext, "(Middle)", "C/O PALANTIR TECHNOLOGIES INC.", "1200 17TH
    STREET, FLOOR 15", "X", "3. Date of Earliest ...", "80202"): the ownership XML holds
    two street lines at most, so such a paragraph right after the name's labels is the
    whole street (``street_before_date`` asks the same of its lines) and what follows
    it is another box's."""
    if (len(lines) > STREET_LINES and lines[1][0].line == lines[0][0].line + 1
            and lines[2][0].line != lines[1][0].line + 1):
        return lines[:STREET_LINES]
    return lines


# the opening of a second street line that is none of the first's words wrapped:
# a unit of the building ("SUITE 101", "BUILDING D, 5TH FLOOR")
_UNIT = re.compile(r"(?:SUITE|STE\.?|BUILDING|BLDG\.?|FLOOR|UNIT|ROOM)\s")


def _opens_a_line(text: str) -> bool:
    """True where a line opens as a street line of its own (a care-of, a house number or
    a building's unit), not as the rest of a line the column wrapped ("ROAD")."""
    return street_shaped(text) or _UNIT.match(text) is not None


def _alone_before_date(atoms: list[Atom], end: int, street: int) -> bool:
    """True where a street of one line read before box 3's date is the whole street: the
    date ends its stretch (``end``), nothing but labels and marks follows it up to
    "(Street)" (``street``), and no other line of the header opens as a street line."""
    if not (atoms[end].kind == "TEXT" and DATE.fullmatch(atoms[end].text)):
        return False
    if any(a.kind == "TEXT" for a in atoms[end + 1:street]):
        return False
    return _one_street_shaped(atoms)


def place_after_labels(atoms: list[Atom]) -> tuple[Cell, Cell, Cell] | None:
    """Box 1's city, state and zip where a stream printed the city's line after
    "(Street)" with other boxes' labels between (pdftotext: "(Street)", "4. If
    Amendment ...", "SAN FRANCISCO CA 94129", "10% Owner", ... "(City) (State)
    (Zip)"): the first line of text after "(Street)" (labels and marks passed over),
    before "(City)", read only where it reads whole as a city with no digit, a state's
    code and a zip, or as a city and a state's code with the next line of text a zip
    alone (the zip's cell printed as a paragraph of its own: "CENTENNIAL CO", "80112",
    "(City)"). Else None."""
    street, city = _once(atoms, ("STREET",)), _once(atoms, ("CITY",))
    if street is None or city is None or city[0] < street[0]:
        return None
    texts = [a for a in atoms[street[0] + 1:city[0]] if a.kind == "TEXT"]
    if not texts:
        return None
    lines = _lines_of(texts)
    whole = cell_of(lines[0])
    if len(lines) > 1 and whole is not None and _zip_alone(lines[1]) \
            and split_city_line(whole.text)[2] is None:
        whole = Cell(f"{whole.text} {lines[1][0].text}", whole.line, whole.column)
    return city_line_cells(whole)


def _zip_alone(line: list[Atom]) -> bool:
    """True where a line holds one word that reads as a zip only ("80112", "94043-1234")."""
    return len(line) == 1 and ZIP.fullmatch(line[0].text) is not None


def place_around_street_label(atoms: list[Atom]) -> tuple[Cell, Cell, Cell] | None:
    """Box 1's city, state and zip where a stream printed the state and the zip right
    before "(City)", "(State)", "(Zip)" and the city right under "(Street)", where the
    page sets it (pdftotext: "CA", "95014", "(City)", "(State)", "(Zip)", ...,
    "(Street)", "CUPERTINO", "Director"): the two paragraphs before those labels, each
    one word, the paragraph before them ending with no text (a label), and the words after
    "(Street)" up to the next label (``_text_up_to_label``: marks pass over), in
    capitals and holding no digit; read only where the three read whole as a city
    line (the city's words no state's code and zip of their own). Else None."""
    paragraphs = _paragraphs(atoms)
    labels = [tuple(a.kind for a in p) for p in paragraphs]
    at = next((i for i in range(2, len(paragraphs) - 2)
               if labels[i:i + 3] == [("CITY",), ("STATE",), ("ZIP",)]), None)
    start = next((i for i, a in enumerate(atoms) if a.kind == "STREET"), None)
    if at is None or start is None or labels[at - 2:at] != [("TEXT",), ("TEXT",)] \
            or at > 2 and labels[at - 3][-1] == "TEXT":
        return None
    words = _text_up_to_label(atoms, start + 1)[0]
    named = cell_of(words)
    if named is None or len({a.line for a in words}) != 1 or not named.text.isupper() \
            or any(ch.isdigit() for ch in named.text) or split_city_line(named.text)[1]:
        return None
    state, zip_code = paragraphs[at - 2][0].text, paragraphs[at - 1][0].text
    whole = city_line_cells(Cell(f"{named.text} {state} {zip_code}", named.line, named.column))
    if whole is None or (whole[1].text, whole[2].text) != (state, zip_code):
        return None
    return whole


def _care_of_and_city(atoms: list[Atom]) -> tuple[Cell | None, Cell] | None:
    """The lines a stream printed right after box 3's date, up to the next label (marks
    and box 4's label pass over), where they are a city line of a city in capitals with
    no digit and a state's code, maybe after a care-of line (pdftotext: "07/19/2017",
    "C/O FACEBOOK, INC.", "MENLO PARK CA", "Director"; "02/27/2024", "4. If Amendment
    ...", "PITTSBURGH PA", "Director"): the first street line and the city line stand
    on the page beside box 3's date, the city line under it. The care-of line (None
    where there is none) and the city line; else None."""
    date = _only_date(atoms)
    if date is None:
        return None
    after = [a for a in atoms[date + 1:] if a.kind != "BOX4"]
    lines = [c for c in map(cell_of, _lines_of(_text_up_to_label(after, 0)[0])) if c]
    if not 1 <= len(lines) <= 2:
        return None
    care_of, place = (None, lines[0]) if len(lines) == 1 else (lines[0], lines[1])
    city, state, zip_code = split_city_line(place.text)
    if (care_of is not None and (not care_of.text.startswith(f"{CARE_OF} ")
                                 or not street_shaped(care_of.text))
            or city is None or state is None or zip_code is not None
            or not place.text.isupper() or any(ch.isdigit() for ch in city)):
        return None
    return care_of, place


def place_beside_date(atoms: list[Atom]) -> tuple[Cell, Cell, Cell] | None:
    """Box 1's city, state and zip where a stream printed the city and the state after
    the care-of line beside box 3's date (``_care_of_and_city``) and the zip alone right
    under "(Street)" (pdftotext: "(Street)", "94025", "10% Owner", ..., "07/19/2017",
    "C/O FACEBOOK, INC.", "MENLO PARK CA", "Director"): the words after "(Street)" up to
    the next label are one word reading as a zip only. Else None."""
    found, street = _care_of_and_city(atoms), _once(atoms, ("STREET",))
    if found is None or street is None:
        return None
    words = _text_up_to_label(atoms, street[0] + 1)[0]
    if not _zip_alone(words):
        return None
    place = found[1]
    return city_line_cells(Cell(f"{place.text} {words[0].text}", place.line, place.column))


def street_beside_date(atoms: list[Atom]) -> list[Cell] | None:
    """Box 1's two street lines where a stream printed the care-of line beside box 3's
    date (``_care_of_and_city``) and the second line right after box 1's name labels,
    alone up to box 4's label (pdftotext: "(Middle)", "1601 WILLOW ROAD", "4. If
    Amendment ..."): that one line in capitals, opening as a street line of its own
    and not ending as a city line does. A care-of line opens an address: it is the
    first. Else None."""
    found, names, box4 = _care_of_and_city(atoms), _once(atoms, _NAME_LABELS), _once(
        atoms, ("BOX4",))
    if found is None or found[0] is None or names is None or box4 is None \
            or max(names) > box4[0]:
        return None
    between = [a for a in atoms[max(names) + 1:box4[0]] if a.kind not in MARKS]
    second = cell_of(between)
    if (second is None or any(a.kind != "TEXT" for a in between)
            or len({a.line for a in between}) != 1 or not second.text.isupper()
            or not _opens_a_line(second.text) or PLACE_END.search(second.text)):
        return None
    return [found[0], second]


def street_around_date(atoms: list[Atom]) -> list[Cell] | None:
    """Box 1's two street lines where a stream printed them after box 3's label, its
    date between them, before "(Street)" (pdftotext: "3. Date of Earliest ...", "C/O
    ARROW ELECTRONICS, INC.", "02/12/2025", "9151 EAST PANORAMA CIRCLE", "(Street)"):
    the words there, box 3's label and "(Street)" each printed once and no other label
    between (marks pass over), the header's only date aside, are exactly two lines in
    capitals, the first opening as a street line does, the second as a line of its own
    (``_opens_a_line``), neither ending as a city line does. One line could be the
    second street line only (the first printed elsewhere): it is not read. Else None."""
    box3, street, date = _once(atoms, ("BOX3",)), _once(atoms, ("STREET",)), _only_date(atoms)
    if box3 is None or street is None or date is None or not box3[0] < date < street[0]:
        return None
    between = [a for a in atoms[box3[0] + 1:street[0]] if a.kind not in MARKS]
    if any(a.kind != "TEXT" for a in between):
        return None
    lines = _lines_of([a for a in between if a is not atoms[date]])
    texts = [" ".join(a.text for a in line) for line in lines]
    if (len(lines) != STREET_LINES or not street_shaped(texts[0]) or not _opens_a_line(texts[1])
            or any(not t.isupper() or PLACE_END.search(t) or DATE.search(t) for t in texts)):
        return None
    return [c for c in (cell_of(line) for line in lines) if c is not None]


def title_after_date(atoms: list[Atom]) -> Cell | None:
    """The officer's title where a stream printed it after box 3's date, the date right
    after the checked "X Officer (give title below)" (pdftotext: "X Officer (give title
    below)", "12/21/2021", "CEO", "4. If Amendment ..."): the one line of text between
    the header's only date and the next label (on a line of its own), read only where it
    opens as no street line, ends as no city line and holds no "[". Else None."""
    date = _only_date(atoms)
    officer = next((i for i, a in enumerate(atoms) if a.kind == "OFFICER"), None)
    if date is None or officer is None or officer == 0 or atoms[officer - 1].kind not in MARKS:
        return None
    if any(a.kind != "LABEL_TAIL" for a in atoms[officer + 1:date]):
        return None
    end = next((j for j in range(date + 1, len(atoms)) if atoms[j].kind != "TEXT"), None)
    lines = _lines_of(atoms[date + 1:end])
    # a label on the title's line may be its last word ("Pres,Prod Architect & Director")
    if end is None or len(lines) != 1 or atoms[end].line == lines[0][-1].line:
        return None
    text = " ".join(a.text for a in lines[0])
    return None if reads_as_other_box(text) else cell_of(lines[0])


def reads_as_other_box(text: str) -> bool:
    """Whether a title's text reads as another box's value: box 1's street or city
    line, a date (box 3's) or box 2's "[ ticker ]"."""
    return bool(street_shaped(text) or PLACE_END.search(text) or "[" in text
                or DATE.search(text))


def title_labels_apart(box5: list[Atom], boxes: dict[str, list[Atom]],
                       doubts: list[Diagnostic]) -> list[Atom]:
    """Box 5's Officer and Other labels and the title under them where a stream printed
    them in another box's reach, box 5 holding neither (pdftotext's plain text prints the
    labels' line after box 4's label: "4. If Amendment ..." "[X] Officer (give title
    below) [ ] Other (specify below)" "COO"): that box's atoms from the first label on,
    where it holds each label once (one owner's box 5), else none. Only the one line
    right under the labels' line is a title; where more lines follow in that box, or
    that line reads as another box's value (box 3's date under the labels printed
    between "(Month/Day/Year)" and it), the labels alone, with a doubt in ``doubts``."""
    if any(a.kind in ("OFFICER", "OTHER") for a in box5):
        return []
    for atoms in boxes.values():
        kinds = [a.kind for a in atoms]
        if kinds.count("OFFICER") == 1 and kinds.count("OTHER") == 1:
            return _labels_and_title_line(atoms[min(kinds.index("OFFICER"),
                                                    kinds.index("OTHER")):], doubts)
    return []


def _labels_and_title_line(atoms: list[Atom], doubts: list[Diagnostic]) -> list[Atom]:
    """``atoms`` (from box 5's first label on, in another box) up to the end of the
    line under the labels' line where that line is the last and reads as a title, else
    up to the end of the labels' line (with a doubt)."""
    last = max(i for i, a in enumerate(atoms) if a.kind in ("OFFICER", "OTHER", "LABEL_TAIL"))
    end = next((i for i in range(last, len(atoms)) if atoms[i].line != atoms[last].line),
               len(atoms))
    lines = _lines_of(atoms[end:])
    if not lines or (len(lines) == 1
                     and all(a.kind in ("TEXT", "DIRECTOR", "TEN_PERCENT") for a in lines[0])
                     and not reads_as_other_box(" ".join(a.text for a in lines[0]))):
        return atoms
    doubts.append(Diagnostic(
        atoms[0].line, atoms[0].column, "reporting_owners", "box 5's Officer and Other "
        "labels stand in another box, more than one line of text or another box's value "
        "under them: the title is left unknown", "warning"))
    return atoms[:end]
