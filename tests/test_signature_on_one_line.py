"""A signature whose name the text printed around its date on one line ("... for
Richard D. 11/18/2013 Federico", seed 000: a PDF's text): the date inside the last
line above the signature label is the signature's, the words after it the name's
end. Checked against the seed's hand-checked record."""

from __future__ import annotations

import json

import form4lark
from support import FIXTURES

SEED = FIXTURES / "seeds" / "000_d7657e5d40b2743c"
LINE = "Susan M. Chiarmonte, attorney-in-fact for Richard D. 11/18/2013 **Federico**"


def _read(text: str):
    return form4lark.parse(text, layout="cells")


def test_the_name_around_its_date_is_one_signature_and_no_remark():
    expected = json.loads((SEED.parent / "expected" / f"{SEED.name}.json").read_text())
    form = _read(SEED.with_suffix(".txt").read_text())
    assert form.remarks is None
    assert [(s.name, s.date.isoformat()) for s in form.signatures] == [
        (s["name"], s["date"]) for s in expected["signatures"]]


def test_a_date_inside_prose_is_no_signature():
    text = SEED.with_suffix(".txt").read_text()
    assert LINE in text
    form = _read(text.replace(LINE, LINE.replace("**Federico**", "and sold the shares after it")))
    assert form.signatures == ()
