"""Mends of a stream's table rows, as pdftotext (no -layout) prints Table I: a merged
reading's cells filled from the rows that read in order before a row printed out of
order (``merged_prefix.py``), a title cut by a page's end put back from the next row's
title (``title_tails.py``), and a row printed last cells first read back
(``row_resync._tail_first``). Values from GOOG-20220413 (EDGAR's XML: 100 and 300
shares sold, 13,788 and 13,488 owned after; 600, 200 and 500 sold, 12,888, 12,688
and 12,188 owned after)."""

from __future__ import annotations

from form4lark.form.atoms import Atom
from form4lark.form.merged_prefix import filled_from_prefix
from form4lark.form.row_resync import partly_read
from form4lark.form.title_tails import tails_put_back
from form4lark.page import Piece
from form4lark.sections import Cell
from support import paragraph_atoms

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


ROTATED = [TITLE, "04/13/2022", "S", "600", "D", "$2,559.0283(3)", "12,888", "D",
           # the next row's last cells, a mark, then its first cells and another mark
           "D", "$2,560.435", "12,688", "D", "(5)", TITLE, "04/13/2022", "S", "200", "(4)",
           TITLE, "04/13/2022", "S", "500", "D", "$2,562.084", "12,188", "D"]


def _read(body: list[str]) -> list[tuple[str | None, ...]]:
    partial = partly_read(_atoms(body), "table_i", "stream")
    assert partial is not None
    return [tuple(row[k].text if k in row else None
                  for k in ("shares", "price_per_share", "shares_owned_following"))
            for row in partial.rows]


def test_a_row_printed_last_cells_first_is_read_back() -> None:
    # 12,888 - 200 = 12,688, and 12,688 - 500 = 12,188: no row is lost between them
    assert _read(ROTATED) == [("600", "$2,559.0283(3)", "12,888"),
                              ("200", "$2,560.435", "12,688"),
                              ("500", "$2,562.084", "12,188")]


def test_a_row_printed_last_cells_first_that_does_not_follow_is_left_out() -> None:
    body = [("12,588" if text == "12,688" else text) for text in ROTATED]
    assert _read(body) == [("600", "$2,559.0283(3)", "12,888")]


# AOSL-20250317 (EDGAR's XML: 1,897 shares withheld (F) at $27.61, 64,213 owned after;
# then 10,000 granted (A), 74,213 owned after): pdftotext printed both rows' later cells
# before both titles
TAILS_FIRST = [
    "Common Share", "03/17/2025", "A", "10,000(1)", "A", "$0", "69,064(2)(3)(4)", "D",
    "Common Share", "03/17/2025", "F", "2,954(5)", "D", "$27.61", "66,110(2)(3)(4)", "D",
    "(6)", "D", "$27.61", "(2)(3)(4)", "64,213", "D", "A", "$0", "74,213(2)(3)(4)", "D",
    "Common Share", "03/17/2025", "F", "1,897", "Common Share", "03/17/2025", "A", "10,000(7)"]


def test_rows_printed_later_cells_first_several_at_once_are_put_back() -> None:
    partial = partly_read(paragraph_atoms(TAILS_FIRST), "table_i", "stream")
    assert partial is not None
    assert [(r["transaction_code"].text, r["shares"].text, r["shares_owned_following"].text)
            for r in partial.rows] == [
        ("A", "10,000(1)", "69,064(2)(3)(4)"), ("F", "2,954(5)", "66,110(2)(3)(4)"),
        ("F", "1,897", "64,213"), ("A", "10,000(7)", "74,213(2)(3)(4)")]
    assert partial.rows[2]["price_per_share"].text == "$27.61"


def test_rows_printed_later_cells_first_that_do_not_follow_are_left_out() -> None:
    # 66,110 - 1,897 is not 64,000: which cells are whose the arithmetic does not bear out
    body = [w if w != "64,213" else "64,000" for w in TAILS_FIRST]
    partial = partly_read(paragraph_atoms(body), "table_i", "stream")
    assert partial is not None and len(partial.rows) == 2


# TSLA-20211221 (EDGAR's XML: 3,400 then 1,900 shares sold, 2,085,555 then 2,083,655 owned
# after; then 5,948 sold, 2,077,707 after): pdftotext printed the second sale's amount
# owned after and its "D" after the first sale's own, before its title, each mark apart
# from its value ("S [1]" on a line)
TAIL_BEFORE_TITLE = [
    "Common Stock 12/21/2021", "M (1)", "2088955", "A", "$6.24", "2088955", "D",
    "Common Stock 12/21/2021", "S (1)", "3400 (2)", "D", "$886.69", "2085555", "D",
    "2083655", "D", "Common Stock 12/21/2021", "S (1)", "1900 (2)", "D", "$888.313", "(3)",
    "Common Stock 12/21/2021", "S (1)", "5948 (2)", "D", "$889.422", "(4)", "2077707", "D"]


def _amounts(body: list[str]) -> list[tuple[str, str]]:
    partial = partly_read(paragraph_atoms(body), "table_i", "stream")
    assert partial is not None
    return [(r["shares"].text, r["shares_owned_following"].text) for r in partial.rows]


def test_a_row_whose_last_cells_follow_the_row_before_is_read_back() -> None:
    # 2,085,555 - 1,900 = 2,083,655, and 2,083,655 - 5,948 = 2,077,707
    assert _amounts(TAIL_BEFORE_TITLE) == [("2088955", "2088955"), ("3400(2)", "2085555"),
                                           ("1900(2)", "2083655"), ("5948(2)", "2077707")]


def test_a_row_whose_last_cells_follow_the_row_before_but_do_not_add_up_is_left_out() -> None:
    body = [w if w != "2083655" else "2083000" for w in TAIL_BEFORE_TITLE]
    assert _amounts(body) == [("2088955", "2088955"), ("3400(2)", "2085555")]
