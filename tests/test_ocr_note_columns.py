"""A scan's notes whose lines' ends OCR read apart from their openings are left unknown
(inputs/ocr_note_columns.py); a note's own next lines, below its opening, are no such end."""

from __future__ import annotations

import datetime as dt

from form4lark.inputs.ocr_note_columns import split_notes, split_notes_to_none
from form4lark.model import Form4, Issuer

PAGE = object()


def _line(text: str, top: int, left: int = 100) -> tuple[list[dict[str, str]], object]:
    """A line of words on PAGE, each word 20 px high, 60 px apart."""
    return ([{"text": word, "top": str(top), "height": "20", "left": str(left + 60 * i)}
             for i, word in enumerate(text.split())], PAGE)


BLANK: tuple[list[dict[str, str]], object] = ([], PAGE)
# GOOG-20151002-1's plain page drawn by pypdfium2: tesseract gave the ends of notes 3-6
# ("inclusive.") as a block of their own, after their openings
TORN = [_line("Explanation of Responses:", 1000),
        _line("3. The shares were sold at prices from $634.93 to $635.92,", 1040),
        _line("4. The shares were sold at prices from $635.95 to $636.94,", 1070),
        _line("5. The shares were sold at prices from $637.06 to $638.05,", 1100),
        BLANK,
        _line("inclusive.", 1040, 1500), _line("inclusive.", 1070, 1500),
        _line("inclusive.", 1100, 1500), BLANK,
        _line("7. The shares were sold at prices from $639.26 to $640.25, inclusive.", 1130),
        _line("8. The shares were sold at prices from $640.45 to $641.44, inclusive.", 1160)]
# LNKD-20130401-1's sec page: a note's next lines after a blank line, below it
WHOLE = [_line("Explanation of Responses:", 1000),
         _line("1. Each share of Class A Common Stock was issued upon conversion.", 1040),
         _line("2. Each share of Class B Common Stock is convertible at any time", 1070),
         BLANK,
         _line("Common Stock will convert automatically into one share", 1100),
         _line("any transfer of such share (subject to certain exceptions),", 1130),
         BLANK, _line("3. In addition to the events set forth in footnote 2,", 1160)]


def _form(notes: dict[str, str]) -> Form4:
    return Form4(document_type="4", layout="scan", period_of_report=dt.date(2015, 10, 2),
                 date_of_original_submission=None, not_subject_to_section16=None,
                 issuer=Issuer(name=None, trading_symbol=None), reporting_owners=(),
                 filed_by_more_than_one_person=None, non_derivative_transactions=(),
                 non_derivative_holdings=(), derivative_transactions=(),
                 derivative_holdings=(), footnotes=notes, remarks=None, signatures=())


def test_ends_read_beside_their_openings_tear_the_notes() -> None:
    assert split_notes(TORN) == ["3", "4", "5"]
    notes = {"3": "... $635.92,", "4": "... $636.94,", "5": "... inclusive. inclusive.",
             "7": "... $640.25, inclusive."}
    form = split_notes_to_none(_form(notes), TORN)
    assert form.footnotes == {"3": None, "4": None, "5": None, "7": notes["7"]}
    assert [d.field for d in form.diagnostics] == ["footnotes.3", "footnotes.4", "footnotes.5"]


def test_a_notes_next_lines_below_it_are_its_own() -> None:
    assert split_notes(WHOLE) == []
    assert split_notes(TORN[1:]) == []  # no notes heading: nothing read as notes
