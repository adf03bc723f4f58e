"""Putting back together what reading order cut apart on EDGAR's Form 4 page.

``pdftotext -raw`` prints a table row as its title lines, one line of values,
then the wrapped rest of the nature of ownership; the next row's title follows
at once, and nothing marks where one cell ends and the next begins. A page
break moves the part of a row or owner block below it after everything above
it, and form4lark's input reading turns the form feed into a plain line break.
The grammar finds the values; these functions decide, from the cells' own
evidence (footnote marks that close a cell, titles that rows repeat, amounts
that add up), which loose lines belong where.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Iterable, Sequence

from lark import Token

from ..cells import read_cell
from ..model import Diagnostic
from ..sections import Cell, OwnerBlock, Row, SignatureCells
from ..text import fold, join_wrapped, split_city_line

#: Labels of box 1, in the order they close its parts (name, street, city).
NAME_LABEL, STREET_LABEL, CITY_LABEL = "(Last) (First) (Middle)", "(Street)", "(City) (State) (Zip)"

_MARK = re.compile(r"\([0-9]{1,3}\)")
_ENDS_WITH_MARK = re.compile(r"\([0-9]{1,3}\)$")
_MARKS_ONLY = re.compile(r"(\([0-9]{1,3}\))+")


@dataclass(slots=True)
class Line:
    """A line the grammar left as text: a title, a wrapped nature, an address line."""

    cell: Cell


@dataclass(slots=True)
class RowPiece:
    """What the grammar read of one row: its values and the words beside them."""

    table: str  # "i" or "ii"
    lead: Cell | None  # words before the first value: the title's last line
    nature: Cell | None  # words after column "D or I": the nature's first line
    cells: dict[str, Cell]
    underlying: list[Cell] | None = None  # Table II column 7 title, one cell per line


@dataclass(slots=True)
class Relationship:
    """A line of box 5: the boxes on it seen marked with an "X". The officer title or
    other text follows the line of "Officer" and "Other"."""

    checked: set[str]
    titled: bool = False


# ---------------------------------------------------------------- cells from tokens
def token_cell(token: Token) -> Cell:
    """A token as a Cell, without the line break or blanks a cell terminal starts with."""
    text = str(token)
    body = text.lstrip(" \t\f\n")
    skipped = text[: len(text) - len(body)]
    if "\n" in skipped:
        line = token.line + skipped.count("\n")
        column = len(skipped) - skipped.rfind("\n")
    else:
        line, column = token.line, token.column + len(skipped)
    return Cell(body.rstrip(), line, column)


def words_cell(tokens: Sequence[Token]) -> Cell:
    first = token_cell(tokens[0])
    return Cell(" ".join(fold(str(t)) for t in tokens), first.line, first.column)


def joined_cells(cells: Sequence[Cell]) -> Cell | None:
    """Cells of one wrapped value as one cell, at the first one's position."""
    cells = [c for c in cells if c]
    if not cells:
        return None
    return Cell(join_wrapped([c.text for c in cells]), cells[0].line, cells[0].column)


# ---------------------------------------------------------------- table rows
@dataclass(slots=True)
class _Row:
    piece: RowPiece
    title: list[Cell]
    nature: list[Cell] = field(default_factory=list)
    underlying: list[Cell] = field(default_factory=list)
    rest: list[Cell] = field(default_factory=list)  # loose lines that continue this row

    @property
    def nature_open(self) -> bool:
        """The nature began on the values line and no footnote mark has closed it yet."""
        return bool(self.nature) and not _ENDS_WITH_MARK.search(self.nature[-1].text)

    def settle(self, titles: set[str], underlying_titles: set[str]) -> None:
        """Give the lines that continue this row to its cells. A page break under the
        row's first line leaves the rest of each wrapped cell after it, in column order:
        the title, the underlying title, the nature; a title is taken as far as it then
        reads as a title of another row, the nature takes what remains."""
        lines = self.rest
        taken = _completion(self.title, lines, titles)
        self.title, lines = self.title + lines[:taken], lines[taken:]
        taken = _completion(self.underlying, lines, underlying_titles)
        self.underlying, lines = self.underlying + lines[:taken], lines[taken:]
        for line in lines:
            if self.nature_open or self.nature and _MARKS_ONLY.fullmatch(line.text):
                self.nature.append(line)
            else:
                self.title.append(line)

    def row(self) -> Row:
        row: Row = dict(self.piece.cells)
        for key, cells in (("security_title", self.title), ("nature_of_ownership", self.nature),
                           ("underlying_security_title", self.underlying)):
            joined = joined_cells(cells)
            if joined is not None:
                row[key] = joined
        return row


