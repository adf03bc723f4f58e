"""Signatures whose names and dates pdfminer prints as boxes of their own, parted by
empty lines and out of order (names, then dates, a name, a date ... the label, the last
date below it), each name a firm's signed by its officer ("SB Global Advisers
Limited, By" ": /s/ Stephen Lam, General" "Counsel"): every box holding "/s/" is a
name, paired in order with the dates where all are the same day; the note before the
first name stays the note's. Cut from BETR-20241209-1 (sec design, pdfminer's default
``pdf2txt.py``), checked against the filing's truth."""

from __future__ import annotations

import form4lark
from support import FIXTURES, fixture_text, truth

CUT = FIXTURES / "signed_blocks" / "BETR-20241209-1-sec-pdfminer.txt"


def test_firms_names_signed_in_boxes_pair_with_their_dates():
    form = form4lark.parse(fixture_text(CUT), layout="stream")
    held = truth("BETR-20241209-1", "sec")["signatures"]
    assert [(s.name, s.date.isoformat()) for s in form.signatures] == [
        (s["name"], s["date"]) for s in held]
    assert len(held) == 8


def test_the_note_before_the_first_name_is_kept():
    form = form4lark.parse(fixture_text(CUT), layout="stream")
    assert form.footnotes["3"] == truth("BETR-20241209-1", "sec")["footnotes"]["3"]


def test_a_box_neither_signed_nor_a_date_leaves_the_names_unknown():
    # an unsigned line among the boxes ("SB Northstar LP By") may be a name or not
    text = fixture_text(CUT).replace("SB Northstar LP By : /s/", "SB Northstar LP By :", 1)
    form = form4lark.parse(text, layout="stream")
    assert form.signatures and all(s.name is None for s in form.signatures)


def test_a_note_signed_before_the_names_stays_a_note():
    # a note block holding "/s/", then a note block that is no name: the names are
    # the blocks after it, up to the label
    text = fixture_text(CUT).replace(
        "pursuant to Rule 16a-9.\n", "pursuant to Rule 16a-9, as signed /s/ by the Issuer.\n\n", 1)
    form = form4lark.parse(text, layout="stream")
    held = truth("BETR-20241209-1", "sec")
    assert [(s.name, s.date.isoformat()) for s in form.signatures] == [
        (s["name"], s["date"]) for s in held["signatures"]]
    assert form.footnotes["3"] == held["footnotes"]["3"]


GUTS = FIXTURES / "signed_blocks" / "GUTS-20240206-1-sec-pdftotext.txt"


def test_a_signed_block_holding_a_date_before_the_run_leaves_the_names_unknown():
    # pdftotext (sec design, GUTS-20240206-1) runs dates into the first firms' names:
    # the blocks of names and dates after them are the last signers only, so whose
    # each name is in order is not known
    form = form4lark.parse(fixture_text(GUTS), layout="stream")
    held = [s["name"] for s in truth("GUTS-20240206-1", "sec")["signatures"]]
    assert form.signatures
    assert all(s.name in (None, name) for s, name in zip(form.signatures, held))
