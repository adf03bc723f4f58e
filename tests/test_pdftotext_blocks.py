"""Texts of ``pdftotext`` in its default mode (no ``-layout``, no ``-raw``), which prints
the page's blocks in an order of its own: box 5's labels come out of the form's order
("10% Owner" before "Director"), and a checkbox mark on a line of its own stands before
whichever label's block follows. The fixtures are pdftotext's texts of sec.gov pages
(``benchmarks/other_converters.py --converter pdftotext``); the values asserted are the
filings' truth, or unknown where the text lost them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

import pytest

from form4lark.build import (_RowReader, hyphen_as_in_notes, hyphens_as_spelled,
                             hyphens_put_back)
from form4lark.form import checkboxes, glued_dates, notes
from form4lark.form.atoms import Atom, lex
from form4lark.form.paragraph_boxes import (box3_only_date, place_after_labels,
                                            place_after_street_label,
                                            place_around_street_label, place_beside_date,
                                            street_around_date, street_beside_date,
                                           street_after_date)
from form4lark.form.reader import _before_place_label
from form4lark.form.tables import _headers_among_rows_out
from form4lark.form.underlying_amount import amount_put_back, direction
from form4lark.model import Diagnostic
from form4lark.page import Piece
from form4lark.sections import Cell
from form4lark.shapes.detect import read_shape
from form4lark import Form4, parse
from support import (FIXTURES, edited_text, off_fields, parse_fixture, read_none_wrong,
                     table_fields_off, truth, truth_of, wrong_fields)

BLOCKS = FIXTURES / "pdftotext-blocks"


def test_a_mark_before_a_shuffled_label_checks_no_box() -> None:
    # "X" on a line of its own before "Director", after "10% Owner": the filing checks
    # 10% Owner; the date after box 4's label is box 3's (the filing is no amendment)
    form = parse_fixture(BLOCKS / "BETR-20241209-1-sec.txt")
    owner = form.reporting_owners[0]
    assert owner.name == "SOFTBANK GROUP CORP."
    assert (owner.is_director, owner.is_ten_percent_owner, owner.is_officer,
            owner.is_other) == (None, None, None, None)
    assert form.document_type == "4"
    assert form.date_of_original_submission is None
    # its two marks ("X" before "Director", "X Form filed by More ...") are box 5's and
    # box 6's: neither box above box 1 is checked (the filing's truth)
    assert (form.not_subject_to_section16, form.aff10b5_one) == (False, False)
    assert any("box 5's labels are out of the form's order" in d.message
               for d in form.diagnostics)


def test_a_mark_on_its_labels_line_is_kept_and_box_5s_text_is_not_taken() -> None:
    # "X Officer" stays together on one line; the words after box 5's label are the
    # issuer's, the owner's and the title's blocks in pdftotext's order
    form = parse_fixture(BLOCKS / "TSLA-20230727-1-sec.txt")
    owner = form.reporting_owners[0]
    assert owner.name == "Baglino Andrew D"
    assert owner.is_officer is True
    assert (owner.is_director, owner.is_ten_percent_owner, owner.is_other) == (None, None, None)
    assert owner.officer_title is None
    assert form.filed_by_more_than_one_person is False


def test_box_5s_labels_in_the_forms_order_row_by_row_or_column_by_column() -> None:
    director, ten, officer, other = ("Director", "10% Owner", "Officer (give title below)",
                                     "Other (specify below)")
    for labels, kept in (((director, ten, officer, other), True),  # row by row
                         ((director, officer, ten, other), True),  # column by column
                         ((ten, officer, director, other), False),
                         ((director, other, ten, officer), False)):
        atoms = lex(read_shape("\n".join(labels) + "\n", "stream"), "boxes")
        assert checkboxes.relationships_in_order(atoms) is kept, labels
    atoms = lex(read_shape("Director\n\nX\n\n10% Owner\nX Officer (give title below)\n", "stream"),
                "boxes")
    assert checkboxes.marked_on_their_lines(atoms) == {"OFFICER"}


_SIGNED_IN_A_NOTE = """\
1. Each RSU represents a contingent right to receive 1 share of Class A Common Stock.
2. The RSUs vested as to 100% of the total shares on May 15, 2021.
/s/ Michael Johnson, attorney05/18/2021
in-fact for Peter Thiel
"""


def test_a_note_that_holds_a_signature_mark_is_left_out() -> None:
    # pdftotext joins "attorney-" to the next word it prints, the date: the signature
    # reads as none and runs on in the last note, where that note ends is lost
    atoms = lex(read_shape(_SIGNED_IN_A_NOTE, "stream"), "page")
    assert [(number, cell.text) for number, cell in notes.footnotes(atoms)] == [
        ("1", "Each RSU represents a contingent right to receive 1 share of Class A Common Stock.")]


@pytest.mark.parametrize("nature,read", [
    ("By Sequoia Capital XI, LP By Sequoia Capital XI Principals Fund, LLC", None),
    ("See Footnote See Footnote", None),
    ("By Sequoia Capital XI, LP", "By Sequoia Capital XI, LP"),
    ("By Spouse, By Trust", "By Spouse, By Trust"),  # one nature's list
    ("By Spouse and By Trust", "By Spouse and By Trust"),
    ("By Bypass Trust(2)", "By Bypass Trust"),
])
def test_two_rows_natures_run_together_are_left_unknown(nature, read) -> None:
    # pdftotext prints a column's cells of two rows as one block: "By Fund I, LP" over
    # "By Fund II, LLC" reads as one nature, and where the first ends is lost
    diagnostics: list[Diagnostic] = []
    reader = _RowReader({"nature_of_ownership": Cell(nature, 1, 1)}, "non_derivative",
                        diagnostics)
    assert reader.nature() == read
    assert bool(diagnostics) is (read is None)


def test_one_rows_cells_out_of_column_order_are_not_read_as_mixed_boxes() -> None:
    # Table II's one row prints "$0", "0", "D", then the underlying amount "1,386" after
    # its header: the amounts owned and underlying must not trade places (truth: 1,386
    # underlying, 0 owned)
    form = parse_fixture(BLOCKS / "FB-20210515-1-sec.txt")
    for row in form.derivative_transactions or []:
        assert row.underlying_shares in (None, 1386)
        assert row.shares_owned_following in (None, 0)


def test_a_one_row_table_ii_printed_among_its_headers_is_read() -> None:
    # the row's values stand among the column headers, the underlying amount "725" last
    # (after "Amount or Number of Shares"), the number "725" between the sub-headers
    # "(A)" and "(D)": values checked against the filing's truth
    form = parse_fixture(BLOCKS / "MSFT-20180829-1-sec.txt")
    [row] = form.derivative_transactions or []
    assert row.security_title == "Restricted Stock Units"
    assert row.transaction_date == date(2018, 8, 29)
    assert (row.transaction_code, row.shares, row.acquired_disposed) == ("A", 725, "A")
    assert (row.underlying_security_title, row.underlying_shares) == ("Common Stock", 725)
    assert (row.price_per_share, row.shares_owned_following) == (0, 5283)
    assert row.direct_or_indirect == "D"
    assert row.footnotes == {"conversion_or_exercise_price": ("1",), "exercise_date": ("2",),
                             "expiration_date": ("2",)}


def _words(text: str) -> list:
    return lex(read_shape(text, "stream"), "page")


def test_the_underlying_amount_is_put_back_only_where_the_shape_is_whole() -> None:
    head = "7. Title and\nTitle\nCommon\nStock\n8. Price of\nDerivative\n$0\n5,283\nD\n"
    tail = "Amount\nor\nNumber\nof\nShares\n"
    moved = amount_put_back(_words(head + tail + "725\n"))
    assert " ".join(a.text for a in moved) == (
        "7. Title and Title Common Stock 725 8. Price of Derivative $0 5,283 D "
        "Amount or Number of Shares")
    for text in (head + tail + "725\n1,000\n",  # two amounts after it: not one row's
                 head + tail,  # nothing after it
                 head.replace("8. Price of\n", "") + tail + "725\n"):  # no column 8
        atoms = _words(text)
        assert amount_put_back(atoms) == atoms, text


def test_the_underlying_amount_is_put_back_before_the_last_headers_printed_after_it() -> None:
    # JBLU's plain page: "(1)", "294,910" under columns 8 and 9, then "Amount or Number of
    # Shares", "110,474", and only then columns 10's and 11's headers and "D"
    head = "7. Title and\nTitle\nCommon\nStock\n8. Price of\nDerivative\n(1)\n294,910\n"
    tail = "Amount\nor\nNumber\nof\nShares\n110,474\n"
    last = "10.\nOwnership\nForm:\n11. Nature\nof Indirect\nD\n"
    moved = amount_put_back(_words(head + tail + last))
    assert " ".join(a.text for a in moved) == (
        "7. Title and Title Common Stock 110,474 8. Price of Derivative (1) 294,910 "
        "Amount or Number of Shares 10. Ownership Form: 11. Nature of Indirect D")
    atoms = _words(head + tail + last.replace("10.\nOwnership\nForm:\n", ""))  # 11 alone
    assert amount_put_back(atoms) == atoms


@pytest.mark.parametrize("text,way", [
    ("(A) or\nDisposed\n(A)\n725\n(D)\n6. Date\n", ("A", "725")),
    ("(A)\n(D)\n83,334\n6. Date\n", ("D", "83,334")),
    ("(A)\n45,659(2)\n14,657(2)\n(D)\n", None),  # two rows' numbers
    ("(A)\n(D)\n6. Date\n", None),
])
def test_the_direction_of_a_number_among_column_5s_sub_headers(text, way) -> None:
    assert direction(_words(text)) == way


def test_box_5s_title_is_not_the_issuers_words() -> None:
    # "Workday, Inc. [ WDAY ]" printed under box 5's labels: not the officer's title
    # (truth: "CEO", which the text prints apart, after the labels' block)
    form = parse_fixture(BLOCKS / "WDAY-20250305-1-sec.txt")
    owner = form.reporting_owners[0]
    assert owner.name == "Eschenbach Carl M."
    assert owner.officer_title is None
    assert (form.issuer.name, form.issuer.trading_symbol) == ("Workday, Inc.", "WDAY")


def test_box_5s_written_text_stops_at_box_1s_place_labels() -> None:
    atoms = lex(read_shape("See Remarks\n(Street)\nAUSTIN TX 78701\n(City) (State) (Zip)\n",
                           "stream"), "boxes")
    words = [a for a in atoms if a.kind == "TEXT"]
    assert [a.text for a in _before_place_label(atoms, words)] == ["See", "Remarks"]


@pytest.mark.parametrize("text,put_back", [
    ("NonQualified Stock Option (right to buy)", "Non-Qualified Stock Option (right to buy)"),
    ("Nonqualified Stock Option", "Nonqualified Stock Option"),  # a spelling: kept
    ("Non-Qualified Stock Option", "Non-Qualified Stock Option"),
    ("pursuant to Rule 10b51 trading plans", "pursuant to Rule 10b5-1 trading plans"),
    ("pursuant to Rule 10b5-1 trading plans", "pursuant to Rule 10b5-1 trading plans"),
    ("Series C1 Preferred Stock", "Series C1 Preferred Stock"),  # may be spelled so
])
def test_a_hyphen_dropped_at_a_lines_end_is_put_back_where_certain(text, put_back) -> None:
    assert hyphens_put_back(text) == put_back


_SIGNED_LINES = """\
SB Global Advisers Limited, By : /s/ Stephen Lam, General Counsel 03/07/2025
SoftBank Vision Fund II-2 L.P., By : /s/ SB Global Advisers Limited, By : /s/ Stephen Lam, General 03/07/2025
Counsel
SVF II Aggregator (Jersey) LP, By : /s/ Michael Johnson, Director 03/07/2025
"""


def test_a_streams_signature_lines_each_ending_with_its_date_keep_a_wrapped_word() -> None:
    # pdftotext prints each signature's line whole, its date last; "Counsel" wrapped
    # under the second is its own, not the third's (BETR-20241209 plain, truth)
    atoms = lex(read_shape(_SIGNED_LINES, "stream"), "page")
    _, found = notes.signatures(atoms)
    assert [s.name.text if s.name else None for s in found] == [
        "SB Global Advisers Limited, By : /s/ Stephen Lam, General Counsel",
        "SoftBank Vision Fund II-2 L.P., By : /s/ SB Global Advisers Limited, By : /s/ Stephen "
        "Lam, General Counsel",
        "SVF II Aggregator (Jersey) LP, By : /s/ Michael Johnson, Director"]
    assert [s.date.text for s in found] == ["03/07/2025"] * 3


@pytest.mark.parametrize("title,read", [
    ("By Sequoia Capital U.S. Growth Fund IV, L.P. Class B Common Stock(1)", None),
    ("Class A Common Stock, par value $0.0001 per share Class A Common Stock, par value "
     "$0.0001 per share", None),
    ("Class B Common Stock(1)", "Class B Common Stock"),
    ("Common Stock", "Common Stock"),
])
def test_another_cells_words_run_into_a_title_leave_it_unknown(title, read) -> None:
    # pdftotext prints a column's cells of two rows as one block: a nature above a
    # title, or two rows' titles, read as one title (MDB-20200610, RUM-20240404 plain)
    diagnostics: list[Diagnostic] = []
    reader = _RowReader({"security_title": Cell(title, 1, 1)}, "non_derivative", diagnostics)
    assert reader.title() == read
    assert ("security_title" in reader.footnotes) is (read is not None and "(1)" in title)
    assert bool(diagnostics) is (read is None)


def test_a_name_in_capitals_is_spelled_as_the_notes_spell_it_elsewhere() -> None:
    # PLTR-20210217 plain: pdftotext joined "FF-" and "IIE" across a line's end; the
    # filing's notes spell "FF-IIE" (truth), and write "earnout" and "earn-out" both
    got = hyphens_as_spelled({
        "5": 'The Founders Fund II Entrepreneurs Fund, LP ("FF-IIE"). Held by FFIIE except',
        "6": "earnout milestones of an earn-out provision; FFIIM is general partner",
    })
    assert got == {
        "5": 'The Founders Fund II Entrepreneurs Fund, LP ("FF-IIE"). Held by FF-IIE except',
        "6": "earnout milestones of an earn-out provision; FFIIM is general partner",
    }


_NOTES = ["Each share of Series B Preferred Stock, Series C-1 Preferred Stock and Series D "
          "Preferred Stock converts", "the general partner of Sequoia Capital Global Growth "
          "Fund III - Endurance Partners, L.P. (GGF III)."]


@pytest.mark.parametrize("read,notes,spelled", [
    # XOOM-20130221 plain and U-20200331 sec: pdftotext joined "C-" / "1" and "III -" /
    # "Endurance" across a cell's line end; the notes spell them so (truth)
    ("Series C1 Preferred Stock", _NOTES, "Series C-1 Preferred Stock"),
    ("Sequoia Capital Global Growth Fund III Endurance Partners, L.P.", _NOTES,
     "Sequoia Capital Global Growth Fund III - Endurance Partners, L.P."),
    ("Series B Preferred Stock", _NOTES, "Series B Preferred Stock"),  # spelled as read
    # the notes spell it both ways: which is the row's is not known
    ("Series C1 Preferred Stock", [*_NOTES, "Series C1 Preferred Stock vests"],
     "Series C1 Preferred Stock"),
    ("Series C-1 Preferred Stock", _NOTES, "Series C-1 Preferred Stock"),  # nothing lost
    # the same words once the hyphens are out, or the notes' words are others
    ("Long Term Incentive Units", ["Long-Term Incentive Units vest"],
     "Long Term Incentive Units"),
    # a hyphen between letters may be the word's own, spelled without by the row, or a
    # note's line-end hyphen kept: only one touching a digit or between spaces is put
    ("Earnout Shares", ["The Earn-out Shares vest upon"], "Earnout Shares"),
    ("Series C Preferred Stock", ["Series C Pre-ferred Stock is held"],
     "Series C Preferred Stock"),
    ("Class A Common Stock", ["Class A-Common Stock"], "Class A Common Stock"),
])
def test_a_row_names_its_security_as_the_notes_spell_it(read, notes, spelled) -> None:
    assert hyphen_as_in_notes(notes)(read) == spelled


def test_the_header_read_where_pdftotext_prints_its_values_apart_from_their_labels() -> None:
    # box 3's date is the header's only date (its label far before it); the two street
    # lines follow it up to box 4's label; the city line stands right under "(Street)",
    # the zip after box 6's label and its mark (left unknown): the filing's truth
    form = parse_fixture(BLOCKS / "WDAY-20250305-1-sec.txt")
    owner = form.reporting_owners[0]
    assert form.period_of_report == date(2025, 3, 5)
    assert (owner.street1, owner.street2) == ("C/O WORKDAY, INC.", "6110 STONERIDGE MALL ROAD")
    assert (owner.city, owner.state, owner.zip) == ("PLEASANTON", "CA", None)
    assert form.filed_by_more_than_one_person is None  # its mark stands before the zip
    # "X" before "Director" and before "Officer", and box 6's mark: three in all, so no
    # other box is checked (the filing's truth)
    assert (owner.is_director, owner.is_ten_percent_owner, owner.is_officer,
            owner.is_other) == (True, False, True, False)
    assert (form.not_subject_to_section16, form.aff10b5_one) == (False, False)
    form = parse_fixture(BLOCKS / "MSFT-20180829-1-sec.txt")
    owner = form.reporting_owners[0]
    assert (owner.street1, owner.street2) == ("C/O MICROSOFT CORPORATION", "ONE MICROSOFT WAY")
    assert form.filed_by_more_than_one_person is False  # "X" right before box 6's lines
    # two marks in all: box 6's and box 5's, so the box above box 1 is unchecked (truth),
    # while which relationship the other mark checks is lost
    assert form.not_subject_to_section16 is False
    assert form.reporting_owners[0].is_director is None
    assert parse_fixture(BLOCKS / "FB-20210515-1-sec.txt").period_of_report \
        == date(2021, 5, 15)


_HEADER = ("3. Date of Earliest Transaction (Month/Day/Year)\n\nCEO\n\n{dates}\n\n{street}\n"
           "4. If Amendment, Date of Original Filed (Month/Day/Year)\n\n(Street)\n\n{place}\n\n"
           "6. Individual or Joint/Group Filing (Check Applicable\nLine)\n\n{box6}\n")


def _header(**parts: str) -> list[Atom]:
    values = {"dates": "12/21/2021", "street": "C/O TESLA, INC.\n\nX\n\n13101 HAROLD GREEN ROAD",
              "place": "AUSTIN\n\nTX\n\nX\n\n78725",
              "box6": "X\n\nForm filed by One Reporting Person\n"
                      "Form filed by More than One Reporting\nPerson"} | parts
    return lex(read_shape(_HEADER.format(**values), "stream"), "boxes")


@pytest.mark.parametrize("parts,street", [
    ({}, ["C/O TESLA, INC.", "13101 HAROLD GREEN ROAD"]),  # a mark between them passes over
    ({"street": "1600 AMPHITHEATRE PARKWAY"}, None),  # one line: maybe the second only
    ({"street": "1654 SMALLMAN STREET\nPITTSBURGH PA"}, None),  # a city line after it
    ({"street": "C/O TESLA, INC.\nAustin office"}, None),  # not in capitals
    ({"dates": "12/21/2021\n\n12/20/2021"}, None),  # which date is box 3's: not certain
])
def test_street_lines_after_box_3s_date(parts, street) -> None:
    read = street_after_date(_header(**parts))
    assert ([c.text for c in read] if read is not None else None) == street


# pdftotext's header of AAPL-20190812-1 (sec), shortened: box 1's name labels, box 3's
# date right after them, one street line, box 4's label
_NAMED = ("LEVINSON ARTHUR D\n\n(Last)\n\n(First)\n\nX\n\n3. Date of Earliest Transaction "
          "(Month/Day/Year)\n\n(Middle)\n\n{between}08/12/2019\n\n{street}\n\n"
          "4. If Amendment, Date of Original Filed (Month/Day/Year)\n\nCA\n\n95014\n\n"
          "(City)\n\n(State)\n\n(Zip)\n\n(Street)\n\nCUPERTINO\n")


@pytest.mark.parametrize("between,street,read", [
    ("", "ONE APPLE PARK WAY", ["ONE APPLE PARK WAY"]),  # truth: the whole street
    # a line of text between the name's labels and the date (JBLU-20250310 sec: the first
    # street line, then the officer's title): the line after the date may be the second
    ("JETBLUE AIRWAYS\n\nChief\nOfficer\n\n", "27-01 QUEENS PLAZA NORTH", None),
    # another line of the header opens as a street line: it may be the first
    ("X\n\n", "ONE APPLE PARK WAY\n\n4. If Amendment, Date of Original Filed "
     "(Month/Day/Year)\n\nC/O APPLE INC.", None),
])
def test_one_street_line_after_box_3s_date(between, street, read) -> None:
    atoms = lex(read_shape(_NAMED.format(between=between, street=street), "stream"), "boxes")
    got = street_after_date(atoms)
    assert ([c.text for c in got] if got is not None else None) == read


@pytest.mark.parametrize("swaps", [
    # a line of text among the name's labels: it may be the first street line
    [("(First)\n\nX\n\n", "(First)\n\nSEQUOIA CAPITAL\n\nX\n\n")],
    [("(Middle)\n\n", "(Middle)\n\n(Middle)\n\n")],  # a name label printed twice
    # a name label after the date: the stretch before it is not the name's
    [("(Middle)\n\n", ""), ("(Zip)\n\n", "(Zip)\n\n(Middle)\n\n")],
    # a building's unit opens another line: it may be the second street line
    [("Year)\n\nCA", "Year)\n\nSUITE 100\n\nCA")],
])
def test_one_street_line_after_box_3s_date_only_where_alone(swaps) -> None:
    text = _NAMED.format(between="", street="ONE APPLE PARK WAY")
    for printed, instead in swaps:
        text = text.replace(printed, instead, 1)
    assert street_after_date(lex(read_shape(text, "stream"), "boxes")) is None


# pdftotext's header of AAPL-20190812-1 (sec) as printed: box 2's issuer line, the name
# right over "(Last)" and the form's own words among the name's labels
_AMONG = ("(First)\n\nApple Inc. [ AAPL ]\n\nLEVINSON ARTHUR D\n(Last)\n\n{among}X\n\n"
          "3. Date of Earliest Transaction (Month/Day/Year)\n\n(Middle)\n\n08/12/2019\n\n"
          "ONE APPLE PARK WAY\n\n4. If Amendment, Date of Original Filed (Month/Day/Year)"
          "\n\nCA\n\n95014\n\n(City)\n\n(State)\n\n(Zip)\n\n(Street)\n\nCUPERTINO\n")


@pytest.mark.parametrize("among,read", [
    ("OMB APPROVAL\n\nWashington, D.C. 20549\n\n", ["ONE APPLE PARK WAY"]),  # truth
    ("SEQUOIA CAPITAL\n\n", None),  # may be the first street line
])
def test_one_street_line_after_box_3s_date_the_name_and_issuer_among_the_labels(
        among, read) -> None:
    got = street_after_date(lex(read_shape(_AMONG.format(among=among), "stream"), "boxes"))
    assert ([c.text for c in got] if got is not None else None) == read


def test_the_issuers_line_after_box_3s_date_is_no_street_line() -> None:
    # box 2's "name [ ticker ]" line opens with a number as a house number does
    text = _NAMED.format(between="", street="180 DEGREE CAPITAL CORP. /NY/ [ TURN ]\n\nATTN LEGAL")
    assert street_after_date(lex(read_shape(text, "stream"), "boxes")) is None


@pytest.mark.parametrize("place,read", [
    ("AUSTIN\n\nTX\n\nX\n\n78725", ("AUSTIN", "TX", "78725")),
    ("PLEASANTON CA", ("PLEASANTON", "CA", None)),  # the zip printed elsewhere: unknown
    ("LONG ISLAND\n\nNY\n\nCITY", None),  # a city wrapped around its state
    ("WEST\n\nCA\n\nHOLLYWOOD\n\n90069", None),
    ("15222", None),  # a zip alone
])
def test_the_city_line_right_under_the_streets_label(place, read) -> None:
    got = place_after_street_label(_header(place=place))
    assert (tuple(c.text if c else None for c in got) if got else None) == read


@pytest.mark.parametrize("box6,checked", [
    ("X\n\nForm filed by One Reporting Person\nForm filed by More than One Reporting\nPerson",
     {"ONE_PERSON"}),
    ("Form filed by One Reporting Person\n\nX\n\nForm filed by More than One Reporting\nPerson",
     {"MORE_PERSONS"}),
    ("X\n\nForm filed by One Reporting Person\n\nX\n\nForm filed by More than One Reporting"
     "\nPerson", set()),  # a mark before each line: which is box 6's is lost
    ("Form filed by One Reporting Person\n\n94588\n\nForm filed by More than One Reporting"
     "\nPerson", set()),  # the two lines apart: no block of box 6's own
])
def test_box_6_read_in_its_own_block(box6, checked) -> None:
    assert checkboxes.box6_in_its_block(_header(box6=box6)) == checked


def test_box_3s_date_is_the_headers_only_date() -> None:
    assert box3_only_date(_header()).text == "12/21/2021"
    assert box3_only_date(_header(dates="12/21/2021\n\n11/03/2021")) is None


def test_a_signers_word_glued_to_its_date_is_cut_apart() -> None:
    # "/s/ Michael Johnson, attorney05/18/2021" / "in-fact for Peter Thiel": pdftotext
    # joined "attorney-" to the date, dropping the hyphen; the signature ran into the
    # last note, which now ends before it (the filing's truth)
    form = parse_fixture(BLOCKS / "FB-20210515-1-sec.txt")
    assert [(s.name, s.date) for s in form.signatures] == [
        ("/s/ Michael Johnson, attorney-in-fact for Peter Thiel", date(2021, 5, 18))]
    assert form.footnotes["3"] == "The RSUs vested as to 100% of the total shares on May 15, 2021."


@pytest.mark.parametrize("text,cut", [
    ("Remarks:\n/s/ Josh Samples, Attorney-in07/02/2024\nFact\n** Signature of Reporting Person",
     True),
    # the name ends there: the signature's label follows, no line of the name
    ("Remarks:\n/s/ Josh Samples, Attorney-in-Fact07/02/2024\n** Signature of Reporting Person",
     False),
    # no signature's mark on its line or the one above: prose of a note
    ("1. Shares sold on07/02/2024\nby the trust.\n** Signature of Reporting Person", False),
])
def test_a_glued_date_is_cut_only_in_a_signature_continued_below(text, cut) -> None:
    atoms = lex(read_shape(text + "\n", "stream"), "page")
    unglued, origin = glued_dates.dates_unglued(atoms)
    assert (len(unglued) > len(atoms)) is cut
    assert len(origin) == len(unglued) and sorted(set(origin)) == list(range(len(atoms)))


_TOP = ("Check this box if no longer subject to\nSection 16. Form 4 or Form 5\n\n{top}"
        "5. Relationship of Reporting Person(s) to Issuer\n(Check all applicable)\n\n"
        "{box5}\nDirector\n\n10% Owner\n\nOfficer (give title\nbelow)\n\nOther (specify\n"
        "below)\n\n6. Individual or Joint/Group Filing (Check Applicable\nLine)\n\n"
        "{box6}Form filed by One Reporting Person\nForm filed by More than One Reporting\n"
        "Person\n")


@pytest.mark.parametrize("parts,checked,all_read", [
    ({}, set(), True),  # box 5's mark and box 6's: none is left for the boxes above box 1
    ({"top": "X\n\n"}, set(), False),  # a third mark: two relationships', or the top box's
    ({"box6": ""}, set(), False),  # one mark: box 6's alone, or the text lost one
    ({"box5": "X\n\nX\n"}, set(), False),
    ({"box5": "X\n\nX\n"}, {"DIRECTOR", "OFFICER"}, True),  # two read: none left over
    ({"box5": "X\n\nX\n"}, {"DIRECTOR", "ONE_PERSON"}, False),  # one mark not read
    ({"top": "X\n\n"}, {"NOT_SUBJECT"}, True),
])
def test_marks_no_more_than_the_boxes_read_need_leave_the_others_unchecked(
        parts, checked, all_read) -> None:
    text = _TOP.format(**({"top": "", "box5": "X\n", "box6": "X\n\n"} | parts))
    atoms = lex(read_shape(text, "stream"), "boxes")
    assert checkboxes.every_mark_read(atoms, checked) is all_read


def test_a_pages_headers_printed_in_two_parts_leave_its_rows_whole() -> None:
    # page 2 of Table I prints "5. Amount ..." and "6. Ownership ..." after the table's
    # title, then four holdings, then "1. Title of Security" ... "7. Nature ..." and the
    # four sales: with that second part left out the table reads whole, natures too
    path = BLOCKS / "PLTR-20210217-1-sec.txt"
    form, off = table_fields_off(path)
    assert form.non_derivative_transactions is not None and form.non_derivative_holdings
    expected = truth_of(path)
    assert (len(form.non_derivative_transactions), len(form.non_derivative_holdings)) == (
        len(expected["non_derivative_transactions"]), len(expected["non_derivative_holdings"]))
    assert not [f for f in off if f.startswith("non_derivative")]


def _header_words(*texts: str) -> list[Atom]:
    return [Atom("COLUMN_TITLE" if t.startswith("1. Title") else "TEXT", t, n, 0, 0,
                 Piece(t, n + 1, 1)) for n, t in enumerate(texts)]


@pytest.mark.parametrize("head,kept", [
    (["5.", "Amount", "6.", "Ownership"], 3),  # the two parts number every column once
    ([], 12),  # no part after the title: a column's header alone among the rows stays
    (["5.", "Amount", "7.", "Nature"], 12),  # "7." in both parts: not one header cut in two
    (["5.", "Amount"], 12),  # column 6 numbered nowhere
])
def test_headers_among_rows_are_left_out_only_where_they_complete_the_pages(
        head, kept) -> None:
    rows = _header_words("Common Stock", "1. Title of Security", "(Instr.", "3)", "2.", "3.",
                         "4.", "Price", "7.", "Nature", "Common Stock", "12,000")
    assert len(_headers_among_rows_out(_header_words(*head), rows)) == kept


def _owner(filing: str, *fields: str) -> tuple[str, ...]:
    """The ``fields`` of box 1 of the filing's first reporting owner in its truth."""
    owner = truth(filing, "sec")["reporting_owners"][0]
    return tuple(owner[field] for field in fields)


