"""The values of a scan's lost transaction rows, read from their words' places on the page.

``ocr_lost_rows`` keeps a transaction line the text's reader passed over (a garbled
mark or rule glued to one of its cells) as a row of unknowns. The TSV places each of
its words on the page, and the rows read above and below it place each column: a
column is where the neighbour row's word holding that row's value stands ("241,913"
under Column 5 and again under Column 7, its amount and the underlying amount, left to
right as the form orders them). A lost row's value is read only where it is certain:
the column is placed by the row read just above or just below it (by both alike where
both place it), exactly one word of the lost line stands in it, OCR is sure of that
word, and it reads whole as the column's kind of value (an amount grouped in
thousands or "0", a price after "$", a date a row of the table was read with, a
transaction code, "D" or "I"). Every other value stays unknown.

Measured on the corpus PDFs read as scans (``benchmarks/scans.py``): 68 values of 19 lost
rows on 5 sec pages (of 240 drawn by pdftoppm and pypdfium2), each the truth's; pypdfium2
sec 0.763 / 0.983 -> 0.770 / 0.983 (recall / precision), pdftoppm unchanged. The scorer
pairs rows by their values, and a lost row read in part may pair with another's truth:
XOOM-20130221-1's rows hold no title, so its filled rows' amounts score as others'.
Taking amounts and prices from 80% sure (not 85%) read 7 more values on 3 pypdfium2 sec
pages and 1 on a pdftoppm one, each the truth's (from 60% sure no more on the
corpus); pypdfium2 sec 0.770 / 0.983 -> 0.772 / 0.984.

A row the text read may lack a value its line prints: a mark OCR read apart ("2,357 D
$ 181.4763 (49) 2,417 By") kept the reader from the cells after it. Such a value is
read the same way, where the form's checks said the row has none on its line and no
other diagnostic of the line names it (a value OCR doubted, a garbled mark's, is left
unknown on purpose; one a sum contradicted was cleared after the checks, which did not
name it). A letter column is placed only by a word standing apart, as a cell does: the
"C" of "Series C" is no code. On the corpus scans 9 values more (pdftoppm 3, pypdfium2
6: amounts owned, (A)/(D), D/I, a code), each the truth's; pypdfium2 plain 0.816 / 0.980
-> 0.817 / 0.980, pdftoppm plain 0.859 / 0.993 unchanged (one filled amount scores as
another row's: FB-20190822-1's row lacks its title, and the scorer pairs it by values).
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from ..checks import LETTERS, NO_VALUE, TRANSACTION_CODES
from ..model import Diagnostic, Form4
from ..patterns import HOLDING_LETTERS
from ..sections import PRICE_COLUMNS as PRICES
from .ocr_lost_rows import MESSAGE, TABLES, _date, _DATE, _decimal
from .scan import text_lines

#: each table's columns the lost rows' values are read from, left to right as printed
COLUMNS = {
    "non_derivative_transactions": ("transaction_date", "transaction_code", "shares",
                                    "acquired_disposed", "price_per_share",
                                    "shares_owned_following", "direct_or_indirect"),
    "derivative_transactions": ("conversion_or_exercise_price", "transaction_date",
                                "transaction_code", "shares", "underlying_shares",
                                "price_per_share", "shares_owned_following",
                                "direct_or_indirect"),
}
#: the columns holding an amount of shares
AMOUNTS = frozenset({"shares", "underlying_shares", "shares_owned_following"})
#: a whole amount as a cell prints it: grouped in thousands, or below a thousand
_WHOLE = re.compile(r"(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]{1,3})")
#: a price as a cell prints it, its "$" glued (a "$" of its own leaves the price unread)
_PRICE = re.compile(r"\$[0-9]{1,3}(?:,[0-9]{3})*(?:\.[0-9]{1,4})?")
#: tesseract's confidence (0-100) a lost cell's word needs, by its kind: an amount's
#: digits may be misread as others, a date must be one a row was read with, a letter
#: one of its column's few (a code, "A"/"D", "D"/"I")
CONFIDENCE = {"amount": 80.0, "price": 80.0, "transaction_date": 0.0}
LETTER_CONFIDENCE = 50.0
#: how far (pixels) a lost word's middle may stand outside its column's word
_SLACK = 8.0
#: the lines a table's last row may take (its title wrapped, its values a line below)
ROW_LINES = 6
FILLED = "read from the words' places of the rows around it on the page"


def lost_cells_read(form: Form4, tsvs: tuple[str, ...]) -> Form4:
    """``form`` with the values of its lost rows (``ocr_lost_rows``) its TSV's word
    places settle (the module's doc says where)."""
    lost = {d.field for d in form.diagnostics if d.message == MESSAGE}
    open_fields = {(name, i): _open_fields(name, row, getattr(form, name), form.diagnostics)
                   for name in TABLES.values() for i, row in enumerate(getattr(form, name) or ())}
    if not lost and not any(open_fields.values()):
        return form
    lines = [words for words, _ in text_lines(tsvs)]
    changes: dict[str, Any] = {}
    diagnostics: list[Diagnostic] = []
    for name in TABLES.values():
        rows = list(getattr(form, name) or ())
        read = [r for j, r in enumerate(rows) if r.span is not None and f"{name}[{j}]" not in lost]
        dates = {r.transaction_date for r in read}
        for i, row in enumerate(rows):
            if row.span is None or not 0 < row.span.line <= len(lines):
                continue
            if f"{name}[{i}]" in lost:
                values = _lost_values(name, row.span.line, read, lines, dates)
            else:
                row_open = open_fields[name, i]
                values = {field: value for field, value in _lost_values(
                    name, row.span.line, [r for r in read if r is not row], lines, dates).items()
                    if field in row_open} if row_open else {}
            if values:
                rows[i] = dataclasses.replace(row, **values)
                changes[name] = tuple(rows)
                diagnostics += [Diagnostic(row.span.line, None, f"{name}[{i}].{field}",
                                           f"{value}: {FILLED}") for field, value in values.items()]
    if not changes:
        return form
    return dataclasses.replace(form, **changes, diagnostics=form.diagnostics + tuple(diagnostics))


def _open_fields(name: str, row: Any, rows: Any, diagnostics: tuple[Diagnostic, ...]) -> set[str]:
    """The columns of a row the text read that it found no word for: the form's checks
    say "no value" of them on its line (they run before OCR's doubts are cleared) and
    no other diagnostic of its lines (to the next row's) names them (a garbled mark, a
    word OCR was unsure of or misread, leave a value unknown on purpose)."""
    if row.span is None:
        return set()
    start = row.span.line
    end = min((r.span.line for r in rows if r.span is not None and r.span.line > start),
              default=start + ROW_LINES)
    named = [(d.field.rpartition(".")[2], d.message, d.line) for d in diagnostics
             if d.line is not None and start <= d.line < end and d.field]
    unread = {field for field, message, line in named if message == NO_VALUE and line == start}
    doubted = {field for field, message, _ in named if message != NO_VALUE}
    return {field for field in COLUMNS[name] if getattr(row, field, None) is None
            and field in unread and field not in doubted}


def _lost_values(name: str, number: int, read: list[Any],
                 lines: list[list[dict[str, str]]], dates: set) -> dict[str, Any]:
    """The values of the lost line ``number`` its neighbours' columns settle."""
    above = max((r for r in read if r.span.line < number), key=lambda r: r.span.line, default=None)
    below = min((r for r in read if r.span.line > number), key=lambda r: r.span.line, default=None)
    placed = [(r, _columns(name, r, lines[r.span.line - 1])) for r in (above, below)
              if r is not None and 0 < r.span.line <= len(lines)]
    words = lines[number - 1]
    values: dict[str, Any] = {}
    for field in COLUMNS[name]:
        spans = [p[field] for _, p in placed if field in p]
        if not spans or len(spans) == 2 and not _overlap(*spans):
            continue
        left, right = min(s[0] for s in spans) - _SLACK, max(s[1] for s in spans) + _SLACK
        inside = [w for w in words if left <= _middle(w) <= right]
        if len(inside) != 1 \
                or float(inside[0]["conf"]) < CONFIDENCE.get(_kind(field), LETTER_CONFIDENCE):
            continue
        value = _cell_value(field, inside[0]["text"].strip(), dates)
        if value is not None:
            values[field] = value
    if name == "derivative_transactions" and "shares" in values:
        values.update(_derivative_side(placed))
    return values


def _derivative_side(placed: list[tuple[Any, dict[str, tuple[float, float]]]]) -> dict[str, Any]:
    """The lost derivative row's (A)/(D): Table II prints a row's amount under (A) or
    under (D), side by side; where each neighbour that placed the amount column has the
    same side, the lost amount, read in that column, stands on it too."""
    sides = {row.acquired_disposed for row, columns in placed if "shares" in columns}
    return {"acquired_disposed": sides.pop()} if len(sides) == 1 and None not in sides else {}


def _columns(name: str, row: Any, words: list[dict[str, str]]) -> dict[str, tuple[float, float]]:
    """Where each of ``row``'s values stands on its line: the one word reading as it (a
    value its row holds in several columns, "241,913" twice, the words holding it left
    to right in the form's order of those columns); none where the words do not settle it."""
    out: dict[str, tuple[float, float]] = {}
    fields = COLUMNS[name]
    for field in fields:
        value = getattr(row, field, None)
        if value is None:
            continue
        same = [f for f in fields if getattr(row, f, None) == value and _kind(f) == _kind(field)]
        holding = [w for w in words if _reads_as(field, w["text"].strip(), value)
                   and (field not in LETTERS or _alone(w, words))]
        if len(holding) == len(same):
            word = holding[same.index(field)]
            out[field] = (float(word["left"]), float(word["left"]) + float(word["width"]))
    return out


def _kind(field: str) -> str:
    return "price" if field in PRICES else "amount" if field in AMOUNTS else field


def _reads_as(field: str, text: str, value: Any) -> bool:
    """True where a word's ``text`` reads as the value ``value`` of column ``field``."""
    if field in PRICES or field in AMOUNTS or field == "transaction_date":
        return value is not None and _cell_value(field, text, {value}) == value
    return text.upper() == value


def _cell_value(field: str, text: str, dates: set) -> Any:
    """The value of column ``field`` a lost line's word reads as; None where it does not
    read whole as one."""
    if field in PRICES:
        return _decimal(text) if _PRICE.fullmatch(text) else None
    if field in AMOUNTS:
        return _decimal(text) if _WHOLE.fullmatch(text) else None
    if field == "transaction_date":
        match = _DATE.fullmatch(text)
        date = _date(match) if match else None
        return date if date in dates else None
    if field == "transaction_code":
        return text.upper() if len(text) == 1 and text.upper() in TRANSACTION_CODES else None
    if field == "acquired_disposed":
        return text if text in ("A", "D") else None
    return text if text in HOLDING_LETTERS else None


def _alone(word: dict[str, str], words: list[dict[str, str]]) -> bool:
    """True where ``word`` stands apart from the word before it on its line by more than
    its own height, as a cell does: a letter of a title ("Series D") is no code."""
    start = float(word["left"])
    before = [float(w["left"]) + float(w["width"]) for w in words
              if w is not word and float(w["left"]) < start]
    return not before or start - max(before) > float(word["height"])


def _middle(word: dict[str, str]) -> float:
    return float(word["left"]) + float(word["width"]) / 2


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]

