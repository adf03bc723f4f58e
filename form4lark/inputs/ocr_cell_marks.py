"""Numbers', dates' and codes' footnote marks read again from the pixels, put on the cells.

The form prints a cell's footnote marks small and raised ("$9.1301⁽²⁾", "02/15/2027⁽³⁾");
OCR garbles them ("$9.1301°") and the record's cell keeps no mark. ``ocr_marks.value_marks``
reads them again from the page's pixels into a column of the TSV of their own, leaving
the word's text as OCR read it (the row readers read some rows worse with the marks in
the text: ``ocr_marks.py``). Here, after the rows are read, a cell that has no mark takes
the marks re-read at the end of its word: the one word of the row's line (``Span.line``)
whose number or date is the cell's value (for the transaction code: the one word that
may be its letter and a garbled mark, ``ocr_marks.code_word``), where no other cell of
the row holds that value, and each mark names a footnote the record lists. Anything
else leaves the cell as read.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from ..model import Form4
from ..cells import to_date
from .ocr_lost_rows import _AMOUNTS, _decimal
from .ocr_marks import MARKS_COLUMN, code_word, core
from .ocr_ungrouped_amounts import rows_replaced, rows_with_line_words

#: the cells that print a number or a date a mark may follow
CODE = "transaction_code"
FIELDS = _AMOUNTS + ("transaction_date", "exercise_date", "expiration_date", CODE)


def cell_marks_read(form: Form4, tsvs: tuple[str, ...]) -> Form4:
    """``form`` with each unmarked number or date cell given the marks read again at the
    end of its word (the module's doc says where)."""
    notes = frozenset(form.footnotes or {})
    if not notes:
        return form
    replaced: dict[tuple[str, int], Any] = {}
    for name, i, row, words in rows_with_line_words(form, tsvs):
        marks = line_marks(row, words, notes)
        if marks:
            replaced[name, i] = dataclasses.replace(row, footnotes={**row.footnotes, **marks})
    changes = rows_replaced(form, replaced)
    return dataclasses.replace(form, **changes) if changes else form


def line_marks(row: Any, words: list[dict[str, str]],
               notes: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """The marks of each of the row's unmarked number and date cells whose value one word
    of ``words`` (its line's TSV words) reads as, that word's marks re-read and each a
    footnote of ``notes``."""
    values = {field: getattr(row, field, None) for field in FIELDS}
    out: dict[str, tuple[str, ...]] = {}
    for field, value in values.items():
        read_as: Callable[[str], object]
        if isinstance(value, str) and field == CODE and len(value) == 1:
            read_as = code_value  # the code: the one word of its letter
        elif isinstance(value, (Decimal, dt.date)):
            read_as = word_value
        else:
            continue
        if row.footnotes.get(field):
            continue
        if sum(v == value for v in values.values()) != 1:
            continue  # two cells hold it: which word is whose is not told
        holding = [w.get(MARKS_COLUMN, "") for w in words if read_as(w["text"].strip()) == value]
        if len(holding) != 1 or not holding[0]:
            continue
        ids = tuple(mark.strip("()") for mark in re.findall(r"\([0-9]+\)", holding[0]))
        if ids and all(mark in notes for mark in ids):
            out[field] = ids
    return out


def word_value(word: str) -> Decimal | dt.date | None:
    """The number or date a TSV word reads as, a garbled mark at its end cut off; None
    for other words."""
    kept = (core(word) or word) if word else None
    if not kept or not kept[0].isdigit() and kept[0] != "$":
        return None
    if kept.count("/") == 2:
        return to_date(kept)
    return _decimal(kept)


def code_value(word: str) -> str | None:
    """The transaction code a word may be ("Ss": "S"), or None."""
    return word[0].upper() if code_word(word) else None
