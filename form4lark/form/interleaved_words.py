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
of a prose's words only by chance too rare to take. Where neither fits, the letters
are split into two lines of words the page prints anywhere it is not garbled
(``split_lines``: its notes, remarks, other rows, the lines around the cell),
where exactly one split fits ("S P h u a rc re h s ase" is "Shares" over
"Purchase", of "American Depositary Shares" and "... to purchase one ADS").
Footnote marks among the
letters ("otnote(9)", "m (4 o ) n") are the cell's, put on the last word read (a
mark ends a cell's text). Anything else is left as it is (still garbled: no value).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from itertools import accumulate
from types import MappingProxyType

from ..patterns import MARKS_AT_END_RE, MARKS_RE
from .atoms import Atom

#: the characters of footnote marks ("(4)"), which a garbled run may hold among its letters
_MARK_CHARACTERS = frozenset("()0123456789")
#: what ends a word of the notes but no title's word: footnote marks, punctuation
_NOTE_WORD_END = re.compile(r"(?:\([0-9]{1,3}\)|[.,;:])+$")


@lru_cache(maxsize=64)
def _two_lines(known: frozenset[str]) -> Mapping[int, tuple[tuple[str, str, tuple[str, ...]], ...]]:
    """Each run of two or more words of ``known`` cut into two lines, as the letters of
    each line and the run's words, by the count of their letters (read-only: cached)."""
    out: dict[int, list[tuple[str, str, tuple[str, ...]]]] = {}
    for text in known:
        words = text.split()
        for start in range(len(words)):
            for end in range(start + 2, len(words) + 1):
                for cut in range(start + 1, end):
                    upper, lower = "".join(words[start:cut]), "".join(words[cut:end])
                    out.setdefault(len(upper) + len(lower), []).append(
                        (upper, lower, tuple(words[start:end])))
    return MappingProxyType({count: tuple(cuts) for count, cuts in out.items()})


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
              notes: tuple[str, ...] = (), printed: tuple[str, ...] = ()) -> list[Atom] | None:
    """The words of ``known`` (else a run of the words ``notes``, the page's notes in
    order, else two lines of the words ``printed``, the page's words: ``split_lines``)
    whose two lines interleaved make ``atoms``, at the first word's place, with
    the footnote marks that end the cell on the last word (a mark of either line: "C
    St o o m ck m (4 o ) n" is "Common" over "Stock(4)"); None where not exactly one
    run of words does."""
    if not atoms or not known and not notes and not printed:
        return None
    letters = "".join(a.text for a in atoms)
    words, marks = _either_run(letters, known, notes, printed), ""
    if words is None:
        marks = "".join(c for c in letters if c in _MARK_CHARACTERS)
        if not MARKS_RE.fullmatch(marks):
            return None
        words = _either_run("".join(c for c in letters if c not in _MARK_CHARACTERS),
                            known, notes, printed)
    if words is None:
        return None
    return [atoms[0].with_text(word + (marks if i == len(words) - 1 else ""))
            for i, word in enumerate(words)]


def _runs(letters: str, known: frozenset[str]) -> set[tuple[str, ...]]:
    """The runs of words of ``known`` whose two lines interleave to ``letters``."""
    return {words for upper, lower, words in _two_lines(known).get(len(letters), ())
            if interleaves(upper, lower, letters)}


@lru_cache(maxsize=64)  # a page's tables are read several times, the same cells each time
def _either_run(letters: str, known: frozenset[str], notes: tuple[str, ...],
                printed: tuple[str, ...]) -> tuple[str, ...] | None:
    """The one run of ``_runs`` of ``known``, else the one of ``_notes_runs``, else
    ``split_lines`` of ``printed``: a title the page prints comes first, then a run of
    its notes' words; where two runs of either fit, no words of ``printed`` are read."""
    titled = _runs(letters, known) if known else set()
    if len(titled) == 1:
        return next(iter(titled))
    noted = _notes_runs(letters, notes) if notes else set()
    if len(noted) == 1:
        return next(iter(noted))
    return split_lines(letters, printed) if not titled and not noted and printed else None


