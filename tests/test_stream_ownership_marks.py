"""A direct ownership's footnote mark printed apart, ending its row's values line
("A [1] 5160301 D [2]", "1875938 [1] 0 D [2]": the web design's marks through a PDF
reader's words in reading order), read on its "D" (``form/ownership_marks.py``); a "D"
that may be another column's keeps its marks apart."""

from __future__ import annotations

from decimal import Decimal

from form4lark.form.ownership_marks import ownership_marks_joined
from form4lark.form.row_sequence import sequence_rows

from support import line_atoms


def _texts(*lines: str) -> list[str]:
    return [a.text for a in ownership_marks_joined(line_atoms(*lines))]


def test_a_mark_after_the_amount_owned_s_d_is_its() -> None:
    assert _texts("Common Stock 02/06/2024 C 5160301 A (1) 5160301 D (2)", "Common Stock")[-4:] \
        == ["5160301", "D(2)", "Common", "Stock"]
    assert _texts("1875938 (1) 0 D (2)")[-1] == "D(2)"  # Table II: a price of only a mark
    assert _texts("Common Stock 02/06/2024 P 100 A $15.00 1251900 D (3) (4)")[-1] == "D(3)(4)"


def test_a_d_that_may_be_another_column_s_keeps_its_marks_apart() -> None:
    for line in ("02/06/2024 C (1) 4025764 D (1) (1)",  # Table II's (A)/(D), the dates' marks
                 "02/06/2024 A 5000 D (1)",  # the code "A", then the shares' "D" and a price
                 "02/06/2024 S (1) 100 D (2)",  # a code's mark before the shares
                 "Common Stock 02/06/2024 C 5160301 A (1) 5160301 D (2) By Trust"):  # not last
        assert _texts(line) == line.split()


def test_the_row_reads_with_its_mark_on_its_ownership() -> None:
    [row] = sequence_rows(line_atoms("Common Stock 02/06/2024 C 5160301 A (1) 5160301 D (2)"),
                          "table_i", "stream")
    assert row["direct_or_indirect"].text == "D(2)"
    assert row["shares_owned_following"].text == "5160301"
    assert row["price_per_share"].text == "(1)"
    assert Decimal(row["shares"].text) == 5160301
