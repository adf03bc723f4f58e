"""markitdown's text of a PDF (pdfplumber's words cut into lines of cells where they
line up, other lines printed loose), the sec.gov page's design: box 1's name and its
city line printed on lines of their own among the other boxes' cells, read to the
filing's truth; what the text does not tell stays unknown, never wrong."""

from __future__ import annotations

import form4lark
from support import FIXTURES, fixture_text, off_fields, parse_fixture, truth, wrong_fields

TEXT = FIXTURES / "markitdown-pdf" / "AAPL-20190502-1" / "sec" / "markitdown-pdf.txt"


def test_box_1_name_and_place_among_the_cells():
    form = parse_fixture(TEXT)
    owner = form.reporting_owners[0]
    # "WILLIAMS JEFFREY E" alone between box 2's and box 5's lines of cells;
    # "| CUPERTINO | CA | 95014 | ... | X | Form filed by One Reporting Person |"
    assert (owner.name, owner.city, owner.state, owner.zip) == (
        "WILLIAMS JEFFREY E", "CUPERTINO", "CA", "95014")
    off = off_fields(truth("AAPL-20190502-1", "sec"), form)
    assert not wrong_fields(off)
    assert not [f for f in off if f.startswith("reporting_owners[0].")
                and f.split(".")[1].split(" ")[0] in ("name", "city", "state", "zip")]


def test_a_second_line_alone_leaves_the_name_unknown():
    # two lines of words alone before "(Last)": whose name is not told (a joint filing's)
    text = fixture_text(TEXT).replace(
        "WILLIAMS JEFFREY E\n", "WILLIAMS JEFFREY E\nCOOK TIMOTHY D\n", 1)
    assert form4lark.parse(text).reporting_owners[0].name is None


def test_a_place_not_read_whole_as_a_city_line_stays_unknown():
    # the zip cut off its cell: no line reads as city, state and zip
    text = fixture_text(TEXT).replace("| CUPERTINO | CA  | 95014 |",
                                                    "| CUPERTINO | CA  |       |", 1)
    owner = form4lark.parse(text).reporting_owners[0]
    assert (owner.city, owner.state, owner.zip) == (None, None, None)


def test_a_city_line_with_empty_columns_between_its_cells():
    # "| CUPERTINO | | CA | 95014 |": the converter kept an empty column after the city
    text = fixture_text(TEXT).replace("| CUPERTINO | CA  | 95014 |",
                                                    "| CUPERTINO |  | CA  | 95014 |", 1)
    owner = form4lark.parse(text).reporting_owners[0]
    assert (owner.city, owner.state, owner.zip) == ("CUPERTINO", "CA", "95014")


def test_a_city_line_after_a_label_in_its_cells_stays_unknown():
    # a label among the first three filled cells: no city line of box 1
    text = fixture_text(TEXT).replace("| CUPERTINO | CA  | 95014 |",
                                                    "| CUPERTINO | (State) | CA  | 95014 |", 1)
    owner = form4lark.parse(text).reporting_owners[0]
    assert (owner.city, owner.state, owner.zip) == (None, None, None)
