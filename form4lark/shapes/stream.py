"""Reading-order shape: the page's words as a stream, one run per line.

``pdftotext -raw``, pypdf, pdfplumber and a page's plain text print the words
in reading order and lose the page's columns: each line is one piece with no
position. The form reader reads its table rows as typed sequences.
"""

from __future__ import annotations

import re

from ..checks import CODE_LETTER
from ..page import Line, Page, Piece
from ..patterns import BARE_MARK_RE, DATE, GROUPED_WHOLE
from ..text import fold

# "05/02/2019 S2 13,433": a row's transaction code with a bare superscript mark glued on,
# between the row's date and its amount (an equity swap's "V" between them too); the
# amount may open the next line ("12/21/2021 S1" over "3,4002 D": a row's cells a line each)
_CODE_MARK = re.compile(rf"(?<![\w/])(?P<dates>{DATE}(?: {DATE})? )"
                        rf"(?P<code>{CODE_LETTER})(?P<mark>[1-9])"
                        r"(?=[ \n](?:V[ \n])?[0-9][0-9,]*(?:\.[0-9]+)? )")


def stream_lines(text: str) -> list[Line]:
    out = []
    for number, raw in enumerate(text.split("\n"), start=1):
        folded = fold(raw)
        if folded:
            out.append(Line([Piece(folded, number, len(raw) - len(raw.lstrip()) + 1)]))
    return out


def read_stream(text: str) -> Page:
    return Page(shape="stream", lines=stream_lines(text))

# "301,0971", "69,064234": an amount grouped in thousands whose last group runs on into
# bare marks, one or several (``amount_marks_apart`` cuts them)
_AMOUNT_MARK = re.compile(rf"(?<![\w.,$])(?P<amount>{GROUPED_WHOLE})(?P<mark>[1-9][0-9]{{0,3}})"
                          r"(?![\w.,])")
# "5,160,301 D2": a row's ownership letter (D)/(I) after its amount, a bare mark glued on,
# at the line's end or before the nature of ownership (one digit, as a code's); the amount
# grouped in thousands ("3235-0287 D1 Capital", "06/01/2023 D1 Capital": a name's "D1"
# after any other number is no mark)
_OWNERSHIP_MARK = re.compile(r"(?<=[0-9],[0-9]{3} )(?P<amount>[DI])(?P<mark>[1-9])(?=[ \t]|$)",
                             re.M)
# "$0.00 02 I": an amount of none, a mark glued on, before a row's (A)/(D) or (D)/(I)
# letter (no amount opens with "0")
_ZERO_MARK = re.compile(rf"(?<![\w.,$/-])(?P<amount>0)(?P<mark>{BARE_MARK_RE.pattern})(?= [ADI]\b)")


# what each of the four holds, looked for first: a pattern opening with a look behind
# is tried at every character of the text, these (opening with a character) are quick
# to rule a text out (most texts glue no mark on)
_CODE_MARK_AT = re.compile(rf"[0-9] {CODE_LETTER}[1-9][ \n]")  # "2019 S2 "
_AMOUNT_MARK_AT = re.compile(r",[0-9]{4}")  # ",0971"
_ZERO_MARK_AT = re.compile(r"0[1-9][0-9]? [ADI]")  # "02 I"
_OWNERSHIP_MARK_AT = re.compile(r",[0-9]{3} [DI][1-9]")  # ",301 D2"
_GLUED = ((_CODE_MARK_AT, _CODE_MARK), (_AMOUNT_MARK_AT, _AMOUNT_MARK), (_ZERO_MARK_AT, _ZERO_MARK),
          (_OWNERSHIP_MARK_AT, _OWNERSHIP_MARK))


