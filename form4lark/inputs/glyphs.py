"""A page's characters with their boxes -> its words (the PDF text layer's, from pdfium).

A PDF need not hold spaces (Chromium's print places every glyph on its own), so
words are told by the boxes: the boxes are pdfium's "loose" ones, a glyph's
advance by the font's full height, so that the letters of a word touch and a
gap wider than ``WORD_GAP`` of their height is a space.

On an upright page the characters are taken in pdfium's order, which keeps a
raised footnote mark with the word it follows; its own spaces and line ends
are left out (it puts a line end after every glyph of some lines). A page whose
text runs sideways or upside down (a landscape form on a portrait page, with or
without the page's /Rotate) is turned by its characters' angle so that its
lines read left to right; pdfium's order is not to be trusted there (it lists
lines backward and puts kerned letters out of place), so its characters are
gathered into rows by their boxes alone (``_rows``).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from typing import NamedTuple

from .raised_runs import RUN
from .words import Word

#: a gap between two letters wider than this share of their height starts a new word
#: (a space is about a quarter of it; letters' advance boxes touch)
WORD_GAP = 0.1
#: two letters whose boxes overlap by less than this share of the taller are on two lines
ON_LINE = 0.3
#: share of a character's height its row's band must cover (sideways pages)
ROW_SHARE = 0.6
#: a digit this share of the letter before's height or less, its baseline raised by
#: ``RAISED`` of that height at least, is a superscript (a footnote mark)
SUPERSCRIPT = 0.95
RAISED = 0.2
#: and its baseline this share of that height below the letter's top at least (beside
#: it, not on a line above)
BESIDE = 0.4
#: a digit alone in its cell, set small at the cell's top: its box's top within this share
#: of the height of the word beside it of that word's top, its baseline this share above
EVEN = 0.02
SMALL_RAISED = 0.05
#: pdfium reports a hyphen that ends a line as U+0002 (its whole text as U+FFFE); a soft
#: hyphen shows as one too
_HYPHENS = {0x02: ord("-"), 0xFFFE: ord("-"), 0xAD: ord("-")}

#: a character in reading space: its text, x0, x1, top, bottom (y grows downward)
Glyph = tuple[str, float, float, float, float]


class Char(NamedTuple):
    """One character of a page's text layer as pdfium gives it (PDF space: y up)."""

    code: int
    left: float
    bottom: float
    right: float
    top: float
    #: radians, clockwise (pdfium's); negative where pdfium does not know
    angle: float = 0.0
    #: True for what pdfium made up: a space between words, a line's end
    generated: bool = False


#: a ``Char``'s fields as a plain tuple, as ``pdf.py`` makes them (a page holds thousands)
Fields = tuple[int, float, float, float, float, float, bool]


def words_of_chars(chars: Iterable[Fields], page: int = 0, rotated: bool = False) -> list[Word]:
    """The words of one page's characters (``Char``, or its fields as a plain tuple);
    ``rotated`` for a page with a /Rotate."""
    chars = list(chars)
    turn = _turn([c[5] for c in chars if not c[6]])  # angle, generated
    if not turn and not rotated:
        return _upright_words(chars, page)
    glyphs = [_glyph(c, turn) for c in chars if not c[6]]
    lines = _rows([g for g in glyphs if g[0] != " "])
    return [w for line in lines for w in _words(sorted(line, key=lambda g: g[1]), page)]


def upright(chars: list[Fields], rotated: bool) -> bool:
    """Whether ``words_of_chars`` reads a page's characters in pdfium's order: a page with
    no /Rotate (``rotated``) whose characters mostly read left to right."""
    return not rotated and not _turn([c[5] for c in chars if not c[6]])  # angle, generated


