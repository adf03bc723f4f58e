"""The Rule 10b5-1 checkbox of a scanned page, read from its pixels.

Pages since 2023 print a box left of "Check this box to indicate that a transaction
was made pursuant to ... Rule 10b5-1(c)", centred on that label's lines. tesseract
reads the box as nothing or as a stray glyph ("a", "0", "q", "xl" on one of the
label's lines), checked or not, so the text cannot tell it (the scan's reader leaves
the box unknown: ``shapes/scan_header.without_unseen_mark``). Where the page's pixels
are at hand, the box is looked for left of the label's first word (its word box in
the TSV): a square (``square``: two upright edges ``SIDES`` pixels long, a box's
width apart, joined by a top and a bottom edge) standing beside the label's lines.
Only where exactly one is found and its inside is clearly empty (no ink at all) or
clearly marked (``MARK_PIXELS`` dark pixels at least) is the box decided: OCR's words
inside it are dropped and one word put before the label on its first line, "X" for
a marked box, ``EMPTY_BOX`` for an empty one. Anything else leaves the TSV as it
was (the box unknown).
"""

from __future__ import annotations

from ..glyph_marks import EMPTY_BOX
from .ocr_marks import (INK, Grey, line_key, numbered_words, tsv_page, word_box,
                        word_middle)

# the label's first words, each a word of the TSV
_LABEL = ("Check", "this", "box", "to", "indicate")
#: a pixel lighter than this (0-255) is paper: the box's grey edges are darker
PAPER = 200
#: how long a box's upright edge is, in pixels at 200 dpi (the form's box: 42)
SIDES = range(16, 51)
#: how far apart a box's upright edges stand (the form's box: 22 wide)
WIDTHS = range(12, 51)
#: how far left of the label's first word the box is looked for, in pixels
REACH = 90
#: how far below its first line the label's lines go at most, in pixels
LABEL_DEPTH = 220
#: pixels of the box's inside left out next to its edges (the edges' grey shadow)
INSET = 5
#: the dark pixels (darker than ``ocr_marks.INK``) inside a marked box at least
MARK_PIXELS = 12
#: the line gap between two of the label's lines at most, in pixels
LINE_GAP = 30


def _label(words: list[tuple[int, dict[str, str]]]) -> int | None:
    """The index in ``words`` of the label's first word; None where the label is not
    read, or read twice."""
    found = [i for i in range(len(words) - len(_LABEL) + 1)
             if all(words[i + k][1]["text"].strip() == text for k, text in enumerate(_LABEL))
             and len({line_key(words[i + k][1]) for k in range(len(_LABEL))}) == 1]
    return found[0] if len(found) == 1 else None


def label_band(words: list[tuple[int, dict[str, str]]], first: int) -> tuple[int, int]:
    """The top and bottom of the label's lines: its first line's top to the last line
    of the words in its column that follow one another ``LINE_GAP`` apart at most."""
    left, top, _, bottom = word_box(words[first][1])
    column = sorted(word_box(row)[1::2] for _, row in words
                    if abs(int(row["left"]) - left) <= 10 and top < int(row["top"]) <= top + LABEL_DEPTH)
    for word_top, word_bottom in column:
        if word_top > bottom + LINE_GAP:
            break
        bottom = max(bottom, word_bottom)
    return top, bottom


def _upright_runs(page: Grey, x: int, top: int, bottom: int) -> list[tuple[int, int]]:
    """The runs (first, last row) of non-paper pixels in column ``x`` that are a box's
    edge long (``SIDES``)."""
    runs, start = [], None
    for y in range(top, bottom + 1):
        ink = y < bottom and page.level(x, y) < PAPER
        if ink and start is None:
            start = y
        elif not ink and start is not None:
            if y - start in SIDES:
                runs.append((start, y - 1))
            start = None
    return runs


def _edge_across(page: Grey, y: int, left: int, right: int) -> bool:
    """True where a row within two pixels of ``y`` is ink from ``left`` to ``right``."""
    return any(all(page.level(x, row) < PAPER for x in range(left, right + 1))
               for row in range(y - 2, y + 3) if 0 <= row < page.height)


