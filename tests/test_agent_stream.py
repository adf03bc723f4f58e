"""The agent design's page (benchmarks/designs/agent.py) as a stream of words or lines:
``pdftotext -raw`` and pdfplumber texts of AAPL-20190502-1 (an officer, five sales,
bare superscript marks glued on: "Common Stock1", "$208.992") and YELP-20121123-1
(conversions and sales whose codes carry a glued mark: "11/23/2012 C1 2,800").

Their tables print a one-row header whose titles wrap over lines ("(Month/Day/" then
"Year)"); pdfplumber prints boxes 1, 2 and 3 side by side ("WILLIAMS JEFFREY E APPLE
INC [ AAPL ] (Month/Day/Year)"). Every value read is checked against the filing's truth.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from support import FIXTURES, fixture_text, read_none_wrong, table_fields_off

from form4lark import parse

from form4lark.bare_marks import ungrouped_amounts
from form4lark.form.atoms import Atom
from form4lark.form.table_header import is_header_word
from form4lark.page import Piece
from form4lark.shapes.stream import code_marks_apart, holds_code_marks

AAPL = FIXTURES / "agent" / "AAPL-20190502-1" / "agent"
YELP = FIXTURES / "agent" / "YELP-20121123-1" / "agent"


def test_pdftotext_raw_reads_every_field() -> None:
    form, off = table_fields_off(AAPL / "pdftotext-raw.txt")
    assert off == []
    rows = form.non_derivative_transactions
    assert rows is not None and len(rows) == 5
    assert [(r.price_per_share, r.footnotes["price_per_share"]) for r in rows][0] == (
        Decimal("208.99"), ("2",))


def test_pdfplumber_boxes_side_by_side_none_wrong() -> None:
    form, off = table_fields_off(AAPL / "pdfplumber.txt")
    # the name was read with box 2's and box 3's words run on; now cut at the issuer
    # and the officer's title under box 5, box 6 beside it, read (``line_boxes._box6_beside``)
    assert off == []
    assert form.reporting_owners[0].name == "WILLIAMS JEFFREY E"
    assert (form.issuer.name, form.issuer.trading_symbol) == ("APPLE INC", "AAPL")


@pytest.mark.parametrize("name", ["pdftotext-raw.txt", "pdfplumber.txt"])
def test_code_marks_read_and_glued_prices_unknown(name: str) -> None:
    form, off = read_none_wrong(YELP / name)
    rows = form.non_derivative_transactions
    assert rows is not None
    assert [(r.transaction_code, r.shares) for r in rows] == [
        ("C", Decimal("2800")), ("S", Decimal("2800")), ("C", Decimal("12870")),
        ("S", Decimal("12870")), ("C", Decimal("9330")), ("S", Decimal("9330"))]
    assert all(r.footnotes.get("transaction_code") == ("1",) for r in rows[::2])
    # "$19.01862": $19.0186 and mark 2, or a price printed so; note 2 names no range,
    # and the text glues marks on its codes: unknown
    assert all(r.price_per_share is None for r in rows[1::2])


@pytest.mark.parametrize(("text", "read"), [
    ("Class A 11/23/2012 C1 2,800 A $0.00 2,800 D", "Class A 11/23/2012 C(1) 2,800 A $0.00 2,800 D"),
    ("08/22/2019 08/22/2019 S2 V 1,968 D", "08/22/2019 08/22/2019 S(2) V 1,968 D"),
    ("A $8.88 301,0971 D", "A $8.88 301,097(1) D"),
    ("02/17/2021 C1 13,160,866 A $0.00 02 I See", "02/17/2021 C(1) 13,160,866 A $0.00 0(2) I See"),
    ("Rule 10b5-01 A", "Rule 10b5-01 A"), ("on 02/17/2021 I", "on 02/17/2021 I"),
    ("05/02/2019 S 13,433 D", "05/02/2019 S 13,433 D"),
    # a stream printing a row's cells a line each: the amount opens the next line
    ("12/21/2021 S1\n3,4002 D $886.69", "12/21/2021 S(1)\n3,400(2) D $886.69"),
    ("12/21/2021 S1\nCommon Stock", "12/21/2021 S1\nCommon Stock"),
    ("05/02/2019 S12 13,433 D", "05/02/2019 S12 13,433 D"),  # mark 12, or marks 1 and 2
    ("01/01/2030 A1 Preferred", "01/01/2030 A1 Preferred"),  # no amount after it
    ("$1,088.5781 167,533,863 I", "$1,088.5781 167,533,863 I"),
    # GUTS-20240206-1's pdfplumber text: the ownership's letter with mark 2 glued on
    ("C 5,160,301 A 1 5,160,301 D2", "C 5,160,301 A 1 5,160,301 D(2)"),
    ("A $0.00 918,567 I3 See footnote", "A $0.00 918,567 I(3) See footnote"),
    ("Suite D2 Main", "Suite D2 Main"), ("5,160,301 D12", "5,160,301 D12"),
    # a name's "D1" after a number that is no amount grouped in thousands: no mark
    ("OMB Number: 3235-0287 D1 Capital Partners L.P.", "OMB Number: 3235-0287 D1 Capital Partners L.P."),
    ("06/01/2023 D1 Capital Partners", "06/01/2023 D1 Capital Partners"),
    ("A 301 D2", "A 301 D2")])
def test_code_marks_apart(text: str, read: str) -> None:
    assert code_marks_apart(text) == read
    assert holds_code_marks(text) == (read != text)


def _notes(*numbers: int) -> str:
    return "\nExplanation of Responses:\n" + "".join(f"{n}. Note {n}.\n" for n in numbers)


@pytest.mark.parametrize(("text", "notes", "read"), [
    # the surplus past a group of three digits is marks, cut as the page's notes name them
    ("A $0.00 69,064234 D 10,0001 A", (1, 2, 3, 4), "A $0.00 69,064(2)(3)(4) D 10,000(1) A"),
    ("A $0.00 69,06412 D", (1, 2, 3, 4, 5), "A $0.00 69,064(1)(2) D"),  # no note 12
    ("A $0.00 69,06412 D", (1, 3, 12), "A $0.00 69,064(12) D"),  # no note 2
    ("A $0.00 69,06412 D", (1, 2, 12), "A $0.00 69,064 D"),  # mark 12, or 1 and 2: unknown
    ("A $0.00 69,06421 D", (1, 2, 3), "A $0.00 69,064 D"),  # no note 21, marks rise: unknown
    ("A $0.00 69,0642 D", (1, 3), "A $0.00 69,064 D"),  # no note 2
    # three digits more not told as marks may be a lost comma's group or a cell glued on:
    # the amount is left as printed (not read), never cut to "1,000"
    ("A 1,000567 A", (1, 2), "A 1,000567 A"),
    # a lone digit above the last listed note: the notes were cut short (a page break)
    ("A $0.00 2,9545 D", (1, 2, 3, 4), "A $0.00 2,954(5) D"),
    # no note listed (the text cut short): a lone digit is its mark, two are unknown
    ("A $0.00 69,0642 D", (), "A $0.00 69,064(2) D"),
    ("A $0.00 69,06412 D", (), "A $0.00 69,064 D"),
    ("A 1,000567 A", (), "A 1,000567 A"),
    # three digits the notes cut are cut only where another amount shows a glued mark
    ("A 1,000567 A", (1, 2, 3, 4, 5, 6, 7), "A 1,000567 A"),
    ("A 1,000567 A 10,0001 D", (1, 2, 3, 4, 5, 6, 7), "A 1,000(5)(6)(7) A 10,000(1) D"),
    # or a long word's figures (JOBY-20231005-1's agent texts by mutool, pdfminer, pypdf)
    ("A 2,080123 A $0 75,356 D By Reprogrammed Interchange LLC4", (1, 2, 3, 4),
     "A 2,080(1)(2)(3) A $0 75,356 D By Reprogrammed Interchange LLC4")])
def test_amount_marks_cut_by_listed_notes(text: str, notes: tuple[int, ...], read: str) -> None:
    assert code_marks_apart(text + _notes(*notes)) == read + _notes(*notes)


def test_pdftotext_amounts_with_three_marks_glued_on() -> None:
    # AOSL-20250317-1's agent page by pdftotext (no -layout): each row's holdings after
    # the transaction carry marks 2, 3 and 4 glued on ("69,064234 D"); Table I was
    # refused whole, now every row reads right with those marks (note 2's "service-based",
    # printed "servicebased" by pdftotext, gets its hyphen back: test_joined_lines.py)
    form, off = table_fields_off(FIXTURES / "agent" / "AOSL-20250317-1" / "agent" / "pdftotext.txt")
    rows = form.non_derivative_transactions or ()
    assert [(r.shares_owned_following, r.footnotes["shares_owned_following"]) for r in rows] == [
        (Decimal(n), ("2", "3", "4")) for n in ("69064", "66110", "64213", "74213")]
    assert off == []


def test_header_words_wrapped_at_slashes_in_reading_order() -> None:
    def atom(word: str) -> Atom:
        return Atom("TEXT", word, 0, 0, 0, Piece(word, 1, 1))

    for word in ("(Month/Day/", "Year)", "(Month/", "Day/Year)"):
        assert is_header_word(atom(word), wrapped=True)
    assert not is_header_word(atom("(Month/Day/"))  # a page grid: read by position
    assert not is_header_word(atom("Stock"), wrapped=True)


def test_ungrouped_amounts() -> None:
    assert ungrouped_amounts("A 9931 A $0.0 7,267 D 05/02/2019 $1234.5") == frozenset({"9931"})
    assert ungrouped_amounts("A 9931 A $0.0 7267 D") == frozenset()  # nothing grouped


def test_pdftotext_joint_box5_apart_from_its_labels() -> None:
    # pdftotext (no -layout) of ADGI-20220328-2, four owners: box 5 opens with the first
    # owner's name and two relationships ("MITHRIL II LP:" "[ ] Director" "[X] 10% Owner"),
    # its Officer and Other labels printed after box 4's label with the owners' blocks in
    # between. Table II's wrapped headers ("4. 5. Number of 5.") make no visual line: the
    # header is read as a stream, and box 5's text, which stands under labels its box
    # does not hold, is unknown, never the owner's name and the labels of the boxes
    form, off = read_none_wrong(FIXTURES / "agent" / "ADGI-20220328-2" / "agent" / "pdftotext.txt")
    assert (form.issuer.name, form.issuer.trading_symbol) == ("Adagio Therapeutics, Inc.", "ADGI")
    assert form.reporting_owners[0].other_text in (None, "See Remarks")


def test_pdftotext_officer_title_after_box4s_label() -> None:
    # pdftotext (no -layout) of AAPL-20190502-1, one owner: box 5's "[X] Officer (give
    # title below) [ ] Other (specify below)" line and the title under it printed after
    # "4. If Amendment, Date of Original Filed": the labels, each once in box 4's reach,
    # are box 5's, and the title under them is read
    form, off = table_fields_off(AAPL / "pdftotext.txt")
    assert not [f for f in off if f.startswith("reporting_owners")]
    assert form.reporting_owners[0].officer_title == "COO"


@pytest.mark.parametrize("after", ["Reported\n(Month/Day/Year)\n",
                                   "1. Name and Address of Reporting Person*\n"])
def test_pdftotext_title_labels_in_another_box_with_more_under_them(after: str) -> None:
    # the same text with box 5's labels' line and the title under it printed in box 3's
    # reach between "(Month/Day/Year)" and the date, or in box 1's before the name: the
    # lines under the labels are the date and the title, or the title and the name, never
    # the title alone ("05/02/2019 COO", "COO WILLIAMS JEFFREY E"): unknown, with a doubt
    labels = "[X] Officer (give title below) [ ] Other (specify below)\nCOO\n"
    text = fixture_text(AAPL / "pdftotext.txt")
    assert text.count("\n" + labels) == 1 and text.count(after) == 1
    form = parse(text.replace("\n" + labels, "").replace(after, after + labels))
    assert form.reporting_owners[0].officer_title is None
    assert any("Officer and Other labels stand in another box" in d.message
               for d in form.diagnostics)


def test_box5_title_alone_under_its_heading_is_read() -> None:
    # trafilatura of TSLA-20100702-1 (the plain design): box 5's cell holds its heading and
    # the title alone ("(Check all applicable) Pres,Prod Architect & Director"), its
    # labels in rows below: a title ending in one relationship's name is no box 5 of
    # checkboxes (the joint filing's above holds both), so it is read
    path = FIXTURES / "box5_apart" / "TSLA-20100702-1" / "plain" / "trafilatura.txt"
    form, off = read_none_wrong(path)
    assert form.reporting_owners[0].officer_title == "Pres,Prod Architect & Director"
