"""Texts of converters the corpus does not hold, read to the filing's truth.

Each fixture is what one converter outside the corpus's eleven made of a sec.gov page
(``benchmarks/other_converters.py`` made them and gives each command): elinks
(box-drawn tables, numbered links closed by their "References" list, "^" before a
superscript), lynx (the same numbering, rules of underscores) and html2text with its
default 78-column wrap (a table's bold title and a link's text or address cut across
lines), and BeautifulSoup's ``get_text("\n")`` of the plain design (every piece of a
cell on a line of its own: a footnote mark on the line after its value). The drawing is taken out keeping every column (``without_drawing``); markdown's
wrapped markup is put back together (``markdown._unwrapped``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import form4lark
from form4lark.form import checkboxes, notes
from form4lark.form.atoms import lex
from form4lark.form.interleaved_headers import without_interleaved_headers
from form4lark.form.row_marks import join_wrapped_marks
from form4lark.form.row_sequence import sequence_rows
from form4lark.placeholders import UNPLACED
from form4lark.shapes.detect import read_shape, shape_of, without_drawing
from form4lark.shapes.markdown import clean_cell, markdown_lines
from form4lark.shapes.stream import read_stream
from support import (FIXTURES, edited_text, fixture_paths, fixture_text, off_fields, parse_fixture,
                     truth_of)

TEXTS = fixture_paths(FIXTURES / "other-converters", "*/*/*.txt")
#: their tables, and their header boxes, as the grid reader's tests hold them
GRID_TEXTS = fixture_paths(FIXTURES / "grid" / "tables", "*/*/*.txt")
HEADER_TEXTS = fixture_paths(FIXTURES / "grid" / "headers", "*.txt")


def _id(path: Path) -> str:
    return f"{path.parent.parent.name}/{path.parent.name}/{path.stem}"


def _edited(filing: str, converter: str, old: str, new: str) -> form4lark.Form4:
    """The record of a fixture's text after one edit (``old`` must stand in it)."""
    path = FIXTURES / "other-converters" / filing / "sec" / f"{converter}.txt"
    return form4lark.parse(edited_text(path, (old, new), count=1))


@pytest.mark.parametrize("path", TEXTS, ids=_id)
def test_record_matches_truth_field_by_field(path: Path) -> None:
    assert off_fields(truth_of(path), parse_fixture(path)) == []


def test_the_fixtures_are_there() -> None:
    assert {p.stem for p in TEXTS} == {"elinks", "lynx", "html2text-wrap", "bs4-lines",
                                       "pandoc-markdown", "pymupdf4llm-plain", "pandoc-plain",
                                       "w3m"}
    # the text browsers and pandoc's plain text on both page designs
    for name in ("elinks", "lynx", "pandoc-plain", "w3m"):
        designs = {p.parent.name for p in TEXTS if p.stem == name}
        designs |= {p.parent.name for p in GRID_TEXTS if p.stem == name}
        designs |= {part for p in HEADER_TEXTS if p.stem.startswith(f"{name}-")
                    for part in p.stem[len(name) + 1:].split("-")}
        assert {"sec", "plain"} <= designs, name


def test_box_drawing_becomes_spaces_in_place() -> None:
    text = "│ 1. Name │ APPLE INC │\n┌──┐\n│X │  Officer\n└──┘"
    out = without_drawing(text)
    assert out.split("\n") == ["  1. Name   APPLE INC  ", "    ", " X    Officer", "    "]
    assert [len(line) for line in out.split("\n")] == [len(line) for line in text.split("\n")]


def test_link_numbers_go_only_where_a_references_list_closes_the_text() -> None:
    listed = "[1]WILLIAMS JEFFREY E\n[2]APPLE INC [ AAPL ]\n\nReferences\n\n   1. file:///a?CIK=1\n"
    out = without_drawing(listed)
    assert out.split("\n")[:2] == ["   WILLIAMS JEFFREY E", "   APPLE INC [ AAPL ]"]
    assert "file:" not in out and out.count("\n") == listed.count("\n")
    assert without_drawing("[1]WILLIAMS JEFFREY E\n") == "[1]WILLIAMS JEFFREY E\n"


