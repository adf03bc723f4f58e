"""Reporting owners listed after the tables (a joint filing), on a page grid: each
owner's box 1 and box 5 stand side by side, so each box's text is what stands under
its label, not what follows it in reading order; the text under box 5 goes to the
relationship that is checked (the plain design prints "See Remarks" at the box's
left, under "Officer", for an "Other" owner). Checked against the filing's truth."""

from __future__ import annotations


import pytest

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


# LNKD-20130204-1 and ADGI-20220328-2 (plain design, pymupdf4llm): a listed owner's box 1
# and box 5 run into one paragraph, the values the page fills in underlined among the
# labels of both boxes
PARAGRAPH = (
    "## **Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned**\n\n"
    "## **Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned**\n\n"
    "## **Reporting Owners**\n\n"
    "|1. Name and Address of Reporting Person<sup>*</sup><br>Hoffman Reid|"
    "5. Relationship of Reporting Person(s) to Issuer (Check all applicable)<br>XDirector<br>X10% Owner|\n"
    "|---|---|\n"
    "|(Last) (First) (Middle)|Officer (give title below)<br> Other (specify below)|\n"
    "|C/O LINKEDIN CORPORATION||\n"
    "|2029 STIERLIN COURT||\n"
    "|(Street)||\n\n"
    "<u>MOUNTAIN VIEW CA 94043</u>\n\n"
    "(City) (State) (Zip)\n\n"
    "1. Name and Address of Reporting Person<sup>*</sup> 5. Relationship of Reporting Person(s) "
    "to Issuer (Check all applicable) <u>{name}</u> Director <mark>X</mark> 10% Owner (Last) "
    "(First) (Middle) Officer (give title below) {mark}Other (specify below) <u>{street}</u> "
    "(Street) <u>MOUNTAIN VIEW CA 94043</u> (City) (State) (Zip) \n\n"
    "### **Explanation of Responses:**\n")


def _listed(name: str, street: str, mark: str = "") -> list[tuple[object, ...]]:
    form = form4lark.parse(PARAGRAPH.format(name=name, street=street, mark=mark), layout="cells")
    return [(o.name, o.street1, o.street2, o.city, o.state, o.zip, o.is_ten_percent_owner)
            for o in form.reporting_owners[1:]]


def test_an_underlined_name_among_box_5s_labels_is_the_owners():
    assert _listed("Reid Hoffman & Michelle Yee Living Trust",
                   "C/O LINKEDIN CORPORATION 2029 STIERLIN COURT") == [
        ("Reid Hoffman & Michelle Yee Living Trust", "C/O LINKEDIN CORPORATION",
         "2029 STIERLIN COURT", "MOUNTAIN VIEW", "CA", "94043", True)]


def test_a_street_run_beside_a_checked_box_5_is_read_around_the_title_between_its_lines():
    # ADGI-20220328-2 plain, pymupdf4llm: "See Remarks", Other's text beside the care-of
    # line, ran between the street's two lines in its underlined run (truth: street1 and
    # street2 as below for every owner)
    assert _listed("MITHRIL II LP",
                   "C/O MITHRIL CAPITAL MANAGEMENT LLC See Remarks 600 CONGRESS AVENUE SUITE 3100",
                   mark="<mark>X</mark> ") == [
        ("MITHRIL II LP", "C/O MITHRIL CAPITAL MANAGEMENT LLC", "600 CONGRESS AVENUE SUITE 3100",
         "MOUNTAIN VIEW", "CA", "94043", True)]


@pytest.mark.parametrize("labels, officer, other", [
    # Other checked: its text (ADGI's truth)
    ("Officer (give title below) <mark>X</mark> Other", None, "See Remarks"),
    ("<mark>X</mark> Officer (give title below) Other", "See Remarks", None),
    # both checked: whose title it is is not known
    ("<mark>X</mark> Officer (give title below) <mark>X</mark> Other", None, None),
])
def test_the_title_between_the_street_lines_goes_to_the_one_box_checked(
        labels: str, officer: str | None, other: str | None):
    street = "C/O MITHRIL CAPITAL MANAGEMENT LLC See Remarks 600 CONGRESS AVENUE SUITE 3100"
    text = PARAGRAPH.format(name="MITHRIL II LP", street=street, mark="").replace(
        "Officer (give title below) Other", labels)
    form = form4lark.parse(text, layout="cells")
    assert [(o.officer_title, o.other_text) for o in form.reporting_owners[1:]] == [(officer, other)]


