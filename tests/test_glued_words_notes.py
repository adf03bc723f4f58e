"""Words a converter ran together in a table's cell (pymupdf4llm's picture text:
"Series B" over "PreferredStock", "By Sequoia" over "Capital XI,LP(2)") spaced again
where the page's notes print the very words one after the other ("... Series B
Preferred Stock, ...", "... Sequoia Capital XI, LP and ..."), before the table's rows
are cut: the run no longer hides which row the lines around it belong to. On the real
text of a filing, checked against its truth."""

from __future__ import annotations

import form4lark
from support import FIXTURES, edited_text, fixture_text, off_fields, truth, wrong_fields

FILING = "XOOM-20130221-1"
TEXT = fixture_text(FIXTURES / "glued-lines" / f"{FILING}-sec-pymupdf4llm.md")
TRUTH = truth(FILING, "sec")


def test_runs_the_notes_print_spaced_are_read():
    form = form4lark.parse(TEXT)
    rows = form.derivative_transactions[:5]
    assert [r.security_title for r in rows] == ["Series B Preferred Stock"] * 3 + [
        "Series C Preferred Stock"] * 2
    assert [r.nature_of_ownership for r in rows[::3]] == ["By Sequoia Capital XI, LP"] * 2
    assert not wrong_fields(off_fields(TRUTH, form))


def test_a_run_the_notes_do_not_print_stays_unread():
    # the notes no longer print "Preferred Stock": the run's words are not guessed
    form = form4lark.parse(TEXT.replace("Preferred Stock", "Preferred Shares"))
    assert form.derivative_transactions[0].security_title is None


def test_note_spacings():
    from form4lark.form.glued_words import note_spacings
    runs = note_spacings(("Series", "B", "Preferred", "Stock", "Capital", "XI", "LP"))
    assert runs["PreferredStock"] == ("Preferred", "Stock")
    assert runs["XI,LP"] == ("XI,", "LP")
    assert "PreferredStockCapitalXILP" not in runs  # five words: longer than a run is taken
    # two spacings give "AbCd": left out, not told apart
    assert "AbCd" not in note_spacings(("Ab", "Cd", "AbC", "d"))
    # a run the notes also print as one word is that word: not spaced
    assert "BlackRock" not in note_spacings(("Black", "Rock", "BlackRock"))


def test_a_run_the_notes_also_print_as_one_word_stays_unspaced():
    # the table prints "BlackRock" (one word) and so do the notes but once, "Black Rock":
    # the page spells the name both ways, so the table's "BlackRock" is not spaced
    glued = TEXT.replace("Sequoia", "BlackRock")
    text = glued.replace("managing member of BlackRock Capital XI Principals",
                         "managing member of Black Rock Capital XI Principals")
    assert text != glued
    rows = form4lark.parse(text).derivative_transactions
    assert not [r.nature_of_ownership for r in rows
                if "Black Rock" in (r.nature_of_ownership or "")]


def test_a_line_spaced_again_reads_see_run_into_a_note_s_name_as_the_nature():
    # LNKD-20130204-1's row line "CommonStock ... CommonStock ... I Seefootnote(4)": the
    # notes space the titles' runs; "Seefootnote(4)" is "See" run into a note's name and
    # its mark, the nature "See footnote(4)" (no other word is spelled so); the values
    # are that filing's EDGAR values, typed from its truth
    text = fixture_text(FIXTURES / "glued-lines" / "LNKD-20130204-1-sec-pymupdf4llm.md")
    row = form4lark.parse(text).derivative_transactions[0]
    assert (row.security_title, row.underlying_security_title) == (
        "Class B Common Stock", "Class A Common Stock")
    assert (row.nature_of_ownership, row.footnotes.get("nature_of_ownership")) == (
        "See footnote", ("4",))


def test_a_line_spaced_again_keeps_out_a_cell_whose_run_the_notes_do_not_print():
    # the same line, its nature another run no note prints ("SeeTrust(4)": "See" is no
    # note's name's opening here): the nature is left out rather than read as a word
    text = fixture_text(FIXTURES / "glued-lines" / "LNKD-20130204-1-sec-pymupdf4llm.md")
    for run in ("SeeTrust(4)", "Seefootnote", "Seefootnotes4"):
        edited = text.replace("Seefootnote(4)", run)
        assert edited != text
        row = form4lark.parse(edited).derivative_transactions[0]
        assert row.security_title == "Class B Common Stock"
        assert row.nature_of_ownership is None, run


def test_see_above_a_note_s_name_on_a_line_whose_titles_ran_together_is_the_nature():
    # YELP-20130318-1's second row: "Class B Class A" / "See" / "CommonStock ... I
    # Footnote(4)": the notes space the titles' runs; the nature's words, "See" above
    # and "Footnote(4)" on the row's line, are the form's own two, no run among them.
    # Checked against that filing's EDGAR record
    path = FIXTURES / "glued-lines" / "YELP-20130318-1-sec-pymupdf4llm.md"
    filing_truth = truth("YELP-20130318-1", "sec")
    form = form4lark.parse(fixture_text(path))
    assert [(r.nature_of_ownership, r.footnotes.get("nature_of_ownership"))
            for r in form.derivative_transactions] == [
        (t["nature_of_ownership"], tuple(t["footnotes"].get("nature_of_ownership", ())) or None)
        for t in filing_truth["derivative_transactions"]]
    assert form.derivative_transactions[1].nature_of_ownership == "See Footnote"
    assert not wrong_fields(off_fields(filing_truth, form))
    # another word above the note's name ("Seen"): the cell may hold a run, left out
    edited = form4lark.parse(edited_text(path, ("<br>See<br>", "<br>Seen<br>")))
    assert edited.derivative_transactions[1].nature_of_ownership is None