def _upright_words(chars: list[Fields], page: int) -> list[Word]:
    """``_words`` of an upright page's characters in one pass (a page holds thousands):
    each word's box grows as its letters come, each letter is held against the last
    as ``_apart`` does."""
    words: list[Word] = []
    letters: list[str] = []
    x0 = x1 = top = bottom = 0.0  # the word's box
    last_x0 = last_x1 = last_top = last_bottom = 0.0  # its last letter's
    raised: int | None = None  # where the word's raised digits begin (``_raised_mark``)
    base_top = base_bottom = 0.0  # the box of the letter before them
    value_top = value_bottom = 0.0  # the word's box before them
    values: dict[int, tuple[float, float]] = {}  # a word ending in a run: its value's box
    text_of: dict[int, str] = {}  # each code's letter, as _glyph tells it
    for code, left, low, right, high, _, generated in chars:
        if generated:
            continue
        letter = text_of.get(code)
        if letter is None:
            letter = text_of[code] = _text(code)
        if letter == " ":
            if letters:
                _add_word(words, values, letters, raised, (x0, x1, top, bottom),
                          (value_top, value_bottom), page)
                letters = []
            continue
        upper, lower = -high, -low
        if letters:
            height = last_bottom - last_top
            if lower - upper > height:
                height = lower - upper
            if height < 1e-6:
                height = 1e-6
            overlap = ((lower if lower < last_bottom else last_bottom)
                       - (upper if upper > last_top else last_top))
            if (overlap <= ON_LINE * height or left < last_x0
                    or left - last_x1 > WORD_GAP * height):
                _add_word(words, values, letters, raised, (x0, x1, top, bottom),
                          (value_top, value_bottom), page)
                letters = []
        if not letters or raised is None:  # the letter before: this word's or the last one's
            raised = None
            if letter.isdigit() and _is_raised(upper, lower, last_top, last_bottom):
                raised, base_top, base_bottom = len(letters), last_top, last_bottom
                value_top, value_bottom = top, bottom
        elif raised >= 0 and not (letter.isdigit()
                                  and _is_raised(upper, lower, base_top, base_bottom)):
            raised = -1  # raised digits with more after them: no mark at the word's end
        if letters:
            letters.append(letter)
            x0, x1 = (left if left < x0 else x0), (right if right > x1 else x1)
            top, bottom = (upper if upper < top else top), (lower if lower > bottom else bottom)
        else:
            letters = [letter]
            x0, x1, top, bottom = left, right, upper, lower
        last_x0, last_x1, last_top, last_bottom = left, right, upper, lower
    if letters:
        _add_word(words, values, letters, raised, (x0, x1, top, bottom),
                  (value_top, value_bottom), page)
    return _lone_marks(words, values)


def _add_word(words: list[Word], values: dict[int, tuple[float, float]], letters: list[str],
              raised: int | None, box: tuple[float, float, float, float],
              value: tuple[float, float], page: int) -> None:
    """The word of ``letters`` (its box ``box``) added to ``words``; where it ends in a
    run of raised digits (``RUN``) after a value, that value's top and bottom (``value``)
    kept in ``values`` by the word's id: a mark beside it is measured against them."""
    word = Word(_raised_mark(letters, raised), *box, page)
    _add(words, word)
    if raised and RUN in word.text:
        values[id(word)] = value


def _lone_marks(words: list[Word],
                values: dict[int, tuple[float, float]] | None = None) -> list[Word]:
    """The words, their lone marks read (``_read_lone_marks``; ``values``: the top and
    bottom of a word's value before its run of raised digits, by the word's id). A run of
    raised digits alone (``RUN``) is no word beside another: set aside while the others
    are read, then kept where it stands (``_merged``)."""
    at_run = {id(w) for w in words if w.text.startswith(RUN)}
    read = _read_lone_marks([w for w in words if id(w) not in at_run], values or {})
    placed = _merged(read, words, at_run) if at_run else read
    return [word for word in placed if word is not None]


