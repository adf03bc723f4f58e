"""Table II's cells of only footnote marks in a text of ``pdftotext`` in its default mode
(no ``-layout``, no ``-raw``), which prints each cell as a block of its own, a blank line
between blocks: the conversion price's marks a block between the title's and the date's
("Stock", "", "[3] [4]", "", "11/23/2012"), the two date columns' marks two blocks after
the direction ("D", "", "[3] [4]", "", "[5]"). The fixture is pdftotext's text of the web
design's PDF (``benchmarks/other_converters.py --design web --converter pdftotext``); the
values asserted are the filing's truth.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from form4lark.form.row_sequence import sequence_rows
from form4lark.form.atoms import lines_of
from form4lark.form.table_ii_marks import date_marks_apart, price_marks_apart
from form4lark.form.titles_after import _value_runs_joined
from form4lark import parse
from support import FIXTURES, edited_text, line_atoms, read_none_wrong

BLOCKS = FIXTURES / "pdftotext-blocks"
YELP = BLOCKS / "YELP-20121123-1-web.txt"

#: a Table II row as the web design's PDF prints it through pdftotext, one block a cell
#: (its marks as the reader holds them, "[3]" made "(3)")
ROW = ("Class B", "Common", "Stock", "", "(3) (4)", "", "11/23/2012", "", "C", "", "2800", "",
       "D", "", "(3) (4)", "", "(5)", "", "Class A", "Common", "Stock", "", "2800", "",
       "$0.00 77865", "", "D")


def test_marks_blocks_read_as_the_price_s_and_the_dates_cells() -> None:
    """YELP-20121123-1 (web): the price's "[3] [4]" is one cell, the dates' "[3] [4]" and
    "[5]" one cell each (before: Table II left out, the price's marks read as two cells).
    The third row is printed before its titles, its values parted from the row above at
    its price's marks, date and code ("[3] [4]", "11/27/2012", "C") and its titles put
    back (``titles_after``)."""
    form, _ = read_none_wrong(YELP)
    rows = form.derivative_transactions
    assert [(r.security_title, r.transaction_date, r.shares, r.underlying_shares,
             r.price_per_share, r.shares_owned_following, r.direct_or_indirect)
            for r in rows] == [
        ("Class B Common Stock", date(2012, 11, 23), Decimal("2800"), Decimal("2800"),
         Decimal("0.00"), Decimal("77865"), "D"),
        ("Class B Common Stock", date(2012, 11, 26), Decimal("12870"), Decimal("12870"),
         Decimal("0.00"), Decimal("64995"), "D"),
        ("Class B Common Stock", date(2012, 11, 27), Decimal("9330"), Decimal("9330"),
         Decimal("0.00"), Decimal("55665"), "D")]
    for row in rows:
        assert row.conversion_or_exercise_price is None
        assert row.footnotes.get("conversion_or_exercise_price") == ("3", "4")
        assert row.footnotes.get("exercise_date") == ("3", "4")
        assert row.footnotes.get("expiration_date") == ("5",)


def test_a_marks_line_right_below_the_title_is_not_the_price_s() -> None:
    """"Stock" / "[3] [4]" with no blank line between: the marks stand in the title's
    block (its wrapped marks, or the title's and the price's): not taken as the price's
    one cell."""
    atoms = price_marks_apart(line_atoms(*ROW))
    assert [a.text for a in atoms[4:6]] == ["(3)(4)", "11/23/2012"]
    atoms = price_marks_apart(line_atoms(*ROW[:3], *ROW[4:]))
    assert "(3)(4)" not in [a.text for a in atoms[:6]]
    # "[1] [1]" alone in its block: one footnote twice is two cells' marks, not one cell
    atoms = price_marks_apart(line_atoms(*ROW[:4], "(1) (1)", *ROW[5:]))
    assert "(1)(1)" not in [a.text for a in atoms]
    # a text printing a blank line after every line: the title's wrapped marks stand so too
    spaced = [line for word in ROW if word for line in (word, "")]
    atoms = price_marks_apart(line_atoms(*spaced))
    assert "(3)(4)" not in [a.text for a in atoms[:6]]


def test_date_marks_cut_by_their_blocks_only() -> None:
    """"[3] [4]", "", "[5]" is cut at the blank line; "[3] [4]" right over "[5]" (one
    block: a cell's wrapped marks or two cells') is not told, both dates unplaced."""
    [row] = sequence_rows(line_atoms(*ROW), "table_ii", "web")
    assert (row["exercise_date"].text, row["expiration_date"].text) == ("(3)(4)", "(5)")
    at = ROW.index("(5)")
    atoms = date_marks_apart(line_atoms(*ROW[:at - 1], *ROW[at:]))
    assert not {"(3)(4)", "(5)", "(3)", "(4)"} & {a.text for a in atoms[13:16]}


def test_an_edited_price_block_on_the_title_s_last_line_reads_no_wrong_value() -> None:
    """The same filing with the price's marks moved up into the title's block (right
    below "Stock"): which cell holds which mark is not told, and no row holds a wrong
    footnote."""
    text = edited_text(YELP, ("Stock\n\n[3] [4]\n\n11/2", "Stock\n[3] [4]\n\n11/2"))
    form = parse(text.encode())
    for row in form.derivative_transactions or []:
        assert row.footnotes.get("conversion_or_exercise_price") in (None, ("3", "4"))
        assert row.footnotes.get("security_title") in (None, ("3", "4"))


def test_values_parted_at_a_direction_only_where_a_code_follows_the_date() -> None:
    """"D", "[3] [4]", "11/27/2012", "C": after an ownership's "D" a price of marks, the
    transaction date and its code open the next row. After a direction's "D" the marks
    and the date are the exercisable and expiration dates' ("D", "(31) (32)",
    "08/13/2022", "30000"): one run, not parted."""
    lines = lines_of(line_atoms("64995", "D", "(3) (4)", "11/27/2012", "C", "9330", "D"))
    assert [[a.text for a in line] for line in _value_runs_joined(lines)] == [
        ["64995", "D"], ["(3)", "(4)", "11/27/2012", "C", "9330", "D"]]
    lines = lines_of(line_atoms("9330", "D", "(31) (32)", "08/13/2022", "30000", "D"))
    assert len(_value_runs_joined(lines)) == 1
