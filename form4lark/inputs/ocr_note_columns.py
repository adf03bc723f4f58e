"""A scan's footnotes whose lines' ends OCR read apart from their openings, left unknown.

tesseract reads a page in blocks; where it cuts the Explanation of Responses into
columns, it gives the notes' openings first, one a line ("3. The shares were sold ...
$634.93 to $635.92," and "4. ...", or bare numbers "10." "11."), then, after a blank
line, the ends of those lines as lines of their own ("inclusive." "inclusive." ...). Read
as text, each such note keeps the opening of its first line only, and the last one
takes every end after it ("... $638.15 to $639.14, inclusive. inclusive. inclusive.").
Which end was whose is lost: the notes of such a run of openings are left unknown,
each with a diagnostic.

The run is told by the words' places: two or more note openings on consecutive lines
of the text, and after them (before the next note opening, the Remarks or the
signatures) lines that open no note and stand on the page beside an opening, on its
printed line and to its right. A note's own next lines stand below its opening
(tesseract may give them after a blank line: "... sole voting and investment power
over the" / "securities held by ..."), never beside it; a line under an opening of the
run, at its left, is its note's next line (a page printing its notes in two columns).
The notes but the last with an end beside their opening are left unknown, and the
run's last note, which took the ends; an end beside the last opening alone is its own,
read in order after it.

Measured on the corpus PDFs read as scans (``benchmarks/scans.py``), drawn by
pypdfium2: GOOG-20151002-1's plain notes 3 to 6 and GOOG-20220413-1's 3 to 20 left
unknown (10 wrong notes fewer); no note of a pdftoppm page changes.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from collections.abc import Sequence

from ..model import Diagnostic, Form4
from ..patterns import NOTE_OPENING
from ..shapes.scan_notes import _RULE_LINE, _explanation

#: a line of a scan's text: its TSV words, and its page's lines (``scan.text_lines``)
Line = tuple[list[dict[str, str]], object]

#: a note's opening, its number in group 1 ("3. The shares ..."; "10." alone: its text
#: read elsewhere)
_OPENING = re.compile(NOTE_OPENING)
#: besides the notes' bounds ``scan_notes._explanation`` gives (up to the Remarks, the
#: signature's label or the closing notes), what ends them in the text as tesseract gives
#: it, before ``scan_notes`` puts the signatures' lines in their place: a signature's
#: name ("/s/ ..."), its label or the closing notes whose marks OCR lost ("Signature of
#: Reporting Person", "Note: File three copies", "Persons who respond")
_NOTES_END = re.compile(r"\s*(Remarks|Reminder|\*\*|/s/|Signature|Note:|Persons who)", re.I)


def _opening(text: str) -> str | None:
    """The note number a line's text opens with (a bare "10." too), or None."""
    found = _OPENING.match(text + " ")
    return found.group(1) if found else None


def _beside(end: Line, opening: Line) -> bool:
    """Whether ``end``'s words stand on ``opening``'s printed line (their middle within
    its height), to the right of its first word, on the same page."""
    (words, page), (heads, head_page) = end, opening
    if not words or not heads or page is not head_page:
        return False
    top = min(int(w["top"]) for w in heads)
    bottom = max(int(w["top"]) + int(w["height"]) for w in heads)
    middle = sum(int(w["top"]) + int(w["height"]) / 2 for w in words) / len(words)
    return top <= middle <= bottom and int(words[0]["left"]) > int(heads[0]["left"])


def _under(end: Line, opening: Line) -> bool:
    """Whether ``end`` opens below ``opening``, at its left (within its height) on its
    page: a line of its own note, wrapped (a column of notes beside another's)."""
    (words, page), (heads, head_page) = end, opening
    if not words or not heads or page is not head_page:
        return False
    height = max(int(w["height"]) for w in heads)
    return (int(words[0]["top"]) > int(heads[0]["top"])
            and abs(int(words[0]["left"]) - int(heads[0]["left"])) <= height)


def split_notes(lines: Sequence[Line]) -> list[str]:
    """The numbers of the notes whose lines' ends OCR read apart from their openings
    (``lines``: the scan's text's, ``scan.text_lines``): those but the run's last with
    an end beside their opening, and then the last of their run of openings (the text
    read in order gives the last opening's own end after it).

    The notes are those ``scan_notes._explanation`` bounds, and they end sooner at
    ``_NOTES_END``; the lines of a table's rule OCR read as letters ("I", as
    ``scan_notes.plain_notes`` drops them) are no end. ``scan_notes.halved_notes``
    is the text-only twin: it leaves out notes whose ends the text gives apart where
    their count tells them, with no words' places."""
    texts = [" ".join(w["text"].strip() for w in words) for words, _ in lines]
    part = _explanation(texts)
    stop = next((i for i in part if _NOTES_END.match(texts[i])), part.stop)
    split: list[str] = []
    i = part.start
    while i < stop:
        run: list[tuple[str, Line]] = []
        while i < stop and (number := _opening(texts[i])) is not None:
            run.append((number, lines[i]))
            i += 1
        if not run:
            i += 1
            continue
        j = i
        ends: list[Line] = []
        while j < stop and _opening(texts[j]) is None:
            if not _RULE_LINE.match(texts[j]) and not any(_under(lines[j], o) for _, o in run):
                ends.append(lines[j])
            j += 1
        torn = [number for number, opening in run[:-1] if any(_beside(e, opening) for e in ends)]
        if torn:
            split += dict.fromkeys(torn + [run[-1][0]])
        i = j
    return split


def split_notes_to_none(form: Form4, lines: Sequence[Line]) -> Form4:
    """``form`` with each footnote whose lines' ends OCR read apart (``split_notes``)
    None, with a diagnostic."""
    numbers = [n for n in split_notes(lines) if (form.footnotes or {}).get(n) is not None]
    if not numbers:
        return form
    diagnostics = tuple(Diagnostic(None, None, f"footnotes.{n}",
                                   "OCR read the ends of the note's lines apart from their "
                                   "openings (a column of their own): left unknown")
                        for n in numbers)
    # an unknown note's text is None, as ``ocr_doubts`` leaves a doubted note's
    footnotes: dict[str, Any] = {**(form.footnotes or {}), **dict.fromkeys(numbers)}
    return dataclasses.replace(form, footnotes=footnotes,
                               diagnostics=form.diagnostics + diagnostics)
