"""Titles of rows that OCR printed in blocks (``form/row_lines.block_titles``).

Tesseract may print a table block by block: a row's title alone on its line, then
its first values, its nature one word a line, then its other values ("Class A Common
Stock" / "06/10/2020 c 846,819 A" / "By" / "Sequoia" / ... / "$0 846,819 I"). The row
is joined from its values' halves (``row_lines._join_past_words``); its title is the
line before it, counted from the table's first line (the lines above the first row
are its own), and only while every row stands so.
"""

from __future__ import annotations

import form4lark
from support import FIXTURES, fixture_text, truth_of

MDB = FIXTURES / "ocr_blocks" / "MDB-20200610-1" / "sec" / "tesseract.txt"


def _titles(text: str) -> list[str | None]:
    return [row.security_title for row in form4lark.parse(text).non_derivative_transactions]


def test_each_joined_row_takes_the_title_line_printed_before_it() -> None:
    text = fixture_text(MDB)
    truth = truth_of(MDB)["non_derivative_transactions"]
    form = form4lark.parse(text)
    rows = form.non_derivative_transactions
    # the first page's four rows (the second page's rows OCR lost their codes: unread)
    assert [row.security_title for row in rows] == [t["security_title"] for t in truth[:4]]
    assert [row.shares for row in rows] == [t["shares"] for t in truth[:4]]


def test_the_run_stops_where_the_table_does_not_open_with_a_title_line() -> None:
    text = fixture_text(MDB)
    first = text.index("Class A Common Stock\n")
    # a nature's line in the first title's place: the first row's title is unknown, and
    # so is every title after it (which row each line is of is no longer counted)
    natured = text[:first] + "By Trust\n" + text[first + len("Class A Common Stock\n"):]
    assert _titles(natured) == [None] * 4
    # two lines before the first row: not one title line, the run does not start
    doubled = text[:first] + "Series A\n" + text[first:]
    assert _titles(doubled) == [None] * 4


def test_a_line_that_no_title_closes_is_no_title() -> None:
    text = fixture_text(MDB)
    first = text.index("Class A Common Stock\n")
    cut = text[:first] + "Class A Common\n" + text[first + len("Class A Common Stock\n"):]
    assert _titles(cut) == [None] * 4


def test_a_nature_s_opening_or_a_number_makes_the_line_no_title() -> None:
    """A line closed by "Stock" is still no title where it opens with a nature's "By"
    ("By Class A Common Stock": a nature naming the stock held) or holds a number
    ("Series 2 Common Stock": which of the row's cells the figure is, is not known)."""
    text = fixture_text(MDB)
    first = text.index("Class A Common Stock\n")
    for line in ("By Class A Common Stock\n", "Series 2 Common Stock\n"):
        changed = text[:first] + line + text[first + len("Class A Common Stock\n"):]
        assert _titles(changed) == [None] * 4, line
