"""Texts of a third page design, "web" (benchmarks/designs/web.py: a data vendor's compact
page of the filing, with short unnumbered labels, headings per part, ☒/☐ boxes, one
header row and footnote marks as "[1]" links), through five converters. form4lark does
not read that design yet; whatever it makes of it must never be a wrong value: a text
is refused, or each field it reads is its filing's truth."""

from __future__ import annotations

from pathlib import Path

import pytest

from form4lark import parse
from form4lark.bracket_marks import marks_of_brackets
from form4lark.errors import Form4ParseError
from form4lark.scoring import score

from support import fixture_paths, fixture_text, record, truth_of

WEB = Path(__file__).resolve().parent / "fixtures" / "web"
TEXTS = fixture_paths(WEB, "*/web/*")


def test_the_fixtures_are_there() -> None:
    assert len(TEXTS) == 5


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: f"{p.parent.parent.name}-{p.name}")
def test_a_design_never_seen_is_refused_or_read_right(path: Path) -> None:
    """A guard, not a reader's test: all five texts are refused today (too few of the
    form's markers), so nothing here checks that ``parse`` reads this design's bracketed
    marks ("[1]") as its footnote marks; ``test_its_bracketed_marks_are_the_forms``
    checks ``marks_of_brackets`` alone."""
    try:
        form = parse(fixture_text(path))
    except Form4ParseError:
        return
    wrong = [field for field, verdict in score(truth_of(path), record(form)) if verdict == "wrong"]
    assert wrong == []


@pytest.mark.parametrize("name", ["html2text.md", "pdftotext-layout.txt", "pypdf.txt", "w3m.txt"])
def test_its_bracketed_marks_are_the_forms(name: str) -> None:
    """The "[1]" on the one sale whose price its truth marks (AAPL-20190812-1: footnote 1
    on the second sale's price) and the note's label "[1]" read as the form's "(1)", in
    four shapes: the price, the mark and the note's first words taken from the truth."""
    path = WEB / "AAPL-20190812-1" / "web" / name
    truth = truth_of(path)
    [row] = [row for row in truth["non_derivative_transactions"]
             if row["footnotes"].get("price_per_share")]
    [mark] = row["footnotes"]["price_per_share"]
    label = f"({mark})"
    text = marks_of_brackets(fixture_text(path))
    assert f"{label} {' '.join(truth['footnotes'][mark].split()[:4])}" in text
    assert f"[{mark}]" not in text
    price = text.index(f"${row['price_per_share']}")
    assert text.find(label, price) != -1 and label not in text[:price]