@pytest.mark.parametrize("street", [
    # a title going on past its line ("Chairman &" / "CEO"): its rest ran into the street
    "C/O ACME LLC Chairman & 600 MAIN STREET CEO",
    # an attention line in small letters: the address's, no title
    "C/O ACME LLC Attn: Legal 600 MAIN STREET",
])
def test_a_street_run_whose_title_cannot_be_told_leaves_street_and_title_unknown(street: str):
    form = form4lark.parse(PARAGRAPH.format(name="MITHRIL II LP", street=street,
                                            mark="<mark>X</mark> "), layout="cells")
    assert [(o.street1, o.street2, o.officer_title, o.other_text)
            for o in form.reporting_owners[1:]] == [(None, None, None, None)]


def test_joint_filers_run_into_one_paragraph_read_as_the_filing_holds_them():
    # ADGI-20220328-2 plain, pymupdf4llm: each listed owner's box 1 and box 5 in one
    # paragraph, "See Remarks" (Other's text) between its street's two lines
    path = FIXTURES / "listed_lines" / "ADGI-20220328-2" / "plain" / "pymupdf4llm.md"
    form = parse_fixture(path)
    assert len(form.reporting_owners) == 4
    assert [f for f in off_fields(truth_of(path), form) if f.startswith("reporting_owners")] == []


@pytest.mark.parametrize("street", [
    # the title after the second line: where the street ends is not told
    "C/O MITHRIL CAPITAL MANAGEMENT LLC 600 CONGRESS AVENUE SUITE 3100 See Remarks",
    # a title in capitals: no word tells it from the care-of line
    "C/O MITHRIL CAPITAL MANAGEMENT LLC CEO 600 CONGRESS AVENUE SUITE 3100",
    # no legal ending closes the care-of line before the title
    "C/O MITHRIL CAPITAL See Remarks 600 CONGRESS AVENUE SUITE 3100",
    # no title between: the run may hold a title anywhere
    "C/O MITHRIL CAPITAL MANAGEMENT LLC 600 CONGRESS AVENUE SUITE 3100",
])
def test_a_street_run_beside_a_checked_box_5_stays_unknown(street: str):
    assert _listed("MITHRIL II LP", street, mark="<mark>X</mark> ") == [
        ("MITHRIL II LP", None, None, "MOUNTAIN VIEW", "CA", "94043", True)]


def test_a_street_run_not_certainly_cut_stays_unknown():
    assert _listed("Reid Hoffman", "2029 STIERLIN COURT SUITE 9") == [
        ("Reid Hoffman", None, None, "MOUNTAIN VIEW", "CA", "94043", True)]


def test_words_not_set_apart_among_box_5s_labels_stay_unknown():
    text = PARAGRAPH.format(name="Reid Hoffman", street="C/O LINKEDIN CORPORATION 2029 STIERLIN COURT",
                            mark="").replace("<u>", "").replace("</u>", "")
    form = form4lark.parse(text, layout="cells")
    assert [(o.name, o.street1) for o in form.reporting_owners[1:]] in ([], [(None, None)])


def test_text_under_officer_in_its_cell_goes_to_the_checked_other():
    form = form4lark.parse(CELLS, layout="cells")
    assert [(o.is_officer, o.officer_title, o.is_other, o.other_text)
            for o in form.reporting_owners] == [(False, None, True, "See Remarks")]


def test_text_under_officer_with_neither_box_checked_stays_unknown():
    form = form4lark.parse(CELLS.replace("XOther", "Other"), layout="cells")
    assert [(o.officer_title, o.other_text) for o in form.reporting_owners] == [(None, None)]
