"""A table's body read page by page, and a last column printed row by row with its
natures, as pdftotext (no -layout) prints the sec design's tables: each printed
page its own way (one column by column, the next row by row), and where it prints
a page column by column, each row's "I" then its nature ("I", "By Trust", "I", ...).
"""

from __future__ import annotations

import pytest

from form4lark.errors import SectionError
from form4lark.form.atoms import Atom
from form4lark.form.row_columns import _natures_last, column_rows
from form4lark.form.row_resync import PartlyRead, page_by_page
from form4lark.page import Piece
from form4lark.sections import Cell


def _atoms(paragraphs: list[str]) -> list[Atom]:
    """One paragraph per text, a blank line between them, as pdftotext prints cells."""
    return [Atom("TEXT", text, n, 0, 0, Piece(text, 2 * n + 1, 1))
            for n, text in enumerate(paragraphs)]


COLUMNS = ["Class A Common Stock", "Class A Common Stock", "06/10/2020", "06/10/2020",
           "C", "C", "846,819", "37,310", "A", "A", "$0", "$0", "846,819", "37,310"]


def test_letters_and_natures_row_by_row_read_as_two_columns() -> None:
    rows = column_rows(_atoms(COLUMNS + ["I", "By Fund IV, L.P.(1)", "D"]), "table_i")
    assert rows is not None and len(rows) == 2
    assert [r["direct_or_indirect"].text for r in rows] == ["I", "D"]
    assert rows[0]["nature_of_ownership"].text == "By Fund IV, L.P.(1)"
    assert "nature_of_ownership" not in rows[1]
    assert rows[1]["shares"].text == "37,310"


def test_a_nature_after_a_direct_row_is_not_moved() -> None:
    paragraphs = [[a] for a in _atoms(["5,000", "D", "By Trust"])]
    assert _natures_last(paragraphs) == paragraphs
    assert column_rows(_atoms(COLUMNS + ["D", "By Trust", "I"]), "table_i") is None


def test_a_nature_too_many_leaves_the_body_unread() -> None:
    body = COLUMNS + ["I", "By Fund IV", "I", "By Fund V", "Extra words"]
    assert column_rows(_atoms(body), "table_i") is None


ROW = {"security_title": Cell("Common Stock")}


def _reader(pages_that_read: set[int]):
    def read(atoms: list[Atom]) -> list[dict[str, Cell]]:
        if {a.row for a in atoms} <= pages_that_read:
            return [dict(ROW) for _ in atoms]
        raise SectionError("does not read", line=atoms[0].line, column=1)
    return read


def test_pages_are_read_one_by_one_where_the_whole_does_not_read() -> None:
    pages = [[a] for a in _atoms(["p1", "p2", "p3"])]
    assert len(page_by_page(_reader(set()), _reader({0, 1, 2}), pages, "table_i", "stream")) == 3


def test_the_pages_after_one_that_does_not_read_are_left_out() -> None:
    pages = [[a] for a in _atoms(["p1", "p2", "p3"])]
    with pytest.raises(PartlyRead) as partial:
        page_by_page(_reader(set()), _reader({0, 2}), pages, "table_i", "stream")
    assert len(partial.value.rows) == 1 and partial.value.line == 3


def test_a_first_page_that_does_not_read_leaves_the_table_out() -> None:
    pages = [[a] for a in _atoms(["p1", "p2"])]
    with pytest.raises(SectionError) as error:
        page_by_page(_reader(set()), _reader({1}), pages, "table_i", "stream")
    assert not isinstance(error.value, PartlyRead)
