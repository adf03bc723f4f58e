"""Footnote marks printed in square brackets ("$201.69 [1]", "[[1]](#fn1)", "[F1]", a note
"[1] This transaction ...") read as the form's "(1)" (form4lark/bracket_marks.py): corpus
texts with their marks rewritten so read the same fields right as the texts themselves,
and what only looks like a mark (a browser's link number, pandoc's span, a link) is kept."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from form4lark import parse
from form4lark.bracket_marks import marks_of_brackets

from support import CORPUS, FIXTURES, fixture_text, off_fields, record, table_fields_off, truth_of

#: texts of four shapes (cells, grid, stream) whose marks stand on values and notes
TEXTS = ["GOOG-20151002-1/text/html2text.md", "GOOG-20220413-1/text/markdownify.md",
         "GOOG-20220413-1/text/pdftotext-layout.txt", "GOOG-20151002-1/text/pdftotext-raw.txt",
         "XOOM-20130221-1/text/pdftotext-layout.txt"]
_MARK = re.compile(r"\((\d{1,2})\)")
_VALUE_MARK = re.compile(r"(?<=\S)\((\d{1,2})\)")


@pytest.mark.parametrize(("text", "expected"), [
    ("Common Stock| 08/12/2019| S| 17500| D| $201.69 [1]| 1133283", "$201.69 (1)|"),
    ("| $201.69 [[1]](#fn1) | 1133283 |", "$201.69 (1) |"),
    ("| $201.69 [\\[12\\]](#fn12) |", "$201.69 (12) |"),
    # pandoc's markdown of a note's link with its class: "{.fn}" is the link's, no word's
    ("  Common Stock [\\[1\\]](#fn1){.fn}   05/02/2019", "Common Stock (1)   05/02/2019"),
    ("Common Stock [F3] |", "Common Stock (3) |"),
    ("$ 0 10/02/2015 C 16,670 [19] [20] Class A", "16,670 (19) (20) Class A"),
    ("[2] [3] 04/01/2013 C[1] 83,334 [2] [3]", "(2) (3) 04/01/2013 C(1) 83,334 (2) (3)"),
    ("\\[1\\] This transaction was executed", "(1) This transaction"),
    ("   [2] Held by the trust.", "   (2) Held by"),
    ("   $201.69\n            [1]      \n", "            (1)      "),
    ("| 379 |  |  [2] |  [2] | Common Stock |", "|  (2) |  (2) | Common"),
    # a price of only marks, the next cell one space on (w3m packs a table's columns)
    ("2028942  A          [7] [8] 115335     I", "A          (7) (8) 115335     I"),
])
def test_a_bracketed_mark_is_the_forms_mark(text: str, expected: str) -> None:
    assert expected in marks_of_brackets(text)


@pytest.mark.parametrize("text", [
    "[1]WILLIAMS JEFFREY E",                          # lynx's link number before a link
    "$201.69 [3][1] 1133283",                         # a link number before the mark
    "$5 [1] 1,000\nBy Fund, L.P.[2][3]",               # a run: the whole text as written
    "[\\$]{.FormText}[0]{.FormData}",                 # pandoc's span around a value
    "see [1](https://www.sec.gov/x) and [2]: http://a",  # links and their references
    "Plan[a] and [123] and [ ] and [X]",              # no footnote's number
])
def test_what_only_looks_like_a_mark_is_kept(text: str) -> None:
    assert marks_of_brackets(text) == text


@pytest.mark.parametrize("name", TEXTS)
def test_marks_in_brackets_read_as_the_texts_own(name: str) -> None:
    path = CORPUS / name
    text = fixture_text(path)
    bracketed = _MARK.sub(r"[\1]", text)  # values' marks and notes' labels alike
    assert bracketed != text
    own, got = parse(text), parse(bracketed)
    assert record(got) == record(own)
    assert off_fields(truth_of(path), got) == off_fields(truth_of(path), own)
    assert any(row.footnotes for row in got.non_derivative_transactions or ())
    assert got.footnotes and got.footnotes == own.footnotes


@pytest.mark.parametrize("name", [n for n in TEXTS if n.endswith(".md")])
def test_marks_as_markdown_links_read_as_the_texts_own(name: str) -> None:
    path = CORPUS / name
    text = fixture_text(path)
    linked = _VALUE_MARK.sub(lambda m: f" [[{m.group(1)}]](#fn{m.group(1)})", text)
    assert linked != text
    assert record(parse(linked)) == record(parse(text))


_NOTES = "\n(2) Held by the fund.\n[3] Held by the trust.\n[4] Weighted average.\n"


def test_marks_printed_together_with_no_space_are_marks_where_no_link_is_numbered() -> None:
    """"[2][3]" (a PDF's text that ran two marks together, pdfplumber) reads as two marks
    where the text numbers no links: a mark stands alone after a value or a word (a terminal
    browser numbers every link), no number is glued to a word, no list of links, and the
    run's numbers are notes the text defines, rising. Otherwise the text stays whole."""
    text = "$2.7731 627104 [2] D\n02/27/2024 S 533024 D 11674129 I See Footnotes [3][4]" + _NOTES
    text = text.replace("(2)", "[2]")
    assert "Footnotes (3)(4)\n" in marks_of_brackets(text)
    assert "627104 (2) D" in marks_of_brackets(text)
    kept = [text.replace("[3][4]", "[4][3]"),  # falling: a link number before a mark
            text.replace("[3][4]", "[3][5]"),  # no note (5)
            text.replace("627104 [2] D", "627104 [7][2] D"),  # no mark alone
            text.replace("627104 [2] D", "[9]Home 627104 [2] D"),  # a link number
            text + "References\n  1. file:///page.html#fn3\n"]
    for other in kept:
        assert marks_of_brackets(other) == other, other


def test_the_fixtures_are_there() -> None:
    assert all((CORPUS / n).with_name(Path(n).name + ".gz").exists() or (CORPUS / n).exists()
               for n in TEXTS)


_GLUED_NOTES = "\n[1] Weighted average.\n[2] Held by the trust.\n"


def test_a_mark_glued_onto_the_next_cells_figure_is_set_apart() -> None:
    """pypdf's layout text of the web design's page loses the space between a value's mark
    and the next cell ("$66.903 [1]37565", "10000 [1]A", "69064 [1][2]D"): the marks are
    set one space apart (a space taken from the gap after that cell, so that the cells
    after it keep their columns) where each is a note the text defines; otherwise, or where
    the text lists links (a browser's link numbers), the text stays as written."""
    text = ("Common  $66.903 [1]37565      D\nCommon  10000 [1]A     $0\n"
            "Common  69064 [1][2]D\n" + _GLUED_NOTES)
    read = marks_of_brackets(text)
    assert "$66.903 (1) 37565     D\n" in read
    assert "10000 (1) A    $0\n" in read
    assert "69064 (1)(2) D\n" in read
    for other in (text.replace("[1]37565", "[3]37565"),  # no note (3)
                  text + "References\n  1. file:///page.html#fn1\n"):
        assert marks_of_brackets(other) == other, other


@pytest.mark.parametrize(("filing", "missed"), [
    ("AOSL-20250317-1", []),
    # its Table II's underlying title wraps onto a line of its own ("Stock"), left unknown
    ("AAPL-20190812-1", ["derivative_transactions[0].underlying_security_title missed"])])
def test_marks_glued_onto_the_next_cell_read_whole(filing: str, missed: list[str]) -> None:
    """pypdf's layout text of the web design's page, each value's mark glued onto the next
    cell ("$201.69 [1]1133283", "2954 [5]D", "64213 [2][3][4]D"): every field the truth's
    but those missed (the table was left out, and every mark with it, while one stayed
    glued)."""
    path = FIXTURES / "web" / filing / "web" / "pypdf-layout.txt"
    form, off = table_fields_off(path)
    assert off == missed
    assert any(row.footnotes for row in form.non_derivative_transactions or ())


def test_a_mark_glued_onto_a_word_or_after_a_flag_is_left_out() -> None:
    """pypdf's layout text of the web design's page runs an empty cell's mark into the
    cell beside it ("D[3]      [3]Common": the two empty dates' marks, after the (A)/(D)
    letter and before the underlying title): whose cell each is cannot be told, so they
    are left out (their widths kept), the rest of the text's marks read; a mark of no
    note the text defines leaves the text as written."""
    text = "Units  [2]  05/15/2021  M  1386   D[3]      [3]Common  1386\n" + _GLUED_NOTES + \
        "[3] Vests.\n"
    read = marks_of_brackets(text)
    assert "Units  (2)  05/15/2021  M  1386   D         " in read
    assert "          Common  1386\n" in read
    other = text.replace("[3] Vests.\n", "")
    assert marks_of_brackets(other) == other


def test_table_ii_with_marks_glued_beside_its_flag_read_without_them() -> None:
    """FB-20210515-1: "D[3]" and "[3]Common" in Table II's row: the row read, its two
    dates' marks missed, never given to the (A)/(D) letter."""
    form, off = table_fields_off(FIXTURES / "web" / "FB-20210515-1" / "web" / "pypdf-layout.txt")
    assert [f for f in off if f.endswith(" wrong")] == []
    [row] = form.derivative_transactions or []
    assert (row.acquired_disposed, row.shares, row.footnotes.get("acquired_disposed")) == (
        "D", 1386, None)
