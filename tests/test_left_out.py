"""build.py: the parts of a damaged section are None in the record (unread, not empty)."""

import pytest

from form4lark.build import build
from form4lark.form.reader import DAMAGED_FIELDS
from form4lark.recovery import PARTS
from form4lark.sections import Cell, Sections

#: every record field a damaged section can leave out
DAMAGEABLE = sorted({f for part in PARTS for f in part.fields}
                    | {f for fields in DAMAGED_FIELDS.values() for f in fields})


def _sections(damaged: set[str]) -> Sections:
    return Sections("lines", remarks=Cell("Remarks here", 9), damaged=damaged)


def test_an_undamaged_record_keeps_its_parts_empty_not_none():
    form = build(_sections(set()))
    assert form.reporting_owners == () and form.derivative_holdings == ()
    assert form.footnotes == {} and form.remarks == "Remarks here"


@pytest.mark.parametrize("name", DAMAGEABLE)
def test_each_damaged_part_alone_is_none(name):
    form = build(_sections({name}))
    assert getattr(form, name) is None
    others = [n for n in DAMAGEABLE if n != name]
    assert all(getattr(form, n) is not None for n in others)
