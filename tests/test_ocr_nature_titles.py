"""A scan's title that opens as a nature of ownership ("See Footnote Class A Common
Stock": a nature cell's words read into it) is left unknown, its marks dropped
(inputs/ocr_nature_titles.py)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from form4lark.inputs.ocr_nature_titles import nature_titles_to_none
from form4lark.model import Form4, Issuer, NonDerivativeHolding


def _holding(title: str, marks: dict[str, list[str]]) -> NonDerivativeHolding:
    return NonDerivativeHolding(security_title=title, shares_owned_following=Decimal(3315),
                                direct_or_indirect="I", nature_of_ownership="See Footnote",
                                footnotes=marks)


def _form(rows: tuple) -> Form4:
    return Form4(document_type="4", layout="scan", period_of_report=dt.date(2021, 2, 17),
                 date_of_original_submission=None, not_subject_to_section16=None,
                 issuer=Issuer(name=None, trading_symbol=None), reporting_owners=(),
                 filed_by_more_than_one_person=None, non_derivative_transactions=(),
                 non_derivative_holdings=rows, derivative_transactions=(),
                 derivative_holdings=(), footnotes={}, remarks=None, signatures=())


def test_a_title_opening_as_a_nature_is_unknown() -> None:
    # PLTR-20210217-1's plain page drawn by pypdfium2
    right = _holding("Class A Common Stock", {"nature_of_ownership": ["13"]})
    glued = _holding("See Footnote Class A Common Stock",
                     {"security_title": ["13"], "nature_of_ownership": ["13"]})
    form = nature_titles_to_none(_form((right, glued)))
    assert form.non_derivative_holdings == (right, dataclasses.replace(
        glued, security_title=None, footnotes={"nature_of_ownership": ["13"]}))
    [doubt] = form.diagnostics
    assert doubt.field == "non_derivative_holdings[1].security_title"
    assert nature_titles_to_none(_form((right,))) == _form((right,))


def test_a_title_whose_first_word_only_begins_so_is_kept() -> None:
    for title in ("By-laws Units", "By-Products Stock", "See-Through Units", "Bylaw Shares",
                  "Seed Preferred Stock"):
        row = _holding(title, {"security_title": ["1"]})
        assert nature_titles_to_none(_form((row,))) == _form((row,)), title
    for title in ("By Trust Common Stock", "see Footnote Class A Common Stock"):
        assert nature_titles_to_none(_form((_holding(title, {}),))).non_derivative_holdings[0] \
            .security_title is None, title
