"""Footnotes holding two of the page's lines joined where a hyphen ended the first.

A converter printing a PDF's lines in reading order may join a line ending with a
hyphen to the next one, dropping the hyphen ("service-" / "based vesting" prints
"servicebased vesting": pdftotext without -layout). Where the notes wrap at the page's
width, such a line stands out: longer than any other line of the page by a good part,
yet shorter than two of them (``joined_rows``). The first of the two ended near the
page's width, the second is no longer than it: the break lies in a window of the joined
line (``break_words``). The word there the notes spell with a hyphen elsewhere, one way
only, gets it back (``build.hyphens_as_spelled``); where no word or more than one there
is so spelled, which word lost it cannot be told, and the note is left unknown
(``notes_resolved``). Where too few notes wrap, the form's own sentence cut at the
page's width shows the text prints the PDF's lines (``wrap_width``). A text printing
each paragraph on one line shows neither (or a notes row two widths long), and is left
alone.
"""

from __future__ import annotations

import re

from ..model import Diagnostic
from ..page import Page
from ..sections import Cell
from .atoms import Atom
from .notes import is_note_number

#: how much longer than the page's other lines a line must be to hold two joined: lines
#: of a proportional font wrapped at one width differ by less
_JOINED_BY = 1.2
#: how near the page's width a wrapped note line ends (a part of it), for the notes to be
#: taken as wrapped at that width
_WRAPPED_NEAR = 0.8
#: how many wrapped note lines must end near the page's width (one may be a paragraph
#: printed whole, followed by the signature's line)
_WRAPPED_LINES = 2
# a word of a joined line, as build's hyphened words are spelled between their hyphens
_WORD = re.compile(r"[A-Za-z0-9]+")
# a line going on with the sentence the line above it ended in: opening with a small letter
_GOES_ON = re.compile(r"[a-z]")


def note_breaks(page: Page, explanation: list[Atom],
                notes: list[tuple[str, Cell | None]]) -> dict[str, tuple[str, ...]]:
    """The notes (``footnotes``' list) holding a joined row (``joined_rows``), each with
    the words of its joined rows standing where the break can lie (``break_words``)."""
    width = wrap_width(page, explanation)
    starts = sorted((cell.line, fid) for fid, cell in notes if cell is not None)
    line_of = {a.row: a.line for a in explanation}
    found: dict[str, tuple[str, ...]] = {}
    for row in sorted(joined_rows(page, explanation, width)):
        before = [fid for start, fid in starts if start <= line_of[row]]
        if before:
            found[before[-1]] = (found.get(before[-1], ())
                                 + break_words(page.lines[row].text, width))
    return found


def wrap_width(page: Page, explanation: list[Atom]) -> int:
    """The width the notes (``explanation``, a stream's) wrap at: the longest line of the
    page outside the notes or of the notes' wrapped lines (each followed by a line opening
    no note); 0 unless ``_WRAPPED_LINES`` wrapped lines are as long as ``_WRAPPED_NEAR`` of
    it and no line of the page outside the notes is cut mid-sentence near that width
    (``_sentence_wrapped``, taken only where no notes row is two widths long or more): the
    text then prints paragraphs whole, not the PDF's lines."""
    rows = sorted({a.row for a in explanation})
    if not rows:
        return 0
    inside = set(range(rows[0], rows[-1] + 1))
    lengths = {n: len(line.text) for n, line in enumerate(page.lines)}
    openings = {a.row for n, a in enumerate(explanation)
                if n == 0 or explanation[n - 1].row != a.row and is_note_number(a.text)}
    wrapped = [lengths[n] for n in rows if n + 1 in rows and n + 1 not in openings]
    width = max([length for n, length in lengths.items() if n not in inside] + wrapped,
                default=0)
    if not width:
        return 0
    if sum(1 for w in wrapped if _WRAPPED_NEAR * width <= w) < _WRAPPED_LINES \
            and not (_sentence_wrapped(page, inside, width)
                     and all(lengths[n] < 2 * width for n in rows)):
        return 0  # a notes row of two widths or more is a paragraph printed whole: a text
        # printing the PDF's lines joins no more than two, whatever its form's lines show
    return width


def _sentence_wrapped(page: Page, inside: set[int], width: int) -> bool:
    """Whether a line of the page outside the notes (``inside``: their rows) ends near
    ``width`` in the middle of a sentence, the next line going on with it in small letters
    (the form's printed "Check this box ... that is" / "intended to satisfy ...", a line
    of prose: ``_prose``): the text prints the PDF's lines, not its paragraphs, as one
    printing a paragraph a line would not cut it there."""
    lines = [line.text for line in page.lines]
    return any(n not in inside and _WRAPPED_NEAR * width <= len(text)
               and _GOES_ON.match(lines[n + 1]) and _prose(text)
               for n, text in enumerate(lines[:-1]))


def _prose(text: str) -> bool:
    """Whether ``text`` reads as a sentence: most of its words open with a small letter
    (a band of column titles, "Title of Transaction Date Expiration Underlying", does not)."""
    words = text.split()
    return sum(1 for w in words if _GOES_ON.match(w)) * 2 > len(words)


def joined_rows(page: Page, explanation: list[Atom], width: int) -> set[int]:
    """The rows of the notes (``explanation``) each holding two of the page's lines
    joined: longer than ``_JOINED_BY`` times the notes' ``width`` (``wrap_width``) and
    shorter than two widths."""
    if not width:
        return set()
    rows = {a.row for a in explanation}
    return {n for n in rows if _JOINED_BY * width < len(page.lines[n].text) < 2 * width}


def break_words(line: str, width: int) -> tuple[str, ...]:
    """The words of ``line`` (two lines joined) that cover a point the first line may
    have ended at: it ended between ``_WRAPPED_NEAR`` of ``width`` and ``width``, and the
    second is at most ``width`` long, so the break lies in [max(0.8 width, len - width),
    width]."""
    low, high = max(_WRAPPED_NEAR * width, len(line) - width), width
    return tuple(m.group() for m in _WORD.finditer(line) if m.start() < high and m.end() > low)


def notes_resolved(notes: dict[str, str | None], read: dict[str, str | None],
                   breaks: dict[str, tuple[str, ...]],
                   diagnostics: list[Diagnostic]) -> dict[str, str | None]:
    """The notes with each of ``breaks`` given its hyphen back on a word at its break
    (``build.hyphens_as_spelled``) or left unknown where which word lost it cannot be
    told; one that got a hyphen back already from the words no spelling writes without it
    ("Rule 10b51": ``notes``' text holds more hyphens than ``read``, as the text printed
    it) is kept."""
    from ..build import hyphens_as_spelled
    left = {fid: words for fid, words in breaks.items() if (text := notes.get(fid))
            and text.count("-") <= (read.get(fid) or "").count("-")}
    if not left:
        return notes
    resolved = hyphens_as_spelled(notes, left)
    diagnostics += [Diagnostic(
        None, None, f"footnotes.{fid}", "a line of the note holds two of the page's lines "
        "joined where a hyphen ended the first, dropped: which word lost it cannot be "
        "told, so the note is left unknown", "warning") for fid in sorted(left)
        if resolved.get(fid) is None]
    return resolved
