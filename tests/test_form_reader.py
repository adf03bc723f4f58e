"""The form reader: one reader for every shape of text, checked against EDGAR's truth.

Each fixture is a real filing's page (the sec.gov design or the plain one) as a
converter printed it; its record must hold no wrong value, and what it misses
is listed here with the reason the text lost it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import form4lark
from form4lark.build import build
from form4lark.form.layout import SHAPE_LAYOUTS
from form4lark.form.reader import read_page
from form4lark.scoring import score
from form4lark.shapes.detect import read_shape, shape_of
from support import (FIXTURES, fixture_paths, fixture_text, line_atoms, off_fields, parse_fixture,
                     record, stream_page, truth, truth_of)

FORMS = FIXTURES / "forms"
TEXTS = sorted(p for p in fixture_paths(FORMS, "*/*/*") if p.suffix in (".txt", ".md"))

#: fields a text lost, by fixture: what no reader can take from it
LOST = {
    # a stream of words does not show which of the columns (A) and (D) holds the number
    "JBLU-20250310-1/sec/pdftotext-raw.txt": {"derivative_transactions[0].acquired_disposed"},
    # a pipe table row is one line: the two street lines ran together
    "AAPL-20190812-1/plain/markdownify.md": {"reporting_owners[0].street1"},
}


def _name(path: Path) -> str:
    return str(path.relative_to(FORMS if FORMS in path.parents else FIXTURES))


@pytest.mark.parametrize("path", TEXTS, ids=_name)
def test_every_value_read_is_the_filings_and_only_the_lost_ones_are_missing(path):
    text = fixture_text(path)
    form = form4lark.parse(text, layout=shape_of(text))
    truth, got = truth_of(path), record(form)
    verdicts = [(p, v) for p, v in score(truth, got) if not p.startswith("reporting_owners")]
    verdicts += _owners(truth["reporting_owners"], got["reporting_owners"])
    assert [p for p, v in verdicts if v == "wrong"] == []
    assert {p for p, v in verdicts if v == "missed"} == LOST.get(_name(path), set())


def _owners(truth: list[dict], got: list[dict]) -> list[tuple[str, str]]:
    """Owners compared in the order the form lists them (the scorer pairs rows by likeness,
    which can pair an owner with a missing city with another owner)."""
    assert len(got) == len(truth)
    out = []
    for i, (want, have) in enumerate(zip(truth, got)):
        for key, value in want.items():
            allowed = value["$any"] if isinstance(value, dict) else [value]
            if key == "cik" and have[key] is None:
                continue  # scored only where a record holds one
            verdict = "right" if have[key] in allowed else "missed" if have[key] is None else "wrong"
            out.append((f"reporting_owners[{i}].{key}", verdict))
    return out


@pytest.mark.parametrize("path", TEXTS, ids=_name)
def test_the_record_names_the_shape_it_was_read_as(path):
    text = fixture_text(path)
    expected = {".md": "cells", ".txt": "stream"}[path.suffix]
    assert shape_of(text) == expected
    assert form4lark.parse(text, layout=expected).layout == expected


def test_the_page_sec_gov_serves_goes_to_the_form_reader_whatever_the_converter():
    for path in (p for p in TEXTS if "/sec/" in str(p)):
        assert form4lark.parse(fixture_text(path)).layout in {l.name for l in SHAPE_LAYOUTS}, path


# ---------------------------------------------------------------- shapes

def test_shapes_are_told_by_the_text():
    rows = "\n".join("| a | b | c |" for _ in range(6))
    assert shape_of("| x | y | z |\n| --- | --- | --- |\n" + rows) == "cells"
    assert shape_of(rows) != "cells"  # pipes with no table under them: a scan's rules
    assert shape_of("<table><tr><td>x</td></tr></table>") == "cells"
    grid = "\n".join(f"Common Stock      08/12/2019     M     {n},500" for n in range(6))
    assert shape_of(grid) == "grid"
    assert shape_of("Common Stock 08/12/2019 M 17,500 A $23.8257 1,150,783 D\n" * 6) == "stream"


def test_markdown_cells_keep_their_columns_and_lose_their_markup():
    page = read_shape("x | y\n---|---\n"
                      + "**Common Stock**(1) | 05/02/2019 |  | S |  | 13,433 | D |  \\$208.99(2) "
                      + "| 151,187 | D |  \n"
                      + "[APPLE INC](/cgi-bin/browse-edgar?action=getcompany&CIK=0000320193) [ AAPL ]\n"
                      + "a | b | c\n" * 4)
    row = page.lines[1]  # the separator row is dropped
    assert row.cells and [p.text for p in row.pieces] == [
        "Common Stock(1)", "05/02/2019", "", "S", "", "13,433", "D", "$208.99(2)", "151,187", "D", ""]
    assert page.lines[2].pieces[0].text == "APPLE INC [ AAPL ]"
    assert page.lines[2].pieces[0].cik == "0000320193"


# ---------------------------------------------------------------- boxes

HEADER = (
    "1. Name and Address of Reporting Person*", "DOE JANE", "(Last) (First) (Middle)",
    "C/O ACME, INC.", "1 MAIN STREET", "(Street)", "SAN FRANCISCO CA 94129",
    "(City) (State) (Zip)", "2. Issuer Name and Ticker or Trading Symbol", "ACME INC [ ACME ]",
    "5. Relationship of Reporting Person(s) to Issuer (Check all applicable)",
    "Director 10% Owner", "X Officer (give title below) Other (specify below)", "Chief Executive Officer",
)
TABLES = ("Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned",
          "Code V Amount (A) or (D) Price",
          "Common Stock 08/12/2019 M 17,500 A $23.8257 1,150,783 D",
          "Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned",
          "Explanation of Responses:", "Remarks:", "/s/ Jane Doe 08/14/2019",
          "** Signature of Reporting Person Date")


def test_boxes_are_read_between_their_labels():
    sections = read_page(stream_page(*HEADER, "3. Date of Earliest Transaction (Month/Day/Year)",
                                     "08/12/2019",
                                     "4. If Amendment, Date of Original Filed (Month/Day/Year)",
                                     "6. Individual or Joint/Group Filing (Check Applicable Line)",
                                     "X Form filed by One Reporting Person",
                                     "Form filed by More than One Reporting Person", *TABLES),
                         "stream")
    form = build(sections)
    owner = form.reporting_owners[0]
    assert (owner.name, owner.street1, owner.street2, owner.city, owner.state, owner.zip) == (
        "DOE JANE", "C/O ACME, INC.", "1 MAIN STREET", "SAN FRANCISCO", "CA", "94129")
    assert (owner.is_director, owner.is_officer, owner.officer_title) == (
        False, True, "Chief Executive Officer")
    assert (form.issuer.name, form.issuer.trading_symbol) == ("ACME INC", "ACME")
    assert str(form.period_of_report) == "2019-08-12" and form.date_of_original_submission is None
    assert form.filed_by_more_than_one_person is False
    assert form.signatures[0].name == "/s/ Jane Doe"


def test_the_one_date_after_box_4_of_a_text_out_of_the_pages_order_is_box_3s():
    # pdftotext's reading order moves the page's blocks: "(First)" before "(Last)", and
    # box 3's date after box 4's label; a Form 4 always fills box 3 (box 4 only when it
    # amends one), so the header's only date is box 3's
    header = [line.replace("(Last) (First)", "(First) (Last)") for line in HEADER]
    dates = ["3. Date of Earliest Transaction (Month/Day/Year)",
             "4. If Amendment, Date of Original Filed (Month/Day/Year)", "08/12/2019"]
    form = build(read_page(stream_page(*header, *dates, *TABLES), "stream"))
    assert (str(form.period_of_report), form.date_of_original_submission) == ("2019-08-12", None)
    assert form.document_type == "4"
    # two dates there: which is whose is lost with the page's order
    two = build(read_page(stream_page(*header, *dates, "08/11/2019", *TABLES), "stream"))
    assert (two.period_of_report, two.date_of_original_submission) == (None, None)
    kept = build(read_page(stream_page(*HEADER, dates[0], "n/a", *dates[1:], *TABLES), "stream"))
    assert str(kept.date_of_original_submission) == "2019-08-12"  # the page's order kept


def test_marks_on_their_labels_lines_check_them_in_a_text_out_of_the_pages_order():
    # pdfminer with boxes flow 1.0 moves the page's blocks ("(First)" before "(Last)"), but
    # keeps each line's words together: "X Officer" is the Officer box's mark
    header = [line.replace("(Last) (First)", "(First) (Last)") for line in HEADER]
    boxes = ("6. Individual or Joint/Group Filing (Check Applicable Line)",
             "X Form filed by One Reporting Person",
             "Form filed by More than One Reporting Person")
    form = build(read_page(stream_page(*header, *boxes, *TABLES), "stream"))
    owner = form.reporting_owners[0]
    assert (owner.is_director, owner.is_officer, owner.is_ten_percent_owner) == (
        False, True, False)
    assert form.filed_by_more_than_one_person is False
    # a mark on a line of its own, out of the page's order, is no box's for sure; box 6's
    # two lines stay one block with its mark right before the first: that one is checked
    apart = [line.replace("X Officer", "X\nOfficer") for line in header]
    apart = [part for line in apart for part in line.split("\n")]
    form = build(read_page(stream_page(*apart, *boxes, *TABLES), "stream"))
    owner = form.reporting_owners[0]
    assert (owner.is_director, owner.is_officer, form.filed_by_more_than_one_person) == (
        None, None, False)
    assert form.not_subject_to_section16 is None  # the other marks may be any box's


def test_a_footnote_ends_at_the_closing_notes_before_a_signature():
    # pdfminer prints the signature after the closing notes, its date after its label
    notes = ("Explanation of Responses:", "1. Represents shares withheld for taxes.",
             "Reminder: Report on a separate line for each class of securities beneficially "
             "owned directly or indirectly.", "/s/ Jane Doe, Attorney-in-Fact",
             "** Signature of Reporting Person", "08/14/2019", "Date")
    form = build(read_page(stream_page(*HEADER, *TABLES[:4], *notes), "stream"))
    assert form.footnotes == {"1": "Represents shares withheld for taxes."}


@pytest.mark.parametrize("names, dates", [
    (("By: /s/ Jane Doe,", "Attorney-in-Fact"), ("08/14/2019",)),
    (("/s/ Jane Doe, by power of", "attorney for John Doe", "/s/ Jane Doe, for the",
      "Doe Family Trust"), ("08/14/2019", "08/15/2019")),
], ids=["one", "two"])
def test_signatures_dated_below_the_signature_label(names, dates):
    # pdfminer prints a signature's date after the label "** Signature of Reporting Person"
    notes = ("Explanation of Responses:", "1. Represents shares withheld for taxes.", *names,
             "** Signature of Reporting Person", *dates, "Date")
    form = build(read_page(stream_page(*HEADER, *TABLES[:4], *notes), "stream"))
    assert form.footnotes == {"1": "Represents shares withheld for taxes."}
    signed = [(s.name, str(s.date)) for s in form.signatures]
    if len(dates) == 1:
        assert signed == [("By: /s/ Jane Doe, Attorney-in-Fact", "2019-08-14")]
    else:
        assert signed == [("/s/ Jane Doe, by power of attorney for John Doe", "2019-08-14"),
                          ("/s/ Jane Doe, for the Doe Family Trust", "2019-08-15")]


def test_signature_dated_below_its_label_after_empty_remarks():
    # pdfminer (sec design): "Remarks:", the closing notes, the signature, its label, its date
    notes = ("Explanation of Responses:", "1. Represents shares withheld for taxes.", "Remarks:",
             "Reminder: Report on a separate line for each class of securities beneficially "
             "owned directly or indirectly.", "/s/ Jane Doe,", "Attorney-in-Fact",
             "** Signature of Reporting Person", "08/14/2019", "Date")
    form = build(read_page(stream_page(*HEADER, *TABLES[:4], *notes), "stream"))
    assert [(s.name, str(s.date)) for s in form.signatures] == [
        ("/s/ Jane Doe, Attorney-in-Fact", "2019-08-14")]
    assert form.remarks is None


def test_an_unsigned_name_between_the_closing_notes_and_its_label_dated_below():
    # pdfminer: no "/s/" nor "By" opens the name; the closing notes end above it, so its
    # lines are the name's, not the remarks'; more lines than a name takes are unknown
    closing = ("Remarks:", "Reminder: Report on a separate line for each class of securities "
               "beneficially owned directly or indirectly.")
    signed = ("Ann Doe, Attorney-in-", "fact for John Doe", "** Signature of Reporting Person",
              "08/14/2019", "Date")
    notes = ("Explanation of Responses:", "1. Represents shares withheld for taxes.", *closing)
    form = build(read_page(stream_page(*HEADER, *TABLES[:4], *notes, *signed), "stream"))
    assert [(s.name, str(s.date)) for s in form.signatures] == [
        ("Ann Doe, Attorney-in-fact for John Doe", "2019-08-14")]
    assert form.remarks is None
    long = build(read_page(stream_page(*HEADER, *TABLES[:4], *notes, "Ann Doe,", "Attorney-in-fact",
                                       "for John Doe", "and Jane Doe", *signed[2:]), "stream"))
    assert all(s.name is None for s in long.signatures)


@pytest.mark.parametrize("after, signed", [
    (("** Signature of Reporting Person Date", "/s/ Elon Musk 07/02/2010"),
     [("/s/ Elon Musk", "2010-07-02")]),
    (("** Signature of Reporting Person Date", "/s/ Jane Doe 08/14/2019", "/s/ John Roe 08/15/2019"),
     [("/s/ Jane Doe", "2019-08-14"), ("/s/ John Roe", "2019-08-15")]),
    # words after the date (a footer, or the name's end): where the name ends is not certain
    (("** Signature of Reporting Person Date", "/s/ Elon Musk 07/02/2010", "Page 2"), []),
    # words before the "/s/": where the name begins is not certain
    (("** Signature of Reporting Person Date", "Elon Musk /s/ 07/02/2010"), []),
], ids=["one", "two", "tail", "head"])
def test_a_signature_printed_whole_below_its_label(after, signed):
    # pdfminer / markitdown (plain design, TSLA-20100702-1): nothing signed above the label,
    # the name and its date on a line after it
    notes = ("Explanation of Responses:", "1. Represents shares withheld for taxes.", "Remarks:",
             "Reminder: Report on a separate line for each class of securities beneficially "
             "owned directly or indirectly.", *after)
    form = build(read_page(stream_page(*HEADER, *TABLES[:4], *notes), "stream"))
    assert [(s.name, str(s.date)) for s in form.signatures] == signed
    assert form.footnotes == {"1": "Represents shares withheld for taxes."}
    assert form.remarks is None


def test_a_mark_amid_the_10b5_1_label_checks_its_box():
    # markitdown's PDF text prints the box's "X" between the label's lines
    label = ("Check this box if no longer subject to Section 16.",
             "Check this box to indicate that a", "transaction was made pursuant to a",
             "for the purchase or sale of equity", "X", "securities of the issuer that is",
             "intended to satisfy the affirmative")
    form = build(read_page(stream_page(*label, *HEADER, *TABLES), "stream"))
    assert (form.aff10b5_one, form.not_subject_to_section16) == (True, False)
    assert form.reporting_owners[0].is_officer is True
    unmarked = build(read_page(stream_page(*label[:4], *label[5:], *HEADER, *TABLES), "stream"))
    assert unmarked.aff10b5_one is False


def test_street_lines_a_converter_wrapped_past_two_are_unknown():
    # links2 wraps box 1's cell: "C/O MITHRIL CAPITAL" / "MANAGEMENT LLC" / "600 ..."
    header = [line for line in HEADER if line != "C/O ACME, INC."]
    at = header.index("1 MAIN STREET")
    header[at:at] = ["C/O ACME CAPITAL", "MANAGEMENT LLC"]
    form = build(read_page(stream_page(*header, *TABLES), "stream"))
    owner = form.reporting_owners[0]
    assert (owner.street1, owner.street2, owner.city) == (None, None, "SAN FRANCISCO")
    assert any("3 street lines" in d.message for d in form.diagnostics)


def test_a_date_under_two_date_boxes_whose_labels_ran_together_is_neither_boxs():
    sections = read_page(stream_page(*HEADER, "3. Date of Earliest Transaction (Month/Day/Year) "
                                     "4. If Amendment, Date of Original Filed (Month/Day/Year)",
                                     "08/12/2019", *TABLES), "stream")
    assert sections.period_of_report is None and sections.original_filed is None


@pytest.mark.parametrize("issuer, read", [
    ("|     | ACME INC [ ACME ] |     | (Check all applicable) |\n| --- | --- | --- | --- |\n",
     ("ACME INC", "ACME")),
    # the name wrapped over two cells' rows, or a line of its own after box 1's name:
    # where box 2 starts is lost
    ("|     | ACME HOLDINGS |     | (Check all applicable) |\n| --- | --- | --- | --- |\n"
     "|     | INC [ ACME ] |     |     |\n| --- | --- | --- | --- |\n", (None, None)),
    ("DOE JANE ACME INC [ ACME ] (Check all applicable)\n"
     "|     |     | X | Officer (give title below) |\n| --- | --- | --- | --- |\n", (None, None)),
])
def test_a_bracketed_ticker_in_a_cell_under_three_box_labels_is_box_2s(issuer, read):
    # a PDF's text boxes as markdown tables: boxes 1, 2 and 5's labels on one line, the
    # issuer's cell under them
    text = ("1. Name and Address of Reporting Person* 2. Issuer Name and Ticker or Trading "
            "Symbol 5. Relationship of Reporting Person(s) to Issuer\n" + issuer + "DOE JANE\n"
            "|     |     | Director | 10% Owner |\n| --- | --- | --- | --- |\n"
            "| (Last) | (First) | (Middle) | 3. Date of Earliest Transaction (Month/Day/Year) |\n"
            + "\n".join(TABLES) + "\n")
    page = read_shape(text)
    form = build(read_page(page, page.shape))
    assert page.shape == "cells" and (form.issuer.name, form.issuer.trading_symbol) == read


def test_a_signature_wrapped_around_its_date_is_read_whole():
    sections = read_page(stream_page(*HEADER, *TABLES[:-2], "Susan M. Chiarmonte,",
                                     "attorney-in-fact for Richard D. 11/05/2012", "Federico",
                                     TABLES[-1]), "stream")
    [signature] = sections.signatures
    assert signature.name.text == "Susan M. Chiarmonte, attorney-in-fact for Richard D. Federico"
    assert sections.remarks is None


# ---------------------------------------------------------------- rows of a stream

def _rows(*lines: str) -> list[dict]:
    """Table I rows of a stream whose table body is ``lines``."""
    form = build(read_page(stream_page(*HEADER, *TABLES[:2], *lines, *TABLES[3:]), "stream"))
    return record(form)["non_derivative_transactions"]


def test_a_nature_and_the_next_title_are_split_where_the_title_opens():
    rows = _rows("Class A 02/17/2021 C(1) 6,944,440 A $ 0.00 3,472,220(2) I See Footnote(3)",
                 "Class A", "Common", "Stock",
                 "02/17/2021 J(6) 596,466 D $ 0.00 596,466 I See Footnote(5)")
    assert [r["nature_of_ownership"] for r in rows] == ["See Footnote", "See Footnote"]
    assert rows[1]["security_title"] == "Class A Common Stock"


def test_a_number_among_words_is_a_word():
    rows = _rows("Class A Common Stock 01/12/2021 S 1,000 D $10 48,382 I US Venture 2010 Seed Fund")
    assert rows[0]["nature_of_ownership"] == "US Venture 2010 Seed Fund"
    assert rows[0]["shares_owned_following"] == 48382


def test_words_between_rows_that_cannot_be_placed_are_left_unread():
    rows = _rows("Common Stock 08/12/2019 S 100 D $10 900 I By Trust", "for children", "Units",
                 "08/13/2019 S 100 D $10 800 I By Trust")
    assert rows[0]["nature_of_ownership"] == "By Trust for children"
    assert rows[1]["security_title"] == "Units"
    rows = _rows("Common Stock 08/12/2019 S 100 D $10 900 I", "By Trust", "for children",
                 "08/13/2019 S 100 D $10 800 I")
    assert rows[0]["nature_of_ownership"] is None and rows[1]["security_title"] is None


def test_a_table_title_with_garbage_glued_to_it_is_no_row_of_the_table():
    """The title line of a markdown table is a line of cells too; garbage glued to it
    makes it no title, and never a holding titled "Table I - ...": the table is found
    by its first column's header and read as the filing holds it."""
    path = FORMS / "AAPL-20190812-1" / "sec" / "markdownify.md"
    text = fixture_text(path).replace("Beneficially Owned** |", "Beneficially Ownedg\u00f6\u00a9# |", 1)
    form = form4lark.parse(text)
    assert off_fields(truth("AAPL-20190812-1", "sec"), form) == []
    assert not [d for d in form.diagnostics if d.severity == "error"]


