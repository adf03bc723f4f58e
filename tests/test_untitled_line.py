"""A Table II line whose underlying title stands wholly off it (``form/row_untitled.py``),
read with a word put in that title's place: the row read keeps no such word."""

from __future__ import annotations

from form4lark.form.row_line_read import read_line
from form4lark.form.row_line_types import RowLine
from form4lark.form.row_untitled import untitled_line_row

from support import line_atoms


def test_an_untitled_line_keeps_no_word_for_its_underlying_title() -> None:
    """The word put where an untitled line's underlying title stands, to read the line, is
    none of the page's: the row read holds no word there (its cell is open, its lines
    placed by the titles the page prints, not closed by the word put)."""
    atoms = line_atoms("Preferred (1) 12/18/2012 12/18/2012 C 478871 D (1) (1) 478871 (1) 0 I By Trust")
    row = untitled_line_row(atoms, lambda put: read if isinstance(
        read := read_line(put, "table_ii"), RowLine) else None)
    assert row is not None
    assert row.parts["underlying_security_title"] == []
    assert row.values["shares"].text.strip() == "478871"
