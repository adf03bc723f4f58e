"""The agent design's Table II through layout texts (``pdftotext -layout``, pdfplumber's
and pypdf's): values set right in their sub-columns, under headers set left.

A bare mark set right in the conversion price's column stands one space from the
transaction date set left in the next ("1 12/12/2024"): two cells, cut at the column's
edge. An amount of column 5 set right in (A) may reach a character or two past where
"5." of (D) starts ("725" / "379"): its direction is unknown, not (D); so is one over
a sub-header the header's other scale pushed right (pdfplumber's layout text). The
fixtures are whole texts of six filings of the agent design (``.gz``: five through
``pdftotext -layout``, one through pdfplumber's layout), scored against their truths.
An amount with figures glued past its last group of thousands ("3,844,6392") in no
column (a page set at another scale than its header's) is still its value and marks.
A title run one space into its row's date keeps the lines wrapped under it. Rows whose
places do not read (a page at its own scale) are read by their typed sequence, each
listed note's number set apart a cell's mark. Negatives from variants of those texts
(``variants/``): a title's number ("Series 1") is no mark, a short amount set right in
(A) ("25") has no direction, and a row reading neither way refuses its table.
"""

from __future__ import annotations

import math

import support
from support import FIXTURES, read_none_wrong, table_fields_off, wrong_fields

from form4lark.form.atoms import Atom
from form4lark.form.grid_columns import Column, in_columns, undirected_over_edge
from form4lark.form.lone_marks_grid import lone_marks_apart
from form4lark.form.raised_marks import glued_cells_marked
from form4lark.form.row_bands import Band, Chunk
from form4lark.form.row_grid import _top_cells_only
from form4lark.page import Page, Piece

AGENT = FIXTURES / "agent"


def _run(words: list[tuple[str, int]], line: int = 1) -> Chunk:
    """A run of words of one line, each at its column (``x``)."""
    return Chunk([Atom("TEXT", text, line, x + 1, 0, Piece(text, line, x + 1, x, x + len(text)))
                  for text, x in words])


_COLUMNS = [Column("security_title", -math.inf, 18), Column("conversion_or_exercise_price", 18, 34),
            Column("transaction_date", 34, 49), Column("deemed_execution_date", 49, math.inf)]


def test_run_cut_where_a_value_ends_and_the_next_columns_begins() -> None:
    placed = in_columns(_run([("1", 32), ("12/12/2024", 34)]), _COLUMNS)
    assert [(c.text, c.key) for c in placed] == [("1", "conversion_or_exercise_price"),
                                                  ("12/12/2024", "transaction_date")]


def test_run_of_words_kept_whole() -> None:
    # words of a title, and a run with a word over the edge: one cell, where it stands
    assert len(in_columns(_run([("Common", 20), ("Stock", 27)]), _COLUMNS)) == 1
    placed = in_columns(_run([("12", 33), ("12/12/2024", 36)]), _COLUMNS)
    assert [(c.text, c.key) for c in placed] == [("12 12/12/2024", "transaction_date")]


_FIVE = [Column("shares_acquired", 88, 101), Column("shares_disposed", 101, 112)]


def test_amount_a_character_or_two_over_the_edge_undirected() -> None:
    near, far, inside = (_run([("379", 100)]), _run([("3,891", 99)]), _run([("28.593", 92)]))
    near.key = far.key = inside.key = "shares_acquired"
    undirected_over_edge([near, far, inside], _FIVE)
    # "3,891" from two before the edge to three past it: over the edge too, either's
    assert [near.key, far.key, inside.key] == ["shares", "shares", "shares_acquired"]


def test_amount_ending_on_the_edge_undirected() -> None:
    # "16,670" ending right where "5. (D)" starts (pypdf's layout text of GOOG-20151002-1)
    flush, apart = _run([("16,670", 95)]), _run([("16,670", 94)])
    flush.key = apart.key = "shares_acquired"
    undirected_over_edge([flush, apart], _FIVE)
    assert [flush.key, apart.key] == ["shares", "shares_acquired"]


def test_direction_over_a_pushed_subheader_unknown() -> None:
    # pdfplumber's layout text sets the header's small type at another scale than the
    # rows: "2,028,942" (disposed of) stands mostly left of "5. (D)", "115,335" too
    path = AGENT / "LNKD-20110524-1" / "agent" / "pdfplumber-layout.txt"
    assert "Number of 5. (D)" in support.fixture_text(path)
    form, off = table_fields_off(path)
    assert not [field for field in wrong_fields(off) if "acquired_disposed" in field]
    rows = form.derivative_transactions
    assert rows is not None and [r.shares for r in rows] == [2028942, 19066032, 115335]
    assert rows[2].acquired_disposed is None


