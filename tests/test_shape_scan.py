"""Scanned shape: a page read by OCR from its image, read by the form reader.

Tesseract's text is the page's visual lines in blocks, with OCR's misreadings:
labels ("Table |"), the table's rules ("|"), garbled footnote marks ("$209.71°",
"@"), codes ("Ss", "sO"). These tests check that such a text is told by its
traces (and no other converter's text is taken for one), that each certain
fix does what it says on small strings and leaves alone what it cannot be
sure of, and that on real texts of both page designs every value read is
right (precision) while a listed share of the fields is read (a recall floor).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import form4lark
from form4lark.form.scan_marks import GARBLED, LOST_MARK, UNREAD, unread, without_lost_marks
from form4lark.scoring import score
from form4lark.sections import Cell
from form4lark.shapes.detect import read_shape
from form4lark.shapes.scan import is_scan
from form4lark.shapes.scan_header import header_line, issuer_under_its_label, without_unseen_mark
from form4lark.shapes.scan_notes import (footnote_count, halved_notes, numbered_notes, one_note,
                                        ordered_notes, plain_notes, signature_lines)
from form4lark.shapes.scan_rows import table_words
from form4lark.shapes.scan_table import (bracket_line, cell_ending_marks, closing_marks,
                                         open_brackets, wrapped_titles)
from form4lark.shapes.scan_fixes import clean_prose
from form4lark.shapes.scan_text import clean_scan, fix_labels, is_column_header, parts
from form4lark.shapes.scan_words import doubtful_marks, only_note_marks
from form4lark.shapes.scan_values import code_word, date_word, direction_word, scan_number
from support import edited_text, fixture_text, off_fields, truth_of, wrong_fields

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "scan"
MSFT = FIXTURES / "MSFT-20180829-1" / "sec"
SEQUOIA = FIXTURES / "U-20220211-1" / "sec"
#: the OCR texts copied with their truth, and the share of the truth's fields each
#: must read (every field read must be right)
RECALL_FLOORS = {
    ("MSFT-20180829-1", "sec"): 0.79,
    ("AAPL-20190502-1", "sec"): 0.94,
    ("AAPL-20220504-1", "sec"): 0.88,
    ("AAPL-20220504-1", "plain"): 0.72,
}


# ---------------------------------------------------------------- the shape told by the text
@pytest.mark.parametrize("filing,design", sorted(RECALL_FLOORS))
def test_an_ocr_text_is_recognised(filing: str, design: str) -> None:
    text = fixture_text(FIXTURES / filing / design / "tesseract.txt")
    assert is_scan(text)
    page = read_shape(text)
    assert page.shape == "lines" and page.converter == "ocr"


@pytest.mark.parametrize("name", ["pdfplumber.txt", "pdftotext-raw.txt", "html2text.md"])
def test_other_converters_texts_are_not_taken_for_ocr(name: str) -> None:
    text = fixture_text(MSFT / name)
    assert not is_scan(text)
    assert read_shape(text).converter != "ocr"


def test_a_text_with_no_form_label_is_no_scan() -> None:
    assert not is_scan("a | b | c\nd | e | f\ng | h | i\nTable | - Non-Derivative")


# ---------------------------------------------------------------- the labels
TABLE_I = "Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned"
TABLE_II = "Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned"


@pytest.mark.parametrize("read,label", [
    ("Table | - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned", TABLE_I),
    ("Table l - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned", TABLE_I),
    ("Table ll - Derivative Securities Acquired, Disposed of, or Beneficially Owned", TABLE_II),
    ("Table I| - Derivative Securities Acquired, Disposed of, or Beneficially Owned", TABLE_II),
    ("Table I - Non-Derivative Securi", TABLE_I),  # cut short
    ("Table | - Non-Derivative Securities Acquired, Disposed of, or Benefi", TABLE_I),
    ("(MonthiDay/Year) | if any", "(Month/Day/Year) | if any"),
    ("3. Date of Earliest Transaction (MonthiDaylYear)",
     "3. Date of Earliest Transaction (Month/Day/Year)"),
    ('1. Name and Address of Reporting Person"', "1. Name and Address of Reporting Person*"),
    ("4. lf Amendment, Date of Original Filed", "4. If Amendment, Date of Original Filed"),
    ("5, Relationship of Reporting Person(s) to Issuer", "5. Relationship of Reporting Person(s) to Issuer"),
    ("6. Individual or Join(Group Filing", "6. Individual or Joint/Group Filing"),
    ("(Check alll applicable)", "(Check all applicable)"),
    # YELP-20130318-1 sec, drawn at 200 dpi: box 5's label garbled but for its end
    ("2. Issuer Name and Ticker or Trading Symbol (ohack al opal of ie Person(s) to Issuer",
     "2. Issuer Name and Ticker or Trading Symbol 5. Relationship of Reporting Person(s) to Issuer"),
    ("(city) (State) ip)", "(city) (State) (Zip)"),
    ("** Signature of", "** Signature of Reporting Person Date"),
])
def test_ocr_readings_of_labels_are_put_right(read: str, label: str) -> None:
    assert fix_labels(read) == label


def test_words_that_only_look_like_labels_are_left_alone() -> None:
    assert fix_labels("Table 12 shows") == "Table 12 shows"
    assert fix_labels("lf the form") == "lf the form"
    # box 5's label read whole, "(Check all applicable)" before it, is kept as read
    line = ("Trading Symbol (Check all applicable) 5. Relationship of Reporting Person(s) to Issuer")
    assert fix_labels(line) == line


def test_column_headers_as_ocr_reads_them() -> None:
    assert is_column_header("Code |v |Amount | (4) | price Transaction(s)")
    assert is_column_header("code |v | Amount ay ° | price (uae sand a")  # glyphs are specks
    assert not is_column_header("5 See")  # a speck and a nature's word
    assert is_column_header("(MonthiDay/Year) | 8) Owned Following | (I) (Instr. 4) Ownership")
    assert not is_column_header("Common Stock 05/02/2019 Ss 13,433 D")
    assert not is_column_header("Restricted Stock Units")


# ---------------------------------------------------------------- one value
@pytest.mark.parametrize("read,value", [
    ("$208.99", "$208.99"),
    ("|$208.99", "$208.99"),
    ("$209.71°", "$209.71" + LOST_MARK),  # a mark's glyph ends the digits
    ("$20.784©", "$20.784" + LOST_MARK),
    ("5,948)", "5,948" + LOST_MARK),  # groups of three end the number
    ("24,5762)", "24,576" + LOST_MARK),
    # the digits glued after the groups are a mark's, but OCR misreads a small mark's
    # digit as often as not, so no mark is read from them: "10,0009" for "10,000(1)"
    # (AOSL-20250317-1 sec), "25,1892" for "25,189(12)" (RUM-20240404-1 sec),
    # "5,40619)" for "5,406(16)" (FB-20190822-1 sec), "16,2874" for "16,287(1)"
    # (AFRM-20230103-1 sec)
    ("10,0009", "10,000" + LOST_MARK),
    ("25,1892", "25,189" + LOST_MARK),
    ("5,40619)", "5,406" + LOST_MARK),
    ("16,2874", "16,287" + LOST_MARK),
    ("39,422,431]", "39,422,431"),
    ("1O,000", "10,000"),
    ("$ 159,94(2)", "$159.94(2)"),  # a decimal comma
    ("$209.7103)", None),  # "209.71" and "(3)", or "209.7103": not told
    ("$2,579.376704", None),  # more than four decimals
    ("$2,576,150)", None),  # a decimal comma or two groups of thousands
    ("7442721", None),  # the form groups thousands: a comma was lost
    ("$2518", None),
    # a letter after a complete number's last digit is a rule or a mark, not a "1"; a
    # price's decimals have no fixed count, so after one it may be either
    ("$66.903l", None),
    ("1,500I", "1,500" + LOST_MARK),
    ("$66.9l", None),  # "66.91" or "66.9" and a mark: not told
    ("15l", None),
    ("$66.9031)", None),  # "l)" as ")": its digit may be a mark's
    ("l,500", "1,500"),  # a letter inside a number's shape is its digit
    ("$2O.50", "$20.50"),
    ("l5.00", None),  # a rule before "5.00" as likely as a "1"
])
def test_numbers_are_read_only_where_certain(read: str, value: str | None) -> None:
    assert scan_number(read, 8) == value  # a page of footnotes (1) to (8)


@pytest.mark.parametrize("read", ["$209.71°", "$2,587.4962°", "$2,587.4962()", "$898.867°"])
def test_a_glyph_ends_no_decimals_that_may_end_in_a_two_digit_marks_tens(read: str) -> None:
    # "2,587.4962°" may be "2,587.496(20)": a two-digit mark's "(" lost, its first digit
    # run into the price (GOOG-20220413-1 plain, footnotes (1) to (27))
    assert scan_number(read, 27) is None
    assert scan_number(read, 9) is not None and scan_number(read) == scan_number(read, 9)


def test_a_glyph_ends_decimals_no_two_digit_mark_opens_with() -> None:
    # TSLA-20211221-1 sec: "$895.785°" on a page of footnotes (1) to (25): no mark opens with 5
    assert scan_number("$895.785°", 25) == "$895.785" + LOST_MARK
    assert scan_number("$2,562.084()", 27) == "$2,562.084" + LOST_MARK
    assert scan_number("7”", 27) == "7" + LOST_MARK  # a whole number: as on any page


@pytest.mark.parametrize("read,code", [
    ("S", "S"), ("Ss", "S"), ("s®)", "S" + LOST_MARK), ("sO", "S" + LOST_MARK),
    ("so", "S" + LOST_MARK), ("cD)", "C" + LOST_MARK), ("mM?", "M" + LOST_MARK),
    ("fo", None), ("mo)", None), ("o", None), ("Crock", None),
    # a small letter's raised mark "(1)" read as one small letter rising above it
    # (TSLA-20211221-1 plain "sh" for "S(1)", YELP-20130318-1 plain "ch" for "C(1)")
    ("sh", "S" + LOST_MARK), ("ch", "C" + LOST_MARK), ("sf", "S" + LOST_MARK),
    ("of", None), ("oh", None), ("mh", None), ("Ssh", None), ("st", None),
    # a small "j" and a garbled mark (MDB-20200610-1 plain, J with "(3)"); not "j" alone
    ("j®)", "J" + LOST_MARK), ("j", None), ("jo", None), ("i®)", None),
])
def test_codes_are_read_where_nothing_else_is_meant(read: str, code: str | None) -> None:
    assert code_word(read) == code


def test_dates_and_directions() -> None:
    assert date_word("05/02/2019") == "05/02/2019"
    assert date_word("08/12/2019(1)") == "08/12/2019(1)"
    assert date_word("05/02/2019°") == "05/02/2019" + LOST_MARK
    assert date_word("4/15/2014,") == "4/15/2014"
    assert date_word("98/14/2019") is None
    assert direction_word("D_") == "D"
    assert direction_word("De)") == "D" + LOST_MARK
    assert direction_word("Do") is None


# ---------------------------------------------------------------- a table's line
def words(line: str) -> list[str]:
    return table_words(line.split(), notes=6)


def test_a_row_line_is_read_value_by_value() -> None:
    assert words("Common Stock“ 05/02/2019 Ss 13,433 D | $209.71° 132,931 D") == [
        "Common", "Stock" + LOST_MARK, "05/02/2019", "S", "13,433", "D",
        "$209.71" + LOST_MARK, "132,931", "D"]


def test_a_letter_glued_after_a_price_is_no_digit() -> None:
    # AIR-20250110-1 sec, tesseract's line with the mark after the price read as "l"
    # (a rule as likely): a price's decimals have no fixed count, so "66.903l" may be
    # 66.9031 or 66.903 and a mark: unknown, never "66.9031"; after an amount's last
    # group of three the letter can only be a rule or a mark
    line = "Common Stock 01/10/2025 s 1,500{} D |$66.903{} 37,565 D"
    assert table_words(line.format("", "").split(), notes=1)[6] == "$66.903"
    for glyph in "lI":
        read = table_words(line.format(glyph, glyph).split(), notes=1)
        assert read[4] == "1,500" + LOST_MARK
        assert read[6] == unread("price")


def test_a_mark_read_as_glyphs_only_is_a_lost_mark() -> None:
    # a title's last line, its mark "(3)" read as "@)": glued to the word before it
    assert words("Stock Stock @)") == ["Stock", "Stock" + LOST_MARK]
    # Table II's cells holding only marks, read as glyphs among a holding's words
    assert words("Common o) \u00a9 @\u00ae Common 782,088 782,088 I") == [
        "Common", LOST_MARK, LOST_MARK, LOST_MARK, "Common", "782,088", "782,088", "I"]


def test_stand_ins_keep_a_rows_columns() -> None:
    # the code OCR lost, and a price it garbled
    assert words("Class A Common Stock 04/13/2022 300 D $2,589.91252) 4,802 D") == [
        "Class", "A", "Common", "Stock", "04/13/2022", unread("code"), "300", "D",
        unread("price"), "4,802", "D"]
    # the "D" at the table's edge
    assert words("Common Stock 02/12/2025 A 2,193 A $106.82 21,878")[-1] == unread("direction")
    # a code OCR garbled, and "1" for "I"
    assert words("Class A Common Stock 02/17/2021 fou) 6,944,440 A $0 3,472,220 1 See") == [
        "Class", "A", "Common", "Stock", "02/17/2021", unread("code"), "6,944,440", "A", "$0",
        "3,472,220", "I", "See"]


def test_a_code_misread_as_a_number_before_the_amount_and_its_letter() -> None:
    # "S(23)" read as "$23)": the amount and its "D" follow, so it stands in the code's place
    assert words("Class A Common Stock 02/18/2021 $23) 15,653,541] D | $25.0578° | 82,197,647"
                 )[4:8] == ["02/18/2021", unread("code"), "15,653,541", "D"]
    assert code_word("S23)") == "S" + LOST_MARK  # a mark's digits, its "(" lost


def test_a_rule_read_as_1_before_a_price() -> None:
    assert words("Common 02/18/2021 S 4,346,459 D = 1$25.8696°9 | 77,851,188 I")[5] == (
        "$25.8696" + LOST_MARK)


def test_nought_is_no_marks_digit() -> None:
    # "0" before a speck is the amount owned, not a mark whose brackets OCR lost
    assert words("Common 02/18/2021 S 600 D $25.9317° 0 a")[-2:] == ["0", unread("direction")]
    assert words("Common 02/17/2021 C 13,160,866 A $0 02) I")[-2:] == ["0" + LOST_MARK, "I"]
    assert words("Common 02/17/2021 C 4,224,690 | A $0 02 I Se")[-3:] == ["0" + LOST_MARK, "I",
                                                                        "Se"]


def test_table_ii_rows_whose_marks_and_values_ocr_garbled_keep_their_columns() -> None:
    # the two dates holding only marks, read "1 1": no "I" (no amount stands before them)
    assert words("Prefer fd 1 02/21/2013 c 12,584 1 1 Common | 19,584 $0 0 I Technology")[4:8] == [
        "C", "12,584", LOST_MARK, LOST_MARK]
    # the first date's mark glued to the amount moved; a price's "$" read as "g"
    assert words("Common Oy 07/19/2017 A 45,6590) O) «| Common | 45,659 | g69.35@) | 87,290 1")[
        3:10] == ["A", "45,659", LOST_MARK, LOST_MARK, "Common", "45,659", unread("price")]
    # a price holding only a mark, and the letter of the amount owned garbled
    assert words("Preferred a 02/06/2024 c 6,502,796 @ @ Common | 3,030,193 @ 0 pe")[8:12] == [
        "3,030,193", unread("price"), "0", unread("direction")]
    # the amount owned read as a bracket
    assert words("Common (as) 08/22/2019 c 16,840) as) (1s) | Common | 16,840 $0 ) I")[-3:] == [
        "$0", unread("amount"), "I"]


def test_marks_around_the_nature_of_a_row_keep_its_line_a_row() -> None:
    # the nature's mark, its brackets lost, ending the line ("See(7)" read "See 7")
    assert words("Class A Common Stock 02/17/2021 cf 1,949,413 A $0 975,652) I See 4")[-3:] == [
        "975,652" + LOST_MARK, "I", "See"]
    # a mark read "0" after the "I": no amount follows it
    assert words("Common (3) 02/17/2021 co 1,949,413 (3) (3) Common | 1,949,413 $0 0 I 0"
                 )[-3:] == ["$0", "0", "I"]
    # a lost mark between the "I" and the nature's garbled word: neither cell's for certain
    assert words("Common Stock 11/11/2021 s 2,343 D | $1,089.305 | 167,531,520 I © ye")[-2:] == [
        "I", GARBLED + "ye"]
    # the nature's line opening with a year ("Venture 2010 Partners" wrapped): garbled
    assert words("Common © 06/10/2020 c 81,788 © © Common | 81,788 $0 0 I 2010")[-2:] == [
        "I", GARBLED + "2010"]


def test_a_price_cell_holding_only_garbled_marks() -> None:
    # "(2)(3)" read "(2)8)": the second mark lost its bracket (and may be misread)
    assert words("Class A Common Stock 02/04/2013 ce) 83,334 A (2)8) 83,334 I")[7:10] == [
        "A", LOST_MARK, "83,334"]
    assert words("Common Stock 02/11/2022 J 699,088 A (o)) 699,088 I Fund")[5:8] == [
        "A", LOST_MARK, "699,088"]


def test_capitals_in_brackets_are_words_not_marks() -> None:
    assert words("Stock 12/09/2024 C 628,553 A $0 628,553 I (DE)")[-1] == "(DE)"


def test_marks_standing_apart_from_a_lines_words() -> None:
    # a line of the row's small marks run into a cell's line: not that cell's
    assert words("A . 2) 2) See") == ["See"]
    assert words("(2) See") == ["See"]
    # the small mark of a cell's next line, set higher: no end of the cell on this line
    assert words("Common Stock 02/17/2021 C 1,191,775 A $0 1,192,932 I See 6)")[-1] == "See"


def test_a_title_that_opens_with_no_capital_wrapped_from_above() -> None:
    read = words("$0.0001 per share 04/04/2024 s 141,981 | D | $6.7116' 661,756! I footnote")
    assert read[1:3] == [GARBLED + "per", GARBLED + "share"] and read[3] == "04/04/2024"
    assert words("Common Stock 04/04/2024 S 1 D $6 1 I")[0] == "Common"


def test_a_par_value_line_marks_the_title_above_it_wrapped() -> None:
    lines = [words("Class A Common Stock, par value 25,1892 I See"),
             words("$0.0001 per share , footnote)")]
    row, below = wrapped_titles(lines)
    assert all(w.startswith(GARBLED) for w in row[:6]) and row[6] == "25,189" + LOST_MARK
    assert all(w.startswith(GARBLED) for w in below)


def test_a_nature_after_the_amount_owned_puts_back_the_lost_indirect() -> None:
    # the "I" read as the table's rule, and lost: the nature says it (Instruction 4(b)(iv))
    assert words("Common 11/08/2022 Ss 192,320] D $ 189.57(2) 449,825,112 | by Trust(2)")[-4:] == [
        "449,825,112", "I", "by", "Trust(2)"]
    # a price's cell holding only its mark
    assert words("Common 12/18/2012 12/18/2012 c 10,491,720] A (1) 10,609,976 | By Trust")[-4:] == [
        "10,609,976", "I", "By", "Trust"]
    # the letter read: nothing put in; no nature: the letter stays unread
    assert words("Common 11/08/2022 S 4,769 D $197.70(2) 445,617,432 I by Trust(2)").count("I") == 1
    assert "I" not in words("Common 05/02/2019 Ss 13,433 D | $208.99 151,187")


def test_a_par_value_line_below_an_amount_with_its_mark() -> None:
    # the amount's mark read clean ("25,189(12)"): still the row's line the title is on
    lines = [table_words(line.split(), notes=14) for line in (
        "Class A Common Stock, par value 25,189(12) I See", "$0.0001 per share , footnote)")]
    assert lines[0][6] == "25,189(12)"
    row, below = wrapped_titles(lines)
    assert all(w.startswith(GARBLED) for w in row[:6]) and row[6] == lines[0][6]  # the amount
    assert all(w.startswith(GARBLED) for w in below)


def test_a_bracket_no_line_opened_after_a_title_is_a_mark() -> None:
    row = words("Class A Common Stock) 10/02/2015 Ss 532 D_ | $634.4608° 16,138 D")
    assert row[3] == GARBLED + "Stock)"  # alone, the line cannot tell
    assert closing_marks([row])[0][3] == "Stock" + LOST_MARK
    wrapped = [words("Stock Option (right to"), words("buy) 10/02/2015 A 5 A $1 5 D")]
    assert closing_marks(wrapped) == wrapped


def test_a_bracket_a_row_line_opened_closes_on_the_line_below() -> None:
    # NTRA-20201120-1 (sec): "(right to" on the row's line, "buy)" on a line of its own;
    # alone that line cannot tell its bracket from a garbled mark, the lines above can
    rows = [words("(right to $21.59 11/20/2020 M 1,220 (1) 07/12/2028 Common 1,220 $0 0 D")]
    assert table_words(["buy)"]) == [GARBLED + "buy)"]
    assert opened(rows) == 1
    assert table_words(["buy)"], opened=opened(rows)) == ["buy)"]
    # closed by the line under the row above, opened again by the next row's line
    lines = rows + [["buy)"], ["Stock"], ["Option", "Common"], rows[0]]
    assert opened(lines) == 1 and opened(lines[:2]) == 0
    # a bracket no line since the row above opened stays a garbled word
    assert opened([words("Common Stock 11/20/2020 M 1,220 A $1 1,220 D")]) == 0


def opened(lines: list[list[str]]) -> int:
    """The brackets a table's ``lines`` (their words) leave open, each told once."""
    return open_brackets([bracket_line(words) for words in lines])


