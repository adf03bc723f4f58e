"""Table I rows whose values a PDF's tab-separated text cut at its cells' edges
(``form/row_clipped.py``): seed 000 read by the form reader's cells shape, its row
"Common Stock 11/1 | 11/14 | 11/14/2013 | P | 581(1) | A | $10 | .75 | 19,214 | D"
against its hand-checked record, and edits of it that must leave the table out."""

from __future__ import annotations

import json

import form4lark

from support import FIXTURES, off_fields

SEED = FIXTURES / "seeds" / "000_d7657e5d40b2743c.txt"
TRUTH = json.loads((FIXTURES / "seeds" / "expected" / f"{SEED.stem}.json").read_text())


def _table_i(text: str):
    return form4lark.parse(text, layout="cells").non_derivative_transactions


def test_clipped_row_reads_as_its_expected_record():
    form = form4lark.parse(SEED.read_text(), layout="cells")
    truth = {"non_derivative_transactions": TRUTH["non_derivative_transactions"],
             "non_derivative_holdings": TRUTH["non_derivative_holdings"]}
    assert off_fields(truth, form) == []
    (row,) = form.non_derivative_transactions
    assert (row.security_title, str(row.price_per_share)) == ("Common Stock", "10.75")


def test_only_a_cut_date_that_opens_the_rows_date_is_dropped():
    """"12/1" is no cut copy of 11/14/2013: it stays a word before the row's values."""
    text = SEED.read_text().replace("Common Stock 11/1\t", "Common Stock 12/1\t")
    assert text != SEED.read_text()
    (row,) = _table_i(text)
    assert row.security_title == "Common Stock 12/1"


def test_decimals_not_in_the_cell_after_a_number_leave_the_table_out():
    text = SEED.read_text().replace("\\$10\t.75\t", "\\$10\t\t.75\t")
    assert text != SEED.read_text()
    assert _table_i(text) is None
