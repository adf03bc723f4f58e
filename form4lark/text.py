"""Small text helpers every layout reader shares: folding, markup, addresses.

Each function does one thing to a string and is used by more than one layout;
what belongs to one layout stays in that layout's module.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# an HTML tag: "<u>", "</sup>"
_TAG = re.compile(r"</?[A-Za-z][^>\n]*>")


def fold(text: str | None) -> str:
    """Runs of white space (non-breaking ones too) folded to one space, ends trimmed."""
    return " ".join((text or "").split())


def opens_with(words: list[str], phrase: str) -> bool:
    """True where ``words`` (a line's, lowercase) open with ``phrase``'s words."""
    wanted = phrase.split()
    return words[:len(wanted)] == wanted


def letters_in_order(letters: Iterable[str], text: str) -> bool:
    """True where ``letters`` all stand in ``text`` in this order, others between
    (case folded): "AFRM" in "Affirm Holdings", "FB" in "Facebook"."""
    rest = iter(text.casefold())
    return all(letter in rest for letter in "".join(letters).casefold())


def any_line(pattern: re.Pattern[str], text: str, needle: str) -> bool:
    """True where ``pattern`` matches at the start of a line of ``text``; only lines
    holding ``needle`` (which every match holds) are tried. Searching the whole text
    for a pattern anchored at line starts ("^" with re.M) tries it at every character."""
    return needle in text and any(pattern.match(line) for line in text.split("\n")
                                  if needle in line)


def unescape(text: str) -> str:
    """``html.unescape(text)``, with the ``html`` module (whose entity table is a
    twentieth of the command line's start-up) imported only when ``text`` holds an
    "&", the one character every reference starts with."""
    if "&" not in text:
        return text
    from html import unescape as html_unescape
    return html_unescape(text)


# a superscript of footnote numbers alone: "1", "2,3", "1, 2"
_BARE_MARKS = re.compile(r"\s*[0-9]{1,2}(?:\s*,\s*[0-9]{1,2})*\s*")
_NUMBER = re.compile(r"[0-9]+")
# the same in its tags, as markdown keeps it: "Stock<sup>1</sup>"
_SUP_BARE_MARKS = re.compile(rf"<sup>({_BARE_MARKS.pattern})</sup>", re.I)


def _as_marks(numbers: str) -> str:
    """Bare footnote numbers as the form's marks: "2, 3" -> "(2)(3)"."""
    return "".join(f"({n})" for n in _NUMBER.findall(numbers))


def superscript_marks(text: str) -> str:
    """A superscript's text as the form's marks: a page that prints its footnote marks as
    bare superscript numbers ("Stock<sup>1</sup>", "$208.99<sup>2,3</sup>") loses the
    superscript in its text, the number run onto the value; in parentheses ("(1)(2)",
    as the form prints them) it stays a mark. Any other superscript stays as written."""
    if not _BARE_MARKS.fullmatch(text):
        return text
    return _as_marks(text)


def sup_marks(text: str) -> str:
    """``text`` with each ``<sup>`` of bare numbers written as the marks it is
    ("Stock<sup>1</sup>" -> "Stock(1)", ``superscript_marks``), before its tags go."""
    if "<sup" not in text.lower():
        return text
    return _SUP_BARE_MARKS.sub(lambda m: _as_marks(m.group(1)), text)


def strip_tags(text: str) -> str:
    """HTML tags removed, each replaced by nothing: ``<u>AMOT</u>`` -> ``AMOT``."""
    return _TAG.sub("", text)


# "CUPERTINO CA 95014", "LONDON, X0 W1K 3JP", "MINATO-KU TOKYO M0 105-7537"
_STATE = re.compile(r"[A-Z][A-Z0-9]|[0-9][A-Z]")
_POSTAL = re.compile(r"[A-Z0-9][A-Z0-9-]*")
#: a US zip code, maybe with its four more digits ("80112", "94043-1234")
ZIP = re.compile(r"[0-9]{5}(?:-[0-9]{4})?")


def split_city_line(text: str, comma_before_state: bool = False) -> tuple[str | None, str | None, str | None]:
    """City, state and zip of the line under ``(City) (State) (Zip)``.

    The state is the last two-character code followed only by postal-code
    tokens (at most two: "W1K 3JP"). ``comma_before_state`` drops a comma that
    the rendering put between city and state ("ENGLEWOOD, CO 80112"); on
    EDGAR's own page a comma there belongs to the city as filed.
    """
    words = fold(text).split(" ")
    if not words or words == [""]:
        return None, None, None
    for i in range(len(words) - 1, 0, -1):
        tail = words[i + 1:]
        if _STATE.fullmatch(words[i]) and len(tail) <= 2 and all(map(_zip_word, tail)):
            city = " ".join(words[:i])
            if comma_before_state:
                city = city.rstrip(",")
            return city or None, words[i], " ".join(tail) or None
    if len(words) > 1 and words[-1].isdigit():
        return " ".join(words[:-1]), None, words[-1]
    return fold(text), None, None


# "CA 94043", "CUPERTINO CA 95014", "M0 105-7537": a line ending with a state and a zip
STATE_ZIP = re.compile(r"(?:^|(?<=\s))(?:[A-Z][A-Z0-9]|[0-9][A-Z])"
                        r"(?:\s+[A-Z0-9-]*[0-9][A-Z0-9-]*){1,2}$")


# a line ending in a whole US zip ("NY 10022", "CA 94025-1234")
_WHOLE_US_ZIP = re.compile(rf"(?<![0-9-]){ZIP.pattern}$")


def city_around_state(lines: list[str]) -> str | None:
    """Box 1's place printed over ``lines`` as one line: a city wrapped around the line
    of the state and zip ("MOUNTAIN" / "CA 94043" / "VIEW") has its lines above and
    below that line joined before it; None where more than one line ends like one. A
    line right below it of postal words only ("ST. HELIER, Y9 JE1" / "0BD") is the zip
    wrapped, not the city: a city's word holds no digit ("94025-" / "1234" joined as
    one wrapped value, "94025-1234"). Where the state's line already ends in a whole
    US zip ("NY 10022" / "4"), such a line is neither: None."""
    found = [(i, m) for i, m in enumerate(map(STATE_ZIP.search, lines)) if m]
    if len(found) == 1 and found[0][0] + 1 < len(lines) and _zip_rest(lines[found[0][0] + 1]):
        at = found[0][0]
        if _WHOLE_US_ZIP.search(lines[at]):
            return None
        lines = lines[:at] + [join_wrapped(lines[at:at + 2])] + lines[at + 2:]
        found = [(i, m) for i, m in enumerate(map(STATE_ZIP.search, lines)) if m]
    if len(found) > 1:
        return None
    if not found:
        words = " ".join(lines)
    else:
        at, match = found[0]
        city = lines[:at] + [lines[at][:match.start()].strip()] + lines[at + 1:]
        words = " ".join(" ".join(c for c in city if c).split() + [match.group().strip()])
    return " ".join(words.split()) or None


def _zip_rest(line: str) -> bool:
    """True where ``line`` is one postal word holding a digit ("0BD"), a zip's rest."""
    words = line.split()
    return len(words) == 1 and _zip_word(words[0])


def _zip_word(word: str) -> bool:
    """True where ``word`` may be a word of a zip: postal characters, a digit among them
    ("94043", "W1K", "0BD")."""
    return bool(_POSTAL.fullmatch(word)) and any(ch.isdigit() for ch in word)


def join_wrapped(lines: list[str]) -> str:
    """Lines of one wrapped value joined: with a space, or with none after a hyphen
    that the wrap split ("Series C-" + "1" -> "Series C-1"); a dash standing alone
    between words keeps its space ("Fund III -" + "Endurance")."""
    out = ""
    for line in (fold(l) for l in lines):
        if not line:
            continue
        if out.endswith("-") and out[-2:-1].isalnum() and line[0].isalnum():
            out += line
        else:
            out = f"{out} {line}" if out else line
    return out


# A company's name ends with one of these ("C/O TESLA, INC." "C/O GEN II (JERSEY) LIMITED,")
ENTITY_ENDINGS = (r"INC", r"INCORPORATED", r"LLC", r"L\.L\.C", r"CORP", r"CORPORATION", r"CO",
                  r"COMPANY", r"LTD", r"LIMITED", r"L\.P", r"LP", r"LLP", r"PLC", r"N\.A",
                  r"TRUST", r"GROUP", r"HOLDINGS", r"PARTNERS", r"MANAGEMENT")
ENTITY_END = re.compile(rf"(?:{'|'.join(ENTITY_ENDINGS)})\.?,?", re.I)


def split_care_of_street(text: str) -> list[str] | None:
    """Two street lines that a converter ran into one, where the break is certain.

    A care-of line names a company ("C/O TESLA, INC.") and the next line starts
    with a street number ("1 TESLA ROAD"): the break is after the company's
    legal ending when a number follows it. Anything else is None: one street
    line and two read the same, and guessing would give wrong values.
    """
    words = fold(text).split(" ")
    if len(words) < 3 or words[0].upper() != "C/O":
        return None
    for i in range(1, len(words) - 1):
        if ENTITY_END.fullmatch(words[i]) and words[i + 1][:1].isdigit():
            return [" ".join(words[: i + 1]), " ".join(words[i + 1:])]
    return None
