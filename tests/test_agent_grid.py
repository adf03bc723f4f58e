"""The agent design (benchmarks/designs/agent.py) through the page grid: a header of one
row whose every sub-column prints its column's number, marks printed as superscripts.

The fixtures are AAPL-20190502-1's w3m and elinks texts (five sales, a mark on every
title and price): w3m wraps each superscript's number onto the line below its value
("Common Stock^" over "1"), elinks prints it after a caret ("Stock^1"); and its
page.pdf. Every field is scored against the filing's truth. The PDF's own glyphs are tried on words with the
boxes pdfium gives that design's page (a mark alone in its cell set small at its top).
AUR-20231019-1's elinks text centres each header cell: a column starts at its header's
widest line, left of its number (form/row_grid.py, ``_centred_anchors``); TSLA-20100702-1's
w3m text also sets a value a character left of its centred header, and wraps a date above
its row's values (form/row_bands.py, ``_opened``).
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from support import FIXTURES, fixture_text, off_fields, table_fields_off, truth_of

from form4lark import parse
from form4lark.form.row_grid import _bare_prices_unknown
from form4lark.inputs.glyphs import _lone_marks
from form4lark.inputs.raised_runs import RUN, read_runs
from form4lark.inputs.words import Word
from form4lark.sections import Cell
from form4lark.shapes.detect import without_drawing

AGENT = FIXTURES / "agent" / "AAPL-20190502-1" / "agent"


@pytest.mark.parametrize("name", ["w3m.txt", "elinks.txt", "page.pdf"])
def test_every_field_read(name: str) -> None:
    form, off = table_fields_off(AGENT / name)
    assert off == []
    rows = form.non_derivative_transactions
    assert rows is not None and len(rows) == 5
    assert str(rows[0].price_per_share) == "208.99"  # its mark "2" not glued on


NOTES = "Explanation of Responses:\n1. A plan.\n2. A weighted average.\n"


def test_wrapped_superscript_put_back_after_its_caret() -> None:
    text = ("Common Stock^ 05/02/2019     S     $208.99^   151,187\n"
            "1" + " " * 34 + "2\n" + NOTES)
    lines = without_drawing(text).split("\n")
    assert lines[0].split() == ["Common", "Stock(1)", "05/02/2019", "S", "$208.99(2)", "151,187"]
    assert lines[0].index("151,187") == text.index("151,187")  # the gap made room
    assert lines[1] == ""


def test_wrapped_number_not_a_listed_note_left() -> None:
    text = "Common Stock^ 05/02/2019\n7\n" + NOTES  # no note 7: a value, not a mark
    assert without_drawing(text).split("\n")[1] == "7"
    # nor a number that does not start where the caret's cell does
    text = "Common Stock^ 05/02/2019\n   1\n" + NOTES
    assert without_drawing(text).split("\n")[1] == "   1"


def test_number_blanked_below_stays_blanked_under_its_own_caret() -> None:
    # the "2" is the price's mark (line 1); its own line then holds a caret too
    text = ("Restricted  05/02/2019  $10.00^ 151,187\n"
            "Stock Units^            2\n"
            "1\n" + NOTES)
    lines = without_drawing(text).split("\n")
    assert lines[0].split() == ["Restricted", "05/02/2019", "$10.00(2)", "151,187"]
    assert lines[1].split() == ["Stock", "Units(1)"]
    assert lines[2] == ""


def test_form_numbered_headers_are_not_listed_notes() -> None:
    # "4." numbers a header above the notes; the notes list 1 and 2 only: "4" a value
    text = ("4. If Amendment, Date of Original Filed\n1. Title of Security\n"
            "Common Stock^ 05/02/2019\n4\n" + NOTES)
    assert without_drawing(text).split("\n")[3] == "4"
    marked = without_drawing(text.replace("\n4\n", "\n1\n"))
    assert marked.split("\n")[2] == "Common Stock(1) 05/02/2019"


def test_caret_alone_in_its_cell_is_a_mark() -> None:
    read = without_drawing("A     ^1    5,036,306\n1^st")
    assert read.split() == ["A", "(1)", "5,036,306", "1^st"]


# A narrow grid (w3m at 80 columns) wraps a cell's mark under its caret, in parentheses
NARROW = FIXTURES / "grid" / "narrow"


@pytest.mark.parametrize("name", ["EB-20220413-1-plain-w3m80.txt", "EB-20220413-1-sec-w3m80.txt"])
def test_marks_wrapped_under_their_carets_in_a_narrow_grid(name: str) -> None:
    # plain: "993^" over "(1)" on the row's values line, "2010 Seed^" over "(4)" (a
    # text's mark, read under its words); sec: the same inside the table's frame
    form, off = table_fields_off(NARROW / name)
    assert [field for field in off if "transactions" in field or "holdings" in field] == []
    rows = form.non_derivative_transactions
    assert rows is not None
    assert [(row.shares, row.footnotes) for row in rows] == [
        (Decimal("993"), {"shares": ("1",)}), (Decimal("993"), {"shares": ("2",)}),
        (Decimal("993"), {"shares": ("2",)})]


# EB-20220413-1's plain page at 80 columns: the shares' cell "993^(1)" wrapped in its column
_CARET_ROWS = ("Class A                                    993^                 Estate\n"
               "Common   04/13/2022            A           (1)    A   $ 0.0     Planning^\n"
               "Stock                                                           (4)\n"
               "\n1. The shares were issued.\n4. Held by a trust.\n")


def test_a_values_mark_wrapped_under_its_caret_goes_back_onto_it() -> None:
    lines = without_drawing(_CARET_ROWS).split("\n")
    assert lines[0].split()[2] == "993(1)"  # the amount's cell whole, its mark on it
    assert "(1)" not in lines[1]


def test_a_texts_mark_and_a_mark_alone_on_its_line_stay_where_they_are() -> None:
    lines = without_drawing(_CARET_ROWS).split("\n")
    assert lines[1].split()[-1] == "Planning"  # a text's cell: its mark stays below it
    assert lines[2].split()[-1] == "(4)"


def test_a_mark_that_is_all_its_line_holds_stays_below() -> None:
    # moving it would take the line out of the row, whose values' line it may be
    text = "Class A   993^     Estate\n          (1)\n\n1. The shares were issued.\n"
    assert without_drawing(text).split("\n")[1] == "          (1)"


def test_a_mark_under_a_text_ending_in_a_digit_stays_below() -> None:
    text = ("Series    B-1^     Preferred\n"
            "Stock     (4)      Stock   more\n\n4. A series.\n")
    lines = without_drawing(text).split("\n")
    assert lines[0].split()[1] == "B-1"
    assert lines[1].split()[1] == "(4)"


def test_a_texts_mark_left_below_does_not_keep_a_values_mark_there() -> None:
    # "(4)" stays under "Planning" and keeps the line: "(1)" goes back onto "993"
    text = ("Class A   993^     Estate Planning^\n"
            "          (1)      (4)\n\n1. The shares were issued.\n4. Held by a trust.\n")
    lines = without_drawing(text).split("\n")
    assert lines[0].split()[2] == "993(1)"
    assert lines[1].split() == ["(4)"]


@pytest.mark.parametrize("mark", ["(1)", "1  "])
def test_a_next_rows_own_cell_under_an_empty_superscript_stays_on_its_row(mark: str) -> None:
    # w3m prints "^" for an empty <sup> too; the next row holds a date under the row's
    # date: two rows, the "(1)" (or "1") is the second row's own cell
    text = ("Option  $10.00^   01/01/2020  A\n"
            f"Option  {mark}       01/01/2021  A\n\n1. A price.\n")
    lines = without_drawing(text).split("\n")
    assert lines[0].split()[1] == "$10.00"
    assert lines[1].split()[1] == mark.strip()


def test_a_next_rows_own_mark_with_no_value_under_a_value_is_taken_for_the_carets() -> None:
    # what the rule assumes (detect._line_kept): with no value of its own under one of
    # the caret's line, a next row's "(1)" cell that starts where an empty <sup>'s
    # caret's cell does is read as that caret's mark
    text = "Option  $10.00^   A\nOption  (1)       A\n\n1. A price.\n"
    assert without_drawing(text).split("\n")[0].split()[1] == "$10.00(1)"


def _w(text: str, x0: float, top: float, bottom: float) -> Word:
    return Word(text, x0, x0 + 5 * len(text), top, bottom)


def test_mark_set_small_at_its_cells_top_is_a_mark() -> None:
    # LNKD-20110524-1's page: "A", then "78" (notes 7 and 8) alone in the price's cell,
    # its box's top the line's, its baseline a point above; "2" likewise; "0" a value
    words = [_w("115,335", 385, -160.4, -151.0), _w("A", 423, -160.4, -151.0),
             _w("78", 465, -160.4, -152.0), _w("115,335", 564, -160.4, -151.0),
             _w("A", 600, -100.0, -90.7), _w("2", 640, -100.0, -91.6),
             _w("$11.1484(2)", 700, -306.1, -294.0), _w("0", 760, -306.1, -296.8),
             _w("D", 800, -306.1, -296.8)]
    # "78" kept as a run of raised digits, read once the notes are known: with none
    # listed (these words list none) it is left out
    assert [w.text for w in _lone_marks(words)][2] == RUN + "78"
    assert [w.text for w in read_runs(_lone_marks(words))] == [
        "115,335", "A", "115,335", "A", "(2)", "$11.1484(2)", "0", "D"]


def test_number_set_small_beside_a_word_is_kept() -> None:
    # a zip code and an amount set ~5% smaller at the top of their cells beside words:
    # values, not marks (a mark is measured beside a value or a one-letter code)
    words = [_w("Cupertino", 100, -100.0, -90.0), _w("95014", 160, -100.0, -90.6),
             _w("Shares", 300, -60.0, -50.0), _w("500", 340, -60.0, -50.6),
             _w("5", 380, -60.0, -50.6)]
    assert [w.text for w in _lone_marks(words)] == [
        "Cupertino", "95014", "Shares", "500", "5"]
    # two cells holding marks only, side by side: the second measured by the first
    words = [_w("704,849", 100, -60.0, -50.0), _w("1", 140, -60.0, -51.0),
             _w("1", 180, -60.0, -51.0), _w("Class", 220, -60.0, -50.0)]
    assert [w.text for w in _lone_marks(words)] == ["704,849", "(1)", "(1)", "Class"]


def test_bare_price_of_a_mark_unknown_where_prices_print_dollars() -> None:
    rows = [{"price_per_share": Cell("$41.85"), "shares": Cell("115,335")},
            {"price_per_share": Cell("5"), "shares": Cell("19,066,032")},
            {"price_per_share": Cell("78(1)")}]
    assert _bare_prices_unknown(rows) == [rows[0], {"shares": Cell("19,066,032")}, {}]
    # a table printing no "$" tells nothing
    assert _bare_prices_unknown(rows[1:]) == rows[1:]
    # "0" and "05" are no note's number: a price of nought is kept beside a "$" price
    nought = [rows[0], {"price_per_share": Cell("0")}, {"price_per_share": Cell("05")}]
    assert _bare_prices_unknown(nought) == nought


def test_lynx_caption_label_left_out() -> None:
    text = ("   Common Stock 15,805 I By Living Trust\n\n"
            "   CAPTION: Table II - Derivative Securities Acquired\n")
    lines = without_drawing(text).split("\n")
    assert lines[2].split() == ["Table", "II", "-", "Derivative", "Securities", "Acquired"]
    assert lines[2].index("Table") == text.split("\n")[2].index("Table")  # columns kept
    assert without_drawing("a CAPTION: b") == "a CAPTION: b"  # only a line's label


def test_centred_numbered_headers_start_their_columns_at_their_widest_line() -> None:
    # elinks of AUR-20231019-1: a header of one row, each cell centred, "7. Nature of"
    # over the wider "Indirect Beneficial" whose start is the column's (the nature "See
    # Footnotes^2^3" starts there, left of the "7."): the column starts at that line
    form, off = table_fields_off(FIXTURES / "agent" / "AUR-20231019-1" / "agent" / "elinks.txt")
    assert off == []
    rows = form.non_derivative_transactions
    assert rows is not None
    assert [(r.nature_of_ownership, r.footnotes["nature_of_ownership"]) for r in rows] == [
        ("See Footnotes", ("2", "3")), ("See Footnotes", ("2", "4")),
        ("See Footnotes", ("2", "5"))]


def test_narrow_wrapped_headers_and_dates_wrapped_above_their_rows() -> None:
    # w3m of TSLA-20100702-1: Table II's narrow columns wrap their centred headers ("2."
    # over "Conversion", "10. Ownership" a character right of its column's "I"), and
    # each row's deemed date wraps, "07/02/" beside the title's first line above the
    # row's values: the next row's "Series B" / "07/02/" line opens that row, not the one
    # above's (the table was left out)
    form, off = table_fields_off(FIXTURES / "agent" / "TSLA-20100702-1" / "agent" / "w3m.txt")
    assert off == []
    rows = form.derivative_transactions
    assert rows is not None
    assert [r.security_title for r in rows] == [
        *(f"Series {s} Preferred Stock" for s in "ABCDE"), "Series C Warrants (right to buy)"]
    assert {(str(r.deemed_execution_date), r.direct_or_indirect) for r in rows} == {
        ("2010-07-02", "I")}


def test_date_wrapped_above_a_row_under_one_without_it_opens_its_row() -> None:
    # the same text with the first row's deemed date blanked (a deemed date on some rows
    # only): the next row's "Series B" / "07/02/" line opens that row though the row above
    # has no value in that column, not its title's "Series B" read with the row above
    # (the second title read "Preferred Stock")
    path = FIXTURES / "agent" / "TSLA-20100702-1" / "agent" / "w3m.txt"
    lines = fixture_text(path).splitlines()
    first = lines.index("Series A                          07/02/")
    lines[first] = "Series A"
    lines[first + 1] = lines[first + 1].replace("07/02/2010  2010", "07/02/2010      ")
    form = parse("\n".join(lines) + "\n")
    off = off_fields(truth_of(path), form)
    assert off == ["derivative_transactions[0].deemed_execution_date missed"]
    rows = form.derivative_transactions
    assert rows is not None
    assert [r.security_title for r in rows] == [
        *(f"Series {s} Preferred Stock" for s in "ABCDE"), "Series C Warrants (right to buy)"]


def test_a_one_character_ownership_set_a_space_before_the_nature_header_stays_its_own() -> None:
    # w3m's text of an agent page, the "I"s set right in their column, a space before
    # "7. Nature" ("14,872   I By The Founders Fund"): whether or not the nature's column
    # starts a character left of its centred header (``row_grid._past_column_before``),
    # the "I" is column 6's value, not the nature's first word ("I By The ..."); the
    # nature, its wrapped lines no longer under it, is unknown today, never wrong
    lines = fixture_text(FIXTURES / "agent" / "rows" / "holding-under-row-w3m.txt").splitlines()
    nature = next(line for line in lines if "7. Nature" in line).index("7. Nature")
    spaced = " I" + " " * 23 + "By The Founders Fund"
    moved = 0
    for n, line in enumerate(lines):
        if line.startswith("Class A") and line.endswith(spaced):
            lines[n] = line.removesuffix(spaced).rstrip().ljust(nature - 2) + "I By The Founders Fund"
            moved += 1
    assert moved == 2
    rows = parse("\n".join(lines) + "\n").non_derivative_transactions or []
    assert [r.direct_or_indirect for r in rows[:2]] == ["I", "I"]
    assert all(r.nature_of_ownership in (None, "By The Founders Fund IV, LP") for r in rows[:2])
