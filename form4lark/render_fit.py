"""Tables that fit the width they are given, or say they cannot: no value ever cut.

rich shrinks a table that is too wide by cutting every column alike, numbers
included (and squeezes columns of equal width to nothing). Here the widths are
settled before rich sees the table: a value column is exactly as wide as its
widest line, a text column wraps down to ``TEXT_MIN``; a layout that cannot fit
that way is refused (``None``), and the caller tries a narrower one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence

from rich.cells import cell_len
from rich.console import (Console, ConsoleOptions, Group, JustifyMethod, RenderableType,
                          RenderResult)
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

#: The narrowest a text column is made before the layout counts as not fitting.
TEXT_MIN = 12
#: Gap between label/value pairs of a card.
PAIR_GAP = 3
CARD_INDENT = 2


@dataclass
class Column:
    """One column of a layout: its header, one cell per row, free text or values."""

    header: str
    cells: list[Text]
    text: bool = False
    justify: JustifyMethod = "right"
    #: The least width of a text column that also holds values (the widest value line).
    floor: int = 0


def width_of(text: Text | str) -> int:
    plain = text.plain if isinstance(text, Text) else text
    return max((cell_len(line) for line in plain.split("\n")), default=0)


def _widths(columns: Sequence[Column], room: int) -> list[int] | None:
    """Content widths of ``columns`` in ``room`` cells (borders and padding counted),
    or None where the values alone do not fit."""
    room -= 3 * len(columns) + 1  # heavy-head box: two edges, n - 1 rules, one space each side
    wanted = [max(width_of(c.header), *(width_of(t) for t in c.cells)) for c in columns]
    least = [max(min(w, TEXT_MIN), c.floor) if c.text else w for c, w in zip(columns, wanted)]
    if sum(least) > room:
        return None
    widths = list(least)
    spare = room - sum(widths)
    while spare > 0:  # share what is left among the text columns still short of their width
        short = [i for i, c in enumerate(columns) if c.text and widths[i] < wanted[i]]
        if not short:
            break
        for i in short[:spare]:
            widths[i] += 1
        spare -= min(spare, len(short))
    return widths


def table(columns: Sequence[Column], room: int, lines: bool = False) -> Table | None:
    """``columns`` as a rich table at most ``room`` wide, or None where it cannot fit."""
    widths = _widths(columns, room)
    if widths is None:
        return None
    out = Table(show_lines=lines, padding=(0, 1))
    for column, width in zip(columns, widths):
        out.add_column(Text(column.header), width=width, no_wrap=not column.text,
                       overflow="fold", justify="left" if column.text else column.justify)
    for row in zip(*(c.cells for c in columns)):
        out.add_row(*row)
    return out


def card(title: Text, pairs: Sequence[tuple[str, Text]], texts: Sequence[tuple[str, Text]],
         room: int, label: int, value: int) -> RenderableType:
    """One row as a block: its title, then label/value pairs in as many columns as fit
    (``label`` and ``value`` wide, the same for every card of a table, so that they
    line up), then its free texts, one a line."""
    room -= CARD_INDENT
    label += 1
    per_line = max(1, (room + PAIR_GAP) // (label + value + PAIR_GAP))
    grid = Table.grid()
    for i in range(per_line):
        if i:
            grid.add_column(width=PAIR_GAP)
        grid.add_column(width=label, no_wrap=True, style="dim")
        grid.add_column(width=min(value, room - label), overflow="fold")
    for start in range(0, len(pairs), per_line):
        cells: list[Text] = []
        for name, value_text in pairs[start:start + per_line]:
            cells += [Text(), Text(name), value_text] if cells else [Text(name), value_text]
        grid.add_row(*cells)
    free = Table.grid()
    free.add_column(width=label, no_wrap=True, style="dim")
    free.add_column(width=max(1, room - label), overflow="fold")
    for name, text in texts:
        free.add_row(Text(name), text)
    return Group(title, Padding(Group(grid, free), (0, 0, 0, CARD_INDENT)))


class Fitted:
    """The first of ``layouts`` that fits the width rich offers; each takes the
    width and gives a renderable, or None where it does not fit; the last must not."""

    def __init__(self, title: Text, layouts: Sequence[Callable[[int], RenderableType | None]]):
        self.title = title
        self.layouts = layouts

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield self.title
        for layout in self.layouts:
            chosen = layout(options.max_width)
            if chosen is not None:
                yield chosen
                return
