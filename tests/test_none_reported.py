"""A table whose only words under its title and column headers say "None reported" holds
no row (``tables.none_reported``); its quick test (no "None" before "reported": no header
word is looked at) keeps every other table's answer."""

from __future__ import annotations

from form4lark.form.atoms import Atom
from form4lark.form.tables import none_reported
from form4lark.page import Piece

HEADERS = "Title of Security (Instr. 3) Transaction Date Amount Reported Transaction(s)"


def _atoms(words: str) -> list[Atom]:
    return [Atom("TEXT", word, 0, n, 0, Piece(word, 1, n)) for n, word in enumerate(words.split())]


def test_none_reported_under_the_headers_is_an_empty_table() -> None:
    assert none_reported(_atoms(f"{HEADERS} None reported"))
    assert none_reported(_atoms(f"{HEADERS} NONE REPORTED"))


def test_a_row_beside_none_reported_is_no_empty_table() -> None:
    assert not none_reported(_atoms(f"{HEADERS} None reported Common Stock 100"))
    assert not none_reported(_atoms(f"{HEADERS} Common Stock 01/02/2020 100"))
    assert not none_reported(_atoms(f"{HEADERS} None"))  # "reported" never follows
    assert not none_reported(_atoms(HEADERS))
