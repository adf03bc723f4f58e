"""Which shape a text has: cells, grid or stream, told by the text alone.

- *cells*: table rows between pipes (five lines or more, and a markdown table's
  separator row: OCR prints a page's rules as pipes too) or tabs, or HTML tables;
- *grid*: lines whose words stand in columns, kept apart by runs of spaces;
- *stream*: anything else, read as words in reading order. A text whose lines
  outside pipe tables are the page's visual lines (boxes and table columns side
  by side on a line, ``lines.py``) is read as such: its page's shape is "lines";
  so is a text read by OCR from the page's image (``scan.py``), once its
  misreadings are put right.

Before either, what terminal browsers (w3m, lynx, elinks, links) draw around
the form's words is taken out (``without_drawing``), each character replaced by
a space so that columns and positions stay where they were.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..page import Page
from ..patterns import FOOTNOTE_MARK
from ..text import any_line, superscript_marks
from .grid import border_columns, read_grid
from .grid_tables import has_grid_tables
from .lines import is_lines, read_lines, undo_markup
from .markdown import read_markdown
from .markdown_traces import blank, without_markdown_marks
from .pipes import SEPARATOR_OPENING
from .run_together import cut_at_labels, is_run_together, short_labels_apart
from .scan import is_scan, read_scan
from .spanned_cells import _VALUE
from .stream import code_marks_apart, read_stream
from .unicode_marks import SUPERSCRIPT_DIGITS, listed_note_numbers, marks_in_place, unicode_marks

_PIPES = re.compile(r"(?<!\\)\|.*(?<!\\)\|")
_TABLE_TAG = re.compile(r"<t[dh][\s>]", re.I)
# a whole HTML page (a saved sec.gov page, a design's page), not markdown with HTML in it
_HTML_PAGE = re.compile(r"\s*(<!DOCTYPE\s+html|<html[\s>]|<\?xml[^>]*>\s*<html)", re.I)
_TABS = re.compile(r"\S\t+\S.*\t")
# a run of three or more spaces between two words: the page's columns
_COLUMN_GAP = re.compile(r"\S {3,}\S")
# a table's borders and a checkbox's frame as terminal browsers draw them: "│ ┌──┐ ━━━"
_BOX_DRAWING = re.compile(r"[\u2500-\u259f]")
# a superscript as terminal browsers print it: "Person^*", "Stock^(1)", "$208.99^(2)"
_CARET = re.compile(r"\^(?![A-Za-z])")  # not "1^st"
# a footnote mark printed as a superscript: "$2,556.7346^(2)" is the value's mark, glued
# to it as other converters print it ("$2,556.7346(2) "), every column kept; marks in a
# row ("^(2)^(3)") one run
_CARET_MARK = re.compile(rf"(?:\^(?:{FOOTNOTE_MARK})+)+")
# a superscript of bare footnote numbers on a value, the spaces after it: "Stock^1 ",
# "$208.99^2,3 " (a page printing its marks as <sup>1</sup>), read as "^(1)", "^(2)(3)";
# or alone in its cell, after a space or at a line's start ("   ^1   ": a cell holding a
# mark only; "^1" under "Common Stock": a title's mark w3m wrapped to the page's left edge)
_CARET_BARE = re.compile(r"(?:(?<=\S)|(?<![^ \n])(?=\^[0-9,]+(?: |$)))"
                         r"\^([0-9]{1,2}(?:,[0-9]{1,2})*)(?![0-9.,])( *)", re.M)
# superscripts of bare numbers in a row standing alone in their cell ("   ^2^3   ": a
# cell holding marks only, each its own <sup>): one run, as if printed "^2,3"
_CARET_RUN = re.compile(r"(?<![^ \n])\^[0-9]{1,2}(?:\^[0-9]{1,2})+(?= |$)", re.M)
# a caret with nothing after it (its superscript's number wrapped onto the next line)
_OPEN_CARET = re.compile(r"(?<=\S)\^(?= |$)")
# a number of one or two digits standing alone, bare or in parentheses ("1", "(1)"): a
# caret's superscript wrapped below it
_LONE_NUMBER = re.compile(r"(?<!\S)(\()?([0-9]{1,2})(?(1)\))(?!\S)")
# a cell of a line: its words one space apart
_CELL = re.compile(r"\S+(?: \S+)*")
# lynx's label of a table's caption (<caption>), opening its line: "CAPTION: Table I - ..."
# (read as words it runs onto the cell above it: "By Living Trust CAPTION:")
_CAPTION = re.compile(r"(?m)^([ \t]*)CAPTION:(?= )")
# a table's caption as pandoc's plain text prints it, under the table: a line opening
# with a colon before the table's name ("  : Table I - Non-Derivative ..."); read as a
# word, the colon runs onto the last row's cell above it ("Common Stock :"). Only before
# a table's name: a wrapped signature's line may open with a colon ("By" / ": /s/ ...")
_COLON_CAPTION = re.compile(r"\n([ \t]*):(?= +Table\b)")
# a rule (<hr>) as lynx prints it: a line of underscores
_UNDERSCORE_RULE = re.compile(r"^[ \t]*_{5,}[ \t]*$", re.M)
# lynx's and elinks's list of the page's links, closing the text: "References",
# then "   1. file:///cgi-bin/browse-edgar?..."
_REFERENCES = re.compile(r"^References[ \t]*\n(?:[ \t]*(?:Visible links)?[ \t]*\n)*"
                         r"[ \t]*1\. \S+", re.M)
# a link's number in the text that such a list closes: "[1]WILLIAMS JEFFREY E"
_LINK_NUMBER = re.compile(r"\[\d+\](?=\S)")
# a footnote mark in Unicode's superscripts: "Common Stock⁽¹⁾" (pandoc's plain text)
_SUPERSCRIPT_MARK = re.compile(r"⁽[⁰¹²³⁴-⁹]+⁾")
_SUPERSCRIPTS = str.maketrans(SUPERSCRIPT_DIGITS + "⁽⁾", "0123456789()")
# a table drawn in ASCII (links, pandoc's grid tables) has corners: "+-----+", "+:---:+"
_FRAME_CORNER = re.compile(r"^[ \t]*\+[-=:]{3,}", re.M)
# ... and borders and rules: "|", "+", runs of "-" or "=" ("|-------|", "+===+"), and a
# rule's end cut off onto a line of its own ("-- --", a nested table's rule wrapped)
_FRAME = re.compile(r"[-=:]*\+[-=:+]*|\|[-=:]*|-{3,}|={3,}|(?<!\S)--(?!\S)")
# markdown's traces ("1\\.", "**Table I**", pandoc's "[X]{.cb}"): a framed table in
# markdown is pandoc's grid table, read by the markdown reader as before
_MARKDOWN = re.compile(r"\\[.*\[\]()#_$]|\]\{[.#]|\*\*\S")
# the relationship box's checkboxes, two to a line: a text in reading order prints them
# side by side too ("Director   X 10% Owner"), so they tell nothing of its shape (lynx
# prints them once per reporting owner)
_CHECKBOX_PAIR = re.compile(r"\s*(X\s+)?(Director|Officer \(give title below\))\s+(X\s+)?"
                            r"(10% Owner|Other \(specify below\))\s*")
# words in markdown's strong emphasis ("**Non-Derivative Securities (Table I)**"), not a
# paper form's lone "**" ("** Intentional misstatements"): the stream is markdown's
_BOLD_WORDS = re.compile(r"\*\*([^\s*][^*\n]*?[^\s*])\*\*")


def _unbold(match: re.Match[str]) -> str:
    """Words in markdown's strong emphasis (``_BOLD_WORDS``) without it, and without the
    markup inside it ("**<mark>Code</mark>**" is "Code"): only the bold is markdown's for
    certain; a "#", "_x_" or "&amp;" outside it is the stream's own words."""
    return undo_markup(match[1])


