"""A Table I row whose several two-line cells a page centres on the row (the web design's
PDF through pdfplumber): their first lines above the values line, their second lines
below, put back in the form's order (``form/centred_cells.py`` through
``wrapped_around.cells_around_put_back``), or left as printed where the lines tell more
than one reading."""

from __future__ import annotations

from form4lark.form.row_sequence import sequence_rows
from form4lark.form.wrapped_around import cells_around_put_back

from form4lark import parse

from support import FIXTURES, fixture_text, line_atoms


def _rows(*lines: str) -> list[dict[str, str]]:
    """The rows read from ``lines`` (one string a visual line), each cell's text."""
    rows = sequence_rows(cells_around_put_back(line_atoms(*lines), "web"), "table_i", "web")
    return [{key: cell.text for key, cell in row.items()} for row in rows]


def _put_back(*lines: str) -> list[str]:
    return [a.text for a in cells_around_put_back(line_atoms(*lines), "web")]


def test_a_title_and_an_amount_both_wrapped_go_back_to_their_columns() -> None:
    """"Class A 11084" over the values, "Common Stock (1)" under them: the title's two
    lines, the amount over its mark (one mark below for the one value above: not the
    title's); the amount's place is the one where the row reads as the form's columns."""
    (row,) = _rows("Class A 11084", "03/05/2025 F D $253.63 627104 (2) D", "Common Stock (1)")
    assert row["security_title"] == "Class A Common Stock"
    assert row["shares"] == "11084(1)"
    assert (row["transaction_code"], row["acquired_disposed"]) == ("F", "D")
    assert row["price_per_share"] == "$253.63"
    assert row["shares_owned_following"] == "627104(2)"


def test_a_title_a_price_and_a_nature_wrapped_at_once() -> None:
    """The title, the price and the nature each of two lines: "Class A Common $180.7115
    By The Founders Fund IV" above, "Stock (9) Principals Fund, LP (8)" below."""
    (row,) = _rows("Class A Common $180.7115 By The Founders Fund IV",
                   "08/22/2019 S (2) 632 D 4774 I", "Stock (9) Principals Fund, LP (8)")
    assert row["security_title"] == "Class A Common Stock"
    assert row["price_per_share"] == "$180.7115(9)"
    assert row["shares"] == "632"
    assert row["nature_of_ownership"] == "By The Founders Fund IV Principals Fund, LP (8)"


def test_a_title_wrapped_with_words_below_and_a_nature_on_the_values_line() -> None:
    """"Class A Common" / values ending "I See Footnote (3)" / "Stock": the title's two
    lines (no mark under it) around a row whose one-line nature stands on its values line."""
    rows = _rows("Class A Common", "02/17/2021 C (1) 6944440 A $0.00 3472220 (2) I See Footnote (3)",
                 "Stock", "Class A Common", "02/17/2021 J (6) 596466 D $0.00 596466 I See Footnote (5)",
                 "Stock")
    assert [r["security_title"] for r in rows] == ["Class A Common Stock"] * 2
    # the marks ending a nature's line are the nature's (``row_marks.join_nature_marks``)
    assert [r["nature_of_ownership"] for r in rows] == ["See Footnote(3)", "See Footnote(5)"]


def test_two_values_above_take_the_two_marks_below_one_each() -> None:
    """An amount and a price above, "Stock (1) (2)" below: one mark each, in order."""
    (row,) = _rows("Class A Common 16287 $9.1301", "01/03/2023 S D 52860 D", "Stock (1) (2)")
    assert (row["shares"], row["price_per_share"]) == ("16287(1)", "$9.1301(2)")
    assert row["security_title"] == "Class A Common Stock"


def test_lines_that_tell_more_than_one_reading_stay_as_printed() -> None:
    """Marks below fewer than the values above, or more with no title's words before them
    (which value holds two is not printed), words above opening no title (a cell's of the
    row before), a nature's opening among the title's words, and a values line after a
    row's values line holding words (its cells may be set at its top): the lines stay as
    printed."""
    stays = [
        ("Class A Common 100 $9.1301", "01/03/2023 S D 52860 D", "Stock (1)"),
        ("16287 $9.1301", "Common Stock 01/03/2023 S D 52860 D", "(1) (2) (3)"),
        ("Fund LP", "01/03/2023 S 100 D $9.13 52860 I See Footnote (3)", "Common"),
        ("Common Stock By", "01/03/2023 S 100 D $9.13 52860 D", "Trust"),
        ("Common 01/02/2023 S 10 D $9.13 52960 D", "Stock 16287",
         "01/03/2023 S D $9.13 52860 D", "(1)"),
    ]
    for lines in stays:
        assert _put_back(*lines) == " ".join(lines).split(), lines


