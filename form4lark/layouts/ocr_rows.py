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
cannot be told, the cell is left out. Numbers go through ``ocr_fixes`` and
doubtful digits are settled only by the row's own arithmetic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from decimal import Decimal
from typing import Sequence

from lark import Token

from ..model import Diagnostic
from ..sections import Cell, Row
from ..text import join_wrapped
from .ocr_fixes import Reading, read_number
from .reading_order_pieces import settle_directions

#: The most words a wrapped line of a row holds, and lines a cell wraps over, for the
#: searches below (a hostile text must not make them slow)
_MAX_WORDS, _MAX_LINES = 24, 8
# A column heading's words ("(Instr. 3)", "Code V Amount (A) or | Price", "Shares")
_HEADING = re.compile(
    r"\(Instr|\(Month|Title of|Transaction|\bCode\b|Amount|Price|Derivative|Disposed|"
    r"Beneficial|Ownership|Exercisable|Expiration|Conversion|Underlying|\(e\.g\.|Number|"
    r"^(of )?Shares$|\(D\)|\(I\)|Security|Form:|Exercise|\(A\)|Owned|Following|Reported|Indirect|"
    r"Nature|^[0-9]{1,2}\)$|^[0-9]{1,2}A?\.|and 4\)|and 5\)|^\(?[0-9]\)$")
_RULE_OR_NOISE = re.compile(r"[^A-Za-z0-9$()]+|[|}{\[\]]+[,.;:]*")
# what a garbled footnote mark leaves after a code letter: "®)", "?)", "@", "O", "0)", "Q)"
_GARBLE_AFTER_CODE = re.compile(r"[^A-Za-z0-9\s]\S*|[0-9O]\)?|[A-Za-z]\)")
_CODES = set("ACDEFGHIJLMOPSUWXZ")
_SAME_SHAPE = set("cosvwxzpuk")  # lower-case letters shaped like their capitals
_AD = {"A": "A", "D": "D", "(A)": "A", "(D)": "D"}
_DI = {"D": "D", "I": "I", "(D)": "D", "(I)": "I"}
_LOST_MARK_TAIL = re.compile(r"(?<=[A-Za-z.,])[^A-Za-z0-9\s(]*[0-9]{0,2}[^A-Za-z0-9\s(]*\)$")
# a cell holding only a mark OCR garbled: "()", "(a)", "(”)", "©)", "0)" (not "(1)")
_GARBLED_CELL = re.compile(r"\((?![0-9]{1,2}\))[^\s]{0,3}\)|[^\sA-Za-z0-9]{1,2}\)|\(\S{0,2}")
_MARKS_AT_END = re.compile(r"(\([0-9]{1,2}\))+$")
_CLEAN_MARKS = re.compile(r"(\([0-9]{1,2}\))+$")
# the form's printed labels, which no cell holds
_HEADING_WORDS = re.compile(r"\(Instr\.|\(Month/Day/Year\)|Title of|Name and Address|"
                            r"Reporting Person|\(specify below\)|\(give title below\)")
# "Trustt2)": a mark's digits glued to a word with no "(" (it may have eaten letters);
# "(DE) tic®)": a short lower-case word run into a garbled mark ("LLC(3)" misread)
_EATEN_WORD = re.compile(r"[A-Za-z][^\sA-Za-z0-9(]*[0-9]{1,2}[^\sA-Za-z0-9(]*\)$|"
                         r"(?<!\S)[a-z]{1,3}[^\sA-Za-z0-9(]+\)$")
_JUNK_AFTER_MARKS = re.compile(r"((?:\([0-9]{1,2}\))+)[^A-Za-z0-9\s(]+$")
_LOOSE_MARK = re.compile(r"\s+[^A-Za-z0-9\s]{0,3}\)$")
_SYMBOL_MARK = re.compile(r"\s*[®©°@¢§¥*]+$")
_GARBLED_MARK = re.compile(r"\((?![0-9]{1,2}\))[^A-Za-z()\s]{0,3}\)$")
# A title word: capitalised ("Class", "LLC"), a number, or one of the small words titles use;
# anything else ("crass ‘ common") is OCR's garble
_TITLE_WORD = re.compile(r"[A-Z0-9($\-]\S*|of|to|and|per|par|value|share|shares|for|due|with|"
                         r"buy\)?|sell\)?|right|the|a|an|in|on|stock|common|options?|units?|"
                         r"\(right|\(to|purchase|rights")


