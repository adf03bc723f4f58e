"""The values of one OCR'd row, read in the form's column order.

A row's values come as a typed sequence: (conversion price,) date, deemed date,
code and "V", amount, (A) or (D), price, the exercise and expiration dates and
the underlying security (Table II), the amount owned after, "D" or "I". Each is
taken where its kind stands next; a cell OCR garbled beyond reading is passed
over with a diagnostic, never read as the next column's value.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from lark import Token

from ..model import Diagnostic
from ..patterns import GROUPED_WHOLE_RE
from ..sections import Cell, Row
from ..shapes.scan_fixes import code_of
from ..shapes.scan_fixes import Reading, read_number

_AD = {"A": "A", "D": "D", "(A)": "A", "(D)": "D"}
DI = {"D": "D", "I": "I", "(D)": "D", "(I)": "I"}
# a cell holding only a mark OCR garbled: "()", "(a)", "(”)", "©)", "0)" (not "(1)")
# an amount's first digits and its separator, OCR's word cut before the next group ...
_CUT_AMOUNT = re.compile(r"[0-9]{1,3}[.,]")
# ... and the word after: a group of three digits (its marks may follow)
_AFTER_CUT = re.compile(r"[0-9]{3}(?![0-9.,])")
_LONE_DIGIT = re.compile(r"[0-9]")
_GARBLED_CELL = re.compile(r"\((?![0-9]{1,2}\))[^\s]{0,3}\)|[^\sA-Za-z0-9]{1,2}\)|\(\S{0,2}")
# the amount owned and its "D" or "I" OCR read as a few small letters glued to the next
# column's rule: "ie}" for "0 I|" (no word of a nature ends on a rule)
_GARBLED_OWNED = re.compile(r"[a-z]{1,3}[|}\]]")


@dataclass(slots=True)
class ReadRow:
    """A row's cells as read, and the readings of its numbers (for the arithmetic)."""

    cells: Row
    readings: dict[str, Reading] = field(default_factory=dict)
    #: column 7 held a nature whose words OCR misread (``ocr_texts.misread_suffix``)
    nature_unread: bool = False


def _take(values: list[Token], kinds: tuple[str, ...]) -> Token | None:
    if values and values[0].type in kinds:
        return values.pop(0)
    return None


def _transaction(values: list[Token], row: ReadRow, diagnostics: list[Diagnostic]) -> bool:
    """The transaction's date, deemed date, code (and "V") and amount; False for a holding."""
    date = _take(values, ("CELL_DATE",))
    if date is None:
        return False
    row.cells["transaction_date"] = _date_cell(date)
    deemed = _take(values, ("CELL_DATE",))
    if deemed is not None:
        row.cells["deemed_execution_date"] = _date_cell(deemed)
    _code(values, row, diagnostics)
    _amount(values, row, "shares", diagnostics)
    return True


def table_i_values(values: list[Token], row: ReadRow, diagnostics: list[Diagnostic]) -> list[Token]:
    """Columns 2 to 6 in order; what remains is the nature's first words."""
    if _transaction(values, row, diagnostics):
        _direction(values, row, "acquired_disposed", _AD)
        _price(values, row, "price_per_share", diagnostics)
    _owned(values, row, diagnostics)
    return values


def _owned(values: list[Token], row: ReadRow, diagnostics: list[Diagnostic]) -> None:
    """The amount owned after and its "D" or "I"; a garbled word where they stand is
    passed over, unread, never read as the nature's first word."""
    if values and values[0].type == "WORD" and _GARBLED_OWNED.fullmatch(values[0]):
        token = values.pop(0)
        diagnostics.append(Diagnostic(token.line, token.column, "shares_owned_following",
                                      f"OCR read {str(token)!r}: the amount owned, unreadable"))
    else:
        _amount(values, row, "shares_owned_following", diagnostics)
    _direction(values, row, "direct_or_indirect", DI)


def table_ii_values(values: list[Token], row: ReadRow, diagnostics: list[Diagnostic]
                     ) -> tuple[list[Token], list[Token]]:
    """Columns 2 to 10 in order: the underlying title's first words, and what remains
    (the nature's first words)."""
    _price(values, row, "conversion_or_exercise_price", diagnostics)
    _transaction(values, row, diagnostics)
    for key in ("exercise_date", "expiration_date"):
        token = _take(values, ("CELL_DATE", "MARKS"))
        if token is not None:
            row.cells[key] = _date_cell(token)
        else:
            _skip_garbled(values, key, diagnostics)
    words = []
    while values and values[0].type == "WORD":
        words.append(values.pop(0))
    _amount(values, row, "underlying_shares", diagnostics)
    _price(values, row, "price_per_share", diagnostics)
    _owned(values, row, diagnostics)
    return words, values


def _date_cell(token: Token) -> Cell:
    return Cell.at(str(token).strip("|}{[] "), token)


