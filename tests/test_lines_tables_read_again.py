"""A page of visual lines keeps its tables' lines and the titles read with certainty
once (``row_lines.lines_table``, in ``page.memo``) and places each table's rows on a copy
of those lines: Table II reads the same whether Table I was read before it on the page
or not, and a page's tables read again, in the other order, read as they did; the
values are the filings' truth."""

from __future__ import annotations

from pathlib import Path

from form4lark.form.row_lines import lines_table
from form4lark.shapes.lines import read_lines
from support import FIXTURES, fixture_text, lines_page, truth
from test_row_nature_cuts import NOTES, ROWS, TABLE_I_ROWS, THIRD

LINES = FIXTURES / "lines"


def _texts(rows: list) -> list[dict[str, str]]:
    return [{key: cell.text for key, cell in row.items() if cell} for row in rows]


def _both_ways(text: str) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """Table II's rows read after Table I's on one page, and alone on a page of its own."""
    page = read_lines(text)
    lines_table(page, "table_i")
    return _texts(lines_table(page, "table_ii")), _texts(lines_table(read_lines(text), "table_ii"))


def test_table_ii_reads_the_same_after_table_i_as_alone() -> None:
    after, alone = _both_ways(lines_page(TABLE_I_ROWS, ROWS + THIRD) + NOTES)
    assert after == alone
    # the natures cut by those Table I prints whole (row_nature_cuts.py: MDB-20200610-1)
    assert [row.get("nature_of_ownership") for row in after] == [
        "By Sequoia Capital U.S. Growth Fund IV, L.P.(1)",
        "By Sequoia Capital USGF Principals Fund IV, L.P.(1)",
        "By Sequoia Capital U.S. Venture 2010 Fund, LP(2)"]


def test_a_table_read_again_on_the_page_reads_as_it_did() -> None:
    path = LINES / "AAPL-20190812-1" / "sec" / "pdfplumber.txt"
    page = read_lines(fixture_text(Path(path)))
    first = [_texts(lines_table(page, table)) for table in ("table_i", "table_ii")]
    again = [_texts(lines_table(page, table)) for table in ("table_ii", "table_i")][::-1]
    assert first == again
    held = truth("AAPL-20190812-1", "sec")
    owned = [*held["non_derivative_transactions"], *held["non_derivative_holdings"]]
    assert [row["shares_owned_following"] for row in first[0]] == [
        f"{t['shares_owned_following']:,}" for t in owned]
    assert [row["security_title"] for row in first[1]] == [
        t["security_title"] for t in held["derivative_transactions"]]
