"""How a page aligns its table cells, "top" or "centre" (``row_lines.py``): told by what
the other alignment cannot show (``alignment``).
"""

from __future__ import annotations

import re

from .atoms import Atom
from .row_line_cuts import closes_cells, line_gaps, marked_last
from .row_line_types import NATURE, TITLE, Body, Broken, Lines, RowLine, is_indirect, words_text


# figures glued onto a word of three letters or more: bare footnote marks ("Footnotes23")
_GLUED_FIGURES = re.compile(r"(?<=[A-Za-z]{3})[0-9]{1,3}\b")
#: lines of its own below a row with none above that no centred cell gives (a line
#: run into the row's line takes one line away from one side, no more)
NOT_CENTRED = 2


def alignment(tables: list[Body]) -> str | None:
    """How the page aligns its cells, "top" or "centre", where its tables tell it."""
    from .row_top import top_by_title
    not_top = not_centre = False
    for body in tables:
        for before, after, run in line_gaps(body):
            upper = body[before] if before >= 0 else None
            lower = body[after] if after < len(body) else None
            if not isinstance(lower, RowLine) or not run:
                continue
            if upper is None or (isinstance(upper, RowLine) and not upper.open):
                not_top = True  # text lines certainly above a row's line
        for i, row in enumerate(body):
            if not isinstance(row, RowLine) or row.joined:
                continue
            if not row.parts[TITLE] or (not row.parts[NATURE] and is_indirect(row)):
                not_top = True  # a title, or an indirect holding's nature, off its line
            above = body[i - 1] if i > 0 else None
            if isinstance(above, Broken) or isinstance(above, list) and not (
                    marked_last(row, [above]) and closes_cells(above)):
                continue  # what stands above may be this row's
            end = i + 1
            while end < len(body) and isinstance(body[end], list):
                end += 1
            lower = body[end] if end < len(body) else None
            run = [line for line in body[i + 1:end] if isinstance(line, list)]
            own = lower is None or (isinstance(lower, RowLine) and (
                not lower.open or marked_last(lower, run)))
            if own and end - i - 1 >= NOT_CENTRED or _opens_apart(row, lower, run):
                not_centre = True
        if top_by_title(body):  # a title printed alike from every row's line down
            not_centre = True
    if not_top and not not_centre:
        return "centre"
    if not_centre and not not_top:
        return "top"
    return None


def _opens_apart(upper: RowLine, lower: RowLine | list[Atom] | Broken | None,
                 run: Lines) -> bool:
    """True where two rows show the same words (but footnote marks) on their lines in
    each of their open cells, the upper with no line above, and two or more text lines
    (not marks alone) stand between them. Centred, the upper row's cells (none of their
    lines above) have at most one line below: some open cell of the lower row would
    open above its line while the upper row's, showing the same words, opens on it
    (``row_alike.py``: rows showing the same words print them alike). The open cells'
    words may also be printed alike but for one short word (a series' letter: "Series A"
    / "Series B" over "Preferred Stock", ``row_top.alike_words``)."""
    from .row_pairs import only_marks, unmarked
    from .row_top import alike_words
    if not isinstance(lower, RowLine) or upper.joined or lower.joined:
        return False
    if not upper.open or upper.open != lower.open:
        return False
    pairs = [(_unglued(unmarked(words_text(upper.parts[key]))),
              _unglued(unmarked(words_text(lower.parts[key])))) for key in upper.open]
    same = all(upper.parts[key] for key in upper.open) and all(a == b for a, b in pairs)
    if not same and not all(alike_words(a, b) for a, b in pairs):
        return False
    return sum(1 for line in run if not only_marks(line)) >= NOT_CENTRED


def _unglued(text: str) -> str:
    """``text`` without the figures glued onto the end of a word of letters ("See
    Footnotes23": bare marks glued on, a word of letters ending in figures is no word):
    two rows' cells differing only so print their words alike."""
    return _GLUED_FIGURES.sub("", text)
