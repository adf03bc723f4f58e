"""Visual-lines shape: texts printed line by line across the page's columns.

pdfplumber's text and pymupdf4llm's "picture text" print each line of the page
left to right; the header's boxes share lines and a table cell that wraps
stands on lines around its row's line. These tests check that such a text is
told by itself, that pymupdf4llm's markup is undone, that wrapped cells are
read only where their words can be placed for certain, and that on real texts
every value read is right (precision) while a listed set of values is read
(a recall floor).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import form4lark
from form4lark.form.row_lines import lines_table
from form4lark.form.atoms import Atom
from form4lark.form.row_alike import alike_lines
from form4lark.page import Piece
from form4lark.scoring import score
from form4lark.shapes.detect import read_shape
from form4lark.shapes.lines import is_lines, read_lines, visual_lines
from support import (HEADER_I, HEADER_II, TABLE_I, TABLE_II, fixture_exists, fixture_paths,
                     fixture_text, truth_of)

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "lines"
AAPL = FIXTURES / "AAPL-20190812-1"
AFRM = FIXTURES / "AFRM-20230103-1"
#: the same page in reading order (pdftotext -raw, pypdf), as the form reader's fixtures hold it
READING_ORDER = [FIXTURES.parent / "forms" / "AAPL-20190812-1" / "sec" / name
                 for name in ("pdftotext-raw.txt", "pypdf.txt")]

def texts(text: str) -> list[str]:
    return [line.text for line in visual_lines(text)]


def cells(row: dict) -> dict[str, str]:
    return {key: cell.text for key, cell in row.items() if cell}


# ---------------------------------------------------------------- the shape told by the text
@pytest.mark.parametrize("name", ["pdfplumber.txt", "pymupdf4llm.md"])
def test_a_text_of_visual_lines_is_recognised(name: str) -> None:
    text = fixture_text(AAPL / "sec" / name)
    assert is_lines(text)
    assert read_shape(text).shape == "lines"


@pytest.mark.parametrize("path", READING_ORDER, ids=lambda p: p.name)
def test_a_reading_order_text_is_not_taken_for_lines(path: Path) -> None:
    text = fixture_text(path)
    assert not is_lines(text)
    assert read_shape(text).shape == "stream"


def test_labels_side_by_side_make_a_text_of_lines_and_runs_of_spaces_a_grid() -> None:
    lines = ("1. Name and Address of Reporting Person* 2. Issuer Name and Ticker or Trading "
             "Symbol 5. Relationship of Reporting Person(s) to Issuer\n")
    assert is_lines(lines)
    grid = lines.replace("* 2.", "*     2.") + "a     b\nc     d\n"
    assert not is_lines(grid)


def test_column_numbers_that_do_not_ascend_make_no_line_of_the_page() -> None:
    # a page's line prints its columns left to right, their numbers ascending; a stream
    # that stacked one column's wrapped header over the next's repeats a number
    # (pdftotext's plain text of the agent design: "4. 5. Number of 5.")
    assert is_lines(HEADER_I)
    assert is_lines("Table I\n4. 5. 6. Date Exercisable\n")
    assert not is_lines("Table I\n4. 5. Number of 5.\n3. 4. Securities Acquired (A) 4.\n")


def test_table_rules_printed_as_glyphs_make_an_image_text_not_lines() -> None:
    ocr = HEADER_I.replace("5. Amount", "| 5. Amount") + "\na | b\nc | d\ne | f\n"
    assert not is_lines(ocr)


# ---------------------------------------------------------------- pymupdf4llm's markup undone
def test_picture_text_breaks_comments_and_emphasis_are_undone() -> None:
    text = ("## **Explanation of Responses:**\n\n"
            "<!-- Start of picture text -->\nFORM 4<br>**Table I** - x<br>_See_ Instruction 1(b)."
            "<br><!-- End of picture text -->\n")
    assert texts(text) == ["Explanation of Responses:", "FORM 4", "Table I - x",
                           "See Instruction 1(b)."]


def test_paragraphs_around_picture_text_are_marked_reflowed() -> None:
    text = "<!-- Start of picture text -->\na<br>b<br><!-- End of picture text -->\n\nc d\n"
    assert [(line.text, line.reflowed) for line in visual_lines(text)] == [
        ("a", False), ("b", False), ("c d", True)]


def test_a_box_cells_lines_are_the_pages_not_reflowed_paragraphs() -> None:
    # GUTS-20240206-1 (sec, pymupdf4llm): a listed owner's box cut into one-cell rows,
    # each "<br>" a line of the page: its street lines are certain
    text = ("<!-- Start of picture text -->\na<br><!-- End of picture text -->\n\n"
            "|(Last)<br>(First)<br>(Middle)<br>C/O MITHRIL CAPITAL MANAGEMENT LLC<br>"
            "111 CONGRESS AVENUE, SUITE 500|\n|---|\n\nc d\n")
    assert [(line.text, line.reflowed) for line in visual_lines(text)] == [
        ("a", False), ("(Last)", False), ("(First)", False), ("(Middle)", False),
        ("C/O MITHRIL CAPITAL MANAGEMENT LLC", False), ("111 CONGRESS AVENUE, SUITE 500", False),
        ("c d", True)]


def test_an_underlined_signature_is_cut_at_its_date_and_its_hyphen_put_back() -> None:
    text = "<u>/s/ Sam Whittington, Attorney08/14/2019 in-Fact for Arthur D. Levinson</u>\n"
    assert texts(text) == ["/s/ Sam Whittington, Attorney-", "08/14/2019",
                           "in-Fact for Arthur D. Levinson"]
    assert texts("<u>/s/ Peter Thiel 03/18/2021</u>\n") == ["/s/ Peter Thiel", "03/18/2021"]


def test_a_pipe_row_of_a_table_is_one_line_and_a_cut_title_is_made_whole() -> None:
    text = ("|**Table I - Non-Derivativ**<br>|**e Securities A**|**cquired, D**|**isposed of**"
            "|**, or Be**|**neficia**|**lly Owned**|||\n"
            "|Common Stock<br>02/11/2022||J|1,125,295|D|(1)|9,002,363|I|Sequoia<br>Capital<br>"
            "L.P.<br>(2)<br>(3)|\n")
    assert texts(text) == [TABLE_I, "Common Stock 02/11/2022 J 1,125,295 D (1) 9,002,363 I "
                                    "Sequoia Capital L.P.(2)(3)"]


def test_a_title_cut_inside_its_words_opens_the_table_and_is_made_whole() -> None:
    # pymupdf4llm cut the page into strips: "No|n-Derivative", "T|able II"; the row
    # after the first title is the table's (one line), the second title's row is read
    # across its cells
    text = ("|**Table I - No**|**n-Derivative**|**Securities Acq**|**uired, Disp**|**osed of,**"
            "|**or Ben**|**eficially**|**Owned**|||\n"
            "|Common Stock<br>(right)|11/20/2020||M|1,987|A|$ 9.97|1,987|D||\n"
            "|Commo<br>|n Stock<br>|**T**<br>|**able II - Deriva**<br>**(e.g., p**<br>"
            "|**tive Se**<br>**uts, ca**<br>|**curities Acq**<br>**lls, warrants**<br>"
            "|**uired, Dis**<br>**, options,**<br>|**posed of**<br>**converti**<br>"
            "|**, or Ben**<br>**ble secu**<br>|**eficially**<br>**rities)**<br>|**Owned**<br>|\n")
    assert texts(text) == [TABLE_I, "Common Stock (right) 11/20/2020 M 1,987 A $ 9.97 1,987 D",
                           "Commo", "n Stock", TABLE_II,
                           "(e.g., puts, calls, warrants, options, convertible securities)"]


def test_a_nature_cut_off_by_the_next_title_is_put_back_under_its_row() -> None:
    text = ("|**Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially "
            "Owned**||||\n"
            "|Class A|Common Stock|53,602|I|By<br>Rivendell<br>|\n"
            "|||**Table II - Derivative**<br>**(e.g., puts**|**Securities Ac**<br>**, calls**"
            "|**wned**||One<br>LLC<br>(14)|\n")
    assert texts(text)[1:4] == ["Class A Common Stock 53,602 I By Rivendell", "One LLC (14)",
                                TABLE_II]
    # values in the last cell are a row's, never the row above's nature
    assert "9,342" not in " ".join(texts(text.replace("One<br>LLC", "9,342<br>I")))


# ---------------------------------------------------------------- wrapped cells
def _table(text: str, table: str) -> list[dict[str, str]]:
    return [cells(row) for row in lines_table(read_lines(text), table)]


def test_a_row_alone_is_read_whole_and_a_centred_nature_around_its_row() -> None:
    text = (f"{TABLE_I}\n{HEADER_I}\n"
            "Common Stock 08/12/2019 M 17,500 A $23.8257 1,150,783 D\n"
            "Common Stock 08/12/2019 S 17,500 D $201.69(1) 1,133,283 D\n"
            "By\n"
            "Common Stock 14,000 I\n"
            "Spouse\n"
            f"{TABLE_II}\n")
    first, second, third = _table(text, "table_i")
    assert first["security_title"] == "Common Stock" and "nature_of_ownership" not in first
    assert second["security_title"] == "Common Stock" and "nature_of_ownership" not in second
    # the first row, alone, shows the whole title; the direct holding has no nature:
    # "By" is the lower row's, centred on its line
    assert third == {"security_title": "Common Stock", "shares_owned_following": "14,000",
                      "direct_or_indirect": "I", "nature_of_ownership": "By Spouse"}


def test_a_cell_whose_words_ran_together_at_a_comma_or_bracket_is_left_out() -> None:
    # a row alone is read whole; "Fund,LP" / "Fund(Q)": where the space stood is lost
    text = (f"{TABLE_I}\n{HEADER_I}\n"
            "Common Stock 14,000 I By Sequoia Fund, LP(2)\n"
            f"{TABLE_II}\n")
    (row,) = _table(text, "table_i")
    assert row["nature_of_ownership"] == "By Sequoia Fund, LP(2)"
    for glued in ("By Sequoia Fund,LP(2)", "By Sequoia Fund(Q), LP(2)"):
        (row,) = _table(text.replace("By Sequoia Fund, LP(2)", glued), "table_i")
        assert "nature_of_ownership" not in row and row["security_title"] == "Common Stock"


def test_natures_wrapped_between_two_rows_are_cut_after_a_footnote_mark() -> None:
    text = (f"{TABLE_I}\n{HEADER_I}\n"
            "Class A Common Stock 01/03/2023 S 16,287 D $9.1301 52,860 D\n"
            "Class A Common Stock 75,000 D\n"
            "By The\n"
            "Founders\n"
            "Class A Common Stock 1,486,909 I Fund\n"
            "Growth,\n"
            "LP(4)\n"
            "By FF\n"
            "Class A Common Stock 60,429 I Affirm\n"
            "LLC(4)\n"
            f"{TABLE_II}\n")
    rows = _table(text, "table_i")
    assert [r.get("nature_of_ownership") for r in rows] == [
        None, None, "By The Founders Fund Growth, LP(4)", "By FF Affirm LLC(4)"]
    assert {r.get("security_title") for r in rows} == {"Class A Common Stock"}


def test_lines_ending_with_a_mark_no_cell_of_the_next_row_can_follow_are_the_upper_rows() -> None:
    # every text cell of the second row has words on its line, so no cell of it can
    # go on after "(3)": both lines are the first row's; and the first row, with no
    # line above, has two of its own below: the page aligns its cells to the top
    text = (f"{TABLE_II}\n{HEADER_II}\n"
            "Class B (1) 10/19/2023 C 12,687,274 (1) (1) Class A 12,687,274 $ 0 12,687,274 I See\n"
            "Common Common Footnotes(2)\n"
            "Stock Stock (3)\n"
            "Class B (1) 10/19/2023 C 704,849 (1) (1) Class A 704,849 $ 0 704,850 I See\n"
            "Common Common Footnotes(2)\n"
            "Stock Stock\n"
            "(4)\n"
            "Explanation of Responses:\n")
    first, second = _table(text, "table_ii")
    # the open underlying title is closed by the two lines below it together, one cut each
    # way: its cells are told apart (AUR-20231019-1's truth: "See Footnotes" (2)(3))
    assert (first["security_title"], first["underlying_security_title"],
            first["nature_of_ownership"]) == ("Class B Common Stock", "Class A Common Stock",
                                              "See Footnotes(2) (3)")
    # a line of marks alone below may be any cell's (the nature's, in truth): none is read
    assert second["shares"] == "704,849" and "security_title" not in second
    text_i = (f"{TABLE_I}\n{HEADER_I}\n"
              "Class A 10/19/2023 C 12,687,274 A (1) 12,687,274 I See Footnotes(2)(3)\n"
              "Common\n"
              "Stock\n"
              "Class A 1,000,000 I See Footnote(6)\n"
              "Common\n"
              "Stock\n")
    assert [r.get("security_title") for r in _table(text_i + text, "table_i")] == [
        "Class A Common Stock", "Class A Common Stock"]
    # without Table II's evidence how the page aligns its cells is not known, but the two
    # rows print alike: the lines between them are the last row's own lines below
    assert [r.get("security_title") for r in _table(text_i + f"{TABLE_II}\n", "table_i")] == [
        "Class A Common Stock", "Class A Common Stock"]
    # rows not printed alike (the last one's lines below are not the lines between) stay unread
    unlike = text_i.replace("Common\nStock\n", "Common Stock\n", 1)
    assert [r.get("security_title") for r in _table(unlike + f"{TABLE_II}\n", "table_i")] == [
        None, None]


def test_a_line_with_a_mark_inside_it_right_above_a_row_is_not_that_rows_own() -> None:
    # ZNGA-20111221-1 plain (pdfplumber): "Stock(3) Stock" right above the last row ends a
    # cell with its mark before another word; every text cell of that row has words on its
    # line, so none of them can go on after it: the line is the row above's. The last row
    # then has no line above and two below: the page aligns its cells to the top, and each
    # row's lines are those below it (truth, all three rows)
    text = (f"{TABLE_II}\n{HEADER_II}\n"
            "Series A (1) 12/21/2011 C 3,109,744 (1) (2) Class B 3,109,744 (2) 0 I See\n"
            "Convertible Common footnote(4)\n"
            "Preferred Stock(3)\n"
            "Stock\n"
            "Class B $ 0.00 12/21/2011 C 3,109,744 (2) (2) Class A 3,109,744 $ 0.00 3,109,744 I See\n"
            "Common Common footnote(4)\n"
            "Stock(3) Stock\n"
            "Class B $ 0.00 (2) (2) Class A 1,412,998 1,412,998 D\n"
            "Common Common\n"
            "Stock(3) Stock\n"
            "Explanation of Responses:\n")
    rows = _table(text, "table_ii")
    assert [(r.get("security_title"), r.get("underlying_security_title"),
             r.get("nature_of_ownership")) for r in rows] == [
        ("Series A Convertible Preferred Stock", "Class B Common Stock(3)", "See footnote(4)"),
        ("Class B Common Stock(3)", "Class A Common Stock", "See footnote(4)"),
        ("Class B Common Stock(3)", "Class A Common Stock", None)]
    # with no mark on the line right above the last row, that line may be its own: how the
    # page aligns its cells is not told, and the lines between the first rows are not cut
    unmarked_above = text.replace("Stock(3) Stock\nClass B $", "Stock Stock\nClass B $")
    first = _table(unmarked_above, "table_ii")[0]
    assert "security_title" not in first and first["shares"] == "3,109,744"


_ZNGA_TOP = (f"{TABLE_II}\n{HEADER_II}\n"
             "Series A (1) 12/21/2011 C 3,109,744 (1) (2) Class B 3,109,744 (2) 0 I See\n"
             "Convertible Common footnote(4)\n"
             "Preferred Stock(3)\n"
             "Stock\n"
             "Class B $ 0.00 12/21/2011 C 3,109,744 (2) (2) Class A 3,109,744 $ 0.00 3,109,744 I See\n"
             "Common Common footnote(4)\n")


def _wrong(rows: list[dict[str, str]], truth: list[tuple[str | None, ...]]) -> list[str]:
    """The title, underlying title and nature values of ``rows`` that are not ``truth``'s."""
    keys = ("security_title", "underlying_security_title", "nature_of_ownership")
    assert len(rows) == len(truth)
    return [row[key] for row, values in zip(rows, truth) for key, value in zip(keys, values)
            if row.get(key) not in (None, value)]