def test_a_line_of_a_word_closing_no_bracket_is_kept_garbled() -> None:
    # PLTR-20210217-1 (sec): "See" / row / "Footnote)" / "See" / row: the line left out,
    # the row's nature read "See See" (both "See" lines); kept, the nature is unknown
    assert table_words(["Footnote)"]) == [GARBLED + "Footnote)"]
    assert table_words(["Stock", "Footnote)"]) == ["Stock", GARBLED + "Footnote)"]
    assert table_words(["oe"]) == []  # a garbled short word alone: no word of a cell


def test_garbled_marks_standing_alone_are_lost_marks() -> None:
    assert words("Stock @ 08/29/2018 A 725 @ e) Common 725 $0 5,283 D") == [
        "Stock", LOST_MARK, "08/29/2018", "A", "725", LOST_MARK, LOST_MARK, "Common", "725",
        "$0", "5,283", "D"]
    assert words("Common 05/02/2019 S 100 D $5 100 D (0)") == [
        "Common", "05/02/2019", "S", "100", "D", "$5", "100", "D"]  # the nature's mark, alone


def test_marks_naming_no_footnote_are_lost() -> None:
    assert words("Stock(78) 05/02/2019 S 100 D $5 100 D")[0] == "Stock" + LOST_MARK


def test_lines_that_are_no_row() -> None:
    # marks set apart from their row: kept as one lost mark, left out next to a row's
    # line (``cell_ending_marks``)
    assert words("? (D (2) (3)") == [LOST_MARK]
    assert words("sO 141,981 D")[0] == LOST_MARK  # a row's values without its date
    assert words("$0 846,819 I")[0] == LOST_MARK
    assert words("Common Stock 11,241,580 DY") == [
        "Common", "Stock", "11,241,580", LOST_MARK, "DY"]  # a "D" and a mark, or a word


