"""The table rows of an OCR'd Form 4: cells by their kind, rows by their lines.

Tesseract reads a table row in one of two ways, and a page may mix them:

* as lines: the row's first line holds the first line of every cell
  ("Common 01/10/2025 Ss 1,500 D $ 66.9030) 37,565 D"), the lines after it
  the wrapped rest of the title, the underlying title and the nature, in
  column order ("Preferred Stock Capital XI,");
* as paragraphs, one per cell: "Class A" "Common" "Stock", then "04/13/2022",
  then "100) D $ 2,556.7346(2)", then "13,788", then the nature.

Either way the values come in the form's column order, so a row is read as
a typed sequence (date, code, amount, (A) or (D), price, amount owned, D or I,
nature; for Table II also the conversion price, the exercise and expiration
dates and the underlying security). Words that a line or paragraph leaves over
are given to the title, the underlying title and the nature; where that split
cannot be told, the cell is left out. Numbers go through ``shapes/scan_fixes.py`` and
doubtful digits are settled only by the row's own arithmetic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Sequence

from lark import Token

from ..cells import cell_amount
from ..model import Diagnostic
from ..patterns import MARKS_AT_END_RE
from ..sections import Cell, Row
from ..text import fold, join_wrapped
from ..inputs.ocr_price_ranges import PriceRanges, marked_candidate
from .ocr_cells import DI, ReadRow, code_of, digit_for_code, table_i_values, table_ii_values
from ..shapes.scan_fixes import opened_mark_value, read_number
from .ocr_texts import MAX_LINES, bare, misread_suffix, split_line, text_cell

# A column heading's words ("(Instr. 3)", "Code V Amount (A) or | Price", "Shares")
_HEADING = re.compile(
    r"\(Instr|\(Month|Title of|Transaction|\bCode\b|Amount|Price|Derivative|Disposed|"
    r"Beneficial|Ownership|Exercisable|Expiration|Conversion|Underlying|\(e\.g\.|Number|"
    r"^(of )?Shares$|\(D\)|\(I\)|Security|Form:|Exercise|\(A\)|Owned|Following|Reported|Indirect|"
    r"Nature|^[0-9]{1,2}\)$|^[0-9]{1,2}A?\.|and 4\)|and 5\)|^\(?[0-9]\)$")
PRICE = "price_per_share"
_RULE_OR_NOISE = re.compile(r"[^A-Za-z0-9$()]+|[|}{\[\]]+[,.;:]*")


@dataclass(slots=True)
class _Line:
    number: int
    tokens: list[Token]

    @property
    def text(self) -> str:
        return " ".join(str(t) for t in self.tokens)


@dataclass(slots=True)
class _Draft:
    """A row being read: its title lines, its values in order, the words after them."""

    title: list[list[Token]] = field(default_factory=list)
    values: list[Token] = field(default_factory=list)
    after: list[list[Token]] = field(default_factory=list)  # continuation lines
    block: bool = False  # read from paragraphs (one per cell)
    mixed: bool = False  # a row line whose last values came on lines of their own
    #: for a mixed row: whether its first line ended with a value (no text columns begun),
    #: and how many wrapped lines came before the values that stand below
    ended_on_value: bool = False
    lines_before_values: int = 0


def read_table(lines: Sequence[list[Token]], table: str, diagnostics: list[Diagnostic],
               accounted: set[str], ranges: PriceRanges | None = None,
               notes: int | None = None) -> list[Row]:
    """The rows of Table I (``table="i"``) or Table II (``"ii"``). The words of every
    line that went into a row are added to ``accounted``: what of them is not a value
    has a diagnostic of its own. ``ranges``: the footnotes' ranges of prices, which tell
    a price from its mark's digits glued on; ``notes``: the highest footnote number the
    page shows (``scan_fixes.opened_mark_value``)."""
    found: list[Diagnostic] = []
    rows = _read_table(lines, table, found, accounted, ranges, notes)
    prefix = "non_derivative" if table == "i" else "derivative"
    diagnostics.extend(d if "." in d.field else replace(d, field=f"{prefix}.{d.field}")
                       for d in found)
    return rows


def _read_table(lines: Sequence[list[Token]], table: str, diagnostics: list[Diagnostic],
                accounted: set[str], ranges: PriceRanges | None,
                notes: int | None) -> list[Row]:
    body = [_Line(tokens[0].line or 0, _without_rules(tokens)) for tokens in lines]
    body = [line for line in body if line.tokens]
    body = _after_headings(body)
    drafts = _drafts(body, table)
    accounted.update(str(t) for d in drafts for part in (*d.title, d.values, *d.after)
                     for t in part)
    known_titles = {bare(_title_text(d.title)) for d in drafts if d.title and not d.block}
    known_titles |= {bare(_title_text(d.title)) for d in drafts if d.title and d.block}
    rows = []
    for draft in drafts:
        row = _read_row(draft, table, diagnostics, known_titles)
        if row:
            rows.append(row)
    for row in rows:  # before the arithmetic, which would give a row its chain's "D"
        _indirect_by_nature(row, diagnostics)
    if table == "i":
        _settle_by_arithmetic(rows, diagnostics)
    if ranges is not None:
        _settle_by_ranges(rows, ranges, diagnostics)
    _settle_opened_marks(rows, notes, diagnostics)
    cells = [row.cells for row in rows]
    if table == "ii":
        _settle_directions(cells, diagnostics)
    return cells


def _indirect_by_nature(row: ReadRow, diagnostics: list[Diagnostic]) -> None:
    """Column 6 lost ("I" read as a rule, or not at all) where column 7 holds a nature of
    ownership (read, or its words misread: ``ReadRow.nature_unread``): the form has a
    nature only for indirect ownership (Instruction 4(b)(iv))."""
    cells = row.cells
    nature = cells.get("nature_of_ownership")
    if nature is None and row.nature_unread:
        nature = Cell("")
    if nature is not None and "direct_or_indirect" not in cells:
        cells["direct_or_indirect"] = Cell("I", nature.line, nature.column)
        diagnostics.append(Diagnostic(nature.line or None, nature.column or None,
                                      "direct_or_indirect", "OCR lost column 6; \"I\" follows "
                                      "from the nature of ownership in column 7"))


def _without_rules(tokens: list[Token]) -> list[Token]:
    """The line's tokens without the table's rules; a "|" ending a line after words stays,
    since it may be the last column's border or an "I" ("Unitrust I") and only a text
    cell can hold it (which then cannot be read)."""
    kept = [t for t in tokens if not _is_rule(t)]
    if len(tokens) > 1 and str(tokens[-1]) == "|" and tokens[-2].type == "WORD" \
            and not _is_rule(tokens[-2]):
        kept.append(tokens[-1])
    return kept


def _is_rule(token: Token) -> bool:
    return token.type == "WORD" and bool(_RULE_OR_NOISE.fullmatch(token))


def _after_headings(lines: list[_Line]) -> list[_Line]:
    """The lines after the column headings: the last heading line before the first value."""
    first_value = next((i for i, l in enumerate(lines) if _has_value(l)), len(lines))
    last_heading = max((i for i in range(first_value) if _HEADING.search(lines[i].text)),
                       default=-1)
    return lines[last_heading + 1:]


def _has_value(line: _Line) -> bool:
    return any(t.type in ("CELL_DATE", "MONEY") or t.type == "NUMBER" and _amount_like(t)
               for t in line.tokens)


def _amount_like(token: Token) -> bool:
    """An amount in thousands ("13,888", "10,0007)"): grouped digits, not a date's."""
    reading = read_number(token)
    if reading is None:
        return False
    digits = reading.value or (reading.candidates[0] if reading.candidates else "")
    return "," in digits


