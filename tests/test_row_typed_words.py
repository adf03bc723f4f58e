"""form/row_typed.py: the words a token of the typed sequence spans."""

from types import SimpleNamespace

from lark import Token

from form4lark.form.row_typed import _covered

#: three words at offsets 0, 5 and 10 of the joined text ("Common Stock 11/14/2013")
SOURCE = SimpleNamespace(starts=[0, 5, 10])


def test_a_token_spans_the_words_from_its_start_to_its_end():
    assert _covered(SOURCE, Token("PRICE", "$ 208.99", start_pos=5, end_pos=13)) == range(1, 3)
    assert _covered(SOURCE, Token("WORD", "Stock", start_pos=5, end_pos=10)) == range(1, 2)


def test_a_token_without_its_end_spans_the_word_it_starts_at():
    assert _covered(SOURCE, Token("WORD", "Stock", start_pos=5)) == range(1, 2)