_STREETS, _PLACE = ("street1", "street2"), ("city", "state", "zip")


def _box_1(reader: Callable[[list[Atom]], Sequence[Cell] | None], header: str,
           **values: str) -> tuple[str, ...] | None:
    """What ``reader`` reads of box 1 in the pdftotext ``header`` filled with ``values``."""
    got = reader(lex(read_shape(header.format(**values), "stream"), "boxes"))
    return tuple(c.text for c in got) if got is not None else None


# pdftotext's header of ARW-20250212-1 (sec): box 1's first street line after box 3's
# label, the date, its second line, "(Street)", box 4's label, then the city line and
# the zip as paragraphs of their own before "(City)" (the filing's truth)
_AROUND_DATE = ("(Last)\n\n(First)\n\n(Middle)\n\nOfficer (give title\n\nSVP, CLO\n\n"
                "3. Date of Earliest Transaction (Month/Day/Year)\n\n{street}\n\n(Street)\n\n"
                "4. If Amendment, Date of Original Filed (Month/Day/Year)\n\n{place}\n\n"
                "(City)\n\n(Zip)\n\n(State)\n\n6. Individual or Joint/Group Filing\n")
_ARW_STREET = "C/O ARROW ELECTRONICS, INC.\n\n02/12/2025\n\n9151 EAST PANORAMA CIRCLE"


