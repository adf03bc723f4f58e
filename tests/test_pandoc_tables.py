"""Pandoc's markdown tables without pipes: grid tables (``shapes/grid_tables.py``) and
simple and multiline tables (``shapes/dash_tables.py``) read as pipe-table rows; and
box 1's nested table printed after its table's rows (trafilatura, ``form/regions.py``)."""

from __future__ import annotations

import dataclasses

from form4lark.form.atoms import lex
from form4lark.form.header import owner_block
from form4lark.form.regions import box_of_sequence
from form4lark.inputs.ocr_doubts import doubted_to_none
from form4lark.shapes.dash_tables import dash_tables_as_pipes
from form4lark.shapes.detect import shape_of
from form4lark.shapes.grid_tables import cut_words, grid_tables_as_pipes, has_grid_tables
from form4lark.shapes.markdown import markdown_lines, read_markdown
from support import FIXTURES, parse_fixture

PLAIN = FIXTURES / "other-converters" / "AAPL-20190812-1" / "plain" / "pandoc-markdown.txt"

BORDER = "+-----------------------+-----------------------+"


def _grid(*rows: tuple[str, str]) -> str:
    return "\n".join([BORDER, *(f"| {a:<21} | {b:<21} |" for a, b in rows), BORDER])


def test_a_row_becomes_one_pipe_row_on_its_first_line() -> None:
    text = _grid(("[1. Name and Address", "[2. Issuer Name"), ("of Reporting", "]{.Med}\\"),
                 ("Person]{.Med}", "[APPLE INC]{.u}"))
    out = grid_tables_as_pipes(text).split("\n")
    assert len(out) == len(text.split("\n"))  # every line keeps its number
    assert out[1] == ("| [1. Name and Address of Reporting Person]{.Med} | "
                      "[2. Issuer Name ]{.Med}<br>[APPLE INC]{.u} |")
    assert out[2:4] == ["", ""] and out[-1] == "|---|---|"
    line = markdown_lines(text)[0]
    assert [p.text for p in line.pieces] == ["1. Name and Address of Reporting Person",
                                             "2. Issuer Name\nAPPLE INC"]


def test_a_word_longer_than_its_cell_is_put_back_together() -> None:
    # pandoc cuts "[05/02/2019]{.FormData}" into pieces of the cell's width, from its end
    text = _grid(("(Month/Day/Year)", ""), ("[0", ""), ("5/02/2019]{.FormData}", ""))
    assert "(Month/Day/Year) [05/02/2019]{.FormData} |" in grid_tables_as_pipes(text)
    assert cut_words(text) == frozenset()


def test_a_paragraph_line_ending_at_the_edge_is_not_glued_to_the_line_before() -> None:
    text = _grid(("Securities", ""), ("Exchange Act of 1934,", ""))
    assert "| Securities Exchange Act of 1934, |" in grid_tables_as_pipes(text)


def test_a_nested_tables_cut_line_is_put_back_together() -> None:
    text = _grid(("  -------------", ""), ("---------------------", ""),
                 ("  [WILLIAMS JEF", ""), ("FREY E](/cgi-bin/brow", ""),
                 ("se-edgar?action=getco", ""), ("mpany&CIK=0001496686)", ""),
                 ("  [ONE APPLE", ""), (" PARK WAY]{.FormData}", ""),
                 ("  [C/O", ""), (" REINVENT TECHNOLOGY ", ""), ("PARTNERS,]{.FormData}", ""))
    cell = grid_tables_as_pipes(text + "\nfor Jeffrey E. Williams").split("\n")[1]
    assert cell.split("<br>") == [
        "| [WILLIAMS JEFFREY E](/cgi-bin/browse-edgar?action=getcompany&CIK=0001496686)",
        "[ONE APPLE PARK WAY]{.FormData}",
        "[C/O REINVENT TECHNOLOGY PARTNERS,]{.FormData} |  |"]
    # the signature shows "Jeffrey": no space was lost where the name was cut
    assert cut_words(text + "\nfor Jeffrey E. Williams") == frozenset()


def test_a_space_lost_where_a_nested_line_was_cut_leaves_the_word_doubted() -> None:
    # "  [C/O" then "YELP INC.]": the space after "C/O" (or none) is lost in the cell's
    text = _grid(("  [C/O", ""), ("YELP INC.]{.FormData}", ""), ("  [ ]{.cb} Direc", ""),
                 ("tor", ""))
    assert "[C/OYELP INC.]{.FormData}" in grid_tables_as_pipes(text)
    assert cut_words(text) == {"c/oyelp"}  # "Director" is a printed word of the form
    form = dataclasses.replace(parse_fixture(PLAIN), remarks="C/OYELP INC. and C/O YELP")
    cleared = doubted_to_none(form, dict.fromkeys(cut_words(text), 0.0), "cut")
    assert cleared.remarks is None
    assert [d.message for d in cleared.diagnostics[len(form.diagnostics):]] == [
        "cut 'C/OYELP': left unknown"]
    assert doubted_to_none(dataclasses.replace(form, remarks="C/O YELP"), {"c/oyelp": 0.0},
                           "cut").remarks == "C/O YELP"


def test_a_grid_table_in_markdown_makes_a_text_of_cells() -> None:
    text = _grid(*[("1\\. Name", "[AAPL]{.u}")] * 6)
    assert has_grid_tables(text) and shape_of(text) == "cells"
    assert not has_grid_tables("+-----+\nnot a row\n")


