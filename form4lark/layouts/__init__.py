"""The layouts form4lark knows, and how a text is matched to one.

Each layout is a module in this package holding one kind of text (what one
converter makes of a Form 4): its grammar in ``grammars/<grammar>.lark``, a
test of whether a text looks like it (``looks_like``), and a reader that parses
the text and returns ``Sections``. ``LAYOUTS`` lists them, most specific first:
the first whose ``looks_like`` is true wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from lark import Tree

from ..form.layout import SHAPE_LAYOUTS, ShapeLayout
from ..grammar import load
from ..sections import Sections


@dataclass(frozen=True)
class Layout:
    """One kind of text and how to read it."""

    name: str
    description: str
    grammar: str
    looks_like: Callable[[str], bool]
    #: the text the grammar parses, made from the input (tabs, markup, columns)
    prepare: Callable[[str], str]
    #: the parse tree of the prepared text -> Sections
    read_tree: Callable[[Tree, str], Sections]
    start: str = "start"
    #: spans on the tree's nodes; a layout that reads only tokens (each has its line and
    #: column) goes without them, which halves the parse of a text of many tokens
    positions: bool = True

    def tree(self, text: str) -> Tree:
        """The Lark parse tree of ``text`` in this layout (may raise Lark's errors)."""
        return load(self.grammar, (self.start,), self.positions).parse(self.prepare(text),
                                                                       start=self.start)

    def read(self, text: str) -> Sections:
        prepared = self.prepare(text)
        tree = load(self.grammar, (self.start,), self.positions).parse(prepared, start=self.start)
        return self.read_tree(tree, prepared)


def _registry() -> tuple[Layout, ...]:
    from . import ocr_text
    return (ocr_text.LAYOUT,)


#: the readers written for one converter's text of the plain page design, asked
#: before the form reader for texts of that design until it reads them as well
CONVERTER_LAYOUTS: tuple[Layout, ...] = _registry()
LAYOUTS: tuple[Layout | ShapeLayout, ...] = (*CONVERTER_LAYOUTS, *SHAPE_LAYOUTS)
BY_NAME = {layout.name: layout for layout in LAYOUTS}
# The page sec.gov serves titles itself "SEC Form 4"; the converter readers never knew it.
_SEC_PAGE = re.compile(r"SEC\s+Form\s+4\b")


def candidates(text: str) -> tuple[Layout | ShapeLayout, ...]:
    """The layouts to ask, in order, whether ``text`` is theirs."""
    if _SEC_PAGE.search(text[:4000]):
        return SHAPE_LAYOUTS
    return LAYOUTS
