"""The library's entry points, shaped like the ``json`` module: parse a text or a file.

Every failure leaves here as a ``Form4ParseError``; Lark's exceptions and any
``VisitError`` from a transformer are translated at this boundary.
"""

from __future__ import annotations

import dataclasses
import functools
import gc
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, ParamSpec, TypeVar

from . import regex_cache

regex_cache.warm()  # before the parser's modules compile their expressions

from lark import Token, Tree
from lark.exceptions import (LarkError, UnexpectedCharacters, UnexpectedEOF, UnexpectedInput,
                             UnexpectedToken, VisitError)

from .build import build
from .detect import detect_layout, find_layout, other_form
from .form.reader import read_page
from .glued_amount_tables import tables_gluing_marks
from .inputs.kinds import read_input
from .inputs.ocr_doubts import doubted_to_none
from .inputs.untitled_holdings import untitled_holdings_dropped
from .shapes.grid_tables import cut_words
from .inputs.words import page_text
from .xml_input import ownership_document
from .errors import Form4ParseError, InputError, NotAForm4Error, SectionError, StrictModeError
from .layouts import BY_NAME, Layout, ShapeLayout
from .model import Form4
from .page import Page
from .recovery import MAX_LINES_BLANKED, Part, blank, culprit_line, left_out, section_at
from .sections import Sections
from .unread import unread_lines, unread_page_lines
from .source import MAX_BYTES, check_text, decoded
from .shapes.scan import is_scan

if TYPE_CHECKING:
    from .inputs.scan import Scan

regex_cache.keep_warm()

# Start-up: what only EDGAR's XML, a PDF, an image or an OCR text needs is imported on
# the path that reads it (the readers' modules and OCR's repairs), not by every text.

__all__ = ["parse", "parse_file", "parse_tree", "detect_layout"]


# why a word of a grid table's cut line is doubted (``shapes/grid_tables.py``)
_CUT_WORD = "a table's line was cut at its cell's edge, a space there or not unknown, in"

def _layout(text: str, layout: str | None) -> Layout | ShapeLayout:
    if layout is None:
        return find_layout(text)
    form = other_form(text)
    if form is not None:  # a forced layout reads a Form 4's text, never another form's
        raise NotAForm4Error(f"this is a {form}, not a Form 4")
    try:
        return BY_NAME[layout]
    except KeyError:
        raise Form4ParseError(f"no layout named {layout!r} (known: {', '.join(BY_NAME)})") from None


_P = ParamSpec("_P")
_R = TypeVar("_R")


