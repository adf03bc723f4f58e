"""A table's body that goes on over a page break, each page's boxes read apart.

A text in reading order that prints each cell as a box of its own (pdfminer, for
one) prints a page's boxes, then the next page's: a table that goes on over a page
break without its title printed again is two bodies one after the other, each
with its own run of titles, values, letters and natures. Neither reads as one
body's columns, though each does on its own. So the body is cut in two where one
page's last column (its letters, or the natures after them: one per indirect row)
ends and a paragraph of words (the next page's first title) opens, and each part
is read by the column readers (``row_columns.py``, ``row_column_runs.py``,
``row_kind_runs.py``); the rows are the first part's, then the second's. A title the
page's end cut, its last words opening the next page ("Class A", "Common" ... "Stock"),
is put back where the two pieces together are the title before it (as ``run_titles.py`` does for a
run of titles); where a row's title is left the first words of another's, the cut
title was not put back and the body is not read. Exactly one cut must read, in
both its parts: where none or more than one does, the body is not read.
"""

from __future__ import annotations

from collections.abc import Callable

from ..sections import Row
from .atoms import Atom
from .column_tokens import fits, is_words, paragraphs, text
from .run_titles import bare

_Reader = Callable[[list[Atom], str], "list[Row] | None"]


def _readers() -> tuple[_Reader, ...]:
    """The column readers, in the order the table reader asks them."""
    # the order of ``tables._rows_read``: kept the same, so a part reads as it would alone
    from .row_column_runs import run_rows
    from .row_columns import column_rows
    from .row_kind_runs import kind_rows
    return column_rows, run_rows, kind_rows


def _is_ownership(paragraph: list[Atom]) -> bool:
    """A direct/indirect letter's paragraph ("D", "I(3)"), as ``row_kind_runs`` tells
    column 6's letters (a lone "(D)" of column 4 fits too: a cut after it is only
    tried, as any cut must read in both its parts)."""
    return fits(text(paragraph), ("M_DIRECT_INDIRECT",))


def _is_indirect(paragraph: list[Atom]) -> bool:
    """An indirect row's letter ("I", "(I)(3)")."""
    return _is_ownership(paragraph) and text(paragraph).lstrip("(")[:1] == "I"


def _ends_page(before: list[list[Atom]]) -> bool:
    """Whether ``before`` ends as a page's part of the body does: its last column's
    letters, or after them one nature per indirect row ("I") it holds (each indirect
    row's nature is printed after the page's letters, one paragraph each)."""
    at = len(before)
    while at > 0 and is_words(before[at - 1]) and not _is_ownership(before[at - 1]):
        at -= 1
    natures = len(before) - at
    return at > 0 and _is_ownership(before[at - 1]) and (
        natures == 0 or natures == sum(map(_is_indirect, before)))


def _cuts(parts: list[list[Atom]]) -> list[int]:
    """The paragraphs where a next page's part may open: a paragraph of words right
    after a page's last column, with letters after it too (the next page's own)."""
    return [n for n in range(2, len(parts) - 1)
            if is_words(parts[n]) and not _is_ownership(parts[n]) and _ends_page(parts[:n])
            and any(_is_ownership(p) for p in parts[n + 1:])]


def _tail_joined(head: list[list[Atom]], tail: list[list[Atom]]
                 ) -> tuple[list[list[Atom]], list[list[Atom]]]:
    """``head`` and ``tail`` with a title the page's end cut put back: the tail's first
    paragraph joined to the one title of the head that, with it, spells the title
    before it (but for footnote marks), where the tail's own titles follow; the same
    parts where no such title, or more than one, is found."""
    if len(tail) < 2 or not is_words(tail[1]):
        return head, tail
    piece = tail[0]
    spelled = [n for n in range(1, len(head)) if is_words(head[n]) and is_words(head[n - 1])
               and bare(f"{text(head[n])} {text(piece)}") == bare(text(head[n - 1]))]
    if len(spelled) != 1:
        return head, tail
    n = spelled[0]
    last = head[n][-1]
    mended = head[n][:-1] + [last.with_text(f"{last.text} {text(piece)}")]
    return head[:n] + [mended] + head[n + 1:], tail[1:]


def _read(parts: list[list[Atom]], table: str) -> list[Row] | None:
    """The rows of one page's part of the body, by the first column reader that reads
    it; None where none does."""
    atoms = [a for p in parts for a in p]
    for reader in _readers():
        if (rows := reader(atoms, table)) is not None:
            return rows
    return None


def page_block_rows(atoms: list[Atom], table: str) -> list[Row] | None:
    """The rows of a body printed as two pages' bodies one after the other, or None
    where it is not one (no cut, or more than one, reads in both its parts)."""
    if table != "table_i":  # Table II's lone marks fit several columns: not cut so
        return None
    parts = paragraphs(atoms)
    cuts = _cuts(parts)
    found: list[list[Row]] = []
    for cut in cuts:
        head, tail = _tail_joined(parts[:cut], parts[cut:])
        # the tail first: a head cut in the wrong place fails slowly (every reader
        # weighs its many rows), and most cuts' tails do not read at all
        second = _read(tail, table)
        first = _read(head, table) if second is not None else None
        if first is not None and second is not None and not _cut_title_left(first + second):
            found.append(first + second)
    return found[0] if len(found) == 1 else None


def _cut_title_left(rows: list[Row]) -> bool:
    """Whether a row's title is the first words of another row's ("Class A Common" by
    "Class A Common Stock"): a title the page's end cut and that was not put back (the
    next page's first words did not finish it), so the pages' parts are not known."""
    titles = {tuple(bare(cell.text).split()) for row in rows
              if (cell := row.get("security_title")) is not None}
    return any(len(a) < len(b) and b[:len(a)] == a for a in titles for b in titles)
