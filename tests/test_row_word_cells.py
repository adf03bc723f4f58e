"""Lines of cells holding only the rest of a row's words (markitdown on a PDF: a row's
first line as words and values, its cells' other lines as a table of a few cells):
which of the form's columns of words each cell continues, only where it is certain.
The lines are XOOM-20130221-1's (plain design), checked against the filing's truth."""

from __future__ import annotations

from form4lark.form.row_word_cells import word_cells
from form4lark.page import Line, Piece

TITLE, UNDERLYING, NATURE = "security_title", "underlying_security_title", "nature_of_ownership"


def _line(*cells: str) -> Line:
    return Line([Piece(text, 1, n) for n, text in enumerate(cells)], cells=True)


def test_as_many_cells_of_words_as_columns_of_words_go_in_order():
    # "Series B ... Common ... By Sequoia" then "| Preferred | Stock | Capital XI, |"
    assert word_cells(_line("Preferred", "Stock", "Capital XI,"), "table_ii", None,
                      "Series B") == {0: TITLE, 1: UNDERLYING, 2: NATURE}


def test_fewer_cells_filled_take_the_columns_of_the_line_above():
    # "| Stock |  | LP(2) |" under "| Preferred | Stock | Capital XI, |": one table's cells
    above = (3, {0: TITLE, 1: UNDERLYING, 2: NATURE})
    assert word_cells(_line("Stock", "", "LP(2)"), "table_ii", above, "Series B Preferred") \
        == {0: TITLE, 2: NATURE}
    # with no such line above, which columns they are is not told
    assert word_cells(_line("Stock", "", "LP(2)"), "table_ii", None, "Series B") is None
    assert word_cells(_line("Stock", "", "", "LP(2)"), "table_ii", above, "Series B") is None


def test_the_piece_after_a_titles_hyphen_is_a_word_of_it():
    # "Series C-" on the row's line, "| 1 | Stock | Capital XI, |" under it
    assert word_cells(_line("1", "Stock", "Capital XI,"), "table_ii", None, "Series C-") \
        == {0: TITLE, 1: UNDERLYING, 2: NATURE}
    assert word_cells(_line("1", "Stock", "Capital XI,"), "table_ii", None, "Series C") is None


def test_a_cell_holding_a_value_is_no_line_of_words():
    assert word_cells(_line("Stock", "5,036,306", "XI, LP(2)"), "table_ii", None, "Common") is None
    assert word_cells(_line("Stock", "$ 0.00", "XI, LP(2)"), "table_ii", None, "Common") is None


def test_table_i_first_cell_the_title_another_the_nature():
    # "Common ... I By Sequoia Capital" then "| Stock |  | ... | XI, LP(2) |  |"
    line = _line("Stock", "", "", "", "", "", "", "XI, LP(2)", "")
    assert word_cells(line, "table_i", None, "Common") == {0: TITLE, 7: NATURE}
    assert word_cells(_line("", "", "Fund, LLC(2)", ""), "table_i", None, "Common") == {2: NATURE}
