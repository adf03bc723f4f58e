"""A street's break that the page's print may have made, on a PDF's page grid
(``form/header.py``: ``column_edge``, ``_printed_wrap``).

The fixture: the words of U-20220211-1's sec page printed again on landscape letter
with a 2.6in bottom margin (WeasyPrint), where box 1's column wrapped the one street
line "2800 SAND HILL ROAD, SUITE 101" before "101"."""

from __future__ import annotations

import json

from form4lark.api import parse_page
from form4lark.inputs.words import Word, page_of_words
from support import FIXTURES, fixture_text

LANDSCAPE = FIXTURES / "pdf" / "U-20220211-1-sec-landscape"
#: where the header's label row stands (the words' tops grow downward from the page's top)
_LABEL_ROW = (-410.0, -400.0)


def _words() -> list[Word]:
    lines = fixture_text(LANDSCAPE / "words.jsonl").splitlines()
    return [Word(t, x0, x1, top, bottom, page)
            for t, x0, x1, top, bottom, page in map(json.loads, lines)]


def test_a_street_break_where_the_next_word_would_pass_box_2_is_left_unknown() -> None:
    form = parse_page("pdf", page_of_words(_words()), strict=False)
    owner = form.reporting_owners[0]
    assert (owner.street1, owner.street2) == (None, None)
    assert (owner.city, owner.state, owner.zip) == ("MENLO PARK", "CA", "94025")
    assert any(d.field == "reporting_owners.street1" for d in form.diagnostics)


def test_a_street_break_where_the_next_word_would_fit_before_box_2_is_kept() -> None:
    # box 2's and box 5's labels moved right: "101" would have fit after "SUITE", so the
    # break is the box's own (two street lines), as the page then shows
    words = [w._replace(x0=w.x0 + 40, x1=w.x1 + 40)
             if w.page == 0 and _LABEL_ROW[0] < w.top < _LABEL_ROW[1] and w.x0 > 220 else w
             for w in _words()]
    owner = parse_page("pdf", page_of_words(words), strict=False).reporting_owners[0]
    assert (owner.street1, owner.street2) == ("2800 SAND HILL ROAD, SUITE", "101")
