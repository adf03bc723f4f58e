"""Table I rows printed with their later cells first (pdftotext, no -layout, on the
sec design: a price whose mark wraps below it), put back in the form's order only
where exactly one reading fits and the amounts owned keep the form's arithmetic.
The body is AAPL-20190502-1's as pdftotext prints it: one cell a line."""

from __future__ import annotations

from form4lark.form.row_rotated import rotated_rows
from support import paragraph_atoms

ROW = ["Common Stock(1)", "05/02/2019", "S", "{shares}", "D", "{price}", "{owned}", "D"]
BODY = [
    *[c.format(shares="13,433", price="$208.99(2)", owned="151,187") for c in ROW],
    *[c.format(shares="18,256", price="$209.71(3)", owned="132,931") for c in ROW],
    "(4)", "124,330", "D", "(1)", "05/02/2019", "S", "8,601", "D", "$210.98",
    *[c.format(shares="14,571", price="$211.83(5)", owned="109,759") for c in ROW],
    "Common Stock",
]


def test_a_row_printed_last_cells_first_is_put_back() -> None:
    rows = rotated_rows(paragraph_atoms(BODY), "table_i")
    assert rows is not None
    assert [r["shares"].text for r in rows] == ["13,433", "18,256", "8,601", "14,571"]
    moved = rows[2]
    assert (moved["price_per_share"].text, moved["shares_owned_following"].text) == (
        "$210.98", "124,330")
    assert "security_title" not in moved  # its title stands at the table's end
    assert rows[3]["security_title"].text == "Common Stock(1)"


def test_a_row_put_back_that_breaks_the_arithmetic_is_not_kept() -> None:
    body = [c.replace("124,330", "124,331") for c in BODY]
    assert rotated_rows(paragraph_atoms(body), "table_i") is None


def test_a_body_that_reads_or_a_table_ii_is_left_to_the_others() -> None:
    assert rotated_rows(paragraph_atoms(BODY[:16]), "table_i") is None
    assert rotated_rows(paragraph_atoms(BODY), "table_ii") is None
