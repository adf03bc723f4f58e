"""OCR's checkbox marks printed on another line than their box's label.

Tesseract keeps a line's words but not their columns. A mark alone on its line above
a line of two labels ("x" over "Director 10% Owner"), or a mark after a label with the
next label on the line below ("X Director x" over "Officer (give title"), may be any
of the boxes around it: ``checkboxes.parted_marks`` finds such marks with the boxes
each may be (the labels of the line under it; after a label, any relationship box),
and the form reader leaves those not seen marked unknown rather than give the mark to
the label after it. Checked against the filings' truth (GUTS: only "10% Owner" is checked;
TSLA-20100702: "Director", "Officer" and "10% Owner" are).
"""

from __future__ import annotations

from support import FIXTURES, parse_fixture, truth_of

SCAN = FIXTURES / "scan"
FLAGS = ("is_director", "is_officer", "is_ten_percent_owner", "is_other")


def _flags(path):
    owner = parse_fixture(path).to_dict()["reporting_owners"][0]
    return {flag: owner[flag] for flag in FLAGS}


def test_a_mark_alone_above_two_labels_is_neither_labels():
    path = SCAN / "GUTS-20240206-1" / "sec" / "tesseract.txt"
    assert truth_of(path)["reporting_owners"][0]["is_ten_percent_owner"] is True
    # before: "Director" checked (wrong) and "10% Owner" not (wrong); the boxes of the
    # other line are not the mark's
    assert _flags(path) == {"is_director": None, "is_officer": False,
                            "is_ten_percent_owner": None, "is_other": False}


def test_a_mark_after_a_label_over_the_next_line_is_unknown():
    path = SCAN / "TSLA-20100702-1" / "sec" / "tesseract.txt"
    truth = truth_of(path)["reporting_owners"][0]
    assert _flags(path) == {"is_director": True, "is_officer": None,
                            "is_ten_percent_owner": None, "is_other": None}
    assert truth["is_director"] is True and truth["is_ten_percent_owner"] is True


def test_no_direction_from_arithmetic_on_a_misread_amount():
    # MSFT-20241212 sec: "A 28,5932) ... 98.593 $0 15,515.937 D": OCR read the amount
    # 28.593 as 28593, its twin underlying 98.593; owning 15,515.937 after moving 28593
    # would say (D), but the truth is (A): the arithmetic must hold for both readings
    from form4lark.build import _direction_from_arithmetic
    from decimal import Decimal as D
    assert _direction_from_arithmetic(D("28593"), D("15515.937")) == "D"
    assert _direction_from_arithmetic(D("28593"), D("15515.937"), D("98.593")) is None
    # both readings more than what is owned after: (D) either way
    assert _direction_from_arithmetic(D("12584"), D("0"), D("12534")) == "D"