def squares(page: Grey, area: tuple[int, int, int, int]) -> list[tuple[int, int, int, int]]:
    """The boxes (left, top, right, bottom) drawn in ``area`` (left, top, right, bottom):
    two upright edges of one length a box's width apart, joined at top and bottom;
    the pairs of one box's thick edges merged into its outer bounds."""
    left, top, right, bottom = (max(0, area[0]), max(0, area[1]),
                                min(page.width, area[2]), min(page.height, area[3]))
    runs = [(x, run) for x in range(left, right) for run in _upright_runs(page, x, top, bottom)]
    found: list[tuple[int, int, int, int]] = []
    for x1, (a0, a1) in runs:
        for x2, (b0, b1) in runs:
            if (x2 - x1 in WIDTHS and abs(a0 - b0) <= 3 and abs(a1 - b1) <= 3
                    and _edge_across(page, max(a0, b0), x1, x2)
                    and _edge_across(page, min(a1, b1), x1, x2)):
                found.append((x1, min(a0, b0), x2, max(a1, b1)))
    merged: list[tuple[int, int, int, int]] = []
    for box in found:
        over = [m for m in merged if box[0] <= m[2] and m[0] <= box[2]
                and box[1] <= m[3] and m[1] <= box[3]]
        for m in over:
            merged.remove(m)
        merged.append((min([box[0]] + [m[0] for m in over]), min([box[1]] + [m[1] for m in over]),
                       max([box[2]] + [m[2] for m in over]), max([box[3]] + [m[3] for m in over])))
    return merged


def box_state(page: Grey, box: tuple[int, int, int, int]) -> bool | None:
    """True where the box's inside holds a mark (``MARK_PIXELS`` dark pixels at least),
    False where it holds no ink at all, None in between."""
    left, top, right, bottom = box
    inside = [page.level(x, y) for y in range(top + INSET, bottom - INSET + 1)
              for x in range(left + INSET, right - INSET + 1)]
    if not inside:
        return None
    if all(level >= PAPER for level in inside):
        return False
    return True if sum(level < INK for level in inside) >= MARK_PIXELS else None


def _read_box(page: Grey, words: list[tuple[int, dict[str, str]]],
              first: int) -> tuple[tuple[int, int, int, int], bool] | None:
    """The 10b5-1 box beside the label starting at ``words[first]`` and whether it is
    marked; None where no single box is found beside the label's lines, or its inside
    is neither clearly empty nor clearly marked."""
    left = int(words[first][1]["left"])
    top, bottom = label_band(words, first)
    found = [box for box in squares(page, (left - REACH, top - 20, left - 3, bottom + 20))
             if top <= (box[1] + box[3]) / 2 <= bottom]
    if len(found) != 1:
        return None
    state = box_state(page, found[0])
    return None if state is None else (found[0], state)


def _with_mark(lines: list[str], names: list[str], words: list[tuple[int, dict[str, str]]],
               label: int, box: tuple[int, int, int, int], marked: bool) -> list[str]:
    """The TSV ``lines`` with the box ``box`` read as its mark: OCR's words inside it
    dropped, and "X" (marked) or ``EMPTY_BOX`` (empty) put before the label's first word
    ``words[label]``, on its line, at the box's place."""
    left, top, right, bottom = box
    inside = {number for number, row in words
              if left <= (middle := word_middle(row))[0] <= right and top <= middle[1] <= bottom}
    number, row = words[label]
    mark = dict(row, text="X" if marked else EMPTY_BOX, left=str(left), width=str(right - left),
                conf="99")
    added = "\t".join(mark[name] for name in names)
    out: list[str] = []
    for n, line in enumerate(lines):
        out += ([added] if n == number else []) + ([] if n in inside else [line])
    return out


