"""Table II's first column printed inside Table I's part, given back to Table II.

A text in reading order that prints each column of cells as a box of its own (pdfminer)
places the boxes by where they stand on the page: Table II's first column, its header
"1. Title of Derivative Security (Instr. 3)" and its rows' titles below it, may come
out before Table II's title, among Table I's columns ("Common Stock" ... "1. Title of
Derivative Security (Instr. 3)" "Series C-1 Preferred Stock" ... "02/06/2024"). Read
there, the header cuts Table I's body in two and its titles are taken for Table I's.

The form's order tells whose they are: Table II's first header opens Table II's first
column, and the paragraphs of words right after it (up to Table I's first value) are
that column's cells. They are moved to the front of Table II's part. Nothing is moved
where no paragraph of words follows the header, or where one of them holds a value (a
date, an amount): the column's cells are then not told from Table I's.
"""

from __future__ import annotations

from .atoms import Atom
from .column_tokens import is_words
from .sub_headers import is_word
from .table_header import is_header_word


def _paragraphs(atoms: list[Atom]) -> list[list[Atom]]:
    """``atoms`` cut where a blank line parts them (the text's boxes)."""
    out: list[list[Atom]] = []
    for atom in atoms:
        if out and atom.line - out[-1][-1].line <= 1:
            out[-1].append(atom)
        else:
            out.append([atom])
    return out


def _opens_table_ii(atom: Atom) -> bool:
    """Table II's first column header ("1. Title of Derivative Security")."""
    return atom.kind == "COLUMN_TITLE" and "derivative" in atom.text.lower()


def table_ii_lead(table_i: list[Atom]) -> tuple[int, int] | None:
    """Where Table II's first column (its header, then its titles) stands in Table I's
    part: the span of ``table_i``'s atoms, or None where it does not stand there or its
    titles are not told (no paragraph of words after the header, or no value of Table I
    after them)."""
    boxes = _paragraphs(table_i)
    at = next((n for n, box in enumerate(boxes) if _opens_table_ii(box[0])), None)
    if at is None:
        return None
    end = at + 1
    while end < len(boxes) and all(is_header_word(a, wrapped=True) for a in boxes[end]):
        end += 1  # the header's last words ("(Instr. 3)")
    titles = end
    while end < len(boxes) and is_word(boxes[end][0]) and is_words(boxes[end]):
        end += 1
    if end == titles or end == len(boxes):
        return None
    start = sum(len(box) for box in boxes[:at])
    return start, start + sum(len(box) for box in boxes[at:end])
