"""Texts of a third page design, "web" (benchmarks/designs/web.py: a data vendor's compact
page of the filing, with short unnumbered labels, headings per part, ☒/☐ boxes, one
header row and footnote marks as "[1]" links), through six converters. Whatever form4lark
makes of it must never be a wrong value: a text is refused, or each field it reads is its
filing's truth. The texts that keep the page's table cells (html2text, pandoc, markitdown,
markdownify) are read: their boxes as "label| value" rows (form/short_boxes.py), their
tables by the short headers' columns, their notes up to the "## Remarks" heading."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from form4lark import parse
from form4lark.bracket_marks import marks_of_brackets
from form4lark.detect import markers_seen
from form4lark.errors import Form4ParseError, NotAForm4Error
from form4lark.form import short_grid
from form4lark.scoring import score

from support import (FIXTURES, fixture_paths, fixture_text, off_fields, record, stream_page,
                     table_fields_off, truth_of)

WEB = FIXTURES / "web"
TEXTS = fixture_paths(WEB, "*/web/*")


def test_the_fixtures_are_there() -> None:
    assert len(TEXTS) == 95


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


@pytest.mark.parametrize("name", ["form3-XOOM-20130214-trafilatura.txt",
                                  "form5-TSLA-20211231-trafilatura.txt"])
def test_a_form_3_or_5_page_whose_headings_were_dropped_is_refused(name: str) -> None:
    """A Form 3's and a Form 5's page of the design through trafilatura, which keeps its
    tables and drops its headings: the text's only markers are the two rows of column
    titles, which a Form 3 and a Form 5 print as a Form 4 does, so nothing in it says
    which form it is, and it is refused (it was read as a Form 4 while those rows counted
    as the tables' markers)."""
    text = fixture_text(FIXTURES / "web_other_forms" / name)
    assert not re.search(r"Form [345]|Statement|Table I", text)
    with pytest.raises(NotAForm4Error, match="too few of the form's markers"):
        parse(text)


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
    given = short_boxes.parse_whole
    monkeypatch.setattr(short_boxes, "parse_whole",
                        lambda text, start: (read.append(text), given(text, start))[1])
    parse(fixture_text(FIXTURES / "forms"
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
    recovery too: the line of Table I the reader left out is named as Table I's (the
    sale's mark made to stand before its price, where no column holds it)."""
    text = fixture_text(WEB / "AAPL-20190812-1" / "web" / "pypdf.txt")
    sale = "Common Stock 08/12/2019 S 17500 D $201.69 [1] 1133283 D"
    assert sale in text
    form = parse(text.replace(sale, "Common Stock 08/12/2019 S 17500 D [1] $201.69 1133283 D"))
    unread = [d.message for d in form.diagnostics if d.field == "non_derivative_transactions"]
    assert len(unread) == 1
    assert unread[0].startswith("a line of Table I was not read")
    assert "'Common Stock 08/12/2019 S 17500 D (1) $201.69 1133283 D'" in unread[0]


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
    path = FIXTURES / "corpus" / "AIR-20250110-1" / "text"
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


def test_a_stream_s_label_value_lines_are_the_boxes() -> None:
    """pdftotext -raw prints each box as a line "Label value" ("Reporting Person LEVINSON
    ARTHUR D", "Issuer CIK 0000320193", "Relationship Director ☒ Officer ☐ ...") and the
    address's lines below its label alone: every field of the header, both tables (Table
    II's amount with its direction, "17500 D": form_rows.lark's transaction_ii), the notes
    and the signature is the truth's."""
    form, off = table_fields_off(WEB / "AAPL-20190812-1" / "web" / "pdftotext-raw.txt")
    assert off == []
    assert form.derivative_transactions[0].acquired_disposed == "D"
    [owner] = form.reporting_owners
    assert (owner.name, owner.cik, owner.street1, owner.city) == (
        "LEVINSON ARTHUR D", "0001214128", "ONE APPLE PARK WAY", "CUPERTINO")
    assert (form.issuer.name, form.issuer.cik, form.issuer.trading_symbol) == (
        "Apple Inc.", "0000320193", "AAPL")
    assert owner.is_director and not owner.is_officer and form.not_subject_to_section16 is False


def test_a_stream_s_address_on_one_line_keeps_its_state_and_zip_only() -> None:
    """pypdf prints "Address ONE APPLE PARK WAY CUPERTINO, CA 95014" on one line: where the
    street ends is lost, so street and city are unknown (with a diagnostic); the state and
    zip after the page's comma are read."""
    form = parse(fixture_text(WEB / "AAPL-20190812-1" / "web" / "pypdf.txt"))
    [owner] = form.reporting_owners
    assert (owner.street1, owner.city, owner.state, owner.zip) == (None, None, "CA", "95014")
    assert any(d.field == "reporting_owners.street1" for d in form.diagnostics)


def test_a_joint_filing_s_stream_four_owners_and_signatures() -> None:
    """ADGI-20220328-2 through pypdf: four "Reporting Person" lines, each with its own
    rows, and four signatures under "Signatures", the first's date glued to its last word
    ("... Mithril II LP03/30/2022"): every owner and signature is the truth's, and every
    field (the mark ending a holding's line after its direct "D" is the ownership's:
    ``ownership_marks.direct_marks_glued``)."""
    path = WEB / "ADGI-20220328-2" / "web" / "pypdf.txt"
    form, off = table_fields_off(path)
    assert off == []
    assert len(form.reporting_owners) == 4
    truth = truth_of(path)["signatures"]
    assert len(truth) == 4
    assert [(s.name, s.date.isoformat()) for s in form.signatures] == [
        (s["name"], s["date"]) for s in truth]


def test_a_date_glued_to_a_signature_line_s_end_is_cut_only_where_the_line_ends_it() -> None:
    """A signature's line ending in a date glued to its last word ("/s/ Peter
    Thiel03/18/2021", the signer's cell and its date's run together) is the name, then its
    date, where no line or another signature's follows; where the next line goes on with
    the name ("in-Fact") it is left to ``dates_unglued``, and a line with no "/s/" is left
    as written (glued_dates.ended_dates_unglued)."""
    from form4lark.form.atoms import Atom
    from form4lark.form.glued_dates import ended_dates_unglued
    from form4lark.page import Piece

    def line(row: int, *words: str) -> list[Atom]:
        piece = Piece(" ".join(words), row + 1, 1)
        return [Atom("TEXT", w, row, 0, 0, piece) for w in words]

    signed = line(1, "/s/", "Peter", "Thiel03/18/2021")
    texts = [a.text for a in ended_dates_unglued(signed)[0]]
    assert texts == ["/s/", "Peter", "Thiel", "03/18/2021"]
    both = signed + line(2, "/s/", "Jane", "Doe03/19/2021")
    assert [a.text for a in ended_dates_unglued(both)[0]][-2:] == ["Doe", "03/19/2021"]
    assert [a.text for a in ended_dates_unglued(both)[0]][2:4] == ["Thiel", "03/18/2021"]
    going_on = signed + line(2, "in-Fact")
    assert [a.text for a in ended_dates_unglued(going_on)[0]][2] == "Thiel03/18/2021"
    unsigned = line(1, "Peter", "Thiel03/18/2021")
    assert [a.text for a in ended_dates_unglued(unsigned)[0]] == ["Peter", "Thiel03/18/2021"]
    heading = [Atom("SIGNATURES", "Signatures", 0, 0, 0, Piece("Signatures", 1, 1))]
    texts = [a.text for a in ended_dates_unglued(heading + unsigned)[0]]
    assert texts == ["Signatures", "Peter", "Thiel", "03/18/2021"]  # under the heading
    broken = line(1, "/s/", "Jane", "Roe,", "Attorney03/18/2021") + line(2, "in-Fact")
    texts = [a.text for a in ended_dates_unglued(heading + broken)[0]]
    assert texts == ["Signatures", "/s/", "Jane", "Roe,", "Attorney03/18/2021", "in-Fact"]


def test_a_stream_without_the_site_s_ticker_line_is_not_read_as_its_boxes() -> None:
    """The stream's short rows are read only where lines open with "Reporting Person" and
    "Ticker" and both the owner's, the issuer's, the ticker's and box 3's rows are found:
    a paper form's stream ("Reporting Person(s) to Issuer") is no such header."""
    from form4lark.form.short_boxes import _lines_open_with, header_rows

    site = ("Reporting Person DOE JANE", "Issuer ACME INC", "Ticker ACME",
            "Date of Earliest Transaction 01/02/2020")
    assert [r.label for r in header_rows(stream_page(*site), 4)] == [
        "OWNER_NAME", "ISSUER", "TICKER", "EARLIEST"]
    assert header_rows(stream_page(*site[:2], site[3]), 3) == []
    paper = stream_page("Reporting Person(s) to Issuer", "Issuer Name and Ticker")
    assert header_rows(paper, 2) == []
    openings = ("reporting person", "ticker")  # the gate itself, before the grammar's rows
    assert _lines_open_with(stream_page(*site), 4, openings)
    assert not _lines_open_with(stream_page(*site[:2], site[3]), 3, openings)
    assert not _lines_open_with(stream_page("Reporting Person DOE JANE", "Ticker"), 2, openings)


def test_a_stream_s_labels_over_their_values_are_the_boxes() -> None:
    """PyMuPDF's text (mutool's alike) prints each label alone on its line and its value
    on the lines under it ("Reporting Person" over "LEVINSON ARTHUR D", "Address" over
    the address's two lines): every field, the header's with the tables', is the truth's."""
    form, off = table_fields_off(WEB / "AAPL-20190812-1" / "web" / "pymupdf-text.txt")
    assert off == []
    [owner] = form.reporting_owners
    assert (owner.name, owner.street1, owner.city, form.issuer.trading_symbol) == (
        "LEVINSON ARTHUR D", "ONE APPLE PARK WAY", "CUPERTINO", "AAPL")


@pytest.mark.parametrize("name", ["pdftotext.txt", "pdfminer.txt"])
def test_a_stream_s_labels_apart_from_their_values_are_paired_by_kind(name: str) -> None:
    """pdftotext and pdfminer print a part's labels as a block and its values as one
    ("Issuer", "Ticker", "Issuer CIK" ... then "Apple Inc.", "AAPL", "0000320193" ...),
    the address's label beside its middle line (pdftotext) or among the labels, its lines
    left over among the values (pdfminer): every field of the header is the truth's (the
    tables are not read yet: whatever is off is theirs)."""
    form, off = table_fields_off(WEB / "AAPL-20190812-1" / "web" / name)
    assert all(field.startswith(("non_derivative_", "derivative_")) for field in off)
    [owner] = form.reporting_owners
    assert (owner.cik, owner.street1, owner.city, form.issuer.cik, form.issuer.trading_symbol) == (
        "0001214128", "ONE APPLE PARK WAY", "CUPERTINO", "0000320193", "AAPL")


def test_a_stream_s_labels_are_paired_with_values_only_where_each_reads_as_its_kind() -> None:
    """Labels alone over their values are read each with the lines under it; a block of
    labels then a block of values, one line each, by their order, only where each value
    reads as its label's kind (a ticker, a date): a value out of its place, more lines
    than labels (but for an address) or a label left with no value reads no row of its
    part (the owners' or the issuer's), and where order placed a value none at all."""
    from form4lark.form.short_boxes import header_rows

    stacked = ("Reporting Owner", "Reporting Person", "DOE JANE", "Issuer", "Issuer",
               "ACME INC", "Ticker", "ACME", "Date of Earliest Transaction", "01/02/2020")
    rows = header_rows(stream_page(*stacked), len(stacked))
    assert [(r.label, r.value.text) for r in rows] == [
        ("OWNER_NAME", "DOE JANE"), ("ISSUER", "ACME INC"), ("TICKER", "ACME"),
        ("EARLIEST", "01/02/2020")]
    blocks = ("Reporting Person", "DOE JANE", "Issuer", "Ticker", "Date of Earliest Transaction",
              "ACME INC", "ACME", "01/02/2020")
    assert [(r.label, r.value.text) for r in header_rows(stream_page(*blocks), len(blocks))] == [
        ("OWNER_NAME", "DOE JANE"), ("ISSUER", "ACME INC"), ("TICKER", "ACME"),
        ("EARLIEST", "01/02/2020")]
    shifted = blocks[:5] + ("ACME", "ACME INC", "01/02/2020")  # a value out of its place
    assert header_rows(stream_page(*shifted), len(shifted)) == []
    wrapped = blocks[:5] + ("ACME", "INC", "ACME", "01/02/2020")  # more lines than labels
    assert header_rows(stream_page(*wrapped), len(wrapped)) == []
    alone = blocks[:5] + ("ACME INC", "ACME")  # a label left with no value
    assert header_rows(stream_page(*alone), len(alone)) == []
    # pdfminer's owner part scrambled (the CIK's number above its label, the labels of
    # the address and the boxes after their values): its lines go to its labels by their
    # kinds (one CIK's number, one line of marks, the address's run ending in its city
    # line: short_stacked._owners_by_kind), the issuer's part reads on
    scrambled = ("Reporting Owner", "Reporting Person DOE JANE", "0001234567", "CIK",
                 "1 MAIN ST", "AUSTIN, TX 78701", "Director ☒ Officer ☐ 10% Owner ☐ Other ☐",
                 "Relationship", "Address", *blocks[2:])
    rows = header_rows(stream_page(*scrambled), len(scrambled))
    assert [(r.label, r.value.text) for r in rows] == [
        ("OWNER_NAME", "DOE JANE"), ("CIK", "0001234567"), ("ADDRESS", "1 MAIN ST\nAUSTIN, TX 78701"),
        ("RELATIONSHIP", "Director ☒ Officer ☐ 10% Owner ☐ Other ☐"), ("ISSUER", "ACME INC"),
        ("TICKER", "ACME"), ("EARLIEST", "01/02/2020")]
    # two lines of marks among them: which is the boxes' is not told, the owner's part
    # reads no row of its blocks
    doubled = scrambled[:7] + ("Director ☐ Officer ☐ 10% Owner ☐ Other ☐",) + scrambled[7:]
    assert [r.label for r in header_rows(stream_page(*doubled), len(doubled))] == [
        "OWNER_NAME", "ISSUER", "TICKER", "EARLIEST"]


def test_a_page_grid_of_the_short_page_is_read_whole() -> None:
    """AAPL-20190812-1 through inscriptis (a page grid): the header's "label  value" lines
    ("Reporting Person  LEVINSON ARTHUR D", "Issuer CIK  0000320193"), Table I's three rows
    and Table II's option under their one-line short titles ("Amount  (A) or (D)" its
    column 5), the mark "[1]" on the sale's price: every field against the truth."""
    form, off = table_fields_off(WEB / "AAPL-20190812-1" / "web" / "inscriptis.txt")
    assert off == []
    assert form.layout == "grid"
    [option] = form.derivative_transactions or []
    assert (option.security_title, option.shares, option.acquired_disposed) == \
        ("Director Stock Option (Right to Buy)", 17500, "D")


def test_a_browser_s_page_grid_with_wrapped_titles_is_read_whole() -> None:
    """AAPL-20190812-1 through w3m: Table I's titles on one line ("$201.69 [1] 1133283": the
    mark one space after the price, the next value under its own title), Table II's
    wrapped within their columns over two lines ("Conversion or" over "Exercise Price"),
    centred over values set at their columns' left edge ("$0    0": the "0" before its
    title, the cell before it holding its value), the title "(Right to Buy)" wrapped below
    its row: every field against the truth."""
    form, off = table_fields_off(WEB / "AAPL-20190812-1" / "web" / "w3m.txt")
    assert off == []
    [option] = form.derivative_transactions or []
    assert (option.security_title, option.underlying_security_title,
            option.shares_owned_following) == \
        ("Director Stock Option (Right to Buy)", "Common Stock", 0)


def test_an_address_beside_its_label_s_middle_line_is_read() -> None:
    """ADGI-20220328-2 through inscriptis: each owner's address is three lines with its
    label beside the middle one ("C/O MITHRIL CAPITAL MANAGEMENT LLC" on the line above
    "Address"): street1 is that line, street2 the label's, as the truth's four owners."""
    path = WEB / "ADGI-20220328-2" / "web" / "inscriptis.txt"
    truth = truth_of(path)
    form, off = table_fields_off(path)
    assert off == []
    assert [(o.street1, o.street2) for o in form.reporting_owners] == \
        [(o["street1"], o["street2"]) for o in truth["reporting_owners"]]
    assert form.reporting_owners[0].street1 == "C/O MITHRIL CAPITAL MANAGEMENT LLC"


def test_two_marks_alone_before_the_next_cell_of_a_page_grid() -> None:
    """"[7] [8]  115335" (inscriptis' LNKD-20110524-1: a price of no value and two notes,
    the next cell two spaces on): both marks read, as "|  [7] [8]|" in a cell."""
    assert marks_of_brackets("  D  [7] [8]  115335  I\n[7] A note.\n[8] Another.") == \
        "  D  (7) (8)  115335  I\n(7) A note.\n(8) Another."


#: Table I's short titles on one line of a page grid, as inscriptis prints them
_GRID_HEADER = ("Title of Security  Transaction Date  Deemed Execution Date  Code  V  Amount  "
                "(A) or (D)  Price    Amount Owned Following  Ownership Form (D/I)  Nature of "
                "Indirect Ownership")


def _grid_rows(*rows: str, header: tuple[str, ...] = (_GRID_HEADER,), table: str = "table_i"):
    """Table I's (``table``'s) rows read by ``short_grid_rows`` from a page grid of
    ``header``'s lines (``_GRID_HEADER``) and ``rows`` (each word at its column, runs of
    two spaces or more between cells)."""
    from form4lark.form.atoms import Atom
    from form4lark.form.short_grid import short_grid_rows
    from form4lark.page import Line, Page, Piece

    def line(text: str, n: int) -> Line:
        pieces, at = [], 0
        for word in (w.strip() for w in text.split("  ") if w.strip()):
            start = text.index(word, at)
            pieces.append(Piece(word, n, start + 1, start, start + len(word)))
            at = start + len(word)
        return Line(pieces)

    lines = [line(text, n) for n, text in enumerate((*header, *rows), 1)]
    atoms = [Atom("TEXT", p.text, n, 0, 0, p) for n, ln in enumerate(lines) for p in ln.pieces]
    read = short_grid_rows(Page("grid", lines), atoms, table)
    return None if read is None else [{k: c.text for k, c in r.items() if c.text} for r in read]


def _grid_row(title: str, owned: str = "", form: str = "") -> str:
    """A row of ``_GRID_HEADER``: its title, amount owned following and D/I at their titles."""
    at = [0, _GRID_HEADER.index("Amount Owned"), _GRID_HEADER.index("Ownership Form")]
    text = ""
    for start, value in zip(at, (title, owned, form)):
        text = text.ljust(start) + value if value else text
    return text


def test_a_grid_row_word_under_no_title_leaves_the_table_to_the_other_readers() -> None:
    """A value set two spaces off between two titles (under neither) is no column's: the
    short titles' reader gives the table up (None) rather than guess its column."""
    row = _grid_row("Common Stock", "14000", "D")
    assert _grid_rows(row) == [{"security_title": "Common Stock",
                                "shares_owned_following": "14000", "direct_or_indirect": "D"}]
    price = _GRID_HEADER.index("Price")
    gap = row[:price + 5] + "  $9" + row[price + 9:]  # "$9" two spaces after "Price" ends
    assert _grid_rows(gap) is None


def test_a_direction_after_an_amount_s_mark_one_space_on_is_its_own_column_s() -> None:
    """"145 (1) A" (w3m packs its columns one space apart): the "A" ends where the title
    "(A) or (D)" starts, under no title, one space after the amount's mark. A value's marks
    follow it, so the word before them is the amount, and a direction letter never runs on
    from an amount: the "A" is the next column's (before: the amount's cell "145 (1) A",
    the table unread)."""
    direction = _GRID_HEADER.index("(A) or (D)")
    values = "145 (1) A"
    row = _grid_row("Common Stock", "14000", "D")
    row = row[:direction - len(values)] + values + row[direction:]
    assert _grid_rows(row) == [{
        "security_title": "Common Stock", "shares": "145 (1)", "acquired_disposed": "A",
        "shares_owned_following": "14000", "direct_or_indirect": "D"}]


def test_lines_of_a_title_between_rows_are_the_row_s_above_only_where_certain() -> None:
    """A long title's lines below its row are its own ("Series A" + "Preferred", a line of
    the nature below the last row: no row is set at its bottom); where the next row has
    such a line below it too, the lines between may be that row's, set above its values
    (a browser centring a row's values on its cells' middle lines): the titles are left
    unknown, the values (each on its row's own line) read."""
    first, second = _grid_row("Series A", "100", "D"), _grid_row("Series B", "200", "I")
    assert _grid_rows(first, _grid_row("Preferred"), second.ljust(_GRID_HEADER.index("Nature of"))
                      + "By Trust", _placed(nature="(1)")) == [
        {"security_title": "Series A Preferred", "shares_owned_following": "100",
         "direct_or_indirect": "D"},
        {"security_title": "Series B", "shares_owned_following": "200",
         "direct_or_indirect": "I", "nature_of_ownership": "By Trust (1)"}]
    assert _grid_rows(first, _grid_row("Preferred"), second, _grid_row("Preferred")) == [
        {"shares_owned_following": "100", "direct_or_indirect": "D"},
        {"shares_owned_following": "200", "direct_or_indirect": "I"}]
    assert _grid_rows(_grid_row("Series A"), first) is None  # a line above the first row


#: the rows of two ``_grid_row`` values lines whose titles' lines may be either row's
#: (a browser sets a row's cells in its middle): their values read, their titles unknown
_UNTITLED = [{"shares_owned_following": "100", "direct_or_indirect": "D"},
             {"shares_owned_following": "200", "direct_or_indirect": "I"}]


def _placed(**cells: str) -> str:
    """A line of ``_GRID_HEADER``'s table: each value at its column title's start (keys
    "title", "amount", "owned", "form", "nature")."""
    at = {"title": 0, "amount": _GRID_HEADER.index("Amount  "),
          "owned": _GRID_HEADER.index("Amount Owned"), "form": _GRID_HEADER.index("Ownership Form"),
          "nature": _GRID_HEADER.index("Nature of")}
    text = ""
    for key, value in sorted(cells.items(), key=lambda kv: at[kv[0]]):
        text = text.ljust(at[key]) + value
    return text


def test_a_title_line_between_rows_is_not_the_row_s_above_where_set_at_bottoms_reads_too() -> None:
    """"Common Stock" beside its values, "Class B", then "Common Stock" beside the last
    values: a page setting its rows at their bottoms (``valign="bottom"``, as w3m,
    elinks and links2 honour it) prints "Class B Common Stock" so, the last row ending at
    the table's last line; "Class" would not have fitted after "Common Stock", so the
    wrapping does not tell the line the row's above: the titles are left unknown (they
    were read "Common Stock Class B" and "Common Stock"), the values read. With a line
    below the last row, no row is set at its bottom: the line is the row's above."""
    rows = [_placed(title="Common Stock", owned="100", form="D"), _placed(title="Class B"),
            _placed(title="Common Stock", owned="200", form="D")]
    assert _grid_rows(*rows) == [{"shares_owned_following": "100", "direct_or_indirect": "D"},
                                 {"shares_owned_following": "200", "direct_or_indirect": "D"}]
    below = [*rows[:2], _placed(title="Common Stock", owned="200", form="I", nature="By Trust"),
             _placed(nature="(1)")]
    assert [r.get("security_title") for r in _grid_rows(*below) or []] == \
        ["Common Stock Class B", "Common Stock"]


def test_a_title_line_the_next_row_s_first_word_would_have_filled_is_the_row_s_above() -> None:
    """"Stock" over "Class B Common" (a column 17 wide, its title's): one cell's lines
    would have held "Stock Class" on one line (a browser fills a line with the words that
    fit), so each "Stock" is the row's above it, even with the next row's own line below
    it. "Preferred" over "Series B" would need 16 of the 17 characters: too close to be
    sure on a PDF's grid (``_FIT_SLACK``), so that table's titles stay unknown; so would "Stock"
    over "Preferred" (17 of 17 with two to spare: a long word's capitals print wider
    than its length, ``_fit_slack``)."""
    rows = [_grid_row("Class B Common", "100", "D"), _grid_row("Stock"),
            _grid_row("Class B Common", "200", "I"), _grid_row("Stock")]
    assert [r["security_title"] for r in _grid_rows(*rows) or []] == \
        ["Class B Common Stock", "Class B Common Stock"]
    assert _grid_rows(_grid_row("Series A", "100", "D"), _grid_row("Preferred"),
                      _grid_row("Series B", "200", "I"), _grid_row("Preferred")) == _UNTITLED
    assert _grid_rows(_grid_row("Class A Common", "100", "D"), _grid_row("Stock"),
                      _grid_row("Preferred", "200", "I"), _grid_row("Certificates")) == _UNTITLED


def test_a_title_broken_where_its_next_word_fitted_is_not_read_as_wrapped() -> None:
    """A title set with forced breaks ("Class A<br>Common<br>Stock"), a browser setting
    its row's values beside "Common": "Class A" fits after nothing it could close, but
    "Stock" would have fitted after "Common" in the 17-character column, so the lines
    are no greedily wrapped cell; read as wrapped below they would give "Common Stock
    Class A" and "Common Stock" (the truth "Common Stock", "Class A Common Stock")."""
    rows = [_grid_row("Common Stock", "100", "D"), _grid_row("Class A"),
            _grid_row("Common", "200", "I"), _grid_row("Stock"),
            _grid_row("Common Stock", "300", "D")]
    assert _grid_rows(*rows) is None


def test_a_mark_alone_over_a_row_s_cell_closes_the_row_above() -> None:
    """A title's mark "(1)" wrapped onto a line of its own (a column 18 wide, its widest
    line's: "Series A Preferred (1)" does not fit) over the next row's "Participating"
    (too long to tell by the width): a cell prints its marks after its text, so "(1)"
    ends the row's title above it, never opens the next row's; without such a mark the
    line stays unsure (the titles unknown)."""
    rows = [_grid_row("Series A Preferred", "100", "D"), _grid_row("(1)"),
            _grid_row("Participating", "200", "I"), _grid_row("Preferred")]
    assert [r["security_title"] for r in _grid_rows(*rows) or []] == \
        ["Series A Preferred (1)", "Participating Preferred"]
    rows[1] = _grid_row("Junior")
    assert _grid_rows(*rows) == _UNTITLED


def test_a_first_title_set_in_is_no_sign_of_centring_unless_a_title_is_centred() -> None:
    """A left-aligned first title set in by one character (" Title of Security", its
    cells from the table's edge): its column's edge is not told by its centre, so a
    title's mark past it ("Class A Common Stock [1]") stays the title's, never the
    transaction date's. Only a title's two lines centred on one centre ("Transaction" over
    "Date") tell the titles centred."""
    header = " Title of Security" + _GRID_HEADER[len("Title of Security"):].replace(
        "  Transaction", "        Transaction", 1)

    def row(title: str, head: str) -> str:
        return (title.ljust(head.index("Amount Owned")) + "14000").ljust(
            head.index("Ownership Form")) + "I"

    [read] = _grid_rows(row("Class A Common Stock [1]", header), header=(header,)) or [{}]
    assert (read.get("security_title"), read.get("transaction_date")) == \
        ("Class A Common Stock [1]", None)
    # "Date" under "Transaction": at its start (set left) the mark stays the title's;
    # centred under it, the titles are centred and "[1]" ends past the first column's
    # edge (1 + 18): no run-on word of the title, the date's (no date: not read here)
    wide = header.replace("Transaction Date", "Transaction     ", 1)
    under = wide.index("Transaction")
    titled = _grid_rows(row("Class A Common Stock [1]", wide), header=(wide, " " * under + "Date"))
    assert [r["security_title"] for r in titled or []] == ["Class A Common Stock [1]"]
    centred = (wide, " " * (under + 3) + "Date")
    assert _grid_rows(row("Class A Common Stock [1]", wide), header=centred) is None
    assert _grid_rows(row("Class A Common Stock", wide), header=centred) is not None


def test_a_mark_line_over_a_cell_opening_with_a_mark_stays_unsure() -> None:
    """Marks alone ("(1) (2) (3) (4)", too long for the next row's "(5)" to fit after)
    over a row whose title opens with a mark ("(5) Participating"): the marks may open
    that cell as well as close the row's above, so the titles stay unknown."""
    assert _grid_rows(_grid_row("Series A", "100", "D"), _grid_row("(1) (2) (3) (4)"),
                      _grid_row("(5) Participating", "200", "I"),
                      _grid_row("Preferred")) == _UNTITLED


def test_a_column_is_as_wide_as_its_widest_line_for_the_fit() -> None:
    """A nature 37 characters wide under its 28-character title: the column is as wide as
    that line, so "By" would have fitted after "Dated January 1, 2010 for" (30 of 37):
    that line is the trust's, above, not the next row's (by its title's width alone it
    would not fit, and the table would stay unread)."""
    rows = [_placed(title="Common Stock", owned="100", form="I",
                    nature="By The Smith Family Irrevocable Trust"),
            _placed(nature="Dated January 1, 2010 for"),
            _placed(title="Common Stock", owned="200", form="I",
                    nature="By Spouse and Children's Trust Fund"),
            _placed(nature="Irrevocable")]
    assert [r.get("nature_of_ownership") for r in _grid_rows(*rows) or []] == [
        "By The Smith Family Irrevocable Trust Dated January 1, 2010 for",
        "By Spouse and Children's Trust Fund Irrevocable"]


def test_a_mark_set_apart_under_its_cell_s_title_is_the_cell_s() -> None:
    """"See Footnotes [2][2] [3][3]" (elinks, lynx: each mark after a link number, left out
    with its width kept) reads "See Footnotes (2)    (3)": the second mark, under the
    nature's title as the words before it, is that cell's; words so set apart stay unread
    (a cell's words run one space apart)."""
    row = _placed(title="Common Stock", owned="100", form="I", nature="See Footnotes (2)    (3)")
    assert [r.get("nature_of_ownership") for r in _grid_rows(row) or []] == \
        ["See Footnotes (2) (3)"]
    apart = _placed(title="Common Stock", owned="100", form="I", nature="See Footnotes    By")
    assert _grid_rows(apart) is None
    # past the last title's end, after the last column's words: its mark too
    past = _placed(title="Common Stock", owned="100", form="I",
                   nature="By The Smith Family Trust (2)    (3)")
    assert [r.get("nature_of_ownership") for r in _grid_rows(past) or []] == \
        ["By The Smith Family Trust (2) (3)"]


def test_a_value_left_of_its_centred_title_is_its_column_s_where_cells_are_flush_left(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A code "C" two characters left of its title "Code" (centred in a column widened by
    a longer cell, as elinks sets its titles), the column before it (the deemed date)
    empty: the code's, where the table's cells are set flush left (two amounts of
    different lengths starting at one column); without that sign, no column's by its
    position (None), and the body's own columns matched by kind (``body_columns``: "C"
    fits no date) read it the same."""
    header = _GRID_HEADER.replace("Date  Code", "Date    Code", 1)
    code = header.index("Code") - 2

    def row(amount: str) -> str:
        cells = {code: "C", header.index("Amount  "): amount,
                 header.index("Amount Owned"): "100", header.index("Ownership Form"): "D"}
        text = "Common Stock"
        for at, value in sorted(cells.items()):
            text = text.ljust(at) + value
        return text

    read = _grid_rows(row("100"), row("2000"), header=(header,))
    assert [(r.get("transaction_code"), r.get("shares")) for r in read or []] == \
        [("C", "100"), ("C", "2000")]
    unsigned = (row("100"), row("200"))
    assert [(r.get("transaction_code"), r.get("shares"))
            for r in _grid_rows(*unsigned, header=(header,)) or []] == [("C", "100"), ("C", "200")]
    monkeypatch.setattr(short_grid, "body_columns", lambda *args: None)
    assert _grid_rows(*unsigned, header=(header,)) is None


def test_cells_set_right_of_their_left_edge_refute_flush_left(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Titles of different lengths start at one column ("Common Stock", "Series A Stock"),
    but the amounts ("100", "2000") end at one column from different starts: the numbers
    are set right, so the table is not flush left and the code "C" left of its centred
    title is no column's by its position (None)."""
    header = _GRID_HEADER.replace("Date  Code", "Date    Code", 1)
    code, amount = header.index("Code") - 2, header.index("Amount  ")

    def row(title: str, shares: str) -> str:
        cells = {code: "C", amount + 4 - len(shares): shares,
                 header.index("Amount Owned"): "100", header.index("Ownership Form"): "D"}
        text = title
        for at, value in sorted(cells.items()):
            text = text.ljust(at) + value
        return text

    monkeypatch.setattr(short_grid, "body_columns", lambda *args: None)
    left = (row("Common Stock", "100").replace(" 100", "100 ", 1),
            row("Series A Stock", "2000"))  # amounts flush left: "C" is the code's
    assert [r.get("transaction_code") for r in _grid_rows(*left, header=(header,)) or []] \
        == ["C", "C"]
    right = (row("Common Stock", "100"), row("Series A Stock", "2000"))
    assert _grid_rows(*right, header=(header,)) is None


def test_a_number_right_of_an_empty_number_column_is_not_moved_on_by_flush_left() -> None:
    """Table II's titles flush left ("Restricted Stock" over "Units"), its numbers set
    right: the underlying shares "500" end past their title, the price empty. That
    number may be the underlying shares' (set right) as well as the price's (set flush
    left): not given to the price, the table left to the other readers (None)."""
    header = ("Title of Security  Conversion or Exercise Price  Transaction Date  Deemed "
              "Execution Date  Code  V  Amount  (A) or (D)  Date Exercisable  Expiration Date  "
              "Underlying Title  Underlying Shares      Price  Amount Owned Following  "
              "Ownership Form (D/I)  Nature of Indirect Ownership")
    at = header.index
    cells = {0: "Restricted Stock", at("Transaction Date"): "01/02/2020", at("Code"): "A",
             at("Amount  "): "500", at("(A) or (D)"): "A", at("Date Exercisable"): "(1)",
             at("Expiration Date"): "(1)", at("Underlying Title"): "Common Stock",
             at("Underlying Shares") + len("Underlying Shares") + 1: "500",
             at("Amount Owned"): "500", at("Ownership Form"): "D"}
    text = ""
    for start, value in sorted(cells.items()):
        text = text.ljust(start) + value
    read = _grid_rows(text, "Units", header=(header,), table="table_ii")
    assert read is None or all(r.get("price_per_share") != "500" for r in read)


def test_rows_set_in_their_middle_are_read_where_one_cut_sets_every_cell_so() -> None:
    """A browser sets a row's cells in its middle on whole lines (elinks, w3m): a 3-line
    title with its values on its second line, the 2-line nature beside its first two
    lines ("By Fund A" over "(2)"). Only one cut of the lines into rows sets every cell
    so (a 4-line first row would set the nature a line lower): read. Titles of two
    lines over rows whose other cells are one line each (values, title line, values,
    title line) may be cut two ways (the second row's title three lines around its
    values): each row's values are read (its values line is its own either way), its
    title, which the cuts give other lines, left unknown."""
    rows = [_placed(title="Series B", nature="By Fund A"),
            _placed(title="Preferred", owned="100", form="I", nature="(2)"),
            _placed(title="Stock"),
            _placed(title="Series C"),
            _placed(title="Preferred", owned="200", form="I", nature="By Fund B (2)"),
            _placed(title="Stock")]
    assert [(r["security_title"], r.get("nature_of_ownership")) for r in _grid_rows(*rows) or []] \
        == [("Series B Preferred Stock", "By Fund A (2)"),
            ("Series C Preferred Stock", "By Fund B (2)")]
    alike = [_placed(title="Stock Option", owned="100", form="D"), _placed(title="(right to buy)"),
             _placed(title="Stock Option", owned="200", form="D"), _placed(title="(right to buy)")]
    assert _grid_rows(*alike) == [
        {"shares_owned_following": "100", "direct_or_indirect": "D"},
        {"shares_owned_following": "200", "direct_or_indirect": "D"}]


def test_rows_cut_many_ways_keep_the_cells_every_cut_agrees_on() -> None:
    """Two rows of "Stock Option" beside the values over "(right to buy)", then a title of
    three lines around its values line: the lines before the last row cut into rows of
    one and three lines as well as into rows of two, and rows set at their tops read too
    (the last title from its values line down): no title is told, each left unknown. The
    values and the nature beside each values line alone are its row's in every cut: read."""
    rows = [_placed(title="Stock Option", owned="100", form="I", nature="By Trust"),
            _placed(title="(right to buy)"),
            _placed(title="Stock Option", owned="200", form="I", nature="By LLC"),
            _placed(title="(right to buy)"),
            _placed(title="Convertible"),
            _placed(title="Preferred Stock", owned="300", form="D"),
            _placed(title="Warrants")]
    assert [(r.get("security_title"), r.get("nature_of_ownership"), r["shares_owned_following"])
            for r in _grid_rows(*rows) or []] == \
        [(None, "By Trust", "100"), (None, "By LLC", "200"), (None, None, "300")]


def test_a_title_the_middle_rounded_up_reads_otherwise_is_left_unknown() -> None:
    """"Series A" over "Preferred" beside the second values line, then a 3-line title
    around the last one. Set in the middle rounded down (w3m, elinks: a cell's spare half
    line below it), every cut gives the last row "Convertible" / "Preferred", "Series B"
    the second row's; rounded up (the spare half line above), the rows are one, two and
    three lines, the last title "Series B Convertible Preferred". A renderer may round
    either way, so a title the readings disagree on is left unknown (it was read
    "Convertible Preferred", its "Series B" lost); the values, and the nature beside the
    last values line in every reading, are read."""
    rows = [_placed(title="Common Stock", owned="100", form="D"),
            _placed(title="Series A"),
            _placed(title="Preferred", owned="200", form="D"),
            _placed(title="Series B"),
            _placed(title="Convertible", owned="300", form="I", nature="By Family Trust"),
            _placed(title="Preferred", nature="(2)")]
    assert [(r.get("security_title"), r.get("nature_of_ownership"), r["shares_owned_following"])
            for r in _grid_rows(*rows) or []] == \
        [(None, None, "100"), (None, None, "200"), (None, "By Family Trust (2)", "300")]


def test_titles_the_cuts_disagree_on_are_noted_and_the_rows_read() -> None:
    """elinks' Table II of five preferred series, each "Series A" beside its values over
    "Preferred Stock", then "Series C" / "Warrants (right" / "to buy)" around the last
    row's values: cut into rows of two lines or of one and three, each title is left
    unknown and noted at its first word; every row's values are read, as its filing's."""
    path = WEB / "TSLA-20100702-1" / "web" / "elinks.txt"
    form, off = table_fields_off(path)
    rows = record(form)["derivative_transactions"]
    assert [(r["security_title"], r["shares"], r["direct_or_indirect"]) for r in rows] == [
        (None, 4880343, "I"), (None, 12162167, "I"), (None, 10572687, "I"),
        (None, 4097877, "I"), (None, 40825647, "I"), (None, 325441, "I")]
    assert {f.split(".")[-1] for f in off if f.startswith("derivative")} == \
        {"security_title missed"}
    noted = [(d.line, d.message.split(" is left")[0]) for d in form.diagnostics
             if "its wrapped lines may be this row's or the next one's" in d.message]
    assert noted == [(35, "the cell at 'Series'"), (37, "the cell at 'Series'"),
                     (39, "the cell at 'Series'"), (41, "the cell at 'Series'"),
                     (43, "the cell at 'Series'"), (46, "the cell at 'Warrants'")]


def test_cells_left_unknown_are_noted_once_and_forgotten_when_the_table_is_read_again() -> None:
    """The cells a middle reading left unknown are kept on the page for the reader to note:
    taken once (noted once), and a table read again by the short titles' reader forgets
    its earlier reading's, so no note outlives the reading it was of."""
    from form4lark.form.middle_readings import untold_noted, untold_taken
    from form4lark.form.short_grid import short_grid_rows
    from form4lark.page import Page

    page = Page("grid", [])
    untold_noted(page, "table_i", [(3, 1, "security_title", "Series")])
    assert untold_taken(page, "table_i") == [(3, 1, "security_title", "Series")]
    assert untold_taken(page, "table_i") == []
    untold_noted(page, "table_i", [(3, 1, "security_title", "Series")])
    assert short_grid_rows(page, [], "table_i") is None
    assert untold_taken(page, "table_i") == []


def test_titles_set_in_their_middle_are_not_read_where_set_at_their_tops_reads_too() -> None:
    """A page setting its rows at their tops (``<tr valign="top">``): "Common" over "Stock"
    beside its values, then "Participating" beside its values over "Preferred Stock". One
    cut sets every cell in its middle ("Common" a row of one line, "Stock" /
    "Participating" / "Preferred Stock" around the second values line), but each row
    read from its values line down sets every cell at its top as well: the two readings
    give other titles, so neither is read (a page's alignment is not told by its text);
    the values and the nature beside them, each row's in both readings, are."""
    rows = [_placed(title="Common", owned="100", form="D"), _placed(title="Stock"),
            _placed(title="Participating", owned="200", form="I", nature="By Trust"),
            _placed(title="Preferred Stock")]
    assert _grid_rows(*rows) == [
        {"shares_owned_following": "100", "direct_or_indirect": "D"},
        {"shares_owned_following": "200", "direct_or_indirect": "I",
         "nature_of_ownership": "By Trust"}]


def test_a_cut_into_rows_that_breaks_a_cell_where_its_next_word_fitted_is_no_browser_s() -> None:
    """A 3-line title around its row's values, then two rows each "Class B Common" over
    "Stock": the middle row may be its one line and the last row "Stock" / "Class B
    Common" / "Stock", but a browser would have set "Stock Class" on one line (17
    characters wide): that cut is refused, the other read."""
    rows = [_placed(title="Series A"), _placed(title="Convertible", owned="100", form="D"),
            _placed(title="Preferred Stock"),
            _placed(title="Class B Common", owned="200", form="D"), _placed(title="Stock"),
            _placed(title="Class B Common", owned="300", form="D"), _placed(title="Stock")]
    assert [r["security_title"] for r in _grid_rows(*rows) or []] == \
        ["Series A Convertible Preferred Stock", "Class B Common Stock", "Class B Common Stock"]


def test_a_header_centred_down_reads_rows_set_in_their_middle_where_a_row_shows_it() -> None:
    """Under a header centred down (elinks, as a PDF's), a 3-line title around its values
    line with the nature's two lines on the line above and the values line ("See
    footnote" over "(3)"): no PDF sets a two-line cell so (it centres it half a line
    above and below), so the rows are a browser's, set in their middle: read."""
    header = (" " * _GRID_HEADER.index("Transaction") + "Transaction",
              _GRID_HEADER.replace("Transaction Date", "   Date         ", 1))
    rows = [_placed(title="Series A", nature="See footnote"),
            _placed(title="Convertible", owned="100", form="I", nature="(3)"),
            _placed(title="Preferred Stock")]
    assert [(r["security_title"], r.get("nature_of_ownership"))
            for r in _grid_rows(*rows, header=header) or []] == \
        [("Series A Convertible Preferred Stock", "See footnote (3)")]


def test_a_title_wrapped_at_its_slash_is_read() -> None:
    """"Ownership Form (D/" over "I)" (w3m narrows the column and wraps its title at the
    slash, "I)" centred below): the title is read, its column's cells with it."""
    form = _GRID_HEADER.index("Ownership Form")
    header = (_GRID_HEADER.replace("(D/I)", "(D/  ", 1),
              " " * (form + 8) + "I)")
    assert [r.get("direct_or_indirect") for r in _grid_rows(
        _placed(title="Common Stock", owned="100", form="D"), header=header) or []] == ["D"]


def test_a_number_one_space_after_a_number_is_the_next_column_s() -> None:
    """"$0.00 0" (w3m: a price, then the amount owned one space on, its title centred
    right of it): a cell holds one number, so "0" is the next column's, the price's
    column before it holding its own run."""
    header = _GRID_HEADER.replace("Price    Amount Owned", "Price     Amount Owned", 1)
    price = header.index("Price")
    row = (("Common Stock".ljust(price) + "$0.00 0").ljust(header.index("Ownership Form"))
           + "D")
    assert [(r.get("price_per_share"), r.get("shares_owned_following"))
            for r in _grid_rows(row, header=(header,)) or []] == [("$0.00", "0")]


def test_a_table_with_a_line_not_placed_has_no_left_edge() -> None:
    """A line with no placed words leaves the table's left edge unknown (None), whatever
    the other lines' words."""
    from form4lark.form.short_grid import GridWord, _table_left
    word = GridWord("Common", 3, 9, 1, 4)
    assert _table_left([[word]]) == 3
    assert _table_left([[word], []]) is None


def test_a_header_opening_title_of_on_its_second_line_is_read_centred_only() -> None:
    """"Transaction" alone on the header's first line, "Title of Security  Date ..."
    below (a PDF's header centred down): its rows are read as centred on their values
    only, so a title's line below its row and none above ("Series A" over "Preferred") is
    not read as wrapped below; a row centred on its values ("Series A" above, "Preferred"
    below) is read."""
    header = (" " * _GRID_HEADER.index("Transaction") + "Transaction",
              _GRID_HEADER.replace("Transaction Date", "   Date         ", 1))
    assert _grid_rows(_grid_row("Series A", "100", "D"), _grid_row("Preferred"),
                      header=header) is None
    assert [r["security_title"] for r in _grid_rows(
        _grid_row("Series A"), _grid_row("Participating", "100", "D"), _grid_row("Preferred"),
        header=header) or []] == ["Series A Participating Preferred"]


def test_an_amount_s_mark_wrapped_below_it_is_its_row_s() -> None:
    """An amount's mark on a line of its own under it ("100" over "(2)", a column that
    never wraps text) is the row's above: the amount reads with its mark."""
    rows = [_placed(title="Common Stock", amount="100", owned="500", form="D"),
            _placed(amount="(2)")]
    assert _grid_rows(*rows) == [{"security_title": "Common Stock", "shares": "100 (2)",
                                  "shares_owned_following": "500", "direct_or_indirect": "D"}]


@pytest.mark.parametrize("filing", ["MSFT-20180829-1", "AAPL-20190812-1"])
def test_a_value_past_the_first_column_s_centred_edge_is_the_next_column_s(filing: str) -> None:
    """w3m's Table II with titles wrapped over two lines ("Title of" over "Security"
    centred over a column from the table's left edge): "Restricted Stock [1]" ends past
    the first column's edge (its title's centre as far right as its left edge is left),
    so "[1]" is the conversion price's mark, not the title's; "Units" below is the row's
    title's (MSFT-20180829-1): every field against the truth."""
    path = WEB / filing / "web" / "w3m.txt"
    form, off = table_fields_off(path)
    assert off == []
    if filing == "MSFT-20180829-1":
        [unit] = form.derivative_transactions or []
        assert (unit.security_title, unit.footnotes.get("conversion_or_exercise_price")) == \
            ("Restricted Stock Units", ("1",))


@pytest.mark.parametrize("name", ["lynx.txt", "elinks.txt"])
def test_a_browser_s_link_number_before_a_mark_is_left_out(name: str) -> None:
    """AAPL-20190812-1: lynx and elinks print the price's link "[1]" after its link number,
    "$201.69 [1][1]", and list the links at the end ("1. ...page.html#fn1"): read as the
    mark "(1)", Table I is read whole (the sale's price and its note against the truth);
    Table II: elinks wraps its titles over lines, its row centred on its values line
    (``short_grid``'s centred rows): read whole; lynx prints its row as a stream of cells
    on one line after a wrapped title line, its amount's direction after it ("17500 D
    08/14/2009": form_rows.lark's transaction_ii): read whole too."""
    path = WEB / "AAPL-20190812-1" / "web" / name
    assert "$201.69 [1][1] 1133283" in fixture_text(path)
    form, off = table_fields_off(path)
    assert off == []
    sale = form.non_derivative_transactions[1]
    assert (str(sale.price_per_share), sale.footnotes.get("price_per_share")) == \
        (str(truth_of(path)["non_derivative_transactions"][1]["price_per_share"]), ("1",))


_NOTES = "\n[1] A note.\n[2] Another.\n"


@pytest.mark.parametrize(("text", "read"), [
    # the links listed, each pair's link pointing at an anchor of one mark: read, the
    # cells after keeping their columns
    ("D  $9.10 [1][1]  5  I  See [2][2]\nD  $8 [3][1]    4  I" + _NOTES
     + "References\n 1. page.html#fn1\n 2. page.html#fn2\n 3. page.html#fn1\n",
     "D  $9.10 (1)     5  I  See (2)   \nD  $8 (1)       4  I"),
    # not listed: no certain link number
    ("D  $9.10 [1][1]  5  I  See [4][2]" + _NOTES
     + "References\n 1. page.html#fn1\n 2. page.html#fn2\n", None),
    # a listed link to an anchor of another note ("#fn11" for "[1]"): not certain
    ("D  $9.10 [1][1]  5  I  See [2][2]" + _NOTES
     + "References\n 1. page.html#fn11\n 2. page.html#fn2\n", None),
    # one anchor, two marks: not certain
    ("D  $9.10 [1][1]  5  I  See [2][2]" + _NOTES
     + "References\n 1. page.html#fn1\n 2. page.html#fn1\n", None),
    # no list: the link numbers run 1, 2, 3 in reading order
    ("D  $9.10 [1][1]  5  I  See [2][2]\nD  $8 [3][1]  4  I" + _NOTES,
     "D  $9.10 (1)     5  I  See (2)   \nD  $8 (1)     4  I"),
    # "[1][2]" then "[2][1]": two marks each, or link numbers not running: left
    ("D  $9.10 [1][2]  5  I  See [2][1]\nD  $8 [2][1]  4  I" + _NOTES, None),
    # a mark of a note the page does not define
    ("D  $9.10 [1][3]  5  I" + _NOTES, None),
    # no list, two marks printed together ("[1][2]": they rise, notes 1 and 2): left whole
    ("D  $9.10 [1][2]  5  I" + _NOTES, None),
])
def test_link_numbers_are_left_out_only_where_certain(text: str, read: str | None) -> None:
    """"[n][m]" is the mark m after a browser's link number n only where the page's list of
    links or the numbers' run in reading order says so, m a note of the page; else the
    text is left as written whole (its marks unread)."""
    marked = marks_of_brackets(text)
    if read is None:
        assert marked == text
    else:
        assert marked.startswith(read + "\n(1) A note.\n(2) Another.\n")


_PYPDF_SALE = "Common Stock 08/12/2019 S 17500 D $201.69 [1] 1133283 D"


def test_a_stream_s_spaced_marks_on_a_title_and_a_price_are_theirs() -> None:
    """AAPL-20190812-1 through pypdf: the sale's price mark stands apart between the "$"
    price and the amount owned ("$201.69 [1] 1133283"): the price's, Table I read whole.
    Its title's mark made to open the values' line below the title ("Common Stock" then
    "[1] 08/12/2019 S ...", as pypdf prints a marked title): the title's."""
    path = WEB / "AAPL-20190812-1" / "web" / "pypdf.txt"
    text = fixture_text(path)
    assert _PYPDF_SALE in text
    form, off = table_fields_off(path)
    assert [field for field in off if field.startswith("non_derivative")] == []
    assert form.non_derivative_transactions[1].footnotes == {"price_per_share": ("1",)}
    form = parse(text.replace(_PYPDF_SALE, "Common Stock \n[1] 08/12/2019 S 17500 D $201.69 [1] "
                                           "1133283 D"))
    sale = form.non_derivative_transactions[1]
    assert (sale.security_title, str(sale.price_per_share), sale.shares_owned_following) == \
        ("Common Stock", "201.69", 1133283)
    assert sale.footnotes == {"security_title": ("1",), "price_per_share": ("1",)}


def test_a_stream_s_mark_after_a_or_d_without_a_price_gives_no_price() -> None:
    """"D [1] 1133283" with no price: the mark is not glued to the "D" nor the amount
    after it (``row_marks.join_spaced_marks``): the price stays unknown, the amount owned
    and the D/I read."""
    text = fixture_text(WEB / "AAPL-20190812-1" / "web" / "pypdf.txt")
    form = parse(text.replace(_PYPDF_SALE, "Common Stock 08/12/2019 S 17500 D [1] 1133283 D"))
    sale = form.non_derivative_transactions[1]
    assert (sale.price_per_share, sale.acquired_disposed, sale.shares_owned_following) == \
        (None, "D", 1133283)


def test_a_stream_s_wrapped_relationship_line_goes_on_the_row_above() -> None:
    """ADGI-20220328-2 through lynx -width=60 (read as a stream): each owner's relationship
    boxes wrap ("Relationship Director ☐   Officer ☐   10% Owner ☒" over "Other ☒ (specify:
    See Remarks)") and the next owner's part opens with "Reporting Owner 2 of 4": the line
    of no label goes on the relationship row, so every owner is "other" with its text, as
    the truth has it (the "Other" box was read False when the line was dropped). Every
    field is the truth's (a holding's mark ending its line after its direct "D" is the
    ownership's: ``ownership_marks.direct_marks_glued``)."""
    path = WEB / "ADGI-20220328-2" / "web" / "lynx60.txt"
    form, off = table_fields_off(path)
    assert off == []
    truth = truth_of(path)["reporting_owners"]
    assert [(o.is_ten_percent_owner, o.is_other, o.other_text) for o in form.reporting_owners] == [
        (o["is_ten_percent_owner"], o["is_other"], o["other_text"]) for o in truth]
    assert all(o.is_other and o.other_text == "See Remarks" for o in form.reporting_owners)


def test_relationship_boxes_not_all_four_once_are_unknown() -> None:
    """A relationship row missing a box ("Other" lost) is no reading of the four boxes: the
    owner's relationships are unknown with a diagnostic, never the unseen box read False."""
    text = fixture_text(WEB / "ADGI-20220328-2" / "web" / "lynx60.txt")
    form = parse(text.replace("   Other ☒ (specify: See Remarks)\n", "", 1))
    first = form.reporting_owners[0]
    assert (first.is_director, first.is_officer, first.is_ten_percent_owner, first.is_other) == (
        None, None, None, None)
    assert any(d.field == "reporting_owners" for d in form.diagnostics)
    assert all(o.is_other for o in form.reporting_owners[1:])
