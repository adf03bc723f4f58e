"""Two mends of a stream's table rows, as pdftotext (no -layout) prints the plain
design's Table I: a merged reading's cells filled from the rows that read in order
before a row printed out of order (``merged_prefix.py``), and a title cut by a
page's end put back from the next row's title (``title_tails.py``). Values from
GOOG-20220413 (EDGAR's XML: 100 and 300 shares sold, 13,788 and 13,488 owned after)."""

from __future__ import annotations

from form4lark.form.atoms import Atom
from form4lark.form.merged_prefix import filled_from_prefix
from form4lark.form.title_tails import tails_put_back
from form4lark.page import Piece
from form4lark.sections import Cell

TITLE = "Class A Common Stock"


def _atoms(paragraphs: list[str]) -> list[Atom]:
    """One paragraph per text, a blank line between them, as pdftotext prints cells."""
    return [Atom("TEXT", text, n, 0, 0, Piece(text, 2 * n + 1, 1))
            for n, text in enumerate(paragraphs)]


BODY = [TITLE, "04/13/2022", "S", "100", "D", "$ 2,556.7346(2)", "13,788", "D",
        TITLE, "04/13/2022", "S", "300", "D", "$ 2,557.65", "13,488", "D",
        # the last row's amount owned after printed before its price: no row reads there
        TITLE, "04/13/2022", "S", "392", "D", "2,710", "$ 2,597.4761(27)", "D"]


def _merged(prices: list[str]) -> list[dict[str, Cell]]:
    """Rows as a merged reading leaves them: titles and amounts not placed."""
    return [{"transaction_code": Cell("S"), "price_per_share": Cell(p),
             "direct_or_indirect": Cell("D")} for p in prices]


def test_merged_rows_take_the_cells_of_the_rows_read_in_order() -> None:
    rows = filled_from_prefix(_merged(["$ 2,556.7346(2)", "$ 2,557.65", "$ 2,597.4761(27)"]),
                              _atoms(BODY), "table_i")
    assert [r["shares"].text for r in rows[:2]] == ["100", "300"]
    assert [r["shares_owned_following"].text for r in rows[:2]] == ["13,788", "13,488"]
    assert rows[0]["security_title"].text == TITLE
    assert "shares" not in rows[2]  # the row that does not read stays as merged


def test_merged_rows_that_disagree_stay_as_they_were() -> None:
    merged = _merged(["$ 2,556.7346(2)", "$ 9.99", "$ 2,597.4761(27)"])
    assert filled_from_prefix(merged, _atoms(BODY), "table_i") == merged


def _titled(*titles: str) -> list[dict[str, Cell]]:
    return [{"security_title": Cell(t), "transaction_code": Cell("S")} for t in titles]


def test_a_title_cut_by_the_page_end_is_put_back() -> None:
    rows = tails_put_back(_titled(TITLE, "Class A Common", f"Stock {TITLE}", TITLE))
    assert [r["security_title"].text for r in rows] == [TITLE] * 4


def test_a_cut_no_other_row_prints_whole_stays() -> None:
    rows = _titled("Class A Common", f"Stock {TITLE}", "Class B Common Stock")
    assert tails_put_back(rows) == rows
    marked = _titled(TITLE, "Class A Common(1)", f"Stock {TITLE}", TITLE)
    assert tails_put_back(marked) == marked  # a mark ends a title
