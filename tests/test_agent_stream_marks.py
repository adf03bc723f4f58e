"""The agent design's PDF read as a stream in reading order (``pdftotext -raw``, pypdf):
Table II's cells that are only a bare superscript mark ("1" where a conversion price or
an exercise date stands) read as marks where the rows' titles wrap onto lines of their
own (SCTY-20121218-1: conversions of preferred stock), and a stream printing a row's
cells out of their order (XOOM-20130221-1: "Series B Preferred Stock Partners XI, LP2
Series C Preferred Stock") leaving the cells run together unknown, not misread."""

from __future__ import annotations

from decimal import Decimal

import pytest
from form4lark import parse
from support import FIXTURES, fixture_text, read_none_wrong

SCTY = FIXTURES / "agent" / "SCTY-20121218-1" / "agent"
XOOM = FIXTURES / "agent" / "XOOM-20130221-1" / "agent"


@pytest.mark.parametrize("name", ["pdftotext-raw.txt", "pypdf.txt"])
def test_bare_marks_read_in_a_stream_whose_titles_wrap(name: str) -> None:
    form, off = read_none_wrong(SCTY / name)
    rows = form.derivative_transactions
    assert rows is not None and len(rows) == 6
    first = rows[0]
    assert (first.security_title, first.transaction_code, first.shares) == (
        "Series A Preferred Stock", "C", Decimal("10491720"))
    assert first.conversion_or_exercise_price is None and first.exercise_date is None
    assert first.footnotes["exercise_date"] == ("1",)
    assert first.footnotes["conversion_or_exercise_price"] == ("1",)
    assert not [f for f in off if f.startswith("derivative_transactions") and "title" in f]
    # Table I's conversions print their prices as bare marks too ("A 1"), the purchase a price
    assert [(r.price_per_share, r.footnotes.get("price_per_share"))
            for r in form.non_derivative_transactions or ()] == [
        (None, ("1",))] * 5 + [(None, ("2",)), (Decimal("8.00"), None)]


def test_table_i_cells_of_a_notes_number_unknown_where_its_reading_with_marks_is_refused() -> None:
    # SCTY's purchase printed "P 2 A $8.00" (an amount 2, note 2 listed): Table I no longer
    # reads with its bare marks, and Table II's marks refer to notes 1 and 2, so Table I's
    # cells that are only their numbers are marks or values: unknown, not prices of 1 and 2
    text = fixture_text(SCTY / "pdftotext-raw.txt").replace(
        "P 1,875,000 A $8.00", "P 2 A $8.00", 1)
    form = parse(text)
    rows = form.non_derivative_transactions
    assert rows is not None and len(rows) == 7
    assert [(r.price_per_share, r.shares) for r in rows[5:]] == [
        (None, Decimal("1550384")), (Decimal("8.00"), None)]
    assert all(r.price_per_share is None for r in rows[:5])
    assert any("is only a listed note's number" in d.message for d in form.diagnostics)


def test_cells_run_together_in_a_stream_of_bare_marks_unknown() -> None:
    form, off = read_none_wrong(XOOM / "pypdf.txt")
    rows = form.derivative_transactions
    assert rows is not None and len(rows) == 18
    # row 4's title holds row 3's nature's last words: it, and row 3's nature, unknown
    assert rows[3].security_title is None and rows[2].nature_of_ownership is None
    assert rows[4].security_title == "Series C Preferred Stock"
    # rows[2] printed no title before its values: the lines after it ("Series B Preferred
    # Stock Partners XI, LP2 Series C Preferred Stock") are told to neither row
    # (``row_sequence._split_between``) before they could be read as cells run together
    span = rows[3].span
    assert span is not None and any(d.line == span.line and d.field.endswith("security_title")
                                     for d in form.diagnostics)


def test_stream_of_bare_marks_read_past_a_row_printed_before_its_titles() -> None:
    # NTRA-20201120-1 (cut after its sixth option): the fourth option's title and
    # underlying title printed after its values, taken from there where the other rows
    # spell them (``titles_after``): every option is read
    form, off = read_none_wrong(FIXTURES / "agent" / "NTRA-20201120-1" / "agent" / "pypdf.txt")
    rows = form.derivative_transactions
    assert rows is not None
    assert [(r.conversion_or_exercise_price, r.expiration_date.isoformat(),
             r.footnotes.get("exercise_date")) for r in rows] == [
        (Decimal("9.97"), "2025-11-12", ("1",)), (Decimal("7.00"), "2026-02-11", ("1",)),
        (Decimal("9.59"), "2026-04-07", ("1",)), (Decimal("11.80"), "2026-06-09", ("1",)),
        (Decimal("11.00"), "2026-08-11", ("1",)), (Decimal("11.15"), "2026-11-10", ("1",))]
    assert {(r.security_title, r.underlying_security_title) for r in rows} == {
        ("Stock Option (right to buy)", "Common Stock")}
    assert not any(d.message.startswith("Table II is read up to its row") for d in form.diagnostics)


