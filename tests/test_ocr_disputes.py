"""A word a scan reads with an F as E where the same pages read it with the F leaves its
texts unknown (inputs/ocr_disputes.py)."""

from __future__ import annotations

import pytest

from form4lark.inputs.ocr_disputes import disputed_ticker_to_none, disputed_to_none, disputed_words
from form4lark.model import Issuer
from support import prose_form


def test_a_word_read_with_e_for_an_f_read_elsewhere_is_disputed() -> None:
    page = ["Eacebook", "Inc", "[AERM]", "Facebook,", "AFRM", "SVE", "II", "Fund"]
    assert disputed_words(page) == {"Eacebook", "AERM"}


def test_only_f_read_as_e_and_never_a_letter_alone() -> None:
    # "SVF" beside "SVE" is not doubted (the other way round); series E and F are two
    assert disputed_words(["SVF", "SVE", "Series", "E", "F", "FE-IV", "FF-IV"]) == {"SVE", "FE-IV"}


def test_a_text_holding_a_disputed_word_is_unknown_with_a_diagnostic() -> None:
    form = prose_form("/s/ Peter Thiel", "Held by FE-IV. FF-IV is a fund.")
    cleared = disputed_to_none(form, ["Held", "by", "FE-IV.", "FF-IV", "/s/", "Peter", "Thiel"])
    assert cleared.footnotes == {"1": None}
    assert cleared.signatures[0].name == "/s/ Peter Thiel"
    assert "'FE-IV.'" in cleared.diagnostics[0].message


def test_a_word_read_elsewhere_in_capitals_disputes_it() -> None:
    # FB-20190822-1 plain drawn by pypdfium2: the header's "Eacebook Inc" beside the
    # address's "C/O FACEBOOK, INC."; SNOW-20221213-1 "SNOWELAKE" beside "Snowflake"
    assert disputed_words(["Eacebook", "Inc", "C/O", "FACEBOOK,", "INC."]) == {"Eacebook"}
    assert disputed_words(["SNOWELAKE", "Snowflake"]) == {"SNOWELAKE"}
    assert disputed_words(["SEE", "See", "Fee"]) == set()


@pytest.mark.parametrize(("name", "read", "kept"), [
    # scans of AFRM-20230103-1 and FB-20170719-1's plain pages: the F read as E
    ("Affirm Holdings, Inc.", "AERM", None),
    ("Facebook Inc", "EB", None),  # "FB" and "EB" both spell letters of the name
    ("Eventbrite, Inc.", "EB", "EB"),  # no F in the name: the E is one
    ("Affirm Holdings, Inc.", "AFRM", "AFRM"),
    # the name spells the ticker as printed: its E is the name's own
    ("Jefferies Financial Group Inc.", "JEF", "JEF"),
    ("Equity LifeStyle Properties, Inc.", "ELS", "ELS"),
])
def test_a_ticker_whose_e_may_be_the_names_f_is_unknown(name, read, kept) -> None:
    form = disputed_ticker_to_none(prose_form("/s/ Peter Thiel", "Held by the trust.",
                                              issuer=Issuer(name=name, trading_symbol=read)))
    assert form.issuer.trading_symbol == kept
    assert form.issuer.name == name
    assert bool(form.diagnostics) == (kept is None)
