"""Boxes 1 and 5 of the plain design as pdftotext (no -layout) prints them: the street's
paragraph after the name's labels and box 3's label, before box 3's date and
"(Street)", the city's line after box 4's label, and the officer's title after box 3's
date (AFRM-20230103, plain design: EDGAR's XML gives "ONE LETTERMAN DRIVE", "BUILDING
D, 5TH FLOOR", "SAN FRANCISCO", "CA", "94129")."""

from __future__ import annotations

import pytest

from form4lark.form.atoms import Atom, lex
from form4lark.form.paragraph_boxes import place_after_labels, street_before_date, title_after_date
from form4lark.shapes.detect import read_shape

_HEADER = ("FORM 4\n\nSTATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP\n\n"
           "2. Issuer Name and Ticker or Trading Symbol\n\n"
           "1. Name and Address of Reporting Person*\n\n"
           "5. Relationship of Reporting Person(s) to Issuer (Check all\napplicable)\n\n"
           "Affirm Holdings, Inc. [ AFRM ]\n\nRabois Keith\n(Last) (First) (Middle)\n\n"
           "{before}\n\n3. Date of Earliest Transaction (Month/Day/Year)\n\n{street}\n\n"
           "{officer}\n\n{dates}\n\n(Street)\n\n"
           "4. If Amendment, Date of Original Filed (Month/Day/Year)\n\n{place}\n\n"
           "10% Owner\nOther (specify below)\n\n"
           "6. Individual or Joint/Group Filing (Check Applicable Line)\n\n"
           "X Form filed by One Reporting Person\n\n(City) (State) (Zip)\n\n"
           "Form filed by More than One Reporting Person\n\n"
           "Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned\n")


def _header(**parts: str) -> list[Atom]:
    values = {"before": "X Director", "street": "ONE LETTERMAN DRIVE\nBUILDING D, 5TH FLOOR",
              "officer": "Officer (give title below)", "dates": "01/03/2023",
              "place": "SAN FRANCISCO CA 94129"} | parts
    return lex(read_shape(_HEADER.format(**values), "stream"), "boxes")


@pytest.mark.parametrize("parts,street", [
    ({}, ["ONE LETTERMAN DRIVE", "BUILDING D, 5TH FLOOR"]),
    # one line ended by the date, "(Street)" right after: the whole street
    ({"street": "2800 SAND HILL ROAD, SUITE 101", "officer": "10% Owner"},
     ["2800 SAND HILL ROAD, SUITE 101"]),
    # one line ended by a label: the other line may be printed elsewhere
    ({"street": "1601 WILLOW ROAD"}, None),
    ({"street": "ONE LETTERMAN DRIVE\n\nBUILDING D, 5TH FLOOR"}, None),  # two paragraphs
    ({"street": "C/O SEQUOIA CAPITAL, 2800 SAND HILL ROAD\nSUITE 101"},
     ["C/O SEQUOIA CAPITAL, 2800 SAND HILL ROAD", "SUITE 101"]),
    # a second line that opens as no street line: the first one wrapped (pdfminer)
    ({"street": "C/O SEQUOIA CAPITAL, 2800 SAND HILL\nROAD"}, None),
    ({"street": "Chief Executive Officer"}, None),  # not in capitals: a title
    # an officer's box before the stretch: a line in it may be the officer's title
    ({"before": "X Officer (give title below)", "officer": "10% Owner"}, None),
    ({"street": "ONE LETTERMAN DRIVE\nSAN FRANCISCO CA 94129"}, None),  # a city line
    # a paragraph of two lines, another box's text apart after it (PLTR-20240508 sec:
    # box 1's zip): the two lines are the whole street (truth)
    ({"street": "C/O PALANTIR TECHNOLOGIES INC.\n1200 17TH STREET, FLOOR 15\n\n80202"},
     ["C/O PALANTIR TECHNOLOGIES INC.", "1200 17TH STREET, FLOOR 15"]),
    # no blank line after the two: the three lines are one paragraph, not read
    ({"street": "C/O PALANTIR TECHNOLOGIES INC.\n1200 17TH STREET, FLOOR 15\n80202"}, None),
])
def test_the_street_before_box_3s_date(parts, street) -> None:
    read = street_before_date(_header(**parts))
    assert ([c.text for c in read] if read is not None else None) == street


@pytest.mark.parametrize("place,read", [
    ("SAN FRANCISCO CA 94129", ("SAN FRANCISCO", "CA", "94129")),
    ("SAN FRANCISCO CA", None),  # no zip: the line may be cut
    ("Chief Executive Officer", None),
    ("2800 SAND HILL ROAD CA 94025", None),  # a digit in the city: a street run in
])
def test_the_city_line_after_box_4s_label(place, read) -> None:
    got = place_after_labels(_header(place=place))
    assert (tuple(c.text if c else None for c in got) if got else None) == read


@pytest.mark.parametrize("officer,after_date,title", [
    # TSLA-20211221 (plain design): EDGAR's XML gives the title "CEO"
    ("X Officer (give title below)", "CEO", "CEO"),
    ("X Officer (give title below)", "Chief Financial Officer", "Chief Financial Officer"),
    ("Officer (give title below)", "CEO", None),  # the officer's box not marked there
    ("X Officer (give title below)", "C/O TESLA, INC.", None),  # a street line
    ("X Officer (give title below)", "CEO\n\nCFO", None),  # two paragraphs: whose?
    # a label ends the title's line: its last word, lexed as a label, is the title's
    ("X Officer (give title below)", "Pres,Prod Architect & Director", None),
])
def test_the_officers_title_after_box_3s_date(officer, after_date, title) -> None:
    atoms = _header(officer=officer, dates=f"12/21/2021\n\n{after_date}")
    got = title_after_date(atoms)
    assert (got.text if got is not None else None) == title
