"""A row's cells whose letters the converter interleaved from two lines, read again as
the two lines of a text the page prints (``row_lines.py``, ``interleaved_words.py``).
"""

from __future__ import annotations

from .atoms import Atom
from .row_line_types import NATURE, Body, BrokenRow, RowLine, garbled


def untangle(body: Body, titles: frozenset[str], notes: tuple[str, ...] = (),
             words: tuple[str, ...] = ()) -> None:
    """Each row's garbled text cells read again as the two lines of a title of ``titles``
    (else of a run of the words ``notes``, else two lines of the page's ``words``)
    whose letters the converter interleaved
    (``interleaved_words.py``), where that is certain; its other cells too where they
    are a run of such a text's two lines (``_untangled_plain``); a broken row whose
    nature is read so is a row (``_told_apart``)."""
    from .interleaved_words import untangled
    told = _told_apart(body, titles, notes, words)
    for i, row in enumerate(body):
        if isinstance(row, RowLine):
            read = {key: (told[i] if key == NATURE and i in told
                          else untangled(part, titles, notes, words)) if garbled(part)
                    else _untangled_plain(part, titles) for key, part in row.parts.items()}
            if not any(read.values()):
                continue
            row.parts = {key: read[key] or part for key, part in row.parts.items()}
            row.untangled = {key for key, words in read.items() if words is not None}


def _told_apart(body: Body, titles: frozenset[str], notes: tuple[str, ...],
                words: tuple[str, ...]) -> dict[int, list[Atom]]:
    """Each broken row of ``body`` (``BrokenRow``) whose garbled nature is two lines of a
    text of ``titles`` (else of ``notes``, else of ``words``) with its figures among them
    ("V 20 e 1 n 0 ture" of "Venture" / "2010", ``interleaved_words.untangled``) made a
    row's line: the figures are told apart from the row's values as the nature's, so
    its lines are told from its cells' too. The nature's words so read, by the index
    of the row made."""
    from .interleaved_words import untangled
    told: dict[int, list[Atom]] = {}
    for i, item in enumerate(body):
        if isinstance(item, BrokenRow):
            read = untangled(item.row.parts[NATURE], titles, notes, words)
            if read:
                body[i] = RowLine(item.row.values, dict(item.row.parts))
                told[i] = read
    return told


def _untangled_plain(part: list[Atom], titles: frozenset[str]) -> list[Atom] | None:
    """A cell's words that do not look garbled (one lone letter among them: "U Pr S in G c
    F ipals", "USGF" over "Principals") read again as the two lines of a run of a text
    of ``titles`` (``interleaved_words.untangled``), where that gives other words than
    the cell shows in another order of letters; None otherwise (words only spaced
    elsewhere, "Commo n Stock", may be a row cut at other edges: they stay as they
    are), and for fewer than ``PLAIN_UNTANGLED`` words."""
    from .interleaved_words import untangled
    if len(part) < PLAIN_UNTANGLED:
        return None
    words = untangled(part, titles)
    if words is None or "".join(a.text for a in words) == "".join(a.text for a in part):
        return None
    return words


#: the fewest words of a cell not garbled that ``_untangled_plain`` reads again: two
#: lines' letters interleaved give many fragments
PLAIN_UNTANGLED = 3
