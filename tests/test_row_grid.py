"""Table rows of column-aligned texts, cut by where their words stand (form/row_grid.py).

Small hand-made grids pin each rule down (a title wrapped around its values, a
value wrapped below them, an empty column, Table II's (A) and (D), a holding,
rows whose cells stand at the top or centred, inscriptis' slots, header words
broken or wrapped, values run together, a squeezed page); real pages of the corpus
(``pdftotext -layout`` and inscriptis, both designs) and the tables of converters
outside it (w3m, links2, elinks, pdfplumber) must read as EDGAR's truth.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import form4lark
from form4lark.build import build
from form4lark.errors import SectionError
from form4lark.form import regions
from form4lark.form.atoms import Atom, lex
from form4lark.form.checkboxes import checked_labels, stacked_labels, unplaced_grid_marks
from form4lark.form.layout import SHAPE_LAYOUTS
from form4lark.form.notes import signatures
from form4lark.form.row_bands import VALUE, Band, Chunk, _ends_above, _rekey, _split
from form4lark.form.row_grid import grid_rows
from form4lark.page import Piece
from form4lark.scoring import score
from form4lark.shapes.detect import read_shape
from form4lark.shapes.grid import read_grid
from support import FIXTURES, fixture_paths, fixture_text, record, truth_of

GRID = FIXTURES / "grid"
PAGES = fixture_paths(GRID, "*/*/*.txt")
# the tables of real pages from converters outside the corpus (and the plain design's
# pdftotext text with a page break in a table), cut out with their truth
TABLE_PAGES = fixture_paths(GRID / "tables", "*/*/*.txt")
TABLES = ("non_derivative_transactions", "non_derivative_holdings",
          "derivative_transactions", "derivative_holdings")

TABLE_I = "Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned"
TABLE_II = "Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned"
END = "Explanation of Responses:"


def _line(*cells: tuple[int, str]) -> str:
    """A line with each text starting at its column."""
    out = ""
    for x, text in cells:
        assert x >= len(out) + 2 or not out, "cells of a grid line stand two spaces apart"
        out = out.ljust(x) + text
    return out


# Table I's headers on a page: numbers and sub-headers at the columns they head
HEADER_I = [
    _line((0, "1. Title of Security"), (30, "2. Transaction"), (46, "2A. Deemed"),
          (60, "3. Transaction"), (76, "4. Securities Acquired"), (110, "5. Amount of"),
          (124, "6. Ownership"), (138, "7. Nature")),
    _line((30, "Date"), (60, "Code"), (110, "Securities")),
    _line((60, "Code"), (68, "V"), (76, "Amount"), (86, "(A) or (D)"), (99, "Price")),
    "",
]
# Table II's: columns 5 to 7 split by their sub-headers
HEADER_II = [
    _line((0, "1. Title of"), (16, "2."), (28, "3. Transaction"), (44, "3A. Deemed"),
          (56, "4."), (68, "5. Number"), (84, "6. Date Exercisable"), (110, "7. Title and"),
          (134, "8. Price"), (146, "9. Number"), (158, "10."), (166, "11. Nature")),
    _line((0, "Derivative"), (16, "Conversion"), (28, "Date"), (56, "Transaction")),
    _line((56, "Code"), (63, "V"), (68, "(A)"), (76, "(D)"), (84, "Exercisable"),
          (97, "Expiration"), (110, "Title"), (122, "Amount")),
    "",
]


def _rows(lines: list[str], table: str = "table_i",
          header: list[str] | None = None) -> list[dict[str, str]] | None:
    title = TABLE_I if table == "table_i" else TABLE_II
    header = header or (HEADER_I if table == "table_i" else HEADER_II)
    parts = regions.cut(lex(read_grid("\n".join([title, *header, *lines, END])), "page"))
    rows = grid_rows(getattr(parts, table), table)
    return None if rows is None else [{key: cell.text for key, cell in row.items()} for row in rows]


# a sale of Table I, its values at the columns of HEADER_I
SALE = _line((0, "Common Stock"), (31, "05/02/2019"), (61, "S"), (77, "8,601"), (88, "D"),
             (99, "$210.98"), (111, "124,330"), (126, "D"))
SALE_ROW = {"security_title": "Common Stock", "transaction_date": "05/02/2019",
            "transaction_code": "S", "equity_swap_involved": "", "shares": "8,601",
            "acquired_disposed": "D", "price_per_share": "$210.98",
            "shares_owned_following": "124,330", "direct_or_indirect": "D"}


def test_a_title_wrapped_above_the_values_and_a_value_wrapped_below_are_the_rows():
    rows = _rows([
        _line((0, "Common Stock"), (20, "(1)")),
        _line((31, "05/02/2019"), (61, "S"), (77, "8,601"), (88, "D"), (99, "$210.98"),
              (108, "(4)")),
        _line((111, "124,330"), (126, "D")),
    ])
    assert rows == [{
        "security_title": "Common Stock (1)", "transaction_date": "05/02/2019",
        "transaction_code": "S", "equity_swap_involved": "", "shares": "8,601",
        "acquired_disposed": "D", "price_per_share": "$210.98 (4)",
        "shares_owned_following": "124,330", "direct_or_indirect": "D"}]


def test_an_empty_column_is_left_out_but_an_empty_v_is_a_no():
    rows = _rows([_line((0, "Common Stock"), (31, "05/02/2019"), (61, "M"), (77, "17,500"),
                        (88, "A"), (99, "$23.8257"), (111, "1,150,783"), (126, "D"))])
    assert "deemed_execution_date" not in rows[0] and "nature_of_ownership" not in rows[0]
    assert rows[0]["equity_swap_involved"] == ""
    assert rows[0]["shares"] == "17,500" and rows[0]["price_per_share"] == "$23.8257"


def test_a_holding_has_no_transaction_cells():
    rows = _rows([_line((0, "Common Stock"), (113, "14,000"), (127, "I"), (138, "By Trust"))])
    assert rows == [{"security_title": "Common Stock", "shares_owned_following": "14,000",
                     "direct_or_indirect": "I", "nature_of_ownership": "By Trust"}]


def test_a_cell_centred_on_its_row_goes_to_it_not_to_the_row_above():
    rows = _rows([
        _line((0, "Common Stock"), (31, "08/12/2019"), (61, "S"), (77, "17,500"), (88, "D"),
              (99, "$201.69"), (111, "1,133,283"), (126, "D")),
        _line((138, "By")),
        _line((0, "Common Stock"), (113, "14,000"), (127, "I")),
        _line((138, "Spouse")),
    ])
    assert "nature_of_ownership" not in rows[0]
    assert rows[1]["nature_of_ownership"] == "By Spouse"


def test_lines_between_two_rows_go_to_the_side_of_the_blank_line():
    rows = _rows([
        _line((0, "Series A"), (138, "See")),
        _line((0, "Preferred"), (31, "12/21/2011"), (61, "C"), (77, "3,109,744"), (88, "D"),
              (99, "$0"), (113, "0"), (127, "I")),
        _line((0, "Stock"), (138, "footnote")),
        "",
        _line((0, "Class B"), (138, "See")),
        _line((0, "Common"), (31, "12/21/2011"), (61, "C"), (77, "3,109,744"), (88, "A"),
              (99, "$0"), (111, "3,109,744"), (127, "I")),
        _line((0, "Stock"), (138, "footnote")),
    ])
    assert [(r["security_title"], r["nature_of_ownership"]) for r in rows] == [
        ("Series A Preferred Stock", "See footnote"), ("Class B Common Stock", "See footnote")]


def test_cells_standing_at_the_top_of_their_rows_continue_below_the_values():
    rows = _rows([
        _line((0, "Class A"), (31, "04/13/2022"), (61, "C"), (77, "13,888"), (88, "A"),
              (99, "$0"), (111, "13,888"), (126, "D")),
        _line((0, "Common")),
        _line((0, "Stock(1)")),
        _line((0, "Class A"), (31, "04/13/2022"), (61, "S"), (79, "100"), (88, "D"),
              (99, "$2,556.7346"), (113, "13,788"), (126, "D")),
        _line((0, "Common")),
        _line((0, "Stock")),
    ])
    assert [r["security_title"] for r in rows] == ["Class A Common Stock(1)",
                                                   "Class A Common Stock"]


def test_a_word_broken_after_its_hyphen_is_joined_back():
    rows = _rows([
        _line((0, "Non-")),
        _line((0, "Qualified Stock"), (31, "05/02/2019"), (61, "S"), (77, "8,601"), (88, "D"),
              (99, "$210.98"), (111, "124,330"), (126, "D")),
        _line((0, "Option")),
    ])
    assert rows[0]["security_title"] == "Non-Qualified Stock Option"


def test_table_ii_tells_acquired_from_disposed_by_the_sub_column():
    rows = _rows([
        _line((0, "Option"), (18, "$9.97"), (29, "11/20/2020"), (57, "M"), (77, "1,987"),
              (88, "(1)"), (98, "11/12/2025"), (111, "Common"), (123, "1,987"), (135, "$0"),
              (148, "0"), (159, "D")),
        "",
        _line((0, "Units"), (18, "(2)"), (29, "11/20/2020"), (57, "A"), (69, "725"), (88, "(3)"),
              (99, "(3)"), (111, "Common"), (123, "725"), (135, "$0"), (147, "5,283"), (159, "D")),
    ], "table_ii")
    assert rows[0]["shares_disposed"] == "1,987" and "shares_acquired" not in rows[0]
    assert rows[1]["shares_acquired"] == "725" and "shares_disposed" not in rows[1]
    assert rows[0]["exercise_date"] == "(1)" and rows[1]["expiration_date"] == "(3)"
    assert rows[1]["conversion_or_exercise_price"] == "(2)"


def test_a_row_squeezed_off_its_headers_is_read_as_the_typed_sequence_of_its_values():
    # a later page laid out at its own scale: no value stands under its header
    squeezed = _line((0, "Class A"), (10, "04/13/2022"), (23, "S"), (27, "500"), (33, "D"),
                     (38, "$2,571.122"), (51, "9,978"), (59, "D"))
    assert _rows([squeezed]) == [{
        "security_title": "Class A", "transaction_date": "04/13/2022", "transaction_code": "S",
        "equity_swap_involved": "", "shares": "500", "acquired_disposed": "D",
        "price_per_share": "$2,571.122", "shares_owned_following": "9,978",
        "direct_or_indirect": "D"}]


def test_a_row_that_neither_stands_under_its_headers_nor_reads_as_a_row_leaves_its_table_out():
    # a row lost: rows alike around it would be taken for it, so the table is in doubt
    squeezed = _line((0, "Class A"), (10, "04/13/2022"), (23, "S"), (27, "500"), (33, "D"),
                     (38, "$2,571.122"), (51, "9,978"))  # its (D)/(I) lost
    with pytest.raises(SectionError, match="Table I could not be read"):
        _rows([SALE, squeezed])


def test_a_natures_lone_mark_on_the_line_of_values_is_the_natures_not_a_lost_row():
    # a browser centres "See footnote" / "(4)" on the row's values: the typed sequence reads
    # no lone mark after the (D)/(I), so the row reads without it, and the (D)/(I) set off
    # its header ("I" under column 5) takes its column from the typed sequence
    rows = _rows([
        _line((138, "See footnote")),
        _line((0, "Common Stock"), (31, "05/02/2019"), (61, "S"), (77, "8,601"), (88, "D"),
              (99, "$210.98"), (111, "124,330"), (121, "I"), (140, "(4)")),
    ])
    assert rows == [{**SALE_ROW, "direct_or_indirect": "I",
                     "nature_of_ownership": "See footnote (4)"}]


def test_a_natures_number_on_the_line_of_values_is_the_natures_not_a_lost_row():
    # "2010" of a fund's name, centred on the row's values, is no amount of the row
    rows = _rows([
        _line((138, "By Sequoia Capital")),
        _line((0, "Common Stock"), (31, "05/02/2019"), (61, "S"), (77, "8,601"), (88, "D"),
              (99, "$210.98"), (111, "124,330"), (121, "I"), (138, "U.S. Venture 2010")),
        _line((138, "Fund, LP(2)")),
    ])
    assert rows == [{**SALE_ROW, "direct_or_indirect": "I",
                     "nature_of_ownership": "By Sequoia Capital U.S. Venture 2010 Fund, LP(2)"}]


def test_a_natures_number_in_a_squeezed_row_is_the_natures_not_its_amount():
    # a page laid out at its own scale: "2010" of the nature's run "US Venture 2010" stands
    # under column 4's "Amount", but the row reads as the typed sequence only with the
    # number one of the nature's words; the words keep their text
    rows = _rows([
        _line((0, "Class A"), (51, "42,102"), (59, "I"), (66, "US Venture 2010")),
        _line((66, "Seed(2)")),
    ])
    assert rows == [{"security_title": "Class A", "shares_owned_following": "42,102",
                     "direct_or_indirect": "I", "nature_of_ownership": "US Venture 2010 Seed(2)"}]


def test_a_row_whose_values_all_stand_under_text_columns_is_a_row_when_it_reads_whole():
    # a page laid out at its own scale: the holding's amounts stand under the underlying
    # title and the nature, no value under a column of values; the line reads as a whole
    # row of the typed sequence, so it is a row, not words of the row above
    sale = _line((0, "Class B"), (16, "(1)"), (28, "10/19/2023"), (57, "C"), (68, "704,849"),
                 (84, "(1)"), (97, "(1)"), (110, "Class A"), (122, "704,849"), (134, "$0"),
                 (146, "704,850"), (158, "I"), (166, "See"))
    held = _line((0, "Class B"), (16, "(1)"), (84, "(1)"), (97, "(1)"), (108, "Class A 782,088"),
                 (168, "782,088 I See"))
    rows = _rows([sale, _line((0, "Stock"), (110, "Stock")), held,
                  _line((0, "Stock"), (110, "Stock"))], "table_ii")
    assert rows is not None and len(rows) == 2
    assert (rows[1]["security_title"], rows[1]["underlying_security_title"],
            rows[1]["underlying_shares"], rows[1]["shares_owned_following"],
            rows[1]["direct_or_indirect"]) == ("Class B Stock", "Class A Stock", "782,088",
                                               "782,088", "I")
    assert "shares_acquired" in rows[0] and rows[0]["shares_acquired"] == "704,849"


def test_a_mark_apart_from_its_letter_is_not_the_letters_where_the_next_column_is_empty():
    # a browser centres the price's only cell, "(2)", off its header: under "(A) or (D)"
    # by position, six spaces right of the "A"; whose mark it is is not sure
    rows = _rows([_line((0, "Common Stock"), (31, "05/02/2019"), (61, "C"), (77, "2,028"),
                        (88, "A"), (95, "(2)"), (111, "19,066"), (126, "I"))])
    assert rows[0]["acquired_disposed"] == "A" and "price_per_share" not in rows[0]
    assert rows[0]["shares_owned_following"] == "19,066" and rows[0]["direct_or_indirect"] == "I"


def test_a_dollar_sign_wrapped_over_its_price_is_no_word_pushed_off_the_title():
    # links2 wraps "$" above the number of a centred price: it is the price's, and the
    # title wrapped around the line of values stays whole
    rows = _rows([
        _line((0, "Class A"), (99, "$")),
        _line((0, "Common"), (31, "05/02/2019"), (61, "S"), (77, "8,601"), (88, "D"),
              (99, "210.98"), (111, "124,330"), (126, "D")),
        _line((0, "Stock")),
    ])
    assert rows == [{**SALE_ROW, "security_title": "Class A Common Stock",
                     "price_per_share": "$ 210.98"}]


def test_a_row_whose_date_lands_in_no_date_cell_leaves_its_table_out():
    # a date run together with the code under the amounts: read by positions, the row's
    # other values would make a holding of a transaction
    lost = _line((0, "Common Stock"), (77, "05/02/2019 S"), (99, "$210.98"), (111, "124,330"),
                 (126, "D"))
    with pytest.raises(SectionError, match="its row at '05/02/2019'"):
        _rows([SALE, lost])


def test_header_words_broken_above_the_sub_headers_or_wrapped_below_them_start_no_row():
    # w3m: a header cell's words broken off ("(Month", "/Day/Year)") above the line of
    # sub-headers, its last words ("(Instr. 4)", "Ownership") wrapped below it
    header = [HEADER_I[0],
              _line((30, "Date (Month"), (60, "Code"), (110, "Securities")),
              _line((30, "/Day/"), (110, "Owned")),
              _line((30, "Year)"), (60, "Code"), (68, "V"), (76, "Amount"), (86, "(A) or (D)"),
                    (99, "Price"))]
    wrapped = _line((124, "(Instr. 4)"), (138, "Ownership"))
    assert _rows([SALE], header=[*header, ""]) == [SALE_ROW]
    assert _rows([SALE], header=[*header, wrapped, ""]) == [SALE_ROW]


def test_a_sub_header_centred_left_of_its_number_still_parts_its_column():
    # pandoc's plain text centres "Code" under "3. Transaction Code", one column left of it
    header = [HEADER_I[0], _line((30, "Date"), (110, "Securities")),
              _line((59, "Code"), (68, "V"), (76, "Amount"), (86, "(A) or (D)"), (99, "Price")),
              ""]
    assert _rows([SALE], header=header) == [SALE_ROW]


def test_values_one_space_apart_are_cut_by_the_form_s_typed_sequence():
    # centred headers, values set at their cells' left edges one space apart (w3m, pdfplumber)
    row = _line((0, "Common Stock"), (31, "05/02/2019"), (61, "S"), (84, "8,601 D"),
                (96, "$210.98 (4) 124,330"), (126, "D"))
    assert _rows([row]) == [{**SALE_ROW, "price_per_share": "$210.98 (4)"}]


def test_a_line_of_values_in_columns_its_row_has_not_filled_continues_the_row():
    # links2 at 80 columns: the title and the price wrapped onto the row's next line
    rows = _rows([
        _line((0, "Common"), (31, "05/02/2019"), (61, "S"), (77, "8,601"), (88, "D"),
              (99, "$"), (111, "124,330"), (126, "D")),
        _line((0, "Stock(1)"), (99, "210.98(4)")),
    ])
    assert rows == [{**SALE_ROW, "security_title": "Common Stock(1)",
                     "price_per_share": "$ 210.98(4)"}]


def test_a_row_s_values_apart_around_letters_set_one_per_line_are_one_row():
    # pdfplumber's layout text set a title's letters one per line ("Co" / "m" / "on"): the
    # row's values on both sides read as one row only together
    conversion = _line((0, "Series C"), (16, "(1)"), (28, "02/21/2013"), (56, "C"),
                       (76, "835,393"), (86, "(1)"), (97, "(1)"), (110, "Common"),
                       (122, "835,393"), (134, "$0"), (146, "0"), (158, "I"))
    rows = _rows([
        _line((0, "Series B"), (16, "(1)"), (28, "02/21/2013"), (56, "C"), (76, "241,913"),
              (86, "(1)"), (97, "(1)"), (110, "Co")),
        *[_line((111, letter)) for letter in ("S", "m", "to", "m", "ck")],
        _line((111, "on"), (122, "241,913"), (134, "$0"), (146, "0"), (158, "I")),
        conversion,
    ], "table_ii")
    # the stacked letters ("S" no code) are no cell; "Common" ends no title: cut short
    assert [(r["shares_disposed"], r["underlying_shares"], r.get("underlying_security_title"))
            for r in rows] == [("241,913", "241,913", None), ("835,393", "835,393", None)]


def test_a_title_s_line_between_two_rows_goes_where_no_title_is_left_open():
    # pdfplumber: "Common" on the row's line of values, "Stock" under it, the next row's
    # title centred on its own values: "Common" alone ends no title, the upper row takes it
    def conversion(amount: str, nature: str) -> str:
        return _line((0, "Preferred"), (16, "(1)"), (28, "02/21/2013"), (56, "C"),
                     (74, amount), (84, "(1)"), (97, "(1)"), (110, "Common"), (122, amount),
                     (134, "$0"), (146, "0"), (158, "I"), (166, nature))

    rows = _rows([
        _line((0, "Series C-1"), (166, "By Sequoia")),
        conversion("684,467", "Capital XI,"),
        _line((0, "Stock"), (110, "Stock"), (166, "LP(2)")),
        _line((166, "By Sequoia")),
        _line((0, "Series C-1"), (166, "Capital XI")),
        conversion("74,465", "Principals"),
        _line((0, "Stock"), (110, "Stock"), (166, "Fund,")),
        _line((166, "LLC(2)")),
    ], "table_ii")
    assert [r.get("underlying_security_title") for r in rows] == ["Common Stock"] * 2


def test_a_text_cell_of_two_lines_interleaved_letter_by_letter_is_left_out():
    rows = _rows([_line((0, "C C l o a m ss m B on"), (113, "14,000"), (127, "I"),
                        (138, "By Trust"))])
    assert rows == [{"shares_owned_following": "14,000", "direct_or_indirect": "I",
                     "nature_of_ownership": "By Trust"}]


def test_a_text_cell_cut_short_is_left_out():
    # its next line ("L.P.") went to no row: a nature ends with no comma
    rows = _rows([_line((0, "Common Stock"), (113, "14,000"), (127, "I"),
                        (138, "By Sequoia Fund IV,"))])
    assert "nature_of_ownership" not in rows[0] and rows[0]["security_title"] == "Common Stock"


def test_a_word_wrapped_under_a_column_of_values_leaves_out_the_nearest_text_cell():
    # "Stock" of each underlying title stands under column 5, between two rows' lines
    def row(title: str, amount: str) -> str:
        return _line((0, title), (16, "(1)"), (28, "12/18/2012"), (56, "C"), (76, amount),
                     (86, "(1)"), (97, "(1)"), (110, "Common"), (122, amount), (134, "$0"),
                     (146, "0"), (158, "I"))
    rows = _rows(["Series A", row("Preferred", "10,491"), _line((72, "Stock")), "Stock",
                  "Series B", row("Preferred", "2,897"), _line((72, "Stock")), "Stock"],
                 "table_ii")
    assert [r["underlying_shares"] for r in rows] == ["10,491", "2,897"]
    assert [r.get("underlying_security_title") for r in rows] == [None, None]


def test_a_date_broken_after_its_slash_continues_on_the_next_line():
    rows = _rows([
        _line((0, "Series B"), (31, "12/18/2012"), (47, "12/18/"), (61, "C"), (77, "8,601"),
              (88, "A"), (99, "$0"), (111, "124,330"), (126, "D")),
        _line((0, "Preferred Stock"), (47, "2012")),
    ])
    assert [(r["security_title"], r["deemed_execution_date"]) for r in rows] == [
        ("Series B Preferred Stock", "12/18/2012")]


def test_rows_centred_on_their_values_take_the_lines_around_them():
    # w3m centres a row's cells: a row of three lines sets its values on its middle line
    rows = _rows([
        _line((0, "Common"), (113, "75,000"), (127, "I"), (138, "By Trust")),
        _line((0, "Stock")),
        _line((0, "Common"), (138, "By Family")),
        _line((0, "Stock"), (113, "60,429"), (127, "I"), (138, "Partnership")),
        _line((138, "LP")),
    ])
    assert [(r["security_title"], r["nature_of_ownership"]) for r in rows] == [
        ("Common Stock", "By Trust"), ("Common Stock", "By Family Partnership LP")]


def test_short_rows_before_centred_ones_are_read_centred_too():
    # elinks centres cells: a row of two lines (values on its first) is also top-aligned,
    # and row after row its lines could shift to the next one; the rows that change
    # title least are the table's
    def sale(title: str, shares: str, nature: str) -> str:
        return _line((0, title), (31, "08/22/2019"), (61, "S"), (77, shares), (88, "D"),
                     (99, "$180.71"), (113, "0"), (127, "I"), (138, nature))

    short = [sale("Class A Common", "1,968", "By The Founders"),
             _line((0, "Stock"), (138, "Fund IV, LP"))]
    tall = [_line((0, "Class A Common"), (138, "By The Founders")),
            sale("Stock", "632", "Fund IV Principals"), _line((138, "Fund, LP"))]
    rows = _rows(short * 2 + tall * 2)
    assert [(r["security_title"], r["shares"], r["nature_of_ownership"]) for r in rows] == [
        ("Class A Common Stock", "1,968", "By The Founders Fund IV, LP")] * 2 + [
        ("Class A Common Stock", "632", "By The Founders Fund IV Principals Fund, LP")] * 2


def test_a_mark_ends_a_cell_so_a_line_of_words_after_it_opens_the_next_row_s():
    # either alignment places every cell; at the top, "Footnotes(2) (3) See" would go on
    # after its mark: only centred rows are left
    rows = _rows([
        _line((0, "Common Stock"), (113, "75,000"), (127, "I"), (138, "Footnotes(2)")),
        _line((138, "(3)")),
        _line((138, "See")),
        _line((0, "Common Stock"), (113, "60,429"), (127, "I"), (138, "Footnotes(4)")),
        _line((138, "(5)")),
    ])
    assert [r["nature_of_ownership"] for r in rows] == [
        "Footnotes(2) (3)", "See Footnotes(4) (5)"]


def test_a_footnote_mark_wrapped_under_a_value_is_the_value_s():
    # the mark stands under the price, across the line the headers draw between columns
    rows = _rows([
        _line((0, "Common Stock"), (31, "05/02/2019"), (61, "S"), (77, "8,601"), (88, "D"),
              (94, "$210.98"), (111, "124,330"), (126, "D")),
        _line((95, "(4)")),
    ])
    assert rows == [{**SALE_ROW, "price_per_share": "$210.98 (4)"}]


def test_a_number_between_a_and_d_has_a_direction_only_where_both_ways_of_reading_agree():
    header = [HEADER_II[0], HEADER_II[1],
              _line((56, "Code"), (63, "V"), (68, "(A)"), (78, "(D)"), (84, "Exercisable"),
                    (97, "Expiration"), (110, "Title"), (122, "Amount")),
              ""]

    def shares(x: int) -> dict[str, str]:
        row = _line((0, "Option"), (18, "$9.97"), (29, "11/20/2020"), (57, "M"), (x, "1,987"),
                    (88, "(1)"), (98, "11/12/2025"), (111, "Common"), (123, "1,987"),
                    (135, "$0"), (148, "0"), (159, "D"))
        found = _rows([row], "table_ii", header)
        assert found is not None
        return {k: v for k, v in found[0].items()
                if k in ("shares", "shares_acquired", "shares_disposed")}

    assert shares(68) == {"shares_acquired": "1,987"}  # under (A) every way
    assert shares(79) == {"shares_disposed": "1,987"}  # under (D) every way
    # past the middle between (A) and (D), short of where (D) starts: either's
    assert shares(74) == {"shares": "1,987"}


# Table II's headers as w3m lays out the plain design's: "(A)" and "(D)" centred in their
# cells, the values starting further left (a (D) value starts in the band between them)
W3M_HEADER_II = [
    '                                                         4.           5. Number of                             7. Title and Amount',
    '            2. Conversion               3A. Deemed   Transaction Derivative Securities   6. Date Exercisable      of Securities                                           10. Ownership  11. Nature of',
    '1. Title of  or Exercise       3.        Execution      Code        Acquired (A) or      and Expiration Date        Underlying      8. Price of  9. Number of derivative   Form: Direct     Indirect',
    'Derivative     Price of    Transaction Date, if any  (Instr. 8)     Disposed of (D)        (Month/Day/Year)    Derivative Security  Derivative   Securities Beneficially      (D) or       Beneficial',
    ' Security     Derivative   Date (Month  (Month/Day/               (Instr. 3, 4 and 5)                            (Instr. 3 and 4)    Security   Owned Following Reported   Indirect (I)    Ownership',
    '(Instr. 3)     Security    /Day/Year)      Year)                                           Date     Expiration           Amount or  (Instr. 5)  Transaction(s) (Instr. 4)   (Instr. 4)     (Instr. 4)',
    '                                                     Code    V   (A)        (D)         Exercisable    Date     Title    Number of',
    '                                                                                                                          Shares',
    "",
]
W3M_ROW_II = [
    'Class B                                                                                                        Class A                                                                   See Footnotes^',
    'Common      ^(1)           10/19/2023                C               12,687,274         ^(1)        ^(1)       Common   12,687,274  $ 0         12,687,274                I              (2)^(3)',
    'Stock                                                                                                          Stock',
]


def test_an_unsure_number_under_one_sub_header_s_own_letter_is_that_sub_column_s():
    """A (D) value starting left of "(D)", in the band between (A) and (D): standing
    under the "D" of "(D)" and not under the "A" of "(A)", it is disposed of; one under
    neither letter stays unsure."""
    def shares(amount: str) -> dict[str, str]:
        row = [line.replace("12,687,274  ", amount.ljust(12), 1) for line in W3M_ROW_II]
        found = _rows(row, "table_ii", W3M_HEADER_II)
        assert found is not None
        return {k: v for k, v in found[0].items()
                if k in ("shares", "shares_acquired", "shares_disposed")}

    assert shares("12,687,274") == {"shares_disposed": "12,687,274"}  # over the "D"
    assert shares("63,300") == {"shares": "63,300"}  # ends just short of the "D": unsure


def test_without_its_numbered_headers_a_table_cannot_be_placed():
    parts = regions.cut(lex(read_grid("\n".join([
        TABLE_I, _line((0, "Title"), (30, "Date")), _line((0, "Common Stock"), (30, "05/02/2019")),
        END])), "page"))
    assert grid_rows(parts.table_i, "table_i") is None


def test_cells_of_an_html_row_laid_out_in_slots_are_read_by_their_slot():
    # inscriptis: the header's cells at their slots, the sub-headers pushed to the first slots
    slots = [0, 24, 40, 54, 70, 86, 100, 114, 128, 137, 140]
    header = _line(*zip(slots, ["1. Title of Security", "2. Transaction", "2A. Deemed",
                                "3. Transaction", "4. Securities", "5. Amount of",
                                "6. Ownership", "7. Nature"]))
    sub = _line(*zip(slots, ["Code", "V", "Amount", "(A) or (D)", "Price"]))
    row = _line(*zip(slots, ["Common Stock (1)", "05/02/2019", "", "S", "", "13,433", "D",
                             "$ 208.99 (2)", "151,187", "D", ""]))
    parts = regions.cut(lex(read_grid("\n".join([TABLE_I, header, sub, row, END])), "page"))
    rows = grid_rows(parts.table_i, "table_i")
    assert [{k: c.text for k, c in r.items()} for r in rows] == [{
        "security_title": "Common Stock (1)", "transaction_date": "05/02/2019",
        "transaction_code": "S", "equity_swap_involved": "", "shares": "13,433",
        "acquired_disposed": "D", "price_per_share": "$ 208.99 (2)",
        "shares_owned_following": "151,187", "direct_or_indirect": "D"}]


@pytest.mark.parametrize("path", PAGES, ids=lambda p: str(p.relative_to(GRID)))
def test_real_pages_read_their_tables_as_the_filing_holds_them(path):
    text = fixture_text(path)
    parts = regions.cut(lex(read_grid(text), "page"))
    assert all(grid_rows(getattr(parts, t), t) is not None for t in ("table_i", "table_ii"))
    grid = next(layout for layout in SHAPE_LAYOUTS if layout.name == "grid")
    truth, got = truth_of(path), record(build(grid.read(text)))
    assert [len(got[t]) for t in TABLES] == [len(truth[t]) for t in TABLES]
    assert [(p, v) for p, v in score(truth, got) if p.startswith(TABLES) and v != "right"] == []


def _cut_out_truth(path: Path) -> dict:
    """A cut-out of some of a filing's tables has the truth of what it holds beside it;
    a cut-out of all of them reads to its filing's truth."""
    own = path.parent.parent / "truth.json"
    return json.loads(own.read_text(encoding="utf-8")) if own.exists() else truth_of(path)


