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
from support import FIXTURES, fixture_bytes, fixture_text, truth

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
    text = fixture_text(FIXTURES / "scan_boxes" / "TSLA-20230727-1-sec-pypdfium2.txt")
    assert "\nInstruction 1(b)..\n\nX Check this box to indicate that a\n" in text
    form = parse(text)
    held = truth("TSLA-20230727-1")
    assert form.aff10b5_one is held["aff10b5_one"] is True
    assert form.not_subject_to_section16 is held["not_subject_to_section16"] is False


# ---------------------------------------------------------------- boxes 5 and 6
# tesseract's words of MDB-20200610-1's plain page drawn at 200 dpi by pdftoppm (grey), in
# the cut ``scan_boxes/MDB-20200610-1-plain-boxes56.pgm.gz`` at (1500, 320): block, line,
# left, top, width, height, confidence, text. The truth: Director checked (read as
# nothing), 10% Owner, Officer and Other empty (read "(J", "C1", "(1"), box 6's One checked
# (nothing), More empty ("OD"), but OCR cut "One" of its label in two lines ("O" / "ne")
BOXES56 = [
    "23 2 59 17 81 17 96.8 Director", "23 3 19 47 25 25 45.2 C1",
    "23 3 58 50 68 17 96.1 Officer", "23 3 134 50 49 22 96.9 (give",
    "23 3 191 50 35 17 96.9 title", "23 3 236 50 66 22 96.7 below)",
    "24 1 327 13 25 25 23.3 (J", "24 1 368 18 44 16 95.7 10%", "24 1 421 18 68 16 96.0 Owner",
    "24 2 327 47 25 25 27.3 (1", "24 2 367 50 58 17 95.7 Other",
    "24 2 433 50 79 22 96.8 (specify", "24 2 521 50 66 22 96.9 below)",
    "29 2 53 145 52 16 96.8 Form", "29 2 113 144 41 17 96.5 filed", "29 2 164 144 23 22 96.4 by",
    "29 2 195 145 43 16 96.5 One", "29 2 247 144 99 22 96.2 Reporting",
    "29 2 356 145 71 16 96.2 Person",
    "30 1 12 172 25 25 24.5 OD", "30 1 53 176 52 16 88.8 Form", "30 1 113 175 41 17 95.9 filed",
    "30 1 164 175 23 22 95.9 by", "30 1 196 176 51 16 97.0 More", "30 1 255 175 44 17 92.7 than",
    "30 1 308 176 16 16 67.3 O",
    "31 1 327 179 23 13 95.0 ne", "31 1 360 175 99 22 96.9 Reporting",
    "31 1 469 176 71 16 96.5 Person",
]


def _boxes56_tsv() -> str:
    rows = [HEADER]
    for number, word in enumerate(BOXES56, 1):
        block, line, left, top, width, height, conf, text = word.split()
        rows.append(f"5\t1\t{block}\t1\t{line}\t{number}\t{left}\t{top}\t{width}\t{height}"
                    f"\t{conf}\t{text}")
    return "\n".join(rows) + "\n"


def test_boxes_5_and_6_drawn_as_squares_are_read_from_the_pixels() -> None:
    image = fixture_bytes(FIXTURES / "scan_boxes" / "MDB-20200610-1-plain-boxes56.pgm")
    held = truth("MDB-20200610-1")
    owner = held["reporting_owners"][0]
    assert (owner["is_director"], owner["is_officer"], owner["is_ten_percent_owner"],
            owner["is_other"], held["filed_by_more_than_one_person"]) == (
                True, False, False, False, False)
    lines = text_of_tsv(box_marks(image, _boxes56_tsv())).split("\n")
    assert "X Director" in lines
    assert f"{EMPTY_BOX} Officer (give title below)" in lines
    assert f"{EMPTY_BOX} 10% Owner" in lines and f"{EMPTY_BOX} Other (specify below)" in lines
    assert "X Form filed by One Reporting Person" in lines
    # the label cut in two ("O" / "ne"): the mark is not put before it, OCR's glyph stays
    assert "OD Form filed by More than O" in lines
    for glyph in ("C1", "(J", "(1"):  # OCR's glyphs of the boxes, inside them, dropped
        assert glyph not in " ".join(lines).split()


def test_a_seen_empty_box_is_read_unchecked() -> None:
    # the word put before a box's label where its box was read empty from the pixels
    text = (FIXTURES / "corpus" / "AIR-20250110-1" / "text" / "tesseract.txt")
    form = parse(fixture_text(text).replace("C1 Director (J 10% Owner",
                                            f"{EMPTY_BOX} Director {EMPTY_BOX} 10% Owner")
                 .replace("LD Form filed by More", f"{EMPTY_BOX} Form filed by More"))
    owner = form.reporting_owners[0]
    assert (owner.is_director, owner.is_ten_percent_owner, owner.is_officer) == (False, False, True)
    assert form.filed_by_more_than_one_person is False


def test_a_top_box_seen_empty_is_unchecked_where_the_header_shows_no_mark() -> None:
    # TSLA-20230727-1's text (as above) with its header's marks lost, as pypdfium2's pages
    # of AIR-20250110-1 and BETR-20241209-1 read: no mark seen, the boxes are unknown, but
    # for the 10b5-1 box whose pixels showed it empty (the reader's ☐ before its label)
    text = fixture_text(FIXTURES / "scan_boxes" / "TSLA-20230727-1-sec-pypdfium2.txt")
    unmarked = (text.replace("x Officer (give", "Officer (give")
                .replace("X Form filed by One", "Form filed by One"))
    seen = parse(unmarked.replace("X Check this box to indicate",
                                  f"{EMPTY_BOX} Check this box to indicate"))
    assert seen.aff10b5_one is False
    assert seen.not_subject_to_section16 is None  # not seen: unknown, as before
    lost = parse(unmarked.replace("X Check this box to indicate", "Check this box to indicate"))
    assert lost.aff10b5_one is None


def test_a_label_read_tall_is_matched_by_its_top() -> None:
    # OCR may draw a word's box down over what stands under it (FB-20170719-1's plain page
    # drawn by pypdfium2: "Director" 47 pixels high): the square's top is level with it
    image = fixture_bytes(FIXTURES / "scan_boxes" / "MDB-20200610-1-plain-boxes56.pgm")
    tall = _boxes56_tsv().replace("\t59\t17\t81\t17\t", "\t59\t17\t81\t47\t")
    assert tall != _boxes56_tsv()
    assert "X Director" in text_of_tsv(box_marks(image, tall)).split("\n")
