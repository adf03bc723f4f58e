"""Cells whose letters a converter set a few to a line (pdfplumber's text mode on a
page whose narrow cells it cut into fragments): a row's values broken around an
underlying title's interleaved letters read as one row, the title read again only as a
whole title the page prints and no run of a longer one; bare numbers after column 10
of a Table II line read as the nature's words, so that the row's values read."""

from __future__ import annotations

from form4lark.form.atoms import Atom
from form4lark.form.row_stacks import lone_amount, nature_number, whole_title, worded_number
from form4lark.page import Piece
from support import lines_page, lines_rows


#: "Stock Option (right to buy)" over "Common Stock" as pdfplumber prints NTRA-20201120-1's
#: page: the title's letters stacked above and below the row, the underlying title's
#: between the row's two lines of values
STACKED = ("Stock\nO\n(ri\np\ng\nt\nh\nio\nt\nn\nto\n"
           "$9.97 11/20/2020 M 1,987 (1) 11/12/2025 Co\nS\nm\nto\nm\nck\n"
           "on 1,987 $0 0 D\nbuy)\n")


def test_an_underlying_title_interleaved_between_a_rows_lines_is_read_as_a_printed_title() -> None:
    (row,) = lines_rows(lines_page("Common Stock 11/20/2020 M 1,987 A $9.97 1,987 D\n", STACKED),
                        "table_ii")
    assert row["underlying_security_title"] == "Common Stock"
    assert (row["transaction_date"], row["shares"], row["underlying_shares"],
            row["shares_owned_following"]) == ("11/20/2020", "1,987", "1,987", "0")
    # a direct holding: no nature (its title: test_straddled_titles.py)
    assert "nature_of_ownership" not in row


def test_an_interleaved_title_that_a_longer_printed_title_holds_is_left_out() -> None:
    # "Class A" may stand on a line of its own over the two interleaved lines
    (row,) = lines_rows(lines_page("Class A Common Stock 11/20/2020 M 1,987 A $9.97 1,987 D\n"
                                   "Common Stock 5,000 D\n", STACKED), "table_ii")
    assert "underlying_security_title" not in row
    assert row["underlying_shares"] == "1,987"
    (row,) = lines_rows(lines_page("Class A Common Stock 11/20/2020 M 1,987 A $9.97 1,987 D\n",
                                   STACKED), "table_ii")
    assert "underlying_security_title" not in row


#: a holding whose nature "SMB Pacific 2021 Charitable Remainder Unitrust I" lost its
#: "2021 Charitable" line to fragments, "2" left on the row's line (GOOG-20220413-1)
HOLDING = ("SMB\nPacific\nClass B Class A\n"
           "Common $0 (28) (29) Common 8,635 8,635 I 2\n"
           "C\n0\nh\n2\na\n1\nritable\nStock Stock\nRemainder\nUnitrust I\n")


def test_a_number_after_column_10_is_the_natures_word_and_the_row_reads() -> None:
    (row,) = lines_rows(lines_page("Class A Common Stock 1,000 D\n", HOLDING), "table_ii")
    assert (row["conversion_or_exercise_price"], row["exercise_date"], row["expiration_date"],
            row["underlying_shares"], row["shares_owned_following"],
            row["direct_or_indirect"]) == ("$0", "(28)", "(29)", "8,635", "8,635", "I")
    # its text cells' lines hold letters no title gives: none is read
    assert not {"security_title", "underlying_security_title", "nature_of_ownership"} & set(row)


def _atoms(text: str) -> list[Atom]:
    piece = Piece(text, 1, 1)
    return [Atom("TEXT", word, 0, 0, 0, piece) for word in text.split()]


def test_only_bare_numbers_after_d_or_i_among_words_are_the_natures() -> None:
    line = _atoms("Common 8,635 8,635 I 2")
    assert nature_number(line, 4)
    assert nature_number(_atoms("Common 8,635 8,635 I 2 Trust"), 4)  # words may follow
    assert not nature_number(_atoms("Common 8,635 8,635 2"), 3)  # no D or I before it
    assert not nature_number(_atoms("Common 8,635 I 2,000"), 3)  # an amount, grouped
    assert not nature_number(line, 3)


#: an amount of two lines centred on its row: its first line above the row's line, its
#: last mark below (JOBY-20231005-1)
WRAPPED = "2,080(1)(2)\nCommon Stock 10/05/2023 A A $0 75,356 D\n(3)\n"


