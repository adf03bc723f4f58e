"""A page grid printed at a terminal's default width, where cells wrap inside columns.

``w3m -dump page.html`` lays the sec page out at 80 columns (here also 60): the
signature label wraps in its narrow column ("** Signature of  Date" over "Reporting
Person", or "** Signature" / "of Reporting Date" / "Person"), a signer's name wraps
around its date, centred on the date's line with the extra line of an even count
below it, and a value's superscript mark wraps under its caret ("993^" over "(1)").
The fixtures are the sec pages of MSFT-20180829-1, LNKD-20110524-1 (80 columns) and
ADGI-20220328-2 (60 columns), each checked against its filing's truth.
"""

from __future__ import annotations

import pytest

from form4lark.shapes.detect import without_drawing
from support import FIXTURES, parse_fixture, truth

NARROW = FIXTURES / "grid" / "narrow"


def _signed(filing: str, text: str) -> tuple[list[tuple[str | None, str]], list[tuple[str, str]]]:
    form = parse_fixture(NARROW / text)
    held = truth(filing, "sec")
    return ([(s.name, s.date.isoformat()) for s in form.signatures],
            [(s["name"], s["date"]) for s in held["signatures"]])


@pytest.mark.parametrize(("filing", "text"), [
    # one name of four lines, its date on the second: "Ann Habernigg," above it
    ("MSFT-20180829-1", "MSFT-20180829-1-sec-w3m80.txt"),
    # two names of four and eight lines, each opening with "/s/"
    ("LNKD-20110524-1", "LNKD-20110524-1-sec-w3m80.txt"),
    # four names, the label over three lines at 60 columns
    ("ADGI-20220328-2", "ADGI-20220328-2-sec-w3m60.txt"),
], ids=["one-even-name", "two-even-names", "label-over-three-lines"])
def test_names_wrapped_around_their_dates_are_read_whole(filing: str, text: str) -> None:
    read, held = _signed(filing, text)
    assert read == held  # no label words ("** Signature of Date Reporting Person") in a name


def test_the_remarks_stay_empty_above_a_name_read_whole() -> None:
    form = parse_fixture(NARROW / "MSFT-20180829-1-sec-w3m80.txt")
    assert form.remarks is None  # "Ann Habernigg," is the name's, not a remark


# EB-20220413-1 (plain page, 80 columns): the shares' cell "993^(1)" wrapped in its column
_CARET_ROWS = ("Class A                                    993^                 Estate\n"
               "Common   04/13/2022            A           (1)    A   $ 0.0     Planning^\n"
               "Stock                                                           (4)\n"
               "\n1. The shares were issued.\n4. Held by a trust.\n")


def test_a_values_mark_wrapped_under_its_caret_goes_back_onto_it() -> None:
    lines = without_drawing(_CARET_ROWS).split("\n")
    assert lines[0].split()[2] == "993(1)"  # the amount's cell whole, its mark on it
    assert "(1)" not in lines[1]


def test_a_texts_mark_and_a_mark_alone_on_its_line_stay_where_they_are() -> None:
    lines = without_drawing(_CARET_ROWS).split("\n")
    assert lines[1].split()[-1] == "Planning"  # a text's cell: its mark stays below it
    assert lines[2].split()[-1] == "(4)"


def test_a_bare_superscript_number_wrapped_under_its_caret_still_goes_back() -> None:
    text = ("Common Stock  01/10/2025   S   1,500   D   $66.903^ 37,565   D\n"
            "                                           1\n"
            "\n1. A weighted average price.\n")
    lines = without_drawing(text).split("\n")
    assert "$66.903(1)" in lines[0] and not lines[1].strip()
