"""The events of plain HTML, read quicker than ``html.parser`` reads them and exactly as it does.

A form's HTML (a sec.gov page, the tables pandoc leaves in its markdown) is a
few kinds of tag with quoted or simple attributes. ``simple_events`` reads that
kind of markup with one regular expression and gives the events that
``html.parser.HTMLParser(convert_charrefs=True)`` would give, at the same
offsets; at the first thing it does not read exactly as that parser does (a
``<`` that starts no plain tag, an attribute written loosely, an unclosed
``<style>``, ...) it gives None, and the caller lets ``html.parser`` read the
whole markup instead.

Events, in document order, each with the offset of its first character in the
markup (the ``<`` of a tag, the first character of a text):

- ``(START, offset, tag, attrs, length)``: a start tag, its name lowercased, the
  attributes asked for as ``html.parser`` gives them (names lowercased, values
  unquoted and unescaped, None without a value) and the tag's length in characters; a tag
  closed by ``/>`` gives an END event right after;
- ``(END, offset, tag)``: an end tag;
- ``(DATA, offset, text)``: the text between two tags, its character references
  resolved (the content of ``<script>`` and ``<style>`` as written).

Comments and ``<!DOCTYPE ...>`` give no event, as the reader ignores them.
"""

from __future__ import annotations

import re

from ..text import unescape

START, END, DATA = 0, 1, 2

Attrs = list[tuple[str, "str | None"]]
Event = tuple

_SPACE = "[ \t\n\r\f]"
# a bare attribute value ends at a space or at ">" (a "/" would be part of it for html.parser)
_ATTR = (rf"{_SPACE}+[a-zA-Z_:][-a-zA-Z0-9_:.]*(?:{_SPACE}*={_SPACE}*"
         r"""(?:"[^"<>]*"|'[^'<>]*'|[^\s"'<>=/`]+(?=[ \t\n\r\f>])))?""")
_TOKEN = re.compile(
    rf"<(?:(?P<start>[a-zA-Z][a-zA-Z0-9]*)(?P<attrs>(?:{_ATTR})*){_SPACE}*(?P<empty>/?)>"
    r"|/\s*(?P<end>[a-zA-Z][-.a-zA-Z0-9:_]*)\s*>"  # html.parser's own end tag pattern
    r"|!--.*?--\s*>"  # html.parser's comment: up to the first "--" and ">"
    r"|![dD][oO][cC][tT][yY][pP][eE][^>]*>)",
    re.S,
)
_ATTR_PARTS = re.compile(
    rf"{_SPACE}+([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:{_SPACE}*={_SPACE}*"
    r"""("[^"<>]*"|'[^'<>]*'|[^\s"'<>=/`]+))?""")
# the elements whose content html.parser reads as text up to their end tag
_RAW_TEXT_ENDS = {tag: re.compile(rf"</\s*{tag}\s*>", re.I) for tag in ("script", "style")}


def _attrs(written: str, names: frozenset[str]) -> Attrs:
    """A tag's attributes named in ``names``, as ``html.parser`` gives them."""
    attrs: Attrs = []
    lowered = written.lower()
    if not any(name in lowered for name in names):  # most tags: a class, a style
        return attrs
    for name, value in _ATTR_PARTS.findall(written):
        name = name.lower()
        if name not in names:
            continue
        if not value:  # no "=": a value never matches empty
            attrs.append((name, None))
            continue
        if value[0] in "\"'":
            value = value[1:-1]
        attrs.append((name, unescape(value) if value else value))
    return attrs


def simple_events(markup: str, wanted: frozenset[str], names: frozenset[str]) -> list[Event] | None:
    """The events of ``markup`` (start and end tags only for the tags ``wanted``,
    attributes only those ``names``), or None when it holds anything not read here exactly as ``html.parser`` reads it."""
    events: list[Event] = []
    at = 0
    search = _TOKEN.search
    while True:
        token = search(markup, at)
        begin = token.start() if token else len(markup)
        if begin > at:
            text = markup[at:begin]
            if "<" in text:
                return None
            events.append((DATA, at, unescape(text)))
        if token is None:
            return events
        at = token.end()
        start, written, empty, end = token.groups()
        if end is not None:
            end = end.lower()
            if end in wanted:
                events.append((END, begin, end))
            continue
        if start is None:  # a comment, a declaration
            continue
        tag = start.lower()
        if tag in wanted:
            events.append((START, begin, tag, _attrs(written, names) if written else [],
                           at - begin))
            if empty:
                events.append((END, begin, tag))
        if not empty and tag in _RAW_TEXT_ENDS:
            close = _RAW_TEXT_ENDS[tag].search(markup, at)
            if close is None:
                return None
            if close.start() > at:
                events.append((DATA, at, markup[at:close.start()]))
            if tag in wanted:
                events.append((END, close.start(), tag))
            at = close.end()