@pytest.mark.parametrize("path", TABLE_PAGES, ids=lambda p: str(p.relative_to(GRID / "tables")))
def test_tables_of_other_converters_read_as_the_filing_holds_them(path):
    # w3m and links2 centre a row's cells, links2 wraps narrow columns, pdfplumber sets
    # values one space apart under headers run together, elinks splits a value from its
    # mark, pdftotext lays a table's next page out at its own scale
    truth = _cut_out_truth(path)
    got = record(form4lark.parse(fixture_text(path), layout="grid"))
    assert [len(got[t]) for t in TABLES] == [len(truth[t]) for t in TABLES]
    assert [(p, v) for p, v in score(truth, got) if p.startswith(TABLES) and v != "right"] == []


# links2's 80-column wrap of box 5: its labels in two columns, a word or two a line
LINKS2_BOX5 = ("  5. Relationship of Reporting Person(s)\n"
               "    Director    10%\n"
               "                Owner\n"
               "    Officer     Other\n"
               "  X (give       (specify\n"
               "    title       below)\n"
               "    below)\n")


def test_a_mark_under_a_label_the_lexer_did_not_know_is_no_other_labels() -> None:
    # links2's 80-column wrap: "Officer" above its "(give title below)", the "X" beside
    # "(give": it is not Director's, whose lines end where another word stands under it
    text = LINKS2_BOX5
    atoms = lex(read_shape(text, "grid"), "boxes")
    assert "DIRECTOR" in {a.kind for a in atoms}
    assert checked_labels(atoms, True) == set()
    marked = text.replace("  X (give", "    (give").replace("    Director", "  X Director")
    assert checked_labels(lex(read_shape(marked, "grid"), "boxes"), True) == {"DIRECTOR"}