def test_a_line_of_marks_alone_between_two_cells_texts_ends_the_upper_one() -> None:
    # U-20220211 (sec): the nature "Sequoia Capital XII, L.P." ends with its marks on a line
    # of their own, read as "©)"; the next row's nature opens on the line after it
    lines = [words(line) for line in (
        "Common Stock 02/11/2022 J 1,504,820] D (an) 12,038,549 I Capital",
        "XII, L.P.", "©)", "Sequoia", "Capital XII",
        "Common Stock 02/11/2022 J 228,832 D @) 1,830,656 I Principals")]
    assert lines[2] == [LOST_MARK]
    assert cell_ending_marks(lines)[2] == [LOST_MARK]
    # next to a row's line, the marks may be that line's values' (RUM-20240404): left out
    beside_row = [words(line) for line in (
        "Class A Common Stock, par value See", "? (D (2) (3)",
        "$0.0001 per share 04/04/2024 s 141,981 | D | $6.7116' 661,756! I footnote")]
    assert cell_ending_marks(beside_row)[1] == []


def test_natures_parted_by_a_line_of_marks_are_read() -> None:
    # every nature checked against EDGAR's XML; the first row's lost its "L.P." to OCR
    form = form4lark.parse(fixture_text(SEQUOIA / "tesseract.txt"), layout="stream")
    natures = [row.nature_of_ownership for row in form.non_derivative_transactions]
    assert natures[2] == "Sequoia Capital XII Principals Fund, LLC"
    assert natures[3] == "Sequoia Technology Partners XII, L.P."
    assert natures[4] == "Sequoia Capital Global Growth Fund, L.P."
    assert natures[0] is None


