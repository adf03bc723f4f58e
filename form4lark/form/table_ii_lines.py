"""A stream text's table read as the page's visual lines where it does not read in order
(Table II's rows below; Table I's whose cells wrap so, a title and a nature both around a
row's values line, alike).

A converter printing the page's visual lines (pdfplumber) of a page design whose header
prints no two boxes' labels on one line (a data vendor's page: "Issuer MICROSOFT CORP",
a box a line) is read as a stream. Such a page centres a Table II row's cells on the row:
its title and underlying title wrap onto lines above and below the row's values line, an
underlying title of two lines wholly off it::

    Restricted
    Common
    Stock [1] 08/29/2018 A 725 A [2] [2] 725 $0 5283 D
    Stock
    Units

Read in order, the values line lacks column 7's title before its amount and the table
does not read. Where the stream reading stops so (in full or part way) and the text prints
the page's visual lines (the tables' column titles wrapped as a band of lines, each line
holding several columns' words in their order: ``detect.wrapped_columns``; a stream
printing each cell's words apart, pdftotext's raw text, does not, and its lines are no
rows' lines), the table is read as those lines (``row_lines.lines_table``: each row's values from its line,
its text lines placed only where the form's column order and the titles the page prints
make that certain), kept only where every line holding values reads as a row: a line of
values left unread may be a row missing, the rows after it then read out of their places.
"""

from __future__ import annotations

from dataclasses import replace

from ..errors import SectionError
from ..page import Page
from ..sections import Row


def visual_rows(page: Page, table: str = "table_ii") -> list[Row] | None:
    """``table``'s rows of a stream ``page`` read as its visual lines, where its column
    titles show it prints them, some row reads and no line holding values is left unread;
    else None. ``lines_table`` is called first: it keeps the lines it read in the page's
    memo, which ``row_lines.unread_values`` then looks at (unread where it finds none)."""
    from ..detect import wrapped_columns  # a rare text's: imported where read
    from .row_lines import lines_table, unread_values
    if not wrapped_columns("\n".join(line.text for line in page.lines)):
        return None
    lines = replace(page, shape="lines", memo={})
    try:
        rows = lines_table(lines, table)
    except SectionError:
        return None
    return rows if rows and not unread_values(lines, table) else None
