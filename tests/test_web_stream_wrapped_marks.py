"""Marks a PDF's reading-order text wraps away from their values (pdftotext -raw of a
web page's print: a cell's lines printed as a block, "Stock [1]" over the row's values
line, "28.593" over "[2]"): given to the value they follow where no column between the
two holds a mark alone (``row_marks``), and left alone where a line runs a title's and a
nature's words together."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from form4lark.errors import SectionError
from form4lark.form import row_sequence
from form4lark.form.row_marks import _spaced_mark_of, join_nature_marks
from form4lark.form.row_sequence import _direct_marks_read, sequence_rows
from form4lark.form.table_ii_marks import price_marks_apart

from support import FIXTURES, line_atoms, parse_fixture

MARKS = FIXTURES / "web_stream_marks"


def test_a_title_s_mark_ending_its_last_line_is_the_title_s() -> None:
    """GOOG-20151002-1: "Class A Common" / "Stock [1]" / "10/02/2015 C 16670 A ...": Table
    I's title holds the only column before the date, so the mark ending its line is the
    title's (before: Table I left out)."""
    form = parse_fixture(MARKS / "GOOG-20151002-1.txt")
    rows = form.non_derivative_transactions
    assert [(r.security_title, r.footnotes.get("security_title"), r.shares, r.price_per_share)
            for r in rows] == [("Class A Common Stock", ("1",), Decimal("16670"), Decimal("0")),
                               ("Class A Common Stock", ("1",), Decimal("532"),
                                Decimal("634.4608"))]
    assert rows[1].footnotes.get("price_per_share") == ("2",)


def test_an_amount_s_marks_ending_its_line_before_the_direction_are_its() -> None:
    """JOBY-20231005-1: "10/05/2023 A 2080 [1] [2]" / "[3]" / "A $0 75356 D": the marks
    follow the amount, before its direction letter (before: Table I left out)."""
    row = parse_fixture(MARKS / "JOBY-20231005-1.txt").non_derivative_transactions[0]
    assert (row.transaction_date, row.shares, row.acquired_disposed, row.price_per_share,
            row.shares_owned_following) == (date(2023, 10, 5), Decimal("2080"), "A",
                                            Decimal("0"), Decimal("75356"))
    assert row.footnotes.get("shares") == ("1", "2", "3")


def test_table_ii_shares_mark_wrapped_below_before_the_direction_is_theirs() -> None:
    """MSFT-20241212-1: "[1] 12/12/2024 A" / "28.593" / "[2]" / "A [3] [3]": the mark on a
    line of its own between the shares and their direction letter is the shares' (before:
    Table II left out)."""
    row = parse_fixture(MARKS / "MSFT-20241212-1.txt").derivative_transactions[0]
    assert (row.security_title, row.shares, row.acquired_disposed,
            row.underlying_security_title, row.underlying_shares,
            row.shares_owned_following) == ("Restricted Stock Units", Decimal("28.593"), "A",
                                            "Common Stock", Decimal("28.593"),
                                            Decimal("15515.937"))
    assert row.footnotes.get("shares") == ("2",)
    assert row.footnotes.get("conversion_or_exercise_price") == ("1",)


def test_table_ii_underlying_title_s_mark_ending_its_line_is_the_title_s() -> None:
    """ZNGA-20120608-1: "Class B" / "Common" / "Stock [2]" / "41322 $0.00 41322 D": the
    mark between the underlying title and its amount is the title's (before: Table II
    left out)."""
    row = parse_fixture(MARKS / "ZNGA-20120608-1.txt").derivative_transactions[0]
    assert (row.underlying_security_title, row.underlying_shares,
            row.expiration_date) == ("Class B Common Stock", Decimal("41322"),
                                     date(2019, 6, 8))
    assert row.footnotes.get("underlying_security_title") == ("2",)


def test_a_line_of_a_title_s_and_a_nature_s_words_keeps_its_mark_apart() -> None:
    """U-20220211-1 through pdfplumber (a text of the page's visual lines, read as a
    stream): "Common Sequoia Capital XII Principals Fund, LLC [2]" over the values line
    runs a title's first line and a nature's together. The mark ending that line is not
    given to "LLC" as a title's (its words are not all a title's), so no row's title reads
    those words (without the guard: "Common Sequoia Capital XII Principals Fund, LLC")."""
    form = parse_fixture(MARKS / "U-20220211-1-pdfplumber.txt")
    assert not any("Sequoia" in (r.security_title or "")
                   for r in form.non_derivative_transactions)
    assert _spaced_mark_of(["Common", "Stock"], "10/02/2015", "table_i", False, True, True)
    assert not _spaced_mark_of(["Fund,", "LLC"], "10/02/2015", "table_i", False, True, False)


