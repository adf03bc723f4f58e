"""Header boxes read by paragraphs in reading-order PDF texts.

Box 2 where pdftotext (no -layout) printed the labels of boxes 2, 1 and 5 together
and the issuer's "name [ ticker ]" later, as a paragraph of its own: taken only where
it stands alone and the text keeps a cell's lines in one paragraph, so that a wrapped
name is never read in part. Box 1 where pdfminer printed box 2's and box 3's labels
and values among box 1's own labels: the name under its label in its paragraph, the
street paragraphs between "(Middle)" and "(Street)", the place up to "(City)"."""

from __future__ import annotations

import pytest

from form4lark.form.atoms import lex
from form4lark.form.paragraph_boxes import (name_over_its_label, paragraph_issuer, paragraph_owner,
                                           place_over_its_labels)
from form4lark.form.regions import box_of_sequence
from form4lark.shapes.stream import read_stream

_LABELS = ("2. Issuer Name and Ticker or Trading Symbol\n\n"
           "1. Name and Address of Reporting Person*\n\n"
           "5. Relationship of Reporting Person(s) to Issuer\n(Check all applicable)\nDirector\n\n")


def _read(text: str) -> tuple[str | None, str | None]:
    name, ticker = paragraph_issuer(read_stream(text).lines)
    return (name.text if name else None, ticker.text if ticker else None)


def test_a_lone_paragraph_is_the_issuer() -> None:
    assert _read(_LABELS + "APPLE INC [ AAPL ]\n\nWILLIAMS JEFFREY E\n") == ("APPLE INC", "AAPL")


def test_a_name_wrapped_in_its_paragraph_is_not_read_in_part() -> None:
    text = _LABELS + "ALPHA & OMEGA SEMICONDUCTOR\nLtd [ AOSL ]\n\nLi Wenjun\n"
    assert _read(text) == (None, None)


def test_a_label_before_it_on_the_next_line_leaves_it_unknown() -> None:
    text = _LABELS.rstrip("\n") + "\nLtd [ AOSL ]\n\nLi Wenjun\n"
    assert _read(text) == (None, None)


def test_a_text_of_one_line_paragraphs_cannot_tell_a_wrapped_name() -> None:
    text = "2. Issuer Name\n\nALPHA & OMEGA SEMICONDUCTOR\n\nLtd [ AOSL ]\n\nLi Wenjun\n"
    assert _read(text) == (None, None)


def test_two_bracketed_lines_leave_it_unknown() -> None:
    text = _LABELS + "APPLE INC [ AAPL ]\n\nJOHN [ X ] DOE\n"
    assert _read(text) == (None, None)


_PDFMINER_BOX1 = """1. Name and Address of Reporting Person*
Rabois Keith

2. Issuer Name and Ticker or Trading Symbol
Affirm Holdings, Inc. [ AFRM ]

(Last)

(First)

(Middle)

ONE LETTERMAN DRIVE

3. Date of Earliest Transaction (Month/Day/Year)
01/03/2023

BUILDING D, 5TH FLOOR

(Street)
SAN
FRANCISCO

CA

94129

(City)

(State)

(Zip)
"""


def _owner(text: str) -> tuple[object, ...] | None:
    page = read_stream(text)
    block = paragraph_owner(lex(page, "boxes", len(page.lines)))
    if block is None:
        return None
    text_of = (lambda cell: cell.text if cell is not None else None)
    return (text_of(block.name), [c.text for c in block.street], text_of(block.city),
            text_of(block.state), text_of(block.zip))


def test_box_1_among_other_boxes_labels_is_read_by_paragraphs() -> None:
    assert _owner(_PDFMINER_BOX1) == ("Rabois Keith", ["ONE LETTERMAN DRIVE",
                                                       "BUILDING D, 5TH FLOOR"],
                                      "SAN FRANCISCO", "CA", "94129")


def test_name_labels_in_another_order_still_bound_the_street() -> None:
    text = _PDFMINER_BOX1.replace("(Last)\n\n(First)\n\n(Middle)", "(First)\n\n(Middle)\n\n(Last)")
    assert _owner(text) == _owner(_PDFMINER_BOX1)


