"""Footnotes a converter ran into one paragraph ("9. ... inclusive. 10. The price ..."):
split at the next expected number only, where the tables cite it."""

from __future__ import annotations

from form4lark.form import notes
from form4lark.form.atoms import lex
from support import stream_page

NINE = "9. The shares were sold at prices ranging from $2,567.58 to $2,568.58, inclusive."
TEN = "10. The price reported in Column 4 is a weighted average price."
ELEVEN = "11. The shares were sold pursuant to a Rule 10b5-1 trading plan."


def _read(*paragraphs: str, cited: set[int] = set(range(1, 30))) -> dict[str, str]:
    """The notes of ``paragraphs`` (one line each), after eight notes of their own lines."""
    lines = [f"{n}. Note {n}." for n in range(1, 9)] + list(paragraphs)
    found = notes.footnotes(lex(stream_page(*lines)), frozenset(str(n) for n in cited))
    return {number: cell.text for number, cell in found if int(number) > 8}


def test_notes_run_into_one_paragraph_are_split_at_each_next_number() -> None:
    assert _read(" ".join((NINE, TEN, ELEVEN))) == {
        "9": NINE[3:], "10": TEN[4:], "11": ELEVEN[4:]}


def test_a_number_inside_a_sentence_or_not_the_next_opens_no_note() -> None:
    # "10.5 shares", "Rule 10b5-1.", "note 10. The" (no sentence's end before it),
    # "10. shares" (no capital after it): all stay in note 9
    for inside in ("Each unit is 10.5 shares. The rest vests later.",
                   "Sold under Rule 10b5-1. The plan was adopted in May.",
                   "See note 10. The price is an average.",
                   "Sold in two lots. 10. shares were withheld."):
        assert _read(f"{NINE} {inside}") == {"9": f"{NINE[3:]} {inside}"}


def test_a_note_the_tables_do_not_cite_is_not_split_off_and_its_neighbour_is_unknown() -> None:
    # where note 10 is not cited, note 9 would end there or not: it is left out
    assert _read(" ".join((NINE, TEN)), cited={9, 11}) == {}


def test_a_note_lost_from_the_paragraph_lends_its_neighbour_no_text() -> None:
    # note 10 is lost: note 9 would hold note 11's text, so it is left out, and no
    # note after the lost one is read
    assert _read(" ".join((NINE, ELEVEN))) == {}
