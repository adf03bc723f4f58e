"""Words a converter ran together, spaced again as the page prints them elsewhere.

A converter of visual lines may drop the space between two words of a cell
("CommonStock(1)"): such a run is no value's word (``row_lines.py`` leaves a
cell holding one out). It is spaced again only where the page itself prints the
very words spaced, in order, in a title it prints with certainty (Table I's
titles, Table II's underlying titles read whole: ``row_lines.known_titles``),
and only where exactly one spacing of the run gives them. A run the page's titles
do not print is left as it is: its words are not guessed, but for the preposition
"by" run into the capitalised word after it ("byTrust(2)"): no word opens with a
lower-case "by" and a capital, so the space stood there ("by Trust(2)"). "By" with
a capital is no such sign: a name may be spelled so ("ByHeart"). Nor is "See" run into
a note's name and its marks ("Seefootnote(4)", "SeeFootnotes(2)(3)") a word: it is the
nature the form's instructions ask for, "See footnote(4)", its space dropped.

The page's notes (its Explanation of Responses, printed as prose the converter did
not run together) are such evidence too: "PreferredStock" is spaced where the notes
print "... Series B Preferred Stock, ...", and "XI,LP(2)" (a comma run into the word
after it) where they print "... Capital XI, LP and ...": a run spaced so is exactly two
to four words the notes print one after the other, only one spacing of the run
gives such words, and the notes do not also print the run as one word ("BlackRock"
where they print "Black Rock" too: the page spells the name both ways).

A converter that cut the page into strips may also cut a title's words at a strip's
edge ("Class A|Common St|ock"): such words are the page's title only where their
letters are, in order, those of exactly one title it prints with certainty.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from ..page import Page
from ..patterns import MARKS_AFTER, NOTE_NAME_RE
from .atoms import Atom
from .table_header import is_header_text

# a run of words with the space between two of them dropped: a lower-case letter
# followed by an upper-case one ("CommonStock"), its footnote marks after it
_RUN = re.compile(r"(?P<run>[A-Za-z]*[a-z][A-Z][A-Za-z]*)(?P<marks>" + MARKS_AFTER + ")")

#: a small letter and a capital meeting inside a word
_GLUED_IN = re.compile(r"[a-z][A-Z]")
# two words run together over a comma ("XI,LP(2)"), its footnote marks after it
_COMMA_RUN = re.compile(r"(?P<run>[A-Za-z]+,[A-Z][A-Za-z]*)(?P<marks>" + MARKS_AFTER + ")")

#: the most words of the notes a run of them is taken for: the longest glued title
#: seen ("SeriesBPreferredStock" is 4, in one filing's pymupdf4llm text; a bound taken
#: from the corpus). A run no longer than such a title is safe to space; a longer run
#: is no cell's title but prose run together, and is left alone rather than spaced by
#: a phrase of the notes that happens to hold its letters
_NOTE_RUN_WORDS = 4

# the preposition "by" run into a capitalised word, its footnote marks after it
_BY_RUN = re.compile(r"(?P<head>by)(?P<word>[A-Z][a-z]+" + MARKS_AFTER + ")")
# "See" run into a note's name, which its marks end ("Seefootnote(4)"): a nature, spaced
_SEE_RUN = re.compile(rf"(?P<head>See)(?P<word>{NOTE_NAME_RE.pattern})")


def _unique_runs(sequences: Iterable[Sequence[str]],
                 most: int | None) -> dict[str, tuple[str, ...]]:
    """Each run of two to ``most`` (None: any number of) words one after the other in
    one of ``sequences`` with its spaces dropped, and the words it is; a run that two
    spacings give is left out (not told apart)."""
    found: dict[str, set[tuple[str, ...]]] = {}
    for words in sequences:
        for start in range(len(words)):
            stop = len(words) if most is None else min(start + most, len(words))
            for end in range(start + 2, stop + 1):
                run = tuple(words[start:end])
                found.setdefault("".join(run), set()).add(run)
    return {run: next(iter(ways)) for run, ways in found.items() if len(ways) == 1}


@lru_cache(maxsize=64)
def spacings(titles: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """Each run of two or more words of ``titles`` with its spaces dropped, and the
    words it is; a run that two spacings give is left out (not told apart)."""
    return _unique_runs((title.split() for title in titles), None)


@lru_cache(maxsize=16)
def note_spacings(notes: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Each run of two to four words the page's notes print one after the other
    (``notes``: their words, ``interleaved_words.note_words``) with its spaces dropped,
    and two such words with a comma between them ("XI,LP"), and the words each is; a
    run that two spacings give is left out (not told apart), and so is a run the notes
    also print as one word ("BlackRock" where a note prints "Black Rock" and another
    "BlackRock": the page spells the name both ways, the table's run is left as it is)."""
    whole = folded_words(notes)
    return {run: words for run, words in note_runs(notes).items() if run.casefold() not in whole}