@pytest.mark.parametrize("street,read", [
    (_ARW_STREET, _owner("ARW-20250212-1", *_STREETS)),
    ("02/12/2025\n\n9151 EAST PANORAMA CIRCLE", None),  # one line: maybe the second only
    ("C/O ARROW ELECTRONICS, INC.\n\n02/12/2025\n\nROAD", None),  # the first wrapped
    ("C/O ARROW ELECTRONICS, INC.\n\n02/12/2025\n\n9151 EAST PANORAMA CIRCLE\n\n"
     "01/02/2025", None),  # two dates: which is box 3's is not told
    ("C/O ARROW ELECTRONICS, INC.\n\n9151 EAST PANORAMA CIRCLE", None),  # no date between
])
def test_street_lines_around_box_3s_date(street, read) -> None:
    got = _box_1(street_around_date, _AROUND_DATE, street=street, place="CENTENNIAL CO\n\n80112")
    assert got == (tuple(read) if read else None)


@pytest.mark.parametrize("place,read", [
    ("CENTENNIAL CO\n\n80112", _owner("ARW-20250212-1", *_PLACE)),  # the zip's own paragraph
    ("CENTENNIAL CO 80112", _owner("ARW-20250212-1", *_PLACE)),
    ("CENTENNIAL CO\n\nSUITE 200", None),  # no zip after it
    ("CENTENNIAL CO 80112\n\n80113", _owner("ARW-20250212-1", *_PLACE)),  # whole already
    ("CENTENNIAL\n\n80112", None),  # no state's code
])
def test_a_city_line_and_its_zip_apart_after_the_streets_label(place, read) -> None:
    assert _box_1(place_after_labels, _AROUND_DATE, street=_ARW_STREET, place=place) == read