def test_carets_of_superscripts_and_underscore_rules() -> None:
    assert without_drawing("Person^*\nCommon Stock^(1)\n$208.99^\n  _______\n1^st") == (
        "Person *\nCommon Stock (1)\n$208.99 \n         \n1^st")


def test_superscript_digits_are_plain_marks() -> None:
    assert without_drawing("Common Stock⁽¹⁾ 05/02/2019") == "Common Stock(1) 05/02/2019"


def test_an_ascii_framed_table_is_read_as_a_grid() -> None:
    frame = "+----------+----------+\n"
    rows = "".join(f"| {a:<8} | {b:<8} |\n" for a, b in [("1. Name", "2. Issuer"), ("DOE JOHN", "ACME")] * 3)
    text = frame + rows + frame
    out = without_drawing(text)
    assert "|" not in out and "+" not in out and "-" not in out
    assert out.split("\n")[2] == "  DOE JOHN   ACME      "
    assert shape_of(text) == "grid"
    # a framed table in markdown (pandoc's grid table) stays markdown
    assert without_drawing(text + "1\\. Name\n") == text + "1\\. Name\n"


def test_markdown_wrapped_link_and_bold_title_are_put_back() -> None:
    text = ("1\\. Name of Reporting Person*| [WILLIAMS JEFFREY E](/cgi-\n"
            "bin/browse-edgar?action=getcompany&CIK=0001496686)  \n"
            "2\\. Issuer Name | [APPLE\nINC](/cgi-bin/browse-edgar?action=getcompany&CIK=0000320193)  \n"
            "**Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially\n"
            "Owned**  \n")
    lines = markdown_lines(text)
    assert [[p.text for p in line.pieces] for line in lines[:2]] == [
        ["1. Name of Reporting Person*", "WILLIAMS JEFFREY E"], ["2. Issuer Name", "APPLE INC"]]
    assert [lines[0].pieces[1].cik, lines[1].pieces[1].cik] == ["0001496686", "0000320193"]
    assert [line.text for line in lines[2:]] == [
        "Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially", "Owned"]


def test_pandoc_spans_and_escaped_punctuation() -> None:
    assert clean_cell(r"[[05/06/2019]{.FormData}]{.underline} (\"UGP II\") Issuer\'s []{.u}") == (
        "05/06/2019 (\"UGP II\") Issuer's", None)


def test_a_mark_beside_a_later_line_of_its_wrapped_label_checks_it() -> None:
    # w3m prints a box centred on its label's lines: here the "X" beside the label's
    # third line, whose next words stand within the mark's reach
    form = _edited("ARW-20250212-1", "elinks", "    └──┘  the issuer that",
                   "     X    the issuer that")
    assert (form.aff10b5_one, form.not_subject_to_section16) == (True, False)


def test_a_superscript_mark_after_a_value_is_the_values_in_reading_order() -> None:
    # lynx prints a value's footnote mark as "^(1)" after it: "$10.00^(1)"
    form = _edited("SCTY-20121218-1", "lynx", "C 10,491,720 A ^(1) 10,609,976 I By Trust",
                   "C 10,491,720 A $10.00^(1) 10,609,976 I By Trust")
    row = form.non_derivative_transactions[0]
    assert (str(row.price_per_share), row.footnotes.get("price_per_share"),
            str(row.shares_owned_following)) == ("10.00", ("1",), "10609976")


def test_a_cell_of_several_superscript_marks_is_one_cell_of_marks() -> None:
    # lynx prints a price cell of two marks and no price as "^(2)^(3)" (LNKD-20130204-1):
    # read as one cell of marks, the row keeps its place and its values theirs
    form = _edited("SCTY-20121218-1", "lynx", "C 10,491,720 A ^(1) 10,609,976 I By Trust",
                   "C 10,491,720 A ^(1)^(2) 10,609,976 I By Trust")
    row = form.non_derivative_transactions[0]
    assert (row.price_per_share, row.footnotes.get("price_per_share"),
            str(row.shares), str(row.shares_owned_following)) == (
        None, ("1", "2"), "10491720", "10609976")
    assert without_drawing("A ^(2)^(3) 83,334", glue_marks=True) == "A (2)(3)   83,334"


