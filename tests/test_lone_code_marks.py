"""A transaction code's footnote mark printed apart from its letter ("M [1] 10500": the web
design's link marks, through pdfplumber), read on the code (``form/lone_code_marks.py``)."""

from __future__ import annotations

from form4lark import parse
from form4lark.form.lone_code_marks import code_marks_glued
from form4lark.scoring import score

from support import FIXTURES, fixture_text, line_atoms, record, truth_of

WEB = FIXTURES / "web"


def _texts(line: str) -> list[str] | None:
    glued = code_marks_glued(line_atoms(line))
    return None if glued is None else [a.text for a in glued]


def test_a_mark_between_the_code_and_the_amount_is_the_codes() -> None:
    assert _texts("$17.22 07/27/2023 M (1) 10500 D (2) 07/19/2029 10500 $0.0 541275 D") == [
        "$17.22", "07/27/2023", "M(1)", "10500", "D", "(2)", "07/19/2029", "10500", "$0.0",
        "541275", "D"]


def test_a_mark_elsewhere_is_left_where_it_stands() -> None:
    """A price's mark after the direction ("A (1) 5160301"), a date's before the code, a
    mark after a code with no date before it: none is glued."""
    assert _texts("02/06/2024 C 5160301 A (1) 5160301 D") is None
    assert _texts("(1) 08/29/2018 A 725 A (2) (2) 725 $0 5283 D") is None
    assert _texts("Class M (1) 10500") is None


def test_a_table_ii_row_with_its_codes_mark_apart_reads() -> None:
    """TSLA-20230727-1's option exercise: "$17.22 07/27/2023 M [1] 10500 D [2] 07/19/2029
    10500 $0.0 541275 D", its titles centred around it: the row's values and the code's
    mark, nothing wrong."""
    path = WEB / "TSLA-20230727-1" / "web" / "pdfplumber.txt"
    got, truth = record(parse(fixture_text(path))), truth_of(path)
    (row,) = got["derivative_transactions"]
    assert row["transaction_code"] == "M" and row["footnotes"]["transaction_code"] == ["1"]
    assert (row["shares"], row["shares_owned_following"]) == (10500, 541275)
    assert [p for p, verdict in score(truth, got) if verdict == "wrong"] == []