def test_column_headers_numbers_are_no_marks_in_a_stream() -> None:
    # MDB-20200610-1: the header's "(Instr. 3, 4 and 5)" wrapped a word to a line ("4"
    # is note 4's number too): a header's word, not a mark, so the conversions read
    form, off = read_none_wrong(FIXTURES / "agent" / "MDB-20200610-1" / "agent" / "pypdf.txt")
    rows = form.derivative_transactions
    assert rows is not None and len(rows) == 5
    assert (rows[0].security_title, rows[0].shares, rows[0].footnotes["exercise_date"]) == (
        "Class B Common Stock", Decimal("846819"), ("6",))


def test_instructions_cited_in_a_header_read_in_column_order_are_no_marks() -> None:
    # GOOG-20151002-1 (pdftotext's default text: Table II's header printed a column at a
    # time among its values, marks bare: "16,670 19"): "(Instr." "3, 4 and 5)" and
    # "(Instr. 3 and" "4) Title" cite the form's instructions, their "4" and "3" no
    # notes' marks (notes 3 and 4 are listed), so Table II reads
    form, off = read_none_wrong(FIXTURES / "agent" / "GOOG-20151002-1" / "agent" / "pdftotext.txt")
    rows = form.derivative_transactions
    assert rows is not None and len(rows) == 1
    row = rows[0]
    assert (row.security_title, row.transaction_code, row.shares, row.underlying_shares,
            row.shares_owned_following) == ("Class B Common Stock", "C", Decimal("16670"),
                                            Decimal("16670"), Decimal("21109310"))
    assert row.footnotes == {"exercise_date": ("19",), "expiration_date": ("20",)}


def test_title_with_a_referred_notes_mark_glued_on_read_in_a_stream_of_bare_marks() -> None:
    # FB-20170719-1: "Class B Common Stock1" (note 1 also the conversion price's mark): a
    # stream printing marks apart glues them onto the word before them
    form, off = read_none_wrong(FIXTURES / "agent" / "FB-20170719-1" / "agent" / "pypdf.txt")
    rows = form.derivative_transactions
    assert rows is not None and len(rows) == 2
    assert [(r.security_title, r.footnotes["security_title"]) for r in rows] == [
        ("Class B Common Stock", ("1",))] * 2


@pytest.mark.parametrize("title", ["Series 1\nPreferred", "Series\n1 Preferred"])
def test_number_inside_a_wrapped_title_is_no_mark(title: str) -> None:
    # SCTY's first title printed "Series 1 Preferred Stock" (note 1 listed), wrapped onto
    # lines of its own: a number between two words of a title is no superscript (one
    # follows its cell's last word), and the title, a number's or a mark's, is unknown
    text = fixture_text(SCTY / "pdftotext-raw.txt").replace("Series A\nPreferred", title, 1)
    form = parse(text)
    rows = form.derivative_transactions
    assert rows is not None and len(rows) == 6
    assert rows[0].security_title is None and "security_title" not in rows[0].footnotes
    assert rows[0].shares == Decimal("10491720")
    assert [r.security_title for r in rows[1:]] == [
        f"Series {s} Preferred Stock" for s in "BCDFG"]
    assert any("listed note's number among its words" in d.message for d in form.diagnostics)


def test_small_amount_ending_in_a_notes_number_kept_where_no_word_glues_a_mark() -> None:
    # SCTY with its last conversion of 523 shares and a note 3 no value refers to: Table
    # II's marks are printed apart, and no word of it has a mark glued on ("Stock1"), so
    # "523" is no 52 with mark 3 glued on: the amount as printed
    text = fixture_text(SCTY / "pdftotext-raw.txt").replace("627,220", "523").replace(
        "expiration date.\nRemarks:", "expiration date.\n3. The reporting person disclaims "
        "beneficial ownership.\nRemarks:", 1)
    form = parse(text)
    rows = form.derivative_transactions
    assert rows is not None and len(rows) == 6
    assert (rows[5].security_title, rows[5].shares) == ("Series G Preferred Stock", Decimal(523))
