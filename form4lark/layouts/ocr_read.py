"""Reading the layout "ocr-text" (``ocr_text.py``): the page as tesseract OCR reads it.

The grammar (``grammars/ocr_text.lark``) finds the sections, which keep their
order on every page, and names the labels, checkboxes and values on each line.
This module turns the tree into ``Sections``: the header boxes by where their
labels stand (``ocr_boxes``), the table rows from their lines and paragraphs
(``ocr_rows``), each row's values by their kinds in column order (``ocr_cells``)
and its wrapped texts by what titles and natures are made of (``ocr_texts``),
the footnotes, remarks and signatures by their lines. OCR's reading errors are
undone only where the reading is certain (``shapes/scan_fixes.py``); anything else stays
``None`` with a diagnostic.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from lark import Token, Transformer, Tree, v_args

from ..model import Diagnostic
from ..patterns import MARK_NUMBER_RE
from ..sections import Cell, Sections, SignatureCells
from .ocr_boxes import (Block, Box, HeaderLine, owner_blocks, read_box, read_header, read_owner,
                        settle_boxes)
from ..inputs.ocr_price_ranges import certain_ranges
from ..shapes.scan_fixes import clean_prose
from ..shapes.scan_notes import footnote_count
from .ocr_rows import read_table
from .ocr_text import NAME
from .ocr_texts import joined_cells


def prepare(text: str) -> str:
    """Line ends made ``\\n``, a final one added, and OCR's typographic quotes and
    misread Roman numerals put right (``scan_fixes.clean_prose``); line numbers kept."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = clean_prose(text)
    return text if text.endswith("\n") else text + "\n"


@v_args(inline=True)
class _Reader(Transformer):
    """The parse tree -> the page's lines and pieces, each with its position."""

    def box(self, mark: Token | None, label: Token) -> Box:
        return read_box(mark, label)

    def header_line(self, *items) -> HeaderLine:
        line = HeaderLine(list(items))
        settle_boxes(line)
        return line

    def header(self, *lines: HeaderLine) -> list[HeaderLine]:
        return list(lines)

    def table_line(self, *tokens: Token) -> list[Token]:
        return [word for t in tokens for word in (_words_of(t) if t.type == "PAR_VALUE" else [t])]

    def table_i(self, _title: Token, *lines: list[Token]) -> list[list[Token]]:
        return list(lines)

    table_ii = table_i

    def reporting_owners(self, _title: Token, *lines: HeaderLine) -> list[HeaderLine]:
        return list(lines)

    def note_start(self, number: Token, text: Token):
        return "start", number.rstrip("."), _cell(text)

    def note_unnumbered(self, _dot: Token, text: Token):
        return "lost", None, _cell(text)

    def note_text(self, text: Token):
        return "text", None, _cell(text)

    def explanation(self, _title: Token, *notes):
        return list(notes)

    def dated_line(self, name: Token | None, date: Token):
        return "dated", _cell(name) if name else None, _cell(date)

    def signature_footer(self, _footer: Token):
        return "footer", None, None

    def noise_line(self, _noise: Token):
        return "noise", None, None

    def remarks_text(self, text: Token):
        return "text", None, _cell(text)

    def remarks(self, _title: Token, *lines):
        return list(lines)

    def start(self, *parts) -> _Parts:
        return _Parts(*parts)


class _Parts(NamedTuple):
    header: list[HeaderLine]
    table_i: list[list[Token]]
    table_ii: list[list[Token]]
    reporting_owners: list[HeaderLine] | None
    explanation: list
    remarks: list


def _words_of(token: Token) -> list[Token]:
    """A title's "$0.0001 per share" as the words of the title it is."""
    start, column = token.start_pos or 0, token.column or 0
    return [Token("WORD", m.group(0), start + m.start(), token.line, column + m.start())
            for m in re.finditer(r"\S+", str(token))]


def _cell(token: Token) -> Cell:
    return Cell(str(token).strip(), token.line or 0, token.column or 0)


def footnotes(items: list, diagnostics: list[Diagnostic]) -> list[tuple[str, Cell]]:
    """Footnotes numbered in sequence, each with its wrapped lines.

    OCR may lose a note's number (". The price reported ..."). Notes are numbered
    one by one, so a run of such notes between note n and note n + k + 1 holds
    exactly notes n + 1 to n + k: they are named so, when the count agrees. Where
    OCR read such notes in two blocks (k first halves, then k second halves), the
    halves are paired in order, again only when the counts agree. Otherwise the
    run is left out with a diagnostic."""
    notes: list[tuple[str, list[Cell]]] = []
    run: list[list[Cell]] = []  # notes whose number is lost, each with its lines
    tail: list[Cell] = []  # lines after the run's last first line
    for kind, number, cell in [*items, ("end", None, None)]:
        expected = int(notes[-1][0]) + 1 if notes else 1
        if kind == "end" or kind == "start" and int(number) == expected + len(run):
            if run:  # the numbering leaves exactly the run's notes
                notes.extend(_name_lost(run, tail, expected, diagnostics))
                run, tail = [], []
            if kind == "start":
                notes.append((number, [cell]))
            continue
        if kind == "start" and 0 < int(number) - expected - len(run) <= 3:
            at = run[0][0] if run else cell
            diagnostics.append(Diagnostic(at.line, at.column, "footnotes",
                                          f"footnote {number} follows footnote {expected - 1}"
                                          ": OCR lost the notes between"))
            notes.append((number, [cell]))
            run, tail = [], []
            continue
        if kind == "start":  # "3." opening a wrapped line of text
            cell = Cell(f"{number}. {cell.text}", cell.line, max(cell.column - 3, 1))
        if kind == "lost":
            run.append([cell])
            tail = []
        elif run:
            tail.append(cell)
            run[-1].append(cell)
        elif notes:
            notes[-1][1].append(cell)
    return [(number, joined_cells(cells) or Cell("")) for number, cells in notes]


