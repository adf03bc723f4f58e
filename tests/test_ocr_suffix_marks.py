"""A nature whose company's suffix OCR misread with its mark is left unknown (``layouts/ocr_texts.py``).

The first lines are XOOM-20130221-1's plain page as tesseract read it: "LP(2)" printed small
after "XI," came out "LPO" (the mark read as a capital O), "LLC(2)" came out "Lic@)".
Read as they stand, the natures were "..., LPO" and "..., Lic": wrong. A suffix with a
mark read as its letter may have lost its points too ("LPO" for "L.P.(3)"), so it is not
read back either: the nature is unknown. A mark OCR garbled into glyphs after a suffix
it read right ("LP@)") is taken off as before.
"""

from __future__ import annotations

from form4lark.layouts.ocr_texts import text_cell
from form4lark.model import Diagnostic

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
