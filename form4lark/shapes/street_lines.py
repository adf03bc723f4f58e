"""Which lines of box 1 are its street lines, where the words alone prove it.

Two doubts keep a visual-lines header (``line_boxes.py``) from reading the
street. A line between "(Last) (First) (Middle)" and "(Street)" on which box 5
may print the officer's title ("SVP, CLO" / "&" / "Secretary") could be either
box's; and two street lines could be one line the column wrapped. The shape of
an address settles some of them:

- a *street line* is printed in capitals and opens with a care-of ("C/O TESLA,
  INC.") or a house number ("9151 EAST PANORAMA CIRCLE", "1-7-1, KAIGAN", "ONE
  APPLE PARK WAY"); an
  officer's title does neither; a line with no word in capitals ("and" /
  "Secretary") is no street line;
- the ownership XML holds two street lines, no more: where two lines of box 1
  are certainly its street, every other line that only box 1 or box 5 could hold
  is the title's (and where every such line is a street line, none is);
- a care-of line that ends with a company's legal ending, followed by a line that
  opens with a house number, is two street lines ("C/O MITHRIL CAPITAL
  MANAGEMENT LLC" / "600 CONGRESS AVENUE SUITE 3100"), as where a converter ran
  them together (``text.split_care_of_street``);
- a care-of line in capitals that ends with a company's legal ending, followed on
  its line by words none of which is in capitals, is the street line and then the
  title beside it ("C/O MITHRIL CAPITAL MANAGEMENT LLC" / "See Remarks"): the
  address is printed in capitals, a title's words that are not stand after it;
  where a converter ran both street lines into one run with that title between
  them ("C/O MITHRIL CAPITAL MANAGEMENT LLC See Remarks 600 CONGRESS AVENUE SUITE
  3100"), the words from the one house number after the title are the second line
  (``streets_around_title``);
- a line that ends with a state and a postal code ("AUSTIN TX 78701") is box 1's
  city line whole: a title beside it would stand after the code
  (``city_line_whole``); where a stream prints box 5 between that line and
  "(City) (State) (Zip)", the line before it is the city line only where no line
  after it also ends so (``city_line_before_box``: "200 PARK AVENUE FL 44" ends
  like one too);
- where a stream prints box 5 whole between box 1's street and "(Street)", the
  lines before it are the street only where each is street-shaped and the words
  after it are title-shaped, box 5's written title (``street_then_title``);
- a street of more lines than the XML's two, where only enough breaks to leave two
  may be wraps, has its wraps there (``wrapped_breaks``).
"""

from __future__ import annotations

import re
from typing import Protocol, TypeVar

from ..text import ENTITY_END, STATE_ZIP, split_care_of_street
from .owner_cut import in_capitals

#: the street lines the ownership XML holds (rptOwnerStreet1, rptOwnerStreet2)
STREET_LINES = 2
# a house number: "9151", "1-7-1,", "ONE" (ONE APPLE PARK WAY, ONE MICROSOFT WAY)
_HOUSE_NUMBER = re.compile(r"\d+(?:-\d+)*,?|ONE")
#: the word opening a care-of street line
CARE_OF = "C/O"
#: the field of a block's rows whose words box 1's street or box 5's title could hold
EITHER = "street_or_title"
#: the words a title prints in small letters ("SVP Powertrain" / "and Energy Eng."): a line
#: opening with one is no piece of a word, one ending with one goes on
SMALL_WORDS = frozenset({"and", "of", "the", "for", "to", "in", "on", "at", "by", "with", "or"})
#: an attention line's opening word ("Attn: Legal", "Attention General Counsel"): an address's
#: line, no title, though printed in small letters
_ATTENTION = re.compile(r"(?i)attn|attention")


class Word(Protocol):
    text: str


W = TypeVar("W", bound=Word)


def street_shaped(text: str) -> bool:
    """True where a line is printed as a street line: in capitals, opening with a
    care-of or a house number, and more than that one word."""
    words = text.split()
    if len(words) < 2 or any(in_capitals(w) is False for w in words):
        return False
    return words[0].upper() == CARE_OF or _HOUSE_NUMBER.fullmatch(words[0]) is not None


def title_shaped(text: str) -> bool:
    """True where no word of a line is printed in capitals and one is not ("and",
    "Secretary", "Chief Operating"): the page prints an address in capitals, so no
    word of it is a street's."""
    cases = {in_capitals(w) for w in text.split()} - {None}
    return cases == {False}


def care_of_then_title(text: str) -> int | None:
    """How many words of a line are a care-of street line where the rest of the line
    is a title beside it: the line opens with "C/O", its words up to the last one in
    capitals are street-shaped and that last one is a company's legal ending ("LLC"),
    and the words after it are title-shaped ("See Remarks") and can be a title
    (``_no_title``). None otherwise."""
    words = text.split()
    capitals = [i for i, w in enumerate(words) if in_capitals(w) is True]
    if not capitals or capitals[-1] + 1 >= len(words):
        return None
    cut = capitals[-1] + 1
    street, title = " ".join(words[:cut]), " ".join(words[cut:])
    if words[0].upper() != CARE_OF or not street_shaped(street) or not title_shaped(title) \
            or not ENTITY_END.fullmatch(words[cut - 1]) or _no_title(title):
        return None
    return cut


def _no_title(words: str) -> bool:
    """True where words in small letters cannot be a title: they hold a colon or open
    with an attention word ("Attn: Legal"), an address's attention line."""
    return ":" in words or _ATTENTION.fullmatch(words.split()[0].rstrip(".")) is not None