def test_a_holding_s_title_and_nature_meeting_on_both_lines_are_left_out() -> None:
    """"Class A Eschenbach Family Trust dtd 4/15/2014, Carl" over "13972 I", "Common Stock
    Eschenbach Jr and Ana Eschenbach TTEE (3)" under it: where the title ends and the
    nature begins is printed on neither line; the row keeps its amount and "I" only
    (read as printed, the title took the nature's words)."""
    lines = ("Class A Eschenbach Family Trust dtd 4/15/2014, Carl", "13972 I",
             "Common Stock Eschenbach Jr and Ana Eschenbach TTEE (3)")
    assert _put_back(*lines) == ["13972", "I"]


def test_a_row_after_a_values_line_whose_cells_all_end_with_marks_is_put_back() -> None:
    """The line before the title's first line is a row's values line with words on it
    ("Common Stock (4) ... I See footnote (3)"): each of its word cells ends with its
    marks, so none goes on to the next line (as a cell set at its row's top would), and
    "Class A Common" / "Stock" is the next row's title (read as printed, "Stock" went to
    the row after's title)."""
    rows = _rows("Common Stock (4) 05/24/2011 J (5) 19066032 D (5) 0 I See footnote (3)",
                 "Class A Common", "05/24/2011 C (6) 115335 A (7)(8) 115335 I See footnote (3)",
                 "Stock", "Class A Common", "05/24/2011 S 115335 D $41.85 0 I See footnote (3)",
                 "Stock")
    assert [r["security_title"] for r in rows] == ["Common Stock(4)"] + ["Class A Common Stock"] * 2


def test_a_nature_going_on_past_the_line_below_is_not_left_out() -> None:
    """"Common Stock" / values ending "I" / "By" / "Smith Family Trust (3)": the nature
    goes on to the line after the one below (it opens no row), so the title above is
    whole and the lines read as printed (left out, the nature read "Smith Family Trust
    (3)" and the title was lost)."""
    (row,) = _rows("Common Stock", "05/24/2011 S 2,028,942 D $5.00 19,066,032 I", "By",
                   "Smith Family Trust (3)")
    assert row["security_title"] == "Common Stock"
    assert row["nature_of_ownership"] == "By Smith Family Trust (3)"


def test_a_title_ending_with_its_marks_and_a_nature_below_are_not_left_out() -> None:
    """LNKD's pdftotext-raw row: "Common Stock(1)" / values ending "I" / "See" /
    "footnote(3)": the nature is "See footnote(3)", the title "Common Stock(1)"."""
    (row,) = _rows("Common Stock(1)", "05/24/2011 C 2,028,942 A (2) 19,066,032 I", "See",
                   "footnote(3)")
    assert row["security_title"] == "Common Stock(1)"
    assert row["nature_of_ownership"] == "See footnote(3)"


def test_a_row_left_out_does_not_tell_that_the_page_centres_its_cells() -> None:
    """A holding's row left out (title and nature meeting, its values line kept) puts no
    cell back: the row after, whose nature on the values line ends with no mark ("See
    Footnote", it may go on to "Stock" below), stays as printed (counted as centred, the
    table was read again as a centring page's and "Stock" went to the title)."""
    lines = ("Class A Eschenbach Family Trust dtd 4/15/2014, Carl", "13972 I",
             "Common Stock Eschenbach Jr and Ana Eschenbach TTEE (3)",
             "Class A Common", "02/17/2021 C 100 A $0.00 3472220 I See Footnote", "Stock")
    assert _put_back(*lines) == ["13972", "I"] + " ".join(lines[3:]).split()


def test_a_mark_below_that_may_be_the_title_s_or_the_price_s_is_left_out() -> None:
    """GOOG's row: "Class A Common $634.4608" over the values, "Stock (1) (2)" under them:
    the price, wrapped, has a second line, so the last mark is its own; "(1)" may end the
    title or be the price's first mark, which is not printed: it is left out (reported),
    the row read (left as printed, the whole table was refused)."""
    left_out: list = []
    lines = ("Class A Common $634.4608", "10/02/2015 S 532 D 16138 D", "Stock (1) (2)")
    words = cells_around_put_back(line_atoms(*lines), "web", left_out)
    (row,) = sequence_rows(words, "table_i", "web")
    assert row["security_title"].text == "Class A Common Stock"
    assert row["price_per_share"].text == "$634.4608(2)"
    assert (row["shares"].text, row["shares_owned_following"].text) == ("532", "16138")
    assert [a.text for a in left_out] == ["(1)"]


