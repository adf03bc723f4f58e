"""Footnote marks printed as bare superscripts and glued onto their values by a
converter that drops <sup> (form4lark/bare_marks.py): html2text's text of the agent
design's AAPL-20190502-1 prints "Common Stock1" and "$208.992" (truth: "Common Stock"
with mark 1, $208.99 with mark 2)."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest
from support import FIXTURES, fixture_text, parse_fixture, read_none_wrong
from test_agent_design import AGENT

from form4lark.bare_marks import (_GLUED_WORD, _numbers_read, _twin_read, bare_marks_checked,
                                  glued_marks)
from form4lark import parse
from form4lark.checks import unreferenced_notes
from form4lark.model import DerivativeTransaction, Diagnostic, Form4

HTML2TEXT = AGENT / "html2text.md"


def test_glued_title_read_and_glued_price_read_by_its_range() -> None:
    form, off = read_none_wrong(HTML2TEXT)
    rows = form.non_derivative_transactions
    assert rows is not None and len(rows) == 5
    assert {r.security_title for r in rows} == {"Common Stock"}
    assert all(r.footnotes["security_title"] == ("1",) for r in rows)
    # "$208.992" is $208.99 with mark 2 or $208.992: note 2's range ("$208.33 to $209.31")
    # holds 208.99 and no other note's does, so the price is 208.99 with mark 2 (truth)
    assert [(r.price_per_share, r.footnotes["price_per_share"]) for r in rows] == [
        (Decimal("208.99"), ("2",)), (Decimal("209.71"), ("3",)), (Decimal("210.98"), ("4",)),
        (Decimal("211.83"), ("5",)), (Decimal("212.46"), ("6",))]
    # every value of the tables is right
    assert not [f for f in off if "derivative" in f]
    fields = [d.field for d in form.diagnostics]
    assert fields.count("non_derivative_transactions.price_per_share") == 5
    # every note is referred to once the marks are read
    assert not [f for f in fields if f.startswith("footnotes.")]
    assert unreferenced_notes(form) == ()
    prices = [d.message for d in form.diagnostics if d.field.endswith("price_per_share")]
    assert all("lies in that note's range of prices" in m for m in prices)


@pytest.mark.parametrize(("digits", "marks"), [
    ("1", ["1"]), ("23", ["2", "3"]), ("12", None), ("7", []), ("45", []),
    # a value refers to a note once: "11" is note 11, never note 1 twice (PLTR-20210217-1's
    # "See Footnote11" through markdownify, notes 1 to 28; truth: note 11)
    ("11", ["11"]),
    # figures repeating, each a listed note's, naming no note whole: marks, which unknown
    ("22", None), ("33", None), ("77", [])])
def test_glued_marks(digits: str, marks: list[str] | None) -> None:
    notes = frozenset({"1", "2", "3", "11", "12"})
    assert glued_marks(digits, notes) == marks


def test_title_with_repeated_figures_glued_on_cut_marks_unknown() -> None:
    """LNKD-20130204-1 through markdownify (notes 1 to 6, its cells gluing marks: "C1")
    with a title "Class A Common Stock11": "11" names no listed note, and a value refers
    to a note once, so the figures are marks whose notes are unknown: the title is read
    without them, no mark attached, not "Class A Common Stock11"."""
    path = FIXTURES / "agent" / "LNKD-20130204-1" / "agent" / "markdownify.md"
    line = "| Class A Common Stock | 02/04/2013 |  | S5 |  | 74,997 |"
    text = fixture_text(path)
    assert text.count(line) == 1
    form = parse(text.replace(line, line.replace("Stock |", "Stock11 |")))
    row = (form.non_derivative_transactions or ())[1]
    assert row.security_title == "Class A Common Stock"
    assert "security_title" not in row.footnotes
    assert any("'Class A Common Stock11' ends in footnote marks" in d.message
               for d in form.diagnostics)


@pytest.mark.parametrize(("value", "read"), [
    ("Common Stock1", ("Common Stock", "1")), ("See Footnotes23", ("See Footnotes", "23")),
    ("By Fund IV, L.P.1", ("By Fund IV, L.P.", "1")), ("By Fund, LP2", ("By Fund, LP", "2")),
    ("Series A1 Preferred Stock", None), ("Series A1", None), ("Stock 2", None),
    ("Common Stock123", None)])
def test_glued_word(value: str, read: tuple[str, str] | None) -> None:
    match = _GLUED_WORD.fullmatch(value)
    assert (match and (match["value"], match["digits"])) == read


def _form(notes: str, *rows: tuple[str, tuple[str, ...], str]) -> Form4:
    """The lynx text's form (its marks printed "^1": none glued) with only these notes
    and these rows: (title, the title's marks, price)."""
    form = parse_fixture(AGENT / "lynx.txt")
    assert form.non_derivative_transactions
    row = form.non_derivative_transactions[0]
    return dataclasses.replace(
        form, footnotes={k: "a note" for k in notes.split()}, non_derivative_holdings=(),
        derivative_transactions=(), derivative_holdings=(), non_derivative_transactions=tuple(
            dataclasses.replace(row, security_title=title, price_per_share=Decimal(price),
                                footnotes={"security_title": marks})
            for title, marks, price in rows))


def test_two_readings_of_referred_notes_kept() -> None:
    # "12" reads as note 12 or notes 1 and 2, all referred to: no glued mark (13 is unreferenced)
    form = _form("1 2 12 13", ("Restricted Stock Units12", ("1", "2", "12"), "45.13"))
    assert bare_marks_checked(form) is form


def test_prices_ending_in_a_note_kept_where_no_word_is_glued() -> None:
    form = _form("1 2 5", ("Common Stock", ("1", "2"), "12.25"))
    assert bare_marks_checked(form) is form


def test_short_word_read_only_where_a_long_word_is_glued() -> None:
    alone = _form("1 2 3", ("RSU FY23", ("1",), "10"))
    assert bare_marks_checked(alone) is alone
    abbreviated = bare_marks_checked(_form("1 2", ("By Fund, L.P.2", ("1",), "10")))
    rows = abbreviated.non_derivative_transactions
    assert rows and rows[0].security_title == "By Fund, L.P."
    glued = bare_marks_checked(_form("1 2 3", ("RSU FY23", (), "10"), ("Common Stock1", (), "5")))
    rows = glued.non_derivative_transactions
    assert rows is not None
    assert [(r.security_title, r.footnotes["security_title"]) for r in rows] == [
        ("RSU FY", ("2", "3")), ("Common Stock", ("1",))]
    assert [r.price_per_share for r in rows] == [Decimal("10"), Decimal("5")]


_RANGES = {"1": "Sold at prices ranging from $294.79 to $295.69.",
           "2": "Sold at prices ranging from $295.70 to $296.63."}


def _ranged(*rows: tuple[str, str]) -> Form4:
    """``_form`` with notes 1 and 2 naming ranges of prices and these (title, price) rows."""
    form = _form("1 2", *((title, (), price) for title, price in rows))
    return dataclasses.replace(form, footnotes=_RANGES)


def test_prices_ending_in_their_ranges_notes_read_so() -> None:
    # two prices, each ending in the number of the note whose range holds it cut off: glued
    read = bare_marks_checked(_ranged(("Common Stock", "295.0281"), ("Common Stock", "296.3112")))
    rows = read.non_derivative_transactions
    assert rows is not None
    assert [(r.price_per_share, r.footnotes["price_per_share"]) for r in rows] == [
        (Decimal("295.028"), ("1",)), (Decimal("296.311"), ("2",))]
    assert not [d for d in read.diagnostics if d.field.startswith("footnotes.")]


def test_one_price_ending_in_its_ranges_note_unknown_where_both_readings_lie_in_it() -> None:
    # one price alone: "295.0281" (a converter that lost its mark, or 295.028 with mark 1
    # glued on) lies in note 1's range with its last digit or without it: unknown
    form = _ranged(("Common Stock", "295.0281"))
    read = bare_marks_checked(form)
    rows = read.non_derivative_transactions
    assert rows is not None and rows[0].price_per_share is None
    assert "price_per_share" not in rows[0].footnotes
    assert [d.message for d in read.diagnostics if d.field.endswith("price_per_share")] == [
        "295.0281 ends in the number of footnote (1), which no value referred to, and lies "
        "in that note's range of prices with its last digits or without them: a mark glued "
        "on cannot be told from a digit, so it is unknown"]
    # a price whose cut value no range holds alone is kept; the other is still unknown
    other = _ranged(("Common Stock", "295.0281"), ("Common Stock", "299.12"))
    rows = bare_marks_checked(other).non_derivative_transactions
    assert rows is not None and [r.price_per_share for r in rows] == [None, Decimal("299.12")]


def test_one_price_ending_in_its_ranges_note_read_where_as_printed_it_lies_out_of_it() -> None:
    # "295.6911" lies in no range, nor does 295.691 with its last digit cut: kept as printed
    kept = _ranged(("Common Stock", "295.6911"))
    assert bare_marks_checked(kept) is kept
    # "295.691" cut to "295.69" lies in note 1's range, "295.691" as printed lies in none
    read = bare_marks_checked(_ranged(("Common Stock", "295.691")))
    rows = read.non_derivative_transactions
    assert rows is not None
    assert (rows[0].price_per_share, rows[0].footnotes["price_per_share"]) == (
        Decimal("295.69"), ("1",))


def test_glued_title_read_where_a_table_is_unread() -> None:
    # Table II left out (None): the notes no value read refers to are taken as unreferenced
    form = dataclasses.replace(_form("1 2", ("Common Stock1", (), "10.00")),
                               derivative_transactions=None, derivative_holdings=None)
    read = bare_marks_checked(form)
    rows = read.non_derivative_transactions
    assert rows is not None and rows[0].security_title == "Common Stock"
    assert rows[0].footnotes["security_title"] == ("1",)
    assert read.derivative_transactions is None and read.derivative_holdings is None


LOST_MARKS = FIXTURES / "lost_marks" / "TSLA-20211221-1-pdftotext-raw.txt"


def test_prices_of_a_text_that_lost_its_marks_kept() -> None:
    # TSLA-20211221-1's pdftotext-raw text with its prices' marks "(3)".."(6)" cut off:
    # "$888.313" and "$890.495" end in their notes' numbers and, cut, lie in their ranges
    # ("$887.920 to $888.750", "$890.040 to $891.000"), but "$889.422" lies as printed in
    # unreferenced note 4's range: the text lost its marks, the prices are as printed (truth)
    form = parse_fixture(LOST_MARKS)
    rows = form.non_derivative_transactions
    assert rows is not None
    assert [r.price_per_share for r in rows] == [
        Decimal("6.24"), Decimal("886.69"), Decimal("888.313"), Decimal("889.422"),
        Decimal("890.495"), Decimal("891.921")]
    assert not [r for r in rows if "price_per_share" in r.footnotes]
    assert not [d for d in form.diagnostics if "glued on" in d.message]


def _referred(notes: str, *rows: tuple[str, tuple[str, ...]]) -> Form4:
    """``_form`` with these (title, the price's marks) rows, each at a price of 10."""
    form = _form(notes, *((title, (), "10") for title, _ in rows))
    assert form.non_derivative_transactions is not None
    return dataclasses.replace(form, non_derivative_transactions=tuple(
        dataclasses.replace(row, footnotes={"price_per_share": marks})
        for row, (_, marks) in zip(form.non_derivative_transactions, rows)))


#: a text gluing a mark onto a transaction code ("S2"): ``stream.holds_code_marks``
_CODE_GLUED = "02/03/2020 S2 100 D $10.00"


def test_long_word_read_beside_its_notes_reference_where_the_cells_glue_marks() -> None:
    # Table I's cells showed marks glued on ("C1"): "Class B Common Stock1" is the title
    # with mark 1, though a price's "(1)" refers to note 1 too (note 2 is unreferenced)
    form = _referred("1 2", ("Class B Common Stock1", ()), ("Class B Common Stock", ("1",)))
    rows = bare_marks_checked(form, cells={"table_i"}).non_derivative_transactions
    assert rows is not None
    assert [(r.security_title, r.footnotes.get("security_title")) for r in rows] == [
        ("Class B Common Stock", ("1",)), ("Class B Common Stock", None)]
    # Table II's cells alone showed them: Table I's title is kept as printed
    assert bare_marks_checked(form, cells={"table_ii"}) is form


def test_long_word_ending_in_a_referred_notes_number_kept_where_only_a_code_is_glued() -> None:
    # a code's "S2" glues a mark, but no table's cells did: "Fund LLC2" beside a price's
    # "(2)" may be the name so printed (note 1 is unreferenced, note 2 is not)
    form = _referred("1 2", ("Fund LLC2", ()), ("Common Stock", ("2",)))
    assert bare_marks_checked(form, _CODE_GLUED) is form


def test_small_amount_ending_in_an_unclaimed_note_doubted_only_in_a_table_gluing_marks() -> None:
    # note 1 unclaimed: "631" may be 63 with mark 1 where its table's cells glued marks on
    form = _form("1 2", ("Common Stock", ("2",), "10"))
    assert form.non_derivative_transactions is not None
    form = dataclasses.replace(form, non_derivative_transactions=tuple(
        dataclasses.replace(row, shares=Decimal("631"))
        for row in form.non_derivative_transactions))
    doubted = bare_marks_checked(form, cells={"table_i"}).non_derivative_transactions
    assert doubted is not None and doubted[0].shares is None
    # only Table II's cells glued marks on: Table I's 631 is kept
    kept = bare_marks_checked(form, cells={"table_ii"}).non_derivative_transactions
    assert kept is not None and kept[0].shares == Decimal("631")


def test_price_ending_in_a_note_doubted_where_a_tables_cells_glue_marks() -> None:
    # no word shows a glued mark and the text no code's: a table's cells glued marks on
    # (``cells``), so "12.25" may be 12.2 with note 5's mark: unknown
    form = _form("1 2 5", ("Common Stock", ("1", "2"), "12.25"))
    rows = bare_marks_checked(form, cells={"table_ii"}).non_derivative_transactions
    assert rows is not None and rows[0].price_per_share is None


def test_one_price_ending_in_its_ranges_note_unknown_where_overlapping_ranges_hold_it() -> None:
    # "295.6951": 295.695 lies in note 1's range alone; as printed it lies in note 1's range
    # and in note 2's overlapping it (no one note's alone): unknown, not read cut
    form = dataclasses.replace(_ranged(("Common Stock", "295.6951")), footnotes={
        "1": "Sold at prices ranging from $295.00 to $295.70.",
        "2": "Sold at prices ranging from $295.6951 to $296.63."})
    rows = bare_marks_checked(form).non_derivative_transactions
    assert rows is not None and rows[0].price_per_share is None
    assert "price_per_share" not in rows[0].footnotes


def _derivative(amount: str, underlying: str, /, **footnotes: tuple[str, ...]
                ) -> DerivativeTransaction:
    """A derivative row of these amounts (its other values None), its values' marks."""
    row = DerivativeTransaction(**{f.name: None for f in dataclasses.fields(DerivativeTransaction)
                                   if f.init and f.name != "footnotes"})
    return dataclasses.replace(row, shares=Decimal(amount), underlying_shares=Decimal(underlying),
                               footnotes=footnotes)


@pytest.mark.parametrize(("row", "glued", "read"), [
    # "28.5932" over "28.593", the row referring to no note: 28.593 and mark 2
    (_derivative("28.5932", "28.593"), False, (Decimal("28.593"), ("2",))),
    # other values' marks read apart (inscriptis of MSFT-20241212-1): read so
    (_derivative("28.5932", "28.593", transaction_code=("1",)), False,
     (Decimal("28.593"), ("2",))),
    # the amount has a mark read apart: read only where the text glues marks on
    (_derivative("28.5932", "28.593", shares=("1",)), False, None),
    (_derivative("28.5932", "28.593", shares=("1",)), True, (Decimal("28.593"), ("1", "2"))),
    (_derivative("10.5", "10"), True, None),  # no "10." with mark 5: 10.5 as printed
    (_derivative("28.5932", "28.594"), True, None),  # no twin of it
    (_derivative("28.5932", "28.5930"), True, None),  # the twin prints other decimals
    (_derivative("28.5931", "28.593"), True, None)])  # note 1 is referred to
def test_amount_read_by_its_twin(row: DerivativeTransaction, glued: bool,
                                 read: tuple[Decimal, tuple[str, ...]] | None) -> None:
    diagnostics: list[Diagnostic] = []
    marks: set[str] = set()
    out = _twin_read("derivative_transactions", row, frozenset({"2", "3"}), glued, diagnostics,
                     marks)
    if read is None:
        assert out is row and not diagnostics and not marks
    else:
        assert (out.shares, out.footnotes["shares"]) == read and marks == {"2"}
        assert out.underlying_shares == row.underlying_shares


def test_price_of_the_rows_mark_unknown_only_where_glued_and_only_a_price() -> None:
    row = dataclasses.replace(_derivative("100", "100", transaction_code=("5",)),
                              price_per_share=Decimal("5"), conversion_or_exercise_price=Decimal("5"))
    diagnostics: list[Diagnostic] = []
    out = _numbers_read("derivative_transactions", row, frozenset({"1"}), True, diagnostics, None)
    assert (out.price_per_share, out.conversion_or_exercise_price) == (None, Decimal("5"))
    assert [d.message for d in diagnostics] == [
        "5 is the number of footnote (5) in a text gluing marks on: a cell of that mark "
        "cannot be told from a price, so it is unknown"]
    # no sign the text glues marks: the price as printed
    assert _numbers_read("derivative_transactions", row, frozenset({"1"}), False, [], None) is row


def test_prices_ending_in_their_notes_read_so_where_two_notes_print_one_range() -> None:
    # two owners' sales, each note naming the same range ("$179.98 to $180.935"): each
    # price's cut value lies in its own note's range, which another note's holds too; the
    # digits glued on name the note ("180.71151": 180.7115 and mark 1) where the text
    # shows marks glued on elsewhere ("S2")
    same = "Sold at prices ranging from $179.98 to $180.935."
    form = dataclasses.replace(
        _ranged(("Common Stock", "180.71151"), ("Common Stock", "180.71162")),
        footnotes={"1": same, "2": same})
    rows = bare_marks_checked(form, _CODE_GLUED).non_derivative_transactions
    assert rows is not None
    assert [(r.price_per_share, r.footnotes["price_per_share"]) for r in rows] == [
        (Decimal("180.7115"), ("1",)), (Decimal("180.7116"), ("2",))]


def test_prices_ending_in_notes_printing_one_range_unknown_where_no_mark_is_glued() -> None:
    # genuine averages "180.7151" and "180.7162" of a text that lost its marks, notes 1
    # and 2 both "$179.98 to $180.935": only the last figure would name the note, so with
    # no mark glued on elsewhere neither the printed nor the cut price is taken
    same = "Sold at prices ranging from $179.98 to $180.935."
    form = dataclasses.replace(
        _ranged(("Common Stock", "180.7151"), ("Common Stock", "180.7162")),
        footnotes={"1": same, "2": same})
    rows = bare_marks_checked(form).non_derivative_transactions
    assert rows is not None
    assert [r.price_per_share for r in rows] == [None, None]
    assert not [r for r in rows if "price_per_share" in r.footnotes]


def test_prices_kept_where_another_lies_in_a_range_two_notes_print() -> None:
    # a third price, "180.7203", lies as printed in the range notes 1 and 2 both print:
    # the text lost its marks, the prices are as printed
    same = "Sold at prices ranging from $179.98 to $180.935."
    form = dataclasses.replace(
        _ranged(*(("Common Stock", p) for p in ("180.7151", "180.7162", "180.7203"))),
        footnotes={"1": same, "2": same})
    rows = bare_marks_checked(form).non_derivative_transactions
    assert rows is not None
    assert [r.price_per_share for r in rows] == [
        Decimal("180.7151"), Decimal("180.7162"), Decimal("180.7203")]
    assert not [r for r in rows if "price_per_share" in r.footnotes]


def test_price_ending_in_two_notes_whose_ranges_hold_it_cut_unknown() -> None:
    # "296.1212": 296.121 in note 2's range, 296.12 in note 12's: which mark is glued on
    # is not told, so neither reading is taken
    notes = {str(n): "a note" for n in range(1, 13)}
    notes.update({"2": "Sold at prices ranging from $295.70 to $296.63.",
                  "12": "Sold at prices ranging from $296.00 to $296.50."})
    form = dataclasses.replace(_ranged(("Common Stock", "296.1212"), ("Common Stock", "295.0281")),
                               footnotes=notes)
    rows = bare_marks_checked(form).non_derivative_transactions
    assert rows is not None and rows[0].price_per_share != Decimal("296.121") \
        and rows[0].price_per_share != Decimal("296.12")
