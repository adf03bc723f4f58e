"""Visual-lines shape: the page printed line by line, its columns run together.

``pdfplumber`` (``extract_text``) and the "picture text" of ``pymupdf4llm``
(one long line with ``<br>`` between the page's lines, between
``<!-- Start of picture text -->`` comments) print every line of the page
left to right: the words of side-by-side boxes and of a table's columns stand
on one line with single spaces and no positions. So the header's boxes share
lines ("1. Name and Address ... 2. Issuer Name ... 5. Relationship ...") and a
table cell that wraps stands on lines above and below its row's line (the
page centres it vertically), among other cells' wrapped lines.

The text is told by itself, never by its converter (``is_lines``): a line
holding two box labels of the header side by side, or a table's column-header
line holding three column numbers ("2. Transaction 2A. Deemed 3. 4.
Securities"), with no runs of spaces that would keep the page's columns (a
grid) and no table rules printed as glyphs (an image's text); or a pipe table
opening with a table's title cut into cells (the converter cut the page into
strips, not the form's cells).

pymupdf4llm's markup is undone: the picture-text comments, ``<br>`` (a line
break), headings, emphasis, underlining; an underlined signature is cut back
into the lines around its date. A pipe table's row in the form's tables is one
line (the row keeps its cells together); elsewhere a pipe row's cells give
their lines in turn. Paragraphs of a markdown text may be several of the
page's lines run together: they are marked so (``VisualLine.reflowed``). Each
line becomes one piece; the header's boxes are put back in reading order
(``line_boxes.py``); the form reader reads the tables with
``form/row_lines.py``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from ..form.table_header import column_number
from ..page import Line, Page, Piece
from ..patterns import FOOTNOTE_MARK
from ..text import fold, sup_marks, unescape
from .line_boxes import header_in_reading_order
from .pipes import PIPE_ROW, SEPARATOR_ROW, row_cells, split_cells
from .table_titles import TITLES, canonical_title, lines_across, spaceless

# pymupdf4llm's markup: comments around picture text, line breaks inside it,
# headings, emphasis and underlining around words
_COMMENT = re.compile(r"<!--.*?-->")
# "<!-- Start of picture text -->": lines the converter printed as the page shows them
_PICTURE = re.compile(r"<!--\s*(Start|End)\s+of\s+picture\s+text\s*-->", re.I)
_BREAK = re.compile(r"<br\s*/?>", re.I)
_HEADING = re.compile(r"^\s*#{1,6}\s+")
# a quoted paragraph's "> " ("> 5. The reported price ...", "> ** Signature of ...")
_QUOTE = re.compile(r"^[ \t]*(?:>[ \t]?)+(?=\S)")
_TAG = re.compile(r"</?(?:u|sup|sub|b|i|strong|em|span|mark)\b[^>]*>", re.I)
# an underlined run (a signature) with its date inside: pymupdf4llm ran the lines of a
# name wrapped around its date into one, dropping the hyphen a line ended with where
# the date now stands glued to the word ("Attorney08/14/2019 in-Fact")
_SIGNED = re.compile(r"<u>(?P<before>[^<]*?)(?P<space>\s*)"
                     r"(?P<date>[0-9]{1,2}/[0-9]{1,2}/[0-9]{4})\s*(?P<after>[^<]*)</u>", re.I)
# "**Remarks:**", "__x__", "_See_": emphasis around words, not a lone "**" or "*"
_EMPHASIS = re.compile(r"(\*\*|__|(?<![\w*])_)(?=[^\s*_])(.+?)(?<=[^\s*_])\1(?![\w*])")

# a footnote mark a cell's line break put under its value ("17,270<br>(4)"): it is the value's
_MARK_BREAK = re.compile(rf"\s*<br\s*/?>\s*(?={FOOTNOTE_MARK})", re.I)
# "Table I - Non-Derivativ": a table's title, cut into cells
_TABLE_TITLE = re.compile(r"Table\s+II?\b")
# ... its letters, where a cut fell inside its first words: "T|able II - Deriva"
_TABLE_TITLE_OPENING = re.compile(r"TableII?[-\u2013\u2014]")
# "Table II - Derivative ...": a table's title, where the tables begin; matched on a
# line's letters alone, its white space and cell borders taken out: a converter that
# cut the page into strips cuts the title's words too ("Table I - No|n-Derivative")
_TABLE_TITLE_LETTERS = re.compile(r"TableII?[-\u2013\u2014](Non-)?Der", re.I)
# what follows the tables: the explanation of responses, an owner listed after them
_TABLES_END_LETTERS = re.compile(r"ExplanationofResponses|NameandAddressofReporting", re.I)
# "1. Name and Address of Reporting Person* 2. Issuer Name ... 5. Relationship": the
# labels of the header's first row of boxes (a reading-order text prints boxes 4
# and 6 on one line too, but never these)
_TOP_BOXES = (
    re.compile(r"\b1\.\s?Name\s+and\s+Address\s+of\s+Reporting\s+Person", re.I),
    re.compile(r"\b2\.\s?Issuer\s+Name\s+and\s+Ticker", re.I),
    re.compile(r"\b5\.\s?Relationship\s+of\s+Reporting\s+Person", re.I),
)
_TOP_BOX_NUMBERS = ("1.", "2.", "5.")
# "2. Transaction 2A. Deemed 3. 4. Securities": a table's numbered column headers
_COLUMN_NUMBER = re.compile(r"(?:^| )(?:[1-9]|1[01])[Aa]?\.(?= |$)")
#: column numbers on one line that make it a table's header line
HEADER_NUMBERS = 3
# three spaces or more between two words: a grid keeps the page's columns
_GAP = re.compile(r"\S {3,}\S")
#: share of lines with column gaps above which a text is a grid, not lines
GAP_SHARE = 0.1
# a table's rule printed as a glyph between words ("Ownership | 7. Nature"): a text read
# from the page's image, whose labels may be misread
_RULE_GLYPH = re.compile(r"\S \| \S")
#: lines with rule glyphs that make a text one read from an image
RULE_LINES = 3


#: the characters that every piece of markup undone below holds ("&" unescape looks for)
_MARKUP_CHARS = re.compile(r"[<#*_]")


@lru_cache(maxsize=4096)  # a text's lines are undone again by each question about them
def undo_markup(raw: str) -> str:
    """One line of the text with pymupdf4llm's markup undone (``<br>`` excepted)."""
    if not _MARKUP_CHARS.search(raw):  # most lines: nothing to undo (and quick to tell)
        return unescape(raw)
    text = _HEADING.sub("", _COMMENT.sub(" ", raw))
    text = _TAG.sub("", sup_marks(text))
    previous = None
    while previous != text:  # "***x***" needs two passes
        previous, text = text, _EMPHASIS.sub(r"\2", text)
    return unescape(text)