def test_labels_set_a_word_a_line_one_under_another_are_read_as_the_labels() -> None:
    # links2 sets box 5's labels in two columns, a word or two a line: "10%" / "Owner",
    # "Officer" / "(give", "Other" / "(specify"; the "X" beside "(give" is Officer's
    text = LINKS2_BOX5
    atoms = stacked_labels(lex(read_shape(text, "grid"), "boxes"))
    assert [a.kind for a in atoms if a.kind in ("DIRECTOR", "TEN_PERCENT", "OFFICER", "OTHER")
            ] == ["DIRECTOR", "TEN_PERCENT", "OFFICER", "OTHER"]
    assert checked_labels(atoms, True) == {"OFFICER"}
    other = text.replace("  X (give       (specify", "    (give     X (specify")
    assert checked_labels(stacked_labels(lex(read_shape(other, "grid"), "boxes")), True) == {
        "OTHER"}
    assert unplaced_grid_marks(stacked_labels(lex(read_shape(other, "grid"), "boxes"))) == []


def test_a_mark_amid_the_lines_of_an_unread_label_is_not_the_label_above_s() -> None:
    # links2: "X" beside the second line of "Form filed by More than One Reporting Person",
    # the mark amid its lines, so that label is not lexed: the mark is not One Person's
    text = ("  6. Individual or Joint/Group Filing\n"
            "    Form filed by One\n"
            "    Reporting Person\n"
            "    Form filed by More\n"
            "  X than One Reporting\n"
            "    Person\n")
    atoms = lex(read_shape(text, "grid"), "boxes")
    assert "ONE_PERSON" in {a.kind for a in atoms}
    assert checked_labels(atoms, True) == set()
    one = text.replace("    Form filed by One", "  X Form filed by One").replace(
        "  X than", "    than")
    assert checked_labels(lex(read_shape(one, "grid"), "boxes"), True) == {"ONE_PERSON"}


