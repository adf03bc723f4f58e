"""Layout "pdf-markdown": markdown of a third-party PDF rendering (Reporting Owners, ## Signatures)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lark import Lark

import form4lark
from form4lark.grammar import grammar_dir, options
from form4lark.layouts import pdf_markdown
from form4lark.layouts.rows import join_wrapped_rows, split_title
from form4lark.sections import Cell
from support import FIXTURES, off_fields, record

SEEDS = FIXTURES / "seeds"
MINE = ("002_616a1a37146756d8", "003_2eb5b2ed231a0ccb")
OTHERS = ("000_d7657e5d40b2743c", "001_a6bd91c78a77169c")
CORPUS = Path("/work/shared/corpus/filings")


def _seed(name: str) -> str:
    return (SEEDS / f"{name}.txt").read_text(encoding="utf-8")


def _form(name: str):
    return form4lark.parse(_seed(name))


@pytest.mark.parametrize("start", ["start", "t1_values", "t2_values"])
def test_grammar_builds_strictly(start):
    Lark.open(str(grammar_dir() / "pdf_markdown.lark"), **options((start,), strict=True))


@pytest.mark.parametrize("name", MINE)
def test_seed_matches_its_expected_record(name):
    truth = json.loads((SEEDS / "expected" / f"{name}.json").read_text())
    form = _form(name)
    assert form.layout == "pdf-markdown"
    assert off_fields(truth, form) == []
    assert form.diagnostics == ()


@pytest.mark.parametrize("name", MINE)
def test_seed_snapshot(name, snapshot):
    assert record(_form(name)) == snapshot


@pytest.mark.parametrize("name", MINE)
def test_looks_like_its_seeds(name):
    assert pdf_markdown.looks_like(_seed(name))


@pytest.mark.parametrize("name", OTHERS)
def test_does_not_look_like_other_seeds(name):
    assert not pdf_markdown.looks_like(_seed(name))


def test_does_not_look_like_any_corpus_text():
    texts = sorted(CORPUS.glob("*/text/*"))
    if not texts:
        pytest.skip("the shared corpus is not here")
    claimed = [str(p) for p in texts if pdf_markdown.looks_like(p.read_text(errors="replace"))]
    assert claimed == []


def test_prepare_undoes_markup_and_keeps_line_numbers():
    text = _seed("003_2eb5b2ed231a0ccb")
    prepared = pdf_markdown.prepare(text)
    assert prepared.split("\n")[: len(text.split("\n"))] != []
    assert len(prepared.split("\n")) == len(text.split("\n")) + 2
    line = next(l for l in prepared.split("\n") if l.startswith("Common Stock\t$"))
    assert line == "Common Stock\t$ 10.01 (1)\tBy two trusts for the benefit of the Reporting Person's children"


# ---------------------------------------------------------------- the header
def test_boxes_out_of_order_are_read():
    form = _form("003_2eb5b2ed231a0ccb")
    assert str(form.period_of_report) == "2013-11-19"
    assert (form.issuer.name, form.issuer.trading_symbol) == ("ALLIED MOTION TECHNOLOGIES INC", "AMOT")


def test_address_comes_from_reporting_owners_lines():
    owner = _form("002_616a1a37146756d8").reporting_owners[0]
    assert (owner.street1, owner.street2) == ("C/O ALLIED MOTION TECHNOLOGIES INC.",
                                              "23 INVERNESS WAY EAST, STE. 150")
    assert (owner.city, owner.state, owner.zip) == ("ENGLEWOOD", "CO", "80112")


def test_lone_x_whose_column_was_lost_is_unknown():
    owner = _form("002_616a1a37146756d8").reporting_owners[0]
    assert (owner.is_director, owner.is_officer, owner.is_ten_percent_owner, owner.is_other) == (
        None, None, None, None)


def test_box_6_without_a_mark_is_unknown():
    assert _form("003_2eb5b2ed231a0ccb").filed_by_more_than_one_person is None


def test_marks_in_the_header_boxes_are_read():
    text = _seed("002_616a1a37146756d8").replace(
        "Director  10% Owner  \n Officer (give title below)",
        "X Director  10% Owner  \n X Officer (give title below)").replace(
        "Other (specify below)\n", "Other (specify below)  \n Chief Executive Officer\n").replace(
        "Form filed by One Reporting Person  \n", "X Form filed by One Reporting Person  \n")
    form = form4lark.parse(text)
    owner = form.reporting_owners[0]
    assert (owner.is_director, owner.is_officer, owner.is_ten_percent_owner) == (True, True, False)
    assert owner.officer_title == "Chief Executive Officer"
    assert form.filed_by_more_than_one_person is False


def test_amendment_date_makes_a_4a():
    text = _seed("002_616a1a37146756d8").replace(
        "4. If Amendment, Date Original Filed(Month/Day/Year)\n",
        "4. If Amendment, Date Original Filed(Month/Day/Year)  \n 05/20/2013\n")
    form = form4lark.parse(text)
    assert (form.document_type, str(form.date_of_original_submission)) == ("4/A", "2013-05-20")


def test_several_reporting_owners():
    text = _seed("002_616a1a37146756d8").replace(
        "ENGLEWOOD, CO 80112\n\nX\n",
        "ENGLEWOOD, CO 80112\n\nX\n\nSecond Owner LLC  \n1 MAIN ST  \nDENVER, CO 80202\n\nX\n")
    owners = form4lark.parse(text).reporting_owners
    assert [(o.name, o.street1, o.city) for o in owners] == [
        ("Federico Richard D", "C/O ALLIED MOTION TECHNOLOGIES INC.", "ENGLEWOOD"),
        ("Second Owner LLC", "1 MAIN ST", "DENVER")]


# ---------------------------------------------------------------- Table I
def test_price_and_following_in_one_cell_and_ownership_on_the_next_line():
    row = _form("002_616a1a37146756d8").non_derivative_transactions[0]
    assert (str(row.shares), str(row.price_per_share), str(row.shares_owned_following)) == (
        "785", "7", "12759")
    assert (row.acquired_disposed, row.direct_or_indirect) == ("A", "D")
    assert row.footnotes == {"shares": ("1",)}


def test_holdings_are_apart_from_transactions():
    form = _form("003_2eb5b2ed231a0ccb")
    assert [(str(h.shares_owned_following), h.direct_or_indirect, h.nature_of_ownership)
            for h in form.non_derivative_holdings] == [("6000", "D", None), ("145770", "I", "By IRA")]
    assert len(form.non_derivative_transactions) == 3


def test_amount_letter_and_price_in_one_cell():
    row = _form("003_2eb5b2ed231a0ccb").non_derivative_transactions[0]
    assert (str(row.shares), row.acquired_disposed, str(row.price_per_share)) == ("19", "D", "10.8")


def test_wrapped_row_is_joined_with_its_title_price_and_nature():
    row = _form("003_2eb5b2ed231a0ccb").non_derivative_transactions[2]
    assert row.security_title == "Common Stock"
    assert str(row.transaction_date) == "2013-11-19"
    assert (str(row.shares), str(row.price_per_share), str(row.shares_owned_following)) == (
        "2000", "10.01", "33925")
    assert row.nature_of_ownership == (
        "By two trusts for the benefit of the Reporting Person's children")
    assert row.footnotes == {"price_per_share": ("1",)}


def test_a_mark_alone_in_the_price_cell_is_the_price_footnote():
    text = _seed("002_616a1a37146756d8").replace("| \\$ 7 12,759 ", "| (1) | 12,759 ")
    row = form4lark.parse(text).non_derivative_transactions[0]
    assert row.price_per_share is None
    assert row.footnotes["price_per_share"] == ("1",)


# ---------------------------------------------------------------- Table II
def test_derivative_rows_are_read_by_value_kind():
    text = _seed("002_616a1a37146756d8").replace(
        "| Code   | V   | (A)  | (D)  |\n",
        "| Code   | V   | (A)  | (D)  |\n| Stock Option (right to buy) | \\$ 7 | 05/21/2013 |  | A |"
        "   | 5,000 |  | (2) | 05/21/2023 | Common Stock | 5,000 | \\$ 0 | 5,000 | D |  |\n")
    row = form4lark.parse(text).derivative_transactions[0]
    assert (row.security_title, str(row.conversion_or_exercise_price), row.transaction_code) == (
        "Stock Option (right to buy)", "7", "A")
    assert (str(row.shares), row.acquired_disposed) == ("5000", None)  # (A)/(D) column lost
    assert (row.exercise_date, str(row.expiration_date)) == (None, "2023-05-21")
    assert (row.underlying_security_title, str(row.underlying_shares)) == ("Common Stock", "5000")
    assert (str(row.price_per_share), str(row.shares_owned_following), row.direct_or_indirect) == (
        "0", "5000", "D")
    assert row.footnotes == {"exercise_date": ("2",)}


# ---------------------------------------------------------------- closing sections
def test_signature_name_wrapped_over_two_lines():
    sig = _form("003_2eb5b2ed231a0ccb").signatures[0]
    assert (sig.name, str(sig.date)) == (
        "Susan M. Chiarmonete, Attorney-in-Fact for Michel M. Robert", "2013-11-26")


def test_general_notes_are_not_footnotes():
    footnotes = _form("003_2eb5b2ed231a0ccb").footnotes
    assert list(footnotes) == ["1"]
    assert "$10.00 to $10.20" in footnotes["1"]


def test_remarks_and_more_footnotes():
    text = _seed("002_616a1a37146756d8").replace(
        "\nNote: File three", "\n(2) The option vests in full.\n\nRemarks:\n\nSome remark text  \n"
        "goes on.\n\nNote: File three")
    form = form4lark.parse(text)
    assert form.footnotes["2"] == "The option vests in full."
    assert form.remarks == "Some remark text goes on."


# ---------------------------------------------------------------- row helpers
def test_split_title_blanks_the_title_cell_and_keeps_columns():
    title, column, rest = split_title("| Common Stock | 05/21/2013 |")
    assert (title, column) == ("Common Stock", 3)
    assert rest == " " * 15 + "| 05/21/2013 |"
    assert split_title("\t11/19/2013\t\tS")[0] == ""


def test_join_wrapped_rows():
    cell = Cell("x")
    titled = {"security_title": cell, "transaction_date": cell, "shares": cell,
              "acquired_disposed": cell, "shares_owned_following": cell}
    letter = {"letter": Cell("D")}
    assert join_wrapped_rows([dict(titled), letter])[0]["direct_or_indirect"].text == "D"
    complete = {**titled, "direct_or_indirect": cell, "price_per_share": cell}
    piece = {"transaction_date": cell, "shares": cell, "shares_owned_following": cell}
    tail = {"security_title": Cell("Common Stock"), "price_per_share": cell}
    rows = join_wrapped_rows([dict(complete), dict(piece), dict(tail)])
    assert len(rows) == 2 and set(rows[1]) == set(piece) | set(tail)
