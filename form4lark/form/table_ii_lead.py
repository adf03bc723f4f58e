"""Table II's first column printed inside Table I's part, given back to Table II.

A text in reading order that prints each column of cells as a box of its own (pdfminer)
places the boxes by where they stand on the page: Table II's first column, its header
"1. Title of Derivative Security (Instr. 3)" and its rows' titles below it, may come
out before Table II's title, among Table I's columns ("Common Stock" ... "1. Title of
Derivative Security (Instr. 3)" "Series C-1 Preferred Stock" ... "02/06/2024"). Read
there, the header cuts Table I's body in two and its titles are taken for Table I's.

The form's order tells whose they are: Table II's first header opens Table II's first
column, and the paragraphs of words right after it (up to Table I's first value) are
that column's cell. It is moved, with the header, to the front of Table II's part.
The run of words ends at a paragraph that opens as a nature of ownership ("By Trust",
"See footnote3"): that is Table I's. Nothing is moved where no paragraph of words
follows the header, where one of them holds a value (a date, an amount), or where more
than one paragraph of titles follows it: Table I's last title printed after Table II's
("Stock Option (Right to Buy)" "Class A Common Stock") is not told from a second title
of Table II's, and Table II's reader would join them into one title.
"""

from __future__ import annotations

from .atoms import Atom, blocks_apart
from .column_tokens import is_words
from .row_kind_runs import _title_like
from .sub_headers import is_word
from .table_header import is_header_word


def _opens_table_ii(atom: Atom) -> bool:
    """Table II's first column header ("1. Title of Derivative Security")."""
    return atom.kind == "COLUMN_TITLE" and "derivative" in atom.text.lower()


def table_ii_lead(table_i: list[Atom]) -> tuple[int, int] | None:
    """Where Table II's first column (its header, then its titles) stands in Table I's
    part: the span of ``table_i``'s atoms, or None where it does not stand there or its
    title is not told (no paragraph of words after the header, more than one, or no
    value of Table I after it)."""
    boxes = [table_i[a:b] for a, b in blocks_apart(table_i)]
    at = next((n for n, box in enumerate(boxes) if _opens_table_ii(box[0])), None)
    if at is None:
        return None
    end = at + 1
    while end < len(boxes) and all(is_header_word(a, wrapped=True) for a in boxes[end]):
        end += 1  # the header's last words ("(Instr. 3)")
    titles = end
    while end < len(boxes) and is_word(boxes[end][0]) and is_words(boxes[end]) \
            and _title_like(" ".join(a.text for a in boxes[end])):
        end += 1  # up to Table I's first value, or its first nature ("By Trust")
    if end != titles + 1 or end == len(boxes):
        return None
    start = sum(len(box) for box in boxes[:at])
    return start, start + sum(len(box) for box in boxes[at:end])
