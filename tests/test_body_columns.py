"""A page grid's table whose header stands on another character grid than its body
(pdftotext -layout of the web design's page): the columns are taken from how the body's
values line up and what kind of value each holds, matched to the form's columns in their
order (``form/body_columns.py``)."""

from __future__ import annotations

from decimal import Decimal

import form4lark
from form4lark.form.body_columns import _apart, body_columns, runs
from form4lark.form.short_grid import GridWord

from support import FIXTURES, edited_text, off_fields, parse_fixture, table_fields_off, truth_of

ROWS = FIXTURES / "web"
#: texts cut down to the tables (their notes shortened): only their tables' rows checked
CUT = FIXTURES / "body_columns"


def _line(text: str, number: int = 1) -> list[GridWord]:
    """A grid line's words at their character columns."""
    words, at = [], 0
    for piece in text.split(" "):
        if piece:
            words.append(GridWord(piece, at, at + len(piece), number, at + 1))
        at += len(piece) + 1
    return words


def test_a_table_ii_row_off_its_titles_grid_is_read_whole() -> None:
    """CMMB-20210316-1: the body's "P [1]" stands under no title ("Code" five columns
    left of it), its expiration date runs one space into the underlying title
    ("03/17/2026 Depositary"): every field against the truth."""
    path = ROWS / "CMMB-20210316-1" / "web" / "pdftotext-layout.txt"
    form, off = table_fields_off(path)
    assert off == []
    [row] = form.derivative_transactions or []
    assert (str(row.expiration_date), row.underlying_security_title) == (
        "2026-03-17", "American Depositary Shares")


def test_holding_rows_on_their_own_grid_are_read_block_by_block() -> None:
    """PLTR-20210217-1 (cut down): two transaction rows, then holdings whose cells pdftotext
    set on a grid of their own (the D/I seven columns right of the rows' above): each
    block of lines matched on its own, every row's fields the truth's."""
    path = CUT / "PLTR-20210217-1" / "web" / "pdftotext-layout.txt"
    truth = truth_of(path)
    form, _ = table_fields_off(path)
    read = [(r.security_title, r.transaction_date and str(r.transaction_date), r.shares,
             r.shares_owned_following, r.direct_or_indirect, r.nature_of_ownership)
            for r in form.non_derivative_transactions or []]
    assert read == [(r["security_title"], r["transaction_date"], r["shares"],
                     r["shares_owned_following"], r["direct_or_indirect"],
                     r["nature_of_ownership"]) for r in truth["non_derivative_transactions"][:2]]
    held = [(r.security_title, r.shares_owned_following, r.direct_or_indirect,
             r.nature_of_ownership) for r in form.non_derivative_holdings or []]
    assert held == [(r["security_title"], r["shares_owned_following"], r["direct_or_indirect"],
                     r["nature_of_ownership"]) for r in truth["non_derivative_holdings"][:3]]


def test_two_values_one_space_apart_are_two_cells() -> None:
    """A price run into the amount owned, a date into a title, a direction after an
    amount are two cells; a value and its mark, a title's words, one."""
    assert [[w.text for w in run] for run in runs(_line("$0.00 6296802  39422431 A"))] == [
        ["$0.00"], ["6296802"], ["39422431"], ["A"]]
    a, b = _line("03/17/2026 Depositary")
    assert _apart(a, b)
    assert [len(run) for run in runs(_line("3472220 [2] Class A Common"))] == [5]
    assert [[w.text for w in run] for run in runs(_line("100 900"))] == [["100"], ["900"]]


def _row_at(date_at: int, price: bool = True) -> list[GridWord]:
    """A Table I values line on a grid of its own, its date at ``date_at`` (its price
    left out unless ``price``)."""
    cells = [(0, "Stock"), (date_at, "01/02/2024"), (80, "S"), (88, "100"), (95, "D"),
             (100, "$5.00" if price else ""), (110, "900"), (120, "D")]
    text = ""
    for at, cell in cells:
        text += " " * (at - len(text)) + cell
    return _line(text)


_KEYS = ("security_title", "transaction_date", "deemed_execution_date", "transaction_code",
         "equity_swap_involved", "shares", "acquired_disposed", "price_per_share",
         "shares_owned_following", "direct_or_indirect", "nature_of_ownership")
_SPANS = [(0, 8), (40, 51), (60, 66), (70, 74), (75, 76), (77, 83), (84, 90), (91, 96),
          (97, 102), (103, 109), (110, 118)]


