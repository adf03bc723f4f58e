"""A nature whose company's suffix OCR misread with its mark is left unknown (``layouts/ocr_texts.py``).

The first lines are XOOM-20130221-1's plain page as tesseract read it: "LP(2)" printed small
after "XI," came out "LPO" (the mark read as a capital O), "LLC(2)" came out "Lic@)".
Read as they stand, the natures were "..., LPO" and "..., Lic": wrong. A suffix with a
mark read as its letter may have lost its points too ("LPO" for "L.P.(3)"), so it is not
read back either: the nature is unknown. A mark OCR garbled into glyphs after a suffix
it read right ("LP@)") is taken off as before. The mark's glyphs may stay glued after
the misread suffix ("LPO)", "LPO”"), and any company's ending (``text.ENTITY_ENDINGS``)
may be misread so ("Inc.O", "LtdO"). A scan's table lines (``shapes/scan_words.py``)
are read with the same test: FB-20190822-1's sec page read "LLC(2)" as "LLCO".
"""

from __future__ import annotations

import form4lark
from form4lark.layouts.ocr_texts import text_cell
from form4lark.model import Diagnostic
from form4lark.shapes.scan_words import is_misread_suffix
from support import FIXTURES, fixture_text

FB = FIXTURES / "ocr_blocks" / "FB-20190822-1" / "sec" / "tesseract.txt"

NATURE = "nature_of_ownership"


def _nature(lines: list[str]) -> tuple[str | None, list[Diagnostic]]:
    diagnostics: list[Diagnostic] = []
    cell = text_cell(lines, NATURE, diagnostics)
    return (cell.text if cell is not None else None), diagnostics


def test_a_suffix_with_its_mark_read_as_o_is_unknown() -> None:
    text, diagnostics = _nature(["By Sequoia Capital", "XI, LPO"])
    assert text is None and "suffix" in diagnostics[0].message


def test_llc_read_as_lic_is_unknown() -> None:
    text, diagnostics = _nature(["By Sequoia Capital XI", "Principals Fund,", "Lic@)"])
    assert text is None and "suffix" in diagnostics[0].message


def test_a_suffix_read_right_keeps_its_nature() -> None:
    assert _nature(["By Sequoia", "Technology Partners", "XI, LP@)"])[0] == (
        "By Sequoia Technology Partners XI, LP")
    assert _nature(["By Sequoia Capital", "XI, LLC"])[0] == "By Sequoia Capital XI, LLC"


def test_a_misread_suffix_with_its_marks_glyph_glued_after_it_is_unknown() -> None:
    # XOOM-20130221-1 (sec) printed "XI, LPO)": read as "XI, LPO" by the bare word's test
    text, diagnostics = _nature(["By Sequoia Capital", "XI, LPO)"])
    assert text is None and "suffix" in diagnostics[0].message
    assert _nature(["By Sequoia Capital", "XI, LPO\u201d"])[0] is None


def test_every_company_ending_read_with_its_mark_as_o_is_a_misread_suffix() -> None:
    for word in ("Inc.O", "LtdO", "LLLPO", "L.L.C.O", "LLC2)", "Lic", "Lic?)"):
        assert is_misread_suffix(word), word
    for word in ("COO", "LLC", "L.P.", "Inc.", "Co.", "LLC(2)", "Licensed", "Stock"):
        assert not is_misread_suffix(word), word
    assert _nature(["By Rivendell One", "Inc.O"])[0] is None


def test_a_suffix_with_a_mark_read_as_o_leaves_its_nature_unknown() -> None:
    text = fixture_text(FB)
    assert "\nLLCO\n" in text
    holding = form4lark.parse(text).non_derivative_holdings[1]
    assert holding.direct_or_indirect == "I" and holding.nature_of_ownership is None
    read = form4lark.parse(text.replace("\nLLCO\n", "\nLLC\n")).non_derivative_holdings[1]
    assert read.nature_of_ownership == "By Rivendell One LLC"
    # the mark's glyph left glued, its digit read, "LLC" read as "Lic": never cut short
    for misread in ("LLCO)", "LPO)", "LLC2)", "Lic?)"):
        holding = form4lark.parse(text.replace("\nLLCO\n", f"\n{misread}\n")
                                  ).non_derivative_holdings[1]
        assert holding.nature_of_ownership is None, misread
