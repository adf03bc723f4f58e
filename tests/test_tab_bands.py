"""A PDF's text printed in tab-separated bands, read by the form reader as cells.

The converter prints each horizontal band of the form as one line of tab fields:
box 1's label has lost its "1." and holds the name after it, its "(Last) (First)
(Middle)", "(Street)" and "(City)" lines open the next bands, box 2's ticker lost
its brackets, and words and dates are broken at column edges ("11/1\t\t11/14\t
11/14/2013"). Seed 000 is such a text; each test checks fields against its
hand-checked record (``seeds/expected``), here read through the "cells" layout.
"""

from __future__ import annotations

import json

import form4lark
from support import FIXTURES, off_fields

SEEDS = FIXTURES / "seeds"
SEED = "000_d7657e5d40b2743c"


def _seed() -> str:
    return (SEEDS / f"{SEED}.txt").read_text(encoding="utf-8")


def _form(text: str | None = None):
    return form4lark.parse(_seed() if text is None else text, layout="cells")


def test_seed_matches_its_expected_record_through_the_cells_layout():
    truth = json.loads((SEEDS / "expected" / f"{SEED}.json").read_text())
    form = form4lark.parse(_seed())
    assert form.layout == "cells"
    assert off_fields(truth, form) == []
    assert form.diagnostics == ()


# ---------------------------------------------------------------- the header bands
def test_issuer_name_with_the_ticker_as_last_word_after_its_legal_form():
    issuer = _form().issuer
    assert (issuer.name, issuer.trading_symbol) == ("ALLIED MOTION TECHNOLOGIES INC", "AMOT")


def test_an_unbracketed_ticker_without_a_legal_form_before_it_is_unknown():
    # where the name ends is lost: "TECHNOLOGIES AMOT" may be all name
    text = _seed().replace("TECHNOLOGIES INC AMOT", "MOTION TECHNOLOGIES AMOT")
    issuer = _form(text).issuer
    assert (issuer.name, issuer.trading_symbol) == (None, None)


def test_box_1_label_without_its_number_and_the_name_in_its_cell():
    # "Federico Richard D\t\t\t\tAI": "AI" is a fragment of another column
    assert _form().reporting_owners[0].name == "Federico Richard D"


def test_address_in_the_first_cells_of_the_next_bands():
    owner = _form().reporting_owners[0]
    assert (owner.street1, owner.street2) == ("C/O ALLIED MOTION TECHNOLOGIES INC.",
                                              "455 COMMERCE DRIVE, SUITE 4")
    assert (owner.city, owner.state, owner.zip) == ("AMHERST", "NY", "14228")


def test_without_box_1_labels_in_the_first_cells_the_bands_are_read_in_order():
    # "(Street)" gone from the first cell: the first cells are no certain column of box 1
    text = _seed().replace("SUITE 4 (Street) AMHERST", "SUITE 4 AMHERST")
    owner = _form(text).reporting_owners[0]
    assert (owner.street1, owner.street2, owner.city) == (None, None, None)


def test_box_6_mark_is_read_and_garbled_box_5_stays_unknown():
    form = _form()
    assert form.filed_by_more_than_one_person is False
    owner = form.reporting_owners[0]
    assert (owner.is_director, owner.is_officer, owner.is_ten_percent_owner, owner.is_other) == (
        None, None, None, None)


def test_relationship_marks_when_the_labels_survive():
    text = _seed().replace("\tOffic belov\ter (give title w)\tOther below\t(specify)",
                           "\tX Director\t10% Owner\tX Officer (give title below)\tOther (specify below)")
    owner = _form(text).reporting_owners[0]
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
    form = _form(text)
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
    form = _form(text)
    assert form.footnotes["1"].endswith("Retainer Plan. wrapped line")
    assert form.footnotes["2"] == "Second."
    assert form.remarks == "Exhibit 24 - Power of Attorney"
    assert form.signatures[0].name.endswith("Richard D. Federico")


def test_a_stray_line_with_a_number_among_the_rows_is_no_holding():
    # a line that is no row of the table: the table is left out, said so, never a holding
    # of 20549 shares made up from it
    text = _seed().replace("\t19,214\t\tD\t\n", "\t19,214\t\tD\t\nWashington, D.C. 20549\n")
    form = _form(text)
    assert not form.non_derivative_holdings
    assert all(row.shares_owned_following == 19214
               for row in form.non_derivative_transactions or ())
    assert form.non_derivative_transactions or any(
        d.field.startswith("non_derivative") and d.severity == "error" for d in form.diagnostics)
