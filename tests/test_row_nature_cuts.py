"""Two rows of indirect holdings sharing the lines between them ("Stock Stock Fund IV,"
/ "L.P.(1)" / "By Sequoia" / "Capital"), cut where the natures the page prints with
certainty leave one cut (``form/row_nature_cuts.py``), and a nature whose two lines
interleave with one lone letter ("U Pr S in G c F ipals") read again
(``row_lines._untangled_plain``). The page is built after MDB-20200610-1's sec page
through pdfplumber; the expected texts are that filing's EDGAR titles and natures of
its first two Table II rows, typed from its truth."""

from __future__ import annotations

from support import lines_page, lines_rows
from test_row_heads import _texts

GROWTH = "By Sequoia Capital U.S. Growth Fund IV, L.P.(1)"
PRINCIPALS = "By Sequoia Capital USGF Principals Fund IV, L.P.(1)"
VENTURE = "By Sequoia Capital U.S. Venture 2010 Fund, LP(2)"
#: Table I's rows printing the natures whole on their lines (read with certainty)
TABLE_I_ROWS = (f"Class A Common Stock 06/10/2020 C 846,819 A $0 846,819 I {GROWTH}\n"
                f"Class A Common Stock 06/10/2020 C 37,310 A $0 37,310 I {PRINCIPALS}\n"
                f"Class A Common Stock 06/10/2020 C 744,272 A $0 744,272 I {VENTURE}\n")
#: "Class B" / "Common" / "Stock", "Class A" / ..., the natures over six lines, centred
ROWS = ("By Sequoia\nCapital\n"
        "C C l o a m ss m B on (6) 06/10/2020 C 846,819 (6) (6) C C o l m as m s A on 846,819 "
        "$0 0 I U G . r S o . wth\nStock Stock Fund IV,\nL.P.(1)\n"
        "By Sequoia\nCapital\n"
        "C C l o a m ss m B on (6) 06/10/2020 C 37,310 (6) (6) C C o l m as m s A on 37,310 "
        "$0 0 I U Pr S in G c F ipals\nStock Stock Fund IV,\nL.P.(1)\n")
#: a third row: its title's and underlying title's first lines stand between its
#: nature's ("Class B Class A" under "Capital"), its nature's two middle lines
#: interleaved with one lone letter ("U Ve .S n . ture")
THIRD = ("By Sequoia\nCapital\nClass B Class A\n"
         "Common (6) 06/10/2020 C 744,272 (6) (6) Common 744,272 $0 0 I U Ve .S n . ture\n"
         "Stock Stock\n2010 Fund,\nLP(2)\n")
#: a row whose nature's letters interleave with figures ("2010" / "Venture"): a broken
#: line, next to which no lines are placed as rows printed alike (``row_alike.py``)
BROKEN = ("By Sequoia\nCapital\nU.S.\n"
          "C C l o a m ss m B on (6) 06/10/2020 C 81,788 (6) (6) C C o l m as m s A on 81,788 "
          "$0 0 I V 20 e 1 n 0 ture\nStock Stock Partners\nFund (Q),\nLP(2)\n")
#: the notes, which print "Class B Common" (the title's interleaved lines are read so)
NOTES = "1. Each share of Class B Common Stock converts into Class A Common Stock.\n"


def _rows(table_i: str, table_ii: str) -> list[dict[str, str]]:
    return lines_rows(lines_page(table_i, table_ii) + NOTES, "table_ii")


def test_the_lines_between_two_rows_are_cut_where_the_printed_natures_leave_one_cut() -> None:
    rows = _rows(TABLE_I_ROWS, ROWS + THIRD + BROKEN)
    assert [_texts(row) for row in rows] == [
        ("Class B Common Stock", "Class A Common Stock", GROWTH),
        ("Class B Common Stock", "Class A Common Stock", PRINCIPALS),
        # the last row's nature "V 20 e 1 n 0 ture" is two lines of a nature the page
        # prints ("Venture" / "2010"): that line is a row, not a broken one, so the lines
        # between the two rows are cut (MDB-20200610-1's truth for both rows)
        ("Class B Common Stock", "Class A Common Stock", VENTURE),
        # its own nature ("... Venture 2010 Partners Fund (Q), LP") is printed nowhere
        # else: only its underlying title, one the page prints, is read
        (None, "Class A Common Stock", None)]
    assert [row["shares"] for row in rows] == ["846,819", "37,310", "744,272", "81,788"]


def test_a_garbled_nature_that_no_printed_text_gives_leaves_a_broken_line() -> None:
    # "Ventura" / "2010": no run of a text the page prints
    rows = _rows(TABLE_I_ROWS, ROWS + THIRD + BROKEN.replace("0 ture", "0 tura"))
    # its lines below stand next to a broken line: not placed, its nature unknown;
    # its two titles stacked on the lines right around its line are read whole
    # (``form/stacked_titles.py``: MDB-20200610-1's truth for that row)
    assert _texts(rows[2]) == ("Class B Common Stock", "Class A Common Stock", None)
    assert not {"security_title", "underlying_security_title", "nature_of_ownership"} & set(
        rows[3])


def test_natures_the_page_does_not_print_leave_the_lines_uncut() -> None:
    # the upper row's nature not printed: no cut reads it, the rows' text cells stay out
    table_i = TABLE_I_ROWS.replace("U.S. Growth", "U.S. Venture")
    rows = _rows(table_i, ROWS + THIRD + BROKEN)[:3]
    assert _texts(rows[0])[2] is None


#: Table I of PLTR-20210217-1's sec page as tesseract prints it: a row printing its
#: nature whole on its line (read with certainty), then natures "See Footnote" over two
#: lines, "See" on the row's line and "Footnote" under it, the marks after it read on
#: some rows ("(6)"), lost on others: the second and third rows print no mark on the
#: line between them
SEE = ("Class A Common Stock 02/17/2021 C 3,891 A $0 3,915 I See Footnote(1)\n"
       "Class A Common Stock 02/17/2021 C 596,466 D $0 596,466 I See\nFootnote(6)\n"
       "Class A Common Stock 02/17/2021 C 294,208 D $0 294,208 I See\nFootnote\n"
       "Class A Common Stock 02/17/2021 C 11,440,882 A $0 5,720,458 I See\nFootnote(10)\n")


def test_a_nature_whose_mark_ocr_lost_is_cut_where_the_lower_row_opens_a_printed_one() -> None:
    # "See" + "Footnote" is the nature the page prints; the line is the upper row's,
    # "Footnote See" no nature's start: one cut (PLTR-20210217-1's truth for rows 8, 9)
    rows = lines_rows(lines_page(SEE, ""), "table_i")
    assert [row.get("nature_of_ownership") for row in rows] == [
        "See Footnote(1)", "See Footnote(6)", "See Footnote", "See Footnote(10)"]
    assert [row["shares"] for row in rows] == ["3,891", "596,466", "294,208", "11,440,882"]


def test_an_unmarked_nature_stays_uncut_where_the_lower_row_might_open_above_its_line() -> None:
    # one cut reads both natures as printed ones ("See Footnote" / "See" + "Footnote(10)"),
    # but it leaves the lower row a line above its own: without the upper row's mark the
    # run's last line may end either nature, so the lines are placed nowhere
    rows = lines_rows(lines_page(SEE.replace("I See\nFootnote\n", "I See\nFootnote\nSee\n")
                                 .replace("I See\nFootnote(10)", "I Footnote(10)"), ""), "table_i")
    assert [row.get("nature_of_ownership") for row in rows[2:]] == [None, None]
    assert rows[2]["shares"] == "294,208"