def test_a_holding_whose_letter_ocr_lost_keeps_its_row() -> None:
    # read as no row, it would leave the rows after it paired with the wrong ones
    assert words("Class A Common Stock 75,000 Aftinm") == [
        "Class", "A", "Common", "Stock", "75,000", unread("direction"), "Aftinm"]
    assert words("Class A Common Stock 3,506,7712 en")[4:6] == [
        "3,506,771" + LOST_MARK, unread("direction")]


def test_garbled_words_are_marked() -> None:
    assert words("Common Stock 11/11/2021 S 3,918 D $1,088.578 167,533,863 I oe")[-1] == (
        GARBLED + "oe")
    assert words("By Sequoia Capital 2010 Fund") == ["By", "Sequoia", "Capital", "2010", "Fund"]


def test_an_unread_direction_is_no_direct_holding() -> None:
    # the form reader closes the nature of a direct holding ("D"): a row whose letter OCR
    # lost may be indirect, and the lines around it its nature's
    assert unread("direction") == "I" + UNREAD


def test_lost_marks_and_unread_values_leave_the_row() -> None:
    row = {"price_per_share": Cell("$209.71" + LOST_MARK), "exercise_date": Cell(LOST_MARK),
           "transaction_code": Cell(unread("code")), "shares": Cell("100(2)")}
    assert {k: c.text for k, c in without_lost_marks(row).items()} == {
        "price_per_share": "$209.71", "shares": "100(2)"}
    assert UNREAD == LOST_MARK * 2


# ---------------------------------------------------------------- the header
def test_header_specks_are_taken_off() -> None:
    assert header_line("CUPERTINO) CA 95014") == "CUPERTINO CA 95014"
    assert header_line("SUNNYVALE CA 94085, 4. If Amendment") == "SUNNYVALE CA 94085 4. If Amendment"
    assert header_line("DENVER co 80202") == "DENVER CO 80202"
    assert header_line(". . (Check all applicable)") == "(Check all applicable)"
    # one word of small letters no name prints alone before a bare label: the box's edge
    # or its empty glyph, no value (AFRM-20240701 sec: garbled, it left the owner's and
    # the issuer's names on the line above unknown); elsewhere such a word is garbled
    assert header_line("ee Director 10% Owner") == "Director 10% Owner"
    assert header_line("ri Officer (give title Other (specify") == (
        "Officer (give title Other (specify")
    assert header_line("ee MENLO PARK") == GARBLED + "ee MENLO PARK"
    assert header_line("ee ee Director") == GARBLED + "ee " + GARBLED + "ee Director"
    # a name's word, a word names print, a box's mark: kept
    assert header_line("Li Director") == "Li Director"
    assert header_line("de Director") == "de Director"
    assert header_line("x Director") == "x Director"


def test_specks_of_a_boxs_edges_before_its_label_are_taken_off() -> None:
    # AUR-20231019, FB-20170719, AFRM-20240701 (sec): the specks opened the line under the
    # owner's and issuer's names, and made both unknown
    assert header_line("a X Director 10% Owner") == "X Director 10% Owner"
    assert header_line("eS X Director 10% Owner") == "X Director 10% Owner"
    assert header_line(". . 7 7 (Check all applicable)") == "(Check all applicable)"
    # a name's suffix wrapped to the box's line is a word, not a speck
    assert header_line("Jr X Director 10% Owner") == "Jr X Director 10% Owner"
    assert header_line("X Director X 10% Owner") == "X Director X 10% Owner"
    # before a bare label, the glyph of its empty box (listed owners' boxes): kept
    assert header_line("1 Officer (give") == "1 Officer (give"
    assert header_line("x Officer (give title Other (specify") == (
        "x Officer (give title Other (specify")
    assert header_line("City 'State Zi") == ""
    assert header_line("STATE STREET") == "STATE STREET"
    assert header_line("(City) (State) (Zip)") == "(City) (State) (Zip)"
    assert header_line("below) below)") == "below) below)"


def test_tickers_with_small_letters_shaped_as_capitals() -> None:
    assert header_line("MICROSOFT CORP [ MsFT ]") == "MICROSOFT CORP [ MSFT ]"
    assert header_line("Square, Inc. [ sQ ]") == "Square, Inc. [ SQ ]"
    assert header_line("SOLARCITY CORP [ scTy ]") == "SOLARCITY CORP [ " + GARBLED + "scTy ]"
    assert header_line("GOOGLE INC. [ Goo ]") == "GOOGLE INC. [ " + GARBLED + "Goo ]"  # "GOOG"


def test_state_codes_ocr_printed_with_small_letters() -> None:
    assert header_line("MOUNTAIN cA 94043 X Form filed by One Reporting Person").startswith(
        "MOUNTAIN CA 94043")
    # a foreign code's letters and digits cannot be told ("Yo" is "Y9"): garbled
    assert header_line("LONDON, x0 WI1K 3JP") == "LONDON, " + GARBLED + "x0 WI1K 3JP"
    assert header_line("WILMINGTON, DE 19808") == "WILMINGTON, DE 19808"
    assert header_line("reel Line)") == GARBLED + "reel Line)"  # a speck read as a word


def test_a_city_ocr_read_as_a_short_word_is_garbled() -> None:
    # RUM-20240614-1 sec: "LONGBOAT KEY FL 34228" read "Ke FL 34228": before, the city
    # read "Ke" (wrong); no city is one or two letters, in capitals either; a city of
    # more words is kept
    assert header_line("Ke FL 34228") == GARBLED + "Ke FL 34228"
    assert header_line("KE FL 34228") == GARBLED + "KE FL 34228"
    assert header_line("St Paul MN 55101") == "St Paul MN 55101"
    path = FIXTURES / "RUM-20240614-1" / "sec" / "tesseract.txt"
    owner = form4lark.parse(fixture_text(path)).to_dict()["reporting_owners"][0]
    assert truth_of(path)["reporting_owners"][0]["city"] == "LONGBOAT KEY"
    assert owner["city"] is None
    assert owner["street1"] == truth_of(path)["reporting_owners"][0]["street1"]
    # the same line OCR read in capitals: city, state and zip code unknown, not "KE"
    capitals = fixture_text(path).replace("Ke FL 34228", "KE FL 34228")
    assert "KE FL 34228" in capitals
    owner = form4lark.parse(capitals).to_dict()["reporting_owners"][0]
    assert (owner["city"], owner["state"], owner["zip"]) == (None, None, None)


LABEL_1 = "1. Name and Address of Reporting Person*"
LABEL_2 = "2. Issuer Name and Ticker or Trading Symbol"


