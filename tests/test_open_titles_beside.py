"""A row whose title and underlying title are both open on its line ("Common" under
"Class B Class A"): the line right below is the row's even where it holds both cells'
words ("Stock Stock"), a visual line being one row's (``row_lines._open_title_lines``).
The page is built after YELP-20130318-1's sec page through pymupdf4llm, whose second row
ran its cells' last two lines into its line ("CommonStock") and whose last row it printed
whole; the expected titles are that filing's EDGAR values, typed from its truth."""

from __future__ import annotations

from support import lines_page, lines_rows

TABLE_I = ("Class A Common Stock 03/18/2013 C(1) 633 A $ 0 633 D\n"
           "See\n"
           "Class A Common Stock 03/18/2013 C(1) 1,265 A $ 0 1,265 I Footnote(4)\n"
           "See\n"
           "Class A Common Stock 03/18/2013 S(2) 1,265 D $ 25.0008(3) 0 I Footnote(4)\n")
TABLE_II = ("Class B Class A\n"
            "Common (5)(6) 03/18/2013 C 633 (5)(6) (7) Common 633 $ 0 2,485,457 D\n"
            "Stock Stock\n"
            "Class B Class A\n"
            "See\n"
            "CommonStock (5)(6) 03/18/2013 C 1,265 (5)(6) (7) CommonStock 1,265 $ 0 3,652,557 I "
            "Footnote(4)\n"
            "Class B Class A\n"
            "Common (5)(6) 03/20/2013 C 8,500 (5)(6) (7) Common 8,500 $ 0 2,476,957 D\n"
            "Stock Stock\n"
            "Class B Common Stock (5)(6) 03/20/2013 C 12,000 (5)(6) (7) Class A Common Stock "
            "12,000 $ 0 3,640,557 I See Footnote(4)\n")

# the page's first note, which prints the titles' words
NOTES = ("1. Each share of Class A Common Stock was issued upon conversion of one share of "
         "Class B Common Stock.\n")


def _titles(row: dict[str, str]) -> tuple[str | None, str | None]:
    return row.get("security_title"), row.get("underlying_security_title")


def test_two_open_titles_take_the_line_below_and_the_next_row_opens_after_it() -> None:
    rows = lines_rows(lines_page(TABLE_I, TABLE_II) + NOTES, "table_ii")
    assert [row["shares"] for row in rows] == ["633", "1,265", "8,500", "12,000"]
    # truth: Class B Common Stock over Class A Common Stock on every row
    assert [_titles(row) for row in rows] == [("Class B Common Stock", "Class A Common Stock")] * 4


def test_titles_that_may_end_on_the_line_leave_the_lines_below_unplaced() -> None:
    # "Common Stock" may end there: "Class B Class A" below may open the next row's cells
    # (a guard against widening the rule: a title closed on its line never reaches it)
    ended = TABLE_II.replace("Common (5)(6) 03/18/2013", "Common Stock (5)(6) 03/18/2013").replace(
        "(7) Common 633", "(7) Common Stock 633").replace("Stock Stock\nClass B Class A\nSee",
                                                         "Class B Class A\nSee")
    # notes that print the words in another case ("common stock"): the run "CommonStock"
    # is not spaced again by them (``glued_words.note_spacings``), so the row's line
    # still holds a run no title shows and only the rule guarded against could read it
    rows = lines_rows(lines_page(TABLE_I, ended) + NOTES.replace("Common Stock", "common stock"),
                      "table_ii")
    assert _titles(rows[1]) == (None, None)

