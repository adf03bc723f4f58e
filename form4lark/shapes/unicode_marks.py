"""Footnote marks printed in Unicode's bare superscript digits ("Common Stock¹",
"See Footnotes²³", a cell of "¹" alone), as pandoc's plain text writes a page's
``<sup>1</sup>``: read as the form's marks in parentheses ("Stock(1)").

On a Form 4 a superscript number is a footnote mark and nothing else. A run of several
digits may be one note's number or several notes' ("¹²": note 12, or notes 1 and 2):
it is cut into the listed notes' numbers only where one cut alone names listed notes
(``bare_marks.run_of_marks``); a run no cut settles, or a digit naming no listed note,
is taken out (blanked): a mark lost is a missing reference, a mark misread a wrong one.
"""

from __future__ import annotations

import re
from typing import Collection

from ..bare_marks import run_of_marks
from ..patterns import NOTE_OPENING

#: Unicode's superscript digits, 0 to 9
SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_PLAIN = str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")
# a run of bare superscript digits (not in superscript parentheses: "⁽¹⁾" is read
# elsewhere), the spaces after it
_RUN = re.compile(rf"(?<!⁽)[{SUPERSCRIPT_DIGITS}]+(?![{SUPERSCRIPT_DIGITS}⁾])( *)")
# a note's number where the notes list it: "1. This transaction ..."
_NOTE_NUMBER = re.compile("(?m)^" + NOTE_OPENING)


def listed_note_numbers(text: str) -> set[str]:
    """The numbers of the notes ``text`` lists ("1. ..."): from "Explanation of
    Responses" on where it prints that, else from the last line opening "1." on (the
    form's numbered headers, "1. Title of Security", come before its notes)."""
    listed = text.find("Explanation of Responses")
    if listed < 0:
        listed = max((m.start() for m in _NOTE_NUMBER.finditer(text) if m.group(1) == "1"),
                     default=0)
    return set(_NOTE_NUMBER.findall(text, listed))


def marks_in_place(marks: str, printed: str, spaces: str) -> str:
    """``marks`` written for ``printed`` and the ``spaces`` after it: as many spaces
    dropped as the marks grew (one kept where there were any), so that the columns
    after them stay where they were where the line has room."""
    grow = len(marks) - len(printed)
    return marks + " " * max(min(1, len(spaces)), len(spaces) - grow)


def unicode_marks(text: str) -> str:
    """``text`` with each run of bare superscript digits as the marks it names
    ("Stock¹" -> "Stock(1)", ``marks_of``), as many of the spaces after it dropped as
    the marks grew (one kept where there were any) so that the columns after it stay
    where they were where the line has room."""
    if not any(digit in text for digit in SUPERSCRIPT_DIGITS):
        return text
    notes = listed_note_numbers(text.translate(_PLAIN))

    def one(match: re.Match[str]) -> str:
        spaces = match.group(1)
        run = match.group()[:len(match.group()) - len(spaces)]
        return marks_in_place(marks_of(run.translate(_PLAIN), notes), run, spaces)
    return _RUN.sub(one, text)


def marks_of(digits: str, notes: Collection[str]) -> str:
    """A superscript's ``digits`` as marks ("23" -> "(2)(3)"), or as many spaces where
    they name no listed note or may be read more than one way. With no note listed (a
    text cut short) a lone digit is still its note's mark."""
    if len(digits) == 1 and not notes:
        return f"({digits})" if digits != "0" else " "
    cut = run_of_marks(digits, notes)
    if cut is None:
        return " " * len(digits)
    return "".join(f"({number})" for number in cut)