def test_the_issuers_line_printed_above_its_label() -> None:
    above = [LABEL_1, "", "APPLE INC [ AAPL ]", "", LABEL_2, "WILLIAMS JEFFREY E Director",
             "(Last) (First) (Middle)"]
    assert issuer_under_its_label(above) == [LABEL_1, "", LABEL_2, "", "APPLE INC [ AAPL ]",
                                             "WILLIAMS JEFFREY E Director",
                                             "(Last) (First) (Middle)"]
    # in box 1's column, with box 2's label under box 1's: read there it would be the name
    inside = [LABEL_1, "Eschenbach Carl M.", "Workday, Inc. [ WDAY ]", "(Last) (First)",
              "(Middle)", LABEL_2]
    assert issuer_under_its_label(inside)[2] == ""
    # ... and an empty line right under box 2's label: the issuer's line goes there
    # (WDAY-20250305-1's tesseract text: box 2 then read "Workday, Inc." [ WDAY ])
    spaced = [LABEL_1, "", "Eschenbach Carl M.", "", "Workday, Inc. [ WDAY ]", "",
              "(Last) (First)", "(Middle)", "", LABEL_2, "", "03/05/2025"]
    assert issuer_under_its_label(spaced) == [
        LABEL_1, "", "Eschenbach Carl M.", "", "", "", "(Last) (First)", "(Middle)", "",
        LABEL_2, "Workday, Inc. [ WDAY ]", "03/05/2025"]
    side_by_side = [LABEL_1 + " " + LABEL_2, "THIEL PETER Facebook Inc [ FB ]", "(Last)"]
    assert issuer_under_its_label(side_by_side) == side_by_side


def test_the_10b5_box_is_unknown_where_its_mark_is_unseen() -> None:
    label = ["Check this box to indicate that a", "transaction was made pursuant to a",
             "1(c). See Instruction 10."]
    assert "indicate" not in without_unseen_mark(label)[0]
    marked = label[:1] + ["X for the purchase or sale of equity"] + label[1:]
    assert without_unseen_mark(marked) == marked


# ---------------------------------------------------------------- the notes
CLOSING = "Reminder: Report on a separate line for each class of securities beneficially owned."


def test_a_date_printed_after_the_label_joins_its_signature() -> None:
    lines = ["Remarks:", "/s/ David Ritenour, Attorney-", "in-Fact",
             "** Signature of Reporting Person Date", "01/05/2023", CLOSING]
    out = signature_lines(lines)
    assert "/s/ David Ritenour, Attorney-in-Fact 01/05/2023" in out
    assert len(out) == len(lines)


def test_a_signature_wrapped_around_its_date_is_one_line() -> None:
    lines = ["Remarks:", "/s/ Sam Whittington,", "Attorney-in-Fact for Jeffrey 05/06/2019",
             "E. Williams", "** Signature of Reporting Person Date", CLOSING]
    assert "/s/ Sam Whittington, Attorney-in-Fact for Jeffrey E. Williams 05/06/2019" in (
        signature_lines(lines))


def test_signatures_not_read_for_certain_are_left_out() -> None:
    # a date OCR lost ("“2/2021"): where the name ends is not told
    garbled = ["Remarks:", "/s/ Sam Whittington, Attorney-", "in-Fact “2/2021",
               "** Signature of Reporting Person", CLOSING]
    assert [line for line in signature_lines(garbled) if line][:2] == [
        "Remarks:", "** Signature of Reporting Person"]
    # no "/s/" opens the name, and a remark may stand above it: where it begins is lost
    no_opening = ["Remarks:", "Exhibit 24 - Power of Attorney", "Ann Habernigg, Attorney-in-",
                  "fact for Reid G. Hoffman", "** Signature of Reporting Person Date",
                  "08/30/2018", CLOSING]
    assert not any("Habernigg" in line or "08/30/2018" in line
                   for line in signature_lines(no_opening))
    unsplit = ["Remarks:", "Ann Habernigg, Attorney-in-fact", "for Reid G. Hoffman",
               "** Signature of Reporting Person Date", "08/30/2018", CLOSING]
    assert not any("Habernigg" in line for line in signature_lines(unsplit))


def test_a_date_with_a_digit_ocr_misread_still_ends_its_signature() -> None:
    # "98/14/2019" for "08/14/2019": a date's every digit, its month none a date has; it
    # stands where the date stands, so the name is read, the date left to the reader
    lines = ["Remarks:", "/s/ Sam Whittington, Attorney-",
             "in-Fact for Arthur D. Levinson 98/14/2019", "** Signature of Reporting Person", CLOSING]
    assert "/s/ Sam Whittington, Attorney-in-Fact for Arthur D. Levinson 98/14/2019" in (
        signature_lines(lines))
    # a name holding a word no name holds stays out, misread date or not
    cut = ["Remarks:", "/s/ Jung Yeon Son, Attorne'", "fact for Roelof Botha 99/17/2020",
           "** Signature of Reporting Person Date", CLOSING]
    assert not any("Son" in line for line in signature_lines(cut))


def test_a_signature_whose_name_ocr_garbled_keeps_its_date() -> None:
    # RUM-20240614-1 sec: the name's middle line read as specks ("Bey ENON a8"), the date
    # whole on it: the signature's date is known (the truth's), its name not
    text = fixture_text(FIXTURES / "RUM-20240614-1" / "sec" / "tesseract.txt")
    form = form4lark.parse(text)
    assert [(s.name, str(s.date)) for s in form.signatures] == [(None, "2024-06-18")]
    assert any(d.field == "signatures.name" and "garbled" in d.message for d in form.diagnostics)
    # one word of the name garbled ("Attorne'"), the date under the label
    lines = ["Remarks:", "/s/ Jason Gao, Attorne'", "Fact", "** Signature of Reporting Person Date",
             "", "07/05/2018", "", CLOSING]
    assert f"{GARBLED}/s/ Jason Gao, Attorne' Fact 07/05/2018" in signature_lines(lines)


RUM_SIGNATURE = "/s/ Sergey Milyukov, as\nBey ENON a8 06/18/2024\nAttorney-in-Fact\n"


def _rum_signed(*signature: str) -> form4lark.Form4:
    """RUM-20240614-1 sec's tesseract text, its signature's lines made ``signature``."""
    text = edited_text(FIXTURES / "RUM-20240614-1" / "sec" / "tesseract.txt",
                       (RUM_SIGNATURE, "".join(f"{line}\n" for line in signature)), once=True)
    return form4lark.parse(text)


def test_a_whole_date_beside_a_garbled_one_is_not_the_signatures() -> None:
    # the signature's own date read with letters for digits ("O6/I8/2O24", truth
    # 2024-06-18): the power of attorney's date beside it is no date of the signature
    form = _rum_signed("/s/ Jane Doe, Attorney-in-Fact O6/I8/2O24",
                       "pursuant to POA dated 01/05/2020")
    assert [s.date for s in form.signatures] == []
    assert any(d.field == "signatures" for d in form.diagnostics)


@pytest.mark.parametrize("signature", [
    ("/s/ John Smith", "/s/ Jane Doe, attorney: 06/18/2024"),  # the garbled name's way
    ("/s/ John Smith 06/18/2024", "/s/ Jane Doe O6/2O/2O24"),
    ("/s/ John Smith", "/s/ Jane Doe 06/18/2024"),  # the clean name's way
])
def test_two_openings_over_one_date_are_no_lone_signature(signature: tuple[str, str]) -> None:
    # two "/s/" openings, one date read: two signatures, neither's name nor date told
    form = _rum_signed(*signature)
    assert form.signatures == ()
    assert any(d.field == "signatures" for d in form.diagnostics)


def test_a_signature_read_with_no_name_says_so() -> None:
    # a name ending in a word cut at a colon ("attorney:"), its date on its line: the
    # date kept, the name unknown with a diagnostic
    form = _rum_signed("/s/ John Smith, attorney: 06/18/2024")
    assert [(s.name, str(s.date)) for s in form.signatures] == [(None, "2024-06-18")]
    assert any(d.field == "signatures.name" for d in form.diagnostics)


def test_a_signature_whose_date_ocr_misread_is_read_without_its_date() -> None:
    # AUR-20231019-1's "for Reid Hoffman 20/23/2023" (10/23/2023): the signer read, the
    # date unknown with a diagnostic (values checked against EDGAR's XML)
    form = form4lark.parse(fixture_text(FIXTURES / "AUR-20231019-1" / "sec" / "tesseract.txt"))
    assert [(s.name, s.date) for s in form.signatures] == [
        ("/s/ Yijun Han, Attorney-in-fact for Reid Hoffman", None)]
    assert any(d.field == "signatures.date" and "20/23/2023" in d.message
               for d in form.diagnostics)


