"""The form's printed words a converter ran into a footnote's end: signatures' dates and
their "Date" labels below the notes (pdfminer prints the date's box right after the last
note), cut off where each stands alone on its line after the note's paragraph; the
note's text left unknown where they cannot be told from its words.
"""

from __future__ import annotations

import re

from ..patterns import DATE, DATE_LABEL, DATE_RE
from ..sections import Cell
from .atoms import Atom
from .header import cell_of

# a note's words ending in the form's printed words below the notes: a signature's date
# and its label ("... this footnote. 07/02/2024 Date")
_FORM_WORDS_END = re.compile(rf"{DATE}\s+{DATE_LABEL}\W*$")


def without_form_words(body: list[Atom]) -> Cell | None:
    """The note of ``body`` without the form's printed words a converter ran into its end
    (``_FORM_WORDS_END``): cut off where they are a signature's date and its label each on
    a line of its own, in a paragraph after the note's (``_signature_block_start``); None
    where they are no such block (a date on the note's own line), or the words kept
    still hold a date and its label (a signer's name between two dates' blocks), or
    where a table's column title stands among its words (pdfminer prints Table II's
    first column, its titles stacked above its header, amid a note's lines): where the
    note ends, or which of its words are the table's, is lost; its number is still the
    page's."""
    words = [a for a in body if a.kind == "TEXT"]
    if any(a.kind == "COLUMN_TITLE" for a in body):
        return None
    if not _FORM_WORDS_END.search(" ".join(a.text for a in words[-8:])):
        return cell_of(words)
    cut = _signature_block_start(words)
    kept = words[:cut]
    if any(DATE_RE.fullmatch(a.text) and b.text == DATE_LABEL for a, b in zip(kept, kept[1:])):
        return None  # a signer's name among the dates: where the note ends is lost
    return cell_of(kept) if cut else None


def _signature_block_start(words: list[Atom]) -> int:
    """Where a note's ``words`` end in signatures' dates each with its label ("Date"
    below it), every word alone on its line, the first date below a blank line after the
    note's last line: the first date's index; else 0."""
    start = len(words)
    while (start >= 3 and DATE_RE.fullmatch(words[start - 2].text)
           and words[start - 1].text == DATE_LABEL and words[start - 2].line < words[start - 1].line
           and (start == len(words) or words[start - 1].line < words[start].line)):
        start -= 2
    return start if start < len(words) and words[start - 1].line + 1 < words[start].line else 0
