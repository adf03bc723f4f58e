"""Checkbox marks drawn in other ways than the corpus's pages draw them (a glyph pair,
"[X]"/"[ ]", an image, a form input, an ARIA checkbox, a ballot box entity): the corpus's
own pages with only their marks rewritten (tests/mark_variants.py) read the flags of
their truth.json; a page that draws one glyph on every box reads them unknown, never wrong."""

from __future__ import annotations

import pytest

from form4lark import parse
from form4lark.glyph_marks import marks_of_glyphs
from form4lark.page import Line, Piece
from form4lark.shapes.html import html_lines, two_glyph_marks

from mark_variants import RENDERINGS, variant
from support import FIXTURES, fixture_text, truth

PAGES = [("AAPL-20190812-1", "sec"), ("AAPL-20190812-1", "plain"), ("AFRM-20230403-1", "sec")]
_OWNER_FLAGS = ("is_director", "is_officer", "is_ten_percent_owner", "is_other")


def flags(record: dict) -> dict[str, object]:
    """The record's checkbox flags: the two boxes above box 1, box 6, each owner's box 5."""
    out = {key: record.get(key) for key in
           ("not_subject_to_section16", "aff10b5_one", "filed_by_more_than_one_person")}
    for i, owner in enumerate(record.get("reporting_owners") or []):
        out.update({f"{i}.{key}": owner.get(key) for key in _OWNER_FLAGS})
    return out


def page_flags(filing: str, design: str, rendering: str | None) -> tuple[dict, dict]:
    page = fixture_text(FIXTURES / "pages" / filing / design / "page.html")
    text = page if rendering is None else variant(page, rendering)
    held = flags(truth(filing))
    return held, flags(parse(text).to_dict())


@pytest.mark.parametrize("rendering", sorted(set(RENDERINGS) - {"one_glyph"}))
@pytest.mark.parametrize(("filing", "design"), PAGES)
def test_marks_drawn_otherwise_read_as_the_page(filing: str, design: str, rendering: str) -> None:
    truth, got = page_flags(filing, design, rendering)
    known = {key: value for key, value in truth.items() if value is not None}
    assert known and {key: got.get(key) for key in known} == known
    assert got == page_flags(filing, design, None)[1]  # the same as the page's own marks


@pytest.mark.parametrize(("filing", "design"), PAGES)
def test_one_glyph_on_every_box_is_unknown_never_wrong(filing: str, design: str) -> None:
    truth, got = page_flags(filing, design, "one_glyph")
    wrong = {key for key, value in got.items()
             if value is not None and truth.get(key) is not None and value != truth[key]}
    assert not wrong
    assert got["0.is_officer"] is None and got["0.is_director"] is None


def test_the_variants_rewrite_every_box() -> None:
    """The variants change the page's marks (the test above tests something)."""
    page = fixture_text(FIXTURES / "pages" / "AFRM-20230403-1" / "sec" / "page.html")
    squares = variant(page, "squares")
    assert squares.count("\u25a0") == 3 and squares.count("\u25a1") == 5  # 8 boxes


def cells(markup: str) -> list[str]:
    return [p.text for line in html_lines(markup) for p in line.pieces]


def test_an_image_or_aria_checkbox_is_the_mark() -> None:
    assert cells('<table><tr><td><img alt="Checked"></td><td><img alt="unchecked"></td>'
                 '<td><img alt="X"></td><td><img alt=""></td></tr></table>') == ["X", "", "X", ""]
    assert cells('<table><tr><td><span role="checkbox" aria-checked="true"></span> Director</td>'
                 '<td><span aria-checked="false"></span> Officer</td>'
                 '<td aria-checked="true"></td></tr></table>') == ["X Director", "Officer", "X"]


def test_a_checked_input_inside_a_label() -> None:
    assert cells('<table><tr><td><label><input type=checkbox checked="checked"> Director</label>'
                 '</td><td><label><input type=checkbox> Officer</label></td></tr></table>'
                 ) == ["X Director", "Officer"]


def test_two_glyphs_one_page_filled_is_the_mark() -> None:
    lines = [Line([Piece("\u25a0 Director"), Piece("\u25a1 Officer")], cells=True),
             Line([Piece("[x]"), Piece("[ ]"), Piece("a\n\u25cb b")], cells=True)]
    assert [[p.text for p in line.pieces] for line in two_glyph_marks(lines)] == [
        ["X Director", "Officer"], ["X", "", "a\nb"]]


@pytest.mark.parametrize("glyphs", [("\u25a0", "\u25a0"), ("[X]", "[X]"), ("\u25a1", "\u25cb")])
def test_one_kind_of_glyph_stays_as_written(glyphs: tuple[str, str]) -> None:
    lines = [Line([Piece(f"{glyphs[0]} Director"), Piece(f"{glyphs[1]} Officer")], cells=True)]
    assert two_glyph_marks(lines) == lines


def test_a_text_with_both_glyphs_reads_the_filled_as_the_mark_in_place() -> None:
    text = "\u25a1 Director      \u25a0 10% Owner\n\u25cf Officer (give title below)  [ ] Other\n"
    read = marks_of_glyphs(text)
    assert read == "  Director      X 10% Owner\nX Officer (give title below)      Other\n"


def test_a_text_with_bracket_boxes_reads_the_checked_as_the_mark_in_place() -> None:
    # a print of the paper form draws its boxes as text: "[X]" checked, "[ ]" not
    text = "[ ] Director  [X] 10% Owner\n[X] Officer (give title below) [ ] Other\n"
    assert marks_of_glyphs(text) == "    Director   X  10% Owner\n X  Officer (give title below)     Other\n"


@pytest.mark.parametrize("text", ["\u25a0 Director \u25a0 Officer", "[X] Director [X] Officer",
                                  "[ ] Director [ ] Officer", "a [X] b [ ]c",
                                  "\u25a1 Director \u25cb Officer", "a\u25a0 b \u25a1c"])
def test_a_text_with_one_kind_of_glyph_stays_as_written(text: str) -> None:
    assert marks_of_glyphs(text) == text