def _read_lone_marks(words: list[Word],
                     values: dict[int, tuple[float, float]]) -> list[Word | None]:
    """The words, a number set small and raised beside the word before or after it on
    its line, or set small at the top of its cell as the word beside it is (``_set_small``)
    (a cell holding a footnote mark only: a raised "1" left of "07/19/2017") read
    as the mark it is: "(1)", or a run of marks where it has two digits or more
    (``_raised_mark``). A word ending with a mark is no measure (its box is the mark's
    too: taller), but for its value's box before a run of raised digits where ``values``
    holds it (by the word's id); nor is a number from 0 a mark ("0" owned after a "$1.50(2)"), nor a
    number beside a word (``_beside_value``: "95014" set small beside "Cupertino"); a
    number right after a mark in a box of the mark's is one too (``_as_mark``: cells
    holding marks only, side by side: "704,849", "1", "1", "Class"). One entry per word,
    None where a word is left out (an empty one, a wrapped mark joined to the word before)."""
    out: list[Word | None] = []
    kept = -1  # where in ``out`` the last word kept stands
    mark: Word | None = None  # the word before, where it was read as a mark
    for i, word in enumerate(words):
        if word.text.isdigit() and word.text[0] != "0" and (_as_mark(word, mark) or any(
                _is_raised(word.top, word.bottom, *box) or _set_small(word.top, word.bottom, *box)
                for other in words[max(i - 1, 0):i + 2]
                if other is not word and _beside_value(other, values)
                for box in [values.get(id(other), (other.top, other.bottom))])):
            word, mark = word._replace(text=_raised_mark(list(word.text), 0)), word
        elif mark is None and i and kept >= 0 and _wrapped_mark(word, words[i - 1]):
            joined = out[kept]
            assert joined is not None
            out[kept] = joined._replace(text=joined.text + _raised_mark(list(word.text), 0))
            out.append(None)  # the mark's box is left out: the word's own stays its line's
            continue
        else:
            mark = None
        out.append(word if word.text else None)
        kept = len(out) - 1 if word.text else kept
    return out


def _wrapped_mark(word: Word, before: Word) -> bool:
    """True for a number a browser wrapped alone onto the next line of the word before
    it, set smaller at that line's top: a superscript mark after that word ("Partners,
    L.P." over a small "23" at the cell's left edge). A number of the text's own size
    is no mark ("Venture" / "2010")."""
    height = before.bottom - before.top
    return (word.text.isdigit() and word.text[0] != "0" and word.page == before.page
            and not before.text.endswith(")") and word.x0 < before.x0
            and abs(word.top - before.bottom) <= EVEN * height
            and word.bottom - word.top < SUPERSCRIPT * height
            and word.bottom < before.bottom + (1 - SMALL_RAISED) * height)


def _merged(read: list[Word | None], words: list[Word], at_run: set[int]) -> list[Word | None]:
    """``read`` (the words but the runs alone, one for one: None where one is left out)
    with the runs alone (``at_run``) put back at their places among ``words``."""
    kept = iter(read)
    return [word if id(word) in at_run else next(kept) for word in words]


def _as_mark(word: Word, mark: Word | None) -> bool:
    """True for a word whose box is ``mark``'s (the word before it, read as a mark):
    the same top and baseline on the same page."""
    if mark is None or mark.page != word.page:
        return False
    height = mark.bottom - mark.top
    return (abs(word.top - mark.top) <= EVEN * height
            and abs(word.bottom - mark.bottom) <= EVEN * height)


def _beside_value(other: Word, values: dict[int, tuple[float, float]]) -> bool:
    """True for a word a mark's size is measured against: a value holding a digit
    ("115,335", "$41.85") or a one-letter code ("A"), not ending with a mark of its own
    (printed, or a run of raised digits kept after ``RUN``: "$25.1001" and its raised "27"
    make a box taller than the "600" beside it), but for one whose value's own box is
    known (``values``, by the word's id); beside any other word a number set smaller is a
    value too (a zip code, an amount in a smaller font), not a mark."""
    text = other.text
    if RUN in text:
        if id(other) not in values:
            return False
        text = text.partition(RUN)[0]
    return not text.endswith(")") and (len(text) == 1 or any(ch.isdigit() for ch in text))


def _add(words: list[Word], word: Word) -> None:
    """``word`` added to ``words``, unless it holds nothing."""
    if word.text:
        words.append(word)


def _is_raised(upper: float, lower: float, top: float, bottom: float) -> bool:
    """True for a letter set smaller than the one before (``top``, ``bottom``) and
    raised off its baseline, still beside it: a superscript."""
    height = bottom - top
    return (lower - upper < SUPERSCRIPT * height and lower < bottom - RAISED * height
            and lower > top + BESIDE * height)


def _set_small(upper: float, lower: float, top: float, bottom: float) -> bool:
    """True for a word set smaller than the one beside it (``top``, ``bottom``), both at
    the top of their cells: a footnote mark alone in its cell, its box's top the
    value's, its baseline above the value's."""
    height = bottom - top
    return (lower - upper < SUPERSCRIPT * height and abs(upper - top) <= EVEN * height
            and lower < bottom - SMALL_RAISED * height)


