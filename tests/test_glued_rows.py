"""Run-together table rows (BeautifulSoup's get_text() of a filing's page): values cut
only where the form's column order and value kinds make the cut certain."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

import form4lark
from form4lark.cells import UNCUT, UNPLACED, read_cell
from form4lark.shapes.glued_marks import derivative_marks
from form4lark.glyph_marks import marks_of_glyphs
from form4lark.shapes.detect import shape_of
from form4lark.shapes.glued_values import cut_values, padded_dates
from form4lark.shapes.run_together import cut_at_labels
from support import FIXTURES as ALL_FIXTURES, fixture_text, read_none_wrong

FIXTURES = Path(__file__).parent / "fixtures" / "run_together"


@pytest.mark.parametrize("row, values", [
    # "8.88" and "301,097", or "8.8830" and "1,097": both left unknown, the amount
    # keeping the run for the table's arithmetic (``settle_cuts.py``)
    ("Class A Common Stock12/13/2022M200,000A$ 8.88301,097(1)D",
     f"Class A Common Stock 12/13/2022 M 200,000 A $ {UNCUT} {UNCUT}8.88301,097(1) D"),
    # "05,283" is no amount: the price is 0
    ("Common Stock725$ 05,283D", "Common Stock 725 $ 0 5,283 D"),
    # the ownership's letter right after the price: its run holds the amount too,
    # "0.00" and "0" ("0.0" and "00": no amount)
    ("Common Stock05/14/2020J(1)676,789D$ 0.000IBy Sequoia",
     "Common Stock 05/14/2020 J(1) 676,789 D $ 0.00 0 I By Sequoia"),
    # ... "0.00" and "633", "0.006" and "33", "0.0063" and "3": unknown
    ("Class A Common Stock03/18/2013C(1)633A$ 0.00633D",
     f"Class A Common Stock 03/18/2013 C(1) 633 A $ {UNCUT} {UNCUT}0.00633 D"),
    # a price alone in its word is no run of two amounts
    ("Common Stock05/02/2019S13,433D$ 208.99 151,187D", "Common Stock 05/02/2019 S 13,433 D $ 208.99 151,187 D"),
    # ... its mark is the amount's, the value it follows
    ("Class A Common Stock02/17/2021C(1)13,160,866A$ 0.000(2)ISee Footnote(11)",
     "Class A Common Stock 02/17/2021 C(1) 13,160,866 A $ 0.00 0(2) I See Footnote(11)"),
    # an amount left unknown is still an amount: the "I" after it is the ownership's
    ("Class A Common Stock02/17/2021C(1)39,422,431A$ 0.0019,730,330(2)ISee Footnote(4)",
     f"Class A Common Stock 02/17/2021 C(1) 39,422,431 A $ {UNCUT} {UNCUT}0.0019,730,330(2) I See "
     "Footnote(4)"),
    # the price's "$" run onto the title's last word
    ("Director Stock Option (Right to Buy)$ 23.825708/12/2019M17,500",
     "Director Stock Option (Right to Buy) $ 23.8257 08/12/2019 M 17,500"),
    # a title's word closing its bracket before the date
    ("Common Stock (restricted stock units)04/30/2025A757,756(1)A$ 0757,756D",
     "Common Stock (restricted stock units) 04/30/2025 A 757,756(1) A $ 0 757,756 D"),
    # marks ending the row are the ownership's: the "A"/"D" letter never ends a row
    # (GUTS-20240206 plain, checked against truth)
    ("Common Stock02/06/2024C5,160,301A(1)5,160,301D(2)",
     "Common Stock 02/06/2024 C 5,160,301 A (1) 5,160,301 D(2)"),
    # a price in the title is one value, nothing glued to it: its "$" stays on it
    # (RUM-20240404 plain, checked against truth)
    ("Class A Common Stock, par value $0.0001 per share04/04/2024S(1)141,981D$ 6.7116(2)"
     "661,756(3)ISee footnote(4)",
     "Class A Common Stock, par value $0.0001 per share 04/04/2024 S(1) 141,981 D $ 6.7116(2) "
     "661,756(3) I See footnote(4)"),
    # "I" glued to a nature in capitals
    ("Class A Common Stock42,102IUS Venture 2010 Seed(2)",
     "Class A Common Stock 42,102 I US Venture 2010 Seed(2)"),
    # ... or to a nature opening with the word "by" (TSLA-20180507 web, checked
    # against truth); no other small word is cut off it ("Iberia" stays whole)
    ("Common Stock05/07/2018P5903A$ 298.01(4)33651191Iby Trust",
     "Common Stock 05/07/2018 P 5903 A $ 298.01(4) 33651191 I by Trust"),
    ("Class A Common Stock42,102Iberia Trust", "Class A Common Stock 42,102 Iberia Trust"),
])
def test_a_run_together_row_is_cut_where_certain_and_left_unknown_where_not(row, values):
    assert cut_values(row) == values


def test_an_uncut_value_is_none_with_the_reason():
    cell = read_cell("price_cell", f"$ {UNCUT}(1)")
    assert (cell.value, cell.marks) == (None, ("1",))
    assert cell.problem and "not certain" in cell.problem


@pytest.mark.parametrize("words, placed", [
    # a mark between the title and the date: the title's or the conversion price's
    ("Restricted Stock Units(1) 03/10/2025 A 110,474(2)(2) Common Stock 110,474(1) 294,910 D",
     "Restricted Stock Units 03/10/2025 A 110,474 (2) (2) Common Stock 110,474 294,910 D"),
    # a printed price takes its marks; one date printed: one mark is the other date's
    ("Stock Option$ 24.42(1) 09/14/2018 A 11,169(1) 09/13/2028 Common Stock 11,169 $ 0(2) 11,169 D",
     "Stock Option$ 24.42(1) 09/14/2018 A 11,169 (1) 09/13/2028 Common Stock 11,169 $ 0(2) 11,169 D"),
    # more marks than date columns without a date: which is whose is not told, the
    # shares read without marks and each date column unplaced
    ("Class B Common Stock 05/24/2011 J(5) 19,066,032(7)(8)(7)(8) Class A Common Stock",
     f"Class B Common Stock 05/24/2011 J(5) 19,066,032 {UNPLACED} {UNPLACED} Class A Common Stock"),
    # ... but with a date printed, the date's column is not told: the marks left out
    ("Units 07/19/2017 A 45,659(2)(1)(1) 07/19/2027 Common Stock",
     "Units 07/19/2017 A 45,659 07/19/2027 Common Stock"),
    # ... two marks, both the unprinted date's in TSLA-20211221 (plain, checked
    # against truth), not the shares'
    ("Option $ 6.24 12/21/2021 M(1) 2,088,955(31)(32) 08/13/2022 Common Stock",
     "Option $ 6.24 12/21/2021 M(1) 2,088,955 08/13/2022 Common Stock"),
    # ... one mark twice: a cell prints a footnote once, so one is the shares'
    ("Options $ 0.33 04/30/2025 A 757,576(1)(1) 04/29/2035 Common Stock",
     "Options $ 0.33 04/30/2025 A 757,576(1)(1) 04/29/2035 Common Stock"),
    # one mark twice before the date: a cell prints a footnote once, so the title's
    # and the conversion price's; two different ones: not told
    ("Class B Common Stock(1)(1) 07/19/2017 A 45,659 (2) (2) Common Stock",
     "Class B Common Stock(1) (1) 07/19/2017 A 45,659 (2) (2) Common Stock"),
    ("Class B Common Stock(1)(2) 07/19/2017 A 45,659 (2) (2) Common Stock",
     "Class B Common Stock 07/19/2017 A 45,659 (2) (2) Common Stock"),
    # marks alone after a printed "A"/"D" letter, no date printed (a web page's "(A) or
    # (D)" column: "C2246338D [1] [1]Common Stock"): one to each date column
    ("Series B Preferred Stock 02/21/2013 C 2246338 D (1)(1) Common Stock 2246338 $ 0.00 0 I",
     "Series B Preferred Stock 02/21/2013 C 2246338 D (1) (1) Common Stock 2246338 $ 0.00 0 I"),
    # ... fewer or more marks than date columns: which holds which is not told
    ("Series B Preferred Stock 02/21/2013 C 2246338 D (1) Common Stock 2246338 0 I",
     f"Series B Preferred Stock 02/21/2013 C 2246338 D {UNPLACED} {UNPLACED} Common Stock 2246338 0 I"),
    ("Series B Preferred Stock 02/21/2013 C 2246338 D (1)(2)(3) Common Stock 2246338 0 I",
     f"Series B Preferred Stock 02/21/2013 C 2246338 D {UNPLACED} {UNPLACED} Common Stock 2246338 0 I"),
    # ... but a word with a mark before another word with no figure ends a cell (a date
    # column printing a word the rows' grammar does not list, then its mark): what
    # follows is not told to be the title, the row left as it reads (before: the
    # title "None Common Stock", "See footnote Common Stock")
    ("Series B Preferred Stock 02/21/2013 C 2246338 D (1) None(1) Common Stock 2246338 0 I",
     "Series B Preferred Stock 02/21/2013 C 2246338 D (1) None(1) Common Stock 2246338 0 I"),
    ("Series B Preferred Stock 02/21/2013 C 2246338 D (2)(1) None(1) Common Stock 2246338 0 I",
     "Series B Preferred Stock 02/21/2013 C 2246338 D (2)(1) None(1) Common Stock 2246338 0 I"),
    ("Series B Preferred Stock 02/21/2013 C 2246338 D (1) See footnote(1) Common Stock 2246 0 I",
     "Series B Preferred Stock 02/21/2013 C 2246338 D (1) See footnote(1) Common Stock 2246 0 I"),
    # ... but with a date printed, the mark may be the letter's or either date's: left
    ("Units 02/21/2013 C 2246338 D (1) 02/21/2023 Common Stock 2246338 0 I",
     "Units 02/21/2013 C 2246338 D (1) 02/21/2023 Common Stock 2246338 0 I"),
    # ... and a holding's ownership "D" is no such letter (no code, no shares before it)
    ("Class B Common Stock Class A Common Stock 782,088 782,088 D (1)(1)",
     "Class B Common Stock Class A Common Stock 782,088 782,088 D (1)(1)"),
    # a holding: the price's and the two dates' marks after its title
    ("Class B Common Stock(1)(1)(1) Class A Common Stock 782,088 782,088 I See Footnote(9)",
     "Class B Common Stock (1) (1) (1) Class A Common Stock 782,088 782,088 I See Footnote(9)"),
])
def test_table_ii_marks_go_where_the_form_puts_them_or_are_left_out(words, placed):
    assert " ".join(derivative_marks(words.split())) == placed


def test_an_unplaced_date_is_none_with_the_reason():
    cell = read_cell("date_cell", UNPLACED)
    assert (cell.value, cell.marks) == (None, ())
    assert cell.problem and "not told" in cell.problem


def test_a_run_together_row_whose_marks_are_not_told_apart_reads_without_them():
    # BeautifulSoup's get_text(): the shares' and both dates' marks run together
    text = (FIXTURES / "ARW-20250212-1.txt").read_text()
    start = text.index("Table II")
    row = ("Class B Common Stock(1)(1)07/19/2017A45,659(2)(1)(1)Class A Common Stock45,659"
           "$ 69.35(3)87,290(4)IBy The Founders Fund IV, LP(5)\n")
    end = text.index("\n", text.index("Amount or Number of Shares", start)) + 1
    form = form4lark.parse(text[:end] + row + text[end:])
    got = json.loads(form.to_json())["derivative_transactions"]
    assert [(r["transaction_date"], r["shares"], r["exercise_date"], r["expiration_date"],
             r["underlying_shares"], r["price_per_share"], r["shares_owned_following"],
             r["footnotes"]) for r in got] == [
        ("2017-07-19", 45659, None, None, 45659, 69.35, 87290,
         {"security_title": ["1"], "conversion_or_exercise_price": ["1"], "price_per_share": ["3"],
          "shares_owned_following": ["4"], "nature_of_ownership": ["5"]})]
    assert sorted(d.field for d in form.diagnostics if "not told" in d.message) == [
        "derivative.exercise_date", "derivative.expiration_date"]


def test_a_run_together_table_reads_with_its_uncertain_values_unknown():
    text = (FIXTURES / "ARW-20250212-1.txt").read_text()
    form = form4lark.parse(text)
    rows = json.loads(form.to_json())["non_derivative_transactions"]
    assert [(r["transaction_code"], r["shares"], r["acquired_disposed"], r["direct_or_indirect"],
             r["price_per_share"], r["shares_owned_following"]) for r in rows] == [
        ("A", 2193, "A", "D", None, None), ("F", 1009, "D", "D", None, None)]
    assert form.non_derivative_transactions[0].shares == Decimal("2193")
    uncut = [d for d in form.diagnostics if "not certain" in d.message]
    assert sorted(d.field for d in uncut) == ["non_derivative.price_per_share"] * 2 + [
        "non_derivative.shares_owned_following"] * 2


def test_an_uncut_price_and_amount_is_settled_by_the_chain_of_its_holding():
    # "$ 9.971,987" (9.97 and 1,987, or 9.9 and 71,987) starts the chain: settled by
    # the next row, which acquires 2,845 to own 4,832 (so it starts from 1,987);
    # "$ 9.596,904" after 4,832 owned with 2,072 acquired
    # is 9.59 and 6,904 (6,904 - 2,072 = 4,832; 9.5 and 96,904 or 9.596 and 904 fit
    # no row). The page lists note 1 and no row prints "(1)", so a bare "1" may be glued
    # on: "M11,169A$ 11.818,073" is 11,169 at 11.8 to own 18,073, or code M's mark, 1,169
    # at 11.8 with the mark, to own 8,073 (6,904 + 1,169: the chain fits both); so the
    # rows from it are unknown, where the text with a row printing "(1)" reads them
    text = (FIXTURES / "NTRA-20201120-1.txt").read_text()
    readings = [(Decimal("11169"), Decimal("11.8"), Decimal("18073")),
                (Decimal("1849"), Decimal("11.00"), Decimal("19922"))]
    for marked, last in ((False, [(None, None, None), (Decimal("1849"), None, None)]),
                         (True, readings)):
        row = ("Stock Option (right to buy)$ 9.9711/20/2020M1,987(1)11/12/2025Common Stock1,987"
               "$ 00D\n") if marked else ""
        form = form4lark.parse(text.replace("\n\nExplanation of", f"\n{row}\nExplanation of"))
        assert [(r.shares, r.price_per_share, r.shares_owned_following)
                for r in form.non_derivative_transactions] == [
            (Decimal("1987"), Decimal("9.97"), Decimal("1987")),
            (Decimal("2845"), Decimal("7.00"), Decimal("4832")),
            (Decimal("2072"), Decimal("9.59"), Decimal("6904")), *last]
        assert bool([d for d in form.diagnostics if "not certain" in d.message]) is not marked


def test_a_number_glued_to_a_date_is_cut_at_two_digit_months_where_the_text_prints_them():
    # "$ 9.9711/20/2020": 9.97 and 11/20/2020, or 9.971 and 1/20/2020; the text prints
    # every date it keeps apart as 11/20/2020 (NTRA-20201120 plain, checked against truth)
    row = "Stock Option (right to buy)$ 9.9711/20/2020M1,987(1)11/12/2025Common Stock1,987$ 00D"
    assert cut_values(row, derivative=True) == (
        f"Stock Option (right to buy) $ {UNCUT} {UNCUT} M 1,987 (1) 11/12/2025 Common Stock 1,987 $ 0 0 D")
    assert cut_values(row, derivative=True, padded=True) == (
        "Stock Option (right to buy) $ 9.97 11/20/2020 M 1,987 (1) 11/12/2025 Common Stock 1,987 $ 0 0 D")
    assert padded_dates("Common Stock11/20/2020M1,987A$ 9.971,987D\n" + row)
    assert not padded_dates("Common Stock1/20/2020M1,987A$ 9.971,987D\n" + row)
    assert not padded_dates("no date")
    text = (FIXTURES / "NTRA-20201120-1.txt").read_text()
    end = text.index("\n", text.index("TitleAmount or Number of Shares")) + 1
    rows = row + "\nStock Option (right to buy)$ 7.0011/20/2020M2,845(1)02/11/2026Common Stock2,845$ 00D\n"
    form = form4lark.parse(text[:end] + rows + text[end:])
    got = [(r.conversion_or_exercise_price, r.transaction_date.isoformat(), r.shares,
            r.expiration_date.isoformat()) for r in form.derivative_transactions[:2]]
    assert got == [(Decimal("9.97"), "2020-11-20", Decimal("1987"), "2025-11-12"),
                   (Decimal("7.00"), "2020-11-20", Decimal("2845"), "2026-02-11")]


def test_an_uncut_run_two_readings_fit_is_left_unknown():
    import dataclasses
    from form4lark.cells import Uncut
    from form4lark.settle_cuts import settle_cuts
    form = form4lark.parse((FIXTURES / "NTRA-20201120-1.txt").read_text())
    first = dataclasses.replace(form.non_derivative_transactions[1], shares_owned_following=Decimal("2000"))
    # 1,097 acquired, "$ 8.883,097": 8.88 and 3,097 (after 2,000) or 8.8 and 83,097 (after 82,000)
    uncut = dataclasses.replace(first, shares=Decimal("1097"), price_per_share=None,
                                shares_owned_following=Uncut("8.883,097"))
    other = dataclasses.replace(first, shares_owned_following=Decimal("82000"))

    def settled(*rows):
        diagnostics: list = []
        got = settle_cuts(dataclasses.replace(form, non_derivative_transactions=rows), diagnostics)
        row = got.non_derivative_transactions[1]
        return row.price_per_share, row.shares_owned_following, [d.field for d in diagnostics]
    assert settled(first, uncut) == (Decimal("8.88"), Decimal("3097"), [])
    assert settled(first, uncut, other) == (None, None, ["non_derivative.shares_owned_following"])


def test_two_uncut_runs_of_one_chain_settle_each_other_only_where_one_pair_fits():
    import dataclasses
    from form4lark.cells import Uncut
    from form4lark.settle_cuts import settle_cuts
    form = form4lark.parse((FIXTURES / "NTRA-20201120-1.txt").read_text())
    row = dataclasses.replace(form.non_derivative_transactions[1], price_per_share=None)

    def settled(*runs):
        # (acquired or disposed, shares, "$ ..." run of the price and the amount owned)
        rows = tuple(dataclasses.replace(row, acquired_disposed=letter, shares=Decimal(shares),
                                         shares_owned_following=Uncut(run))
                     for letter, shares, run in runs)
        diagnostics: list = []
        got = settle_cuts(dataclasses.replace(form, non_derivative_transactions=rows), diagnostics)
        return ([(r.price_per_share, r.shares_owned_following) for r in got.non_derivative_transactions],
                len(diagnostics))
    # TSLA-20230727 in BeautifulSoup's run-together text, checked against truth:
    # "$ 17.2277,334.25" then "$ 268.2366,834.25"; only 77,334.25 then 66,834.25 chain
    assert settled(("A", "10500", "17.2277,334.25"), ("D", "10500", "268.2366,834.25")) == (
        [(Decimal("17.22"), Decimal("77334.25")), (Decimal("268.23"), Decimal("66834.25"))], 0)
    # ARW-20250212: 21,878 then 20,869, or 1,878 then 869: both chain, neither is taken
    assert settled(("A", "2193", "106.8221,878"), ("D", "1009", "106.8220,869")) == (
        [(None, None), (None, None)], 2)


@pytest.mark.parametrize("street, lines", [
    # a care-of line with the house number run onto its last word: two lines
    ("C/O SEQUOIA CAPITAL2800 SAND HILL ROAD, SUITE 101",
     "C/O SEQUOIA CAPITAL\n2800 SAND HILL ROAD, SUITE 101"),
    ("C/O EVENTBRITE, INC.155 5TH STREET", "C/O EVENTBRITE, INC.\n155 5TH STREET"),
    # no care-of, no number run on, or more than one place: where a line ends is not told
    ("ROOM 1201, NO.8 JIANGUOMEN AVENUE", ""),
    ("ONE APPLE PARK WAY", ""),
    ("C/O LINKEDIN CORPORATIONSTIERLIN COURT", ""),
    ("C/O FUND LP12 PARK ROAD LLC34 MAIN STREET", ""),
])
def test_a_run_together_street_is_cut_only_where_a_care_of_line_certainly_ends(street, lines):
    from form4lark.shapes.run_together import _street_lines
    assert _street_lines(street) == lines


def test_a_run_together_header_reads_its_two_street_lines():
    # NTRA-20201120 plain, checked against truth
    owner = form4lark.parse((FIXTURES / "NTRA-20201120-1.txt").read_text()).reporting_owners[0]
    assert (owner.street1, owner.street2, owner.city) == (
        "C/O SEQUOIA CAPITAL", "2800 SAND HILL ROAD, SUITE 101", "MENLO PARK")


def test_a_run_together_page_with_few_lines_is_a_stream_whatever_its_blanked_boxes_leave():
    """EB-20210112-1's agent page through BeautifulSoup's get_text(): 23 lines, three of
    them with gaps where its "[ ]" checkboxes were blanked (``marks_of_glyphs``), enough
    for a page grid's share; its boxes' labels run together ("(Zip)2. Issuer Name"). Read
    as a grid before, its street's two lines stood glued as one ("C/O EVENTBRITE,
    INC.155 5TH STREET, FLOOR 7") and a signature as the remarks: both wrong."""
    path = ALL_FIXTURES / "agent" / "EB-20210112-1" / "agent" / "bs4-text.txt"
    assert shape_of(marks_of_glyphs(fixture_text(path))) == "stream"
    form, _ = read_none_wrong(path)
    owner = form.reporting_owners[0]
    assert (owner.street1, owner.street2) == ("C/O EVENTBRITE, INC.", "155 5TH STREET, FLOOR 7")
    assert form.layout == "stream"


