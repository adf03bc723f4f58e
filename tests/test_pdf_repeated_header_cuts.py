"""A Form 4 PDF printed so (WeasyPrint: A4 paper, moved page breaks) that a page break
cuts a table's row and the next page repeats the table's header: the row's rest is
printed under that header, alone or above the next row's values. The fixtures are the
words with boxes pdfium gave for three such PDFs of the sec design. A cell whose lines
the page does not settle is left unknown, never given another row's lines."""

from __future__ import annotations

import json

import pytest

from form4lark.api import parse_page
from form4lark.inputs.words import Word, page_of_words
from support import FIXTURES, fixture_text, off_fields, truth_of, wrong_fields

pytest.importorskip("pypdfium2", reason="the pdf extra (pypdfium2) is not installed")

PDF = FIXTURES / "pdf"


def _form(folder):
    lines = fixture_text(folder / "words.jsonl").splitlines()
    words = [Word(t, x0, x1, top, bottom, page)
             for t, x0, x1, top, bottom, page in map(json.loads, lines)]
    return parse_page("pdf", page_of_words(words), strict=False)


def _wrong(folder, form) -> list[str]:
    return wrong_fields(off_fields(truth_of(folder), form))


def test_a_rest_printed_alone_under_the_repeated_header_leaves_the_cell_unknown() -> None:
    """AFRM-20230103-1: the last row's nature is cut after "By The Founders", its rest
    and its title printed under Table I's repeated header with no values: the nature is
    unknown, not "By The Founders"."""
    folder = PDF / "AFRM-20230103-1-a4p-sec"
    form = _form(folder)
    assert _wrong(folder, form) == []
    assert form.non_derivative_holdings[2].nature_of_ownership is None
    assert form.non_derivative_holdings[0].nature_of_ownership == "By FF Affirm Growth, LLC"


def test_a_rest_above_the_next_rows_values_leaves_both_cells_unknown() -> None:
    """GOOG-20220413-1: "SMB Pacific 2021" / (break, header) / "Charitable Remainder
    Unitrust I" and the next row's whole nature centred on its values: the next row's
    cell has more lines above its values than on and below them, so neither is read,
    where the first kept only its page's lines and the second took both."""
    folder = PDF / "GOOG-20220413-1-break-sec"
    form = _form(folder)
    assert _wrong(folder, form) == []
    assert [r.nature_of_ownership for r in form.derivative_holdings] == [None, None]
    assert all(r.security_title == "Class A Common Stock" for r in form.non_derivative_transactions)


def test_a_title_line_apart_above_a_tables_first_row_leaves_its_title_unknown() -> None:
    """CMMB-20210316-1: Table II's only row has its title's first line ("American") a
    blank line above the rest: no row goes on from a page before, so the title is
    unknown, not "Depositary Shares Purchase Warrant"."""
    folder = PDF / "CMMB-20210316-1-a4p-sec"
    form = _form(folder)
    assert _wrong(folder, form) == []
    assert form.derivative_transactions[0].security_title is None