def _raised_mark(letters: list[str], raised: int | None) -> str:
    """A word's text, a footnote mark printed as a bare superscript number at its end
    ("Stock" and a raised "1"), or alone in its cell, set off as the form's "(1)". Two
    raised digits or more are one note's number or several notes' ("23": 23, or 2 and
    3): they are kept after ``RUN``, read against the listed notes once the document's
    words are all read (``raised_runs.read_runs``)."""
    if raised is None or raised < 0:
        return "".join(letters)
    value, mark = "".join(letters[:raised]), "".join(letters[raised:])
    if len(mark) == 1:
        return f"{value}({mark})"
    return value + RUN + mark


def _glyph(char: Fields, turn: int) -> Glyph:
    code, left, bottom, right, top, _, _ = char
    return (_text(code), *_turned((left, bottom, right, top), turn))


def _text(code: int) -> str:
    """A character's text: a hyphen for pdfium's marks of one, a space for any blank."""
    code = _HYPHENS.get(code, code)
    return " " if code < 0x20 or code in (0xFFFE, 0xFFFF) or chr(code).isspace() else chr(code)


def _words(glyphs: Iterable[Glyph], page: int) -> list[Word]:
    """Glyphs in order run into words: a space, a jump back or off the line, or a gap ends one."""
    words: list[Word] = []
    current: list[Glyph] = []
    for glyph in glyphs:
        if glyph[0] == " " or (current and _apart(current[-1], glyph)):
            words += _word(current, page)
            current = []
        if glyph[0] != " ":
            current.append(glyph)
    return words + _word(current, page)


def follows(one: Fields, other: Fields) -> bool:
    """Whether an upright page's character ``other`` continues ``one``'s word (``_apart``)."""
    return not _apart(_glyph(one, 0), _glyph(other, 0))


def _apart(last: Glyph, glyph: Glyph) -> bool:
    """True if a character does not continue the word before it on its line."""
    _, x0, x1, top, bottom = last
    _, left, _, upper, lower = glyph
    height = max(bottom - top, lower - upper, 1e-6)
    on_line = min(bottom, lower) - max(top, upper) > ON_LINE * height
    return not on_line or left < x0 or left - x1 > WORD_GAP * height


def _word(glyphs: list[Glyph], page: int) -> list[Word]:
    if not glyphs:
        return []
    text, x0s, x1s, tops, bottoms = zip(*glyphs)
    return [Word("".join(text), min(x0s), max(x1s), min(tops), max(bottoms), page)]


def _turn(angles: list[float]) -> int:
    """Quarter turns of the page's text (0 upright, 1 reading upward, ...), by most characters."""
    # pdfium measures the angle clockwise: text reading upward is at 3/2 pi
    quarters = Counter(-round(a / (math.pi / 2)) % 4 for a in angles if a >= 0)
    return quarters.most_common(1)[0][0] if quarters else 0


def _turned(box: tuple[float, float, float, float], turn: int) -> tuple[float, float, float, float]:
    """A character's box (PDF space: y up) as (x0, x1, top, bottom) in reading space
    (x along the text, y down the lines), for text turned by ``turn`` quarter turns."""
    left, bottom, right, top = box
    if turn == 1:  # reading upward: along y, lines go right
        return bottom, top, left, right
    if turn == 2:  # upside down
        return -right, -left, bottom, top
    if turn == 3:  # reading downward: along -y, lines go left
        return -top, -bottom, -right, -left
    return left, right, -top, -bottom


def _rows(glyphs: list[Glyph]) -> list[list[Glyph]]:
    """Characters in rows, top to bottom: each joins a recent row whose band (its tallest
    character's) covers ``ROW_SHARE`` of its height, else starts one."""
    rows: list[tuple[list[Glyph], list[float]]] = []
    for glyph in sorted(glyphs, key=lambda g: (g[3] + g[4], g[1])):
        height = max(glyph[4] - glyph[3], 1e-6)
        for members, band in reversed(rows[-8:]):
            if min(band[1], glyph[4]) - max(band[0], glyph[3]) >= ROW_SHARE * height:
                members.append(glyph)
                if height > band[1] - band[0]:
                    band[:] = [glyph[3], glyph[4]]
                break
        else:
            rows.append(([glyph], [glyph[3], glyph[4]]))
    return [members for members, _ in rows]