@dataclass(slots=True)
class _Line:
    number: int
    tokens: list[Token]

    @property
    def words_only(self) -> bool:
        return all(t.type == "WORD" for t in self.tokens)

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
               accounted: set[str]) -> list[Row]:
    """The rows of Table I (``table="i"``) or Table II (``"ii"``). The words of every
    line that went into a row are added to ``accounted``: what of them is not a value
    has a diagnostic of its own."""
    found: list[Diagnostic] = []
    rows = _read_table(lines, table, found, accounted)
    prefix = "non_derivative" if table == "i" else "derivative"
    diagnostics.extend(d if "." in d.field else replace(d, field=f"{prefix}.{d.field}")
                       for d in found)
    return rows


def _read_table(lines: Sequence[list[Token]], table: str, diagnostics: list[Diagnostic],
                accounted: set[str]) -> list[Row]:
    body = [_Line(tokens[0].line, _without_rules(tokens)) for tokens in lines]
    body = [line for line in body if line.tokens]
    body = _after_headings(body)
    drafts = _drafts(body, table)
    accounted.update(str(t) for d in drafts for part in (*d.title, d.values, *d.after)
                     for t in part)
    known_titles = {_bare(_title_text(d.title)) for d in drafts if d.title and not d.block}
    known_titles |= {_bare(_title_text(d.title)) for d in drafts if d.title and d.block}
    rows = []
    for draft in drafts:
        row = _read_row(draft, table, diagnostics, known_titles)
        if row:
            rows.append(row)
    if table == "i":
        _settle_by_arithmetic(rows, diagnostics)
    for row in rows:
        _indirect_by_nature(row.cells, diagnostics)
    cells = [row.cells for row in rows]
    if table == "ii":
        settle_directions(cells, diagnostics)
    return cells


def _indirect_by_nature(cells: Row, diagnostics: list[Diagnostic]) -> None:
    """Column 6 lost ("I" read as a rule, or not at all) where column 7 holds a nature of
    ownership: the form has a nature only for indirect ownership (Instruction 4(b)(iv))."""
    nature = cells.get("nature_of_ownership")
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
                                   and str(line.tokens[i + 1]) in _DI):
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
            known.add(_bare(_title_text(current.title)))
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
    return len(line.tokens) == 1 and (str(line.tokens[0]) in _DI or _code_of(line.tokens[0]))


def _complete(draft: _Draft, table: str) -> bool:
    """The row's values hold their last amount (the securities owned after)."""
    numbers = [t for t in draft.values if t.type in ("NUMBER", "MONEY", "MARKS")]
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
    for split in range(min(len(pending), _MAX_LINES)):
        if _bare(" ".join(l.text for l in pending[split:])) in known:
            return pending[:split], pending[split:]
    # a page break may have moved the title's last line below the row's values
    for split in range(1, min(len(pending), _MAX_LINES)):
        rest = _bare(" ".join(l.text for l in pending[split:]))
        if rest and any(title.startswith(rest) for title in known):
            return pending[:split], pending[split:]
    return [], pending


def _title_text(lines: list[list[Token]]) -> str:
    return join_wrapped([" ".join(str(t) for t in line) for line in lines])


@lru_cache(maxsize=8192)
def _bare(text: str) -> str:
    """A title compared with others: letters and digits only, a garbled mark's ")" dropped."""
    return re.sub(r"[^a-z0-9]+", "", _strip_lost_mark(text).casefold())


def _strip_lost_mark(text: str) -> str:
    """"Stock)", "LLC®)", "See footnote(!4)": a garbled footnote mark at the end of a text
    (an unbalanced ")", or brackets holding no word) is not part of it."""
    text = _JUNK_AFTER_MARKS.sub(r"\1", text)  # "Footnotes(2))": a second mark garbled
    text = _SYMBOL_MARK.sub("", text)  # "Trust®", "Footnote ©": a mark read as a symbol
    text = _LOOSE_MARK.sub("", text)  # "See Footnotes )", "See footnote ?)": a mark's rest
    garbled = _GARBLED_MARK.search(text)
    if garbled:
        return text[:garbled.start()].rstrip()
    if text.count("(") < text.count(")") and not _CLEAN_MARKS.search(text):
        return _LOST_MARK_TAIL.sub("", text).rstrip()
    return text


# ---------------------------------------------------------------- one row
@dataclass(slots=True)
class _ReadRow:
    cells: Row
    readings: dict[str, Reading] = field(default_factory=dict)


