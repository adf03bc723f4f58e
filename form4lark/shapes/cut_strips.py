"""Boxes 1 and 2 of a header whose pipe rows a converter cut into vertical strips.

pymupdf4llm cuts some pages into strips, not the form's cells: each header row is
a pipe row whose cells are strips, each strip's lines stacked ("2. Issuer Name an" /
"Affirm Hold" | "d Ticker or Tra" / "ings, Inc." | "ding Symbol" / "[" / "AFRM]").
Where a value is cut, whether a space stood at the cut cannot be told, so a value
is taken only where it is certain:

* box 1 (the owner's name and address) where the strips left of the middle column
  (the first strip in which box 2's, 3's or 4's label opens, the same for every
  row) hold box 1's words whole in the first strip, the others only the rest of a
  label cut ("erson*", "ddle)") or of the zip code (digits, which hold no space);
* box 2's ticker (no space in it) from its brackets, and the issuer's name where
  it is one strip's line (no cut in it).

A strip that holds two columns' words (a label's number "2" under the owner's
name) or a line of box 1 it cannot place leaves box 1 unread.
"""

from __future__ import annotations

import itertools
import re

from ..page import Line, Piece
from .cut_header import BOX3_LABEL

#: box 1's and box 2's labels as the form prints them
BOX1_LABEL = "1. Name and Address of Reporting Person *"
BOX2_LABEL = "2. Issuer Name and Ticker or Trading Symbol"
NAMES_LABEL = "(Last) (First) (Middle)"
STREET_LABEL = "(Street)"
CITY_LABEL = "(City) (State) (Zip)"
#: the shortest start of box 1's label taken for it
BOX1_START = "1. Name"
_LABELS = (BOX1_LABEL, NAMES_LABEL, STREET_LABEL, CITY_LABEL)
# a middle-column label opening a strip: "2. Issu", "2.", "3. Date of", "4. If A"
_MIDDLE = re.compile(r"[234]\.(?:[A-Za-z]|$)")
_BOX5 = re.compile(r"5\.(?:[A-Za-z]|$)")
# "SAN FRANCISCO CA 94129": the city's line with the state and the zip
_CITY_LINE = re.compile(r"(?P<city>[A-Za-z][\w .'-]*?) (?P<state>[A-Z]{2}) (?P<zip>\d{5}(?:-?\d{4})?)")
_ZIP_PART = re.compile(r"[\d-]+")
# a piece of a date cut at strips' edges, and the date whole ("06/10" + "/2020")
_DATE_PART = re.compile(r"[\d/]+")
_DATE = re.compile(r"\d\d/\d\d/\d{4}")
_TICKER = re.compile(r"\[(?P<ticker>[A-Za-z.]+)\]")
#: the most cuts in a value joined by what the page prints elsewhere
_MOST_CUTS = 4
#: the shortest line of box 1 that is a value (a street, a city's word); a shorter
#: one is a piece of another column's label or value ("2", "U", "0")
_SHORTEST = 3

#: how long a value of box 1 may be, as a share of its label's line in the same strip,
#: to end surely inside the strip (a value's letters are no wider than the label's)
_SHORT_OF_LABEL = 0.75

Strips = list[list[str]]  # a row's strips, each its lines


def _key(text: str) -> str:
    """``text`` as compared with a label: spaces left out (a cut may lose one), and
    the asterisks of emphasis a cut left ("**d**Ticker") or of box 1's label."""
    return "".join(text.replace("*", "").split())


def opens_box1(text: str) -> bool:
    """True where ``text`` is box 1's label cut short at a strip's edge after "1. Name"
    or later ("1. Name and Address of Reporting P"), or whole."""
    key = _key(text)
    return len(key) >= len(_key(BOX1_START)) and _key(BOX1_LABEL).startswith(key)


def _middle_strip(rows: list[Strips]) -> int | None:
    """The index of the first strip that holds the middle column, where its labels
    open strips at the same index in every row that opens one; else None."""
    found = {next(i for i, strip in enumerate(row) if strip and _MIDDLE.match(_key(strip[0])))
             for row in rows if any(strip and _MIDDLE.match(_key(strip[0])) for strip in row)}
    return found.pop() if len(found) == 1 and min(found) >= 1 else None


