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
# LNKD-20130401-1's sec page: a note's next lines after a blank line, below it (a
# hanging indent: right of the openings, so that only their height tells them apart)
WHOLE = [_line("Explanation of Responses:", 1000),
         _line("1. Each share of Class A Common Stock was issued upon conversion.", 1040),
         _line("2. Each share of Class B Common Stock is convertible at any time", 1070),
         BLANK,
         _line("Common Stock will convert automatically into one share", 1100, 130),
         _line("any transfer of such share (subject to certain exceptions),", 1130, 130),
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


def test_an_end_beside_the_last_opening_is_its_own() -> None:
    # AAPL-20220504-1's sec page drawn by pypdfium2: a last line's word read as a
    # paragraph of its own, after its line; the text read in order is right
    run = [_line("Explanation of Responses:", 1000),
           _line("1. The sale reported was effected pursuant to a Rule 10b5-1 plan.", 1040),
           _line("2. The reporting person", 1070), _line("undertakes", 1070, 1500),
           _line("to provide full information regarding the number of shares sold.", 1100)]
    assert split_notes(run) == []


def test_numbered_remarks_are_no_notes() -> None:
    # "1. Exhibit 24", "2. Exhibit 99" ... after the Remarks, a signer's name beside the
    # second ("/s/" lost): the notes ended at the Remarks
    remarks = [_line("Explanation of Responses:", 1000),
               _line("1. The shares are held by a trust.", 1040), BLANK,
               _line("Remarks:", 1100), _line("1. Exhibit 24 - Power of Attorney", 1130),
               _line("2. Exhibit 99 - Joint Filer Information", 1160),
               _line("3. Exhibit 99.2 - Signatures", 1190),
               _line("Jane Doe, by Attorney-in-fact", 1160, 1500)]
    assert split_notes(remarks) == []
    # the form's closing notes, their marks lost, end the notes as well
    closing = remarks[:3] + [_line("Signature of Reporting Person Date", 1100)] + remarks[4:]
    assert split_notes(closing) == []
    assert split_notes(remarks[:1] + remarks[4:]) == ["2", "3"]  # read as notes: torn


def test_a_rule_read_as_letters_is_no_end() -> None:
    # GOOG-20220413-1's sec page drawn by pdftoppm: the table's rule beside the notes,
    # read as "I" a line
    ruled = TORN[:4] + [BLANK, _line("I", 1040, 1249), _line("I", 1070, 1249), BLANK] + TORN[9:]
    assert split_notes(ruled) == []


def test_a_column_of_notes_wraps_under_its_openings() -> None:
    # a page printing its notes in two columns: a right-column note's next line, under
    # its opening, stands level with a left-column opening
    columns = [_line("Explanation of Responses:", 1000),
               _line("1. The shares are held by a trust.", 1040),
               _line("2. The shares are held by an LLC.", 1070),
               _line("3. The shares are held by a partnership.", 1100),
               _line("4. The reporting person disclaims beneficial", 1040, 1500),
               _line("ownership except to the extent of his interest.", 1070, 1500),
               _line("5. The shares were gifted.", 1130, 1500)]
    assert split_notes(columns) == []


def test_ends_on_another_page_or_left_of_the_openings_are_none() -> None:
    # the run's ends read on the next page, level with the openings' places
    other = object()
    paged = TORN[:5] + [(words, other) for words, _ in TORN[5:8]] + TORN[8:]
    assert split_notes(paged) == []
    # lines level with the openings, but left of them: a margin's words, no ends
    margin = TORN[:5] + [_line("inclusive.", top, 40) for top in (1040, 1070, 1100)] + TORN[8:]
    assert split_notes(margin) == []


def test_a_lone_opening_keeps_its_end() -> None:
    lone = [_line("Explanation of Responses:", 1000),
            _line("3. The shares were sold at prices from $634.93 to $635.92,", 1040), BLANK,
            _line("inclusive.", 1040, 1500), BLANK,
            _line("4. The shares were gifted.", 1070)]
    assert split_notes(lone) == []