def test_a_wrapped_nature_s_marks_are_the_nature_s() -> None:
    """U-20220211-1: "I" / "Sequoia Capital Global Growth Fund III -" / "Endurance
    Partners, L.P. [2] [3]", and "Fund, LLC [2]" / "[3]": the marks after a nature wrapped
    over lines (and on a line of their own below it) are the nature's, the row's last
    column (before: Table I left out)."""
    rows = parse_fixture(MARKS / "U-20220211-1.txt").non_derivative_transactions
    assert [(r.security_title, r.nature_of_ownership, r.footnotes.get("nature_of_ownership"))
            for r in rows] == [
        ("Common Stock", "Sequoia Capital Global Growth Fund III - Endurance Partners, L.P.",
         ("2", "3")),
        ("Common Stock", "Sequoia Capital XII, L.P.", ("2", "3")),
        ("Common Stock", "Sequoia Capital XII Principals Fund, LLC", ("2", "3"))]


def test_table_ii_price_s_marks_open_the_date_s_line_the_dates_cut_by_their_footnotes() -> None:
    """LNKD-20130204-1: "Stock" / "[2] [3] 02/04/2013 C [1] 83334 D [2] [3] [2] [3]" /
    "Class A": the marks opening the date's line could be the price's or the title's
    wrapped down to a bottom-aligned values line, and no row shows which: unplaced (the
    price's (2)(3) is lost; see the bottom-aligned FB below); the four after the direction letter are the two date
    columns', cut the one way that prints each footnote once in a cell (before: Table II
    left out)."""
    row = parse_fixture(MARKS / "LNKD-20130204-1.txt").derivative_transactions[0]
    assert (row.security_title, row.transaction_code, row.shares, row.acquired_disposed,
            row.underlying_security_title) == ("Class B Common Stock", "C", Decimal("83334"),
                                               "D", "Class A Common Stock")
    assert [row.footnotes.get(k) for k in ("conversion_or_exercise_price", "exercise_date",
                                           "expiration_date")] == [None, ("2", "3"), ("2", "3")]


def test_table_ii_title_s_mark_above_and_the_price_s_on_the_date_s_line() -> None:
    """FB-20170719-1: "Stock [1]" / "[1] 07/19/2017 A": the mark ending the title's last
    line is the title's, the one opening the date's line the conversion price's (before:
    Table II left out)."""
    rows = parse_fixture(MARKS / "FB-20170719-1.txt").derivative_transactions
    assert [(r.security_title, r.footnotes.get("security_title"),
             r.footnotes.get("conversion_or_exercise_price"), r.shares) for r in rows] == [
        ("Class B Common Stock", ("1",), ("1",), Decimal("45659")),
        ("Class B Common Stock", ("1",), ("1",), Decimal("14657"))]


def test_table_ii_date_marks_more_than_one_cut_leaves_both_dates_unplaced() -> None:
    """YELP-20121123-1: "D [3] [4] [5] Class A": (3)(4) | (5) and (3) | (4)(5) both print
    each footnote once in a cell, so neither date column's marks are told: left unknown,
    the rest of the row read."""
    row = parse_fixture(MARKS / "YELP-20121123-1.txt").derivative_transactions[0]
    assert (row.shares, row.acquired_disposed, row.underlying_security_title,
            row.shares_owned_following) == (Decimal("2800"), "D", "Class A Common Stock",
                                            Decimal("77865"))
    assert row.footnotes.get("conversion_or_exercise_price") is None  # as LNKD's: unplaced
    assert row.footnotes.get("exercise_date") is None
    assert row.footnotes.get("expiration_date") is None


def test_table_ii_price_s_mark_before_the_amount_owned_is_the_price_s() -> None:
    """FB-20170719-1 through pypdf: "... 45659 $69.35 [3] 87290 [4] I By The Founders
    Fund IV, LP [5]": a mark between Table II's "$" price and the amount owned is the
    price's, as in Table I: no column between the two holds a mark alone (before: Table
    II left out)."""
    rows = parse_fixture(MARKS / "FB-20170719-1-pypdf.txt").derivative_transactions
    assert [(r.price_per_share, r.footnotes.get("price_per_share"), r.shares_owned_following,
             r.footnotes.get("shares_owned_following")) for r in rows] == [
        (Decimal("69.35"), ("3",), Decimal("87290"), ("4",)),
        (Decimal("69.35"), ("3",), Decimal("28021"), ("4",))]


