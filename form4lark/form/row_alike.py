"""Text lines between rows printed alike, cut as the table's end rows show (``row_lines.py``).

The text lines above a table's first row are its own, and so are those below its
last: those two rows show for certain which lines a row of the table prints above
and below its line. Where every row has the same title's words on its line and
every run of text lines between two rows is the very lines the last row ends with
followed by those the first row opens with, the rows are printed alike: each row ends with the last
row's lines and the next opens with the first row's. Any other cut gives rows of
the same print different lines around their lines. A run that does not fit, a
joined line, or a cut already certain and different leaves the table as it was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .atoms import Atom

if TYPE_CHECKING:  # row_lines.py calls this module
    from .row_lines import RowLine

Lines = list[list[Atom]]


def _texts(lines: Lines) -> list[str]:
    return [" ".join(a.text for a in line) for line in lines]


def _print(row: RowLine) -> str:
    """What a row shows of the column every row prints: its title's words on its line."""
    return " ".join(a.text for a in row.parts["security_title"])


def alike_cuts(rows: list[RowLine], runs: list[Lines]) -> list[int] | None:
    """How many lines of each run between two rows are the upper row's, where the rows
    are printed alike; None otherwise. ``rows``: the table's rows in order (``RowLine``s,
    each with ``above`` and ``below`` as placed so far); ``runs``: the text lines
    between each two of them (one run fewer than rows)."""
    if len(rows) < 2 or len(runs) != len(rows) - 1:
        return None
    top, bottom = rows[0].above, rows[-1].below
    if top is None or bottom is None or not top and not bottom:
        return None
    if any(r.joined or r.beside_header for r in rows):
        return None
    if len({_print(r) for r in rows}) != 1 or not _print(rows[0]):
        return None
    cut = len(bottom)
    printed = _texts(bottom) + _texts(top)
    for upper, lower, run in zip(rows, rows[1:], runs):
        if _texts(run) != printed:
            return None
        if upper.below is not None and len(upper.below) != cut:
            return None
        if lower.above is not None and len(lower.above) != len(top):
            return None
    return [cut] * len(runs)
