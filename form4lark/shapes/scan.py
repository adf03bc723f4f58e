"""Scanned shape: a page read from its image by OCR, as the page's visual lines.

Tesseract prints a page line by line, as ``lines.py`` reads pdfplumber's text,
in blocks: where the page's columns stand apart it may print a block of one
column before the next (blank lines between blocks), so that its lines are the
page's visual lines in the reading order of its blocks, not always left to
right. It reads the page's image, not its text, and so it misreads: the
table's rules come out as "|" between words and glued to values, the Roman
numeral of a table's title as a rule ("Table |"), small footnote marks as
glyphs ("$209.71°", "@"), an empty checkbox as a speck ("C1 Director").

The text is told by those traces, never by its converter (``is_scan``): table
rules printed as glyphs between words on several lines, or a table's title
read with a rule for its numeral, in a text with no markdown table, no tabs
and no column gaps. It is read in two steps: OCR's certain misreadings put
right line by line (``scan_text.py``: the labels and the page's parts;
``scan_header.py``, ``scan_rows.py`` with ``scan_values.py`` and
``scan_words.py``, ``scan_table.py``, ``scan_notes.py``: the
header, the tables' lines, each table's lines together, the notes (the marks a
footnote's price range names are put back on the record: ``inputs/ocr_price_ranges.py``); ``scan_fixes.py``: the readings shared with the
old OCR layout), then
the lines read as visual lines (``lines.read_lines``: the header's boxes put
back in reading order by ``line_boxes.py``, the tables read by
``form/row_lines.py``, which takes OCR's lines half a line off into account).
Whatever OCR garbled beyond reading is marked (``form/scan_marks.py``) and
left out: a missing value is better than a wrong one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..page import Page
from ..text import any_line
from .lines import read_lines
from .pipes import PIPE_ROW, SEPARATOR_OPENING

# a table's rule printed as a glyph between words: "Ownership | 7. Nature"
_RULE_GLYPH = re.compile(r"\S \| ?\S|\S\| \S")
#: lines with rule glyphs that make a text one read from an image
RULE_LINES = 3
# "Table | - Non-Derivative", "Table Il - Derivative": a title's numeral read as a rule
_OCR_TITLE = re.compile(r"^\W{0,3}Table\s+(\||l|1|Il|ll|I\||l1|\|\||lI|1I|I1)\s*[-\u2013\u2014]\s*"
                        r"(Non-)?Deriv", re.M)
# what other converters print and OCR never does: a markdown table's separator row
# (pipes.SEPARATOR_OPENING), HTML table cells, tabs between cells
_CELL_MARKUP = re.compile(r"<t[dh][\s>]", re.I)
_TABBED = re.compile(r"\S\t+\S")
# three spaces or more between two words: a grid keeps the page's columns
_GAP = re.compile(r"\S {3,}\S")
#: share of lines with column gaps above which a text keeps the page's columns
GAP_SHARE = 0.1
# a label of the form: the text is a Form 4 page at all
_FORM_LABEL = re.compile(r"Name\s+and\s+Address\s+of\s+Reporting|\(Last\)\s*\(First\)", re.I)


@lru_cache(maxsize=4)  # asked by the shape's reader, then by parse() for OCR's misreadings
def is_scan(text: str) -> bool:
    """True for a page read by OCR: table rules printed as glyphs between words on
    ``RULE_LINES`` lines or more, or a table's title read with a rule for its
    numeral; no markup of another converter and no column gaps."""
    if not _FORM_LABEL.search(text) or _markup(text):
        return False
    lines = [l for l in text.split("\n") if l.strip()]
    # each pattern tried only on lines holding what it needs (three spaces, a pipe)
    if sum(1 for l in lines if "   " in l and _GAP.search(l.strip())) > GAP_SHARE * len(lines):
        return False
    rules = sum(1 for l in lines if "|" in l and not PIPE_ROW.match(l) and _RULE_GLYPH.search(l))
    return rules >= RULE_LINES or bool(_OCR_TITLE.search(text))


def _markup(text: str) -> bool:
    return (any_line(SEPARATOR_OPENING, text, "---") or "<" in text and bool(_CELL_MARKUP.search(text))
            or "\t" in text and bool(_TABBED.search(text)))


def read_scan(text: str) -> Page:
    """The page of an OCR text: its misreadings put right, read as visual lines."""
    from .scan_text import clean_scan  # only an OCR text needs it (start-up)
    page = read_lines(clean_scan(text), blocks=True)
    page.converter = "ocr"
    return page
