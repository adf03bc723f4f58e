"""The agent design through html2text and inscriptis (a paper form's print: "[X]"/"[ ]"
boxes, bare superscript marks): box 3's full label, box 6's boxes glued to their labels,
and marks glued onto a table's cells (form4lark/form/bare_cell_marks.py, bare_marks.py).

Fixtures: two filings' html2text texts and one's inscriptis text (its lines' trailing
blanks cut) of the agent design, every value asserted here checked against the filing's
EDGAR record.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from support import FIXTURES, parse_fixture, table_fields_off

from form4lark.form.atoms import lex
from form4lark.form.bare_cell_marks import bare_marks_put
from form4lark.glued_amount_tables import tables_gluing_amounts
from form4lark.glyph_marks import marks_of_glyphs
from form4lark.sections import Cell, Sections
from form4lark.shapes.grid import read_grid


def _agent(filing: str, converter: str = "html2text.md"):
    return table_fields_off(FIXTURES / "agent" / filing / "agent" / converter)


def test_box3_full_label_and_box6_glued_boxes() -> None:
    """"3. Date of Earliest Transaction Required to be Reported (Month/Day/Year)05/02/2019"
    (the paper form's full label) and "(Check Applicable Line)[X] Form filed by One
    Reporting Person[ ] Form filed by More ...": every field right."""
    form, off = _agent("AAPL-20190502-1")
    assert off == []
    assert form.period_of_report == dt.date(2019, 5, 2)
    assert form.filed_by_more_than_one_person is False


def test_glyph_boxes_glued_to_labels() -> None:
    text = ("(Check Applicable Line)[X] Form filed by One Reporting Person[ ] Form filed by "
            "More than One Reporting Person")
    assert marks_of_glyphs(text) == ("(Check Applicable Line) X  Form filed by One Reporting "
                                     "Person    Form filed by More than One Reporting Person")
    # a ticker in brackets is no box
    assert marks_of_glyphs("APPLE INC [ AAPL ] [X] Director [ ] Officer") == (
        "APPLE INC [ AAPL ]  X  Director     Officer")


def test_glyph_boxes_escaped_by_a_markdown_writer() -> None:
    """pandoc escapes the brackets of a box printed in a block of text ("\\[X\\] Check this
    box to indicate ... Rule 10b5-1(c)") but not in its raw-HTML tables ("[ ] Check this box
    if no longer subject"): both read as boxes, a footnote mark "\\[1\\]" left as written."""
    text = "[ ] Check this box if\n\\[X\\] Check this box to\n(Line)\\[ \\] Form \\[1\\]"
    assert marks_of_glyphs(text) == ("    Check this box if\n  X   Check this box to\n"
                                     "(Line)      Form \\[1\\]")


def test_escaped_10b5_box_read_checked() -> None:
    """TSLA-20230727-1 through pandoc: its Rule 10b5-1(c) box, printed "\\[X\\]" in a <div>
    after a raw-HTML table, was read unchecked (its mark a word, the box seen with other
    boxes' marks); now checked, as the filing's record has it, and every field right."""
    form, off = _agent("TSLA-20230727-1", "pandoc.md")
    assert off == []
    assert form.aff10b5_one is True
    assert form.not_subject_to_section16 is False


def test_amounts_past_their_group_of_thousands() -> None:
    """"10,0001", "2,9545", "69,064234": the figures past the last group of thousands are
    marks (AOSL-20250317-1's Table I, left out before): every field right."""
    form, off = _agent("AOSL-20250317-1")
    assert off == []
    rows = form.non_derivative_transactions or ()
    assert [r.shares for r in rows] == [Decimal(10000), Decimal(2954), Decimal(1897),
                                        Decimal(10000)]
    assert [r.footnotes.get("shares") for r in rows] == [("1",), ("5",), ("6",), ("7",)]
    assert rows[0].shares_owned_following == Decimal(69064)
    assert rows[0].footnotes["shares_owned_following"] == ("2", "3", "4")


@pytest.mark.parametrize("converter", ["inscriptis.txt", "markdownify.md"])
def test_amount_below_a_thousand_ending_in_an_unclaimed_note(converter: str) -> None:
    """SQ-20210104-1: "631" is 63 with note 1's mark glued on (no other value refers to
    note 1, and the table's cells glue marks: "2,7422" read as 2,742 and note 2):
    unknown, not 631; "1134" (113 and note 4, printed with no thousands comma among
    grouped amounts) unknown too. Through inscriptis the table is read with its bare
    marks; through markdownify it reads whole at once (no cell read off as a bare mark),
    and "2,7422" alone shows the table glues marks onto values
    (``glued_amount_tables``). Nothing wrong."""
    form, off = _agent("SQ-20210104-1", converter)
    assert all(o.endswith("missed") for o in off)
    row = (form.non_derivative_transactions or ())[0]
    assert row.shares is None and row.shares_owned_following == Decimal(10993)
    holdings = form.non_derivative_holdings or ()
    assert holdings[0].shares_owned_following == Decimal(2742)
    assert holdings[0].footnotes["shares_owned_following"] == ("2",)
    assert holdings[1].shares_owned_following is None


def _put(cells: str, notes: str) -> list[str]:
    body = lex(read_grid(cells))
    put = bare_marks_put(body, lex(read_grid(notes)))
    return [a.text for a in put or body if a.kind == "TEXT"]


def test_glued_cells_put() -> None:
    notes = "".join(f"{n}. Note {n} of the filing.\n" for n in range(1, 17))
    words = _put("Common Stock  02/17/2021  C1  6,944,440  A  $0.00  3,472,2202  I\n"
                 "Common Stock  02/17/2021  B1  53,48716  A  $0.00  02  D\n", notes)
    # a code's letter and an amount past its group: marks; "B" is no code; "16" names notes
    # 16, or 1 and 6: the amount alone; "02": zero and a mark
    assert words == ["Common", "Stock", "02/17/2021", "C(1)", "6,944,440", "A", "$0.00",
                     "3,472,220(2)", "I", "Common", "Stock", "02/17/2021", "B1", "53,487", "A",
                     "$0.00", "0(2)", "D"]
    # figures naming no listed note stay as printed, past a code's letter or an amount's group
    assert _put("Common Stock  02/17/2021  S3  1,0003  A  $0.00  10,0009  D\n",
                "1. The first note.\n2. The second note.\n")[3:8] == [
        "S3", "1,0003", "A", "$0.00", "10,0009"]


def test_glued_letter_read_only_as_its_cells_whole_text() -> None:
    # "A1" of a series' name shares its cell with "Series": no code's letter with a mark
    words = _put("Series A1  02/17/2021  C1  6,944  A  $0.00  6,944  I\n",
                 "1. The first note.\n2. The second note.\n")
    assert words[:3] == ["Series", "A1", "02/17/2021"] and words[3] == "C(1)"


def test_cell_of_two_marks_run_together() -> None:
    """LNKD-20130204-1 through markdownify: Table II's conversion price and both dates are
    each a cell of the marks "<sup>2</sup><sup>3</sup>", printed "23" (notes 1 to 6
    listed, none of two figures): marks 2 and 3, as EDGAR's record has them, not a
    price of 23 nor a date left unread."""
    form = parse_fixture(FIXTURES / "agent" / "LNKD-20130204-1" / "agent" / "markdownify.md")
    row = (form.derivative_transactions or ())[0]
    assert row.conversion_or_exercise_price is None
    assert row.exercise_date is None and row.expiration_date is None
    assert row.underlying_shares == Decimal(83334)
    for name in ("conversion_or_exercise_price", "exercise_date", "expiration_date"):
        assert row.footnotes[name] == ("2", "3")
    assert row.footnotes["transaction_code"] == ("1",)


def test_derivative_direction_by_the_amounts_place_under_column_5() -> None:
    """inscriptis's Table II header is one row numbering each sub-column ("5. Number of
    ... (A)", "5. (D)") and its rows print marks bare ("P1", exercise dates "1"), so the
    grid reader refuses its columns and the rows are read as typed values: the amount's
    (A) or (D) is told by where it stands, wholly under one sub-column
    (``form/grid_directions.py``). CMMB-20210316-1's warrant purchase stands under (A),
    AUR-20231019-1's three conversions under (D), as EDGAR's records have them."""
    form, off = _agent("CMMB-20210316-1", "inscriptis.txt")
    assert off == []
    assert [r.acquired_disposed for r in form.derivative_transactions or ()] == ["A"]
    form, off = _agent("AUR-20231019-1", "inscriptis.txt")
    assert off == []
    assert [r.acquired_disposed for r in form.derivative_transactions or ()] == ["D"] * 3


def test_two_figure_amount_not_read_as_marks_run_together() -> None:
    """LNKD-20130204-1 through markdownify, cut to show the shape: a text printing marks
    bare, notes 1 to 6 listed, whose Table I sale is an amount "15" and whose Table II
    amount is "45". Two figures in an amount's cell may be the amount or two marks run
    together (1 and 5): the amount is left unknown, its marks too, with a diagnostic;
    the price and dates "23" (prices printing "$", a date never two figures) stay marks
    2 and 3 (``bare_cell_marks.run_together_cells_emptied``)."""
    form = parse_fixture(FIXTURES / "agent" / "LNKD-20130204-1" / "agent"
                         / "markdownify-two-figure-amounts.md")
    sale = (form.non_derivative_transactions or ())[2]
    assert sale.shares is None and "shares" not in sale.footnotes
    assert sale.shares_owned_following == Decimal(8322)
    first = (form.non_derivative_transactions or ())[0]
    assert first.footnotes["price_per_share"] == ("2", "3")
    row = (form.derivative_transactions or ())[0]
    assert row.shares is None and "shares" not in row.footnotes
    for name in ("conversion_or_exercise_price", "exercise_date", "expiration_date"):
        assert row.footnotes[name] == ("2", "3")
    said = [d.message for d in form.diagnostics if "two figures where" in d.message]
    assert len(said) == 2 and said[0].startswith("'15'") and said[1].startswith("'45'")


def test_derivative_amount_reaching_over_a_subcolumn_edge_has_no_direction() -> None:
    """CMMB-20210316-1 through inscriptis with Table II's amount moved to reach over the
    edge between column 5's "(A)" and "(D)" sub-headers ("23,054" two characters past
    where "5. (D)" starts): the grid reader reads the table with its one-row header
    (marks bare: ``form/raised_marks.py``), the amount and its row, but not its
    direction (``grid_columns.undirected_over_edge``): where most of an amount stands
    does not tell its sub-column (pypdf's and pdfplumber's layout texts set the same
    place for amounts disposed of), and no other reading of the row tells it."""
    form = parse_fixture(FIXTURES / "agent" / "CMMB-20210316-1" / "agent"
                         / "inscriptis-straddling.txt")
    rows = form.derivative_transactions or ()
    assert [(r.shares, r.acquired_disposed) for r in rows] == [(Decimal(23054), None)]


@pytest.mark.parametrize(("cell", "glues"), [
    ("2,7422", True), ("10,00012", True), ("02", True), ("10,000", False), ("631", False)])
def test_table_gluing_amounts_by_the_cell_readers_pattern(cell: str, glues: bool) -> None:
    """An amount cell with figures past its last group of thousands (one or more: marks
    run together) or past a zero shows its table glues marks on, as the cell reader reads
    such figures as marks (``glued_amount_tables``, ``patterns.GLUED_AMOUNT_CELL_RE``)."""
    sections = Sections(layout="cells")
    sections.table_i = [{"shares_owned_following": Cell(cell)}]
    assert tables_gluing_amounts(sections) == (frozenset({"table_i"}) if glues else frozenset())
