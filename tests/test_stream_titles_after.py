"""A Table II row printed in reading order before its own titles ("$10.73 11/20/2020 M
2080 D [1] 07/13/2027 2080 $0 0 D", then "Stock", "Option", "(right to", "buy)",
"Common", "Stock", then the next row's title: the web design's page through pdftotext
-raw, the row at a page's foot, its wrapped cells printed on the next page): its title
and underlying title are cut from the lines after it where the table's other rows spell
them (``form/titles_after.py``)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from form4lark import parse
from form4lark.errors import SectionError
from form4lark.form.titles_after import MOST_READS, titles_after_put_back

from support import FIXTURES, fixture_text, line_atoms, read_none_wrong, truth_of

TEXT = FIXTURES / "web_stream_titles_after" \
    / "NTRA-20201120-1.pdftotext-raw.txt"
#: the lines after the row printed before its titles: its title, its underlying title
_AFTER = "2080 $0 0 D\n\fStock\nOption\n(right to\nbuy)\nCommon\nStock\n"


def _rows(text: str) -> list[tuple]:
    return [(r.security_title, r.conversion_or_exercise_price, r.shares,
             r.underlying_security_title, r.underlying_shares)
            for r in parse(text).derivative_transactions or []]


def test_a_row_printed_before_its_titles_takes_them_from_the_lines_after_it() -> None:
    text = fixture_text(TEXT)
    assert _AFTER in text
    option = "Stock Option (right to buy)"
    assert _rows(text) == [
        (option, Decimal("7.86"), Decimal(2851), "Common Stock", Decimal(2851)),
        (option, Decimal("10.41"), Decimal(11169), "Common Stock", Decimal(11169)),
        (option, Decimal("10.73"), Decimal(2080), "Common Stock", Decimal(2080)),
        (option, Decimal("9.51"), Decimal(2810), "Common Stock", Decimal(2810))]


def test_titles_no_other_row_spells_are_not_taken() -> None:
    """An underlying title no other row prints ("Ordinary Shares"): which lines are the
    row's is not told by the table, so the row is not read (nor are the rows after it);
    the rows before it are."""
    text = fixture_text(TEXT).replace(_AFTER, _AFTER.replace("Common\nStock", "Ordinary\nShares"))
    option = "Stock Option (right to buy)"
    assert _rows(text) == [
        (option, Decimal("7.86"), Decimal(2851), "Common Stock", Decimal(2851)),
        (option, Decimal("10.41"), Decimal(11169), "Common Stock", Decimal(11169))]


def test_the_reads_of_a_table_are_bounded() -> None:
    """Fifteen values lines with no words, each followed by fourteen lines "Stock": every
    cut is spelled as other rows', so each would be read; no more than ``MOST_READS``
    reads are tried and the table is left as printed."""
    lines = []
    for _ in range(15):
        lines += ["2080 11/20/2020 M 2080 D 07/13/2027 2080 $0 0 D", *["Stock"] * 14]
    reads = []

    def read(words: list) -> list:
        reads.append(words)
        raise SectionError("does not read")
    assert titles_after_put_back(line_atoms(*lines), read) is None
    assert 0 < len(reads) <= MOST_READS


#: the same page through pdftotext with no flags: each of the row's values on lines of
#: its own ("$10.73", "11/20/2020", "M", ...), its titles after them
BLOCKS = FIXTURES / "web_stream_titles_after" / "NTRA-20201120-1.pdftotext.txt"


def test_a_row_of_values_each_on_its_lines_takes_its_titles_after_it() -> None:
    text = fixture_text(BLOCKS)
    assert "\n\n$10.73\n\n11/20/2020\n\nM\n\n2080\n" in text
    form, off = read_none_wrong(BLOCKS)
    rows = form.derivative_transactions or ()
    assert len(rows) == len(truth_of(BLOCKS)["derivative_transactions"]) == 26
    moved = next(r for r in rows if r.conversion_or_exercise_price == Decimal("10.73"))
    assert (moved.security_title, moved.underlying_security_title, moved.shares) == (
        "Stock Option (right to buy)", "Common Stock", Decimal(2080))
    assert not [f for f in off if f.startswith("derivative")]


@pytest.mark.parametrize("price", ["$10.73", "10.73"])
def test_values_lines_join_up_to_the_next_rows_price(price: str) -> None:
    # the row before's "$0 / 0 / D" is no part of the row printed before its titles: a
    # "D"/"I" then a price, with its dollar sign or bare, opens the next row; the titles
    # after it go before its values
    lines = ["Option", "$7.86 11/20/2020 M 2851 D 07/13/2027 Stock 2851", "$0", "0", "D",
             price, "11/20/2020", "M", "2080", "D", "07/13/2027", "2080", "$0", "0", "D",
             "Option", "Stock"]
    reads: list[list[str]] = []

    def read(words: list) -> list:
        reads.append([w.text for w in words])
        raise SectionError("does not read")
    assert titles_after_put_back(line_atoms(*lines), read) is None
    row = ["Option", price, "11/20/2020", "M", "2080", "D", "07/13/2027", "Stock", "2080",
           "$0", "0", "D"]
    assert reads and all(words[-len(row):] == row for words in reads)
