"""Texts of a third page design, "web" (benchmarks/designs/web.py: a data vendor's compact
page of the filing, with short unnumbered labels, headings per part, ☒/☐ boxes, one
header row and footnote marks as "[1]" links), through six converters. Whatever form4lark
makes of it must never be a wrong value: a text is refused, or each field it reads is its
filing's truth. The texts that keep the page's table cells (html2text, pandoc, markitdown,
markdownify) are read: their boxes as "label| value" rows (form/short_boxes.py), their
tables by the short headers' columns, their notes up to the "## Remarks" heading."""

from __future__ import annotations

from pathlib import Path

import pytest

from form4lark import parse
from form4lark.bracket_marks import marks_of_brackets
from form4lark.detect import markers_seen
from form4lark.errors import Form4ParseError, NotAForm4Error
from form4lark.scoring import score

from support import fixture_paths, fixture_text, off_fields, record, table_fields_off, truth_of

WEB = Path(__file__).resolve().parent / "fixtures" / "web"
TEXTS = fixture_paths(WEB, "*/web/*")


def test_the_fixtures_are_there() -> None:
    assert len(TEXTS) == 10


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: f"{p.parent.parent.name}-{p.name}")
def test_a_design_never_seen_is_refused_or_read_right(path: Path) -> None:
    """A guard over every text of the design, read or refused (pdftotext's layout text and
    pdfplumber's are read since their wrapped column titles are found: test_web_pdf.py)."""
    try:
        form = parse(fixture_text(path))
    except Form4ParseError:
        return
    wrong = [field for field, verdict in score(truth_of(path), record(form)) if verdict == "wrong"]
    assert wrong == []


@pytest.mark.parametrize("name", ["html2text.md", "pdftotext-layout.txt", "pypdf.txt", "w3m.txt"])
def test_its_bracketed_marks_are_the_forms(name: str) -> None:
    """The "[1]" on the one sale whose price its truth marks (AAPL-20190812-1: footnote 1
    on the second sale's price) and the note's label "[1]" read as the form's "(1)", in
    four shapes: the price, the mark and the note's first words taken from the truth."""
    path = WEB / "AAPL-20190812-1" / "web" / name
    truth = truth_of(path)
    [row] = [row for row in truth["non_derivative_transactions"]
             if row["footnotes"].get("price_per_share")]
    [mark] = row["footnotes"]["price_per_share"]
    label = f"({mark})"
    text = marks_of_brackets(fixture_text(path))
    assert f"{label} {' '.join(truth['footnotes'][mark].split()[:4])}" in text
    assert f"[{mark}]" not in text
    price = text.index(f"${row['price_per_share']}")
    assert text.find(label, price) != -1 and label not in text[:price]


@pytest.mark.parametrize(("name", "missed"), [
    ("html2text.md", []),
    ("pandoc.md", []),
    # markitdown runs the address's lines together: where the street ends and the city
    # begins is lost (the state and zip end it still)
    ("markitdown-html.md", ["reporting_owners[0].street1 missed",
                            "reporting_owners[0].city missed"]),
])
def test_a_page_of_cells_is_read_whole(name: str, missed: list[str]) -> None:
    """AAPL-20190812-1: a director (his box the first of four, each mark after its label),
    an exercise and a sale in Table I, a holding by spouse, and Table II's one option
    exercised, its column 5 printed as "Amount| (A) or (D)"; every field against the truth."""
    form, off = table_fields_off(WEB / "AAPL-20190812-1" / "web" / name)
    assert off == missed
    [option] = form.derivative_transactions or []
    assert (option.shares, option.acquired_disposed) == (17500, "D")


def test_a_joint_filing_s_owners_notes_and_remarks() -> None:
    """ADGI-20220328-2: four owners, each a "Reporting Person" row with its own address
    and boxes ("Other ☒ (specify: See Remarks)"), a mark "[1]" on a holding's D/I, an empty
    Table II ("None reported"), a note ended by the "## Remarks" heading (the remarks never
    in it), and four signatures: every field against the truth, no doubt raised."""
    form, off = table_fields_off(WEB / "ADGI-20220328-2" / "web" / "html2text.md")
    assert off == []
    assert len(form.reporting_owners) == 4 and form.derivative_transactions == ()
    assert form.diagnostics == ()


