"""A table whose cells are aligned to the top, told by a title every row prints alike
(``row_alignment.alignment``).

Where a table's first row stands right under the column headers (no line above
its line) with its title its one open cell, every row shows that title's words on
its line, and the lines after every row (up to the next row, or the table's end)
open with the very words that open the first row's lines below it, as many lines
after every row (two or more), those lines are the title's, printed alike under
every row's line: the first row's title, with nothing above it, starts on its line
and goes on down. Centred, that title (no line above its line) would end one line
below it at most, and the words that open each further line under every row would
be another cell's, opening the same under every row and under the table's last
row alike: cells that are not printed alike do not do that. So the page aligns its
cells to the top (``top_by_title``). A joined row's line (its words not its cells')
tells nothing and is passed over with the lines around it.

Rows printed alike but for one short word of their open cells (a series' letter:
"Series A" / "Series B") tell it as rows showing the same words do
(``alike_words``, for ``row_alignment._opens_apart``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .atoms import Atom

if TYPE_CHECKING:  # row_alignment.py calls this module
    from .row_line_types import Body

Lines = list[list[Atom]]

#: the fewest lines a title shows below the first row's line for the alignment to tell:
#: centred, a title with nothing above its row's line has one line below at most
TITLE_LINES = 2


def _words(atoms: list[Atom]) -> list[str]:
    return [a.text for a in atoms]


def _runs_after(body: Body) -> list[tuple[object, Lines]] | None:
    """Each line of ``body`` that is no text line with the text lines after it; None
    where the body does not start with a row's line."""
    from .row_line_types import RowLine

    if not body or not isinstance(body[0], RowLine):
        return None
    out: list[tuple[object, Lines]] = []
    for line in body:
        if isinstance(line, list):
            out[-1][1].append(line)
        else:
            out.append((line, []))
    return out


def top_by_title(body: Body) -> bool:
    """True where the table's rows print their title alike from each row's line down
    (see the module's docstring): the page aligns its cells to the top."""
    from .row_line_types import TITLE, RowLine

    runs = _runs_after(body)
    if runs is None:
        return False
    first, model = runs[0]
    assert isinstance(first, RowLine)
    if first.joined or first.open != {TITLE} or not first.parts[TITLE] or len(model) < TITLE_LINES:
        return False
    if any(not line for line in model):
        return False
    title = _words(first.parts[TITLE])
    heads = [line[0].text for line in model]
    told = 0
    for row, run in runs:
        if not isinstance(row, RowLine):
            return False  # a broken line: its row's lines are not told
        if row.joined:
            continue
        if _words(row.parts[TITLE]) != title or len(run) != len(model):
            return False
        if [line[0].text for line in run] != heads:
            return False
        told += 1
    return told >= TITLE_LINES


def alike_words(one: str, other: str) -> bool:
    """True where two cells' words differ in one short word at most (``SERIES_WORD``):
    "Series A" / "Series B" print alike, as ``row_alike.alike_lines`` takes them."""
    from .row_alike import SERIES_WORD

    words, others = one.split(), other.split()
    if not words or len(words) != len(others):
        return False
    differ = [(a, b) for a, b in zip(words, others) if a != b]
    return len(differ) <= 1 and all(max(len(a), len(b)) <= SERIES_WORD for a, b in differ)

