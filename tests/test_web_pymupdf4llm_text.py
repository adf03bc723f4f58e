"""pymupdf4llm's texts of a web page's PDF that read as no table: a short markdown table
among spaced checkbox labels (``shapes/detect.shape_of``), and a stream of bold words
(``shapes/lines.undo_markup``, asked by ``shapes/detect.read_shape``)."""

from __future__ import annotations

import datetime as dt

import pytest

from form4lark import parse
from form4lark.shapes.detect import shape_of
from support import FIXTURES, fixture_text, read_none_wrong

ADGI = FIXTURES / "web_pymupdf4llm" / "ADGI-20220328-2" / "web"
OWNERS = ["0001669609", "0001878232", "0001878230", "0001211060"]


def test_a_short_markdown_table_among_spaced_checkboxes_is_read_as_cells() -> None:
    """ADGI-20220328-2: one holding, so three lines of pipes (header, separator, row),
    and four owners' "Director ☐   Officer ☐   10% Owner ☒" lines whose gaps made the
    text a grid of columns (before: refused, no table title found in a grid). Its four
    signatures run on one line, the first's date glued to its name's last word before
    the next "/s/" ("... of Mithril II LP03/30/2022 /s/ Ajay Royan, ..."): cut there,
    they read as four (``form/glued_dates.ended_dates_unglued``)."""
    path = ADGI / "pymupdf4llm.md"
    assert shape_of(fixture_text(path)) == "cells"
    form, _ = read_none_wrong(path)
    assert [owner.cik for owner in form.reporting_owners] == OWNERS
    royan = "/s/ Ajay Royan, Managing Member, Mithril II UGP LLC"
    assert [s.name for s in form.signatures] == [
        f"{royan}, General Partner of Mithril II GP LP, the General Partner of Mithril II LP",
        f"{royan}, General Partner of Mithril II GP LP", royan, "/s/ Peter Thiel"]
    assert [s.date for s in form.signatures] == [dt.date(2022, 3, 30)] * 4


@pytest.mark.parametrize("glue", ["LP03/30/2022", "LP 03/30/2022"])
def test_signatures_on_one_line_without_their_s_are_left_unknown(glue: str) -> None:
    """ADGI-20220328-2's line of four signatures with no "/s/" (many EDGAR signatures
    print none), the first date glued to its name or spaced from it: nothing tells
    where one name ends, so the one name read runs on past a date into the next; it is
    left unknown with a diagnostic (``build._signer``), not read as all four."""
    text = fixture_text(ADGI / "pymupdf4llm.md")
    line = next(line for line in text.splitlines() if line.startswith("/s/ Ajay Royan"))
    unsigned = line.replace("/s/ ", "").replace("LP03/30/2022", glue)
    form = parse(text.replace(line, unsigned))
    assert [s.name for s in form.signatures] == [None]
    assert any(d.field == "signatures.name" and "past a date" in d.message
               for d in form.diagnostics)


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


def test_a_stream_of_bold_words_keeps_its_other_words_as_printed() -> None:
    """Only the bold of a stream of bold words is undone (with what it holds,
    "**<mark>Code</mark>**"): a footnote's "_II LP_", "&amp;" outside any bold are the
    text's own words, not markdown's, whichever converter printed them."""
    text = fixture_text(ADGI / "pymupdf4llm-plain.txt")
    assert "held of record by II LP." in text
    form = parse(text.replace("held of record by II LP.",
                              "held of record by _II LP_ &amp; its #2 fund."))
    assert form.footnotes["1"].startswith(
        "These shares are held of record by _II LP_ &amp; its #2 fund. Mithril II UGP LLC")
    assert [h.shares_owned_following for h in form.non_derivative_holdings or []] == [11241580]
