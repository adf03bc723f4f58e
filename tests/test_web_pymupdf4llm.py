"""The web design (a data vendor's page: benchmarks/designs/web.py) through pymupdf4llm's
markdown of its PDF: the boxes' two-column table printed as one line per part, each label
bold and followed by its value ("**Reporting Person** Clements Carol Ann **CIK** ..."), the
tables named shortly ("Derivative Securities (Table II)") and the signatures under their
heading with no paper form's closing lines (JBLU-20250310-1: an officer's grant of units)."""

from __future__ import annotations

from form4lark import parse
from form4lark.detect import form_end
from form4lark.shapes.markdown import read_markdown

from support import FIXTURES, fixture_text, parse_fixture, table_fields_off

TEXT = (FIXTURES / "web_pymupdf4llm" / "JBLU-20250310-1"
        / "web" / "pymupdf4llm.md")


def test_a_page_named_by_its_short_table_titles_ends_at_its_signatures() -> None:
    """Its column titles cut into strips or not, a page that names its tables shortly is a
    site's page: its "Signatures" heading closes the form (the text is not cut short)."""
    text = fixture_text(TEXT)
    end = form_end(text)
    assert end is not None and "Attorney-in-Fact03/12/2025" in text[:end]


def test_a_line_of_bold_labels_is_a_piece_per_label_and_value() -> None:
    """The bold runs are the labels; the text between them is a value."""
    page = read_markdown(fixture_text(TEXT))
    [owner] = [line for line in page.lines if line.text.startswith("Reporting Person")]
    assert [p.text for p in owner.pieces][:4] == [
        "Reporting Person", "Clements Carol Ann", "CIK", "0001858380 JETBLUE AIRWAYS"]
    assert not owner.cells


def test_the_boxes_of_bold_labels_are_read_and_the_run_together_address_left_out() -> None:
    """Every field against the truth but the street and city: the address's first line
    stands after the CIK (its label beside its middle line), the others run together, so
    where the street ends is lost; its state and zip end it still."""
    form, off = table_fields_off(TEXT)
    assert off == ["reporting_owners[0].street1 missed", "reporting_owners[0].street2 missed",
                   "reporting_owners[0].city missed"]
    [owner] = form.reporting_owners
    assert (owner.cik, owner.state, owner.zip) == ("0001858380", "NY", "11101")


def test_a_mark_on_its_cell_s_next_line_is_its_value_s() -> None:
    """AFRM-20230103-1: the design's V column dropped (its cells all empty), so each row is
    read by its values' kinds; the sale's amount prints its mark under it in its cell
    ("16287<br>[1]"), which is the amount's, as a mark glued to it is ("1000[1]")."""
    path = TEXT.parent.parent.parent / "AFRM-20230103-1" / "web" / "pymupdf4llm.md"
    form, off = table_fields_off(path)
    assert off == ["reporting_owners[0].street1 missed", "reporting_owners[0].street2 missed",
                   "reporting_owners[0].city missed"]
    first = (form.non_derivative_transactions or [])[0]
    assert (first.shares, first.footnotes.get("shares")) == (16287, ("1",))


def test_a_cell_of_marks_alone_is_one_cell_s_marks() -> None:
    """YELP-20121123-1: Table II's conversion price and date exercisable print two notes'
    marks and no value ("[3] [4]"); each cell's marks are that cell's, so the conversions
    read (the rows cut at the page break stay partly unknown)."""
    path = TEXT.parent.parent.parent / "YELP-20121123-1" / "web" / "pymupdf4llm.md"
    form, off = table_fields_off(path)
    assert not [field for field in off if field.startswith("derivative_transactions[0]")]
    first = (form.derivative_transactions or [])[0]
    assert (first.shares, first.footnotes["conversion_or_exercise_price"],
            first.footnotes["exercise_date"]) == (2800, ("3", "4"), ("3", "4"))



GUTS = TEXT.parent.parent.parent / "GUTS-20240206-1" / "web" / "pymupdf4llm.md"


def test_a_line_of_one_bold_label_is_its_label_and_value() -> None:
    """GUTS-20240206-1 (cut to three owners): the last owner's name stands alone on its
    line ("**Reporting Person** THIEL PETER"), his CIK, address and relationship on the
    next: the name is read, and the rows under it are his, not the owner's above."""
    form = parse_fixture(GUTS)
    assert [(o.name, o.cik) for o in form.reporting_owners] == [
        ("Mithril LP", "0001552273"), ("Mithril GP LP", "0001881891"),
        ("THIEL PETER", "0001211060")]


def test_a_second_row_of_one_box_for_an_owner_is_left_out() -> None:
    """An owner's name unread, the next owner's CIK follows the one above's: it is refused
    (and the rows up to the next name), the owner above keeps his own."""
    from form4lark.form.short_boxes import ShortRow, read
    from form4lark.sections import Cell, Sections

    sections = Sections(layout="web")
    read([ShortRow(label, Cell(text, line, 1)) for line, (label, text) in enumerate([
        ("OWNER_NAME", "Mithril GP LP"), ("CIK", "0001881891"), ("CIK", "0001211060"),
        ("RELATIONSHIP", "Director ☒ Officer ☐ 10% Owner ☐ Other ☐")])], sections)
    [owner] = sections.owners
    assert owner.cik == "0001881891"
    assert not owner.checked
    assert any(d.field == "reporting_owners" for d in sections.diagnostics)


def test_a_mark_under_a_cell_of_two_values_is_left_alone() -> None:
    """AFRM-20230103-1 with the price and the amount owned merged into one cell
    ("$9.1301 52860<br>[2]"): the mark under them may be either's (it is the price's),
    so it is given to neither, and the row is not read with it as the amount's."""
    text = fixture_text(TEXT.parent.parent.parent / "AFRM-20230103-1" / "web" / "pymupdf4llm.md")
    merged = text.replace("|D|$9.1301<br>[2]|52860|D||", "|D|$9.1301 52860<br>[2]|D||")
    assert merged != text
    form = parse(merged.encode())
    assert not [row for row in form.non_derivative_transactions or []
                if row.footnotes.get("shares_owned_following") == ("2",)]
    # nor read otherwise: Table I is left out, said so (no row holds the amount owned)
    assert not [row for row in form.non_derivative_transactions or []
                if row.shares_owned_following == 52860]
    assert any(d.field.startswith("non_derivative_transactions")
               and "Table I could not be read" in d.message for d in form.diagnostics)


def test_a_cell_of_two_columns_marks_alone_is_read_as_both() -> None:
    """YELP-20121123-1 with the dates exercisable and of expiration merged into one cell
    ("[4] [5]"): the price's cell of marks alone is its marks, the merged cell's are one
    mark each column's, as the form's sequence of columns reads them."""
    text = fixture_text(TEXT.parent.parent.parent / "YELP-20121123-1" / "web" / "pymupdf4llm.md")
    merged = text.replace("|D|[3] [4]|[5]|", "|D|[4] [5]|")
    assert merged != text
    first = (parse(merged.encode()).derivative_transactions or [])[0]
    assert (first.shares, first.footnotes["conversion_or_exercise_price"],
            first.footnotes["exercise_date"], first.footnotes["expiration_date"]) == (
        2800, ("3", "4"), ("4",), ("5",))
