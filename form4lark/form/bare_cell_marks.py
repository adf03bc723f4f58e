"""A table's cells that are only a footnote mark printed as a bare superscript.

A page that prints a mark as a superscript ("<sup>1</sup>") loses it to a converter
that drops the superscript's raise (inscriptis): a cell holding only the mark (a
derivative's exercise date "(1)", a conversion price "(1)") becomes a bare number,
"1", where the form prints a date or a price. The table's rows then do not read: the
date columns take no number. Such a table is read again with each of its body's
words that is only the number of a note the Explanation of Responses lists read as
that note's mark ("(1)"), and kept only where the whole table then reads: a bare
number where the form prints an amount stays unread, so a table of amounts that are
note numbers is left unread as before, not misread. Only a body whose every line
holds a value is read so (a row to a line, as a converter that keeps no cells prints
it): where a row's words wrap onto lines of their own, the words in reading order
are no longer the row's cells in the form's order, and marks read there would let a
title's wrapped words be read into the row before.
"""

from __future__ import annotations

from ..patterns import BARE_MARK_RE
from .atoms import Atom
from . import notes, tables



def bare_marks_put(body: list[Atom], explanation: list[Atom]) -> list[Atom] | None:
    """``body`` (a table's words) with each word of its rows that is only a listed note's number ("1", notes 1 and 2
    listed) written as that note's mark ("(1)"); None where no word is."""
    listed = {number for number, _ in notes.footnotes(explanation)}
    if not listed:
        return None
    words = tables.body(body)
    if not _row_per_line(words):
        return None
    rows = {id(atom) for atom in words}  # the column headers' words kept
    put = [atom.with_text(f"({atom.text})")
           if id(atom) in rows and atom.kind == "TEXT" and BARE_MARK_RE.fullmatch(atom.text)
           and atom.text in listed else atom for atom in body]
    return put if any(a is not b for a, b in zip(put, body)) else None



def _row_per_line(words: list[Atom]) -> bool:
    """True where each line of a table's body ``words`` holds a figure: no line of words
    only (a title or a nature wrapped off its row's line)."""
    figured: dict[int, bool] = {}
    for atom in words:
        figured[atom.line] = figured.get(atom.line, False) or any(ch.isdigit() for ch in atom.text)
    return bool(figured) and all(figured.values())
