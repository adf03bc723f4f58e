"""markitdown's text of the agent design's PDF: boxes 1, 2 and 3's labels on one line,
then one row of cells holding box 1's name, box 2's issuer and ticker and box 3's
label's end, box 3's date after it in a cell of its own, on a line of its own among
box 1's lines or beside box 1's labels; or box 1's and box 2's names run together on
one line, cut where the page's other words tell (form/first_three.py);
and box 2's issuer after an empty box 4's label (form/reader._title_not_date)."""

from __future__ import annotations

from datetime import date

import pytest

from form4lark import parse
from support import FIXTURES, edited_text, read_none_wrong

AGENT = FIXTURES / "agent"


def _read_changed(filing: str, old: str, new: str):
    """The form read from a filing's markitdown text with ``old`` (found there) made ``new``."""
    return parse(edited_text(AGENT / filing / "agent" / "markitdown-pdf.txt", (old, new)))


@pytest.mark.parametrize("filing, issuer, ticker, period, owner, street", [
    # the date in a cell of its own beside box 1's labels
    ("AAPL-20190502-1", "APPLE INC", "AAPL", date(2019, 5, 2), "WILLIAMS JEFFREY E",
     "ONE APPLE PARK WAY"),
    # "(Last) (First) (Middle)" then "10/05/2023" on a line of its own, then the street
    ("JOBY-20231005-1", "Joby Aviation, Inc.", "JOBY", date(2023, 10, 5), "Hoffman Reid",
     "C/O REINVENT TECHNOLOGY PARTNERS,"),
    # "SOFTBANK GROUP CORP. Better Home & Finance Holding Co [ BETR ] (Month/Day/Year)" on
    # one line, the owner's name printed again where box 5 lists the joint owners
    # ("SOFTBANK GROUP CORP.: [X] ..."); "(Last) (First) (Middle) 12/09/2024". The second
    # owner's address was read as the first's before
    ("BETR-20241209-1", "Better Home & Finance Holding Co", "BETR", date(2024, 12, 9),
     "SOFTBANK GROUP CORP.", "1-7-1, KAIGAN"),
    # its blocks in a stream: "4. If Amendment ..." then "2. Issuer Name ..." with nothing
    # between, then "SOLARCITY CORP [ SCTY ]": box 4 holds a date only
    ("SCTY-20121218-1", "SOLARCITY CORP", "SCTY", date(2012, 12, 18), "Musk Elon",
     "C/O SOLARCITY CORPORATION"),
])
def test_the_header_boxes_are_told_apart(filing, issuer, ticker, period, owner, street):
    form, _ = read_none_wrong(AGENT / filing / "agent" / "markitdown-pdf.txt")
    assert (form.issuer.name, form.issuer.trading_symbol) == (issuer, ticker)
    assert form.period_of_report == period
    assert (form.reporting_owners[0].name, form.reporting_owners[0].street1) == (owner, street)


@pytest.mark.parametrize("filing, old, new", [
    # a second date among box 1's lines: which is box 3's is not certain
    ("AAPL-20190502-1", "\nONE APPLE PARK WAY\n", "\nONE APPLE PARK WAY\n05/03/2019\n"),
    # a name beside the date: the date's row is not box 1's labels' alone
    ("JOBY-20231005-1", "(Last) (First) (Middle)\n10/05/2023\n",
     "(Last) (First) (Middle)\n| Garrett | | 10/05/2023 |\n"),
])
def test_boxes_are_not_told_apart_where_box_3s_date_is_not_certain(filing, old, new):
    form = _read_changed(filing, old, new)
    assert form.period_of_report is None
    assert form.reporting_owners[0].name is None


def test_a_line_before_the_ticker_after_box_4s_label_is_not_box_2s():
    # "N/A" under box 4's label, or a wrapped issuer's name: the shape cannot tell which,
    # so no issuer is read (it read "N/A SOLARCITY CORP")
    form = _read_changed("SCTY-20121218-1", "Trading Symbol\nSOLARCITY CORP [ SCTY ]",
                         "Trading Symbol\nN/A\nSOLARCITY CORP [ SCTY ]")
    assert form.issuer.name is None
    assert form.period_of_report == date(2012, 12, 18)


def test_a_line_of_names_and_ticker_with_no_cut_reads_the_ticker_only():
    # "Mithril LP Fractyl Health, Inc. [ GUTS ] (Month/Day/Year)": the page's other words
    # leave no one cut between box 1's name and box 2's, so both names are lost
    form, _ = read_none_wrong(AGENT / "GUTS-20240206-1" / "agent" / "markitdown-pdf.txt")
    assert (form.issuer.name, form.issuer.trading_symbol) == (None, "GUTS")
    assert form.period_of_report == date(2024, 2, 6)
    assert form.reporting_owners[0].name is None


def test_a_ticker_bracketed_in_one_word_on_the_line_of_names():
    # "... Holding Co [BETR] (Month/Day/Year)": the brackets glued to the ticker
    form = _read_changed("BETR-20241209-1", "Holding Co [ BETR ] (Month",
                         "Holding Co [BETR] (Month")
    assert (form.issuer.name, form.issuer.trading_symbol) == (
        "Better Home & Finance Holding Co", "BETR")
    assert form.period_of_report == date(2024, 12, 9)
    assert form.reporting_owners[0].name == "SOFTBANK GROUP CORP."