def _read_row(draft: _Draft, table: str, diagnostics: list[Diagnostic],
              known_titles: set[str]) -> _ReadRow | None:
    values = list(draft.values)
    row = _ReadRow({})
    underlying_first: list[Token] = []
    if table == "i":
        nature_words = _table_i_values(values, row, diagnostics)
    else:
        underlying_first, nature_words = _table_ii_values(values, row, diagnostics)
    if not row.cells and not row.readings:
        return None
    title, underlying, nature = _texts(draft, underlying_first, nature_words, known_titles)
    for key, words in (("security_title", title), ("underlying_security_title", underlying),
                       ("nature_of_ownership", nature)):
        cell = _text_cell(words, key, diagnostics)
        if cell is not None and key != "nature_of_ownership" \
                and not _TITLE_ENDS.search(cell.text.split()[-1]):
            diagnostics.append(Diagnostic(cell.line or None, cell.column or None, key,
                                          f"OCR read {cell.text!r}: a title that does not reach "
                                          "its noun (Stock, Shares, Units, ...) lost its end"))
            cell = None
        if cell is not None and key != "nature_of_ownership" and not all(
                _TITLE_WORD.fullmatch(w) and not _misread(w, _TITLE_VOCABULARY)
                for w in cell.text.split()):
            diagnostics.append(Diagnostic(cell.line or None, cell.column or None, key,
                                          f"OCR read {cell.text!r}: not a title's words"))
            cell = None
        if cell is not None:
            row.cells[key] = cell
    return row


def _take(values: list[Token], kinds: tuple[str, ...]) -> Token | None:
    if values and values[0].type in kinds:
        return values.pop(0)
    return None


def _table_i_values(values: list[Token], row: _ReadRow, diagnostics: list[Diagnostic]) -> list[Token]:
    """Columns 2 to 6 in order; what remains is the nature's first words."""
    date = _take(values, ("CELL_DATE",))
    if date is not None:
        row.cells["transaction_date"] = _date_cell(date)
        deemed = _take(values, ("CELL_DATE",))
        if deemed is not None:
            row.cells["deemed_execution_date"] = _date_cell(deemed)
        _code(values, row, diagnostics)
        _amount(values, row, "shares", diagnostics)
        _direction(values, row, "acquired_disposed", _AD)
        _price(values, row, "price_per_share", diagnostics)
    _amount(values, row, "shares_owned_following", diagnostics)
    _direction(values, row, "direct_or_indirect", _DI)
    return values


def _table_ii_values(values: list[Token], row: _ReadRow, diagnostics: list[Diagnostic]
                     ) -> tuple[list[Token], list[Token]]:
    """Columns 2 to 10 in order: the underlying title's first words, and what remains
    (the nature's first words)."""
    _price(values, row, "conversion_or_exercise_price", diagnostics)
    date = _take(values, ("CELL_DATE",))
    if date is not None:
        row.cells["transaction_date"] = _date_cell(date)
        deemed = _take(values, ("CELL_DATE",))
        if deemed is not None:
            row.cells["deemed_execution_date"] = _date_cell(deemed)
        _code(values, row, diagnostics)
        _amount(values, row, "shares", diagnostics)
    for key in ("exercise_date", "expiration_date"):
        token = _take(values, ("CELL_DATE", "MARKS"))
        if token is not None:
            row.cells[key] = _date_cell(token)
        else:
            _skip_garbled(values, key, diagnostics)
    words = []
    while values and values[0].type == "WORD":
        words.append(values.pop(0))
    _amount(values, row, "underlying_shares", diagnostics)
    _price(values, row, "price_per_share", diagnostics)
    _amount(values, row, "shares_owned_following", diagnostics)
    _direction(values, row, "direct_or_indirect", _DI)
    return words, values


def _date_cell(token: Token) -> Cell:
    return Cell(str(token).strip("|}{[] "), token.line, token.column)


def _code_of(token: Token) -> tuple[str, bool] | None:
    """"Ss" -> ("S", False); "s®)", "sO" -> ("S", True): the code letter (OCR may double it,
    or print a capital small) and whether a garbled mark follows it."""
    text = str(token)
    letter, rest = text[:1], text[1:]
    if not letter.isalpha():
        return None
    doubled = rest[:1].upper() == letter.upper() and rest[:1].isalpha()
    if doubled:
        rest = rest[1:]
    if rest and not _GARBLE_AFTER_CODE.fullmatch(rest):
        return None
    if letter.islower() and letter not in _SAME_SHAPE and not doubled:
        return None
    code = letter.upper()
    return (code, bool(rest)) if code in _CODES else None


