"""Table II found by its sixth column's header where OCR lost its title (``form/regions.py``).

Tesseract may lose the line of Table II's title and, with it, the first column's header
("1. Title of Derivative Security"), which stands in for a lost title; the table's other
headers stay ("2. 3. Transaction | ... | 6. Date Exercisable and | 7. Title and ...").
Column 6's header is printed by no other part of the form: the table begins on its line,
in the scan's cleanup too (``shapes/scan_text.py``), so that Table II's lines are never
read as Table I's.
"""

from __future__ import annotations

import form4lark
from support import FIXTURES, fixture_text, off_fields, truth_of

FB = FIXTURES / "ocr_blocks" / "FB-20190822-1" / "sec" / "tesseract.txt"
_KEPT = ("transaction_date", "transaction_code", "shares", "underlying_shares",
         "price_per_share", "direct_or_indirect")


def test_table_ii_opens_on_its_sixth_columns_header_line() -> None:
    form = form4lark.parse(fixture_text(FB))
    truth = truth_of(FB)
    rows = form.derivative_transactions
    assert rows is not None and len(rows) == len(truth["derivative_transactions"]) == 2
    for row, true in zip(rows, truth["derivative_transactions"]):
        assert {key: str(getattr(row, key)) for key in _KEPT} == {
            key: str(true[key]) for key in _KEPT}
    # Table I keeps its rows and holdings: the header line is not one of its lines
    assert len(form.non_derivative_transactions) == len(truth["non_derivative_transactions"])
    assert len(form.non_derivative_holdings) == len(truth["non_derivative_holdings"])
    # no value of the tables is wrong (OCR misread a word of note 8: that note is)
    assert not [field for field in off_fields(truth, form)
                if field.endswith(" wrong") and "derivative" in field]


def test_without_that_header_the_table_is_left_out() -> None:
    text = fixture_text(FB).replace("6. Date Exercisable and", "6.")
    form = form4lark.parse(text)
    assert form.derivative_transactions is None
    assert any("Table II's title was not found" in d.message for d in form.diagnostics)


# LNKD-20110524-1 (sec): its tables, the notes' and signatures' labels, Table II's title line left out
LNKD = FIXTURES / "ocr_blocks" / "LNKD-20110524-1" / "sec" / "tesseract-no-title.txt"


def test_table_ii_lines_after_its_lost_title_are_never_read_as_table_is() -> None:
    # the first header line holds "6. Date Exercisable and": Table II opens there in
    # the scan's parts too, so its column headers are left out and its rows are read
    # as its own (read as Table I's, the wrapped titles paired up wrong: "Common Stock"
    # for "Class B Common Stock"); unread, a title is unknown
    text = fixture_text(LNKD)
    assert "Table Il" not in text and "6. Date Exercisable and" in text
    form = form4lark.parse(text)
    truth = truth_of(LNKD)
    rows = form.derivative_transactions
    assert rows is not None and len(rows) == len(truth["derivative_transactions"]) == 3
    # the cut leaves the footnotes out: only their marks may be off
    assert not [field for field in off_fields(truth, form) if field.endswith(" wrong")
                and "derivative" in field and ".footnotes." not in field]


def test_a_note_naming_the_sixth_column_opens_no_table() -> None:
    # OCR lost Table II's header line and the notes' label: the notes follow Table I's
    # rows, and a note naming the column ("The Date Exercisable and ...") is no header
    text = fixture_text(FB).replace("6. Date Exercisable and", "6.").replace(
        "Explanation of Responses:", "").replace(
        "16. The holder elected", "16. The Date Exercisable and Expiration Date do not apply. The holder elected")
    assert "Explanation of Responses" not in text and "The Date Exercisable and" in text
    form = form4lark.parse(text)
    assert form.derivative_transactions is None
    assert len(form.non_derivative_transactions) == len(truth_of(FB)["non_derivative_transactions"])
