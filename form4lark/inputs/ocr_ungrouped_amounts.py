"""A scan's amounts read from a word whose digits are not grouped in thousands.

The form prints an amount of shares grouped in thousands ("14,526") and its footnote
mark small and raised after it ("14,526⁽¹⁾"). A word in a row's line reading as four
digits or more with no comma ("145260]", a rule glued to it) is no amount as printed:
OCR lost its comma, or ran a garbled mark into its digits ("14,526" and "(" read as
"0"), and which of the two cannot be told. The value the text's reader took from such
a word is unknown afterwards, with a diagnostic (``scan_values.scan_number`` refuses
such a number on the text path of the sec design; the plain design's reader takes it).

Measured on the corpus PDFs read as scans (``benchmarks/scans.py``): one wrong amount
each for pdftoppm and pypdfium2 made unknown (U-20200331-1 plain "145260]", 14,526), no
right one.
"""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal
from collections.abc import Callable, Iterator
from typing import Any

from ..model import Diagnostic, Form4
from .ocr_lost_cells import AMOUNTS
from .ocr_lost_rows import _decimal
from ..shapes.scan_values import RULES  # the table's rules OCR glues to a word's ends
from .scan import text_lines

#: the tables whose rows hold amounts read from one line
TABLES = ("non_derivative_transactions", "derivative_transactions",
          "non_derivative_holdings", "derivative_holdings")
# an amount of four digits or more its thousands not grouped, as the form never prints it
_UNGROUPED = re.compile(r"[0-9]{4,}")
# a word reading as a whole amount, grouped or not
_NUMBER = re.compile(r"[0-9][0-9,]*")
MESSAGE = ("OCR read {word!r}: not grouped in thousands as the form prints an amount, "
           "its comma lost or a garbled footnote mark read as its last digits")


def ungrouped_amounts_to_none(form: Form4, tsvs: tuple[str, ...]) -> Form4:
    """``form`` with each amount only an ungrouped word of its row's line reads as
    unknown (the module's doc says why)."""
    return amounts_cleared(form, tsvs, ungrouped_fields, MESSAGE)


def amounts_cleared(form: Form4, tsvs: tuple[str, ...],
                    fields: Callable[[Any, list[dict[str, str]]], dict[str, str]],
                    message: str) -> Form4:
    """``form`` with each of its rows' values ``fields`` names (given the row and its
    line's TSV words, each field with the word it was read from) unknown, each with a
    warning: ``message`` with that word."""
    replaced: dict[tuple[str, int], Any] = {}
    diagnostics: list[Diagnostic] = []
    for name, i, row, words in rows_with_line_words(form, tsvs):
        cleared = fields(row, words)
        if cleared:
            replaced[name, i] = dataclasses.replace(row, **{f: None for f in cleared})
            diagnostics += [Diagnostic(row.span.line, None, f"{name}[{i}].{field}",
                                       message.format(word=word), "warning")
                            for field, word in cleared.items()]
    changes = rows_replaced(form, replaced)
    if not changes:
        return form
    return dataclasses.replace(form, **changes, diagnostics=form.diagnostics + tuple(diagnostics))


def rows_with_line_words(form: Form4, tsvs: tuple[str, ...]
                         ) -> Iterator[tuple[str, int, Any, list[dict[str, str]]]]:
    """Each row of the form's tables read from a line of the scan's text, as its
    table's name, its index, the row and the TSV words of its line."""
    lines: list[list[dict[str, str]]] | None = None
    for name in TABLES:
        for i, row in enumerate(getattr(form, name) or ()):
            if row.span is None:
                continue
            lines = [words for words, _ in text_lines(tsvs)] if lines is None else lines
            if 0 < row.span.line <= len(lines):
                yield name, i, row, lines[row.span.line - 1]


def rows_replaced(form: Form4, replaced: dict[tuple[str, int], Any]) -> dict[str, Any]:
    """The form's tables that ``replaced`` (a row by its table's name and index) changes,
    each as its rows with those replaced, by name."""
    changes: dict[str, Any] = {}
    for name, i in replaced:
        rows = changes.get(name) or tuple(getattr(form, name) or ())
        changes[name] = rows[:i] + (replaced[name, i],) + rows[i + 1:]
    return changes


def ungrouped_fields(row: Any, words: list[dict[str, str]]) -> dict[str, str]:
    """The row's amount fields whose value only words of ``words`` (its line's TSV
    words) read as that print it ungrouped, each with the first such word."""
    out: dict[str, str] = {}
    for field in sorted(AMOUNTS):
        value = getattr(row, field, None)
        if not isinstance(value, Decimal):
            continue
        holding = [t for t in (w["text"].strip(RULES + " ") for w in words)
                   if _NUMBER.fullmatch(t) and _decimal(t) == value]
        if holding and all(_UNGROUPED.fullmatch(t) for t in holding):
            out[field] = holding[0]
    return out
