"""The form's sub-headers, and the tests of a stream's paragraphs that its readers of
column headers among a table's rows share (interleaved_headers.py: the numbered ones;
short_labels.py: short unnumbered labels).
"""

from __future__ import annotations

import re

from ..patterns import MARKS_AFTER
from .atoms import Atom

# a number or a date, alone: a value, never a word of a title or a nature
AMOUNT = re.compile(r"[0-9][0-9.,/]*" + MARKS_AFTER)
# the sub-headers the form prints under its numbered headers, each a line of its own
SUB_HEADERS = frozenset({
    "code", "v", "amount", "(a) or (d)", "(a)", "(d)", "price", "date exercisable",
    "expiration date", "title", "amount or number of shares",
})
SUB_HEADER_WORDS = frozenset(w for phrase in SUB_HEADERS for w in phrase.split())


def is_sub_headers(words: list[str]) -> bool:
    """True where the words are sub-headers one after another ("Code", "V (A)", "(D) Date")."""
    if not words:
        return True
    return any(" ".join(words[:n]).lower() in SUB_HEADERS and is_sub_headers(words[n:])
               for n in range(min(len(words), 5), 0, -1))


def line_end(atoms: list[Atom], start: int) -> int:
    """Where the line of ``atoms[start]`` (``Atom.row``) ends among ``atoms``."""
    end = start
    while end < len(atoms) and atoms[end].row == atoms[start].row:
        end += 1
    return end


def apart(atoms: list[Atom], start: int, end: int) -> bool:
    """True where a blank line (or the body's edge) stands before ``atoms[start:end]`` and
    after it: a paragraph of its own, as a stream prints a cell of the page."""
    return ((start == 0 or atoms[start - 1].line < atoms[start].line - 1)
            and (end == len(atoms) or atoms[end].line > atoms[end - 1].line + 1))


def is_word(atom: Atom) -> bool:
    """A word of a title or a nature ("Common", "Stock(1)"), not a value or a column's letter."""
    return len(atom.text) > 1 and atom.text[0].isalpha()
