"""An unmarked price takes the footnote whose one range of prices holds it
(inputs/ocr_price_ranges.py)."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from form4lark.inputs.ocr_price_ranges import (certain_ranges, marked_candidate, price_marks_filled,
                                               price_ranges)
from form4lark.shapes.scan_fixes import read_number
from test_ocr_amounts import _form, _sale

_NOTES = {
    "1": "Shares held by the reporting person's trust.",
    "2": "This transaction was executed in multiple trades at prices ranging from $208.33 "
         "to $209.31; the price reported above reflects the weighted average sale price.",
    "3": "This transaction was executed in multiple trades at prices ranging from $1,209.33 "
         "to $1,210.27, inclusive.",
}


def _priced(price: str | None, **marks: tuple[str, ...]):
    row = _sale("100", "1000")
    return dataclasses.replace(row, price_per_share=None if price is None else Decimal(price),
                               footnotes=dict(marks))


def _marks(form) -> list[dict]:
    return [dict(r.footnotes) for r in form.non_derivative_transactions]


def test_the_ranges_of_prices_the_footnotes_name() -> None:
    notes = {**_NOTES,
             "4": "Prices ranged from $5.10 to $5.20 and from $5.30 to $5.40.",  # two ranges
             "5": "Vests from $10 to $12 of revenue.",                          # no price
             "6": "Sold at prices ranging from $184,025 to $184,045, inclusive."}
    ranges = price_ranges(notes)
    assert ranges is not None
    assert ranges.spans == {
        "2": [(Decimal("208.33"), Decimal("209.31"))],
        "3": [(Decimal("1209.33"), Decimal("1210.27"))],
        "4": [(Decimal("5.10"), Decimal("5.20")), (Decimal("5.30"), Decimal("5.40"))],
        # a point OCR may have read as a comma: either reading
        "6": [(Decimal("184025"), Decimal("184045")), (Decimal("184.025"), Decimal("184.045"))]}
    assert ranges.unsure == {"6"}


def test_a_range_that_cannot_be_read_may_hold_any_price() -> None:
    for bounds in ("$9.10 to $1.20",     # low end above the high
                   "$913.920 to $2,914.880",  # more than twice the low: misread
                   "$1,20.5 to $1,21.5"):     # commas that group no thousands
        assert price_ranges({**_NOTES, "4": f"Sold at prices ranging from {bounds}."}) is None


def test_an_unmarked_price_takes_its_ranges_footnote() -> None:
    form = dataclasses.replace(
        _form(_priced("208.99"), _priced("1209.71", security_title=("1",)),
              _priced("208.33")),  # a range's bound is in it
        footnotes=_NOTES)
    assert _marks(price_marks_filled(form)) == [
        {"price_per_share": ("2",)},
        {"security_title": ("1",), "price_per_share": ("3",)},
        {"price_per_share": ("2",)}]


def test_prices_left_as_they_are() -> None:
    notes = {**_NOTES,
             "4": "Sold at prices ranging from $208.90 to $209.00.",
             "5": "Sold at prices ranging from $300.00 to $300.50 and $301.00 to $301.50.",
             "6": "Sold at prices ranging from $400,000 to $400,500."}
    form = dataclasses.replace(
        _form(_priced("208.99"),                          # in two footnotes' ranges
              _priced("209.20", price_per_share=("7",)),  # a mark of its own already
              _priced("300.20"),                          # its footnote names two ranges
              _priced("400.20"),                          # in a range OCR may have misread
              _priced("500.00"),                          # in no range
              _priced(None)),                             # no price
        footnotes=notes)
    assert _marks(price_marks_filled(form)) == [{}, {"price_per_share": ("7",)}, {}, {}, {}, {}]


def test_a_mark_naming_another_range_is_replaced() -> None:
    # "(3)" read for "(2)": 208.99 lies in footnote 2's range, not in 3's
    form = dataclasses.replace(
        _form(_priced("208.99", price_per_share=("3",), shares=("1",)),
              _priced("208.99", price_per_share=("3", "1")),  # two marks: not judged
              _priced("500.00", price_per_share=("3",))),     # in no range: as filed
        footnotes=_NOTES)
    assert _marks(price_marks_filled(form)) == [
        {"price_per_share": ("2",), "shares": ("1",)},
        {"price_per_share": ("3", "1")},
        {"price_per_share": ("3",)}]


def test_no_price_is_marked_where_a_footnote_was_lost() -> None:
    # footnote 1 lost by OCR: it might have held the same range as 2
    notes = {k: v for k, v in _NOTES.items() if k != "1"}
    form = dataclasses.replace(_form(_priced("208.99")), footnotes=notes)
    assert _marks(price_marks_filled(form)) == [{}]


def test_a_whole_price_no_range_holds_is_read_with_the_point_ocr_took_for_a_comma() -> None:
    form = dataclasses.replace(
        _form(_priced("208991"),    # "$208,991": 208.991 lies in footnote 2's range
              _priced("208000000"),  # 208000: in no range, not even so
              _priced("1209.5")),   # not whole: read as it stands
        footnotes=_NOTES)
    filled = price_marks_filled(form)
    assert [r.price_per_share for r in filled.non_derivative_transactions] == [
        Decimal("208.991"), Decimal("208000000"), Decimal("1209.5")]
    assert _marks(filled) == [{"price_per_share": ("2",)}, {}, {"price_per_share": ("3",)}]


def test_a_price_with_its_mark_glued_on_is_told_by_the_marks_range() -> None:
    ranges = certain_ranges(_NOTES)
    assert ranges is not None

    def read(token: str):
        reading = read_number(token)
        assert reading is not None and reading.value is None  # unread by itself
        return marked_candidate(reading.candidates, ranges)

    assert read("$ 208.9402)") == ("208.94", "2")         # "(2)": its "(" read as "0"
    assert read("$1,209.4503)") == ("1,209.45", "3")
    assert read("$ 208.9403)") is None                    # footnote 3's range does not hold it
    assert read("$ 208.942)") is None                     # "2)": or 208.942, its mark lost
    assert read("$ 208.9001)") is None                    # footnote 1 names no range
    assert read("$ 209.702)") is None                     # 209.7: not to the cent


def test_no_price_is_told_by_a_range_where_a_footnote_was_lost() -> None:
    assert certain_ranges({k: v for k, v in _NOTES.items() if k != "1"}) is None


def test_a_mark_naming_a_note_of_no_range_is_replaced() -> None:
    # GOOG-20151002-1 (plain): "$645.2954(10)" read with "(20)", a note on the expiration
    # of Class B stock; the price lies in note 10's range alone (checked against EDGAR)
    notes = {**_NOTES, "4": "There is no expiration date for the Issuer's Class B Common Stock."}
    form = dataclasses.replace(
        _form(_priced("208.99", price_per_share=("4",)),
              _priced("500.00", price_per_share=("4",)),   # in no range: as filed
              _priced("208.99", price_per_share=("9",))),  # names no note: as filed
        footnotes=notes)
    assert _marks(price_marks_filled(form)) == [
        {"price_per_share": ("2",)}, {"price_per_share": ("4",)}, {"price_per_share": ("9",)}]
