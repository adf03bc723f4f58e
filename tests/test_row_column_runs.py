"""Table II's body printed as runs of columns (``form/row_column_runs.py``).

The fixture is pdfminer's text of the sec design (outside the corpus, made by
``benchmarks/other_converters.py``): every title, then each row's price mark and
date in turn, the codes, each row's amount and first date in turn, the second
dates, the underlying titles, amounts, prices, amounts owned after and letters,
with the column sub-headers among them. Its Table II is read to the filing's
truth (only the (A)/(D) that a stream does not show is missed); a run short of a
cell, or a page of it, is left out rather than shifted.
"""

from __future__ import annotations

import pytest

import form4lark
from form4lark.form.row_column_runs import _TABLE_II, _grammar
from support import FIXTURES, off_fields, truth_of

YELP = FIXTURES / "column_runs" / "YELP-20121123-1" / "sec" / "pdfminer.txt"


def _table_ii(text: str) -> tuple[int, int]:
    return text.index("Table II -"), text.index("Explanation of Responses")


def test_table_ii_matches_truth() -> None:
    form = form4lark.parse(YELP.read_text(encoding="utf-8"))
    assert form.derivative_transactions and len(form.derivative_transactions) == 3
    off = [f for f in off_fields(truth_of(YELP), form) if f.startswith("derivative_")]
    assert off and all(".acquired_disposed missed" in f for f in off)


def test_a_run_short_of_one_cell_leaves_the_table_out() -> None:
    text = YELP.read_text(encoding="utf-8")
    start, end = _table_ii(text)
    form = form4lark.parse(text[:start] + text[start:end].replace("$0\n", "", 1) + text[end:])
    assert form.derivative_transactions is None
    assert any(d.field.startswith("derivative") and d.severity == "error"
               for d in form.diagnostics)


@pytest.mark.parametrize("broken", [False, True])
def test_each_page_is_read_alone(broken: bool) -> None:
    """A table printed again after a page break is read page by page; a page that does
    not read leaves the rows before it, with a diagnostic."""
    text = YELP.read_text(encoding="utf-8")
    start, end = _table_ii(text)
    again = text[start:end].replace("$0\n", "", 1) if broken else text[start:end]
    form = form4lark.parse(text[:end] + again + text[end:])
    assert form.derivative_transactions is not None
    assert len(form.derivative_transactions) == (3 if broken else 6)
    warned = any("page by page" in d.message for d in form.diagnostics)
    assert warned == broken


def test_the_columns_kinds_are_the_grammars_terminals() -> None:
    names = {t.name for t in _grammar().terminals}
    assert all(set(c.terminals) <= names for c in _TABLE_II)
    assert [c.name for c in _TABLE_II][:3] == [
        "security_title", "conversion_or_exercise_price", "transaction_date"]
