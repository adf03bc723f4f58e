"""Table I of the older page design read by the form reader (cells shape): cells that
shifted against their header, a row's ownership letter alone on the line below, a
row's title, price and nature on a line of their own, the form's reminder closing
Table I, and separator rows of columns narrower than three dashes. Seeds 002 and
003 (markdown, tab-separated) against their hand-checked records."""

from __future__ import annotations

import dataclasses
import json

import pytest

import form4lark
from form4lark.shapes.markdown import _SEPARATOR

from support import FIXTURES, edited_text, off_fields

SEEDS = FIXTURES / "seeds"
OLDER_DESIGN = ("002_616a1a37146756d8", "003_2eb5b2ed231a0ccb")


def _read(name: str, text: str | None = None):
    text = text if text is not None else (SEEDS / f"{name}.txt").read_text()
    return form4lark.parse(text, layout="cells")


@pytest.mark.parametrize("name", OLDER_DESIGN)
def test_form_reader_reads_the_older_design_as_expected(name):
    form = _read(name)
    truth = json.loads((SEEDS / "expected" / f"{name}.json").read_text())
    assert off_fields(truth, form) == []
    assert [d for d in form.diagnostics if d.severity == "error"] == []


def test_ownership_letter_on_the_line_below_completes_its_row():
    (row,) = _read("002_616a1a37146756d8").non_derivative_transactions
    assert (str(row.shares), str(row.price_per_share), row.acquired_disposed,
            str(row.shares_owned_following), row.direct_or_indirect) == (
        "785", "7", "A", "12759", "D")
    assert row.footnotes == {"shares": ("1",)}  # "785 (1)": the mark in the amount's cell


def test_title_price_and_nature_on_a_line_below_complete_the_row_above():
    rows = _read("003_2eb5b2ed231a0ccb").non_derivative_transactions
    last = rows[-1]
    assert (last.security_title, str(last.price_per_share), str(last.shares),
            last.transaction_date.isoformat(), last.nature_of_ownership) == (
        "Common Stock", "10.01", "2000", "2013-11-19",
        "By two trusts for the benefit of the Reporting Person's children")
    assert last.footnotes == {"price_per_share": ("1",)}


def _edited(name: str, old: str, new: str):
    """The form read from a seed with ``old`` replaced by ``new`` (once at least)."""
    return _read(name, edited_text(SEEDS / f"{name}.txt", (old, new)))


def test_a_lone_letter_that_fits_no_row_is_left_out_not_guessed():
    """A "D" alone under a row that is already whole fits nowhere in it: it is left out,
    with a diagnostic, not read with a guess. (The row, its cells no longer the form's,
    is read by its values' kinds, the mark in its amount's cell the amount's, "785 (1)" then
    "| A |": in_cell_marks.join_in_cell_marks; its title is left unknown, as the line left out
    may hold its rest.)"""
    form = _edited("002_616a1a37146756d8", "| \\$ 7 12,759                       |",
                   "| \\$ 7 12,759 D                     |")
    (row,) = form.non_derivative_transactions or []
    whole = _read("002_616a1a37146756d8").non_derivative_transactions[0]
    assert row == dataclasses.replace(whole, security_title=None)
    assert any(d.message.startswith("Table I's line 65 is not one of its rows and is left out")
               for d in form.diagnostics)


def test_values_that_fit_no_place_in_the_row_above_are_left_out():
    """Two amounts under the last row, which lacks only its price, fit nowhere among its
    values: the line is no part of the row, and nothing is guessed. The line is left out:
    the rows above are kept, the last with its price and its words unknown, and a warning
    says which line was left out."""
    clean = _read("003_2eb5b2ed231a0ccb").non_derivative_transactions
    form = _edited("003_2eb5b2ed231a0ccb", "Common Stock\t\\$ 10.01 <u>(1)</u>\t",
                   "Common Stock\t5,000 6,000\t")
    rows = form.non_derivative_transactions
    assert rows[:-1] == clean[:-1] and len(rows) == len(clean)
    last = rows[-1]
    assert (last.price_per_share, last.security_title, last.nature_of_ownership) == (
        None, None, None)
    assert (str(last.shares), str(last.shares_owned_following), last.transaction_date) == (
        str(clean[-1].shares), str(clean[-1].shares_owned_following), clean[-1].transaction_date)
    assert any("is not one of its rows and is left out" in d.message and d.severity == "warning"
               for d in form.diagnostics)


@pytest.mark.parametrize("row, separator", [
    ("|---|---|", True), ("| :---: | --- |", True), ("|--|-----|--|", True),
    ("|--|--|", False), ("| - | - |", False), ("| -- | 12 |", False)])
def test_separator_rows(row, separator):
    assert bool(_SEPARATOR.match(row)) is separator
