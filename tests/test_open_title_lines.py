"""A row whose only open cell is its title, its words on the row's line unable to end it
("Common"): the title wraps onto the line right below, and a visual line is one row's,
so that line is the row's (``row_lines._open_title_lines``). The page is built after
JOBY-20231005-1's plain page through pdfplumber; the expected titles and natures are
that filing's EDGAR values, typed from its truth."""

from __future__ import annotations

from support import lines_page, lines_rows

ROWS = ("Common 10/05/2023 A 2,080(1)(2)(3) A $ 0 75,356 D\n"
        "Stock\n"
        "Common 2,000,000 I By Reprogrammed\n"
        "Stock Interchange LLC(4)\n"
        "Common 17,130,000 I By Reinvent Sponsor\n"
        "Stock LLC(5)\n")


def _texts(row: dict[str, str]) -> tuple[str | None, str | None]:
    return row.get("security_title"), row.get("nature_of_ownership")


def test_an_open_title_takes_the_line_below_and_the_next_row_opens_on_its_line() -> None:
    rows = lines_rows(lines_page(ROWS, ""), "table_i")
    assert [_texts(row) for row in rows] == [
        ("Common Stock", None),
        ("Common Stock", "By Reprogrammed Interchange LLC(4)"),
        ("Common Stock", "By Reinvent Sponsor LLC(5)")]
    assert [row["shares_owned_following"] for row in rows] == ["75,356", "2,000,000", "17,130,000"]


def test_a_title_its_line_may_end_leaves_the_line_below_unplaced() -> None:
    # "Common Stock" may end there: the line below may open the next row's cells
    rows = lines_rows(lines_page(ROWS.replace("Common 10/05", "Common Stock 10/05"), ""), "table_i")
    assert _texts(rows[1]) == (None, None)
