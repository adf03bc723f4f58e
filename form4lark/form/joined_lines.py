"""Footnotes holding two of the page's lines joined where a hyphen ended the first.

A converter printing a PDF's lines in reading order may join a line ending with a
hyphen to the next one, dropping the hyphen ("service-" / "based vesting" prints
"servicebased vesting": pdftotext without -layout). Where the notes wrap at the page's
width, such a line stands out: longer than any other line of the page by a good part,
yet shorter than two of them (``joined_rows``). A note holding one has lost a hyphen
somewhere on it: the word the notes spell with a hyphen elsewhere, one way only, gets
it back where the note holds exactly one such word; else which word lost it cannot be
told, and the note is left unknown (``notes_resolved``). A text printing each paragraph
on one line shows no wrapped note near the page's width, and is left alone.
"""

from __future__ import annotations

import re

from ..model import Diagnostic
from ..page import Page
from ..sections import Cell
from .atoms import Atom

#: how much longer than the page's other lines a line must be to hold two joined: lines
#: of a proportional font wrapped at one width differ by less
_JOINED_BY = 1.2
#: how near the page's width a wrapped note line ends (a part of it), for the notes to be
#: taken as wrapped at that width
_WRAPPED_NEAR = 0.8
#: how many wrapped note lines must end near the page's width (one may be a paragraph
#: printed whole, followed by the signature's line)
_WRAPPED_LINES = 2
# a word spelled with inner hyphens, each part of letters ("service-based", "three-year")
_HYPHENED = re.compile(r"\b[A-Za-z]+(?:-[A-Za-z]+)+\b")


def joined_rows(page: Page, explanation: list[Atom]) -> set[int]:
    """The rows of the notes (``explanation``, a stream's) each holding two of the page's
    lines joined: longer than ``_JOINED_BY`` times the page's width and shorter than two
    widths. The width is the longest line of the page outside the notes or of the notes'
    wrapped lines (each followed by a line opening no note), and the notes must wrap near
    it (``_WRAPPED_LINES`` wrapped lines as long as ``_WRAPPED_NEAR`` of it): else the
    text prints paragraphs whole, not the PDF's lines."""
    rows = sorted({a.row for a in explanation})
    if not rows:
        return set()
    inside = set(range(rows[0], rows[-1] + 1))
    lengths = {n: len(line.text) for n, line in enumerate(page.lines)}
    openings = {a.row for n, a in enumerate(explanation)
                if n == 0 or explanation[n - 1].row != a.row and _opens_note(a.text)}
    wrapped = [lengths[n] for n in rows if n + 1 in rows and n + 1 not in openings]
    width = max([length for n, length in lengths.items() if n not in inside] + wrapped,
                default=0)
    if not width or sum(1 for w in wrapped if _WRAPPED_NEAR * width <= w) < _WRAPPED_LINES:
        return set()
    return {n for n in rows if _JOINED_BY * width < lengths[n] < 2 * width}


def _opens_note(word: str) -> bool:
    """True for a word a note opens with: its number ("2.", "(2)", "[2]")."""
    return re.fullmatch(r"\(?\[?\d{1,2}[.)\]]?", word) is not None


def joined_notes(notes: list[tuple[str, Cell | None]], joined: set[int],
                 explanation: list[Atom]) -> set[str]:
    """The numbers of the notes (``footnotes``' list) whose lines hold a joined row."""
    starts = sorted((cell.line, fid) for fid, cell in notes if cell is not None)
    line_of = {a.row: a.line for a in explanation}
    found = set()
    for row in joined:
        line = line_of[row]
        before = [fid for start, fid in starts if start <= line]
        if before:
            found.add(before[-1])
    return found


def notes_resolved(notes: dict[str, str | None], read: dict[str, str | None],
                   joined: set[str], diagnostics: list[Diagnostic]) -> dict[str, str | None]:
    """The notes with each of ``joined`` given its hyphen back (``_hyphen_back``) or left
    unknown where which word lost it cannot be told; one that got a hyphen back already
    from the words no spelling writes without it ("Rule 10b51": ``notes``' text holds
    more hyphens than ``read``, as the text printed it) is kept."""
    resolved = dict(notes)
    for fid in sorted(joined):
        text = notes.get(fid)
        if not text or text.count("-") > (read.get(fid) or "").count("-"):
            continue
        others = [t for f, t in notes.items() if t and f != fid]
        back = _hyphen_back(text, others)
        resolved[fid] = back
        if back is None:
            diagnostics.append(Diagnostic(
                None, None, f"footnotes.{fid}", "a line of the note holds two of the page's "
                "lines joined where a hyphen ended the first, dropped: which word lost it "
                "cannot be told, so the note is left unknown", "warning"))
    return resolved


def _hyphen_back(text: str, others: list[str]) -> str | None:
    """``text`` with the one word the notes (``others`` and ``text``) spell with a hyphen,
    one way only, and ``text`` holds once without it, given its hyphen back; None where
    no such word or more than one stands in it."""
    spelled: dict[str, set[str]] = {}
    for note in [text, *others]:
        for word in _HYPHENED.findall(note):
            spelled.setdefault(word.replace("-", "").lower(), set()).add(word)
    found = [(m, words) for m in re.finditer(r"\b[A-Za-z]+\b", text)
             if len(words := spelled.get(m.group().lower(), set())) == 1]
    if len(found) != 1:
        return None
    match, words = found[0]
    [word] = words
    if word.replace("-", "") != match.group():  # spelled in other letters' cases
        return None
    return text[:match.start()] + word + text[match.end():]
