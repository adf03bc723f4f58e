"""pdfminer's boxes flow (``-F 1.0``) of the agent design's PDFs: the page's boxes printed
in another order than the form's columns, each checked against its filing's truth. A
value printed right after later columns' headers is not read in order
(form/interleaved_headers.py ``values_under_headers``); a run of values before a row that
does not read is no titled holding (form/row_resync.py ``_titled``); the signatures'
dates printed before their names leave the remarks whole (form/notes.py); an empty
box 4's label right before box 2's leaves box 2's issuer read (form/reader.py); Table II's
first header among Table I's columns is taken out, and runs of amounts the arithmetic
shows exchanged are not read so (form/row_column_runs.py). A header run printed between
two titles is not taken out where that joins their words (form/tables.py
``_joins_words``: ``test_header_between_two_titles_joins_no_title``, Table II then left
out), and a merged Table I body leaves mixed (D)/(I) letters unknown where its amounts
owned after are (form/row_merge.py ``_owned_unsure``:
``test_holdings_printed_among_transactions_leave_direct_letters_unknown``)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from form4lark import parse
from form4lark.form.row_merge import merged_rows
from support import (FIXTURES, edited_text, off_fields, paragraph_atoms, read_none_wrong,
                     truth_of, wrong_fields)

AGENT = FIXTURES / "agent"
BETR = AGENT / "BETR-20241209-1" / "agent" / "pdfminer.txt"
#: BETR's underlying title printed before Table II's "1. Title" header, and the title after it
_BEFORE_HEADER = "Class A\nCommon\nStock\n\n1. Title of\nDerivative"
_AFTER_HEADER = "(Instr. 3)\n\n\x0cClass B\nCommon\nStock\n"


def test_value_after_later_columns_headers_is_not_read_in_order() -> None:
    # AFRM-20240701-1: "6. Ownership Form", "7. Nature", "5. Amount ... Following", then
    # "73,623 D" (column 5's amount, column 6's "D"), later "4. Price", "$29.892", and
    # "4. Securities Acquired", "9,2761 D": read in order, 73,623 was the shares and 9,276
    # the amount owned after (wrong); now both unknown, the rest of the row kept
    form, off = read_none_wrong(AGENT / "AFRM-20240701-1" / "agent" / "pdfminer-F1.txt")
    rows = form.non_derivative_transactions
    assert rows is not None and len(rows) == 1
    assert (rows[0].shares, rows[0].shares_owned_following) == (None, None)
    assert (rows[0].transaction_code, rows[0].acquired_disposed) == ("S", "D")
    assert "non_derivative_transactions[0].shares missed" in off


def test_values_before_a_stopped_row_are_no_holding() -> None:
    # AAPL-20190812-1: Table II's values "17,500 08/14/2009 08/14/2019 Common 17,500.0 $0
    # 0 D" before its date and code: read as a holding titled "17,500" (its dates and
    # amounts the transaction's, a holding the filing does not hold); now no row is made
    form, off = read_none_wrong(AGENT / "AAPL-20190812-1" / "agent" / "pdfminer-F1.txt")
    assert not form.derivative_holdings
    assert form.derivative_transactions is None and any(
        "Table II could not be read" in d.message for d in form.diagnostics)


def test_dates_before_names_leave_the_remarks_whole() -> None:
    # ADGI-20220328-2: the remarks, then four "03/30/2022" "Date", then the four "/s/"
    # names: the remarks' last line ("any securities of the Issuer ... on Form 4.") is
    # the remarks', not the first signature's name
    form, off = read_none_wrong(AGENT / "ADGI-20220328-2" / "agent" / "pdfminer-F1.txt")
    assert form.remarks is not None and form.remarks.endswith(
        "other than those previously reported by the Reporting Persons on Form 4.")
    assert [str(s.date) for s in form.signatures or ()] == ["2022-03-30"] * 4
    assert "remarks" not in " ".join(off)


def test_issuer_after_an_empty_amendment_box() -> None:
    # pdfminer (both ways) of AAPL-20190812-1: "4. If Amendment, Date of Original Filed ..." then
    # "2. Issuer Name and Ticker or Trading Symbol" then "Apple Inc. [ AAPL ]": the text
    # after both labels holds no date, so it is box 2's (box 4 holds a date only)
    for converter in ("pdfminer", "pdfminer-F1"):
        form, off = read_none_wrong(AGENT / "AAPL-20190812-1" / "agent" / f"{converter}.txt")
        assert (form.issuer.name, form.issuer.trading_symbol) == ("Apple Inc.", "AAPL")


#: AAPL-20220504-1's seven sales: shares and the amount owned after each, as filed
SEVEN_SALES = [("9136", "468198"), ("5316", "462882"), ("4006", "458876"), ("900", "457976"),
               ("1550", "456426"), ("1800", "454626"), ("2292", "452334")]


def test_table_ii_first_header_among_table_i_columns() -> None:
    # AAPL-20220504-1: Table I printed column by column, Table II's first column's header
    # ("1. Title of Derivative Security (Instr. 3)") between its titles and its dates: the
    # header is taken out and the seven sales read whole (pdfminer); pdfminer -F 1 prints
    # the amounts owned after ("468,198 D" ...) before the shares ("9,136 D" "$159.942"),
    # which the runs' order alone would read exchanged: the arithmetic tells; both read
    # the seven sales right
    for converter in ("pdfminer", "pdfminer-F1"):
        form, off = read_none_wrong(AGENT / "AAPL-20220504-1" / "agent" / f"{converter}.txt")
        rows = form.non_derivative_transactions or ()
        assert [(r.shares, r.shares_owned_following) for r in rows] == [
            (Decimal(shares), Decimal(after)) for shares, after in SEVEN_SALES], converter
        assert not any(f.startswith("non_derivative_transactions") for f in off), converter


def test_value_box_spanning_two_columns_after_a_header() -> None:
    # pdftotext agent MSFT-20180829-1: "Common Stock", "6. Ownership Form ...", "15,805 I",
    # "7. Nature ...": the amount (column 5) and "I" (column 6) follow column 6's header
    # together: the holding is read, not refused
    form, off = read_none_wrong(AGENT / "MSFT-20180829-1" / "agent" / "pdftotext.txt")
    holdings = form.non_derivative_holdings or ()
    assert [(h.security_title, h.shares_owned_following, h.direct_or_indirect)
            for h in holdings] == [("Common Stock", Decimal("15805"), "I")]


def test_shares_under_a_numbered_price_header_are_refused() -> None:
    # AFRM-20240701-1 pdfminer -F 1 with "4. Price" moved right before "5. Amount ...":
    # "73,623 D" after them was read as the shares (column 4, as "4." reads); the price
    # has its own place after the amount, so the shares stand after a later column's
    # header: not read (73,623 and 9,276 were both wrong)
    form, off = read_none_wrong(AGENT / "AFRM-20240701-1" / "agent" / "pdfminer-F1-price.txt")
    rows = form.non_derivative_transactions or ()
    assert all(r.shares is None for r in rows)


def test_date_after_a_name_line_is_no_date_before_the_names() -> None:
    # links2 agent GUTS-20240206-1: "Mithril II GP LP By: Mithril II UGP LLC, its general
    # partner 02/08/2024" then "By: /s/ Ajay Royan, Managing Member": the date ends the
    # name's first line, the signature is kept
    form, off = read_none_wrong(AGENT / "GUTS-20240206-1" / "agent" / "links2.txt")
    names = [s.name for s in form.signatures or ()]
    assert ("Mithril II GP LP By: Mithril II UGP LLC, its general partner By: /s/ Ajay "
            "Royan, Managing Member") in names


def test_header_between_two_titles_joins_no_title() -> None:
    # BETR-20241209-1 (pdfminer): Table II's headers, then "Class A Common Stock" (the
    # underlying title), "1. Title of Derivative Security (Instr. 3)", "Class B Common
    # Stock": taking the header out read one title "Class A Common Stock Class B Common
    # Stock" (wrong); the header is left among the words, where Table II's row then does
    # not read ("3)"): the table is left out, no title joined
    form, off = read_none_wrong(BETR)
    assert form.derivative_transactions is None
    assert any(d.message.startswith("Table II could not be read") for d in form.diagnostics)


@pytest.mark.parametrize("printed, instead", [
    # a footnote mark glued on the title before the header is no value of a row
    (_BEFORE_HEADER, _BEFORE_HEADER.replace("Stock\n", "Stock4\n")),
    (_BEFORE_HEADER, _BEFORE_HEADER.replace("Stock\n", "Stock(4)\n")),
    # the title after the header opens as the one before it does, but goes on: not one
    # title printed twice
    (_AFTER_HEADER, _AFTER_HEADER.replace("Class B\nCommon\nStock", "Class A\nCommon\nStock\nWarrants")),
])
def test_header_between_two_titles_joins_none_however_printed(printed: str, instead: str) -> None:
    # BETR's text as above, its titles printed otherwise: "Class A Common Stock4 Class B
    # Common Stock" and "Class A Common Stock Class A Common Stock Warrants" were read
    # (wrong)
    form = parse(edited_text(BETR, (printed, instead), once=True))
    assert not wrong_fields(off_fields(truth_of(BETR), form))
    assert not any(row.security_title and "Class A" in row.security_title
                   for row in form.derivative_transactions or ())


def test_holdings_printed_among_transactions_leave_direct_letters_unknown() -> None:
    # PLTR-20210217-1 (pdfminer): the second page's holdings' boxes ("3,844,6392 D",
    # "1,083,4082 I", ...) come before its last transactions' ("82,197,647 I"), and the
    # amounts' placements are too many to weigh (the amounts owned after unknown): the
    # first holding was read indirect (wrong, it is direct); now the (D)/(I) letters and
    # natures are unknown
    form, off = read_none_wrong(AGENT / "PLTR-20210217-1" / "agent" / "pdfminer.txt")
    holdings = form.non_derivative_holdings or []
    assert holdings and all(row.direct_or_indirect is None for row in holdings)


def test_mixed_letters_unknown_where_amounts_owned_after_are() -> None:
    # a sale and a holding whose amounts' placements disagree (fewer than too many to
    # weigh): the amounts owned after are unknown, and the letters "D", "I" in the
    # stream's order read the sale D and the holding I, both reversed: left unknown
    rows = merged_rows(paragraph_atoms(["Common Stock", "Common Stock", "02/17/2021", "S",
                                        "1,000 D", "$10.00", "5,000 D", "9,000 I",
                                        "By Trust"]), "table_i")
    assert rows is not None and len(rows) == 2
    assert rows[0]["transaction_code"].text == "S"
    assert not any("direct_or_indirect" in row or "nature_of_ownership" in row for row in rows)
