"""The older page design read by the form reader: its "Reporting Owners" table, each
owner's name, street lines and "CITY, ST ZIP" one under the other, where box 1 of the
same page runs the street lines together; and its notes, printed after the signatures.
Checked against the seeds' hand-checked records (seeds 002 and 003 are that design)."""

from __future__ import annotations

import json

import pytest

import form4lark
from form4lark.scoring import score
from support import FIXTURES

SEEDS = FIXTURES / "seeds"
OLD_DESIGN = ("002_616a1a37146756d8", "003_2eb5b2ed231a0ccb")
ADDRESS = ("name", "street1", "street2", "city", "state", "zip")


def _read(text: str):
    return form4lark.parse(text, layout="cells")


def _owners(form) -> list[tuple]:
    return [tuple(getattr(o, f) for f in ADDRESS) for o in form.reporting_owners]


@pytest.mark.parametrize("seed", OLD_DESIGN)
def test_the_table_gives_the_owner_the_seed_holds_and_nothing_read_is_wrong(seed):
    expected = json.loads((SEEDS / "expected" / f"{seed}.json").read_text())
    form = _read((SEEDS / f"{seed}.txt").read_text())
    assert _owners(form) == [tuple(o[f] for f in ADDRESS) for o in expected["reporting_owners"]]
    assert [v for v in score(expected, json.loads(form.to_json())) if v[1] == "wrong"] == []


def _seed_002() -> str:
    return (SEEDS / f"{OLD_DESIGN[0]}.txt").read_text()


def test_each_owner_of_a_joint_filing_is_read_in_turn():
    second = "\n\nDoe Jane\n1 MAIN STREET\nWILMINGTON,, DE 19801\n\nX\n"
    text = _seed_002().replace("ENGLEWOOD, CO 80112\n\nX\n", "ENGLEWOOD, CO 80112\n\nX" + second)
    owners = _owners(_read(text))
    assert owners[1] == ("Doe Jane", "1 MAIN STREET", None, "WILMINGTON,", "DE", "19801")
    assert [o[0] for o in owners] == ["Federico Richard D", "Doe Jane"]


@pytest.mark.parametrize("change", [
    ("ENGLEWOOD, CO 80112", "ENGLEWOOD CO 80112"),  # no comma of the design's: not its city line
    ("Federico Richard D  \n", "Federico Richard D    X  \n"),  # a mark beside the words
], ids=["no-design-comma", "mark-beside-words"])
def test_lines_not_of_the_table_form_give_no_owner_from_it(change):
    form = _read(_seed_002().replace(*change))
    # box 1 is read instead: its one street line splits where the care-of line ends,
    # its joining comma and the city's comma are the design's
    assert _owners(form) == [("Federico Richard D", "C/O ALLIED MOTION TECHNOLOGIES INC.",
                              "23 INVERNESS WAY EAST, STE. 150", "ENGLEWOOD", "CO", "80112")]


def test_box_1_of_the_design_leaves_a_street_with_a_comma_unknown_where_no_care_of_ends():
    text = _seed_002().replace("Federico Richard D  \n", "Federico Richard D    X  \n")
    text = text.replace("C/O ALLIED MOTION TECHNOLOGIES INC., 23 INVERNESS", "23 INVERNESS")
    owner = _read(text).reporting_owners[0]
    assert (owner.street1, owner.street2, owner.city) == (None, None, "ENGLEWOOD")


@pytest.mark.parametrize("seed", OLD_DESIGN)
def test_notes_printed_after_the_signatures_are_read_up_to_the_closing_notes(seed):
    # the design prints "Signatures" before "Explanation of Responses", the page's
    # closing notes ("Note: File three copies ...") after its footnotes
    expected = json.loads((SEEDS / "expected" / f"{seed}.json").read_text())
    form = _read((SEEDS / f"{seed}.txt").read_text())
    assert form.footnotes == expected["footnotes"]


@pytest.mark.parametrize("seed", OLD_DESIGN)
def test_the_signature_before_the_notes_is_the_paragraph_above_its_date(seed):
    expected = json.loads((SEEDS / "expected" / f"{seed}.json").read_text())
    form = _read((SEEDS / f"{seed}.txt").read_text())
    assert [(s.name, s.date.isoformat()) for s in form.signatures] == [
        (s["name"], s["date"]) for s in expected["signatures"]]


def test_the_heading_is_no_part_of_the_name_and_lines_run_together_give_no_signature():
    glued = _read(_seed_002().replace("## Signatures\n\n", "## Signatures\n"))
    assert [s.name for s in glued.signatures] == [
        "Susan M. Chiarmonete, attorney-in-fact for Richard D. Federico"]
    # the date right under the name, the name under the owners' lines: no paragraph
    # shows where the name begins
    text = _seed_002().replace("Federico\n\n05/21/2013", "Federico\n05/21/2013")
    assert _read(text.replace("\n\n## Signatures\n\n", "\n")).signatures == ()