def _signature_lines(match: re.Match) -> str:
    """An underlined run holding a date as the lines it was on the page: the name's
    lines above and below the date's (the hyphen that ended a line put back)."""
    before = match.group("before").rstrip()
    if not match.group("space") and before[-1:].isalpha():
        before += "-"
    return f"<br>{before}<br>{match.group('date')}<br>{match.group('after')}<br>"


def _pipe_row(raw: str) -> list[str]:
    """A pipe table's row as lines: its cells' words in order on one line (a row of
    the form's table keeps its cells together, whatever lines they wrap over), a
    footnote mark wrapped under a value staying on it. A table's title cut into
    cells is read by ``_title_row``."""
    parts = split_cells(raw.strip())
    at = _title_at(parts)
    if at is not None:
        return _title_row(parts, at)
    cells = [c for c in (fold(undo_markup(_BREAK.sub(" ", _MARK_BREAK.sub("", cell))))
                         for cell in parts) if c]
    return [" ".join(cells)] if cells else []


@lru_cache(maxsize=1 << 12)  # a row's cells are asked of again: is it a title, a label, the last
def _cell_lines(cell: str) -> tuple[str, ...]:
    return tuple(fold(undo_markup(part)) for part in _BREAK.split(cell))


def _title_at(cells: list[str]) -> tuple[int, int] | None:
    """Where a table's title opens in a row's cells: (cell, line in it). The title's
    words may be cut across cells ("T|able II - Deriva"): it is told from the line's
    letters and those of the same line in the cells after it."""
    lines = [_cell_lines(cell) for cell in cells]
    for c, cell in enumerate(lines):
        for k, line in enumerate(cell):
            if _TABLE_TITLE.match(line):
                return c, k
            if line and _TABLE_TITLE_OPENING.match("".join(
                    "".join(other[k].split()) for other in lines[c:c + 4] if k < len(other))):
                return c, k
    return None


