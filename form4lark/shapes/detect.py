"""Which shape a text has: cells, grid or stream, told by the text alone.

- *cells*: table rows between pipes or tabs (five lines or more), or HTML tables;
- *grid*: lines whose words stand in columns, kept apart by runs of spaces;
- *stream*: anything else, read as words in reading order.
"""

from __future__ import annotations

import re

from ..page import Page
from .grid import read_grid
from .markdown import read_markdown
from .stream import read_stream

_PIPES = re.compile(r"(?<!\\)\|.*(?<!\\)\|")
_TABLE_TAG = re.compile(r"<t[dh][\s>]", re.I)
_TABS = re.compile(r"\S\t+\S.*\t")
# a run of three or more spaces between two words: the page's columns
_COLUMN_GAP = re.compile(r"\S {3,}\S")
#: lines of cells that make a text one of cells
CELL_LINES = 5
#: share of a text's lines that must show column gaps for a grid
GRID_SHARE = 0.25


def shape_of(text: str) -> str:
    lines = [l for l in text.split("\n") if l.strip()]
    if _TABLE_TAG.search(text) or sum(1 for l in lines if _PIPES.search(l) or _TABS.search(l)) >= CELL_LINES:
        return "cells"
    if lines and sum(1 for l in lines if _COLUMN_GAP.search(l.strip())) >= GRID_SHARE * len(lines):
        return "grid"
    return "stream"


READERS = {"cells": read_markdown, "grid": read_grid, "stream": read_stream}


def read_shape(text: str, shape: str | None = None) -> Page:
    """The page of ``text``, read as ``shape`` (detected if not given)."""
    return READERS[shape or shape_of(text)](text)