# pdftotext's header of AAPL-20190812-1 (sec): the state and the zip before "(City)",
# "(State)", "(Zip)", the city right under "(Street)" (the filing's truth)
_AROUND_LABEL = ("3. Date of Earliest Transaction (Month/Day/Year)\n\n(Middle)\n\n08/12/2019\n\n"
                 "ONE APPLE PARK WAY\n\n"
                 "4. If Amendment, Date of Original Filed (Month/Day/Year)\n\n{before}\n\n"
                 "(City)\n\n(State)\n\n(Zip)\n\n10% Owner\n\n(Street)\n\n{city}\n\n"
                 "Director\n\nX\n")


@pytest.mark.parametrize("before,city,read", [
    ("CA\n\n95014", "CUPERTINO", _owner("AAPL-20190812-1", *_PLACE)),
    ("CA\n\n95014", "MENLO PARK", ("MENLO PARK", "CA", "95014")),
    ("CA\n\n95014", "Cupertino", None),  # not in capitals: no address's line
    ("CA\n\n95014", "1 INFINITE LOOP", None),  # a street's line under the label
    ("CA\n\n95014", "MENLO\nPARK", None),  # over two lines: maybe another box's too
    ("SAN JOSE\n\nCA\n\n95014", "CUPERTINO", None),  # a third paragraph before
    ("CA 95014\n\nX", "CUPERTINO", None),  # no state and zip apart
])
def test_the_city_under_the_streets_label_its_state_and_zip_over_theirs(
        before, city, read) -> None:
    assert _box_1(place_around_street_label, _AROUND_LABEL, before=before, city=city) == read


