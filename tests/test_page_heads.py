"""A running header at the top of each page ("SEC Form 4 (continued)", a browser's
``@page`` margin box, or a line a converter prints after a form feed) is no cell of the
row a page break cuts (``row_bands._without_page_heads``): set in the page's margin left
of every cell of the table, or run across its columns, it is left out, and the cut row
keeps no title it does not print (LNKD-20130401-1, agent design, its row 6 cut by the
page break, its title "Class A" / "Common" / "Stock" at the next page's top).
"""

from __future__ import annotations

import pytest
from support import FIXTURES, fixture_text

from form4lark import parse, parse_file

TITLE = "Class A Common Stock"


def _titles(form: object) -> list[str | None]:
    return [row.security_title for row in getattr(form, "non_derivative_transactions") or ()]


def test_a_header_line_after_the_form_feed_is_no_title() -> None:
    text = fixture_text(FIXTURES / "agent_pdf" / "LNKD-20130401-1-agent.txt")
    text = text.replace("\f         Class A", "\f         SEC Form 4 (continued)\n         Class A")
    titles = _titles(parse(text))
    assert len(titles) == 9
    assert all(title in (None, TITLE) for title in titles)
    assert titles[:5] == [TITLE] * 5 and titles[6:] == [TITLE] * 3


def test_a_weasyprint_margin_header_is_no_title() -> None:
    pytest.importorskip("pypdfium2")
    form = parse_file(FIXTURES / "pdf" / "LNKD-20130401-1-agent-header" / "page.pdf")
    titles = _titles(form)
    assert len(titles) == 9
    assert all(title in (None, TITLE) for title in titles)
    assert titles[:5] == [TITLE] * 5 and titles[6:] == [TITLE] * 3
