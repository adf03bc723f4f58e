"""A line's words read by ``grammars/form_rows.lark``, each reading kept for its words.

A table's lines are read more than once: a line broken off its row is read again
with the lines after it (``row_lines.py``), a band's words again for each way its
cells may be placed (``row_typed.py``), and many lines are the same from one
filing to the next. The reading is a function of the words alone, so it is kept
(a small least-recently-used store). The tree is shared: read it, never change it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lark import Tree
from lark.exceptions import LarkError

from ..grammar import load
from .row_sequence import START

#: readings kept: a few tables' lines and their joinings
KEPT = 512
#: every row's values hold an amount (``M_AMOUNT`` of grammars/form_rows.lark), so a digit
_AMOUNT_DIGIT = re.compile("[0-9]")


def may_hold_row(words: list[str]) -> bool:
    """False where the words cannot read as a row's values, whatever else the grammar
    makes of them: none holds a digit. Such lines (a title's, a nature's) are not parsed."""
    return any(_AMOUNT_DIGIT.search(word) for word in words)


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
