"""Box labels wrapped over the lines of narrow columns on a page grid.

Terminal browsers (links) and plain text writers (pandoc) draw the header's boxes as
a table's columns a few words wide: "1. Name and Address of" over "Reporting
Person*", beside box 2's and box 5's label lines. The fixtures are the headers of
AAPL-20190502-1 (links, pandoc's plain text, the sec design) and RUM-20240404-1
(links, the plain design), each checked against its truth.
"""

from __future__ import annotations

from form4lark.form.reader import read_page
from form4lark.page import Line, Piece
from form4lark.shapes.detect import read_shape
from form4lark.shapes.grid import grid_lines
from form4lark.shapes.wrapped_labels import _may_open_label, join_wrapped_labels
from support import FIXTURES, fixture_text

HEADERS = FIXTURES / "grid" / "headers"


def _read(name: str):
    return read_page(read_shape(fixture_text(HEADERS / f"{name}.txt")), "grid")


def _texts(lines: list[Line]) -> list[list[str]]:
    return [[p.text for p in line.pieces] for line in lines]


def test_a_label_joins_the_lines_under_it_and_leaves_what_follows_it() -> None:
    text = ("1. Name and Address of  2. Issuer Name and    5. Relationship of\n"
            "Reporting Person*       Ticker or Trading     Reporting Person(s)\n"
            "                        Symbol                to Issuer (Check\n"
            "WILLIAMS JEFFREY E      APPLE INC [ AAPL ]    all applicable)\n"
            "3. Date of Earliest Transaction  4. If Amendment, Date of Original\n"
            "6. Individual or Joint/Group Filing\n")
    joined = _texts(join_wrapped_labels(grid_lines(text)))
    assert joined[0] == ["1. Name and Address of\nReporting Person*",
                         "2. Issuer Name and\nTicker or Trading\nSymbol",
                         "5. Relationship of\nReporting Person(s)\nto Issuer"]
    assert joined[1] == ["(Check"]  # the rest of the label's line, not taken
    assert joined[2] == ["WILLIAMS JEFFREY E", "APPLE INC [ AAPL ]", "all applicable)"]


_ONE_SPACE = ("1. Name and Address  2. Issuer Name and Ticker 5. Relationship of\n"
              "of Reporting         or Trading Symbol         Reporting Person(s)\n"
              "Person*\n"
              "3. Date of Earliest Transaction  4. If Amendment, Date of Original\n")


def test_nothing_is_joined_unless_every_numbered_box_is_then_whole() -> None:
    """Box 6's label is not on the page: the words under box 1's label may be another
    box's, so no label is joined."""
    lines = grid_lines(_ONE_SPACE)
    assert _texts(join_wrapped_labels(lines)) == _texts(lines)


def test_labels_run_together_after_one_space_are_cut_then_joined() -> None:
    """Box 2's and box 5's labels in one piece, one space between them (a column
    printed full): cut apart, each label joins the lines under it."""
    joined = join_wrapped_labels(grid_lines(_ONE_SPACE + "6. Individual or Joint/Group Filing\n"))
    assert _texts(joined)[0] == ["1. Name and Address\nof Reporting\nPerson*",
                                 "2. Issuer Name and Ticker\nor Trading Symbol",
                                 "5. Relationship of\nReporting Person(s)"]


def test_links_header_in_narrow_columns_reads_whole() -> None:
    sections = _read("links2-sec")
    owner = sections.owners[0]
    assert (sections.issuer_name.text, sections.ticker.text) == ("APPLE INC", "AAPL")
    assert owner.name is not None and owner.name.text == "WILLIAMS JEFFREY E"
    assert [c.text for c in owner.street] == ["ONE APPLE PARK WAY"]
    assert (owner.city.text, owner.state.text, owner.zip.text) == ("CUPERTINO", "CA", "95014")
    assert sections.period_of_report.text == "05/02/2019"


def test_a_line_cut_in_its_cell_leaves_its_words_unknown() -> None:
    """Pandoc cuts the city's line of box 1's nested table: "C" over "UPERTINO  CA
    95014", and "(Ci" over "ty)": the city is unknown, the rest read."""
    sections = _read("pandoc-plain-sec")
    owner = sections.owners[0]
    assert (sections.issuer_name.text, sections.ticker.text) == ("APPLE INC", "AAPL")
    assert owner.name is not None and owner.name.text == "WILLIAMS JEFFREY E"
    assert [c.text for c in owner.street] == ["ONE APPLE PARK WAY"]
    assert owner.city is None
    assert (owner.state.text, owner.zip.text) == ("CA", "95014")


def test_a_street_the_narrow_column_may_have_wrapped_is_unknown() -> None:
    """"444 GULF OF MEXICO" over "DR": one street wrapped, or two lines? "DR" would not
    have fit on the line above in its column, so either: the street is unknown."""
    sections = _read("links2-plain-rum")
    owner = sections.owners[0]
    assert owner.name is not None and owner.name.text == "Sacks David O"
    assert owner.street == []
    assert (owner.city.text, owner.state.text, owner.zip.text) == ("LONGBOAT KEY", "FL", "34228")
    assert (sections.issuer_name.text, sections.ticker.text) == ("Rumble Inc.", "RUM")


def test_only_a_piece_a_numbered_label_can_begin_is_stacked() -> None:
    opening = ["1. Name and Address of", "Name and Address of", "2. Issuer Name and",
               "5 Relationship of", "6. Individual or", " anything after white space"]
    assert all(_may_open_label(Piece(text)) for text in opening)
    assert not any(_may_open_label(Piece(text)) for text in
                   ["Reporting Person*", "Common Stock", "7. Nature of", "1,000", "(Street)"])
