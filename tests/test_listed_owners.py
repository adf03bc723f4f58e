"""Reporting owners listed after the tables (a joint filing), on a page grid: each
owner's box 1 and box 5 stand side by side, so each box's text is what stands under
its label, not what follows it in reading order; the text under box 5 goes to the
relationship that is checked (the plain design prints "See Remarks" at the box's
left, under "Officer", for an "Other" owner). Checked against the filing's truth."""

from __future__ import annotations


import form4lark
from support import FIXTURES, off_fields, parse_fixture, truth_of

FILING = FIXTURES / "grid" / "ADGI-20220328-2"


def test_joint_filers_listed_on_a_page_grid_read_as_the_filing_holds_them():
    form = parse_fixture(FILING / "plain" / "inscriptis.txt")
    assert form.layout == "grid"
    truth = truth_of(FILING / "plain")
    assert len(form.reporting_owners) == len(truth["reporting_owners"]) == 4
    assert off_fields(truth, form) == []


def test_text_under_box_5_goes_to_the_checked_relationship():
    form = parse_fixture(FILING / "plain" / "inscriptis.txt")
    assert {(o.is_other, o.other_text, o.officer_title) for o in form.reporting_owners} == {
        (True, "See Remarks", None)}


# ADGI-20220328-2 (plain design, pymupdf4llm): listed owners cut into pipe rows, each
# owner's name in box 1's label cell, box 5's label in the next cell of its row
CELLS = (
    "## **Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned**\n\n"
    "## **Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned**\n\n"
    "## **Reporting Owners**\n\n"
    "|1. Name and Address of Reporting Person<sup>*</sup><br>Mithril II UGP LLC|"
    "5. Relationship of Reporting Person(s) to Is<br> Director|suer (Check all applicable)<br>X10% Owner|\n"
    "|---|---|---|\n"
    "|(Last) (First) (Middle)<br>C/O MITHRIL CAPITAL MANAGEMENT LLC<br>600 CONGRESS AVENUE SUITE 3100<br>"
    "(Street)<br>AUSTIN TX 78701<br>(City) (State) (Zip)|Officer (give title below)<br>See Remarks|"
    "XOther (specify below)|\n\n"
    "### **Explanation of Responses:**\n")


def test_a_name_in_box_1s_cell_beside_box_5s_label_is_the_owners():
    form = form4lark.parse(CELLS, layout="cells")
    assert [(o.name, o.street1, o.street2, o.city, o.state, o.zip) for o in form.reporting_owners] == [
        ("Mithril II UGP LLC", "C/O MITHRIL CAPITAL MANAGEMENT LLC", "600 CONGRESS AVENUE SUITE 3100",
         "AUSTIN", "TX", "78701")]
