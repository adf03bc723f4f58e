"""Table II's two titles stacked over the OCR lines around a centred row: read where
the lines right around the row's make them certain (``form/stacked_titles.py``), a
title reading that stops open taken for no whole title (``form/row_pairs.closed_titles``).
Values checked against EDGAR's XML of the filings named."""

from form4lark.form.row_pairs import shared_cells
from form4lark.form.stacked_titles import stacked_titles
from test_row_pairs import _line

TITLE, UNDER, NATURE = "security_title", "underlying_security_title", "nature_of_ownership"
NOTES = tuple("1. The Class B Common Stock is convertible into Class A Common Stock.".split())


def _texts(cells):
    return {key: " ".join(a.text for a in atoms) for key, atoms in cells.items()}


def test_two_titles_stacked_around_their_row_are_read_by_the_lines_beside_it():
    # MDB-20200610-1 sec (tesseract): "Class B Class A U:" / "Common ... Common ...
    # Growth" / "Stock Stock Fund IV,", the nature running over four more lines
    parts = {TITLE: _line(5, "Common"), UNDER: _line(5, "Common"), NATURE: _line(5, "Growth")}
    above, below = _line(4, "Class", "B", "Class", "A", "U:"), _line(6, "Stock", "Stock", "Fund", "IV,")
    assert _texts(stacked_titles(parts, above, below, frozenset(), NOTES)) == {
        TITLE: "Class B Common Stock", UNDER: "Class A Common Stock"}


def test_stacked_titles_are_left_where_a_line_is_not_certain():
    parts = {TITLE: _line(5, "Common"), UNDER: _line(5, "Common")}
    above, below = _line(4, "Class", "B", "Class", "A"), _line(6, "Stock", "Stock")
    titles = frozenset({"Class A Common Stock", "Class B Common Stock"})
    assert stacked_titles(parts, above, below, titles, ())
    # a line not right above the row's; a title the page does not print elsewhere;
    # a title word on the row's line that may end it; no closing word below
    assert stacked_titles(parts, _line(3, "Class", "B", "Class", "A"), below, titles, ()) == {}
    assert stacked_titles(parts, above, below, frozenset({"Class A Common Stock"}), ()) == {}
    assert stacked_titles({TITLE: _line(5, "Common", "Stock"), UNDER: _line(5, "Common")},
                          above, below, titles, ()) == {}
    assert stacked_titles(parts, above, _line(6, "Stock", "Fund"), titles, ()) == {}
    assert stacked_titles(parts, _line(4, "By", "Class", "B", "Class", "A"), below, titles, ()) == {}


def test_a_title_that_stops_open_is_no_reading_of_it():
    # BETR-20241209-1 sec (tesseract): "Class B Class A By SVF II" / "Common ... Common
    # ... (DE)" / "Stock Stock uc(00)": "Stock Stock" may be cut after either word, but
    # only one cut leaves the title whole ("Class B Common Stock", not "Class B Common");
    # the nature, which OCR garbled, stays as every reading agrees (none)
    above, below = [_line(0, "Class", "B", "Class", "A", "By", "SVF", "II")], [
        _line(2, "Stock", "Stock", "uc(00)")]
    parts = {TITLE: _line(1, "Common"), UNDER: _line(1, "Common"), NATURE: _line(1, "(DE)")}
    cells = shared_cells(above, below, parts, (TITLE, UNDER, NATURE),
                         frozenset({"Class A Common Stock"}))
    assert _texts(cells) == {TITLE: "Class B Common Stock", UNDER: "Class A Common Stock"}