# links2: the name starts on its date's line and wraps below it; counted as centred,
# a line above would be its own, but an empty line parts it from the footnotes
_AFTER_EMPTY_LINE = ("   shares sold at each separate price within the range set forth in this\n"
                     "   footnote.\n"
                     "\n"
                     "                   /s/ Katherine Kwiat, power of    01/10/2025\n"
                     "                   attorney\n")
# pypdf's layout text: no empty line between, but the footnote's last line ends before
# the name's column begins
_LEFT_OF_ITS_COLUMN = ("within the range set forth in this footnote.\n"
                       "                                                   /s/ Katherine Kwiat, power of"
                       "    01/10/2025\n"
                       "                                                   attorney\n")
# pdftotext -layout: the date alone on its line, right of the name's first line (which
# ends left of it, but not of the name's line below it)
_DATE_ALONE = ("within the range set forth in this footnote.\n"
               "                                       /s/ Katherine Kwiat, power of\n"
               "                                                                01/10/2025\n"
               "                                       attorney\n")


@pytest.mark.parametrize("text", [_AFTER_EMPTY_LINE, _LEFT_OF_ITS_COLUMN, _DATE_ALONE],
                         ids=["empty-line", "left-of-column", "date-alone"])
def test_a_footnote_above_the_signature_is_no_part_of_it(text: str) -> None:
    atoms = lex(read_shape(text, "grid"), "page")
    start, found = signatures(atoms, True, gaps_part=True)
    assert [(s.name and s.name.text, s.date and s.date.text) for s in found] == [
        ("/s/ Katherine Kwiat, power of attorney", "01/10/2025")]
    assert atoms[start].text == "/s/"


