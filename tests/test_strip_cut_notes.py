"""Notes run into one paragraph ("... inclusive. 4. The price ...") open only where the
tables cite their numbers. A row whose values a converter cut at its strips' edges reads
with its marks left out (which value a mark is on is not told) but for a mark glued on its
figure or code in its strip ("S<br>(1)", "$ 915.39<br>(5)"); the marks its line prints still
cite their notes, a mark cut in two joined again ("(4" | ")"). The text is
pymupdf4llm's of TSLA-20211221-1 (sec design) cut down, its notes renumbered: note 3 opens
a paragraph, notes 4 to 6 run on in it, cited only by marks of rows cut into strips."""

from __future__ import annotations

from form4lark import parse

from support import FIXTURES, fixture_text, parse_fixture

TEXT = FIXTURES / "strip_cut_notes" / "TSLA-20211221-1.md"


def test_run_on_notes_cited_by_marks_of_rows_cut_into_strips_are_read() -> None:
    form = parse_fixture(TEXT)
    assert sorted(form.footnotes, key=int) == ["1", "2", "3", "4", "5", "6"]
    assert form.footnotes["4"].endswith("from $914.000 to $914.900, inclusive.")
    assert form.footnotes["3"].endswith("from $886.000 to $886.900, inclusive.")
    # the cut rows' values are read with the marks glued on them in their strips; a mark
    # a strip's edge cut ("(4" | ")") stays left out
    cut = form.non_derivative_transactions[1:]
    assert [row.shares for row in cut] == [27587, 33364, 18384]
    glued = {"transaction_code": ("1",), "shares": ("2",)}
    assert [row.footnotes for row in cut] == [glued, glued | {"price_per_share": ("5",)}, glued]


def test_a_run_on_number_no_table_prints_still_opens_no_note() -> None:
    # the marks of the cut rows taken away: notes 4 to 6 are cited nowhere, and where
    # note 3 ends is not known (a later number runs on in it): none of them is read
    text = fixture_text(TEXT)
    for mark, rest in (("(4|)", "|"), ("(5)|", "|"), ("(6|)", "|")):
        assert mark in text
        text = text.replace(mark, rest)
    form = parse(text)
    assert sorted(form.footnotes, key=int) == ["1", "2"]


#: pymupdf4llm's text of AUR-20231019-1 (sec design, whole): Table I's rows cut into strips,
#: each "A" letter in one strip with the price column's mark printed alone ("A<br>(1)")
LETTER_BEFORE_MARK = TEXT.with_name("AUR-20231019-1-sec.md")


def test_a_mark_glued_on_a_letter_before_a_price_of_marks_alone_is_not_the_letters() -> None:
    form = parse_fixture(LETTER_BEFORE_MARK)
    rows = form.non_derivative_transactions
    # the rows read, their amounts joined again across the strips ("12,687" | ",274")
    assert [(row.shares, row.acquired_disposed) for row in rows] == [
        (12687274, "A"), (704849, "A"), (704849, "A")]
    # the "(1)" is the price's (its value a mark alone), which the line does not tell
    assert all("acquired_disposed" not in row.footnotes for row in rows)
