"""A PDF of a site's page (the web design) whose table a page break cuts inside a row:
the browser moves the row's cells that do not fit to the next page's top, or cuts a
tall cell after its first lines, and sets what is left of each cell centred anew. The
fixtures are the words with boxes pdfium gave for two such pages: XOOM-20130221-1's
Table II (a row whose title, underlying title and nature all went to the next page,
their lines interleaved half a line apart; a row whose nature the next break cut after
three lines) and GOOG-20220413-1's (a nature cut after three lines, its row's other
cells whole on the page)."""

from __future__ import annotations

import json

import pytest

from form4lark.api import parse_page
from form4lark.inputs.words import Word, page_of_words
from support import FIXTURES, fixture_text, off_fields, truth_of

pytest.importorskip("pypdfium2", reason="the pdf extra (pypdfium2) is not installed")

CUT_PAGES = [FIXTURES / "pdf" / "XOOM-20130221-1-web", FIXTURES / "pdf" / "GOOG-20220413-1-web"]


def _stored_words(folder) -> list[Word]:
    lines = fixture_text(folder / "words.jsonl").splitlines()
    return [Word(t, x0, x1, top, bottom, page)
            for t, x0, x1, top, bottom, page in map(json.loads, lines)]


@pytest.mark.parametrize("folder", CUT_PAGES, ids=lambda f: f.name)
def test_rows_a_page_break_cuts_read_to_the_truth(folder) -> None:
    """Every row of both tables is the truth's, the cut rows' cells put back together
    ("By Sequoia Capital XI Principals" + "Fund, LLC [2]"; "SMB Pacific 2021 Charitable"
    + "Remainder Unitrust I"), where Table II was left out before."""
    form = parse_page("pdf", page_of_words(_stored_words(folder)), strict=False)
    assert off_fields(truth_of(folder), form) == []
    assert not [d for d in form.diagnostics if d.severity == "error"]


def test_a_top_set_row_whose_cells_a_break_moves_apart_by_a_blank_line_is_read() -> None:
    """XOOM-20130221-1's agent page (cells set at their rows' tops, numbered columns): the
    row cut by the second page break keeps its values and "Common" / "Stock" on its page,
    its title and nature printed whole at the next page's top, a blank line before the
    next row, so its lines are its band's, not lines between two rows: it is read as a
    row the break cut (each cell opening on its values line or on the next page's first
    line), where every title and nature of the table was left unknown before. (The
    header's boxes, drawn on this page, are not in its words: not asked here.)"""
    folder = FIXTURES / "pdf" / "XOOM-20130221-1-agent"
    form = parse_page("pdf", page_of_words(_stored_words(folder)), strict=False)
    assert not [f for f in off_fields(truth_of(folder), form) if "derivative" in f]
    assert [r.nature_of_ownership for r in form.derivative_transactions][15] == \
        "By Sequoia Capital XI, LP"


def _cells(n: int, **texts: str) -> dict[str, list]:
    """One line of a short grid's table: each column's words on line ``n``."""
    from form4lark.form.short_grid import GridWord

    return {key: [GridWord(t, 0, 0, n, 0) for t in text.split()] for key, text in texts.items()}


_VALUES = dict(transaction_date="01/01/2024", transaction_code="S", shares="100",
               acquired_disposed="D", price_per_share="$5.00", shares_owned_following="900")


def _cut_nature(last: str = "Principals", gap: int = 0, upper: str = "By Sequoia",
                carried: tuple[str, ...] = ("Fund, LLC", "(2)")) -> list[dict[str, list]]:
    """XOOM-20130221-1's shape in Table I: a direct row, then an indirect row whose nature
    the page's end cut after three lines (``upper`` and "Capital XI" above its values
    line, ``last`` on it), its title whole around it; the next page opens with the
    nature's last lines (``carried``: "Fund, LLC" / "(2)") right above a direct row
    (``gap`` blank lines between them)."""
    gap += len(carried) - 2
    def row(n: int, owned: str, **more: str) -> dict[str, list]:
        return _cells(n, direct_or_indirect=owned, **_VALUES, **more)

    return [_cells(0, security_title="Series A"), row(1, "D", security_title="Preferred"),
            _cells(2, security_title="Stock"), _cells(3, nature_of_ownership=upper),
            _cells(4, security_title="Series B", nature_of_ownership="Capital XI"),
            row(5, "I", security_title="Preferred", nature_of_ownership=last),
            _cells(6, security_title="Stock"),
            *[_cells(7 + n, nature_of_ownership=line) for n, line in enumerate(carried)],
            _cells(9 + gap, security_title="Series C"),
            row(10 + gap, "D", security_title="Preferred"),
            _cells(11 + gap, security_title="Stock")]


