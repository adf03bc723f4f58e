"""A joined Table II row whose title and nature share its lines above and below
("By Sequoia" / "Series B Capital XI" / ... / "Stock Fund," / "LLC(2)"): read where
the nature is one the page prints with certainty (``form/row_natured.py``). The page
is built after XOOM-20130221-1's sec page through pdfplumber; the expected texts are
that filing's EDGAR title and nature of its second Table II row, typed from its truth."""

from __future__ import annotations

from support import lines_page, lines_rows
from test_row_heads import _texts

#: Table I's row printing the nature whole on its line (read with certainty)
TABLE_I_ROW = ("Common Stock 02/21/2013 C 241,913 A (1) 241,913 I "
               "By Sequoia Capital XI Principals Fund, LLC(2)\n")
#: the row's values run over its lines among the underlying title's letters (joined)
JOINED = ("By Sequoia\nSeries B Capital XI\n"
          "Preferred (1) 02/21/2013 C 241,913 (1) (1) Co\nS\nm\nto\nm\nck\n"
          "on 241,913 $0 0 I Principals\nStock Fund,\nLLC(2)\n")


def test_a_joined_rows_title_and_nature_are_cut_where_the_nature_is_printed() -> None:
    (row,) = lines_rows(lines_page(TABLE_I_ROW, JOINED), "table_ii")
    assert _texts(row) == ("Series B Preferred Stock", "Common Stock",
                           "By Sequoia Capital XI Principals Fund, LLC(2)")
    assert row["shares"] == "241,913"


def test_a_nature_the_page_does_not_print_leaves_both_cells_out() -> None:
    table_i = TABLE_I_ROW.replace("Principals Fund, LLC(2)", "LP(2)")
    (row,) = lines_rows(lines_page(table_i, JOINED), "table_ii")
    assert _texts(row)[0] is None and _texts(row)[2] is None


def test_a_nature_printed_only_shorter_than_a_cut_gives_it_leaves_both_cells_out() -> None:
    # the page prints "By Sequoia Capital": every cut gives the nature more words after
    # it (the row's "Principals" on its line), none the printed nature itself
    table_i = TABLE_I_ROW.replace(" XI Principals Fund, LLC(2)", "(2)")
    (row,) = lines_rows(lines_page(table_i, JOINED), "table_ii")
    assert _texts(row)[0] is None and _texts(row)[2] is None
