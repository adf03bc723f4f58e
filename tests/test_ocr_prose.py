"""Prose values OCR glued the form's printed notes onto are cut before them, and those
that lost a double quote are left unknown (inputs/ocr_prose.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from form4lark.inputs.ocr_prose import glued_prose_checked
from support import prose_form


@pytest.mark.parametrize(("read", "kept"), [
    ("/s/ Michael Johnson, attorney-in-fact for Peter Thiel ** Signature of Reporting Pers on Date",
     "/s/ Michael Johnson, attorney-in-fact for Peter Thiel"),
    ("/s/ Peter Thiel *", "/s/ Peter Thiel"),
    # the glyph OCR read beside the note is no part of the name: which part is, is unsure
    ("/s/ Travis Shrout, Attorney-in-Fact a *", None),
    ("** Signature of Reporting Person", None),
])
def test_a_signature_is_what_stands_before_the_forms_printed_note(read, kept) -> None:
    form = glued_prose_checked(prose_form(read, "Held by the trust."))
    assert form.signatures[0].name == kept
    assert form.signatures[0].date == dt.date(2021, 5, 17)
    assert [d.field for d in form.diagnostics] == ["signatures[0].name"]


def test_a_footnote_is_cut_before_the_notes_and_remarks_of_notes_alone_are_unknown() -> None:
    form = glued_prose_checked(prose_form(
        "/s/ Peter Thiel", "The option shares are fully vested. * Intentional misstatements",
        remarks="* Intentional misstatements or omissions of facts constitute"))
    assert form.footnotes == {"1": "The option shares are fully vested."}
    assert form.remarks is None
    assert form.signatures[0].name == "/s/ Peter Thiel"


@pytest.mark.parametrize("footnote", [
    'Greylock 15 GP LLC (Greylock LLC") is the general partner',
    "The Founders Fund IV Management, LLC (\"FF IV Management') is the general partner",
    "held by Rivendell One LLC (\u201cRivendell\u201d\") and",
])
def test_a_text_that_lost_a_double_quote_is_unknown(footnote) -> None:
    form = glued_prose_checked(prose_form("/s/ Peter Thiel", footnote))
    assert form.footnotes == {"1": None}
    assert "double quote" in form.diagnostics[0].message


def test_quotes_in_pairs_and_texts_without_notes_are_kept_as_read() -> None:
    form = prose_form("/s/ Peter Thiel", 'Greylock 15 GP LLC ("Greylock LLC") and \u201cGreylock 15\u201d')
    assert glued_prose_checked(form) is form


@pytest.mark.parametrize("signature", ["/s/ Ajay Royan, Managing Member, Mithril | UGP LLC",
                                       "/s/ Ajay Royan, Mithril | UGP LLC ** Signature of"])
def test_a_bar_standing_alone_leaves_the_text_unknown(signature) -> None:
    form = glued_prose_checked(prose_form(signature, "Series E | Preferred Stock"))
    assert form.signatures[0].name is None
    assert form.footnotes == {"1": None}
    assert glued_prose_checked(prose_form("/s/ Peter Thiel", "Held|by the trust")).footnotes == {
        "1": "Held|by the trust"}  # a bar inside a word is not a rule standing alone


@pytest.mark.parametrize(("nature", "kept"), [
    ("See footnote 4)", None), ("Sequoia Capital XII Principals Fund, LLC())", None),
    ("Class A DE) Stock", None), ("Sequoia Grove II, LLC (", None),
    ("By SVF II Beaver (DE) LLC", "By SVF II Beaver (DE) LLC"),
])
def test_a_bracket_that_closes_none_or_is_not_closed_leaves_the_text_unknown(nature, kept):
    assert glued_prose_checked(prose_form("/s/ Peter Thiel", nature)).footnotes == {"1": kept}


@pytest.mark.parametrize(("footnote", "kept"), [
    ("Held by Mithril 1] UGP LLC.", None),           # "II" read as "1]"
    ("Held by [the trust.", None),
    ("Held by Mithril II UGP LLC (\"UGP II\").", "Held by Mithril II UGP LLC (\"UGP II\")."),
])
def test_a_square_bracket_leaves_the_text_unknown(footnote, kept) -> None:
    form = glued_prose_checked(prose_form("/s/ Peter Thiel", footnote))
    assert form.footnotes["1"] == kept
    assert [d.field for d in form.diagnostics] == ([] if kept else ["footnotes.1"])


@pytest.mark.parametrize(("footnote", "kept"), [
    ("Held by Mithril 11 GP LP.", None),             # "II" read as "11"
    ("Held by Mithril 11 UGP LLC.", None),
    ("Held by Sequoia Capital 1l Principals Fund, LLC.", None),
    ("Held by Mithril II GP LP.", "Held by Mithril II GP LP."),
    ("Sold on March 11, 2022 by Mithril GP LP.", "Sold on March 11, 2022 by Mithril GP LP."),
    ("Sold on March 11 by the trust of the LLC.", "Sold on March 11 by the trust of the LLC."),
    ("Held by 11 LP entities.", "Held by 11 LP entities."),
])
def test_ones_between_a_name_and_its_legal_ending_leave_the_text_unknown(footnote, kept):
    form = glued_prose_checked(prose_form("/s/ Peter Thiel", footnote))
    assert form.footnotes["1"] == kept
    assert [d.field for d in form.diagnostics] == ([] if kept else ["footnotes.1"])


@pytest.mark.parametrize(("street", "kept"), [
    # a scan of FB-20210515-1's plain page: box 3's date 05/15/2021, read "95/15/2021",
    # joined to the street beside it
    ("1601 WILLOW ROAD 95/15/2021", None),
    ("Trust f/b/o Child 1 dated 12/29/2020", "Trust f/b/o Child 1 dated 12/29/2020"),
])
def test_a_date_no_calendar_holds_leaves_the_text_unknown(street, kept) -> None:
    form = glued_prose_checked(prose_form("/s/ Peter Thiel", street))
    assert form.footnotes == {"1": kept}


@pytest.mark.parametrize(("text", "kept"), [
    # scans of EB-20210112-1's plain page (box 3's rule beside the street read "=a") and of
    # ADGI-20220328-2's ("Mithril 1 GP LP" for "Mithril II GP LP")
    ("155 5TH STREET, FLOOR 7 =a", None),
    ("/s/ Ajay Royan, Managing Member, Mithril II UGP LLC, General Partner of Mithril 1 GP LP",
     None),
    ("Held by Fund I LP", "Held by Fund I LP"),  # the numeral I read as a letter: as filed
    ("Held on March 1 by the LLC", "Held on March 1 by the LLC"),
    # a numbered series: the same word before a 2 (no numeral II is read so)
    ("Held by Tranche 1 LP and Tranche 2 LP", "Held by Tranche 1 LP and Tranche 2 LP"),
    ("Held by Tranche 1 LP and Tranche 11 LP", None),
])
def test_an_equals_sign_or_a_lone_one_before_a_legal_ending_leaves_the_text_unknown(text, kept):
    assert glued_prose_checked(prose_form("/s/ Peter Thiel", text)).footnotes == {"1": kept}