def test_a_mark_drawn_over_its_label_leaves_the_unmarked_relationships_unknown() -> None:
    # pandoc's plain text of a page cell: the "X" of Director printed above its label
    text = ("  5. Relationship of Reporting Person(s)\n"
            "     X\n"
            "  Director\n"
            "           X  10% Owner\n"
            "        Officer (give title below)\n"
            "  Other (specify below)\n")
    atoms = lex(read_shape(text, "grid"), "boxes")
    assert checked_labels(atoms, True) == {"TEN_PERCENT"}
    assert [m.text for m in unplaced_grid_marks(atoms)] == ["X"]
    assert unplaced_grid_marks(lex(read_shape(text.replace("     X\n", "\n"), "grid"),
                                   "boxes")) == []


def test_lines_between_two_rows_give_neither_a_cell_going_on_after_its_mark():
    def chunk(text: str, line: int, key: str) -> Chunk:
        return Chunk([Atom("TEXT", text, line, 0, 0, Piece(text, line, 1, 74.0))], key)

    nature = "nature_of_ownership"
    # the upper row's nature ends with a mark on its line of values ("Footnotes(2)"), the
    # lower's has "Footnotes(4)" on its line: centring alone would give "See" (line 3) to
    # the upper row, one line over its values and one below; a mark ends a cell: it is
    # the lower row's
    upper = Band(1, 1, [chunk("Common Stock", 1, "security_title"), chunk("See", 0, nature),
                        chunk("Footnotes(2)", 1, nature)])
    lower = Band(4, 4, [chunk("Common Stock", 4, "security_title"),
                        chunk("Footnotes(4)", 4, nature)])
    between = [chunk("(3)", 2, nature), chunk("See", 3, nature)]
    _split(between, nature, upper, lower, True)
    assert [c.text for c in upper.chunks if c.key == nature] == ["See", "Footnotes(2)", "(3)"]
    assert [c.text for c in lower.chunks if c.key == nature] == ["Footnotes(4)", "See"]


