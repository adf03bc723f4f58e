"""Transaction codes OCR of the whole page lost, read again from their cells (``inputs/ocr_lost_codes.py``).

The stored image ``scan_marks/GOOG-20220413-1-plain-code.pgm.gz`` is a strip of Table I of
the plain design drawn at 200 dpi by pdftoppm (grey): "04/13/2022 | | S | | 600 | D ...",
the table's rules between the cells; tesseract read the date and "600}" in blocks of their
own and lost the "S" (the truth's code: S).
"""

from __future__ import annotations

import shutil

import pytest

from form4lark.inputs import ocr_lost_codes, scan
from form4lark.inputs.ocr_marks import grey_of
from support import FIXTURES, fixture_bytes

STRIP = FIXTURES / "scan_marks" / "GOOG-20220413-1-plain-code.pgm"
HEADER = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
DATE = "5\t1\t5\t1\t1\t1\t18\t16\t116\t17\t96.75\t04/13/2022"
AMOUNT = "5\t1\t9\t1\t1\t1\t739\t17\t38\t16\t78.43\t600}"
# where the strip's "S" is inked: left, top, right, bottom
S_BOX = (566, 17, 579, 32)


def _tsv(*words: str) -> str:
    return "\n".join([HEADER, *words]) + "\n"


def _sheet_reading(text: str, confidence: float, sheets: list[bytes]):
    """A stand-in for OCR of the sheet of codes: its one crop read as ``text``."""
    def read_sheet(image: bytes) -> str:
        sheets.append(image)
        page = grey_of(image)
        assert page is not None
        rows = [y for y in range(page.height) if any(page.dark(x, y) for x in range(page.width))]
        top = rows[0]
        return _tsv(f"5\t1\t1\t1\t1\t1\t30\t{top}\t40\t{rows[-1] - top}\t{confidence}\t{text}")
    return read_sheet


def test_the_one_letter_between_a_date_and_an_amount_is_found_rules_left_out() -> None:
    page = grey_of(fixture_bytes(STRIP))
    assert page is not None
    # the date's band, from its box's right edge to the amount's left: two rules cross it
    assert ocr_lost_codes.letter_box(page, (137, 16, 736, 33)) == S_BOX
    assert ocr_lost_codes.letter_box(page, (137, 16, 540, 33)) is None  # rules only


def test_a_lost_code_read_sure_is_put_after_its_date() -> None:
    sheets: list[bytes] = []
    tsv = _tsv(DATE, AMOUNT)
    out = ocr_lost_codes.lost_codes(fixture_bytes(STRIP), tsv, _sheet_reading("S", 91.5, sheets))
    assert len(sheets) == 1
    lines = out.splitlines()
    assert lines[1] == DATE and lines[3] == AMOUNT
    added = dict(zip(HEADER.split("\t"), lines[2].split("\t")))
    assert (added["text"], added["block_num"], added["left"], added["top"]) == ("S", "5", "566", "17")


def test_a_reading_that_is_not_one_sure_code_leaves_the_tsv_as_it_was() -> None:
    tsv = _tsv(DATE, AMOUNT)
    image = fixture_bytes(STRIP)
    for text, confidence in (("S", 60.0), ("SV", 95.0), ("K", 95.0), ("5", 95.0)):
        assert ocr_lost_codes.lost_codes(image, tsv, _sheet_reading(text, confidence, [])) == tsv
    # no amount right after the date: nothing is looked at
    other = _tsv(DATE, AMOUNT.replace("600}", "Stock"))
    assert ocr_lost_codes.lost_codes(image, other, _sheet_reading("S", 95.0, [])) == other
    # the code read already: the date's next word is no amount
    read = _tsv(DATE, "5\t1\t5\t1\t1\t2\t566\t17\t14\t16\t90.0\tS", AMOUNT)
    assert ocr_lost_codes.lost_codes(image, read, _sheet_reading("S", 95.0, [])) == read
    assert ocr_lost_codes.lost_codes(b"\x89PNG...", tsv, _sheet_reading("S", 95.0, [])) == tsv


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="the tesseract program is not installed")
def test_tesseract_reads_the_lost_code_from_its_cell() -> None:
    # the sheet read for real: its whitelist of code letters, one block (``--psm 6``) and
    # the confidence the reading must reach
    tsv = _tsv(DATE, AMOUNT)
    out = ocr_lost_codes.lost_codes(fixture_bytes(STRIP), tsv, scan.ocr_codes_sheet)
    added = dict(zip(HEADER.split("\t"), out.splitlines()[2].split("\t")))
    assert added["text"] == "S"
    assert float(added["conf"]) >= ocr_lost_codes.MIN_CONFIDENCE
