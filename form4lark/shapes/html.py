"""Cells shape, HTML: table rows as lines of cells, the text around them as lines.

Reads a whole HTML page (the sec.gov rendering of a Form 4, a plainer design)
or HTML fragments (the raw HTML tables pandoc leaves inside markdown) from the
events of the standard library's ``HTMLParser`` (given quicker by ``html_tokens.py``
where the markup is plain), in one pass and without recursion:

- each ``<tr>`` is a ``Line(cells=True)``; each ``<td>``/``<th>`` one ``Piece``
  of it, empty cells kept, and a cell with ``colspan="n"`` followed by n-1
  empty pieces, so that a piece's index is its column. ``rowspan`` is ignored:
  the rows below a spanning cell are simply one cell shorter on that side.
- a cell's text is its own text: tags removed, entities unescaped, white space
  folded; ``<br>`` and block tags break it into lines (joined by "\n": a box's
  street lines stay apart); ``<sup>`` marks stay
  where they are ("Common Stock(1)"), a bare number in a ``<sup>`` read as the mark it is
  ("Stock<sup>1</sup>" as "Stock(1)", ``superscript_marks``); ``<script>``, ``<style>`` and
  ``<title>`` are not shown on the page and are dropped.
- text outside any table is cut at block tags (``p``, ``div``, ``br``, ``h1``..
  ``h6``, ``li``, ``hr``, ``table``, ...) into ``Line``s of one piece each.
- a form input drawn checked (``<input type="checkbox" checked>``, a radio button
  likewise) is the form's mark: the text " X " where it stands; an unchecked one
  adds nothing, as an empty box prints nothing.
- an image whose ``alt`` text is a check ("X", "checked", a check glyph) and an element
  with ``aria-checked="true"`` are marks as a checked input is. A page that draws its
  boxes with a pair of glyphs, one filled and one empty ("\u25a0"/"\u25a1", "\u25cf"/"\u25cb",
  "[X]"/"[ ]"), has its filled ones read as the mark and its empty ones as nothing,
  only where both are seen on the page (``two_glyph_marks``): one glyph on every box
  tells nothing.
- a link whose address has ``CIK=<digits>`` gives the piece holding the link's
  text that CIK, as printed (leading zeros kept).

Nested tables (the sec.gov page nests them several levels deep) are flattened
by one rule that keeps reading order: **when a table starts inside a row, the
row's pieces so far are emitted as a line (the enclosing cell's text so far
its last piece), the nested table's rows follow, and the row then goes on
as a new line** (the rest of the enclosing cell, then its next cells). The
parts of a row split this way are dropped when they hold no text, and cells
split by a nested table get no colspan padding, since their columns no
longer line up anyway; a row never split is kept whole, even when empty (an
unchecked box is a row of one empty cell). Text inside a table but outside
any cell opens a cell of its own (browsers would show it; dropping it loses
words). Malformed markup never raises: stray end tags are ignored, unclosed
cells, rows and tables are closed where the enclosing one ends.

Positions: a piece's ``line`` and ``column`` are 1-based and point at the
first character of its text in ``markup`` (white space and ``&nbsp;`` before
it skipped; right after the opening tag for an empty cell), ``first_line - 1``
added to the line so that a fragment cut from a file reports the file's lines.
Padding pieces carry the position of the cell they pad. ``x`` stays None.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from ..glyph_marks import CHECK_GLYPHS, two_glyph_marks
from ..page import Line, Page, Piece
from ..text import fold, superscript_marks
from .html_tokens import DATA, START, simple_events

_CELL_TAGS = frozenset({"td", "th"})
_BLOCK_TAGS = frozenset({
    "p", "div", "br", "hr", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
    "blockquote", "pre", "center", "section", "article", "header", "footer", "address", "caption",
})
_DROPPED_TAGS = frozenset({"script", "style", "title"})
# the tags that matter; the many others (span, b, tbody, ...) are skipped at once
_TAGS_READ = _CELL_TAGS | _BLOCK_TAGS | _DROPPED_TAGS | {"table", "tr", "a", "input", "img", "sup"}
#: the attributes read (of a cell, of a link, of a checkbox, of an image)
_ATTRIBUTES_READ = frozenset({"colspan", "href", "checked", "alt", "aria-checked"})
#: the tags read too where a page marks its boxes with ``aria-checked``
_ARIA_TAGS = frozenset({"span", "div", "i", "b", "button", "label", "p", "li"})
#: an image's ``alt`` text that is a check: the form's mark, a check glyph, "checked"
_CHECK_ALT = re.compile(rf"\s*(?:[Xx{CHECK_GLYPHS}]|checked(?:\s+box)?|check\s*mark)\s*", re.I)
#: the text a checked box stands for: the form's own mark
_CHECKED_MARK = " X "
#: more than any page needs; keeps a hostile ``colspan="999999999"`` cheap
_MAX_COLSPAN = 1000
_CIK = re.compile(r"CIK=(\d+)", re.I)
# a non-negative integer as HTML reads one: "2", " 2", "+2", "2px"
_COLSPAN = re.compile(r"\s*\+?(\d+)")
_NEWLINE = re.compile(r"\n")
# white space and no-break-space entities before a text's first character
_LEADING_BLANK = re.compile(r"(?:\s|&nbsp;?|&#0*160;?|&#x0*a0;?)*", re.I)
_TABLE_TAG = re.compile(r"<(/?)table\b", re.I)


#: a line break that a block tag makes inside a cell (the source's own new lines are spaces)
_CELL_BREAK = "\u2028"


@dataclass(slots=True)
class _Text:
    """The text gathered for one piece, where it starts and the CIK it links to."""

    line: int = 0
    column: int = 0
    placed: bool = False
    parts: list[str] = field(default_factory=list)
    cik: str | None = None

    @property
    def text(self) -> str:
        """The text folded line by line; the lines a cell's block tags make are kept."""
        joined = "".join(self.parts)
        if _CELL_BREAK not in joined:  # most texts: one line
            return fold(joined)
        return "\n".join(line for line in map(fold, joined.split(_CELL_BREAK)) if line)

    def piece(self) -> Piece:
        return Piece(self.text, self.line, self.column, cik=self.cik)

    def padding(self, count: int) -> list[Piece]:
        return [Piece("", self.line, self.column) for _ in range(count)]