def test_an_amount_wrapped_above_its_rows_line_is_put_where_alone_the_line_reads() -> None:
    (row, _) = lines_rows(lines_page(WRAPPED + "Common Stock 1,000 D\n", ""), "table_i")
    assert (row["transaction_date"], row["transaction_code"], row["shares"],
            row["acquired_disposed"], row["price_per_share"], row["shares_owned_following"],
            row["direct_or_indirect"]) == ("10/05/2023", "A", "2,080(1)(2)", "A", "$0",
                                           "75,356", "D")
    # the row's lines below may hold its amount's mark or a cell's words: none is placed
    assert "nature_of_ownership" not in row
    # two amounts missing, one alone above: no place reads, the row is lost
    rows = lines_rows(lines_page(WRAPPED.replace("$0 75,356", "$0"), ""), "table_i")
    assert not any(r.get("transaction_date") for r in rows)


def test_a_whole_title_is_one_printed_and_no_run_of_a_longer_one() -> None:
    assert whole_title("Common Stock", frozenset({"Common Stock", "Series A Preferred Stock"}))
    assert not whole_title("Common Stock", frozenset({"Common Stock", "Class A Common Stock"}))
    assert not whole_title("Common Stock", frozenset({"Class A Common Stock"}))
    # a run of words, not of letters: "Common Stocks" holds no run "Common Stock"
    assert whole_title("Common Stock", frozenset({"Common Stock", "Common Stocks"}))


def test_a_lone_amount_is_one_amount_with_its_marks_only() -> None:
    assert lone_amount(_atoms("2,080(1)(2)")) and lone_amount(_atoms("500"))
    assert not lone_amount(_atoms("$6.71")) and not lone_amount(_atoms("2,080 (3)"))
    assert not lone_amount(_atoms("(3)")) and not lone_amount(_atoms("11/20/2020"))


def test_bare_numbers_among_a_garbled_nature_after_column_10_are_its_words() -> None:
    # "Venture 2010" over another line, letters and digits interleaved (MDB-20200610-1)
    line = ("C C l o a m ss m B on (6) 06/10/2020 C 81,788 (6) (6) C C o l m as m s A on "
            "81,788 $0 0 I V 20 e 1 n 0 ture\n")
    (row,) = lines_rows(lines_page("Class A Common Stock 1,000 D\n", line), "table_ii")
    assert (row["transaction_date"], row["shares"], row["underlying_shares"],
            row["price_per_share"], row["shares_owned_following"],
            row["direct_or_indirect"]) == ("06/10/2020", "81,788", "81,788", "$0", "0", "I")
    assert not {"security_title", "underlying_security_title", "nature_of_ownership"} & set(row)
    garbled = _atoms("0 I V 20 e 1 n 0 ture")
    assert [nature_number(garbled, i) for i in range(len(garbled))] == [
        False, False, False, True, False, True, False, True, False]
    # a figure after the "I" other than a bare number: no nature's words
    assert not nature_number(_atoms("0 I V 20 $5"), 3)


#: a top-aligned Table I whose last holding's nature holds a year ("US Venture 2010" /
#: "Seed(2)"), its title "Class A" / "Common" / "Stock" as the rows above print it
#: (EB-20210112-1's plain page through pdfplumber; values and texts from its truth)
YEAR_NATURE = ("Class A 01/12/2021 A 772(1) A $ 0.0 27,542 D\nCommon\nStock\n"
               "Class A 48,382 I Estate Planning\nCommon\nStock\n"
               "Class A 42,102 I US Venture 2010\nCommon Seed(2)\nStock\n")


def test_a_number_among_a_natures_words_reads_and_its_lines_are_placed() -> None:
    rows = lines_rows(lines_page(YEAR_NATURE, ""), "table_i")
    assert [(row["shares_owned_following"], row["security_title"], row.get("nature_of_ownership"))
            for row in rows] == [("27,542", "Class A Common Stock", None),
                                 ("48,382", "Class A Common Stock", "Estate Planning"),
                                 ("42,102", "Class A Common Stock", "US Venture 2010 Seed(2)")]


def test_a_worded_number_has_a_word_of_the_nature_before_it() -> None:
    line = _atoms("Class A 42,102 I US Venture 2010")
    assert [worded_number(line, i) for i in range(len(line))] == [False] * 6 + [True]
    # straight after column 6's "D": a price or an amount, not a nature's word
    assert not worded_number(_atoms("S 1000 D 12 500 D"), 3)
    assert not worded_number(_atoms("Common 8,635 8,635 I 2"), 4)  # GOOG-20220413-1's fragment
    assert not worded_number(_atoms("Common 8,635 I By Trust 2,000"), 5)  # grouped: a figure
