"""The OCR layout: tesseract's reading of EDGAR's Form 4 page.

Five corpus filings checked field by field against their truth (one row per
line and one cell per paragraph, eight owners, eighteen derivative rows with
three wrapped columns, deemed dates); OCR's misreadings that are put right
(digits, decimal commas, class letters, quotes, Roman numerals, country codes)
and those that are left unread (digits that may be a garbled mark's); checkboxes
read one by one; a wrapped line cut into its columns; Table I's arithmetic;
detection against every other text we hold.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from lark import Lark

import form4lark
from form4lark.grammar import grammar_dir, options
from form4lark.layouts import ocr_cells, ocr_texts
from form4lark.shapes.scan_fixes import clean_prose, opened_mark_value, read_number
from form4lark.layouts.ocr_text import LAYOUT, looks_like
from support import (CORPUS, FIXTURES, corpus_texts, edited_text, fixture_paths, fixture_text,
                     off_fields, parse_fixture, record, truth, truth_of)

TEXTS = corpus_texts(("tesseract",))

#: Values the page shows that OCR misread beyond telling, checked by hand against the
#: page: the glyph "SVE" for "SVF", "MO" (a US state too) for "M0", a lost comma, "(2)"
#: read for "(1)", a mark read as "O" ("LPO"). ("(19)" read for a price's "(13)" in
#: GOOG-20220413-1 is mended by the footnote whose range holds the price; "x1" for the XI
#: of a fund's name is put right.)
WRONG = {
    "AIR-20250110-1": [],
    "BETR-20241209-1": ["reporting_owners[0].state wrong", "reporting_owners[4].name wrong",
                        "reporting_owners[7].street2 wrong", "signatures[4].name wrong"],
    "GOOG-20220413-1": [],
    "TSLA-20100702-1": [],
    # its first two natures, "..., LPO" and "..., Lic@)", are unknown (the suffix misread)
    "XOOM-20130221-1": ["derivative_transactions[6].footnotes.conversion_or_exercise_price wrong",
                        "derivative_transactions[16].footnotes.conversion_or_exercise_price wrong"],
}
#: How many fields each filing's text lost (codes, marks, cells OCR dropped): a ratchet.
MISSED_AT_MOST = {"AIR-20250110-1": 2, "BETR-20241209-1": 17, "GOOG-20220413-1": 92,
                  "TSLA-20100702-1": 16, "XOOM-20130221-1": 89}


def _filing(path) -> str:
    return path.parent.parent.name


def _form(filing: str):
    return parse_fixture(CORPUS / filing / "text" / "tesseract.txt")


def test_the_fixtures_are_there():
    assert sorted(_filing(p) for p in TEXTS) == sorted(WRONG)


@pytest.mark.parametrize("path", TEXTS, ids=_filing)
def test_record_against_truth(path):
    form = parse_fixture(path)
    assert form.layout == "ocr-text"
    off = off_fields(truth_of(path), form)
    assert [f for f in off if f.endswith("wrong")] == WRONG[_filing(path)]
    assert len([f for f in off if f.endswith("missed")]) <= MISSED_AT_MOST[_filing(path)]


@pytest.mark.parametrize("path", TEXTS, ids=_filing)
def test_record_snapshot(path, snapshot):
    assert record(parse_fixture(path)) == snapshot


def test_grammar_builds_strictly():
    Lark.open(str(grammar_dir() / f"{LAYOUT.grammar}.lark"), **options((LAYOUT.start,), strict=True))


def test_detected_for_ocr_text_only():
    for path in fixture_paths(CORPUS, "*/text/*") + sorted((FIXTURES / "seeds").glob("*.txt")):
        assert looks_like(fixture_text(path)) == (path.stem == "tesseract"), path


def test_detected_whatever_glyphs_ocr_prints():
    # an OCR that reads "Table I" right and prints other specks for the empty boxes
    text = fixture_text(CORPUS / "AIR-20250110-1" / "text" / "tesseract.txt")
    for old, new in (("Table | -", "Table I -"), ("Table Il -", "Table II -"),
                     ("C1 Director", "[ ] Director"), ("LD Form", "O Form"), ("oO Check", "0 Check")):
        text = text.replace(old, new)
    assert looks_like(text)
    form = form4lark.parse(text)
    assert form.layout == "ocr-text" and form.issuer.trading_symbol == "AIR"
    assert form.reporting_owners[0].is_director is None  # "[ ]" is no glyph it knows: unknown


# ---------------------------------------------------------------- OCR's readings
@pytest.mark.parametrize("token, value, marks, lost", [
    ("13,888);", "13,888", (), True),        # a rule read as ")" or a mark's end: digits stand
    ("10,0007)", "10,000", (), True),         # the groups end the number; "7)" is a mark's rest
    ("628,553()", "628,553", (), True),       # a mark whose digits OCR lost
    ("69,064(2)(3)(4)", "69,064", ("2", "3", "4"), False),
    ("$ 159,94(2)", "159.94", ("2",), False),  # a decimal comma
    ("1O,000", "10,000", (), False),          # "O" for "0"
    ("300}", "300", (), False),               # the table's rule
    ("$0.00}", "0.00", (), False),
])
def test_numbers_read_where_certain(token, value, marks, lost):
    reading = read_number(token)
    assert (reading.value, reading.marks, reading.lost_mark) == (value, marks, lost)


def test_digits_that_may_be_a_marks_stay_unread():
    reading = read_number("$ 66.9030)")  # "66.903(1)" or "66.9030" and a rule: cannot tell
    assert reading.value is None and reading.candidates == ("66.9030", "66.903", "66.90")
    assert read_number("Common") is None
    # a glyph alone after the digits: a two-digit mark's "(" lost, its first digit run into
    # the price ("2,587.496(20)" read so, GOOG-20220413-1 plain)
    assert read_number("$ 2,587.4962°").value is None
    assert read_number("$ 2,562.08(4a)").value is None  # a digit in the brackets: a mark's?
    assert read_number("1(A)").value is None  # a column's header: "4." misread, then "(A)"


@pytest.mark.parametrize("token, notes, value", [
    # a mark's brackets with its digit lost or garbled (GOOG-20220413-1, AAPL-20220504-1
    # plain): the digits before them are the price's where no mark's digit can end them
    ("$ 2,562.084()", 27, "2,562.084"),  # a two-digit mark opens with 1 or 2, not 4
    ("$ 165.06(”)", 8, "165.06"),
    ("$ 2,587.4962()", 8, "2,587.4962"),  # one-digit marks: none ran its first digit in
    ("$ 2,587.4962()", None, "2,587.4962"),  # a page of no footnotes
    # the bracket may be what OCR made of a mark whose first digit ran into the price:
    # "2,587.496(20)" (a page of footnotes (1) to (27)), "2.7731(1)" (a bracket read "1")
    ("$ 2,587.4962()", 27, None),
    ("$ 2,587.4961()", 12, None),
    ("$ 2,587.4963()", 35, None),
    ("$ 2,587.4967()", 12, None),  # a "1" read as "7"
    ("$2.77311()", 8, None),
    ("$2.77317()", 8, None),
])
def test_digits_before_a_marks_empty_brackets(token, notes, value):
    reading = read_number(token)
    assert reading.value is None and reading.mark_opened and reading.lost_mark
    assert reading.candidates[0] == token.split("$")[1].strip().split("(")[0]
    assert len(reading.candidates) > 1  # the readings with a mark's digits cut kept
    assert opened_mark_value(reading, notes) == value


@pytest.mark.parametrize("text, fixed", [
    ("Mithril Il UGP LLC", "Mithril II UGP LLC"),
    ("Mithril ll GP LP", "Mithril II GP LP"),
    ("Illinois", "Illinois"),
    ("By Sequoia Technology Partners x1, LP(2)", "By Sequoia Technology Partners XI, LP(2)"),
    ("Capital Fund V1 LP and Fund X11", "Capital Fund VI LP and Fund XII"),
    ("Series X1 Preferred", "Series XI Preferred"),
    ("Fund X1X1", "Fund X1X1"), ("Fund XL1", "Fund XL1"), ("Fund VX1", "Fund VX1"),
    ("By Sequoia\nx1, LP(2)", "By Sequoia\nXI, LP(2)"), ("Fund XI", "Fund XI"),
    ("12,000 X1", "12,000 X1"), ("Fund x", "Fund x"),
    ("(GGF III). SC XIl Management", "(GGF III). SC XII Management"), ("Fund Vl", "Fund VI"),
    ("Fund xl", "Fund xl"), ("Mr. Xi and Fund XL", "Mr. Xi and Fund XL"),
    ("By The Founders Fund lv, LP", "By The Founders Fund IV, LP"),
    ("Growth Fund Iv, L.P. (Ivy Lvov)", "Growth Fund IV, L.P. (Ivy Lvov)"),
    ("into Class ACommon Stock", "into Class A Common Stock"),
    ("ClassA Common", "Class A Common"),
    ("(“GP LP”)", '("GP LP")'),
    ("/s/ Juliana Capata,_attorney-in-fact", "/s/ Juliana Capata, attorney-in-fact"),
    ("(1 Officer (give title below) [_] Other", "(1 Officer (give title below) [_] Other"),
    ("/s/ Jason Gao, Attomey-in-Fact", "/s/ Jason Gao, Attorney-in-Fact"),
    ("under power of attomey", "under power of attorney"),
    ("{s/ Peter Thiel", "/s/ Peter Thiel"),
    ("(s/ Peter Thiel", "/s/ Peter Thiel"),
    ("fs/ Peter Thiel", "/s/ Peter Thiel"),
    ("and/or fs/s/ Peter", "and/or fs/s/ Peter"),
    ("Lp/s/ Peter", "Lp/s/ Peter"),
])
def test_prose_put_right(text, fixed):
    assert clean_prose(text) == fixed


@pytest.mark.parametrize("token, code", [
    ("S", ("S", False)), ("Ss", ("S", False)), ("c", ("C", False)), ("Cc)", ("C", True)),
    ("s®)", ("S", True)), ("sO", ("S", True)), ("mM)", ("M", True)), ("MQ)", ("M", True)),
    ("sM", ("S", True)), ("cM", ("C", True)), ("SM", None), ("rM", None),
    ("m", None), ("Re)", None), ("io", None), ("B", None), ("Common", None),
    ("sh", ("S", True)), ("ch", ("C", True)), ("of", None), ("oh", None), ("jh", None),
])
def test_transaction_codes(token, code):
    assert ocr_cells.code_of(token) == code


# ---------------------------------------------------------------- the boxes
def _air(old: str, new: str):
    text = fixture_text(CORPUS / "AIR-20250110-1" / "text" / "tesseract.txt")
    assert old in text
    return form4lark.parse(text.replace(old, new))


def test_checkboxes_as_tesseract_prints_them():
    owner = _form("AIR-20250110-1").reporting_owners[0]
    # "C1 Director (J 10% Owner" / "Officer (give title below) [] Other": glyphs are empty boxes
    assert (owner.is_director, owner.is_ten_percent_owner, owner.is_officer, owner.is_other) \
        == (False, False, True, False)
    assert owner.officer_title == "Senior VP, GC, CAO & Secretary"


def test_a_box_without_its_glyph_is_checked():
    owner = _air("C1 Director (J 10% Owner", "Director (J 10% Owner").reporting_owners[0]
    assert owner.is_director is True and owner.is_ten_percent_owner is False


def test_a_word_before_a_box_makes_its_line_unknown():
    owner = _air("C1 Director (J 10% Owner", "i Director 10% Owner").reporting_owners[0]
    assert owner.is_director is None and owner.is_ten_percent_owner is None
    assert owner.is_officer is True


def test_box_6_and_no_longer_subject():
    form = _form("AIR-20250110-1")
    assert form.filed_by_more_than_one_person is False and form.not_subject_to_section16 is False
    lost = _air("LD Form filed by More", "Form filed by More")
    assert lost.filed_by_more_than_one_person is None  # both read checked: unknown


def test_a_name_is_not_a_glyph():
    form = _air("Garascia Jessica A.", "i")
    assert form.reporting_owners[0].name is None


# ---------------------------------------------------------------- rows
@pytest.mark.parametrize("words, columns, open_, cut", [
    # XOOM: "Preferred" continues the title, "Stock" the underlying, the rest the nature
    (["Preferred", "Stock", "Capital", "XI,"], [["Series B"], ["Common"], ["By Sequoia"]],
     [True, True, True], [["Preferred"], ["Stock"], ["Capital", "XI,"]]),
    # GOOG: two titles side by side
    (["Common", "Common"], [["Class B"], ["Class A"], []], [True, True, False],
     [["Common"], ["Common"], []]),
    # SNOW: "Option" after "Stock" is the title's; the underlying takes only its own words
    (["Option", "Common"], [["Stock"], ["Class A"], []], [True, True, False],
     [["Option"], ["Common"], []]),
    # SCTY: a nature without a mark may end; the title goes on
    (["Stock"], [["Common"], [], ["By Trust"]], [True, False, True], [["Stock"], [], []]),
    # TSLA: "(right to" goes on a title that ended in "Warrants"
    (["(right", "to"], [["Series C Warrants"], [], ["By Trust"]], [True, False, True],
     [["(right", "to"], [], []]),
])
def test_wrapped_line_cut_into_columns(words, columns, open_, cut):
    assert ocr_texts.split_line(words, columns, open_) == cut


@pytest.mark.parametrize("lines, text", [
    (["See Footnotes(2))"], "See Footnotes(2)"),      # a second mark garbled after a clean one
    (["See Footnote ®)"], "See Footnote"),             # a mark's loose rest
    (["Trust®"], "Trust"),                             # a mark read as a symbol
    (["Class A", "Common", "Stock)"], "Class A Common Stock"),  # a mark's ")" alone
    (["Trustt2)"], None),                # the mark's digits ran into the word: its end unknown
    (["By SVF II Beaver", "(DE) tic®)"], None),  # "LLC(3)" read as "tic®)"
    (["p)"], None),                      # "D(2)" read as "bp)": no nature
])
def test_text_cells_with_garbled_marks(lines, text):
    cell = ocr_texts.text_cell(lines, "nature_of_ownership", [])
    assert (cell.text if cell else None) == text


def test_a_line_too_long_for_three_narrow_columns_is_unread():
    words = ["Stock"] * 40
    assert ocr_texts.split_line(words, [["Common"], [], ["By"]], [True, False, True]) is None


def test_paragraph_rows_and_their_arithmetic():
    form = _form("GOOG-20220413-1")
    rows = form.non_derivative_transactions
    assert len(rows) == 30
    # "04/13/2022" / "500" / "$ 2,571.1220)" / "9,978": (D) and D follow from 10,478 - 500
    row = rows[11]
    assert (row.shares, row.shares_owned_following, row.acquired_disposed,
            row.direct_or_indirect) == (500, 9978, "D", "D")
    assert row.price_per_share is None  # "2,571.1220)": the last digits may be the mark's
    assert any(d.field == "non_derivative.acquired_disposed" and "follows from" in d.message
               for d in form.diagnostics)


def test_a_nature_gives_column_6():
    rows = _form("XOOM-20130221-1").non_derivative_transactions
    assert rows[2].direct_or_indirect == "I"
    assert rows[2].nature_of_ownership.startswith("By Sequoia")
    # a nature whose suffix OCR misread ("XI, LPO") is unknown, and still gives column 6
    assert rows[0].direct_or_indirect == "I" and rows[0].nature_of_ownership is None


def test_footnotes_whose_number_ocr_lost_are_named_by_their_order():
    form = _form("GOOG-20220413-1")
    # 18 notes ". The price reported ..." between notes 2 and 21, read in two blocks (all
    # first halves, then all second halves): numbering leaves exactly notes 3 to 20
    assert sorted(form.footnotes, key=int) == [str(n) for n in range(1, 30)]
    assert form.footnotes["3"] == ("The price reported in Column 4 is a weighted average "
                                   "price. The shares were sold in multiple transactions at "
                                   "prices ranging from $2,558.69 to $2,559.69, inclusive.")
    assert any("named by their order" in d.message for d in form.diagnostics)


def test_unnumbered_notes_that_do_not_fit_the_numbering_are_left_out():
    text = fixture_text(CORPUS / "GOOG-20220413-1" / "text" / "tesseract.txt")
    form = form4lark.parse(text.replace("\n21. The price", "\n22. The price", 1))
    assert "3" not in form.footnotes and "20" not in form.footnotes
    assert form.footnotes["22"].startswith("The price reported") and "23" in form.footnotes


def test_blank_lines_between_blocks_are_no_sign_of_ocr():
    # pdfminer, mutool, plain pdftotext and BeautifulSoup print a blank line after
    # each block of the page: a text in reading order like pdftotext -raw's, not OCR's
    raw = fixture_text(CORPUS / "BETR-20241209-1" / "text" / "pdftotext-raw.txt")
    spaced = raw.replace("\n", "\n\n")
    assert not looks_like(spaced)
    form = form4lark.parse(spaced)
    assert form.layout == "stream"
    assert off_fields(truth("BETR-20241209-1", "plain"), form) == []


def _tokens(*pairs: tuple[str, str]) -> list:
    from lark import Token
    return [Token(kind, text, line=1, column=1) for kind, text in pairs]


def _table_i_cells(values: list) -> tuple[dict[str, str], list]:
    """Table I's cells read from ``values`` (all of them taken), and the diagnostics."""
    row, diagnostics = ocr_cells.ReadRow({}), []
    assert ocr_cells.table_i_values(values, row, diagnostics) == []
    return {key: cell.text for key, cell in row.cells.items()}, diagnostics