def _code(values: list[Token], row: ReadRow, diagnostics: list[Diagnostic]) -> None:
    if digit_for_code(values):
        token = values.pop(0)  # the code column: no code is a digit ("8" for "S")
        diagnostics.append(Diagnostic(token.line, token.column, "transaction_code",
                                      f"OCR read {str(token)!r}: not a transaction code"))
    elif values and values[0].type == "WORD":
        got = code_of(values[0])
        if got is None and len(values) > 1 and values[1].type == "NUMBER":
            token = values.pop(0)  # the code column, unreadable
            diagnostics.append(Diagnostic(token.line, token.column, "transaction_code",
                                          f"OCR read {str(token)!r}: not a transaction code"))
        elif got is not None:
            token = values.pop(0)
            code, lost = got
            row.cells["transaction_code"] = Cell.at(code, token)
            row.cells["equity_swap_involved"] = Cell("")
            if values and str(values[0]) == "V":
                row.cells["equity_swap_involved"] = Cell.at("V", values[0])
                values.pop(0)
            if lost:
                _lost(diagnostics, token, "transaction_code")


def digit_for_code(values: Sequence[Token], at: int = 0) -> bool:
    """A lone digit before the amount and its (A) or (D): the code letter OCR read as a
    digit ("8 1,604) D"), which taken as the amount would shift the row's amounts."""
    return (len(values) > at + 2 and values[at].type == "NUMBER"
            and _LONE_DIGIT.fullmatch(values[at]) is not None
            and values[at + 1].type == "NUMBER" and values[at + 2].type == "WORD"
            and str(values[at + 2]) in _AD)


def _amount(values: list[Token], row: ReadRow, key: str, diagnostics: list[Diagnostic]) -> None:
    token = _take(values, ("NUMBER",))
    if token is None:
        return
    if _CUT_AMOUNT.fullmatch(token) and values and values[0].type == "NUMBER" \
            and _AFTER_CUT.match(values[0]):
        # one amount OCR cut in two at its separator: "25. 788(2)|" may be 25,788 or 25.788
        rest = values.pop(0)
        diagnostics.append(Diagnostic(token.line, token.column, key,
                                      f"OCR read {str(token)!r} {str(rest)!r}: one amount cut "
                                      "in two, whose separator cannot be told (, or .)"))
        return
    reading = read_number(token)
    if reading is None:
        return
    row.readings[key] = reading
    _put(row, key, token, reading, diagnostics)


def _skip_garbled(values: list[Token], key: str, diagnostics: list[Diagnostic]) -> None:
    """A cell that holds only a footnote mark OCR garbled ("()", "(a)", "0)"): unreadable."""
    if values and values[0].type in ("WORD", "NUMBER") and _GARBLED_CELL.fullmatch(values[0]):
        token = values.pop(0)
        diagnostics.append(Diagnostic(token.line, token.column, key,
                                      f"OCR read {str(token)!r}: a footnote mark, unreadable"))


def _price(values: list[Token], row: ReadRow, key: str, diagnostics: list[Diagnostic]) -> None:
    token = _take(values, ("MONEY", "MARKS"))
    if token is None:
        _skip_garbled(values, key, diagnostics)
        return
    if token.type == "MARKS":
        row.cells[key] = Cell.at(str(token), token)
        return
    if key == "price_per_share" and _marks_apart(token, values):
        marks = values.pop(0)  # taken so the row lines up, never attached: see _marks_apart
        diagnostics.append(Diagnostic(marks.line, marks.column, key,
                                      f"OCR read {str(marks)!r} a word apart: a footnote "
                                      "mark, unreadable"))
    reading = read_number(token)
    if reading is not None:
        row.readings[key] = reading
        _put(row, key, token, reading, diagnostics)


def _marks_apart(price: Token, values: list[Token]) -> bool:
    """Whether the marks standing next (OCR read them a word apart: "$ 181.4763 (49)
    2,417") are the price's own: the price ends in its digits, and an amount grouped in
    thousands follows the marks, the amount owned, which a cell of marks alone would
    have stood for. A mark OCR read apart is a superscript it did not read cleanly
    ("(49)" for "(10)"): the caller passes it over, unread, never attaches it."""
    return str(price)[-1:].isdigit() and len(values) > 1 and values[0].type == "MARKS" \
        and values[1].type == "NUMBER" and bool(GROUPED_WHOLE_RE.fullmatch(values[1]))


def _put(row: ReadRow, key: str, token: Token, reading: Reading,
         diagnostics: list[Diagnostic]) -> None:
    if reading.value is not None:
        marks = "".join(f"({m})" for m in reading.marks)
        row.cells[key] = Cell.at(reading.value + marks, token)
    else:
        diagnostics.append(Diagnostic(token.line, token.column, key,
                                      f"OCR read {str(token)!r}: its last digits cannot be "
                                      "told from a garbled footnote mark"))
        return
    if reading.lost_mark:
        _lost(diagnostics, token, key)


def _lost(diagnostics: list[Diagnostic], token: Token, key: str) -> None:
    diagnostics.append(Diagnostic(token.line, token.column, key,
                                  f"OCR read {str(token)!r}: a footnote mark may stand here "
                                  "unreadable"))


def _direction(values: list[Token], row: ReadRow, key: str, allowed: dict[str, str]) -> None:
    if values and values[0].type == "WORD" and str(values[0]) in allowed:
        token = values.pop(0)
        row.cells[key] = Cell.at(allowed[str(token)], token)
