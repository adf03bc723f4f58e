"""Marks printed apart after a nature's words at the end of a row's line ("I See
Footnotes [2] [3]": the web design's page, its PDF read by pdftotext -raw or pypdf) are
the nature's, the row's last column (``form/row_marks.join_nature_marks``)."""

from __future__ import annotations

from form4lark.form.row_marks import join_nature_marks
from form4lark.form.row_sequence import sequence_rows

from support import line_atoms


def _texts(*lines: str) -> list[str]:
    return [a.text for a in join_nature_marks(line_atoms(*lines))]


def test_marks_apart_after_a_nature_read_as_its_marks() -> None:
    """Read as the form's columns, the row keeps both marks on its nature (the row was
    refused whole: two marks apart at its end read as no cell)."""
    lines = ("Class A Common", "Stock", "02/27/2024 S 533024 D", "$2.7731", "(1)",
             "11674129 I See Footnotes (2) (3)")
    (row,) = sequence_rows(line_atoms(*lines), "table_i", "web")
    assert row["nature_of_ownership"].text == "See Footnotes(2)(3)"
    assert row["price_per_share"].text == "$2.7731(1)"


def test_marks_are_joined_only_after_a_nature_ending_its_line() -> None:
    """Only where the marks end the line and the words before them follow an ownership
    letter: a title's marks, marks before a value and a letter's marks stay apart."""
    # glued onto the nature's last word: a next row opening with its date (its title left
    # out) would take a mark apart for its own
    assert _texts("1000 I By Trust (2) (3)") == ["1000", "I", "By", "Trust(2)(3)"]
    for line in ("Common Stock (1) (2)", "1000 I By Trust (2) (3) 5", "16287 D (1) (2)"):
        assert _texts(line) == line.split(), line
