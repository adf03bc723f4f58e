"""pdfminer's ``-F 1.0`` prints each of the page's boxes as a block of its own, empty
lines between: a signer's unsigned name is a block above the signature label (its date
printed below the label), a date's box may come before its name's, and every owner's
box 5 may stand apart from its box 1 (two box 5s, then two box 1s). The pages are
small ones made in the shapes of MSFT-20241212-1, MSFT-20180829-1, ADGI-20220328-2 and
BETR-20241209-1 through pdfminer, with made-up names: each test asserts what its own
page prints."""

from __future__ import annotations

from form4lark.build import build
from form4lark.form.reader import read_page
from support import stream_page
from test_form_reader import HEADER
from test_form_reader import TABLES as TABLES_AND_NOTES

TABLES = TABLES_AND_NOTES[:4]  # the tables, no notes after them
NOTE = "1. Represents shares withheld for taxes."
DATED_BELOW = ("** Signature of Reporting Person", "", "12/13/2024", "", "Date")


def _page(*lines: str):
    """The record of a stream page whose "" entries are empty lines."""
    return build(read_page(stream_page(*lines), "stream"))


def test_an_unsigned_name_in_its_own_block_after_the_notes():
    form = _page(*HEADER, *TABLES, "Explanation of Responses:", "", NOTE, "",
                 "Jane Roe, Attorney-in-fact for", "John Doe", *DATED_BELOW)
    assert [(s.name, str(s.date)) for s in form.signatures] == [
        ("Jane Roe, Attorney-in-fact for John Doe", "2024-12-13")]
    assert form.footnotes == {"1": "Represents shares withheld for taxes."}
    # no empty line parts the name from the note: where the note ends is not seen
    run_on = _page(*HEADER, *TABLES, "Explanation of Responses:", "", NOTE,
                   "Jane Roe, Attorney-in-fact for", "John Doe", *DATED_BELOW)
    assert all(s.name is None for s in run_on.signatures)


def test_an_unsigned_name_after_empty_remarks_is_no_remark():
    form = _page(*HEADER, *TABLES, "Explanation of Responses:", "", NOTE, "Remarks:", "",
                 "Jane Roe, Attorney-in-", "fact for John Doe", *DATED_BELOW)
    assert [(s.name, str(s.date)) for s in form.signatures] == [
        ("Jane Roe, Attorney-in-fact for John Doe", "2024-12-13")]
    assert form.remarks is None
    # a block of more lines than a name takes stays the remarks'
    long = _page(*HEADER, *TABLES, "Explanation of Responses:", "", NOTE, "Remarks:", "",
                 "Jane Roe,", "Attorney-in-fact", "for John Doe", "and Jane Doe", *DATED_BELOW)
    assert all(s.name is None for s in long.signatures)


def test_a_date_printed_above_its_name():
    signed = ("/s/ Jane Roe, Managing Member, Acme GP LLC, General Partner of", "Acme LP", "",
              "/s/ Jane Roe, Managing Member, Acme GP LLC 03/30/2022",
              "/s/ John Doe 03/30/2022", "", "** Signature of Reporting Person Date")
    form = _page(*HEADER, *TABLES, "Explanation of Responses:", NOTE, "Remarks:",
                 "This Form 4 is not filed for any transaction.", "", "03/30/2022", "", *signed)
    assert [(s.name, str(s.date)) for s in form.signatures] == [
        ("/s/ Jane Roe, Managing Member, Acme GP LLC, General Partner of Acme LP", "2022-03-30"),
        ("/s/ Jane Roe, Managing Member, Acme GP LLC", "2022-03-30"),
        ("/s/ John Doe", "2022-03-30")]
    assert form.remarks == "This Form 4 is not filed for any transaction."


def test_a_date_alone_between_dated_lines_opens_the_name_below_it():
    signed = ("Acme Corp., By : /s/ Jane Roe, Head of Legal 03/07/2025",
              "Acme Advisers Limited, By : /s/ John Doe, General Counsel 03/07/2025",
              "03/07/2025", "", "Acme Fund L.P., By : /s/ Acme Advisers Limited, its Manager,",
              "By : /s/ John Doe, General Counsel", "",
              "Acme Holdings LLC, By : /s/ Jim Poe, Director 03/07/2025", "",
              "** Signature of Reporting Person Date")
    form = _page(*HEADER, *TABLES, "Explanation of Responses:", NOTE, "Remarks:", "", *signed)
    assert [s.name for s in form.signatures] == [
        "Acme Corp., By : /s/ Jane Roe, Head of Legal",
        "Acme Advisers Limited, By : /s/ John Doe, General Counsel",
        "Acme Fund L.P., By : /s/ Acme Advisers Limited, its Manager, By : /s/ John Doe, "
        "General Counsel",
        "Acme Holdings LLC, By : /s/ Jim Poe, Director"]


