"""A joined Table II row's title whose two middle lines pdfplumber interleaved a few
letters a line above the row's values ("O" / "(ri" / "p" / ... of "Option" and "(right
to"), its other lines around them, as many below the row as above the pair
(``form/straddled_titles.py``). The pages are NTRA-20201120-1's and TSLA-20230727-1's
sec pages through pdfplumber; the expected titles are those filings' truth."""

from __future__ import annotations

from support import lines_page, lines_rows
from test_letter_stacks import STACKED

TABLE_I_ROW = "Common Stock 11/20/2020 M 1,987 A $9.97 1,987 D\n"
#: "Non-" / "Qualified" / "Stock" and "Option" interleaved (STRAIGHT, the
#: cell's lines left-aligned) / "(right to" / "buy)" (TSLA-20230727-1)
STRAIGHT = "S\nO\nt\np\no\nt\nc\ni\nk\non\n"
TWO_ABOVE = ("Non-\nQualified\n" + STRAIGHT
             + "$17.22 07/27/2023 M(1) 10,500 (2) 07/19/2029 Co\nS\nm\nto\nm\nck\n"
             "on 10,500 $0 541,275 D\n(right to\nbuy)\n")
#: STACKED's interleaved pair, its cell's lines left-aligned as TWO_ABOVE's
STACKED_PAIR = "O\n(ri\np\ng\nt\nh\nio\nt\nn\nto\n"
#: NTRA-20201120-1's row as pdfplumber prints it with the title's lines centred in their
#: cell: "(right to", the longer, opens and closes the run of fragments (an odd count)
CENTRED = ("Stock\n(\nO\nrig\np\nh\nti\nt\no\nt\nn\no\n"
           "$9.97 11/20/2020 M 1,987 (1) 11/12/2025 Co\nS\nm\nto\nm\nck\n"
           "on 1,987 $0 0 D\nbuy)\n")


def _titles(table_ii: str) -> list[str | None]:
    rows = lines_rows(lines_page(TABLE_I_ROW, table_ii), "table_ii")
    return [row.get("security_title") for row in rows]


def test_a_title_around_its_interleaved_middle_lines_is_read() -> None:
    assert _titles(STACKED) == ["Stock Option (right to buy)"]
    assert _titles(TWO_ABOVE) == ["Non-Qualified Stock Option (right to buy)"]


def test_rows_one_after_another_take_as_many_lines_below_as_above() -> None:
    # the line between two rows: "buy)" the upper row's, "Stock" the lower's
    assert _titles(STACKED + STACKED.replace("1,987", "2,845")) == [
        "Stock Option (right to buy)"] * 2


def test_a_title_not_certain_is_left_out() -> None:
    # fewer lines below the last row than above its pair: the cell is not centred so
    assert _titles(TWO_ABOVE.replace("(right to\nbuy)\n", "buy)\n")) == [None]
    # a bracket left open: its lines may go on
    assert _titles(STACKED.replace("buy)", "buy")) == [None]
    # an indirect holding: its nature's words may stand on the lines
    assert _titles(STACKED.replace("$0 0 D", "$0 0 I")) == [None]
    # letters that cut into no words: nothing read
    assert _titles(STACKED.replace("io\n", "iq\n")) == [None]
    # a centred cell's lines: the longer opens the run and closes it (the opening
    # line is not the upper), read as the upper's "Stock (right to Option buy)"
    assert _titles(CENTRED) == [None]
    # TSLA-20230727-1's lines centred, then right-aligned, in their cell: an odd count
    for pair in ("O\nS\np\nto\nti\nc\no\nk\nn\n", "O\nS\np\nt\nt\no\nio\nck\nn\n"):
        assert _titles(TWO_ABOVE.replace(STRAIGHT, pair)) == [None]
    # a right-aligned cell's even count: the longer line "(right to" opens the run
    assert _titles(STACKED.replace(STACKED_PAIR, "(r\nO\nig\np\nht\nti\nto\non\n")) == [None]
    # the row before is no row read so: which lines below it are its own is not known
    assert _titles(STACKED.replace("$0 0 D", "$0 0 I") + STACKED) == [None, None]


def test_rows_read_one_after_another_are_kept_only_together() -> None:
    # a row reading another title: the cut between them may be off by a line (a title
    # of three lines has one more line on one side of its pair), neither is kept
    other = TWO_ABOVE.replace("10,500", "2,845")
    assert _titles(STACKED + other) == [None, None]
    # the last row leaves a line below it that no title takes: the cuts are not certain
    assert _titles(STACKED + STACKED.replace("1,987", "2,845") + "Units\n") == [None, None]
