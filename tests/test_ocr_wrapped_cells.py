"""OCR texts whose wrapped title cells one garbled or cut word kept from reading: a
title OCR cut between "par value" and its price (``shapes/scan_table.par_value_titles``),
an underlying title with one word garbled that still tells the cuts of the row's
shared lines (``form/row_pairs.unread_word_of``), a quote OCR read for the column's
rule (``shapes/scan_rows``), a "Common" OCR cut after its capital
(``shapes/scan_table.dropped_capitals``), a nature's "See" cut the same way
(``shapes/scan_table.dropped_nature_capitals``), a rule's glyph glued to a title's word
(``layouts/ocr_texts.text_cell``). Values checked against EDGAR's XML of the filings named."""

from form4lark.form.row_pairs import NotedTitles, shared_cells, unread_word_of
from form4lark.form.scan_marks import GARBLED, LOST_MARK
from form4lark.layouts.ocr_texts import text_cell
from form4lark.shapes.scan_rows import table_words
from form4lark.shapes.scan_table import (dropped_capitals, dropped_nature_capitals,
                                         par_value_titles, wrapped_titles)
from support import FIXTURES, parse_fixture, truth_of
from test_row_pairs import _line

TITLE, UNDER = "security_title", "underlying_security_title"


def words(line: str) -> list[str]:
    return table_words(line.split(), notes=10)


def test_a_title_cut_after_par_value_goes_back_on_its_rows_line():
    # RUM-20240404-1 sec: "Class A Common Stock, par value $0.0001 per share" and "See
    # footnote", each over two lines, a line of the row's marks between them
    lines = [words("Class A Common Stock, par value See"), words("? (D (2) (3)"),
             words("$0.0001 per share 04/04/2024 s 141,981 | D | $6.7116' 661,756! I footnote")]
    assert lines[2][1:3] == [GARBLED + "per", GARBLED + "share"]  # alone, not certain
    upper, _, row = par_value_titles(lines)
    assert upper == []
    assert " ".join(row[:9]) == "Class A Common Stock, par value $0.0001 per share"
    assert row[9:15] == ["04/04/2024", "S", "141,981", "D", "$6.7116", "661,756" + LOST_MARK]
    assert row[-3:] == ["I", "See", "footnote"]


def test_a_par_value_line_under_its_row_gives_the_title_its_price_only():
    # the row's line the upper one: what is left under the price is not told (a nature's
    # end, a mark misread) and stays garbled; the title is whole
    lines = [words("Class A Common Stock, par value 25,1892 I See"),
             words("$0.0001 per share , footnote)")]
    row, below = wrapped_titles(par_value_titles(lines))
    assert " ".join(row[:9]) == "Class A Common Stock, par value $0.0001 per share"
    assert row[9:] == ["25,189" + LOST_MARK, "I", "See"]
    assert below and all(w.startswith(GARBLED) for w in below)


def test_par_value_lines_that_do_not_continue_each_other_are_left():
    # no "per share" after the price, no "par value" ending the line above, or a mark
    # OCR misread after it (RUM-20240404-1 drawn by pypdfium2: "par value 7 See")
    for upper, lower in (("Common Stock, par value See", "$0.01 04/04/2024 S 5 D $6 1 I See"),
                         ("Common Stock See", "$0.0001 per share 04/04/2024 S 5 D $6 1 I x"),
                         ("Common Stock, par value 7 See",
                          "$0.0001 per share 04/05/2024 s 86,705 D $6.455' 117,768' I footnote")):
        lines = [words(upper), words(lower)]
        assert par_value_titles(lines) == lines


def test_a_quote_where_the_underlying_title_opens_is_the_columns_rule():
    # NTRA-20201120-1 sec: "| \u201cStock" after the expiration date (quotes made plain)
    row = words('(right to $40.93 11/20/2020 M 204 io) 06/11/2030 | "Stock 204 $0 0 D')
    assert row[-6:] == ["06/11/2030", "Stock", "204", "$0", "0", "D"]
    # no capital after it: no title's word, left as OCR read it
    assert words('(right to $40.93 11/20/2020 M 204 io) 06/11/2030 "ocx 204 $0 0 D')[-5] == '"ocx'


def test_an_underlying_title_with_one_word_garbled_still_cuts_the_shared_lines():
    # NTRA-20201120-1 sec, Table II's second page: "Stock" / "Option Common" / "(right to
    # ... 04/11/2029 | crock | ..." / "buy)": the title is "Stock Option (right to buy)";
    # "crock" is no word of the page's titles: the underlying title is left unknown
    above = [_line(0, "Stock"), _line(1, "Option", "Common")]
    below = [_line(3, "buy)")]
    parts = {TITLE: _line(2, "(right", "to"), UNDER: _line(2, "crock")}
    titles, option = frozenset({"Common Stock"}), frozenset({"Stock Option (right to buy)"})
    cells = shared_cells(above, below, parts, (TITLE, UNDER), titles, certain=option)
    assert {key: " ".join(a.text for a in atoms) for key, atoms in cells.items()} == {
        TITLE: "Stock Option (right to buy)"}
    # only where another row of the table reads that title with certainty
    assert shared_cells(above, below, parts, (TITLE, UNDER), titles) == {}
    assert shared_cells(above, below, parts, (TITLE, UNDER), titles,
                        certain=frozenset({"Stock Option (right to sell)"})) == {}


