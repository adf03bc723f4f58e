"""A joint filing in the agent design (benchmarks/designs/agent.py): every reporting owner
printed in box 1 under its one label and in box 5 after its name and a colon, and each
signature above its own "** Signature of Reporting Person" label (BETR-20241209-1: eight
owners, of six addresses, and eight signatures; every value checked against its truth)."""

from __future__ import annotations

from support import FIXTURES, fixture_text, off_fields, table_fields_off, truth_of, wrong_fields

from form4lark import parse

JOINT = FIXTURES / "agent" / "BETR-20241209-1" / "agent" / "page.html"


def test_every_owner_and_signature_read() -> None:
    form, off = table_fields_off(JOINT)
    assert off == []
    assert len(form.reporting_owners) == 8 and len(form.signatures) == 8
    first = form.reporting_owners[0]  # its own address, not the last owner's
    assert (first.street1, first.city, first.zip) == ("1-7-1, KAIGAN", "MINATO-KU TOKYO",
                                                      "105-7537")
    assert form.signatures[7].name == "SB Northstar LP By : /s/ Stephen Lam, Director"


def test_box5_not_parted_by_the_names_leaves_later_relationships_unknown() -> None:
    text = fixture_text(JOINT).replace("SB Global Advisers Ltd:", "SB Global Advisers:")
    form = parse(text)
    owners = form.reporting_owners
    assert len(owners) == 8 and owners[1].name == "SB Global Advisers Ltd"
    assert all(o.is_director is None and o.is_ten_percent_owner is None for o in owners[1:])
    off = off_fields(truth_of(JOINT), form)
    assert off and not wrong_fields(off)


def test_a_signature_part_not_read_whole_ends_the_list() -> None:
    text = fixture_text(JOINT).replace(
        "<td>SB Global Advisers Limited, By : /s/ Stephen Lam, General Counsel</td>", "<td></td>")
    form = parse(text)
    assert [s.name for s in form.signatures] == [
        "SoftBank Group Corp., By : /s/ Yuko Yamamoto, Head of Corporate Legal Department"]


#: the same filing through pypdf: box 2's and box 3's lines print inside the eighth
#: owner's part of box 1, which then does not part by owner; box 5 holds every owner's
#: boxes, and box 6 reads "More than One"
UNPARTED = FIXTURES / "agent" / "BETR-20241209-1" / "agent" / "pypdf.txt"
#: a one-owner filing through pypdf: "[X] Officer (give title below)", "COO"
ONE_OWNER = FIXTURES / "agent" / "AAPL-20190502-1" / "agent" / "pypdf.txt"


def test_box1_not_parted_leaves_the_first_owners_relationships_unknown() -> None:
    # the first owner only "Other": the later owners' "[X] 10% Owner" are not its own
    text = fixture_text(UNPARTED).replace(
        "[ ] Director [X] 10% Owner\n[ ] Officer (give title below) [ ] Other (specify below)",
        "[ ] Director [ ] 10% Owner\n[ ] Officer (give title below) [X] Other (specify below)", 1)
    first = parse(text).reporting_owners[0]
    assert first.name == "SOFTBANK GROUP CORP."
    assert (first.is_director, first.is_officer, first.is_ten_percent_owner,
            first.is_other) == (None, None, None, None)
    assert first.officer_title is None and first.other_text is None
    off = off_fields(truth_of(UNPARTED), parse(fixture_text(UNPARTED)))
    assert not wrong_fields(off)


def test_a_title_naming_a_relationship_is_no_second_owners_box5() -> None:
    # one owner (box 6): "Director" in its title is a second Director label, not a
    # second owner's boxes
    text = fixture_text(ONE_OWNER).replace("\nCOO\n", "\nSpouse of Director\n")
    owner = parse(text).reporting_owners[0]
    assert (owner.is_director, owner.is_officer, owner.is_ten_percent_owner,
            owner.is_other) == (False, True, False, False)
    assert owner.officer_title == "Spouse of Director"
