"""markitdown's text of the agent design's PDF: boxes 1, 2 and 3's labels on one line,
then one row of cells holding box 1's name, box 2's issuer and ticker and box 3's
label's end, box 3's date after it in a cell of its own or on a line of its own among
box 1's lines; or box 1's and box 2's names run together on one line, cut where the
page's other words tell (form/regions._first_three_in_cells)."""

from __future__ import annotations

from datetime import date

from form4lark import parse
from support import FIXTURES, fixture_text, read_none_wrong

AGENT = FIXTURES / "agent"

#: AAPL-20190502-1: "| (Last) (First) (Middle) | ... | 05/02/2019 |" below the row of boxes
_APPLE = AGENT / "AAPL-20190502-1" / "agent" / "markitdown-pdf.txt"


def test_boxes_in_one_row_of_cells_with_the_date_in_a_cell_below():
    form, _ = read_none_wrong(_APPLE)
    assert (form.issuer.name, form.issuer.trading_symbol) == ("APPLE INC", "AAPL")
    assert form.period_of_report == date(2019, 5, 2)
    owner = form.reporting_owners[0]
    assert (owner.name, owner.street1, owner.city, owner.state, owner.zip) == \
        ("WILLIAMS JEFFREY E", "ONE APPLE PARK WAY", "CUPERTINO", "CA", "95014")


def test_boxes_in_one_row_of_cells_with_the_date_on_a_line_of_its_own():
    # JOBY-20231005-1: "(Last) (First) (Middle)" then "10/05/2023" on a line of its own,
    # then box 1's street lines
    form, _ = read_none_wrong(AGENT / "JOBY-20231005-1" / "agent" / "markitdown-pdf.txt")
    assert (form.issuer.name, form.issuer.trading_symbol) == ("Joby Aviation, Inc.", "JOBY")
    assert form.period_of_report == date(2023, 10, 5)
    assert form.reporting_owners[0].name == "Hoffman Reid"
    assert form.reporting_owners[0].street1 == "C/O REINVENT TECHNOLOGY PARTNERS,"


def test_boxes_are_not_told_apart_where_the_run_holds_two_dates():
    # a second date among box 1's lines: which is box 3's is not certain
    text = fixture_text(_APPLE)
    assert "\nONE APPLE PARK WAY\n" in text
    form = parse(text.replace("\nONE APPLE PARK WAY\n", "\nONE APPLE PARK WAY\n05/03/2019\n"))
    assert form.period_of_report is None
    assert form.reporting_owners[0].name is None


def test_box_1_and_box_2_run_together_on_one_line_are_cut_where_the_page_tells():
    # BETR-20241209-1: "SOFTBANK GROUP CORP. Better Home & Finance Holding Co [ BETR ]
    # (Month/Day/Year)", box 3's date beside "(Last) (First) (Middle)"; the owner's name is
    # printed again where box 5 lists the joint owners ("SOFTBANK GROUP CORP.: [X] ...").
    # The second owner's address was read as the first's before
    form, _ = read_none_wrong(AGENT / "BETR-20241209-1" / "agent" / "markitdown-pdf.txt")
    assert (form.issuer.name, form.issuer.trading_symbol) == \
        ("Better Home & Finance Holding Co", "BETR")
    assert form.period_of_report == date(2024, 12, 9)
    owner = form.reporting_owners[0]
    assert (owner.name, owner.street1, owner.city, owner.state, owner.zip) == \
        ("SOFTBANK GROUP CORP.", "1-7-1, KAIGAN", "MINATO-KU TOKYO", "M0", "105-7537")


def test_box_2_after_an_empty_box_4s_label_is_box_2s():
    # SCTY-20121218-1 (its blocks in a stream): "4. If Amendment ..." then "2. Issuer Name
    # ..." with nothing between, then "SOLARCITY CORP [ SCTY ]": box 4 holds a date only
    form, _ = read_none_wrong(AGENT / "SCTY-20121218-1" / "agent" / "markitdown-pdf.txt")
    assert (form.issuer.name, form.issuer.trading_symbol) == ("SOLARCITY CORP", "SCTY")
    assert form.period_of_report == date(2012, 12, 18)
