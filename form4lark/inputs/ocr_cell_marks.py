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

A cell the filing leaves empty but for its marks ("(1)" for a price or an exercise date
it does not give) prints them alone, and OCR reads them as a glyph of its own ("@",
"fe)"): ``value_marks`` reads each such word's ink again too (``ocr_marks.lone_mark``),
and ``lone_marks`` puts what reads as marks on the empty cells whose column lies between
the columns the row's values place (``ocr_lost_cells._columns``), where the two counts
agree. On the corpus scans (``benchmarks/scans.py``) 115 (pdftoppm) and 124 (pypdfium2)
marks of conversion prices, prices and exercise and expiration dates, each the truth's:
sec 0.821 / 0.996 -> 0.835 / 0.996 (pdftoppm), 0.783 / 0.985 -> 0.796 / 0.985
(pypdfium2), plain 0.823 -> 0.825 (pypdfium2).

A nature of ownership OCR read without its marks ("See footnote" from "footnote®", or
from "footnote" where it left the mark out) takes those ``ocr_marks.glued_marks`` read
again at the end of its last word (``glued_nature_marks``): on the corpus scans 67
(pdftoppm) and 56 (pypdfium2) marks, each the truth's: sec 0.838 -> 0.842, plain 0.865
-> 0.869 (pdftoppm), sec 0.799 -> 0.802, plain 0.825 / 0.980 -> 0.828 / 0.981 (pypdfium2).

A transaction code whose mark OCR garbled into letters ("sh", "cM)", "sO" for "S⁽¹⁾"),
or read right after a small letter ("s(2)"), takes the marks of the word right after
its date (``code_after_date``; the marks of "sO" and the like re-read by
``ocr_marks.short_marks``): on the corpus scans 146 (pdftoppm) and 130 (pypdfium2) code
marks, each the truth's: plain 0.869 -> 0.878, sec 0.844 -> 0.852 (pdftoppm), plain
0.828 -> 0.835, sec 0.805 -> 0.812 (pypdfium2), precision unchanged.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from typing import Any

from ..model import Form4
from ..cells import to_date
from ..patterns import MARK_NUMBER_RE, MARKS_AT_END_RE
from ..sections import TABLE_I_COLUMNS, TABLE_II_COLUMNS
from .ocr_lost_rows import _AMOUNTS, _decimal
from .ocr_lost_cells import _alone, _columns
from .ocr_marks import MARKS_COLUMN, code_word, core, glued_core, lone_mark, short_word
from .ocr_ungrouped_amounts import rows_replaced, rows_with_line_words
from .scan import text_lines

NATURE = "nature_of_ownership"
#: the cells that print a number or a date a mark may follow
CODE = "transaction_code"
FIELDS = _AMOUNTS + ("transaction_date", "exercise_date", "expiration_date", CODE)
#: the most words of the line under a row that may be its wrapped nature's last words
_WRAPPED_WORDS = 3
#: the columns of words, which print no mark alone
_WORD_COLUMNS = frozenset({"security_title", "equity_swap_involved",
                           "underlying_security_title", "nature_of_ownership"})


def _mark_columns(columns: tuple[str, ...]) -> tuple[str, ...]:
    """A table's columns left to right as printed (``sections``), those of words left
    out and column 5's two parts one, as the record holds them ("shares")."""
    return tuple(dict.fromkeys("shares" if c in ("shares_acquired", "shares_disposed") else c
                               for c in columns if c not in _WORD_COLUMNS))


#: each table's columns left to right as printed, those that may hold a mark alone with them
MARK_COLUMNS = {"non_derivative_transactions": _mark_columns(TABLE_I_COLUMNS),
                "derivative_transactions": _mark_columns(TABLE_II_COLUMNS)}


def cell_marks_read(form: Form4, tsvs: tuple[str, ...]) -> Form4:
    """``form`` with each unmarked number or date cell given the marks read again at the
    end of its word (the module's doc says where)."""
    notes = frozenset(form.footnotes or {})
    if not notes:
        return form
    replaced: dict[tuple[str, int], Any] = {}
    for name, i, row, words in rows_with_line_words(form, tsvs):
        marks = line_marks(row, words, notes)
        code = code_word_after_date(row, words)  # found once for both
        if CODE not in marks:
            marks.update(code_after_date(row, code, notes))
        if name in MARK_COLUMNS:
            marks.update(lone_marks(name, row, words, notes, code))
        lines = text_lines(tsvs)
        if row.footnotes.get(NATURE):  # the only cell a mark wraps under
            marks.update(wrapped_marks(row, words, _page_words(lines, row), notes))
        elif row.nature_of_ownership:
            below = lines[row.span.line][0] if row.span.line < len(lines) else []
            marks.update(glued_nature_marks(row, words, below, _page_words(lines, row), notes))
        if marks:
            replaced[name, i] = dataclasses.replace(row, footnotes={**row.footnotes, **marks})
    changes = rows_replaced(form, replaced)
    return dataclasses.replace(form, **changes) if changes else form