def box1_lines(rows: list[Strips], number: int) -> list[Line]:
    """Box 1's label and values as lines in reading order (line ``number``), where the
    strips left of the middle column hold them certainly; otherwise none."""
    middle = _middle_strip(rows)
    if middle is None:
        return []
    keys = [_key(label) for label in _LABELS]
    parts: list[list[str]] = [[] for _ in _LABELS]  # the values after each label
    state, taken = -1, ""
    digits: list[str] = []
    settled: list[str] = []  # the name, once the rows that can hold it are read
    for row in rows:
        if state == len(keys) - 1 and taken == keys[state]:
            break  # box 1's last label is read: the rows below are not box 1's
        placed, streets_before = sum(map(len, parts[:2])), len(parts[1])
        broke = False
        rests: list[str] = []  # the rests of labels this row's first strip cut

        def close() -> None:
            nonlocal taken
            if state >= 0 and taken != keys[state]:
                rests.append(keys[state][len(taken):])
                taken = keys[state]

        for index, line in enumerate(row[0]):
            key = _key(line)
            if state >= 0 and taken != keys[state] and keys[state].startswith(taken + key):
                taken += key  # the label goes on in the next line
            elif state + 1 < len(keys) and len(key) > 1 and keys[state + 1].startswith(key):
                if state == 0 and index == 0:
                    settled = parts[0][:]  # "(Last)" opens a row: the rows above passed
                close()
                state, taken = state + 1, key
            elif state == len(keys) - 1:
                broke = True
                break  # what follows box 1's last label is not box 1's
            elif state >= 0:
                close()  # a value: the label's rest is in another strip
                parts[state].append(line)
            else:
                return []
        close()
        # the other strips: the rests of the labels cut, and the zip's rest (digits)
        # where this row's first strip ends in the city's line
        city_row = state == 2 and placed == sum(map(len, parts[:2]))
        rest = [line for strip in row[1:middle] for line in strip]
        digits += [line for line in rest if city_row and _ZIP_PART.fullmatch(line)]
        if broke and not rests:
            break  # the other strips hold what follows box 1 ("Table I - Non-Deriva")
        other = [line for line in rest if not (city_row and _ZIP_PART.fullmatch(line))]
        if _key("".join(other)) != "".join(rests):
            if not _street_stop(row[0], other, rests, parts[1], streets_before):
                return _name_only(settled, rows[0][0], middle, number)
            parts[1][-1] += "."
        if state >= 1 and not settled:
            settled = parts[0][:]  # the row that holds "(Last)" passed
    name, streets, city = parts[0], parts[1], parts[2]
    if state != len(keys) - 1 or len(name) != 1 or not 1 <= len(streets) <= 2 or not city:
        return _name_only(settled, rows[0][0], middle, number)
    if digits:
        city = city[:-1] + [city[-1] + "".join(digits)] if _ZIP_PART.fullmatch(city[-1]) \
            else city + ["".join(digits)]
    where = _CITY_LINE.fullmatch(" ".join(city))
    if where is None or any(len(line) < _SHORTEST for line in name + streets + city[:-2]):
        return _name_only(settled, rows[0][0], middle, number)
    if middle == 1 and not _short_of_label(rows[0][0], name + streets + city):
        return _name_only(settled, rows[0][0], middle, number)
    texts = [BOX1_LABEL, *name, NAMES_LABEL, *streets, STREET_LABEL, " ".join(city), CITY_LABEL]
    return [Line([Piece(text, number, 1)]) for text in texts]


def _street_stop(first: list[str], other: list[str], rests: list[str], streets: list[str],
                 before: int) -> bool:
    """True where the strips beside a row's first strip (``other``: their lines, the zip's
    digits left out) hold the rests of the labels it cut (``rests``) and then a period
    alone ("(M" | "iddle)" / ".": AUR-20240227), and the row's one value is a street
    line (``streets``: the streets read so far, ``before`` of them in earlier rows), the
    first strip's last line: the period closes that line ("C/O AURORA INNOVATION, INC"
    | "."). A period is never printed after a space, so it joins with certainty; with
    two values in the row, which one it closes is not told."""
    return (len(streets) == before + 1 and bool(first) and first[-1] == streets[-1]
            and not streets[-1].endswith(".") and bool(other) and other[-1].strip() == "."
            and _key("".join(other[:-1])) == "".join(rests))


def _name_only(name: list[str], first: list[str], middle: int, number: int) -> list[Line]:
    """Box 1's label and the owner's name alone (line ``number``) where box 1's address
    is not read certainly but its name is: one line of the first strip, the rows that
    may hold it read whole (the strips beside it holding only labels' rests) up to
    "(Last) (First) (Middle)"; ``first``: the first strip's lines in the label's row."""
    if len(name) != 1 or len(name[0]) < _SHORTEST or (
            middle == 1 and not _short_of_label(first, name)):
        return []
    return [Line([Piece(text, number, 1)]) for text in (BOX1_LABEL, name[0], NAMES_LABEL)]


