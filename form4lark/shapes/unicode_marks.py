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

_SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_PLAIN = str.maketrans(_SUPERSCRIPT_DIGITS, "0123456789")
# a run of bare superscript digits (not in superscript parentheses: "⁽¹⁾" is read
# elsewhere), the spaces after it
_RUN = re.compile(rf"(?<!⁽)[{_SUPERSCRIPT_DIGITS}]+(?![{_SUPERSCRIPT_DIGITS}⁾])( *)")
_NOTE_NUMBER = re.compile("(?m)^" + NOTE_OPENING)


def unicode_marks(text: str) -> str:
    """``text`` with each run of bare superscript digits as the marks it names
    ("Stock¹" -> "Stock(1)", ``marks_of``), as many of the spaces after it dropped as
    the marks grew (one kept where there were any) so that the columns after it stay
    where they were where the line has room."""
    if not any(digit in text for digit in _SUPERSCRIPT_DIGITS):
        return text
    listed = max(text.find("Explanation of Responses"), 0)
    notes = set(_NOTE_NUMBER.findall(text.translate(_PLAIN), listed))

    def one(match: re.Match[str]) -> str:
        spaces = match.group(1)
        run = match.group()[:len(match.group()) - len(spaces)]
        marks = marks_of(run.translate(_PLAIN), notes)
        grow = len(marks) - len(run)
        return marks + " " * max(min(1, len(spaces)), len(spaces) - grow)
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