def test_a_line_with_a_word_beside_its_mark_that_may_open_a_cell_tells_no_alignment() -> None:
    # the ZNGA shape above, the line right above the last row holding, beside the row
    # above's "Stock(3) Stock", a word that opens a cell of the last row printed around
    # its line (centred: "By" / "Family" / "Trust(5)", "Series" / "Preferred" / "Stock"):
    # the line is not the upper row's alone, so it does not tell that the page aligns its
    # cells to the top; whatever is read is the truth ("Family Trust(5)" and
    # "Class B Common Series" were read)
    def rows(*lines: str) -> list[dict[str, str]]:
        return _table(_ZNGA_TOP + "".join(f"{line}\n" for line in lines)
                      + "Explanation of Responses:\n", "table_ii")

    first = ("Series A Convertible Preferred Stock", "Class B Common Stock(3)", "See footnote(4)")
    assert not _wrong(rows("Stock(3) Stock By",
                           "Class B $ 0.00 (2) (2) Class A 1,412,998 1,412,998 I Family",
                           "Common Common Trust(5)", "Stock(3) Stock"), [
        first, ("Class B Common Stock(3)", "Class A Common Stock", "See footnote(4)"),
        ("Class B Common Stock(3)", "Class A Common Stock", "By Family Trust(5)")])
    # every word but the last ends no cell ("Series" opens the last row's title)
    assert not _wrong(rows("Series Stock(3)", "Preferred $ 0.00 (2) (2) Class A 1,412,998 1,412,998 D",
                           "Stock Common", "Stock"), [
        first, ("Class B Common", "Class A Common Stock(3)", "See footnote(4)"),
        ("Series Preferred Stock", "Class A Common Stock", None)])


def test_a_run_is_the_upper_rows_by_its_mark_only_where_no_word_after_it_opens_a_cell() -> None:
    # between two rows of three open cells (words on both lines), a last line with a mark
    # followed by a title's closing words alone is the upper row's whole ("Stock(3) Stock"
    # ends its title and underlying title); one followed by another word ("By", which
    # may open the lower row's nature) is not told
    from form4lark.form.row_line_cuts import _mark_cut
    from form4lark.form.row_line_types import RowLine
    keys = ("security_title", "underlying_security_title", "nature_of_ownership")

    def _atom(word: str) -> Atom:
        return Atom("TEXT", word, 0, 0, 0, Piece(word, 1, 1))

    def row(*words: str) -> RowLine:
        return RowLine({}, {key: [_atom(word)] for key, word in zip(keys, words)}, open=set(keys))

    def cut(last: str) -> int | None:
        run = [[_atom(word) for word in line.split()] for line in ("Common Common", last)]
        return _mark_cut(row("Class", "Class", "See"), row("Class", "Class", "Family"), run)

    assert cut("Stock(3) Stock") == cut("Stock(3) Shares") == cut("Stock Stock(3)") == 2
    assert cut("Stock(3) Stock By") is cut("Stock(3) Common") is None


def test_a_title_wrapped_onto_a_line_of_header_words_is_not_read_short() -> None:
    # "Shares" alone reads as a column header's word; the title it ends is left out,
    # never read as "American Depositary"; the nature, ended by its mark, is read
    text_ii = (f"{TABLE_II}\n{HEADER_II}\n"
               "Class B (1) 10/19/2023 C 12,687,274 (1) (1) Class A 12,687,274 $ 0 "
               "12,687,274 I See\n"
               "Common Common Footnotes(2)\n"
               "Stock Stock (3)\n"
               "Class B (1) 10/19/2023 C 704,849 (1) (1) Class A 704,849 $ 0 704,850 I See\n"
               "Explanation of Responses:\n")
    text_i = (f"{TABLE_I}\n{HEADER_I}\n"
              "American 03/16/2021 P(1) 230,536(2) A (3) 1,108,509(2) I See Footnote(4)\n"
              "Depositary\n"
              "Shares\n")
    (row,) = _table(text_i + text_ii, "table_i")
    assert "security_title" not in row and row["nature_of_ownership"] == "See Footnote(4)"


def test_cells_wrapped_side_by_side_are_left_out_and_the_values_read() -> None:
    # a line beyond the three lines of the two titles ("Units") may be a fourth line of
    # either: the titles are left out, the values read
    text = (f"{TABLE_II}\n{HEADER_II}\n"
            "Class B Class A\n"
            "Common $0 10/02/2015 C 16,670 (19) (20) Common 16,670 $0 21,109,310 D\n"
            "Stock Stock\nUnits\n"
            "Explanation of Responses:\n")
    (row,) = _table(text, "table_ii")
    assert "security_title" not in row and "underlying_security_title" not in row
    assert row["conversion_or_exercise_price"] == "$0" and row["shares"] == "16,670"
    assert row["shares_owned_following"] == "21,109,310"
    # GOOG-20151002-1: none beyond them (the header above, the table's end below): each
    # title's three lines are certain (form/stacked_titles.py), as EDGAR's XML has them
    (row,) = _table(text.replace("Stock Stock\nUnits\n", "Stock Stock\n"), "table_ii")
    assert (row["security_title"], row["underlying_security_title"]) == (
        "Class B Common Stock", "Class A Common Stock")


