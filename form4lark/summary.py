"""The summary at the end of a batch: counts, per layout, and the slowest files."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .batch import Result

if TYPE_CHECKING:
    from rich.console import RenderableType


@dataclass
class Tally:
    """The counts of a run, for the summary table."""

    files: int = 0
    parsed: int = 0
    with_diagnostics: int = 0
    failed: int = 0
    seconds: float = 0.0
    layouts: Counter = field(default_factory=Counter)
    failed_layouts: Counter = field(default_factory=Counter)
    slowest: list[tuple[float, str]] = field(default_factory=list)

    def add(self, result: Result) -> None:
        self.files += 1
        self.seconds += result.seconds
        self.slowest = sorted(self.slowest + [(result.seconds, result.source)], reverse=True)[:5]
        if result.form is None:
            self.failed += 1
            self.failed_layouts[(result.error.layout if result.error else None) or "none"] += 1
            return
        self.parsed += 1
        self.with_diagnostics += bool(result.form.diagnostics)
        self.layouts[result.form.layout] += 1


def render(tally: Tally, wall_seconds: float) -> RenderableType:
    # rich imported here: the command line counts every file but shows the summary
    # only when asked, and rich is a good part of its start-up
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    # every cell, header and title a Text: a plain str would be parsed as markup, which
    # loads rich's emoji table (tens of ms) and reads "[...]" in a file name as a style
    def table(title: str, columns: tuple[tuple[str, str], ...]) -> Table:
        made = Table(title=Text(title), title_justify="left")
        for header, justify in columns:
            made.add_column(Text(header), justify="right" if justify == "r" else "left")
        return made

    def row(made: Table, *cells: object) -> None:
        made.add_row(*(Text(str(cell)) for cell in cells))

    counts = table("Summary", (("files", "r"), ("parsed", "r"), ("with diagnostics", "r"),
                               ("failed", "r"), ("seconds", "r"), ("files/s", "r")))
    rate = tally.files / wall_seconds if wall_seconds > 0 else 0.0
    row(counts, tally.files, tally.parsed, tally.with_diagnostics, tally.failed,
        f"{wall_seconds:.2f}", f"{rate:.0f}")
    layouts = table("Per layout", (("layout", "l"), ("parsed", "r"), ("failed", "r")))
    for name in sorted(set(tally.layouts) | set(tally.failed_layouts)):
        row(layouts, name, tally.layouts[name], tally.failed_layouts[name])
    slow = table("Slowest files", (("ms", "r"), ("file", "l")))
    for seconds, source in tally.slowest:
        row(slow, f"{seconds * 1000:.1f}", source)
    return Group(counts, layouts, slow)
