"""pymupdf4llm's texts of a web page's PDF that read as no table: a short markdown table
among spaced checkbox labels (``shapes/detect.shape_of``), and a stream of bold words
(``shapes/lines.undo_markup``, asked by ``shapes/detect.read_shape``)."""

from __future__ import annotations

from form4lark.shapes.detect import shape_of
from support import FIXTURES, fixture_text, read_none_wrong

ADGI = FIXTURES / "web_pymupdf4llm" / "ADGI-20220328-2" / "web"
OWNERS = ["0001669609", "0001878232", "0001878230", "0001211060"]


def test_a_short_markdown_table_among_spaced_checkboxes_is_read_as_cells() -> None:
    """ADGI-20220328-2: one holding, so three lines of pipes (header, separator, row),
    and four owners' "Director ☐   Officer ☐   10% Owner ☒" lines whose gaps made the
    text a grid of columns (before: refused, no table title found in a grid). Its four
    signatures run on one line, each date glued before the next "/s/": the one name
    read would be all four, so it is left unknown."""
    path = ADGI / "pymupdf4llm.md"
    assert shape_of(fixture_text(path)) == "cells"
    form, _ = read_none_wrong(path)
    assert [owner.cik for owner in form.reporting_owners] == OWNERS
    assert [s.name for s in form.signatures] == [None]


def test_a_stream_of_bold_words_reads_its_tables_titles() -> None:
    """ADGI-20220328-2 without its tables found (pymupdf4llm's plain mode): each label
    and title printed bold, "**Non-Derivative Securities (Table I)**", its "**" glued
    to the title's first word (before: refused, no table title found)."""
    form, off = read_none_wrong(ADGI / "pymupdf4llm-plain.txt")
    assert [owner.cik for owner in form.reporting_owners] == OWNERS
    assert [owner.street1 for owner in form.reporting_owners] == [
        "C/O MITHRIL CAPITAL MANAGEMENT LLC"] * 4
    assert form.non_derivative_holdings is not None
    assert [h.shares_owned_following for h in form.non_derivative_holdings] == [11241580]
