"""A joint filing in the agent design (every owner printed in box 1 under its one label, and
in box 5 after its name and a colon) through two converters that keep the page's columns:
inscriptis sets the header's columns side by side on the page grid (box 2's label beside
box 1's second owner), lynx prints each box as a block of its own down the text, in a text
read as the page's visual lines. ADGI-20220328-2: four owners, each "[X] 10% Owner" and
"[X] Other" with "See Remarks"; every field checked against the filing's truth."""

from __future__ import annotations

import pytest
from support import FIXTURES, fixture_text, off_fields, table_fields_off, truth_of, wrong_fields

from form4lark import parse
from form4lark.form.atoms import labels
from form4lark.page import Line, Piece
from form4lark.form.header import BOX1_LABELS
from form4lark.form.joint_boxes import owner_label_runs
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
    assert off and not wrong_fields(off)


def _grid_lines_of_second_owner(text: str) -> tuple[list[str], int]:
    """The text's lines, and where the second owner's part of box 5 opens (its name)."""
    lines = text.split("\n")
    return lines, next(n for n, line in enumerate(lines) if line.strip() == "Mithril II GP LP:")


def test_grid_mark_apart_from_its_label_is_read_by_its_side() -> None:
    # the second owner's "10% Owner" mark drawn a line above its label, on its name's
    # line: in reading order it comes before "Director", by its side it is "10% Owner"'s
    lines, name = _grid_lines_of_second_owner(fixture_text(JOINT / "inscriptis.txt"))
    mark = lines[name + 1].index("[X] 10% Owner")
    lines[name + 1] = lines[name + 1][:mark] + "   " + lines[name + 1][mark + 3:]
    lines[name] = lines[name][:mark + 1] + "X" + lines[name][mark + 2:]
    second = parse("\n".join(lines)).reporting_owners[1]
    assert (second.is_director, second.is_ten_percent_owner) == (False, True)


def test_grid_titles_under_both_checked_labels_are_read_by_their_side() -> None:
    # the second owner an officer and other: each text is the label's it stands under
    lines, name = _grid_lines_of_second_owner(fixture_text(JOINT / "inscriptis.txt"))
    lines[name + 2] = lines[name + 2].replace("[ ] Officer", "[X] Officer")
    other = lines[name + 2].index("Other")
    start = lines[name + 3].index("See Remarks")
    row = lines[name + 3][:start] + "Managing Member".ljust(other - start) + "See Remarks"
    lines[name + 3] = row + lines[name + 3][len(row):]
    second = parse("\n".join(lines)).reporting_owners[1]
    assert (second.is_officer, second.officer_title) == (True, "Managing Member")
    assert (second.is_other, second.other_text) == (True, "See Remarks")


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
    _lines(BOX1, *OWNER, *OWNER, *BOXES[:3], BOXES[3] + " " + BOXES[4], BOXES[5]),  # 4 and 5
], ids=["one-owner", "label-lost", "two-columns-on-a-line", "owner-after-box2",
        "box4-and-box5-on-a-line"])
def test_boxes_not_apart_or_not_joint(lines: list[Line]) -> None:
    assert not joint_box1_apart(labels(lines), 0, len(lines))


@pytest.mark.parametrize("kinds,count", [
    (list(BOX1_LABELS) * 3, 3),
    (list(BOX1_LABELS), None),  # one owner
    (list(BOX1_LABELS) * 2 + ["LAST"], None),  # a third owner's labels cut short
    (list(BOX1_LABELS) + list(reversed(BOX1_LABELS)), None),  # out of the form's order
])
def test_owner_label_runs(kinds: list[str], count: int | None) -> None:
    assert owner_label_runs(kinds) == count
