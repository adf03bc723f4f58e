"""Notes run into one paragraph ("... inclusive. 4. The price ...") open only where the
tables cite their numbers. A row whose values a converter cut at its strips' edges reads
with its marks left out (which value a mark is on is not told), but the marks its line
prints still cite their notes, a mark cut in two joined again ("(4" | ")"). The text is
pymupdf4llm's of TSLA-20211221-1 (sec design) cut down, its notes renumbered: note 3 opens
a paragraph, notes 4 to 6 run on in it, cited only by marks of rows cut into strips."""

from __future__ import annotations

from pathlib import Path

from form4lark import parse

from support import fixture_text, parse_fixture

TEXT = Path(__file__).resolve().parent / "fixtures" / "strip_cut_notes" / "TSLA-20211221-1.md"


def test_run_on_notes_cited_by_marks_of_rows_cut_into_strips_are_read() -> None:
    form = parse_fixture(TEXT)
    assert sorted(form.footnotes, key=int) == ["1", "2", "3", "4", "5", "6"]
    assert form.footnotes["4"].endswith("from $914.000 to $914.900, inclusive.")
    assert form.footnotes["3"].endswith("from $886.000 to $886.900, inclusive.")
    # the cut rows' values are read, their marks left out (as before)
    cut = form.non_derivative_transactions[1:]
    assert [row.shares for row in cut] == [27587, 33364, 18384]
    assert all(not row.footnotes for row in cut)


def test_a_run_on_number_no_table_prints_still_opens_no_note() -> None:
    # the marks of the cut rows taken away: notes 4 to 6 are cited nowhere, and where
    # note 3 ends is not known (a later number runs on in it): none of them is read
    text = fixture_text(TEXT)
    for mark, rest in (("(4|)", "|"), ("(5)|", "|"), ("(6|)", "|")):
        assert mark in text
        text = text.replace(mark, rest)
    form = parse(text)
    assert sorted(form.footnotes, key=int) == ["1", "2"]
