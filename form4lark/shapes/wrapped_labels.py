"""A box's label wrapped over lines of its narrow column on a page grid, put back whole.

A terminal browser or a plain text writer draws the header's boxes as columns of a
table a few words wide: each box's label wraps over several lines, and each line of
the page holds a line of every box's label side by side::

    | 1. Name and Address of  | 2. Issuer Name and    | 5. Relationship of   |
    | Reporting Person*       | Ticker or Trading     | Reporting Person(s)  |
    |                         | Symbol                | to Issuer            |

Read line by line, no label is whole. (The two checkboxes' labels above box 1 are
left as they are: a mark is read beside its label's line.) Where a piece opens a box's label that runs on
into the pieces right under it (each on the next line, at the same column), and the
label's lines become one piece, kept apart by line breaks. What the label does not
take stays where it was, as a piece of its own ("Person(s) to Issuer (Check": the
label ends at "Issuer"): a value under a label is never joined to it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..form.atoms import CONTEXTS, _scanner
from ..form.regex_prefix import lookahead
from ..grammar import load
from ..page import Line, Piece
from ..patterns import BOX_OPENING
from ..regex_cache import compiled

# a box's label opening after one space only: "WILLIAMS JEFFREY E 3. Date of Earliest"
_BOX_AFTER_ONE_SPACE = re.compile(r"(?<=\S) (?=%s)" % BOX_OPENING)
#: lines a box's label may wrap over ("2. Issuer Name" / "and Ticker or" / "Trading" / "Symbol")
MOST_LINES = 4
#: the boxes numbered 1 to 6, and the first character of their labels
_NUMBERED = frozenset(f"BOX{n}" for n in range(1, 7))
_NUMBERS = frozenset("123456")
#: a wrapped line of a label may start this many columns off its first line's start
X_SLACK = 1


def _under(piece: Piece, line: Line) -> Piece | None:
    """The piece of ``line`` right under ``piece``: on the next line, at its column."""
    if piece.x is None:
        return None
    return next((p for p in line.pieces if p.line == piece.line + 1 and p.x is not None
                 and abs(p.x - piece.x) <= X_SLACK), None)


def _split_under(piece: Piece, line: Line) -> tuple[Piece, Piece, Piece] | None:
    """A piece of ``line`` (the next line) running across ``piece``'s column with one
    space right before it, a column printed full ("CUPERTINO CA 95014 Original Filed"
    under "4. If Amendment, Date of"): (that piece, its words before the column, its
    words from it); None where there is none."""
    if piece.x is None:
        return None
    for whole in line.pieces:
        if whole.line != piece.line + 1 or whole.x is None or not whole.x + 1 < piece.x < (whole.x_end or 0):
            continue
        cut = int(piece.x - whole.x)
        if whole.text[cut - 1] == " " and whole.text[cut] != " ":
            return whole, replace(whole, text=whole.text[:cut - 1], x_end=whole.x + cut - 1), \
                _moved(whole, whole.text[cut:], cut)
    return None


@lru_cache(maxsize=1)
def _box_opening() -> re.Pattern[str] | None:
    """Where a numbered box's label can begin (its first two characters, as the labels'
    expressions say: ``regex_prefix.py``); None where that is not known."""
    grammar = load("form_labels", CONTEXTS)
    guard = lookahead([t.pattern.to_regexp() for t in grammar.terminals if t.name in _NUMBERED])
    return compiled(guard) if guard else None


def _may_open_label(piece: Piece) -> bool:
    """False where no numbered box's label can begin ``piece`` (most of a page's pieces):
    then no stack of pieces under it is worth building. (A piece opening with white
    space is scanned from past it: it may.)"""
    opening = _box_opening()
    return (opening is None or piece.text[:1].isspace()
            or opening.match(piece.text + "\n") is not None)


def _label_end(stack: list[Piece]) -> tuple[int, int]:
    """Where a box's label opening the first of the stacked pieces ends: the index of
    the piece it ends in and the characters of it taken ((0, 0) where it runs on into
    none of the pieces under the first)."""
    scanner, kinds, _, _ = _scanner("boxes")
    joined = "\n".join(p.text for p in stack)
    token = scanner.match(joined)
    if token is None or kinds[token.lastindex or 0] not in _NUMBERED:
        return 0, 0
    end = token.end(token.lastindex or 0)
    start = 0
    for index, piece in enumerate(stack):
        if end <= start + len(piece.text):
            return index, end - start
        start += len(piece.text) + 1
    return 0, 0


def _moved(piece: Piece, text: str, skip: int) -> Piece:
    """What is left of ``piece`` once its first ``skip`` characters are taken away."""
    x = None if piece.x is None else piece.x + skip
    return replace(piece, text=text, column=piece.column + skip, x=x)


def _boxes_whole(lines: list[Line]) -> bool:
    """True where each of the six numbered boxes' labels opens a piece of ``lines``."""
    scanner, kinds, _, _ = _scanner("boxes")
    found = set()
    for piece in (p for line in lines for p in line.pieces if p.text[:1] in _NUMBERS):
        token = scanner.match(piece.text)
        found.add(kinds[token.lastindex or 0] if token else None)
    return found >= _NUMBERED


