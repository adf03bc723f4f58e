"""The tables whose amount cells show a footnote mark's figure glued on ("2,7422").

A converter that drops a superscript's raise prints "2,742<sup>2</sup>" as "2,7422":
the figure after the last group of thousands (a group is three figures) can only be
a mark, and ``grammars/cells.lark`` reads it so. Such a cell proves its table glues
marks onto values, as a cell "C1" read off by ``form/bare_cell_marks.py`` does: the
table's amounts below a thousand ending in an unclaimed note's number ("631": 63 and
mark 1, or 631) are then doubted too (``bare_marks.bare_marks_checked``'s ``cells``),
where a table that read whole at once would otherwise not be.
"""

from __future__ import annotations

import re

from .build import COLUMN_KINDS
from .patterns import GROUPED_WHOLE
from .sections import Sections

#: a grouped amount with one figure run on past its last group, and nothing else
_GLUED_AMOUNT = re.compile(rf"{GROUPED_WHOLE}[1-9]")


def tables_gluing_amounts(sections: Sections) -> frozenset[str]:
    """The tables of ``sections`` ("table_i", "table_ii") holding an amount cell that is
    a grouped amount with a mark's figure glued on ("2,7422")."""
    return frozenset(table for table in ("table_i", "table_ii")
                     if any(COLUMN_KINDS.get(name) == "amount_cell"
                            and _GLUED_AMOUNT.fullmatch(cell.text.strip())
                            for row in getattr(sections, table) or ()
                            for name, cell in row.items()))