PAGES = fixture_paths(FIXTURES / "pages", "*/*/page.html")


@pytest.mark.parametrize("path", PAGES, ids=_name)
def test_a_saved_html_page_is_read_from_its_own_tables(path):
    """A page saved from a browser (sec.gov's, or the plain design's) is read with the
    HTML parser, cell by cell: every field of the filing, as EDGAR's XML holds it."""
    form = parse_fixture(path)
    assert form.layout == "cells"
    verdicts = score(truth_of(path), record(form))
    assert [p for p, v in verdicts if v != "right"] == []


def test_remarks_opening_as_the_note_after_the_last_footnote_are_left_unknown() -> None:
    # pymupdf4llm put "Remarks:" above the last note: "4. Total includes ..." is no remark
    from form4lark.form.reader import _remarks
    from form4lark.sections import Cell, Sections
    sections = Sections(layout="lines")
    sections.footnotes = [(str(n), Cell(f"Note {n}.")) for n in (1, 2, 3)]
    assert _remarks(Cell("4. Total includes 113 shares held in escrow."), sections) is None
    assert "note after the last footnote" in sections.diagnostics[-1].message
    for kept in ("5. Total includes 113 shares.", "4 shares are held in escrow.",
                 "Exhibit 24 - Power of Attorney"):
        assert _remarks(Cell(kept), sections) == Cell(kept)


