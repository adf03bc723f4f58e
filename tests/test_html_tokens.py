"""The quick HTML tokenizer gives html.parser's events exactly, or gives up (None)."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from form4lark.shapes.html import (_ATTRIBUTES_READ, _TAGS_READ, _LineReader, _read_with_html_parser,
                                   html_lines)
from form4lark.shapes.html_tokens import DATA, END, START, simple_events

from support import FIXTURES, fixture_text

SEC_PAGE = FIXTURES / "pages" / "AAPL-20190812-1" / "sec" / "page.html"


class _Recorder(HTMLParser):
    """html.parser's events in simple_events' form."""

    def __init__(self, markup: str) -> None:
        super().__init__(convert_charrefs=True)
        self.line_starts = [0] + [i + 1 for i, c in enumerate(markup) if c == "\n"]
        self.events: list[tuple] = []
        self.feed(markup)
        self.close()

    def _at(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def handle_starttag(self, tag, attrs):
        if tag in _TAGS_READ:
            attrs = [(name, value) for name, value in attrs if name in _ATTRIBUTES_READ]
            self.events.append((START, self._at(), tag, attrs, len(self.get_starttag_text())))

    def handle_endtag(self, tag):
        if tag in _TAGS_READ:
            self.events.append((END, self._at(), tag))

    def handle_data(self, data):
        self.events.append((DATA, self._at(), data))


def parser_events(markup: str) -> list[tuple]:
    return _Recorder(markup).events


@pytest.mark.parametrize("markup", [
    "<table><tr><td colspan='2'>a &amp; b</td><TD COLSPAN=3>c</TD></tr></table>",
    '<td  colspan = "2"  class=x nowrap>a</td >',
    '<a href="/cgi-bin/browse-edgar?action=getcompany&amp;CIK=0000320193">APPLE</a>',
    "<td class=x Colspan=2 HREF colspan='3' style=\"a:b\">a</td>",
    "a<br/>b<br />c<BR>d",
    "<td/>x<span>y</span>z",
    '<!DOCTYPE html><html><head><style>td { x: "<b>" }</style><title>T</title></head></html>',
    "<!-- a <td> in a comment -- >x",
    "<td>x\n</td\n>\n<td x=''>&nbsp;&#160;y</td>",
    "text &amp what; &#x41; &unknown; end &",
])
def test_plain_markup_is_read_exactly(markup: str) -> None:
    events = simple_events(markup, _TAGS_READ, _ATTRIBUTES_READ)
    assert events is not None
    assert events == parser_events(markup)


@pytest.mark.parametrize("markup", [
    "a < b",  # a "<" that opens no tag: html.parser makes it a text of its own
    "<td x=a/>",  # a bare value takes the "/" for html.parser
    '<td title="a>b">',  # ">" inside a quoted value
    "<td\xa0x=1>",  # a space that is no ASCII space
    '<a href="x"title="y">',  # attributes not set apart by spaces
    "<style>p {}",  # raw text never closed
    "<td",  # a tag cut off
    "</td x>",  # an end tag with more than its name
    "<![CDATA[x]]>",
    "<my-tag>",
])
def test_markup_read_otherwise_is_left_to_html_parser(markup: str) -> None:
    assert simple_events(markup, _TAGS_READ, _ATTRIBUTES_READ) is None


def test_a_sec_page_is_read_quickly_and_exactly() -> None:
    markup = fixture_text(SEC_PAGE)
    events = simple_events(markup, _TAGS_READ, _ATTRIBUTES_READ)
    assert events is not None
    assert events == parser_events(markup)


_PARTS = st.sampled_from([
    "<td>", "</td>", "<tr>", "</tr>", "<table>", "</table>", "<br/>", "<TD colspan=2>",
    "<td colspan='x'>", '<a href="?CIK=01">', "</a>", "<style>", "</style>", "<span>", "<p>",
    "<!--", "-->", "<!doctype html>", "<", ">", "/", "=", '"', "'", "&amp;", "&", "&#160;", " ",
    "\n", "\t", "\xa0", "x", "Common Stock", "<td x=a/>", "</ td >", "<td\n nowrap>",
])


@settings(max_examples=600, deadline=None, derandomize=True)
@given(st.lists(_PARTS, max_size=30).map("".join))
def test_tag_soup_is_read_as_html_parser_reads_it_or_left_to_it(markup: str) -> None:
    events = simple_events(markup, _TAGS_READ, _ATTRIBUTES_READ)
    if events is not None:
        assert events == parser_events(markup)


@pytest.mark.parametrize("markup", [
    fixture_text(SEC_PAGE),
    "<table><tr><td colspan=2>a<br/>b</td><td><a href='?CIK=0001'>X</a></td></tr></table>",
])
def test_lines_read_from_either_events_are_the_same(markup: str) -> None:
    quick = html_lines(markup, first_line=3)
    reader = _LineReader(markup, 3)
    _read_with_html_parser(reader, markup)
    reader.close()
    def seen(lines):
        return [[(p.text, p.line, p.column, p.cik) for p in line.pieces] for line in lines]

    assert seen(reader.lines) == seen(quick)
    assert quick
