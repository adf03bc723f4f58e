"""Table bodies printed column by column (every title, then every date, ...).

The fixtures are texts of two PDF-to-text converters outside the corpus, made by
``benchmarks/other_converters.py``: pdfminer's (plain design: one paragraph per
cell; every title in one paragraph; the dates before the titles, the column
headers among them, and two transactions above a holding) and markitdown's (plain
design, where its deemed dates and prices that are only a mark make whole columns
too). Their Table I is read to the filing's truth; a body whose counts
disagree is left out.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import form4lark
from form4lark.form.row_columns import _columns
from support import FIXTURES, fixture_paths, fixture_text, table_fields_off

TEXTS = fixture_paths(FIXTURES / "columns", "*/*/*.txt")
RUM = FIXTURES / "columns" / "RUM-20240614-1" / "plain" / "pdfminer.txt"


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: f"{p.parent.parent.name}/{p.stem}")
def test_table_i_matches_truth(path: Path) -> None:
    form, off = table_fields_off(path)
    assert form.non_derivative_transactions
    assert [f for f in off if f.startswith("non_derivative_")] == []


def test_the_columns_come_from_the_grammar() -> None:
    columns = dict(_columns("transaction_i"))
    assert list(columns)[:3] == ["transaction_date", "deemed_execution_date", "transaction_code"]
    assert columns["deemed_execution_date"] and not columns["shares"]


def test_a_column_short_of_one_cell_leaves_the_table_out() -> None:
    text = fixture_text(RUM).replace("$ 0\n", "", 1)
    form = form4lark.parse(text)
    assert form.non_derivative_transactions is None
    assert any(d.field.startswith("non_derivative") for d in form.diagnostics)


def test_a_nature_too_many_leaves_the_table_out() -> None:
    text = fixture_text(RUM).replace(
        "\nTable II", "\nBy Trust\n\nTable II", 1)
    assert form4lark.parse(text).non_derivative_transactions is None
