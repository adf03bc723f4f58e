"""A scan's header fields its text left unknown are taken from its grid reading where
the two agree (inputs/ocr_grid_header.py)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from form4lark.inputs.ocr_grid_header import header_filled
from form4lark.model import Form4, Issuer, ReportingOwner, Signature


def _owner(name: str | None = None, street1: str | None = None, **box) -> ReportingOwner:
    ticks = {"is_director": None, "is_officer": None, "is_ten_percent_owner": None,
             "is_other": None, "officer_title": None, "other_text": None, **box}
    return ReportingOwner(name=name, street1=street1, street2=None, city=None, state=None,
                          zip=None, **ticks)


def _form(*owners: ReportingOwner, issuer: str | None = None, ticker: str | None = None,
          period: dt.date | None = None, signatures: tuple[Signature, ...] = ()) -> Form4:
    return Form4(document_type="4", layout="scan", period_of_report=period,
                 date_of_original_submission=None, not_subject_to_section16=None,
                 issuer=Issuer(name=issuer, trading_symbol=ticker), reporting_owners=owners,
                 filed_by_more_than_one_person=None, non_derivative_transactions=(),
                 non_derivative_holdings=(), derivative_transactions=(), derivative_holdings=(),
                 footnotes={}, remarks=None, signatures=signatures)


TEXT = """1. Name and Address of Reporting Person*
Hoffman Reid
(Last) (First) (Middle)
C/O MICROSOFT CORPORATION
2. Issuer Name and Ticker or Trading Symbol
MICROSOFT CORP [ MSET ]
X Director 10% Owner
"""
DIRECTOR = {"is_director": True, "is_officer": False, "is_ten_percent_owner": False,
            "is_other": False}


def test_the_texts_unknown_header_fields_take_the_grids_values() -> None:
    text = _form(_owner("Hoffman Reid"))
    grid = _form(_owner("Hoffman Reid", "C/O MICROSOFT CORPORATION", **DIRECTOR),
                 issuer="MICROSOFT CORP", period=dt.date(2024, 12, 12))
    filled = header_filled(text, grid, TEXT)
    assert filled.issuer.name == "MICROSOFT CORP"
    assert filled.period_of_report == dt.date(2024, 12, 12)
    assert filled.reporting_owners == (
        _owner("Hoffman Reid", "C/O MICROSOFT CORPORATION", **DIRECTOR),)


def test_a_value_the_text_read_is_never_replaced() -> None:
    text = _form(_owner("Hoffman Reid", "ONE MICROSOFT WAY"), issuer="MICROSOFT")
    grid = _form(_owner("Hoffman Reid", "C/O MICROSOFT CORPORATION"), issuer="MICROSOFT CORP")
    assert header_filled(text, grid, TEXT) == text


def test_a_grid_value_the_text_never_prints_as_a_run_of_words_is_not_taken() -> None:
    # stray specks of the box's rules joined to the name; a label's half "Street)"
    grid = _form(_owner("7 7 Hoffman Reid", "Street)"), issuer="7 MICROSOFT CORP")
    text = _form(_owner())
    assert header_filled(text, grid, TEXT + "(Street)\n") == text
    assert header_filled(text, None, TEXT) == text


def test_the_ticker_is_not_taken_from_the_grid() -> None:
    # OCR misreads a ticker's capitals on the grid as in the text
    filled = header_filled(_form(_owner()), _form(_owner(), ticker="MSET"), TEXT)
    assert filled.issuer.trading_symbol is None


def test_a_relationship_box_that_does_not_hold_together_is_not_taken() -> None:
    text = _form(_owner("Hoffman Reid"))
    nothing_ticked = {**DIRECTOR, "is_director": False}
    officer_without_title = {**DIRECTOR, "is_officer": True}
    title_without_officer = {**DIRECTOR, "officer_title": "Director"}
    for box in (nothing_ticked, officer_without_title, title_without_officer):
        assert header_filled(text, _form(_owner("Hoffman Reid", **box)), TEXT) == text


def test_owners_are_filled_only_where_both_readings_hold_the_same_owners() -> None:
    one, two = _owner("Hoffman Reid"), _owner("Reid Trust")
    grid_one = _owner("Hoffman Reid", "C/O MICROSOFT CORPORATION")
    assert header_filled(_form(one, two), _form(grid_one), TEXT).reporting_owners == (one, two)
    swapped = _form(_owner("Reid Trust"), grid_one)
    assert header_filled(_form(one, two), swapped, TEXT).reporting_owners == (one, two)
    in_order = _form(grid_one, dataclasses.replace(two, street1="C/O MICROSOFT CORPORATION"))
    assert [o.street1 for o in header_filled(_form(one, two), in_order, TEXT).reporting_owners] \
        == ["C/O MICROSOFT CORPORATION"] * 2


def test_signatures_the_text_never_read_take_the_grids_printed_dates_only() -> None:
    signed = (Signature("/s/ Shannon Collins, as", dt.date(2024, 12, 13)),)
    page = TEXT + "/s/ Shannon Collins, as 12/13/2024\nAttorney-in-Fact\n"
    filled = header_filled(_form(), _form(signatures=signed), page)
    assert filled.signatures == (Signature(None, dt.date(2024, 12, 13)),)
    # a date the text does not print (a misread digit on the grid): none taken
    misread = (Signature(None, dt.date(2024, 2, 13)),)
    assert header_filled(_form(), _form(signatures=misread), page).signatures == ()
    # the text's own signatures stay as read
    read = (Signature("/s/ Shannon Collins", None),)
    assert header_filled(_form(signatures=read), _form(signatures=signed), page).signatures \
        == read


def test_a_scan_whose_grid_reading_fails_reads_as_its_text(monkeypatch) -> None:
    from lark.exceptions import LarkError

    import form4lark
    from form4lark import api
    from form4lark.inputs.ocr_price_widths import widths_priced
    from form4lark.inputs.scan import Scan, text_of_pages
    from support import FIXTURES, fixture_text, record, truth

    folder = FIXTURES / "scan_tsv" / "AAPL-20190502-1-plain-pdftoppm"
    pages = tuple(fixture_text(folder / f"page-{n}.tsv") for n in (1, 2))

    def fails(*args, **kwargs):
        raise LarkError("no reading")

    monkeypatch.setattr(api, "parse_page", fails)
    form, text = api.parse_scan(Scan(pages)), form4lark.parse(text_of_pages(list(pages)))
    # the scan's words still tell the prices OCR ran into their marks (row 3's "211.83)":
    # $211.83 in the truth, its mark the range's "(5)"), as the text alone cannot
    assert text.non_derivative_transactions[3].price_per_share is None
    text = widths_priced(text, pages)
    assert text.non_derivative_transactions[3].price_per_share == Decimal(str(
        truth("AAPL-20190502-1", "plain")["non_derivative_transactions"][3]["price_per_share"]))
    assert record(form) | {"layout": None, "diagnostics": None} == record(text) | {
        "layout": None, "diagnostics": None}