@pytest.mark.parametrize("code_and_amount, unread, shares, message", [
    # "25. 788(2)|" is 25,788 or 25.788: unknown
    ((("WORD", "S"), ("NUMBER", "25."), ("NUMBER", "788(2)|")), "shares", None, "cut in two"),
    ((("WORD", "S"), ("NUMBER", "25,"), ("NUMBER", "788(2)|")), "shares", None, "cut in two"),
    # "8 1,604) D": the code "S" read as "8", which taken as the amount shifted 1,604
    # into the amount owned after
    ((("NUMBER", "8"), ("NUMBER", "1,604")), "transaction_code", "1,604",
     "not a transaction code"),
])
def test_a_cell_ocr_garbled_is_unknown_and_the_others_keep_their_columns(
        code_and_amount, unread, shares, message):
    values = _tokens(("CELL_DATE", "12/21/2021"), *code_and_amount, ("WORD", "D"),
                     ("MONEY", "$898.861(13)"), ("NUMBER", "1,917,015"), ("WORD", "D"))
    cells, diagnostics = _table_i_cells(values)
    assert unread not in cells and cells.get("shares") == shares
    assert (cells["acquired_disposed"], cells["price_per_share"],
            cells["shares_owned_following"], cells["direct_or_indirect"]) == (
                "D", "898.861(13)", "1,917,015", "D")
    assert any(message in d.message for d in diagnostics)


