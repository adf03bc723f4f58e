"""The tables' titles as the form prints them, told in a text that cut them into strips.

pymupdf4llm cuts some pages into vertical strips, not the form's cells, and a table's
bold title with them ("**Table I - No**" | "**n-Derivative**"). A title is told by its
letters, spaces aside (a strip's edge drops or keeps the space it cuts), and given as
the form prints it. Crossing a page's end, the converter may print the next table's
title inside the cells of the row it overlaps, each cell its value then the title's
pieces ("8,337<br>**e Securities A**<br>**s, calls, warran**"): ``title_apart`` gives
such a row back as the row, then the title.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .pipes import split_cells

#: the tables' titles as the form prints them
TITLES = ("Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned",
          "Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned",
          "(e.g., puts, calls, warrants, options, convertible securities)")
#: how each of them opens: enough to tell it
_OPENINGS = ("Table I - Non-Derivative Securities", "Table II - Derivative Securities",
             "(e.g., puts, calls,")
_BREAK = re.compile(r"<br\s*/?>", re.I)
# a line of a cell wholly bold: "**e Securities A**"
_BOLD_LINE = re.compile(r"\s*\*\*([^*]+)\*\*\s*")


def spaceless(text: str) -> str:
    """``text`` without its spaces: a title's letters, however a strip's edge cut it
    ("Table I - No" | "n-Derivative": the edge drops or keeps the space it cuts)."""
    return "".join(text.split())


def lines_across(columns: Sequence[Sequence[str]], joint: str) -> list[str]:
    """The lines of a title cut into strips (``columns``, each its lines), read across:
    the n-th line of each strip side by side, joined by ``joint``, for each n."""
    return [joint.join(column[n] for column in columns if n < len(column))
            for n in range(max(len(column) for column in columns))]


def canonical_title(text: str) -> str | None:
    """The table title (or its "(e.g., ...)" line) that ``text`` opens with, spaces
    aside, as the form prints it."""
    letters = spaceless(text)
    for title, opening in zip(TITLES, _OPENINGS):
        if letters.startswith(spaceless(opening)):
            return title
    return None


def title_apart(row: str) -> tuple[str, str] | None:
    """A pipe row holding a table's values and, in its cells' wholly bold lines, a
    table's title cut into strips, given back as two: the row without the bold lines,
    and the title as the form prints it. The bold lines are read across the cells, the
    n-th bold line of each cell on the title's n-th line; each line must be, spaces
    aside, one of the form's titles (or its "(e.g., ...)" line) whole. None where the
    row is not such a row (no bold line, no other line, or bold lines spelling
    anything else)."""
    cells = [_BREAK.split(cell) for cell in split_cells(row)]
    bold = [[m.group(1) for line in cell if (m := _BOLD_LINE.fullmatch(line))] for cell in cells]
    kept = [[line for line in cell if not _BOLD_LINE.fullmatch(line)] for cell in cells]
    if not any(bold) or not any(line.strip() for cell in kept for line in cell):
        return None
    across = lines_across(bold, "")
    titles = [title for line in across if (title := canonical_title(line)) is not None]
    if len(titles) < len(across) or any(spaceless(line) != spaceless(title)
                                         for line, title in zip(across, titles)):
        return None
    return "|".join("<br>".join(cell) for cell in kept), " ".join(titles)