def _joined(text: str, table: str) -> list[str]:
    return [a.text for a in join_wrapped_marks(lex(read_stream(text), "page"), table)]


def test_marks_on_lines_of_their_own_go_to_the_value_before_them_in_table_i():
    text = "Common Stock\n(1)\n05/02/2019\nS\n(2)\n13,433\nD\n$ 208.99\n(3)\n151,187\nI\nBy Trust\n(4)\n"
    assert _joined(text, "table_i") == ["Common", "Stock(1)", "05/02/2019", "S(2)", "13,433", "D",
                                        "$", "208.99(3)", "151,187", "I", "By", "Trust(4)"]
    row = sequence_rows(lex(read_stream(text), "page"), "table_i", "stream")[0]
    assert (row["security_title"].text, row["transaction_code"].text,
            row["price_per_share"].text, row["nature_of_ownership"].text) == (
        "Common Stock(1)", "S(2)", "$ 208.99(3)", "By Trust(4)")


def test_a_mark_after_the_acquired_or_disposed_letter_stays_the_price_alone():
    # the price column may hold only a mark; "A" after the shares is not the code
    text = "Common Stock\n12/18/2012\nC\n10,491,720\nA\n(1)\n10,609,976\nI\n"
    assert _joined(text, "table_i")[5:7] == ["A", "(1)"]
    row = sequence_rows(lex(read_stream(text), "page"), "table_i", "stream")[0]
    assert (row["acquired_disposed"].text, row["price_per_share"].text) == ("A", "(1)")


def test_a_mark_after_a_code_stays_free_where_the_date_shares_its_line():
    # a PDF's words in reading order: the first date's mark printed before the shares
    text = "$ 0.33 04/30/2025\nA\n(1)\n757,576(1)\n04/29/2035 Common\n"
    assert _joined(text, "table_ii")[3:5] == ["A", "(1)"]


def test_a_mark_a_paragraph_below_an_underlying_amount_with_its_marks_is_the_price():
    # pdfminer (CMMB-20210316-1 sec): "23,054(2)", "", "(3)": the price's cell of only a
    # mark, before the amount owned and the "I"; right below the amount it is the amount's
    text = "Shares\n\n23,054(2)\n\n(3)\n\n23,054\n\nI\n"
    assert _joined(text, "table_ii") == ["Shares", "23,054(2)", "(3)", "23,054", "I"]
    assert _joined(text.replace("\n\n(3)", "\n(3)"), "table_ii")[1] == "23,054(2)(3)"
    # after the shares (a code's letter before them) the mark stays where it went
    assert _joined("P\n\n23,054(2)\n\n(3)\n\n23,054\n\nI\n", "table_ii")[1] == "23,054(2)(3)"


def test_two_lines_of_marks_before_the_second_date_are_the_first_dates():
    text = "$ 6.24\n12/21/2021\nM\n(1)\n2,088,955\n(31)\n(32)\n08/13/2022\nCommon Stock\n"
    assert _joined(text, "table_ii") == ["$", "6.24", "12/21/2021", "M(1)", "2,088,955", "(31)(32)",
                                         "08/13/2022", "Common", "Stock"]
    # a title's mark in Table II may be the price's alone: left free
    assert _joined("Restricted Stock Units\n(1)\n03/10/2025\n", "table_ii")[-2:] == [
        "(1)", "03/10/2025"]


def test_runs_of_marks_where_only_one_column_can_hold_them():
    # Table I: the price's two marks alone are one cell; a direct holding's "D" takes its
    # mark when the next title follows
    text = "Common Stock\n04/01/2013\nC\n83,334\nA\n(2)\n(3)\n83,334\nD\n(4)\nCommon Stock\n"
    assert _joined(text, "table_i")[5:9] == ["A", "(2)(3)", "83,334", "D(4)"]
    # Table II: the underlying title's mark before its amount; a holding's price and dates,
    # only marks, before its underlying title stay three cells
    text = "C\n6,502,796\n(1)\n(1)\nCommon Stock\n(1)\n1,875,938\n"
    assert _joined(text, "table_ii")[-3:] == ["Common", "Stock(1)", "1,875,938"]
    text = "Class B Common Stock\n(1)\n(1)\n(1)\nClass A Common Stock\n782,088\n"
    assert _joined(text, "table_ii")[4:7] == ["(1)", "(1)", "(1)"]