def _notes_runs(letters: str, notes: tuple[str, ...]) -> set[tuple[str, ...]]:
    """The runs of two or more consecutive words of ``notes`` whose two lines
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
    return found


@lru_cache(maxsize=8)  # a page's garbled cells look in the same notes
def _runs_ending(notes: tuple[str, ...]) -> tuple[tuple[int, ...], Mapping[int, tuple[int, ...]]]:
    """The letters of ``notes`` before each word (and after the last), and for each such
    count the indexes it stands before: a run from word ``start`` to before word ``end``
    holds ``counts[end] - counts[start]`` letters, so the runs of ``n`` letters from
    ``start`` end at ``ending[counts[start] + n]``. Read-only: the cache hands the same
    values to every caller."""
    counts = tuple(accumulate(map(len, notes), initial=0))
    ending: dict[int, list[int]] = {}
    for end, count in enumerate(counts):
        ending.setdefault(count, []).append(end)
    return counts, MappingProxyType({count: tuple(ends) for count, ends in ending.items()})


def note_words(texts: list[str]) -> tuple[str, ...]:
    """The words of the page's notes as a garbled cell's may be read: without the
    footnote marks and the punctuation that end them ("Stock(1)," is "Stock")."""
    out = []
    for text in texts:
        word = _NOTE_WORD_END.sub("", text)
        if word:
            out.append(word)
    return tuple(out)


#: the most letters ``split_lines`` splits: a cell's two lines of a few words each
_SPLIT_LETTERS = 60
#: distinct splits ``_splits`` keeps per state: three tell more than one pair of lines
#: (two may be the same lines either way up)
_SPLITS_KEPT = 3
Split = tuple[tuple[str, ...], tuple[str, ...]]


def split_lines(letters: str, printed: tuple[str, ...]) -> tuple[str, ...] | None:
    """The words of the two lines whose letters the converter interleaved to
    ``letters`` (a left-aligned cell's lines start at one edge: its first letter is the
    upper line's), each line words of ``printed`` (the page's words, ``page_words``;
    a word's first letter in either case: "purchase" is "Purchase" set first on its
    line), the upper line's words first; None unless exactly one split fits. Where
    the one split fits either way up (both lines open with one letter: "C C l o a m
    ss m B on", "Class B" and "Common"), the lines are in the order the page prints
    their words ("Class B Common Stock"), where it prints them in one order only."""
    if not letters or len(letters) > _SPLIT_LETTERS:
        return None
    found = set(_splits(letters, word_forms(printed)))
    if len(found) == 2:
        (first, second) = found
        if first == second[::-1]:  # the same two lines: their order as the page prints them
            text = _printed_text(printed)
            found = {pair for pair in found if f" {' '.join(pair[0] + pair[1])} " in text}
    if len(found) != 1:
        return None
    ((upper, lower),) = found
    return upper + lower


@lru_cache(maxsize=64)
def cut_line(letters: str, printed: tuple[str, ...]) -> tuple[str, ...] | None:
    """The words of one line whose letters, spaces lost, are ``letters``: the one cut of
    them into words of ``printed`` (as ``split_lines`` takes them, ``word_forms``);
    None where none or more than one fits."""
    vocabulary = word_forms(printed)
    cuts: list[list[tuple[str, ...]]] = [[()]]
    cuts += [[] for _ in letters]
    for end in range(1, len(letters) + 1):
        for start in range(end):
            if letters[start:end] in vocabulary:
                cuts[end] += [cut + (letters[start:end],) for cut in cuts[start]][:2]
        cuts[end] = cuts[end][:2]
    return cuts[-1][0] if len(cuts[-1]) == 1 else None


def _splits(letters: str, vocabulary: frozenset[str]) -> frozenset[Split]:
    """The pairs of lines of words of ``vocabulary`` whose letters interleave to
    ``letters``, the first letter the upper line's; ``_SPLITS_KEPT`` at most (a state
    with two endings gives two different splits wherever it is reached: each ending
    is a whole split, both lines holding words)."""
    prefixes = _prefixes(vocabulary)

    @lru_cache(maxsize=None)
    def rest(at: int, up: str, low: str, up_done: bool, low_done: bool) -> frozenset[Split]:
        """The splits of ``letters[at:]``, the lines' words begun ``up`` and ``low``
        (their first words) after words done where ``up_done``/``low_done``."""
        if at == len(letters):  # both lines end with a whole word
            if (up in vocabulary or not up and up_done) and (
                    low in vocabulary or not low and low_done):
                return frozenset({((up,) if up else (), (low,) if low else ())})
            return frozenset()
        letter, out = letters[at], set[Split]()
        if up + letter in prefixes:
            out |= rest(at + 1, up + letter, low, up_done, low_done)
        if up in vocabulary and letter in prefixes:
            out |= {((up,) + u, lo) for u, lo in rest(at + 1, letter, low, True, low_done)}
        if at and low + letter in prefixes:
            out |= rest(at + 1, up, low + letter, up_done, low_done)
        if low in vocabulary and letter in prefixes:
            out |= {(u, (low,) + lo) for u, lo in rest(at + 1, up, letter, up_done, True)}
        return frozenset(sorted(out)[:_SPLITS_KEPT])

    return rest(0, "", "", False, False)


@lru_cache(maxsize=8)  # a page's garbled cells split with the same words
def word_forms(printed: tuple[str, ...]) -> frozenset[str]:
    """The words of ``printed``, each also without the punctuation that opens or ends
    it ("IV," and "IV"; '("FF' and "FF"), and with its first letter in the other case
    (a word of a sentence opens a title's line: "purchase", "Purchase"); a lone small
    letter is no word (a garbled run's fragment)."""
    out = set()
    for word in printed:
        for bare in {word, _PUNCTUATION.sub("", word)}:
            for variant in (bare, bare[:1].swapcase() + bare[1:]):
                if len(variant) > 1 or variant.isupper():
                    out.add(variant)
    return frozenset(out)


@lru_cache(maxsize=8)
def _prefixes(vocabulary: frozenset[str]) -> frozenset[str]:
    return frozenset(word[:i] for word in vocabulary for i in range(1, len(word) + 1))


@lru_cache(maxsize=8)
def _printed_text(printed: tuple[str, ...]) -> str:
    """``printed`` as one text, spaced at both ends (a run of its words is found in it
    as " words ")."""
    return f" {' '.join(printed)} "


def page_words(lines: list[str]) -> tuple[str, ...]:
    """The words of the page's lines, in order, that ``split_lines`` splits a garbled
    run into: those of lines holding no such run (``_LONE_LETTER``), without the
    footnote marks that end them, words holding a letter only."""
    out: list[str] = []
    for line in lines:
        words = line.split()
        if sum(1 for word in words if _LONE_LETTER.fullmatch(word)) < _LONE_LETTERS:
            out.extend(word for word in (MARKS_AT_END_RE.sub("", w) for w in words)
                       if any(c.isalpha() for c in word))
    return tuple(out)


#: a garbled run's fragment: a lone small letter but "a" (a sentence's word), a bracket
_LONE_LETTER = re.compile(r"[b-z()]")
#: the fragments that show a line holding a garbled run (one "s" or "x" may be prose's)
_LONE_LETTERS = 2
#: what opens or ends a word of a sentence but no line of a cell may keep
_PUNCTUATION = re.compile(r"^[(\"']+|[.,;:)\"']+$")