def test_cells_side_by_side_are_cut_where_one_cut_alone_gives_a_title_the_page_prints() -> None:
    rows_ii = ("Class B Class A\n"
               "Common $0 10/02/2015 C 16,670 (19) (20) Common 16,670 $0 21,109,310 D\n"
               "Stock Stock\n")
    text_ii = f"{TABLE_II}\n{HEADER_II}\n{rows_ii}Explanation of Responses:\n"
    text_i = f"{TABLE_I}\n{HEADER_I}\nClass A Common Stock 10/02/2015 C 16,670 A $0 16,670 D\n"
    for title_i in ("Class A Common Stock", "Class A Common Stock(1)"):  # a mark is no word
        (row,) = _table(text_i.replace("Class A Common Stock", title_i) + text_ii, "table_ii")
        assert row["security_title"] == "Class B Common Stock"
        assert row["underlying_security_title"] == "Class A Common Stock"
    # "Common Stock" too is printed: two cuts give a printed title, so neither is taken
    text_i2 = text_i + "Common Stock 14,000 D\n"
    (row,) = _table(text_i2 + text_ii, "table_ii")
    assert "security_title" not in row and "underlying_security_title" not in row
    # a figure on a text line (a header ran in) is no title's word: nothing is cut
    (row,) = _table(text_i + text_ii.replace("Stock Stock", "Stock Stock 20549"), "table_ii")
    assert "security_title" not in row and "underlying_security_title" not in row
    # lines of prose are too many cuts to try: nothing is cut
    prose = " ".join(["words"] * 20)
    (row,) = _table(text_i + text_ii.replace("Stock Stock", f"Stock Stock\n{prose}\n{prose}"),
                    "table_ii")
    assert "security_title" not in row and "underlying_security_title" not in row


def test_runs_next_to_each_other_are_cut_together_where_one_set_of_cuts_reads() -> None:
    # pdfplumber (YELP): the middle row's title and underlying title stand letter by
    # letter, so neither run next to it can be cut alone (each needs the middle row's
    # other lines); cut together, "Stock Stock" is the first row's, "Class B Class A"
    # the last row's
    rows_ii = ("Class B Class A\n"
               "Common (5)(6) 03/18/2013 C 633 (5)(6) (7) Common 633 $0 2,485,457 D\n"
               "Stock Stock\n"
               "Class B Class A\n"
               "See\n"
               "C\nSt\no\no\nm\nck\n"
               "mon (5)(6) 03/18/2013 C 1,265 (5)(6) (7) Co\nS\nm\nto\nm\nck\n"
               "on 1,265 $0 3,652,557 I Footnote(4)\n"
               "Class B Class A\n"
               "Common (5)(6) 03/20/2013 C 8,500 (5)(6) (7) Common 8,500 $0 2,476,957 D\n"
               "Stock Stock\n")
    text_i = f"{TABLE_I}\n{HEADER_I}\nClass A Common Stock 03/18/2013 C 633 A $0 633 D\n"
    text_ii = f"{TABLE_II}\n{HEADER_II}\n{rows_ii}Explanation of Responses:\n"
    first, middle, last = _table(text_i + text_ii, "table_ii")
    for row in (first, last):
        assert row["security_title"] == "Class B Common Stock"
        assert row["underlying_security_title"] == "Class A Common Stock"
    # the middle row's cells open on the lines above it that are its own once the first
    # row's are cut: read from them and its letters (row_heads.py; YELP-20130318-1's truth)
    assert (middle["security_title"], middle["underlying_security_title"],
            middle["nature_of_ownership"]) == (
        "Class B Common Stock", "Class A Common Stock", "See Footnote(4)")
    # "Common Stock" printed too: more than one set of cuts reads, none is taken
    rows = _table(text_i + "Common Stock 14,000 D\n" + text_ii, "table_ii")
    assert all("security_title" not in row for row in rows)


#: a Table I row alone, its title wrapped on two lines of its own below it and none
#: above: no centred cell wraps so, the page aligns its cells to the top
TOP_ALIGNED_I = (f"{TABLE_I}\n{HEADER_I}\n"
                 "Class A 10/19/2023 C 12,687,274 A $0 12,687,274 I See Footnotes(2)(3)\n"
                 "Common\nStock\n")


def test_a_title_and_nature_sharing_lines_are_cut_where_one_cut_gives_a_printed_title() -> None:
    rows_i = ("Class A 75,000 I By FF Affirm Growth,\n"
              "Common LLC(4)\n"
              "Stock\n")
    # Table II's row alone, its title wrapped on two lines below it: the page aligns to the top
    rows_ii = (f"{TABLE_II}\n{HEADER_II}\n"
               "Class B (1) 10/19/2023 C 1,000 (1) (1) Class A 1,000 $0 0 D\n"
               "Common\nStock\n")
    text = TOP_ALIGNED_I.replace(f"{HEADER_I}\n", f"{HEADER_I}\n{rows_i}") + rows_ii
    first, second = _table(text + "Explanation of Responses:\n", "table_i")
    assert first["security_title"] == "Class A Common Stock"
    assert first["nature_of_ownership"] == "By FF Affirm Growth, LLC(4)"
    assert second["security_title"] == "Class A Common Stock"
    # a figure on a line is a nature's word ("Fund 2010"), never a title's
    (row, _) = _table(text.replace("Common LLC(4)", "Common Fund 2010, LLC(4)")
                      + "Explanation of Responses:\n", "table_i")
    assert row["nature_of_ownership"] == "By FF Affirm Growth, Fund 2010, LLC(4)"
    # "Class A Common" printed too, and no mark ends the nature: two cuts, none taken
    two = text.replace("Common LLC(4)", "Common LLC") + "Explanation of Responses:\n"
    (row, _) = _table(two, "table_i")
    assert row["security_title"] == "Class A Common Stock"
    (row, _, _) = _table(two.replace("Class A 10/19", "Class A Common 5,000 D\nClass A 10/19"),
                         "table_i")
    assert "security_title" not in row and "nature_of_ownership" not in row


def test_three_cells_sharing_lines_are_cut_where_marks_end_them_and_none_skips_a_line() -> None:
    text = (f"{TOP_ALIGNED_I}{TABLE_II}\n{HEADER_II}\n"
            "Class B (1) 10/19/2023 C 12,687,274 (1) (1) Class A 12,687,274 $0 0 I See\n"
            "Common Common Footnotes(2)\n"
            "Stock Stock\n"
            "Explanation of Responses:\n")
    (row,) = _table(text, "table_ii")
    # a mark ends a cell ("See Footnotes(2) Stock" is no nature), and on a page aligned to
    # the top no cell skips a line ("Class B" / "" / "Stock")
    assert row["security_title"] == "Class B Common Stock"
    assert row["underlying_security_title"] == "Class A Common Stock"
    assert row["nature_of_ownership"] == "See Footnotes(2)"
    # the page glues a mark to its word ("Footnotes(2)"): "(3)" standing apart after
    # "Stock" opens a cell's line of its own, the nature's (row_pairs._mark_apart)
    (row,) = _table(text.replace("Stock Stock", "Stock Stock (3)"), "table_ii")
    assert (row["security_title"], row["underlying_security_title"],
            row["nature_of_ownership"]) == ("Class B Common Stock", "Class A Common Stock",
                                            "See Footnotes(2) (3)")
    # a page printing its marks apart ("Footnotes (2)"): "(3)" may end the underlying title
    # or the nature: two cuts, both cells left out; the title is the same in both
    (row,) = _table(text.replace("Stock Stock", "Stock Stock (3)").replace(
        "Footnotes(2)", "Footnotes (2)"), "table_ii")
    assert "underlying_security_title" not in row and "nature_of_ownership" not in row
    assert row["security_title"] == "Class B Common Stock"


def test_rows_printed_alike_take_the_lines_their_end_rows_show() -> None:
    # the first row's line above and the last row's line below are certainly theirs; each
    # run between two rows is that line below, then that line above: every row reads alike
    rows = ("Class A\n"
            "Common 02/17/2021 S 100 D $ 25.00 900 D\n"
            "Stock\nClass A\n"
            "Common 02/17/2021 S 200 D $ 25.10 700 D\n"
            "Stock\nClass A\n"
            "Common 02/17/2021 S 300 D $ 25.20 400 D\n"
            "Stock\n")
    text = f"{TABLE_I}\n{HEADER_I}\n{rows}{TABLE_II}\n"
    read = _table(text, "table_i")
    assert [r["shares"] for r in read] == ["100", "200", "300"]
    assert [r.get("security_title") for r in read] == ["Class A Common Stock"] * 3
    # a row whose nature may take the lines too (and so no longer alike): nothing is read
    # wrong, the nature's lines running on after its mark included
    mixed = _table(text.replace("700 D\n", "700 I by Trust(2)\n"), "table_i")
    assert [r["shares"] for r in mixed] == ["100", "200", "300"]
    assert {r.get("security_title") for r in mixed} <= {None, "Class A Common Stock"}
    assert {r.get("nature_of_ownership") for r in mixed} <= {None, "by Trust(2)"}
    # a run that is not the end rows' lines ("Class B") leaves the alike cut unknown; a
    # title whose line ends "Common" goes on below it ("Stock", row_lines._open_title), so
    # no row's title is read cut short ("Class A Common"): each is unknown or its own
    unlike = text.replace("Stock\nClass A\nCommon 02/17/2021 S 300", "Stock\nClass B\n"
                                                                  "Common 02/17/2021 S 300")
    titles = [r.get("security_title") for r in _table(unlike, "table_i")]
    assert all(t in (None, own) for t, own in zip(titles, (
        "Class A Common Stock", "Class A Common Stock", "Class B Common Stock")))