def test_a_table_printing_cells_as_paragraphs_shows_whose_marks_they_are():
    # BeautifulSoup's get_text("\n") of the sec.gov page (YELP-20130318-1, LNKD-20110524-1):
    # a blank line ends a cell, so a mark right below a piece is that piece's and marks on
    # lines right below each other are one cell ("(5)", "(6)": the price's two marks)
    text = ("Class B Common Stock\n(4)\n\n\n(5)\n(6)\n\n\n03/18/2013\n\n\nJ\n(9)\n\n\n633\n\n\n"
            "(5)\n(6)\n\n\n(7)\n\n\nClass A Common Stock\n\n\n633\n\n\n$\n0\n\n\n2,485,457\n"
            "\n\nD\n")
    assert _joined(text, "table_ii")[:11] == [
        "Class", "B", "Common", "Stock(4)", "(5)(6)", "03/18/2013", "J(9)", "633", "(5)(6)", "(7)",
        "Class"]
    row = sequence_rows(lex(read_stream(text), "page"), "table_ii", "stream")[0]
    assert {k: c.text for k, c in row.items()} == {
        "security_title": "Class B Common Stock(4)", "conversion_or_exercise_price": "(5)(6)",
        "transaction_date": "03/18/2013", "transaction_code": "J(9)",
        "equity_swap_involved": "", "shares": "633", "exercise_date": "(5)(6)",
        "expiration_date": "(7)", "underlying_security_title": "Class A Common Stock",
        "underlying_shares": "633", "price_per_share": "$ 0",
        "shares_owned_following": "2,485,457", "direct_or_indirect": "D"}
    # a text that sets every line apart, marks too (pdftotext, YELP-20130318-1), shows no
    # cells: the code's mark stays the code's
    text_i = "Class A Common Stock\n\n03/20/2013\n\nS\n\n(2)\n\n8,500\n\nD\n\n$25.005\n\n0\n\nD\n"
    assert _joined(text_i, "table_i")[4:7] == ["03/20/2013", "S(2)", "8,500"]
    # with no blank lines (the plain design's text) the same marks cannot be told apart:
    # the title's or the price's, left out
    assert _joined(text.replace("\n\n\n", "\n"), "table_ii")[3:5] == ["Stock", "03/18/2013"]


def test_runs_of_marks_in_table_ii_placed_by_the_column_order_or_left_out():
    # the plain design's get_text("\n") (FB-20170719-1, BETR-20241209-1): no blank lines
    text = ("Class B Common Stock\n(1)\n(1)\n07/19/2017\nA\n45,659\n(2)\n(1)\n(1)\n"
            "Class A Common Stock\n45,659\n(6)\n$ 69.35\n(3)\n87,290\n(4)\nI\n"
            "By The Founders Fund IV, LP\n(5)\n")
    row = sequence_rows(lex(read_stream(text), "page"), "table_ii", "stream")[0]
    assert {k: c.text for k, c in row.items()} == {
        # one mark printed twice: the title's and the conversion price's
        "security_title": "Class B Common Stock(1)", "conversion_or_exercise_price": "(1)",
        "transaction_date": "07/19/2017", "transaction_code": "A", "equity_swap_involved": "",
        # three marks after the shares, two date columns: which holds which is not told
        "shares": "45,659", "exercise_date": UNPLACED, "expiration_date": UNPLACED,
        "underlying_security_title": "Class A Common Stock",
        # a mark before a printed price, or before the amount owned, or before "I": the
        # value's before it
        "underlying_shares": "45,659(6)", "price_per_share": "$ 69.35(3)",
        "shares_owned_following": "87,290(4)", "direct_or_indirect": "I",
        "nature_of_ownership": "By The Founders Fund IV, LP(5)"}
    # two marks before the date: the title's or the price's, left out; between the
    # underlying amount and the amount owned: its or the price's, left out
    text = ("Class B Common Stock\n(4)\n(7)\n05/24/2011\nJ(5)\n115,335\n(7)\n(8)\n"
            "Class A Common Stock\n23,054\n(2)\n(3)\n23,054\nI\n")
    assert _joined(text, "table_ii") == [
        "Class", "B", "Common", "Stock", "05/24/2011", "J(5)", "115,335", "(7)", "(8)",
        "Class", "A", "Common", "Stock", "23,054", "23,054", "I"]