#: lines of cells that make a text one of cells
CELL_LINES = 5
#: lines of pipes, a separator row among them, that show a markdown table: its header,
#: the separator and a row
_HEADED_TABLE_LINES = 3
#: share of a text's lines that must show column gaps for a grid (measured: texts in
#: reading order show them on under 4% of their lines, column-aligned ones on 17% or more)
GRID_SHARE = 0.1


def _bare_caret_marks(match: re.Match[str]) -> str:
    """A caret's bare numbers in parentheses, the marks they are ("^1" -> "^(1)"), as many
    of the spaces after them dropped as the parentheses take (one kept), so that the
    columns after them stay where they were where the text has room."""
    # group 1 is bare numbers alone
    return "^" + marks_in_place(superscript_marks(match.group(1)), match.group(1), match.group(2))


def _one_caret_run(match: re.Match[str]) -> str:
    """Carets' numbers in a row as one caret's, the same length: "^2^3" -> "^2,3"."""
    return "^" + match.group()[1:].replace("^", ",")


def _glued_marks(match: re.Match[str]) -> str:
    """A run of superscript marks without its carets, the spaces after it:
    "^(2)^(3)" -> "(2)(3)  ", one mark run as the value's own, as other texts print it."""
    return match.group().replace("^", "") + " " * match.group().count("^")


