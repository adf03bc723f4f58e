"""Table II's first column printed inside Table I's part (``form/table_ii_lead.py``).

The fixture is pdfminer's default text of GUTS-20240206-1's agent design (outside the
corpus): after Table I's title come its three titles, then Table II's header "1. Title
of Derivative Security (Instr. 3)" and Table II's three titles ("Series C-1 Preferred
Stock" ...), then Table I's dates and other columns. Table II's column is given back to
Table II, and Table I reads to the filing's truth; where the words after the header
cannot be told for Table II's, nothing is moved and no value is read wrong.

SNOW-20221213-1's pdfminer text (agent design) has one row in Table II: the header, then
its one title "Stock Option (Right to Buy)", stand after Table I's titles. Edited so that
a Table I paragraph (a title, a nature) follows that title, it must not join it.
"""

from __future__ import annotations

import form4lark
from form4lark.form.atoms import page_atoms
from form4lark.form.regions import cut
from form4lark.form.table_ii_lead import table_ii_lead
from form4lark.shapes.stream import read_stream
from support import FIXTURES, edited_text, fixture_text, off_fields, truth_of, wrong_fields

GUTS = FIXTURES / "agent" / "GUTS-20240206-1" / "agent" / "pdfminer.txt"
SNOW = FIXTURES / "agent" / "SNOW-20221213-1" / "agent" / "pdfminer.txt"
_OPTION = "Stock\nOption\n(Right to\nBuy)\n\n"
_CLASS_A = "Class A\nCommon\nStock\n\n"
_NATURES = "See footnote3\n\nSee footnote3\n\n"
_HEADER = "1. Title of\nDerivative\nSecurity\n(Instr. 3)\n\n"
_II_TITLES = "Series\nC-1\nPreferred\nStock\n\nSeries\nC-2\nPreferred\nStock\n\nSeries D\nPreferred\nStock\n\n"
_I_TITLES = "Common\nStock\n\nCommon\nStock\n\nCommon\nStock\n\n"


def _table_i_off(form) -> list[str]:
    return [f for f in off_fields(truth_of(GUTS), form) if f.startswith("non_derivative")]


def test_one_table_ii_title_among_table_i_is_given_back() -> None:
    text = fixture_text(SNOW)
    table_i = cut(page_atoms(read_stream(text))).table_i
    span = table_ii_lead(table_i)
    assert span is not None
    moved = " ".join(" ".join(a.text for a in table_i[span[0]:span[1]]).split())
    assert moved == "1. Title of Derivative Security (Instr. 3) Stock Option (Right to Buy)"
    form = form4lark.parse(text)
    assert not wrong_fields(off_fields(truth_of(SNOW), form))
    assert [r.security_title for r in form.derivative_transactions or []] \
        == ["Stock Option (Right to Buy)"]


def test_table_i_title_after_table_ii_title_is_not_joined() -> None:
    # edited: Table I's last title "Class A Common Stock" printed after Table II's one
    # title: two paragraphs of titles after the header are not told apart (the second
    # may be Table I's): nothing moved, Table II's title is not "... Class A Common Stock"
    text = edited_text(SNOW, (_CLASS_A + _HEADER + _OPTION, _HEADER + _OPTION + _CLASS_A), once=True)
    assert table_ii_lead(cut(page_atoms(read_stream(text))).table_i) is None
    form = form4lark.parse(text)
    assert not wrong_fields(off_fields(truth_of(SNOW), form))
    assert [r.security_title for r in form.derivative_transactions or []] in ([None], [])


def test_table_i_nature_after_table_ii_title_is_not_joined() -> None:
    # edited: Table I's nature "By Trust" printed after Table II's title: the run of
    # Table II's titles ends at a paragraph that opens as a nature; only the title moves
    text = edited_text(SNOW, (_HEADER + _OPTION, _HEADER + _OPTION + "By Trust\n\n"), once=True)
    table_i = cut(page_atoms(read_stream(text))).table_i
    span = table_ii_lead(table_i)
    assert span is not None
    assert [a.text for a in table_i[span[0]:span[1]]][-1] == "Buy)"
    assert "By Trust" in " ".join(a.text for a in table_i[span[1]:])
    form = form4lark.parse(text)
    assert not wrong_fields(off_fields(truth_of(SNOW), form))
    assert [r.security_title for r in form.derivative_transactions or []] \
        == ["Stock Option (Right to Buy)"]


def test_table_i_natures_after_the_header_stay_in_table_i() -> None:
    # edited: Table I's "See footnote3" natures right after the header (Table II's titles
    # gone), or after Table II's titles: they are not moved to Table II's part
    base = edited_text(GUTS, (_NATURES, ""), count=1)
    for old, new in ((_I_TITLES + _HEADER + _II_TITLES, _I_TITLES + _HEADER + _NATURES),
                     (_I_TITLES + _HEADER + _II_TITLES, _I_TITLES + _HEADER + _II_TITLES + _NATURES)):
        assert old in base
        text = base.replace(old, new, 1)
        table_i = cut(page_atoms(read_stream(text))).table_i
        span = table_ii_lead(table_i)
        kept = " ".join(a.text for a in table_i if span is None or not span[0] <= table_i.index(a) < span[1])
        assert kept.count("See footnote3") == 2
        form = form4lark.parse(text)
        assert not wrong_fields(off_fields(truth_of(GUTS), form))


def test_several_table_ii_titles_move_nothing() -> None:
    # GUTS: three paragraphs of titles after the header (Table II's three rows): not told
    # from a Table I title printed after Table II's (above), so nothing is moved
    text = fixture_text(GUTS)
    assert table_ii_lead(cut(page_atoms(read_stream(text))).table_i) is None
    form = form4lark.parse(text)
    assert not wrong_fields(off_fields(truth_of(GUTS), form))


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
