"""A line's words read by ``grammars/form_rows.lark``, each reading kept for its words.

A table's lines are read more than once: a line broken off its row is read again
with the lines after it (``row_lines.py``), a band's words again for each way its
cells may be placed (``row_typed.py``), and many lines are the same from one
filing to the next. The reading is a function of the words alone, so it is kept
(a small least-recently-used store). The tree is shared: read it, never change it.
"""

from __future__ import annotations

from functools import lru_cache

from lark import Tree
from lark.exceptions import LarkError

from ..grammar import load
from .row_sequence import START

#: readings kept: a few tables' lines and their joinings
KEPT = 512


@lru_cache(maxsize=KEPT)
def row_tree(text: str, table: str) -> Tree | None:
    """The tree of ``text`` (a line's words, ``WordSource.text``) read as the body of
    ``table`` ("table_i", "table_ii"), or None where the words do not read as one.
    Its tokens keep their places in ``text``; its nodes have no spans (no reader asks
    for them, and they would cost a third of the parse)."""
    try:
        return load("form_rows", tuple(START.values()), positions=False).parse(
            text, start=START[table])
    except LarkError:
        return None
