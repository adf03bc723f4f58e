"""The tables whose amount cells show a footnote mark's figure glued on ("2,7422").

A converter that drops a superscript's raise prints "2,742<sup>2</sup>" as "2,7422":
the figure after the last group of thousands (a group is three figures) can only be
a mark, and ``grammars/cells.lark`` reads it so. Such a cell proves its table glues
marks onto values, as a cell "C1" read off by ``form/bare_cell_marks.py`` does: the
table's amounts below a thousand ending in an unclaimed note's number ("631": 63 and
mark 1, or 631) are then doubted too (``bare_marks.bare_marks_checked``'s ``cells``),
where a table that read whole at once would otherwise not be. So does a Table II
row run together whose date cells' marks ran on past the shares' group ("5,406161515":
``GLUED_UNPLACED``, ``shapes/glued_marks.py``).
"""

from __future__ import annotations

from .build import COLUMN_KINDS
from .patterns import GLUED_AMOUNT_CELL_RE
from .placeholders import GLUED_UNPLACED
from .sections import Sections


def tables_gluing_marks(sections: Sections) -> frozenset[str]:
    """The tables of ``sections`` whose cells show marks glued onto values: those the
    reader read marks off (``Sections.marks_glued``), those holding an amount with a
    mark glued on (``tables_gluing_amounts``), and Table II where a run-together row's
    date cells hold marks glued on past the shares' group (``GLUED_UNPLACED``)."""
    return (frozenset(sections.marks_glued) | tables_gluing_amounts(sections)
            | frozenset({"table_ii"} if any(cell.text == GLUED_UNPLACED
                                            for row in sections.table_ii or ()
                                            for cell in row.values()) else ()))


def tables_gluing_amounts(sections: Sections) -> frozenset[str]:
    """The tables of ``sections`` ("table_i", "table_ii") holding an amount cell that is
    an amount with a mark's figures glued on ("2,7422", "10,00012")."""
    return frozenset(table for table in ("table_i", "table_ii")
                     if any(COLUMN_KINDS.get(name) == "amount_cell"
                            and GLUED_AMOUNT_CELL_RE.fullmatch(cell.text.strip())
                            for row in getattr(sections, table) or ()
                            for name, cell in row.items()))
