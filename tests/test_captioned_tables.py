"""A table captioned below its rows (form4lark/form/regions.py ``_captioned_below``):
pandoc prints an HTML table's <caption> as a paragraph after its pipe table, so the
agent design's "Table I - Non-Derivative ..." title stands under Table I's header and
rows, and Table II's under its own. Truth of AAPL-20190502-1: five sales of Common
Stock (mark 1) on 05/02/2019, prices $208.99 to $212.46 with marks 2 to 6; no Table II
row. Also a mark pandoc ran together from two <sup>s ("<sup>12</sup>", no note 12):
read as marks 1 and 2 (form4lark/bare_marks.py ``merged_marks_read``)."""

from __future__ import annotations

from decimal import Decimal

from support import FIXTURES, fixture_text, off_fields, table_fields_off, truth_of

from form4lark import parse

PANDOC = FIXTURES / "agent" / "AAPL-20190502-1" / "agent" / "pandoc.md"


def test_rows_above_their_title_read() -> None:
    form, off = table_fields_off(PANDOC)
    assert off == []
    rows = form.non_derivative_transactions
    assert rows is not None and len(rows) == 5
    assert [r.price_per_share for r in rows] == [Decimal(p) for p in (
        "208.99", "209.71", "210.98", "211.83", "212.46")]
    assert [r.footnotes["price_per_share"] for r in rows] == [(str(n),) for n in range(2, 7)]
    assert form.derivative_transactions == () and form.derivative_holdings == ()


def test_title_above_rows_still_read_so() -> None:
    """The same text with each title moved above its table reads the same record."""
    text = fixture_text(PANDOC)
    i = "Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned"
    text = text.replace("\n\n" + i + "\n", "\n").replace(
        "\n| 1\\. Title of Security", "\n" + i + "\n\n| 1\\. Title of Security", 1)
    assert off_fields(truth_of(PANDOC), parse(text)) == []


def test_marks_run_together_read_apart() -> None:
    text = fixture_text(PANDOC).replace("Common Stock<sup>1</sup>", "Common Stock<sup>12</sup>", 1)
    form = parse(text)
    rows = form.non_derivative_transactions
    assert rows is not None
    assert rows[0].footnotes["security_title"] == ("1", "2")
    assert [r.footnotes["security_title"] for r in rows[1:]] == [("1",)] * 4
    messages = [d.message for d in form.diagnostics]
    assert any("mark (12) names no note" in m for m in messages)
    assert not any("(12) with no footnote text" in m for m in messages)


def test_marks_not_read_apart_where_notes_reach_two_digits() -> None:
    """With a note 12 listed, "(13)" may be a note lost past the last one read."""
    from form4lark.bare_marks import marks_run_together
    assert marks_run_together("23", {"1", "2", "3"}) == ["2", "3"]
    assert marks_run_together("13", {str(n) for n in range(1, 13)}) == []
    assert marks_run_together("31", {"1", "2", "3"}) == []
