"""Table I read by kind with footnote marks standing alone among its values
(``form/row_kind_marks.py``).

The fixtures are pdftotext's default texts (no ``-layout``) of the sec design, outside
the corpus (made by ``benchmarks/other_converters.py``): each cell a box of its own, a
code's or an amount's footnote mark printed apart from it ("S", "(1)", "1,000"). The
prices printed as numbers are one per transaction, so the lone marks are no prices:
they are left out, and every other cell of Table I reads to the filing's truth.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import form4lark
from form4lark.form import row_kind_marks
from form4lark.form.atoms import Atom
from form4lark.form.row_kind_marks import rows_without_lone_marks
from form4lark.sections import Row
from support import FIXTURES, fixture_text, off_fields, truth_of

AFRM = FIXTURES / "kind_runs" / "AFRM-20230103-1" / "sec" / "pdftotext.txt"
ME = FIXTURES / "kind_runs" / "ME-20230906-2" / "sec" / "pdftotext.txt"


def _table_i_off(path) -> tuple[form4lark.Form4, list[str]]:
    form = form4lark.parse(fixture_text(path))
    return form, [f for f in off_fields(truth_of(path), form) if f.startswith("non_derivative")]


def test_lone_marks_left_out_and_every_other_cell_read() -> None:
    form, off = _table_i_off(AFRM)
    rows = form.non_derivative_transactions
    assert rows and [r.shares for r in rows] == [16287, 1000]
    assert [r.price_per_share for r in rows] == [Decimal("9.1301"), Decimal("10.07")]
    assert [r.shares_owned_following for r in rows] == [51860 + 1000, 51860]
    assert [h.shares_owned_following for h in form.non_derivative_holdings or ()] == [
        75000, 1486909, 60429]
    # the second sale's amount's (1) and price's (3), printed apart: only they are missed
    assert sorted(off) == ["non_derivative_transactions[1].footnotes.price_per_share missed",
                           "non_derivative_transactions[1].footnotes.shares missed"]
    assert any("'(1)', '(3)' stand alone" in d.message for d in form.diagnostics)


def test_a_lone_mark_between_two_printed_prices() -> None:
    """The award's price "$0" and the purchase's "$1.09" printed, a lone "(2)" and
    "(3)" among them: the purchase reads, its two marks left out."""
    form, off = _table_i_off(ME)
    rows = form.non_derivative_transactions
    assert rows and [(r.transaction_code, r.shares, r.price_per_share) for r in rows] == [
        ("A", 138334, Decimal("0")), ("A", 55045, Decimal("1.09"))]
    assert sorted(off) == ["non_derivative_transactions[1].footnotes.price_per_share missed",
                           "non_derivative_transactions[1].footnotes.shares missed"]


def test_not_read_where_a_price_is_only_its_mark() -> None:
    """A printed price taken away: the prices printed as numbers are no longer one per
    transaction, so a lone mark may be a price and the body is not read so."""
    text = fixture_text(AFRM).replace("$10.07\n", "")
    form = form4lark.parse(text)
    assert not any("stand alone among" in d.message for d in form.diagnostics)


def test_not_read_where_the_dates_may_be_deemed_dates() -> None:
    """A second date after each transaction's: twice as many dates as printed prices,
    which reads as each transaction's date and its deemed execution date; with marks
    standing alone among the prices that is not read."""
    head, title, body = fixture_text(AFRM).partition("Table I - Non-Derivative")
    body = body.replace("01/03/2023\n", "01/03/2023\n\n01/02/2023\n", 2)
    assert body.count("01/02/2023") == 2
    form = form4lark.parse(head + title + body)
    assert not any("stand alone among" in d.message for d in form.diagnostics)


def test_no_lone_mark_is_not_this_readers(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only Table I, and only a body with a lone mark among its prices: AFRM's Table I
    words read as Table I, not as Table II."""
    seen: list[tuple[list[Atom], str]] = []

    def spy(atoms: list[Atom], table: str) -> tuple[list[Row], list[str]] | None:
        seen.append((atoms, table))
        return rows_without_lone_marks(atoms, table)

    monkeypatch.setattr(row_kind_marks, "rows_without_lone_marks", spy)
    form4lark.parse(fixture_text(AFRM))
    # the first reading of Table I's words (a stream's table that reads only in part is
    # read again with its bare numbers as marks, which this text's "(1)" marks leave unread)
    words = [atoms for atoms, table in seen if table == "table_i"]
    assert words and rows_without_lone_marks(words[0], "table_i") is not None
    assert rows_without_lone_marks(words[0], "table_ii") is None
    assert rows_without_lone_marks([], "table_i") is None


def test_a_title_cut_by_a_page_end_is_put_back() -> None:
    """A holding's title cut after "Class A", its rest read into the next row's title
    ("Common Stock Class A Common Stock"): put back as the other rows print it, each
    row's title and nature then read as in the filing."""
    head, title, body = fixture_text(AFRM).partition("Table I - Non-Derivative")
    cut = "(3)\n\nClass A\n\n75,000\n\nCommon Stock Class A Common Stock"
    body = body.replace("(3)\n\nClass A Common Stock\n\n75,000\n\nClass A Common Stock", cut, 1)
    assert cut in body
    form = form4lark.parse(head + title + body)
    rows = [*(form.non_derivative_transactions or ()), *(form.non_derivative_holdings or ())]
    assert [r.security_title for r in rows] == ["Class A Common Stock"] * 5
    assert [h.nature_of_ownership for h in form.non_derivative_holdings or ()] == [
        "By FF Affirm Growth, LLC", "By The Founders Fund Growth, LP",
        "By The Founders Fund Growth Principals Fund, LP"]