# pdftotext's header of FB-20170719-1 (sec): box 1's second street line right after its
# name labels, the zip right under "(Street)", the care-of line and the city line after
# box 3's date (the filing's truth)
_BESIDE_DATE = ("(First)\n\n5. Relationship of Reporting Person(s) to Issuer\n\n"
                "Facebook Inc [ FB ]\n\nTHIEL PETER\n\n(Last)\n\nX\n\n"
                "3. Date of Earliest Transaction (Month/Day/Year)\n\n(Middle)\n\n{second}\n\n"
                "4. If Amendment, Date of Original Filed (Month/Day/Year)\n\n(City)\n\n"
                "(Zip)\n\n(State)\n\n(Street)\n\n{zip}\n\n10% Owner\n\n07/19/2017\n\n"
                "{dated}\n\nDirector\n\nX\n")
_FB = {"second": "1601 WILLOW ROAD", "zip": "94025",
       "dated": "C/O FACEBOOK, INC.\n\nMENLO PARK CA"}


@pytest.mark.parametrize("parts,street,place", [
    ({}, _owner("FB-20170719-1", *_STREETS), _owner("FB-20170719-1", *_PLACE)),
    ({"dated": "ONE HACKER WAY\n\nMENLO PARK CA"}, None, None),  # no care-of: which first?
    ({"dated": "C/O FACEBOOK, INC.\n\nMENLO PARK CA 94025"}, None, None),  # a zip twice
    ({"dated": "C/O FACEBOOK, INC.\n\nMenlo Park CA"}, None, None),  # not in capitals
    ({"dated": "C/O FACEBOOK, INC."}, None, None),  # no city line
    ({"zip": "MENLO PARK"}, _owner("FB-20170719-1", *_STREETS), None),  # no zip
    ({"second": "ROAD"}, None, _owner("FB-20170719-1", *_PLACE)),  # the first line wrapped
    ({"second": "1601 WILLOW ROAD\nSUITE 5"}, None, _owner("FB-20170719-1", *_PLACE)),
    # AUR-20240227-1: box 4's label between the date and the city line, no care-of line
    ({"dated": "4. If Amendment, Date of Original Filed (Month/Day/Year)\n\nPITTSBURGH PA",
      "zip": "15222"}, None, ("PITTSBURGH", "PA", "15222")),
    ({"dated": "PITTSBURGH PA\n\nC/O FACEBOOK, INC."}, None, None),  # the city line first
    ({"dated": "1601 WILLOW ROAD\n\nMENLO PARK CA"}, None, None),  # no care-of line
])
def test_box_1_read_where_its_care_of_and_city_lines_stand_beside_box_3s_date(
        parts, street, place) -> None:
    assert _box_1(street_beside_date, _BESIDE_DATE, **(_FB | parts)) \
        == (tuple(street) if street else None)
    assert _box_1(place_beside_date, _BESIDE_DATE, **(_FB | parts)) == place


