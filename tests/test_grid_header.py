"""The header boxes of a page grid whose box labels ran together on one line.

pdfplumber's layout text prints the labels of boxes 1, 2 and 5 in their small type
one space apart ("...Reporting Person* 2. Issuer Name and Ticker..."): the words
before a label push it right of its box, so that the issuer's name stands left of
box 2's label. Box 2's edge is then taken from boxes 3 and 4 under it, or where no
such box places it (the agent design prints box 4 under box 1), from the issuer's
run of text under the label. The fixtures are the headers of AAPL-20190502-1 in both
page designs and LNKD-20110524-1's in the agent design, checked against their truths.
"""

from __future__ import annotations

import pytest

from form4lark.form.atoms import lex
from form4lark.form.pushed_labels import X_TOLERANCE, left_edges
from form4lark.form.reader import read_page
from form4lark.shapes.grid import read_grid
from support import FIXTURES, edited_text, truth

HEADERS = FIXTURES / "grid" / "headers"


@pytest.mark.parametrize("design", ["sec", "plain"])
def test_issuer_left_of_its_pushed_label_is_box_2s(design: str) -> None:
    text = (HEADERS / f"pdfplumber-layout-{design}.txt").read_text()
    assert "Person* 2. Issuer Name" in text  # the labels did run together
    sections = read_page(read_grid(text), "grid")
    owner = sections.owners[0]
    assert sections.issuer_name is not None and sections.issuer_name.text == "APPLE INC"
    assert sections.ticker is not None and sections.ticker.text == "AAPL"
    assert owner.name is not None and owner.name.text == "WILLIAMS JEFFREY E"
    assert [c.text for c in owner.street] == ["ONE APPLE PARK WAY"]
    assert (owner.city.text, owner.state.text, owner.zip.text) == ("CUPERTINO", "CA", "95014")
    assert sections.period_of_report is not None
    assert sections.period_of_report.text == "05/02/2019"


def _box_4_never_first(*edits: tuple[str, str]) -> str:
    """AAPL-20190502-1's sec header with a letter before box 4's label: boxes 3 and 4
    never first on their lines, so neither gives box 2 its edge (then ``edits`` made)."""
    return edited_text(HEADERS / "pdfplumber-layout-sec.txt",
                       ("  4. If Amendment", "x 4. If Amendment"), *edits, count=1)


def test_a_pushed_label_with_no_box_under_it_is_placed_by_the_text_under_it() -> None:
    """Box 2's label pushed, boxes 3 and 4 never first on their lines: the issuer's run
    on the line under the labels, left of box 2's label and right of box 1's, tells
    where box 2 begins."""
    sections = read_page(read_grid(_box_4_never_first()), "grid")
    assert sections.issuer_name is not None and sections.issuer_name.text == "APPLE INC"
    assert sections.owners[0].name is not None
    assert sections.owners[0].name.text == "WILLIAMS JEFFREY E"


def test_a_pushed_label_with_nothing_to_place_it_keeps_its_place() -> None:
    """No box under box 2 first on its line, and no run of text starting between box
    1's label and box 2's (the issuer run on after the name, one space apart): nothing
    tells where box 2 begins, so the text left of its label stays box 1's as printed."""
    text = _box_4_never_first(("JEFFREY E        APPLE", "JEFFREY E APPLE"))
    sections = read_page(read_grid(text), "grid")
    assert sections.issuer_name is None