def test_two_amounts_are_not_one_cut():
    # a whole amount and the next one ("1,000" "500"; "25" "788"): each is read
    values = _tokens(("CELL_DATE", "12/21/2021"), ("WORD", "S"), ("NUMBER", "25"),
                     ("NUMBER", "788"))
    cells, _ = _table_i_cells(values)
    assert (cells["shares"], cells["shares_owned_following"]) == ("25", "788")


def test_a_digit_before_two_amounts_is_an_amount():
    # no (A) or (D) after the next amount: the digit may be the amount itself
    values = _tokens(("CELL_DATE", "10/02/2015"), ("NUMBER", "8"), ("NUMBER", "1,604"),
                     ("WORD", "I"))
    cells, _ = _table_i_cells(values)
    assert (cells["shares"], cells["shares_owned_following"]) == ("8", "1,604")


def test_paragraph_rows_keep_their_amount_owned_after_a_code_read_as_a_digit():
    # one paragraph per cell: the digit is not counted among the row's amounts, so the
    # amount owned after, on the paragraph below, is still the row's (not a holding)
    from lark import Token
    from form4lark.layouts import ocr_rows
    paragraphs = [[("WORD", "Class"), ("WORD", "A")], [("WORD", "Common")], [("WORD", "Stock")],
                  [("CELL_DATE", "10/02/2015")],
                  [("NUMBER", "8"), ("NUMBER", "1,604"), ("WORD", "D"), ("MONEY", "$637.6509")],
                  [("NUMBER", "11,026"), ("WORD", "D")]]
    lines = [[Token(kind, text, line=number, column=1) for kind, text in paragraph]
             for number, paragraph in enumerate(paragraphs, 1)]
    rows = ocr_rows.read_table(lines, "i", [], set())
    assert len(rows) == 1
    assert (rows[0]["shares"].text, rows[0]["shares_owned_following"].text) == ("1,604", "11,026")


