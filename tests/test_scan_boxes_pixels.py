"""The Rule 10b5-1 box of a scanned page read from its pixels (``inputs/ocr_checkboxes.py``).

The stored images ``scan_boxes/<id>-sec-10b5.pgm.gz`` are the box and its label on the
sec page drawn at 200 dpi by pdftoppm (grey), cut at (80, 360) of the page: RUM-20240404-1's
box holds an "X" (truth: aff10b5_one true), which tesseract read as "xl" on the label's
fourth line; AIR-20250110-1's is empty (truth: false), read as "a". The TSV words below
are tesseract's, moved by the cut.
"""

from __future__ import annotations

from form4lark import parse
from form4lark.inputs.ocr_checkboxes import box_marks, box_state, squares
from form4lark.inputs.ocr_marks import grey_of
from form4lark.inputs.scan import text_of_tsv
from form4lark.glyph_marks import EMPTY_BOX
from form4lark.shapes.scan_header import without_unseen_mark
from support import FIXTURES, fixture_bytes, truth

HEADER = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
LABEL = ("Check", "this", "box", "to", "indicate", "that", "a")


def _tsv(left: int, glyph: str) -> str:
    """tesseract's words of a cut: the label's first line from ``left``, the first word of
    each of its other lines, and the box's ``glyph`` on the fourth line."""
    rows = [HEADER]
    x = left
    for number, word in enumerate(LABEL, 1):
        rows.append(f"5\t1\t3\t1\t1\t{number}\t{x}\t20\t{8 * len(word)}\t12\t95.0\t{word}")
        x += 8 * len(word) + 6
    rows.append(f"5\t1\t3\t1\t2\t1\t{left}\t40\t82\t11\t96.5\ttransaction")
    rows.append(f"5\t1\t3\t1\t3\t1\t{left}\t59\t63\t13\t96.1\tcontract,")
    rows.append(f"5\t1\t3\t2\t1\t1\t20\t71\t24\t43\t42.3\t{glyph}")
    rows.append(f"5\t1\t3\t2\t1\t2\t{left}\t97\t20\t12\t96.9\tfor")
    for line, (top, word) in enumerate(((115, "intended"), (133, "defense"), (151, "1(c).")), 3):
        rows.append(f"5\t1\t3\t2\t{line}\t1\t{left}\t{top}\t60\t12\t96.0\t{word}")
    return "\n".join(rows) + "\n"


def _image(name: str) -> bytes:
    return fixture_bytes(FIXTURES / "scan_boxes" / f"{name}-sec-10b5.pgm")


def test_a_marked_box_is_read_as_its_mark() -> None:
    text = text_of_tsv(box_marks(_image("RUM-20240404-1"), _tsv(60, "xl")))
    assert text.startswith("X Check this box to indicate that a\n")
    assert "xl" not in text.split()  # OCR's glyph of the box, inside it, is dropped


def test_an_empty_box_is_read_as_seen_empty() -> None:
    text = text_of_tsv(box_marks(_image("AIR-20250110-1"), _tsv(58, "a")))
    assert text.startswith(f"{EMPTY_BOX} Check this box to indicate that a\n")
    assert "\na for" not in text
    lines = text.split("\n")
    assert without_unseen_mark(lines) == lines  # seen: the label kept, the box unchecked
    unseen = [line.replace(EMPTY_BOX + " ", "") for line in lines]
    assert without_unseen_mark(unseen)[0] == " that a"  # no mark, no box seen: unknown


def test_the_square_found_and_its_inside() -> None:
    for name in ("RUM-20240404-1", "AIR-20250110-1"):
        marked = truth(name)["aff10b5_one"]
        page = grey_of(_image(name))
        assert page is not None
        found = squares(page, (0, 0, 58, 180))
        assert len(found) == 1
        left, top, right, bottom = found[0]
        assert 18 <= right - left <= 26 and 36 <= bottom - top <= 46  # the form's box: 22 x 42
        assert box_state(page, found[0]) is marked


def _page(rows: list[str]) -> bytes:
    """A PGM of the rows drawn as text: "#" ink, "+" grey, "." paper."""
    levels = {"#": 0, "+": 160, ".": 255}
    pixels = bytes(levels[c] for row in rows for c in row)
    return b"P5\n%d %d\n255\n" % (len(rows[0]), len(rows)) + pixels


def _box(inside: list[str]) -> list[str]:
    """A box 20 pixels high and 16 wide (rows 2 to 21, columns 2 to 17) with ``inside``
    (rows of 14 pixels) in the middle of its 18 rows between the edges."""
    above = (18 - len(inside)) // 2
    body = ["." * 14] * above + inside + ["." * 14] * (18 - above - len(inside))
    edge = ".." + "#" * 16 + ".."
    return ["." * 20] * 2 + [edge] + ["..#" + row + "#.." for row in body] + [edge] + ["." * 20] * 2


def test_a_speck_in_the_box_leaves_it_unknown() -> None:
    clean = grey_of(_page(_box([])))
    speck = grey_of(_page(_box(["......##......"])))
    cross = grey_of(_page(_box(["..##......##..", "...##....##...", "....##..##....",
                                ".....####.....", "....##..##....", "...##....##...",
                                "..##......##.."])))
    assert clean is not None and speck is not None and cross is not None
    boxes = [squares(page, (0, 0, 21, 26)) for page in (clean, speck, cross)]
    assert all(len(found) == 1 for found in boxes)
    assert box_state(clean, boxes[0][0]) is False
    assert box_state(speck, boxes[1][0]) is None  # ink, but not a mark's: unknown
    assert box_state(cross, boxes[2][0]) is True


def test_left_as_it_was() -> None:
    tsv = _tsv(60, "xl")
    assert box_marks(b"\x89PNG\r\n\x1a\n", tsv) == tsv  # pixels not readable here
    no_label = tsv.replace("indicate", "indic@te")
    assert box_marks(_image("RUM-20240404-1"), no_label) == no_label
    blank = _page(["." * 400] * 180)  # no box beside the label
    assert box_marks(blank, tsv) == tsv


def test_a_mark_before_the_label_on_its_line_is_that_labels() -> None:
    # tesseract's text of TSLA-20230727-1's sec page drawn by pypdfium2, its 10b5-1 box
    # read from the pixels ("X Check this box to indicate that a"): the label above it
    # ends "Instruction 1(b).." as OCR read it, not as the form prints it, and the mark
    # was read as that box's (not_subject_to_section16 true) before
    text = (FIXTURES / "scan_boxes" / "TSLA-20230727-1-sec-pypdfium2.txt").read_text()
    assert "\nInstruction 1(b)..\n\nX Check this box to indicate that a\n" in text
    form = parse(text)
    held = truth("TSLA-20230727-1")
    assert form.aff10b5_one is held["aff10b5_one"] is True
    assert form.not_subject_to_section16 is held["not_subject_to_section16"] is False
