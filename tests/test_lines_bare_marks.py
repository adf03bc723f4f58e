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

from support import FIXTURES, off_fields, parse_fixture, truth_of

AGENT = FIXTURES / "agent"


def _off(path, table, rows):
    """The fields off of ``table``'s rows read from ``path``, against its filing's truth
    cut to its first ``rows`` rows of that table (the text is cut so), and the rows read."""
    form = parse_fixture(path)
    truth = {table: truth_of(path)[table][:rows]}
    return off_fields(truth, form), getattr(form, table)


def test_mark_cells_printed_bare_read_as_marks() -> None:
    # "Series B 1 02/21/2013 C 2,246,338 1 1 Common 2,246,338 $0.00 0 I By Sequoia":
    # the conversion price and both dates hold note 1's mark alone
    path = AGENT / "XOOM-20130221-1" / "agent" / "pdfplumber.txt"
    off, read = _off(path, "derivative_transactions", 2)
    assert off == [] and len(read) == 2


def test_page_proven_bare_price_number_is_a_mark() -> None:
    # Table I's "C 5,036,306 A 1 5,036,306 I": the price's cell is note 1's mark (no price)
    path = AGENT / "XOOM-20130221-1" / "agent" / "pdfplumber.txt"
    off, read = _off(path, "non_derivative_transactions", 3)
    assert off == [] and len(read) == 3
    assert [row.price_per_share for row in read] == [None, None, None]


def test_mark_glued_onto_ownership_letter() -> None:
    # "Series 1 02/06/2024 C 4,025,764 1 1 Common 1,875,938 1 0 D2": "D" with note 2's mark
    path = AGENT / "GUTS-20240206-1" / "agent" / "pdfplumber.txt"
    off, read = _off(path, "derivative_transactions", 1)
    assert off == [] and len(read) == 1


def test_underlying_title_wholly_off_its_line() -> None:
    # "$11.80 11/20/2020 M 11,169 1 06/09/2026 11,169 $0 0 D", its titles on the lines
    # below ("Stock Common" / "Option Stock" / ...): its values read, no title placed,
    # and the next row's title is not given those lines
    path = AGENT / "NTRA-20201120-1" / "agent" / "pdfplumber.txt"
    off, read = _off(path, "derivative_transactions", 5)
    assert not [f for f in off if f.endswith("wrong")]
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