def _opens_row(line: _Line, table: str) -> bool:
    """A line that holds a row's first values: a date, a price, an amount in thousands,
    or an amount with "D" or "I" after it."""
    kinds = [t.type for t in line.tokens]
    if "CELL_DATE" in kinds or "MONEY" in kinds:
        return True
    for i, t in enumerate(line.tokens):
        if t.type == "NUMBER" and (_amount_like(t) or i + 1 < len(line.tokens)
                                   and str(line.tokens[i + 1]) in DI):
            return True
    return table == "ii" and kinds.count("MARKS") >= 2


def _drafts(lines: list[_Line], table: str) -> list[_Draft]:
    """Rows from lines. A line that holds a row's first values opens a row: its leading
    words are the title's first line, and the words-only lines after it continue the
    row. Where the values stand on lines of their own (one paragraph per cell), the
    paragraphs of values go to the open row until it holds its last amount, and the
    words between two such rows are the nature of the one and the title of the next."""
    drafts: list[_Draft] = []
    pending: list[_Line] = []
    known: set[str] = set()  # the titles of the rows so far
    for line in lines:
        current = drafts[-1] if drafts else None
        if current is not None and current.title:
            known.add(bare(_title_text(current.title)))
        if current is not None and current.block and not pending and (
                _short_value(line) or not _complete(current, table) and _has_any_value(line)
                and not _opens_with_date(line, current)):
            current.values.extend(line.tokens)
            continue
        lead = _leading_words(line.tokens)
        if current is not None and not current.block and not lead and _has_any_value(line) \
                and (_awaits_values(current) or current.mixed and not pending):
            # the row line broke off before its amounts: they stand below its wrapped words
            current.after.extend(_tokens(pending))
            if not current.mixed:
                current.ended_on_value = bool(current.values) and current.values[-1].type != "WORD"
                current.lines_before_values = len(current.after)
            current.values.extend(line.tokens)
            current.mixed = True
            pending = []
            continue
        if not _opens_row(line, table):
            pending.append(line)
            continue
        if lead:
            if current is not None:
                current.after.extend(_tokens(pending))
            elif pending:
                lead = []  # words above the first row line: headings OCR did not name
            drafts.append(_Draft([line.tokens[:len(lead)]] if lead else [],
                                 line.tokens[len(lead):]))
        else:
            nature, title = _split_pending(pending, current, known)
            if current is not None and nature:
                current.after.extend(_tokens(nature))
            drafts.append(_Draft(_tokens(title), list(line.tokens), block=True))
        pending = []
    if drafts:
        drafts[-1].after.extend(_tokens(pending))
    return drafts