AGENT = FIXTURES / "agent"


def _edited_none_wrong(path, old: str, new: str) -> Form4:
    """The form read from the fixture's text with its first ``old`` replaced by ``new``:
    it must read no field wrong."""
    form = parse(edited_text(path, (old, new), count=1).encode())
    assert not wrong_fields(off_fields(truth_of(path), form))
    return form


_FB_AGENT = AGENT / "FB-20210515-1" / "agent" / "pdftotext.txt"
_COLUMN_11 = "11. Nature\nof Indirect\nBeneficial\nOwnership\n(Instr. 4)\n\n\f** Signature"


@pytest.mark.parametrize("label", [
    "11. Nature\nof Indirect\nBeneficial\nOwnership\n\n\f** Signature",  # no "(Instr. 4)"
    "10.\nOwnership\nForm of\nDerivative\nSecurity:\nDirect (D) or\nIndirect (I)\n\n"
    "\f** Signature",  # column 10's label
])
def test_a_column_label_without_its_instructions_after_the_date_leaves_the_name_unknown(
        label) -> None:
    # the words after the signature's date are read as the rest of its name: a column's
    # number before a capital, or the headers' words, are no signer's
    form = _edited_none_wrong(_FB_AGENT, _COLUMN_11, label)
    assert [(s.name, s.date) for s in form.signatures] == [(None, date(2021, 5, 18))]
    assert any("holds a table column's label" in d.message for d in form.diagnostics)


