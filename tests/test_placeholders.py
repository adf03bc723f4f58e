"""The private-use characters the readers put into a text: one each, none printable by a
converter, and the grammar's UNCUT the module's."""

from __future__ import annotations

import unicodedata

from form4lark import placeholders
from form4lark.grammar import grammar_dir

MARKS = (placeholders.AS_WORD, placeholders.GARBLED, placeholders.UNCUT, placeholders.UNPLACED)


def test_each_placeholder_is_one_private_use_character_of_its_own():
    assert len(set(MARKS)) == len(MARKS)
    assert all(len(m) == 1 and unicodedata.category(m) == "Co" for m in MARKS)


def test_the_grammar_reads_the_marks_the_readers_put():
    rows = (grammar_dir() / "form_rows.lark").read_text()
    for mark in (placeholders.UNCUT, placeholders.UNPLACED):
        assert f"\\u{ord(mark):04x}" in rows