def test_a_letter_ending_a_title_over_a_values_line_printing_no_code_stays_as_printed() -> None:
    """A letter ending the title's words above a values line printing no code may be the
    code's first line ("Class A Common S" / "Stock (23) (24)", PLTR's row) or the title's
    class letter over a code lost ("Common Stock CL A" / "Voting (1)"): the lines do not
    tell which, so neither is read as the code (it was "A(1)", the title "Common Stock CL
    Voting"); the lines stay as printed."""
    for lines in (("Class A Common S $25.0578",
                   "02/18/2021 15653541 D 82197647 I See Footnote (25)", "Stock (23) (24)"),
                  ("Common Stock CL A", "02/18/2021 100 D $25.05 900 D", "Voting (1)"),
                  ("Common Stock Cl. A", "02/18/2021 100 D $25.05 900 D", "Shares (1)"),
                  ("Units Tranche B", "02/18/2021 100 D $25.05 900 D", "Units (1)")):
        assert _put_back(*lines) == " ".join(lines).split()


def test_a_letter_ending_a_title_is_the_code_where_the_other_rows_print_the_title_without_it() -> None:
    """PLTR's rows: "Class A Common" / "... C (1) ..." / "Stock" print the title "Class A
    Common Stock"; a later row "Class A Common S $25.0578" / values printing no code /
    "Stock (23) (24)" then reads its "S" as the code (over its mark "(23)"), the price over
    "(24)", the title the one the table prints. A title the other rows print with the
    letter ("Common Stock CL A Voting") keeps it: that row stays as printed."""
    rows = _rows("Class A Common", "02/17/2021 C (1) 6944440 A $0.00 3472220 (2) I See Footnote (3)",
                 "Stock", "Class A Common S $25.0578",
                 "02/18/2021 15653541 D 82197647 I See Footnote (25)", "Stock (23) (24)")
    assert [r["security_title"] for r in rows] == ["Class A Common Stock"] * 2
    assert (rows[1]["transaction_code"], rows[1]["price_per_share"]) == ("S(23)", "$25.0578(24)")
    assert (rows[1]["shares"], rows[1]["shares_owned_following"]) == ("15653541", "82197647")
    kept = ("Common Stock CL A", "02/18/2021 100 D $25.05 900 D", "Voting (1) (2)")
    lines = ("Common Stock CL A", "02/17/2021 C (1) 100 A $0.00 900 D", "Voting", *kept)
    assert _put_back(*lines)[-len(" ".join(kept).split()):] == " ".join(kept).split()


def test_a_title_and_a_nature_around_a_holding_are_told_apart_by_the_titles_other_rows_print() -> None:
    """SQ's and AFRM's holdings: "Class A Common Sequoia Capital U.S. Growth Fund" /
    "854616 I" / "Stock IV, L.P. (3)": the title and the nature each of two lines around
    the values line. Where one cut alone makes the title one the table's other rows
    print ("Class A Common Stock"), the rest is the nature's (at its "By" where it opens
    so); with no other row to tell, the lines are left out, the values kept."""
    rows = _rows("Class A Common", "07/02/2018 A 223 (1) A $0.00 49184 D", "Stock",
                 "Class A Common Sequoia Capital U.S. Growth Fund", "854616 I", "Stock IV, L.P. (3)",
                 "Class A Common By The Founders Fund Growth, LP", "1486909 I", "Stock (4)")
    assert [r["security_title"] for r in rows] == ["Class A Common Stock"] * 3
    assert [r.get("nature_of_ownership") for r in rows[1:]] == [
        "Sequoia Capital U.S. Growth Fund IV, L.P. (3)", "By The Founders Fund Growth, LP(4)"]
    assert [r["shares_owned_following"] for r in rows] == ["49184", "854616", "1486909"]
    assert _put_back("Class A Common Sequoia Capital U.S. Growth Fund", "854616 I",
                     "Stock IV, L.P. (3)") == ["854616", "I"]
    # the nature's first line ending with its mark: U's rows, "(2)" above, "(3)" below
    (_, row) = _rows("Common", "02/11/2022 J 1504820 D (1) 12038549 I Sequoia Capital XII, L.P. (2)(3)",
                     "Stock", "Common Sequoia Capital XII Principals Fund, LLC (2)",
                     "02/11/2022 J 228832 D (1) 1830656 I", "Stock (3)")
    assert (row["security_title"], row["nature_of_ownership"]) == (
        "Common Stock", "Sequoia Capital XII Principals Fund, LLC (2)(3)")