def _page_words(lines: Any, row: Any) -> list[dict[str, str]]:
    """The TSV words of the page the row's line is on (``lines``: ``text_lines``)."""
    page = lines[row.span.line - 1][1] or []
    return [w for line in page for w in line]


def _noted(ids: tuple[str, ...], notes: frozenset[str]) -> bool:
    """Whether marks were read and each is a footnote of ``notes``."""
    return bool(ids) and all(mark in notes for mark in ids)


def line_marks(row: Any, words: list[dict[str, str]],
               notes: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """The marks of each of the row's unmarked number and date cells whose value one word
    of ``words`` (its line's TSV words) reads as, that word's marks re-read and each a
    footnote of ``notes``."""
    values = {field: getattr(row, field, None) for field in FIELDS}
    texts = [(w["text"].strip(), w.get(MARKS_COLUMN, "")) for w in words]  # each read once
    as_codes: list[tuple[object, str]] = [(code_value(t), marks) for t, marks in texts]
    as_values: list[tuple[object, str]] = [(word_value(t), marks) for t, marks in texts]
    out: dict[str, tuple[str, ...]] = {}
    for field, value in values.items():
        read: list[tuple[object, str]]
        if isinstance(value, str) and field == CODE and len(value) == 1:
            read = as_codes  # the code: the one word of its letter
        elif isinstance(value, (Decimal, dt.date)):
            read = as_values
        else:
            continue
        if row.footnotes.get(field):
            continue
        if sum(v == value for v in values.values()) != 1:
            continue  # two cells hold it: which word is whose is not told
        holding = [marks for word, marks in read if word == value]
        if len(holding) != 1 or not holding[0]:
            continue
        ids = mark_ids(holding[0])
        if _noted(ids, notes):
            out[field] = ids
    return out


def code_after_date(row: Any, after: dict[str, str] | None,
                    notes: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """The marks of the row's unmarked transaction code read from ``after``, its word
    printed right after its date (``code_word_after_date``; None where there is none):
    re-read from the pixels, or those its text ends in ("s(2)"), each naming a footnote
    of ``notes``; nothing else."""
    if after is None or row.footnotes.get(CODE):
        return {}
    read_right = MARKS_AT_END_RE.search(after["text"].strip())
    ids = mark_ids(read_right.group(0) if read_right else after.get(MARKS_COLUMN, ""))
    return {CODE: ids} if _noted(ids, notes) else {}


def code_word_after_date(row: Any, words: list[dict[str, str]]) -> dict[str, str] | None:
    """The word of ``words`` (the row's line's TSV words) that prints the row's one-letter
    transaction code and its mark garbled into letters of its own ("sh", "cM)", "JO" for
    "S(1)", "C(1)", "J(1)": no ``ocr_marks.code_word``) or read right ("s(2)"): the word
    right after its date (the deemed execution date's where it has one: the code's
    column follows theirs; the one word that reads as it), beginning with the code's
    letter in either case and a short word (``ocr_marks.short_word``) but for the marks
    it ends in. None where any of that is not so."""
    code = getattr(row, CODE, None)
    date = getattr(row, "deemed_execution_date", None) or getattr(row, "transaction_date", None)
    if not isinstance(code, str) or len(code) != 1 or date is None:
        return None
    ordered = sorted(words, key=lambda w: float(w["left"]))
    dated = [i for i, w in enumerate(ordered) if word_value(w["text"].strip()) == date]
    if len(dated) != 1 or dated[0] + 1 == len(ordered):
        return None
    after = ordered[dated[0] + 1]
    text = after["text"].strip()
    read_right = MARKS_AT_END_RE.search(text)
    letters = text[:read_right.start()] if read_right else text
    return after if short_word(letters) and letters[0].upper() == code else None


def lone_marks(name: str, row: Any, words: list[dict[str, str]], notes: frozenset[str],
               code: dict[str, str] | None) -> dict[str, tuple[str, ...]]:
    """The marks of the row's empty cells that print a mark alone ("(1)" for a price or
    a date the filing leaves out), read again from the pixels of a word of its line
    OCR garbled (``ocr_marks.lone_mark``: "@") standing apart from the word before it:
    between two words whose columns the row's values place (``ocr_lost_cells._columns``,
    and the code's word ``code``: ``code_word_after_date``'s, or None),
    the marks go to the empty columns printed between those two, left to right, where
    there are as many of each and as many other words between as columns between that
    hold a value no word placed (else a glyph may be such a value's word: "cl)" for the
    code "C(1)"); before the first, to those before its column. Each mark must name a
    footnote of ``notes``; a cell that has marks keeps them."""
    order = MARK_COLUMNS[name]
    columns = _columns(name, row, words)
    if code is not None:  # a glyph ("po)" for "P(1)") that is the code's word, no mark alone
        left = float(code["left"])
        columns.setdefault(CODE, (left, left + float(code["width"])))
    placed = sorted((span[0], order.index(field)) for field, span in columns.items())
    if [column for _, column in placed] != sorted(column for _, column in placed):
        return {}  # the words' places contradict the columns' order
    glyphs = [lone_mark(w["text"].strip()) for w in words]
    lone = sorted((float(w["left"]), w.get(MARKS_COLUMN, ""))
                  for w, glyph in zip(words, glyphs) if glyph and _alone(w, words))
    others = [float(w["left"]) for w, glyph in zip(words, glyphs) if not glyph]
    out: dict[str, tuple[str, ...]] = {}
    bounds = [(float("-inf"), -1)] + placed  # none after the last placed column
    for (start, first), (end, last) in zip(bounds, bounds[1:]):
        between = [marks for left, marks in lone if start < left < end]
        fields = order[first + 1:last]
        empty = [field for field in fields if getattr(row, field, None) is None]
        unplaced = [f for f in fields if f not in empty and f not in columns]
        if len(between) != len(empty) \
                or len(unplaced) > sum(start < left < end for left in others):
            continue  # a glyph may be the word of a value no word placed ("cl)": "C(1)")
        for field, marks in zip(empty, between):
            ids = mark_ids(marks)
            if _noted(ids, notes) and not row.footnotes.get(field):
                out[field] = ids
    return out


def mark_ids(marks: str) -> tuple[str, ...]:
    """The footnote ids of marks read again ("(2)(3)" -> ("2", "3"))."""
    return tuple(MARK_NUMBER_RE.findall(marks))


def wrapped_marks(row: Any, words: list[dict[str, str]], page: list[dict[str, str]],
                  notes: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """The marks of the row's nature of ownership with the last of them wrapped onto the
    line under it ("See Footnotes(2)" over "@)" for "(2)(3)"): a word OCR garbled
    (``ocr_marks.lone_mark``) whose marks read again name a footnote of ``notes`` not yet
    the cell's, the one word of the page (``page``: its words) below the end of the one
    word of the row's line (``words``) that ends in the cell's marks, starting within it
    (or half its height before it) and its top less than that word's height below its
    bottom. Empty where the cell has no marks read (its last word is then not told) or
    any of that is not so."""
    held = tuple(row.footnotes.get(NATURE) or ())
    if not held or not row.nature_of_ownership:
        return {}
    ending = "".join(f"({mark})" for mark in held)
    last = row.nature_of_ownership.split()[-1]
    ends = [w for w in words if w["text"].strip() == last + ending]
    if len(ends) != 1:
        return {}
    end = ends[0]
    left, width, height = float(end["left"]), float(end["width"]), float(end["height"])
    under = [w for w in _line_under(end, page)
             if left - height / 2 <= float(w["left"]) <= left + width]
    if len(under) != 1 or not lone_mark(under[0]["text"].strip()):
        return {}
    ids = mark_ids(under[0].get(MARKS_COLUMN, ""))
    if not _noted(ids, notes) or any(mark in held for mark in ids):
        return {}
    return {NATURE: held + ids}


def glued_nature_marks(row: Any, words: list[dict[str, str]], below: list[dict[str, str]],
                       page: list[dict[str, str]],
                       notes: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """The marks of the row's nature of ownership that has none, read again from the
    pixels at the end of its last word where OCR read them glued to it and garbled
    ("See footnote" from "footnote®") or left them out ("footnote"):
    ``ocr_marks.glued_marks``. That word is the one word that is the cell's last word
    and marks among the row's line's (``words``) and, where the cell wraps, the line's
    under it (``below``: taken where it holds no more than ``_WRAPPED_WORDS`` words and
    no number or date, not another row's line); each of its marks a footnote of
    ``notes``, and no mark of the page (``page``: its words) under it
    (``_mark_under``: the cell's last marks may have wrapped there, "L.P.(2)" over
    "(3)")."""
    last = (row.nature_of_ownership or "").split()[-1:]
    wrapped = len(below) <= _WRAPPED_WORDS and all(
        word_value(w["text"].strip()) is None for w in below)
    ends = [w for w in words + (below if wrapped else [])
            if last and glued_core(w["text"].strip()) == last[0]]
    if len(ends) != 1 or _mark_under(ends[0], page):
        return {}
    ids = mark_ids(ends[0].get(MARKS_COLUMN, ""))
    return {NATURE: ids} if _noted(ids, notes) else {}


def _mark_under(end: dict[str, str], page: list[dict[str, str]]) -> bool:
    """Whether a word of ``page`` that may be a mark (``ocr_marks.lone_mark``, or marks
    read again) lies on the line under the word ``end`` (its top less than ``end``'s
    height below its bottom), reaching under it or to its left by up to four times
    its height (a cell's wrapped marks start at its left edge)."""
    left, width, height = float(end["left"]), float(end["width"]), float(end["height"])
    return any(float(w["left"]) < left + width
               and float(w["left"]) + float(w["width"]) > left - 4 * height
               and (lone_mark(w["text"].strip()) or w.get(MARKS_COLUMN))
               for w in _line_under(end, page))


def _line_under(end: dict[str, str], page: list[dict[str, str]]) -> list[dict[str, str]]:
    """The words of ``page`` on the line under the word ``end``: their top less than
    ``end``'s height below its bottom."""
    bottom, height = float(end["top"]) + float(end["height"]), float(end["height"])
    return [w for w in page if 0 <= float(w["top"]) - bottom < height]


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