def _title_row(cells: list[str], at: tuple[int, int]) -> list[str]:
    """A table's title that the converter cut into cells at fixed places ("Table I -
    Non-Derivativ|e Securities A|cquired"): the lines before it in its cell stay
    lines; the title is read line by line across the cells (their lines side by
    side), else cell after cell, and given as the form prints it. What else the
    row holds (column headers run into it) is left out. ``at``: where the title
    opens (``_title_at``)."""
    c, k = at
    first = _cell_lines(cells[c])
    before = [line for cell in cells[:c] for line in _cell_lines(cell)] + list(first[:k])
    columns = [first[k:]] + [_cell_lines(cell) for cell in cells[c + 1:]]
    across = lines_across(columns, " ")
    titles = [title for line in across if (title := canonical_title(line))]
    if not titles:
        whole = " ".join(line for column in columns for line in column)
        titles = [canonical_title(whole) or whole]
    return [line for line in before + _cut_off_nature(cells[c + 1:]) + titles if line]


# what a table's title holds, letters only: a cell of the title's row holding none of it
_TITLE_LETTERS = spaceless("".join(TITLES)).lower()
# a number that is no footnote mark ("53,602", "08/22/2019", "5"): a row's value, never
# a nature's words
_VALUE = re.compile(r"(?<!\()[0-9]+(?![0-9]*\))")


def _cut_off_nature(cells: list[str]) -> list[str]:
    """The end of the row above's nature of ownership that the title's row holds
    in its last cell ("By<br>Rivendell" then "|...**wned**||One<br>LLC<br>(14)|"):
    the converter cut the page into strips, the title's strip taking the nature's
    last lines. A last cell of words (and footnote marks) that are none of the
    title's, as one line where the row above's nature wraps."""
    last = next((cell for cell in reversed(cells) if any(_cell_lines(cell))), None)
    if last is None:
        return []
    text = " ".join(line for line in _cell_lines(last) if line)
    letters = spaceless(text).lower()
    if _VALUE.search(text) or not re.search(r"[A-Za-z]{2}", text) or letters in _TITLE_LETTERS:
        return []
    return [text]


def _cut_title(text: str) -> bool:
    """True where a pipe table's row opens with a table's title cut into cells: the
    converter cut the page into strips, not the form's cells."""
    for raw in text.split("\n"):
        # a title opens with "Table" (or a character reference undone into it): most rows
        # hold not all its letters, and undoing their cells' markup is the slow part
        if not (all(letter in raw for letter in "Table") or "&" in raw) \
                or not PIPE_ROW.match(raw):
            continue
        first = next((cell for cell in split_cells(raw.strip()) if any(_cell_lines(cell))), None)
        at = _title_at([first]) if first is not None else None
        if at is not None and "Securities" not in " ".join(_cell_lines(first)):
            return True
    return False


@lru_cache(maxsize=4096)  # a text's lines are read again by each question about them
def _in_table(raw: str, was: bool) -> bool:
    """Whether the end of a line stands in the form's tables: after a table's title,
    before the explanation of responses or a box of an owner listed after them."""
    letters = "".join(undo_markup(_BREAK.sub(" ", raw)).replace("|", "").split())
    titles = [m.end() for m in _TABLE_TITLE_LETTERS.finditer(letters)]
    ends = [m.end() for m in _TABLES_END_LETTERS.finditer(letters)]
    if not titles and not ends:
        return was
    return max(titles, default=-1) > max(ends, default=-1)


#: the label that opens the notes below the tables
EXPLANATION = "Explanation of Responses:"
_EXPLANATION_LETTERS = "".join(EXPLANATION.split()).lower()


def _without_explanation(raw: str) -> str | None:
    """A pipe row whose cells' last lines hold the notes' label cut across them
    ("...<br>**Explanatio**|(15)<br>**n of Responses:**|"): the converter's strip
    ran the label into the table's last row. The row without the label's pieces
    (what the cells hold above them), or None where the row holds no cut label."""
    cells = split_cells(raw.strip())
    lasts = [[line for line in _cell_lines(cell) if line][-1:] for cell in cells]
    for first in range(len(cells)):
        letters = ""
        for last in range(first, min(first + 4, len(cells))):
            if not lasts[last]:
                break
            letters += "".join(lasts[last][0].split()).lower()
            if not _EXPLANATION_LETTERS.startswith(letters):
                break
            if letters.startswith(_EXPLANATION_LETTERS[:-1]) and last > first:
                return "|".join(_without_last_line(cell) if first <= n <= last else cell
                                for n, cell in enumerate(cells))
    return None


def _without_last_line(cell: str) -> str:
    parts = _BREAK.split(cell)
    while parts and not fold(undo_markup(parts[-1])):
        parts.pop()
    return "<br>".join(parts[:-1])


