"""A page grid's header of a site's short column titles, read into each title's span.

The titles are read in the form's column order by ``form_short_boxes.lark``
(``columns_i``, ``columns_ii``): each title takes the next words of each header line,
the grammar's next terminal matching them, its lines' words standing under one
another (one column). A title may wrap within its column over the header's lines
("Conversion or" over "Exercise Price"), a narrow column's lines interleaved with its
neighbours' (pdfplumber's Table II, over five lines). Where the titles read no other
way, a crowded line's word set one space after the one before it may stand left of
where it is printed (``_pushed_from``): a converter laying a PDF's words by their
places pushes a word right where its place would overlap the one before. The search
remembers its dead ends (a parser state at the same words) so that it stays quick
over many lines.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import combinations
from typing import TYPE_CHECKING

from lark import Token
from lark.exceptions import LarkError
from lark.parsers.lalr_interactive_parser import InteractiveParser

from ..grammar import load
from ..patterns import HEADER_BRACKET_GLUED_RE
from .short_boxes import STARTS

if TYPE_CHECKING:
    from .short_grid import GridWord

#: the most words of one title, over all its lines ("Nature of Indirect Ownership"): the
#: grammar's column titles have no more
_TITLE_WORDS = 4


def title_spans(rows: list[list[GridWord]], start: str) -> list[tuple[int, int]] | None:
    """Each column's title span on the header's lines (``rows``, each line's words), in
    the form's order from the grammar's ``start`` symbol (a table's ``columns_i`` or
    ``columns_ii``); None unless the lines' words are the table's short titles read so:
    each title the next words of each line, those of each line under the others', read
    as printed or else with crowded lines' words pushed right (``_pushed_from``)."""
    if not all(rows):
        return None
    rows = [[part for word in row for part in _bracket_apart(word)] for row in rows]
    parser = load("form_short_boxes", STARTS).parse_interactive("", start=start)
    at = (0,) * len(rows)
    return _titles(parser, rows, at, _patterns(), False, set()) \
        or _titles(parser, rows, at, _patterns(), True, set())


def _bracket_apart(word: GridWord) -> list[GridWord]:
    """A header word cut before a bracket run into it ("OwnedFollowing(D/I)": a converter
    squeezing the header's line dropped the space between two columns' titles), each part
    on its own share of the word's columns; the word alone where none is."""
    match = HEADER_BRACKET_GLUED_RE.fullmatch(word.text)
    if match is None:
        return [word]
    cut = word.start + round(len(match["word"]) * (word.end - word.start) / len(word.text))
    return [replace(word, text=match["word"], end=cut),
            replace(word, text=match["bracket"], start=cut,
                    column=word.column + len(match["word"]))]


@lru_cache(maxsize=None)
def _patterns() -> dict[str, re.Pattern[str]]:
    """The short titles grammar's terminals by name, compiled once."""
    return {t.name: re.compile(t.pattern.to_regexp())
            for t in load("form_short_boxes", STARTS).terminals}


def _titles(parser: InteractiveParser, rows: list[list[GridWord]], at: tuple[int, ...],
            patterns: dict[str, re.Pattern[str]], pushed: bool,
            dead: set[tuple[tuple[int, ...], tuple[int, ...]]]
            ) -> list[tuple[int, int]] | None:
    """The spans of the titles from the words at ``at`` on (one index per line) to the
    lines' ends, as the grammar's terminals from ``parser``'s state on; None where they do
    not read so. ``pushed``: a title's words may stand right of their place where a
    crowded line pushed them (``_stacked``). ``dead``: the (parser state stack,
    ``at``) pairs already found to read no way; what follows depends on nothing else."""
    key = (tuple(parser.parser_state.state_stack), at)
    if key in dead:
        return None
    if all(n == len(row) for n, row in zip(at, rows)):
        try:
            parser.copy().feed_eof()
        except LarkError:
            return None
        return []
    # each line's texts of its next words, by how many it gives (none: "")
    texts = [[" ".join(w.text for w in row[n:n + k])
              for k in range(min(_TITLE_WORDS, len(row) - n) + 1)] for row, n in zip(rows, at)]
    for name in sorted(parser.accepts() & patterns.keys()):
        for counts in _counts([len(line) - 1 for line in texts], _TITLE_WORDS):
            text = " ".join(line[k] for line, k in zip(texts, counts) if k)
            if not text or not patterns[name].fullmatch(text):
                continue
            taken = [row[n:n + k] for row, n, k in zip(rows, at, counts) if k]
            if not _stacked(taken, [_pushed_from(row, n) if pushed and k else None
                                    for row, n, k in zip(rows, at, counts) if k]):
                continue
            after = parser.copy()
            after.feed_token(Token(name, text))
            rest = _titles(after, rows, tuple(n + k for n, k in zip(at, counts)), patterns,
                           pushed, dead)
            if rest is not None:
                words = [w for line in taken for w in line]
                return [(min(w.start for w in words), max(w.end for w in words)), *rest]
    dead.add(key)
    return None


def _counts(most: list[int], words: int) -> Iterator[tuple[int, ...]]:
    """Each way of taking from each line up to its ``most`` next words, ``words`` at most
    in all, in order (the first line's count slowest)."""
    if not most:
        yield ()
        return
    for k in range(min(most[0], words) + 1):
        for rest in _counts(most[1:], words - k):
            yield (k, *rest)


def _stacked(taken: list[list[GridWord]], pushed: Sequence[int | None]) -> bool:
    """True where each line's words of a title stand under the others' (one column).
    ``pushed``: for each line, the leftmost start its words may have had where a crowded
    line pushed them right (``_pushed_from``), or None where they stand in place."""
    spans = [(words[0].start if left is None else min(words[0].start, left), words[-1].end)
             for words, left in zip(taken, pushed)]
    return all(a < d and c < b for (a, b), (c, d) in combinations(spans, 2))


def _pushed_from(row: list[GridWord], n: int) -> int | None:
    """Where the ``n``-th word of a header line may have started where the line is crowded:
    a converter laying words out by their places (pdfplumber's layout) keeps a space
    between two whose places would overlap, pushing the later right, so a word set one
    space after the word before it may belong right of that word's start ("Code V Amount
    or" with "or" pushed right of "(A)" over it); None for a word set apart (in place)."""
    if n == 0 or row[n - 1].end + 1 != row[n].start:
        return None
    return row[n - 1].start + 1
