"""Footnote marks printed as bare superscripts and glued onto their values by a
converter that drops <sup> (form4lark/bare_marks.py): html2text's text of the agent
design's AAPL-20190502-1 prints "Common Stock1" and "$208.992" (truth: "Common Stock"
with mark 1, $208.99 with mark 2)."""

from __future__ import annotations

import pytest
from support import FIXTURES, table_fields_off

from form4lark.bare_marks import _GLUED_WORD, glued_marks

HTML2TEXT = FIXTURES / "agent" / "AAPL-20190502-1" / "agent" / "html2text.md"


def test_glued_title_read_and_glued_price_unknown() -> None:
    form, off = table_fields_off(HTML2TEXT)
    assert not [f for f in off if f.endswith("wrong")]
    rows = form.non_derivative_transactions
    assert rows is not None and len(rows) == 5
    assert {r.security_title for r in rows} == {"Common Stock"}
    assert all(r.footnotes["security_title"] == ("1",) for r in rows)
    # "$208.992" is $208.99 with mark 2 or $208.992: unknown, with a diagnostic
    assert all(r.price_per_share is None for r in rows)
    assert [str(r.shares) for r in rows] == ["13433", "18256", "8601", "14571", "1550"]
    fields = [d.field for d in form.diagnostics]
    assert fields.count("non_derivative_transactions.price_per_share") == 5
    # note 1 is referred to once its marks are read; notes 2-6 (the prices') are not
    assert "footnotes.1" not in fields and "footnotes.2" in fields


@pytest.mark.parametrize(("digits", "marks"), [
    ("1", ["1"]), ("23", ["2", "3"]), ("12", None), ("7", []), ("45", [])])
def test_glued_marks(digits: str, marks: list[str] | None) -> None:
    notes = frozenset({"1", "2", "3", "12"})
    assert glued_marks(digits, notes) == marks


@pytest.mark.parametrize(("value", "read"), [
    ("Common Stock1", ("Common Stock", "1")), ("See Footnotes23", ("See Footnotes", "23")),
    ("By Fund IV, L.P.1", ("By Fund IV, L.P.", "1")), ("By Fund, LP2", ("By Fund, LP", "2")),
    ("Series A1 Preferred Stock", None), ("Series A1", None), ("Stock 2", None),
    ("Common Stock123", None)])
def test_glued_word(value: str, read: tuple[str, str] | None) -> None:
    match = _GLUED_WORD.fullmatch(value)
    assert (match and (match["value"], match["digits"])) == read