def _wrapped_caret_marks(text: str) -> str:
    """``text`` with the numbers of superscripts a terminal browser wrapped onto the next
    line of their cell put back after their carets ("Common Stock^" over "1", "$208.99^"
    over "2": w3m): a number of one or two digits there is a caret's where it starts
    where the caret's cell does (its words one space apart) and is a note the text lists
    ("1. ...", from "Explanation of Responses" on: the form's headers are numbered too):
    the caret becomes the mark ("Stock(1)"), spaces after the caret's cell making room
    for it, so that the columns after it keep their place where they can."""
    lines = text.split("\n")
    notes: set[str] | None = None
    for index in range(len(lines) - 1):
        line = lines[index]  # as the line above wrote it back: its number may be blanked
        if "^" not in line or not _OPEN_CARET.search(line):
            continue
        if notes is None:
            notes = listed_note_numbers(text)
        starts = {_cell_start(line, caret.start()): caret.start()
                  for caret in _OPEN_CARET.finditer(line)}
        below = lines[index + 1]
        moved = _line_kept([(starts[number.start()], number) for number in _LONE_NUMBER.finditer(below)
                            if number.start() in starts and number.group(2) in notes], line, below)
        for caret, number in sorted(moved, key=lambda found: -found[0]):
            line = _with_room(line, caret, f"({number.group(2)})")
            below = _blanked(below, number)
        lines[index], lines[index + 1] = line, below.rstrip() if moved else below
    return "\n".join(lines)


def _line_kept(moved: list[tuple[int, re.Match[str]]], line: str,
               below: str) -> list[tuple[int, re.Match[str]]]:
    """``moved`` without the numbers that are a row's own cells rather than wrapped marks:

    - where the number's line holds a value ("01/01/2021", "$5.00") under a value of the
      caret's line, the two lines are rows of their own (a cell wraps its words, not
      its values), so none of its numbers moves up (``_own_row``);
    - a mark in parentheses ("(1)" under "993^") moves only where its caret ends a
      value's cell ("993^", "$208.99^", "$ 0.0^": an amount's, where a mark alone on
      the row's values line would be read as the cell; not a text's, "B-1^" or
      "Footnote^" over "(4)", whose mark is read under its words as before) and moving
      the marks that may move leaves words on their line: a row's cells wrap around
      its values' line, and a line taken out of the row would move where its centre is.

    The rule assumes that an open caret is a superscript's whose number wrapped: w3m
    prints "^" for an empty <sup> too, and a next row's own "(1)" cell that starts where
    such a caret's cell does, on a line with no value under one of the caret's line,
    is read as the caret's mark."""
    if _own_row(line, below, [number for _, number in moved]):
        return []
    valued = [(caret, number) for caret, number in moved if not number.group(1)
              or _VALUE.fullmatch(line[_cell_start(line, caret):caret])]
    rest = below
    for _, number in valued:
        rest = _blanked(rest, number)
    return [(caret, number) for caret, number in valued
            if not number.group(1) or rest.strip()]