def _awaits_values(draft: _Draft) -> bool:
    """A dated row line with fewer than two amounts: it broke off before its amounts."""
    amounts = sum(t.type in ("NUMBER", "MONEY") for t in draft.values)
    return any(t.type == "CELL_DATE" for t in draft.values) and amounts < 2 and not draft.mixed


def _has_any_value(line: _Line) -> bool:
    return any(t.type != "WORD" for t in line.tokens)


def _opens_with_date(line: _Line, current: _Draft) -> bool:
    """A date where the open row has its date already: the next row's."""
    return line.tokens[0].type == "CELL_DATE" and any(
        t.type == "CELL_DATE" for t in current.values)


def _tokens(lines: list[_Line]) -> list[list[Token]]:
    return [line.tokens for line in lines]


def _leading_words(tokens: list[Token]) -> list[Token]:
    """The words before a row line's first value: its title's first line."""
    lead = []
    for t in tokens:
        if t.type != "WORD":
            break
        lead.append(t)
    return lead


def _short_value(line: _Line) -> bool:
    """A paragraph holding one short value: a code ("Cc"), or "D" or "I"."""
    return len(line.tokens) == 1 and (str(line.tokens[0]) in DI
                                      or code_of(line.tokens[0]) is not None)


def _complete(draft: _Draft, table: str) -> bool:
    """The row's values hold their last amount (the securities owned after)."""
    numbers = [t for i, t in enumerate(draft.values) if t.type in ("NUMBER", "MONEY", "MARKS")
               and not digit_for_code(draft.values, i)]
    dated = any(t.type == "CELL_DATE" for t in draft.values)
    need = (3 if table == "i" else 5) if dated else (1 if table == "i" else 3)
    return len(numbers) >= need


def _split_pending(pending: list[_Line], previous: _Draft | None,
                   known: set[str]) -> tuple[list[_Line], list[_Line]]:
    """Paragraphs between two rows read from paragraphs: the nature of the row above,
    then the title of the row below. Rows of one table mostly repeat their titles, so
    the split is where the lines below make a title seen before (else all is title)."""
    if previous is None or not previous.block:
        return [], pending
    for split in range(min(len(pending), MAX_LINES)):
        if bare(" ".join(l.text for l in pending[split:])) in known:
            return pending[:split], pending[split:]
    # a page break may have moved the title's last line below the row's values
    for split in range(1, min(len(pending), MAX_LINES)):
        rest = bare(" ".join(l.text for l in pending[split:]))
        if rest and any(title.startswith(rest) for title in known):
            return pending[:split], pending[split:]
    return [], pending


def _title_text(lines: list[list[Token]]) -> str:
    return join_wrapped([" ".join(str(t) for t in line) for line in lines])