@lru_cache(maxsize=16)
def note_runs(notes: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Each run of two to four words the page's notes print one after the other, and
    two such words with a comma between them, with its spaces dropped, and the words
    each is (a run two spacings give left out): ``note_spacings`` before it leaves out
    the runs the notes also print as one word (``row_clipped.cut_settled`` tells those
    apart itself: both ways printed)."""
    commas = [(first + ",", second) for first, second in zip(notes, notes[1:])]
    return _unique_runs([notes, *commas], _NOTE_RUN_WORDS)


@lru_cache(maxsize=16)
def folded_words(notes: tuple[str, ...]) -> frozenset[str]:
    """The words of the page's notes, their case folded (``note_spacings``,
    ``row_text_cells.text_cells``)."""
    return frozenset(word.casefold() for word in notes)


def glued_runs(atoms: list[Atom]) -> bool:
    """True where a word of ``atoms`` is a run ``spaced`` may cut ("CommonStock(1)",
    "XI,LP(2)"): without one, ``spaced`` keeps every word as it is, whatever its runs."""
    return any(atom.kind == "TEXT" and (
        _RUN.fullmatch(atom.text) or _COMMA_RUN.fullmatch(atom.text)) for atom in atoms)


def glued_run(text: str) -> bool:
    """True where a word of ``text`` may be two words run together, a small letter and a
    capital meeting inside it ("PrincipalsFund", "PartnersXI,", "CommonStock(1)")."""
    return any(_GLUED_IN.search(word) for word in text.split())


def glued_header(lines: Iterable[str]) -> bool:
    """True where a word of the page's ``lines`` is two of the tables' column titles'
    words run together ("OwnedFollowing": a title's two lines, "Owned" over "Following",
    joined by the converter with no space)."""
    # a line without a small letter before a capital holds no such word (most lines)
    return any(_GLUED_IN.search(word) and is_header_text(word)
               for line in lines if _GLUED_IN.search(line) for word in line.split())


#: the key in ``Page.memo`` of whether the page's header runs words together
#: (``page_header_glued``)
_GLUED_HEADER = ("glued_words", "glued_header")


def page_header_glued(page: Page) -> bool:
    """Whether a word of the page's lines is two of the column titles' words run together
    (``glued_header``): read once per page, not per table or reader."""
    found = page.memo.get(_GLUED_HEADER)
    if not isinstance(found, bool):
        found = page.memo[_GLUED_HEADER] = glued_header(line.text for line in page.lines)
    return found


def spaced(atoms: list[Atom], runs: dict[str, tuple[str, ...]]) -> list[Atom]:
    """``atoms`` with each word that is a run of ``runs`` (the titles' ``spacings`` or
    the notes' ``note_spacings``: a run of words, "CommonStock(1)", or two words over a
    comma, "XI,LP(2)") cut into the words it is, its footnote marks kept on the last."""
    out: list[Atom] = []
    for atom in atoms:
        match = (_RUN.fullmatch(atom.text) or _COMMA_RUN.fullmatch(atom.text)) \
            if atom.kind == "TEXT" else None
        words = runs.get(match["run"]) if match else None
        if match is None or words is None:
            out.append(atom)
            continue
        at = 0
        for i, word in enumerate(words):
            text = word + match["marks"] if i == len(words) - 1 else word
            out.append(Atom(atom.kind, text, atom.row, atom.cell, atom.offset + at, atom.piece))
            at += len(word)
    return out


def by_spaced(atoms: list[Atom]) -> list[Atom]:
    """``atoms`` with each word that is "by" run into a capitalised word
    ("byTrust(2)") cut into the two words it is."""
    return _cut_after_head(atoms, _BY_RUN)


def see_spaced(atoms: list[Atom]) -> list[Atom]:
    """``atoms`` with each word that is "See" run into a note's name and its marks
    ("Seefootnote(4)") cut into the two words it is: the nature "See footnote(4)"."""
    return _cut_after_head(atoms, _SEE_RUN)


def _cut_after_head(atoms: list[Atom], run: re.Pattern[str]) -> list[Atom]:
    """``atoms`` with each word that ``run`` matches whole cut into its two words, its
    ``head`` group ("by", "See") and its ``word`` group."""
    out: list[Atom] = []
    for atom in atoms:
        match = run.fullmatch(atom.text) if atom.kind == "TEXT" else None
        if match is None:
            out.append(atom)
            continue
        head = match["head"]
        out.append(Atom(atom.kind, head, atom.row, atom.cell, atom.offset, atom.piece))
        out.append(Atom(atom.kind, match["word"], atom.row, atom.cell, atom.offset + len(head),
                        atom.piece))
    return out


@lru_cache(maxsize=64)
def printed_words(titles: frozenset[str]) -> frozenset[str]:
    """Every word of ``titles``."""
    return frozenset(word for title in titles for word in title.split())


@lru_cache(maxsize=64)
def _by_letters(titles: frozenset[str]) -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for title in titles:
        found.setdefault("".join(title.split()), set()).add(title)
    return {letters: frozenset(ways) for letters, ways in found.items()}


def title_of_letters(words: list[str], titles: frozenset[str]) -> str | None:
    """The one title of ``titles`` whose letters (spaces aside) are those of ``words``
    ("Class", "A", "Common", "St", "ock": "Class A Common Stock"), or None."""
    ways = _by_letters(titles).get("".join(words)) if words else None
    return next(iter(ways)) if ways is not None and len(ways) == 1 else None
