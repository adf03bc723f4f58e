"""Box 2 read where a reading-order text (pdftotext without -layout) printed the
labels of boxes 2, 1 and 5 together and the issuer's "name [ ticker ]" later, as a
paragraph of its own: taken only where it stands alone and the text keeps a cell's
lines in one paragraph, so that a wrapped name is never read in part."""

from __future__ import annotations

from form4lark.form.header import paragraph_issuer
from form4lark.shapes.stream import read_stream

_LABELS = ("2. Issuer Name and Ticker or Trading Symbol\n\n"
           "1. Name and Address of Reporting Person*\n\n"
           "5. Relationship of Reporting Person(s) to Issuer\n(Check all applicable)\nDirector\n\n")


def _read(text: str) -> tuple[str | None, str | None]:
    name, ticker = paragraph_issuer(read_stream(text).lines)
    return (name.text if name else None, ticker.text if ticker else None)


def test_a_lone_paragraph_is_the_issuer() -> None:
    assert _read(_LABELS + "APPLE INC [ AAPL ]\n\nWILLIAMS JEFFREY E\n") == ("APPLE INC", "AAPL")


def test_a_name_wrapped_in_its_paragraph_is_not_read_in_part() -> None:
    text = _LABELS + "ALPHA & OMEGA SEMICONDUCTOR\nLtd [ AOSL ]\n\nLi Wenjun\n"
    assert _read(text) == (None, None)


def test_a_label_before_it_on_the_next_line_leaves_it_unknown() -> None:
    text = _LABELS.rstrip("\n") + "\nLtd [ AOSL ]\n\nLi Wenjun\n"
    assert _read(text) == (None, None)


def test_a_text_of_one_line_paragraphs_cannot_tell_a_wrapped_name() -> None:
    text = "2. Issuer Name\n\nALPHA & OMEGA SEMICONDUCTOR\n\nLtd [ AOSL ]\n\nLi Wenjun\n"
    assert _read(text) == (None, None)


def test_two_bracketed_lines_leave_it_unknown() -> None:
    text = _LABELS + "APPLE INC [ AAPL ]\n\nJOHN [ X ] DOE\n"
    assert _read(text) == (None, None)