def test_the_amount_owned_ocr_garbled_with_its_rule_is_unread_not_the_natures():
    # "$ 0.00 ie} By Sequoia": "0 I|" read as "ie}": both unknown, the nature opens after
    values = _tokens(("CELL_DATE", "06/10/2020"), ("WORD", "C"), ("NUMBER", "37,310"),
                     ("WORD", "A"), ("MONEY", "$0.00"), ("WORD", "ie}"), ("WORD", "By"),
                     ("WORD", "Sequoia"))
    row, diagnostics = ocr_cells.ReadRow({}), []
    assert [str(t) for t in ocr_cells.table_i_values(values, row, diagnostics)] == ["By", "Sequoia"]
    assert "shares_owned_following" not in row.cells and "direct_or_indirect" not in row.cells
    assert any("the amount owned, unreadable" in d.message for d in diagnostics)


def test_the_amount_owned_ocr_garbled_keeps_the_direct_or_indirect_after_it():
    values = _tokens(("CELL_DATE", "05/15/2021"), ("WORD", "M"), ("NUMBER", "1,386"),
                     ("WORD", "A"), ("MONEY", "$0"), ("WORD", "ie}"), ("WORD", "D"))
    cells, _ = _table_i_cells(values)
    assert "shares_owned_following" not in cells and cells["direct_or_indirect"] == "D"


