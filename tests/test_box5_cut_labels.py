"""Box 5's labels and written text cut inside a word by a narrow cell (pandoc's plain
text): "X Dire" / "ctor", "X Officer (g" / "ive title below)", "Chief Techn" / "ology
Officer"."""

from __future__ import annotations

from form4lark.form import checkboxes
from form4lark.form.atoms import lex
from form4lark.form.reader import _titles
from form4lark.model import Diagnostic
from form4lark.shapes.grid import read_grid


def _box5(*lines: str) -> list:
    return lex(read_grid("\n".join(["5. Relationship of Reporting Person(s)", *lines])), "boxes")


def _read(atoms: list, doubts: list[Diagnostic] | None = None) -> tuple:
    """Box 5's (officer title, other text) read from ``atoms``, its boxes checked as marked."""
    return _titles(atoms, checkboxes.checked_labels(atoms, True), True, doubts=doubts)


def _doubted(*lines: str) -> list[str]:
    """The fields doubted reading box 5 printed as ``lines``, where neither text is read."""
    doubts: list[Diagnostic] = []
    assert _read(_box5(*lines), doubts) == (None, None)
    return [d.field for d in doubts]


def test_labels_cut_inside_a_word_at_the_line_end_check_their_boxes():
    atoms = _box5("  X Dire", "ctor", "            X 10% Owner", "  X Officer (g",
                  "ive title below)", "Other (specify below)")
    assert checkboxes.checked_labels(atoms, True) == {"DIRECTOR", "TEN_PERCENT", "OFFICER"}
    gi = _box5("  X  Directo", "r", "  X  Officer (gi", "ve title below)", "Other (specify below)")
    assert checkboxes.checked_labels(gi, True) == {"DIRECTOR", "OFFICER"}


def test_a_word_of_prose_is_no_cut_label():
    # "dire" in small letters, and "Direct" (of "Direct (D) or Indirect"), end no label
    atoms = _box5("  X the outlook is dire", "  X Ownership Form: Direct")
    assert checkboxes.seen_labels(atoms) == set()


def test_a_title_cut_inside_a_word_is_unknown_with_a_doubt():
    assert _doubted("  X Officer (g", "ive title below)", "Other (specify below)",
                    "      Chief Techn", "ology Officer") == ["reporting_owners.officer_title"]
    # a line opening with a small word a title prints is no piece of a word
    small = _box5("  X Officer (give title below)", "Other (specify below)",
                  "      SVP Powertrain", "and Energy Eng.")
    title, _ = _read(small)
    assert title is not None and title.text == "SVP Powertrain and Energy Eng."
    # wrapped at a space, the lines flush: the title is read whole
    whole = _box5("  X Officer (give title below)", "Other (specify below)",
                  "Chief Technology", "Officer")
    title, other = _read(whole)
    assert (title.text if title else None, other) == ("Chief Technology Officer", None)


def test_a_wrapped_title_in_a_cell_that_cuts_its_label_inside_a_word_is_unknown():
    # pandoc's plain text of a filing agent's page (box 5's cell, its pipes and the
    # boxes' brackets left out): the label cut "Officer (giv" / "e title below)" shows
    # the cell wraps at its width inside words, so "Senior VP, G" / "C, CAO &
    # Secretary" may be "GC" or "G C"
    assert _doubted("  X Officer (giv", "e title below)", "Other (specify below)",
                    "  Senior VP, G", "C, CAO & Secretary") == ["reporting_owners.officer_title"]
    # a title on one line of that cell is read
    one = _box5("  X Officer (giv", "e title below)", "Other (specify below)",
                "  Senior VP")
    title, _ = _read(one)
    assert title is not None and title.text == "Senior VP"


def test_a_label_cut_anywhere_inside_a_word_shows_the_cell_cuts_words():
    # the same cell cut at other widths (AIR-20250110-1's pandoc text edited): "Officer
    # (give t" / "itle below)", "Dire" / "ctor", "Other (spec" / "ify below)"
    for label in (("  X Officer (give t", "itle below)", "Other (specify below)"),
                  ("  Dire", "ctor", "  X Officer (give title below)", "Other (specify below)"),
                  ("  X Officer (give title below)", "Other (spec", "ify below)")):
        atoms = _box5(*label, "  Senior VP, G", "C, CAO & Secretary")
        assert _read(atoms) == (None, None), label
    # a break no word can straddle (a small letter, then a capital) is a space: read
    atoms = _box5("  X Officer (give t", "itle below)", "Other (specify below)",
                  "  Chief Financial", "Officer")
    title, _ = _read(atoms)
    assert title is not None and title.text == "Chief Financial Officer"
