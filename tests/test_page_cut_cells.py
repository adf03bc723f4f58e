"""A row a web page's PDF cut at a page's end, its taller cells moved to the next page
and printed by MuPDF after the form feed (``form/page_cut_cells.py``): the cells are
put back into the row the one way that reads it whole."""

from __future__ import annotations

from form4lark.form.atoms import Atom
from form4lark.form.page_cut_cells import cut_cells_put_back
from form4lark.form.row_sequence import sequence_rows

from support import FIXTURES, line_atoms, read_none_wrong

MUPDF = FIXTURES / "web_mupdf"


# TSLA-20211221-1 (web, mutool): the row kept its title, its shares and price moved
CUT = ("Common Stock", "12/21/2021", "S (1)", "D", "1917015", "D", "", "")
MOVED = ("25788", "(2)", "", "$898.861", "(13)", "")
NEXT = ("Common Stock", "12/21/2021", "S (1)", "12728", "(2)", "D", "$899.925", "(14)",
        "1904287", "D")
TOP = len(CUT) + 1  # the line after the form feed


def _read_i(words: list[Atom]) -> list:
    return sequence_rows(words, "table_i", "stream")


def test_the_shares_and_price_after_the_break_go_back_into_their_row() -> None:
    words = line_atoms(*CUT, *MOVED, *NEXT)
    whole = cut_cells_put_back(words, frozenset({TOP}), _read_i)
    assert whole is not None
    rows = _read_i(whole)
    assert [{k: c.text for k, c in row.items() if k in ("shares", "price_per_share")}
            for row in rows] == [{"shares": "25788(2)", "price_per_share": "$898.861(13)"},
                                 {"shares": "12728(2)", "price_per_share": "$899.925(14)"}]


def test_without_a_page_break_there_nothing_is_moved() -> None:
    words = line_atoms(*CUT, *MOVED, *NEXT)
    assert cut_cells_put_back(words, frozenset(), _read_i) is None
    assert cut_cells_put_back(words, frozenset({TOP + len(MOVED)}), _read_i) is None


def test_a_row_whose_titles_and_nature_moved_reads_table_ii() -> None:
    """AUR-20231019-1: the cut row's title, underlying title and nature ("See Footnotes
    [2] [4]") follow the break (before: Table II read up to that row, 13 values lost)."""
    form, off = read_none_wrong(MUPDF / "AUR-20231019-1-mutool.txt")
    assert not [field for field in off if "derivative_transactions" in field]
    assert form.derivative_transactions[1].nature_of_ownership == "See Footnotes"


def test_a_row_whose_two_titles_moved_reads_table_ii() -> None:
    """NTRA-20201120-1: the cut row lacks its title and underlying title, printed after
    the break before the next row's title (before: 18 rows of Table II lost)."""
    form, off = read_none_wrong(MUPDF / "NTRA-20201120-1-mutool.txt")
    assert not [field for field in off if "derivative_transactions" in field]


def test_the_tables_last_row_takes_every_cell_after_the_break() -> None:
    """YELP-20121123-1: Table II's last row cut, its two titles after the break and
    then the notes (no next row): both are its (before: Table II left out)."""
    form, off = read_none_wrong(MUPDF / "YELP-20121123-1-mutool.txt")
    assert not [field for field in off if "derivative_transactions" in field]
    assert form.derivative_transactions[-1].underlying_security_title == "Class A Common Stock"
