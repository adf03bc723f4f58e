"""A font that prints a ligature ("fi", "ff", "ffi") as a lone "f" (pymupdf's text of the
agent design's PDF): the words that lost it are read back where the text prints them
whole, else their values are unknown (``ligature_losses.py``)."""

from __future__ import annotations

import dataclasses

import form4lark

from form4lark.ligature_losses import ligatures_checked
from support import FIXTURES, parse_fixture, table_fields_off, truth_of, wrong_fields

SEED = FIXTURES / "seeds" / "000_d7657e5d40b2743c.txt"
TEXT = (FIXTURES / "agent" / "AFRM-20230103-1" / "agent"
        / "pymupdf4llm.md")


def test_a_word_printed_whole_elsewhere_is_read_back_and_a_lost_one_left_unknown() -> None:
    """The footnotes print "FF Affirm Growth, LLC" whole: the cell's "Afrm" is read back.
    The issuer's "Afrfi m" (its ligature moved past a letter) is nowhere whole: unknown."""
    form, off = table_fields_off(TEXT)
    assert form.non_derivative_holdings[0].nature_of_ownership == "By FF Affirm Growth, LLC"
    assert form.issuer.name in (None, truth_of(TEXT)["issuer"]["name"])  # unknown, not wrong
    assert not wrong_fields(off)
    assert any("Afrfi" in d.message for d in form.diagnostics)


def test_a_text_showing_no_loss_is_left_as_it_is() -> None:
    """The form's own words printed whole ("Officer", "filed") and no word printed both
    whole and lost: "Hofman" is a name as printed (the ticker "AFRM" is no "Affirm")."""
    form = parse_fixture(TEXT)
    text = ("Form filed by One Reporting Person. Officer. Affirm Holdings [ AFRM ]\n")
    assert ligatures_checked(form, text) is form


def test_in_a_text_showing_the_loss_a_lone_f_english_never_spells_is_unknown() -> None:
    """An "f" before "m" ("Hofman") is a lost ligature's; before a vowel it may be the
    word's own ("Preferred"): that word is kept, as is the text's every word whole."""
    form = parse_fixture(TEXT)
    owner = dataclasses.replace(form.reporting_owners[0], name="Hofman Reid")
    holding = dataclasses.replace(form.non_derivative_holdings[0], security_title="Preferred Stock")
    form = dataclasses.replace(form, reporting_owners=(owner,), non_derivative_holdings=(holding,))
    checked = ligatures_checked(form, "Form fled by One Reporting Person. Ofcer.\n")
    assert checked.reporting_owners[0].name is None
    assert checked.non_derivative_holdings[0].security_title == "Preferred Stock"


def test_an_ordinary_text_printing_a_pair_of_words_is_left_as_it_is() -> None:
    """"Ofer" and "offer" are two words, no lost ligature: the form's own words are
    whole, so the owner's name is kept as printed, never read as "Offer"."""
    text = SEED.read_text().replace("Federico Richard D", "Ofer Richard D").replace(
        "Non-Employee Director Stock in Lieu of Cash Retainer Plan.", "exchange offer.")
    assert "Ofer Richard D" in text and "exchange offer." in text
    form = form4lark.parse(text)
    assert form.reporting_owners[0].name == "Ofer Richard D"


def test_a_pair_of_words_in_a_whole_text_with_an_f_before_a_consonant_is_unknown() -> None:
    """Without the form's words showing the loss, "Afrm" beside "Affirm" is read back
    never: an "f" before a consonant leaves the value unknown, not "Affirm" guessed."""
    form = parse_fixture(TEXT)
    holding = dataclasses.replace(form.non_derivative_holdings[0], nature_of_ownership="By Afrm LLC")
    form = dataclasses.replace(form, non_derivative_holdings=(holding,))
    checked = ligatures_checked(form, "Form filed by One Reporting Person. Officer. Affirm. By Afrm LLC\n")
    assert checked.non_derivative_holdings[0].nature_of_ownership is None