def test_a_column_label_among_the_signature_lines_leaves_the_name_unknown() -> None:
    # the agent design's page: Table II's "11. Nature of Indirect Beneficial Ownership
    # (Instr. 4)" printed after the signature's date, before its label
    form, off = read_none_wrong(_FB_AGENT)
    assert [(s.name, s.date) for s in form.signatures] == [(None, date(2021, 5, 18))]
    assert any("holds a table column's label" in d.message for d in form.diagnostics)


_LNKD_AGENT = AGENT / "LNKD-20110524-1" / "agent" / "pdftotext.txt"


def test_the_second_joint_owners_name_over_its_labels_is_not_the_firsts() -> None:
    # box 1 prints "Hoffman Reid" under its label, then each owner's labels, the trust's
    # name over the second owner's "(Last) (First) (Middle)" only: which name is the
    # first owner's is not told, so it is unknown
    form, off = read_none_wrong(_LNKD_AGENT)
    assert form.reporting_owners[0].name is None


def test_no_name_over_its_label_is_taken_on_a_joint_filings_page() -> None:
    # the first owner's own "(Last) (First) (Middle)" line left out: one name label is
    # left, the trust's; box 6 says more than one reporting person, so the name over it
    # may be any owner's (it is the second's)
    form = _edited_none_wrong(_LNKD_AGENT, "(Last) (First) (Middle)\n\nC/O LINKEDIN",
                              "C/O LINKEDIN")
    assert form.reporting_owners[0].name is None