def test_a_row_s_one_date_is_its_transaction_date() -> None:
    """The order and kinds of a row's values place all but its date, which fits the
    transaction date or the deemed one: the form has a deemed date only beside the
    transaction's, so a line's one date is the transaction's, under its title or not."""
    for at in (20, 42):
        placed = body_columns([_row_at(at)], _SPANS, _KEYS)
        assert placed is not None and sorted(placed[0]) == [0, 1, 3, 5, 6, 7, 8, 9]


def test_a_bare_amount_is_never_a_price() -> None:
    """No price: the amount "900" after the direction, under neither the price's title
    nor the amount owned's, is the amount owned (off its titles' grid a price shows its
    "$"), the price left empty."""
    placed = body_columns([_row_at(42, price=False)], _SPANS, _KEYS)
    assert placed is not None and [w.text for w in placed[0][8]] == ["900"]
    assert 7 not in placed[0]


def test_a_holding_s_block_gives_no_transaction_column() -> None:
    """A holding's line ("9948 D", no date), its "D" under no title: the amount and the
    letter fit the transaction's amount and direction too, but a block with no
    transaction date holds no transaction's columns: the amount owned and D/I."""
    text = "Stock" + " " * 91 + "9948  D" + " " * 7 + "By Fund"
    placed = body_columns([_line(text)], _SPANS, _KEYS)
    assert placed is not None and {n: [w.text for w in run] for n, run in placed[0].items()} == {
        0: ["Stock"], 8: ["9948"], 9: ["D"], 10: ["By", "Fund"]}


def test_a_tie_between_two_columns_of_a_kind_is_left_unread() -> None:
    """A Table I row without its price set 11 columns left of its titles: the amount owned
    fits the price's place only as a bare amount; a Table II row without its expiration
    date set 4 columns right: the one date fits the exercise or the expiration date, and
    which title it stands under tells nothing off the titles' grid. Neither is read
    (never the amount owned as the price, the exercise date as the expiration): Table
    II's row is left out whole; Table I's bare amount is never a price (a price off its
    titles' grid shows its "$"), so its row reads, the amount owned the only column it
    fits (its title's lines, at the body's left edge, the first column's)."""
    form = parse_fixture(CUT / "no_price_body_shifted_left.txt")
    assert [(row.price_per_share, row.shares_owned_following)
            for row in form.non_derivative_transactions or []] == [(None, 3472220)]
    form = parse_fixture(CUT / "no_expiration_body_shifted_right.txt")
    assert not form.derivative_transactions
    assert all(row.expiration_date is None for row in form.derivative_transactions or [])


def test_a_title_s_mark_under_the_next_title_is_that_column_s() -> None:
    """U-20200331-1: "Preferred [4]" one space apart, the "[4]" under "Conversion": the
    conversion price's note (its cell a mark alone), never the title's."""
    path = CUT / "U-20200331-1" / "web" / "pdftotext-layout.txt"
    form, off = table_fields_off(path)
    assert [f for f in off if f.startswith("derivative_")] == []
    [row] = form.derivative_transactions or []
    assert (row.security_title, dict(row.footnotes).get("conversion_or_exercise_price")) == (
        "Series E Preferred Stock", ("4",))
    assert "security_title" not in row.footnotes


def test_a_title_s_lines_at_the_left_edge_are_the_first_column_s() -> None:
    """AUR-20231019-1 (pdfplumber's layout text): "Class A Common" over the values line,
    its letters stretched past where the date starts below ("10/19/2023"), "Stock" under
    it; a price's mark alone one space before the amount owned ("A   [1] 12687274"). A
    line of one run of words at the body's left edge is the title's, and a number after
    a mark is the next cell's: Table I's every field the truth's, the "[1]" the price's
    (before: the table left out)."""
    path = CUT / "AUR-20231019-1" / "web" / "pdfplumber-layout.txt"
    form, off = table_fields_off(path)
    assert [f for f in off if f.startswith("non_derivative_")] == []
    assert [dict(r.footnotes).get("price_per_share")
            for r in form.non_derivative_transactions or []] == [("1",)] * 3