def test_a_nature_under_another_rows_marked_line_unknown() -> None:
    # pdfplumber's layout text: the second row's "See" is lost and its "footnote3" below
    # it stands over the third row's "See" / "footnote3": a line closed by a mark over
    # one opening "See" is another row's, so the third nature is unknown (before: the
    # wrong "footnote3 See footnote")
    path = AGENT / "LNKD-20110524-1" / "agent" / "pdfplumber-layout.txt"
    form, off = table_fields_off(path)
    assert wrong_fields(off) == []
    rows = form.derivative_transactions
    assert rows is not None and [r.nature_of_ownership for r in rows] == [
        "See footnote", None, None]


def test_every_field_of_table_ii_read() -> None:
    # "1 12/12/2024": the conversion price's mark and the date; "28.5932" beside the
    # underlying "28.593": the amount with mark 2
    form, off = table_fields_off(AGENT / "MSFT-20241212-1" / "agent" / "pdftotext-layout.txt")
    assert off == []
    rows = form.derivative_transactions
    assert rows is not None and len(rows) == 1
    assert rows[0].footnotes["conversion_or_exercise_price"] == ("1",)


def test_direction_over_the_edge_unknown() -> None:
    # "725" set right in (A), past where "5." of (D) starts: read, its direction unknown
    form, off = table_fields_off(AGENT / "MSFT-20180829-1" / "agent" / "pdftotext-layout.txt")
    assert off == ["derivative_transactions[0].acquired_disposed missed"]
    rows = form.derivative_transactions
    assert rows is not None and rows[0].shares is not None and rows[0].acquired_disposed is None


def test_amount_in_no_column_marked() -> None:
    # "3,844,6392" on a page set at another scale than its header's: in no column, still
    # no amount; "2,800" and "Series A1" in no column are left as printed
    chunks = [_run([("3,844,6392", 129)]), _run([("2,800", 100)]), _run([("A1", 7)])]
    read = glued_cells_marked(chunks, frozenset({"2"}), Page("grid"), "table_i")
    assert [(c.text, c.key) for c in read] == [("3,844,639(2)", None), ("2,800", None),
                                                ("A1", None)]


def test_holdings_on_a_page_of_its_own_scale_read() -> None:
    form, off = read_none_wrong(AGENT / "PLTR-20210217-1" / "agent" / "pdftotext-layout.txt")
    holdings = form.non_derivative_holdings
    assert holdings is not None and len(holdings) == 9
    assert holdings[0].shares_owned_following == 3844639
    assert holdings[0].footnotes["shares_owned_following"] == ("2",)


def test_top_cell_kept_where_its_run_was_cut_by_the_typed_sequence() -> None:
    # "Class A Common 04/04/2024": a title run one space into its date, cut in two by the
    # typed sequence, its lines below ("Stock, par value" / "$0.0001 per share") its own
    run, below = _run([("Class", 0), ("A", 6), ("Common", 8)]), _run([("Stock,", 0)], line=2)
    placed = Chunk(run.atoms + _run([("04/04/2024", 15)]).atoms, "security_title")
    run.key = below.key = "security_title"
    band = Band(1, 1, [run, below])
    _top_cells_only([band], [placed, below])
    assert [c.text for c in band.chunks] == ["Class A Common", "Stock,"]


def test_titles_wrapped_under_rows_read() -> None:
    form, off = read_none_wrong(AGENT / "RUM-20240404-1" / "agent" / "pdftotext-layout.txt")
    rows = form.non_derivative_transactions
    assert rows is not None and len(rows) == 9
    assert {r.security_title for r in rows} == {"Class A Common Stock, par value $0.0001 per share"}


def test_lone_note_numbers_apart_as_marks() -> None:
    # "478,871 1": the amount and the exercise date's mark, one space apart in one run
    run = _run([("478,871", 100), ("1", 108)])
    run.key = "shares_disposed"
    parts = lone_marks_apart(run, frozenset({"1"}))
    assert [(c.text, c.key) for c in parts] == [("478,871", "shares_disposed"), ("(1)", None)]
    assert lone_marks_apart(_run([("0", 120)]), frozenset({"1"}))[0].text == "0"
    # "83,334 23": marks 2 and 3 run together, no note 23; "19" with note 19 listed and
    # not notes 1 and 9: note 19; with notes 1, 9 and 19 all listed: which, unknown
    assert [c.text for c in lone_marks_apart(_run([("83,334", 0), ("23", 7)]),
                                              frozenset({"2", "3"}))] == ["83,334", "(2)(3)"]
    assert [c.text for c in lone_marks_apart(_run([("19", 0)]), frozenset({"19"}))] == ["(19)"]
    # with notes 1, 9 and 19 all listed: a mark, which notes unknown (put in ``unsure``)
    unsure: set[int] = set()
    parts = lone_marks_apart(_run([("19", 0)]), frozenset(str(n) for n in range(1, 21)), unsure)
    assert [c.text for c in parts] == ["(19)"] and unsure == {id(parts[0].atoms[0])}


