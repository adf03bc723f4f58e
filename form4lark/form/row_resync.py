"""A table's rows kept up to a row that reads as no row.

A text in reading order may print one row's cells out of the form's order:
pdftotext, for one, moves a row's title to the table's end and the amount owned
after it before its date ("(4)", "124,330", "D", "(1)", "05/02/2019", "S", ...).
The grammar (``grammars/form_rows.lark``) then stops at that row. The rows
before it read as they would in a whole table: the reader takes the longest
start of the body that reads, up to its last row's values. From the stop on,
the table is left out, with a warning: how many rows the stretch held and which
of the words after it are its own the text does not tell (its title may stand
among the later rows), so nothing of it is shifted into a row. In such a table
words printed away from their row may stand anywhere: natures are left unknown,
a title is kept only where it is one paragraph that does not stop open, a mark
on a line of its own is not given to the value before it, and a holding read
with no title is left out (a transaction's last values, "212,172", "D", standing
alone read as one).

A table that runs over several pages is printed again under each page's headers,
and a text in reading order may print each page its own way (one page column by
column, the next row by row). Where the whole body does not read, each page's
body is read on its own (``page_by_page``): a row never runs over a page break,
so the pages that read give whole rows; from the first page that does not read
on, the table is left out as above.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lark.exceptions import LarkError

from ..errors import SectionError
from ..patterns import MARKS_AFTER
from ..sections import Row
from .atoms import Atom
from .row_sequence import TITLES, WordSource, error_index, parse_body, read_rows

# the last column of every row, direct or indirect, with any footnote mark printed on it
_ROW_END = re.compile(r"\(?[DI]\)?" + MARKS_AFTER)


class PartlyRead(SectionError):
    """A table read in part: ``rows`` are the rows before the one that does not read,
    the message says where that one is."""

    def __init__(self, message: str, *, rows: list[Row] | None = None,
                 line: int | None = None, column: int | None = None, layout: str | None = None):
        super().__init__(message, line=line, column=column, layout=layout)
        self.rows = rows or []


def _rows_before(atoms: list[Atom], stop: int, table: str) -> list[Row]:
    """The rows of the longest start of ``atoms`` (before ``stop``) that reads and ends
    with a row's values (every row ends with its column "D" or "I")."""
    for end in range(stop, 0, -1):
        if not _ROW_END.fullmatch(atoms[end - 1].text):
            continue
        source = WordSource(atoms[:end])
        try:
            tree = parse_body(source, table)
        except LarkError:
            continue
        if tree.children and not isinstance(tree.children[-1], str):
            return read_rows(tree, source, partial=True)
    return []


def partly_read(atoms: list[Atom], table: str, layout: str) -> PartlyRead | None:
    """The rows before the first row of the table that reads as no row, or None where
    every row reads or none does. ``atoms`` as the page gave them (marks unjoined)."""
    source = WordSource(atoms)
    try:
        parse_body(source, table)
    except LarkError as exc:
        stop = error_index(exc, source)
    else:
        return None
    rows = [row for row in _rows_before(atoms, stop, table)
            if "transaction_code" in row or "security_title" in row]
    if not rows:
        return None
    at = atoms[stop]
    return PartlyRead(f"{TITLES[table]} is read up to its row at {at.text!r}, which does not "
                      "read as the form's columns: that row and the rows after it are left out",
                      rows=rows, line=at.line, column=at.column, layout=layout)


def page_by_page(read: Callable[[list[Atom]], list[Row]],
                 read_page: Callable[[list[Atom]], list[Row]], pages: list[list[Atom]],
                 table: str, layout: str) -> list[Row]:
    """The rows ``read`` finds in the body of every page (``pages``: each page's
    atoms, headers left out) taken as one; where that does not read, the rows
    ``read_page`` finds in each page's body on its own, up to the first page that
    does not read (then a ``PartlyRead``)."""
    try:
        return read([atom for page in pages for atom in page])
    except SectionError as error:
        whole = error
        pages = [page for page in pages if page]
        if len(pages) < 2:
            raise
    rows: list[Row] = []
    for page in pages:
        try:
            rows.extend(read_page(page))
        except PartlyRead as partial:
            rows.extend(partial.rows)
            stop: SectionError = partial
            break
        except SectionError as error:
            stop = error
            break
    else:
        return rows
    if len(rows) <= len(whole.rows if isinstance(whole, PartlyRead) else []):
        raise whole
    raise PartlyRead(f"{TITLES[table]} is read page by page up to a page that does not read "
                     f"({stop.message}): the rows from there on are left out",
                     rows=rows, line=stop.line, column=stop.column, layout=layout)
