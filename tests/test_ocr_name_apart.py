"""Box 1 of a page OCR read in blocks, its name apart from the labels under it
(``form/header.owner_labels_apart``).

Tesseract may print box 1's label, the name under it as a block of its own, then box 2's
label and value, boxes 3 and 5, and only then "(Last) (First) (Middle)", the street,
"(Street)", the city line and "(City) (State) (Zip)" (ZNGA-20120608-1's sec page). The
name is the one line of words between box 1's label and box 2's; the street and place
are read between box 1's own labels after it. A line there that may be another value
(digits: a street, a date; a "[ ticker ]"), or two lines, leave the box unknown.
"""

from __future__ import annotations

import form4lark
from support import FIXTURES, fixture_text

ZNGA = FIXTURES / "ocr_blocks" / "ZNGA-20120608-1" / "sec" / "tesseract.txt"
NAME = "\nHoffman Reid\n"


def _owner(text: str) -> tuple[object, ...]:
    owner = form4lark.parse(text).reporting_owners[0]
    return (owner.name, owner.street1, owner.street2, owner.city, owner.state, owner.zip)


def test_the_name_block_under_box_1s_label_and_the_labelled_address_are_read() -> None:
    # checked against EDGAR's record of the filing
    assert _owner(fixture_text(ZNGA)) == ("Hoffman Reid", "C/O LINKEDIN CORPORATION",
                                          "2029 STIERLIN COURT", "MOUNTAIN VIEW", "CA", "94043")


def test_a_line_with_digits_there_is_no_name_and_leaves_box_1_unknown() -> None:
    text = fixture_text(ZNGA)
    assert NAME in text
    assert _owner(text.replace(NAME, "\n06/08/2012\n")) == (None,) * 6


def test_one_word_there_may_be_box_5s_title_and_leaves_box_1_unknown() -> None:
    text = fixture_text(ZNGA)
    assert _owner(text.replace(NAME, "\nCo-Founder\n")) == (None,) * 6


def test_two_lines_there_leave_box_1_unknown() -> None:
    text = fixture_text(ZNGA)
    assert _owner(text.replace(NAME, "\nHoffman Reid\nLinkedIn\n")) == (None,) * 6