def _bare_title(cells: Iterable[Cell]) -> str:
    return fold(_MARK.sub(" ", join_wrapped([c.text for c in cells]))).casefold()


#: The most lines a title can be wrapped over, for the searches below.
_TITLE_LINES = 8


def _completion(cells: list[Cell], lines: list[Cell], known: set[str]) -> int:
    """How many of ``lines`` complete ``cells`` into one of the ``known`` titles."""
    if cells:
        for taken in range(min(len(lines), _TITLE_LINES), 0, -1):
            if _bare_title(cells + lines[:taken]) in known:
                return taken
    return 0


def _after_marks(lines: list[Cell], start: int) -> int:
    while start < len(lines) and _MARKS_ONLY.fullmatch(lines[start].text):
        start += 1
    return start


def _continuation(previous: _Row, lines: list[Cell], following: RowPiece) -> int:
    """How many of the loose ``lines`` between two rows continue the row above."""
    start = 0
    if previous.nature_open:
        # a nature of ownership ends with its footnote marks ("LP(2)", then "(3)")
        for i, line in enumerate(lines):
            if _ENDS_WITH_MARK.search(line.text):
                return _after_marks(lines, i + 1)
    elif previous.nature:
        start = _after_marks(lines, 0)
    # Rows of one security repeat its title: where a split makes both titles the
    # same, that is where the row above ends (a page break can leave the end of
    # a title after its values: "Class A", "Common", values, "Stock").
    tail = [following.lead] if following.lead else []
    for end in range(start, min(len(lines), start + _TITLE_LINES) + 1):
        above = previous.title + ([] if previous.nature_open else lines[start:end])
        if _bare_title(above) == _bare_title(lines[end:] + tail):
            return end
    return start


def assemble_rows(items: Sequence[Line | RowPiece], table: str,
                  diagnostics: list[Diagnostic]) -> list[Row]:
    """The rows of one table, each with its title and nature joined from their lines."""
    rows: list[_Row] = []
    loose: list[Cell] = []
    for item in items:
        if isinstance(item, Line):
            loose.append(item.cell)
            continue
        if rows:
            end = _continuation(rows[-1], loose, item)
            rows[-1].rest, loose = loose[:end], loose[end:]
        title = loose + ([item.lead] if item.lead else [])
        rows.append(_Row(item, title, [item.nature] if item.nature else [],
                         list(item.underlying or [])))
        loose = []
    if rows:
        rows[-1].rest = loose
    titles = {_bare_title(r.title) for r in rows}
    underlying_titles = {_bare_title(r.underlying) for r in rows if r.underlying}
    for r in rows:
        r.settle(titles, underlying_titles)
    built = [r.row() for r in rows]
    if table == "ii":
        settle_directions(built, diagnostics)
    return built


def _amount(cell: Cell | None) -> Decimal | None:
    value = read_cell("amount_cell", cell.text).value if cell else None
    return value if isinstance(value, Decimal) else None


def settle_directions(rows: list[Row], diagnostics: list[Diagnostic]) -> None:
    """Column 5 of Table II where the arithmetic of the row shows it.

    Whether a lone number stood in (A) or (D) is lost in reading order; it is
    known only where acquiring it is impossible (fewer securities owned after
    it than it counts) or where the row before of the same security, plus or
    minus it, gives exactly what this row owns after it.
    """
    last_owned: dict[str, Decimal] = {}
    for row in rows:
        title = _bare_title([row["security_title"]]) if "security_title" in row else ""
        shares, owned = _amount(row.get("shares")), _amount(row.get("shares_owned_following"))
        before = last_owned.get(title)
        if owned is not None:
            last_owned[title] = owned
        known = shares is not None and owned is not None
        disposed = known and (owned < shares or before is not None and before - shares == owned)
        acquired = known and before is not None and before + shares == owned
        if disposed != acquired:
            row["shares_disposed" if disposed else "shares_acquired"] = row.pop("shares")
        elif "shares" in row:
            at = row["shares"]
            diagnostics.append(Diagnostic(at.line or None, at.column or None,
                                          "derivative.acquired_disposed",
                                          "column 5 holds one number and reading order lost "
                                          "whether it stood under (A) or (D)"))