def _read(lined: list[dict[str, list]]):
    from form4lark.form.centred_rows import centred_rows
    from form4lark.sections import TABLE_I_COLUMNS

    return centred_rows(lined, TABLE_I_COLUMNS, [n == 7 for n in range(len(lined))])


def test_a_nature_the_page_s_end_cuts_goes_on_at_the_next_page_s_top() -> None:
    """The cut row keeps its nature's upper lines on its page (more above its values line
    than below: a centred cell cut by the page's end) and takes the lines at the next
    page's top, which run into the next row's lines with no blank line between."""
    rows = _read(_cut_nature()) or []
    assert [(r["security_title"].text, r.get("nature_of_ownership")) for r in rows][::2] == [
        ("Series A Preferred Stock", None), ("Series C Preferred Stock", None)]
    assert rows[1]["nature_of_ownership"].text == "By Sequoia Capital XI Principals Fund, LLC (2)"


def test_a_nature_goes_on_over_the_break_only_where_it_shows_cut() -> None:
    """Refused (the table left out, never a nature joined wrong): a blank line between
    the lines at the page's top and the next row (a running header stands apart); the
    nature's last line on its page closed by a mark (a cell prints its marks after its
    text); a nature whole around its values line (as many lines below as above); fewer
    lines at the next page's top than the cut nature lacks below its values line (two
    above it, none below: one line carried cannot be its centred rest)."""
    assert _read(_cut_nature(gap=1)) is None
    assert _read(_cut_nature(carried=("Fund, LLC (2)",))) is None
    assert _read(_cut_nature(last="Principals (1)")) is None
    whole = _cut_nature(upper="")
    whole[3] = {}
    whole[6] = _cells(6, security_title="Stock", nature_of_ownership="Trust")
    assert _read([line for line in whole if line]) is None


def test_cells_carried_whole_stand_half_a_line_apart_by_their_counts() -> None:
    """Cells moved whole to the next page's top, centred on one middle: a title of three
    lines and a nature of five at whole lines, an underlying title of two half a line
    off, on lines of their own between them, are a cut row's cells; a line holding a
    cell of each count is not so set, nor is a run centred elsewhere."""
    from form4lark.form.short_grid_pages import _carried_centred

    lines = [_cells(0, nature_of_ownership="By Sequoia"),
             _cells(1, security_title="Series C", nature_of_ownership="Capital XI"),
             _cells(2, underlying_security_title="Common"),
             _cells(3, security_title="Preferred", nature_of_ownership="Principals"),
             _cells(4, underlying_security_title="Stock"),
             _cells(5, security_title="Stock", nature_of_ownership="Fund, LLC"),
             _cells(6, nature_of_ownership="(2)")]
    assert _carried_centred(lines)
    mixed = [*lines[:2], _cells(2, underlying_security_title="Common", security_title="x"),
             *lines[3:]]
    assert not _carried_centred(mixed)
    assert not _carried_centred([*lines, _cells(7, underlying_security_title="Page 2")])


def test_a_cut_reading_is_refused_where_a_cell_holds_a_mark_before_words() -> None:
    """A reading that gives a row's nature "LP (2)" over "By Sequoia" (two rows' lines:
    a cell prints its marks after its text) is no reading of a cut page."""
    from form4lark.form.centred_rows import _marks_inside

    def cell(*lines: str) -> dict[str, list]:
        return {"nature_of_ownership": [_cells(n, nature_of_ownership=t)["nature_of_ownership"]
                                        for n, t in enumerate(lines)]}

    assert _marks_inside([cell("By Sequoia", "LP (2)", "By Sequoia")])
    assert not _marks_inside([cell("By Sequoia", "LP (2)"), cell("By GRAT (2) and", "IRA")])
    assert not _marks_inside([cell("(1)", "(2)")])
