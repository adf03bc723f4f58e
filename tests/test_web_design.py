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
    try:
        form = parse(fixture_text(path))
    except Form4ParseError:
        return
    wrong = [field for field, verdict in score(truth_of(path), record(form)) if verdict == "wrong"]
    assert wrong == []


@pytest.mark.parametrize("name", ["html2text.md", "pdftotext-layout.txt", "pypdf.txt", "w3m.txt"])
def test_its_bracketed_marks_are_the_forms(name: str) -> None:
    """The "[1]" on the second sale's price (its truth: footnote 1 on price_per_share)
    and the note's label "[1]" read as the form's "(1)", in four shapes."""
    truth = truth_of(WEB / "AAPL-20190812-1" / "web" / name)
    assert truth["non_derivative_transactions"][1]["price_per_share"] == 201.69
    assert truth["non_derivative_transactions"][1]["footnotes"] == {"price_per_share": ["1"]}
    assert truth["footnotes"]["1"].startswith("This transaction was executed")
    text = marks_of_brackets(fixture_text(WEB / "AAPL-20190812-1" / "web" / name))
    assert "(1) This transaction was executed" in text
    assert "[1]" not in text
    price = text.index("$201.69")
    assert text.find("(1)", price) != -1 and "(1)" not in text[:price]