def join_wrapped_labels(lines: list[Line]) -> list[Line]:
    """``lines`` with each box label wrapped in its column joined into its first piece,
    where that puts every numbered box's label whole, first as the pieces are, then
    with each box's label that opens after one space cut off as a piece of its own
    (``_box_cuts``); else ``lines`` as they are (two boxes' labels run together in one
    piece: what stands under a label joined may then be the other box's words; labels
    printed whole on one line, "Person* 2. Issuer Name and Ticker or Trading Symbol",
    are read there at their places)."""
    for cut in (False, True):
        if cut and not _box_cut_in(lines):
            break  # no label to cut off: the same pieces, joined the same way again
        tried = _box_cuts(lines) if cut else lines  # cut only where the pieces as they are fail
        joined = _joined(tried)
        if joined != tried and _boxes_whole(joined):
            return joined
    return lines


def _box_cut_in(lines: list[Line]) -> bool:
    """True where ``_box_cuts`` cuts some piece of ``lines``."""
    return any(piece.x is not None and _BOX_AFTER_ONE_SPACE.search(piece.text)
               for line in lines for piece in line.pieces)


def _box_cuts(lines: list[Line]) -> list[Line]:
    """``lines`` with each piece cut before a box's label that opens in it after one
    space only, in a column printed full ("WILLIAMS JEFFREY E 3. Date of Earliest":
    box 1's value, then box 3's label beside it)."""
    out = []
    for line in lines:
        pieces = []
        for piece in line.pieces:
            starts = [0, *(m.end() for m in _BOX_AFTER_ONE_SPACE.finditer(piece.text))]
            if piece.x is None or len(starts) == 1:
                pieces.append(piece)
                continue
            ends = [*(start - 1 for start in starts[1:]), len(piece.text)]
            pieces += [replace(_moved(piece, piece.text[start:end], start), x_end=piece.x + end)
                       for start, end in zip(starts, ends)]
        out.append(replace(line, pieces=pieces))
    return out


def _joined(lines: list[Line]) -> list[Line]:
    lines = [replace(line, pieces=list(line.pieces)) for line in lines]
    for row, line in enumerate(lines):
        for index, piece in enumerate(line.pieces):
            if not _may_open_label(piece):
                continue
            stack, below = [piece], row + 1
            split: dict[int, tuple[Piece, Piece]] = {}  # a label's line cut off a piece: its whole and head
            while len(stack) < MOST_LINES and below < len(lines):
                under = _under(stack[-1], lines[below])
                if under is None:
                    cut = _split_under(stack[-1], lines[below])
                    if cut is None:
                        break
                    split[len(stack)], under = cut[:2], cut[2]
                stack.append(under)
                below += 1
            last, taken = _label_end(stack) if len(stack) > 1 else (0, 0)
            if last == 0:
                continue
            rest = stack[last].text[taken:]
            label = [p.text for p in stack[:last]] + [stack[last].text[:taken]]
            line.pieces[index] = replace(piece, text="\n".join(label),
                                         x_end=max(p.x_end or 0 for p in stack[:last + 1]))
            for offset, joined in enumerate(stack[1:last + 1], start=1):
                pieces = lines[row + offset].pieces
                if offset in split:  # the piece's words before the label's column stay
                    whole, head = split[offset]
                    at = pieces.index(whole) + 1
                    pieces[at - 1:at] = [head, joined]
                at = pieces.index(joined)
                if rest.strip() and joined is stack[last]:  # the label's line goes on
                    skip = taken + len(rest) - len(rest.lstrip())
                    pieces[at] = _moved(joined, rest.strip(), skip)
                else:
                    del pieces[at]
    return [line for line in lines if line.pieces]