@pytest.mark.parametrize(("line", "cut"), [
    # a straight quote after a word closes the value: the label after it is cut
    ('Other (specify below)member of "Group"6. Individual or Joint/Group Filing',
     'member of "Group"\n6. Individual or Joint/Group Filing'),
    # one after a space, a bracket or the line's start opens a quotation: prose, not cut
    # (ME-20230906-2's note 1, agent page through get_text(), was cut there and read back
    # as '(the " Director ...')
    ('Policy (the "Director Compensation Policy")', '(the "Director Compensation Policy")'),
    ('the \u201cDirector Compensation Policy\u201d', 'the \u201cDirector Compensation Policy'),
    ('"Director Compensation Policy"', '"Director Compensation Policy"'),
])
def test_a_quote_closing_a_value_is_no_quotation_opening(line, cut):
    """A label glued after a value that ends in a straight quote is cut as any label is;
    the quote that opens a note's quotation keeps its words the note's."""
    assert cut in cut_at_labels(line)



@pytest.mark.parametrize("dates", ["[1]None [1]", "[1]See footnote [1]", "[1]Various [1]",
                                   "[1]Upon conversion [1]", "[2] [1]None [1]"])
def test_a_date_column_s_unlisted_word_and_mark_is_not_read_into_the_underlying_title(dates):
    """A web page's bs4 text whose row prints a date column's word the rows' grammar does
    not list, with its mark ("D [1]None [1]Common Stock": SCTY-20121218-1's row edited; the
    filing's underlying title is "Common Stock", its dates none): the row's underlying
    title is the truth or None, never the date's word run onto it ("None Common Stock"),
    and no footnote of the row's dates is placed where the text does not tell it."""
    text = (ALL_FIXTURES / "web" / "SCTY-20121218-1" / "web" / "bs4-text.txt").read_text()
    row = "C10491720D [1] [1]Common Stock10491720"
    assert row in text
    form = form4lark.parse(text.replace(row, row.replace("[1] [1]", dates)))
    read = [r for r in form.derivative_transactions or () if r.shares == 10491720]
    assert [r.underlying_security_title for r in read] in ([], ["Common Stock"])
    assert all(r.exercise_date is None and r.expiration_date is None for r in read)
    assert all(not r.footnotes.get("exercise_date") and not r.footnotes.get("expiration_date")
               for r in read)
    assert all(r.underlying_security_title in (None, "Common Stock")
               for r in form.derivative_transactions or ())
