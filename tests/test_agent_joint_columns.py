"""A joint filing in the agent design (every owner printed in box 1 under its one label, and
in box 5 after its name and a colon) through two converters that keep the page's columns:
inscriptis sets the header's columns side by side on the page grid (box 2's label beside
box 1's second owner), lynx prints each box as a block of its own down the text, in a text
read as the page's visual lines. ADGI-20220328-2: four owners, each "[X] 10% Owner" and
"[X] Other" with "See Remarks"; every field checked against the filing's truth."""

from __future__ import annotations

import pytest
from support import FIXTURES, fixture_text, off_fields, table_fields_off, truth_of

from form4lark import parse
from form4lark.form.atoms import labels
from form4lark.page import Line, Piece
from form4lark.shapes.joint_apart import joint_box1_apart

JOINT = FIXTURES / "agent" / "ADGI-20220328-2" / "agent"


@pytest.mark.parametrize("name", ["inscriptis.txt", "lynx.txt"])
def test_every_owner_read(name: str) -> None:
    form, off = table_fields_off(JOINT / name)
    assert off == []
    assert [o.name for o in form.reporting_owners] == [
        "MITHRIL II LP", "Mithril II GP LP", "Mithril II UGP LLC", "THIEL PETER"]


def _second_owner_not_ten_percent(text: str) -> str:
    """The text with the second owner's "10% Owner" box left empty (its own box 5)."""
    first = text.index("[X] 10% Owner")
    second = text.index("[X] 10% Owner", first + 1)
    return text[:second] + "[ ] 10% Owner" + text[second + len("[X] 10% Owner"):]


@pytest.mark.parametrize("name", ["inscriptis.txt", "lynx.txt"])
def test_each_owner_has_its_own_box5(name: str) -> None:
    form = parse(_second_owner_not_ten_percent(fixture_text(JOINT / name)))
    assert [o.is_ten_percent_owner for o in form.reporting_owners] == [True, False, True, True]


def test_grid_box5_not_parted_by_the_names_leaves_relationships_unknown() -> None:
    text = fixture_text(JOINT / "inscriptis.txt").replace("Mithril II GP LP:", "Mithril II GP:  ")
    form = parse(text)
    owners = form.reporting_owners
    assert len(owners) == 4 and owners[1].name == "Mithril II GP LP"
    assert all(o.is_ten_percent_owner is None and o.is_other is None for o in owners)
    off = off_fields(truth_of(JOINT / "inscriptis.txt"), form)
    assert off and not [f for f in off if f.endswith("wrong")]


def _lines(*texts: str) -> list[Line]:
    return [Line([Piece(text, number, 1)]) for number, text in enumerate(texts, start=1)]


OWNER = ("NAME", "(Last) (First) (Middle)", "1 MAIN ST", "(Street)", "AUSTIN TX 78701",
         "(City) (State) (Zip)")
BOXES = ("2. Issuer Name and Ticker or Trading Symbol", "ACME INC [ ACME ]",
         "3. Date of Earliest Transaction Required to be Reported (Month/Day/Year)",
         "4. If Amendment, Date of Original Filed (Month/Day/Year)",
         "5. Relationship of Reporting Person(s) to Issuer (Check all applicable)",
         "6. Individual or Joint/Group Filing (Check Applicable Line)")
BOX1 = "1. Name and Address of Reporting Person*"


def test_boxes_apart_with_two_owners_in_box1() -> None:
    lines = _lines(BOX1, *OWNER, *OWNER, *BOXES)
    assert joint_box1_apart(labels(lines), 0, len(lines))


@pytest.mark.parametrize("lines", [
    _lines(BOX1, *OWNER, *BOXES),  # one owner: the block reader's
    _lines(BOX1, *OWNER, *OWNER[:3], *OWNER[4:], *BOXES),  # the second owner's "(Street)" lost
    _lines(BOX1, *OWNER, *OWNER[:5], OWNER[5] + " " + BOXES[0], *BOXES[1:]),  # columns on a line
    _lines(BOX1, *OWNER, *BOXES[:2], *OWNER, *BOXES[2:]),  # an owner after box 2's label
], ids=["one-owner", "label-lost", "two-columns-on-a-line", "owner-after-box2"])
def test_boxes_not_apart_or_not_joint(lines: list[Line]) -> None:
    assert not joint_box1_apart(labels(lines), 0, len(lines))