def test_lines_of_marks_on_a_grid_of_their_own_are_left_unread() -> None:
    """AAPL-20190502-1 (pypdf's layout text): each row's values on a grid of their own
    ("S" under "V", the amount under "(A) or(D)"), its marks on the line below on yet
    another ("[2]", the price's, under the direction's "D" above it). The values are
    read by what they hold; the marks' lines, which no column certainly holds, are left
    out, noted in one diagnostic for the table: every value the truth's, any mark read
    one the truth gives that value."""
    path = CUT / "AAPL-20190502-1" / "web" / "pypdf-layout.txt"
    form, off = table_fields_off(path)
    assert [f for f in off if f.startswith("non_derivative_") and ".footnotes." not in f] == []
    assert [f for f in off if f.startswith("non_derivative_") and not f.endswith(" missed")] == []
    truth = truth_of(path)["non_derivative_transactions"]
    for row, held in zip(form.non_derivative_transactions or [], truth, strict=True):
        assert all(set(marks) <= set(held["footnotes"].get(key, ()))
                   for key, marks in dict(row.footnotes).items())
    [unread] = [d for d in form.diagnostics if "left unread" in d.message]
    assert (unread.line, unread.field) == (
        22, "non_derivative_transactions.footnotes,non_derivative_holdings.footnotes")
    assert "lines 22, 24, 26, 28, 30" in unread.message


def test_a_bare_price_on_a_grid_that_lines_up_keeps_the_titles_reading() -> None:
    """AAPL-20190812-1 (w3m), its Table II row's conversion price and price printed bare
    ("23.8257", "0"): off their titles' grid such cells would not tell a price, so the
    row looks shifted, yet the body's own columns give no reading; each word stood under
    its title, and that reading stands: every field the truth's (before: the table left
    out)."""
    path = ROWS / "AAPL-20190812-1" / "web" / "w3m.txt"
    text = edited_text(path, ("Option     $23.8257 ", "Option     23.8257  "),
                       ("$0    0", "0      0"), once=True)
    form = form4lark.parse(text)
    assert off_fields(truth_of(path), form) == []
    assert not [d for d in form.diagnostics if "Table II" in d.message]


PLUMBER = "pdfplumber-layout.txt"


def test_a_wrapped_title_stretched_over_the_next_column_is_its_own() -> None:
    """AAPL-20190812-1 through pdfplumber's layout: the underlying title's "Common" above
    the values line and "Stock" below it start under the expiration date ("08/14/2019"
    at 60, "Common" at 64), so no column of the body holds them alone; placed by where
    they start (between the expiration date's column and the underlying amount's), the
    row reads whole, every field the truth's (before: Table II left out)."""
    form, off = table_fields_off(ROWS / "AAPL-20190812-1" / "web" / PLUMBER)
    assert off == []
    [row] = form.derivative_transactions or []
    assert (row.underlying_security_title, str(row.expiration_date)) == (
        "Common Stock", "2019-08-14")


def test_a_title_run_into_its_amount_and_a_directions_mark_read_apart() -> None:
    """ZNGA-20120608-1 through pdfplumber's layout: "Common 41322" (the underlying title's
    middle line one space before its amount) and "A (1)" (the direction, then a mark, the
    expiration date after it) are two cells each; "Class B" over "Common" goes with the
    title it overlaps. The "(1)" set apart tells the date is the expiration date's, but
    may be the direction's as well as the date exercisable's: left unread and noted
    (the truth: the date exercisable's), every other field the truth's."""
    form, off = table_fields_off(ROWS / "ZNGA-20120608-1" / "web" / PLUMBER)
    assert off == ["derivative_transactions[0].footnotes.exercise_date missed"]
    [row] = form.derivative_transactions or []
    assert (row.underlying_security_title, row.exercise_date, str(row.expiration_date),
            row.acquired_disposed) == ("Class B Common Stock", None, "2019-06-08", "A")
    assert "acquired_disposed" not in row.footnotes
    assert any("('(1)')" in d.message and "one space after a direction" in d.message
               for d in form.diagnostics)


def test_a_mark_one_space_after_a_direction_before_an_empty_price_is_unknown() -> None:
    """PLTR-20240508-1 through pdfplumber's layout, its last row's price left empty: "D [5]
    15733625 I" prints "D" with its own "[5]" exactly as "D" and an empty price's "[5]"
    pushed against it, so the mark is left unread and noted, never the price's (before:
    footnotes.price_per_share ['5'])."""
    text = edited_text(ROWS / "PLTR-20240508-1" / "web" / PLUMBER,
                       ("D  $20.784 [5] 15733625 I", "D [5]        15733625 I"), once=True)
    form = form4lark.parse(text)
    rows = form.non_derivative_transactions or []
    assert [(r.acquired_disposed, r.price_per_share) for r in rows][-1] == ("D", None)
    assert "price_per_share" not in rows[-1].footnotes
    assert "acquired_disposed" not in rows[-1].footnotes
    assert any("('(5)')" in d.message for d in form.diagnostics)