def test_a_name_split_inside_a_word_under_the_remarks_title_is_the_signature() -> None:
    # two lines right under "Remarks:", the first ending inside a split word: one text,
    # so no remark stands above it (MSFT's pages, signed by an attorney-in-fact)
    lines = ["Remarks:", "", "Ann Habernigg, Attorney-in-", "fact for Reid G. Hoffman", "",
             "** Signature of Reporting Person Date", "", "08/30/2018", "", CLOSING]
    assert "Ann Habernigg, Attorney-in-fact for Reid G. Hoffman 08/30/2018" in (
        signature_lines(lines))
    dated_twice = ["Remarks:", "Ann Habernigg, Attorney-in-", "fact for Reid G. Hoffman 08/30/2018",
                   "** Signature of Reporting Person Date", "08/31/2018", CLOSING]
    assert not any("Habernigg" in line for line in signature_lines(dated_twice))


def test_the_rule_under_a_signature_read_as_letters() -> None:
    lines = ["Remarks:", "isi Jessica McBride, Attorney- 05/30/2023", "in-fact for Reid Hoffman OO",
             "** Signature of Reporting Person Date", CLOSING]
    assert "/s/ Jessica McBride, Attorney-in-fact for Reid Hoffman 05/30/2023" in (
        signature_lines(lines))
    roman = ["Remarks:", "/s/ John Smith II 05/30/2023", "** Signature of Reporting Person Date"]
    assert "/s/ John Smith 05/30/2023" not in signature_lines(roman)  # "II" is no speck
    cut = ["Remarks:", "/s/ Yanbing Hong, attorney: 05/30/2023", "fact for Wenjun Li",
           "** Signature of Reporting Person Date", CLOSING]
    # the name not read (marked garbled), its whole date kept
    assert [line for line in signature_lines(cut) if "Hong" in line] == [
        f"{GARBLED}/s/ Yanbing Hong, attorney: fact for Wenjun Li 05/30/2023"]


def test_a_firms_signature_on_one_line_stays_whole() -> None:
    # the plain design prints each signature across the page: "firm, By : /s/ name date"
    lines = ["Remarks:", "SoftBank Group Corp., By : /s/ Yuko Yamamoto, Head of Corporate Legal "
             "Department 03/07/2025", "SB Northstar LP By: /s/ Stephen Lam, Director 03/07/2025",
             "** Signature of Reporting Person Date", CLOSING]
    out = signature_lines(lines)
    assert out[1] == lines[1]  # not cut at "/s/": the firm's words are no remarks
    ran_into = signature_lines(["1. A note ends. /s/ Michael Johnson 05/15/2021",
                                "** Signature of Reporting Person Date", CLOSING])
    assert ran_into[:2] == ["1. A note ends.", "/s/ Michael Johnson 05/15/2021"]


def test_a_paragraphs_last_line_is_no_signature() -> None:
    lines = ["1. " + "The price reported is a weighted average price. " * 3,
             "within the range set forth in this footnote.", "/s/ Katherine Kwia", "attorney",
             "** Signature of Reporting Person Date", "ower of", "01/10/2025", CLOSING]
    out = signature_lines(lines)
    assert "within the range set forth in this footnote." in out
    assert not any("Kwia" in line for line in out)


def test_the_closing_notes_go_last_and_footnote_numbers_are_put_right() -> None:
    out = signature_lines(["1. A note.", CLOSING, "/s/ Tami Chen 11/24/2020",
                           "** Signature of Reporting Person", "Date"])
    assert out[-1] == CLOSING
    notes = ["Explanation of Responses:", "13. A note.", "14, The shares are held"]
    assert numbered_notes(notes)[2] == "14. The shares are held"
    assert numbered_notes(["Explanation of Responses:", "1. A note.", "4, The shares"])[2] == (
        "4, The shares")
    assert numbered_notes(["1, Name", "Explanation of Responses:", "1, A note."]) == [
        "1, Name", "Explanation of Responses:", "1. A note."]
    # the point lost: the next number opening a paragraph; a wrapped line opening with
    # a number (no blank line before it) or a number that is not the next stays
    notes = ["Explanation of Responses:", "7. Held by the Sponsor.", "", "8 Reflects securities",
             "held by Greylock", "15 Principals.", "", "12 Other"]
    assert numbered_notes(notes)[3:] == ["8. Reflects securities", "held by Greylock",
                                         "15 Principals.", "", "12 Other"]


def test_footnotes_out_of_order_or_in_two_blocks() -> None:
    lines = ["Explanation of Responses:", "1. One.", "3. Three.", "2. Two.", "Remarks:"]
    assert ordered_notes(lines) == ["Explanation of Responses:", "1. One.", "2. Two.",
                                    "3. Three.", "Remarks:"]
    halves = ["Explanation of Responses:", "1. One.", "tiple trades at $1.", "tiple trades at $2.",
              "2. The shares were sold in mul", "3. The shares were sold in mul", "4. Four."]
    assert halved_notes(halves) == ["Explanation of Responses:", "1. One.", "", "", "2.", "3.",
                                    "4. Four."]


OPENING = "The price reported in Column 4 is a weighted average price."
END = ". The shares were sold in multiple transactions at prices ranging from ${} to ${}, inclusive."


def test_notes_in_two_blocks_cut_at_a_sentence_are_put_back_together_in_order() -> None:
    """GOOG-20220413-1's notes 11 to 27 as tesseract read them: the openings, one like
    sentence each, then the ends, each opening with the point read again; the n-th end
    is the n-th opening's. A note whose end goes on over a line (a word cut) stays out."""
    lines = ["Explanation of Responses:", f"10. {OPENING} Sold at $9.", "", f"11. {OPENING}",
             f"12. {OPENING}", f"13. {OPENING}", "", END.format("2,570.65", "2,571.65"), "",
             END.format("2,571.78", "2,572.78"), "", END.format("2,575.86", "2,576.86")[:-6],
             "lusive.", "i", "28. All shares are exercisable.", "Remarks:"]
    out = halved_notes(plain_notes(lines))
    assert out[3] == f"11. {OPENING} " + END.format("2,570.65", "2,571.65")[2:]
    assert out[4] == f"12. {OPENING} " + END.format("2,571.78", "2,572.78")[2:]
    assert out[5] == "13."  # its end cut "incl" / "lusive.": a space or none, not told
    assert out[1] == lines[1] and out[14] == lines[14]
    assert not any(line.startswith(". ") for line in out)
    # no blank line between note 10 and the openings: the block is one line longer than
    # its ends (10 may be an opening whose end was lost), so no end is paired
    joined = halved_notes(plain_notes(lines[:2] + lines[3:]))
    assert joined[2:5] == ["11.", "12.", "13."]


def test_notes_in_two_blocks_with_a_line_lost_are_left_out() -> None:
    """One end fewer than the like openings (OCR lost a line of a block: every pair
    after it would shift), or openings that are not one sentence: no note is read."""
    ends = [END.format("1.00", "2.00"), END.format("3.00", "4.00")]
    lost = ["Explanation of Responses:", f"11. {OPENING}", f"12. {OPENING}", f"13. {OPENING}",
            *ends, "Remarks:"]
    # every like opening left out, the first too (read alone it would be a note cut short)
    assert halved_notes(lost)[1:6] == ["11.", "12.", "13.", "", ""]
    unlike = ["Explanation of Responses:", f"11. {OPENING}", "12. The price is an average.",
              *ends, "Remarks:"]
    assert halved_notes(unlike)[1:5] == ["11.", "12.", "", ""]


def test_rules_read_as_letters_and_a_price_ranges_comma() -> None:
    lines = ["Explanation of Responses:",
             "6. Sold at prices ranging from $891,240 to $892.150, inclusive.", "I", "I I",
             "7. Sold at prices ranging from $1,104,000 to $1,104,150.", "Remarks:", "I"]
    assert plain_notes(lines) == [
        "Explanation of Responses:", "6. Sold at prices ranging from $891.240 to $892.150, "
        "inclusive.", "", "", "7. Sold at prices ranging from $1,104,000 to $1,104,150.",
        "Remarks:", "I"]


def test_footnote_count() -> None:
    assert footnote_count("Explanation of Responses:\n1. A.\n2. B.\n") == 2
    assert footnote_count("no notes") is None


