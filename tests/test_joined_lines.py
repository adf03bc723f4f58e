"""A note's line that pdftotext (no -layout) joined to the next where a hyphen ended it,
dropping the hyphen (form/joined_lines.py). AOSL-20250317-1's agent page: note 2's
"service-" / "based vesting" prints "servicebased vesting" on one line longer than any
other of the page; note 3 spells "service-based": the word gets its hyphen back, and
where the notes spell no such word the note is left unknown, never read without it."""

from __future__ import annotations

import re

from form4lark import parse
from form4lark.build import hyphens_as_spelled
from form4lark.form.joined_lines import break_words, joined_rows, wrap_width
from form4lark.form.atoms import page_atoms
from form4lark.form import regions
from form4lark.shapes.stream import read_stream
from support import FIXTURES, edited_text, fixture_text, read_none_wrong, truth_of

_AOSL = FIXTURES / "agent" / "AOSL-20250317-1" / "agent" / "pdftotext.txt"
_NOTE_3_END = ("which are subject to vesting upon satisfaction of\n"
               "service-based vesting conditions by the Reporting Person.")


def test_the_joined_word_gets_its_hyphen_back_as_the_notes_spell_it() -> None:
    form, off = read_none_wrong(_AOSL)
    assert form.footnotes["2"] == truth_of(_AOSL)["footnotes"]["2"]
    assert "service-based vesting" in form.footnotes["2"]
    assert not [f for f in off if f.startswith("footnotes")]


def test_with_no_spelling_elsewhere_the_note_is_left_unknown() -> None:
    text = edited_text(_AOSL, (_NOTE_3_END, "which are subject to vesting upon satisfaction of\n"
                                            "the vesting conditions by the Reporting Person."),
                       once=True)
    form = parse(text)
    assert form.footnotes["2"] is None
    assert form.footnotes["3"] and form.footnotes["1"]
    assert any(d.field == "footnotes.2" and "joined" in d.message for d in form.diagnostics)


def test_a_word_spelled_with_a_hyphen_away_from_the_break_keeps_its_letters() -> None:
    # pdftotext's join was a real word break: note 2's "nonemployee" stands past where the
    # first line can have ended; note 1 spells "non-employee". The word at the break
    # ("compensation") is spelled with no hyphen anywhere: the note is unknown, and no
    # word gets a hyphen it never had
    text = edited_text(
        _AOSL, ("satisfaction of servicebased vesting conditions by",
                "satisfaction of compensation vesting conditions as a nonemployee by"),
        ("\nservice through each such", "\nnon-employee service through each such"),
        once=True)
    form = parse(text)
    assert form.footnotes["2"] is None
    assert "non-employee service" in form.footnotes["1"]
    assert any(d.field == "footnotes.2" and "joined" in d.message for d in form.diagnostics)


def test_break_words_are_those_where_the_first_line_can_have_ended() -> None:
    # a page 178 wide: the break lies in [142.4, 178] of a joined line of 223
    line = "word " * 32 + "servicebased vesting conditions as a nonemployee by the Person."
    words = break_words(line, 178)
    assert words == ("word",) * 4 + ("servicebased", "vesting")
    assert "nonemployee" not in words


def test_notes_printed_a_paragraph_a_line_show_no_joined_line() -> None:
    # each note on one line (as a web page's text prints them): no note wraps near the
    # page's width, so no line is taken as two joined
    text = fixture_text(_AOSL)
    opening = "Explanation of Responses:\n"
    start, end = text.index(opening) + len(opening), text.index("\nRemarks:")
    notes = re.sub(r"\n+(?!\d{1,2}\. )", " ", text[start:end])
    assert "satisfaction of service-based" in notes
    page = read_stream(text[:start] + notes + text[end:])
    explanation = regions.cut(page_atoms(page)).explanation
    assert joined_rows(page, explanation, wrap_width(page, explanation)) == set()


def test_only_a_word_at_the_break_gets_a_hyphen_and_a_name_put_back_stands() -> None:
    notes = {"1": "as a nonemployee for compensation", "2": "a non-employee; the FF-IIE fund"}
    assert hyphens_as_spelled(notes, {"1": ("compensation",)})["1"] is None
    assert hyphens_as_spelled(notes, {"1": ("nonemployee",)})["1"] == \
        "as a non-employee for compensation"
    # a name in capitals the notes spell with a hyphen got it back: the note stands
    named = {**notes, "1": "the FFIIE fund"}
    assert hyphens_as_spelled(named, {"1": ("FFIIE",)})["1"] == "the FF-IIE fund"


def test_a_page_wrapping_its_own_sentence_shows_its_width() -> None:
    # ARW-20250212-1's agent page: its notes wrap at no line (note 1 is two lines joined at
    # "three-" / "year", note 2 one line), but the form's "Check this box ... that is" /
    # "intended to satisfy ..." is cut at the page's width: the text prints the PDF's lines,
    # so note 1's line of 321 (the page 178 wide) holds two joined; no word at its break is
    # spelled with a hyphen elsewhere: the note is unknown, never "threeyear"
    path = FIXTURES / "agent" / "ARW-20250212-1" / "agent" / "pdftotext.txt"
    form, off = read_none_wrong(path)
    assert form.footnotes["1"] is None
    assert form.footnotes["2"] == truth_of(path)["footnotes"]["2"]
    assert [f for f in off if f.startswith("footnotes")] == ["footnotes.1 missed"]
    # the sentence printed whole: no width shown, the note read as printed
    text = edited_text(path, ("that is\nintended to satisfy", "that is intended to satisfy"),
                       once=True)
    assert "threeyear" in (parse(text).footnotes["1"] or "")


def test_a_band_of_column_titles_is_no_sentence_cut_at_the_width() -> None:
    # pdfplumber's text of a web page prints its tables' column titles as bands of lines,
    # the next opening in small letters ("or Exercise ..."): no sentence of the page. The
    # ARW page with such a band near its width, its form's sentence not read as cut,
    # shows no width; the sentence cut at the width shows it
    path = FIXTURES / "agent" / "ARW-20250212-1" / "agent" / "pdftotext.txt"
    band = ("Title of Derivative Security Conversion Transaction Date Deemed Execution Date "
            "Transaction Code Number of Derivative Securities Acquired Expiration Date\n"
            "or Exercise Price of Derivative Security\n\nExplanation of Responses:")

    def width(text: str) -> int:
        page = read_stream(text)
        return wrap_width(page, regions.cut(page_atoms(page)).explanation)

    # the form's sentence no longer read as going on below its cut
    text = edited_text(path, ("that is\nintended to satisfy", "that is\nIntended to satisfy"),
                       ("Explanation of Responses:", band), once=True)
    assert 0.8 * 178 < len(band.split("\n")[0]) < 178
    assert width(text) == 0
    assert width(edited_text(path, ("Explanation of Responses:", band), once=True)) == 178
