"""A plain page's Table I whose cells are aligned to the top (each cell wraps down from
its row's line): the first row right under the headers, its title its one open cell,
and every row opening its lines below with that title's words, tell the alignment;
the titles and natures are then read down from each row's line (AFRM-20230403-1's
page as pdfplumber prints it)."""

from __future__ import annotations

from support import lines_page, lines_rows

ROWS = ("Class A 04/03/2023 S 17,286(1) D $ 11.1484(2) 0 D\nCommon\nStock\n"
        "Class A 75,000 I By FF Affirm Growth,\nCommon LLC(3)\nStock\n"
        "Class A 1,486,909 I By The Founders\nCommon Fund Growth, LP(3)\nStock\n")


def _table(rows: str) -> list[dict[str, str]]:
    return lines_rows(lines_page(rows, ""), "table_i")


def test_titles_printed_alike_down_from_every_row_tell_a_top_aligned_page() -> None:
    first, second, third = _table(ROWS)
    assert [row["security_title"] for row in (first, second, third)] == [
        "Class A Common Stock"] * 3
    assert "nature_of_ownership" not in first
    assert second["nature_of_ownership"] == "By FF Affirm Growth, LLC(3)"
    assert third["nature_of_ownership"] == "By The Founders Fund Growth, LP(3)"
    assert (first["shares"], second["shares_owned_following"]) == ("17,286(1)", "75,000")


def test_a_row_whose_lines_below_open_otherwise_tells_nothing() -> None:
    # the last row's lines open with other words than the first row's: no alignment told
    rows = ROWS.replace("Common Fund Growth, LP(3)\nStock\n", "Fund Growth, LP(3)\nStock\n")
    assert all("security_title" not in row for row in _table(rows))
    # a first row of one line below (centred, a title may end one line below its row)
    rows = ROWS.replace("Common\nStock\nClass A 75", "Common Stock\nClass A 75")
    assert all("security_title" not in row for row in _table(rows)[1:])


#: Table II of a plain page (TSLA-20100702-1 as pdfplumber prints it): each row's
#: series title, underlying title and nature wrap down from its line
SERIES = ("Series A (1) 07/02/2010 C 100 (1) (1) Common 100 $ 0 0 I By Trust\n"
          "Preferred Stock\nStock\n"
          "Series B (1) 07/02/2010 C 200 (1) (1) Common 200 $ 0 0 I By Trust\n"
          "Preferred Stock\nStock\n")


def _table_ii(rows: str) -> list[dict[str, str]]:
    return lines_rows(lines_page("", rows), "table_ii")


def test_rows_printed_alike_but_for_a_series_letter_tell_a_top_aligned_page() -> None:
    first, second = _table_ii(SERIES)
    assert (first["security_title"], second["security_title"]) == (
        "Series A Preferred Stock", "Series B Preferred Stock")
    assert first["underlying_security_title"] == second["underlying_security_title"] == "Common Stock"
    assert first["underlying_shares"] == "100"


def test_rows_differing_in_a_long_word_tell_nothing() -> None:
    rows = SERIES.replace("Series B (1)", "Sequoia A (1)")  # one word differs, a long one
    assert all("security_title" not in row for row in _table_ii(rows))
