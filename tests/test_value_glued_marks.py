"""A footnote mark standing apart on a row's text line ("Stock (3)") where the values
of the rows of its table glue their marks to their figures ("2,742(2)"): the page
glues a mark to its word, so the mark apart is another cell's than the word before
it, and the row's title and nature are told (``row_pairs.glues_marks``' ``values``,
``row_lines._shown_values``). The page is built
after SQ-20210104-1's plain page through pdfplumber; the expected titles and natures
are that filing's EDGAR values, typed from its truth."""

from __future__ import annotations

from support import lines_page, lines_rows
from test_open_title_lines import _texts

ROWS = ("Class A 01/04/2021 A 63(1) A $ 0.00 10,993 D\n"
        "Common\n"
        "Stock\n"
        "Class A 2,742(2) I Sequoia Capital U.S.\n"
        "Common Growth Fund IV, L.P.\n"
        "Stock (3)\n"
        "Class A 113(4) I Sequoia Capital\n"
        "Common USGF Principals\n"
        "Stock Fund IV, L.P.(3)\n"
        "Class A 684,741 I By estate planning\n"
        "Common vehicle\n"
        "Stock\n")


def test_a_mark_apart_is_the_natures_where_the_rows_values_glue_their_marks() -> None:
    rows = lines_rows(lines_page(ROWS, ""), "table_i")
    assert _texts(rows[1]) == ("Class A Common Stock", "Sequoia Capital U.S. Growth Fund IV, L.P. (3)")
    assert _texts(rows[2]) == ("Class A Common Stock", "Sequoia Capital USGF Principals Fund IV, L.P.(3)")


def test_a_mark_apart_is_told_by_the_glued_marks_of_other_rows_values() -> None:
    # the row's own values show no mark: the table's other rows show how the page prints one
    rows = lines_rows(lines_page(ROWS.replace("2,742(2)", "2,742"), ""), "table_i")
    assert _texts(rows[1]) == ("Class A Common Stock", "Sequoia Capital U.S. Growth Fund IV, L.P. (3)")


def test_a_mark_apart_is_left_where_no_value_of_the_table_glues_a_mark() -> None:
    # no value glues a mark: "(3)" may end the title or the nature
    table = ROWS
    for marked in ("63(1)", "2,742(2)", "113(4)"):
        table = table.replace(marked, marked.split("(")[0])
    rows = lines_rows(lines_page(table, ""), "table_i")
    assert _texts(rows[1]) == (None, None)
