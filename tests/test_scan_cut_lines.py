"""OCR's text of a page whose lines it cut apart: a box's edge before a label under
boxes 1 and 2, and footnotes read as a block of openings and a block of ends.

Checked against the filings' truth (tesseract's text of the sec page design), and on
edited copies that must read nothing rather than a wrong value.
"""

from __future__ import annotations

from form4lark import parse
from support import FIXTURES, edited_text, fixture_text, off_fields, truth_of, wrong_fields

SCAN = FIXTURES / "scan"
AFRM = SCAN / "AFRM-20240701-1" / "sec" / "tesseract.txt"
GOOG = SCAN / "GOOG-20220413-1" / "sec" / "tesseract.txt"
#: the notes that tesseract cut in two at "... a weighted average price." (11 to 27),
#: but 18, whose end it cut inside a word ("incl" / "lusive.")
HALVED = [str(n) for n in range(11, 28) if n != 18]


def test_an_edge_before_a_bare_label_leaves_the_names_above_it_read():
    """"ee Director 10% Owner" under "Rabois Keith Affirm Holdings, Inc. [ AFRM ] oy": the
    speck is the box's edge, no word of box 1 or box 2."""
    form = parse(fixture_text(AFRM))
    expected = truth_of(AFRM)
    assert form.issuer.name == expected["issuer"]["name"] == "Affirm Holdings, Inc."
    assert form.reporting_owners[0].name == expected["reporting_owners"][0]["name"]
    assert wrong_fields(off_fields(expected, form)) == []


def test_a_capital_word_before_a_bare_label_still_leaves_the_names_unknown():
    """"Lee Director": a word a name may hold (a second line of box 1) is not taken off;
    the names above it are not read rather than read short."""
    text = edited_text(AFRM, ("\nee Director", "\nLe Director"), once=True)
    form = parse(text)
    assert form.issuer.name is None and form.reporting_owners[0].name is None


def test_notes_cut_in_two_blocks_are_read_whole_in_order():
    form = parse(fixture_text(GOOG))
    expected = truth_of(GOOG)
    notes = form.footnotes or {}
    assert [n for n in HALVED if notes.get(n) != expected["footnotes"][n]] == []
    assert notes.get("18") is None
    assert wrong_fields(off_fields(expected, form)) == []


def test_notes_in_two_blocks_with_an_end_lost_are_left_out():
    """One end fewer than the openings (OCR lost a line): no pairing is certain."""
    end = ". The shares were sold in multiple transactions at prices ranging from $2,597.00 to $2,598.00, inclusive."
    text = edited_text(GOOG, (end, ""), once=True)
    notes = parse(text).footnotes or {}
    assert [n for n in HALVED if notes.get(n) is not None] == []


def test_a_short_name_word_before_a_bare_label_is_not_taken_off():
    """"Silva Joao ..." / "da Director 10% Owner": the name wrapped, "da" is its last word,
    not the glyph of an empty box; the name is left unknown rather than read "Silva Joao"."""
    text = edited_text(AFRM, ("\nRabois Keith Affirm", "\nSilva Joao Affirm"),
                       ("\nee Director", "\nda Director"), once=True)
    assert parse(text).reporting_owners[0].name is None


def test_no_particle_before_a_bare_label_is_taken_off():
    """"y Director", "e Director", "ii Director": no word but an empty box's glyph is
    dropped; the name above ("Rabois Keith" + the word) is left unknown, never read short."""
    for word in ("y", "e", "ii", "dy"):
        text = edited_text(AFRM, ("\nee Director", f"\n{word} Director"), once=True)
        assert parse(text).reporting_owners[0].name is None, word


def test_an_end_lost_under_a_different_opening_pairs_no_note():
    """Opening 11 of another sentence ("... weighted average purchase price.") and the end
    of note 12 lost: the block of openings (11 to 27) is one longer than the ends, so
    no end is paired (note 12 would read note 11's range, $2,570.65 to $2,571.65)."""
    end12 = "\n. The shares were sold in multiple transactions at prices ranging from $2,571.78 to $2,572.78, inclusive."
    for opening in ("weighted average purchase price.", "weighted average price."):
        text = edited_text(GOOG, ("11. The price reported in Column 4 is a weighted average price.",
                                  f"11. The price reported in Column 4 is a {opening}"),
                           (end12, ""), once=True)
        notes = parse(text).footnotes or {}
        assert [n for n in ["11", *HALVED] if notes.get(n) is not None] == [], opening


def test_an_end_lost_under_a_misread_opening_pairs_no_note():
    """Opening 11 misread by OCR ("Co1umn") and the end of note 12 lost: no note paired."""
    end12 = "\n. The shares were sold in multiple transactions at prices ranging from $2,571.78 to $2,572.78, inclusive."
    text = edited_text(GOOG, ("11. The price reported in Column 4", "11. The price reported in Co1umn 4"),
                       (end12, ""), once=True)
    notes = parse(text).footnotes or {}
    assert [n for n in ["11", *HALVED] if notes.get(n) is not None] == []


def test_openings_not_numbered_in_order_pair_no_note():
    """Openings numbered out of order ("13." read where "14." stands): the block is not
    the run of notes its ends belong to, so none is paired."""
    text = edited_text(GOOG, ("\n14. The price reported", "\n13. The price reported"), once=True)
    notes = parse(text).footnotes or {}
    assert [n for n in HALVED if notes.get(n) is not None] == []
