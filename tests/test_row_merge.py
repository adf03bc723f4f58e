"""Table I bodies whose columns come merged in reading order (row_merge.py).

The fixtures are pdfminer's texts of the sec design (and one of the plain) (made by
``benchmarks/other_converters.py``): every title, date and code by column, then
the amounts, "D $price" and amounts owned after interleaved by where their boxes
stand, then every "D". Their Table I is read to the filing's truth where the
chain of amounts owned after tells each amount's row; where it cannot (the last
sale of a chain: shares and the amount after it sum to the amount before, either
way round) the two stay unknown, never guessed.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

import form4lark
from support import FIXTURES, fixture_paths, fixture_text, table_fields_off

TEXTS = fixture_paths(FIXTURES / "merged", "*/*/*.txt")
AAPL = FIXTURES / "merged" / "AAPL-20190502-1" / "sec" / "pdfminer.txt"
YELP = FIXTURES / "merged" / "YELP-20121123-1" / "plain" / "pdfminer.txt"
AAPL_2022 = FIXTURES / "merged" / "AAPL-20220504-1" / "sec" / "pdfminer.txt"


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.parent.parent.name)
def test_table_i_has_no_wrong_field(path: Path) -> None:
    form, off = table_fields_off(path)
    assert form.non_derivative_transactions
    assert [f for f in off if f.startswith("non_derivative_") and not f.endswith("missed")] == []


# YELP (plain design): each price a paragraph of two words, "$ 0.00"
@pytest.mark.parametrize("path", [AAPL_2022, FIXTURES / "merged" / "TSLA-20230727-1" / "sec"
                                  / "pdfminer.txt", YELP], ids=lambda p: p.parent.parent.name)
def test_table_i_matches_truth(path: Path) -> None:
    _, off = table_fields_off(path)
    assert [f for f in off if f.startswith("non_derivative_")] == []


def test_the_chain_places_amounts_the_text_interleaves() -> None:
    rows = form4lark.parse(fixture_text(AAPL_2022)).non_derivative_transactions
    assert [(r.shares, r.shares_owned_following) for r in rows[:4]] == [
        (Decimal("9136"), Decimal("468198")), (Decimal("5316"), Decimal("462882")),
        (Decimal("4006"), Decimal("458876")), (Decimal("900"), Decimal("457976"))]


def test_the_last_sale_of_a_chain_is_read_from_its_run() -> None:
    # the amounts, "D $price" and amounts owned after come row after row (one run of
    # columns, row_column_runs.py): the last sale, which no chain places, is told too
    rows = form4lark.parse(fixture_text(AAPL)).non_derivative_transactions
    assert len(rows) == 5
    assert rows[3].shares_owned_following == Decimal("109759")
    assert (rows[4].shares, rows[4].shares_owned_following) == (Decimal("1550"), Decimal("108209"))
    assert rows[4].price_per_share == Decimal("212.46")


def test_a_broken_chain_leaves_the_table_out() -> None:
    # 462,883 for 462,882: the amounts come interleaved (no run of columns), and no
    # placement keeps the first sales' chain
    text = fixture_text(AAPL_2022).replace("\n462,882\n", "\n462,883\n", 1)
    assert form4lark.parse(text).non_derivative_transactions is None


def test_a_letter_too_many_leaves_the_table_out() -> None:
    text = fixture_text(AAPL).replace("\nTable II", "\nD\n\nTable II", 1)
    assert form4lark.parse(text).non_derivative_transactions is None


def test_words_in_runs_of_columns_are_titles_then_natures() -> None:
    # nine "Common Stock" and nine "by Trust(2)": merged, either could be the titles;
    # printed as runs of columns (row_column_runs.py), the first run is the titles
    path = FIXTURES / "merged" / "TSLA-20221108-1" / "sec" / "pdfminer.txt"
    rows = form4lark.parse(fixture_text(path)).non_derivative_transactions
    assert len(rows) == 9
    assert {(r.security_title, r.nature_of_ownership) for r in rows} == {("Common Stock", "by Trust")}
    assert [r.price_per_share for r in rows][:2] == [Decimal("189.578"), Decimal("190.45")]
    assert {(r.transaction_code, r.acquired_disposed, r.direct_or_indirect) for r in rows} == {
        ("S", "D", "I")}