def _read_row(draft: _Draft, table: str, diagnostics: list[Diagnostic],
              known_titles: set[str]) -> ReadRow | None:
    values = list(draft.values)
    row = ReadRow({})
    underlying_first: list[Token] = []
    if table == "i":
        nature_words = table_i_values(values, row, diagnostics)
    else:
        underlying_first, nature_words = table_ii_values(values, row, diagnostics)
    if not row.cells and not row.readings:
        return None
    title, underlying, nature = _texts(draft, underlying_first, nature_words, known_titles)
    for key, words in (("security_title", title), ("underlying_security_title", underlying),
                       ("nature_of_ownership", nature)):
        cell = text_cell(words, key, diagnostics)
        if cell is not None:
            row.cells[key] = cell
    row.nature_unread = misread_suffix(nature)  # text_cell left such a nature out
    return row


def _texts(draft: _Draft, underlying_first: list[Token], nature_first: list[Token],
           known_titles: set[str]) -> tuple[list[str] | None, list[str] | None, list[str] | None]:
    """The title, underlying title and nature, each as lines of words (None: unknown)."""
    title = [_words(line) for line in draft.title]
    if draft.mixed:
        # words and values of three columns interleaved: only a title whose first line
        # ended at a value has its wrapped lines to itself, above the values below
        if draft.ended_on_value:
            return title + [_words(line) for line in draft.after[:draft.lines_before_values]], \
                None, None
        return None, None, None
    if any(t.type != "WORD" and t.type != "MARKS" for t in nature_first):
        # values the columns did not take: the row is misread, and so is what wraps
        return (title if not draft.after else None), None, None
    nature = [_words(nature_first)] if nature_first else []
    underlying = [_words(underlying_first)] if underlying_first else []
    if draft.block:
        # paragraphs: what follows the values is the nature (its own paragraph), but a
        # page break may leave the end of the title there too
        after = [_words(line) for line in draft.after]
        for taken in range(min(len(after), MAX_LINES), 0, -1):
            if bare(join_wrapped(title + after[:taken])) in known_titles:
                title, after = title + after[:taken], after[taken:]
                break
            if taken < len(after) and bare(join_wrapped(title + after[-taken:])) in known_titles:
                title, after = title + after[-taken:], after[:-taken]  # below the nature
                break
        return title, None, nature + after
    if len(draft.after) > 3 * MAX_LINES:
        return None, None, None  # more wrapped lines than three cells hold: not one row's
    columns = [title, underlying, nature]
    open_ = [True, bool(underlying), bool(nature)]
    for line in draft.after:
        groups = split_line([str(t) for t in line], columns, open_)
        if groups is None:
            return None, None, None
        for column, group in zip(columns, groups):
            if group:
                column.append(" ".join(group))
    return title, underlying or None, nature


def _words(tokens: list[Token]) -> str:
    return " ".join(str(t) for t in tokens)


def _settle_by_arithmetic(rows: list[ReadRow], diagnostics: list[Diagnostic]) -> None:
    """What Table I's arithmetic proves where OCR lost it. The securities owned after a
    transaction are those owned after the row above of the same security and ownership,
    plus what it acquired or minus what it disposed of. Where that holds exactly with
    the row above, the row is disposed of ("D") or acquired ("A") accordingly, its
    doubtful digits are the candidate that fits, and the two rows have one ownership
    form (the amounts continue one holding)."""
    previous: ReadRow | None = None
    chained: list[tuple[ReadRow, ReadRow]] = []
    for row in rows:
        owned = _cell_amount(row.cells.get("shares_owned_following"))
        before = _cell_amount(previous.cells.get("shares_owned_following")) if previous else None
        if previous is None or owned is None or before is None \
                or not _same_title(row, previous):
            previous = row if owned is not None else None
            continue
        shares = row.readings.get("shares")
        if "shares" not in row.cells and shares is not None:
            fits = [c for c in shares.candidates if before - _decimal(c) == owned
                    or before + _decimal(c) == owned]
            if len(fits) == 1:
                row.cells["shares"] = Cell(fits[0])
        amount = _cell_amount(row.cells.get("shares"))
        if amount:
            direction = "D" if before - amount == owned else "A" if before + amount == owned else None
            if direction and "acquired_disposed" not in row.cells:
                row.cells["acquired_disposed"] = Cell(direction)
                _deduced(diagnostics, row, "acquired_disposed")
            if direction:
                chained.append((previous, row))
        previous = row
    # one holding, one ownership form: from the row above down, then from below up
    for pairs in (chained, [(b, a) for a, b in reversed(chained)]):
        for source, target in pairs:
            if "direct_or_indirect" in source.cells and "direct_or_indirect" not in target.cells:
                target.cells["direct_or_indirect"] = Cell(source.cells["direct_or_indirect"].text)
                _deduced(diagnostics, target, "direct_or_indirect")


