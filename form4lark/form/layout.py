"""The form reader as a layout: one per shape of text, read by the same reader.

A text is read into a ``Page`` by its shape's reader and the page into
``Sections`` by the form reader; ``--tree`` shows the page's labels as the form
reader found them.
"""

from __future__ import annotations

from dataclasses import dataclass

from lark import Tree

from ..grammar import load
from ..page import Page
from ..sections import Sections
from ..shapes.detect import read_shape, shape_of
from .reader import read_page


@dataclass(frozen=True)
class ShapeLayout:
    """A shape of text, read by the one form reader."""

    name: str
    description: str

    def looks_like(self, text: str) -> bool:
        return shape_of(text) == self.name

    def read(self, text: str) -> Sections:
        return self.read_with_page(text)[0]

    def read_with_page(self, text: str, tops: frozenset[int] = frozenset()
                       ) -> tuple[Sections, Page]:
        """The sections of ``text`` and the page they were read from; ``tops``: the
        lines that open a page (``source.page_tops``)."""
        page = read_shape(text, self.name, tops)
        return read_page(page, self.name), page

    def tree(self, text: str, tops: frozenset[int] = frozenset()) -> Tree:
        """The labels' parse tree of ``text`` read as parse reads it (``tops``: the lines
        that open a page, ``source.page_tops``)."""
        page = read_shape(text, self.name, tops)
        joined = "\n".join(p.text for line in page.lines for p in line.pieces if p.text)
        return load("form_labels", ("page", "boxes")).parse(joined, start="page")


SHAPE_LAYOUTS = (
    ShapeLayout("cells", "table cells: markdown pipe or tab tables, HTML tables"),
    ShapeLayout("grid", "column-aligned text: spaces keep the page's columns"),
    ShapeLayout("stream", "words in reading order, the page's columns lost"),
)
