"""Every output writes a typed value the same way but for its words for yes and no."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from form4lark.value_text import value_text


@pytest.mark.parametrize("value, text", [
    (True, "Y"), (False, "N"), (Decimal("1250.5000"), "1250.5000"), (Decimal("1E+3"), "1000"),
    (dt.date(2019, 8, 12), "2019-08-12"), ("See footnote", "See footnote"), (7, "7")])
def test_value_text(value, text):
    assert value_text(value, true="Y", false="N") == text


def test_grouped_decimals_for_the_pretty_view():
    assert value_text(Decimal("1250000.25"), true="", false="", decimal=",f") == "1,250,000.25"
