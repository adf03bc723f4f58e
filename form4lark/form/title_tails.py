"""A row's title cut by a page's end, its last words read into the next row's title.

A stream prints a page's last row, then the next page's column headers, then the
rest of that row's title ("Class A", "Common" ... headers ... "Stock"), which a
row reader then reads as the opening of the next row's title ("Class A Common" and
"Stock Class A Common Stock"). Where moving the next title's first words back
gives two titles that other rows of the table print whole, and one such cut
only, the words go back; else the titles stay as read (``run_titles.py`` mends
the same cut among a column's cells, before they are rows).
"""

from __future__ import annotations

from ..sections import Cell, Row
from .run_titles import bare

_KEY = "security_title"


def _cuts(head: str, tail: str, printed: set[str]) -> list[int]:
    """How many of ``tail``'s first words end ``head``'s title where both then read
    as titles in ``printed`` (``head`` ending with no mark: a mark ends a title)."""
    if bare(head) != head:
        return []
    words = tail.split()
    return [k for k in range(1, len(words))
            if bare(f"{head} {' '.join(words[:k])}") in printed
            and bare(" ".join(words[k:])) in printed]


def tails_put_back(rows: list[Row]) -> list[Row]:
    """``rows`` with each title a page's end cut put back together (``rows`` itself
    where none is found)."""
    titles = [bare(row[_KEY].text) if row.get(_KEY) else None for row in rows]
    out = rows
    for n in range(len(rows) - 1):
        head, tail = rows[n].get(_KEY), rows[n + 1].get(_KEY)
        if not head or not tail:
            continue
        printed = {t for i, t in enumerate(titles) if t and i not in (n, n + 1)}
        cuts = _cuts(head.text, tail.text, printed)
        if len(cuts) != 1:
            continue
        words = tail.text.split()
        out = out if out is not rows else [dict(row) for row in rows]
        out[n][_KEY] = Cell(f"{head.text} {' '.join(words[:cuts[0]])}", head.line, head.column)
        out[n + 1][_KEY] = Cell(" ".join(words[cuts[0]:]), tail.line, tail.column)
    return out