def test_rows_showing_the_same_words_the_first_with_none_above_are_read_top_aligned() -> None:
    # the first row has no line above; centred, its title would have one line below at
    # most and the next row's, showing the same words, would open above its line: the
    # page aligns its cells to the top, and the holding's lines below are its own
    rows = ("Class A 09/06/2023 A 138,334(1) A $ 0.00 138,334 D\n"
            "Common\nStock\n"
            "Class A 09/06/2023 A 55,045(2) A $ 1.09(3) 193,379 D\n"
            "Common\nStock\n"
            "Class A 110,561 I By estate planning\n"
            "Common vehicles\nStock\n")
    text = f"{TABLE_I}\n{HEADER_I}\n{rows}{TABLE_II}\n"
    read = _table(text, "table_i")
    assert [r.get("security_title") for r in read] == ["Class A Common Stock"] * 3
    assert read[2]["nature_of_ownership"] == "By estate planning vehicles"
    # one line between the rows fits a centred title of two lines as well: nothing is told
    short = _table(text.replace("Common\nStock\nClass A 09", "Stock\nClass A 09", 1), "table_i")
    assert short[0].get("security_title") is None
    # the rows show other words on their lines ("Series B"): nothing is told either (one
    # short word apart, "Class B", they print alike: row_lines._opens_apart)
    other = _table(text.replace("Class A 09/06/2023 A 55", "Series B 09/06/2023 A 55"), "table_i")
    assert [r.get("security_title") for r in other] == [None] * 3


def test_rows_ending_as_the_last_row_does_on_their_lines_give_the_run_to_the_row_below() -> None:
    # AUR-20230526-1 sec (pymupdf4llm's picture text): the last row has no line below, so
    # a row showing its title's words ends its title on its line too; each nature a mark
    # ends there ("Footnote(2)"): "See" is the lower row's, its nature's first line
    lines = [TABLE_I, HEADER_I, "Class A Common Stock 05/26/2023 A 159,180(1) A $ 0 212,172 D"]
    for held, nature in (("1,000,000", "Footnote(2)"), ("6,883,086", "Footnotes(3)"),
                         ("674,719", "Footnote(4)")):
        lines += ["See", f"Class A Common Stock {held} I {nature}"]
    text = "\n".join([*lines, TABLE_II, ""])
    read = _table(text, "table_i")
    assert [r.get("security_title") for r in read] == ["Class A Common Stock"] * 4
    assert [r.get("nature_of_ownership") for r in read] == [
        None, "See Footnote(2)", "See Footnotes(3)", "See Footnote(4)"]
    # a nature no mark ends on its row's line may go on below it: nothing is told
    unmarked = _table(text.replace("I Footnote(2)", "I Footnote"), "table_i")
    assert [r.get("nature_of_ownership") for r in unmarked][:2] == [None, None]
    # a last row showing other title words tells nothing of the rows above
    other = _table(text.replace("Class A Common Stock 674", "Class B Common Stock 674"),
                   "table_i")
    assert [r.get("nature_of_ownership") for r in other][1:3] == [None, None]


def test_a_cell_a_mark_ends_on_a_row_s_line_with_none_above_holds_no_lines_below() -> None:
    # "by Trust(2)" ends on the row's line, so "Stock" is the title's, the one other open cell;
    # a mark alone below ("(3)") goes on the nature: the page glues a mark to its word
    # ("Trust(2)"), so one standing apart after "Stock" is another cell's wrapped line
    # (row_pairs._mark_apart); on a page printing its marks apart ("Trust (2)") it may
    # end the title too: then nothing is placed
    rows = ("Common 11/11/2021 S 3,918 D $ 1,088.57 167,533,863 I by Trust(2)\nStock\n")
    text = f"{TABLE_I}\n{HEADER_I}\n{rows}{TABLE_II}\n"
    (row,) = _table(text, "table_i")
    assert (row["security_title"], row["nature_of_ownership"]) == ("Common Stock", "by Trust(2)")
    (row,) = _table(text.replace("\nStock\n", "\nStock (3)\n"), "table_i")
    assert (row["security_title"], row["nature_of_ownership"]) == ("Common Stock",
                                                                   "by Trust(2) (3)")
    (row,) = _table(text.replace("\nStock\n", "\nStock (3)\n").replace("Trust(2)", "Trust (2)"),
                    "table_i")
    assert "security_title" not in row


def test_letters_of_two_lines_run_together_are_no_title() -> None:
    text = (f"{TABLE_II}\n{HEADER_II}\n"
            "C C l o a m ss m B on (1) 07/19/2017 A 45,659 (1) (1) C C o l m as m s A on "
            "45,659 $69.35 87,290 D\n"
            "Explanation of Responses:\n")
    (row,) = _table(text, "table_ii")
    assert "security_title" not in row and row["shares"] == "45,659"


#: Table II rows whose runs between them an end row alone cuts (``row_alike.opening_cuts``):
#: Table I's row, Table II's rows, a change to them that leaves the cut uncertain (the
#: row next to the run then shows other words on its line), the cells read and their values
RUN_CUTS = {
    # each row opens as the first one does: the run between them is cut before
    # "Class B Class A See"; every reading gives the same cells: "(3)" stands apart after
    # "Stock" on a page that glues its marks, so it opens the nature's last line
    # (row_pairs._mark_apart), not the underlying title's
    "opening": ("Class A Common Stock 10/19/2023 C 12,687,274 A $0 12,687,274 D",
                "Class B Class A See\n"
                "Common (1) 10/19/2023 C 12,687,274 (1) (1) Common 12,687,274 $0 12,687,274 I "
                "Footnotes(2)\nStock Stock (3)\nClass B Class A See\n"
                "Common (1) 10/19/2023 C 704,849 (1) (1) Common 704,849 $0 704,850 I "
                "Footnotes(2)\nStock Stock (4)\n",
                # (its underlying title then none the page prints: no cut lets it read,
                # row_lines.title_cuts cuts nothing either)
                ("Common (1) 10/19/2023 C 704,849 (1) (1) Common",
                 "Preferred (1) 10/19/2023 C 704,849 (1) (1) Ordinary"),
                [{"security_title": "Class B Common Stock",
                  "underlying_security_title": "Class A Common Stock",
                  "nature_of_ownership": f"See Footnotes(2) ({mark})"} for mark in (3, 4)]),
    # each row ends as the last one does: the run is cut after "Stock" / "Stock"; the
    # underlying title is the same in every reading, the title and the nature ("Series
    # A" may end the nature) are not (Table I's row is direct: had it read "By Trust",
    # that nature would be whole in Table II too, and the title certain)
    "closing": ("Common Stock 12/18/2012 C 10,491,720 A (1) 10,609,976 D",
                "Series A\n"
                "Preferred (1) 12/18/2012 C 10,491,720 (1) (1) Common 10,491,720 (1) 0 I By Trust\n"
                "Stock\nStock\nSeries B\n"
                "Preferred (1) 12/18/2012 C 2,897,342 (1) (1) Common 2,897,342 (1) 0 I By Trust\n"
                "Stock\nStock\n",
                ("Preferred (1) 12/18/2012 C 10,491,720", "Warrants (1) 12/18/2012 C 10,491,720"),
                [{"underlying_security_title": "Common Stock"}] * 2),
}


@pytest.mark.parametrize("name", RUN_CUTS)
def test_a_run_between_rows_is_cut_as_the_first_row_opens_or_the_last_row_ends(name: str) -> None:
    row_i, rows_ii, (old, new), expected = RUN_CUTS[name]
    text_i = f"{TABLE_I}\n{HEADER_I}\n{row_i}\n"
    text_ii = f"{TABLE_II}\n{HEADER_II}\n{rows_ii}Explanation of Responses:\n"
    rows = _table(text_i + text_ii, "table_ii")
    keys = ("security_title", "underlying_security_title", "nature_of_ownership")
    assert [{k: row[k] for k in keys if k in row} for row in rows] == expected
    # the row next to the run shows other words on its line: it may open or end
    # otherwise, no cut, nothing read
    assert all(key not in row for row in _table(text_i + text_ii.replace(old, new), "table_ii")
               for key in expected[0])


def test_a_nature_read_whole_in_table_i_closes_the_same_nature_in_table_ii() -> None:
    # Table I's row alone shows "By Trust" whole: Table II's rows, "By Trust" on their
    # lines, hold no line of the runs in their natures, which leaves two cells sharing
    # them, each cut where only one cut gives the underlying title the page prints
    row_i, rows_ii = RUN_CUTS["closing"][:2]
    text_i = f"{TABLE_I}\n{HEADER_I}\n{row_i.removesuffix(' D')} I By Trust\n"
    text_ii = f"{TABLE_II}\n{HEADER_II}\n{rows_ii}Explanation of Responses:\n"
    rows = _table(text_i + text_ii, "table_ii")
    assert [(r["security_title"], r["underlying_security_title"], r["nature_of_ownership"])
            for r in rows] == [("Series A Preferred Stock", "Common Stock", "By Trust"),
                               ("Series B Preferred Stock", "Common Stock", "By Trust")]
    # a nature of more words on its line is not closed by it: the title is not cut
    longer = _table(text_i + text_ii.replace("I By Trust\n", "I By Trust for\n"), "table_ii")
    assert [r.get("security_title") for r in longer] == [None, None]


def test_words_run_together_are_spaced_only_as_a_title_the_page_prints_shows_them() -> None:
    text_i = f"{TABLE_I}\n{HEADER_I}\nClass A Common Stock 02/04/2013 C 16,670 A $0 16,670 D\n"
    rows_ii = ("Class B Class A\n"
               "CommonStock (1) 02/04/2013 C 16,670 (1) (1) CommonStock(2) 16,670 $0 0 I "
               "Seefootnote(4)\n")
    text_ii = f"{TABLE_II}\n{HEADER_II}\n{rows_ii}Explanation of Responses:\n"
    (row,) = _table(text_i + text_ii, "table_ii")
    assert row["security_title"] == "Class B Common Stock"
    assert row["underlying_security_title"] == "Class A Common Stock(2)"
    # "Seefootnote(4)" is "See" run into a note's name and its mark: the nature's two words
    assert row["nature_of_ownership"] == "See footnote(4)" and row["shares"] == "16,670"
    # another run on a line whose words ran together, which no title prints, may be two
    # words: the nature is left out
    (row,) = _table(text_i + text_ii.replace("Seefootnote(4)", "SeeTrust(4)"), "table_ii")
    assert "nature_of_ownership" not in row and row["shares"] == "16,670"
    # no title of the page prints "Common Stock": the runs are not spaced, nothing is read
    (row,) = _table(text_i.replace("Class A Common Stock", "Class A Shares") + text_ii,
                    "table_ii")
    assert "security_title" not in row and "underlying_security_title" not in row


def test_by_run_into_a_capitalised_word_is_spaced_and_a_name_spelled_so_is_not() -> None:
    # no word opens with a small "by" and a capital: the space stood there ("byTrust");
    # a capital "By" may open a name ("ByHeart"): read as printed, never cut
    text = (f"{TABLE_I}\n{HEADER_I}\n"
            "Common Stock 11/08/2022 S 192,320 D $189.578(1) 449,825,112 I byTrust(2)\n"
            f"{TABLE_II}\n")
    (row,) = _table(text, "table_i")
    assert row["nature_of_ownership"] == "by Trust(2)" and row["security_title"] == "Common Stock"
    (row,) = _table(text.replace("byTrust(2)", "ByHeart(2)"), "table_i")
    assert row["nature_of_ownership"] == "ByHeart(2)"