def test_a_title_and_a_nature_around_a_holding_are_not_told_where_the_nature_may_go_on() -> None:
    """A nature of four lines around a holding's values line: "By The Sequoia" / "Class A
    Common Capital USGF" / "35505 I" / "Stock Principals Fund" / "IV, L.P. (3)". The cut
    that makes the title a printed one ("Class A Common Stock") is not taken where the
    line before the three is no row's end nor values line, or the line after them opens
    no row: the nature's middle two lines ("Capital USGF Principals Fund") are not read
    as the whole nature, its first ("By The Sequoia") as the row before's."""
    lines = ("Class A Common", "07/02/2018 A 223 (1) A $0.00 49184 D", "Stock",
             "Class A Common Sequoia Capital U.S. Growth Fund", "854616 I", "Stock IV, L.P. (3)",
             "By The Sequoia", "Class A Common Capital USGF", "35505 I", "Stock Principals Fund",
             "IV, L.P. (3)")
    rest = " ".join(lines[3:]).split()
    assert _put_back(*lines)[-len(rest):] == rest  # the first row put back, the others as printed
    # bounded by a row's end above and a row's opening below, the cut is taken
    told = "Class A Common Stock 854616 I Sequoia Capital U.S. Growth Fund IV, L.P. (3)".split()
    assert _put_back(*lines[:6])[-len(told):] == told


def test_a_code_letter_ending_a_title_stays_where_the_values_line_prints_its_code() -> None:
    """"Class A" above a values line that prints its code ("S"): the "A" is the title's."""
    (row,) = _rows("Class A", "02/18/2021 S 100 D $25.05 900 D", "Common Stock")
    assert row["security_title"] == "Class A Common Stock"
    assert row["transaction_code"] == "S"


def test_a_title_s_par_value_below_is_the_title_s() -> None:
    """RUM's row: "Class A Common Stock, par $6.7116" above, "value $0.0001 per share (2)"
    below: the par value's amount is a word of the title, the mark the price's."""
    (row,) = _rows("Class A Common Stock, par $6.7116",
                   "04/04/2024 S (1) 141981 D 661756 (3) I See footnote (4)",
                   "value $0.0001 per share (2)")
    assert row["security_title"] == "Class A Common Stock, par value $0.0001 per share"
    assert row["price_per_share"] == "$6.7116(2)"


def test_a_row_cut_by_a_page_end_reads_its_cells_from_the_next_page() -> None:
    """TSLA's row at a page's end: its one-line cells on one page, its two-line cells whole
    on the next ("25788 $898.861" / "(2) (13)" after the values line), read where the
    values line lacks them; a values line that reads alone keeps the lines after it."""
    rows = _rows("Common Stock 12/21/2021 S (1) D 1917015 D", "25788 $898.861", "(2) (13)",
                 "12728 $899.925", "Common Stock 12/21/2021 S (1) D 1904287 D", "(2) (14)")
    assert [(r["shares"], r["price_per_share"]) for r in rows] == [
        ("25788(2)", "$898.861(13)"), ("12728(2)", "$899.925(14)")]
    whole = ("Common Stock 12/21/2021 S (1) 100 D $9.13 1917015 D", "25788 $898.861", "(2) (13)")
    assert _put_back(*whole) == " ".join(whole).split()


def test_a_row_cut_by_a_page_end_whose_marks_run_on_two_lines_stays_as_printed() -> None:
    """The shares alone after the values line and their marks on two lines ("(2)" / "(13)"):
    which value each mark is of is not printed, so the row is not put back (the table is
    then left unread, never read with "(13)" on the ownership)."""
    lines = ("Common Stock 12/21/2021 S (1) D $898.861 1917015 D", "25788", "(2)", "(13)",
             "Common Stock 12/21/2021 S (1) 12728 D $899.925 1904287 D")
    assert _put_back(*lines) == " ".join(lines).split()


