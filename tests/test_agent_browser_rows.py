"""Rows of the agent design's text-browser texts that were read wrong, each checked against
its filing's truth: a price a browser set above its row's line of values, the amount below
it placed by the grid under the price's header (form/row_bands.py, ``_wrapped_above``), but
not a holding's line under a row that lacks its last cells; a
year among a wrapped nature's words on a holding's line of values (``_nature_parts``); a
nature ending in "(" with its bare mark glued on (bare_marks.py, ``_GLUED_WORD``)."""

from __future__ import annotations

from decimal import Decimal

from support import FIXTURES, parse_fixture, read_none_wrong

from form4lark.bare_marks import _GLUED_WORD

AGENT = FIXTURES / "agent"


def test_price_set_above_its_rows_values_joins_its_row() -> None:
    # w3m of FB-20190822-1: the last transaction's "$184.0383^" / "13" and its title's and
    # nature's first lines stand a line over its values ("Common Stock 08/22/2019 S^2 73 D
    # 13 0 I IV Principals Fund,"), whose "0" the grid sets under the price's header: the
    # line above was read as a holding of its own ("Class A", "By The Founders Fund") and
    # the row's title and nature cut ("Common Stock", "IV Principals Fund, LP")
    form, off = read_none_wrong(AGENT / "FB-20190822-1" / "agent" / "w3m.txt")
    rows = form.non_derivative_transactions
    assert rows is not None and len(rows) == 12
    last = rows[-1]
    assert (last.security_title, last.price_per_share, last.shares_owned_following,
            last.nature_of_ownership) == ("Class A Common Stock", Decimal("184.0383"),
                                          Decimal("0"), "By The Founders Fund IV Principals Fund, LP")
    holdings = form.non_derivative_holdings
    assert holdings is not None
    assert [h.shares_owned_following for h in holdings] == [Decimal("9948"), Decimal("53602")]


def test_holding_under_a_row_lacking_its_last_cells_stays_apart() -> None:
    # w3m of FB-20190822-1 cut down, the last transaction's amount owned and D/I lost
    # ("Class A 08/22/2019 S^2 632 D $180.7115 By The Founders Fund") over a holding whose
    # amount the grid sets under the price's header ("Common Stock 9,948 D"): two rows,
    # not one transaction owning 9,948 directly. The table was left out while the "D"
    # fell in column 5 (its centred header "6. Ownership Form:" read from its number, not
    # from "Direct (D) or Indirect" left of it); in its columns, the lines read as the two
    # rows they print: the transaction owning nothing read, the holding of 9,948 apart.
    # Every title prints "Class A" / "Common Stock": the transaction's "Class A" cannot
    # end there and its next line is the holding's, so neither title is known (they read
    # "Class A" and "Common Stock", both wrong)
    form = parse_fixture(AGENT / "rows" / "holding-under-row-w3m.txt")
    rows = form.non_derivative_transactions or []
    assert not [r for r in rows if r.shares_owned_following == Decimal("9948")]
    assert [r.security_title for r in rows] == ["Class A Common Stock"] * 2 + [None]
    assert [(r.shares, r.shares_owned_following, r.direct_or_indirect) for r in rows[2:]] == [
        (Decimal("632"), None, None)]
    holdings = form.non_derivative_holdings or []
    assert [(h.security_title, h.shares_owned_following, h.direct_or_indirect)
            for h in holdings] == [(None, Decimal("9948"), "D")]
    assert {(d.line, d.field) for d in form.diagnostics} >= {
        (32, "non_derivative.security_title"), (33, "non_derivative_holding.security_title")}


def test_year_of_a_wrapped_nature_on_a_holdings_values_line() -> None:
    # elinks of GOOG-20220413-1: two Table II holdings "Class B Common $0.00 ^28 ^29 Class A
    # Common 8,635 8,635 I 2021", "2021" the nature's ("SMB Pacific 2021 Charitable
    # Remainder Unitrust I"); unread by the typed sequence, the grid's places gave 8,635
    # as the price and the marks to column 5: transactions of a price 8635. (The nature,
    # wrapped above and below the line of values beside the next row's, stays unknown.)
    form, off = read_none_wrong(AGENT / "GOOG-20220413-1" / "agent" / "elinks.txt")
    assert form.derivative_transactions is not None and len(form.derivative_transactions) == 1
    holdings = form.derivative_holdings
    assert holdings is not None
    assert [(h.underlying_shares, h.shares_owned_following, h.direct_or_indirect,
             h.nature_of_ownership, h.footnotes["exercise_date"]) for h in holdings] == [
        (Decimal("8635"), Decimal("8635"), "I", None, ("28",))] * 2


def test_nature_ending_in_an_open_parenthesis_with_its_mark_glued_on() -> None:
    # inscriptis of U-20220211-1: the filing's nature is "Sequoia Grove II, LLC (" and its
    # superscript 5 is printed glued on: "Sequoia Grove II, LLC (5"
    form, off = read_none_wrong(AGENT / "U-20220211-1" / "agent" / "inscriptis.txt")
    rows = form.non_derivative_transactions
    assert rows is not None
    assert (rows[8].nature_of_ownership, rows[8].footnotes["nature_of_ownership"]) == (
        "Sequoia Grove II, LLC (", ("5",))


def test_glued_word_after_an_open_parenthesis() -> None:
    match = _GLUED_WORD.fullmatch("Sequoia Grove II, LLC (5")
    assert match is not None and (match["value"], match["digits"], match["long"]) == (
        "Sequoia Grove II, LLC (", "5", None)
    assert _GLUED_WORD.fullmatch("(5") is None  # nothing before the "(": no value