def test_a_run_two_spacings_of_the_page_s_titles_give_is_not_spaced() -> None:
    from form4lark.form.glued_words import spacings
    runs = spacings(frozenset({"Class A Common Stock", "ABC D", "A BCD"}))
    assert runs["CommonStock"] == ("Common", "Stock")
    assert runs["ClassACommonStock"] == ("Class", "A", "Common", "Stock")
    assert "ABCD" not in runs and "Stock" not in runs


# ---------------------------------------------------------------- real texts
#: fields that must be read (a recall floor), besides every field read being right
FLOORS = {
    (AAPL, "sec"): ["period_of_report", "issuer.trading_symbol", "reporting_owners[0].street1",
                    "reporting_owners[0].city", "reporting_owners[0].state",
                    "reporting_owners[0].zip",
                    "reporting_owners[0].is_director", "filed_by_more_than_one_person",
                    "non_derivative_transactions[0].security_title",
                    "non_derivative_transactions[1].price_per_share",
                    "non_derivative_holdings[0].security_title",
                    "non_derivative_holdings[0].nature_of_ownership",
                    "derivative_transactions[0].conversion_or_exercise_price",
                    "derivative_transactions[0].expiration_date", "signatures[0].date",
                    "derivative_transactions[0].security_title",
                    "derivative_transactions[0].underlying_security_title"],
    (AFRM, "sec"): ["period_of_report", "issuer.trading_symbol", "reporting_owners[0].street1",
                    "reporting_owners[0].street2", "reporting_owners[0].city",
                    "non_derivative_transactions[0].security_title",
                    "non_derivative_holdings[0].nature_of_ownership",
                    "non_derivative_holdings[1].nature_of_ownership",
                    "non_derivative_holdings[2].nature_of_ownership"],
    (AAPL, "plain"): ["period_of_report", "issuer.trading_symbol", "reporting_owners[0].city",
                      "non_derivative_transactions[0].security_title",
                      "non_derivative_transactions[1].shares_owned_following"],
}
TEXTS = [(filing, design, name) for (filing, design) in FLOORS
         for name in ("pdfplumber.txt", "pymupdf4llm.md") if fixture_exists(filing / design / name)]


@pytest.mark.parametrize("filing, design, name", TEXTS,
                         ids=[f"{f.name}-{d}-{n}" for f, d, n in TEXTS])
def test_every_value_read_is_right_and_the_floor_is_read(filing: Path, design: str,
                                                         name: str) -> None:
    text = fixture_text(filing / design / name)
    assert read_shape(text).shape == "lines"
    truth = truth_of(filing / design)
    verdicts = dict(score(truth, json.loads(form4lark.parse(text).to_json())))
    assert [path for path, verdict in verdicts.items() if verdict == "wrong"] == []
    assert [path for path in FLOORS[filing, design] if verdicts.get(path) != "right"] == []


# ---------------------------------------------------------------- signatures on a page's lines
def _signatures(text: str) -> list[tuple[str | None, str | None]]:
    from form4lark.form.atoms import lex
    from form4lark.form.notes import signatures
    _, found = signatures(lex(read_lines(text), "page"), True)
    return [(s.name and s.name.text, s.date and s.date.text) for s in found]


def test_a_second_signer_inside_a_centred_name_is_no_centring() -> None:
    # pymupdf4llm: a cell's lines in turn, the second name's first line above its date
    text = ("|/s/ Lora Blum, by power of<br>attorney for Reid Hoffman|05/26/2011|\n"
            "|/s/ Lora Blum, by power of||\n"
            "|attorney for the Reid Hoffman<br>and Michelle Yee Living Trust|05/26/2011|\n"
            "|dated October 27, 2009||\n")
    assert _signatures(text) == [
        ("/s/ Lora Blum, by power of attorney for Reid Hoffman", "05/26/2011"),
        ("/s/ Lora Blum, by power of attorney for the Reid Hoffman and Michelle Yee Living "
         "Trust dated October 27, 2009", "05/26/2011")]


def test_the_closing_notes_printed_before_the_signature_label_are_no_lines_of_a_name() -> None:
    # TSLA-20100702-1 sec, pymupdf4llm (truth: "/s/ Elon Musk", 2010-07-02): the two lines
    # below the date are the closing notes, so no two lines above it are the name's
    text = ("3. The warrant was automatically net exercised by the reporting person on the "
            "effective date of Issuer's initial public offering. \n\n"
            "<u>/s/ Elon Musk</u> \n\n<u>07/02/2010</u> \n\n"
            "> * If the form is filed by more than one reporting person, _see_ Instruction 4 "
            "(b)(v). \n\n"
            "** Intentional misstatements or omissions of facts constitute Federal Criminal "
            "Violations _See_ 18 U.S.C. 1001 and 15 U.S.C. 78ff(a). \n")
    assert _signatures(text) == [("/s/ Elon Musk", "07/02/2010")]


def test_names_wrapped_around_their_dates_that_no_rule_parts_are_left_unknown() -> None:
    # a name's last line below its date or the next name's first: the lines do not say
    text = ("|SoftBank Group Corp., By : /s/||\n"
            "|Yuko Yamamoto, Head of|03/07/2025|\n"
            "|Corporate Legal Department||\n"
            "|SB Global Advisers Limited, By|03/07/2025|\n"
            "|SB Northstar LP By : /s/<br>Stephen Lam, Director|03/07/2025|\n")
    assert _signatures(text) == [(None, "03/07/2025")] * 3


def test_the_notes_label_cut_into_a_row_s_last_lines_closes_the_table() -> None:
    text = ("|**Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned**"
            "||\n"
            "|Class B<br>Common<br>Stock<br>(15)<br>**Explanatio**|(15)<br>08/22/2019<br>"
            "**n of Responses:**|C|5,406|\n"
            "\n"
            "1. The reporting person is one of the Managers.\n"
            "\n"
            "> 2. The sales were effected pursuant to a Rule 10b5-1 trading plan.\n")
    assert texts(text) == [TABLE_II, "Class B Common Stock(15) (15) 08/22/2019 C 5,406",
                           "Explanation of Responses:",
                           "1. The reporting person is one of the Managers.",
                           "2. The sales were effected pursuant to a Rule 10b5-1 trading plan."]


def test_a_note_holding_a_later_note_s_number_is_left_out() -> None:
    # the converter lost note 2: note 1 would run on into note 3
    text = ("|**Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially "
            "Owned**||\n"
            "|Common Stock|1,000|D|\n\n"
            "Explanation of Responses:\n\n"
            "1. This transaction was a conversion.\n\n"
            "3. These shares are held of record by The Founders Fund, LP.\n\n"
            "** Signature of Reporting Person Date\n")
    from form4lark.form import regions
    from form4lark.form.atoms import lex
    from form4lark.form.notes import footnotes
    notes = footnotes(regions.cut(lex(read_lines(text), "page")).explanation)
    assert [number for number, _ in notes] == []
    kept = footnotes(regions.cut(lex(read_lines(text.replace("3. These", "2. These")),
                                     "page")).explanation)
    assert [(number, cell.text) for number, cell in kept] == [
        ("1", "This transaction was a conversion."),
        ("2", "These shares are held of record by The Founders Fund, LP.")]


@pytest.mark.parametrize("path", fixture_paths(FIXTURES, "*/*/*.txt") + READING_ORDER,
                         ids=lambda p: p.parent.name)
def test_a_pages_table_lines_and_titles_are_read_once_and_each_table_placed_as_if_read_alone(path, monkeypatch):
    from form4lark.form import row_lines
    text = fixture_text(path)
    alone = {table: lines_table(read_lines(text), table) for table in ("table_ii", "table_i")}
    reads = []
    body_lines = row_lines.body_lines
    monkeypatch.setattr(row_lines, "body_lines", lambda *a: reads.append(a[1]) or body_lines(*a))
    titles = []  # the page's titles read with certainty, read once too
    known_titles = row_lines.known_titles
    monkeypatch.setattr(row_lines, "known_titles", lambda *a: titles.append(1) or known_titles(*a))
    page = read_lines(text)
    assert {table: lines_table(page, table) for table in ("table_i", "table_ii")} == alone
    assert reads == ["table_i", "table_ii"]
    assert titles == [1]


def test_values_cut_at_cell_edges_are_joined_and_the_row_s_words_left_out() -> None:
    # a page break's pipe row cut at other edges: "|Commo|n Stock||11/20|/2020|...|92,|983|"
    # printed as one visual line: its values read, its words and marks ("(28" / ")")
    # left out
    text = (f"{TABLE_I}\n{HEADER_I}\n"
            "Common Stock 11/20/2020 M 643 A $46.92 92,578 D\n"
            "Commo n Stock 11/20 /2020 M 405 A $ 73.58 (28 ) 92, 983 D\n"
            f"{TABLE_II}\n")
    first, second = _table(text, "table_i")
    assert first["security_title"] == "Common Stock"
    assert second == {"transaction_date": "11/20/2020", "transaction_code": "M", "shares": "405",
                      "acquired_disposed": "A", "price_per_share": "$ 73.58",
                      "shares_owned_following": "92,983", "direct_or_indirect": "D"}


def test_only_a_value_cut_short_is_joined_to_the_next_word() -> None:
    from form4lark.form.atoms import Atom
    from form4lark.form.row_clipped import rejoined
    from form4lark.page import Piece
    piece = Piece("$ 1 2,000 1,000 2,000 1,55 7,092 12,687 ,274 11/1 11/14/2013 (3 ) 9.5 (4 )")
    atoms = [Atom("TEXT", word, 0, 0, 0, piece) for word in piece.text.split()]
    assert [a.text for a in rejoined(atoms)] == [
        "$", "1", "2,000", "1,000", "2,000", "1,557,092", "12,687,274", "11/1", "11/14/2013",
        "(3)", "9.5(4)"]


def test_a_nature_read_whole_in_another_case_closes_the_cell() -> None:
    # Table I prints "By trust" whole; Table II's rows "By Trust" on their lines, among
    # the lines of their titles: the nature is that whole value, whatever its case
    text_i = (f"{TABLE_I}\n{HEADER_I}\n"
              "Common Stock 07/02/2010 07/02/2010 C 20,655,342 A (1) 23,322,008 I By trust\n")
    text_ii = (f"{TABLE_II}\n{HEADER_II}\n"
               "Series A\n"
               "Common\n"
               "Preferred (1) 07/02/2010 C 4,880,343 (1) (1) Stock 1,626,781 (1) 0 I By Trust\n"
               "Stock\n"
               "Series B\n"
               "Common\n"
               "Preferred (1) 07/02/2010 C 12,162,167 (1) (1) Stock 4,054,053 (1) 0 I By Trust\n"
               "Stock\n"
               "Explanation of Responses:\n")
    rows = _table(text_i + text_ii, "table_ii")
    assert [r.get("nature_of_ownership") for r in rows] == ["By Trust", "By Trust"]
    other = text_i.replace("I By trust", "I By Family Trust")
    assert [r.get("nature_of_ownership") for r in _table(other + text_ii, "table_ii")] == [
        None, None]


