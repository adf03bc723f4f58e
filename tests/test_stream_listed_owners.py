"""Reporting owners listed after the tables in a text in reading order (pdftotext
without ``-layout``), box 5 printed as one block inside box 1: between the street's
lines and "(Street)" (its title, "See Remarks", last), or between the city line and
"(City) (State) (Zip)" with a table's column header after it (the page broke there).
Box 5's written title is mixed case and the street in capitals, and a city line ends
with its state and postal code, so box 1's lines are told from box 5's. Cut from
ADGI-20220328-2 (plain design), checked against the filing's truth."""

from __future__ import annotations

import form4lark

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

ADDRESS = ("C/O MITHRIL CAPITAL MANAGEMENT LLC", "600 CONGRESS AVENUE SUITE 3100",
           "AUSTIN", "TX", "78701")


def test_box_5_printed_inside_box_1_leaves_each_owners_address_whole():
    form = form4lark.parse(STREAM, layout="stream")
    assert [(o.name, o.street1, o.street2, o.city, o.state, o.zip)
            for o in form.reporting_owners] == [
        ("MITHRIL II LP", *ADDRESS), ("Mithril II GP LP", *ADDRESS)]


def test_box_5s_title_stays_box_5s():
    form = form4lark.parse(STREAM, layout="stream")
    assert form.reporting_owners[0].other_text == "See Remarks"


def test_a_street_line_after_box_5_leaves_the_street_unknown():
    # words in capitals after box 5's labels may be the street's: then whose the
    # lines before them are is not known
    text = STREAM.replace("See Remarks\n\n(Street)", "SUITE 3100\n\n(Street)", 1)
    assert form4lark.parse(text, layout="stream").reporting_owners[0].street1 is None