# ---------------------------------------------------------------- owners
def marked_boxes(row: str, boxes: dict[str, str]) -> set[str]:
    """The boxes of a box-5 row ("X Director 10% Owner") whose label has an "X" before it."""
    marked, rest = set(), row
    for label, box in boxes.items():
        before, _, rest = rest.partition(label)
        if before.split()[-1:] == ["X"]:
            marked.add(box)
    return marked


def owner(lines: Sequence[object]) -> OwnerBlock:
    """Box 1 (name, street, city) and box 5 of one owner. A page break can put lines of
    box 5 inside the address; its officer title is then the one line after them."""
    parts: dict[str, list[Cell]] = {"name": [], "street": [], "city": []}
    part: str | None = "name"
    block = OwnerBlock()
    title: list[Cell] = []
    title_room = 0
    for item in lines:
        if isinstance(item, Relationship):
            block.checked |= item.checked
            titled = item.titled and bool(item.checked)
            title_room = 99 if part is None and item.titled else int(titled)
        elif isinstance(item, Line):
            if title_room:
                title.append(item.cell)
                title_room -= 1
            elif part:
                parts[part].append(item.cell)
        else:
            title_room = 0
            part = {NAME_LABEL: "street", STREET_LABEL: "city", CITY_LABEL: None}[item]
    block.name = joined_cells(parts["name"])
    block.street = parts["street"]
    city_line = joined_cells(parts["city"])
    if city_line:
        city, state, zip_code = split_city_line(city_line.text)
        at = city_line.line, city_line.column
        block.city, block.state, block.zip = (Cell(v, *at) if v else None
                                              for v in (city, state, zip_code))
    text = joined_cells(title)
    if "other" in block.checked and "officer" not in block.checked:
        block.other_text = text
    else:
        block.officer_title = text
    return block


# ---------------------------------------------------------------- explanation, remarks, signatures
def footnotes(items: Sequence[tuple[str, Cell] | Line]) -> list[tuple[str, Cell]]:
    """Footnotes numbered in sequence; a wrapped line that happens to begin "3." is text."""
    notes: list[tuple[str, list[Cell]]] = []
    for item in items:
        if isinstance(item, tuple):
            number, cell = item
            if not notes or int(number) == int(notes[-1][0]) + 1:
                notes.append((number, [cell]))
                continue
            item = Line(Cell(f"{number}. {cell.text}", cell.line, max(cell.column - 3, 1)))
        if notes:
            notes[-1][1].append(item.cell)
    return [(number, joined_cells(cells) or Cell("")) for number, cells in notes]


#: The signature block is 60% of the page wide: a line longer than this is remarks.
_SIGNATURE_WIDTH = 135


def signatures(items: Sequence[Line | tuple[Cell | None, Cell]]
               ) -> tuple[Cell | None, list[SignatureCells]]:
    """Remarks, then signatures: a name and its date on one line, or a wrapped name
    whose date stands alone on the line after it."""
    loose: list[Cell] = []
    remarks: list[Cell] = []
    found: list[SignatureCells] = []
    for item in items:
        if isinstance(item, Line):
            loose.append(item.cell)
            continue
        words, date = item
        if words and len(words.text) > _SIGNATURE_WIDTH:
            loose.append(Cell(f"{words.text} {date.text}", words.line, words.column))
            continue
        if found:
            name = loose + ([words] if words else [])
        elif words:
            remarks, name = loose, [words]
        else:
            start = _wrapped_name_start(loose)
            remarks, name = loose[:start], loose[start:]
        found.append(SignatureCells(joined_cells(name), date))
        loose = []
    if not found:
        remarks = loose
    return joined_cells(remarks), found


def _wrapped_name_start(lines: list[Cell]) -> int:
    """Where a wrapped signature name begins among the lines before its date: its last
    line, and the lines before that are as wide as the signature column fills."""
    start = max(len(lines) - 1, 0)
    while start > 0 and 60 <= len(lines[start - 1].text) <= _SIGNATURE_WIDTH \
            and len(lines) - start < 3:
        start -= 1
    return start