@pytest.mark.parametrize("mark", ["(2)|", "(2)}", "(2)]", "(2) |"])
def test_a_lone_mark_glued_to_a_rule_before_the_date_is_the_conversion_prices(mark):
    # "Series C (2)| 07/02/2010": the mark stands in column 2, not on the title
    text = fixture_text(CORPUS / "TSLA-20100702-1" / "text" / "tesseract.txt")
    assert "Series C (2) | 07/02/2010" in text
    row = form4lark.parse(text.replace("Series C (2) |", f"Series C {mark}")).derivative_transactions[2]
    assert row.footnotes.get("conversion_or_exercise_price") == ("2",)
    assert "security_title" not in row.footnotes


def test_a_price_with_its_mark_glued_on_is_read_where_the_marks_range_holds_it():
    # "$ 66.9001)": $66.90 and "(1)", its "(" read as "0": footnote 1's range holds 66.90
    text = fixture_text(CORPUS / "AIR-20250110-1" / "text" / "tesseract.txt")
    assert "$ 66.9030) 37,565 D" in text
    assert form4lark.parse(text).non_derivative_transactions[0].price_per_share is None
    row = form4lark.parse(text.replace("$ 66.9030)", "$ 66.9001)")).non_derivative_transactions[0]
    assert (row.price_per_share, row.footnotes.get("price_per_share")) == (Decimal("66.90"), ("1",))


