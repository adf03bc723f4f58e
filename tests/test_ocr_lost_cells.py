"""A lost transaction row's values are read from its words' places on the page, under
the columns the rows read above and below it place (inputs/ocr_lost_cells.py)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from form4lark.checks import NO_VALUE
from form4lark.inputs.ocr_lost_cells import lost_cells_read
from form4lark.inputs.ocr_lost_rows import lost_rows_kept
from form4lark.model import Diagnostic, Form4
from test_ocr_lost_rows import TEXT, _conversion, _form

HEADER = ("level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight"
          "\tconf\ttext")


def _tsv(text: str, unsure: frozenset[str] = frozenset(), unsure_conf: float = 40.0) -> str:
    """A TSV of ``text``: each line one of tesseract's lines, each word 10 pixels a
    character wide at its place in the line (spaces kept), OCR sure of each but the
    ``unsure`` ones (read ``unsure_conf`` sure)."""
    rows = [HEADER]
    for number, line in enumerate(text.splitlines(), 1):
        at = 0
        for index, word in enumerate(line.split(" "), 1):
            if not word:
                at += 1
                continue
            conf = unsure_conf if word in unsure else 96.0
            rows.append(f"5\t1\t1\t1\t{number}\t{index}\t{at * 10}\t{number * 30}\t"
                        f"{len(word) * 10}\t20\t{conf}\t{word}")
            at += len(word) + 1
    return "\n".join(rows)


#: the page as printed: the amounts of the rows around the lost one in its columns
ALIGNED = TEXT.replace("co 588,414 A $0 588,416 I", "co 588,414   A $0 588,416   I")


def _kept() -> Form4:
    first, last = _conversion(4, "6944440", "3472220"), _conversion(8, "588414", "588416")
    return lost_rows_kept(_form((first, last)), TEXT)


def test_a_lost_rows_values_are_read_under_its_neighbours_columns() -> None:
    # PLTR-20210217-1 (a scan): "cf 1,949,413 A $0 975,652) I": its code and the amount
    # owned run into OCR's garble and stay unknown; the (A) of "Class A" on the rows
    # around it stands a space after "Class", no cell, so the row below places the (A)/(D)
    # column by its "A" standing apart; the rest reads as the page prints it (the
    # filing's truth: A, $0, I)
    form = lost_cells_read(_kept(), (_tsv(ALIGNED),))
    row = form.non_derivative_transactions[1]
    assert (row.transaction_date, row.transaction_code, row.shares, row.acquired_disposed,
            row.price_per_share, row.shares_owned_following, row.direct_or_indirect) == (
        dt.date(2021, 2, 17), None, Decimal(1949413), "A", Decimal(0), None, "I")
    assert row.security_title is None and row.nature_of_ownership is None
    assert form.non_derivative_transactions[0] == _kept().non_derivative_transactions[0]
    assert any(d.field == "non_derivative_transactions[1].shares" for d in form.diagnostics)


def test_an_amount_ocr_is_unsure_of_stays_unknown() -> None:
    form = lost_cells_read(_kept(), (_tsv(ALIGNED, frozenset({"1,949,413"})),))
    assert form.non_derivative_transactions[1].shares is None


def test_an_amount_read_eighty_percent_sure_is_read() -> None:
    # GUTS-20240206-1 sec drawn by pypdfium2: a lost row's "0" owned, 84% sure; XOOM-20130221-1
    # sec and MDB-20200610-1 sec: amounts 80 to 85% sure, each the truth's
    unsure = frozenset({"1,949,413"})
    form = lost_cells_read(_kept(), (_tsv(ALIGNED, unsure, 82.0),))
    assert form.non_derivative_transactions[1].shares == Decimal(1949413)
    form = lost_cells_read(_kept(), (_tsv(ALIGNED, unsure, 78.0),))
    assert form.non_derivative_transactions[1].shares is None


def test_a_column_its_neighbours_place_apart_reads_nothing() -> None:
    # the row below prints its price and its amount owned two characters left of the
    # row above's: those columns are not certain
    form = lost_cells_read(_kept(), (_tsv(TEXT),))
    row = form.non_derivative_transactions[1]
    assert (row.shares, row.price_per_share, row.direct_or_indirect) == (
        Decimal(1949413), None, None)


def test_a_form_without_lost_rows_is_kept_and_its_scan_not_read() -> None:
    form = dataclasses.replace(_kept(), diagnostics=())
    assert lost_cells_read(form, (_tsv(ALIGNED),)) is form
    # no lost row, no word read: a TSV that is none (reading it raises) is never opened
    assert lost_cells_read(form, ("no\ttsv\nhere\tat all",)) is form


def test_a_letter_of_a_title_places_no_column() -> None:
    # TSLA-20100702-1 plain (pdftoppm): "Series C" above a lost row of "Series D": the
    # title's "C" is no code, so no code is read from the lost row's "D"
    text = ALIGNED.replace("Class A Common Stock 02/17/2021 co 6,944,440",
                           "Series C Common Stock 02/17/2021    6,944,440").replace(
        "Class A Common Stock 02/17/2021 cf", "Series D Common Stock 02/17/2021   ")
    form = lost_cells_read(_kept(), (_tsv(text),))
    assert form.non_derivative_transactions[1].transaction_code is None
    assert form.non_derivative_transactions[1].shares == Decimal(1949413)


def _partial() -> Form4:
    """The rows read whole around a row the text read without its amount owned (the
    form's checks say it has no value on its line)."""
    first, last = _conversion(4, "6944440", "3472220"), _conversion(8, "588414", "588416")
    middle = dataclasses.replace(_conversion(6, "1949413", "975652"),
                                 shares_owned_following=None)
    return dataclasses.replace(_form((first, middle, last)), diagnostics=(Diagnostic(
        6, 1, "non_derivative.shares_owned_following", NO_VALUE, "warning"),))


#: the page: the amount owned printed in its column, OCR reading it whole
PARTIAL = ALIGNED.replace("975,652) I", "975,652    I")


def test_a_value_a_read_row_lacks_is_read_under_its_neighbours_column() -> None:
    # FB-20190822-1 plain: "2,357 D $ 181.4763 (49) 2,417 By": a mark read apart kept
    # the text's reader from its amount owned, 2,417 as the filing's truth
    form = lost_cells_read(_partial(), (_tsv(PARTIAL),))
    row = form.non_derivative_transactions[1]
    assert row.shares_owned_following == Decimal(975652)
    assert form.diagnostics[-1].field == "non_derivative_transactions[1].shares_owned_following"


def test_a_value_left_unknown_on_purpose_is_not_read_again() -> None:
    # a sum contradicting it, OCR unsure of it, a garbled mark: a diagnostic of its line
    # names it, or the checks did not find it lacking (it was cleared after them)
    doubted = _partial()
    doubted = dataclasses.replace(doubted, diagnostics=doubted.diagnostics + (Diagnostic(
        6, 30, "non_derivative.shares_owned_following", "OCR read '975,652': unsure",
        "warning"),))
    assert lost_cells_read(doubted, (_tsv(PARTIAL),)) is doubted
    # GOOG-20151002-1 plain: a row's title on its first line, its values' doubts on the
    # line below ("OCR read '8': not a transaction code")
    below = _partial()
    below = dataclasses.replace(below, diagnostics=below.diagnostics + (Diagnostic(
        7, 30, "non_derivative.shares_owned_following", "OCR read '975,652': unsure",
        "warning"),))
    assert lost_cells_read(below, (_tsv(PARTIAL),)) is below
    cleared = dataclasses.replace(_partial(), diagnostics=())
    assert lost_cells_read(cleared, (_tsv(PARTIAL),)) is cleared
