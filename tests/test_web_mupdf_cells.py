"""MuPDF's plain text of a web page's PDF (``mutool draw -F txt``, PyMuPDF's
``get_text``): each of a row's cells on lines of its own ("02/04/2013", "C [1]",
"83334", "D", "[2] [3]", "[2] [3]"). A line of marks only is then one cell
(``form/mark_lines.py``); Table II's "D" after the shares is their direction, whose
marks after it are the dates' (``row_marks._is_ownership``); a title's mark ending
its line, the same mark on the line below, are the title's and the price's
(``table_ii_marks.price_marks_apart``)."""

from __future__ import annotations

from decimal import Decimal

from form4lark.form.mark_lines import mark_lines_joined, values_a_line
from form4lark.form.row_marks import join_wrapped_marks

from support import FIXTURES, fixture_text, line_atoms, table_fields_off

from form4lark import parse

MUPDF = FIXTURES / "web_mupdf"


def test_a_line_of_marks_is_one_cell_where_the_body_prints_a_cell_a_line() -> None:
    """LNKD-20130204-1: "Stock", "", "[2] [3]" (the conversion price), "02/04/2013", "C
    [1]", "83334", "D", "[2] [3]", "[2] [3]" (the two dates): each line of marks is one
    cell's (before: Table II left out, the marks read as six cells)."""
    form, off = table_fields_off(MUPDF / "LNKD-20130204-1-mutool.txt")
    assert off == []
    assert form.derivative_transactions[0].footnotes.get("exercise_date") == ("2", "3")


def test_table_i_s_d_after_an_amount_after_a_letter_is_the_ownership_s() -> None:
    """LNKD-20130204-1 with Table I's third row a gift of no price ("G", "8337", "D",
    "0", "D", "[4]"): an amount after a letter is no Table II shares in Table I, so its
    "D" is the ownership's and "[4]" the ownership's mark (before: Table I left out)."""
    text = fixture_text(MUPDF / "LNKD-20130204-1-mutool.txt")
    sold = "S [5]\n8337\nD\n$123.6133 \n[6]\n0\nI\nSee footnote [4]\n"
    assert sold in text
    form = parse(text.replace(sold, "G\n8337\nD\n0\nD\n[4]\n").encode())
    assert form.non_derivative_transactions is not None
    row = form.non_derivative_transactions[2]
    assert (row.transaction_code, row.shares, row.acquired_disposed, row.price_per_share,
            row.shares_owned_following, row.direct_or_indirect, row.footnotes) == (
        "G", Decimal("8337"), "D", None, Decimal("0"), "D", {"direct_or_indirect": ("4",)})


def test_marks_after_table_ii_s_direction_are_the_dates() -> None:
    """ZNGA-20111221-1: "C", "3109744", "D", "[1]", "[2]", "", "Class B" ...: the "D"
    after the shares is their direction (not an ownership letter before a nature), so the
    marks below it are the two dates', not the letter's (before: Table II left out)."""
    form, off = table_fields_off(MUPDF / "ZNGA-20111221-1-mutool.txt")
    assert off == []
    row = form.derivative_transactions[0]
    assert (row.acquired_disposed, row.footnotes.get("acquired_disposed"),
            row.footnotes.get("exercise_date"), row.footnotes.get("expiration_date")) == (
        "D", None, ("1",), ("2",))


def test_a_title_s_mark_and_the_same_mark_below_are_the_title_s_and_the_price_s() -> None:
    """FB-20170719-1: "Stock [1]", "[1]", "07/19/2017": one footnote printed twice, once
    ending the title's line and once on a line of its own, is the title's and the
    conversion price's (before: Table II left out)."""
    form, off = table_fields_off(MUPDF / "FB-20170719-1-mutool.txt")
    assert off == []
    assert form.derivative_transactions[0].footnotes.get("security_title") == ("1",)


def test_a_body_running_cells_along_a_line_keeps_its_marks_apart() -> None:
    """pdftotext -raw's "[3] [4] 11/23/2012 C 2800 D [3] [4] [5]": values share a line
    with other words, so a line is no cell and its marks stay as printed."""
    atoms = line_atoms("Class B Common Stock", "(3) (4) 11/23/2012 C 2800 D (3) (4) (5)",
                       "Class A Common Stock", "2800 $0.00 77865 D", "(3) (4)")
    assert not values_a_line(atoms)
    assert mark_lines_joined(atoms) == atoms


def test_a_body_of_a_cell_a_line_joins_its_lines_of_marks() -> None:
    atoms = line_atoms("Stock", "(3) (4)", "11/23/2012", "C", "2800", "D", "(3) (4)", "(5)",
                       "Class A", "2800", "$0.00", "77865", "D")
    assert values_a_line(atoms)
    assert [a.text for a in mark_lines_joined(atoms)] == [
        "Stock", "(3)(4)", "11/23/2012", "C", "2800", "D", "(3)(4)", "(5)", "Class", "A",
        "2800", "$0.00", "77865", "D"]


def test_marks_wrapped_below_a_direction_in_a_body_running_cells_along_a_line_stay_its() -> None:
    """A text running a row's cells along a line may wrap a narrow cell's marks below it
    ("... C 2800 D", "(2)", "(5)": the direction's marks, the dates empty): only a row
    printing its shares and direction each on a line of its own (a cell a line) tells
    the lines of marks after the direction are the dates' (before: exercise date (2),
    expiration date (5)). A body whose nature holds a year ("SMB Pacific 2021 ...", a
    value inside a line of words) still prints a cell a line."""
    body = ("Class B Common Stock $0.00 11/23/2012 C 2800 D", "(2)", "(5)",
            "Class A Common Stock 2800 $0.00 77865 D")
    assert "D(2)(5)" in [a.text for a in join_wrapped_marks(line_atoms(*body))]
    holding = ("Class B Common Stock", "$0.00", "(2)", "(5)", "Class A Common Stock", "8635",
               "8635", "I", "SMB Pacific 2021 Charitable Remainder Unitrust I")
    apart = [w for line in body for w in line.split()] + list(holding)
    assert "D(2)(5)" not in [a.text for a in join_wrapped_marks(line_atoms(*apart))]
