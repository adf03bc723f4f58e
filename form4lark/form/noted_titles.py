"""The titles a page's notes print, for a Table II of visual lines whose page prints none in
its tables.

On a page of visual lines, a Table II row's title and underlying title share the lines
wrapped around the row's ("Restricted Class B" / "Stock ... Common ..." / "Unit
Stock(2)"): the lines are cut where one cut makes the underlying title a title the page
prints with certainty (``row_pairs.py``), Table I's titles or Table II's read whole
(``row_lines.known_titles``). A page whose Table I is empty prints none there; its notes
still name the classes, capitalised ("Each share of Class B Common Stock is convertible
..."). Such a name, a run of two capitalised words or more ending with the word that
closes a title ("Stock", "Shares") and as long as the notes print it (no capitalised
word around it), is taken for a title the page prints: the cuts are still read only
where one cut alone gives it. A title the notes print in small letters ("restricted
stock units") or that ends with another word is no such name: its rows stay unread.
The names are a ``NotedNames``: a name the notes print may be shorter than the row's
underlying title ("Common Stock" for "Class A Common Stock"), so a cut leaving the title's
words on a line shared with the underlying's open ("Restricted Class A" / ...) is not
taken (``row_pairs.readings``), and the names are only asked for rows that the page's
titles leave untitled (``row_lines.lines_table``).
"""

from __future__ import annotations

import re

from ..patterns import MARKS_AFTER
from .row_sequence import TITLE_CLOSING

# a word of a class's name: capitalised ("Class", "Preferred"), or a class's or series'
# letters and number ("B", "II", "C-1"); its marks, and a stop that ends the name, after it
_NAME_WORD = re.compile(r"(?P<word>[A-Z][A-Za-z-]*|[A-Z0-9]{1,3}(?:-[0-9]{1,2})?)"
                        + MARKS_AFTER + r"(?P<stop>[.,;:)]?)")


class NotedNames(frozenset[str]):
    """Titles the notes name (not printed in the tables): a cut that leaves the title's
    words open on a line the underlying title shares is refused with them."""


def noted_titles(words: list[str]) -> NotedNames:
    """Each whole run of capitalised words of the notes (``words``, as the page prints
    them) of two words or more whose last closes a title ("Class B Common Stock"): a
    run ends with a word that is not capitalised or with a stop printed after a word."""
    found: set[str] = set()
    run: list[str] = []
    for text in (*words, ""):
        match = _NAME_WORD.fullmatch(text)
        if match:
            run.append(match["word"])
            if not match["stop"]:
                continue
        if len(run) > 1 and TITLE_CLOSING.fullmatch(run[-1]):
            found.add(" ".join(run))
        run = []
    return NotedNames(found)