def test_a_title_left_open_on_its_line_is_closed_by_the_line_below_where_it_starts_there() -> None:
    # pdfplumber (TSLA, plain design): no title is printed whole, no line stands above the
    # first row; "Common" cannot end a title, so each row's "Stock" below closes it and the
    # runs between rows are cut so (a nature "by Trust" needs none of them)
    rows_i = ("Common 05/07/2018 P 5,903 A $ 295.028(1) 33,638,324 I by Trust\n"
              "Stock\n"
              "Common 05/07/2018 P 4,845 A $ 296.311(2) 33,643,169 I by Trust\n"
              "Stock\n")
    text = f"{TABLE_I}\n{HEADER_I}\n{rows_i}{TABLE_II}\n{HEADER_II}\nExplanation of Responses:\n"
    for row in _table(text, "table_i"):
        assert row["security_title"] == "Common Stock"
        assert row["nature_of_ownership"] == "by Trust"
    # a line below that does not close the title ("Preferred"): nothing is cut
    for row in _table(text.replace("Stock\n", "Preferred\n"), "table_i"):
        assert "security_title" not in row and "nature_of_ownership" not in row


def test_an_open_title_with_lines_above_its_row_is_not_closed_below_alone() -> None:
    # pdfplumber (ZNGA, sec design): centred cells, "Class B" of the underlying title
    # stands above the row beside "Restricted": "Common" / "Stock(2)" is not the whole title
    rows_ii = ("Restricted Class B\n"
               "Stock $0 06/08/2012 A 41,322 (1) 06/08/2019 Common 41,322 $0 41,322 D\n"
               "Unit Stock(2)\n")
    text = f"{TABLE_I}\n{HEADER_I}\n{TABLE_II}\n{HEADER_II}\n{rows_ii}Explanation of Responses:\n"
    (row,) = _table(text, "table_ii")
    assert "security_title" not in row and "underlying_security_title" not in row
    assert row["shares"] == "41,322"


def test_a_nature_the_page_prints_elsewhere_tells_how_side_by_side_cells_share_a_line() -> None:
    # pdfplumber (XOOM, plain design): top-aligned; "Stock LP(2)" may end the title or
    # the nature, but only one cut gives the nature Table I prints whole
    rows_i = "Common Stock 02/21/2013 C 2,246,338 A (1) 5,036,306 I By Sequoia Capital XI, LP(2)\n"
    rows_ii = ("Series B (1) 02/21/2013 C 2,246,338 (1) (1) Common 2,246,338 $ 0.00 0 I By Sequoia\n"
               "Preferred Stock Capital XI,\n"
               "Stock LP(2)\n")
    text = (f"{TABLE_I}\n{HEADER_I}\n{rows_i}{TABLE_II}\n{HEADER_II}\n{rows_ii}"
            "Explanation of Responses:\n")
    (row,) = _table(text, "table_ii")
    assert row["security_title"] == "Series B Preferred Stock"
    assert row["underlying_security_title"] == "Common Stock"
    assert row["nature_of_ownership"] == "By Sequoia Capital XI, LP(2)"
    # another reading gives the nature the printed text and more ("... XI Fund(2)"): the
    # printed one may be cut short, nothing is preferred
    other = text.replace("Capital XI, LP(2)\n", "Capital XI\n").replace(
        "Capital XI,\nStock LP(2)", "Capital XI\nStock Fund(2)")
    (row,) = _table(other, "table_ii")
    assert "nature_of_ownership" not in row and "security_title" not in row
    # a mark standing apart may end either cell: nothing is preferred
    (row,) = _table(text.replace("Stock LP(2)\n", "Stock LP(2) (3)\n"), "table_ii")
    assert "nature_of_ownership" not in row


def test_a_title_cut_at_strip_edges_in_a_row_of_cut_values_is_read_as_the_printed_title() -> None:
    # AUR-20231019-1 sec, pymupdf4llm: the page cut into strips, "Class A|Common St|ock"
    # and "12,687|,274" (truth: "Class A Common Stock", 12687274 shares)
    # a holding's nature centred on its line: the page centres its cells, so the cut
    # row's title, with words on its line, is closed
    rows_i = ("Class A Common St ock 10/19/2023 C 12,687 ,274 A 12,687,2 74 D\n"
              "By\nClass A Common Stock 14,000 I\nSpouse\n")
    text_ii = (f"{TABLE_II}\n{HEADER_II}\n"
               "Class B Common Stock (1) 10/19/2023 C 12,687,274 (1) (1) Class A Common Stock "
               "12,687,274 $0 12,687,274 D\nExplanation of Responses:\n")
    row, _ = _table(f"{TABLE_I}\n{HEADER_I}\n{rows_i}{text_ii}", "table_i")
    assert row["security_title"] == "Class A Common Stock" and row["shares"] == "12,687,274"
    # letters no title the page prints with certainty holds: left out
    cut = rows_i.replace("Class A Common St ock", "Class C Common St ock")
    row, _ = _table(f"{TABLE_I}\n{HEADER_I}\n{cut}{text_ii}", "table_i")
    assert "security_title" not in row and row["shares"] == "12,687,274"


def test_the_one_title_whose_letters_cut_words_hold_is_theirs() -> None:
    from form4lark.form.glued_words import title_of_letters
    titles = frozenset({"Class A Common Stock", "Common Stock", "ABC D", "A BCD"})
    cut = ["Class", "A", "Common", "St", "ock"]
    assert title_of_letters(cut, titles) == "Class A Common Stock"
    assert title_of_letters(["Commo", "n", "Stock"], titles) == "Common Stock"
    assert title_of_letters(["AB", "CD"], titles) is None  # two titles hold these letters
    assert title_of_letters(["Common", "Stock(1)"], titles) is None
    assert title_of_letters([], titles) is None


# ---------------------------------------------------------------- a header cut into strips
CUT_HEADER = (  # AFRM-20230403-1 sec, pymupdf4llm: the header's rows cut into strips
    "|1. Name and Address of Reporting Person<sup>*</sup><br>Rabois Keith||2. Issuer Name**an**"
    "<br>Affirm Hold|**d**Ticker or Tra<br>ings, Inc.|ding Symbol<br>[<br>AFRM]||5. Rel<br>"
    "(Chec<br>X|ationship of Repo<br>k all applicable)<br>Director|rting Person(s)<br>10%|"
    "to Issuer<br>Owner|\n"
    "|---|---|---|---|---|---|---|---|---|---|\n"
    "|(Last)<br>(First)<br>(Mi<br>ONE LETTERMAN DRIVE<br>BUILDING D, 5TH FLOOR|ddle)|"
    "3. Date of Earliest<br>04/03/2023|Transaction (|Month/Day/Yea|r)||<br>below)|<br> <br>belo"
    "|<br>w)|\n"
    "|(Street)<br>SAN<br>FRANCISCO<br>CA<br>94|129|4. If Amendment,|Date of Origina|"
    "l Filed (Month|/Day/Y|ear)<br>6. Indi<br>Line)<br>X|vidual or Joint/Gr<br>Form filed by O"
    "<br>Form filed by M<br>Person|oup Filing (Che<br>ne Reporting P<br>ore than One R|"
    "ck Applicable<br>erson<br>eporting|\n"
    "|(City)<br>(State)<br>(Zip|)|||||||||\n"
    "|**Table I -**|**Non-Derivat**|**ive Securities**|**Acquired,**|**Disposed**|**of, o**|"
    "**r Beneficiall**|**y Owned**|||\n")


def test_a_header_cut_into_strips_gives_what_its_strips_hold_certainly() -> None:
    # its labels and words are cut ("Affirm Hold" / "ings, Inc."): box 1 stands whole in
    # the first strip (the next holds only its labels' rests and the zip's digits), the
    # ticker's letters hold no space; the issuer's name, cut where a space may have
    # stood, is not read; box 3's label's start alone above a date alone is box 3's
    # (truth: Rabois Keith, ONE LETTERMAN DRIVE, BUILDING D, 5TH FLOOR, SAN FRANCISCO
    # CA 94129, AFRM, 2023-04-03)
    lines = [line.text for line in read_lines(CUT_HEADER).lines]
    at = lines.index("1. Name and Address of Reporting Person *")
    assert lines[at:at + 12] == [
        "1. Name and Address of Reporting Person *", "Rabois Keith", "(Last) (First) (Middle)",
        "ONE LETTERMAN DRIVE", "BUILDING D, 5TH FLOOR", "(Street)", "SAN FRANCISCO CA 94129",
        "(City) (State) (Zip)", "2. Issuer Name and Ticker or Trading Symbol", "[ AFRM ]",
        "3. Date of Earliest Transaction (Month/Day/Year)", "04/03/2023"]
    assert not any("Affirm" in line for line in lines)


def _strips(text: str) -> list[list[list[str]]]:
    from form4lark.shapes.lines import _strips as strips

    return [row for row in map(strips, text.split("\n")) if row]


def test_box_1_is_read_from_strips_only_where_no_value_is_cut() -> None:
    from form4lark.shapes.cut_strips import box1_lines

    rows = _strips(CUT_HEADER)
    assert box1_lines(rows, 1)
    # a street cut at the strip's edge ("2800 SAND HILL ROAD, SU" | "ITE 101": MDB-20200610):
    # the address is not read, the name above "(Last)", its rows read whole, is
    name_only = ["1. Name and Address of Reporting Person *", "Rabois Keith",
                 "(Last) (First) (Middle)"]
    cut_street = _strips(CUT_HEADER.replace("|ddle)|", "|ddle)<br>OR|"))
    assert [line.text for line in box1_lines(cut_street, 1)] == name_only
    # a value's piece beside a label's rest ("(M" | "iddle)" / ".": AUR-20240227)
    cut_value = _strips(CUT_HEADER.replace("|ddle)|", "|ddle)<br>.|"))
    assert [line.text for line in box1_lines(cut_value, 1)] == name_only
    # ... but where the row's one value is a street line, the period closes it (no space
    # stands before a period): "C/O AURORA INNOVATION, INC" | "." (AUR-20240227, truth "INC.")
    one_street = CUT_HEADER.replace("ONE LETTERMAN DRIVE<br>", "").replace("5TH FLOOR", "5TH FL")
    assert [line.text for line in box1_lines(_strips(one_street.replace(
        "|ddle)|", "|ddle)<br>.|")), 1)][3] == "BUILDING D, 5TH FL."
    # a period above the label's rest, or a street ending in one already: not told
    assert [line.text for line in box1_lines(_strips(one_street.replace(
        "|ddle)|", "|.<br>ddle)|")), 1)] == name_only
    assert [line.text for line in box1_lines(_strips(one_street.replace(
        "5TH FL|ddle)|", "5TH FL.|ddle)<br>.|")), 1)] == name_only
    # a piece beside the name's row: the name may be cut there
    assert box1_lines(_strips(CUT_HEADER.replace("Rabois Keith||", "Rabois Keith|xx|")), 1) == []
    # box 2's label's number printed under the owner's name in the first strip (U-20220211)
    assert box1_lines(_strips(CUT_HEADER.replace("Rabois Keith|", "Rabois Keith<br>2<br>A|")),
                      1) == []
    # a name on two lines: where one ends is not told
    assert box1_lines(_strips(CUT_HEADER.replace("Rabois Keith", "Rabois<br>Keith")), 1) == []