def box_marks(image: bytes, tsv: str) -> str:
    """tesseract's TSV of the page ``image`` with the Rule 10b5-1 box read from the
    pixels (see the module): OCR's words inside the box dropped, and "X" (marked) or
    ``EMPTY_BOX`` (empty) put before the label; then the boxes of boxes 5 and 6 drawn as
    squares read so (``labelled_boxes``); as it was where no box is read so, or the
    image's pixels cannot be read here (not PGM/PPM)."""
    held = tsv_page(image, tsv)
    if held is None:
        return tsv
    page, lines, names = held
    words = list(numbered_words(lines, names))
    first = _label(words)
    if first is not None and (read := _read_box(page, words, first)) is not None:
        lines = _with_mark(lines, names, words, first, *read)
    return "\n".join(labelled_boxes(page, lines, names))


# the labels of boxes 5 and 6, each printed beside a box of its own, as many words of each
# as the scan's reader needs read on the box's line to take a mark before it as the box's
# (``grammars/ocr_text.lark``, BOX_NAME: a mark before a label cut short is an error)
_BOX_LABELS = (("Director",), ("10%", "Owner"), ("Officer", "(give"),
               ("Other", "(specify", "below)"),
               ("Form", "filed", "by", "One", "Reporting", "Person"),
               ("Form", "filed", "by", "More", "than", "One", "Reporting", "Person"))
#: how far the box's middle stands from its label's line's middle at most, in pixels
BOX_CENTRE = 6
#: how far left of a label's first word the box's right edge stands at most, in pixels
BOX_GAP = 30


def _labels_at(words: list[tuple[int, dict[str, str]]], label: tuple[str, ...]) -> list[int]:
    """The indexes in ``words`` of each place ``label``'s words are read one after
    another on one line."""
    return [i for i in range(len(words) - len(label) + 1)
            if all(words[i + k][1]["text"].strip() == text for k, text in enumerate(label))
            and len({line_key(words[i + k][1]) for k in range(len(label))}) == 1]


def _beside(page: Grey, words: list[tuple[int, dict[str, str]]],
            first: int) -> tuple[tuple[int, int, int, int], bool] | None:
    """The box standing right before the word ``words[first]`` on its line (its right
    edge ``BOX_GAP`` pixels left of the word at most, its middle ``BOX_CENTRE`` pixels
    from the word's, or its top from the word's top) and whether it is marked; None
    where not exactly one such box is found, or its inside is neither clearly empty nor
    clearly marked, or a word other than OCR's glyph of the box stands between the box
    and the label."""
    left, top, _, bottom = word_box(words[first][1])
    middle = (top + bottom) / 2
    # OCR may draw a word's box down over what stands under it ("Director" 47 pixels
    # high): the box's top then stands level with the word's
    found = [box for box in squares(page, (left - REACH, top - 20, left - 3, bottom + 20))
             if (abs((box[1] + box[3]) / 2 - middle) <= BOX_CENTRE
                 or abs(box[1] - top) <= BOX_CENTRE) and left - box[2] <= BOX_GAP]
    if len(found) != 1:
        return None
    box = found[0]
    between = [row for _, row in words if line_key(row) == line_key(words[first][1])
               and box[2] < word_middle(row)[0] < left]
    state = box_state(page, box)
    return None if state is None or between else (box, state)


def labelled_boxes(page: Grey, lines: list[str], names: list[str]) -> list[str]:
    """The TSV ``lines`` with each box of boxes 5 and 6 ("Director", "10% Owner",
    "Officer (give title below)", "Other (specify below)", "Form filed by One/More ...")
    read from the page's pixels where it is drawn as a square right before its label
    (OCR reads an empty one as a glyph, "C1", "(J", "LD", and a checked one as nothing):
    each place a label is read (the owners listed after the tables print boxes 5 of
    their own) with one box found beside it and its inside clearly empty or clearly
    marked (``_beside``) gets "X" or ``EMPTY_BOX`` put before it; the others are left as
    they were."""
    for label in _BOX_LABELS:
        for at in range(len(_labels_at(list(numbered_words(lines, names)), label))):
            words = list(numbered_words(lines, names))  # numbered anew after each mark
            place = _labels_at(words, label)[at]
            if (read := _beside(page, words, place)) is not None:
                lines = _with_mark(lines, names, words, place, *read)
    return lines