@dataclass(slots=True)
class _Table:
    """An open table: the pieces of its open row (none between rows) and its open cell."""

    row: list[Piece] = field(default_factory=list)
    row_split: bool = False
    cell: _Text | None = None
    colspan: int = 1
    cell_split: bool = False


def _colspan(attrs: list[tuple[str, str | None]]) -> int:
    """A cell's ``colspan`` as a sane number (1 when missing or unreadable)."""
    for name, value in attrs:
        if name == "colspan" and value:
            number = _COLSPAN.match(value)
            if number:
                return min(max(int(number.group(1)), 1), _MAX_COLSPAN)
    return 1


def _link_cik(attrs: list[tuple[str, str | None]]) -> str | None:
    """The CIK in a link's ``href``, digits as printed."""
    for name, value in attrs:
        if name == "href" and value:
            found = _CIK.search(value)
            return found.group(1) if found else None
    return None


def _checked(tag: str, attrs: list[tuple[str, str | None]]) -> bool:
    """Whether an element is drawn as a checked box: an ``<input>`` with ``checked`` (the
    attribute's presence is what counts), an ``<img>`` whose ``alt`` is a check, any
    element with ``aria-checked="true"``."""
    for name, value in attrs:
        if name == "aria-checked" and (value or "").strip().lower() == "true":
            return True
        if tag == "input" and name == "checked":
            return True
        if tag == "img" and name == "alt" and value and _CHECK_ALT.fullmatch(value):
            return True
    return False


