"""A joint filing of the agent design through pdfplumber (the page's visual lines): box 1
lists every owner under its one label, the first beside boxes 2 and 3, the others on lines
of their own below, and box 5 names each owner before its checkboxes, box 6 beside it
(``shapes/joint_beside.py``). LNKD-20130401-1's header, its tables cut out, every header
value checked against the filing's truth; the header was left out whole before."""

from __future__ import annotations

from support import FIXTURES, fixture_text, truth_of

from form4lark import parse

JOINT = FIXTURES / "agent" / "LNKD-20130401-1" / "agent" / "pdfplumber.txt"
_OWNER = ("name", "street1", "street2", "city", "state", "zip", "is_director", "is_officer",
          "is_ten_percent_owner", "is_other")


def test_every_owner_of_box_1_and_box_5_is_read() -> None:
    form = parse(fixture_text(JOINT))
    record, truth = form.to_dict(), truth_of(JOINT)
    assert (form.issuer.name, form.issuer.trading_symbol) == ("LINKEDIN CORP", "LNKD")
    assert str(form.period_of_report) == "2013-04-01"
    assert form.filed_by_more_than_one_person is True
    owners = record["reporting_owners"]
    assert [[o[k] for k in _OWNER] for o in owners] == [
        [o[k] for k in _OWNER] for o in truth["reporting_owners"]]
    assert owners[0]["name"] == "Hoffman Reid"  # cut from "LINKEDIN CORP" beside it


def test_a_box_5_not_naming_the_owners_leaves_the_first_name_uncut() -> None:
    """Box 5's second name changed ("Reid Hoffman Trust:"), so its names are not box 1's
    owners after the first: the first owner's name, sharing its line with the issuer's,
    is not cut by box 5's first name (the name and issuer then left unknown, never read
    run together)."""
    text = fixture_text(JOINT).replace("Reid Hoffman & Michelle Yee Living Trust:",
                                       "Reid Hoffman Trust:")
    form = parse(text)
    names = [o.name for o in form.reporting_owners]
    assert "Hoffman Reid LINKEDIN CORP" not in " ".join(n or "" for n in names)
    assert form.issuer.name in (None, "LINKEDIN CORP")


def test_box_5_s_name_cut_short_does_not_cut_box_1_s_line() -> None:
    """Box 1's first line holding a middle name or initial box 5 leaves out ("Hoffman Reid
    G LINKEDIN CORP", box 5 still "Hoffman Reid:"): box 5's name opens the line, but the
    word after it is an initial, or a word printed nowhere else ("Gregory"), so it is no
    cut there (the issuer was read "G LINKEDIN CORP", "Gregory LINKEDIN CORP")."""
    line = "Hoffman Reid LINKEDIN CORP [ LNKD ]"
    for middle in ("G", "Gregory"):
        text = fixture_text(JOINT).replace(line, line.replace("Reid", f"Reid {middle}"))
        assert text != fixture_text(JOINT)
        form = parse(text)
        assert form.issuer.name in (None, "LINKEDIN CORP")
        assert [o.name for o in form.reporting_owners][0] in (None, f"Hoffman Reid {middle}")


def test_box_6_is_read_after_box_5() -> None:
    """Box 6's marks stand on box 5's lines ("Hoffman Reid: [X] Form filed by More than
    One Reporting Person"): put after box 5, the "[X]" is box 6's, not the first owner's."""
    from form4lark.shapes.detect import read_shape
    lines = [line.text for line in read_shape(fixture_text(JOINT)).lines]
    assert "Hoffman Reid:" in lines
    assert lines.index("[X] Form filed by More than One Reporting Person") > lines.index(
        "Reid Hoffman & Michelle Yee Living Trust:")


def test_the_officer_s_title_under_box_5_beside_box_6_is_read() -> None:
    """AAPL-20190502-1: box 6 stands beside box 5 (its label on box 5's label's line, its
    checkboxes above the officer's), so box 5's title "COO" under "[X] Officer (give title
    below)" runs to the header's end, not to box 6's label (above it: no title was read);
    box 6's label and checkboxes are put after the title."""
    path = FIXTURES / "agent" / "AAPL-20190502-1" / "agent" / "pdfplumber.txt"
    form = parse(fixture_text(path))
    (owner,) = form.reporting_owners
    assert (owner.is_officer, owner.officer_title, owner.is_director) == (True, "COO", False)
    assert form.filed_by_more_than_one_person is False
