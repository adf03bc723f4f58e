"""Values other converters' texts of the web design were read wrong, each checked against
its filing's truth: a title holding the tables' column headers (build.py,
``table_header.holds_header_phrase``), a footnote mark read amid a title's wrapped
words (build.py), a footnote holding the tables' cells (form/notes.py), and fewer owners
read than a site's page counts, and a street line a converter may have wrapped
(form/short_boxes.py)."""

from __future__ import annotations

from support import FIXTURES, edited_text, read_none_wrong

from form4lark import parse
from form4lark.form.table_header import holds_header_phrase

WEB = FIXTURES / "web"


def test_title_holding_the_column_headers_unknown() -> None:
    # pdftotext of ARW-20250212-1: the unnumbered headers run into column 1 ("Common Stock
    # [1] Common Stock [2] Deemed Execution Date Code V Amount (A) or (D) Price ..."): both
    # titles and their marks unknown, never that text nor mark 2 on the first row
    form, off = read_none_wrong(WEB / "ARW-20250212-1" / "web" / "pdftotext.txt")
    rows = form.non_derivative_transactions
    assert rows is not None
    assert [(r.security_title, dict(r.footnotes)) for r in rows] == [(None, {}), (None, {})]
    assert "non_derivative.security_title" in [d.field for d in form.diagnostics]


def test_header_phrases_not_in_titles_or_natures() -> None:
    assert holds_header_phrase("Restricted Stock Units Conversion or Exercise Price")
    assert holds_header_phrase("Common Stock Amount Owned Following Ownership Form (D/I)")
    for value in ("Class A Common Stock", "Stock Option (right to buy)",
                  "Series A Preferred Stock", "By Trust", "See Footnote",
                  "Performance Stock Units (Transaction-Based)"):
        assert not holds_header_phrase(value)


def test_mark_amid_a_title_is_not_the_titles() -> None:
    # pdftotext of FB-20210515-1: "Restricted / Stock / Units / [2] / (RSU) / (Class A)":
    # mark 2 is the empty conversion price's (truth), read amid the title's lines: the
    # title is read, its marks unknown
    form, off = read_none_wrong(WEB / "FB-20210515-1" / "web" / "pdftotext.txt")
    rows = form.derivative_transactions
    assert rows is not None
    assert [r.security_title for r in rows] == ["Restricted Stock Units (RSU) (Class A)"]
    assert "security_title" not in rows[0].footnotes
    assert rows[0].footnotes["exercise_date"] == ("3",)


def test_footnote_holding_table_cells_left_out() -> None:
    # pdfminer -F1 of SCTY-20121218-1: "12/18/2012 12/18/2012 C D" read as note 1
    form, off = read_none_wrong(WEB / "SCTY-20121218-1" / "web" / "pdfminer-F1.txt")
    assert not form.footnotes


def test_owners_fewer_than_the_page_counts_unknown() -> None:
    # markitdown of BETR-20241209-1's PDF: "Reporting Owner 1 of 8" ... six owners printed
    # as plain lines, owners 7 and 8 as table rows, only those read: the owners unknown,
    # never two of eight as all of them
    form, off = read_none_wrong(WEB / "BETR-20241209-1" / "web" / "markitdown-pdf.txt")
    assert form.reporting_owners is None
    assert [d.message for d in form.diagnostics if d.field == "reporting_owners"] == [
        "the page counts 8 reporting owners and 2 were read: the owners are left unknown"]


def test_street_line_of_a_number_alone_under_a_full_line_unknown() -> None:
    # pandoc's plain text of XOOM-20130221-1: "3000 SAND HILL ROAD BLDG. 4, SUITE" fills
    # the address's column and "250" would not have fit after it: the converter's wrap
    # of one street line (truth) or two lines, not told: the street unknown, the city read
    form, _ = read_none_wrong(WEB / "XOOM-20130221-1" / "web" / "pandoc-plain.txt")
    owner = form.reporting_owners[0]
    assert (owner.street1, owner.street2, owner.city) == (None, None, "MENLO PARK")
    assert "reporting_owners.street1" in [d.field for d in form.diagnostics]


def test_street_line_whose_first_word_would_not_fit_above_unknown() -> None:
    # the same page with the value column narrowed: "3000 SAND HILL ROAD BLDG. 4," /
    # "SUITE 250", "SUITE" not fitting after the line within the widest value line: one
    # street line wrapped (truth) or two, not told (box 1's rule on the form's page)
    pad = " " * 38
    text = edited_text(
        WEB / "XOOM-20130221-1" / "web" / "pandoc-plain.txt",
        ("BLDG. 4, SUITE\n" + pad + "250", "BLDG. 4,\n" + pad + "SUITE 250"),
        ("Director ☒ \xa0 Officer ☐ \xa0 10% Owner\n" + pad + "☐ \xa0 Other ☐",
         "Director ☒ \xa0 Officer ☐ \xa0 10%\n" + pad + "Owner ☐ \xa0 Other ☐"), once=True)
    owner = parse(text).reporting_owners[0]
    assert (owner.street1, owner.street2, owner.city) == (None, None, "MENLO PARK")