def test_a_garbled_word_whose_first_letter_may_be_the_cell_befores_takes_the_printed_title():
    # MSFT-20241212-1 sec: "Restricted C" / "Stock ... "ommen ..." / "Units Stock": the
    # "C" is the title's ("Restricted C Stock Units") or the underlying's first letter
    # ("C" "ommen": Common); the page prints the one title, never the other, so the
    # reading giving it is taken, the underlying title left unread (EDGAR's XML:
    # "Restricted Stock Units", underlying "Common Stock")
    above, below = [_line(0, "Restricted", "C")], [_line(2, "Units", "Stock")]
    parts = {TITLE: _line(1, "Stock"), UNDER: _line(1, '"ommen')}
    common = frozenset({"Common Stock"})
    cells = shared_cells(above, below, parts, (TITLE, UNDER), common,
                         certain=frozenset({"Restricted Stock Units"}))
    assert {key: " ".join(a.text for a in atoms) for key, atoms in cells.items()} == {
        TITLE: "Restricted Stock Units"}
    # a title the page does not print tells nothing; nor do two readings both printed
    for certain in (frozenset({"Restricted Stock"}),
                    frozenset({"Restricted Stock Units", "Restricted C Stock Units"})):
        assert shared_cells(above, below, parts, (TITLE, UNDER), common, certain=certain) == {}


def test_a_table_whose_rows_read_no_title_takes_one_its_notes_print():
    # MSFT-20241212-1 sec: Table II's one row, "Restricted C" / "Stock ... "ommen ..." /
    # "Units Stock"; its notes print "The restricted stock units are fully vested"
    # (EDGAR's XML: "Restricted Stock Units")
    notes = NotedTitles(tuple("3. The restricted stock units are fully vested.".split()))
    assert "Restricted Stock Units" in notes and "restricted stock" in notes
    assert "Stock" not in notes and "Restricted Stock Unit" not in notes  # words, runs of 2+
    above, below = [_line(0, "Restricted", "C")], [_line(2, "Units", "Stock")]
    parts = {TITLE: _line(1, "Stock"), UNDER: _line(1, '"ommen')}
    cells = shared_cells(above, below, parts, (TITLE, UNDER), frozenset({"Common Stock"}),
                         certain=notes)
    assert {key: " ".join(a.text for a in atoms) for key, atoms in cells.items()} == {
        TITLE: "Restricted Stock Units"}
    bare = NotedTitles(tuple("1. Each option vests in full.".split()))
    assert shared_cells(above, below, parts, (TITLE, UNDER), frozenset({"Common Stock"}),
                        certain=bare) == {}


def test_a_word_split_from_its_first_letter_is_a_title_word_unread():
    # "C" / "ommen" Stock: OCR split "Common" after its first letter and garbled the
    # rest; the cell's cuts are told by "Common Stock", its words left unread
    common = frozenset({"Common Stock"})
    ommen = _line(1, GARBLED + "ommen")
    assert unread_word_of(_line(1, "C", GARBLED + "ommen", "Stock"), ommen, common)
    # a letter that does not open the title's word is no part of it, nor is one read small
    # (SCTY-20121218-1 sec: "Series D c" / "Preferred ... Stock." / "Stock", where taking
    # the "c" so reads "Series D Preferred" for "Series D Preferred Stock")
    assert not unread_word_of(_line(1, "X", GARBLED + "ommen", "Stock"), ommen, common)
    assert not unread_word_of(_line(1, "c", GARBLED + "ommen", "Stock"), ommen, common)


def test_a_title_the_page_prints_is_read_before_any_with_a_word_unread():
    above, below = [_line(0, "Stock"), _line(1, "Option", "Common")], [_line(3, "buy)")]
    parts = {TITLE: _line(2, "(right", "to"), UNDER: _line(2, "Stock")}
    cells = shared_cells(above, below, parts, (TITLE, UNDER), frozenset({"Common Stock"}))
    assert {key: " ".join(a.text for a in atoms) for key, atoms in cells.items()} == {
        TITLE: "Stock Option (right to buy)", UNDER: "Common Stock"}


def test_a_stop_ocr_read_after_a_titles_last_word_is_a_speck():
    # SCTY-20121218-1 sec: "Series D c" / "Preferred ... Stock. | ..." / "Stock": the
    # underlying title "Common Stock" with "Common" garbled ("c") and a rule's speck read
    # as a stop after "Stock"; the cell's cuts are told by "Common Stock" (so the title
    # beside it reads "Series D Preferred Stock", the filing's truth), its words unread
    common = frozenset({"Common Stock"})
    stock = _line(1, "Stock.")
    assert unread_word_of(_line(0, GARBLED + "c") + stock, stock, common)