def _own_row(line: str, below: str, numbers: list[re.Match[str]]) -> bool:
    """Whether ``below`` holds a value (not one of ``numbers``) in a cell under a value's
    cell of ``line``: the two lines are then two rows, each with its own values."""
    taken = {number.start() for number in numbers}
    values = [cell.span() for cell in _CELL.finditer(line)
              if _VALUE.fullmatch(cell.group().replace("^", ""))]
    return any(start < cell.end() and cell.start() < end
               for cell in _CELL.finditer(below)
               if cell.start() not in taken and _VALUE.fullmatch(cell.group())
               for start, end in values)


def _blanked(text: str, match: re.Match[str]) -> str:
    """``text`` with ``match`` (found in it) spaces, its columns kept."""
    return text[:match.start()] + blank(match) + text[match.end():]


def _cell_start(line: str, end: int) -> int:
    """Where the cell holding ``end`` starts: its words stand one space apart."""
    start = end
    while start > 0 and (line[start - 1] != " " or start > 1 and line[start - 2] != " "):
        start -= 1
    return start


def _with_room(line: str, caret: int, mark: str) -> str:
    """``line`` with ``mark`` for its caret at ``caret``, as many spaces taken out of the
    next gap of two spaces or more after it as it grew (none where there is no such gap)."""
    line = line[:caret] + mark + line[caret + 1:]
    grew = len(mark) - 1
    gap = line.find("  ", caret + len(mark))
    return line[:gap] + line[gap + grew:] if gap >= 0 and line[gap:gap + grew + 1].isspace() \
        else line


def _frame_corners(text: str) -> int:
    """Lines opening with a frame's corner; only lines holding a "+" are tried (a
    pattern anchored at line starts is tried at every character of a whole text)."""
    return sum(1 for line in text.split("\n") if "+" in line and _FRAME_CORNER.match(line))


def without_drawing(text: str, glue_marks: bool = False) -> str:
    """``text`` without a terminal browser's drawing: table borders (box-drawing
    characters, or ASCII frames of "+", "-" and "|"), checkbox frames, rules, lynx's
    "CAPTION:" labels, the
    caret of a superscript (and superscript digits made plain), and the numbers
    of links with the list of them that closes the text. Each character removed
    becomes a space (the list, empty lines), so that every other character keeps
    its line and column. ``glue_marks``: a superscript footnote mark is glued to the
    value before it, the space put after it ("$2.5^(2) 9" -> "$2.5(2)  9"), as a text in
    reading order prints it; a page grid reads a mark standing apart by its column."""
    # a text without carets reads the same either way: shape_of's reading serves read_shape
    return _without_drawing(text, glue_marks and "^" in text)


@lru_cache(maxsize=4)  # asked by shape_of, then by read_shape
def _without_drawing(text: str, glue_marks: bool) -> str:
    # each pattern is tried only on a text holding what it needs (most hold none of it)
    if "⁽" in text:
        text = _SUPERSCRIPT_MARK.sub(lambda m: m.group().translate(_SUPERSCRIPTS), text)
    text = unicode_marks(text)
    if "+" in text and _frame_corners(text) >= 2 and not _MARKDOWN.search(text):
        text = _FRAME.sub(blank, text)
    references = _REFERENCES.search(text) if "References" in text else None
    if references:
        text = text[:references.start()] + "\n" * text.count("\n", references.start())
        text = _LINK_NUMBER.sub(blank, text)
    text = _BOX_DRAWING.sub(" ", text)
    if "CAPTION:" in text:
        text = _CAPTION.sub(lambda m: m.group(1) + " " * len("CAPTION:"), text)
    text = _COLON_CAPTION.sub(lambda m: "\n" + m.group(1) + " ", text)
    if "^" in text:
        text = _wrapped_caret_marks(text)
        text = _CARET_RUN.sub(_one_caret_run, text)
        text = _CARET_BARE.sub(_bare_caret_marks, text)
        if glue_marks:
            text = _CARET_MARK.sub(_glued_marks, text)
        text = _CARET.sub(" ", text)
    return _UNDERSCORE_RULE.sub(blank, text) if "_____" in text else text