def _short_of_label(first: list[str], values: list[str]) -> bool:
    """True where each of box 1's ``values`` is well short of box 1's label line in the
    first strip (``first``: its lines in the label's row). Where the strip next to the
    first is the middle column's, no strip between shows a value's end: a value far
    shorter than the label printed above it in the same strip ends inside the strip."""
    label = max((len(line) for line in first if opens_box1(line)), default=0)
    return all(len(value) <= _SHORT_OF_LABEL * label for value in values)


def box2_lines(rows: list[Strips], number: int, elsewhere: str = "") -> list[Line]:
    """Box 2's label and its issuer and ticker as lines (line ``number``), where the
    strips of the middle column in the row that opens box 2's label hold it whole
    in their first lines, and the ticker in brackets after it; the issuer's name
    where one strip's line holds it, or where ``elsewhere`` (the page's text outside
    the header) prints its pieces joined one way only (``_joined_as_printed``).
    Otherwise none."""
    middle = _middle_strip(rows)
    if middle is None:
        return []
    row = next((row for row in rows if row[middle:] and row[middle]
                and _key(row[middle][0]).startswith("2.")), None)
    if row is None:
        return []
    end = next((i for i in range(middle, len(row)) if row[i] and _BOX5.match(_key(row[i][0]))),
               None)
    strips = [strip for strip in row[middle:end] if strip]
    if end is None or _key("".join(strip[0] for strip in strips)) != _key(BOX2_LABEL):
        return []
    values = [line for strip in strips for line in strip[1:]]
    opening = next((i for i, line in enumerate(values) if "[" in line), None)
    if opening is None:
        return []
    head, _, tail = values[opening].partition("[")
    ticker = _TICKER.fullmatch(_key("[" + tail + "".join(values[opening + 1:])))
    if ticker is None:
        return []
    names = [name for name in [*values[:opening], head.strip()] if name]
    name = names[0] if len(names) == 1 else _joined_as_printed(names, elsewhere)
    value = f"[ {ticker.group('ticker')} ]"
    return [Line([Piece(BOX2_LABEL, number, 1)]),
            Line([Piece(f"{name} {value}" if name else value, number, 1)])]


def _joined_as_printed(pieces: list[str], elsewhere: str) -> str | None:
    """``pieces`` (a value cut at strips' edges: "Palantir Tech" | "nologies I" | "nc.")
    joined where ``elsewhere`` prints them whole one way only, letters the same but
    for case ("C/O PALANTIR TECHNOLOGIES INC."): whether a space stood at each cut
    is read there. None where no way, or more than one, is printed."""
    if not elsewhere or len(pieces) > _MOST_CUTS + 1:
        return None
    ways = ["".join(piece + gap for piece, gap in zip(pieces, [*gaps, ""]))
            for gaps in itertools.product(("", " "), repeat=len(pieces) - 1)]
    found = [way for way in ways if re.search(
        rf"(?<!\w){re.escape(way)}(?!\w)", elsewhere, re.IGNORECASE)]
    return found[0] if len(found) == 1 else None


def box3_lines_cut(rows: list[Strips], number: int) -> list[Line]:
    """Box 3's label and date as lines (line ``number``), where strips' first lines
    hold the label and their second lines the date cut at the same edges
    ("3. Dat" / "06/10" | "e of Earliest Trans" / "/2020"): a date holds no space, so
    its pieces join with certainty. Otherwise none."""
    for row in rows:
        start = next((i for i, strip in enumerate(row) if strip
                      and _key(strip[0]).startswith("3.")), None)
        if start is None:
            continue
        label, seconds = "", []
        for strip in row[start:]:
            label += _key(strip[0]) if strip else ""
            seconds.append(strip[1] if len(strip) > 1 else "")
            if label == _key(BOX3_LABEL):
                break
        run = list(itertools.takewhile(_DATE_PART.fullmatch, seconds))
        date = "".join(run)
        if (label == _key(BOX3_LABEL) and _DATE.fullmatch(date)
                and not any(map(_DATE_PART.fullmatch, seconds[len(run):]))):
            return [Line([Piece(BOX3_LABEL, number, 1)]), Line([Piece(date, number, 1)])]
        return []
    return []