def _collector_paused(read: Callable[_P, _R]) -> Callable[_P, _R]:
    """``read`` with Python's cyclic garbage collector paused while it runs. A reading
    makes a page's worth of small objects (an atom per word, a piece per cell), and
    every few hundred of them set off a collection that walks the objects still alive;
    a reading's garbage is freed by reference counting, and any cycle it leaves is
    collected once the collector runs again. A collector the caller turned off stays
    off. (Threads share the collector: one may run while another reads.)"""
    @functools.wraps(read)
    def paused(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        if not gc.isenabled():
            return read(*args, **kwargs)
        gc.disable()
        try:
            return read(*args, **kwargs)
        finally:
            gc.enable()
    return paused


@_collector_paused
def parse(text: str | bytes, *, strict: bool = False, layout: str | None = None,
          max_bytes: int = MAX_BYTES) -> Form4:
    """Read one Form 4 from ``text``.

    ``layout`` forces a layout by name instead of detecting it (a text's: the bytes
    of a PDF or an image are read as such). With ``strict=True`` any diagnostic
    (a lost or doubtful value) is an error.
    """
    if isinstance(text, bytes):
        if len(text) > max_bytes:
            raise InputError(f"input is {len(text):,} bytes, over the limit of {max_bytes:,} "
                             "(raise it with --max-bytes)")
        found = read_input(text)
        if found is not None:
            from .inputs.scan import Scan
            kind, read = found
            if isinstance(read, Scan):  # read by OCR: tesseract's text of it
                return parse_scan(read, strict=strict, max_bytes=max_bytes)
            return parse_page(kind, read, strict=strict)  # a PDF's words on the page grid
    raw = decoded(text, max_bytes=max_bytes) if isinstance(text, bytes) else text
    # tops: where a converter began a page (its form feeds, gone from text)
    text, tops = check_text(raw, max_bytes=max_bytes)
    document = ownership_document(text) if layout is None else None
    if document is not None:  # EDGAR's XML, or a submission holding it: the record itself
        from .edgar_xml import from_xml
        return from_xml(document)
    from .glyph_marks import marks_of_glyphs
    text = marks_of_glyphs(text)  # boxes drawn as a filled and an empty glyph: the filled one's mark
    from .bracket_marks import marks_of_brackets
    text = marks_of_brackets(text)  # footnote marks printed "[1]": the form's "(1)"
    chosen = _layout(text, layout)
    try:
        sections, page = _read(chosen, text, tops)
        sections.diagnostics.extend(unread_page_lines(page, sections) if page and page.converter == "html"
                                    else unread_lines(text, sections))
        form = build(sections)
        if chosen.name == "ocr-text" or chosen.name == "stream" and is_scan(text):
            # read by OCR: its digits may be misread
            form = _ocr_checked(form)
        else:  # marks printed as bare superscripts a converter glued onto their values
            from .bare_marks import bare_marks_checked
            form = bare_marks_checked(form, text, cells=tables_gluing_marks(sections))
        if chosen.name == "cells":  # the markdown reader puts a grid table's cut lines together
            form = doubted_to_none(form, dict.fromkeys(cut_words(text), 0.0), _CUT_WORD)
        if chosen.name == "grid" and layout is None and form.diagnostics:
            form = _lines_reading(form, text, max_bytes)
        # a lost transaction's amounts read as holdings
        form = untitled_holdings_dropped(form, text)
        from .ligature_losses import ligatures_checked
        form = ligatures_checked(form, text)  # a font printing "fi" and "ff" as "f"
    except RecursionError:  # a pathological nesting of brackets or markup
        raise SectionError("the text nests too deeply to read", layout=chosen.name) from None
    if strict:
        _refuse_doubts(form, text, chosen.name)
    return form


def _lines_reading(form: Form4, text: str, max_bytes: int) -> Form4:
    """The record of a page grid that is the page's visual lines set at their x
    (``shapes.lines.spaced_lines``): its reading as those lines where that reading
    doubts fewer values than the grid's. The grid's positions place words where they
    kept the page's columns; where a cell's lines were cut into letters among its row's
    values (pdfplumber's layout text), the visual-lines reader puts them back. Each
    reader leaves a value it cannot place unknown (a row it cannot read is left out):
    the reading that knows more values is taken, a tie keeps the grid's. Its layout stays "grid"
    (the text's shape); its diagnostics' lines are the text's, their columns the
    squeezed lines'."""
    from .shapes.lines import spaced_lines
    lines = spaced_lines(text)
    if lines is None:
        return form
    try:
        other = parse(lines, max_bytes=max_bytes)
    except Form4ParseError:
        return form
    if _known_values(other) <= _known_values(form):
        return form
    return dataclasses.replace(other, layout=form.layout)


def _known_values(form: Form4) -> int:
    """How many values ``form`` knows: its record's leaves that are not null (its
    diagnostics left out)."""
    def known(value: object) -> int:
        if isinstance(value, dict):
            return sum(known(v) for v in value.values())
        if isinstance(value, list):
            return sum(known(v) for v in value)
        return value is not None
    return known({k: v for k, v in form.to_dict().items() if k != "diagnostics"})


def _ocr_checked(form: Form4) -> Form4:
    """The record of a text read by OCR, its amounts checked against what OCR misreads."""
    from .inputs.ocr_amounts import contradicted_to_none
    from .inputs.ocr_disputes import disputed_ticker_to_none
    from .inputs.ocr_lone_amounts import lone_amounts_to_none
    from .inputs.ocr_mark_runs import off_run_marks_to_none
    from .inputs.ocr_price_ranges import price_marks_filled
    from .inputs.ocr_prose import glued_prose_checked
    return disputed_ticker_to_none(glued_prose_checked(
        price_marks_filled(off_run_marks_to_none(contradicted_to_none(lone_amounts_to_none(form))))))


def parse_page(kind: str, page: Page, *, strict: bool) -> Form4:
    """The record of a page read from a PDF or a scan; its lines and columns are those
    of the page's text as ``inputs.words.page_text`` prints it."""
    from .bare_marks import bare_marks_checked
    from .inputs.scan import unsure_to_none
    text = page_text(page)
    find_layout(text)  # the checks a text gets: a Form 4, not a 3 or 5, not cut short
    if "[" in text:  # footnote marks printed "[1]" in the page's words: the form's "(1)"
        from .bracket_marks import page_marks_of_brackets
        page = page_marks_of_brackets(page, text)
    try:
        sections = read_page(page, kind)
    except SectionError as error:
        error.source_line = _line(text, error.line)
        raise
    sections.diagnostics.extend(unread_lines(text, sections))
    form = unsure_to_none(build(sections))
    if kind != "scan":
        form = bare_marks_checked(form, cells=tables_gluing_marks(sections))
    if strict:
        _refuse_doubts(form, text, kind)
    return form


def parse_scan(scan: Scan, *, strict: bool = False, max_bytes: int = MAX_BYTES) -> Form4:
    """The record of a scan: tesseract's text of its pages read as any text is (the
    readers know OCR's misreadings), the header fields it left unknown taken from its
    words read on the page grid where the two agree (``inputs/ocr_grid_header.py``,
    the tables' titles and (A)/(D) by ``inputs/ocr_grid_rows.py``), the holding rows
    that hold a transaction's misplaced amounts left out (``inputs/ocr_misplaced_rows.py``),
    a lost transaction's values read from its words' places (``inputs/ocr_lost_cells.py``),
    an amount read from a word not grouped in thousands left unknown
    (``inputs/ocr_ungrouped_amounts.py``), an amount with a fraction read from a word
    a footnote mark makes tall left unknown (``inputs/ocr_tall_amounts.py``), an
    unmarked number cell given the marks read again from the pixels at the end of its
    word (``inputs/ocr_cell_marks.py``), the notes whose lines' ends OCR read apart from
    their openings left unknown (``inputs/ocr_note_columns.py``), a title opening as a
    nature of ownership does left unknown (``inputs/ocr_nature_titles.py``),
    its ``layout`` "scan", then each text holding a
    word OCR was unsure of left unknown (``inputs/ocr_doubts.py``); its amounts the
    tables contradict are cleared by ``parse`` as any OCR text's (``inputs/ocr_amounts.py``)."""
    from .inputs.kinds import SCAN
    from .inputs.ocr_cell_marks import cell_marks_read
    from .inputs.ocr_disputes import disputed_ticker_to_none, disputed_to_none
    from .inputs.ocr_doubts import unsure_words
    from .inputs.ocr_grid_header import header_filled
    from .inputs.ocr_grid_rows import rows_filled
    from .inputs.ocr_late_dates import late_dates_to_none
    from .inputs.ocr_lost_cells import lost_cells_read
    from .inputs.ocr_lost_rows import lost_rows_kept
    from .inputs.ocr_misplaced_rows import misplaced_rows_dropped
    from .inputs.ocr_nature_titles import nature_titles_to_none
    from .inputs.ocr_note_columns import split_notes_to_none
    from .inputs.ocr_price_widths import widths_priced
    from .inputs.ocr_tall_amounts import tall_amounts_to_none
    from .inputs.ocr_ungrouped_amounts import ungrouped_amounts_to_none
    from .inputs.scan import confidences, text_lines
    text = scan.text
    grid = _grid_reading(scan)
    form = rows_filled(header_filled(parse(text, max_bytes=max_bytes), grid, text), grid, text)
    form = late_dates_to_none(lost_rows_kept(misplaced_rows_dropped(form, text), text))
    form = lost_cells_read(form, scan.tsvs)
    form = ungrouped_amounts_to_none(widths_priced(form, scan.tsvs), scan.tsvs)
    form = cell_marks_read(tall_amounts_to_none(form, scan.tsvs), scan.tsvs)
    form = nature_titles_to_none(split_notes_to_none(form, text_lines(scan.tsvs)))
    words = confidences(list(scan.tsvs))
    form = doubted_to_none(dataclasses.replace(form, layout=SCAN), unsure_words(words))
    # the ticker again: the header's name may have come from the grid since ``parse``
    form = disputed_ticker_to_none(disputed_to_none(form, (word for word, _ in words)))
    if strict:
        _refuse_doubts(form, text, SCAN)
    return form


def _grid_reading(scan: Scan) -> Form4 | None:
    """The scan's words read on the page grid (``inputs/ocr_grid_header.py`` takes its
    header), or None where that reading fails: the text's reading is the record's, and
    stands without it."""
    try:
        from .inputs.kinds import SCAN
        from .inputs.words import page_of_words
        return parse_page(SCAN, page_of_words(scan.words()), strict=False)
    except (Form4ParseError, LarkError, RecursionError):
        return None


def _refuse_doubts(form: Form4, text: str, layout: str) -> None:
    """Strict mode: the record's first diagnostic as an error, if it has any."""
    if form.diagnostics:
        # an error (a part left out) says more than the warnings it brings about
        first = min(form.diagnostics, key=lambda d: d.severity != "error")
        more = f" (and {len(form.diagnostics) - 1} more)" if len(form.diagnostics) > 1 else ""
        raise StrictModeError(f"{first.field}: {first.message}{more}", line=first.line,
                              column=first.column, layout=layout,
                              source_line=_line(text, first.line))


def _read(layout: Layout | ShapeLayout, text: str, tops: frozenset[int]
          ) -> tuple[Sections, Page | None]:
    """The layout's reading of ``text``; a line it cannot read inside a section the
    record can do without is blanked and the text read again (recovery.py). The
    sections that lost a line are left out of the record (None), each with an
    error diagnostic. If that brings no reading, the first error is raised. The page
    is the one read (of the text as read at last), None for a converter's layout.
    ``tops``: the lines that open a page (``source.page_tops``)."""
    current = text
    blanked: dict[int, tuple[Part, Form4ParseError]] = {}
    first_error: Form4ParseError | None = None
    while True:
        try:
            sections, page = layout.read_with_page(current, tops) if isinstance(
                layout, ShapeLayout) else (layout.read(current), None)
            break
        except (UnexpectedInput, VisitError, LarkError) as exc:
            error = _translate(exc, current, layout.name)
            error.source_line = _line(text, error.line)
            first_error = first_error or error
            line = culprit_line(current, error.line, set(blanked))
            found = section_at(current, line) if line else None
            if line is None or found is None or len(blanked) >= MAX_LINES_BLANKED:
                raise first_error from None
            blanked[line] = (found[0], error)
            current = blank(current, line - 1, line - 1)
    parts: dict[str, tuple] = {}
    for line, (part, error) in sorted(blanked.items()):
        parts.setdefault(part.name, (part, line, error))
    for part, line, error in parts.values():
        sections.diagnostics.append(left_out(part, line - 1, error))
        sections.damaged.update(part.fields)
    return sections, page


def parse_file(path: str | os.PathLike[str], *, strict: bool = False, layout: str | None = None,
               max_bytes: int = MAX_BYTES) -> Form4:
    """Read one Form 4 from the file at ``path``; errors name the file."""
    name = os.fspath(path)
    try:
        size = os.path.getsize(name)
        if size > max_bytes:
            raise InputError(f"input is {size:,} bytes, over the limit of {max_bytes:,} "
                                  "(raise it with --max-bytes)")
        data = Path(name).read_bytes()
    except OSError as exc:
        raise Form4ParseError(f"cannot read the file: {exc.strerror or exc}").located(name) from None
    try:
        return parse(data, strict=strict, layout=layout, max_bytes=max_bytes)
    except Form4ParseError as exc:
        raise exc.located(name) from None


def parse_tree(text: str, *, layout: str | None = None) -> Tree[Token]:
    """The Lark parse tree of ``text`` in its layout, for inspecting a grammar; a page
    grid's text read page by page where it holds form feeds, as ``parse`` reads it."""
    text, tops = check_text(text)
    chosen = _layout(text, layout)
    try:
        return chosen.tree(text, tops) if isinstance(chosen, ShapeLayout) else chosen.tree(text)
    except LarkError as exc:
        raise _translate(exc, text, chosen.name) from None


def _line(text: str, line: int | None) -> str | None:
    if not line:
        return None
    lines = text.split("\n")
    return lines[line - 1] if 0 < line <= len(lines) else None


def _translate(exc: Exception, text: str, layout: str) -> Form4ParseError:
    """A Lark exception -> SectionError with position, expectation and source line."""
    if isinstance(exc, VisitError):
        inner = exc.orig_exc
        if isinstance(inner, Form4ParseError):
            inner.layout = inner.layout or layout
            return inner
        return SectionError(f"cannot read the {exc.rule or 'section'}: {inner}", layout=layout)
    if isinstance(exc, UnexpectedEOF):
        lines = text.rstrip("\n").split("\n")
        return SectionError("the text ends too early: " + _expected(exc.expected),
                            line=len(lines), column=len(lines[-1]) + 1, layout=layout,
                            source_line=lines[-1])
    if isinstance(exc, UnexpectedToken):
        if exc.token.type == "$END":
            lines = text.rstrip("\n").split("\n")
            return SectionError("the text ends too early: " + _expected(exc.accepts or exc.expected),
                                line=len(lines), column=len(lines[-1]) + 1, layout=layout,
                                source_line=lines[-1])
        return SectionError(f"unexpected {_describe(exc.token.type)} {str(exc.token)[:30]!r}: "
                            + _expected(exc.accepts or exc.expected),
                            line=exc.line, column=exc.column, layout=layout,
                            source_line=_line(text, exc.line))
    if isinstance(exc, UnexpectedCharacters):
        return SectionError(f"unexpected character {exc.char!r}: "
                            + _expected(exc.allowed or set()), line=exc.line, column=exc.column,
                            layout=layout, source_line=_line(text, exc.line))
    return SectionError(f"cannot read the text: {exc}", layout=layout)


def _describe(terminal: str) -> str:
    return terminal.lower().strip("_").replace("_", " ")


def _expected(names) -> str:
    shown = sorted(_describe(n) for n in names if not n.startswith("__ANON"))[:6]
    return "expected " + (" or ".join(shown) if shown else "something else")
