"""Table II's last column headers a converter printed among the notes (pdfminer and
pdftotext print "8. Price of Derivative Security (Instr. 5)" after the first note): such a
paragraph is no note and ends the note before it, which is read (AAPL-20220504 plain)."""

from __future__ import annotations

from form4lark.form import notes
from form4lark.form.atoms import lex
from support import stream_page

# the filing's truth for note 1
ONE = ("1. This transaction was made pursuant to a Rule 10b5-1 trading plan adopted by the "
       "reporting person on August 16, 2021.")
TWO = "2. This transaction was executed in multiple trades at prices ranging from $159.42 to $160.41."
HEADERS = ["8. Price of", "Derivative", "Security", "(Instr. 5)", "",
           "9. Number of", "derivative Securities", "Beneficially Owned", "Following Reported",
           "Transaction(s) (Instr.", "4)", "",
           "10.", "Ownership", "Form: Direct", "(D) or Indirect", "(I) (Instr. 4)", ""]


def _read(lines: list[str]) -> dict[str, str]:
    return {number: cell.text
            for number, cell in notes.footnotes(lex(stream_page(*lines)), frozenset("12"))}


def test_column_headers_among_the_notes_are_no_note_and_end_the_one_before() -> None:
    assert _read([ONE, ""] + HEADERS + [TWO]) == {"1": ONE[3:], "2": TWO[3:]}


def test_a_note_that_runs_on_after_its_instruction_is_still_a_note() -> None:
    # "(Instr. 4)" ends a line of a note that goes on: the paragraph is the note's (the
    # words after it make it no column's header)
    three = ["3. Held by a trust (Instr. 4)", "of which the reporting person is trustee."]
    assert _read([ONE, "", TWO, ""] + three) == {
        "1": ONE[3:], "2": TWO[3:], "3": " ".join(three)[3:]}


def test_a_long_note_line_ending_in_an_instruction_that_runs_on_is_still_a_note() -> None:
    # a numbered line as long as a column's header may print (24 words after its number),
    # ending "(Instr. 4)", whose paragraph goes on: the walk stops at the header's most
    # words, and the line after tells it runs on: the note's
    three = ["3. " + " ".join(["held"] * 22) + " (Instr. 4)", "of which the reporting person is trustee."]
    assert _read([ONE, "", TWO, ""] + three) == {
        "1": ONE[3:], "2": TWO[3:], "3": " ".join(three)[3:]}

