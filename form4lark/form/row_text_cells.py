"""Which text cell of a row its words are of, once its text lines are placed
(``row_lines.py``, step 3): its one open cell's lines around its words on the line, two
or three open cells sharing their lines (``row_pairs.py``, ``row_see_note.py``), words
the converter ran together spaced again (``glued_words.py``) or left out.
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import replace

from ..patterns import MARKS_RE
from .atoms import Atom
from .glued_cells import dropped_space
from .row_line_cuts import ends_with_mark
from .row_line_types import TITLE, UNDER, RowLine, garbled
from .row_stacks import whole_title
from .scan_marks import LOST_MARK, garbled_cell


# two lines of a cell run together with no space ("byTrust(2)", "CommonStock"): the cell's
# words are not told from the run (a name may be written so: "SoftBank")
_RUN_TOGETHER = re.compile(r".*[a-z]{2}[A-Z].*")


def text_cells(row: RowLine, keys: tuple[str, ...], titles: frozenset[str] = frozenset(),
               align: str | None = None, natures: frozenset[str] = frozenset(),
               certain: Container[str] | None = None, notes: tuple[str, ...] = (),
               shown: tuple[str, ...] = ()) -> dict[str, list[Atom]]:
    """The row's text cells whose words are certain, as their words in order.
    ``titles``: the page's titles read with certainty (``row_lines.known_titles``). Words the
    converter ran together that those titles print spaced are spaced again
    (``glued_words.py``); where it ran words together on the row's line, a cell
    whose words there are not all words of those titles is left out: another of
    its words there may be a run no title shows ("Seefootnote(4)"), unless each is a
    word of the page's notes (``notes``, their case aside: "Preferred" over "preferred
    stock"): a run of two words is no word a note prints. ``natures``: the natures the
    page prints with certainty (``row_pairs.shared_cells``); ``certain``: the titles
    Table II's other rows read, where one read with an underlying title's word unread
    must be one of them (``row_pairs.readings``); ``shown``: the texts of the value cells
    on the lines of the row's table ("2,742(2)"): how the page prints a value's footnote
    mark (``row_lines._shown_values``)."""
    from .glued_words import folded_words, printed_words, spaced, spacings
    from .row_pairs import unmarked
    from .row_see_note import see_note
    glued = _ran_together(row)  # words the page's notes spaced again before rows were cut
    row = _by_spaced(row)
    runs = spacings(titles)
    parts = {key: spaced(atoms, runs) for key, atoms in row.parts.items()}
    if not glued and all(len(parts[key]) == len(atoms) for key, atoms in row.parts.items()):
        return _text_cells(row, keys, titles, align, natures, certain, shown)
    wrapped = [[spaced(line, runs) for line in lines] if lines is not None else None
               for lines in (row.above, row.below)]
    cells = _text_cells(replace(row, parts=parts, above=wrapped[0], below=wrapped[1]),
                        keys, titles, align, natures, certain, shown)
    known = printed_words(titles) | {""}  # a mark alone ("(2)") unmarked is ""
    noted = folded_words(notes)
    return {key: atoms for key, atoms in cells.items()
            if see_note(atoms) or all(
                (word := unmarked(a.text)) in known or word.rstrip(",").casefold() in noted
                for a in parts[key])}


def _ran_together(row: RowLine) -> bool:
    """Whether two words on the row's line stand with no space between them: words the
    converter ran together, spaced again by the page's notes (``row_lines._noted_spaced``). Their
    offsets count into their piece: two words are compared only within one piece."""
    for atoms in row.parts.values():
        for a, b in zip(atoms, atoms[1:]):
            if a.piece is b.piece and (a.row, a.cell) == (b.row, b.cell) \
                    and b.offset == a.offset + len(a.text) \
                    and a.text[:1].isalpha() and b.text[:1].isalpha():
                return True
    return False


def _by_spaced(row: RowLine) -> RowLine:
    """The row with "by" run into the word after it ("byTrust(2)") spaced again
    (``glued_words.by_spaced``) on its line and its text lines."""
    from .glued_words import by_spaced
    lines = [[by_spaced(line) for line in lines] if lines is not None else None
             for lines in (row.above, row.below)]
    return replace(row, parts={key: by_spaced(atoms) for key, atoms in row.parts.items()},
                   above=lines[0], below=lines[1])


def _text_cells(row: RowLine, keys: tuple[str, ...], titles: frozenset[str],
                align: str | None, natures: frozenset[str],
                certain: Container[str] | None, shown: tuple[str, ...]) -> dict[str, list[Atom]]:
    """``text_cells`` of a row whose words stand as the converter printed them."""
    from .row_pairs import ends_early, only_marks, shared_cells
    if row.joined:
        cells = _titles_cut(row, keys, titles)
        if TITLE not in cells:
            from .row_natured import natured_cells
            cells.update(_clean(natured_cells(row, set(cells), natures)))
        return cells
    parts = [a for k in keys for a in row.parts[k]]
    known = row.above is not None and row.below is not None and not row.beside_header
    band = [a for line in (row.above or []) + (row.below or []) for a in line]
    if garbled(parts + band):
        return {}
    # lines of marks only may be a value's, wrapped under it: no cell needs to hold them
    words = [a for line in (row.above or []) + (row.below or []) if not only_marks(line)
             for a in line]
    opened = _open_after_marks(row, band) if known else row.open
    if row.alike and words and not opened and len(row.assumed) == 1:
        opened = set(row.assumed)  # lines of the row's that no other cell can hold
    closed = {k for k in keys if k not in opened or known and not band}
    if row.contradicted or known and words and not opened:  # lines no cell can hold
        closed -= row.assumed
    cells = {k: row.parts[k] for k in closed if row.parts[k]}
    if known and len(opened) == 1:
        (key,) = opened
        cell = [a for line in row.above or [] for a in line] + row.parts[key] + [
            a for line in row.below or [] for a in line]
        if row.assumed and ends_early([a for a in cell if a.text != LOST_MARK]):
            return {}  # words after a mark: a cell assumed closed may hold some of the lines
        cells[key] = cell
    elif known and len(opened) > 1:
        assert row.above is not None and row.below is not None
        shared = tuple(k for k in keys if k in opened)
        cells.update(shared_cells(row.above, row.below, row.parts, shared, titles,
                                  align == "top", natures, certain, shown))
        if not any(k in cells for k in shared):
            from .row_see_note import see_note_cells
            cells.update(see_note_cells(row.above, row.below, row.parts, shared))
    return _clean(cells)


def _clean(cells: dict[str, list[Atom]]) -> dict[str, list[Atom]]:
    """The cells but those holding words run together or garbled."""
    return {k: atoms for k, atoms in cells.items()
            if not any(_RUN_TOGETHER.fullmatch(a.text) or dropped_space(a.text) for a in atoms)
            and not garbled_cell([a.text for a in atoms])}  # OCR's garbled words: scan_marks.py


def _titles_cut(row: RowLine, keys: tuple[str, ...],
                titles: frozenset[str]) -> dict[str, list[Atom]]:
    """A row whose values were cut at its cells' edges (``row_line_read.read_line``): its
    closed title cells (the title, the underlying title) whose words are the letters of one title
    the page prints with certainty, cut elsewhere ("Class A Common St ock"), as that
    title. Its other words may be cut anywhere: they stay out."""
    from .glued_words import title_of_letters
    out = {}
    for key in (TITLE, UNDER):
        if key in keys and key in row.open and _whole_untangled(row, key, titles):
            out[key] = row.parts[key]
            continue
        atoms = row.parts.get(key, []) if key in keys and key not in row.open else []
        title = title_of_letters([a.text for a in atoms], titles)
        if title is not None:
            out[key] = [atoms[0].with_text(title)]
    return out


def _whole_untangled(row: RowLine, key: str, titles: frozenset[str]) -> bool:
    """True where a joined row's open title cell is one whose letters the converter
    interleaved over the row's lines ("Co" / "S" / "m" / "to" / "m" / "ck" / "on 1,987
    $0 0 D"), read again (``row_untangle.py``) as a whole title of ``titles`` that is no run of
    a longer one (``row_stacks.whole_title``)."""
    from .row_pairs import unmarked
    return key in row.untangled and whole_title(
        unmarked(" ".join(a.text for a in row.parts[key])), titles)


def _open_after_marks(row: RowLine, band: list[Atom]) -> set[str]:
    """The row's open cells but those a footnote mark ends on its line, where that leaves
    one to hold its lines and none stand above it: a mark ends a cell's text (more marks
    may follow it: "L.P.(2)" / "(3)", so none may stand alone among the lines). With
    more cells left open a converter's cut ("See F(13)" / "ootnote") could not be told."""
    if row.above or any(MARKS_RE.fullmatch(a.text) for a in band):
        return row.open
    left = {k for k in row.open if not ends_with_mark(row.parts[k])}
    return left if len(left) == 1 else row.open