def _name_lost(run: list[list[Cell]], tail: list[Cell], first: int,
               diagnostics: list[Diagnostic]) -> list[tuple[str, list[Cell]]]:
    """The notes of a run whose numbers OCR lost, named ``first``, ``first + 1``, ...
    (the caller checked that the numbering leaves exactly that many)."""
    at = run[0][0]
    split = [lines for lines in run[:-1] if len(lines) > 1]
    if len(run) > 1 and not split and len(tail) == len(run):
        # read in two blocks: the first halves, then the second halves, in order
        run = [[lines[0], half] for lines, half in zip(run, tail)]
    elif len(run) > 1 and not split and tail:
        diagnostics.append(Diagnostic(at.line, at.column, "footnotes",
                                      "footnotes whose numbers OCR lost could not be put "
                                      "together: they are left out"))
        return []
    diagnostics.append(Diagnostic(at.line, at.column, "footnotes",
                                  f"OCR lost the numbers of footnotes {first} to "
                                  f"{first + len(run) - 1}: named by their order"))
    return [(str(first + i), lines) for i, lines in enumerate(run)]


def signatures(items: list) -> tuple[Cell | None, list[SignatureCells]]:
    """The remarks (text before the first signature), then each signature: a name
    and the date closing its line, and the rest of the name on the lines after it."""
    remarks: list[Cell] = []
    found: list[tuple[list[Cell], Cell | None]] = []
    for kind, name, cell in items:
        if kind == "footer":
            break
        if kind == "dated":
            found.append(([name] if name else [], cell))
        elif kind == "text" and "/s/" in cell.text and not found:
            found.append(([cell], None))
        elif kind == "text" and found:
            found[-1][0].append(cell)
        elif kind == "text":
            remarks.append(cell)
    return joined_cells(remarks), [SignatureCells(joined_cells(n), d) for n, d in found]


def drop_unknown_marks(rows: list[dict[str, Cell]], notes: list[tuple[str, Cell]],
                       diagnostics: list[Diagnostic]) -> None:
    """A mark that names no footnote of a complete Explanation of Responses is OCR's
    misreading of another ("(0)" for "(10)"): it is left out, with a diagnostic."""
    ids = {number.lstrip("0") for number, _ in notes}
    if not ids or len(ids) != max(int(i) for i in ids):
        return  # notes missing: a mark may name one of them
    for row in rows:
        for key, cell in row.items():
            kept = MARK_NUMBER_RE.sub(lambda m: m.group(0) if m.group(1).lstrip("0") in ids else "",
                             cell.text)
            if kept != cell.text:
                row[key] = Cell(kept, cell.line, cell.column)
                diagnostics.append(Diagnostic(cell.line or None, cell.column or None, key,
                                              f"OCR read {cell.text!r}: a footnote mark that "
                                              "names no footnote is left out"))


def read_tree(tree: Tree, text: str) -> Sections:
    parts: _Parts = _Reader().transform(tree)
    diagnostics: list[Diagnostic] = []
    values, header = read_header(parts.header)
    blocks = ([Block(lines) for lines in owner_blocks(parts.reporting_owners)]
              if parts.reporting_owners else [header])
    remarks, signature_cells = signatures(parts.remarks)
    notes = footnotes(parts.explanation, diagnostics)
    accounted: set[str] = set()
    ranges = certain_ranges({number: cell.text for number, cell in notes})
    count = footnote_count(text)
    table_i = read_table(parts.table_i, "i", diagnostics, accounted, ranges, count)
    table_ii = read_table(parts.table_ii, "ii", diagnostics, accounted, ranges, count)
    drop_unknown_marks(table_i + table_ii, notes, diagnostics)
    return Sections(
        layout=NAME,
        not_subject=values.not_subject,
        issuer_name=values.issuer_name, ticker=values.ticker,
        owners=[read_owner(block) for block in blocks],
        period_of_report=values.period_of_report, original_filed=values.original_filed,
        more_than_one=values.more_than_one,
        table_i=table_i, table_ii=table_ii, footnotes=[*notes],
        remarks=remarks, signatures=signature_cells, diagnostics=diagnostics,
        marks_by_box=True, accounted=accounted)
