"""Box 1's street lines told from box 5's title and from a wrap by the address's shape
(``shapes/street_lines.py``), in a visual-lines header (``shapes/line_boxes.py``)."""

from __future__ import annotations

import pytest

from form4lark.shapes.lines import read_lines
from form4lark.shapes.street_lines import (break_is_certain, street_or_title, street_shaped,
                                           title_shaped, wrapped_breaks)


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
    assert street_or_title({6}, {7: "&", 8: "Secretary"}) is None
    assert street_or_title({6}, {7: "SVP", 8: "SUITE 100"}) is None
    assert street_or_title(set(), {7: "C/O ACME INC.", 8: "1 MAIN ST", 9: "2 MAIN ST"}) is None


@pytest.mark.parametrize("line, shaped", [("and", True), ("Secretary", True),
                                          ("Chief Operating", True), ("SVP, GC", False),
                                          ("&", False), ("ONE APPLE PARK WAY and", False),
                                          ("Suite 100", True), ("CEO", False)])
def test_a_line_with_no_word_in_capitals_is_told_the_title_s(line: str, shaped: bool) -> None:
    assert title_shaped(line) is shaped


def test_lines_with_no_word_in_capitals_go_to_the_title_beside_one_street_line() -> None:
    # the page prints an address in capitals (so do all 286 street and city values of
    # the corpus's truth): "and" / "Secretary" are no street line
    assert street_or_title({6}, {7: "and", 8: "Secretary"}) == (set(), {7, 8})
    assert street_or_title(set(), {5: "ONE APPLE PARK WAY", 6: "Chief"}) == ({5}, {6})


def test_a_care_of_line_ending_a_company_before_a_house_number_is_no_wrap() -> None:
    assert break_is_certain("C/O MITHRIL CAPITAL MANAGEMENT LLC", "600 CONGRESS AVENUE")
    assert not break_is_certain("C/O SEQUOIA CAPITAL, 2800 SAND HILL", "ROAD")
    assert not break_is_certain("C/O MITHRIL CAPITAL MANAGEME", "NT LLC")


HEAD = ("1. Name and Address of Reporting Person * 2. Issuer Name  and  Ticker or Trading Symbol "
        "5. Relationship of Reporting Person(s) to Issuer")
BOX4_BOX6 = ("4. If Amendment, Date of Original Filed (Month/Day/Year) 6. Individual or Joint/Group "
             "Filing (Check Applicable")
TABLE_I = "Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned"


def read(*lines: str) -> tuple[list[str], list[str]]:
    """The street lines and all lines of a header printed as pymupdf4llm's picture text."""
    text = "<br>".join([HEAD, *lines, TABLE_I])
    read = [line.text for line in read_lines(
        f"<!-- Start of picture text -->\n{text}<br>\n<!-- End of picture text -->\n").lines]
    street = read.index("(Street)")
    return read[street - 2:street], read


def test_street_lines_and_a_title_sharing_rows_are_each_read_in_their_box() -> None:
    # ARW-20250212-1 (truth: street1 "C/O ARROW ELECTRONICS, INC.", street2 "9151 EAST
    # PANORAMA CIRCLE", title "SVP, CLO & Secretary")
    street, lines = read(
        "Jean-Claude Carine Lamercie ARROW ELECTRONICS, INC. [ ARW ] (Check all applicable)"
        "Director 10% Owner", "X Officer (give title Other (specify", "below) below)",
        "(Last) (First) (Middle)", "3. Date of Earliest Transaction (Month/Day/Year) SVP, CLO",
        "C/O ARROW ELECTRONICS, INC. 02/12/2025", "&", "9151 EAST PANORAMA CIRCLE", "Secretary",
        f"(Street) {BOX4_BOX6}", "CENTENNIAL CO 80112 Line)", "X Form filed by One Reporting Person",
        "Form filed by More than One Reporting", "(City) (State) (Zip) Person")
    assert street == ["C/O ARROW ELECTRONICS, INC.", "9151 EAST PANORAMA CIRCLE"]
    assert "SVP, CLO & Secretary" in lines
    # box 4 holds no date: its label is left out, so box 5's title is not taken for its value
    assert not any(line.startswith("4. If Amendment") for line in lines)


def test_a_line_below_the_ticker_s_is_no_line_of_box_2() -> None:
    # TSLA-20230727-1 (truth: street1 "C/O TESLA, INC.", street2 "1 TESLA ROAD", title "SVP
    # Powertrain and Energy Eng.")
    street, lines = read(
        "Tesla, Inc. [ TSLA ] (Check all applicable)", "Baglino Andrew D Director 10% Owner",
        "X Officer (give title Other (specify", "below) below)", "(Last) (First) (Middle)", "SVP",
        "C/O TESLA, INC. 3. Date of Earliest Transaction (Month/Day/Year)",
        "07/27/2023 Powertrain", "1 TESLA ROAD", "and Energy", "Eng.", "(Street)",
        f"AUSTIN TX 78725 {BOX4_BOX6}", "Line)", "X Form filed by One Reporting Person",
        "(City) (State) (Zip)", "Form filed by More than One Reporting", "Person")
    assert street == ["C/O TESLA, INC.", "1 TESLA ROAD"]
    assert "SVP Powertrain and Energy Eng." in lines


