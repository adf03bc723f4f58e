"""A third page design: a filing agent's print of the paper Form 4 (benchmarks/designs/agent.py).

Its boxes are text ("[X]" checked, "[ ]" not) and its footnote marks bare superscript
numbers ("Stock<sup>1</sup>"), which converters print as "Stock^1" (lynx), keep as
"<sup>1</sup>" (pymupdf4llm's markdown) or run onto the value. The fixtures are one
filing's page and three converters' texts of it (AAPL-20190502-1: an officer, five
sales, marks on the titles and the prices); every field is scored against its truth.
pdftotext's layout text misses the whole of Table I today (its rows are not read), and
nothing else.
"""

from __future__ import annotations

import pytest
from support import FIXTURES, read_none_wrong, table_fields_off

from form4lark.glyph_marks import two_glyph_marks
from form4lark.inputs.words import Word, page_of_words
from form4lark.shapes.detect import without_drawing
from form4lark.text import sup_marks, superscript_marks

AGENT = FIXTURES / "agent" / "AAPL-20190502-1" / "agent"


@pytest.mark.parametrize("name", ["page.html", "lynx.txt"])
def test_every_field_read(name: str) -> None:
    _, off = table_fields_off(AGENT / name)
    assert off == []


def test_pymupdf4llm_tables_and_marks_read_none_wrong() -> None:
    form, off = read_none_wrong(AGENT / "pymupdf4llm.md")
    assert not [f for f in off if "transactions" in f]  # the <sup> marks are the values' own
    rows = form.non_derivative_transactions
    assert rows is not None and len(rows) == 5


def test_pdftotext_boxes_read_as_marks_none_wrong() -> None:
    path = AGENT / "pdftotext-layout.txt"
    _, off = read_none_wrong(path)
    # every box's field (relationship, Section 16, one or more persons) right
    assert all(f.startswith("non_derivative_transactions") for f in off)


@pytest.mark.parametrize(("text", "read"), [
    ("1", "(1)"), ("2,3", "(2)(3)"), (" 1, 2 ", "(1)(2)"),
    ("(1)", "(1)"), ("st", "st"), ("*", "*"), ("123", "123")])
def test_superscript_marks(text: str, read: str) -> None:
    assert superscript_marks(text) == read


def test_sup_marks_in_markdown() -> None:
    assert sup_marks("|Common<br>Stock<sup>1</sup>|$208.99<sup>2,3</sup>|x<sup>th</sup>|") == (
        "|Common<br>Stock(1)|$208.99(2)(3)|x<sup>th</sup>|")
    assert sup_marks("Stock<Sup>1</Sup>") == "Stock(1)"  # the tag's case aside


def test_caret_of_bare_numbers_is_a_mark_columns_kept() -> None:
    text = "Common Stock^1   05/02/2019  $208.99^2,3    151,187\n1^st"
    read = without_drawing(text, glue_marks=True)
    assert read.split() == ["Common", "Stock(1)", "05/02/2019", "$208.99(2)(3)", "151,187", "1^st"]
    assert read.index("05/02/2019") == text.index("05/02/2019")


def _word(text: str, x0: float, x1: float) -> Word:
    return Word(text, x0, x1, 10.0, 20.0)


def test_bracket_boxes_of_a_pdf_both_kinds() -> None:
    page = page_of_words([
        _word("[", 0, 3), _word("]", 5, 8), _word("Director", 10, 40), _word("[X]", 50, 60),
        _word("Officer", 62, 90), _word("[", 100, 103), _word("AAPL", 105, 130),
        _word("]", 132, 135)])
    assert [[p.text for p in line.pieces] for line in two_glyph_marks(page.lines)] == [
        ["Director", "X Officer", "[ AAPL ]"]]


def test_bracket_boxes_of_one_kind_tell_nothing() -> None:
    page = page_of_words([_word("[X]", 0, 10), _word("Director", 12, 40), _word("[X]", 50, 60)])
    assert two_glyph_marks(page.lines) is page.lines