def test_marks_between_two_amounts_are_unknown() -> None:
    """GUTS-20240206-1 through pdfplumber's layout: a series' title ("Series" / "C-1" /
    "Preferred Stock") and "D [1]    [1]" (both dates only marks; the first, one space
    after the direction, may be its own: left unread) read; "1875938 [1] 0":
    the "[1]" may be the underlying amount's or the empty price's, so it is left unknown
    (the truth: the price's), never given to the amount; "0  D [2]": the holding's mark."""
    form, off = table_fields_off(ROWS / "GUTS-20240206-1" / "web" / PLUMBER)
    assert sorted(off) == sorted(
        [f"derivative_transactions[{n}].footnotes.price_per_share missed" for n in (0, 1)]
        + [f"derivative_transactions[{n}].footnotes.exercise_date missed" for n in range(5)])
    rows = form.derivative_transactions or []
    assert [r.security_title for r in rows[:2]] == ["Series C-1 Preferred Stock",
                                                    "Series C-2 Preferred Stock"]
    assert all("underlying_shares" not in r.footnotes for r in rows)


def test_an_amount_wrapped_over_its_mark_beside_a_wrapped_title_is_read() -> None:
    """SCWO-20250430-1 through pdfplumber's layout: Table II's amount "757576" above its
    row's values line and its "[1]" below, each beside a line of the underlying title
    ("Common", "Stock") that reaches over the expiration date: lines holding no date and
    no letter alone are a cell's wrapped lines, each run placed in the one column of its
    kind it overlaps or starts between, so the row reads (before: left out), every field
    the truth's."""
    form, off = table_fields_off(FIXTURES / "web" / "SCWO-20250430-1" / "web" / PLUMBER)
    assert off == []
    [row] = form.derivative_transactions or []
    assert (row.shares, row.footnotes["shares"], row.underlying_security_title) == (
        757576, ("1",), "Common Stock")


def test_a_holdings_letter_after_its_amount_and_a_price_over_its_mark() -> None:
    """PLTR-20240508-1 through pdfplumber's layout, Table I: "$20.784 [5] 15733625 I" (the
    amount owned one space before its "I") and prices wrapped over their marks across
    the amount owned's column ("$21.3303" over "64520599", its "[2]" below): each its own
    cell, so every row reads with every field the truth's (before: Table I left out)."""
    form, off = table_fields_off(ROWS / "PLTR-20240508-1" / "web" / PLUMBER)
    assert off == []
    rows = form.non_derivative_transactions or []
    assert [(r.price_per_share, r.footnotes.get("price_per_share")) for r in rows] == [
        (Decimal("21.3303"), ("2",)), (Decimal("21.2601"), ("4",)), (Decimal("20.784"), ("5",))]


def test_words_after_a_cells_marks_open_the_next_cell() -> None:
    """LNKD-20110524-1 through pdfplumber's layout, Table II: "19066032 A [7][8] [7][8]
    Common", one space apart: the marks close their cells, so "Common" opens the
    underlying title (never "A [7][8] [7][8] Common" read as that title); the direction
    reads, the dates' marks after it are left unknown, no field wrong."""
    form, off = table_fields_off(ROWS / "LNKD-20110524-1" / "web" / PLUMBER)
    assert [field for field in off if not field.endswith(" missed")] == []
    rows = form.derivative_transactions or []
    assert [(r.acquired_disposed, r.underlying_security_title) for r in rows] == [
        ("D", "Common Stock"), ("A", "Class A Common Stock"), ("D", "Class A Common Stock")]


def test_a_series_name_of_any_shape_is_a_titles_line() -> None:
    """GUTS-20240206-1 through pdfplumber's layout, its series named "B" and "A-1a" in
    place of "C-1" and "C-2": a run at the body's left edge holding no value and no marks
    is the title's, whatever its words (before: only a "C-1"-like name, else Table II
    left out)."""
    text = edited_text(ROWS / "GUTS-20240206-1" / "web" / PLUMBER,
                       ("     C-1     ", "     B       "), ("     C-2     ", "     A-1a    "),
                       once=True)
    form = form4lark.parse(text)
    rows = form.derivative_transactions or []
    assert [r.security_title for r in rows[:2]] == ["Series B Preferred Stock",
                                                    "Series A-1a Preferred Stock"]
    assert [r.underlying_shares for r in rows] == [1875938, 3030193, 254170, 173821, 744746]
