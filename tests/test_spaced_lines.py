"""A page grid that is the page's visual lines set at their x (pdfplumber's text with
``layout=True``): told by a table's numbered column headers one space apart on one
line; read also as those lines, spaces squeezed, and that reading taken where it knows
more values than the grid's (a cell's lines cut into letters among its row's values)."""

from __future__ import annotations

import form4lark
from form4lark.scoring import score
from form4lark.shapes.lines import spaced_lines
from support import FIXTURES, fixture_text, record, truth_of

STACKED = FIXTURES / "grid" / "stacked" / "XOOM-20130221-1" / "sec" / "pdfplumber-layout.txt"

#: Table II's numbered column headers as a grid keeping the page's columns prints them
_KEPT_APART = ("     1. Title of     2.            3. Transaction   3A. Deemed     4.\n"
               "     Derivative      Conversion    Date             Execution      Transaction\n")
#: ... and as pdfplumber sets them at their x, the columns run together on the line
_RUN_TOGETHER = ("     1. Title of 2. 3. Transaction 3A. Deemed 4. 5. Number   \n"
                 "     Derivative Conversion Date Execution Date, Transaction of\n"
                 "\n"
                 "           $9.97 11/20/2020    M      1,987 (1) 11/12/2025 Co\n")


def test_a_grid_keeping_its_columns_apart_is_no_visual_lines() -> None:
    assert spaced_lines(_KEPT_APART) is None


def test_headers_one_space_apart_make_the_grid_visual_lines_each_kept_on_its_line() -> None:
    lines = spaced_lines(_RUN_TOGETHER)
    assert lines is not None
    assert lines.split("\n") == [
        "1. Title of 2. 3. Transaction 3A. Deemed 4. 5. Number",
        "Derivative Conversion Date Execution Date, Transaction of", "",
        "$9.97 11/20/2020 M 1,987 (1) 11/12/2025 Co", ""]


def test_titles_cut_into_letters_are_read_from_the_visual_lines_and_only_rightly() -> None:
    # XOOM-20130221-1: Table II's titles and natures interleaved a few letters a line; the
    # grid leaves them unknown, its visual lines read them as the filing holds them
    text = fixture_text(STACKED)
    truth = truth_of(STACKED)
    grid = dict(score(truth, record(form4lark.parse(text, layout="grid"))))
    read = form4lark.parse(text)
    got = dict(score(truth, record(read)))
    assert read.layout == "grid"
    assert "wrong" not in got.values()
    missed = [p for p, v in got.items() if v == "missed"]
    assert len(missed) < len([p for p, v in grid.items() if v == "missed"])
    assert got["derivative_transactions[2].security_title"] == "right"
    assert record(read)["derivative_transactions"][2]["security_title"] == "Series B Preferred Stock"
