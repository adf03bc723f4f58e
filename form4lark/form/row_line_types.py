"""What a table's body of visual lines holds (``row_lines.py``): a row read from its line
(``RowLine``), text lines (their atoms) and broken lines (``Broken``: values that do not
read as one row; ``BrokenRow``, ``UntitledRow``: a Table II line read as a row only one
way), the text columns' keys, and what a row's words and ownership form show.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..sections import TEXT_COLUMNS, Row
from .atoms import Atom


TITLE, UNDER, NATURE = TEXT_COLUMNS
#: the text columns of each table, left to right
TEXT_KEYS = {"table_i": (TITLE, NATURE), "table_ii": TEXT_COLUMNS}
# letters of two lines that the converter interleaved: a lone lower-case letter or bracket
_GARBLE = re.compile(r"[a-z]|[()]")
#: lone lower-case letters (or brackets) among a row's words that show them garbled
GARBLED = 2

Lines = list[list[Atom]]


@dataclass(slots=True)
class RowLine:
    """A row read from its line, and its text lines once they are known."""

    values: Row
    #: the row's words on its line, by text column (empty where none stand there)
    parts: dict[str, list[Atom]]
    #: its text cells that may have words off its line
    open: set[str] = field(default_factory=set)
    #: its text lines above and below its line; None where they are not certain
    above: Lines | None = None
    below: Lines | None = None
    #: closed cells taken as such by the page's design (Table I's titles), not shown
    assumed: set[str] = field(default_factory=set)
    #: its line ran over several (``row_line_read._joined``): its words are not its cells'
    joined: bool = False
    #: lines stand next to it that none of its cells can hold: its closed cells
    #: assumed so are not
    contradicted: bool = False
    #: a line of header words alone stands next to its lines: they are not placed
    beside_header: bool = False
    #: its text lines were placed as rows printed alike (``row_alike.py``), no cell's
    #: closing assumed
    alike: bool = False
    #: its text cells whose garbled words were read again as a text's two lines
    #: (``row_untangle.py``)
    untangled: set[str] = field(default_factory=set)
    #: it read with its bare note numbers as marks (``row_bare_marks.py``)
    bare_marks: bool = False
    #: its underlying title stands wholly off its line (``row_untitled.py``)
    untitled: bool = False


@dataclass(slots=True)
class Broken:
    """A line holding values that do not read as one row."""

    atoms: list[Atom]


@dataclass(slots=True)
class BrokenRow(Broken):
    """A Table II line read as a row only with bare numbers after column 10 taken as
    the nature's words (``row_stacks.nature_number``): the nature's letters stand
    apart or garbled, its lines not told from its other cells' lines. Its values
    are a row's; among the lines it stands as a broken one (no line placed next to
    it), and no text cell of it is read, unless its nature is two lines of a text the
    page prints (``row_untangle.py``: then it is a row's line)."""

    row: RowLine


@dataclass(slots=True)
class UntitledRow(BrokenRow):
    """A Table II line holding no word of its underlying title (``row_untitled.py``):
    ``row_lines.line_rows`` reads it as a row's line, its underlying title's cell open, where the
    lines placed so stand on both sides of it on a page centring its cells; else it stays
    a broken line."""


#: a table's body: rows' lines, text lines (their atoms) and broken lines
Body = list[RowLine | list[Atom] | Broken]


def words_text(atoms: list[Atom]) -> str:
    """The words' text, one space between each two."""
    return " ".join(a.text for a in atoms)


def garbled(atoms: list[Atom]) -> bool:
    """True for words whose letters the converter interleaved with another line's."""
    return sum(1 for a in atoms if _GARBLE.fullmatch(a.text)) >= GARBLED


def is_direct(row: RowLine) -> bool:
    """Whether the row's ownership form reads direct ("D", "(D)")."""
    cell = row.values.get("direct_or_indirect")
    return cell is not None and cell.text.strip("( ").startswith("D")


def is_indirect(row: RowLine) -> bool:
    """Whether the row's ownership form reads indirect ("I", "(I)")."""
    cell = row.values.get("direct_or_indirect")
    return cell is not None and cell.text.strip("( ").startswith("I")