@dataclass(frozen=True, slots=True)
class VisualLine:
    """A line of the page: where it starts in the source, its text, and whether it is
    a paragraph that the converter may have run several of the page's lines into (a
    markdown text, which marks its "picture text" as the page's lines or holds pipe
    tables, reflows the rest)."""

    number: int
    column: int
    text: str
    reflowed: bool = False


def visual_lines(text: str, pipes: bool = True) -> list[VisualLine]:
    """The page's lines, markup undone, a ``<br>`` ending a line as a line break
    does, a row of a pipe table in the form's tables one line (a box's cells
    elsewhere: their lines in turn; none where ``pipes`` is False); empty lines
    left out."""
    return list(_visual_lines(text, pipes))


def _visual_lines(text: str, pipes: bool) -> Iterator[VisualLine]:
    """``visual_lines`` one by one, so that a question about them may stop early."""
    in_table = False
    # a text that marks where the page's lines are, or that holds pipe tables, is
    # markdown: its other lines are paragraphs
    marked = bool(_PICTURE.search(text)) or any(PIPE_ROW.match(l) for l in text.split("\n"))
    picture = False
    for number, raw in enumerate(text.split("\n"), start=1):
        if pipes:  # only a pipe row asks whether it stands in a table
            in_table = _in_table(raw, in_table)
        if PIPE_ROW.match(raw):
            if not pipes or SEPARATOR_ROW.match(raw):
                continue
            rest = _without_explanation(raw)
            if rest is not None:  # the notes' label cut into the cells' last lines
                yield from (VisualLine(number, 1, line) for line in _pipe_row(rest))
                yield VisualLine(number, 1, EXPLANATION)
                in_table = False
                continue
            if in_table or _title_at(split_cells(raw.strip())) is not None:
                yield from (VisualLine(number, 1, line) for line in _pipe_row(raw))
                continue
            # a box's cells: their lines in turn, each a line of the page (a cell's
            # "<br>" is where the page's line ended), not a reflowed paragraph
            raw = "<br>".join(split_cells(raw.strip()))
            cells = True
        else:
            cells = False
        raw = _QUOTE.sub("", raw) if ">" in raw else raw
        tagged = "<" in raw  # underlining, picture-text comments and <br> are tags
        raw = _SIGNED.sub(_signature_lines, raw) if tagged else raw
        reflowed = marked and not picture and not cells and not (tagged and _PICTURE.search(raw))
        for mark in _PICTURE.finditer(raw) if tagged else ():
            picture = mark.group(1).lower() == "start"
        start = 0
        for part in _BREAK.split(raw) if tagged else (raw,):
            folded = fold(undo_markup(part))
            if folded:
                column = start + len(part) - len(part.lstrip()) + 1
                yield VisualLine(number, column, folded, reflowed)
            start += len(part) + 4  # "<br>"


def _labels_side_by_side(line: str) -> bool:
    # each label holds its number and a dot ("1.", "2.", "5."): most lines hold two of
    # them at most by chance, and are told without a search
    return (sum(number in line for number in _TOP_BOX_NUMBERS) >= 2
            and sum(1 for label in _TOP_BOXES if label.search(line)) >= 2)


def _is_table_header(line: str) -> bool:
    # each column number ends in a dot before a space or the line's end: fewer such
    # dots, fewer numbers
    return (line.count(". ") + line.endswith(".") >= HEADER_NUMBERS
            and _ascending_numbers(_COLUMN_NUMBER.findall(line)) >= HEADER_NUMBERS)


def _ascending_numbers(numbers: list[str]) -> int:
    """How many of a line's column ``numbers`` ("4.", "2A.") read left to right in the
    form's order (the longest run ascending, not necessarily side by side). A page's
    visual line prints its columns left to right, so its numbers ascend ("2. 2A. 3.
    4."); a reading-order stream that put one column's wrapped header lines together
    with the next's repeats one ("4. 5. Number of 5.", "3. 4. Securities Acquired (A)
    4."), and is no line of the page."""
    keys = [_order_key(k) for n in numbers if (k := column_number(n.strip()))]
    longest: list[int] = []
    for i, key in enumerate(keys):
        longest.append(1 + max((longest[j] for j in range(i) if keys[j] < key), default=0))
    return max(longest, default=0)


def _order_key(number: str) -> tuple[int, bool]:
    """A column's number ("2A") as a key in the form's order: 2 < 2A < 3."""
    return int(number.rstrip("A")), number.endswith("A")