def test_a_line_of_marks_past_a_blank_line_ends_the_text_cell_above_it():
    from form4lark.form.row_bands import _past_blank

    def chunk(text: str, line: int, key: str) -> Chunk:
        return Chunk([Atom("TEXT", text, line, 0, 0, Piece(text, line, 1, 74.0))], key)

    nature, code = "nature_of_ownership", "transaction_code"
    # AUR-20240227 in pypdf's layout text, checked against truth: "See" / "Footnotes(2)"
    # / blank / "(3)" / "See" / "Footnotes(2)": "(3)" ends the upper row's nature
    upper = Band(1, 1, [chunk("Common Stock", 1, "security_title"), chunk("See", 0, nature),
                        chunk("Footnotes(2)", 1, nature)])
    lower = Band(5, 5, [chunk("Common Stock", 5, "security_title"),
                        chunk("Footnotes(2)", 5, nature)])
    gap = [chunk("(3)", 3, nature), chunk("See", 4, nature)]
    _past_blank(gap[0], gap, upper, lower)
    assert [c.text for c in upper.chunks if c.key == nature] == ["See", "Footnotes(2)", "(3)"]
    assert [c.text for c in lower.chunks if c.key == nature] == ["Footnotes(2)"]
    # with no nature above it, it is left out
    bare = Band(1, 1, [chunk("Common Stock", 1, "security_title")])
    _past_blank(gap[0], gap, bare, lower)
    assert [c.text for c in bare.chunks + lower.chunks if c.key == nature] == ["Footnotes(2)"]
    # a mark over a value (LNKD-20110524: "(6)" over the code "C") is a superscript: below
    coded = Band(5, 5, [chunk("C", 5, code)])
    _past_blank(chunk("(6)", 4, code), [], upper, coded)
    assert [c.text for c in coded.chunks] == ["C", "(6)"]


@pytest.mark.parametrize(("text", "value"), [
    ("C", True), ("J", True), ("I", True), ("2010", True), ("$0", True),
    ("L.P.", False), ("U.S.", False), ("Fund IV,", False), ("By", False)])
