"""A site's own page of the form ("web" design) whose headings a text extractor dropped
(trafilatura keeps its tables and paragraphs, not its "## ..." headings): the tables are
told by their short column titles, the notes by their marks, the remarks as the paragraph
after them, the signatures as the last rows of a signer and a date
(``shapes/lost_headings.py``); the text is a Form 4 by its tables' columns
(``detect.FORM4_MARKERS``) and ends with its signatures' row (``detect.form_end``)."""

from __future__ import annotations

import pytest

from form4lark import Form4ParseError, parse
from support import FIXTURES, fixture_text, table_fields_off

WEB = FIXTURES / "web"
AAPL = WEB / "AAPL-20190502-1" / "web" / "trafilatura.txt"
GOOG = WEB / "GOOG-20151002-1" / "web" / "trafilatura.txt"


def test_a_page_without_its_headings_reads_its_tables_notes_and_signature() -> None:
    """AAPL-20190502-1: no heading at all (before: refused, "too few of the form's
    markers (found: columns)"). Only the owner's street and city are missed: the
    address's line break was lost ("ONE APPLE PARK WAY CUPERTINO, CA 95014")."""
    text = fixture_text(AAPL)
    assert "Table I" not in text and "Footnotes" not in text and "Signatures" not in text
    form, off = table_fields_off(AAPL)
    assert off == ["reporting_owners[0].street1 missed", "reporting_owners[0].city missed"]
    assert len(form.non_derivative_transactions) == 5 and form.remarks is None
    assert [s.name for s in form.signatures] == \
        ["/s/ Sam Whittington, Attorney-in-Fact for Jeffrey E. Williams"]


def test_the_paragraph_after_the_last_note_is_the_remarks_not_the_note_s() -> None:
    """GOOG-20151002-1: twenty notes, then the remarks' paragraph ("Form 4 Filing 1 of 2
    ..."), which the last note does not take (without the "Remarks" heading given back,
    it did: a wrong note and remarks missed)."""
    form, off = table_fields_off(GOOG)
    assert [f for f in off if not f.startswith("reporting_owners[0].")] == []
    assert form.remarks is not None and form.remarks.startswith("Form 4 Filing 1 of 2")
    assert dict(form.footnotes)["20"] == \
        "There is no expiration date for the Issuer's Class B Common Stock."


@pytest.mark.parametrize("old, new", [
    ("None\n", ""),  # the remarks' paragraph lost: where the notes end is not known
    ("[2] This", "[3] This"),  # a note out of order: the same
], ids=["no-remarks", "notes-out-of-order"])
def test_a_page_out_of_the_order_gets_no_headings_and_is_refused(old: str, new: str) -> None:
    text = fixture_text(AAPL)
    assert old in text
    with pytest.raises(Form4ParseError, match="no Table I or Table II title"):
        parse(text.replace(old, new, 1))


def test_a_page_without_its_signatures_row_is_cut_short() -> None:
    """The signatures' row closes a page whose headings were dropped: without it, the
    text may have been cut anywhere after the tables."""
    text = fixture_text(AAPL)
    last = text.rstrip().rpartition("\n")[2]
    assert "/s/" in last
    with pytest.raises(Form4ParseError, match="ends before the form does"):
        parse(text.rstrip()[:-len(last)])
