"""Marks of pandoc's plain and markdown writers that are none of the form's words
(``shapes/unicode_marks.py``, ``shapes/markdown_traces.py``, ``markdown.without_fences``,
``detect._COLON_CAPTION``): read as words they made values wrong ("Common Stock¹",
"Common Stock :", "ONE APPLE PARK WAY\\", "::: name WILLIAMS JEFFREY E").

Fixtures: pandoc's texts of the agent design (AAPL-20190812-1: two Common Stock rows,
the second's price $201.69 with mark 1, a holding "By Spouse", a Director Stock Option;
AUR-20231019-1: natures "See Footnotes²³" and lone "¹" cells) and of the web design
(AAPL-20190502-1, pandoc's markdown without pipes: five sales, marks 1 to 6)."""

from __future__ import annotations

from decimal import Decimal

from support import FIXTURES, table_fields_off, wrong_fields

from form4lark.build import box_label_titles
from form4lark.sections import Cell, OwnerBlock, Sections
from form4lark.shapes.detect import without_drawing
from form4lark.shapes.markdown import without_fences
from form4lark.shapes.markdown_traces import shows_markdown, without_markdown_marks
from form4lark.shapes.unicode_marks import listed_note_numbers, marks_of, unicode_marks

OTHER = FIXTURES / "pandoc-marks"


def _wrong(off: list[str]) -> list[str]:
    return wrong_fields(off)


def test_superscript_digits_read_as_marks() -> None:
    text = ("  Common Stock¹     05/02/2019\n  See Footnotes²³    I\n"
            "Explanation of Responses:\n1. a\n2. b\n3. c\n")
    read = unicode_marks(text)
    assert "Common Stock(1)   05/02/2019" in read
    assert "See Footnotes(2)(3)" in read


def test_listed_notes_without_explanation_heading_are_the_last_list() -> None:
    """With no "Explanation of Responses" (a design heading its notes "Footnotes"), the
    notes are the last list opening "1.": the form's numbered headers before it are
    none ("¹²" is not read as notes 1 and 2 from "1. Title", "2. Date")."""
    text = ("1. Title of Security  2. Date  3. Code\n  Common Stock¹²  ³\n"
            "Footnotes\n1. Note one.\n")
    assert listed_note_numbers(text) == {"1"}
    assert unicode_marks(text).split("\n")[1].split() == ["Common", "Stock"]
    assert listed_note_numbers("1. Title\nExplanation of Responses:\n1. a\n2. b\n") == {"1", "2"}


def test_superscript_run_no_listed_note_settles_is_dropped() -> None:
    """"¹²" with notes 1, 2 and 12 listed: one note or two, the text does not tell."""
    assert marks_of("12", {"1", "2", "12"}).strip() == ""
    assert marks_of("12", {"1", "2"}) == "(1)(2)"
    assert marks_of("7", {"1", "2"}).strip() == ""  # a note the text does not list


def test_pandoc_plain_agent_values_without_marks() -> None:
    form, off = table_fields_off(OTHER / "AAPL-20190812-1" / "agent" / "pandoc-plain.txt")
    assert _wrong(off) == []
    assert [r.security_title for r in form.non_derivative_transactions] == ["Common Stock"] * 2
    assert form.non_derivative_transactions[1].price_per_share == Decimal("201.69")
    assert form.non_derivative_transactions[1].footnotes["price_per_share"] == ("1",)
    assert form.non_derivative_holdings[0].security_title == "Common Stock"
    assert form.derivative_transactions[0].security_title == "Director Stock Option (Right to Buy)"


def test_pandoc_plain_agent_natures_and_lone_marks() -> None:
    form, off = table_fields_off(OTHER / "AUR-20231019-1" / "agent" / "pandoc-plain.txt")
    assert _wrong(off) == []
    row = form.non_derivative_transactions[0]
    assert row.nature_of_ownership == "See Footnotes"
    assert row.footnotes["nature_of_ownership"] == ("2", "3")


def test_caption_colon_not_read_into_last_row() -> None:
    text = "  Common Stock      14,000   I   By Spouse\n\n  : Table I - Non-Derivative\n"
    assert "\n    Table I - Non-Derivative" in without_drawing(text)


