"""markitdown's text of a PDF of the web design: Table I's rows whose titles a page
centres around their values line ("Class A Common" over "|| 01/12/2021 || A 772 [1] |
A $0.0 | 27542 | D ||", "Stock" under), read with their titles unknown
(``row_split.untitled_row``), and a row cut over three lines of cells whose last line
holds the price's mark alone, placed on the value printed at its place, never by the
cell's index (``row_word_cells.marks_under_values``); a price cell wrapped around its
row's line, its price on a line above the row's cells and its mark on a line below
("$201.69", "| Common Stock | 08/12/2019 || S | 17500 D |...", "[1]"): the mark is the
price's (``price_cell_marks.lone_price_read``); a row's two lines of cells of one table block,
its title and price over its values and the marks of both ("| [1] | 05/02/2019 || S |
8601 D | [4] |..."), read as one line, each cell's words in order
(``row_split.merged_by_place``); a row's amount wrapped to the line above, its mark
left on the row's line after the code ("C [16] D" under "16840"): the mark is neither's
(``row_split._without_doubtful_mark``); a title's last line closing in a mark beside a
row whose amount wrapped ("stock units) [1]"): the mark is left out
(``row_loose_words.title_continued``); a mark under a cell of two values ("A $1.09"
over "[3]") is neither's (``row_word_cells._under``); a price and the title's first
words over a row whose price cell holds only its mark ("$650.0274" over "[13]") fill it
(``row_split._keeps``); a line of marks alone between two rows that joins neither is
left out and noted, the table read (``row_cells.cell_rows``). Each read to its filing's truth."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from support import FIXTURES, edited_text, off_fields, read_none_wrong, truth_of, wrong_fields
from form4lark import parse

WEB = FIXTURES / "web"


def test_rows_whose_titles_are_centred_around_them_are_read_titles_unknown() -> None:
    form, off = read_none_wrong(WEB / "EB-20210112-1" / "web" / "markitdown-pdf.txt")
    (row,) = form.non_derivative_transactions or []
    assert (row.security_title, row.transaction_date, row.transaction_code, row.shares,
            row.acquired_disposed, row.price_per_share, row.shares_owned_following,
            row.direct_or_indirect) == (None, date(2021, 1, 12), "A", Decimal("772"), "A",
                                        Decimal("0.0"), Decimal("27542"), "D")
    assert dict(row.footnotes) == {"shares": ("1",)}
    holdings = form.non_derivative_holdings or []
    assert [(h.shares_owned_following, h.direct_or_indirect) for h in holdings] == [
        (Decimal("48382"), "I"), (Decimal("42102"), "I")]
    # the title's words on the lines around are not told to their row: unknown
    assert all(h.security_title is None for h in holdings)


def test_a_mark_alone_under_a_row_read_by_kind_is_the_value_above_it() -> None:
    # "| Class A Common ||||| $19.0186 |" / "|| 11/23/2012 ||| S | 2800 D || 0 || D |" /
    # "| Stock ||||| [2] |": the [2] in the sixth cell is the price's, not the amount's
    form, off = read_none_wrong(WEB / "YELP-20121123-1" / "web" / "markitdown-pdf.txt")
    rows = form.non_derivative_transactions or []
    assert [(r.transaction_code, r.price_per_share, dict(r.footnotes)) for r in rows] == [
        ("C", Decimal("0.00"), {"transaction_code": ("1",)}),
        ("S", Decimal("19.0186"), {"price_per_share": ("2",)}),
        ("C", Decimal("0.00"), {"transaction_code": ("1",)}),
        ("S", Decimal("19.0319"), {"price_per_share": ("2",)}),
        ("C", Decimal("0.00"), {"transaction_code": ("1",)}),
        ("S", Decimal("19.64"), {"price_per_share": ("2",)})]
    # the titles, centred around their rows: unknown
    assert sorted(off) == sorted(
        [f"non_derivative_transactions[{n}].security_title missed" for n in range(6)]
        + [f"derivative_transactions[{n}].{key} missed" for n in range(3)
           for key in ("security_title", "underlying_security_title")])


def test_a_mark_at_no_values_place_is_left_out_and_noted() -> None:
    # the [2] under the second row moved to the cell between its amount owned and its
    # "D", where the row prints no value: placed by none, left out with a warning
    path = WEB / "YELP-20121123-1" / "web" / "markitdown-pdf.txt"
    text = edited_text(path, ("| Stock          |            |     |     |        | [2]       "
                              "|     |     |", "| Stock          |            |     |     |    "
                              "    |           |     | [2] |"), count=1)
    form = parse(text)
    assert not wrong_fields(off_fields(truth_of(path), form))
    second = (form.non_derivative_transactions or [])[1]
    assert (second.price_per_share, dict(second.footnotes)) == (Decimal("19.0186"), {})
    assert [d.line for d in form.diagnostics if d.severity == "warning"
            and "footnote mark '(2)'" in d.message and "left out" in d.message] == [32]


def test_a_title_line_over_an_untitled_row_is_not_the_row_aboves() -> None:
    # "| Class B |...|" under the M row, then "$201.69" and the S row with its title cell
    # empty: "Class B" may be the S row's title, printed over its values: not the M row's
    path = WEB / "AAPL-20190812-1" / "web" / "markitdown-pdf.txt"
    m_row = ("| Common Stock | 08/12/2019 |      | M   | 17500 A | $23.8257 | 1150783   | D     "
             "|     |           |     |\n")
    text = edited_text(path, (m_row, m_row + "| Class B      |            |      |     |       "
                              "  |          |           |       |     |           |     |\n"),
                       ("| Common Stock | 08/12/2019 |     | S   |",
                        "|              | 08/12/2019 |     | S   |"), once=True)
    form = parse(text)
    assert not wrong_fields(off_fields(truth_of(path), form))
    assert [r.security_title for r in form.non_derivative_transactions or []] == [None, None]


def test_a_price_wrapped_around_its_row_keeps_its_mark_from_the_line_below() -> None:
    form, off = read_none_wrong(WEB / "AAPL-20190812-1" / "web" / "markitdown-pdf.txt")
    rows = form.non_derivative_transactions or []
    assert [(r.transaction_code, r.price_per_share, dict(r.footnotes)) for r in rows] == [
        ("M", Decimal("23.8257"), {}), ("S", Decimal("201.69"), {"price_per_share": ("1",)})]
    assert [h.nature_of_ownership for h in form.non_derivative_holdings or []] == ["By Spouse"]


def test_a_lone_price_between_two_rows_lacking_a_price_is_neithers() -> None:
    # a hand-made counter-example: the M row's price cell emptied, so "$201.69" stands
    # between two rows of no price; the page may print a price cell centred on its row
    # (its first line above the row's line) or topped (its rest under the row above)
    path = WEB / "AAPL-20190812-1" / "web" / "markitdown-pdf.txt"
    text = edited_text(path, ("| M   | 17500 A | $23.8257 |", "| M   | 17500 A |          |"),
                       once=True)
    form = parse(text)
    assert not wrong_fields(off_fields(truth_of(path), form))
    rows = form.non_derivative_transactions or []
    assert [(r.transaction_code, r.shares, r.price_per_share) for r in rows] == [
        ("M", Decimal("17500"), None), ("S", Decimal("17500"), None)]
    assert any("'$201.69'" in d.message for d in form.diagnostics)


def test_a_mark_ending_an_amounts_cell_before_a_direction_is_the_amounts() -> None:
    # ME-20230906-2: "| Class A Common || 09/06/2023 || A | 55045 [2] | A $1.09 | 193379 ||
    # D |||": the mark stands in the amount's cell, the direction opens the next
    # (in_cell_marks.join_in_cell_marks); the table was left out before
    form, off = read_none_wrong(WEB / "ME-20230906-2" / "web" / "markitdown-pdf.txt")
    rows = form.non_derivative_transactions or []
    assert [(r.shares, r.price_per_share, dict(r.footnotes)) for r in rows] == [
        (Decimal("138334"), Decimal("0.00"), {}),
        (Decimal("55045"), Decimal("1.09"), {"shares": ("2",)})]


def test_a_loose_line_over_a_row_of_no_title_is_not_the_row_aboves() -> None:
    # a hand-made counter-example of ME-20230906-2: its first row cut out, the second row's
    # mark too, so the table opens with a whole row ("| Class A Common || 09/06/2023 |...",
    # "| Stock |...| [3] |"), the holding centred on its values after it ("| Class A Common
    # |...| By estate planning |" over "||...| 110561 || I |"): that line is not the first
    # row's title's rest, as a table printing its cells from the top would print it
    path = WEB / "ME-20230906-2" / "web" / "markitdown-pdf.txt"
    first = ("| Class A Common    |     |            |      |      | 138334    |          |"
             "           |     |       |                    |     |\n"
             "|                   |     | 09/06/2023 |      | A    |           | A $0.00  |"
             " 138334    |     | D     |                    |     |\n"
             "| Stock             |     |            |      |      | [1]       |          |"
             "           |     |       |                    |     |\n")
    text = edited_text(path, (first, ""), ("55045 [2] | A $1.09 ", "55045     | A $1.09 "),
                       once=True)
    form = parse(text)  # (the truth's first row is cut: its record is not the truth's)
    (row,) = form.non_derivative_transactions or []
    assert (row.security_title, row.shares, row.price_per_share) == \
        (None, Decimal("55045"), Decimal("1.09"))
    assert [h.security_title for h in form.non_derivative_holdings or []] == [None]


def test_a_codes_mark_set_apart_before_its_amount_is_the_codes() -> None:
    # TSLA-20230727-1: "| Common Stock | 07/27/2023 || M [1] | 10500 A $17.22 | 77334.25 |
    # D |": the mark between the code and the amount is the code's (lone_code_marks.py), as
    # the lines reader reads it; Table I was left out before
    form, off = read_none_wrong(WEB / "TSLA-20230727-1" / "web" / "markitdown-pdf.txt")
    rows = form.non_derivative_transactions or []
    assert [(r.transaction_code, r.shares, r.price_per_share, dict(r.footnotes))
            for r in rows] == [
        ("M", Decimal("10500"), Decimal("17.22"), {"transaction_code": ("1",)}),
        ("S", Decimal("10500"), Decimal("268.23"), {"transaction_code": ("1",)})]


def test_a_rows_two_lines_of_cells_read_cell_by_cell() -> None:
    form, off = read_none_wrong(WEB / "AAPL-20190502-1" / "web" / "markitdown-pdf.txt")
    rows = form.non_derivative_transactions or []
    third = rows[2]
    assert (third.security_title, third.shares, third.price_per_share, dict(third.footnotes)) \
        == ("Common Stock", Decimal("8601"), Decimal("210.98"),
            {"security_title": ("1",), "price_per_share": ("4",)})
    # box 1's street and place, not in cells
    assert sorted(off) == [f"reporting_owners[0].{key} missed"
                           for key in ("city", "state", "street1", "zip")]


def test_a_mark_left_before_a_wrapped_amount_is_no_codes() -> None:
    # "| Common |||16840 |...": the amount wrapped to the line above its row's line,
    # "... 08/22/2019 C [16] D [15] ..." keeping the amount's mark after the code: the
    # mark may be the code's or the amount's, so neither takes it
    form, off = read_none_wrong(WEB / "FB-20190822-1" / "web" / "markitdown-pdf.txt")
    rows = form.derivative_transactions or []
    assert [(r.transaction_code, r.shares, r.acquired_disposed, dict(r.footnotes))
            for r in rows][:1] == [
        ("C", Decimal("16840"), "D", {"conversion_or_exercise_price": ("15",),
                                      "exercise_date": ("15",), "expiration_date": ("15",)})]
    assert "derivative_transactions[0].footnotes.shares missed" in off


def test_a_mark_closing_a_title_line_beside_a_wrapped_amount_is_no_titles() -> None:
    # "Common Stock (restricted 757756" over the row's cells, "stock units) [1]" under:
    # the amount's cell wrapped around the row's line, so the [1] may be the amount's
    form, off = read_none_wrong(WEB / "SCWO-20250430-1" / "web" / "markitdown-pdf.txt")
    (row,) = form.non_derivative_transactions or []
    assert (row.security_title, row.shares, dict(row.footnotes)) == (
        "Common Stock (restricted stock units)", Decimal("757756"), {})


def test_a_mark_under_a_cell_of_two_values_is_neithers() -> None:
    # "| A $1.09 |" over "| [3] |": the page merged the direction's and the price's
    # columns into one cell, so the mark under it may be either's (the price's here);
    # the amount's mark glued on ("55045[2]") makes the row read by its values' kinds
    path = WEB / "ME-20230906-2" / "web" / "markitdown-pdf.txt"
    form = parse(edited_text(path, ("55045 [2]", "55045[2] "), once=True))
    assert not wrong_fields(off_fields(truth_of(path), form))
    second = (form.non_derivative_transactions or [])[1]
    assert (second.acquired_disposed, second.price_per_share, dict(second.footnotes)) == (
        "A", Decimal("1.09"), {"shares": ("2",)})


def test_a_price_over_its_rows_line_fills_the_cell_of_its_mark() -> None:
    # "| Class A Common |...| $650.0274 |" over "| Stock [1] | 10/02/2015 || S 718 | D |
    # [13] | 6346 | D |": the row's price cell holds only its mark, its price on the line
    # above; read alone the row kept "[13]" as its price, which left the table unread
    form, off = read_none_wrong(WEB / "GOOG-20151002-1" / "web" / "markitdown-pdf.txt")
    rows = form.non_derivative_transactions or []
    assert len(rows) == len(truth_of(WEB / "GOOG-20151002-1" / "web" / "markitdown-pdf.txt")[
        "non_derivative_transactions"])
    marked = [r for r in rows if r.shares == Decimal("718")]
    assert [(r.price_per_share, r.shares_owned_following, dict(r.footnotes))
            for r in marked] == [(Decimal("650.0274"), Decimal("6346"),
                                  {"price_per_share": ("13",)})]


def test_a_line_of_marks_alone_between_rows_is_left_out_not_the_table() -> None:
    # "Common Stock 11/08/2022 S 67609 D $195.148  445630776 I by Trust [2]" then "[8]",
    # then "$196.849" over the next row's cells: the "[8]" joins neither line; it is left
    # out and noted, the rows read (the table was left unread)
    path = WEB / "TSLA-20221108-1" / "web" / "markitdown-pdf.txt"
    form, off = read_none_wrong(path)
    rows = form.non_derivative_transactions or []
    assert [r.shares for r in rows] == [Decimal(n) for n in (
        "192320", "366242", "3107623", "376134", "78604", "198124", "67609", "8575", "4769")]
    assert [d.line for d in form.diagnostics if "'(8)'" in d.message
            and "left out" in d.message] == [47]


def test_a_line_of_marks_left_out_closes_the_row_above() -> None:
    # Table II's "None reported" made two rows with "[8]" then "$5.00" between them: the
    # marks line, left out, closes the first row, so the "$5.00" over the second row's
    # line is never the first row's price
    path = WEB / "TSLA-20221108-1" / "web" / "markitdown-pdf.txt"
    row = ("Stock Option (right to buy) ${} 11/08/2022 A {} {} 12/31/2030 Common Stock {}  {} D")
    form = parse(edited_text(path, ("None reported", "\n".join((
        row.format("10.00", 1000, "", 1000, 1000), "[8]", "$5.00",
        row.format("12.00", 2000, "11/08/2023", 2000, 2000)))), once=True))
    rows = form.derivative_transactions or []
    assert [(r.shares, r.conversion_or_exercise_price) for r in rows] == [
        (Decimal("1000"), Decimal("10.00")), (Decimal("2000"), Decimal("12.00"))]
    assert rows[0].price_per_share is None