def test_table_ii_title_s_mark_above_an_empty_price_cell_is_the_title_s() -> None:
    """FB-20170719-1 printed again with its conversion-price cell empty: "Stock [1]" /
    "07/19/2017 A 45659": no mark opens the date's line, so the mark above it is the
    title's, never the empty price's (before: the price read footnote (1))."""
    rows = parse_fixture(MARKS / "FB-20170719-1-no-price.txt").derivative_transactions
    assert [(r.security_title, r.footnotes.get("security_title"),
             r.footnotes.get("conversion_or_exercise_price")) for r in rows] == [
        ("Class B Common Stock", ("1",), None), ("Class B Common Stock", ("1",), None)]


def test_table_ii_marks_opening_a_bottom_aligned_date_line_are_unplaced() -> None:
    """FB-20170719-1 printed with values bottom-aligned: "Stock" / "[1] [3] 07/19/2017 A":
    the title's (1) wrapped down to the values line before the price's (3), printed as
    LNKD's price's "[2] [3]" is. No row prints a title's mark above its date's line, so
    which cell holds which is not told: neither reads them (before: price (1)(3))."""
    rows = parse_fixture(MARKS / "FB-20170719-1-bottom.txt").derivative_transactions
    assert [(r.security_title, r.footnotes.get("security_title"),
             r.footnotes.get("conversion_or_exercise_price"), r.shares) for r in rows] == [
        ("Class B Common Stock", None, None, Decimal("45659")),
        ("Class B Common Stock", None, None, Decimal("14657"))]


def test_table_ii_one_footnote_twice_opening_the_date_line_is_two_cells() -> None:
    """The bottom-aligned FB with "[1] [1] 07/19/2017 A": one cell never prints a footnote
    twice, so the first (1) is the title's wrapped mark and the second the price's."""
    rows = parse_fixture(MARKS / "FB-20170719-1-bottom-twice.txt").derivative_transactions
    assert [(r.footnotes.get("security_title"), r.footnotes.get("conversion_or_exercise_price"))
            for r in rows] == [(("1",), ("1",)), (("1",), ("1",))]


def test_table_ii_a_title_s_mark_above_its_date_line_tells_the_table_is_not_bottom_aligned(
        ) -> None:
    """FB's first row "Stock [1]" / "[1] 07/19/2017" then a second row "Stock" /
    "[1] [3] 07/19/2017": the first row's title prints its mark above its values line, so
    the table's values are not bottom-aligned and the second row's marks opening its
    date's line are its price's."""
    rows = parse_fixture(MARKS / "FB-20170719-1-top-mixed.txt").derivative_transactions
    assert [(r.footnotes.get("security_title"), r.footnotes.get("conversion_or_exercise_price"))
            for r in rows] == [(("1",), ("1",)), (None, ("1", "3"))]


def test_table_ii_one_footnote_twice_above_the_date_line_is_not_the_title_s() -> None:
    """FB with no price printed "Stock [1] [1]" / "07/19/2017": one cell never prints a
    footnote twice, so the run holds two cells' marks and is not glued to the title."""
    rows = parse_fixture(MARKS / "FB-20170719-1-no-price-twice.txt").derivative_transactions
    assert not any(r.footnotes.get("security_title") for r in rows or [])


def test_table_ii_marks_before_one_date_and_the_underlying_title_are_the_exercisable_s(
        ) -> None:
    """LNKD printed with one date after the direction: "D [2] [3] 02/04/2023" / "Class A":
    the marks are the exercisable date's cell (no date), the date the expiration's."""
    row = parse_fixture(MARKS / "LNKD-20130204-1-one-date.txt").derivative_transactions[0]
    assert (row.exercise_date, row.expiration_date, row.underlying_security_title) == (
        None, date(2023, 2, 4), "Class A Common Stock")
    assert row.footnotes.get("exercise_date") == ("2", "3")


def test_a_title_s_word_on_another_line_than_its_mark_needs_a_title_s_line() -> None:
    """Table I's title rule for a word on the line above the mark (not ``joined``) holds
    only where that line is a title's words (``titled``), never "Fund, LLC"."""
    assert _spaced_mark_of(["Common", "Stock"], "10/02/2015", "table_i", False, False, True)
    assert not _spaced_mark_of(["Fund,", "LLC"], "10/02/2015", "table_i", False, False,
                               False)