def test_no_name_in_the_labels_paragraph_leaves_box_1_to_the_other_readers() -> None:
    assert _owner(_PDFMINER_BOX1.replace("Person*\nRabois", "Person*\n\nRabois")) is None


def test_box_4s_label_after_the_city_line_ends_the_place() -> None:
    # pdfminer (TSLA-20230727-1 sec): box 4's label printed after the city's paragraphs,
    # before "(City)"; a city's word after the label leaves box 1 to the other readers
    text = _PDFMINER_BOX1.replace(
        "94129\n\n(City)", "94129\n\n4. If Amendment, Date of Original Filed (Month/Day/Year)"
        "\n\n(City)")
    assert _owner(text) == _owner(_PDFMINER_BOX1)
    moved = text.replace("\n\nCA\n\n94129\n\n4. If Amendment, Date of Original Filed "
                         "(Month/Day/Year)", "\n\n4. If Amendment, Date of Original Filed "
                         "(Month/Day/Year)\n\nCA\n\n94129")
    assert moved != text and _owner(moved) is None


# pdftotext's plain design (AAPL-20190502-1): the name apart from its label, the street
# in one block with "(Street)" under it, which shows that paragraphs are the page's blocks
_PDFTOTEXT_PLAIN_BOX1 = """1. Name and Address of Reporting Person*

WILLIAMS JEFFREY E

APPLE INC [ AAPL ]

(Last) (First) (Middle)

ONE APPLE PARK WAY
(Street)

CUPERTINO CA 95014
(City) (State) (Zip)
"""


def test_a_street_over_its_label_in_its_block_reads_the_box_without_its_name() -> None:
    assert _owner(_PDFTOTEXT_PLAIN_BOX1) == (None, ["ONE APPLE PARK WAY"], "CUPERTINO", "CA",
                                             "95014")
    apart = _PDFTOTEXT_PLAIN_BOX1.replace("WAY\n(Street)", "WAY\n\n(Street)")
    assert _owner(apart) is None


def test_a_street_paragraph_of_two_lines_is_not_told_apart() -> None:
    # one line wrapped or two lines: the street is left unknown, name and place read
    text = _PDFMINER_BOX1.replace("DRIVE\n\n3.", "DRIVE\nSUITE 9\n\n3.")
    assert _owner(text) == ("Rabois Keith", [], "SAN FRANCISCO", "CA", "94129")


def test_a_date_printed_apart_from_its_label_is_not_a_street() -> None:
    text = _PDFMINER_BOX1.replace("(Month/Day/Year)\n01/03/2023", "(Month/Day/Year)\n\n01/03/2023")
    assert _owner(text) is None


def test_a_date_after_box_3_and_4_labels_parted_by_box_1_labels_is_neither_boxes() -> None:
    """pdftotext moved box 3's label, box 1's "(Middle)" and box 4's label together and
    the page's one date far below: it may be either box's (an amendment's or not)."""
    page = read_stream("3. Date of Earliest Transaction (Month/Day/Year)\n\n(Middle)\n\n"
                       "4. If Amendment, Date of Original Filed (Month/Day/Year)\n\n"
                       "(Street)\n\n06/14/2024\n")
    atoms = lex(page, "boxes", len(page.lines))
    date = next(i for i, a in enumerate(atoms) if a.text == "06/14/2024")
    assert box_of_sequence(atoms, stream=True)[date] == "BOX3+BOX4"
    assert box_of_sequence(atoms)[date] == "BOX4"


def test_director_before_the_officer_label_is_the_box_not_director_of() -> None:
    """pdfminer prints "X  Director" and, after a blank line, "Officer (give title
    below)": "Director Of..." is not "Director of" (a title), so the mark is the box's."""
    page = read_stream("X  Director\n\n Officer (give title below)\n\nDirector of Sales\n")
    kinds = [a.kind for a in lex(page, "boxes", len(page.lines))]
    assert kinds[:3] == ["CHECK", "DIRECTOR", "OFFICER"]
    assert "DIRECTOR" not in kinds[3:]


