"""Rows for analysts: Form4.to_rows() and to_dataframe() over many records."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

import form4lark
from form4lark.rows import COLUMNS
from support import FIXTURES

SEEDS = sorted((FIXTURES / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def forms():
    return [form4lark.parse_file(p) for p in SEEDS]


def test_rows_repeat_the_filing_columns_and_keep_values_exact(forms):
    rows = forms[3].to_rows()
    assert [r["row_kind"] for r in rows] == ["transaction"] * 3 + ["holding"] * 2
    assert {r["issuer_trading_symbol"] for r in rows} == {forms[3].issuer.trading_symbol}
    assert rows[2]["price_per_share"] == Decimal("10.01")
    assert isinstance(rows[0]["transaction_date"], dt.date)
    assert all(list(r) == list(COLUMNS) for r in rows)


def test_dataframe_of_several_records_has_one_row_per_transaction_and_holding(forms):
    pandas = pytest.importorskip("pandas")  # the [pandas] extra; the test extra installs it
    frame = form4lark.to_dataframe(forms)
    assert isinstance(frame, pandas.DataFrame)
    assert list(frame.columns) == list(COLUMNS)
    assert len(frame) == sum(len(f.to_rows()) for f in forms)
    # amounts are numbers (pandas' nullable Float64: exact for a filing's digits), not text
    holding = frame[(frame.issuer_trading_symbol == forms[3].issuer.trading_symbol)
                    & (frame.row_kind == "holding")]
    assert list(holding.shares_owned_following) == [Decimal("6000"), Decimal("145770")]


def test_dataframe_without_pandas_says_how_to_get_it(forms, monkeypatch):
    import builtins
    real_import = builtins.__import__

    def no_pandas(name, *args, **kwargs):
        if name == "pandas":
            raise ImportError("no pandas")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pandas)
    with pytest.raises(ImportError, match=r"pip install 'form4lark\[pandas\]'"):
        form4lark.to_dataframe(forms)