def test_a_one_letter_code_is_a_value_an_abbreviation_is_not(text: str, value: bool) -> None:
    # "L.P.(1)" or "U.S." wrapped alone on a line of a nature is no line of values
    assert bool(VALUE.search(text)) is value


def test_a_bands_runs_are_read_as_one_row_once(monkeypatch):
    """While the bands are made, a band's runs are read whole; giving them their columns
    reads the same runs: that reading is the one kept (``row_typed.Kept``)."""
    from form4lark.form import row_grid, row_typed
    read, seen, again = row_typed._readings, set(), []

    def counted(units, table):
        key = tuple((id(unit), unit.key) for unit in units)
        again.extend([key] if key in seen else [])
        seen.add(key)
        return read(units, table)

    segment_bands = row_grid._segment_bands

    def one_segment(*args):  # a segment's runs are freed after it: their ids too
        seen.clear()
        return segment_bands(*args)

    monkeypatch.setattr(row_typed, "_readings", counted)
    monkeypatch.setattr(row_grid, "_segment_bands", one_segment)
    for path in PAGES:
        form4lark.parse(fixture_text(path))
    assert seen and again == []


def test_rows_broken_by_letters_stacked_a_line_each_keep_their_values():
    # pdfplumber's layout text sets a narrow cell's letters a line or two each ("Co" / "S" /
    # "m" / "to" / ...) between the two halves of its row's values: each row keeps its own
    path = GRID / "stacked" / "XOOM-20130221-1" / "sec" / "pdfplumber-layout.txt"
    truth, got = truth_of(path), record(form4lark.parse(fixture_text(path), layout="grid"))
    amounts = ("shares", "underlying_shares", "shares_owned_following", "price_per_share")
    assert ([[row[k] for k in amounts] for row in got["derivative_transactions"]]
            == [[row[k] for k in amounts] for row in truth["derivative_transactions"]])


def test_a_wrapped_line_touching_a_cell_pushed_a_space_right_continues_it():
    # pdfplumber: "I By The" crowds the nature a space right of the lines wrapped under it
    # ("Founders" / "Fund IV," / "LP(5)"): "LP(5)" only touches it, and still continues it
    path = GRID / "touch" / "FB-20170719-1" / "plain" / "pdfplumber-layout.txt"
    truth, got = truth_of(path), record(form4lark.parse(fixture_text(path), layout="grid"))
    assert ([row["nature_of_ownership"] for row in got["derivative_transactions"]]
            == [row["nature_of_ownership"] for row in truth["derivative_transactions"]])


def test_a_lone_mark_under_a_flag_and_a_nature_is_the_natures():
    def chunk(text: str, line: int, x: float, key: str | None) -> Chunk:
        return Chunk([Atom("TEXT", text, line, 0, 0, Piece(text, line, 1, x))], key)

    # pdfplumber sets each line of values a space or so off the next: the nature's second
    # mark ("(3)", x 74-77) stands under the lower row's "I" (74) and its nature (76); a
    # flag's mark prints beside its letter, so it is a nature's
    band = Band(4, 4, [chunk("Common Stock", 4, 5, "security_title"),
                       chunk("I", 4, 74, "direct_or_indirect"),
                       chunk("Footnotes(2)", 4, 76, "nature_of_ownership")])
    mark = chunk("(3)", 2, 74, None)
    _rekey([mark], [band])
    assert mark.key == "nature_of_ownership"


#: Table I of a page pdfplumber laid out (layout=True): its columns squeezed off their
#: headers; holdings' natures centred on their rows, one line above the values, one below
_SQUEEZED_I = [
    '     1. Title of Security (Instr. 3) 2. Transaction 2A. Deemed 3. 4. Securities Acquired (A) or 5. Amount of 6. Ownership 7. Nature of',
    '                           Date   Execution Date, Transaction Disposed Of (D) (Instr. 3, 4 and 5) Securities Form: Direct Indirect',
    '                           (Month/Day/Year) if any Code (Instr. Beneficially (D) or Indirect Beneficial',
    '                                  (Month/Day/Year) 8)       Owned Following (I) (Instr. 4) Ownership',
    '                                                            Reported      (Instr. 4)',
    '                                                     (A) or Transaction(s)',
    '                                         Code V Amount  Price',
    '                                                     (D)    (Instr. 3 and 4)',
    '                                                                          See',
    '     Class A Common Stock  10/19/2023     C    12,687,274 A (1) 12,687,274 I Footnotes(2)',
    '                                                                          (3)',
    '                                                                          See',
    '     Class A Common Stock  10/19/2023     C    704,849 A (1)  704,849 I   Footnotes(2)',
    '                                                                          (4)',
    '                                                                          See',
    '     Class A Common Stock  10/19/2023     C    704,849 A (1)  704,849 I   Footnotes(2)',
    '                                                                          (5)',
    '                                                                          See',
    '     Class A Common Stock                                    1,000,000 I',
    '                                                                          Footnote(6)',
    '                                                                          See',
    '     Class A Common Stock                                    6,883,086 I',
    '                                                                          Footnote(7)',
    '                                                                          See',
    '     Class A Common Stock                                     674,719 I',
    '                                                                          Footnote(8)',
]


def test_words_beside_rows_with_none_in_their_column_take_the_column_of_other_rows():
    # "See" / values / "Footnote(6)": the rows beside those lines hold nothing where they
    # stand; on the other rows' lines of values the nature stands there
    rows = _rows(_SQUEEZED_I, header=[""])
    assert [r.get("nature_of_ownership") for r in rows] == [
        "See Footnotes(2) (3)", "See Footnotes(2) (4)", "See Footnotes(2) (5)",
        "See Footnote(6)", "See Footnote(7)", "See Footnote(8)"]


def test_words_beside_a_row_right_of_its_last_number_are_its_nature():
    # pdfplumber keeps one space between a row's cells and pushes them right of the
    # page's columns; the nature's lines over and under it stay where the page has them,
    # under the flag "I", in no text column
    pushed = _line((0, "Common Stock"), (31, "05/02/2019"), (61, "S"), (77, "8,601"), (88, "D"),
                   (99, "$210.98"), (111, "124,330 I"))
    rows = _rows([_line((117, "See")), pushed, _line((117, "Footnote(3)"))])
    assert rows is not None and rows[0]["nature_of_ownership"] == "See Footnote(3)"
    assert rows[0]["direct_or_indirect"] == "I" and rows[0]["shares_owned_following"] == "124,330"


def test_a_lone_mark_one_space_after_a_flag_is_the_next_column_s_only_cell():
    # pdfplumber: the price is its footnote alone, one space after "D"; read as the flag's
    # mark or as the price's cell, the row reads either way: it is the price's
    row = _line((0, "Common Stock"), (31, "05/02/2019"), (61, "S"), (84, "8,601 D (4) 124,330"),
                (126, "D"))
    expected = {**SALE_ROW, "price_per_share": "(4)"}
    assert _rows([row]) == [expected]


