"""Raised digits of more than one digit after a word or alone (a PDF's superscript run)
read against the notes the document lists.

A footnote mark printed as a bare superscript number shows in a PDF by its glyphs' size
and place (``glyphs.py``); one raised digit is one mark. Two or more run together are one
note's number or several notes' marks ("56": note 56, or notes 5 and 6): the boxes of
"<sup>5</sup><sup>6</sup>" and "<sup>56</sup>" are the same. ``glyphs`` keeps such a run
after ``RUN``; once the document's words are all read, the run is read as the marks of
the listed notes where one way only of cutting its digits into notes' numbers (one or
two digits each, rising, as marks are printed in their notes' order) names listed notes
("56" with notes 1 to 7: 5 and 6; "3132" with notes 1 to 32: 31 and 32). Otherwise it is
left as before: glued onto letters ("LLC23", read against the notes as a converter's
glued marks are, ``bare_marks``), else left out (kept, it would read as a value's digits).
"""

from __future__ import annotations

import re
from itertools import groupby
from operator import attrgetter

from ..bare_marks import run_of_marks
from ..patterns import NOTE_OPENING
from .words import Word, visual_lines

#: what ``glyphs`` puts before a word's run of raised digits (a private-use character:
#: no text prints it)
RUN = "\ue000"
#: what ``run_objects`` puts after each text object's digits of a run (private use too)
CUT = "\ue001"
#: digits at most of a run read as marks
LONGEST = 6
# a listed note's opening: "1. ", "12. "
_NOTE = re.compile(NOTE_OPENING)


def read_runs(words: list[Word]) -> list[Word]:
    """The words, each run of raised digits read as marks (see the module's note)."""
    if not any(RUN in w.text for w in words):
        return words
    notes = listed_notes(words)
    whole = _objects_whole(words, notes)
    out = []
    for word in words:
        if RUN in word.text:
            value, _, digits = word.text.partition(RUN)
            word = word._replace(text=_read(value, digits, notes, whole))
        if word.text:
            out.append(word)
    return out


def _read(value: str, digits: str, notes: frozenset[str], whole: bool = False) -> str:
    """``value`` with its run of raised ``digits``: as marks, where the PDF's text objects
    cut them (``run_objects.CUT``, trusted where ``whole``: ``_objects_whole``) into
    listed notes' numbers, rising, that the notes' one way of reading the digits (where
    they read one way) does not contradict, or else where the notes read them one way
    (the objects telling no cut, or not trusted); else glued on after letters, left out
    after anything else."""
    pieces = digits.split(CUT)[:-1] if CUT in digits else None
    digits = digits.replace(CUT, "")
    marks = run_marks(digits, notes)
    if whole and pieces:
        cut = "".join(f"({n})" for n in pieces)
        if _rising_notes(pieces, notes) and (marks is None or marks == cut):
            return value + cut
        marks = None  # the objects and the digits read apart: not known
    if marks is not None:
        return value + marks
    return value + digits if value and value[-1].isalpha() else value


def _rising_notes(pieces: list[str], notes: frozenset[str]) -> bool:
    """Whether each piece is a listed note's number, each above the one before (marks
    are printed in their notes' order)."""
    numbers = [int(p) for p in pieces if p in notes and p[0] != "0"]
    return len(numbers) == len(pieces) and all(a < b for a, b in zip(numbers, numbers[1:]))


def _objects_whole(words: list[Word], notes: frozenset[str]) -> bool:
    """Whether the document proves that its producer draws each mark as one text object
    (its digits together, a mark beside it apart), as its runs cut by objects (``CUT``)
    show. Every object's digits name a listed note (an object "56" with notes 1 to 7
    holds several marks), and two runs whose digits read one way only (``run_marks``)
    agree with their objects: one of two or more digits in one object (the digits of a
    mark drawn together, where a producer drawing glyph by glyph parts them) and one in
    several objects (marks side by side drawn apart, where a producer joining a font's
    glyphs into one object draws them as one). Without both, boxes and objects alike
    read "12" as note 12 or notes 1 and 2: none is read by its objects."""
    together = apart = False
    for word in words:
        if CUT not in word.text:
            continue
        pieces = word.text.partition(RUN)[2].split(CUT)[:-1]
        if any(piece not in notes for piece in pieces):
            return False
        if run_marks("".join(pieces), notes) == "".join(f"({p})" for p in pieces):
            together |= len(pieces) == 1 and len(pieces[0]) > 1
            apart |= len(pieces) > 1
    return together and apart


def run_marks(digits: str, notes: frozenset[str]) -> str | None:
    """The marks ("(5)(6)") a run of raised digits stands for (``bare_marks.run_of_marks``:
    one cut of the digits into listed notes' numbers, rising, and none into a note the
    text may have lost); None otherwise."""
    if len(digits) > LONGEST:
        return None
    marks = run_of_marks(digits, notes)
    return None if marks is None else "".join(f"({n})" for n in marks)


def listed_notes(words: list[Word]) -> frozenset[str]:
    """The numbers of the notes the document lists: the lines below its "Explanation of
    Responses:" caption (up to its "Remarks:") opening with a number and a stop at the
    caption's left edge."""
    notes: set[str] = set()
    caption: Word | None = None
    for _, group in groupby(words, key=attrgetter("page")):
        for line in visual_lines(list(group)):
            text = " ".join(w.text for w in line[:4])
            if caption is None:
                if text.startswith("Explanation of Responses"):
                    caption = line[0]
                continue
            if text.startswith("Remarks"):
                return frozenset(notes)
            first = line[0]
            found = _NOTE.match(text + " ")  # a number alone on its line too
            if found and found.end(1) == len(first.text) - 1 \
                    and abs(first.x0 - caption.x0) <= caption.height:
                notes.add(found.group(1))
    return frozenset(notes)