def test_a_note_block_above_dates_printed_before_their_names_ends_the_note():
    # the names wrapped around their dates are not told apart; the note's last line
    # stays the note's
    notes = ("Explanation of Responses:", "", NOTE, "2. Each share converts into one share",
             "of Class A Common Stock.", "", "03/07/2025", "", "03/07/2025", "",
             "Acme Corp., By : /s/", "Jane Roe, Head of", "Legal", "",
             "Acme LLC, By : /s/", "John Doe, Director", *DATED_BELOW[:1], "", "03/07/2025",
             "", "Date")
    form = _page(*HEADER, *TABLES, *notes)
    assert form.footnotes["2"] == "Each share converts into one share of Class A Common Stock."


BOX5 = ("5. Relationship of Reporting Person(s) to Issuer (Check all applicable)", "",
        "X 10% Owner", "X Other (specify below)", "", "Director", "Officer (give title below)",
        "", "See Remarks", "")


def _box1(name: str, place: bool = True) -> tuple[str, ...]:
    return ("1. Name and Address of Reporting Person*", name, "(Last) (First) (Middle)",
            "C/O ACME CAPITAL LLC", "600 MAIN AVENUE", "(Street)", "AUSTIN TX 78701",
            *(("(City) (State) (Zip)",) if place else ()), "")


def test_box_5s_printed_apart_from_their_box_1s():
    owners = ("Reporting Owners", "", *BOX5, *BOX5, *_box1("ACME II LP"),
              *_box1("Acme II GP LP", place=False), *BOX5, *BOX5, "(City) (State) (Zip)", "",
              *_box1("Acme II UGP LLC"), *_box1("ROE JANE"))
    form = _page(*HEADER, *TABLES, *owners, "Explanation of Responses:", NOTE,
                 "Remarks:", "See the notes.", "/s/ Jane Roe 03/30/2022",
                 "** Signature of Reporting Person Date")
    listed = [(o.name, o.city, o.is_director, o.is_ten_percent_owner, o.is_other, o.other_text)
              for o in form.reporting_owners]
    assert listed[-4:] == [(name, "AUSTIN", False, True, True, "See Remarks") for name in (
        "ACME II LP", "Acme II GP LP", "Acme II UGP LLC", "ROE JANE")]


def test_box_1_right_after_an_empty_box_4():
    # the plain design's header (AAPL-20190502-1): boxes 2 to 4 first, box 1 after them;
    # box 4 holds a date only, so the words after the two labels are box 1's name
    header = ("2. Issuer Name and Ticker or Trading Symbol", "ACME INC [ ACME ]", "",
              "3. Date of Earliest Transaction (Month/Day/Year)", "08/12/2019", "",
              "4. If Amendment, Date of Original Filed (Month/Day/Year)", "",
              "1. Name and Address of Reporting Person*", "DOE JANE", "(Last) (First) (Middle)",
              "1 MAIN STREET", "(Street)", "SAN FRANCISCO CA 94129", "(City) (State) (Zip)", "",
              "5. Relationship of Reporting Person(s) to Issuer (Check all applicable)",
              "X Director", "10% Owner")
    form = _page(*header, *TABLES, "Explanation of Responses:", NOTE, "Remarks:",
                 "/s/ Jane Doe 08/14/2019", "** Signature of Reporting Person Date")
    owner = form.reporting_owners[0]
    assert (owner.name, owner.street1, owner.city) == ("DOE JANE", "1 MAIN STREET", "SAN FRANCISCO")
    # a date after the two labels may be box 4's: which words are box 1's is not known
    dated = _page(*header[:9], "02/01/2019", *header[9:], *TABLES, "Explanation of Responses:",
                  NOTE, "Remarks:", "/s/ Jane Doe 08/14/2019", "** Signature of Reporting Person Date")
    assert dated.reporting_owners[0].name is None


def test_names_and_dates_in_blocks_of_their_own():
    # ADGI-20220328-2 (sec): two names, two dates, a name, a date, a name, the label and
    # the last date below it; all the same day, so the names take the dates in order
    signed = ("/s/ Jane Roe, Managing", "Member, Acme GP LLC", "", "/s/ Jane Roe, Managing",
              "Member", "", "03/30/2022", "", "03/30/2022", "", "/s/ Jim Poe", "", "03/30/2022",
              "", "/s/ John Doe", *DATED_BELOW[:1], "", "03/30/2022", "", "Date")
    notes = ("Explanation of Responses:", NOTE, "Remarks:", "See the notes.", "")
    form = _page(*HEADER, *TABLES, *notes, *signed)
    assert [(s.name, str(s.date)) for s in form.signatures] == [
        ("/s/ Jane Roe, Managing Member, Acme GP LLC", "2022-03-30"),
        ("/s/ Jane Roe, Managing Member", "2022-03-30"), ("/s/ Jim Poe", "2022-03-30"),
        ("/s/ John Doe", "2022-03-30")]
    assert form.remarks == "See the notes."
    # dates of other days: whose each is, is not known
    other_day = _page(*HEADER, *TABLES, *notes, *(line.replace("03/30/2022", "03/31/2022", 1)
                                                   if n == 6 else line
                                                   for n, line in enumerate(signed)))
    assert other_day.signatures and all(s.name is None for s in other_day.signatures)
