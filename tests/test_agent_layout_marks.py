"""The agent design's PDF through ``pdftotext -layout``: a header of one row whose every
sub-column prints its column's number, marks printed as bare superscripts.

The converter glues a mark onto its value ("Stock1", "C1", "$19.01862") or sets it on
a line of its own in its cell: raised over the word it follows ("Common" / "  1" /
"Stock") or wrapped under the cell's last line ("Sequoia Capital XII, L.P." / "23").
The fixtures are whole texts of four filings of the agent design (``.gz``), scored
against their truths.
"""

from __future__ import annotations

import re

import pytest
from support import FIXTURES, fixture_text, parse_fixture, read_none_wrong, table_fields_off

from form4lark import parse
from form4lark.form.atoms import Atom
from form4lark.form.raised_marks import (glued_cells_marked, numbers_that_fit, raised_marks_glued,
                                         split_row)
from form4lark.form.row_bands import Chunk
from form4lark.page import Page, Piece
from form4lark.sections import Cell

AGENT = FIXTURES / "agent"


def _text(filing: str):
    return AGENT / filing / "agent" / "pdftotext-layout.txt"


def test_every_table_field_read() -> None:
    # "Common" / "        1" / "Stock": the mark raised over "Stock", not a title's word
    form, off = table_fields_off(_text("AAPL-20190502-1"))
    assert off == []
    rows = form.non_derivative_transactions
    assert rows is not None and len(rows) == 5
    assert rows[1].security_title == "Common Stock"
    assert rows[1].footnotes["security_title"] == ("1",)


@pytest.mark.parametrize("filing", ["YELP-20121123-1", "U-20220211-1", "PLTR-20210217-1",
                                    "BETR-20241209-1", "MDB-20200610-1"])
def test_no_value_wrong(filing: str) -> None:
    _, off = read_none_wrong(_text(filing))


def test_glued_cells_read_as_marks() -> None:
    form = parse_fixture(_text("YELP-20121123-1"))
    t1, t2 = form.non_derivative_transactions, form.derivative_transactions
    assert t1 is not None and t2 is not None
    # "C1": the code C with note 1's mark; every row read
    assert [r.transaction_code for r in t1] == ["C", "S"] * 3
    assert t1[0].footnotes["transaction_code"] == ("1",)
    # "$19.01862": 19.0186 with note 2 or a price printed so: unknown
    assert t1[1].price_per_share is None
    # "34" under the conversion price: a price of 34 or marks 3 and 4, unknown; under a
    # date, marks only (no date is a bare number); "2,800" under the title's header is no
    # word of the title
    assert [r.conversion_or_exercise_price for r in t2] == [None] * 3
    assert [r.underlying_security_title for r in t2] == ["Class A Common Stock"] * 3


def _chunk(text: str, line: int, x: int, key: str | None) -> Chunk:
    """A chunk of one word at ``x`` on ``line``, in column ``key``."""
    return Chunk([Atom("TEXT", text, line, 0, 0, Piece(text, line, x + 1, x, x + len(text)))],
                 key)


def test_raised_mark_glued_onto_the_word_below_or_above() -> None:
    over = [_chunk("Common", 1, 0, "security_title"), _chunk("05/02/2019", 1, 20, "transaction_date"),
            _chunk("1", 2, 8, "security_title"), _chunk("Stock", 3, 0, "security_title")]
    assert [c.text for c in raised_marks_glued(over)] == ["Common", "05/02/2019", "Stock1"]
    under = [_chunk("L.P.", 1, 40, "nature_of_ownership"), _chunk("Stock", 2, 0, "security_title"),
             _chunk("23", 2, 40, "nature_of_ownership")]
    assert [c.text for c in raised_marks_glued(under)] == ["L.P.23", "Stock"]
    # a number at a title's own start with more of the title below is its word ("Series" /
    # "1" / "Preferred"), and one beside a value on its line a value
    kept = [_chunk("Series", 1, 0, "security_title"), _chunk("1", 2, 0, "security_title"),
            _chunk("Preferred", 3, 0, "security_title")]
    assert [c.text for c in raised_marks_glued(kept)] == ["Series", "1", "Preferred"]
    valued = [_chunk("Stock", 1, 0, "security_title"), _chunk("1", 2, 8, "security_title"),
              _chunk("S", 2, 20, "transaction_code")]
    assert [c.text for c in raised_marks_glued(valued)] == ["Stock", "1", "S"]