def test_agent_design_box_4_under_box_1_places_no_box_2() -> None:
    """A design printing box 4 under box 1 ("4. If Amendment ..." first on its line at
    box 1's edge, LNKD-20110524-1's pdfplumber layout text of the agent design): box 4
    gives box 2's pushed label no edge (that would be box 1's own), the issuer's run
    under the label does; a joint owner's long name run on past that edge ("Reid
    Hoffman & Michelle Yee Living Trust") stays whole. Checked against its truth."""
    text = (HEADERS / "pdfplumber-layout-agent-joint.txt").read_text()
    assert "Person* 2. Issuer Name" in text and "\n     4. If Amendment" in text
    sections = read_page(read_grid(text), "grid")
    true_record = truth("LNKD-20110524-1")
    assert sections.issuer_name is not None
    assert sections.issuer_name.text == true_record["issuer"]["name"]
    assert sections.ticker is not None and sections.ticker.text == "LNKD"
    assert sections.period_of_report is not None
    assert sections.period_of_report.text == "05/24/2011"
    assert [o.name.text if o.name else None for o in sections.owners] == [
        o["name"] for o in true_record["reporting_owners"]]
    for owner, true in zip(sections.owners, true_record["reporting_owners"]):
        assert [c.text for c in owner.street] == [true["street1"], true["street2"]]
        assert owner.city is not None and owner.city.text == true["city"]


def test_a_run_inside_box_2_does_not_place_its_edge() -> None:
    """Negative: the issuer's ticker two spaces after its name ("AOL INC  [ LNKD ]")
    starts a run of its own inside box 2, right of its edge: the first run on the line
    places the edge, so the name stays box 1's and the issuer box 2's (the rightmost
    run's start read 'Hoffman Reid AOL INC' as the owner and no issuer)."""
    text = (HEADERS / "pdfplumber-layout-agent-joint.txt").read_text()
    text = text.replace("Hoffman Reid                     LINKEDIN CORP [ LNKD ]",
                        "Hoffman Reid                     AOL INC  [ LNKD ]")
    assert "AOL INC  [ LNKD ]" in text
    sections = read_page(read_grid(text), "grid")
    assert sections.issuer_name is not None and sections.issuer_name.text == "AOL INC"
    assert sections.ticker is not None and sections.ticker.text == "LNKD"
    assert sections.owners[0].name is not None
    assert sections.owners[0].name.text == "Hoffman Reid"


def test_box_5s_pushed_label_placed_at_box_2s_edge() -> None:
    """The agent design prints box 5 under box 2, at its edge, and box 6 beside it; their
    labels pushed right by box 4's, each box's edge is the first run of its lines
    ("Hoffman Reid:", "[X] Director"; "[ ] Form filed by ..."), not a checkbox's run
    inside box 5 ("[X] 10% Owner")."""
    text = (HEADERS / "pdfplumber-layout-agent-joint.txt").read_text()
    page = read_grid(text)
    table_i = next(n for n, line in enumerate(page.lines) if "Table I" in line.text)
    atoms = lex(page, "boxes", table_i)
    anchors = [a for a in atoms if a.kind in ("BOX1", "BOX2", "BOX3", "BOX4", "BOX5", "BOX6")]
    edges, _ = left_edges(anchors, atoms)
    edge = {a.kind: edges[id(a)] for a in anchors}
    ten_percent = next(a for a in atoms if a.kind == "TEN_PERCENT")
    its_mark = max((a for a in atoms if a.row == ten_percent.row and a.gx < ten_percent.gx
                    and a.offset == 0), key=lambda a: a.gx)
    assert its_mark.text == "[X]"
    assert abs(edge["BOX5"] - edge["BOX2"]) <= X_TOLERANCE < its_mark.gx - edge["BOX5"]
    one_person = next(a for a in atoms if a.kind == "ONE_PERSON")
    box_6s_mark = next(a for a in atoms if a.row == one_person.row and a.text == "[")
    assert edge["BOX6"] == box_6s_mark.gx


