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

JOINT = FIXTURES / "agent" / "ADGI-20220328-2" / "agent"


@pytest.mark.parametrize("name", ["inscriptis.txt"])
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


@pytest.mark.parametrize("name", ["inscriptis.txt"])
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