def _aapl_html2text() -> str:
    return fixture_text(WEB / "AAPL-20190812-1" / "web" / "html2text.md")


def test_boxes_whose_marks_change_sides_are_unknown() -> None:
    """A mark is read after its label only where every box of the group prints it so:
    "☒ Director   Officer ☐ ..." may be either box's mark."""
    text = _aapl_html2text()
    assert "Director ☒   Officer ☐" in text
    form = parse(text.replace("Director ☒   Officer ☐", "☒ Director   Officer ☐"))
    [owner] = form.reporting_owners
    assert (owner.is_director, owner.is_officer, owner.is_other) == (None, None, None)
    assert any(d.field == "reporting_owners" for d in form.diagnostics)
    assert form.reporting_owners[0].name == "LEVINSON ARTHUR D"


def test_the_short_page_is_a_form_4_by_its_title_and_columns() -> None:
    """Without the paper form's numbered labels: its title, "Form 4", and the tables'
    titles and first columns in the form's order."""
    assert markers_seen(_aapl_html2text()) == ["title", "table i", "table ii", "form 4",
                                              "columns"]


@pytest.mark.parametrize(("title", "form"), [
    ("SEC Form 3: Initial Statement of Beneficial Ownership of Securities", "Form 3"),
    ("SEC Form 5: Annual Statement of Changes in Beneficial Ownership", "Form 5"),
])
def test_a_form_3_or_5_printed_the_same_short_way_is_refused(title: str, form: str) -> None:
    """The page's own title made a Form 3's or a Form 5's (the rest as it is): refused."""
    text = _aapl_html2text()
    own = "SEC Form 4: Statement of Changes in Beneficial Ownership"
    assert own in text
    with pytest.raises(NotAForm4Error, match=f"this is a {form}, not a Form 4"):
        parse(text.replace(own, title))


def test_a_remarks_heading_ends_the_last_note() -> None:
    """ "## Remarks" without a colon ends the notes: the note is the truth's, the remarks
    theirs; "None" under the heading is no remarks."""
    text = _aapl_html2text()
    truth = truth_of(WEB / "AAPL-20190812-1" / "web" / "html2text.md")
    form = parse(text.replace("## Remarks\n\nNone", "## Remarks\n\nSee the attached exhibit."))
    assert form.footnotes == truth["footnotes"]
    assert form.remarks == "See the attached exhibit."
    assert parse(text).remarks is None
    assert off_fields(truth, parse(text)) == []


