"""Reading-order texts of built page designs (pdftotext -raw, pypdf: a row's cells a line
each) whose cells were misread: "See" over "Footnotes" is a nature, not the notes'
heading; a bare superscript set on a line of its own after a nature ("L.P." over "23")
is that nature's marks; a three-figure amount ending in an unclaimed note's number where
the text glues marks past an amount's thousands ("631" beside "2,7422") is unknown; the
lines after a row printed with no title before its values, which may hold its title and
the next row's, go to neither; a word broken after its hyphen and joined by a space
("2010- Seed") is made whole, in the shapes joining a PDF's wrapped lines only (an HTML
page's cells print "Smith- Jones" as filed)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from form4lark import Form4, parse
from form4lark.cells import hyphen_joined
from form4lark.form.row_sequence import sequence_rows
from support import FIXTURES, edited_text, fixture_text, paragraph_atoms, read_none_wrong

CELLS = FIXTURES / "stream_cells"


def _read_right(name: str) -> Form4:
    """The form read from fixture ``name``, with no field wrong against its filing's truth."""
    form, off = read_none_wrong(CELLS / name)
    return form


def _read_changed(name: str, printed: str, instead: str) -> Form4:
    """The form read from fixture ``name`` with its text ``printed`` (which it holds) replaced."""
    return parse(edited_text(CELLS / name, (printed, instead)))


def test_see_over_footnotes_is_a_nature_not_the_notes_heading() -> None:
    form = _read_right("AUR-20231019-1-web-pdftotext-raw.txt")
    rows = form.derivative_transactions
    assert rows is not None and rows[0].nature_of_ownership in (None, "See Footnotes")
    assert form.footnotes is not None and form.footnotes["1"].startswith("Each share of Class B")


@pytest.mark.parametrize("word", ["Lessee", "Licensee"])
def test_footnotes_under_a_word_ending_in_see_is_the_notes_heading(word: str) -> None:
    # a nature's last line "Lessee" over "Footnotes": "See" closing a longer word is no "See"
    form = _read_changed("AUR-20231019-1-web-pdftotext-raw.txt", "See\nFootnote\n[9]\nFootnotes\n",
                         f"By\n{word}\nFootnotes\n")
    assert form.footnotes is not None and len(form.footnotes) == 9
    assert form.footnotes["1"].startswith("Each share of Class B")


def test_marks_on_a_line_of_their_own_after_a_nature_are_its_marks() -> None:
    form = _read_right("U-20220211-1-agent-pypdf.txt")
    rows = form.non_derivative_transactions
    assert rows is not None
    assert rows[1].nature_of_ownership == "Sequoia Capital XII, L.P."
    assert rows[1].footnotes["nature_of_ownership"] == ("2", "3")
    # the last transaction printed before its title and nature, the holding's title after
    # them: "Common Stock Sequoia Capital Fund Parallel, LLC6 Common Stock" is no title
    assert form.non_derivative_holdings is not None
    assert form.non_derivative_holdings[0].security_title is None


GROVE = "02/11/2022 J 194,899 D 1 1,556,602 I Sequoia Grove II, LLC (5\n"


@pytest.mark.parametrize("nature", [
    "See Footnote 5",  # a number after a word naming notes is that word's
    "By Sequoia Grove Trust 5",  # a number on its value's line may be the name's own
    "See Footnote\n5",  # apart on its own line, but after "Footnote"
])
def test_number_ending_a_nature_not_set_apart_on_its_own_line_is_no_mark(nature: str) -> None:
    form = _read_changed("U-20220211-1-agent-pypdf.txt", GROVE,
                         GROVE.replace("Sequoia Grove II, LLC (5", nature))
    rows = form.non_derivative_transactions
    assert rows is not None and rows[8].shares == Decimal("194899")
    assert rows[8].nature_of_ownership in (nature.replace("\n", " "), None)
    assert "5" not in rows[8].footnotes.get("nature_of_ownership", ())


def test_small_amount_ending_in_an_unclaimed_note_unknown_where_marks_glue_past_thousands() -> None:
    form = _read_right("SQ-20210104-1-agent-pypdf.txt")
    rows = form.non_derivative_transactions
    assert rows is not None and rows[0].shares is None  # "631": 63 and note 1, or 631
    holdings = form.non_derivative_holdings
    assert holdings is not None and holdings[0].shares_owned_following == Decimal("2742")


def test_lines_after_a_row_printed_without_its_title_go_to_neither_row() -> None:
    form = _read_right("TSLA-20100702-1-web-pdftotext-raw.txt")
    rows = form.derivative_transactions
    assert rows is not None and len(rows) == 6
    # "Series E Preferred Stock" (row 5's) and "Series C Warrants (right to buy)" (row 6's)
    assert rows[4].security_title is None and rows[5].security_title is None
    assert rows[3].security_title == "Series D Preferred Stock"


def test_word_broken_after_its_hyphen_joined_whole() -> None:
    form = _read_right("SQ-20180702-1-web-pypdf.txt")
    holdings = form.non_derivative_holdings
    assert holdings is not None
    assert holdings[0].nature_of_ownership == "Sequoia Capital U.S. Venture 2010-Seed Fund, L.P."
    assert hyphen_joined("pre- and post-split") == "pre- and post-split"
    assert hyphen_joined("Fund III - Endurance") == "Fund III - Endurance"


@pytest.mark.parametrize("converter", ["smith-markdownify.md", "smith-html2text.md"])
def test_hyphen_before_a_space_kept_where_a_converter_prints_html_cells_as_filed(
        converter: str) -> None:
    # a filing's nature set to "By Smith- Jones Family Trust": an HTML page's cell prints
    # the value as filed (only a PDF's wrapped lines are joined)
    form = parse(fixture_text(FIXTURES / "hyphen_as_filed" / converter))
    rows = form.non_derivative_holdings
    assert rows is not None and rows[0].nature_of_ownership == "By Smith- Jones Family Trust"


TITLE = "Class A Common Stock(1)"


def _sale(shares: str, owned: str) -> list[str]:
    return ["10/02/2015", "S", shares, "D", "$634.46", owned, "D"]


def test_a_row_after_a_title_printed_twice_has_its_title_before_it() -> None:
    # pdftotext (GOOG-20151002-1, plain design): a title printed twice before a row, the
    # row after it printed with none: the second title is that row's, so the lines before
    # the row after that are still the next title (not told to neither row)
    body = [TITLE, *_sale("532", "16,138"), TITLE, TITLE, *_sale("1,664", "14,474"),
            *_sale("1,844", "12,630"), TITLE, *_sale("1,604", "11,026")]
    rows = sequence_rows(paragraph_atoms(body), "table_i", "stream")
    assert [r["shares"].text for r in rows] == ["532", "1,664", "1,844", "1,604"]
    assert "security_title" not in rows[2]
    assert rows[3]["security_title"].text == TITLE


def test_lines_after_a_row_printed_without_a_title_not_told() -> None:
    # the row "1,844" printed no title before it: the lines after it may be its title
    body = [TITLE, *_sale("532", "16,138"), *_sale("1,844", "12,630"), TITLE,
            *_sale("1,604", "11,026")]
    rows = sequence_rows(paragraph_atoms(body), "table_i", "stream")
    assert [r["shares"].text for r in rows] == ["532", "1,844", "1,604"]
    assert "security_title" not in rows[1] and "security_title" not in rows[2]