def _all_reflowed(text: str) -> bool:
    """True where every line ``_visual_lines`` gives would be a paragraph (reflowed): a
    markdown text (holding pipe rows) with no picture text (quick to tell, where
    reading its lines is not)."""
    return not _PICTURE.search(text) and any(PIPE_ROW.match(l) for l in text.split("\n"))


def is_lines(text: str) -> bool:
    """True for a text printed as the page's visual lines: two header boxes'
    labels on one line, or three numbered column headers on one line, and no
    runs of spaces keeping columns apart, and no table rules printed as glyphs
    (an image's text, whose labels may be misread). A pipe table's rows are not
    looked at (a table that a converter found keeps its columns apart), nor lines of
    tab-separated cells, nor are
    paragraphs that a converter ran lines into (markdown around ``<br>`` lines), unless it
    holds a table's title cut into cells: the converter cut the page into strips
    and its rows are the page's lines too."""
    raw_lines = [l for l in text.split("\n") if l.strip()]
    if not raw_lines:
        return False
    gaps = sum(1 for l in raw_lines if "   " in l and _GAP.search(l.strip()))
    if gaps > GAP_SHARE * len(raw_lines):
        return False
    if sum(1 for l in raw_lines if " | " in l and not PIPE_ROW.match(l)
           and _RULE_GLYPH.search(l)) >= RULE_LINES:
        return False
    if _cut_title(text):
        return True
    plain = "\n".join(l for l in text.split("\n") if "\t" not in l.strip())  # tabs part cells
    if _all_reflowed(plain):
        return False
    return any(map(_is_lines_line, _unreflowed_lines(plain)))


# a run of spaces between words on a line, or around them
_SPACES = re.compile(r" {2,}")


def spaced_lines(text: str) -> str | None:
    """A page grid that is the page's visual lines set at their x positions, as the
    visual-lines text it is (each line's runs of spaces one space, its line numbers
    kept); None for any other grid. Such a grid is told by a table's column-header line
    holding three column numbers one space apart (the page's columns run together on
    it, as on ``is_lines``'s lines: "1. Title of 2. 3. Transaction 3A. Deemed 4."); a
    grid that keeps the page's columns keeps them apart there too, and its positions
    place each word (pdfplumber's text with ``layout=True`` sets the words of a line
    at their x, the lines of a cell still cut into letters among its row's values)."""
    if not any(_is_table_header(line.strip()) and "  " not in line.strip()
               for line in text.split("\n") if ". " in line):
        return None
    lines = "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return lines if is_lines(lines) else None


@lru_cache(maxsize=4096)  # asked of a text's lines by detection, then again by reading
def _is_lines_line(line: str) -> bool:
    return _labels_side_by_side(line) or _is_table_header(line)


def _unreflowed_lines(plain: str) -> Iterator[str]:
    """The texts of ``plain``'s visual lines that are not paragraphs, for ``is_lines``
    (a text with pipe rows and no picture text has none: ``_all_reflowed``). Where the
    text holds no tag, each line is one visual line, markup undone (no pipe row, no
    ``<br>``, no picture text); only a line holding "." (or "&" that may unescape to one)
    can pass either test, both asking for numbered labels."""
    if "<" in plain:
        return (line.text for line in _visual_lines(plain, pipes=False) if not line.reflowed)
    return (fold(undo_markup(_QUOTE.sub("", raw) if ">" in raw else raw))
            for raw in plain.split("\n") if "." in raw or "&" in raw)


def read_lines(text: str, blocks: bool = False) -> Page:
    """The page of a visual-lines text: one piece per line, the header's boxes put
    back in reading order where that can be told (``line_boxes.py``; ``blocks``: the
    text may print the page's blocks one after the other, as OCR does)."""
    seen = visual_lines(text)
    lines = [Line([Piece(line.text, line.number, line.column)]) for line in seen]
    reflowed = {i for i, line in enumerate(seen) if line.reflowed}
    raw = text.split("\n")
    return Page(shape="lines", lines=header_in_reading_order(
        lines, reflowed, blocks, lambda number: _strips(raw[number - 1])))


def _strips(raw: str) -> list[list[str]]:
    """A pipe row's cells, each its lines with markup undone (a header cut into
    strips: ``cut_strips.py``); none for another line or a separator row."""
    if not PIPE_ROW.match(raw) or SEPARATOR_ROW.match(raw):
        return []
    return [[text for text in (fold(undo_markup(part)) for part in _BREAK.split(cell)) if text]
            for cell in row_cells(raw)]
