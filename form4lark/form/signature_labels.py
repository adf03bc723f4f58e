"""A signature whose name a table column's label ran into.

In a stream the words printed after a signature's date are read as the rest of its name
(``notes.signatures``). A converter that prints a page's blocks in an order of its own
may put a table column's label there ("... Peter Thiel" "11. Nature of Indirect
Beneficial Ownership"): where the name ends is then lost, and the name is unknown.
"""

from __future__ import annotations

from ..model import Diagnostic
from ..sections import SignatureCells
from .table_header import holds_column_label


def labels_out_of_names(found: list[SignatureCells],
                        doubts: list[Diagnostic]) -> list[SignatureCells]:
    """``found`` with each name that holds a table column's label (``holds_column_label``:
    "11. Nature", "Ownership Form", "(Instr. 4)") unknown, with a diagnostic."""
    out = []
    for signature in found:
        name = signature.name
        if name is not None and holds_column_label(name.text):
            doubts.append(Diagnostic(
                name.line, name.column, "signatures", f"the signature {name.text[:40]!r} "
                "holds a table column's label: another block's words ran into its lines, "
                "so the name is left unknown", "warning"))
            signature = SignatureCells(None, signature.date)
        out.append(signature)
    return out