def test_box_2_s_issuer_is_read_from_one_strip_s_line_and_the_ticker_across_strips() -> None:
    from form4lark.shapes.cut_strips import box2_lines

    whole = CUT_HEADER.replace("Affirm Hold|**d**Ticker or Tra<br>ings, Inc.|",
                               "Affirm Holdings, Inc.|**d**Ticker or Tra|")
    assert [line.text for line in box2_lines(_strips(whole), 1)][1] == \
        "Affirm Holdings, Inc. [ AFRM ]"
    cut_ticker = CUT_HEADER.replace("[<br>AFRM]", "[<br>AF").replace("|to Issuer", "RM]|to Issuer")
    assert box2_lines(_strips(cut_ticker), 1) == []  # "RM]" stands in box 5's strips
    assert [line.text for line in box2_lines(_strips(CUT_HEADER.replace(
        "ding Symbol<br>[<br>AFRM]", "ding Symbol<br>[<br>AF|RM]")), 1)] == []  # a strip opening with no label's piece


def test_box_3_s_date_cut_at_strips_edges_is_joined() -> None:
    from form4lark.shapes.cut_strips import box3_lines_cut

    row = "|x|3. Dat<br>06/10<br>4. If A|e of Earliest Trans<br>/2020<br>mendment|action (Month/|Day/Year)|"
    assert [line.text for line in box3_lines_cut(_strips(row), 1)] == [
        "3. Date of Earliest Transaction (Month/Day/Year)", "06/10/2020"]
    # a date's piece after a piece that is none: which date is not told
    assert box3_lines_cut(_strips(row.replace("|action (Month/|", "|action (Month/<br>1|")), 1) == []
    assert box3_lines_cut(_strips(row.replace("/2020", "/20")), 1) == []  # no whole date


def test_box_3_s_label_start_is_taken_only_alone_and_from_date_of_on() -> None:
    from form4lark.page import Line, Piece
    from form4lark.shapes.cut_header import box3_lines

    def lines(*texts: str) -> list[Line]:
        return [Line([Piece(text, n, 1)]) for n, text in enumerate(texts, 1)]

    assert len(box3_lines(lines("3. Date of Earliest T", "08/22/2019"))) == 2
    assert box3_lines(lines("3. Date", "08/22/2019")) == []  # too short to be told
    assert box3_lines(lines("3. Date of Earliest T SVP", "08/22/2019")) == []
    assert box3_lines(lines("3. Date of Earliest", "08/22/2019 CEO")) == []
    assert box3_lines(lines("3. Date of", "08/22/2019", "3. Date of", "08/23/2019")) == []


def test_rows_printed_alike_but_for_their_series_are_cut_as_the_first_opens_and_the_others_end(
) -> None:
    # TSLA-20100702 sec (pdfplumber), checked against the filing's XML: each row's series
    # ("Series A", "Series B") opens it on the line above; rows showing "Preferred" on
    # their lines end as those cut so ("Stock" / "Stock"), the last of them before a row
    # of another print too (row_alike.ending_cuts); a series' number is no figure ("C-1")
    row_i = "Common Stock 07/02/2010 07/02/2010 C 20,655,342 A (1) 23,322,008 I By trust"
    rows_ii = "".join(
        f"Series {series}\nPreferred (1) 07/02/2010 07/02/2010 C 4,880,343 (1) (1) Common "
        f"1,626,781 (1) 0 I By Trust\nStock\nStock\n" for series in ("A", "B", "C-1")) + (
        "Series C\nWarrants (3) 07/02/2010 07/02/2010 X 325,441 (3) (3) Common 113,908 (3) 0 I "
        "By Trust\n(right to Stock\nbuy)\n")
    text = (f"{TABLE_I}\n{HEADER_I}\n{row_i}\n{TABLE_II}\n{HEADER_II}\n{rows_ii}"
            "Explanation of Responses:\n")
    rows = _table(text, "table_ii")
    assert [(r.get("security_title"), r.get("underlying_security_title")) for r in rows] == [
        ("Series A Preferred Stock", "Common Stock"), ("Series B Preferred Stock", "Common Stock"),
        ("Series C-1 Preferred Stock", "Common Stock"),
        ("Series C Warrants (right to buy)", "Common Stock")]
    # "Series Bravo" is not printed as "Series A" is: the run above it is not cut as the
    # first row opens, but the first row ends as the rows cut so do ("Stock" / "Stock")
    longer = _table(text.replace("Series B\n", "Series Bravo\n"), "table_ii")
    assert [r.get("security_title") for r in longer][:2] == [
        "Series A Preferred Stock", "Series Bravo Preferred Stock"]
    # ... unless no row of that print ends known: then nothing is told
    other = _table(text.replace("Series B\n", "Series Bravo\n").replace(
        "Series C-1\n", "Series Charlie\n"), "table_ii")
    assert [r.get("security_title") for r in other][:3] == [None] * 3


def _series_rows_text() -> str:
    """GUTS-20240206-1 sec (pdfplumber), checked against the filing's XML: the last two
    rows print their series on the line above and every other cell as two lines
    interleaved on their line ("P S r to ef c e k rred", "Co S m to m ck on"), unlike
    the rows above them."""
    row_i = "Common Stock 02/06/2024 C 918,567 A (1) 918,567 I See footnote(3)"
    rows_ii = "".join(
        f"Series {series}\nPreferred (1) 02/06/2024 C {amount} (1) (1) Common {under} (1) 0 "
        "D(2)\nStock\nStock\n"
        for series, amount, under in (("C-2", "6,502,796", "3,030,193"),
                                      ("D", "545,450", "254,170"))) + "".join(
        f"Series {series}\nP S r to ef c e k rred (1) 02/06/2024 C {amount} (1) (1) Co S m to m "
        f"ck on {under} (1) 0 I S fo e o e tnote(3)\n"
        for series, amount, under in (("E", "373,021", "173,821"), ("F", "1,598,225", "744,746")))
    return (f"{TABLE_I}\n{HEADER_I}\n{row_i}\n{TABLE_II}\n{HEADER_II}\n{rows_ii}"
            "Explanation of Responses:\n1. Each share of Preferred Stock converted into "
            "Common Stock.\n")


def test_a_row_ends_on_its_line_where_its_open_cells_show_the_words_the_last_row_ends_with(
) -> None:
    # the last row ends on its line (nothing after it), and the row above showing the
    # very words in its title and underlying title (its nature ending with a mark), the
    # run below it printed as its line above ("Series F" as "Series E"), ends there too:
    # "Series F" opens the last row (row_alike.ending_cuts)
    text = _series_rows_text()
    rows = _table(text, "table_ii")
    assert [(r.get("security_title"), r.get("underlying_security_title"),
             r.get("nature_of_ownership")) for r in rows][2:] == [
        ("Series E Preferred Stock", "Common Stock", "See footnote(3)"),
        ("Series F Preferred Stock", "Common Stock", "See footnote(3)")]
    # a nature the row above shows otherwise than the last row, no mark ending it, may go
    # on below its line: the line between the two rows is not told
    other = _table(text.replace("S fo e o e tnote(3)\nSeries F", "See\nSeries F"), "table_ii")
    assert [r.get("security_title") for r in other][2:] == [None, None]


@pytest.mark.parametrize("between", ["(Convertible)", "(Non-voting)", "Convertible Non-voting"])
def test_a_row_showing_the_last_rows_words_on_its_line_may_go_on_below_it(between: str) -> None:
    # a title printed in four lines, centred: "Series E" above, two interleaved on the
    # row's line, "(Convertible)" below. On its line the row shows the very words the
    # last row, ending there, shows: words alone do not end a cell. The run below it
    # is not printed as its line above, so where it ends is not told (row_alike)
    text = _series_rows_text().replace("tnote(3)\nSeries F", f"tnote(3)\n{between}\nSeries F")
    rows = _table(text, "table_ii")
    assert [(r.get("security_title"), r.get("underlying_security_title")) for r in rows][2:] \
        == [(None, None)] * 2


def test_a_nature_whole_on_its_line_leaves_the_title_to_be_told_by_the_run_below() -> None:
    # "See footnote(3)" is whole on its line, but the title and underlying title there,
    # showing the last row's words, may go on: "Stock Trust" below is no line the row
    # opens with ("Series E"), so the rows are left as they were
    text = _series_rows_text().replace("S fo e o e tnote(3)\nSeries F",
                                       "See footnote(3)\nStock Trust\nSeries F")
    rows = _table(text, "table_ii")
    assert [r.get("security_title") for r in rows][2:] == [None, None]


def test_lines_printed_alike_differ_in_one_short_word_at_most() -> None:
    def lines(*texts: str) -> list:
        return [[Atom("TEXT", w, i, 0, 0, Piece(t, i + 1, 1)) for w in t.split()]
                for i, t in enumerate(texts)]
    assert alike_lines(lines("Series B"), lines("Series A"))
    assert alike_lines(lines("Stock", "Series C-2"), lines("Stock", "Series D"))
    assert not alike_lines(lines("Series Bravo"), lines("Series A"))
    assert not alike_lines(lines("Class B A"), lines("Class A B"))
    assert not alike_lines(lines("Series B", "Stock"), lines("Series A"))


