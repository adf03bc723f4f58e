"""Table I's title wrapped around its row's date (form/wrapped_around.py
``titles_around_dates_put_back``): the web design's page of AFRM-20230103-1 through
pdftotext with no flags prints each row's title and date as one block, the date between
the title's lines ("Class A Common" / "01/03/2023" / "Stock"); the date goes after the
title, the rows read as the form's."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from form4lark.form.wrapped_around import titles_around_dates_put_back

from support import FIXTURES, line_atoms, read_none_wrong, truth_of

TEXT = FIXTURES / "web" / "AFRM-20230103-1" / "web" / "pdftotext.txt"


def test_the_date_between_a_titles_lines_goes_after_it() -> None:
    form, off = read_none_wrong(TEXT)
    rows = form.non_derivative_transactions
    assert [(r.security_title, r.transaction_date) for r in rows] == [
        ("Class A Common Stock", date(2023, 1, 3))] * 2
    assert not [f for f in off if f.startswith("non_derivative_transactions")]


def test_only_a_date_alone_between_an_open_title_and_its_closing_moves() -> None:
    atoms = line_atoms(*"Class A Common\n01/03/2023\nStock\n\nS".split("\n"))
    assert [a.text for a in titles_around_dates_put_back(atoms)] == [
        "Class", "A", "Common", "Stock", "01/03/2023", "S"]
    for kept in ("Class A Common Stock\n01/03/2023\nStock\n\nS",  # no title stopping open
                 "Class A Common\n01/03/2023 S\nStock",  # no date alone
                 "Class A Common\n01/03/2023\nStock Option",  # no title's closing
                 "Class A Common\n\n01/03/2023\nStock",  # a blank line between
                 # the web page of AFRM-20230103-1, its row 1 made indirect: "Series A"
                 # may end the nature above as well as open row 2's title
                 "By Acme Holdings LLC -\nSeries A\n01/03/2023\nCommon Stock\n\nS"):
        atoms = line_atoms(*kept.split("\n"))
        assert titles_around_dates_put_back(atoms) is atoms, kept


def test_a_date_ending_the_titles_first_line_goes_after_its_lines_below() -> None:
    # RUM-20240404-1's agent page through pdftotext: "Class A Common 04/04/2024" /
    # "Stock, par value" / "$0.0001 per share", the cells set at their tops
    atoms = line_atoms("Class A Common 04/04/2024", "Stock, par value", "$0.0001 per share",
                       "", "S1")
    assert [a.text for a in titles_around_dates_put_back(atoms)] == [
        "Class", "A", "Common", "Stock,", "par", "value", "$0.0001", "per", "share",
        "04/04/2024", "S1"]
    # the same with no blank line before the row's values: a line with no word of prose
    # ("S1") ends the title
    atoms = line_atoms("Class A Common 04/04/2024", "Stock, par value", "$0.0001 per share",
                       "S1", "141,981 D", "$6.71162")
    assert [a.text for a in titles_around_dates_put_back(atoms)] == [
        "Class", "A", "Common", "Stock,", "par", "value", "$0.0001", "per", "share",
        "04/04/2024", "S1", "141,981", "D", "$6.71162"]
    for kept in (("Class A Common 04/04/2024", "", "Stock, par value"),  # a blank line
                 ("Class A Common Stock 04/04/2024", "Stock"),  # the title closed
                 ("Class A Common 04/04/2024", "Units")):  # no title's closing
        atoms = line_atoms(*kept)
        assert titles_around_dates_put_back(atoms) is atoms, kept
    path = FIXTURES / "agent" / "RUM-20240404-1" / "agent" / "pdftotext.txt"
    form, off = read_none_wrong(path)
    rows = form.non_derivative_transactions or ()
    truth = truth_of(path)["non_derivative_transactions"]
    assert [(str(r.transaction_date), r.shares) for r in rows] == [
        (t["transaction_date"], Decimal(t["shares"])) for t in truth]
