"""The paper form's pages through elinks at narrow widths (``elinks -dump -dump-width 60``
or 80): cells wrap inside their columns, a full cell touches its drawn border, and the
signature label wraps ("** Signature of" / "Reporting Person"). Each value read is the
filing's EDGAR record's; what cannot be told is left unknown, never guessed."""

from __future__ import annotations

import pytest
from support import FIXTURES, fixture_paths, off_fields, parse_fixture, truth_of, wrong_fields

from form4lark.form.atoms import lex
from form4lark.shapes.detect import read_shape
from form4lark.shapes.grid import border_columns, grid_lines

NARROW = FIXTURES / "narrow"
TEXTS = fixture_paths(NARROW, "*/*/*")


def _id(path) -> str:
    return "/".join(path.relative_to(NARROW).parts).removesuffix(".gz")


@pytest.mark.parametrize("path", TEXTS, ids=_id)
def test_no_value_read_from_a_narrow_dump_is_wrong(path):
    form = parse_fixture(path)
    assert wrong_fields(off_fields(truth_of(path), form)) == []


def _form(filing: str, design: str, name: str):
    path = NARROW / filing / design / f"{name}.txt"
    return parse_fixture(path), truth_of(path)


def test_a_full_cell_touching_its_border_is_a_cell_of_its_own():
    drawn = ("│2. Issuer Name and│5. Relationship of    │\n"
             "│[2]Affirm         │(Check all applicable)│\n")
    plain = drawn.replace("│", " ")
    assert [p.text for p in grid_lines(plain)[0].pieces] == ["2. Issuer Name and 5. Relationship of"]
    lines = grid_lines(plain, border_columns(drawn))
    assert [p.text for p in lines[0].pieces] == ["2. Issuer Name and", "5. Relationship of"]
    assert [p.x for p in lines[0].pieces] == [1, 20]


def test_the_header_of_a_60_column_dump_reads_as_the_filing_says():
    form, truth = _form("AFRM-20230403-1", "sec", "elinks60")
    assert form.issuer.name == truth["issuer"]["name"] == "Affirm Holdings, Inc."
    assert form.reporting_owners[0].name == truth["reporting_owners"][0]["name"] == "Rabois Keith"


def test_a_signature_label_wrapped_in_its_column_ends_the_name():
    text = "   /s/ Sam Whittington,   05/06/2019\n   ** Signature of        Date\n   Reporting Person\n"
    kinds = [a.kind for a in lex(read_shape(text, "grid"))]
    assert kinds.count("SIGNATURE") == 1
    form, truth = _form("AFRM-20230403-1", "sec", "elinks60")
    assert [s.name for s in form.signatures] == [s["name"] for s in truth["signatures"]]


def test_names_each_opening_with_slash_s_around_their_dates():
    form, truth = _form("LNKD-20110524-1", "sec", "elinks60")
    assert [s.name for s in form.signatures] == [s["name"] for s in truth["signatures"]]
    form, truth = _form("ADGI-20220328-2", "sec", "elinks80")
    assert [s.name for s in form.signatures] == [s["name"] for s in truth["signatures"]]


def test_a_signed_line_below_a_wrapped_name_leaves_the_names_unknown():
    # a name's date on its second line ("... By : /s/ SB Global" above "Advisers Limited,
    # its Manager, By : /s/ Stephen  03/07/2025"): where each name begins is not known
    form, truth = _form("BETR-20241209-1", "sec", "elinks80")
    assert [s.name for s in form.signatures] == [None] * len(truth["signatures"])
    assert [s.date.isoformat() for s in form.signatures] == [s["date"] for s in truth["signatures"]]
    # each date on its name's first line, a signed line right below it its name's end
    form, truth = _form("BETR-20241209-1", "plain", "elinks80")
    assert [s.name for s in form.signatures] == [s["name"] for s in truth["signatures"]]


def test_a_mark_before_other_its_label_wrapped_below():
    form, truth = _form("ADGI-20220328-2", "plain", "elinks60")
    assert [o.is_other for o in form.reporting_owners] == [True] * 4
    assert [o.other_text for o in form.reporting_owners] == [
        o["other_text"] for o in truth["reporting_owners"]]


def test_names_centred_one_line_off_the_middle_are_read_where_only_one_cut_fits():
    # two lines to a name with its date on the first, three or four with it on the second
    form, truth = _form("GUTS-20240206-1", "sec", "elinks60")
    assert [s.name for s in form.signatures] == [s["name"] for s in truth["signatures"]]
    assert len(form.signatures) == 6


def test_a_name_cut_up_to_the_closing_notes_line_is_read_without_a_crash():
    # the first name's cut reaches the line of "** Intentional misstatements ..." (a line
    # of closing notes only, which no name's rows hold): that cut is no name's, the other
    # (the date on the upper of the name's two middle lines) reads both names whole
    text = ("The reporting persons disclaim beneficial ownership of the securities.\n\n"
            "** Intentional misstatements or omissions of facts constitute Federal Criminal Violations\n"
            "    Acme Fund LP, By: Acme GP LLC, its\n"
            "    general partner, By: Jane Doe     02/08/2024\n"
            "    Managing Member of Acme GP\n"
            "    LLC, the general partner\n"
            "    /s/ John Roe                        02/08/2024\n"
            "    Chief Executive Officer\n")
    from form4lark.form import notes
    read = notes.signatures(lex(read_shape(text, "grid")), True, True)[1]
    assert [s.name.text if s.name else None for s in read] == [
        "Acme Fund LP, By: Acme GP LLC, its general partner, By: Jane Doe Managing Member"
        " of Acme GP LLC, the general partner", "/s/ John Roe Chief Executive Officer"]


@pytest.mark.parametrize("text", [
    "Remarks: ** Signature of the reporting person is on Exhibit 24 hereto.\n",
    "Remarks: __Signature of the reporting person is attached.\n"])
def test_a_sentence_opening_like_the_wrapped_signature_label_is_no_label(text):
    assert "SIGNATURE" not in [a.kind for a in lex(read_shape(text, "grid"))]


def test_a_wrapped_signature_label_is_one_label():
    text = "   /s/ Sam Whittington,   05/06/2019\n   ** Signature of        Date\n   Reporting Person\n"
    assert [a.kind for a in lex(read_shape(text, "grid")) if a.kind != "TEXT"] == ["SIGNATURE"]


@pytest.mark.parametrize(("filing", "name"), [
    ("BETR-20241209-1", "w3m80"),  # "SoftBank Group" opens the first name, not a footnote's end
    ("GUTS-20240206-1", "w3m60"),  # "Mithril II UGP LLC By:" likewise
])
def test_names_doubted_for_a_second_signers_line_still_end_the_footnotes(filing, name):
    # w3m centres each name on its date; counted so, some name shows the count wrong
    # (ending where no name ends, or a second signer's "/s/" line inside it) and no count
    # off the middle fits: the names are unknown, but the block begins where the centred
    # count begins, so the last footnote keeps none of the first name's words
    form, truth = _form(filing, "sec", name)
    assert [s.name for s in form.signatures] == [None] * len(truth["signatures"])
    assert [s.date.isoformat() for s in form.signatures] == [s["date"] for s in truth["signatures"]]
    assert form.footnotes["3"] == truth["footnotes"]["3"]