class _LineReader:
    """Turns parser events into lines; ``tables`` is the stack of open tables,
    ``at`` the offset in ``markup`` of the event being handled and ``tag_length``
    the length of the start tag being handled."""

    def __init__(self, markup: str, first_line: int) -> None:
        self.markup = markup
        self.at = 0
        self.tag_length = 0
        self.line_starts = [0] + [m.end() for m in _NEWLINE.finditer(markup)]
        self.first_line = first_line
        self.lines: list[Line] = []
        self.tables: list[_Table] = []
        self.block = _Text()
        self.dropping: str | None = None
        self.link_cik: str | None = None
        # an open <sup>: the text and part where its text starts (None: none open, or
        # its text not yet seen)
        self.superscript: tuple[_Text, int] | None = None
        self.in_superscript = False

    # -- positions -------------------------------------------------------------

    def _place(self, text: _Text, offset: int) -> None:
        index = bisect_right(self.line_starts, offset) - 1
        text.line = index + self.first_line
        text.column = offset - self.line_starts[index] + 1

    def _place_at_first_character(self, text: _Text) -> None:
        offset = self.at
        blank = _LEADING_BLANK.match(self.markup, offset)
        self._place(text, blank.end() if blank else offset)
        text.placed = True

    def _after_start_tag(self) -> _Text:
        """A new, empty text placed right after the start tag being handled."""
        text = _Text()
        self._place(text, self.at + self.tag_length)
        return text

    # -- parser events ---------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _TAGS_READ:
            if attrs and _checked(tag, attrs):
                self.handle_data(_CHECKED_MARK)
            return
        self._close_superscript()
        if tag == "sup":
            self.in_superscript = True
        elif tag in _DROPPED_TAGS:
            self.dropping = tag
        elif tag == "table":
            self._open_table()
        elif tag == "tr":
            self._open_row()
        elif tag in _CELL_TAGS:
            self._open_cell(_colspan(attrs))
        elif tag == "a":
            self.link_cik = _link_cik(attrs)
        elif tag in ("input", "img"):
            if _checked(tag, attrs):
                self.handle_data(_CHECKED_MARK)
        elif tag in _BLOCK_TAGS:
            self._break_text()
        if tag in _CELL_TAGS and _checked(tag, attrs):
            self.handle_data(_CHECKED_MARK)

    def handle_endtag(self, tag: str) -> None:
        if tag not in _TAGS_READ:
            return
        self._close_superscript()
        if tag in _DROPPED_TAGS:
            if tag == self.dropping:
                self.dropping = None
        elif tag == "table":
            self._close_table()
        elif tag == "tr" and self.tables:
            self._close_row(self.tables[-1])
        elif tag in _CELL_TAGS and self.tables:
            self._close_cell(self.tables[-1])
        elif tag == "a":
            self.link_cik = None
        elif tag in _BLOCK_TAGS:
            self._break_text()

    def handle_data(self, data: str) -> None:
        if self.dropping or not data:
            return
        blank = data.isspace()
        target = self._text_target(blank)
        if target is None:
            return
        if not blank:
            if not target.placed:
                self._place_at_first_character(target)
            if target.cik is None:
                target.cik = self.link_cik
        if self.in_superscript and self.superscript is None:
            self.superscript = (target, len(target.parts))
        target.parts.append(data)

    def _close_superscript(self) -> None:
        """The text of an open ``<sup>`` as marks where it is bare numbers (at its end tag,
        or at the next tag read where it is left open); its place as any text's."""
        if self.superscript is not None:
            target, start = self.superscript
            text = "".join(target.parts[start:])
            target.parts[start:] = [superscript_marks(text)]
        self.superscript, self.in_superscript = None, False

    def close(self) -> None:
        self._close_superscript()
        while self.tables:
            self._close_table()
        self._flush_block()

    # -- text ------------------------------------------------------------------

    def _text_target(self, blank: bool) -> _Text | None:
        """Where text goes: the open cell, the free text outside tables, or a new cell."""
        if not self.tables:
            return self.block
        table = self.tables[-1]
        if table.cell is None and not blank:
            self._start_cell(table, _Text(), 1)
        return table.cell

    def _break_text(self) -> None:
        """A block tag: a line break inside a cell, the end of a line outside tables."""
        if not self.tables:
            self._flush_block()
            return
        cell = self.tables[-1].cell
        if cell is not None:
            cell.parts.append(_CELL_BREAK)

    def _flush_block(self) -> None:
        if self.block.text:
            self.lines.append(Line([self.block.piece()]))
        self.block = _Text()

    # -- tables ----------------------------------------------------------------

    def _open_table(self) -> None:
        if self.tables:
            self._split_row(self.tables[-1])
        else:
            self._flush_block()
        self.tables.append(_Table())

    def _close_table(self) -> None:
        if self.tables:
            self._close_row(self.tables[-1])
            self.tables.pop()

    def _split_row(self, table: _Table) -> None:
        """A nested table starts: the row so far becomes a line, and goes on after it."""
        if table.cell is not None:
            if table.cell.text:
                table.row.append(table.cell.piece())
            table.cell = _Text()
            table.cell_split = True
        self._emit_row(table.row, split=True)
        table.row = []
        table.row_split = True

    def _emit_row(self, pieces: list[Piece], split: bool) -> None:
        if pieces and (not split or any(pieces)):
            self.lines.append(Line(pieces, cells=True))

    def _open_row(self) -> None:
        if not self.tables:
            self._break_text()
            return
        self._close_row(self.tables[-1])

    def _close_row(self, table: _Table) -> None:
        self._close_cell(table)
        self._emit_row(table.row, split=table.row_split)
        table.row = []
        table.row_split = False

    def _open_cell(self, colspan: int) -> None:
        if not self.tables:
            self._break_text()
            return
        table = self.tables[-1]
        self._close_cell(table)
        self._start_cell(table, self._after_start_tag(), colspan)

    def _start_cell(self, table: _Table, text: _Text, colspan: int) -> None:
        table.cell = text
        table.colspan = colspan
        table.cell_split = False

    def _close_cell(self, table: _Table) -> None:
        cell = table.cell
        if cell is None:
            return
        table.cell = None
        if not table.cell_split:
            table.row.append(cell.piece())
            table.row.extend(cell.padding(table.colspan - 1))
        elif cell.text:
            table.row.append(cell.piece())