def test_pandoc_markdown_web_marks_blanked() -> None:
    text = ("## Remarks\n\nNone\n\n  Address    ONE APPLE PARK WAY\\\n"
            "  -------- ----------\n  \\$208.99  x  y\n::: notes\n")
    read = without_markdown_marks(text)
    assert read.startswith("   Remarks")
    assert "ONE APPLE PARK WAY \n" in read
    assert "  $208.99   x  y" in read  # the escape's column given back at the next gap
    assert "-" not in read and ":::" not in read
    form, off = table_fields_off(OTHER / "AAPL-20190502-1" / "web" / "pandoc-markdown.txt")
    assert _wrong(off) == []
    assert form.reporting_owners[0].street1 == "ONE APPLE PARK WAY"
    assert form.remarks is None
    assert form.signatures[0].name.startswith("/s/ Sam Whittington")


def test_markdown_marks_blanked_only_where_markdown_shows() -> None:
    """A grid of another design opening a line with "# of Shares" or printing a
    backslash shows no markdown: its text is read as it stands, but for a simple
    table's rule."""
    text = "# of Shares    100\n-----  -----\n  Total  \\$5 [a](#b)\n"
    assert not shows_markdown(text)
    assert without_markdown_marks(text) == text.replace("-", " ")
    assert shows_markdown("# SEC Form 4\n\n## Reporting Owner\n")
    assert shows_markdown("  Address    ONE APPLE PARK WAY\\\n")
    assert shows_markdown("text\n::: notes\n")


def test_pandoc_markdown_web_footnote_links_read_as_marks() -> None:
    """pandoc's footnote link "[\\[1\\]](#fn1){.fn}" after a table row's title (ARW's
    Table I, web design): the note's mark, never words of the title."""
    def read(line: str) -> str:  # a line of a text showing markdown (a "##" heading)
        return without_markdown_marks("## Table I\n" + line).split("\n", 1)[1]

    row = "  Common Stock [\\[1\\]](#fn1){.fn}   02/12/2025      A\n"
    assert read(row) == ("  Common Stock " + "(1)".ljust(len("[\\[1\\]](#fn1){.fn}"))
                         + "   02/12/2025      A\n")
    assert read("  see [the note](#n2){.x}  D\n") == "  see the note" + " " * 11 + "  D\n"
    marks = "  [\\[5\\]](#fn5){.fn} [\\[6\\]](#fn6){.fn}   [\\[7\\]](#fn7){.fn}\n"
    assert read(marks).split() == ["(5)(6)", "(7)"]  # one cell's marks kept together
    form, off = table_fields_off(OTHER / "ARW-20250212-1" / "web" / "pandoc-markdown.txt")
    assert _wrong(off) == []
    rows = form.non_derivative_transactions
    assert [r.security_title for r in rows] == ["Common Stock"] * 2
    assert [r.footnotes["security_title"] for r in rows] == [("1",), ("2",)]


def test_fenced_divs_blanked_in_grid_table_cells() -> None:
    text = ("| ::: name              |\n| WILLIAMS JEFFREY E    |\n"
            "| :::                   |\n::: small\n")
    assert without_fences(text) == ("|                       |\n| WILLIAMS JEFFREY E    |\n"
                                     "|                       |\n         \n")


def test_box5_labels_never_an_officer_title() -> None:
    """A reading order that prints box 5's labels where the officer's title stands
    ("Director 10% Owner" for "COO", pdfminer's text of the agent design's PDF): the
    title is unknown, with a diagnostic (``build.box_label_titles``); a title holding
    more than the labels ("CEO & 10% Owner") is a title."""
    sections = Sections(layout="stream")
    sections.owners = [OwnerBlock(officer_title=Cell("Director 10% Owner", 12, 5)),
                       OwnerBlock(officer_title=Cell("Chief Executive Officer", 30, 5)),
                       OwnerBlock(officer_title=Cell("CEO & 10% Owner", 40, 5)),
                       OwnerBlock(officer_title=Cell("X Director X 10% Owner", 50, 5))]
    found = box_label_titles(sections)
    titles = [o.officer_title and o.officer_title.text for o in sections.owners]
    assert titles == [None, "Chief Executive Officer", "CEO & 10% Owner", None]
    assert len(found) == 2 and found[0].field == "reporting_owners.officer_title"