def test_the_relationship_boxes_side_by_side_do_not_make_a_text_a_grid() -> None:
    # lynx prints the relationship box once per reporting owner (BETR-20241209-1: six
    # owners), its checkboxes two to a line, in a text otherwise in reading order
    boxes = ("     Director                   X 10% Owner\n"
             "     Officer (give title below)   Other (specify below)\n")
    prose = "".join(f"   SOFTBANK GROUP CORP. line {i} of words in reading order\n"
                    for i in range(30))
    assert shape_of(prose + boxes * 6) == "stream"
    # a line of the page's columns is still one
    assert shape_of(prose + "   Common Stock   05/02/2019   S   13,433\n" * 6) == "grid"


def test_a_mark_after_a_top_boxs_whole_label_is_the_next_boxs() -> None:
    # lynx (AFRM-20230403-1): the 10b5-1 box's "X" on a line of its own between the two
    # labels, the first label's words one piece each up to its end ("Instruction 1(b).")
    form = _edited("SCTY-20121218-1", "lynx", "See Instruction 1(b).\n",
                   "See Instruction 1(b).\n   X\n   Check this box to indicate that a "
                   "transaction was made pursuant to a contract, instruction or written plan "
                   "for the purchase or sale of equity securities of the issuer that is "
                   "intended to\n   satisfy the affirmative defense conditions of Rule "
                   "10b5-1(c). See Instruction 10.\n")
    assert (form.not_subject_to_section16, form.aff10b5_one) == (False, True)


RUN_TOGETHER = ("SEC FORM 4\nFORM 4  Check this box if no longer subject to Section 16.\n"
                "1. Name and Address of Reporting Person*WILLIAMS JEFFREY E(Last) (First) (Middle)"
                "C/O APPLE INC.ONE APPLE PARK WAY(Street)CUPERTINO CA 95014(City) (State) (Zip)"
                "2. Issuer Name and Ticker or Trading SymbolAPPLE INC [ AAPL ]5. Relationship of "
                "Reporting Person(s) to Issuer (Check all applicable)\u00a0 DirectorX 10% Owner\u00a0 "
                "Officer (give title below)\u00a0 Other (specify below)3. Date of Earliest Transaction "
                "(Month/Day/Year)05/02/20194. If Amendment, Date of Original Filed (Month/Day/Year)"
                "6. Individual or Joint/Group Filing (Check Applicable Line)X Form filed by One "
                "Reporting Person\u00a0 Form filed by More than One Reporting Person\n"
                "Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned\n"
                "Explanation of Responses:\nRemarks:\n/s/ Jeffrey E. Williams05/06/2019"
                "** Signature of Reporting PersonDate\nReminder: Report on a separate line for "
                "each class of securities beneficially owned directly or indirectly.\n")


