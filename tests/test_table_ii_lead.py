"""Table II's first column printed inside Table I's part (``form/table_ii_lead.py``).

The fixture is pdfminer's default text of GUTS-20240206-1's agent design (outside the
corpus): after Table I's title come its three titles, then Table II's header "1. Title
of Derivative Security (Instr. 3)" and Table II's three titles ("Series C-1 Preferred
Stock" ...), then Table I's dates and other columns. Table II's column is given back to
Table II, and Table I reads to the filing's truth; where the words after the header
cannot be told for Table II's, nothing is moved and no value is read wrong.
"""

from __future__ import annotations

from decimal import Decimal

import form4lark
from form4lark.form.atoms import page_atoms
from form4lark.form.regions import cut
from form4lark.form.table_ii_lead import table_ii_lead
from form4lark.shapes.stream import read_stream
from support import FIXTURES, edited_text, fixture_text, off_fields, truth_of, wrong_fields

GUTS = FIXTURES / "agent" / "GUTS-20240206-1" / "agent" / "pdfminer.txt"
_HEADER = "1. Title of\nDerivative\nSecurity\n(Instr. 3)\n\n"
_II_TITLES = "Series\nC-1\nPreferred\nStock\n\nSeries\nC-2\nPreferred\nStock\n\nSeries D\nPreferred\nStock\n\n"
_I_TITLES = "Common\nStock\n\nCommon\nStock\n\nCommon\nStock\n\n"


def _table_i_off(form) -> list[str]:
    return [f for f in off_fields(truth_of(GUTS), form) if f.startswith("non_derivative")]


def test_table_ii_titles_among_table_i_are_given_back() -> None:
    text = fixture_text(GUTS)
    span = table_ii_lead(cut(page_atoms(read_stream(text))).table_i)
    assert span is not None and span[1] - span[0] == 3 + 3 * 4  # the header's, 3 titles'
    form = form4lark.parse(text)
    assert not wrong_fields(off_fields(truth_of(GUTS), form))
    assert _table_i_off(form) == []
    rows = form.non_derivative_transactions or []
    assert [(r.security_title, r.shares, r.shares_owned_following, r.direct_or_indirect)
            for r in rows] == [
        ("Common Stock", Decimal("5160301"), Decimal("5160301"), "D"),
        ("Common Stock", Decimal("918567"), Decimal("918567"), "I"),
        ("Common Stock", Decimal("333333"), Decimal("1251900"), "I")]


def test_header_with_no_titles_after_it_moves_nothing() -> None:
    # edited: Table II's titles gone, Table I's dates right after the header: no column
    # of Table II's stands there (nothing moved: ``table_ii_lead`` finds no span), and
    # the header alone is taken out of Table I's body as any interleaved header is
    text = edited_text(GUTS, (_II_TITLES, ""), once=True)
    assert table_ii_lead(cut(page_atoms(read_stream(text))).table_i) is None
    form = form4lark.parse(text)
    assert not wrong_fields(off_fields(truth_of(GUTS), form))
    assert _table_i_off(form) == []


def test_table_i_titles_after_the_header_read_no_title_wrong() -> None:
    # edited: Table I's titles printed after Table II's (both runs after the header): all
    # six paragraphs go to Table II, Table I is read with its titles unknown, nothing wrong
    text = edited_text(GUTS, (_I_TITLES + _HEADER + _II_TITLES, _HEADER + _II_TITLES + _I_TITLES),
                       once=True)
    form = form4lark.parse(text)
    assert not wrong_fields(off_fields(truth_of(GUTS), form))
    assert all(r.security_title is None for r in form.non_derivative_transactions or [])