def _settle_by_ranges(rows: list[ReadRow], ranges: PriceRanges,
                      diagnostics: list[Diagnostic]) -> None:
    """Each price whose last digits could be a garbled mark's, read where the footnotes'
    ranges tell the price and its mark (``ocr_price_ranges.marked_candidate``)."""
    for row in rows:
        reading = row.readings.get(PRICE)
        if PRICE in row.cells or reading is None or reading.value is not None:
            continue
        found = marked_candidate(reading.candidates, ranges)
        if found is None:
            continue
        price, mark = found
        row.cells[PRICE] = Cell(f"{price}({mark})")
        _row_diagnostic(diagnostics, row, PRICE,
                        f"OCR glued the mark's digits to the price: {price} and ({mark}), "
                        f"the one reading footnote {mark}'s range holds")


def _settle_opened_marks(rows: list[ReadRow], notes: int | None,
                         diagnostics: list[Diagnostic]) -> None:
    """Each value OCR read with a mark's empty brackets after it ("2,562.084()"), read
    where the page leaves its digits only the value's (``scan_fixes.opened_mark_value``)."""
    for row in rows:
        for key, reading in row.readings.items():
            value = None if key in row.cells else opened_mark_value(reading, notes)
            if value is None:
                continue
            row.cells[key] = Cell(value)
            _row_diagnostic(diagnostics, row, key,
                            f"OCR read {value} and a footnote mark's brackets, its number "
                            "lost: a mark may stand here unreadable")


_FOOTNOTE_MARK = re.compile(r"\([0-9]{1,3}\)")


def _settle_directions(rows: list[Row], diagnostics: list[Diagnostic]) -> None:
    """Column 5 of Table II where the arithmetic of the row shows it.

    Whether a lone number stood in (A) or (D) is lost in reading order; it is
    known only where acquiring it is impossible (fewer securities owned after
    it than it counts) or where the row before of the same security, plus or
    minus it, gives exactly what this row owns after it.
    """
    last_owned: dict[str, Decimal] = {}
    for row in rows:
        title = _title_key(row["security_title"]) if "security_title" in row else ""
        shares, owned = cell_amount(row.get("shares")), cell_amount(row.get("shares_owned_following"))
        before = last_owned.get(title)
        if owned is not None:
            last_owned[title] = owned
        disposed = acquired = False
        if shares is not None and owned is not None:
            disposed = owned < shares or before is not None and before - shares == owned
            acquired = before is not None and before + shares == owned
        if disposed != acquired:
            row["shares_disposed" if disposed else "shares_acquired"] = row.pop("shares")
        elif "shares" in row:
            at = row["shares"]
            diagnostics.append(Diagnostic(at.line or None, at.column or None,
                                          "derivative.acquired_disposed",
                                          "column 5 holds one number and reading order lost "
                                          "whether it stood under (A) or (D)"))


def _title_key(cell: Cell) -> str:
    """A security title compared with the titles of other rows: marks and case dropped."""
    return fold(_FOOTNOTE_MARK.sub(" ", join_wrapped([cell.text]))).casefold()


def _same_title(row: ReadRow, other: ReadRow) -> bool:
    a, b = row.cells.get("security_title"), other.cells.get("security_title")
    return a is None or b is None or bare(a.text) == bare(b.text)


def _cell_amount(cell: Cell | None) -> Decimal | None:
    if cell is None:
        return None
    text = MARKS_AT_END_RE.sub("", cell.text)
    try:
        return _decimal(text)
    except ArithmeticError:
        return None


def _deduced(diagnostics: list[Diagnostic], row: ReadRow, key: str) -> None:
    _row_diagnostic(diagnostics, row, key, "OCR lost this cell; it follows from the amounts "
                    "owned after this row and the row above")


def _row_diagnostic(diagnostics: list[Diagnostic], row: ReadRow, key: str, message: str) -> None:
    """A diagnostic on ``row``'s cell ``key``, placed at the row's first cell read from a
    line (the cell itself was settled, not read)."""
    at = next((c for c in row.cells.values() if c.line), None)
    diagnostics.append(Diagnostic(at.line if at else None, at.column if at else None, key,
                                  message))


def _decimal(text: str) -> Decimal:
    return Decimal(text.replace(",", ""))