def test_a_nature_s_mark_apart_before_an_untitled_row_is_the_nature_s() -> None:
    """FB's rows: a row's nature ending its values line with its mark apart ("LP (1)"),
    then a row whose title and nature meet around its values line (left out, its values
    line opening with its date): the mark ends the nature (the last column), never the
    next row's date's (the table was refused at it)."""
    rows = _rows("Class A Common", "08/22/2019 S (2) 227 D 0 I By The Founders Fund IV, LP (1)",
                 "Stock", "Class A Common By The Founders Fund IV", "08/22/2019 C 5406 A $0 5406 I",
                 "Stock Principals Fund, LP (8)")
    assert [r.get("nature_of_ownership") for r in rows] == ["By The Founders Fund IV, LP(1)", None]
    assert [r["shares"] for r in rows] == ["227", "5406"]
    assert rows[1]["transaction_date"] == "08/22/2019"


def test_a_nature_whose_second_line_is_only_its_mark() -> None:
    """BETR's row: "Class A Common 628553 By SVF II Beaver (DE) LLC" above, "Stock (1)
    (3)" below, no nature's words below: the nature's second line is its mark, the last;
    one mark each for the amount and the nature, none left for the title."""
    (row,) = _rows("Class A Common 628553 By SVF II Beaver (DE) LLC",
                   "12/09/2024 C A (2) 628553 (1) I", "Stock (1) (3)")
    assert row["security_title"] == "Class A Common Stock"
    assert (row["shares"], row["price_per_share"]) == ("628553(1)", "(2)")
    assert row["nature_of_ownership"] == "By SVF II Beaver (DE) LLC(3)"
    # more marks than one each: which cell holds two is not printed
    stays = ("Class A Common 628553 By SVF II Beaver (DE) LLC", "12/09/2024 C A (2) 628553 (1) I",
             "Stock (1) (3) (4)")
    assert _put_back(*stays) == " ".join(stays).split()


def test_a_title_s_class_letter_is_no_wrapped_code() -> None:
    """"Class A" above a values line printing no code (lost), "Common Stock (1)" below: the
    "A" is the title's class letter, never the row's code; the lines stay as printed."""
    lines = ("Class A", "02/18/2021 15653541 D $25.05 82197647 D", "Common Stock (1)")
    assert _put_back(*lines) == " ".join(lines).split()
    # two marks for the code and the price, after the title's words: the code's is left out
    lines = ("Class A Common S $25.0578", "02/18/2021 100 D 900 D", "Stock (1) (2) (3)")
    assert _put_back(*lines) == " ".join(lines).split()


def test_a_row_cut_by_a_page_end_does_not_tell_that_the_page_centres_its_cells() -> None:
    """A row read by its page cut (its two-line cells whole on the next page) sets none of
    its cells centred: the row after, whose nature on the values line ends with no mark
    ("See Footnote", it may go on to "Stock" below), stays as printed ("Stock" went to the
    title, the page counted as centring its cells)."""
    cut = ("Common Stock 12/21/2021 S (1) D 1917015 D", "25788 $898.861", "(2) (13)")
    after = ("Class A Common", "02/17/2021 C 100 A $0.00 3472220 I See Footnote", "Stock")
    words = " ".join(after).split()
    assert _put_back(*cut, *after)[-len(words):] == words


#: GOOG-20151002-1's web page through pdfplumber, cut to Table I's first two rows and one holding
GOOG = FIXTURES / "centred_cells" / "GOOG-20151002-1-pdfplumber.txt"


def _left_out_warnings(text: str) -> list[tuple[int | None, str]]:
    form = parse(text)
    return [(d.line, d.field) for d in form.diagnostics if "may be its title's" in d.message]


def test_a_mark_left_out_is_reported_where_its_table_is_read_in_full_or_in_part() -> None:
    """The second row's "(1)" under "Stock (1) (2)" may be the title's or the price's: it
    is left out and reported, for transactions and holdings alike (the row's kind is not
    known there), where Table I reads in full and where it reads up to a later row that
    does not read (reported only for a full read before)."""
    text = fixture_text(GOOG)
    field = "non_derivative_transactions.footnotes,non_derivative_holdings.footnotes"
    assert _left_out_warnings(text) == [(25, field)]
    broken = text.replace("Class C Capital\n21169379 D\nStock\n",
                          "Class A Common\n10/02/2015 S 12 D $5 $6 16138 D\nStock\n")
    assert broken != text
    form = parse(broken)
    assert any(d.message.startswith("Table I is read up to") for d in form.diagnostics)
    assert _left_out_warnings(broken) == [(25, field)]