def test_rows_on_a_page_of_its_own_scale_read_by_their_sequence() -> None:
    # the second page sets its rows at another scale than the header's: "Series B  1
    # 12/18/2012 12/18/2012 C  2,897,342 1  1 Common 2,897,342 1  0 I By Trust", each
    # lone "1" a cell's mark (conversion price, exercise and expiration dates, price)
    form, off = read_none_wrong(AGENT / "SCTY-20121218-1" / "agent" / "pdftotext-layout.txt")
    rows = form.derivative_transactions
    assert rows is not None and len(rows) == 6
    assert rows[1].shares == 2897342 and rows[1].footnotes == {
        key: ("1",) for key in ("conversion_or_exercise_price", "exercise_date",
                                "expiration_date", "price_per_share")}


VARIANTS = AGENT / "variants"


def test_number_after_a_word_of_letters_stays_in_its_title() -> None:
    # "Series 1 12/18/2012": the title's number, not the conversion price's mark
    parts = lone_marks_apart(_run([("Series", 1), ("1", 8), ("12/18/2012", 29)]), frozenset({"1"}))
    assert [c.text for c in parts] == ["Series 1 12/18/2012"]
    assert [c.text for c in lone_marks_apart(_run([("Series", 1), ("B", 8), ("2", 10)]),
                                              frozenset({"2"}))] == ["Series B 2"]


def test_titles_numbered_keep_their_numbers() -> None:
    # SCTY's second page with "Series 1" / "Series 12" for "Series B  1": never read as
    # "Series Preferred Stock" with a conversion price's mark
    for name in ("series1-title.txt", "series12-title.txt"):
        rows = support.parse_fixture(VARIANTS / name).derivative_transactions or []
        assert not [r for r in rows if r.security_title == "Series Preferred Stock"], name


def test_short_amount_ending_over_the_edge_undirected() -> None:
    # "25" set right in (A), ending where "725" does, two past the edge: either column's
    short = _run([("25", 101)])
    short.key = "shares_disposed"
    undirected_over_edge([short], _FIVE)
    assert short.key == "shares"
    form = support.parse_fixture(VARIANTS / "short-amount-in-a.txt")
    rows = form.derivative_transactions or []
    assert all(r.acquired_disposed != "D" for r in rows)


def test_row_reading_neither_way_refuses_its_part() -> None:
    # SCTY's second page, "Series B" with no conversion price's mark and "2" owned after:
    # its row reads neither by places nor with lone marks while the rows around it need
    # the latter; its grid columns are known off, so Table II is refused, not misread
    form = support.parse_fixture(VARIANTS / "row-read-neither-way.txt")
    rows = form.derivative_transactions or []
    assert not [r for r in rows if (r.underlying_security_title or "").startswith("1 ")]
    assert any("reads neither" in d.message for d in form.diagnostics)


def _bare_cell_read(text: str, key: str, table: str, notes: set[str]) -> tuple[str, str | None]:
    """A lone bare number in ``key``'s column as ``glued_cells_marked`` reads it: its text
    and its column (None: in no column, unknown)."""
    cell = _run([(text, 60)])
    cell.key = key
    read = glued_cells_marked([cell], frozenset(notes), Page("grid"), table)[0]
    return read.text, read.key


def test_date_cell_of_a_number_naming_notes_both_ways_not_marked() -> None:
    # "19" alone in a date column: note 19, or notes 1 and 9 where all three are listed
    assert _bare_cell_read("19", "exercise_date", "table_ii", {"19"}) == ("(19)", "exercise_date")
    assert _bare_cell_read("19", "exercise_date", "table_ii", {"1", "9", "19"}) == ("19", None)


def test_price_cell_of_a_number_naming_notes_both_ways_not_marked() -> None:
    # "29" alone in a price column: note 29, or notes 2 and 9 where all three are listed
    assert _bare_cell_read("29", "price_per_share", "table_i", {"29"}) == (
        "(29)", "price_per_share")
    assert _bare_cell_read("29", "price_per_share", "table_i", {"2", "9", "29"}) == ("29", None)