def test_a_common_cut_after_its_capital_is_put_back_on_its_rows_line():
    # MSFT-20180829-1 sec drawn by pdftoppm: "Restricted Stock Units" and "Common Stock",
    # each centred on the row, the capital of "Common" read alone on the line above
    lines = [words("Restricted c"),
             words("Stock @ 08/29/2018 A 725 @ e) ommon) 725 $0 5,283 D"), words("Units Stock")]
    assert lines[0][1] == GARBLED + "c" and GARBLED + "ommon)" in lines[1]
    upper, row, lower = dropped_capitals(lines)
    assert upper == ["Restricted"]
    assert row[row.index("Common"):] == ["Common", "725", "$0", "5,283", "D"]
    assert lower == lines[2]


def test_a_cut_common_is_left_where_its_cells_are_not_the_forms():
    # JBLU-20250310-1 sec: the underlying amount garbled ("1 410,474" for 110,474), a
    # capital that is no "C", or two of them: left as OCR read them
    for upper, row in (("Restricted C", "Stock (6) 03/10/2025 A 110,474 @ 2) ommon 1 410,474 a)"
                        " 294,910 D"),
                       ("Restricted x", "Stock @ 08/29/2018 A 725 @ e) ommon) 725 $0 5,283 D"),
                       ("Restricted c c", "Stock @ 08/29/2018 A 725 @ e) ommon) 725 $0 5,283 D")):
        lines = [words(upper), words(row)]
        assert dropped_capitals(lines) == lines


def test_a_see_cut_after_its_capital_goes_back_above_its_rows_line():
    # LNKD-20130401-1 sec: "See footnote(4)" wrapped over the row, "S" read alone above
    # the row's line and "ee" after its "I", the mark (4) beside it
    lines = ["S", "Class A Common Stock 04/01/2013 so 41,932 D_ | $172.8318 41,402 I ee 4",
             "footnote"]
    assert dropped_nature_capitals(lines, [True] * 3) == [
        "See", "Class A Common Stock 04/01/2013 so 41,932 D_ | $172.8318 41,402 I 4", "footnote"]


def test_a_capital_above_a_row_is_left_where_no_opening_is_made():
    # a capital that makes no nature's opening with the word after the form, a row's line
    # with no value on it, or lines that are not a table's: left as OCR read them
    for above, row, table in (
            ("X", "Class A Common Stock 04/01/2013 so 41,932 D 41,402 I ee 4", True),
            ("S", "Class A Common Stock 04/01/2013 so 41,932 D 41,402 I ce 4", True),
            ("S", "Class A Common Stock I ee", True),
            ("S", "Class A Common Stock 04/01/2013 so 41,932 D 41,402 I ee 4", False)):
        assert dropped_nature_capitals([above, row], [table] * 2) == [above, row]


def test_a_see_cut_after_its_capital_reads_as_its_rows_nature():
    # the whole text: before, none of Table I's nine natures was read (the cut rows kept
    # the uncut ones below them from reading too); no mark guessed: each row's marks are
    # among its truth row's
    path = FIXTURES / "scan" / "LNKD-20130401-1" / "sec" / "tesseract.txt"
    record, truth = parse_fixture(path).to_dict(), truth_of(path)
    rows = record["non_derivative_transactions"]
    assert len(rows) == 9
    assert [r["nature_of_ownership"] for r in rows] == [
        r["nature_of_ownership"] for r in truth["non_derivative_transactions"]]
    assert {r["nature_of_ownership"] for r in rows} == {"See footnote"}
    for row, true in zip(rows, truth["non_derivative_transactions"]):
        for field, marks in row["footnotes"].items():
            assert set(marks) <= set(true["footnotes"].get(field, [])), field


def test_a_rules_glyph_glued_to_a_title_word_is_the_rule():
    # LNKD-20110524-1 plain drawn by pypdfium2: "... (2) (2) Common} 2,028,942 $0 0 See" /
    # "... Stock(1) ...": the column's rule glued to "Common" (truth: "Common Stock", its
    # mark (1))
    cell = text_cell(["Common} Stock(1)"], "underlying_security_title", [])
    assert cell is not None and cell.text == "Common Stock(1)"
    # glued to a word titles are not made of, it may be a letter misread ("Capita]"), and
    # inside a word it is garble: not a title's words
    # ("Hold] Stock": no other check refuses "Hold Stock", so the vocabulary is what keeps it)
    for read in ("Capita] Stock", "Hold] Stock", "Com}mon Stock"):
        diagnostics: list = []
        assert text_cell([read], "security_title", diagnostics) is None
        assert "not a title's words" in diagnostics[0].message
