"""A stream's short unnumbered column labels printed among a table's rows.

A site's own page of the form may label its columns shortly, unnumbered ("Deemed
Execution" / "Date", "Code V Amount", "Price", "Ownership Form" / "(D/I)"); a text in
reading order prints each label as a paragraph among the first row's cells
(``label_paragraphs``). They are taken out where the words before the first stand for
one row (``one_row_before``), and where words stand on both sides of one, blank lines
must part them (``between_words``). Used by interleaved_headers.py, for a page numbering
none of its columns.
"""

from __future__ import annotations

from ..errors import SectionError
from .atoms import Atom
from .sub_headers import AMOUNT, apart, is_sub_headers, is_word, line_end
from .table_header import holds_header_phrase, is_header_word


def _lines(atoms: list[Atom]) -> list[tuple[int, int]]:
    """The lines of ``atoms``, as (start, end) spans of them."""
    spans: list[tuple[int, int]] = []
    start = 0
    while start < len(atoms):
        end = line_end(atoms, start)
        spans.append((start, end))
        start = end
    return spans


def _is_label(atoms: list[Atom], start: int, end: int) -> bool:
    """True where the lines ``atoms[start:end]`` are a column's short label: header words
    holding a phrase no title or nature holds (``holds_header_phrase``: "Deemed
    Execution" / "Date", "Ownership Form" / "(D/I)"), or a paragraph of its own of
    sub-headers naming a column ("Price", never a lone "V", "(A)" or "(D)", a row's
    value too)."""
    words = [a.text for a in atoms[start:end]]
    if holds_header_phrase(" ".join(words)):
        return True
    return (apart(atoms, start, end) and is_sub_headers(words)
            and any(w.lower() in _NAMING_SUB_HEADERS for w in words))


#: the sub-headers' words that name a column, never a row's value
_NAMING_SUB_HEADERS = frozenset({"code", "amount", "price", "exercisable", "expiration",
                                 "title", "shares"})


def label_paragraphs(atoms: list[Atom]) -> list[tuple[int, int]]:
    """The short unnumbered column labels ("Deemed Execution Date", "Code V Amount",
    "Price", "Amount Owned Following") a stream printed among a table's rows, as (start,
    end) spans of ``atoms``: runs of whole lines, one after another, of header words
    (``is_header_word``) that read as a label (``_is_label``). A site's own page of the
    form labels its columns so; a text in reading order prints each label as a
    paragraph among the first row's cells."""
    labels: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    for start, end in _lines(atoms) + [(len(atoms), len(atoms))]:
        header = end > start and all(is_header_word(a, True) for a in atoms[start:end])
        if header and run and atoms[start].line == atoms[run[-1][1] - 1].line + 1:
            run.append((start, end))
            continue
        if run and _is_label(atoms, run[0][0], run[-1][1]):
            labels.append((run[0][0], run[-1][1]))
        run = [(start, end)] if header else []
    return labels


def one_row_before(before: list[Atom]) -> bool:
    """True where no two paragraphs of words stand one right after the other, no value
    between them, before a table's first short label (``before``): such are a column's
    run of cells (each row's title, then each row's date, ...), a page printed column
    by column, whose labels show where each column's run begins; read in order without
    them, one column's cells would be taken for another's, so they are not taken out."""
    opens = [n for n, a in enumerate(before) if n == 0 or before[n - 1].line < a.line - 1]
    paragraphs = [before[start:end] for start, end in zip(opens, opens[1:] + [len(before)])]
    words = [any(is_word(a) for a in p) and not any(AMOUNT.fullmatch(a.text) for a in p)
             for p in paragraphs]
    return not any(first and second for first, second in zip(words, words[1:]))


def between_words(atoms: list[Atom], labels: list[tuple[int, int]], layout: str) -> bool:
    """Whether words stand on both sides of a label (``label_paragraphs``), taken as two
    cells' as blank lines part them; raise where no blank line does: a title or a
    nature the label cut in two, whose words on either side cannot be told."""
    between = [(start, end) for start, end in labels
               if 0 < start and end < len(atoms) and is_word(atoms[start - 1])
               and is_word(atoms[end])]
    for start, end in between:
        if not apart(atoms, start, end):
            raise SectionError("the table's column labels cut a title or a nature in two: "
                               "whose words stand on either side cannot be told, so the "
                               "table is left out", line=atoms[start].line,
                               column=atoms[start].column, layout=layout)
    return bool(between)
