"""Joined rows whose cells' first words pdfplumber printed on a line above them and
whose other lines it cut into letters ("Class B Class A See" / "C" / "St" / ...): the
title, underlying title and nature read where every word is placed with certainty
(``form/row_heads.py``). The pages are built after PLTR-20210217-1's and
YELP-20130318-1's sec page through pdfplumber; the expected texts are those filings'
EDGAR titles and natures, typed from their truth (the truth files are not among the
fixtures: PLTR's is 32 KB)."""

from __future__ import annotations

from test_letter_stacks import _page, _table


TABLE_I_ROW = "Class A Common Stock 02/17/2021 C(1) 3,891 A $0 3,915 I\n"
#: "Class B" / "Common" / "Stock" over "Class A" / "Common" / "Stock", nature "See" /
#: "Footnote(3)", as pdfplumber prints PLTR-20210217-1's sec page
HEADED = ("Class B Class A See\nC\nSt\no\no\nm\nck\n"
          "mon (29) 02/17/2021 C(1) 6,944,440 (29) (29) Co\nS\nm\nto\nm\nck\n"
          "on 6,944,440 $0 0 I Footnote(3)\n")


def _texts(row: dict[str, str]) -> tuple[str | None, ...]:
    return tuple(row.get(key) for key in (
        "security_title", "underlying_security_title", "nature_of_ownership"))


def test_a_joined_rows_first_words_above_it_open_its_title_underlying_title_and_nature() -> None:
    rows = _table(_page(TABLE_I_ROW, HEADED + HEADED.replace("(3)", "(4)")), "table_ii")
    assert [_texts(row) for row in rows] == [
        ("Class B Common Stock", "Class A Common Stock", "See Footnote(3)"),
        ("Class B Common Stock", "Class A Common Stock", "See Footnote(4)")]
    assert [row["shares"] for row in rows] == ["6,944,440", "6,944,440"]


def test_the_nature_may_open_a_line_below_the_titles() -> None:
    # YELP-20130318-1: "Class B Class A" / "See" above the title's letters
    (row,) = _table(_page(TABLE_I_ROW, HEADED.replace("Class A See", "Class A\nSee")),
                    "table_ii")
    assert _texts(row) == ("Class B Common Stock", "Class A Common Stock", "See Footnote(3)")


def test_first_words_not_printed_alike_with_a_title_the_page_prints_are_left_out() -> None:
    # "Class A" of no title the page prints before "Common Stock": the words are not split
    (row,) = _table(_page("Common Stock 02/17/2021 C(1) 3,891 A $0 3,915 I\n", HEADED),
                    "table_ii")
    assert _texts(row)[0] is None and _texts(row)[2] is None
    # a title not printed alike with the underlying title but for a series' letter
    (row,) = _table(_page(TABLE_I_ROW, HEADED.replace("Class B Class A", "Stock Units Class A")),
                    "table_ii")
    assert _texts(row)[0] is None and _texts(row)[2] is None


def test_a_nature_no_mark_ends_is_left_out_with_the_row() -> None:
    # the nature may go on below its row's last line: nothing of the row's text is certain
    (row,) = _table(_page(TABLE_I_ROW, HEADED.replace("I Footnote(3)", "I Footnote")),
                    "table_ii")
    assert _texts(row)[0] is None and _texts(row)[2] is None


#: LNKD-20110524-1's sec page through pdfplumber: a row read on its line whose title
#: and underlying title ("Class B" / "Common" / "Stock(4)", "Class A" / "Common" /
#: "Stock") interleave their last two lines there, their first words on the line above
TABLE_I_SEE = "Class A Common Stock 05/24/2011 C 115,335 A $0 115,335 I See footnote(3)\n"
#: the row above it, its lines below not known ("Stock" may be its title's or the next's)
ROW_ABOVE = ("Series A\nC Pr o e n fe v r e r r e t d ible (2) 05/24/2011 C 2,028,942 (2) (2) "
             "C S o to m c m k( o 1) n 2,028,942 $0 0 I S fo e o e tnote(3)\nStock\n")
ON_LINE = ("Class B Class A\nC St o o m ck m (4 o ) n (7)(8) 05/24/2011 J(5) 19,066,032 (7)(8) "
           "(7)(8) Co S m to m ck on 19,066,032 $0 19,066,032 I S fo e o e tnote(3)\n")


def test_a_rows_first_words_on_the_line_above_it_open_its_interleaved_titles() -> None:
    _, row = _table(_page(TABLE_I_SEE, ROW_ABOVE + ON_LINE), "table_ii")
    assert _texts(row) == ("Class B Common Stock(4)", "Class A Common Stock", "See footnote(3)")
    assert row["shares"] == "19,066,032"


def test_a_row_with_a_line_below_it_or_first_words_not_alike_is_left_out() -> None:
    # a line below the row: the titles may have more lines above than the one read
    _, row = _table(_page(TABLE_I_SEE, ROW_ABOVE + ON_LINE + "Units\n"), "table_ii")
    assert _texts(row)[0] is None and _texts(row)[1] is None
    # words before the prefix that do not make a title printed alike with the underlying one
    _, row = _table(_page(TABLE_I_SEE, ROW_ABOVE + ON_LINE.replace("Class B", "Restricted")),
                    "table_ii")
    assert _texts(row)[0] is None and _texts(row)[1] is None