@lru_cache(maxsize=16)  # detection asks each shape in turn, then reading asks again
def shape_of(text: str) -> str:
    text = without_drawing(text)
    if _TABLE_TAG.search(text):  # HTML tables: cells, whatever the rest holds
        return "cells"
    lines = [l for l in text.split("\n") if l.strip()]
    separated = any_line(SEPARATOR_OPENING, text, "---") or (
        bool(_MARKDOWN.search(text)) and has_grid_tables(text))
    # each pattern is tried only on lines holding what it needs (quicker to tell)
    piped = sum(1 for l in lines if "|" in l and _PIPES.search(l)) if separated else 0
    tabbed = sum(1 for l in lines if "\t" in l and _TABS.search(l))
    if max(piped, tabbed) >= CELL_LINES:
        return "cells"
    # text nodes run together: a stream, whatever gaps its checkboxes left ("[ ]" blanked)
    if lines and is_run_together(text):
        return "stream"
    if lines and sum(1 for l in lines if "   " in l and _COLUMN_GAP.search(l.strip())
                     and not _CHECKBOX_PAIR.fullmatch(l)) >= GRID_SHARE * len(lines):
        # a markdown table's header, separator and rows: markdown's cells, whose other
        # lines' gaps are a site's labels spaced apart ("Director ☐   Officer ☒")
        return "cells" if piped >= _HEADED_TABLE_LINES else "grid"
    return "stream"


READERS = {"cells": read_markdown, "stream": read_stream}  # a grid: read_shape reads it


def read_shape(text: str, shape: str | None = None, tops: frozenset[int] = frozenset()) -> Page:
    """The page of ``text``, read as ``shape`` (detected if not given); ``tops``: the
    lines that open a page (``source.page_tops``), told to a page grid and a stream."""
    shape = shape or shape_of(text)
    if shape == "grid":  # markdown's marks around a page of headed sections' columns
        text = without_markdown_marks(text)
    drawn = text
    text = without_drawing(text, glue_marks=shape != "grid")
    if shape == "stream" and is_scan(text):  # read by OCR from the page's image
        return read_scan(text)
    if shape == "stream" and is_run_together(text):  # text nodes glued: cut at the labels
        return read_stream(cut_at_labels(text))
    if shape == "stream":  # a code's bare superscript mark glued on: "S2" is "S(2)"
        text = code_marks_apart(short_labels_apart(text))
    if shape == "cells" and _HTML_PAGE.match(text):  # a saved page: HTML throughout
        from .html import read_html  # only a page's HTML needs it (start-up)
        return read_html(text)
    if shape in ("stream", "cells") and is_lines(text):  # the page's visual lines
        return read_lines(text)
    if shape == "grid":  # at its drawn tables' borders (a terminal browser's) and page breaks
        return read_grid(text, border_columns(drawn) if drawn != text else None, tops)
    if shape == "stream" and "**" in text:  # pymupdf4llm's "**Issuer**": a label's bold
        text = _BOLD_WORDS.sub(_unbold, text)
    page = READERS[shape](text)
    if shape == "stream" and tops and text.count("\n") == drawn.count("\n"):
        page.tops = tops  # its lines kept: a row cut by a page's end is told
    return page
