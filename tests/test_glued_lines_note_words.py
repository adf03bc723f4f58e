"""A row's cell on a page of visual lines whose converter ran two of another cell's
lines together (pymupdf4llm's picture text: "Preferred" over the underlying title's
"CommonStock"): the cell's words on the row's line are kept where each is a word the
page's notes print ("Preferred": "each share of preferred stock"), a run of two
words being no word of them; otherwise ("Seefootnote(3)") they are left out. On the
real text of a filing, checked against its truth."""

from __future__ import annotations

import form4lark
from support import FIXTURES, fixture_text, off_fields, truth, wrong_fields

FILING = "GUTS-20240206-1"
TEXT = fixture_text(FIXTURES / "glued-lines" / f"{FILING}-sec-pymupdf4llm.md")
TRUTH = truth(FILING, "sec")


def test_titles_whose_words_the_notes_print_are_read():
    form = form4lark.parse(TEXT)
    assert [r.security_title for r in form.derivative_transactions[:3]] == [
        "Series C-1 Preferred Stock", "Series C-2 Preferred Stock", "Series D Preferred Stock"]
    assert not wrong_fields(off_fields(TRUTH, form))


def test_a_word_the_notes_do_not_print_leaves_the_title_out():
    # the notes no longer print "preferred": "Preferred" may be a run of two words
    form = form4lark.parse(TEXT.replace("preferred stock", "shares"))
    assert [r.security_title for r in form.derivative_transactions[:3]] == [None] * 3