def _code(values: list[Token], row: _ReadRow, diagnostics: list[Diagnostic]) -> None:
    if values and values[0].type == "WORD":
        got = _code_of(values[0])
        if got is None and len(values) > 1 and values[1].type == "NUMBER":
            token = values.pop(0)  # the code column, unreadable
            diagnostics.append(Diagnostic(token.line, token.column, "transaction_code",
                                          f"OCR read {str(token)!r}: not a transaction code"))
        elif got is not None:
            token = values.pop(0)
            code, lost = got
            row.cells["transaction_code"] = Cell(code, token.line, token.column)
            row.cells["equity_swap_involved"] = Cell("")
            if values and str(values[0]) == "V":
                row.cells["equity_swap_involved"] = Cell("V", values[0].line, values[0].column)
                values.pop(0)
            if lost:
                _lost(diagnostics, token, "transaction_code")


def _amount(values: list[Token], row: _ReadRow, key: str, diagnostics: list[Diagnostic]) -> None:
    token = _take(values, ("NUMBER",))
    if token is None:
        return
    reading = read_number(token)
    if reading is None:
        return
    row.readings[key] = reading
    _put(row, key, token, reading, diagnostics)


def _skip_garbled(values: list[Token], key: str, diagnostics: list[Diagnostic]) -> None:
    """A cell that holds only a footnote mark OCR garbled ("()", "(a)", "0)"): unreadable."""
    if values and values[0].type in ("WORD", "NUMBER") and _GARBLED_CELL.fullmatch(values[0]):
        token = values.pop(0)
        diagnostics.append(Diagnostic(token.line, token.column, key,
                                      f"OCR read {str(token)!r}: a footnote mark, unreadable"))


def _price(values: list[Token], row: _ReadRow, key: str, diagnostics: list[Diagnostic]) -> None:
    token = _take(values, ("MONEY", "MARKS"))
    if token is None:
        _skip_garbled(values, key, diagnostics)
        return
    if token.type == "MARKS":
        row.cells[key] = Cell(str(token), token.line, token.column)
        return
    reading = read_number(token)
    if reading is not None:
        _put(row, key, token, reading, diagnostics)


def _put(row: _ReadRow, key: str, token: Token, reading: Reading,
         diagnostics: list[Diagnostic]) -> None:
    if reading.value is not None:
        marks = "".join(f"({m})" for m in reading.marks)
        row.cells[key] = Cell(reading.value + marks, token.line, token.column)
    else:
        diagnostics.append(Diagnostic(token.line, token.column, key,
                                      f"OCR read {str(token)!r}: its last digits cannot be "
                                      "told from a garbled footnote mark"))
        return
    if reading.lost_mark:
        _lost(diagnostics, token, key)


def _lost(diagnostics: list[Diagnostic], token: Token, key: str) -> None:
    diagnostics.append(Diagnostic(token.line, token.column, key,
                                  f"OCR read {str(token)!r}: a footnote mark may stand here "
                                  "unreadable"))


def _direction(values: list[Token], row: _ReadRow, key: str, allowed: dict[str, str]) -> None:
    if values and values[0].type == "WORD" and str(values[0]) in allowed:
        token = values.pop(0)
        row.cells[key] = Cell(allowed[str(token)], token.line, token.column)


# ---------------------------------------------------------------- text cells
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
        for taken in range(min(len(after), _MAX_LINES), 0, -1):
            if _bare(join_wrapped(title + after[:taken])) in known_titles:
                title, after = title + after[:taken], after[taken:]
                break
            if taken < len(after) and _bare(join_wrapped(title + after[-taken:])) in known_titles:
                title, after = title + after[-taken:], after[:-taken]  # below the nature
                break
        return title, None, nature + after
    if len(draft.after) > 3 * _MAX_LINES:
        return None, None, None  # more wrapped lines than three cells hold: not one row's
    columns = [title, underlying, nature]
    open_ = [True, bool(underlying), bool(nature)]
    for line in draft.after:
        groups = _split_line([str(t) for t in line], columns, open_)
        if groups is None:
            return None, None, None
        for column, group in zip(columns, groups):
            if group:
                column.append(" ".join(group))
    return title, underlying or None, nature


def _words(tokens: list[Token]) -> str:
    return " ".join(str(t) for t in tokens)


