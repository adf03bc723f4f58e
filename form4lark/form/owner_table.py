"""The older page design's table of reporting owners, read line by line.

EDGAR's older rendering of a Form 4 closes with a "Reporting Owners" table: a
column "Reporting Owner Name / Address" holding each owner's name, street lines
and "CITY, ST ZIP" one under the other, then the relationship columns
(Director, 10% Owner, Officer, Other) holding an "X". Its header box 1 runs the
street lines together ("C/O ACME INC., 23 MAIN STREET"), where this table keeps
them apart: where the table reads, its owners are the record's.

An owner is taken only where its lines have that exact form: a name line, at
most two street lines, then a line that ends in a state and a postal code; the
design puts a comma between city and state, and that one comma is the design's.
The relationship marks are not read here: a text that prints the table's cells
one under the other loses the column a mark stood in. Anything else ends the
table: the owners read up to there are its owners, none if the first does not read.
Box 1 is then the owner (``box1_as_designed``): its one street line is two lines
only where a care-of line certainly ends, and its city loses the design's comma.
"""

from __future__ import annotations

from ..glyph_marks import CHECK_GLYPHS
from ..sections import Cell, OwnerBlock
from ..text import split_care_of_street, split_city_line
from .atoms import Atom
from .header import cell_of, groups

#: the words of the table's column headers above the owners
_COLUMN_WORDS = frozenset({"relationships", "director", "10%", "owner", "officer", "other"})
#: a relationship column's mark, on a line of its own below the owner's cell
_MARKS = frozenset({"x", *CHECK_GLYPHS})
#: an owner's name and at most two street lines stand above its city line
_MOST_LINES = 3


def owners(atoms: list[Atom]) -> list[OwnerBlock]:
    """The owners the table lists after its "Reporting Owner Name / Address" label
    (``atoms``: the owners' part of the page, lexed in the "page" context)."""
    label = next((i for i, a in enumerate(atoms) if a.kind == "OWNER_ADDRESS"), None)
    if label is None:
        return []
    listed: list[OwnerBlock] = []
    lines: list[list[Atom]] = []
    for line in groups(atoms[label + 1:], by_cell=True):
        words = {a.text.lower() for a in line}
        if not lines and (words <= _COLUMN_WORDS or words <= _MARKS):
            continue  # the column headers, or the marks of the owner above
        if words & _MARKS:  # a mark beside the owner's words: the columns ran together
            break
        lines.append(line)
        block = _owner(lines)
        if block is not None:
            listed.append(block)
            lines = []
        elif len(lines) > _MOST_LINES:
            break
    return listed


def printed(atoms: list[Atom]) -> bool:
    """True where the owners' part of the page is this design's table."""
    return any(a.kind == "OWNER_ADDRESS" for a in atoms)


def box1_as_designed(block: OwnerBlock) -> None:
    """Box 1 of this design, read where its table gave no owner: the design prints
    both street lines on one, joined by ", " ("C/O ACME INC., 23 MAIN STREET"), and a
    comma after the city. A street line holding a comma is split where a care-of line
    certainly ends, the joining comma dropped; else the street is unknown."""
    if len(block.street) == 1 and "," in block.street[0].text:
        line = block.street[0]
        split = split_care_of_street(line.text)
        if split is not None and split[0].endswith(","):
            block.street = [Cell(split[0][:-1], line.line, line.column),
                            Cell(split[1], line.line, line.column)]
        else:
            block.street, block.street_run_together = [], line
    if block.city is not None and block.city.text.endswith(","):
        block.city = Cell(block.city.text[:-1].rstrip(), block.city.line, block.city.column)


def _owner(lines: list[list[Atom]]) -> OwnerBlock | None:
    """One owner from its lines, if the last is its city line ("ENGLEWOOD, CO 80112")."""
    place = cell_of(lines[-1])
    if len(lines) < 2 or place is None:
        return None
    city, state, zip_code = split_city_line(place.text)
    if state is None or zip_code is None or not city or not city.endswith(","):
        return None
    block = OwnerBlock(name=cell_of(lines[0]))
    block.street = [c for c in (cell_of(line) for line in lines[1:-1]) if c]
    block.city = Cell(city[:-1].rstrip(), place.line, place.column)
    block.state = Cell(state, place.line, place.column)
    block.zip = Cell(zip_code, place.line, place.column)
    return block
