"""A joined row's text cells read from the line of their first words printed above
it, where its cells' other lines were cut into letters (pdfplumber's text mode).

A Table II row whose title and underlying title print "Class B" / "Common" / "Stock"
and "Class A" / "Common" / "Stock", its nature "See" / "Footnote(3)", may come out as
one line of the three cells' first words ("Class B Class A See"), then the title's
other two lines interleaved a few letters a line ("C" / "St" / "o" / "o" / "m" /
"ck"), then the row's values, cut over several lines among the underlying title's
letters ("mon (29) 02/17/2021 C(1) 6,944,440 (29) (29) Co" ... "on 6,944,440 $0 0 I
Footnote(3)"). ``row_line_read._joined`` reads the values; ``row_untangle.untangle`` reads
the underlying title's letters again as "Common Stock". This module reads the rest
(``headed_cells``) only where every word is placed with certainty:

- the lines between the row above (or the table's headers) and the row are the
  row's own: that row's lines below are known, or it is a joined row read so, its
  nature ended by a footnote mark (a mark ends a text);
- those lines are one or two lines of words (the cells' first lines, left to right),
  then lines whose letters, with the title's words on the row's line, are the two
  lines of a title the page prints interleaved (``interleaved_words.untangled``);
- the first lines' words split one way only into the title's first words, a
  prefix that a title the page prints sets before the untangled underlying title
  ("Class A" of "Class A Common Stock") and the nature's first words, the title read
  so printed alike but for a series' letter with that underlying title ("Class B
  Common Stock" / "Class A Common Stock", ``row_top.alike_words``);
- the nature, its first words then its words on the row's line, ends with a mark.
"""

from __future__ import annotations

from .atoms import Atom
from .interleaved_words import untangled
from .row_line_types import NATURE, TITLE, UNDER, Body, RowLine, words_text
from .row_pairs import unmarked
from .row_top import alike_words

Lines = list[list[Atom]]

#: the most lines the cells' first words may stand on (the nature may open a line
#: lower than the titles: "Class B Class A" / "See")
HEAD_LINES = 2


def headed_rows(body: Body, titles: frozenset[str]) -> dict[int, dict[str, list[Atom]]]:
    """The text cells of each joined row of ``body`` read by ``headed_cells``, by the
    row's index in ``body``."""
    out: dict[int, dict[str, list[Atom]]] = {}
    start, above = 0, None
    for i, item in enumerate(body):
        if not isinstance(item, list):
            if isinstance(item, RowLine) and item.joined:
                run = body[start:i]
                cells = headed_cells(item, _own_lines(above, run, start - 1 in out), titles)
                if cells is not None:
                    out[i] = cells
            start, above = i + 1, item
    return out


def _own_lines(above: object, run: Body, above_read: bool) -> Lines | None:
    """The lines of ``run`` (the text lines between ``above`` and a joined row) that are
    the joined row's: all of them under the table's headers or under a joined row read
    by ``headed_cells``, those after its lines below under a row whose lines below are
    known; None elsewhere."""
    lines = [line for line in run if isinstance(line, list)]  # a run holds text lines only
    if above is None or above_read:
        return lines
    if isinstance(above, RowLine) and not above.joined and above.below is not None:
        below = len(above.below)
        return lines[below:] if lines[:below] == above.below else None
    return None


def headed_cells(row: RowLine, lines: Lines | None,
                 titles: frozenset[str]) -> dict[str, list[Atom]] | None:
    """The title, underlying title and nature of a joined row whose cells' first words
    stand on ``lines`` above it, followed by the title's letters (see the module's
    docstring); None where any of it is not certain."""
    if not lines or UNDER not in row.untangled or not row.parts.get(NATURE):
        return None
    under = unmarked(words_text(row.parts[UNDER]))
    found = []
    for heads in range(1, min(HEAD_LINES, len(lines) - 1) + 1):
        words = [a for line in lines[:heads] for a in line]
        letters = [a for line in lines[heads:] for a in line] + row.parts.get(TITLE, [])
        title = untangled(letters, titles)
        if title is None:
            continue
        found += [(words[:at], words[at:at + len(prefix)], words[at + len(prefix):], title)
                  for prefix in _prefixes(under, titles)
                  for at in range(1, len(words) - len(prefix) + 1)
                  if [a.text for a in words[at:at + len(prefix)]] == prefix]
    found = [(first, prefix, rest, title) for first, prefix, rest, title in found
             if rest and alike_words(words_text(first + title), words_text(prefix) + " " + under)]
    if len(found) != 1:
        return None
    first, prefix, rest, title = found[0]
    nature = rest + row.parts[NATURE]
    if unmarked(words_text(nature)) == words_text(nature):
        return None  # no mark ends the nature: it may go on below
    return {TITLE: first + title, UNDER: prefix + row.parts[UNDER], NATURE: nature}


def _prefixes(under: str, titles: frozenset[str]) -> list[list[str]]:
    """The words that titles of ``titles`` set before ``under`` ("Class A" of "Class A
    Common Stock" before "Common Stock")."""
    return [title[:-len(under) - 1].split() for title in sorted(titles)
            if title.endswith(" " + under)]