def _read_with_html_parser(reader: _LineReader, markup: str) -> None:
    """``html.parser``'s events handed to the reader, for the markup that ``simple_events``
    leaves to it (imported here: most markup never needs it, and a start-up does not wait)."""
    from html.parser import HTMLParser

    class Parser(HTMLParser):
        def _locate(self) -> None:
            line, column = self.getpos()
            reader.at = reader.line_starts[line - 1] + column

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            self._locate()
            reader.tag_length = len(self.get_starttag_text() or "")
            reader.handle_starttag(tag, attrs)

        def handle_endtag(self, tag: str) -> None:
            self._locate()
            reader.handle_endtag(tag)

        def handle_data(self, data: str) -> None:
            self._locate()
            reader.handle_data(data)

    parser = Parser(convert_charrefs=True)
    parser.feed(markup)
    parser.close()


def html_lines(markup: str, first_line: int = 1) -> list[Line]:
    """HTML (a whole page, or HTML fragments such as pandoc leaves inside markdown) -> lines of pieces in document order."""
    reader = _LineReader(markup, first_line)
    tags = _TAGS_READ | _ARIA_TAGS if "aria-checked" in markup else _TAGS_READ
    events = simple_events(markup, tags, _ATTRIBUTES_READ)
    if events is None:
        _read_with_html_parser(reader, markup)
    else:
        for event in events:
            reader.at = event[1]
            if event[0] == DATA:
                reader.handle_data(event[2])
            elif event[0] == START:
                reader.tag_length = event[4]
                reader.handle_starttag(event[2], event[3])
            else:
                reader.handle_endtag(event[2])
    reader.close()
    return two_glyph_marks(reader.lines)


def read_html(text: str) -> Page:
    """An HTML page as the form reader sees it."""
    return Page(shape="cells", lines=html_lines(text), converter="html")


def html_blocks(text: str) -> list[tuple[int, int]]:
    """The (start_line, end_line) ranges, 1-based and inclusive, of the top-level
    ``<table>...</table>`` blocks in a mixed text (markdown with raw HTML tables).

    Nesting is counted; a block ends on the line where its last ``</table>``
    leaves no table open (a table opening again on that line continues the
    block), and an unclosed block runs to the last line. Lines are counted
    at ``\\n``, as ``HTMLParser`` and ``text.split("\\n")`` count them."""
    blocks: list[tuple[int, int]] = []
    depth, start = 0, 0
    lines = text.split("\n")
    for number, line in enumerate(lines, 1):
        for tag in _TABLE_TAG.finditer(line) if "<" in line else ():  # most lines: no tag
            if not tag.group(1):
                start = start or number
                depth += 1
            elif depth:
                depth -= 1
        if start and not depth:
            blocks.append((start, number))
            start = 0
    if start:
        blocks.append((start, len(lines)))
    return blocks
