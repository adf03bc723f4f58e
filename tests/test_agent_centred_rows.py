"""Rows of the agent design as text browsers print them: each cell centred in its row,
whatever the page's style says (w3m and elinks ignore its "vertical-align: top"), under a
header of one row that prints each sub-column's number ("4. Code", "4. V"). Read as
centred where the table's first part shows it (form/row_bands.py ``reads_centred``), a
title wrapped above and below its line of values is the row's; each checked against its
filing's truth. Also the marks and dates such a browser breaks apart: superscripts in a
row alone in their cell ("^2^3", shapes/detect.py ``_CARET_RUN``) and a date broken before
its slash ("4/15" / "/2014", form/row_band_cells.py ``_joined``), and a note's number
printed as a superscript at its line's start ("^1 Each share ...", ``_CARET_BARE``)."""

from __future__ import annotations

import re

from support import FIXTURES, fixture_text, read_none_wrong, record, table_fields_off, truth_of

from form4lark import parse
from form4lark.shapes.detect import without_drawing

AGENT = FIXTURES / "agent"


def test_title_centred_around_its_values_is_read() -> None:
    # w3m of AAPL-20190812-1: Table II's one row "Director" / "Stock" / "Option $23.8257
    # 08/12/2019 M ..." / "(Right to" / "Buy)": the title was left out, taken as set at
    # the row's top (its lines above the values a page break's)
    form, off = table_fields_off(AGENT / "AAPL-20190812-1" / "agent" / "w3m.txt")
    assert off == []
    rows = form.derivative_transactions
    assert rows is not None and [r.security_title for r in rows] == [
        "Director Stock Option (Right to Buy)"]


def test_centred_titles_of_rows_close_together_cut_by_the_alignment() -> None:
    # w3m of NTRA-20201120-1: row after row "Stock" / "Option $9.97 ..." / "(right to" /
    # "buy)", no blank line between them: centred, the lines between two rows' values
    # are cut either way (one title shifted a line: "Stock Option (right to", then
    # "buy) Stock Option (right to"); the cuts whose titles change least are taken
    form, off = read_none_wrong(AGENT / "NTRA-20201120-1" / "agent" / "w3m.txt")
    rows = form.derivative_transactions
    assert rows is not None and len(rows) > 3
    assert {r.security_title for r in rows} == {"Stock Option (right to buy)"}


def test_marks_alone_on_a_natures_last_line() -> None:
    # w3m of U-20200331-1: "Sequoia Capital Global" / "Growth Principals Fund, L.P." /
    # "^2^3" centred on a holding's values: two marks, not "2" and a mark ("... L.P. 2")
    assert without_drawing("Fund, L.P.\n        ^2^3   \n").split() == ["Fund,", "L.P.", "(2)(3)"]
    form, off = read_none_wrong(AGENT / "U-20200331-1" / "agent" / "w3m.txt")
    holdings = form.non_derivative_holdings
    assert holdings is not None
    assert "Sequoia Capital Global Growth Principals Fund, L.P." in [
        h.nature_of_ownership for h in holdings]


def test_date_broken_before_its_slash_is_joined() -> None:
    # w3m of WDAY-20250305-1: "Eschenbach Family Trust dtd 4/15" / "/2014, Carl ...": one
    # date, "4/15/2014", not "4/15 /2014"
    form, off = read_none_wrong(AGENT / "WDAY-20250305-1" / "agent" / "w3m.txt")
    holdings = form.non_derivative_holdings
    assert holdings is not None and holdings[0].nature_of_ownership == (
        "Eschenbach Family Trust dtd 4/15/2014, Carl Eschenbach Jr and Ana Eschenbach TTEE")


def test_title_mark_alone_at_a_lines_start() -> None:
    # w3m of GOOG-20151002-1: each Table I title "Class A" / "Common Stock ..." has its mark
    # on a line of its own at the page's left edge, "^1": a mark, not a bare number (read
    # so, the page's marks were taken for bare digits and the table left out)
    assert without_drawing("Class A\nCommon Stock 10/02/2015\n^1\n").split()[-1] == "(1)"
    form, off = read_none_wrong(AGENT / "GOOG-20151002-1" / "agent" / "w3m.txt")
    rows = form.non_derivative_transactions
    assert rows is not None and len(rows) == 18
    titles = [r.security_title for r in rows]
    assert set(titles) <= {"Class A Common Stock", None}


def test_notes_numbered_by_a_superscript_at_a_lines_start() -> None:
    # a page printing each note's number as a superscript ("<sup>1</sup> Each share ..."),
    # a browser's "^1 Each share ...": the caret's number at the line's start is read as
    # the note's mark, "(1)", so the notes are read (as a bare "1" none of them was)
    assert without_drawing("^1 Each share of Class A Common Stock was issued.\n").split()[0] == "(1)"
    path = AGENT / "GOOG-20151002-1" / "agent" / "w3m.txt"
    form_part, notes = fixture_text(path).split("Explanation of Responses:")
    text = form_part + "Explanation of Responses:" + re.sub(r"(?m)^([0-9]{1,2})\. ", r"^\1 ", notes)
    assert "\n^20 " in text
    footnotes = record(parse(text))["footnotes"]
    assert len(footnotes) == 20 and footnotes == truth_of(path)["footnotes"]
