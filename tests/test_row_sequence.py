"""Table rows read as typed sequences (``form/row_sequence.py``)."""

from __future__ import annotations

from form4lark.form.atoms import Atom
from form4lark.form.row_sequence import sequence_rows
from form4lark.page import Piece


def _atoms(*paragraphs: str) -> list[Atom]:
    """The words of paragraphs printed a blank line apart, each line of its own."""
    out: list[Atom] = []
    line = 1
    for paragraph in paragraphs:
        for text in paragraph.split("\n"):
            piece = Piece(text, line, 1)
            out += [Atom("TEXT", w, line, 0, text.index(w), piece) for w in text.split()]
            line += 1
        line += 1
    return out


def test_a_title_printed_after_the_last_rows_nature_is_no_nature() -> None:
    """"15,805 I", "By Living Trust", "Common Stock" (pdfminer ``-F 1.0`` prints the
    title's box last, MSFT-20180829-1 plain): the holding's nature is "By Living Trust"
    and, the one row without a title, its title "Common Stock"."""
    rows = sequence_rows(_atoms("15,805", "I", "By Living Trust", "Common\nStock"),
                         "table_i", "stream")
    assert [{k: c.text for k, c in r.items()} for r in rows] == [
        {"shares_owned_following": "15,805", "direct_or_indirect": "I",
         "security_title": "Common Stock", "nature_of_ownership": "By Living Trust"}]


def test_a_nature_wrapped_on_lines_right_below_is_one_nature() -> None:
    """A nature's second line is no title, however it opens."""
    rows = sequence_rows(_atoms("Common Stock", "15,805", "I", "By Trust for\nClass A holders"),
                         "table_i", "stream")
    assert rows[0]["nature_of_ownership"].text == "By Trust for Class A holders"
