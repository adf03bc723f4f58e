"""layouts/rows.py: a row line's title cell, and split rows joined."""

from form4lark.layouts.rows import join_wrapped_rows, split_title
from form4lark.sections import Cell


def test_the_title_cell_starts_after_the_indent_and_a_tables_pipe():
    assert split_title("| Common Stock | 11/14/2013 |") == ("Common Stock", 3,
                                                          " " * 15 + "| 11/14/2013 |")
    assert split_title("\u00a0 Common\t5,000") == ("Common", 3, " " * 8 + "\t5,000")
    assert split_title("") == ("", 1, "")


def test_a_lone_letter_with_no_letter_column_left_is_dropped():
    row = {"security_title": Cell("Common Stock", 1), "shares_owned_following": Cell("100", 1)}
    # the piece fills column 6 before its lone letter: the letter then has no column left
    piece = {"direct_or_indirect": Cell("D", 2), "letter": Cell("I", 2)}
    [joined] = join_wrapped_rows([row, piece])
    assert joined == {"security_title": Cell("Common Stock", 1),
                      "shares_owned_following": Cell("100", 1),
                      "direct_or_indirect": Cell("D", 2)}


def test_a_lone_letter_goes_to_the_first_letter_column_left_empty():
    row = {"security_title": Cell("Common Stock", 1), "shares": Cell("100", 1),
           "transaction_date": Cell("11/14/2013", 1)}
    [joined] = join_wrapped_rows([row, {"letter": Cell("A", 2)}])
    assert joined["acquired_disposed"] == Cell("A", 2)