#: Words of an underlying security's title ("Class A Common Stock", "Ordinary Shares")
_UNDERLYING_WORDS = frozenset({"class", "a", "b", "c", "d", "common", "stock", "ordinary", "shares",
                     "share", "preferred", "series", "units", "unit", "depositary", "american",
                     "limited", "partnership", "interests", "voting", "non-voting"})
#: The words security titles are mostly made of (others are allowed, at a small cost)
_TITLE_VOCABULARY = frozenset("""
    stock common preferred class series option options right to buy sell units unit restricted
    shares share ordinary warrant warrants convertible notes note depositary american performance
    employee director incentive nonqualified qualified rsu rsus rights of and par value per
    phantom deferred limited partnership interests voting nonvoting senior subordinated due
    purchase award membership ltip profits exchangeable redeemable capital seed contingent
    settled cash equity a b c d e f g h
""".split())
#: A word as a title prints it: "Common", "C-", "(Right", "Buy)", "$0.0001"
_CLEAN_WORD = re.compile(r"\(?[A-Za-z0-9$][A-Za-z0-9.,$'&/-]*\)?")
#: Words that end a title ("Common Stock", "Stock Option (Right to Buy)", "Warrants")
_TITLE_ENDS = re.compile(r"(?i)(stock|shares?|units?|buy\)|sell\)|warrants?|notes?|options?|"
                         r"awards?|debentures|interests?|rights|rsus?|psus?)[,.)]?$")


def _cell_complete(column: list[str], index: int) -> bool:
    if not column:
        return False
    last = column[-1].split()[-1] if column[-1].split() else ""
    if index == 2:  # a nature of ownership ends with its footnote marks
        return last.endswith(")")
    return bool(_TITLE_ENDS.search(_strip_lost_mark(last)))


def _split_line(words: list[str], columns: list[list[str]], open_: list[bool]
                ) -> list[list[str]] | None:
    """A wrapped line of a row cut into the next line of the title, of the underlying
    title and of the nature, in that order. The title takes title words, the underlying
    title its own few words, the nature the rest; a cell that is complete (a title
    ending in "Stock", a nature in its mark) should take nothing more, one that is not
    should take a line. The cut with the fewest breaches of that wins; a tie between
    different cuts is unreadable (None)."""
    if len(words) > _MAX_WORDS:
        return None  # no line of three narrow columns holds this much
    best: list[tuple[float, list[list[str]]]] = []
    for groups in _cuts(words, sum(open_)):
        full = iter(groups)
        assigned = [next(full) if o else [] for o in open_]
        if not all(_TITLE_WORD.fullmatch(w) for w in assigned[0]):
            continue
        if not all(_bare(w) in _UNDERLYING_WORDS or _TITLE_WORD.fullmatch(w)
                   for w in assigned[1]):
            continue
        cost = 0
        for index, (column, group) in enumerate(zip(columns, assigned)):
            if not open_[index]:
                continue
            done = _cell_complete(column, index) and not (
                index == 0 and group and group[0].casefold() in ("(right", "(to"))
            # a title not yet ending in its noun goes on; a nature may end without a mark
            # (a title may go on past its noun, "Shares" / "Purchase Warrant", a little more
            # readily than an underlying title or a nature past its mark)
            cost += (done and bool(group)) * (0.75 if index == 0 else 1)
            cost += (not done and not group) * (1 if index < 2 else 0.5)
            if index == 2 and group and group[0].casefold() in ("(right", "(to"):
                cost += 1  # "(right to buy)" qualifies a title, never a nature
            if index < 2 and group and " ".join(group).count("(") > " ".join(group).count(")") \
                    and any(assigned[index + 1:]):
                cost += 1  # "(right to" broken off: the bracket closes in this column
            if index == 1:  # an underlying title has few words of its own ("Comer": misread)
                cost += sum(0.25 if _misread(w, _UNDERLYING_WORDS) else 0.5
                            for w in group if _bare(w) not in _UNDERLYING_WORDS)
            if index < 2:  # a title's noun ends it; OCR's garble is no title word
                cost += any(_TITLE_ENDS.search(w) for w in group[:-1])
                cost += sum(not _CLEAN_WORD.fullmatch(w) for w in group)
                cost += 0.25 * sum(_bare(w) not in _TITLE_VOCABULARY and not w[:1].isdigit()
                                   for w in group)  # a title's usual words come first
        best.append((cost, assigned))
    if not best:
        return None
    low = min(cost for cost, _ in best)
    winners = [groups for cost, groups in best if cost == low]
    return winners[0] if all(w == winners[0] for w in winners) else None


