"""Page breaks in a page-grid text: pdftotext -layout (and tesseract) print a form feed
between pages; the text's line numbers are kept as an editor counts them (the form feed
dropped), and the grid's first line below each break is marked ``Line.page_top``, so a
table crossing the break is read page by page (``form/short_grid.py``)."""

from __future__ import annotations

from pathlib import Path

from form4lark import parse
from form4lark.shapes.grid import read_grid
from form4lark.source import normalise_newlines, page_tops

from support import fixture_text, off_fields, parse_fixture, truth_of

#: the web design's page printed to PDF, through pdftotext -layout: Table II's last row
#: cut by the page break, its titles printed whole at the next page's top
YELP = Path(__file__).resolve().parent / "fixtures" / "grid_pages" / "YELP-20121123-1" / "web" \
    / "pdftotext-layout.txt"


def test_the_lines_below_form_feeds_are_numbered_as_in_the_normalised_text() -> None:
    """A form feed opening a line ("\\n\\f", pdftotext's) or inside one (a lone "\\f",
    a line break of its own) opens a page at the line that follows it, counted as
    ``normalise_newlines`` leaves the text (CRLF one break)."""
    cases = {"a\n\fb\nc": {2}, "a\fb": {2}, "a\r\n\fb\r\nc\r\n\fd": {2, 4},
             "a\n\f\fb": {2, 3}, "a\nb\n\f": {3}, "a\nb": set()}
    for text, tops in cases.items():
        assert page_tops(text) == tops, text
        lines = normalise_newlines(text).split("\n")
        assert all(n <= len(lines) for n in tops)
    lines = normalise_newlines("a\n\fb\nc\fd").split("\n")
    assert [lines[n - 1] for n in sorted(page_tops("a\n\fb\nc\fd"))] == ["b", "d"]


def test_the_first_grid_line_with_words_below_a_break_is_a_page_s_top() -> None:
    """A page opening with blank lines marks its first line with words; the text's first
    line is never below a break."""
    text = "Title  Date\nCommon  01/02/2020\n\n   \nStock  x\nmore  y\n"
    page = read_grid(text, tops=frozenset({3}))
    assert [line.page_top for line in page.lines] == [False, False, True, False]
    assert page.lines[2].pieces[0].line == 5  # its place in the text kept
    assert not any(line.page_top for line in read_grid(text, tops=frozenset({1})).lines)


def test_a_table_ii_row_cut_by_a_page_break_is_read_page_by_page() -> None:
    """YELP-20121123-1's web page through pdftotext -layout: Table II's third row keeps its
    values line on the first page, its title and underlying title ("Class B / Common /
    Stock", "Class A / Common / Stock") printed at the second page's top: read with the
    form feed, each row is the truth's; without it the table is not read (never wrong)."""
    form = parse_fixture(YELP)
    assert not [f for f in off_fields(truth_of(YELP), form) if f.startswith("derivative")]
    assert [row.security_title for row in form.derivative_transactions] == [
        "Class B Common Stock"] * 3
    unpaged = parse(fixture_text(YELP).replace("\f", ""))
    assert not unpaged.derivative_transactions
    assert not [f for f in off_fields(truth_of(YELP), unpaged) if f.endswith(" wrong")]
