"""A page grid whose columns are printed full, one space only between a box's value
and the next box's label (links2's dump of the plain design): the label is still cut
off the value and joined back whole."""

from __future__ import annotations

import form4lark
from form4lark.shapes.grid import grid_lines
from form4lark.shapes.wrapped_labels import _box_cuts, join_wrapped_labels
from support import FIXTURES

TEXT = FIXTURES / "full_columns" / "links2-plain-AAPL-20190502-1.txt"


def test_a_box_label_after_one_space_is_a_piece_of_its_own():
    line = _box_cuts(grid_lines("   WILLIAMS JEFFREY E 3. Date of Earliest       X Officer (give"))[0]
    assert [(p.text, p.x, p.x_end) for p in line.pieces] == [
        ("WILLIAMS JEFFREY E", 3, 21), ("3. Date of Earliest", 22, 41), ("X Officer (give", 48, 63)]


def test_a_labels_wrapped_line_is_cut_off_the_value_it_runs_on_from():
    lines = join_wrapped_labels(grid_lines(
        "                      4. If Amendment, Date of\n"
        "   CUPERTINO CA 95014 Original Filed\n"
        "                      (Month/Day/Year)\n"))
    # not every box's label is on the page: nothing is joined
    assert [p.text for line in lines for p in line.pieces][1] == "CUPERTINO CA 95014 Original Filed"
    lines = join_wrapped_labels(grid_lines(TEXT.read_text()))
    texts = [p.text for line in lines for p in line.pieces]
    assert "4. If Amendment, Date of\nOriginal Filed\n(Month/Day/Year)" in texts
    assert "CUPERTINO CA 95014" in texts


def test_labels_whole_on_one_line_are_not_cut():
    # pdfplumber's layout: the labels' x are not their values' (box 2's value stands
    # left of its label), so the line is left to the label reader as it is
    line = "     1. Name and Address of Reporting Person* 2. Issuer Name and Ticker or Trading Symbol"
    lines = grid_lines(line + "\n     Rabois Keith              YELP INC [ YELP ]\n")
    assert join_wrapped_labels(lines) == lines


def test_a_header_printed_in_full_columns_reads():
    # checked against truth (AAPL-20190502-1)
    form = form4lark.parse(TEXT.read_text())
    owner = form.reporting_owners[0]
    assert (form.issuer.name, form.issuer.trading_symbol, str(form.period_of_report)) == (
        "APPLE INC", "AAPL", "2019-05-02")
    assert (owner.name, owner.street1, owner.city, owner.state, owner.zip, owner.officer_title) == (
        "WILLIAMS JEFFREY E", "ONE APPLE PARK WAY", "CUPERTINO", "CA", "95014", "COO")
