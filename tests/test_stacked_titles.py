"""Table II's two titles stacked over the OCR lines around a centred row: read where
the lines right around the row's make them certain (``form/stacked_titles.py``), a
title reading that stops open taken for no whole title (``form/row_pairs.closed_titles``).
Values checked against EDGAR's XML of the filings named."""

from form4lark.form.atoms import Atom
from form4lark.form.row_line_types import RowLine
from form4lark.form.row_lines import _stacked
from form4lark.form.row_pairs import shared_cells
from form4lark.form.stacked_titles import stacked_titles
from form4lark.page import Piece
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


def _br_line(row: int, *words: str) -> list:
    """A page line that one text line breaks into ("...<br>...": pymupdf4llm's
    picture text): every page line on the text's line 7."""
    return [Atom("TEXT", a.text, row, a.cell, a.offset, Piece(a.piece.text, 7, 1))
            for a in _line(row, *words)]


def test_titles_no_line_beyond_can_reach_are_read_though_printed_nowhere_else():
    # YELP-20130318-1 sec (pymupdf4llm): "Class B Class A<br>Common (5)(6) 03/18/2013 C
    # 633 (5)(6) (7) Common 633 $ 0 2,485,457 D<br>Stock Stock", the table's first row,
    # the next row's two classes after it; its notes print neither title whole
    parts = {TITLE: _br_line(1, "Common"), UNDER: _br_line(1, "Common"), NATURE: []}
    above, below = _br_line(0, "Class", "B", "Class", "A"), _br_line(2, "Stock", "Stock")
    assert stacked_titles(parts, above, below, frozenset(), ()) == {}
    assert _texts(stacked_titles(parts, above, below, frozenset(), (), bounded=True)) == {
        TITLE: "Class B Common Stock", UNDER: "Class A Common Stock"}
    # bounded or not, the lines must stand right around the row's, as the shape says
    assert stacked_titles(parts, _br_line(5, "Class", "B", "Class", "A"), below,
                          frozenset(), (), bounded=True) == {}
    assert stacked_titles(parts, above, _br_line(2, "Stock", "Units"), frozenset(), (),
                          bounded=True) == {}


def test_stacked_titles_are_bounded_by_the_rows_and_header_around_them():
    # YELP-20130318-1 sec (pymupdf4llm): the table's first row (the header above its
    # two classes), then the next row's two classes; a text line beyond either bounds
    # nothing: a fourth line of a title may stand there ("Non-Voting")
    def row(at):
        return RowLine({}, {TITLE: _br_line(at, "Common"), UNDER: _br_line(at, "Common"),
                            NATURE: []})

    above, below = _br_line(0, "Class", "B", "Class", "A"), _br_line(2, "Stock", "Stock")
    first = [above, row(1), below, _br_line(3, "Class", "B", "Class", "A"), row(4)]
    assert _texts(_stacked(first, 1, first[1], frozenset(), ())) == {
        TITLE: "Class B Common Stock", UNDER: "Class A Common Stock"}
    for beyond in ([_br_line(3, "Units")], [_br_line(3, "Non-Voting", "Class", "B")]):
        assert _stacked([above, row(1), below, *beyond], 1, row(1), frozenset(), ()) == {}
    lower = [_br_line(0, "Non-Voting"), _br_line(1, "Class", "B", "Class", "A"), row(2),
             _br_line(3, "Stock", "Stock")]
    assert _stacked(lower, 2, lower[2], frozenset(), ()) == {}
