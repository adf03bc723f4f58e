"""A row's cells printed on one line keep the form's order of columns.

A text in reading order that prints each cell as a box of its own (pdfminer's
``-F 1.0``, for one) may still set side by side cells that stand side by side on the
page: a box's line ("17,500 08/14/2009 08/14/2019 Common": column 5's amount, column
6's two dates, column 7's title) holds them left to right, as the form prints its
columns. So a reading that puts two tokens of one line in columns of the other order
(the amount before the dates read as the underlying amount or the amount owned
after) is not the text's, whatever the kinds allow: the readers by kind
(``row_kind_runs.py``) weigh only the readings that keep it.
"""

from __future__ import annotations

from collections.abc import Mapping

from .column_tokens import Column, Token


def line_order_kept(row: Mapping[str, Token], columns: tuple[Column, ...]) -> bool:
    """Whether every two of the row's tokens printed on one line stand in the order of
    their columns in ``columns`` (the form's, left to right): the one further left on
    that line in the column further left."""
    order = {c.name: n for n, c in enumerate(columns)}
    placed = [(order[name], token) for name, token in row.items() if name in order]
    for n, (left, one) in enumerate(placed):
        for right, other in placed[n + 1:]:
            for a in one.atoms:
                for b in other.atoms:
                    if a.line == b.line and a.piece is b.piece \
                            and (a.column < b.column) != (left < right):
                        return False
    return True