def test_remarks_that_are_one_line_opening_as_the_next_cited_note_are_that_note() -> None:
    # SQ-20210104-1 sec, pymupdf4llm: "**Remarks:**" above "4. Total includes 113 shares
    # held in escrow due to pending claims." (truth: footnote 4, no remarks)
    from form4lark.form.notes import moved_note
    from form4lark.sections import Cell
    notes = [(str(n), Cell(f"Note {n}.")) for n in (1, 2, 3)]

    atoms = line_atoms
    line = "4. Total includes 113 shares held in escrow due to pending claims."
    assert moved_note(atoms(line), notes, frozenset({"2", "4"}))
    assert not moved_note(atoms(line), notes, frozenset({"2"}))  # the tables cite no (4)
    assert not moved_note(atoms(line, "Exhibit 24 - Power of Attorney"), notes,
                          frozenset({"4"}))  # where the note ends is not known
    assert not moved_note(atoms("5. Total includes 113 shares."), notes, frozenset({"5"}))
    assert not moved_note([], notes, frozenset({"4"}))


def test_a_mark_glued_to_its_checkbox_label_checks_it_and_its_neighbours_are_no_title() -> None:
    # pymupdf4llm drops the space between a mark and its label: "XDirector", "XForm filed"
    from form4lark.form import checkboxes
    from form4lark.form.atoms import lex
    from form4lark.form.reader import _boxes, _titles
    from form4lark.shapes.detect import read_shape
    text = ("|1. Name and Address of Reporting Person<br>Musk Elon|2. Issuer Name and Ticker or "
            "Trading Symbol<br>Tesla, Inc.[<br>TSLA]|5. Relationship of Reporting Person(s) to "
            "Issuer (Check all<br>applicable)<br>XDirector<br>X10% Owner|\n|---|---|---|\n"
            "|C/O TESLA, INC<br>(Street)|3. Date of Earliest Transaction (Month/Day/Year)<br>"
            "05/07/2018|XOfficer (give title below)<br> Other (specify below)<br>CEO|\n"
            "|PALO ALTO CA 94304|4. If Amendment|6. Individual or Joint/Group Filing<br>"
            "XForm filed by One Reporting Person<br> Form filed by More than One Reporting "
            "Person|\n")
    page = read_shape(text, "cells")
    atoms = lex(page, "boxes", len(page.lines))
    checked = checkboxes.checked_labels(atoms, False)
    assert checked == {"DIRECTOR", "TEN_PERCENT", "OFFICER", "ONE_PERSON"}
    box5 = _boxes(atoms, False)["BOX5"]
    title, other = _titles(box5, checked, False, cells=True)
    # box 5's labels' cell holds only its checkboxes: they are no title, and the words
    # after it in reading order (the next row's address) are other boxes'
    assert (title, other) == (None, None)
    # "EXDirector" is a word, not a mark on "Director"
    word = lex(read_shape(text.replace("XDirector", "EXDirector"), "cells"), "boxes", 1)
    assert "DIRECTOR" not in {a.kind for a in word} and "EXDirector" in [a.text for a in word]
