"""Consistency checks: each rule reported as a diagnostic at the row's position, never corrected."""

from __future__ import annotations

import datetime as dt

from form4lark.build import build
from form4lark.checks import dates
from form4lark.sections import Cell, OwnerBlock, Sections, SignatureCells

OWNER = OwnerBlock(name=Cell("Doe Jane"), checked={"director"})
SIGNATURE = SignatureCells(Cell("/s/ Jane Doe"), Cell("01/07/2021"))


def _row(line: int, **cells: str) -> dict:
    base = {"security_title": "Common Stock", "transaction_date": "01/05/2021",
            "transaction_code": "P", "shares": "100", "acquired_disposed": "A",
            "price_per_share": "$ 10", "shares_owned_following": "1,100",
            "direct_or_indirect": "D"}
    base.update(cells)
    return {k: Cell(v, line=line, column=1) for k, v in base.items()}


def _messages(**kw) -> list[tuple]:
    kw.setdefault("owners", [OWNER])
    kw.setdefault("period_of_report", Cell("01/05/2021"))
    kw.setdefault("signatures", [SIGNATURE])
    form = build(Sections(layout="test", **kw))
    return [(d.line, d.field, d.message) for d in form.diagnostics]


def test_a_consistent_filing_has_no_diagnostics():
    assert _messages(table_i=[_row(10), _row(11, shares="50", shares_owned_following="1,150")]) == []


def test_code_outside_the_sec_list():
    assert (10, "non_derivative.transaction_code", "'B' is not a transaction code of the SEC's list") \
        in _messages(table_i=[_row(10, transaction_code="B")])


def test_purchase_that_disposes():
    assert _messages(table_i=[_row(12, acquired_disposed="D", shares_owned_following="1,000")]) == [
        (12, "non_derivative.acquired_disposed", "code P with D: a purchase is acquired (A)")]


def test_indirect_without_nature_and_direct_with_one():
    got = _messages(table_i=[_row(5, direct_or_indirect="I"),
                             _row(6, nature_of_ownership="By Trust", shares_owned_following="1,200")])
    assert (5, "non_derivative.nature_of_ownership",
            "indirect ownership (I) without the nature of that ownership") in got
    assert (6, "non_derivative.nature_of_ownership",
            "direct ownership (D) with a nature of indirect ownership") in got


def test_missing_value_without_a_footnote_but_not_with_one():
    got = _messages(table_i=[_row(7, shares_owned_following=""), _row(8, shares="(1)")],
                    footnotes=[("1", Cell("Shares withheld for taxes."))])
    assert (7, "non_derivative.shares_owned_following", "no value and no footnote explaining why") in got
    assert not any(line == 8 and field.endswith(".shares") for line, field, _ in got)


def test_officer_without_title_and_no_box_checked():
    got = _messages(owners=[OwnerBlock(name=Cell("Doe Jane", line=3, column=1), checked={"officer"})])
    assert (3, "reporting_owners[0].officer_title", "Officer is checked but no title is given") in got


def test_footnote_marks_and_texts_that_do_not_meet():
    got = _messages(table_i=[_row(9, price_per_share="$ 10(2)")],
                    footnotes=[("1", Cell("Weighted average price."))])
    assert (9, "non_derivative.price_per_share", "footnote mark (2) with no footnote text") in got
    assert (None, "footnotes.1", "footnote (1) is not referred to by any value of the tables") in got


def test_period_of_report_later_than_earliest_transaction():
    got = _messages(period_of_report=Cell("01/09/2021"), table_i=[_row(4)])
    assert (None, "period_of_report",
            "period of report 2021-01-09 is later than the earliest transaction (2021-01-05)") in got


def test_implausible_date():
    form = build(Sections(layout="test", owners=[OWNER], table_i=[_row(4, transaction_date="01/05/1931")]))
    assert [d.message for d in dates(form, today=dt.date(2026, 11, 21))] == [
        "1931-01-05 is outside the plausible range"]


def test_shares_owned_following_that_do_not_follow():
    rows = [_row(20), _row(21, shares="50", shares_owned_following="1,150"),
            _row(22, shares="10", shares_owned_following="999")]
    assert _messages(table_i=rows) == [
        (22, "non_derivative.shares_owned_following",
         "999 owned following does not follow from any other row of 'Common Stock' (D)")]


def test_rows_listed_out_of_order_still_follow():
    rows = [_row(21, shares="50", shares_owned_following="1,150"), _row(20)]
    assert _messages(table_i=rows) == []


def _option(line: int, price: str, shares: str, following: str) -> dict:
    cells = {"security_title": "Stock Option (right to buy)", "conversion_or_exercise_price": price,
             "transaction_date": "01/05/2021", "transaction_code": "M", "shares_disposed": shares,
             "expiration_date": "01/05/2030",
             "underlying_security_title": "Common Stock", "underlying_shares": shares,
             "price_per_share": "$ 0", "shares_owned_following": following,
             "direct_or_indirect": "D"}
    return {k: Cell(v, line=line, column=1) for k, v in cells.items()}


def test_options_of_different_grants_and_whole_lots_are_chains_of_their_own():
    # EDGAR's own XML lists such rows (NTRA, 2020-11-20): each grant and each lot
    # exercised in full stands alone, so nothing is reported
    rows = [_option(30, "$ 9.97", "1,987", "0"), _option(31, "$ 7.00", "2,845", "500"),
            _option(32, "$ 40.93", "1,021", "0"), _option(33, "$ 40.93", "204", "0")]
    assert [m for m in _messages(table_ii=rows) if "does not follow" in m[2]] == []
    # one grant whose two rows do not meet is still reported
    broken = [_option(34, "$ 7.00", "100", "900"), _option(35, "$ 7.00", "50", "777")]
    assert [m[0] for m in _messages(table_ii=broken) if "does not follow" in m[2]] == [35]


def test_a_filing_without_a_signature_or_with_one_in_the_remarks():
    got = _messages(signatures=[], remarks=Cell("/s/ Jane Doe 13/07/2021"))
    assert (None, "signatures", "no signature was read, and a Form 4 is signed") in got
    assert any(field == "remarks" and "signature mark" in message for _, field, message in got)
