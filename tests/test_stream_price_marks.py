"""Table I's price printed as a cell of only marks apart ("A [7] [8] 115335": the web
design's marks through a PDF reader's words in reading order), read as one cell
(``form/price_cell_marks.py``); and a title whose first line stops open ("Class A
Common") over its last on the values line ("Stock 05/24/2011 C ..."), after an
indirect row's nature, read as the title's (``row_sequence._open_line_above``)."""

from __future__ import annotations

from form4lark.form.price_cell_marks import price_marks_joined
from form4lark.form.row_sequence import sequence_rows

from support import line_atoms


def _texts(*lines: str) -> list[str]:
    return [a.text for a in price_marks_joined(line_atoms(*lines))]


def test_marks_between_the_direction_and_the_amount_owned_are_one_cell() -> None:
    assert _texts("Stock 05/24/2011 C (6) 115335 A (7) (8) 115335 I")[-4:] == [
        "A", "(7)(8)", "115335", "I"]
    for line in ("Stock 05/24/2011 A (7) (8) 115335 I",  # the code "A" after a date
                 "Stock 05/24/2011 C 115335 A (7) (8)",  # no amount after them on the line
                 "Stock 05/24/2011 C 115335 A (7) 115335 I"):  # one mark: the grammar's
        assert _texts(line) == line.split()


def test_a_title_stopping_open_above_its_values_line_is_not_the_nature_before_it() -> None:
    rows = sequence_rows(line_atoms(
        "Common Stock (4) 05/24/2011 J (5) 19066032 D (5) 0 I See footnote (3)",
        "Class A Common",
        "Stock 05/24/2011 C (6) 115335 A (7) (8) 115335 I See footnote (3)"), "table_i", "stream")
    # the nature's mark ending its line is glued on (row_marks.join_nature_marks)
    assert [r["nature_of_ownership"].text for r in rows] == ["See footnote(3)"] * 2
    assert rows[1]["security_title"].text == "Class A Common Stock"
    assert rows[1]["price_per_share"].text == "(7)(8)"