def test_only_a_header_with_a_reporting_person_row_is_read_by_the_short_grammar(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A paper form's page of cells (html2text keeps its two-cell header rows) never has its
    cells read by form_short_boxes (loading it costs half a second): no row of two cells
    opens with "Reporting Person". The web page's header is read by it."""
    from form4lark.form import short_boxes
    read: list[str] = []
    given = short_boxes._parse
    monkeypatch.setattr(short_boxes, "_parse",
                        lambda text, start: (read.append(text), given(text, start))[1])
    parse(fixture_text(Path(__file__).resolve().parent / "fixtures" / "forms"
                       / "AAPL-20190812-1" / "sec" / "html2text.md"))
    assert read == []
    parse(_aapl_html2text())
    assert "Reporting Person" in read


def test_the_signatures_heading_ends_the_remarks() -> None:
    """pypdf's text prints "Remarks", the remarks, "Signatures" then the signature: the
    remarks end at the signatures' heading, which is none of theirs."""
    text = fixture_text(WEB / "AAPL-20190812-1" / "web" / "pypdf.txt")
    written = text.replace("Remarks\nNone\n", "Remarks\nSee the attached exhibit.\n")
    assert written != text
    form = parse(written)
    assert form.remarks == "See the attached exhibit."
    assert [d for d in form.diagnostics if d.field == "remarks"] == []


def test_a_short_table_title_is_table_i_s_section_for_its_unread_lines() -> None:
    """Table I titled shortly ("Non-Derivative Securities (Table I)") is its section for
    recovery too: the line of Table I the reader left out is named as Table I's."""
    form = parse(fixture_text(WEB / "AAPL-20190812-1" / "web" / "pypdf.txt"))
    unread = [d.message for d in form.diagnostics if d.field == "non_derivative_transactions"]
    assert len(unread) == 1
    assert unread[0].startswith("a line of Table I was not read")
    assert "'Common Stock 08/12/2019 S 17500 D $201.69 (1) 1133283 D'" in unread[0]


def test_table_ii_s_a_or_d_cell_is_read() -> None:
    """Table II's "(A) or (D)" column is read from its cell: with 20000 left after the row
    (the truth's 0 changed) the arithmetic cannot tell the direction, the cell's "D" does;
    with the cell blank the direction is unknown."""
    text = _aapl_html2text()
    row = "| 17500| D| 08/14/2009| 08/14/2019| Common Stock| 17500.0| $0| 0| D|"
    assert row in text
    assert truth_of(WEB / "AAPL-20190812-1" / "web" / "html2text.md")[
        "derivative_transactions"][0]["acquired_disposed"] == "D"
    left = row.replace("| $0| 0|", "| $0| 20000|")
    [read] = parse(text.replace(row, left)).derivative_transactions
    assert (read.acquired_disposed, read.shares_owned_following) == ("D", 20000)
    [blank] = parse(text.replace(row, left.replace("| 17500| D|", "| 17500| |"))
                    ).derivative_transactions
    assert blank.acquired_disposed is None


def test_marks_alone_together_in_a_cell_are_read() -> None:
    """html2text's cell holding two marks and no value ("|  [7] [8]|": a price of no value,
    LNKD-20110524-1's notes 7 and 8) reads as "(7) (8)": the loop over the text would not
    reach "[7]", whose lookahead sees "(8)" after it, were the run not read at once."""
    assert marks_of_brackets("| D|  [7] [8]| 115335| I|\n[7] A note.\n[8] Another.") == \
        "| D|  (7) (8)| 115335| I|\n(7) A note.\n(8) Another."


def test_an_officer_s_title_and_the_10b5_1_box_are_read() -> None:
    """An officer's filing (TSLA-20230727-1, web.py through html2text): box 5's "Officer ☒
    (title: ...)" gives the title, "Rule 10b5-1| ☒" the box; every field is the truth's."""
    path = WEB / "TSLA-20230727-1" / "web" / "html2text.md"
    truth = truth_of(path)
    form = parse(fixture_text(path))
    [owner] = form.reporting_owners
    assert owner.is_officer and owner.officer_title == "SVP Powertrain and Energy Eng."
    assert owner.officer_title == truth["reporting_owners"][0]["officer_title"]
    assert form.aff10b5_one is True and truth["aff10b5_one"] is True
    assert off_fields(truth, form) == []
    assert list(form.diagnostics) == []


def test_none_under_the_paper_form_s_remarks_is_the_filer_s_text() -> None:
    """ "None" is no remarks only under a site's bare "Remarks" heading (above): under the
    paper form's "Remarks:" it is what the filer wrote, read as before."""
    path = Path(__file__).resolve().parent / "fixtures" / "corpus" / "AIR-20250110-1" / "text"
    text = fixture_text(path / "tesseract.txt")
    assert parse(text).remarks is None
    written = text.replace("Remarks:\n\n/s/", "Remarks:\nNone\n\n/s/")
    assert written != text
    assert parse(written).remarks == "None"


def test_a_bare_heading_s_word_inside_a_row_is_the_row_s() -> None:
    """"Footnotes" is the notes' heading only as its line's one word: in a drawn table's row
    beside other cells (w3m: "│ Stock │ ... │ I │ Footnotes │", a nature of ownership)
    it is a word of the row; on a line of its own it is the heading."""
    from form4lark.form.atoms import page_atoms
    from form4lark.shapes.detect import read_shape

    text = ("Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned\n"
            "│ Stock │ I │ Footnotes │\n\nFootnotes\n(1) A note.\n")
    page = read_shape(text, "grid")
    assert [(a.kind, a.row) for a in page_atoms(page) if a.text == "Footnotes"] == [
        ("TEXT", 1), ("EXPLANATION", 2)]