def test_glued_value_cells_marked() -> None:
    page = Page("grid")
    chunks = [_chunk("C1", 1, 0, "transaction_code"), _chunk("3,472,2202", 1, 10, "shares"),
              _chunk("34", 1, 30, "exercise_date"), _chunk("34", 1, 40, "conversion_or_exercise_price"),
              _chunk("2,800", 1, 50, "underlying_security_title"), _chunk("C9", 2, 0, "transaction_code")]
    read = glued_cells_marked(chunks, frozenset({"1", "2", "3", "4"}), page, "table_ii")
    assert [(c.text, c.key) for c in read] == [
        ("C(1)", "transaction_code"), ("3,472,220(2)", "shares"), ("(3)(4)", "exercise_date"),
        ("34", None), ("2,800", None), ("C9", "transaction_code")]  # no note 9: left as printed


def test_nature_mark_wrapped_under_its_last_line() -> None:
    form = parse_fixture(_text("U-20220211-1"))
    rows = form.non_derivative_transactions
    assert rows is not None
    assert rows[1].nature_of_ownership == "Sequoia Capital XII, L.P."
    assert rows[1].footnotes["nature_of_ownership"] == ("2", "3")


def test_overlapping_column_numbers_not_read_by_place() -> None:
    # "7. Amount or" set a column left of "8. Price of" (one cell printed a line lower):
    # the underlying amount stands under "8.", never read as the price
    form = parse_fixture(_text("PLTR-20210217-1"))
    for row in form.derivative_transactions or ():
        assert row.price_per_share is None or row.price_per_share == 0


def test_run_of_values_marked() -> None:
    # "11,241,580 D1": an amount and a letter one space apart, the letter's mark glued on
    atoms = [Atom("TEXT", text, 1, 0, 0, Piece(text, 1, x + 1, x, x + len(text)))
             for text, x in (("11,241,580", 0), ("D1", 11))]
    run = Chunk(atoms, "shares_owned_following")
    titled = Chunk([a.with_text(t) for a, t in zip(atoms, ("Series", "A1"))],
                   "shares_owned_following")
    page = Page("grid")
    read = glued_cells_marked([run, titled], frozenset({"1"}), page, "table_i")
    assert [c.text for c in read] == ["11,241,580 D(1)", "Series A1"]  # a word: left


def test_row_split_over_two_lines_found() -> None:
    above = {"security_title": Cell("Class A"), "transaction_date": Cell("06/10/2020")}
    below = {"transaction_code": Cell("J(3)"), "shares": Cell("846,819"),
             "nature_of_ownership": Cell("By Sequoia")}
    assert split_row([above, below]) is not None
    whole = {**above, **below}
    assert split_row([whole, {**whole}]) is None



def _u_prices(prices: dict[str, str]) -> str:
    """U-20220211-1's text, the price "1" of each row whose amount is a key of ``prices``
    printed as its value instead (a probe of the same page with its prices changed)."""
    out = []
    for line in fixture_text(_text("U-20220211-1")).splitlines():
        for amount, price in prices.items():
            if line.startswith("Common") and f" {amount} D " in line:
                line = re.sub(r"(?<= D) +1 {%d}" % len(price),
                              lambda m: m[0][:-len(price)-1] + price + " ", line, count=1)
        out.append(line)
    return "\n".join(out) + "\n"