def test_an_issuer_line_of_its_own_under_its_label_is_the_issuers() -> None:
    """OCR printed box 1's and box 2's labels as blocks, each alone on its line, and
    "APPLE INC [ AAPL ]" above box 2's label: the line is box 2's whole (not the owner's
    name run into the issuer's); the owner's name below it, "WILLIAMS JEFFREY E"
    beside box 5's labels, is the one the signature prints ("Jeffrey E. Williams")."""
    text = fixture_text(FIXTURES / "AAPL-20190502-1" / "sec" / "tesseract.txt")
    form = form4lark.parse(text, layout="stream")
    assert (form.issuer.name, form.issuer.trading_symbol) == ("APPLE INC", "AAPL")
    assert form.reporting_owners[0].name == "WILLIAMS JEFFREY E"
    unsigned = text.replace("Attorney-in-Fact for Jeffrey 05/06/2019\nE. Williams",
                            "Attorney-in-Fact 05/06/2019")
    form = form4lark.parse(unsigned, layout="stream")
    assert form.issuer.name == "APPLE INC" and form.reporting_owners[0].name is None


def test_a_cleaned_text_keeps_its_lines() -> None:
    text = fixture_text(MSFT / "tesseract.txt")
    assert clean_scan(text).count("\n") == text.count("\n")


# ---------------------------------------------------------------- real texts
@pytest.mark.parametrize("filing,design", sorted(RECALL_FLOORS))
def test_every_value_read_is_right(filing: str, design: str) -> None:
    folder = FIXTURES / filing / design
    truth = truth_of(folder)
    form = form4lark.parse(fixture_text(folder / "tesseract.txt"), layout="stream")
    verdicts = score(truth, json.loads(form.to_json()))
    wrong = [path for path, verdict in verdicts if verdict == "wrong"]
    assert wrong == []
    right = sum(1 for _, verdict in verdicts if verdict == "right")
    assert right / len(verdicts) >= RECALL_FLOORS[(filing, design)]


def test_the_attorneys_signature_names_the_owner_and_so_the_issuer() -> None:
    # the signature's two lines under "Remarks:" are read, and its "Reid G. Hoffman"
    # then cuts "Hoffman Reid MICROSOFT CORP [ MSFT ]" (values checked against EDGAR's XML)
    form = form4lark.parse(fixture_text(MSFT / "tesseract.txt"))
    assert [(s.name, str(s.date)) for s in form.signatures] == [
        ("Ann Habernigg, Attorney-in-fact for Reid G. Hoffman", "2018-08-30")]
    assert (form.issuer.name, form.issuer.trading_symbol) == ("MICROSOFT CORP", "MSFT")
    assert [o.name for o in form.reporting_owners] == ["Hoffman Reid"]


def test_a_header_whose_box_3_label_ocr_garbled_is_read_without_its_date() -> None:
    # "(Last) (First) (Middle) os wn 5 ee Transaction (Month/Day/Year)": box 3's label and
    # date lost; the other boxes are whole, read as EDGAR's XML has them
    path = FIXTURES / "FB-20210515-1" / "sec" / "tesseract.txt"
    form = form4lark.parse(fixture_text(path))
    truth = truth_of(path)
    assert (form.issuer.name, form.issuer.trading_symbol) == (
        truth["issuer"]["name"], truth["issuer"]["trading_symbol"])
    assert truth["period_of_report"] is not None and form.period_of_report is None
    fields = ("name", "street1", "street2", "city", "state", "zip",
              "is_director", "is_officer", "is_ten_percent_owner")
    owner = form.reporting_owners[0]
    assert [getattr(owner, f) for f in fields] == [truth["reporting_owners"][0][f] for f in fields]


_RUN_TOGETHER = ("Hoffman Reid MICROSOFT CORP [ MSFT ] (Check all applicable)\n"
                 "— X Director 10% Owner\n")


@pytest.mark.parametrize("first,issuer", [
    (". MICROSOFT CORP", "MICROSOFT CORP"),  # a speck of the box's edge before it
    ("A MICROSOFT CORP", None),  # one letter: a speck, or the issuer's first word
])
def test_the_owners_whole_name_on_the_line_below_leaves_the_line_above_to_box_2(
        first: str, issuer: str | None) -> None:
    # OCR printed the owner's name a line below the issuer's (as on AUR's, JOBY's pages):
    # "Hoffman Reid", signed "for Reid G. Hoffman", is a whole name, so no word of it
    # stands on the line above
    text = fixture_text(MSFT / "tesseract.txt")
    assert _RUN_TOGETHER in text
    text = text.replace(_RUN_TOGETHER, f"{first} [ MSFT ] (Check all applicable)\n"
                                       "Hoffman Reid X Director 10% Owner\n")
    form = form4lark.parse(text)
    assert form.issuer.name == issuer
    assert [o.name for o in form.reporting_owners] == ["Hoffman Reid" if issuer else None]


_TABLE_I_HEAD = [
    "Table | - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned",
    "1. Title of Security (Instr. 3) 2. Transaction 2A. Deemed 3. 4. Securities Acquired (A) "
    "or 5. Amount of 6. Ownership | 7. Nature", "Code V Amount (D) Price", ""]


def test_a_rows_values_printed_in_two_blocks_around_its_nature_are_one_row() -> None:
    # MDB-20200610-1 (sec): tesseract printed each row's values in two blocks, its
    # nature one word a line between them (values checked against EDGAR's XML)
    from form4lark.form.row_lines import lines_table
    from form4lark.shapes.scan import read_scan
    rows = ["Class A Common Stock", "", "06/10/2020 c 846,819 A", "", "By", "Sequoia",
            "Capital", "USS.", "Growth", "Fund IV,", "LP.", "", "$0 846,819 I", "",
            "Class A Common Stock", "", "06/10/2020 c 37,310 A", "", "By", "Sequoia", "",
            "$0 37,310 I"]
    read = [{k: v.text for k, v in row.items()}
            for row in lines_table(read_scan("\n".join(_TABLE_I_HEAD + rows)), "table_i")]
    # each row's title is the line printed before it (``row_lines.block_titles``)
    assert read == [{"transaction_date": "06/10/2020", "transaction_code": "C",
                     "shares": shares, "acquired_disposed": "A", "price_per_share": "$0",
                     "shares_owned_following": shares, "direct_or_indirect": "I",
                     "equity_swap_involved": "", "security_title": "Class A Common Stock"}
                    for shares in ("846,819", "37,310")]
    # U-20200331-1 (sec): a row's values in three blocks, one line each
    thirds = ["Common Stock", "", "09/17/2020 A", "", "14,526 A", "", "$0 14,526 D"]
    read = [{k: v.text for k, v in row.items()}
            for row in lines_table(read_scan("\n".join(_TABLE_I_HEAD + thirds)), "table_i")]
    assert read == [{"transaction_date": "09/17/2020", "transaction_code": "A",
                     "shares": "14,526", "acquired_disposed": "A", "price_per_share": "$0",
                     "shares_owned_following": "14,526", "direct_or_indirect": "D",
                     "equity_swap_involved": "", "security_title": "Common Stock"}]
    # halves that do not read as one row together stay unread
    halves = ["06/10/2020 c 846,819 A", "By", "Sequoia", "$0 846,819 17 I"]
    assert lines_table(read_scan("\n".join(_TABLE_I_HEAD + halves)), "table_i") == []


# ---------------------------------------------------------------- round 13 (tess5)
def test_a_garbled_line_among_the_column_headers_stays_theirs() -> None:
    # PLTR-20210217-1 (sec): "Transaction(s)" read "Tr ion(s)" between two header lines;
    # taken for the table's first line, the headers under it ran into the first row's
    # lines above and no row of Table II read its titles
    lines = ["Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned",
             "5) Reported", "Tr ion(s)", "Amount or (Instr. 4)",
             "Code |v | (A) | (0) Exercisable | Date Title Shares", "Class B Class A See"]
    assert parts(lines) == ["title", "headers", "headers", "headers", "headers", "table"]
    # a line holding a value is a row's, whatever follows it
    assert parts(lines[:2] + ["Common 02/17/2021 C 3,891", "Amount or (Instr. 4)"])[2] == "table"
    # the next line no header's: the garbled line is the table's
    assert parts(lines[:3] + ["Class B Class A See"])[2] == "table"


