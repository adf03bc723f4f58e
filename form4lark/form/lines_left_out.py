"""Lines of a table of cells that read as no row (``row_cells.cell_rows``), alone or
joined with a line beside them: each left out, noted, and the rows around it read; or
the table left out where no line reads as a row, or where a line left out holds a row's
figure among the rows read (a row whose values a converter lost would be silently
missing among them)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import SectionError
from ..page import Page
from ..sections import Row
from .atoms import Atom
from .row_kinds import looks_like_value, row_figure_word
from .row_resync import PartlyRead
from .row_sequence import TITLES
from .row_word_cells import A_WORD


@dataclass
class LeftOut:
    """The lines of a table left out, by the row above each (-1: above every row)."""

    lines: dict[int, list[int]] = field(default_factory=dict)
    #: the rows above a line left out holding a title's or a nature's words
    worded: set[int] = field(default_factory=set)
    #: the rows above a line left out holding a row's figure (a date, an amount)
    figured: set[int] = field(default_factory=set)

    def add(self, above: int, line: list[Atom], extended: bool = False) -> None:
        """Note ``line``'s words, which read as no row, left out under the row ``above``
        (``extended``: that row took in a line of words under it)."""
        self.lines.setdefault(above, []).append(line[0].row)
        if extended:  # its words ("Series") may be the row below's: its cut title unknown
            self.worded.add(above)
        if any(A_WORD.search(a.text) and not looks_like_value(a.text) for a in line):
            self.worded.add(above)  # "LP4": a nature's last word, its mark glued on
        if any(row_figure_word(a.text) for a in line):
            self.figured.add(above)

    def check(self, page: Page, count: int, table: str, layout: str) -> None:
        """Raise the table's error (left out) where no row was read (``count``) but lines
        were left out, or where a line left out holds a row's figure and a row was read
        after it: a row lost among the rows read, not noise."""
        if self.lines and not count:
            first = min(min(lines) for lines in self.lines.values())
            raise table_unread(page, first, table, layout)
        if lost := [n for above in self.figured if above < count - 1 for n in self.lines[above]]:
            raise table_unread(page, min(lost), table, layout)

    def touched(self, count: int) -> set[int]:
        """The rows whose words are unknown: the row above each line left out (the line
        may hold their rest: "Series" over "D"), and where it holds words, the row below
        (its words may be printed over its values)."""
        return {n for above in self.lines for n in (above, above + 1)
                if 0 <= n < count and (n == above or above in self.worded)}

    def partly_read(self, page: Page, table: str, layout: str, rows: list[Row]) -> PartlyRead:
        """The table's ``rows``, read around the lines left out, with a diagnostic naming
        those lines (a row may be missing there)."""
        apart = sorted(n for lines in self.lines.values() for n in lines)
        first = page.lines[apart[0]].pieces[0]
        numbers = ", ".join(str(page.lines[n].pieces[0].line) for n in apart)
        many = len(apart) > 1
        return PartlyRead(f"{TITLES[table]}'s line{'s' if many else ''} {numbers} "
                          f"{'are' if many else 'is'} not one of its rows and "
                          f"{'are' if many else 'is'} left out (a row may be missing "
                          "there); its other rows are read", rows=rows, line=first.line,
                          column=first.column, layout=layout)


def table_unread(page: Page, row: int, table: str, layout: str) -> SectionError:
    """The error of a table one of whose lines reads as no row where reading around it
    could leave a row silently missing: the table is left out."""
    first = page.lines[row].pieces[0]
    return SectionError(f"{TITLES[table]} could not be read and is left out (line "
                        f"{first.line} is not one of its rows)", line=first.line,
                        column=first.column, layout=layout)