def _row(a: str, b: str = "", c: str = "") -> str:
    return f"  {a:<23} {b:<11} {c}".rstrip()


MULTILINE = "\n".join([
    "  " + "-" * 40, _row("**Table II - Derivative"), _row("Securities**\\"),
    _row("**(e.g., puts)**"), _row("-" * 23, "-" * 11, "----"),
    _row("1\\. Title of", "2\\. Price", "3\\."), _row("Security", "of"), _row("", "Derivative"),
    "", _row("[Stock Option", "[\\$10]{.u}", "[M]{.u}"), _row("(Right)]{.u}"), "  " + "-" * 40, ""])


def test_a_multiline_tables_rows_become_pipe_rows() -> None:
    out = dash_tables_as_pipes(MULTILINE).split("\n")
    assert len(out) == len(MULTILINE.split("\n"))
    assert out[1] == "| **Table II - Derivative Securities**<br>**(e.g., puts)** |  |  |"
    assert out[2:4] == ["", ""] and out[4] == "|---|---|---|"
    assert out[5] == "| 1\\. Title of Security | 2\\. Price of Derivative | 3\\. |"
    assert out[9] == "| [Stock Option (Right)]{.u} | [\\$10]{.u} | [M]{.u} |"
    assert [p.text for p in markdown_lines(MULTILINE)[2].pieces] == [
        "Stock Option (Right)", "$10", "M"]


def test_a_simple_tables_rows_are_one_a_line() -> None:
    text = "  ----- -----\n  A     1\n  B     2\n\n  -----------\n"
    assert dash_tables_as_pipes(text).split("\n")[:3] == ["|---|---|", "| A | 1 |", "| B | 2 |"]


def test_a_table_where_a_word_crosses_its_columns_is_left_alone() -> None:
    text = "  ----- -----\n  Acrossword\n\n  B     2\n  -----------\n"
    assert dash_tables_as_pipes(text) == text


def test_box_1s_nested_table_printed_after_the_header_is_box_1s() -> None:
    # trafilatura prints a nested table after the table holding it: box 1's name and
    # address come after box 6's label
    text = "\n".join([
        "| 1. Name and Address of Reporting Person* (Street) | 2. Issuer Name and Ticker "
        "or Trading Symbol APPLE INC [ AAPL ] |",
        "|---|---|",
        "|  | 4. If Amendment, Date of Original Filed (Month/Day/Year) | 6. Individual or "
        "Joint/Group Filing (Check Applicable Line) |",
        "| WILLIAMS JEFFREY E |", "| (Last) | (First) | (Middle) |", "| ONE APPLE PARK WAY |",
        "| CUPERTINO | CA | 95014 |", "| (City) | (State) | (Zip) |"])
    atoms = lex(read_markdown(text), "boxes")
    owner = box_of_sequence(atoms)
    box1 = [a.text for i, a in enumerate(atoms) if owner.get(i) == "BOX1" and a.kind == "TEXT"]
    assert box1[:3] == ["WILLIAMS", "JEFFREY", "E"] and "CUPERTINO" in box1
    assert not any(a.kind == "STREET" and owner.get(i) for i, a in enumerate(atoms))
    # the labels as one run of words (a text in reading order): box 6's, as before
    flat = text.replace("| (Last) | (First) | (Middle) |", "| (Last) (First) (Middle) |")
    atoms = lex(read_markdown(flat), "boxes")
    owner = box_of_sequence(atoms)
    assert not any(owner.get(i) == "BOX1" and a.text == "WILLIAMS" for i, a in enumerate(atoms))


def test_box_1_without_its_street_label_reads_the_place_above_the_city_labels() -> None:
    text = "\n".join([
        "| 1. Name and Address of Reporting Person* (Street) | 2. Issuer Name and Ticker or "
        "Trading Symbol APPLE INC [ AAPL ] |", "|---|---|",
        "|  | 6. Individual or Joint/Group Filing (Check Applicable Line) |",
        "| WILLIAMS JEFFREY E |", "| (Last) | (First) | (Middle) |", "| C/O APPLE INC. |",
        "| ONE APPLE PARK WAY |", "| CUPERTINO | CA | 95014 |", "| (City) | (State) | (Zip) |"])
    atoms = lex(read_markdown(text), "boxes")
    owner = box_of_sequence(atoms)
    block = owner_block([a for i, a in enumerate(atoms)
                         if owner.get(i) == "BOX1" or a.kind == "BOX1"], by_cell=True)
    assert block.name is not None and block.name.text == "WILLIAMS JEFFREY E"
    assert [c.text for c in block.street] == ["C/O APPLE INC.", "ONE APPLE PARK WAY"]
    assert [c.text if c else None for c in (block.city, block.state, block.zip)] == [
        "CUPERTINO", "CA", "95014"]
    # a place line that is not three cells: neither street nor place is known
    atoms = lex(read_markdown(text.replace("| CUPERTINO | CA | 95014 |",
                                           "| CUPERTINO CA 95014 |")), "boxes")
    owner = box_of_sequence(atoms)
    one_cell = owner_block([a for i, a in enumerate(atoms)
                            if owner.get(i) == "BOX1" or a.kind == "BOX1"], by_cell=True)
    assert one_cell.street == [] and one_cell.city is None