def test_a_row_with_a_nature_is_owned_indirectly_though_its_amounts_chain_with_a_direct_row():
    # the sale leaves 0 owned directly, the next row acquires as much as it owns after:
    # the arithmetic chains the two, but the nature says column 6 OCR lost is "I"
    from lark import Token
    from form4lark.layouts import ocr_rows
    lines = [[("WORD", "Class"), ("WORD", "A"), ("CELL_DATE", "03/18/2013"), ("WORD", "S"),
              ("NUMBER", "633"), ("WORD", "D"), ("MONEY", "$25.00"), ("NUMBER", "0"),
              ("WORD", "D")],
             [("WORD", "Class"), ("WORD", "A"), ("CELL_DATE", "03/18/2013"), ("WORD", "C"),
              ("NUMBER", "1,265"), ("WORD", "A"), ("MONEY", "$0.00"), ("NUMBER", "1,265"),
              ("WORD", "See"), ("WORD", "Footnote(4)")]]
    rows = ocr_rows.read_table([[Token(kind, text, line=number, column=1) for kind, text in line]
                                for number, line in enumerate(lines, 1)], "i", [], set())
    assert [row["direct_or_indirect"].text for row in rows] == ["D", "I"]


def test_a_price_whose_marks_ocr_read_a_word_apart_keeps_its_row() -> None:
    # a scan of FB-20190822-1's plain page: "$ 181.4763 (49) 2,417 By The Founders", the
    # price's mark (10) garbled and read apart; the row's amount owned, title and nature
    # were lost with it, and the rows after paired with the wrong truths
    text = fixture_text(FIXTURES / "scan/FB-20190822-1/plain/tesseract.txt")
    assert "$ 181.4763 (49) 2,417 By The Founders" in text
    row = form4lark.parse(text).non_derivative_transactions[8]
    assert (row.security_title, row.shares, row.shares_owned_following, row.direct_or_indirect,
            row.nature_of_ownership) == ("Class A Common Stock", 2357, 2417, "I",
                                         "By The Founders Fund IV Principals Fund, LP")
    assert "price_per_share" not in row.footnotes  # (49) names no footnote: left out
    assert row.price_per_share == Decimal("181.4763")
    # a mark read apart is one OCR did not read cleanly: "(1)" there is never attached
    # (FB's truth is footnote 10), yet the row lines up as well
    edited = edited_text(FIXTURES / "scan/FB-20190822-1/plain/tesseract.txt",
                         ("$ 181.4763 (49) 2,417", "$ 181.4763 (1) 2,417"), once=True)
    row = form4lark.parse(edited).non_derivative_transactions[8]
    assert (row.price_per_share, row.shares_owned_following) == (Decimal("181.4763"), 2417)
    assert "price_per_share" not in row.footnotes
