"""Box 1's street lines told from box 5's title and from a wrap by the address's shape
(``shapes/street_lines.py``), in a visual-lines header (``shapes/line_boxes.py``)."""

from __future__ import annotations

import pytest

from form4lark.shapes.lines import read_lines
from form4lark.shapes.street_lines import break_is_certain, street_or_title, street_shaped


@pytest.mark.parametrize("line", ["C/O ARROW ELECTRONICS, INC.", "9151 EAST PANORAMA CIRCLE",
                                  "1-7-1, KAIGAN", "1 TESLA ROAD", "ONE APPLE PARK WAY"])
def test_a_care_of_or_a_house_number_in_capitals_is_a_street_line(line: str) -> None:
    assert street_shaped(line)


@pytest.mark.parametrize("line", ["ONE", "Secretary", "ONEIDA CHIEF OFFICER", "&", "SVP, CLO",
                                  "10% OWNER", "1 Tesla Road", "1600"])
def test_other_lines_are_not_told_street_lines(line: str) -> None:
    assert not street_shaped(line)


def test_two_street_lines_certain_leave_the_other_lines_to_the_title() -> None:
    either = {7: "&", 8: "9151 EAST PANORAMA CIRCLE", 9: "Secretary"}
    assert street_or_title({6}, either) == ({8}, {7, 9})


def test_lines_either_box_may_hold_that_are_all_street_lines_are_the_street_s() -> None:
    assert street_or_title(set(), {5: "ONE APPLE PARK WAY"}) == ({5}, set())


def test_a_line_either_box_may_hold_leaves_both_unknown_short_of_two_street_lines() -> None:
    assert street_or_title({6}, {7: "and", 8: "Secretary"}) is None
    assert street_or_title(set(), {7: "C/O ACME INC.", 8: "1 MAIN ST", 9: "2 MAIN ST"}) is None


def test_a_care_of_line_ending_a_company_before_a_house_number_is_no_wrap() -> None:
    assert break_is_certain("C/O MITHRIL CAPITAL MANAGEMENT LLC", "600 CONGRESS AVENUE")
    assert not break_is_certain("C/O SEQUOIA CAPITAL, 2800 SAND HILL", "ROAD")
    assert not break_is_certain("C/O MITHRIL CAPITAL MANAGEME", "NT LLC")


# ARW-20250212-1, pymupdf4llm's picture text of the sec.gov page (truth: street1 "C/O ARROW
# ELECTRONICS, INC.", street2 "9151 EAST PANORAMA CIRCLE", title "SVP, CLO & Secretary")
ARW = """<!-- Start of picture text -->
1. Name and Address of Reporting Person * 2. Issuer Name  and  Ticker or Trading Symbol \
5. Relationship of Reporting Person(s) to Issuer<br>\
Jean-Claude Carine Lamercie ARROW ELECTRONICS, INC. [ ARW ] (Check all applicable)Director \
10% Owner<br>X Officer (give title Other (specify<br>below) below)<br>(Last) (First) (Middle)<br>\
3. Date of Earliest Transaction (Month/Day/Year) SVP, CLO<br>\
C/O ARROW ELECTRONICS, INC. 02/12/2025<br>&<br>9151 EAST PANORAMA CIRCLE<br>Secretary<br>\
(Street) 4. If Amendment, Date of Original Filed (Month/Day/Year) 6. Individual or Joint/Group \
Filing (Check Applicable<br>CENTENNIAL CO 80112 Line)<br>X Form filed by One Reporting Person<br>\
Form filed by More than One Reporting<br>(City) (State) (Zip) Person<br>\
Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned<br>
<!-- End of picture text -->
"""


def test_street_lines_and_a_title_sharing_rows_are_each_read_in_their_box() -> None:
    lines = [line.text for line in read_lines(ARW).lines]
    street = lines.index("(Street)")
    assert lines[street - 2:street] == ["C/O ARROW ELECTRONICS, INC.", "9151 EAST PANORAMA CIRCLE"]
    assert "SVP, CLO & Secretary" in lines
    # box 4 holds no date: its label is left out, so box 5's title is not taken for its value
    assert not any(line.startswith("4. If Amendment") for line in lines)
