"""Two lines of one text cell whose letters a converter interleaved, read again.

A converter that groups a page's characters into lines by their height
(pdfplumber's text mode) puts the two lines of a cell that straddle its row's
middle on one line and reads their letters left to right: "Common" over
"Stock" comes out as "Co S m to m ck on". Such words are read again only as
words the page prints with certainty elsewhere (``row_lines.known_titles``):
where exactly one run of a known text's words, cut into two lines, interleaves
letter by letter to the garbled letters, in order. The page's notes (its
Explanation of Responses) are such a text too where no title fits: a run of
their words ("Class B Common" of "... shares of Class B Common Stock ...") is
printed as the filer wrote it, and letters of two lines interleave to one run
of a prose's words only by chance too rare to take. Footnote marks among the
letters ("otnote(9)", "m (4 o ) n") are the cell's, put on the last word read (a
mark ends a cell's text). Anything else is left as it is (still garbled: no value).
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import accumulate

from ..patterns import MARKS_RE
from .atoms import Atom

#: the characters of footnote marks ("(4)"), which a garbled run may hold among its letters
_MARK_CHARACTERS = frozenset("()0123456789")
#: what ends a word of the notes but no title's word: footnote marks, punctuation
_NOTE_WORD_END = re.compile(r"(?:\([0-9]{1,3}\)|[.,;:])+$")


@lru_cache(maxsize=64)
def _two_lines(known: frozenset[str]) -> dict[int, list[tuple[str, str, tuple[str, ...]]]]:
    """Each run of two or more words of ``known`` cut into two lines, as the letters of
    each line and the run's words, by the count of their letters."""
    out: dict[int, list[tuple[str, str, tuple[str, ...]]]] = {}
    for text in known:
        words = text.split()
        for start in range(len(words)):
            for end in range(start + 2, len(words) + 1):
                for cut in range(start + 1, end):
                    upper, lower = "".join(words[start:cut]), "".join(words[cut:end])
                    out.setdefault(len(upper) + len(lower), []).append(
                        (upper, lower, tuple(words[start:end])))
    return out


def interleaves(upper: str, lower: str, letters: str) -> bool:
    """True where ``letters`` is ``upper`` and ``lower`` merged, each in its order."""
    if len(upper) + len(lower) != len(letters):
        return False
    reach = {0}  # letters of ``upper`` taken so far, for each prefix of ``letters``
    for at, letter in enumerate(letters):
        reach = {i + 1 for i in reach if i < len(upper) and upper[i] == letter} | {
            i for i in reach if at - i < len(lower) and lower[at - i] == letter}
        if not reach:
            return False
    return True


def untangled(atoms: list[Atom], known: frozenset[str],
              notes: tuple[str, ...] = ()) -> list[Atom] | None:
    """The words of ``known`` (else a run of the words ``notes``, the page's notes in
    order) whose two lines interleaved make ``atoms``, at the first word's place, with
    the footnote marks that end the cell on the last word (a mark of either line: "C
    St o o m ck m (4 o ) n" is "Common" over "Stock(4)"); None where not exactly one
    run of words does."""
    if not atoms or not known and not notes:
        return None
    letters = "".join(a.text for a in atoms)
    words, marks = _either_run(letters, known, notes), ""
    if words is None:
        marks = "".join(c for c in letters if c in _MARK_CHARACTERS)
        if not MARKS_RE.fullmatch(marks):
            return None
        words = _either_run("".join(c for c in letters if c not in _MARK_CHARACTERS),
                            known, notes)
    if words is None:
        return None
    return [atoms[0].with_text(word + (marks if i == len(words) - 1 else ""))
            for i, word in enumerate(words)]


def _run(letters: str, known: frozenset[str]) -> tuple[str, ...] | None:
    """The one run of words of ``known`` whose two lines interleave to ``letters``."""
    found = {words for upper, lower, words in _two_lines(known).get(len(letters), [])
             if interleaves(upper, lower, letters)}
    return next(iter(found)) if len(found) == 1 else None


def _either_run(letters: str, known: frozenset[str],
                notes: tuple[str, ...]) -> tuple[str, ...] | None:
    """``_run`` of ``known``, else ``_notes_run``: a title the page prints comes first."""
    found = _run(letters, known) if known else None
    return found if found is not None or not notes else _notes_run(letters, notes)


def _notes_run(letters: str, notes: tuple[str, ...]) -> tuple[str, ...] | None:
    """The one run of two or more consecutive words of ``notes`` whose two lines
    interleave to ``letters`` (only runs of as many letters are tried: those found by
    the notes' letters counted up to each word, ``_runs_ending``)."""
    found = set()
    counts, ending = _runs_ending(notes)
    for start, count in enumerate(counts):
        for end in ending.get(count + len(letters), ()):
            if end - start < 2:
                continue
            words = notes[start:end]
            if any(interleaves("".join(words[:cut]), "".join(words[cut:]), letters)
                   for cut in range(1, len(words))):
                found.add(words)
    return next(iter(found)) if len(found) == 1 else None


@lru_cache(maxsize=8)  # a page's garbled cells look in the same notes
def _runs_ending(notes: tuple[str, ...]) -> tuple[list[int], dict[int, list[int]]]:
    """The letters of ``notes`` before each word (and after the last), and for each such
    count the indexes it stands before: a run from word ``start`` to before word ``end``
    holds ``counts[end] - counts[start]`` letters, so the runs of ``n`` letters from
    ``start`` end at ``ending[counts[start] + n]``."""
    counts = list(accumulate(map(len, notes), initial=0))
    ending: dict[int, list[int]] = {}
    for end, count in enumerate(counts):
        ending.setdefault(count, []).append(end)
    return counts, ending


def note_words(texts: list[str]) -> tuple[str, ...]:
    """The words of the page's notes as a garbled cell's may be read: without the
    footnote marks and the punctuation that end them ("Stock(1)," is "Stock")."""
    out = []
    for text in texts:
        word = _NOTE_WORD_END.sub("", text)
        if word:
            out.append(word)
    return tuple(out)