@lru_cache(maxsize=8192)
def _misread(word: str, vocabulary: frozenset[str]) -> bool:
    """A word one or two letters away from a title's word ("Conmen", "Comer" for "Common"):
    that word misread, with no telling which letters."""
    bare = _bare(word)
    if len(bare) < 4 or bare in vocabulary or bare[:-1] in vocabulary or not bare.isalpha():
        return False  # a word of the vocabulary, or its plural
    limit = 1 if len(bare) < 5 else 2
    return any(abs(len(bare) - len(v)) <= limit and _edits(bare, v, limit) <= limit
               for v in vocabulary if len(v) >= 4)


def _edits(a: str, b: str, limit: int) -> int:
    """Levenshtein distance of ``a`` and ``b``, or ``limit + 1`` once it exceeds ``limit``."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        new = [i]
        for j, cb in enumerate(b, 1):
            new.append(min(row[j] + 1, new[j - 1] + 1, row[j - 1] + (ca != cb)))
        if min(new) > limit:
            return limit + 1
        row = new
    return row[-1]


def _cuts(words: list[str], parts: int) -> list[list[list[str]]]:
    """Every way to cut ``words`` into ``parts`` consecutive (possibly empty) groups."""
    if parts == 1:
        return [[words]]
    return [[words[:i], *rest] for i in range(len(words) + 1) for rest in _cuts(words[i:], parts - 1)]


def _text_cell(lines: list[str] | None, key: str, diagnostics: list[Diagnostic]) -> Cell | None:
    if not lines:
        return None
    raw = join_wrapped(lines)
    if len(raw.split()) > _MAX_WORDS or _HEADING_WORDS.search(raw):
        diagnostics.append(Diagnostic(None, None, key, f"OCR read {raw[:40]!r}...: the form's "
                                      "own words or more than a cell holds"))
        return None
    if _EATEN_WORD.search(raw):
        diagnostics.append(Diagnostic(None, None, key, f"OCR read {raw!r}: a garbled mark "
                                      "ran into the last word, whose end cannot be told"))
        return None
    text = _strip_lost_mark(raw)
    if key == "nature_of_ownership" and len(re.findall(r"[A-Za-z]", text)) < 3:
        return None  # "p" of "D(2)" read as "bp)": not a nature
    if "|" in text.split():
        diagnostics.append(Diagnostic(None, None, key, f"OCR read {text!r}: a \"|\" that may "
                                      "be an \"I\" or the table's border"))
        return None
    return Cell(text) if text else None


# ---------------------------------------------------------------- arithmetic
def _settle_by_arithmetic(rows: list[_ReadRow], diagnostics: list[Diagnostic]) -> None:
    """What Table I's arithmetic proves where OCR lost it. The securities owned after a
    transaction are those owned after the row above of the same security and ownership,
    plus what it acquired or minus what it disposed of. Where that holds exactly with
    the row above, the row is disposed of ("D") or acquired ("A") accordingly, its
    doubtful digits are the candidate that fits, and the two rows have one ownership
    form (the amounts continue one holding)."""
    previous: _ReadRow | None = None
    chained: list[tuple[_ReadRow, _ReadRow]] = []
    for row in rows:
        owned = _cell_amount(row.cells.get("shares_owned_following"))
        before = _cell_amount(previous.cells.get("shares_owned_following")) if previous else None
        if owned is None or before is None or not _same_title(row, previous):
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


def _same_title(row: _ReadRow, other: _ReadRow) -> bool:
    a, b = row.cells.get("security_title"), other.cells.get("security_title")
    return a is None or b is None or _bare(a.text) == _bare(b.text)


def _cell_amount(cell: Cell | None) -> Decimal | None:
    if cell is None:
        return None
    text = _MARKS_AT_END.sub("", cell.text)
    try:
        return _decimal(text)
    except ArithmeticError:
        return None


def _deduced(diagnostics: list[Diagnostic], row: _ReadRow, key: str) -> None:
    at = next((c for c in row.cells.values() if c.line), None)
    diagnostics.append(Diagnostic(at.line if at else None, at.column if at else None, key,
                                  "OCR lost this cell; it follows from the amounts owned "
                                  "after this row and the row above"))


def _decimal(text: str) -> Decimal:
    return Decimal(text.replace(",", ""))
