"""Values the built designs' texts of converters outside the corpus read wrong, now
unknown or right: a stream read as the page's visual lines (shapes/lines.py), two
street lines' text nodes run together on a line of their own (shapes/run_together.py)
and a relationship whose label a grid wrapped apart (form/reader.py), and an address
cell's first line printed above its row (form/short_boxes.py), and a signature's name
holding its date's label (build.py)."""

from __future__ import annotations

from decimal import Decimal

from support import FIXTURES, read_none_wrong, table_fields_off, wrong_fields

from form4lark.build import _signer
from form4lark.model import Diagnostic
from form4lark.sections import Cell

AGENT = FIXTURES / "agent"


def test_stacked_column_numbers_keep_a_stream_a_stream() -> None:
    # pdftotext (no -layout) of AAPL-20190502-1 prints each cell on a line of its own and
    # Table II's wrapped headers as "4. 5. Number of 5.": no line of the page (its numbers
    # do not ascend), so the text is a stream, not the page's visual lines; read as lines,
    # its five sales were lost and their "13,433 D" lines read as untitled holdings (left
    # out by inputs/untitled_holdings.py, tested in test_ocr_misplaced_rows.py)
    form, off = table_fields_off(AGENT / "AAPL-20190502-1" / "agent" / "pdftotext.txt")
    assert form.layout == "stream"
    assert not wrong_fields(off)
    assert (form.issuer.name, form.reporting_owners[0].name) == ("APPLE INC", "WILLIAMS JEFFREY E")
    rows = form.non_derivative_transactions or ()
    assert [r.shares for r in rows] == [
        Decimal(n) for n in ("13433", "18256", "8601", "14571", "1550")]
    assert not form.non_derivative_holdings


def test_street_lines_run_together_on_their_own_line() -> None:
    # BeautifulSoup's get_text of ADGI-20220328-2: "C/O MITHRIL CAPITAL MANAGEMENT
    # LLC600 CONGRESS AVENUE SUITE 3100" on the line above "(Street)": two lines, the
    # house number run onto the care-of line, cut there (else unknown), never one street1
    form, off = table_fields_off(AGENT / "ADGI-20220328-2" / "agent" / "bs4-text.txt")
    assert not [f for f in off if "street" in f and f.endswith("wrong")]
    assert [(o.street1, o.street2) for o in form.reporting_owners] == [
        ("C/O MITHRIL CAPITAL MANAGEMENT LLC", "600 CONGRESS AVENUE SUITE 3100")] * 4


def test_relationship_label_wrapped_apart_unknown() -> None:
    # links2 of EB-20210112-1: "[X] 10%" with "Owner" on the line below, among box 6's
    # words: the label is not seen, so its box is unknown, never False
    form, off = read_none_wrong(AGENT / "EB-20210112-1" / "agent" / "links2.txt")
    owner = form.reporting_owners[0]
    assert (owner.is_director, owner.is_ten_percent_owner) == (True, None)


def test_address_first_line_above_its_row() -> None:
    # markitdown of the web design's PDF of AFRM-20230103-1: the address cell's three
    # lines printed around its row, "ONE LETTERMAN DRIVE" above "| Address | | BUILDING D,
    # 5TH FLOOR |", the city below: the line above is the street's first, not lost
    form, off = read_none_wrong(FIXTURES / "web" / "AFRM-20230103-1" / "markitdown-pdf.txt")
    owner = form.reporting_owners[0]
    assert (owner.street1, owner.street2, owner.city) == (
        "ONE LETTERMAN DRIVE", "BUILDING D, 5TH FLOOR", "SAN FRANCISCO")


def test_signature_name_holding_the_date_label_unknown() -> None:
    # pdfminer -F 1.0 of the agent design's PDFs prints the date's label "Date" among the
    # name's words (after a note's last words): the name is unknown, never those words
    notes: list[Diagnostic] = []
    assert _signer(Cell("Google. Date /s/ Valentina Margulis", 9, 1), notes) is None
    assert [d.field for d in notes] == ["signatures.name"]
    assert _signer(Cell("/s/ Sam Whittington, Attorney-in-Fact", 9, 1), notes) == \
        "/s/ Sam Whittington, Attorney-in-Fact"
    assert _signer(Cell("By: Jane Dateline", 9, 1), notes) == "By: Jane Dateline"