def test_a_title_s_lines_in_small_letters_under_one_street_line_are_the_title_s() -> None:
    # AAPL-20220504-1 sec, pymupdf4llm (truth: street1 "ONE APPLE PARK WAY", no street2,
    # title "SVP, GC and Secretary")
    street, lines = read(
        "Adams Katherine L. Apple Inc. [ AAPL ] (Check all applicable)Director 10% Owner",
        "X Officer (give title Other (specify", "below) below)", "(Last) (First) (Middle)",
        "3. Date of Earliest Transaction (Month/Day/Year) SVP, GC",
        "ONE APPLE PARK WAY 05/04/2022", "and", "Secretary", "(Street)",
        f"CUPERTINO CA 95014 {BOX4_BOX6}", "Line)", "X Form filed by One Reporting Person",
        "(City) (State) (Zip)", "Form filed by More than One Reporting", "Person")
    assert street[-1] == "ONE APPLE PARK WAY" and "and" not in street
    assert "SVP, GC and Secretary" in lines


@pytest.mark.parametrize("rows, wraps", [
    # SQ-20180702-1 sec, pdfplumber (truth: street1 "C/O SEQUOIA CAPITAL, 2800 SAND HILL
    # ROAD", street2 "SUITE 101"): "ROAD SUITE" is short, so only the first break may be a wrap
    (["C/O SEQUOIA CAPITAL, 2800 SAND HILL", "ROAD", "SUITE 101"], {0}),
    (["C/O ACME INC.", "1234 INDUSTRIAL PARKWAY NORTH, BUILDING", "7"], {1}),
    (["C/O ACME INC.", "1 MAIN ST"], set()),
    (["ONE APPLE PARK WAY"], set()),
    ([], set()),
])
def test_a_street_of_more_lines_than_two_is_joined_where_only_its_wraps_may_be(
        rows: list[str], wraps: set[int]) -> None:
    assert wrapped_breaks(rows, 36) == wraps


@pytest.mark.parametrize("rows", [
    # two lines, the break may be a wrap: one long line or two, the text does not say
    ["C/O SEQUOIA CAPITAL, 2800 SAND HILL", "ROAD"],
    # three lines, both breaks may be wraps: which one is the XML's own is lost
    ["C/O SEQUOIA CAPITAL, 2800 SAND HILL", "ROAD NORTH, BUILDING FOUR, FLOOR", "TWELVE"],
    # four lines, one break that may be a wrap: still more than two lines
    ["C/O ACME INC.", "1234 INDUSTRIAL PARKWAY NORTH, BUILDING", "7", "FLOOR 2"],
])
def test_a_street_whose_wraps_are_not_certain_has_no_breaks_given(rows: list[str]) -> None:
    assert wrapped_breaks(rows, 36) is None


def test_a_wrapped_street_line_is_read_whole_in_a_visual_lines_header() -> None:
    # SQ-20180702-1 sec, pdfplumber (truth above)
    page = read_lines("\n".join([
        "FORM 4 UNITED STATES SECURITIES AND EXCHANGE COMMISSION",
        "STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP",
        "1. Name and Address of Reporting Person* 2. Issuer Name and Ticker or Trading Symbol "
        "5. Relationship of Reporting Person(s) to Issuer",
        "BOTHA ROELOF Square, Inc. [ SQ ] (Check all applicable)",
        "X Director 10% Owner", "Officer (give title Other (specify",
        "(Last) (First) (Middle) 3. Date of Earliest Transaction (Month/Day/Year) below) below)",
        "07/02/2018", "C/O SEQUOIA CAPITAL, 2800 SAND HILL", "ROAD",
        "SUITE 101 4. If Amendment, Date of Original Filed (Month/Day/Year) 6. Individual or "
        "Joint/Group Filing (Check Applicable", "Line)", "X Form filed by One Reporting Person",
        "(Street)", "MENLO PARK CA 94025 Form filed by More than One Reporting", "Person",
        "(City) (State) (Zip)", TABLE_I]))
    lines = [line.text for line in page.lines]
    street = lines.index("(Street)")
    assert lines[street - 2:street] == ["C/O SEQUOIA CAPITAL, 2800 SAND HILL ROAD", "SUITE 101"]
