"""A visual-lines text (pdfplumber) of a page printing its footnote marks as
superscripts: a cell holding only a mark prints a bare note number ("1" where a
conversion price or an exercise date stands), a mark on a letter's cell glues on
("D2"). The broken lines read with those numbers as marks where a date column then
holds one; the page so proven to print marks bare, a price's lone "1" is a mark too
(form/row_bare_marks.py). A Table II line with no word of its underlying title reads
as a row's values (form/row_untitled.py). Texts cut from the agent design's
XOOM-20130221-1, GUTS-20240206-1 and NTRA-20201120-1 (rows checked against the truth)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from support import FIXTURES, line_atoms, off_fields, parse_fixture, truth_of, wrong_fields

AGENT = FIXTURES / "agent"


def _off(path, table, rows):
    """The fields off of ``table``'s rows read from ``path``, against its filing's truth
    cut to its first ``rows`` rows of that table (the text is cut so), and the rows read."""
    form = parse_fixture(path)
    truth = {table: truth_of(path)[table][:rows]}
    return off_fields(truth, form), getattr(form, table)


@pytest.mark.parametrize(("path", "table", "rows"), [
    # "Series B 1 02/21/2013 C 2,246,338 1 1 Common 2,246,338 $0.00 0 I By Sequoia":
    # the conversion price and both dates hold note 1's mark alone
    (AGENT / "XOOM-20130221-1" / "agent" / "pdfplumber.txt", "derivative_transactions", 2),
    # "Series 1 02/06/2024 C 4,025,764 1 1 Common 1,875,938 1 0 D2": "D" with note 2's mark
    (AGENT / "GUTS-20240206-1" / "agent" / "pdfplumber.txt", "derivative_transactions", 1),
], ids=["mark_cells_printed_bare", "mark_glued_onto_ownership_letter"])
def test_bare_marks_read_as_marks(path, table, rows) -> None:
    off, read = _off(path, table, rows)
    assert off == [] and len(read) == rows


def test_page_proven_bare_price_number_is_a_mark() -> None:
    # Table I's "C 5,036,306 A 1 5,036,306 I": the price's cell is note 1's mark (no price)
    path = AGENT / "XOOM-20130221-1" / "agent" / "pdfplumber.txt"
    off, read = _off(path, "non_derivative_transactions", 3)
    assert off == [] and len(read) == 3
    assert [row.price_per_share for row in read] == [None, None, None]


def test_underlying_title_wholly_off_its_line() -> None:
    # "$11.80 11/20/2020 M 11,169 1 06/09/2026 11,169 $0 0 D", its titles on the lines
    # below ("Stock Common" / "Option Stock" / ...): its values read, no title placed,
    # and the next row's title is not given those lines
    path = AGENT / "NTRA-20201120-1" / "agent" / "pdfplumber.txt"
    off, read = _off(path, "derivative_transactions", 5)
    assert not wrong_fields(off)
    assert [(r.conversion_or_exercise_price, r.shares) for r in read][3:] == [
        (Decimal("11.80"), Decimal("11169")), (Decimal("11.00"), Decimal("1849"))]
    assert read[3].security_title is None and read[4].security_title is None


def test_rows_alike_but_glued_marks_tell_the_alignment() -> None:
    # "Class A ... See Footnotes23" / "Common" / "Stock", then "Class A ... See
    # Footnotes24": rows printed alike but for their glued marks, the first with no line
    # above and two below, cannot be centred; "Class A" is no title assumed whole
    path = AGENT / "AUR-20240227-1" / "agent" / "pdfplumber.txt"
    form = parse_fixture(path)
    rows = [*(form.non_derivative_transactions or []), *(form.non_derivative_holdings or [])]
    assert len(rows) == 8
    assert [row.security_title for row in rows] == [None] * 8


# --- the lines path's proof that a page prints its marks bare goes through the reader's
# bare marks path (texts cut from XOOM-20130221-1 and NTRA-20201120-1, marks changed)
LINES_BARE = FIXTURES / "lines_bare"


def _natures(form):
    """Each table's natures of ownership with their notes, in order."""
    rows = [*(form.non_derivative_transactions or []), *(form.derivative_transactions or [])]
    return [(row.nature_of_ownership, row.footnotes.get("nature_of_ownership")) for row in rows]


