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

    counts = Table(title="Summary", title_justify="left")
    for column in ("files", "parsed", "with diagnostics", "failed", "seconds", "files/s"):
        counts.add_column(column, justify="right")
    rate = tally.files / wall_seconds if wall_seconds > 0 else 0.0
    counts.add_row(str(tally.files), str(tally.parsed), str(tally.with_diagnostics),
                   str(tally.failed), f"{wall_seconds:.2f}", f"{rate:.0f}")
    layouts = Table(title="Per layout", title_justify="left")
    layouts.add_column("layout")
    layouts.add_column("parsed", justify="right")
    layouts.add_column("failed", justify="right")
    for name in sorted(set(tally.layouts) | set(tally.failed_layouts)):
        layouts.add_row(Text(name), str(tally.layouts[name]), str(tally.failed_layouts[name]))
    slow = Table(title="Slowest files", title_justify="left")
    slow.add_column("ms", justify="right")
    slow.add_column("file")
    for seconds, source in tally.slowest:
        slow.add_row(f"{seconds * 1000:.1f}", Text(source))
    return Group(counts, layouts, slow)