def test_a_text_whose_nodes_ran_together_is_cut_at_the_forms_labels():
    from form4lark.shapes.run_together import cut_at_labels, is_run_together
    assert is_run_together(RUN_TOGETHER)
    # a PDF's words in reading order may glue one label to a parenthesis: not this shape
    assert not is_run_together("Other (specify below)3. Date of Earliest Transaction\n")
    lines = cut_at_labels(RUN_TOGETHER).split("\n")
    assert lines[lines.index("1. Name and Address of Reporting Person*") + 1] == "WILLIAMS JEFFREY E"
    assert "05/02/2019" in lines and "APPLE INC [ AAPL ]" in lines
    assert lines[lines.index("10% Owner") - 1] == "X"  # the mark glued to "Director" is the next box's
    # the street's two lines ran together: where one ends is unknown, so it is left out
    assert not any("APPLE PARK" in line for line in lines)
    got = json.loads(form4lark.parse(RUN_TOGETHER).to_json())
    owner = got["reporting_owners"][0]
    assert (owner["name"], owner["street1"], owner["city"], owner["zip"]) == (
        "WILLIAMS JEFFREY E", None, "CUPERTINO", "95014")
    assert (owner["is_director"], owner["is_ten_percent_owner"]) == (False, True)
    assert (got["issuer"]["trading_symbol"], got["period_of_report"]) == ("AAPL", "2019-05-02")
    assert got["filed_by_more_than_one_person"] is False
    # the signature's date glued to its name ("Williams05/06/2019") stands apart
    assert [(s["name"], s["date"]) for s in got["signatures"]] == [
        ("/s/ Jeffrey E. Williams", "2019-05-06")]


def test_a_run_together_row_is_cut_into_its_values_only_where_certain():
    from form4lark.cells import UNCUT
    from form4lark.shapes.glued_values import cut_values
    assert cut_values("Common Stock(1)05/02/2019S13,433D$ 208.99(2)151,187D") == (
        "Common Stock(1) 05/02/2019 S 13,433 D $ 208.99(2) 151,187 D")
    # after the "A"/"D" letter a mark is the price's alone; after the code, the code's;
    # "I" glued to the nature's first word
    assert cut_values("Class A Common Stock10/19/2023C(1)12,687,274A(1)12,687,274ISee Footnotes(2)") == (
        "Class A Common Stock 10/19/2023 C(1) 12,687,274 A (1) 12,687,274 I See Footnotes(2)")
    # a price glued to the amount after it: "07" is no amount, so the cut is certain
    assert cut_values("Common Stock757,576$ 0757,756D") == "Common Stock 757,576 $ 0 757,756 D"
    # a price glued to a date: every cut gives the same values ("23.8257" and
    # "08/12/2019", or "23.82570" and "8/12/2019"), so it is certain
    assert cut_values("Director Stock Option$ 23.825708/12/2019M17,50008/14/200908/14/2019"
                      "Common Stock") == ("Director Stock Option $ 23.8257 08/12/2019 M 17,500 "
                                          "08/14/2009 08/14/2019 Common Stock")
    # ... but not a price glued to an amount ("23.8257" and "1,150,783", "23.825" and
    # "71,150,783"...): both are left unknown, the row's other values read
    assert cut_values("Common Stock A$ 23.82571,150,783D") == (
        f"Common Stock A $ {UNCUT} {UNCUT}23.82571,150,783 D")


def test_marks_after_a_nature_go_to_it_but_not_after_the_next_title():
    # "I", "See Footnotes", "(2)", "(3)", then the next row's title: the nature's marks
    text = "12,687,274\nI\nSee Footnotes\n(2)\n(3)\nClass B Common Stock\n(1)\n10/19/2023\n"
    assert _joined(text, "table_ii")[2:5] == ["See", "Footnotes(2)(3)", "Class"]
    # the nature ended with its mark; a title on its own line follows: its mark may be
    # the price's alone, before the date
    text = "0\nI\nBy Trust(2)\nSeries F Preferred Stock\n(1)\n02/21/2013\n"
    assert _joined(text, "table_ii")[-2:] == ["(1)", "02/21/2013"]


def test_superscript_marks_in_a_row_are_one_run_glued_to_the_value() -> None:
    # lynx: a price column holding only its marks, "A ^(2)^(3) 83,334"
    assert without_drawing("A ^(2)^(3) 83,334 $10^(1) x", glue_marks=True) == (
        "A (2)(3)   83,334 $10(1)  x")
    form = _edited("SCTY-20121218-1", "lynx", "C 10,491,720 A ^(1) 10,609,976 I By Trust",
                   "C 10,491,720 A ^(1)^(2) 10,609,976 I By Trust")
    row = form.non_derivative_transactions[0]
    assert (row.price_per_share, row.footnotes.get("price_per_share"), str(row.shares)) == (
        None, ("1", "2"), "10491720")


