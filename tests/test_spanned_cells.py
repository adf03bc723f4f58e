"""A spanned cell printed once per column it spans (pymupdf4llm without its table
finder): the copied columns are dropped table by table (``shapes/spanned_cells.py``)."""

from __future__ import annotations

from form4lark.shapes.spanned_cells import without_copied_cells
from form4lark.text import join_wrapped
from support import FIXTURES, parse_fixture

TITLE = "**Table I - Non-Derivative Securities Acquired**"


def _table(*rows: list[str]) -> str:
    return "\n".join("|" + "|".join(row) + "|" for row in rows)


def test_a_column_copying_its_left_neighbour_in_every_row_is_dropped() -> None:
    text = _table([TITLE] * 4, ["1. Title", "1. Title", "4. Amount", "4. Amount"],
                  ["Common Stock", "Common Stock", "13,433", "13,433"])
    assert without_copied_cells(text).split("\n") == [
        f"|{TITLE}||", "|1. Title|4. Amount|", "|Common Stock|13,433|"]


def test_a_column_that_differs_in_one_row_stays() -> None:
    # the amount's (A) and (D) columns share their header's top cell, not their own
    text = _table([TITLE] * 3, ["4. Amount", "4. Amount", "5. Owned"], ["(A)", "(D)", ""],
                  ["", "2,088,955", "6,296,802"])
    assert without_copied_cells(text).split("\n")[1:] == [
        "|4. Amount|4. Amount|5. Owned|", "|(A)|(D)||", "||2,088,955|6,296,802|"]


def test_each_table_is_told_apart_by_its_spanning_row() -> None:
    # the rows above the first spanning row differ: nothing of theirs is dropped; the
    # table below drops its own copies only
    text = _table(["1. Name", "1. Name", "2. Issuer"], ["DOE JOHN", "DOE JOHN", "ACME"],
                  [TITLE] * 3, ["(1)", "(1)", "05/02/2019"])
    assert without_copied_cells(text).split("\n") == [
        "|1. Name|1. Name|2. Issuer|", "|DOE JOHN|DOE JOHN|ACME|", f"|{TITLE}||", "|(1)|05/02/2019|"]


def test_tables_without_a_spanning_row_are_left_as_they_are() -> None:
    # two columns that hold the same marks ("(1)" exercisable, "(1)" expiring) are two cells
    text = "|Class B|(1)|(1)|Class A|\n|---|---|---|---|\n|Class B|(1)|(1)|Class A|\n"
    assert without_copied_cells(text) == text


def test_the_converters_text_reads_to_the_truth_with_its_tables() -> None:
    path = FIXTURES / "other-converters" / "AAPL-20190812-1" / "sec" / "pymupdf4llm-plain.txt"
    form = parse_fixture(path)
    # no row was read while the copies stood
    assert [(r.security_title, str(r.shares), str(r.price_per_share))
            for r in form.non_derivative_transactions] == [
        ("Common Stock", "17500", "23.8257"), ("Common Stock", "17500", "201.69")]


def test_a_dash_alone_at_a_lines_end_keeps_its_space() -> None:
    assert join_wrapped(["Fund III -", "Endurance Partners"]) == "Fund III - Endurance Partners"
    assert join_wrapped(["Series C-", "1 Preferred"]) == "Series C-1 Preferred"


def test_a_header_spanned_under_headers_of_their_own_is_kept_once() -> None:
    # "Price" printed under "5. Owned" and "6. Form" too: the headers above tell them apart
    text = _table([TITLE] * 4, ["4. Amount", "4. Amount", "5. Owned", "6. Form"],
                  ["Amount", "Price", "Price", "Price"], ["3,400(2)", "$886.69", "2,085,555", "D"])
    assert without_copied_cells(text).split("\n")[2:] == [
        "|Amount|Price|||", "|3,400(2)|$886.69|2,085,555|D|"]


def test_a_page_table_under_its_title_and_unnamed_columns_drops_its_copies() -> None:
    # a page's table opens with its title once, the converter naming the other columns;
    # the next table's spanning title shows the converter repeats spanned cells
    table_ii = "**Table II - Derivative Securities Acquired**"
    page = ("|Table I - Non-Derivative|Col2|Col3|\n|---|---|---|\n"
            + _table(["1. Title", "1. Title", "2. Date"], ["Common Stock", "Common Stock", "05/03/2019"],
                     ["Common Stock", "Common Stock", ""], [table_ii] * 3))
    assert without_copied_cells(page).split("\n") == [
        "|Table I - Non-Derivative|Col3|", "|---|---|---|", "|1. Title|2. Date|",
        "|Common Stock|05/03/2019|", "|Common Stock||", f"|{table_ii}|"]
    # without a spanning row anywhere in it, the same table is left as it is
    plain = page.rsplit("\n", 1)[0]
    assert without_copied_cells(plain) == plain


def test_strong_emphasis_glued_between_words_is_set_apart() -> None:
    # pymupdf4llm prints box 2's label with its bold "and" glued to the words around it
    from form4lark.shapes.markdown import clean_cell
    assert clean_cell("2. Issuer Name**and** Ticker<br>ACME [ AC ]") == (
        "2. Issuer Name and Ticker\nACME [ AC ]", None)
    assert clean_cell("**Table I** - x") == ("Table I - x", None)
