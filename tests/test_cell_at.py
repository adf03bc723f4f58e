"""Cell.at: a cell placed where its token starts."""

from lark import Token

from form4lark.sections import Cell


def test_a_lexed_token_gives_the_cell_its_line_and_column():
    token = Token("WORD", "Smith", start_pos=40, line=3, column=7)
    assert Cell.at("Smith", token) == Cell("Smith", 3, 7)


def test_a_token_built_without_a_place_gives_the_cells_no_place():
    # not None: a Cell's line and column are ints, 0 where the place is not known
    assert Cell.at("V", Token("WORD", "V")) == Cell("V", 0, 0)