_TOP_OF_PAGE = """\
| FORM 4 |  | UNITED STATES SECURITIES AND EXCHANGE COMMISSION |  |
|  | Check this box if no longer subject to Section 16. See Instruction 1(b). |  |  |
|  | Check this box to indicate that a transaction was made pursuant to a contract, \
instruction or written plan. See Instruction 10. |  |  |
| OMB APPROVAL |
| OMB Number: |  |  | 3235-0287 |
{mark}
| 1. Name and Address of Reporting Person* (Street) | 2. Issuer Name and Ticker or \
Trading Symbol Tesla, Inc. [ TSLA ] | 5. Relationship of Reporting Person(s) to Issuer |
"""


@pytest.mark.parametrize("mark,stray", [("| X |", True), ("| OMB Expires: |", False)])
def test_a_top_boxs_mark_printed_after_the_omb_box_is_on_no_known_box(mark, stray) -> None:
    # trafilatura prints the page's tables one after another: the "X" of a box above
    # box 1 comes after the OMB box, before box 1, and which box it checks is lost
    page = read_shape(_TOP_OF_PAGE.format(mark=mark), "cells")
    assert checkboxes.stray_top_mark(lex(page, "boxes")) is stray


_SIGNED_IN_ORDER = """\
SoftBank Group Corp., By : /s/
Yuko Yamamoto, Head of 03/07/2025
Corporate Legal Department
SB Global Advisers Limited, By
: /s/ Stephen Lam, General 03/07/2025
Counsel
"""


def _signed(text: str) -> list[tuple[str | None, str]]:
    atoms = lex(read_shape(text, "stream"), "page")
    return [(s.name.text if s.name else None, s.date.text) for s in notes.signatures(atoms)[1]]


def test_names_wrapped_around_their_dates_in_reading_order_are_not_parted() -> None:
    # words after the last date: each name runs on past its date, and whether a line
    # between two dates ends one name or begins the next is lost
    assert _signed(_SIGNED_IN_ORDER) == [(None, "03/07/2025"), (None, "03/07/2025")]
    whole = _SIGNED_IN_ORDER.replace("Head of 03/07/2025\nCorporate Legal Department\n",
                                     "Head of Corporate Legal Department 03/07/2025\n").replace(
        "General 03/07/2025\nCounsel\n", "General Counsel 03/07/2025\n")
    assert _signed(whole) == [
        ("SoftBank Group Corp., By : /s/ Yuko Yamamoto, Head of Corporate Legal Department",
         "03/07/2025"),
        ("SB Global Advisers Limited, By : /s/ Stephen Lam, General Counsel", "03/07/2025")]
    # without the lines after the dates, the first name still ends unfinished ("Head of")
    cut = _SIGNED_IN_ORDER.replace("Corporate Legal Department\n", "").replace("Counsel\n", "")
    assert _signed(cut) == [(None, "03/07/2025"), (None, "03/07/2025")]


def test_an_underlying_title_left_open_is_closed_by_the_paragraph_after_its_row():
    # pdfminer prints each cell as a paragraph: the underlying title's wrapped last line
    # ("Common Stock(2)" under "Class B") after the row's last value
    row_ii = ("Restricted\nStock Unit\n\n$ 0.00 06/08/2012\n\nA\n\n41,322\n\n(1)\n\n"
              "06/08/2019 Class B\n\n41,322\n\n$ 0.00\n\n41,322\n\nD\n\n")
    rows = sequence_rows(lex(read_stream(row_ii + "Common\nStock(2)\n"), "page"), "table_ii",
                         "stream")
    assert rows[0]["underlying_security_title"].text == "Class B Common Stock(2)"
    # the next row's title is no closing: the open title is left unknown, not cut short
    rows = sequence_rows(lex(read_stream(row_ii + "Stock Option\n"), "page"), "table_ii",
                         "stream")
    assert "underlying_security_title" not in rows[0]
    # a paragraph on the row's own line is not printed after the row
    text = "Stock Option $ 8.88 12/13/2022 M 200,000 (16) 08/26/2029 Common 200,000 $ 0 5 D Stock\n"
    rows = sequence_rows(lex(read_stream(text), "page"), "table_ii", "stream")
    assert "underlying_security_title" not in rows[0]