def test_footnote_misread_with_an_m_is_put_right() -> None:
    assert clean_prose("Stock Stock Foomote") == "Stock Stock Footnote"
    assert clean_prose("See Foomotes") == "See Footnotes"


def test_a_digit_with_a_marks_glyph_on_a_line_of_words_is_a_lost_mark() -> None:
    # PLTR-20210217-1 (sec): "Stock Stock | 7” Footnote": the small mark misread
    assert table_words(["Stock", "Stock", "|", "7”", "Footnote"]) == [
        "Stock", "Stock" + LOST_MARK, "Footnote"]
    # a line holding values keeps its numbers as they are read
    assert "7" + LOST_MARK in table_words(["Stock", "3,891", "7”"])
    assert table_words(["Fund", "2010", "LP"]) == ["Fund", "2010", "LP"]


def test_an_opening_bracket_alone_after_the_last_value_is_a_lost_mark() -> None:
    # PLTR-20210217-1 (sec): "... $0 0 1 (": the nature's mark, its digits lost
    assert table_words("Common 02/17/2021 C 588,414 Common 588,414 $0 0 1 (".split())[-1] == "I"


def test_table_ii_rows_whose_three_text_cells_wrap_above_and_below() -> None:
    # PLTR-20210217-1 (sec): "Class B Class A See" / row / "Stock Stock Footnote": each
    # row's title, underlying title and nature, checked against EDGAR's XML
    text = fixture_text(FIXTURES / "PLTR-20210217-1" / "sec" / "tesseract.txt")
    rows = form4lark.parse(text).derivative_transactions
    read = [(r.security_title, r.underlying_security_title, r.nature_of_ownership) for r in rows]
    assert read.count(("Class B Common Stock", "Class A Common Stock", "See Footnote")) == 9
    # "Stock Stock a Footnote": a speck; of the two cuts of "Stock Stock", one leaves the
    # title stopping open ("Class B Common"), so the title is whole (row_pairs.closed_titles)
    assert read[1] == ("Class B Common Stock", "Class A Common Stock", None)
    assert [r.shares for r in rows] == [6944440, 39422431, 1191775, 1949413, 32212328, 588414,
                                        11440882, 13160866, 4224690, 3891]


# ---------------------------------------------------------------- a page of one footnote
NTRA = FIXTURES / "NTRA-20201120-1" / "sec"


REMINDER = ("Reminder: Report on a separate line for each class of securities beneficially "
            "owned directly or indirectly.")
SECOND = "The option shares vest in four equal annual installments."


def _one(text: str) -> bool:
    return one_note(text.split("\n"))


def test_a_page_of_one_footnote_is_told_only_where_no_second_can_hide() -> None:
    one = ("Explanation of Responses:\n"
           "1. The option shares are fully vested and may be exercised at any time.\n\n"
           + REMINDER)
    signed = one.replace(REMINDER, "/s/ Tami Chen, attorney-in-fact 11/24/2020\n\n" + REMINDER)
    assert _one(one) and _one(signed)
    # a second note whose number OCR lost, or read with a comma ("3, Represents", GUTS-20240206-1)
    assert not _one(one.replace("Reminder: Report", "Each share of the Issuer's"))
    assert not _one(one.replace("Reminder: Report", "2, Represents securities held"))
    assert not _one(one.replace("1. The", "2. The"))  # note 1's number lost
    assert not _one(one.replace("Explanation of Responses", "Remarks"))
    # a second note printed with no blank line before it (tesseract's plain design,
    # AAPL-20190502-1), its number garbled or lost: after a sentence's end, or opening
    # as no wrapped line does, or after a line short of the margin
    for number in ("2 ", "2) ", "2.", "(2) ", "? ", "Z. ", ""):
        assert not _one(one.replace("time.\n", f"time.\n{number}{SECOND}\n")), number
        assert not _one(one.replace("time.\n", f"time\n{number}{SECOND}\n")), number
    # a second note after the reminder, or after a signature
    assert not _one(f"{one}\n2 {SECOND}")
    assert not _one(signed.replace("11/24/2020\n", f"11/24/2020\n{SECOND} {SECOND}\n"))


def test_on_a_page_of_one_footnote_a_lost_mark_is_that_note() -> None:
    # NTRA-20201120-1 sec: each option's exercise date holds only the mark "(1)", OCR read
    # it "a", "@" or "w"
    line = "rahtto $7 11/20/2020 M 2,845 @ 02/11/2026 Common 2,845 $0 0 D"
    read = table_words(line.split(), notes=1)
    assert LOST_MARK in read
    assert only_note_marks(read, doubtful_marks(line.split())) == [
        w.replace(LOST_MARK, "(1)") for w in read]
    # a bracket alone after an amount may be a rule: its lost mark stays lost
    line = "(tight to $0.33 04/30/2025 A 757,576) @ 04/29/2035 | Stock. | 797,976 $0 757,756 D"
    read = table_words(line.split(), notes=1)
    marked = only_note_marks(read, doubtful_marks(line.split()))
    assert "757,576" + LOST_MARK in marked and "(1)" in marked
    # a line with no date: a lost mark may stand in to keep it from reading as a row
    read = table_words("$636.40 1,844 D".split(), notes=1)
    assert only_note_marks(read, set()) == read


def test_the_marks_of_a_page_of_one_footnote_are_read() -> None:
    form = form4lark.parse(fixture_text(NTRA / "tesseract.txt"))
    # no mark read is wrong (a price OCR read "$118" for "$11.8" is, as before)
    wrong = wrong_fields(off_fields(truth_of(NTRA), form))
    assert [field for field in wrong if "footnotes" in field] == []
    assert [row.footnotes.get("exercise_date") for row in form.derivative_transactions] == [
        ("1",)] * 26


def _ntra(*edits: tuple[str, str]) -> list[tuple[str, ...] | None]:
    """The marks read on the exercise dates of NTRA-20201120-1's tesseract text with
    ``edits`` made to it (each row's mark is "(1)", OCR garbled all of them)."""
    text = edited_text(NTRA / "tesseract.txt", *edits)
    return [row.footnotes.get("exercise_date") for row in form4lark.parse(text).derivative_transactions]


NOTE = "1. The option shares are fully vested and may be exercised at any time.\n"


@pytest.mark.parametrize("edits", [
    # a second note under the first, its number garbled, and a row's mark read clean "(2)"
    [(NOTE, f"{NOTE}2 {SECOND}\n"), ("M 1,220 io)", "M 1,220 (2)")],
    [(NOTE, f"{NOTE}2) {SECOND}\n"), ("M 1,220 io)", "M 1,220 (2)")],
    # its block printed before the notes' label
    [("\nExplanation of Responses", f"\n2. {SECOND}\n\nExplanation of Responses"),
     ("M 1,220 io)", "M 1,220 (2)")],
    # each alone: the second note (its mark garbled), the clean "(2)" (the note lost)
    [(NOTE, f"{NOTE}2 {SECOND}\n")],
    [("\nExplanation of Responses", f"\n2.{SECOND}\n\nExplanation of Responses")],
    [("M 1,220 io)", "M 1,220 (2)")],
], ids=["under", "under-bracket", "before-label", "under-alone", "before-alone", "mark-alone"])
def test_a_second_note_leaves_each_garbled_mark_lost(edits: list[tuple[str, str]]) -> None:
    assert ("1",) not in _ntra(*edits)


@pytest.mark.parametrize("row, ending", [
    ("1,987 I By The Founders\u2019 Fund", "Founders"),  # a possessive
    ("1,987 I By Spouse'", "Spouse"),
    ("1,987 D*", "D"),  # the form's asterisk
    ("1,987l D", "1,987"),  # a rule read as "l", "!" or "I" after an amount
    ("1,987! D", "1,987"),
    ("1,987I D", "1,987"),
])
def test_an_ending_that_may_be_no_mark_is_left_lost(row: str, ending: str) -> None:
    line = "Common Stock 11/20/2020 M 1,987 A $9.97 1,987 D"
    edited = line.replace("1,987 D", row)
    assert ending in doubtful_marks(edited.split())
    form = form4lark.parse(fixture_text(NTRA / "tesseract.txt").replace(line, edited))
    assert form.derivative_transactions[0].footnotes.get("exercise_date") == ("1",)  # one note
    assert ("1",) not in form.non_derivative_transactions[0].footnotes.values()