def code_marks_apart(text: str) -> str:
    """``text`` with each transaction code and each amount that a bare superscript mark
    was glued onto printed with the mark as the form's "(2)": the code's column holds
    one letter, so a digit after it, between the row's date and its amount, is a mark
    ("05/02/2019 S2 13,433 D": only one digit, "S12" may be mark 12 or marks 1 and 2);
    an amount's thousands are groups of three digits, so the digits more after its last
    group are marks ("301,0971": 301,097 and mark 1; "69,064234": marks 2, 3 and 4, cut
    by the page's notes, ``amount_marks_apart``), and so are digits after
    an amount's "0" ("$0.00 02 I": 0 and mark 2) and a digit after the ownership's one
    letter ("5,160,301 D2": D and mark 2). (The opposite job, a code's mark printed as a
    word apart put back on it, "M (1) 10500", is ``form/lone_code_marks.py``'s.)"""
    if not any(c.isdigit() for c in text):
        return text
    for at, glued in _GLUED:
        if not at.search(text):
            continue
        if glued is _AMOUNT_MARK:
            text = amount_marks_apart(text)
        else:
            text = glued.sub(lambda m: f"{m['dates']}{m['code']}({m['mark']})"
                             if m.re is _CODE_MARK else f"{m['amount']}({m['mark']})", text)
    return text


def amount_marks_apart(text: str) -> str:
    """``text`` with each amount grouped in thousands that bare marks were glued onto
    printed with its marks as the form's "(2)" (``unicode_marks.marks_of``: "69,064234"
    with notes 1 to 4 listed is "69,064(2)(3)(4)"), or alone where the page's notes do
    not tell them (its marks unknown). Three digits or more are cut only where the page
    shows bare marks glued on elsewhere (``_glued_elsewhere``): alone they may be a lost
    comma's group ("1,000567"). Not for a markdown table's cells: its reader takes
    "2,7422" as the sign that the table glues marks onto values (``glued_amount_tables``),
    which reads "Stock1" beside it."""
    if not _AMOUNT_MARK_AT.search(text):
        return text
    glued = list(_AMOUNT_MARK.finditer(text))
    if not glued:
        return text
    from .unicode_marks import listed_note_numbers, marks_of  # they import bare_marks,
    notes = listed_note_numbers(text)  # which imports this
    shown: list[bool] = []

    def marked(match: re.Match[str]) -> str:
        digits = match["mark"]
        marks = marks_of(digits, notes)
        if len(digits) > 2:  # the notes' cut, where the page shows marks glued elsewhere
            if not marks.strip():
                return match.group(0)
            if not shown:
                shown.append(_glued_elsewhere(text, notes, glued))
            return match["amount"] + marks if shown[0] else match.group(0)
        return match["amount"] + (marks if marks.strip() else _mark_past_notes(digits, notes))
    return _AMOUNT_MARK.sub(marked, text)


def _mark_past_notes(digits: str, notes: set[str]) -> str:
    """The mark of one or two ``digits`` glued past an amount's group of three that the
    notes do not tell: a lone digit above the last listed note is its note's mark (the
    notes were cut short, at a page break; the reader says its text is missing), else
    none (unknown, the amount read alone: only marks can follow a group of three)."""
    last = max((int(n) for n in notes if n.isdigit()), default=0)
    return f"({digits})" if len(digits) == 1 and int(digits) > last else ""


def _glued_elsewhere(text: str, notes: set[str], glued: list[re.Match[str]]) -> bool:
    """Whether ``text`` shows bare marks glued onto values besides three digits or more
    past an amount's group: one or two digits past another amount's ("10,0001", which
    can only be marks), or a long word's figures naming listed notes ("Interchange LLC4",
    ``bare_marks.holds_word_marks``)."""
    from ..bare_marks import holds_word_marks  # bare_marks imports this module
    return any(len(m["mark"]) <= 2 for m in glued) or holds_word_marks(text, notes)


def holds_code_marks(text: str) -> bool:
    """True where ``text`` prints a transaction code or an amount with a bare superscript
    mark glued on (``code_marks_apart``): the text glues marks onto values."""
    return any(c.isdigit() for c in text) and any(
        at.search(text) is not None and glued.search(text) is not None for at, glued in _GLUED)
