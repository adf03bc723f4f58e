"""Owners listed after the tables in a visual-lines text of the plain design, box 5
printed beside box 1's lines (``shapes/street_lines.py``, ``shapes/line_boxes.py``),
and signatures that each open their date's line with "/s/" (``form/notes.py``)."""

from __future__ import annotations

import pytest

from form4lark.shapes.street_lines import (EITHER, care_of_then_title, city_line_whole,
                                           settle_street_or_title, streets_around_title)
from support import FIXTURES, parse_fixture

ADGI = FIXTURES / "listed_lines" / "ADGI-20220328-2" / "plain" / "pdfplumber.txt"


def test_owners_listed_beside_their_other_title_read_whole() -> None:
    # ADGI-20220328-2 plain, pdfplumber: "C/O MITHRIL CAPITAL MANAGEMENT LLC See Remarks",
    # "AUSTIN TX 78701" on the rows box 5's "Other" title could hold too (truth: every
    # owner's street1/street2 as below, city AUSTIN TX 78701, other_text "See Remarks")
    form = parse_fixture(ADGI)
    assert [o.name for o in form.reporting_owners] == [
        "MITHRIL II LP", "Mithril II GP LP", "Mithril II UGP LLC", "THIEL PETER"]
    for owner in form.reporting_owners:
        assert (owner.street1, owner.street2) == ("C/O MITHRIL CAPITAL MANAGEMENT LLC",
                                                  "600 CONGRESS AVENUE SUITE 3100")
        assert (owner.city, owner.state, owner.zip) == ("AUSTIN", "TX", "78701")
        assert owner.other_text == "See Remarks"


def test_a_remark_s_last_line_is_no_part_of_the_first_signature() -> None:
    # every signature opens its date's line with "/s/"; centring took the remarks' last
    # line above the first one's (truth: as below; remarks end "... on Form 4.")
    form = parse_fixture(ADGI)
    assert [s.name for s in form.signatures] == [
        "/s/ Ajay Royan, Managing Member, Mithril II UGP LLC, General Partner of Mithril II GP LP, "
        "the General Partner of Mithril II LP",
        "/s/ Ajay Royan, Managing Member, Mithril II UGP LLC, General Partner of Mithril II GP LP",
        "/s/ Ajay Royan, Managing Member, Mithril II UGP LLC", "/s/ Peter Thiel"]
    assert form.remarks is not None and form.remarks.endswith("by the Reporting Persons on Form 4.")


@pytest.mark.parametrize("line, cut", [
    ("C/O MITHRIL CAPITAL MANAGEMENT LLC See Remarks", 5),
    ("C/O ACME INC. Chief Executive Officer", 3),
    ("C/O ACME INC. CEO and President", None),  # a title opening in capitals: no cut certain
    ("600 CONGRESS AVENUE See Remarks", None),  # no care-of company ends the street
    ("C/O MITHRIL CAPITAL MANAGEMENT LLC", None),  # nothing after it
    ("C/O ACME CAPITAL See Remarks", None),  # no legal ending before the title
    ("C/O ACME LLC Attn: Legal", None),  # an attention line: the address's, no title
    ("C/O ACME LLC Attention Legal Dept", None),
])
def test_a_care_of_line_then_a_title_in_small_letters_is_cut_after_the_company(
        line: str, cut: int | None) -> None:
    assert care_of_then_title(line) == cut


@pytest.mark.parametrize("run, streets", [
    ("C/O MITHRIL CAPITAL MANAGEMENT LLC See Remarks 600 CONGRESS AVENUE SUITE 3100",
     (["C/O MITHRIL CAPITAL MANAGEMENT LLC", "600 CONGRESS AVENUE SUITE 3100"], "See Remarks")),
    ("C/O ACME INC. Chief Executive Officer ONE APPLE PARK WAY",
     (["C/O ACME INC.", "ONE APPLE PARK WAY"], "Chief Executive Officer")),
    ("C/O ACME INC. Chief Executive Officer 600 Congress Avenue", None),  # not in capitals
    ("C/O ACME INC. See Remarks", None),  # no second line
    ("C/O ACME INC. 600 CONGRESS AVENUE See Remarks", None),  # the title after it
    ("C/O ACME INC. See Remarks 600 CONGRESS AVENUE See 2 MAIN STREET", None),  # no cut: "See"
    ("C/O ACME LLC See Remarks 1 600 MAIN STREET", None),  # two cuts: which number opens it
    # a title going on past its line: its rest ran after the second street line
    ("C/O ACME LLC Chairman & 600 MAIN STREET CEO", None),
    ("C/O ACME LLC Vice President, 600 MAIN STREET CFO", None),
    ("C/O ACME LLC Director of 600 MAIN ST R&D", None),
    ("C/O ACME LLC Attn: Legal 600 MAIN ST", None),  # an attention line, no title
])
def test_two_street_lines_around_a_title_in_small_letters_are_cut_apart(
        run: str, streets: tuple[list[str], str] | None) -> None:
    assert streets_around_title(run) == streets


@pytest.mark.parametrize("line, whole", [("AUSTIN TX 78701", True), ("MINATO-KU TOKYO M0 105-7537", True),
                                         ("AUSTIN TX 78701 Chief", False), ("Chief Executive", False)])
def test_a_line_ending_with_state_and_zip_is_the_city_line_whole(line: str, whole: bool) -> None:
    assert city_line_whole(line) is whole


class _W:
    def __init__(self, text: str) -> None:
        self.text = text


def test_a_split_care_of_line_counts_as_one_of_the_two_street_lines() -> None:
    words = [_W(w) for w in "C/O MITHRIL CAPITAL MANAGEMENT LLC See Remarks".split()]
    house = [_W(w) for w in "600 CONGRESS AVENUE SUITE 3100".split()]
    fields: dict = {EITHER: {4: words, 5: house}}
    unknown: set[str] = set()
    settle_street_or_title(fields, unknown)
    assert not unknown
    assert {row: " ".join(w.text for w in ws) for row, ws in fields["street"].items()} == {
        4: "C/O MITHRIL CAPITAL MANAGEMENT LLC", 5: "600 CONGRESS AVENUE SUITE 3100"}
    assert " ".join(w.text for w in fields["title"][4]) == "See Remarks"
