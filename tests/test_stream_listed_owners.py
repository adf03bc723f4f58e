"""Reporting owners listed after the tables in a text in reading order (pdftotext
without ``-layout``), box 5 printed as one block inside box 1: between the street's
lines and "(Street)" (its title, "See Remarks", last), or between the city line and
"(City) (State) (Zip)" with a table's column header after it (the page broke there).
Box 5's written title is mixed case and the street in capitals, and a city line ends
with its state and postal code, so box 1's lines are told from box 5's. Cut from
ADGI-20220328-2 (plain design), checked against the filing's truth."""

from __future__ import annotations

import form4lark
from support import truth

STREAM = """Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned

Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned

Reporting Owners
1. Name and Address of Reporting Person*

MITHRIL II LP
(Last) (First) (Middle)

C/O MITHRIL CAPITAL MANAGEMENT LLC
600 CONGRESS AVENUE SUITE 3100

5. Relationship of Reporting Person(s) to Issuer (Check all applicable)

Director
Officer (give title below)

X 10% Owner
X Other (specify below)

See Remarks

(Street)

AUSTIN TX 78701
(City) (State) (Zip)

1. Name and Address of Reporting Person*

Mithril II GP LP
(Last) (First) (Middle)

C/O MITHRIL CAPITAL MANAGEMENT LLC
600 CONGRESS AVENUE SUITE 3100
(Street)

AUSTIN TX 78701

5. Relationship of Reporting Person(s) to Issuer (Check all applicable)

Director
Officer (give title below)
See Remarks

X 10% Owner
X Other (specify below)

11. Nature of
Indirect
Beneficial
Ownership
(Instr. 4)

\f(City) (State) (Zip)

Explanation of Responses:
"""

#: the filing's first two owners, as STREAM prints them
OWNERS = truth("ADGI-20220328-2", "plain")["reporting_owners"][:2]
_NAME_ADDRESS = ("name", "street1", "street2", "city", "state", "zip")


def test_box_5_printed_inside_box_1_leaves_each_owners_address_whole():
    form = form4lark.parse(STREAM, layout="stream")
    assert [tuple(getattr(o, key) for key in _NAME_ADDRESS) for o in form.reporting_owners] == [
        tuple(o[key] for key in _NAME_ADDRESS) for o in OWNERS]


def test_box_5s_title_stays_box_5s():
    form = form4lark.parse(STREAM, layout="stream")
    assert form.reporting_owners[0].other_text == OWNERS[0]["other_text"]


def test_a_street_line_after_box_5_leaves_the_street_unknown():
    # words in capitals after box 5's labels may be the street's: then whose the
    # lines before them are is not known
    text = STREAM.replace("See Remarks\n\n(Street)", "SUITE 3100\n\n(Street)", 1)
    assert form4lark.parse(text, layout="stream").reporting_owners[0].street1 is None


BOX5_OFFICER = """5. Relationship of Reporting Person(s) to Issuer (Check all applicable)

Director
X Officer (give title below)

10% Owner
Other (specify below)
"""


def _first_owner(box1: str) -> str:
    """STREAM with its first owner's box 1 printed as ``box1``."""
    head, rest = STREAM.split("Reporting Owners\n", 1)
    second = rest.split("1. Name and Address of Reporting Person*\n")[2]
    return (head + "Reporting Owners\n1. Name and Address of Reporting Person*\n\n" + box1
            + "\n1. Name and Address of Reporting Person*\n" + second)


def test_a_title_before_box_5_in_the_names_span_is_no_name():
    # the name's words need not be in capitals ("Roe Jane"): the words before box 5
    # may be its title as well as the name
    text = _first_owner("Chief Executive Officer\n\n" + BOX5_OFFICER + "\nRoe Jane\n"
                        "(Last) (First) (Middle)\n\nC/O MITHRIL CAPITAL MANAGEMENT LLC\n"
                        "600 CONGRESS AVENUE SUITE 3100\n(Street)\n\nAUSTIN TX 78701\n"
                        "(City) (State) (Zip)\n")
    owner = form4lark.parse(text, layout="stream").reporting_owners[0]
    assert owner.name in (None, "Roe Jane")


def test_a_street_line_ending_like_a_city_line_before_box_5_is_no_city():
    # "200 PARK AVENUE FL 44" ends like a state and a postal code; a line after box 5
    # does too: which is the city line is not known from the line before
    text = _first_owner("ROE JANE\n(Last) (First) (Middle)\n\n(Street)\n200 PARK AVENUE FL 44\n\n"
                        + BOX5_OFFICER + "\nNEW YORK NY 10166\n(City) (State) (Zip)\n")
    owner = form4lark.parse(text, layout="stream").reporting_owners[0]
    assert owner.city in (None, "NEW YORK") and owner.state in (None, "NY") \
        and owner.zip in (None, "10166")
