"""Box 5's written title in a stream that prints the header's labels one a line
(pdfminer's plain design, ``form/reader.py``).

Box 4's label and box 5's follow each other where no amendment date is printed, so
the text after them is both boxes' together: it is box 5's where none of it reads as
a date (box 4 holds one only). A title printed under its own checked label, before
the next labels, is taken where a blank line ends it; a label on the line right after
it leaves the title unknown (a relationship's name may be its last word).
"""

from __future__ import annotations

from pathlib import Path

import form4lark
from support import FIXTURES, fixture_text

TSLA = FIXTURES / "column_runs" / "TSLA-20100702-1" / "plain" / "pdfminer.txt"
ARW = FIXTURES / "column_runs" / "ARW-20250212-1" / "plain" / "pdfminer.txt"


def _owner(path: Path, old: str = "", new: str = "") -> form4lark.Form4:
    text = fixture_text(path)
    assert old in text
    return form4lark.parse(text.replace(old, new, 1) if old else text)


def test_title_after_box5s_last_label_matches_truth() -> None:
    form = _owner(TSLA)
    owner = form.reporting_owners[0]
    assert owner.officer_title == "Pres,Prod Architect & Director"
    assert owner.other_text is None
    assert form.date_of_original_submission is None


def test_a_date_after_the_labels_of_boxes_4_and_5_leaves_both_unknown() -> None:
    form = _owner(TSLA, "Pres,Prod Architect & Director\n",
                  "Pres,Prod Architect & Director\n\n06/30/2010\n")
    assert form.reporting_owners[0].officer_title is None
    assert form.date_of_original_submission is None


def test_title_under_its_checked_label_matches_truth() -> None:
    assert _owner(ARW).reporting_owners[0].officer_title == "SVP, CLO & Secretary"


def test_a_label_right_after_the_title_leaves_it_unknown() -> None:
    form = _owner(ARW, "SVP, CLO & Secretary\n\n 10% Owner", "SVP, CLO & Secretary\n 10% Owner")
    assert form.reporting_owners[0].officer_title is None