def _goes_on(title: str) -> bool:
    """True where a title's last word shows it goes on past its line: it ends with a
    comma or "&", or is a small word ("Chairman &", "Vice President,", "Director of"):
    its rest stands on the next line, which may have run into the street after it."""
    last = title.split()[-1]
    return last.endswith((",", "&")) or last in SMALL_WORDS


def streets_around_title(text: str) -> tuple[list[str], str] | None:
    """Two street lines and the title between them, where a converter ran box 1's
    lines and the title box 5 prints beside the first into one run ("C/O MITHRIL
    CAPITAL MANAGEMENT LLC See Remarks 600 CONGRESS AVENUE SUITE 3100"): the words
    up to exactly one house number are a care-of line then a title
    (``care_of_then_title``), the words from it a street-shaped line. None
    otherwise (a title after the second line is not told from its words), and where
    the title goes on (``_goes_on``): its second line ran after the street's, whose
    words it may take ("Chairman & 600 MAIN STREET CEO")."""
    words = text.split()
    found = []
    for at in range(2, len(words)):
        if not _HOUSE_NUMBER.fullmatch(words[at]):
            continue
        cut = care_of_then_title(" ".join(words[:at]))
        if cut is not None and street_shaped(" ".join(words[at:])):
            found.append((cut, at))
    if len(found) != 1:
        return None
    cut, at = found[0]
    if _goes_on(" ".join(words[cut:at])):
        return None
    return [" ".join(words[:cut]), " ".join(words[at:])], " ".join(words[cut:at])


def city_line_whole(text: str) -> bool:
    """True where a line that box 1's city line or box 5's title could hold ends with
    a state and a postal code ("AUSTIN TX 78701"): box 5 stands right of box 1, so a
    title's words on the line would follow the code; none does."""
    return STATE_ZIP.search(text) is not None


def street_then_title(lines: list[str], after: str) -> bool:
    """True where box 5, printed whole inside box 1's street (a stream printing it as
    one block between box 1's street and its "(Street)" label), has box 1's street
    ``lines`` before it and its written title ``after`` it: every line before is
    street-shaped (``street_shaped``) and no word after is in capitals ("See
    Remarks", "Chief Executive Officer"; ``title_shaped``)."""
    return bool(lines) and all(street_shaped(line) for line in lines) and title_shaped(after)


def city_line_before_box(lines: list[str], after: list[str]) -> bool:
    """True where another box printed inside box 1's place (between its city line and
    "(City) (State) (Zip)") has box 1's city line before it: one line ending with a
    state and a postal code (``city_line_whole``), and no line after the box that
    does too (a street line may end like a state and a number, "200 PARK AVENUE FL
    44": then the city line is the one after)."""
    return len(lines) == 1 and city_line_whole(lines[0]) and not any(
        city_line_whole(line) for line in after)


def street_or_title(street: set[int], either: dict[int, str]) -> tuple[set[int], set[int]] | None:
    """The rows of ``either`` (lines box 1's street or box 5's title could hold)
    that are the street's and those that are the title's, given the rows certainly
    the street's (``street``); None where that is not certain."""
    shaped = {row for row, text in either.items() if street_shaped(text)}
    titled = {row for row, text in either.items() if title_shaped(text)}
    if len(street | shaped) > STREET_LINES or (
            len(street | shaped) < STREET_LINES and shaped | titled != set(either)):
        return None
    return shaped, set(either) - shaped


def break_is_certain(line: str, after: str) -> bool:
    """True where a care-of line ending with a company's legal ending is followed
    by a line opening with a house number: the two are two street lines."""
    split = split_care_of_street(f"{line} {after}")
    return split is not None and split[0].split() == line.split()


def break_kept(line: str, after: str, width: int) -> bool:
    """True where the break between a street line and the next is the box's own, no
    wrap: certain (``break_is_certain``), or the line with the next line's first word
    is no longer than a line the box holds elsewhere (``width``), so not ended by the
    column's edge."""
    return break_is_certain(line, after) or len(line) + 1 + len(after.split()[0]) <= width


def wrapped_breaks(rows: list[str], width: int) -> set[int] | None:
    """The breaks (``i``: between rows ``i`` and ``i + 1``) that the column's edge
    made, where certain: every break that may be a wrap (not ``break_kept``) is one
    where the street has more lines than the ownership XML holds and joining those
    breaks alone leaves exactly its two ("C/O SEQUOIA CAPITAL, 2800 SAND HILL" /
    "ROAD" / "SUITE 101"). None where a break may be a wrap otherwise."""
    maybe = {i for i, (line, after) in enumerate(zip(rows, rows[1:]))
             if not break_kept(line, after, width)}
    if maybe and len(rows) - len(maybe) != STREET_LINES:
        return None
    return maybe


def settle_street_or_title(fields: dict[str, dict[int, list[W]]], unknown: set[str]) -> None:
    """The rows of ``fields[EITHER]`` given to the street or to the title where the
    address's shape proves whose they are (``street_or_title``); else both fields are
    ``unknown``."""
    either = fields.pop(EITHER, {})
    if not either:
        return
    for row in list(either):
        cut = care_of_then_title(" ".join(w.text for w in either[row]))
        if cut is not None:
            words = either.pop(row)
            fields.setdefault("street", {})[row] = words[:cut]
            fields.setdefault("title", {})[row] = words[cut:]
    texts = {row: " ".join(w.text for w in words) for row, words in either.items()}
    settled = street_or_title(set(fields.get("street", {})), texts)
    if settled is None:
        unknown.update({"street", "title"})
        return
    for name, rows in zip(("street", "title"), settled):
        for row in rows:
            fields.setdefault(name, {})[row] = either[row]