def test_a_street_reaching_under_box_2_stays_whole() -> None:
    """A label may stand a little right of the text under it, but a word that goes on
    a phrase begun in box 1 ("8TH FLOOR") is box 1's, however near box 2's edge."""
    text = (HEADERS / "pdfplumber-layout-sec.txt").read_text()
    street = "535 MISSION STREET, 8TH FLOOR"
    box_4 = next(line for line in text.split("\n") if "4. If Amendment" in line)
    assert text.index("ONE APPLE") - text.rindex("\n", 0, text.index("ONE APPLE")) - 1 == 5
    assert box_4.index("4. If") - 3 <= 5 + street.index("FLOOR") < box_4.index("4. If")
    sections = read_page(read_grid(text.replace("ONE APPLE PARK WAY", street)), "grid")
    assert [c.text for c in sections.owners[0].street] == [street]


def test_a_street_reaching_under_box_3_stays_whole() -> None:
    """Boxes 3 and 4 hold a date only: a street's last word run on past box 1's edge
    into their column ("SUITE 101", MDB-20200610-1's header) is box 1's, while the
    date under box 3's label, on the line of box 1's "(Middle)", stays box 3's."""
    text = (HEADERS / "pdfplumber-layout-sec-suite.txt").read_text()
    box_3 = next(line for line in text.split("\n") if "3. Date of" in line)
    street = next(line for line in text.split("\n") if "SUITE 101" in line)
    assert street.index("101") > box_3.index("3. Date")  # the word did reach over
    sections = read_page(read_grid(text), "grid")
    owner = sections.owners[0]
    assert [c.text for c in owner.street] == ["C/O SEQUOIA CAPITAL,",
                                             "2800 SAND HILL ROAD, SUITE 101"]
    assert (owner.city.text, owner.state.text, owner.zip.text) == ("MENLO PARK", "CA", "94025")
    assert sections.period_of_report is not None
    assert sections.period_of_report.text == "06/10/2020"


def test_box_4s_wrapped_label_is_not_the_city_lines() -> None:
    """A word of box 4's label wrapped one space after the city line ("FRANCISCO CA
    94080 (Month/Day/Year)", links2's ME-20230906-2) stays box 4's: the city line
    reads whole."""
    text = (HEADERS / "links2-plain-wrapped-label.txt").read_text()
    assert "94080 (Month/Day/Year)" in text
    owner = read_page(read_grid(text), "grid").owners[0]
    assert (owner.city.text, owner.state.text, owner.zip.text) == (
        "SOUTH SAN FRANCISCO", "CA", "94080")


def test_an_officers_title_reaching_under_box_3_stays_whole() -> None:
    """An officer's title begun left of box 5's edge, in the column of boxes 3 and 4
    ("Senior VP, GC, CAO & Secretary", AAR's AIR-20250110-1 header in the plain design),
    is box 5's: those boxes hold a date only, which stays box 3's."""
    text = (HEADERS / "pdfplumber-layout-plain-title.txt").read_text()
    title = next(line for line in text.split("\n") if "Senior VP" in line)
    label = next(line for line in text.split("\n") if "X Officer" in line)
    assert title.index("Senior") < label.index("X Officer")  # the title did reach over
    sections = read_page(read_grid(text), "grid")
    owner = sections.owners[0]
    assert owner.officer_title is not None
    assert owner.officer_title.text == "Senior VP, GC, CAO & Secretary"
    assert [c.text for c in owner.street] == ["1100 N. WOOD DALE ROAD"]
    assert sections.period_of_report is not None
    assert sections.period_of_report.text == "01/10/2025"


def test_a_city_wrapped_in_its_cell_beside_state_and_zip() -> None:
    """A city wrapped in its cell under its first line, the state's and zip's cells
    beside that line ("LONGBOAT FL 34228" / "KEY", RUM-20240614-1's header): its lines
    are joined before the state and zip."""
    text = (HEADERS / "pdfplumber-layout-sec-city.txt").read_text()
    assert "\n     KEY\n" in text
    owner = read_page(read_grid(text), "grid").owners[0]
    assert (owner.city.text, owner.state.text, owner.zip.text) == ("LONGBOAT KEY", "FL", "34228")
    assert [c.text for c in owner.street] == ["444 GULF OF MEXICO DR"]
