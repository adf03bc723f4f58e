"""A scanned page's checkboxes where OCR printed each empty box as a glyph.

On some pages OCR reads an empty checkbox as a glyph before its label ("C1
Director", "(J 10% Owner", "[] Other", "LD Form filed by More ...") and a box
holding its "X" as nothing at all: the mark is lost, the box's label opens its
line bare. Where the header shows that reading throughout, ``glyph_boxes`` puts
the lost "X" back before each bare label:

- each of the six boxes of boxes 5 and 6 is printed once (but one relationship box,
  whose label OCR may lose with its mark: the form reader leaves it unknown), each label has
  either nothing or a glyph between it and its line's start or the label before
  it on the line ("C1 Director (J 10% Owner", "(give title below) [] Other"); a
  word before a label ("Pres,Prod Architect & Director": a title, the box's own
  label lost), or an "X" among them, and the page is not read so;
- two glyphs at least, one relationship box at least bare, and exactly one of
  box 6's two boxes bare (the form checks one of them).

Anything else leaves the lines as they are; the boxes are then read, or left
unknown, as the form reader finds them.
"""

from __future__ import annotations

import re

# the labels of the six boxes, as OCR reads them on the header's lines
_LABEL = re.compile(r"(?P<label>Director\b|10% Owner\b|Officer \(give|Other \(specify|"
                    r"Form filed by One\b|Form filed by More\b)")
_RELATIONSHIPS = ("Director", "10% Owner", "Officer (give", "Other (specify")
_BOX6 = ("Form filed by One", "Form filed by More")
# an empty box as OCR prints it: "C1", "CJ", "LD", "(J", "[]", "oO", specks, or a word
# of one or two characters that is not two letters (and not the "X" of a marked box)
_GLYPH = re.compile(r"(?![Xx]$)(oO|C1|CJ|LD|LJ|LC|\(J|\(1|\[\[?\]|\[_\]|[^\sA-Za-z0-9]{1,3}|"
                    r"\S{1,2}(?<![A-Za-z]{2}))")
# the last words of the labels a box may follow on its line ("C1 Director (J 10% Owner",
# "Officer (give title below) [] Other (specify below)")
_LABEL_ENDS = ("Director", "Owner", "below)")
#: glyphs a page shows at least before its empty boxes are read so
GLYPHS = 2


def _labels(lines: list[str]) -> dict[str, tuple[int, int, str]] | None:
    """Each box label of ``lines``: its line, its place, and whether it opens bare or
    after a glyph; None where a label is printed twice or follows a word or a mark."""
    found: dict[str, tuple[int, int, str]] = {}  # a label -> its line, place, what precedes
    for row, line in enumerate(lines):
        for match in _LABEL.finditer(line):
            label = match.group("label")
            if label in found:
                return None  # a label printed twice ("... & Director" in a title)
            before = line[:match.start()].split()
            if not before or before[-1] in _LABEL_ENDS:
                found[label] = (row, match.start(), "bare")
            elif _GLYPH.fullmatch(before[-1]) and (len(before) == 1 or before[-2] in _LABEL_ENDS):
                found[label] = (row, match.start(), "glyph")
            else:
                return None  # a word, or a mark, before a label: not read so
    return found


def _marked(lines: list[str], found: dict[str, tuple[int, int, str]]) -> list[str]:
    out = list(lines)
    for row, at, kind in found.values():
        if kind == "bare":
            out[row] = out[row][:at] + "X " + out[row][at:]
    return out


def glyph_boxes(lines: list[str]) -> list[str]:
    """The header's lines with an "X" put before each box label that opens its line
    bare, where the page prints its empty boxes as glyphs (see the module)."""
    found = _labels(lines)
    # a checked box's label may be lost with its mark ("X Director" read as nothing):
    # the others are read all the same, the lost one left unknown by the form reader
    if found is None or any(label not in found for label in _BOX6) or sum(
            label in found for label in _RELATIONSHIPS) < len(_RELATIONSHIPS) - 1:
        return lines
    kinds = {label: kind for label, (_, _, kind) in found.items()}
    bare = [label for label, kind in kinds.items() if kind == "bare"]
    if (sum(kind == "glyph" for kind in kinds.values()) < GLYPHS
            or not any(label in bare for label in _RELATIONSHIPS)
            or sum(label in bare for label in _BOX6) != 1):
        return lines
    return _marked(lines, found)


# box 1's label, which opens each owner listed after the tables
_BOX1 = re.compile(r"^\W{0,3}1\.\s*Name\s+and\s+Address\s+of\s+Reporting")


def listed_glyph_boxes(lines: list[str]) -> list[str]:
    """The lines of the owners listed after the tables with an "X" put before each bare
    relationship label, read as ``glyph_boxes`` read the header's: only on a page whose
    header shows that reading (the caller tells), and in each owner's box 5 that shows
    its four labels once each, two glyphs at least and one label at least bare (a listed
    owner prints no box 6 to check it against)."""
    starts = [i for i, line in enumerate(lines) if _BOX1.match(line)]
    out = list(lines)
    for start, end in zip(starts, starts[1:] + [len(lines)]):
        found = _labels(lines[start:end])
        if found is None or set(found) != set(_RELATIONSHIPS):
            continue
        kinds = [kind for _, _, kind in found.values()]
        if kinds.count("glyph") >= GLYPHS and "bare" in kinds:
            out[start:end] = _marked(lines[start:end], found)
    return out