def test_a_whole_row_of_sub_headers_after_the_first_title_is_taken_out():
    # pdfminer: no numbered header among the rows, the sub-headers' row after the title
    text = ("Common\nStock\n\nCode\n\nV\n\nAmount\n\n(A) or (D) Price\n\n15,805\n\nI\n\n"
            "By Living Trust\n")
    words, interleaved, _ = without_interleaved_headers(lex(read_stream(text), "page"),
                                                        "table_i", "stream", True)
    assert [a.text for a in words][:3] == ["Common", "Stock", "15,805"] and not interleaved
    row = sequence_rows(words, "table_i", "stream")[0]
    assert (row["security_title"].text, row["nature_of_ownership"].text) == (
        "Common Stock", "By Living Trust")
    # a lone "V" after a row's code is the row's: no whole sub-header row, nothing taken out
    text = "Common Stock\n05/02/2019\nS\n\nV\n\n13,433\nD\n$ 208.99\n151,187\nD\n"
    words, _, _ = without_interleaved_headers(lex(read_stream(text), "page"), "table_i",
                                              "stream", True)
    assert "V" in [a.text for a in words]


STREAM_OWNERS = FIXTURES / "stream-owners" / "LNKD-20110524-1.pdfminer.txt"


def test_owners_printed_before_their_sections_title_each_take_their_box_5_in_order():
    # pdfminer: every owner's box 1, then "Reporting Owners", then every owner's box 5
    owners = form4lark.parse(fixture_text(STREAM_OWNERS)).reporting_owners
    assert [(o.name, o.city, o.is_director, o.is_ten_percent_owner) for o in owners] == [
        ("Hoffman Reid", "MOUNTAIN VIEW", True, True),
        ("Reid Hoffman & Michelle Yee Living Trust", "MOUNTAIN VIEW", False, True)]
    # one box 5 fewer than owners: whose is which cannot be told, none is given (the
    # first owner's is the header's box 5)
    text = fixture_text(STREAM_OWNERS)
    box5 = "5. Relationship of Reporting Person(s) to Issuer (Check all applicable)\n"
    last = text.rindex(box5)
    owners = form4lark.parse(text[:last] + text[last + len(box5):]).reporting_owners
    assert [o.name for o in owners] == ["Hoffman Reid", "Reid Hoffman & Michelle Yee Living Trust"]
    assert [(o.is_director, o.is_ten_percent_owner) for o in owners] == [(True, True),
                                                                          (None, None)]


def test_marks_on_lines_of_their_own_that_repeat_a_footnote_are_other_cells():
    # a cell prints each footnote once: "(2)" twice after the shares' "(1)" is the two
    # dates' marks, not the shares'
    text = "Class B Common Stock\n(2)\n12/09/2024\nC\n628,553(1)\n(2)\n(2)\nClass A Common Stock\n"
    assert _joined(text, "table_ii")[-7:] == ["628,553(1)", "(2)", "(2)", "Class", "A", "Common", "Stock"]
    assert _joined(text.replace("(2)\n(2)\nClass", "(2)\nClass"), "table_ii")[-5:] == [
        "628,553(1)(2)", "Class", "A", "Common", "Stock"]


def test_a_mark_apart_after_table_i_last_value_is_left_out():
    # pdftotext (YELP-20130318 sec): row 6's price mark printed after the last row, a
    # paragraph apart; the last row's nature keeps only its own mark (EDGAR's XML: (4))
    text = "12,000\nD\n$25(3)\n\n0\n\nI\n\nSee\nFootnote(4)\n\n(3)\n"
    assert _joined(text, "table_i")[-2:] == ["See", "Footnote(4)"]
    # right under the value, the run is not left out (a cell of only marks, as before)
    assert _joined("I\nSee\nFootnote(4)\n(5)\n", "table_i")[-1] == "(5)"
