"""Reporting owners listed after the tables (a joint filing), on a page grid: each
owner's box 1 and box 5 stand side by side, so each box's text is what stands under
its label, not what follows it in reading order; the text under box 5 goes to the
relationship that is checked (the plain design prints "See Remarks" at the box's
left, under "Officer", for an "Other" owner). Checked against the filing's truth."""

from __future__ import annotations


import form4lark
from support import FIXTURES, off_fields, truth_of

FILING = FIXTURES / "grid" / "ADGI-20220328-2"


def test_joint_filers_listed_on_a_page_grid_read_as_the_filing_holds_them():
    form = form4lark.parse_file(FILING / "plain" / "inscriptis.txt")
    assert form.layout == "grid"
    truth = truth_of(FILING / "plain")
    assert len(form.reporting_owners) == len(truth["reporting_owners"]) == 4
    assert off_fields(truth, form) == []


def test_text_under_box_5_goes_to_the_checked_relationship():
    form = form4lark.parse_file(FILING / "plain" / "inscriptis.txt")
    assert {(o.is_other, o.other_text, o.officer_title) for o in form.reporting_owners} == {
        (True, "See Remarks", None)}
