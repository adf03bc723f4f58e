"""HTML shape: table rows as lines of cells, nested tables flattened in reading order."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from form4lark.page import Line, Piece
from form4lark.shapes.html import html_blocks, html_lines, read_html

from support import FIXTURES, fixture_text

SEC_PAGE = FIXTURES / "pages" / "AAPL-20190812-1" / "sec" / "page.html"


def texts(lines: list[Line]) -> list[list[str]]:
    return [[p.text for p in line.pieces] for line in lines]


def test_a_row_is_a_line_of_cells_empty_ones_kept() -> None:
    lines = html_lines("<table><tr><th>Code</th><td></td><td> M </td></tr></table>")
    assert texts(lines) == [["Code", "", "M"]]
    assert lines[0].cells


def test_colspan_is_followed_by_empty_pieces() -> None:
    markup = (
        "<table><tr><th colspan='3'>Table I</th></tr>"
        "<tr><td>a</td><td colspan=\"2\">b</td><td>c</td></tr></table>"
    )
    assert texts(html_lines(markup)) == [["Table I", "", ""], ["a", "b", "", "c"]]


@pytest.mark.parametrize("colspan", ["0", "x", "", "-2", "x2"])
def test_unreadable_colspan_counts_as_one(colspan: str) -> None:
    assert texts(html_lines(f"<table><tr><td colspan='{colspan}'>a</td></tr></table>")) == [["a"]]


def test_colspan_is_capped() -> None:
    [line] = html_lines("<table><tr><td colspan='99999999'>a</td></tr></table>")
    assert len(line.pieces) == 1000


def test_colspan_read_as_html_reads_it() -> None:
    [line] = html_lines("<table><tr><td colspan=' +2px'>a</td></tr></table>")
    assert [p.text for p in line.pieces] == ["a", ""]


def test_nested_table_splits_the_row_in_reading_order() -> None:
    markup = (
        "<table><tr>"
        "<td>before</td>"
        "<td>label<table><tr><td>X</td><td>Director</td></tr><tr><td></td><td>Officer</td></tr></table>after</td>"
        "<td>next</td>"
        "</tr></table>"
    )
    lines = html_lines(markup)
    assert texts(lines) == [["before", "label"], ["X", "Director"], ["", "Officer"], ["after", "next"]]
    assert all(line.cells for line in lines)


def test_empty_parts_of_a_split_row_are_dropped_but_empty_rows_kept() -> None:
    # the sec page's "no longer subject to Section 16" box: a nested table of one empty cell
    markup = (
        "<table><tr><td><table><tr><td>  </td></tr></table></td>"
        "<td>Check this box</td></tr><tr><td></td></tr></table>"
    )
    assert texts(html_lines(markup)) == [[""], ["Check this box"], [""]]


def test_tables_nested_several_levels_deep() -> None:
    markup = (
        "<table><tr><td>1<table><tr><td>2<table><tr><td>3</td></tr></table>4</td></tr></table>5</td></tr>"
        "<tr><td>6</td></tr></table>"
    )
    assert texts(html_lines(markup)) == [["1"], ["2"], ["3"], ["4"], ["5"], ["6"]]


def test_link_cik_goes_to_the_piece_holding_the_link() -> None:
    markup = (
        "<table><tr><td><a href=\"/cgi-bin/browse-edgar?action=getcompany&amp;CIK=0001214128\">"
        "LEVINSON ARTHUR D</a></td><td>CA</td></tr></table>"
        "<p>Issuer <a href='/x?cik=0000320193'>Apple Inc.</a></p><p><a href='/no-cik'>other</a></p>"
    )
    lines = html_lines(markup)
    assert [[p.cik for p in line.pieces] for line in lines] == [["0001214128", None], ["0000320193"], [None]]
    assert texts(lines) == [["LEVINSON ARTHUR D", "CA"], ["Issuer Apple Inc."], ["other"]]


def test_sup_stays_in_place_br_and_blocks_are_line_breaks_in_a_cell() -> None:
    markup = (
        "<table><tr><td><span>Common Stock</span><sup>(1)</sup></td>"
        "<td>$<span>201.69</span></td><td>Table II<br>(e.g., puts)<p>calls</p>end</td></tr></table>"
    )
    assert texts(html_lines(markup)) == [["Common Stock(1)", "$201.69", "Table II\n(e.g., puts)\ncalls\nend"]]


def test_entities_unescaped_and_white_space_folded() -> None:
    markup = "<table><tr><td>&nbsp;Reid Hoffman &amp;\n\t Michelle\u00a0&#160;Yee&nbsp;</td><td>AT&T</td></tr></table>"
    assert texts(html_lines(markup)) == [["Reid Hoffman & Michelle Yee", "AT&T"]]


def test_text_outside_tables_is_split_at_block_tags() -> None:
    markup = (
        "<html><head><title>SEC FORM 4</title><style>.a {color: blue}</style>"
        "<script>var x = '<p>no</p>';</script></head>"
        "<body>SEC Form 4<h3>Table I</h3><div><b>Explanation of Responses:</b></div>"
        "<p>1. A <i>see</i> note.<br>2. Another.</p><p> </p><hr>Remarks:"
        "<table><tr><td>cell</td></tr></table>after</body></html>"
    )
    lines = html_lines(markup)
    assert texts(lines) == [
        ["SEC Form 4"],
        ["Table I"],
        ["Explanation of Responses:"],
        ["1. A see note."],
        ["2. Another."],
        ["Remarks:"],
        ["cell"],
        ["after"],
    ]
    assert [line.cells for line in lines] == [False] * 6 + [True, False]


def test_positions_point_at_the_first_character() -> None:
    markup = "intro\n<table>\n<tr><td>  \n  &nbsp;value</td><td colspan=2></td></tr>\n</table>"
    lines = html_lines(markup, first_line=40)
    assert [(p.text, p.line, p.column) for line in lines for p in line.pieces] == [
        ("intro", 40, 1),
        ("value", 43, 9),
        ("", 43, 33),  # an empty cell: right after its start tag
        ("", 43, 33),  # its padding: the cell's position
    ]
    assert all(p.x is None for line in lines for p in line.pieces)


def test_position_of_text_after_a_nested_table() -> None:
    markup = "<table><tr><td>a<table><tr><td>b</td></tr></table>\n   c</td></tr></table>"
    lines = html_lines(markup)
    assert [(p.text, p.line, p.column) for line in lines for p in line.pieces] == [
        ("a", 1, 16),
        ("b", 1, 32),
        ("c", 2, 4),
    ]


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("<table><tr><td>a<td>b<tr><td>c</table>", [["a", "b"], ["c"]]),
        ("<table><tr><td>a</td></tr>", [["a"]]),
        ("</td></tr></table>text</td>", [["text"]]),
        ("<table><tr><td>1 < 2 & 3 > 2</td></tr></table>", [["1 < 2 & 3 > 2"]]),
        ("<table><td>no row</td></table>", [["no row"]]),
        ("<table><tr>stray<td>a</td></tr></table>", [["stray", "a"]]),
        ("<table><tr><td>a<table><tr><td>b</td>", [["a"], ["b"]]),
        ("<td>cell outside a table</td><tr>", [["cell outside a table"]]),
        ("<p>unclosed <b>bold <a href='?CIK=1'>x", [["unclosed bold x"]]),
        ("<table><tr><td>a</td><!-- <td>b</td> --><td><![CDATA[c]]>d</td></tr></table>", [["a", "d"]]),
        ("<title>a</style>b</title>c<style>d", [["c"]]),
        ("", []),
        ("<", [["<"]]),
    ],
)
def test_malformed_markup_never_raises(markup: str, expected: list[list[str]]) -> None:
    assert texts(html_lines(markup)) == expected


TAG_SOUP = st.lists(st.sampled_from([
    "<table>", "</table>", "<tr>", "</tr>", "<td>", "</td>", "<th colspan=3>", "<a href='?CIK=12'>", "</a>",
    "<br>", "<p>", "</p>", "<script>", "</script>", "<sup>", "<!--", "-->", "<td/>", "</", "<tr", "<", ">",
    "&amp;", "&", "&nbsp;", "x", " ", "\n", "'", '"',
]), max_size=40).map("".join)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(markup=TAG_SOUP)
def test_tag_soup_never_raises_and_positions_increase(markup: str) -> None:
    lines = html_lines(markup, first_line=7)
    places = [(p.line, p.column) for line in lines for p in line.pieces if p.text]
    assert places == sorted(places) and all(line >= 7 for line, _ in places)
    html_blocks(markup)


def test_deep_nesting_does_not_recurse() -> None:
    depth = 5000
    lines = html_lines("<table><tr><td>x" * depth + "</td></tr></table>" * depth)
    assert texts(lines) == [["x"]] * depth


def test_html_blocks_in_markdown() -> None:
    text = "\n".join([
        "SEC Form 4",  # 1
        "",  # 2
        "<table>",  # 3
        "<tr><td><table><tr><td>x</td></tr>",  # 4
        "</table></td></tr>",  # 5
        "</table>",  # 6
        "| a | b |",  # 7
        "<TABLE><tr><td>one line</td></tr></Table>",  # 8
        "</table> stray",  # 9
        "<table>",  # 10
        "</table><table>",  # 11
        "</table >",  # 12
        "<tables> are not tables",  # 13
        "<table>",  # 14
        "unclosed",  # 15
    ])
    assert html_blocks(text) == [(3, 6), (8, 8), (10, 12), (14, 15)]
    rows = text.split("\n")
    lines = html_lines("\n".join(rows[2:6]), first_line=3)
    assert [(p.text, p.line) for line in lines for p in line.pieces] == [("x", 4)]


def test_read_html_is_a_cells_page() -> None:
    page = read_html("<table><tr><td>a</td></tr></table>")
    assert (page.shape, page.converter) == ("cells", "html")
    assert page.lines == [Line([Piece("a", 1, 16)], cells=True)]


# -- the sec.gov page of AAPL-20190812-1 (values checked against its truth.json) -------------

@pytest.fixture(scope="module")
def sec_lines() -> list[Line]:
    return html_lines(fixture_text(SEC_PAGE))


def rows_of_width(lines: list[Line], width: int) -> list[list[str]]:
    return [[p.text for p in line.pieces] for line in lines if line.cells and len(line.pieces) == width]


def test_sec_page_table_one(sec_lines: list[Line]) -> None:
    rows = rows_of_width(sec_lines, 11)
    assert rows[0][0] == "Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned"
    assert rows[0][1:] == [""] * 10
    assert rows[1][:5] == [
        "1. Title of Security (Instr. 3)",
        "2. Transaction Date (Month/Day/Year)",
        "2A. Deemed Execution Date, if any (Month/Day/Year)",
        "3. Transaction Code (Instr. 8)",
        "",
    ]
    assert rows[2:] == [
        ["Common Stock", "08/12/2019", "", "M", "", "17,500", "A", "$23.8257", "1,150,783", "D", ""],
        ["Common Stock", "08/12/2019", "", "S", "", "17,500", "D", "$201.69(1)", "1,133,283", "D", ""],
        ["Common Stock", "", "", "", "", "", "", "", "14,000", "I", "By Spouse"],
    ]


def test_sec_page_table_two(sec_lines: list[Line]) -> None:
    rows = rows_of_width(sec_lines, 16)
    assert len(rows) == 3  # title, header, one data row
    assert rows[2] == [
        "Director Stock Option (Right to Buy)", "$23.8257", "08/12/2019", "", "M", "", "", "17,500",
        "08/14/2009", "08/14/2019", "Common Stock", "17,500", "$0", "0", "D", "",
    ]


def test_sec_page_boxes_in_reading_order(sec_lines: list[Line]) -> None:
    lines = [line.text for line in sec_lines]
    start = lines.index("1. Name and Address of Reporting Person*")
    assert lines[start:start + 9] == [
        "1. Name and Address of Reporting Person*",
        "LEVINSON ARTHUR D",
        "(Last) (First) (Middle)",
        "ONE APPLE PARK WAY",
        "",
        "(Street)",
        "CUPERTINO CA 95014",
        "(City) (State) (Zip)",
        "2. Issuer Name and Ticker or Trading Symbol\nApple Inc. [ AAPL ] "
        "5. Relationship of Reporting Person(s) to Issuer\n(Check all applicable)",
    ]
    [owner] = sec_lines[start + 1].pieces
    assert (owner.text, owner.cik) == ("LEVINSON ARTHUR D", "0001214128")
    assert sec_lines[start + 8].pieces[0].cik == "0000320193"
    assert texts(sec_lines[start + 9:start + 11]) == [
        ["X", "Director", "", "10% Owner"],
        ["", "Officer (give title below)", "", "Other (specify below)"],
    ]


def test_sec_page_footnotes_then_signature(sec_lines: list[Line]) -> None:
    lines = [line.text for line in sec_lines]
    start = lines.index("Explanation of Responses:")
    assert lines[start + 1].startswith("1. This transaction was executed in multiple trades at prices ranging")
    assert lines[start + 2:start + 4] == ["Remarks:", ""]
    assert texts(sec_lines[start + 4:start + 6]) == [
        ["", "/s/ Sam Whittington, Attorney-in-Fact for Arthur D. Levinson", "08/14/2019"],
        ["", "** Signature of Reporting Person", "Date"],
    ]


def test_sec_page_positions_increase(sec_lines: list[Line]) -> None:
    places = [(p.line, p.column) for line in sec_lines for p in line.pieces if p.text]
    assert places == sorted(places) and len(set(places)) == len(places)


def test_a_checked_input_is_the_forms_mark_an_unchecked_one_nothing() -> None:
    markup = ("<table><tr><td><input type='checkbox' checked> Director</td>"
              "<td><input type=\"checkbox\"> 10% Owner</td>"
              "<td><INPUT TYPE=CHECKBOX CHECKED=checked/>Officer</td></tr></table>")
    assert texts(html_lines(markup)) == [["X Director", "10% Owner", "X Officer"]]


PLAIN_PAGE = SEC_PAGE.parent.parent / "plain" / "page.html"


def test_a_page_whose_boxes_are_inputs_reads_as_the_page_with_marks() -> None:
    """A design we do not have: the plain page's boxes drawn as form inputs (checked where the
    page prints X) must give the same record (truth: box 5 Director only, box 6 one owner)."""
    from form4lark import parse

    page = fixture_text(PLAIN_PAGE)
    inputs = (page.replace('<span class="cb">X</span>', '<input type="checkbox" checked disabled>')
              .replace('<span class="cb">&nbsp;</span>', '<input type="checkbox" disabled>'))
    assert inputs.count("<input") == 7
    want, got = parse(page).to_dict(), parse(inputs).to_dict()
    assert got == want
    owner = got["reporting_owners"][0]
    assert (owner["is_director"], owner["is_officer"], owner["is_ten_percent_owner"],
            owner["is_other"]) == (True, False, False, False)
    assert got["not_subject_to_section16"] is False
    assert got["filed_by_more_than_one_person"] is False


_AFF10B5_LABEL = ("Check this box to indicate that a transaction was made pursuant to a contract, "
                  "instruction or written plan for the purchase or sale of equity securities of the "
                  "issuer that is intended to satisfy the affirmative defense conditions of Rule "
                  "10b5-1(c). <i>See</i> Instruction 10.")


@pytest.mark.parametrize(("box", "checked"), [
    ('<span class="cb">X</span>', True), ('<span class="cb">&nbsp;</span>', False),
    ("<input type='checkbox' checked>", True), ("<input type='checkbox'>", False),
    ("&#10007;", True), ("&#10008;", True), ("&#9746;", True), ("&#10004;", True),
])
def test_a_plain_page_printing_the_10b5_1_box_reads_its_mark(box: str, checked: bool) -> None:
    """The plain design prints no 10b5-1 box; a design that does (under box 1, any mark of a
    ballot box) is read, and the other boxes keep their values (box 1 unchecked)."""
    from form4lark import parse

    anchor = "<i>See</i> Instruction 1(b).</p>"
    page = fixture_text(PLAIN_PAGE)
    assert page.count(anchor) == 1
    record = parse(page.replace(anchor, f"{anchor}<p class='small'>{box} {_AFF10B5_LABEL}</p>")).to_dict()
    assert record["aff10b5_one"] is checked
    assert record["not_subject_to_section16"] is False
    assert record["reporting_owners"][0]["is_director"] is True