def test_price_of_a_note_number_a_mark_where_prices_print_none_else() -> None:
    # every price of U's table is "1", note 1's number: the cells are that note's mark
    rows = parse_fixture(_text("U-20220211-1")).non_derivative_transactions
    assert rows is not None
    assert all(r.price_per_share is None and r.footnotes["price_per_share"] == ("1",)
               for r in rows[:10])


def test_price_of_a_note_number_unknown_among_prices_printed_bare() -> None:
    # the table prints its prices bare ("5.25", "1.5"): a cell "2" may be a price of $2
    text = _u_prices({"1,125,295": "5.25", "1,504,820": "2", "228,832": "1.5"})
    rows = parse(text).non_derivative_transactions
    assert rows is not None
    assert rows[1].price_per_share is None
    assert "price_per_share" not in rows[1].footnotes


def test_number_under_a_line_it_would_have_fit_on_unknown() -> None:
    # "Sequoia Capital Fund" / "2": "Fund 2" would have fit on the line (the column prints
    # wider lines), so the "2" may be the name's word as well as a mark: nature unknown
    lines = fixture_text(_text("U-20220211-1")).splitlines()
    at = next(n for n, line in enumerate(lines) if line.endswith("Sequoia Capital XII, L.P."))
    assert lines[at + 1].endswith(" 23")
    lines[at] = lines[at].replace("Sequoia Capital XII, L.P.", "Sequoia Capital Fund")
    lines[at + 1] = lines[at + 1][:-2] + "2"
    form = parse("\n".join(lines) + "\n")
    rows = form.non_derivative_transactions
    assert rows is not None
    assert rows[1].nature_of_ownership is None
    assert "nature_of_ownership" not in rows[1].footnotes
    assert any(d.message.startswith("'2' stands under its cell's last line")
               for d in form.diagnostics)
    # "Endurance Partners, L.P." / "23": the mark would not have fit, so it wrapped
    assert rows[0].nature_of_ownership.endswith("Endurance Partners, L.P.")
    assert rows[0].footnotes["nature_of_ownership"] == ("2", "3")
    unsure = [_chunk("Sequoia Capital Global", 1, 40, "nature_of_ownership"),
              _chunk("Sequoia Capital Fund", 3, 40, "nature_of_ownership"),
              _chunk("2", 4, 40, "nature_of_ownership")]
    assert [c.text for c in numbers_that_fit(unsure)] == ["2"]
    assert [c.text for c in raised_marks_glued(unsure)] == [c.text for c in unsure]


def test_price_of_marks_run_together_read_where_prices_print_dollars() -> None:
    # "34" in a price column where another price prints "$0.00": no price the table prints
    # as its others, so marks 3 and 4; with no "$" (above) it is unknown
    page = Page("grid")
    chunks = [_chunk("34", 1, 40, "conversion_or_exercise_price"),
              _chunk("$0.00", 1, 60, "price_per_share")]
    read = glued_cells_marked(chunks, frozenset({"1", "2", "3", "4"}), page, "table_ii")
    assert [(c.text, c.key) for c in read] == [
        ("(3)(4)", "conversion_or_exercise_price"), ("$0.00", "price_per_share")]
    # a price printed bare beside it ("5.25"): how the table prints prices is not told
    bare = [_chunk("34", 1, 40, "conversion_or_exercise_price"),
            _chunk("$0.00", 1, 60, "price_per_share"), _chunk("5.25", 2, 60, "price_per_share")]
    read = glued_cells_marked(bare, frozenset({"1", "2", "3", "4"}), Page("grid"), "table_ii")
    assert read[0].key is None


def test_price_of_marks_run_together_on_an_inscriptis_grid() -> None:
    # inscriptis sets the agent design's cells apart: "34" stands where a conversion
    # price would, the table's other prices printing "$0.00"
    form = parse_fixture(AGENT / "YELP-20121123-1" / "agent" / "inscriptis.txt")
    rows = form.derivative_transactions
    assert rows is not None and len(rows) == 3
    assert all(r.conversion_or_exercise_price is None
               and r.footnotes["conversion_or_exercise_price"] == ("3", "4") for r in rows)
