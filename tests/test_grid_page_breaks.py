"""Page breaks in a page-grid text: pdftotext -layout (and tesseract) print a form feed
between pages; the text's line numbers are kept as an editor counts them (the form feed
dropped), and the grid's first line below each break is marked ``Line.page_top``, so a
table crossing the break is read page by page (``form/short_grid.py``)."""

from __future__ import annotations

import re

import form4lark.form.layout
from form4lark import parse, parse_tree
from form4lark.cli import main
from form4lark.shapes.detect import read_shape
from form4lark.shapes.grid import read_grid
from form4lark.source import check_text, normalise_newlines, page_tops

from support import FIXTURES, fixture_text, off_fields, parse_fixture, truth_of, wrong_fields

#: the web design's page printed to PDF, through pdftotext -layout: Table II's last row
#: cut by the page break, its titles printed whole at the next page's top
YELP = FIXTURES / "grid_pages" / "YELP-20121123-1" / "web" \
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
        assert check_text(text) == (normalise_newlines(text), tops), text  # parse's reading
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
    assert not wrong_fields(off_fields(truth_of(YELP), unpaged))


def _with_header(text: str, header: str) -> str:
    """``text`` with a running header line printed at the top of the page after its
    first form feed."""
    return text.replace("\f", "\f" + header + "\n", 1)


def test_a_running_header_over_a_cut_row_s_cells_is_no_one_s() -> None:
    """A header line at the next page's top ("Page 2", "Yelp Inc.") standing over the
    cut row's title column only: the title's lines do not run from the page's top as the
    underlying title's do, so the lines are not the cut row's (the table is not read
    rather than read with "Page 2 Class B Common Stock")."""
    for header in ("Page 2", "Yelp Inc."):
        form = parse(_with_header(fixture_text(YELP), header))
        titles = [row.security_title for row in form.derivative_transactions or []]
        assert not [t for t in titles if t and header in t], header
        assert not wrong_fields(off_fields(truth_of(YELP), form))


def test_a_blank_line_inside_the_lines_carried_over_a_break_refuses_them() -> None:
    """A cut row's cells printed on at the next page are unbroken lines: a blank line
    between them and the header above them parts a header from the cells."""
    lines = fixture_text(YELP).split("\n")
    top = next(n for n, line in enumerate(lines) if line.startswith("\f"))
    text = "\n".join([*lines[:top + 1], "", *lines[top + 1:]])
    rows = parse(text).derivative_transactions or []
    assert "Class B Common Stock" not in [row.security_title for row in rows[2:]]


def test_a_title_carried_alone_over_a_break_is_left_unknown() -> None:
    """Where the cut row's title alone goes on at the next page, a header line above it
    is not told apart by position: the cut row keeps no title, header or not, and its
    other cells are read."""
    underlying = re.compile(r"^(\f?\S+(?: \S+)?)\s{20,}(?:Class A|Common|Stock)$", re.M)
    alone = underlying.sub(r"\1", fixture_text(YELP).split("Footnotes")[0])
    alone += "Footnotes" + fixture_text(YELP).split("Footnotes", 1)[1]
    for text in (alone, _with_header(alone, "Page 2")):
        rows = parse(text).derivative_transactions
        assert len(rows) == 3
        assert [row.security_title for row in rows] == ["Class B Common Stock"] * 2 + [None]


def _told_tops(monkeypatch) -> list[frozenset[int]]:
    """The page tops each page grid the form reader reads is told (``read_shape``)."""
    told: list[frozenset[int]] = []

    def reading(text: str, shape: str | None = None, tops: frozenset[int] = frozenset()):
        told.append(tops)
        return read_shape(text, shape, tops)
    monkeypatch.setattr(form4lark.form.layout, "read_shape", reading)
    return told


def test_the_tree_reads_a_page_grid_page_by_page_as_parse_does(monkeypatch, capsys,
                                                                 tmp_path) -> None:
    """``parse_tree`` and the command line's --tree read the grid with the pages its form
    feeds open, as ``parse`` does, so the tree shows the page parse reads."""
    text = fixture_text(YELP)
    tops = page_tops(text)
    assert tops
    told = _told_tops(monkeypatch)
    parse_tree(text, layout="grid")
    assert told == [tops]
    told.clear()
    path = tmp_path / "yelp.txt"
    path.write_text(text)
    assert main(["--tree", "--layout", "grid", str(path)]) == 0
    capsys.readouterr()
    assert told == [tops]


def test_a_cut_row_takes_the_top_of_one_page_only() -> None:
    """A page break inside the lines a cut row carries ("Class B" on one page, a running
    header over "Common" / "Stock" / "Units" beside a centred "Class A" / "Common" on the
    next): the row the first page's top went to takes no second page's top (the header
    would join its title, centred as a cut row's cells are)."""
    lines = fixture_text(YELP).split("\n")
    top = next(n for n, line in enumerate(lines) if line.startswith("\f"))
    column = lines[top].index("Class A")
    carried = ["\fClass B", "\fPage 2", "Common".ljust(column) + "Class A",
               "Stock".ljust(column) + "Common", "Units"]
    text = "\n".join([*lines[:top], *carried, *lines[top + 3:]])
    rows = parse(text).derivative_transactions or []
    assert not [row for row in rows if row.security_title and "Page" in row.security_title]