# the header's start as pdftotext (no -layout) prints it for AAPL-20190502-1: box 1's
# label apart, the name in one block with the label under it
_PDFTOTEXT_BOX1 = """2. Issuer Name and Ticker or Trading Symbol

1. Name and Address of Reporting Person*

5. Relationship of Reporting Person(s) to Issuer
(Check all applicable)
Director
10% Owner

APPLE INC [ AAPL ]

WILLIAMS JEFFREY E
(First)

OMB Number:

(Last)

(Middle)
"""


def _name_over_label(text: str) -> str | None:
    page = read_stream(text)
    cell = name_over_its_label(lex(page, "boxes", len(page.lines)))
    return None if cell is None else cell.text


def test_a_name_in_one_block_with_a_name_label_under_it_is_box_1s() -> None:
    assert _name_over_label(_PDFTOTEXT_BOX1) == "WILLIAMS JEFFREY E"


@pytest.mark.parametrize("old, new", [
    ("E\n(First)", "E\n\n(First)"),  # a blank line between: no block of both
    ("OMB Number:\n\n(Last)", "ONE APPLE PARK WAY\n(Last)"),  # two blocks: either
    ("JEFFREY E\n", "JEFFREY\nE\n"),  # two lines: a wrapped name or two boxes' lines
], ids=["blank-line-between", "two-blocks", "two-lines"])
def test_words_that_may_not_be_the_whole_name_leave_it_unknown(old: str, new: str) -> None:
    assert old in _PDFTOTEXT_BOX1
    assert _name_over_label(_PDFTOTEXT_BOX1.replace(old, new)) is None


def test_the_issuer_over_a_name_label_is_no_name() -> None:
    text = "1. Name and Address of Reporting Person*\n\nAPPLE INC [ AAPL ]\n(Last)\n\n(First)\n"
    assert _name_over_label(text) is None
    assert _name_over_label(text.replace("APPLE INC [ AAPL ]", "APPLE INC")) == "APPLE INC"


# box 1's place as pdftotext prints it too, each part a paragraph, the street elsewhere
_PDFTOTEXT_PLACE = _PDFMINER_BOX1[_PDFMINER_BOX1.index("SAN\n"):]


def _place(text: str) -> tuple[str, ...] | None:
    page = read_stream(text)
    cells = place_over_its_labels(lex(page, "boxes", len(page.lines)))
    return None if cells is None else tuple(c.text for c in cells)


def test_a_place_printed_right_before_its_three_labels_is_box_1s() -> None:
    assert _place(_PDFTOTEXT_PLACE) == ("SAN FRANCISCO", "CA", "94129")


@pytest.mark.parametrize("old, new", [
    ("\n\n(State)", "\n\nOther (specify\nbelow)\n\n(State)"),  # labels apart
    ("CA\n\n94129", "94129\n\nCA"),  # not a city line in the labels' order
    ("FRANCISCO\n", "FRANCISCO\n1 LETTERMAN DRIVE\n"),  # a street's line run into the city
    ("\nCA\n", "\n05/02/2019\n"),  # another box's value among them
], ids=["labels-apart", "values-in-another-order", "street-in-city", "a-date-among-them"])
def test_what_may_not_be_box_1s_place_leaves_it_unknown(old: str, new: str) -> None:
    assert old in _PDFTOTEXT_PLACE
    assert _place(_PDFTOTEXT_PLACE.replace(old, new)) is None


def test_a_name_over_one_of_two_owners_labels_is_no_first_owners_name() -> None:
    # a joint filing: the first owner's name with box 1's label, its own labels with no
    # name over them, the second owner's name over its labels
    text = ("1. Name and Address of Reporting Person*\nHoffman Reid\n\n"
            "[X] Form filed by More than One Reporting Person\n\n(Last) (First) (Middle)\n\n"
            "C/O LINKEDIN CORPORATION\n(Street)\n\n"
            "Reid Hoffman & Michelle Yee Living Trust\n(Last) (First) (Middle)\n")
    assert _name_over_label(text) is None
    assert _name_over_label(text.replace("(Last) (First) (Middle)\n\nC/O", "C/O")) == (
        "Reid Hoffman & Michelle Yee Living Trust")
