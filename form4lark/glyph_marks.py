"""Checkboxes drawn as a pair of glyphs, one filled and one empty.

A page (or a converter's text of it) may draw each box as a glyph: filled where
checked ("\u25a0", "\u25aa", "\u25cf", "\u25fc", "[X]"), empty where not ("\u25a1", "\u25ab",
"\u25cb", "\u25fb", "\u2610", "[ ]"). Only where both kinds are seen does a glyph tell
which box is checked (two different glyphs on one page: the filled one is); one kind
on every box tells nothing, and the text stays as written (its boxes unmarked, their
flags unknown to a reader that finds no mark). The form's mark is "X"
(``grammars/form_labels.lark``, CHECK): a filled box is read as it, an empty one as
nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from .text import fold

if TYPE_CHECKING:
    from .page import Line, Piece

#: the glyphs a page marks a checked box with besides the form's "X" (the same set as
#: ``grammars/form_labels.lark``, CHECK): a ballot box's mark ("\u2612", "\u2611"), a
#: check mark ("\u2713", "\u2714"), a cross ("\u2717", "\u2718")
CHECK_GLYPHS = "\u2612\u2611\u2713\u2714\u2717\u2718"
#: a ballot box drawn empty: also the word a scan's TSV is given before a box's label
#: where the box was read empty from the page's pixels (``inputs/ocr_checkboxes.py``):
#: seen, and not checked
EMPTY_BOX = "\u2610"
#: the glyphs of a box drawn filled (checked) and empty
_FILLED = "\u25a0\u25aa\u25cf\u25fc\u25fe\u2b1b"
_EMPTY = "\u25a1\u25ab\u25cb\u25fb\u25fd\u2b1c" + EMPTY_BOX


def _boxes(filled: str, empty: str) -> re.Pattern[str]:
    """A box drawn filled or empty (``filled``, ``empty``: patterns), as a word of its own,
    or a box drawn as text ("[X]", "[ ]") glued to the end of the label before it, as a
    converter that drops the page's spacing prints it: "(Check Applicable Line)[X] Form
    filed by One Reporting Person[ ] Form filed by More ..." (its brackets tell it apart
    from the word)."""
    return re.compile(rf"(?:(?<!\S)|(?=\\?\[))(?:(?P<filled>{filled})|(?P<empty>{empty}))(?!\S)")


#: a box drawn as a glyph, or as text: "[X]" checked, "[ ]" not (a paper-form print's boxes;
#: the lexer reads "[X]" as a word, not as the mark CHECK, and "[ ]" as two words), its
#: brackets escaped by a markdown writer ("\[X\]", "\[ \]": pandoc's, where the page's box
#: stands in a block of text; as ``bracket_marks`` reads an escaped "\[1\]")
_GLYPH_BOX = _boxes(rf"[{_FILLED}]|\[[Xx]\]|\\\[[Xx]\\\]", rf"[{_EMPTY}]|\[ ?\]|\\\[ ?\\\]")
#: quick test: the characters a drawn box begins with (an escaped one's backslash)
_GLYPH_START = re.compile(f"[{_FILLED}{_EMPTY}[\\\\]")


def _drawn(text: str) -> Iterator[re.Match[str]]:
    """The boxes drawn in ``text``, as ``_GLYPH_BOX.finditer`` finds them, tried only where
    ``_GLYPH_START`` finds a box's first character: the box's pattern opens with a look
    around, so a scan by it tries every character of the text (a ticker's "[" sends
    nearly every text there)."""
    end = 0
    for start in _GLYPH_START.finditer(text):
        if start.start() < end:
            continue  # inside the box before it (no box today holds a box's first
            # character after its own: kept should a box's pattern change)
        match = _GLYPH_BOX.match(text, start.start())
        if match:
            end = match.end()
            yield match


def both_drawn(texts: list[str]) -> bool:
    """True where the texts hold both a filled and an empty box."""
    kinds: set[str] = set()
    for text in texts:
        kinds.update(kind for match in _drawn(text)
                     for kind, glyph in match.groupdict().items() if glyph)
        if len(kinds) == 2:
            return True
    return False


def _as_mark(match: re.Match[str]) -> str:
    """A filled box as the mark "X", an empty one as blanks, each as wide as the glyph
    (a text's columns stay where they were)."""
    width = len(match.group(0))
    if match.group("filled"):
        return "X".center(width)
    return " " * width


def marks_of_glyphs_always(text: str) -> str:
    """``text`` with its drawn boxes read as marks (the caller saw both kinds drawn)."""
    return _GLYPH_BOX.sub(_as_mark, text)


def marks_of_glyphs(text: str) -> str:
    """A converter's ``text`` with its boxes drawn as glyphs or as "[X]"/"[ ]" read as marks,
    where it draws both kinds (``both_drawn``); unchanged otherwise."""
    return marks_of_glyphs_always(text) if both_drawn([text]) else text


def two_glyph_marks(lines: list[Line]) -> list[Line]:
    """The lines with each box drawn filled read as the form's mark "X" and each drawn
    empty as nothing, where the page draws both; unchanged where only one kind is seen
    (a page's lines: a web page's, or a PDF's words, whose "[X]" is a word of its own)."""
    if not both_drawn([p.text for line in lines for p in line.pieces if p.text]):
        return lines

    def read(piece: Piece) -> Piece:
        text = marks_of_glyphs_always(piece.text)
        if text == piece.text:
            return piece
        return replace(piece, text="\n".join(filter(None, map(fold, text.split("\n")))))

    return [replace(line, pieces=[read(p) for p in line.pieces]) for line in lines]
