"""A table row whose values ran together ("Common Stock(1)05/02/2019S13,433D$
208.99(2)151,187D"), cut back into its values by their kinds (dates, amounts,
prices, footnote marks, letters) only where the cut is certain: two numbers glued
("$ 0757,756": "$ 0" then "757,756"? "$ 07" then "57,756"?) are left as they are, and
the row then does not read (its table is left out with a diagnostic). A number glued
to a date is cut where every cut gives the same values ("$ 23.825708/12/2019").
"""

from __future__ import annotations

import re
from decimal import Decimal

from ..form import row_kinds
from ..patterns import DATE, DATE_SHAPE_RE, FOOTNOTE_MARK

# one value of a table's row, as a run-together row prints them one after the other:
# "Common Stock(1)05/02/2019S13,433D$ 208.99(2)151,187D"
_VALUE = re.compile(rf"(?P<date>{DATE})"
                    rf"|(?P<mark>{FOOTNOTE_MARK})|"
                    r"(?P<number>[0-9][0-9,]*(\.[0-9]+)?)"
                    r"|(?P<dollar>\$)|(?P<letters>[A-Za-z]+)")

# an amount as the form prints it, no digit lost to or taken from its neighbour: not
# "0757,756" ("$ 0" then "757,756", or "$ 07"...), nor "00"
_AMOUNT = re.compile(r"([1-9][0-9]{0,2}(,[0-9]{3})+|[1-9][0-9]*|0)(\.[0-9]+)?")

# a date, where a number glued before it may end ("23.825708/12/2019")

# "I" or "D" glued to the nature after it: "ISee", "IBy"
_OWNED_BY = re.compile(r"[DI][A-Z][a-z]")

# where a word holds values run together: a mark, a date or a dollar sign among others
_GLUED = re.compile(r"\)[^\s(]|[0-9/]{8}[A-Za-z$]|[0-9][A-Za-z]|[A-Za-z]\$|[0-9]\$")


def _owned_by(before: list[str], word: str) -> list[str]:
    """``word`` after the words ``before``, as the ownership's letter and its nature's
    first word where an amount precedes it ("11,674,129", "ISee": "I", "See")."""
    if (before and _AMOUNT.fullmatch(before[-1].split("(")[0].replace("$ ", ""))
            and _OWNED_BY.match(word)):
        return [word[0], word[1:]]
    return [word]


def _mark_alone(before: list[str]) -> bool:
    """Whether a mark after the values ``before`` stands alone in its cell: after the
    "A"/"D" letter it is the price's, only a mark ("12,687,274A(1)12,687,274"); after the
    transaction's code (a letter after the date), the code's."""
    letter = len(before[-1]) == 1 and before[-1].isalpha()
    return letter and not (len(before) > 1 and row_kinds.DATE.fullmatch(before[-2]) is not None)


def _values(word: str, head: str) -> list[str] | None:
    """The values run together in ``word`` ("(1)05/02/2019S13,433D$"), each mark kept on
    the value before it; None where they cannot be told apart for certain: two numbers
    glued ("$ 0757,756": "$ 0" then "757,756", or "$ 07" then "57,756"). Where every way
    to cut the word gives the same values ("$ 23.825708/12/2019": "23.8257" and
    "08/12/2019", or "23.82570" and "8/12/2019"), the cut is certain, and the one with
    the form's two-digit months is taken. ``head``: the word's opening before its
    values (a title's last word: "Stock"), which takes the marks after it."""
    cuts = _cuts(word, len(head))
    if not cuts or any(_meaning(cut) != _meaning(cuts[0]) for cut in cuts):
        return None
    out: list[str] = [head] if head else []
    for kind, value in max(cuts, key=lambda cut: sum(len(v) for k, v in cut if k == "date")):
        if kind == "mark" and out and not _mark_alone(out):
            out[-1] += value
        else:
            out += _owned_by(out, value)
    return out


#: ways to cut one word into values, at most (more: the word is left whole)
MAX_CUTS = 16


def _cuts(word: str, at: int) -> list[list[tuple[str, str]]]:
    """Every way to cut ``word`` from ``at`` into values, each as (kind, text); an
    amount may end at any digit where it reads as one, no other value than where it
    matches. Empty if there is none, or more than ``MAX_CUTS``."""
    if at == len(word):
        return [[]]
    found: list[list[tuple[str, str]]] = []
    for kind, end in _starts(word, at):
        for rest in _cuts(word, end):
            found.append([(kind, word[at:end]), *rest])
            if len(found) > MAX_CUTS:
                return []
    return found


def _starts(word: str, at: int) -> list[tuple[str, int]]:
    """The values that may start ``word`` at ``at``: (kind, end)."""
    value = _VALUE.match(word, at)
    if value is None:
        return []
    if value.lastgroup != "number":
        return [(value.lastgroup or "", value.end())]
    return [("number", end) for end in _amount_ends(word, at, value.end())]


def _amount_ends(word: str, at: int, end: int) -> list[int]:
    """Where an amount from ``at`` may end: where its run of digits does (``end``), if
    that reads as an amount, and wherever a date may start after it ("23.825708/12/2019":
    the price and the date share a digit)."""
    return [e for e in range(at + 1, end + 1) if _AMOUNT.fullmatch(word, at, e) and (
        e == end or DATE_SHAPE_RE.match(word, e))]


def _meaning(cut: list[tuple[str, str]]) -> list[tuple[str, object]]:
    """The values a cut gives, as the record would hold them: "0.330" is "0.33", the
    date "8/12/2019" is "08/12/2019"."""
    out: list[tuple[str, object]] = []
    for kind, text in cut:
        if kind == "number":
            out.append((kind, Decimal(text.replace(",", ""))))
        elif kind == "date":
            out.append((kind, tuple(int(part) for part in text.split("/"))))
        else:
            out.append((kind, text))
    return out


def cut_values(line: str) -> str:
    """A table row whose values ran together, each value a word of its own; a word
    whose values cannot be told apart for certain stays as it is (the row then does
    not read, and its table is left out with a diagnostic)."""
    words: list[str] = []
    for word in line.split():
        if words and len(_owned_by(words, word)) == 2:
            words.append(word[0])
            word = word[1:]
        opening = re.match(r"[A-Za-z][a-z]+|[^0-9$(]*", word)  # a title's word, glued
        head = opening.group() if opening else ""
        values = _values(word, head) if _GLUED.search(word) else None
        words.append(" ".join(values) if values else word)
    return " ".join(words)
