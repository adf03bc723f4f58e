"""Joined rows whose cells' first words pdfplumber printed on a line above them and
whose other lines it cut into letters ("Class B Class A See" / "C" / "St" / ...): the
title, underlying title and nature read where every word is placed with certainty
(``form/row_heads.py``). The pages are built after PLTR-20210217-1's and
YELP-20130318-1's sec page through pdfplumber; the expected texts are those filings'
EDGAR titles and natures, typed from their truth (the truth files are not among the
fixtures: PLTR's is 32 KB)."""

from __future__ import annotations

from support import lines_page, lines_rows


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
    rows = lines_rows(lines_page(TABLE_I_ROW, HEADED + HEADED.replace("(3)", "(4)")), "table_ii")
    assert [_texts(row) for row in rows] == [
        ("Class B Common Stock", "Class A Common Stock", "See Footnote(3)"),
        ("Class B Common Stock", "Class A Common Stock", "See Footnote(4)")]
    assert [row["shares"] for row in rows] == ["6,944,440", "6,944,440"]


def test_the_nature_may_open_a_line_below_the_titles() -> None:
    # YELP-20130318-1: "Class B Class A" / "See" above the title's letters
    (row,) = lines_rows(lines_page(TABLE_I_ROW, HEADED.replace("Class A See", "Class A\nSee")),
                        "table_ii")
    assert _texts(row) == ("Class B Common Stock", "Class A Common Stock", "See Footnote(3)")


def test_first_words_not_printed_alike_with_a_title_the_page_prints_are_left_out() -> None:
    # "Class A" of no title the page prints before "Common Stock": the words are not split
    (row,) = lines_rows(lines_page("Common Stock 02/17/2021 C(1) 3,891 A $0 3,915 I\n", HEADED),
                        "table_ii")
    assert _texts(row)[0] is None and _texts(row)[2] is None
    # a title not printed alike with the underlying title but for a series' letter
    units = HEADED.replace("Class B Class A", "Stock Units Class A")
    (row,) = lines_rows(lines_page(TABLE_I_ROW, units), "table_ii")
    assert _texts(row)[0] is None and _texts(row)[2] is None


def test_a_nature_no_mark_ends_is_left_out_with_the_row() -> None:
    # the nature may go on below its row's last line: nothing of the row's text is certain
    (row,) = lines_rows(lines_page(TABLE_I_ROW, HEADED.replace("I Footnote(3)", "I Footnote")),
                        "table_ii")
    assert _texts(row)[0] is None and _texts(row)[2] is None
