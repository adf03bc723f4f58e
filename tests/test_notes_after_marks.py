"""Table II's cells a converter printed after the Explanation of Responses label (its
label put between Table II's two header rows, pdfminer): a footnote mark alone on its
line and the expiration date below it open neither a note nor a signature."""

from __future__ import annotations

from form4lark.form import notes
from form4lark.form.atoms import lex
from support import stream_page

LINES = ["Code", "V", "(1)", "09/13/2028", "5,785", "(3)", "(3)", "Common", "Stock",
         "11,169", "$0", "D", "D",
         "1. The option shares will vest in full on the annual meeting.",
         "2. Each Restricted Stock Unit represents one share of the Common Stock.",
         "/s/ Tami Chen, attorney-in-fact 09/18/2018"]


def _atoms(lines: list[str]):
    return lex(stream_page(*lines))


def test_a_date_after_a_lone_mark_is_no_signature_and_the_note_opens_at_its_number() -> None:
    atoms = _atoms(LINES)
    start, found = notes.signatures(atoms)
    assert [(s.name.text if s.name else None, s.date.text) for s in found] == [
        ("/s/ Tami Chen, attorney-in-fact", "09/18/2018")]
    read = {number: cell.text for number, cell in notes.footnotes(atoms[:start])}
    assert read == {"1": LINES[-3][3:], "2": LINES[-2][3:]}


def test_a_signature_whose_date_follows_a_mark_is_kept_where_it_is_the_last() -> None:
    # the only date: a name never ends with a mark, but no later date is the signature's
    start, found = notes.signatures(_atoms(["1. A note.", "(1)", "09/18/2018"]))
    assert [s.date.text for s in found] == ["09/18/2018"]


def test_a_note_holding_its_number_in_its_own_form_again_is_not_reopened() -> None:
    # "1." inside the note "1." opened: the same form, a wrapped line, no new opening
    read = {n: c.text for n, c in notes.footnotes(_atoms(["1. Shares held", "1. by the trust."]))}
    assert read == {"1": "Shares held 1. by the trust."}


def test_closing_notes_before_the_first_note_are_passed_over_and_after_one_end_them() -> None:
    # the notes are read from number to number (``notes._turns``): the closing notes
    # before any note open stop nothing; after one, they end the notes
    lines = ["* If the form is filed by more than one reporting person, see Instruction 4(b)(v).",
             "1. Shares held by the trust.", "2. Held by the fund, of which the",
             "reporting person is a partner.",
             "Reminder: Report on a separate line for each class of securities beneficially "
             "owned directly or indirectly.", "3. No note after the closing notes."]
    read = {n: c.text for n, c in notes.footnotes(_atoms(lines))}
    assert read == {"1": "Shares held by the trust.",
                    "2": "Held by the fund, of which the reporting person is a partner."}
