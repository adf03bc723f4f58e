"""A page grid printed at a terminal's default width, where cells wrap inside columns.

``w3m -dump page.html`` lays the sec page out at 80 columns (here also 60): the
signature label wraps in its narrow column ("** Signature of  Date" over "Reporting
Person", or "** Signature" / "of Reporting Date" / "Person"), a signer's name wraps
around its date, centred on the date's line with the extra line of an even count
below it (a value's superscript mark wrapped under its caret: tests/test_agent_grid.py).
The fixtures are the sec pages of MSFT-20180829-1, LNKD-20110524-1 (80 columns) and
ADGI-20220328-2 (60 columns), each checked against its filing's truth.
"""

from __future__ import annotations

import pytest

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