_BETR_WEB = FIXTURES / "web" / "BETR-20241209-1" / "web" / "pdftotext.txt"


def test_a_note_closing_on_a_cell_with_its_mark_is_left_out() -> None:
    # the web design's page: Table I's "By SVF II" "Beaver" "(DE) LLC" "[3]" printed as a
    # block after note 1, before note 2: where note 1 ends is lost
    form, off = read_none_wrong(_BETR_WEB)
    assert "1" not in form.footnotes and form.footnotes["2"].startswith("Each outstanding share")


@pytest.mark.parametrize("cell", [
    "By SVF II\nBeaver\n(DE) LLC\n\n\f[2]",  # no mark
    "By SVF II\nBeaver\n(DE) LLC [3]\n\n\f[2]",  # the mark on the cell's last line
    "By SVF II\nBeaver\n(DE) LLC[3]\n\n\f[2]",  # glued to its last word
])
def test_a_paragraph_after_a_notes_end_closing_on_no_sentences_end_is_no_note(cell) -> None:
    # after note 1's last sentence and an empty line, a paragraph that ends no sentence
    # is a table's cell printed among the notes, however its mark is printed
    form = _edited_none_wrong(_BETR_WEB, "By SVF II\nBeaver\n(DE) LLC\n[3]\n\n\f[2]", cell)
    assert "1" not in form.footnotes and form.footnotes["2"].startswith("Each outstanding share")


_GOOG_AGENT = AGENT / "GOOG-20220413-1" / "agent" / "pdftotext.txt"


@pytest.mark.parametrize("edits", [
    [("\nStock1\n", "\nUnits1\n")],  # a word that closes titles
    # every row's title ends "Rights", row 1's moved away
    [("\nStock\n", "\nRights\n"), ("\nStock1\n", "\nRights1\n")],
], ids=["units", "rights"])
def test_any_titles_last_word_moved_among_the_rows_leaves_the_titles_unknown(edits) -> None:
    rows = parse(edited_text(_GOOG_AGENT, *edits).encode()).non_derivative_transactions
    assert rows is not None and rows[9].security_title is None
    assert [r.shares for r in rows[8:11]] == [710, 300, 200]


def test_a_titles_last_word_moved_among_the_rows_leaves_the_merged_titles_unknown() -> None:
    # the agent design's page: row 1's title prints "Class A" "Common", its "Stock1"
    # eight rows down, where one title per row would read it as row 10's
    form, off = read_none_wrong(_GOOG_AGENT)
    rows = form.non_derivative_transactions
    assert rows is not None and rows[9].security_title is None
    assert [r.shares for r in rows[8:11]] == [710, 300, 200]