def test_marks_after_a_line_opening_as_a_title_are_not_a_wrapped_nature_s() -> None:
    """"... 900 I By Trust" / "Common Stock (1) (2)": the line after the nature opens the
    way a title does (the next row's), so its marks are not made the nature's one run."""
    atoms = line_atoms("10/02/2015 S 100 D $5 900 I By Trust", "Common Stock (1) (2)",
                       "10/03/2015 S 5 D $5 895 I By Trust")
    assert [a.text for a in join_nature_marks(atoms)][9:13] == ["Common", "Stock", "(1)", "(2)"]


def test_table_ii_marks_between_a_title_and_its_date_on_one_line() -> None:
    """A row on one line (lynx): "Class B Common Stock (1) (1) 07/19/2017 A ...": one
    footnote printed twice is two cells, the title's then the conversion price's (a cell
    of only its mark). "(5) (6)" may be the title's and the price's, or either cell's
    both: dropped, neither cell's (before: Table II left out, the two marks read as a
    holding's dates)."""
    values = "A 45659 (2) A (1) (1) Class A Common Stock 45659 $69.35 (3) 87290 I"
    atoms = price_marks_apart(line_atoms(f"Class B Common Stock (1) (1) 07/19/2017 {values}"))
    assert [a.text for a in atoms[:6]] == ["Class", "B", "Common", "Stock(1)", "(1)", "07/19/2017"]
    atoms = price_marks_apart(line_atoms(f"Class B Common Stock (5) (6) 07/19/2017 {values}"))
    assert [a.text for a in atoms[:5]] == ["Class", "B", "Common", "Stock", "07/19/2017"]
    [row] = sequence_rows(line_atoms(f"Class B Common Stock (5) (6) 07/19/2017 {values}"),
                          "table_ii", "web")
    assert (row["security_title"].text, row["transaction_date"].text, row["shares"].text) == \
        ("Class B Common Stock", "07/19/2017", "45659(2)")
    assert "conversion_or_exercise_price" not in row
    # one mark alone stays as printed: the grammar reads it as the price's cell
    atoms = price_marks_apart(line_atoms(f"Class B Common Stock (5) 07/19/2017 {values}"))
    assert [a.text for a in atoms[:6]] == ["Class", "B", "Common", "Stock", "(5)", "07/19/2017"]


def test_table_ii_title_s_mark_before_a_dollar_price_on_its_line_is_the_title_s() -> None:
    """"Class B Common Stock (3) $0.00 12/21/2011 C ..." (lynx's row on its line): the "$"
    price after the mark is the conversion price (an underlying title is followed by its
    amount, never by "$"), so the mark is the title's (before: Table II left out)."""
    assert _spaced_mark_of(["Common", "Stock"], "$0.00", "table_ii", False, True, True)
    assert not _spaced_mark_of(["Common", "Stock"], "$0.00", "table_ii", True, True, True)
    line = ("Class B Common Stock (3) $0.00 12/21/2011 C 3109744 A (2) (2) "
            "Class A Common Stock 3109744 $0.00 3109744 I See footnote")
    [row] = sequence_rows(line_atoms(line), "table_ii", "web")
    assert (row["security_title"].text, row["conversion_or_exercise_price"].text,
            row["underlying_security_title"].text) == \
        ("Class B Common Stock(3)", "$0.00", "Class A Common Stock")


def test_a_mark_after_a_direct_ownership_ending_its_line_is_the_ownership_s(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """"Common Stock 11241580 D (1)" over the next row (lynx's rows, each on its line): a
    direct holding has no nature, so the mark is the ownership cell's; with no price
    before the amount the stream's first gluing (``ownership_marks_joined``) does not
    tell the "D" the ownership's, so only the fallback reads it (without it, "(1)" is
    read as the next row's first cell, Table I left out). A direction "D" whose line a
    converter broke before its dates' marks ("C 4025764 D (1)" over "(1) Common Stock
    ...") is not read so: glued, the grammar does not read that "D" as an ownership."""
    lines = ["Common Stock 11241580 D (1)", "Class B Common Stock 500 I By Trust (2)"]
    rows = sequence_rows(line_atoms(*lines), "table_i", "web")
    assert [(r["security_title"].text, r["shares_owned_following"].text,
             r["direct_or_indirect"].text) for r in rows] == \
        [("Common Stock", "11241580", "D(1)"), ("Class B Common Stock", "500", "I")]
    monkeypatch.setattr(row_sequence, "_direct_marks_read", lambda *args: None)
    with pytest.raises(SectionError):
        sequence_rows(line_atoms(*lines), "table_i", "web")
    broken = ["Series C-1 Preferred Stock (1) 02/06/2024 C 4025764 D (1)",
              "(2) 08/14/2030 Common Stock 1875938 $0 0 I By Trust"]
    assert _direct_marks_read(line_atoms(*broken), "table_ii") is None
