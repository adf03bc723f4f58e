"""A scan's security titles that open as a nature of ownership does, left unknown.

A nature of ownership opens with "See" or "By" (``patterns.NATURE_OPENING_RE``), a
security title never: where tesseract's text gives a row's title as "See Footnote Class
A Common Stock", the words of a nature cell (the row above's, its mark with it: "See
Footnote(12)") were read into the title's line, and which words and marks are the
title's is lost. Such a title is None, its marks dropped, with a diagnostic.

Measured on the corpus PDFs read as scans (``benchmarks/scans.py``): PLTR-20210217-1's
plain page drawn by pypdfium2, four transactions' and a holding's titles and their
marks (each wrong against truth); no title of the corpus truths opens so.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from ..model import Diagnostic, Form4
from ..patterns import NATURE_OPENING_RE

#: the tables and the titles of their rows
TITLES = {"non_derivative_transactions": ("security_title",),
          "non_derivative_holdings": ("security_title",),
          "derivative_transactions": ("security_title", "underlying_security_title"),
          "derivative_holdings": ("security_title", "underlying_security_title")}


def _nature_opening(title: object) -> bool:
    """Whether ``title``'s first word is a nature's opening, "See" or "By" (not "By-laws"
    nor "See-Through": the word whole, as ``row_lines._whole_title_line`` tells it)."""
    return isinstance(title, str) and bool(title.split()) \
        and NATURE_OPENING_RE.fullmatch(title.split()[0]) is not None


def nature_titles_to_none(form: Form4) -> Form4:
    """``form`` with each title opening as a nature of ownership None, its marks dropped."""
    changes: dict[str, Any] = {}
    diagnostics: list[Diagnostic] = []
    for table, fields in TITLES.items():
        rows = getattr(form, table) or ()
        kept = []
        for i, row in enumerate(rows):
            wrong = [f for f in fields if _nature_opening(getattr(row, f))]
            if wrong:
                diagnostics += [Diagnostic(
                    row.span.line if row.span else None, None, f"{table}[{i}].{f}",
                    f"OCR read {getattr(row, f)!r}: a title opening as a nature of ownership "
                    "does (the words of a nature cell read into it), left unknown")
                    for f in wrong]
                marks = {k: v for k, v in (row.footnotes or {}).items() if k not in wrong}
                row = dataclasses.replace(row, **dict.fromkeys(wrong), footnotes=marks)
            kept.append(row)
        if tuple(kept) != tuple(rows):
            changes[table] = tuple(kept)
    if not changes:
        return form
    return dataclasses.replace(form, **changes, diagnostics=form.diagnostics + tuple(diagnostics))
