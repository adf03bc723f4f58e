"""The layout "ocr-text": EDGAR's Form 4 page as tesseract OCR reads it.

This module tells such a text (``looks_like``) and names its grammar
(``grammars/ocr_text.lark``); ``ocr_read.py`` reads it, imported only when a text
is one (start-up: every other text goes without the OCR readers).
"""

from __future__ import annotations

import re
from itertools import islice

from lark import Tree

from ..sections import Sections
from . import Layout

NAME = "ocr-text"

# What tesseract makes of the form's empty checkboxes, in front of their labels: the glyphs
# seen ("C1", "(J", "LD", "[]") and any other short speck that is not an "X"
_EMPTY_BOX = re.compile(r"^(?!X )(oO|C1|CJ|LD|LJ|LC|\(J|\(1|\[\[?\]|\[_\]|[^\sA-Za-z0-9]{1,3}|"
                        r"[^\s]{1,2}(?<![A-Za-z]{2})) (Director|Form filed by|Check this box|"
                        r"Officer \(give|10% Owner)", re.M)
# The column gaps of pdftotext -layout, tabs and table markup of the other converters
_OTHER_CONVERTER = re.compile(r"\S {4,}\S|\t|^\s*\|.*\|\s*$|</?t[dr]\b", re.M)
# The labels of box 1 opening their lines, as every text of the page keeps them
_NAME_LABELS = re.compile(r"^(\(Last\) \(First\) \(Middle\)|\(Street\)|\(City\) \(State\) \(Zip\))",
                          re.M)


def looks_like(text: str) -> bool:
    """The form's labels as OCR reads them, with no column gaps or table markup: empty
    boxes printed as glyphs ("C1 Director", "LD Form filed by"), or "Table |" for
    "Table I" beside one such glyph. Blank lines between blocks are no sign of OCR:
    pdfminer, mutool, plain pdftotext and BeautifulSoup print them too."""
    head = text[:200_000]
    # a fourth sign of another converter is enough: the search stops there (a page's HTML
    # holds thousands)
    fourth = next(islice(_OTHER_CONVERTER.finditer(head), 3, None), None)
    if fourth is not None or not _NAME_LABELS.search(head):
        return False
    glyphs = len(_EMPTY_BOX.findall(head))
    ocr_titles = bool(re.search(r"^Table (\||l|1|Il|ll|I\||l1) - ", head, re.M))
    return glyphs >= 2 or ocr_titles and glyphs >= 1


def prepare(text: str) -> str:
    """``ocr_read.prepare``."""
    from .ocr_read import prepare as prepared
    return prepared(text)


def read_tree(tree: Tree, text: str) -> Sections:
    """``ocr_read.read_tree``."""
    from .ocr_read import read_tree as read
    return read(tree, text)


LAYOUT = Layout(
    name=NAME,
    description="tesseract OCR of EDGAR's Form 4 page: boxes as blocks, reading errors",
    grammar="ocr_text",
    looks_like=looks_like,
    prepare=prepare,
    read_tree=read_tree,
    positions=False,  # one token per word: the tree's spans would cost half the parse
)
