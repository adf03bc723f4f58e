"""A run of raised digits cut where the PDF's text objects part it.

A page's text is drawn as text objects, each one run of glyphs in one font and size
shown at one place; a PDF maker may draw each element's text as one (WeasyPrint does:
"See Footnote" one, its ``<sup>12</sup>`` the next), so two marks side by side
("<sup>31</sup><sup>32</sup>") are two objects, where their boxes alone read as one number
("3132": note 3132, or 31 and 32, or 3, 13 and 2). ``glyphs`` keeps a run after ``RUN``;
here each run found among the page's characters gets ``CUT`` after each object's digits
("31\\ue00132\\ue001"), which ``raised_runs`` reads only where the document proves one
mark per object (its ``_objects_whole``: a producer may as well join side-by-side marks
into one object, or draw each raised glyph apart).

A run is cut only where the page shows that its objects hold glyphs together (the run
or the word before it holds two glyphs of one object: a page drawn glyph by glyph tells
nothing); a run not found among the characters (a mark wrapped onto the next line and
joined back) keeps no cut, and is read as before.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable, Sequence

from .glyphs import Fields, follows
from .raised_runs import CUT, RUN
from .words import Word

#: how far (points) a run's glyphs may stand out of its word's box (rounding)
_SLACK = 0.5


def cut_runs(words: list[Word], chars: Sequence[Fields], indices: Sequence[int],
             object_of: Callable[[int], int]) -> list[Word]:
    """``words`` (one page's), each run of raised digits found among the page's ``chars``
    (``indices``: each one's index in pdfium's text page, for ``object_of``, the address
    of the text object that draws it) cut after each object's digits."""
    if not any(RUN in w.text for w in words):
        return words
    spans = _digit_spans(chars)
    out = []
    for word in words:
        if RUN in word.text:
            value, _, digits = word.text.partition(RUN)
            start = _found(word, digits, chars, spans.get(digits, ()))
            if start is not None:
                cut = _object_cut(digits, [indices[i] for i in range(start - 2, start + len(digits))
                                           if i >= 0], object_of)
                if cut is not None:
                    word = word._replace(text=value + RUN + cut)
        out.append(word)
    return out


def _digit_spans(chars: Sequence[Fields]) -> dict[str, list[int]]:
    """The page's runs of digits of one size side by side (a raised run apart from the
    amount before it, and from the next cell's), by their digits, each where it starts
    among ``chars``."""
    spans: dict[str, list[int]] = {}
    start = None
    for n, char in enumerate([*chars, None]):
        digit = char is not None and 0x30 <= char[0] <= 0x39
        if start is not None and not (digit and _next_to(chars[n - 1], char)):
            spans.setdefault("".join(chr(c[0]) for c in chars[start:n]), []).append(start)
            start = None
        if digit and start is None:
            start = n
    return spans


def _next_to(one: Fields, other: Fields | None) -> bool:
    """Whether a glyph follows ``one`` in its word (``glyphs.follows``) in a box of its
    height (to a twentieth: a raised run's glyphs are smaller than the amount's before
    it)."""
    if other is None:
        return False
    a, b = one[4] - one[2], other[4] - other[2]
    return abs(a - b) <= 0.05 * max(a, b, 1e-6) and follows(one, other)


def _found(word: Word, digits: str, chars: Sequence[Fields], starts: Sequence[int]) -> int | None:
    """Where among ``chars`` the run of ``digits`` of ``word`` starts: the one run of those
    digits whose glyphs stand in the word's box; None where none or several do."""
    inside = [n for n in starts if all(
        word.x0 - _SLACK <= c[1] and c[3] <= word.x1 + _SLACK
        and word.top - _SLACK <= -c[4] and -c[2] <= word.bottom + _SLACK
        for c in chars[n:n + len(digits)])]
    return inside[0] if len(inside) == 1 else None


def _object_cut(digits: str, indices: list[int], object_of: Callable[[int], int]) -> str | None:
    """The run's ``digits`` with ``CUT`` after each object's (``indices``: the two glyphs
    before the run, where there are, then the run's); None where no two glyphs of them
    are drawn by one object (a page drawn glyph by glyph tells no cut)."""
    objects = [object_of(i) for i in indices]
    if not any(a == b and a for a, b in zip(objects, objects[1:])):
        return None
    own = objects[len(objects) - len(digits):]
    text = ""
    for n, digit in enumerate(digits):
        text += digit + (CUT if n + 1 == len(digits) or own[n + 1] != own[n] else "")
    return text


def text_object_of(textpage: object) -> Callable[[int], int]:
    """The address of the text object that draws a text page's character (0 for none)."""
    import pypdfium2.raw as raw  # type: ignore[import-untyped]

    handle = getattr(textpage, "raw")

    def object_of(index: int) -> int:
        found = raw.FPDFText_GetTextObject(handle, index)
        return ctypes.cast(found, ctypes.c_void_p).value or 0

    return object_of
