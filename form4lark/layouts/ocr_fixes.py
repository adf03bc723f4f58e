"""What OCR misreads, and the readings that can be put right with certainty.

Tesseract prints "O" for "0" and "l" for "1" inside numbers, glues the
table's rules ("|" read as ")", "}" or "]") and garbled footnote marks
("(3)" read as "03)", "°)" or ")") to the values they stand beside, and turns
straight quotes into typographic ones. A reading is corrected only where the
form leaves one answer (thousands come in groups of three digits; a comma
before two final digits is a decimal point). Where the digits of a value and
of a garbled mark cannot be told apart, the reading keeps the candidates and
says so; the caller settles it by arithmetic or leaves it ``None``.

The readings live in the form reader's scan shape (``shapes/scan_fixes.py``),
which reads OCR text too; this module keeps the names this layout imports.
"""

from __future__ import annotations

from ..shapes.scan_fixes import MARK_ID, Reading, clean_prose, read_number

__all__ = ["MARK_ID", "Reading", "clean_prose", "read_number"]