def test_lines_between_two_rows_give_no_title_cell_the_ends_of_two_titles():
    def chunk(text: str, line: int, key: str) -> Chunk:
        return Chunk([Atom("TEXT", text, line, 0, 0, Piece(text, line, 1, 5.0))], key)

    title, underlying = "security_title", "underlying_security_title"
    # a closed title's "Stock" then the next title's "Series C" (pdfplumber layout): only
    # centring, both would open the lower row ("Stock Series C Preferred"); "Stock" closes
    # the upper row's cell
    upper = Band(1, 1, [chunk("Series B Preferred", 1, title)])
    lower = Band(4, 4, [chunk("Preferred", 4, title)])
    _split([chunk("Stock", 2, title), chunk("Series C", 3, title)], title, upper, lower, False)
    assert [c.text for c in upper.chunks] == ["Series B Preferred", "Stock"]
    assert [c.text for c in lower.chunks] == ["Preferred", "Series C"]
    # "Class A" / "Common" / "Stock" whole, the next row's "Class A" lines below (its
    # "Common" off its column): the only centring that fits gives both to the upper row,
    # which would open "Class A" twice; the cell is left unsure, not read wrong
    upper = Band(1, 1, [chunk("Class A", 0, underlying), chunk("Common", 1, underlying)])
    lower = Band(5, 5, [chunk("Class B", 4, title), chunk("Common", 5, title)])
    _split([chunk("Stock", 2, underlying), chunk("Class A", 4, underlying)], underlying,
           upper, lower, True)
    assert underlying in upper.doubtful and underlying in lower.doubtful
    assert [c.text for c in upper.chunks if c.key == underlying] == ["Class A", "Common"]


def test_lines_between_two_rows_give_the_lower_no_cell_going_on_after_a_mark():
    def chunk(text: str, line: int, key: str) -> Chunk:
        return Chunk([Atom("TEXT", text, line, 0, 0, Piece(text, line, 1, 74.0))], key)

    nature = "nature_of_ownership"
    # rows printed at their tops (pdfplumber layout): "See" / "Footnotes(2)" / "(3)", then
    # the next row's "See"; centring would give both lines below to the lower row
    # ("Footnotes(2) (3) See": words after a mark) and leave the upper one "See"
    upper = Band(1, 1, [chunk("Class B", 1, "security_title"), chunk("See", 1, nature)])
    lower = Band(4, 4, [chunk("Class B", 4, "security_title"), chunk("See", 4, nature)])
    _split([chunk("Footnotes(2)", 2, nature), chunk("(3)", 3, nature)], nature, upper, lower,
           False)
    assert nature in upper.doubtful and nature in lower.doubtful


def test_a_cell_ending_with_its_mark_over_a_pages_first_row_is_the_row_befores():
    def chunk(text: str, line: int) -> Chunk:
        return Chunk([Atom("TEXT", text, line, 0, 0, Piece(text, line, 1, 74.0))],
                     "nature_of_ownership")

    # a page's first row (pdfplumber layout): "Fund VI," / "L.P.(2)(3)" end the nature the
    # page before began ("Sequoia Capital" / "U.S. Growth"), then this row's own nature
    cut = Band(3, 3, [chunk("Fund VI,", 0), chunk("L.P.(2)(3)", 1), chunk("Sequoia", 2),
                      chunk("Capital", 3)])
    assert _ends_above(cut, "nature_of_ownership")
    # a mark ending the cell, or only marks after it, is no cut
    whole = Band(1, 1, [chunk("See", 0), chunk("Footnote(2)", 1), chunk("(3)", 2)])
    assert not _ends_above(whole, "nature_of_ownership")


def _word_chunk(line: int, *words: tuple[float, str], key: str | None = None) -> Chunk:
    return Chunk([Atom("TEXT", text, line, 0, 0, Piece(text, line, 1, x)) for x, text in words],
                 key)


def test_a_chunks_marks_digits_and_values_are_told_apart():
    mark = _word_chunk(3, (40.0, "(1)"), (44.0, "(2)"))
    assert (mark.text, mark.is_mark, mark.has_value, mark.has_digit) == ("(1) (2)", True, False,
                                                                          False)
    amount = _word_chunk(3, (10.0, "1,150,783(3)"))
    assert (amount.is_mark, amount.has_value, amount.has_digit) == (False, True, True)
    assert (amount.x, amount.x_end) == (10.0, 22.0)
    code = _word_chunk(3, (30.0, "M"))
    assert (code.is_mark, code.has_value, code.has_digit) == (False, True, False)
    title = _word_chunk(3, (1.0, "Common"), (8.0, "Stock"))
    assert (title.text, title.x_end, title.has_value, title.has_digit) == ("Common Stock", 13.0,
                                                                          False, False)
    initials = _word_chunk(3, (1.0, "L.P.(2)"))  # no one-letter code, no digit outside the mark
    assert (initials.is_mark, initials.has_value, initials.has_digit) == (False, False, False)


def test_cells_aligned_at_the_top_or_centred_are_told_by_their_lines():
    from form4lark.form.row_bands import _aligned_lines
    # (first line, last line, lines) of each column's cell
    top = [(10, 12, 3), (10, 10, 1)]
    middle = [(10, 12, 3), (11, 11, 1)]
    assert _aligned_lines(top, "top") and not _aligned_lines(top, "middle")
    assert _aligned_lines(middle, "middle") and not _aligned_lines(middle, "top")
    assert not _aligned_lines([(10, 12, 2), (11, 11, 1)], "middle")  # a cell with a gap


def test_a_text_cell_going_on_after_a_mark_is_found_in_any_text_column():
    from form4lark.form.row_bands import NATURE, TITLE, _words_after_mark
    nature = [_word_chunk(4, (80.0, "Footnotes(2)"), key=NATURE),
              _word_chunk(5, (80.0, "See"), key=NATURE)]
    assert _words_after_mark(nature)
    assert _words_after_mark(nature[::-1])  # the lines' order, not the list's
    assert not _words_after_mark(nature[1:])  # no mark
    assert not _words_after_mark([_word_chunk(5, (80.0, "Footnotes(2)"), key=NATURE),
                                  _word_chunk(4, (80.0, "See"), key=NATURE)])  # words above
    assert not _words_after_mark([_word_chunk(4, (80.0, "Footnotes(2)"), key=NATURE),
                                  _word_chunk(4, (96.0, "See"), key=NATURE)])  # on its line
    assert not _words_after_mark([_word_chunk(4, (80.0, "Footnotes(2)"), key=NATURE),
                                  _word_chunk(5, (80.0, "(3)"), key=NATURE)])  # marks only
    title = [_word_chunk(4, (1.0, "Common(1)"), key=TITLE), _word_chunk(5, (1.0, "Stock"),
                                                                        key=TITLE)]
    assert _words_after_mark(title)
    assert not _words_after_mark([_word_chunk(4, (1.0, "Common(1)"), key="shares"),
                                  _word_chunk(5, (1.0, "Stock"), key="shares")])  # not text
