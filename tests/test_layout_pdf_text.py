"""Layout "pdf-text": PDF text with broken words and tab-scattered columns."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lark import Lark

import form4lark
from form4lark.grammar import grammar_dir, options
from form4lark.layouts import pdf_text
from support import FIXTURES, off_fields, record

SEEDS = FIXTURES / "seeds"
MINE = ("000_d7657e5d40b2743c",)
OTHERS = ("001_a6bd91c78a77169c", "002_616a1a37146756d8", "003_2eb5b2ed231a0ccb")
CORPUS = Path("/work/shared/corpus/filings")
SEED = MINE[0]


def _seed(name: str = SEED) -> str:
    return (SEEDS / f"{name}.txt").read_text(encoding="utf-8")


def _form(name: str = SEED):
    return form4lark.parse(_seed(name))


@pytest.mark.parametrize("start", ["start", "t1_row", "t2_row"])
def test_grammar_builds_strictly(start):
    Lark.open(str(grammar_dir() / "pdf_text.lark"), **options((start,), strict=True))


@pytest.mark.parametrize("name", MINE)
def test_seed_matches_its_expected_record(name):
    truth = json.loads((SEEDS / "expected" / f"{name}.json").read_text())
    form = _form(name)
    assert form.layout == "pdf-text"
    assert off_fields(truth, form) == []
    assert form.diagnostics == ()


@pytest.mark.parametrize("name", MINE)
def test_seed_snapshot(name, snapshot):
    assert record(_form(name)) == snapshot


@pytest.mark.parametrize("name", MINE)
def test_looks_like_its_seeds(name):
    assert pdf_text.looks_like(_seed(name))


@pytest.mark.parametrize("name", OTHERS)
def test_does_not_look_like_other_seeds(name):
    assert not pdf_text.looks_like(_seed(name))


def test_does_not_look_like_any_corpus_text():
    texts = sorted(CORPUS.glob("*/text/*"))
    if not texts:
        pytest.skip("the shared corpus is not here")
    claimed = [str(p) for p in texts if pdf_text.looks_like(p.read_text(errors="replace"))]
    assert claimed == []


def test_prepare_keeps_line_numbers():
    text = _seed()
    assert pdf_text.prepare(text).split("\n")[:-1] == [
        line.replace("\\$", "$").replace("**Federico**", "Federico") for line in text.split("\n")]


# ---------------------------------------------------------------- the header bands
def test_issuer_name_with_the_ticker_as_last_word():
    issuer = _form().issuer
    assert (issuer.name, issuer.trading_symbol) == ("ALLIED MOTION TECHNOLOGIES INC", "AMOT")


def test_name_stops_at_its_tab_field():
    # "Federico Richard D\t\t\t\tAI": "AI" is a fragment of another column
    assert _form().reporting_owners[0].name == "Federico Richard D"


def test_address_on_the_label_lines():
    owner = _form().reporting_owners[0]
    assert (owner.street1, owner.street2) == ("C/O ALLIED MOTION TECHNOLOGIES INC.",
                                              "455 COMMERCE DRIVE, SUITE 4")
    assert (owner.city, owner.state, owner.zip) == ("AMHERST", "NY", "14228")


def test_box_6_mark_is_read_and_garbled_box_5_stays_unknown():
    form = _form()
    assert form.filed_by_more_than_one_person is False
    owner = form.reporting_owners[0]
    assert (owner.is_director, owner.is_officer, owner.is_ten_percent_owner, owner.is_other) == (
        None, None, None, None)


def test_relationship_marks_when_the_labels_survive():
    text = _seed().replace("\tOffic belov\ter (give title w)\tOther below\t(specify)",
                           "\tX Director\t10% Owner\tX Officer (give title below)\tOther (specify below)")
    owner = form4lark.parse(text).reporting_owners[0]
    assert (owner.is_director, owner.is_officer, owner.is_ten_percent_owner, owner.is_other) == (
        True, True, False, False)


# ---------------------------------------------------------------- tables
def test_row_with_broken_date_fragments_and_a_split_price():
    row = _form().non_derivative_transactions[0]
    assert (row.security_title, str(row.transaction_date), row.transaction_code) == (
        "Common Stock", "2013-11-14", "P")
    assert (str(row.shares), row.acquired_disposed, str(row.price_per_share)) == ("581", "A", "10.75")
    assert (str(row.shares_owned_following), row.direct_or_indirect) == ("19214", "D")
    assert row.footnotes == {"shares": ("1",)}


def test_table_ii_without_rows():
    form = _form()
    assert form.derivative_transactions == () and form.derivative_holdings == ()


def test_table_ii_row_and_a_holding():
    text = _seed().replace(
        "\t\t\t\t\tCode\tv\t(A)\t\tDate Exercisal\t\tExpiration Date\tTitle\tof\tnber\t\t\t\t\t\n",
        "\t\t\t\t\tCode\tv\t(A)\t\tDate Exercisal\t\tExpiration Date\tTitle\tof\tnber\t\t\t\t\t\n"
        "Stock Option (right to buy)\t$10\t.75\t11/14/2013\t\tA\t\t5,000\t\t(2)\t11/14/2023\t"
        "Common Stock\t5,000\t$0\t5,000\tD\t\n").replace(
        "\t19,214\t\tD\t\n", "\t19,214\t\tD\t\nCommon Stock\t\t\t\t\t\t\t\t\t\t\t145,770\t\tI\tBy IRA\n")
    form = form4lark.parse(text)
    option = form.derivative_transactions[0]
    assert (str(option.conversion_or_exercise_price), str(option.shares), option.exercise_date,
            str(option.expiration_date), option.underlying_security_title) == (
        "10.75", "5000", None, "2023-11-14", "Common Stock")
    assert option.footnotes == {"exercise_date": ("2",)}
    holding = form.non_derivative_holdings[0]
    assert (str(holding.shares_owned_following), holding.direct_or_indirect,
            holding.nature_of_ownership) == ("145770", "I", "By IRA")


# ---------------------------------------------------------------- closing sections
def test_footnote_after_explanation_of_responses():
    assert _form().footnotes == {"1": "These shares were purchased by the Reporting Person pursuant "
                                      "to the Company's Non-Employee Director Stock in Lieu of Cash "
                                      "Retainer Plan."}


def test_signature_name_split_around_its_date():
    sig = _form().signatures[0]
    assert (sig.name, str(sig.date)) == (
        "Susan M. Chiarmonte, attorney-in-fact for Richard D. Federico", "2013-11-18")


def test_remarks_and_wrapped_footnotes():
    text = _seed().replace("Cash Retainer Plan.\n", "Cash Retainer Plan.\nwrapped line\n2. Second.\n") \
                  .replace("Remarks:\n", "Remarks: Exhibit 24 - Power of Attorney\n")
    form = form4lark.parse(text)
    assert form.footnotes["1"].endswith("Retainer Plan. wrapped line")
    assert form.footnotes["2"] == "Second."
    assert form.remarks == "Exhibit 24 - Power of Attorney"
    assert form.signatures[0].name.endswith("Richard D. Federico")


def test_a_stray_line_with_a_number_among_the_rows_is_no_holding():
    text = _seed().replace("\t19,214\t\tD\t\n", "\t19,214\t\tD\t\nWashington, D.C. 20549\n")
    form = form4lark.parse(text)
    assert form.non_derivative_holdings == ()
    assert len(form.non_derivative_transactions) == 1
