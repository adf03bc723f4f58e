"""Fast paths of the shape readers and of the checks on a read text: each gives what the
slower reading it skips would give (patterns tried only on lines holding their needles,
rows cut by ``str.split``, headings' keywords found by ``str.find``)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from form4lark import recovery, text
from form4lark.shapes import lines, markdown, pipes, scan
from test_fast_paths import PIECES, ROW_SOUP


@settings(max_examples=400, deadline=None, derandomize=True)
@given(text_=ROW_SOUP)
def test_a_row_is_cut_into_cells_as_the_pattern_cuts_it(text_):
    for row in text_.split("\n"):
        assert pipes.split_cells(row) == pipes.PIPE.split(row)
        assert pipes.has_pipe(row) == bool(pipes.PIPE.search(row))


@settings(max_examples=400, deadline=None, derandomize=True)
@given(text_=ROW_SOUP)
def test_a_markdown_line_without_a_patterns_needle_holds_no_match(text_):
    # ``markdown._line_pieces``, ``_cell_pieces`` and ``_unwrapped`` try these only on
    # lines (cells) holding what each needs
    for row in text_.split("\n"):
        if "-" not in row:
            assert not markdown._SEPARATOR.match(row)
        if row.lstrip()[:1] not in "*_-":
            assert not markdown._THEMATIC.match(row)
        if "---" not in row:
            assert not markdown._RULE_CELL.fullmatch(row)
        if "<" not in row:
            assert not markdown._UNDERLINE.search(row)
        if "[" not in row and "](" not in row:
            assert not any(cut.search(row) for cut, _, _ in markdown._LINK_CUTS)
        if "**" not in row and "__" not in row:
            assert not markdown._STRONG_MARK.search(row)
        if not row.strip().startswith("Col"):
            assert not pipes.UNNAMED_COLUMN.fullmatch(row.strip())


@settings(max_examples=400, deadline=None, derandomize=True)
@given(text_=ROW_SOUP)
def test_a_line_without_a_scans_needle_holds_no_match(text_):
    # ``scan.is_scan`` tries these only on lines (texts) holding what each needs
    for line in text_.split("\n"):
        if "   " not in line:
            assert not scan._GAP.search(line.strip())
        if "|" not in line:
            assert not scan._RULE_GLYPH.search(line)
    if "<" not in text_:
        assert not scan._CELL_MARKUP.search(text_)


@settings(max_examples=400, deadline=None, derandomize=True)
@given(text_=ROW_SOUP)
def test_visual_lines_are_told_as_before_where_a_line_holds_no_label_number(text_):
    folded = text.fold(text_)
    assert lines._labels_side_by_side(folded) == (
        "." in folded and sum(1 for label in lines._TOP_BOXES if label.search(folded)) >= 2)
    assert lines._is_table_header(folded) == (
        "." in folded and len(lines._COLUMN_NUMBER.findall(folded)) >= lines.HEADER_NUMBERS)


@settings(max_examples=400, deadline=None, derandomize=True)
@given(text_=st.lists(st.sampled_from(PIECES + ["table", "Title of", "REMARKS", "reminder",
                                                 "Reporting Owners", "signaturesignature",
                                                 "intentional", "tablE", "İ"]),
                      max_size=40).map("".join))
def test_the_lines_holding_a_headings_keyword(text_):
    keyword = re.compile(r"t(?:able|itle of)|re(?:porting owners|marks|minder)|explanation|"
                         r"signature|intentional")
    lines_ = text_.split("\n")
    expected = sorted({text_.lower().count("\n", 0, m.start())
                       for m in keyword.finditer(text_.lower())})
    assert recovery._keyword_lines(lines_) == expected


@settings(max_examples=600, deadline=None, derandomize=True)
@given(text_=st.lists(st.sampled_from(PIECES + [
    "table", "Title of", "REMARKS", "reminder: report on a separate line", "Reporting Owners",
    "signatures", "SIGNATURE OF REPORTING PERSON", "intentional misstatements", "tablE", "İ", "ı",
    "ſ", "\u212a", "1.", " title of security", " title of derivative security", "Table I-Non",
    "Table II", "explanation of responses", "EXPLANATİON OF RESPONſES", "Remarks:", ":"]),
    max_size=30).map("".join))
def test_a_line_is_a_heading_as_before(text_):
    # ``Part.heads`` and part_spans try a heading's pattern only on lines holding a needle
    for line in text_.split("\n"):
        for part in recovery.PARTS:
            assert part.heads(line, line.lower()) == bool(part.heading.search(line))
        if recovery._CLOSING.search(line):
            assert any(n in line.lower() for n in recovery._CLOSING_NEEDLES)