def test_the_cut_that_reads_a_nature_the_page_prints_comes_first() -> None:
    # FB-20190822 sec (pdfplumber), checked against the filing's XML: the run between
    # Table II's rows ("Stock(15) Stock LP(1)" / "By The" / "Founders") reads under
    # three cuts once a title may take any words, but only one gives the first row the
    # nature Table I prints ("By The Founders Fund IV, LP")
    rows_i = ("Class A Common Stock 08/22/2019 C 16,840 A $0 16,840 I By The Founders Fund IV, "
              "LP(1)\nClass A Common Stock 08/22/2019 C 5,406 A $0 5,406 I By The Founders Fund IV "
              "Principals Fund, LP(8)\n")
    rows_ii = ("By The\n"
               "Class B Common (15) 08/22/2019 C 16,840(16) (15) (15) Class A Common 16,840 $0 0 I "
               "Founders Fund IV,\nStock(15) Stock LP(1)\nBy The\nFounders\n"
               "Class B Common (15) 08/22/2019 C 5,406(16) (15) (15) Class A Common 5,406 $0 0 I "
               "Fund IV Principals\nStock(15) Stock Fund,\nLP(8)\n")
    text = (f"{TABLE_I}\n{HEADER_I}\n{rows_i}{TABLE_II}\n{HEADER_II}\n{rows_ii}"
            "Explanation of Responses:\n")
    keys = ("security_title", "underlying_security_title", "nature_of_ownership")
    assert [tuple(r.get(k) for k in keys) for r in _table(text, "table_ii")] == [
        ("Class B Common Stock(15)", "Class A Common Stock", "By The Founders Fund IV, LP(1)"),
        ("Class B Common Stock(15)", "Class A Common Stock",
         "By The Founders Fund IV Principals Fund, LP(8)")]
    # Table I printing other natures, no cut is certain: nothing is read
    other = _table(text.replace("I By The Founders Fund IV, LP(1)", "D"), "table_ii")
    assert [r.get("security_title") for r in other] == [None, None]


TSLA_CUT = (  # TSLA-20211221-1 sec, pymupdf4llm (cut short): box 2's strip is the second
    "|1. Name and Address of Reporting Person<sup>*</sup><br>Musk Elon|2.<br>T|Issuer Name**and**"
    "T<br>esla, Inc. [<br>TS|icker or Tradi<br>LA]|ng Symbol||5. Relat<br>(Check<br>X|ionship|\n"
    "|(Last)<br>(First)<br>(Middle)<br>C/O TESLA, INC.|3.<br>1|Date of Earliest Tra<br>2/21/2021|"
    "nsaction (Mon|th/Day/Year)||X|Officer|\n"
    "|13101 HAROLD GREEN ROAD||||||||\n"
    "|(Street)<br>AUSTIN<br>TX<br>78725|4.|If Amendment, Dat|e of Original F|iled (Month/Day|"
    "/Year)|6. Indivi|x|\n"
    "|(City)<br>(State)<br>(Zip)<br>**Table I -**|**Non-Derivati**|||||||\n")


def test_box_1_beside_box_2_s_strip_is_read_only_where_its_values_are_short_of_its_label() -> None:
    # truth: Musk Elon, C/O TESLA, INC., 13101 HAROLD GREEN ROAD, AUSTIN TX 78725, TSLA,
    # 2021-12-21 ("1" | "2/21/2021": a date holds no space)
    from form4lark.shapes.cut_strips import box1_lines, box2_lines, box3_lines_cut

    rows = _strips(TSLA_CUT)
    assert [line.text for line in box1_lines(rows, 1)][1:7] == [
        "Musk Elon", "(Last) (First) (Middle)", "C/O TESLA, INC.", "13101 HAROLD GREEN ROAD",
        "(Street)", "AUSTIN TX 78725"]
    assert [line.text for line in box2_lines(rows, 1)][1] == "[ TSLA ]"
    assert [line.text for line in box3_lines_cut(rows, 1)][1] == "12/21/2021"
    # a name nearly as long as the label may run on into box 2's strip: not told
    longer = TSLA_CUT.replace("Musk Elon", "Musk Elon Reeve and Family Trust")
    assert box1_lines(_strips(longer), 1) == []


def test_box_2_s_issuer_cut_at_strips_edges_is_joined_as_the_page_prints_it_elsewhere() -> None:
    # truth: Tesla, Inc. ("T" | "esla, Inc. ["); the footnotes print "Tesla, Inc." whole
    from form4lark.shapes.cut_strips import box2_lines

    rows = _strips(TSLA_CUT)
    assert [line.text for line in box2_lines(rows, 1, "shares of Tesla, Inc. held")][1] == \
        "Tesla, Inc. [ TSLA ]"
    # letters the same but for case ("C/O TESLA, INC."): the case stays the header's
    assert [line.text for line in box2_lines(rows, 1, "C/O TESLA, INC.")][1] == \
        "Tesla, Inc. [ TSLA ]"
    # printed both ways, or only inside a longer word: the cut is not told
    assert [line.text for line in box2_lines(rows, 1, "Tesla, Inc. and T esla, Inc.")][1] == \
        "[ TSLA ]"
    assert [line.text for line in box2_lines(rows, 1, "XTesla, Inc.")][1] == "[ TSLA ]"


#: a page aligned to the top whose rows' titles run over two lines below them, no title
#: printed with certainty (as pdfplumber prints BETR-20241209-1's plain page)
TOP_ALIGNED_TWO_BELOW = (
    f"{TABLE_I}\n{HEADER_I}\n"
    "Class A 12/09/2024 C 628,553(1) A (2) 628,553(1) I By SVF II Beaver\n"
    "Common (DE) LLC(3)\n"
    "Stock\n"
    f"{TABLE_II}\n{HEADER_II}\n"
    "Class B (2) 12/09/2024 C 628,553(1) (2) (2) Class A 628,553(1) $0 137,545(1) I By SVF II\n"
    "Common Common Beaver\n"
    "Stock Stock (DE)\n"
    "LLC(3)\n"
    "Explanation of Responses:\n")


def test_an_open_title_on_a_top_aligned_page_is_closed_by_the_lines_below_it_together() -> None:
    (row,) = _table(TOP_ALIGNED_TWO_BELOW, "table_i")
    assert row["security_title"] == "Class A Common Stock"
    assert row["nature_of_ownership"] == "By SVF II Beaver (DE) LLC(3)"
    (row,) = _table(TOP_ALIGNED_TWO_BELOW, "table_ii")
    assert row["security_title"] == "Class B Common Stock"
    assert row["underlying_security_title"] == "Class A Common Stock"
    assert row["nature_of_ownership"] == "By SVF II Beaver (DE) LLC(3)"
    # words after the closing lines ("Stock" / "Units") may be the title's: not closed
    (row,) = _table(TOP_ALIGNED_TWO_BELOW.replace("Stock\nTable", "Stock\nUnits\nTable"),
                    "table_i")
    assert "security_title" not in row


def test_a_see_note_nature_sharing_a_wrapped_title_s_lines_is_told_apart() -> None:
    # rows printing nothing on their line but values (RUM-20240404-1, pdfplumber): the
    # first row's two lines above are its own; each run between two rows ends with those
    # very lines (row_alike.opening_cuts: rows alike, showing no title words on their
    # lines), and the last row's line below, "footnote(8)", is printed as each row's mark
    # line is (its mark aside): each row is "See" last on its first line, the title's
    # second line, then "footnote(N)" below: nature "See footnote(N)", the rest the title
    rows = "".join(
        "Class A Common Stock, par value See\n$0.0001 per share\n"
        f"04/04/2024 S(1) {shares} D $6.7116(2) {left}(3) I\nfootnote({mark})\n"
        for shares, left, mark in (("141,981", "661,756", 4), ("1,806", "8,418", 6),
                                   ("42,025", "204,473", 8)))
    text = f"{TABLE_I}\n{HEADER_I}\n{rows}{TABLE_II}\n"
    read = _table(text, "table_i")
    assert [r["shares"] for r in read] == ["141,981", "1,806", "42,025"]
    assert [r.get("security_title") for r in read] == [
        "Class A Common Stock, par value $0.0001 per share"] * 3
    assert [r.get("nature_of_ownership") for r in read] == [
        f"See footnote({mark})" for mark in (4, 6, 8)]
    # words between "See" and the note's name that another opening word ("By") shows may
    # be the nature's: nothing is read
    other = _table(text.replace("$0.0001 per share\n", "$0.0001 per share By\n"), "table_i")
    assert all("nature_of_ownership" not in r and "security_title" not in r for r in other)
    # no note's name ending the lines ("Trust(4)"): no two-word nature, nothing is read
    trust = _table(text.replace("footnote(", "Trust("), "table_i")
    assert all("nature_of_ownership" not in r and "security_title" not in r for r in trust)
    # a value's mark wrapped below the row, alone or before the note's name, is no word of
    # the title: nothing is read (the title would end "(3)" and 661,756 lose its mark)
    for moved in ("661,756 I\n(3)\nfootnote(4)", "661,756 I\n(3) footnote(4)"):
        first = _table(text.replace("661,756(3) I\nfootnote(4)", moved, 1), "table_i")[0]
        assert "security_title" not in first and "nature_of_ownership" not in first, moved


def test_a_raised_mark_alone_under_a_line_the_lower_title_may_open_with_is_not_the_upper_rows(
) -> None:
    # GUTS-20240206-1's rows with F's mark printed raised, just above its line: "Series F"
    # may open F's title above the mark, which may be any cell's, so the run is not
    # all the upper row's (F's title read "Preferred Stock", "Series F" given to E)
    text = _series_rows_text().replace("tnote(3)\nSeries F", "tnote(3)\nSeries F\n(4)")
    rows = _table(text, "table_ii")
    assert [r.get("security_title") for r in rows][2:] == [None, None]


def test_a_mark_alone_after_a_word_a_mark_ends_leaves_the_run_the_upper_rows() -> None:
    # U-20220211-1 plain (pdfplumber), checked against the filing's XML: "Stock" may open
    # a title, but "L.P.(2)" after it ends a cell, none of the lower row's (each has words
    # on its line), so the lower row's title opens after it or not at all: the run and
    # its mark "(3)" are the upper row's
    rows_i = ("Common 02/11/2022 J 1,125,295 D (1) 9,002,363 I Sequoia Capital Global\n"
              "Stock Growth Fund III -\nEndurance Partners, L.P.(2)\n(3)\n"
              "Common 02/11/2022 J 1,504,820 D (1) 12,038,549 I Sequoia Capital XII, L.P.(2)\n"
              "Stock (3)\n")
    text = f"{TABLE_I}\n{HEADER_I}\n{rows_i}{TABLE_II}\n{HEADER_II}\nExplanation of Responses:\n"
    first, second = _table(text, "table_i")
    assert (first["security_title"], first["nature_of_ownership"]) == (
        "Common Stock", "Sequoia Capital Global Growth Fund III - Endurance Partners, L.P.(2) (3)")
    assert second["nature_of_ownership"] == "Sequoia Capital XII, L.P.(2) (3)"