def test_proven_page_mark_stuck_onto_nature_is_read_off() -> None:
    # the natures' mark is note 1 ("XI, LP1", "Fund, LLC1"), the note the bare cells cite
    # too: the page proven bare glues its raised marks onto the word before them
    form = parse_fixture(LINES_BARE / "natures_glued_note1.txt")
    assert [nature for nature, _ in _natures(form)] == [
        "By Sequoia Capital XI, LP", "By Sequoia Capital XI Principals Fund, LLC",
        "By Sequoia Technology Partners XI, LP", "By Sequoia Capital XI, LP",
        "By Sequoia Capital XI Principals Fund, LLC"]
    assert all(notes == ("1",) for _, notes in _natures(form))


def test_proven_page_marks_read_off_where_every_note_is_cited() -> None:
    # natures ending "LP2"/"LLC2" and a Table I price's cell of note 2's mark alone:
    # every listed note is cited by a cell, the natures' marks are still read off
    form = parse_fixture(LINES_BARE / "natures_glued_note2.txt")
    assert [nature for nature, _ in _natures(form)][:3] == [
        "By Sequoia Capital XI, LP", "By Sequoia Capital XI Principals Fund, LLC",
        "By Sequoia Technology Partners XI, LP"]
    assert [row.price_per_share for row in form.non_derivative_transactions] == [None] * 3


def test_proven_page_lone_note_number_left_out_with_a_diagnostic() -> None:
    # "P 159,807 A $5.00 2 I": the amount owned is note 2's number alone and the line
    # does not read with it as a mark: a mark or an amount of 2, unknown, and said so
    form = parse_fixture(LINES_BARE / "owned_lone_note.txt")
    row = form.non_derivative_transactions[2]
    assert row.price_per_share == Decimal("5.00") and row.shares_owned_following is None
    assert any("'2' is only a listed note's number" in d.message and d.line == 32
               for d in form.diagnostics)


def test_half_row_split_over_two_lines_invents_no_holding() -> None:
    # "$11.80 11/20/2020 M 11,169" / "(1) 06/09/2026 11,169 $0 0 D": the second half
    # reads with a title put as a holding; a line read untitled must be a transaction
    for name in ("half_row_marked.txt", "half_row_bare.txt"):
        form = parse_fixture(LINES_BARE / name)
        assert not form.derivative_holdings, name
        assert all(row.transaction_code == "M" for row in form.derivative_transactions)


def test_broken_line_not_proven_bare_keeps_its_number() -> None:
    # a "1" where a price stands, no date column holding one: a price of 1 as likely
    from form4lark.form.row_line_read import bare_marked
    atoms = line_atoms("Series B 1 02/21/2013 C 2,246,338 03/01/2013 02/21/2023 Common "
                       "2,246,338 $0.00 0 I")
    assert bare_marked(atoms, "table_ii", frozenset({"1"})) is None
    assert bare_marked(atoms, "table_ii", frozenset({"1"}), proven=True) is not None


def test_note_number_inside_a_title_is_no_bare_mark() -> None:
    # "Series 1 Preferred": the "1" between a title's words may be the title's own
    from form4lark.form.row_line_read import bare_marked
    atoms = line_atoms("Series 1 Preferred 1 02/21/2013 C 2,246,338 1 1 Common 2,246,338 "
                       "$0.00 0 I")
    assert bare_marked(atoms, "table_ii", frozenset({"1"})) is None
    atoms = line_atoms("Series 1 Preferred 02/21/2013 C 2,246,338 A $1.00 2,246,338 I")
    assert bare_marked(atoms, "table_i", frozenset({"1"}), proven=True) is None
