"""From ``Sections`` (positioned text) to a ``Form4`` (typed values).

The same for every layout: each cell is read as the kind of value its column
holds (``cells.py``), footnote marks go to the field they stand on, rows with
no transaction become holdings, and checkbox groups with no visible mark stay
unknown rather than false.
"""

from __future__ import annotations


import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any, TypeVar

from .cells import CellValue, hyphen_joined, read_cell
from .checks import check
from .form.atoms import CONTEXTS
from .form.derivative_directions import settle_directions
from .form.table_header import holds_header_phrase
from .grammar import load
from .model import (DerivativeHolding, DerivativeTransaction, Diagnostic, Form4, Issuer,
                    NonDerivativeHolding, NonDerivativeTransaction, ReportingOwner,
                    Signature, Span)
from .patterns import (AMOUNT_WORD_RE, DATE_LABEL, DATE_SHAPE, FOOTNOTE_MARK, GROUPED_WHOLE,
                       MARKS_RE)
from .placeholders import GARBLED
from .sections import RELATIONSHIPS, Cell, OwnerBlock, Row, Sections
from .settle_cuts import settle_cuts
from .shifted_cells import amount_then_dollar, price_kept, underlying_put_back
from .text import fold

_Part = TypeVar("_Part")

#: The kind of value each column holds (see grammars/cells.lark).
COLUMN_KINDS = {
    "security_title": "text_cell",
    "transaction_date": "date_cell",
    "deemed_execution_date": "date_cell",
    "transaction_code": "code_cell",
    "equity_swap_involved": "swap_cell",
    "shares": "amount_cell",
    "shares_acquired": "amount_cell",
    "shares_disposed": "amount_cell",
    "acquired_disposed": "acquired_disposed_cell",
    "price_per_share": "price_cell",
    "conversion_or_exercise_price": "price_cell",
    "shares_owned_following": "amount_cell",
    "direct_or_indirect": "direct_indirect_cell",
    "nature_of_ownership": "text_cell",
    "exercise_date": "date_cell",
    "expiration_date": "date_cell",
    "underlying_security_title": "text_cell",
    "underlying_shares": "amount_cell",
}

#: Date columns where the form allows a word ("Immediately") instead of a date.
WORD_DATES = {"exercise_date", "expiration_date"}
#: What such a word looks like ("Immediately", "Upon vesting"): letters, not a misread number.
_WORD_DATE = re.compile(r"[A-Za-z][A-Za-z .,'()/-]*")
#: a nature of ownership that opens again after its first words ("By Fund I, LP By Fund II,
#: LLC"): two rows' natures run together (after a comma or "and" it is one nature's list)
_TWO_NATURES = re.compile(r"(By|See) .*[^,\s] (?<!\band )\1 ")
def _same_marks(text: str, opening: str) -> bool:
    """True where every nature in ``text`` (each opening with ``opening``, "By" or "See")
    holds the same footnote marks."""
    parts = re.split(rf"\s+(?={opening} )", text)
    return len({tuple(MARKS_RE.findall(part)) for part in parts}) == 1


#: a title that is another cell's words, not a security's: a nature's ("By Fund IV, L.P.
#: Class B Common Stock") or two rows' titles run together ("Class A Common Stock Class A
#: Common Stock")
_NOT_ONE_TITLE = re.compile(r"By .*|(.{6,}) \1", re.S)


def _not_one_title(value: str) -> bool:
    """True where ``_NOT_ONE_TITLE`` matches all of ``value``; the pattern (which backtracks
    over every length of a title twice) is tried only on a text opening with "By " or
    one that is two equal halves around a space."""
    half = len(value) // 2
    return (value.startswith("By ") or len(value) % 2 == 1 and value[half] == " "
            and value[:half] == value[half + 1:]) and _NOT_ONE_TITLE.fullmatch(value) is not None


#: an amount or price as a cell prints it ("16,670", "$0", "$634.4608"), and a footnote mark
#: beside one ("(2)", "[2]"), which is no amount
_AMOUNT_WORD = re.compile(rf"\$?{AMOUNT_WORD_RE.pattern}")
_MARK = rf"(?:{FOOTNOTE_MARK}|\[[0-9]{{1,2}}\])"
_MARK_WORD = re.compile(_MARK)
#: an amount grouped by thousands ("8,635", "1,150,783.5"): a cell's value, never a title's word
_GROUPED_WORD = re.compile(rf"{GROUPED_WHOLE}(?:\.[0-9]+)?")
#: a footnote mark with a title's words after it ("Restricted Stock Units [2] (RSU)"): a
#: title's marks close it, so a stream read another column's mark (an empty cell's) amid
#: the title's wrapped lines
_MARK_AMID = re.compile(rf"{_MARK}(?=.*?[^\s()\[\]0-9])", re.S)
#: the cell right of a title in its row, whose value a narrowed column runs into it
_CELL_AFTER_TITLE = {"underlying_security_title": "underlying_shares",
                     "security_title": "conversion_or_exercise_price"}


def _row_amounts(row: Row) -> set[str]:
    """The amounts and prices the row's amount and price cells print, as printed, marks
    aside ("16,670", "$0")."""
    return {word for key, cell in row.items()
            if COLUMN_KINDS.get(key) in ("amount_cell", "price_cell")
            for word in _AMOUNT_WORD.findall(_MARK_WORD.sub(" ", cell.text))}


def _holds_row_amount(value: str, row: Row, key: str, derivative: bool) -> bool:
    """True where a title's words (column ``key``'s) hold another cell's value: an
    amount grouped by thousands ("Class A Common 8,635 Stock"), one of the row's amounts
    as printed ("16,670"), or an amount's or price's shape where the cell right of the
    title in a Table II row (underlying shares; the conversion price, a price) is empty:
    a print that narrowed the columns set the next cell's value one space after the
    title's middle line, and a converter read them as one cell (its own cell then empty,
    so the row's amounts may lack it)."""
    amounts = _row_amounts(row)
    after = _CELL_AFTER_TITLE.get(key) if derivative else None
    lost = after is not None and not row.get(after)
    return any(_AMOUNT_WORD.fullmatch(word) and (
        word in amounts or _GROUPED_WORD.fullmatch(word) is not None
        or lost and (word[0] == "$") == (after == "conversion_or_exercise_price"))
        for word in value.split())


#: a text cell ending in a footnote mark cut open, glued to its last word as a mark is
#: printed ("See Footnote(3", "See Footnote("), or a parenthesis alone a space apart ("See
#: Footnote ("): a print wider than its paper lost the rest of the line past the page's
#: edge. A text may itself end in "(" with its mark glued on after ("Sequoia Grove II, LLC
#: (5", whose nature ends "LLC ("): "(" and figures a space apart are left to positions
#: (``row_clipped.edge_cut``).
_CUT_MARK = re.compile(r"(?<=[^\s(])\([0-9]{0,2}\s*$|\s\(\s*$")


class _RowReader:
    """Reads the cells of one row, collecting footnote marks and problems."""

    def __init__(self, row: Row, table: str, diagnostics: list[Diagnostic]):
        self.row = row
        self.table = table
        self.diagnostics = diagnostics
        self.footnotes: dict[str, tuple[str, ...]] = {}
        first = next((c for c in row.values() if c.line), None)
        self.span = Span(first.line, first.column) if first else None

    def has(self, key: str) -> bool:
        return key in self.row and bool(self.row[key])

    def read(self, key: str, field: str | None = None) -> Any:
        """The value of column ``key``; its marks are filed under ``field`` (default: key)."""
        cell = self.row.get(key)
        if cell is None:
            return None
        field = field or key
        if COLUMN_KINDS[key] == "text_cell" and _CUT_MARK.search(cell.text):
            self.diagnostics.append(Diagnostic(
                cell.line or None, cell.column or None, f"{self.table}.{field}",
                f"{cell.text.strip()!r} ends in a footnote mark cut open: the text was cut "
                "(at the page's edge), and what it lost is unknown", "warning"))
            return None
        got: CellValue = read_cell(COLUMN_KINDS[key], cell.text)
        if got.marks:
            self.footnotes[field] = tuple(dict.fromkeys(self.footnotes.get(field, ()) + got.marks))
        if got.problem:
            self.diagnostics.append(Diagnostic(cell.line or None, cell.column or None,
                                               f"{self.table}.{field}", got.problem))
        value = got.value
        if isinstance(value, str) and COLUMN_KINDS[key] == "text_cell":
            value = hyphens_put_back(value)
        if isinstance(value, str) and COLUMN_KINDS[key] == "date_cell" and not (
                key in WORD_DATES and _WORD_DATE.fullmatch(value)):
            self.diagnostics.append(Diagnostic(cell.line or None, cell.column or None,
                                               f"{self.table}.{field}",
                                               f"{value!r} is not a date"))
            return None
        return value

    def nature(self) -> Any:
        """Column 7 (or 11), the nature of indirect ownership; None where it reads as two
        rows' natures ("By Fund I, LP By Fund II, LLC", "See Footnote See Footnote"): a
        converter ran another row's nature into it, and where it ends is lost, and so is
        whose nature a footnote mark closes ("By Fund I, LP(2) By Trust": row 1's): its
        marks are dropped too, but where every nature in it closes with the same marks
        ("By Fund I, LP(2) By Fund II, LLC(2)"), which are then this row's whichever its is.
        None too where it holds the column headers' words (``holds_header_phrase``)."""
        before = self.footnotes.get("nature_of_ownership")
        value = self.read("nature_of_ownership")
        if isinstance(value, str) and holds_header_phrase(value):
            self._marks_back("nature_of_ownership", before)
            cell = self.row["nature_of_ownership"]
            self.diagnostics.append(Diagnostic(
                cell.line or None, cell.column or None, f"{self.table}.nature_of_ownership",
                f"{value!r} holds the column headers' words: a converter read them into the "
                "nature, and where it ends is lost, so it is left unknown", "warning"))
            return None
        if not isinstance(value, str) or not value.startswith(("By ", "See ")) \
                or not _TWO_NATURES.match(value):
            return value
        cell = self.row["nature_of_ownership"]
        if not _same_marks(cell.text, value.split()[0]):
            self._marks_back("nature_of_ownership", before)
        self.diagnostics.append(Diagnostic(
            cell.line or None, cell.column or None, f"{self.table}.nature_of_ownership",
            f"{value!r} reads as two rows' natures of ownership (it opens twice): where "
            "this row's ends is lost, so it is left unknown", "warning"))
        return None

    def title(self, key: str = "security_title") -> Any:
        """Column 1 (or 7's title), its marks dropped where one stands amid its words
        (``_MARK_AMID``); None, its marks dropped, where it opens as a nature
        ("By ..."), is one title twice (a stream printing two rows' cells as one block)
        or holds one of the row's amounts (``_holds_row_amount``): a converter ran
        another cell's words into it, and whose marks are whose is lost."""
        before = self.footnotes.get(key)
        value = self.read(key)
        if isinstance(value, str) and _MARK_AMID.search(self.row[key].text):
            self._marks_back(key, before)
            cell = self.row[key]
            self.diagnostics.append(Diagnostic(
                cell.line or None, cell.column or None, f"{self.table}.footnotes.{key}",
                f"{cell.text.strip()!r} prints a footnote mark amid the title's words, where "
                "no title's mark stands: it is another cell's, so the title's marks are "
                "left unknown", "warning"))
        if not isinstance(value, str) or not (
                _not_one_title(value) or amount_then_dollar(value)
                or _holds_row_amount(value, self.row, key, self.table == "derivative")
                or holds_header_phrase(value)):
            return value
        self._marks_back(key, before)
        cell = self.row[key]
        self.diagnostics.append(Diagnostic(
            cell.line or None, cell.column or None, f"{self.table}.{key}",
            f"{value!r} reads as another cell's words run into the title (a nature's, a "
            "title twice, the row's amount, or the column headers'): it is left unknown",
            "warning"))
        return None

    def _marks_back(self, key: str, before: tuple[str, ...] | None) -> None:
        """The footnote marks of ``key`` as they were before its cell was read (``before``):
        the marks of a cell left unknown are dropped with it."""
        if before is None:
            self.footnotes.pop(key, None)
        else:
            self.footnotes[key] = before

    def shifted(self, key: str) -> Any:
        """Leave ``key`` unknown, with a diagnostic: its cell holds the value of the column
        after it (``_amount_run_into``)."""
        cell = self.row.get(key)
        if cell:
            self.diagnostics.append(Diagnostic(
                cell.line or None, cell.column or None, f"{self.table}.{key}",
                f"{cell.text!r} may be the next column's value: the row's amount ran into "
                "the title before it, so it is left unknown", "warning"))
        return None

    def code(self) -> tuple[str | None, str | None]:
        value = self.read("transaction_code")
        return value if value else (None, None)

    def swap(self) -> bool | None:
        return self.read("equity_swap_involved") if "equity_swap_involved" in self.row else None


def _is_transaction(reader: _RowReader, share_keys: tuple[str, ...]) -> bool:
    return any(reader.has(k) for k in ("transaction_date", "transaction_code", *share_keys))


def _coding(r: _RowReader) -> tuple[Any, Any, Any, str | None, Any]:
    """Columns 2 to 3A and 4's code: date, deemed date, code, its suffix, the swap's "V"."""
    date = r.read("transaction_date")
    deemed = r.read("deemed_execution_date")
    code, suffix = r.code()
    return date, deemed, code, suffix, r.swap()


def _position(r: _RowReader) -> tuple[Any, Any, Any]:
    """The columns after the transaction: owned following it, direct or indirect, nature."""
    following = r.read("shares_owned_following")
    di = r.read("direct_or_indirect")
    return following, di, r.nature()


def _non_derivative(row: Row, diagnostics: list[Diagnostic]):
    r = _RowReader(row, "non_derivative", diagnostics)
    if not _is_transaction(r, ("shares",)):
        title, following = r.title(), r.read("shares_owned_following")
        di, nature = r.read("direct_or_indirect"), r.nature()
        return NonDerivativeHolding(title, following, di, nature, r.footnotes, span=r.span)
    title = r.title()
    date, deemed, code, suffix, swap = _coding(r)
    shares = r.read("shares")
    ad = r.read("acquired_disposed")
    price = r.read("price_per_share")
    following, di, nature = _position(r)
    return NonDerivativeTransaction(title, date, deemed, code, swap, shares, price, ad, following,
                                    di, nature, r.footnotes, suffix, span=r.span)


def _derivative_shares(r: _RowReader) -> tuple[Any, str | None]:
    """Column 5: the number in (A) or in (D); where the text lost the split, no direction."""
    acquired = r.read("shares_acquired", "shares")
    disposed = r.read("shares_disposed", "shares")
    if acquired is not None and disposed is not None:
        r.diagnostics.append(Diagnostic(r.span.line if r.span else None, None,
                                        "derivative.shares", "both (A) and (D) hold a number"))
        return None, None
    if acquired is not None:
        return acquired, "A"
    if disposed is not None:
        return disposed, "D"
    return r.read("shares"), None


def _amount_run_into(r: _RowReader, key: str) -> bool:
    """True where the title cell ``key`` holds one of its row's amounts ("11,169 $ Common
    Stock"): a page break or a narrow print moved the title down, and the row's amount
    and price were read a column to the left, into the title (``title`` leaves it
    unknown). Where the amount's cell then holds a value, it and the price's hold their
    right neighbours' ("0" of "$ 0" as the underlying amount): whose value each holds is
    lost. (Where it holds none, the shift stopped at the title.) An amount followed by a
    "$" in the title ("10000 $ Common Stock") is that shape whatever the row's amounts."""
    cell = r.row.get(key)
    return cell is not None and bool(cell) and (
        amount_then_dollar(cell.text) or _holds_row_amount(cell.text, r.row, key, False))


def _direction_from_arithmetic(shares: Any, following: Any, underlying: Any = None) -> str | None:
    """The (A)/(D) of a row whose text lost it, where arithmetic leaves one answer:
    owning fewer after the transaction than it moved, it cannot have acquired them
    (it would have owned less than nothing before). Where the underlying shares differ
    from the amount as a misread number does ("28593" and "98.593"), which one is right
    is unknown: the arithmetic must hold for both."""
    if not (isinstance(shares, Decimal) and isinstance(following, Decimal)):
        return None
    if isinstance(underlying, Decimal):
        from .inputs.ocr_amounts import misread_twins  # rare: a row whose (A)/(D) is lost
        if misread_twins(shares, underlying):
            shares = min(shares, underlying)
    return "D" if following < shares else None


def _derivative(row: Row, diagnostics: list[Diagnostic]):
    r = _RowReader(row, "derivative", diagnostics)
    if not _is_transaction(r, ("shares", "shares_acquired", "shares_disposed")):
        return DerivativeHolding(
            r.title(), r.read("conversion_or_exercise_price"),
            r.read("exercise_date"), r.read("expiration_date"),
            r.title("underlying_security_title"), r.read("underlying_shares"),
            r.read("shares_owned_following"), r.read("direct_or_indirect"),
            r.nature(), r.footnotes, span=r.span)
    title = r.title()
    conversion = r.read("conversion_or_exercise_price")
    date, deemed, code, suffix, swap = _coding(r)
    shares, ad = _derivative_shares(r)
    exercise = r.read("exercise_date")
    expiration = r.read("expiration_date")
    r.row = underlying_put_back(r.row)
    underlying = r.title("underlying_security_title")
    if _amount_run_into(r, "underlying_security_title"):
        # the amount's cell empty: the shift stopped at the title, the price's cell is its
        # own where the title took none of the price or its "$" alone
        run_on = r.has("underlying_shares") or not price_kept(
            r.row["underlying_security_title"].text)
        cells = r.shifted if run_on else r.read
        underlying_shares, price = cells("underlying_shares"), cells("price_per_share")
    else:
        underlying_shares, price = r.read("underlying_shares"), r.read("price_per_share")
    following, di, nature = _position(r)
    # a header printing column 5 as an amount and its "(A) or (D)" (row_cells.TABLE_II_DIRECTED)
    ad = ad or r.read("acquired_disposed") or _direction_from_arithmetic(
        shares, following, underlying_shares)
    return DerivativeTransaction(title, conversion, date, deemed, code, swap, shares, ad,
                                 exercise, expiration, underlying, underlying_shares, price,
                                 following, di, nature, r.footnotes, suffix, span=r.span)


def _text(cell: Cell | None) -> str | None:
    return fold(cell.text) or None if cell is not None else None


# "Attorney-infact", "Attorneyin-fact": a converter that joins a word split at a line's
# end drops its hyphen ("Attorney-in-" then "fact"); the phrase has both or neither
_IN_FACT = re.compile(r"\b(attorney|atty)(-?)(in)(-?)(fact)\b", re.I)


# A converter that joins a word split at a line's end drops its hyphen (pdftotext run
# without -layout or -raw): "Non-" then "Qualified" comes out "NonQualified", "Rule 10b5-"
# then "1" "Rule 10b51". Neither is a spelling: "Non" before a capital opens a word no
# hyphen-less form writes so, and Rule 10b5's paragraph 1 is "10b5-1".
_JOINED_NON = re.compile(r"\b(Non)(?=[A-Z][a-z])")
_JOINED_RULE = re.compile(r"\b(Rule\s+10b5)(1)\b")


def hyphens_put_back(text: str) -> str:
    """``text`` with the hyphen of "Non-Qualified" and "Rule 10b5-1" put back where a
    converter joining a word broken at a line's end dropped it (most texts hold neither
    word: the patterns are not tried on them)."""
    if "Non" not in text and "10b5" not in text:
        return text
    return _JOINED_RULE.sub(r"\1-\2", _JOINED_NON.sub(r"\1-", text))


# a word spelled with inner hyphens ("FF-IIE", "II-2"), the hyphens ending no line
_HYPHENED = re.compile(r"\b[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+\b")


def hyphens_as_spelled(notes: dict[str, str | None],
                       breaks: dict[str, tuple[str, ...]] | None = None
                       ) -> dict[str, str | None]:
    """The footnotes with a name in capitals whose hyphen a converter dropped (joining it
    across a line's end: "FFIIE") spelled as the notes spell it elsewhere ("FF-IIE"),
    where they spell it so and one way only. Not a word in small letters: a filing may
    write "earn-out" and "earnout" both. A note of ``breaks`` (two of its lines joined at
    a dropped hyphen, with the words standing where the first line may have ended:
    form/joined_lines.py) gives the one of those words the notes so spell its hyphen
    (``_hyphen_at_break``), unless a name in capitals got its hyphen back; else that
    note is unknown (None)."""
    spelled: dict[str, set[str]] = {}
    for text in notes.values():
        for word in _HYPHENED.findall(text) if text and "-" in text else ():
            spelled.setdefault(word.replace("-", ""), set()).add(word)
    joined = {bare: next(iter(words)) for bare, words in spelled.items()
              if len(words) == 1 and len(bare) > 3 and bare.isupper()}
    spelt = notes
    if joined:
        pattern = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, joined)) + r")(?![\w-])")
        spelt = {fid: text and pattern.sub(lambda m: joined[m[1]], text)
                 for fid, text in notes.items()}
    # a note of ``breaks`` whose name in capitals got its hyphen back here is kept
    return {fid: _hyphen_at_break(text, breaks[fid], spelled)
            if breaks and fid in breaks and text == notes[fid] else text
            for fid, text in spelt.items()}


def _hyphen_at_break(text: str | None, words: tuple[str, ...],
                     spelled: dict[str, set[str]]) -> str | None:
    """``text`` with the one of ``words`` (those where two lines were joined) that the
    notes spell with a hyphen, one way only (``spelled``), given it where ``text`` holds
    it once; None where no word of them or more than one is so spelled."""
    found = {word for word in words if len(spelled.get(word, ())) == 1}
    if not text or len(found) != 1:
        return None
    [word] = found
    at = list(re.finditer(rf"(?<![\w-]){word}(?![\w-])", text))
    if len(at) != 1:
        return None
    return text[:at[0].start()] + next(iter(spelled[word])) + text[at[0].end():]


#: the text fields of a table's row that name a security or an owner
_NAMING_FIELDS = tuple(key for key, kind in COLUMN_KINDS.items() if kind == "text_cell")


def hyphen_as_in_notes(notes: list[str]) -> Callable[[str], str]:
    """What spells a value (a row's title or nature) as the footnotes ``notes`` spell it
    with a hyphen a converter dropped (pdftotext joins a word broken at a line's end:
    "Series C-" / "1 Preferred Stock" prints "Series C1 Preferred Stock", "Fund III -" /
    "Endurance" prints "Fund III Endurance"): where the notes spell these words, the
    hyphens aside, one way only, with a hyphen more, each hyphen added touching a digit
    or standing between spaces (``_hyphens_added_apart``), and never as read. Else the
    value as read. The notes are stripped once and each value spelled once."""
    hyphened = [re.sub(r"[\s-]+", "", n) for n in notes if "-" in n]

    @functools.cache
    def spelled(value: str) -> str:
        compact = re.sub(r"[\s-]+", "", value)
        if len(compact) < 4 or not any(compact in n for n in hyphened):
            return value
        words = re.compile(r"(?<![\w-])" + r"[\s-]*".join(map(re.escape, compact)) + r"(?![\w-])")
        found = {" ".join(m[0].split()) for note in notes for m in words.finditer(note)}
        read = " ".join(value.split())
        if len(found) != 1:
            return value
        spelling = found.pop()
        return spelling if " ".join(spelling.replace("-", "").split()) == " ".join(
            read.replace("-", "").split()) and spelling.count("-") > read.count("-") and (
                _hyphens_added_apart(read, spelling)) else value
    return spelled


def _hyphens_added_apart(read: str, spelled: str) -> bool:
    """True where each hyphen ``spelled`` has and ``read`` has not (the same words, the
    hyphens aside) touches a digit ("C-1") or stands between spaces ("III - Endurance"):
    one between letters may be the word's own ("Earn-out", which the row may spell
    "Earnout") or a note's line-end hyphen kept ("Pre-ferred")."""
    def places(text: str) -> set[int]:
        return {len(re.sub(r"[\s-]+", "", text[:m.start()])) for m in re.finditer("-", text)}
    kept = places(read)
    for m in re.finditer("-", spelled):
        if len(re.sub(r"[\s-]+", "", spelled[:m.start()])) in kept:
            continue
        before, after = spelled[m.start() - 1:m.start()], spelled[m.end():m.end() + 1]
        if not (before.isdigit() or after.isdigit() or before == " " == after):
            return False
    return True


def _spelled_as_in_notes(row: _Part, spell: Callable[[str], str]) -> _Part:
    """``row`` with its titles and nature spelled by ``spell``: as the notes spell them
    (made by ``hyphen_as_in_notes``), or their words broken after a hyphen made whole
    (``cells.hyphen_joined``)."""
    changes = {key: spell(value) for key in _NAMING_FIELDS
               if isinstance(value := getattr(row, key, None), str)}
    changed = {key: value for key, value in changes.items() if value != getattr(row, key)}
    return dataclasses.replace(row, **changed) if changed else row  # type: ignore[type-var]


def _signer(cell: Cell | None, diagnostics: list[Diagnostic],
            date: Cell | None = None) -> str | None:
    """A signature's name, with a hyphen a converter dropped from "attorney-in-fact" put
    back; None where it holds the signature's "Date" label (``_DATE_LABEL``), or a date
    with words after it, another signature (``_SIGNED_AGAIN``), and where the text gave
    its ``date`` no name at all (a diagnostic tells it unknown)."""
    text = _text(cell)
    if not text and date:
        diagnostics.append(Diagnostic(date.line or None, None, "signatures.name",
                                      "the signature's date was read but no name before "
                                      "it; left unknown", "warning"))
        return None
    if cell is not None and text:
        for pattern, problem in _NOT_A_NAME:
            if pattern.search(text):
                diagnostics.append(Diagnostic(cell.line or None, cell.column or None,
                                              "signatures.name", problem, "warning"))
                return None
    return text and _IN_FACT.sub(
        lambda m: f"{m[1]}-{m[3]}-{m[5]}" if bool(m[2]) != bool(m[4]) else m[0], text)


def _date(cell: Cell | None, field: str, diagnostics: list[Diagnostic]) -> dt.date | None:
    if cell is None or not cell:
        return None
    got = read_cell("date_cell", cell.text)
    if got.problem or not isinstance(got.value, dt.date):
        diagnostics.append(Diagnostic(cell.line or None, cell.column or None, field,
                                      got.problem or f"{cell.text!r} is not a date"))
        return None
    return got.value


# the signature's date label "Date", a word of its own: a reading order that prints the
# label among the name's words ("... Issuer. Date /s/ Sam Whittington")
_DATE_LABEL = re.compile(rf"(?<!\S){DATE_LABEL}(?!\S)")
# a signer's date inside the name, words after it: signatures run together on one line,
# with or without the next one's "/s/" ("... of Mithril II LP03/30/2022 /s/ Ajay Royan, ...",
# "... of Mithril II LP 03/30/2022 Ajay Royan, ...")
_SIGNED_AGAIN = re.compile(DATE_SHAPE + r"\s*(?:/s/|[^\W\d_])")
# what leaves a signature's name unknown, in the order tried, and why
_NOT_A_NAME = (
    (_DATE_LABEL, "the signature's name holds its date's label \"Date\": words the text "
                  "moved around the label; left unknown"),
    (_SIGNED_AGAIN, "the signature's name runs on past a date into more words: signatures "
                    "the text printed on one line; left unknown"),
    (re.compile(GARBLED), "OCR garbled a word of the signature's name (its date read): "
                          "left unknown"),
)
#: the street lines EDGAR keeps (street1, street2): a box 1 printing more wrapped them
MAX_STREET_LINES = 2
#: box 5's labels in the form's labels grammar (``grammars/form_labels.lark``)
_BOX5_LABELS = ("DIRECTOR", "TEN_PERCENT", "OFFICER", "OTHER")


@functools.lru_cache(maxsize=1)
def _box5_labels() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Box 5's label "10% Owner" and any of box 5's labels, as the form's labels
    grammar spells them (``_BOX5_LABELS``)."""
    terminals = {t.name: t.pattern.to_regexp() for t in load("form_labels", CONTEXTS).terminals
                 if t.name in _BOX5_LABELS}
    return (re.compile(terminals["TEN_PERCENT"]),
            re.compile("|".join(f"(?:{terminals[name]})" for name in _BOX5_LABELS)))


def _box5_labels_only(title: str) -> bool:
    """Whether ``title`` is box 5's labels and nothing else, "10% Owner" among them
    ("Director 10% Owner", their check marks "X" kept or not): no officer's title is
    that ("CEO & 10% Owner" is one); a reading order printed the box's labels where the
    title stands."""
    ten_percent, label = _box5_labels()
    rest = re.sub(r"(?<![^\W_])X(?![^\W_])", " ", label.sub(" ", title))
    return bool(ten_percent.search(title)) and not re.sub(r"[\W_]+", "", rest)


def box_label_titles(sections: Sections) -> list[Diagnostic]:
    """Each owner's officer title made of box 5's labels alone made unknown
    (``_box5_labels_only``), with a diagnostic for each."""
    found = []
    for block in sections.owners:
        title = block.officer_title
        if title is not None and _box5_labels_only(title.text):
            found.append(Diagnostic(title.line or None, title.column or None,
                                    "reporting_owners.officer_title",
                                    f"the officer's title {title.text[:40]!r} is box 5's labels "
                                    "(\"Director\", \"10% Owner\"), not a title; left unknown",
                                    "warning"))
            block.officer_title = None
    return found


def _owner(block: OwnerBlock) -> ReportingOwner:
    # A group of checkboxes with no mark at all lost its marks: unknown, not false.
    known = bool(block.checked or block.unknown)  # boxes read one by one: unseen is unknown
    flags = {rel: (rel in block.checked) if known and rel not in block.unknown else None
             for rel in RELATIONSHIPS}
    street = [fold(c.text) for c in block.street if c]
    if len(street) > MAX_STREET_LINES:
        street = []  # lines a converter wrapped: where one street line ends is lost
    span = Span(block.name.line, block.name.column) if block.name and block.name.line else None
    return ReportingOwner(
        cik=block.cik, name=_text(block.name), street1=street[0] if street else None,
        street2=street[1] if len(street) > 1 else None,
        city=_text(block.city), state=_text(block.state), zip=_text(block.zip),
        is_director=flags["director"], is_officer=flags["officer"],
        is_ten_percent_owner=flags["ten_percent_owner"], is_other=flags["other"],
        officer_title=_text(block.officer_title), other_text=_text(block.other_text), span=span)


#: the layouts that join a PDF's wrapped lines with a space, a word broken after its
#: hyphen too ("Venture 2010-" over "Seed Fund" read "2010- Seed"): a stream's reading
#: order and a PDF read whole. A converter printing an HTML page's cells prints the
#: value as filed, "Smith- Jones" too
WRAPPED_PDF_LAYOUTS = frozenset({"stream", "pdf"})


def build(sections: Sections) -> Form4:
    """Read every value of ``sections`` into a Form4."""
    diagnostics = list(sections.diagnostics) + box_label_titles(sections)
    owners = tuple(_owner(b) for b in sections.owners)
    diagnostics += [Diagnostic(b.street_run_together.line, b.street_run_together.column,
                               "reporting_owners.street1", "the street lines run together in "
                               "this text: one line cannot be told from two, so both are unknown")
                    for b in sections.owners if b.street_run_together is not None]
    diagnostics += [Diagnostic(b.street[0].line, b.street[0].column, "reporting_owners.street1",
                               f"box 1 prints {len(b.street)} street lines: a converter wrapped "
                               "them, and where each ends is lost, so both are unknown")
                    for b in sections.owners if len([c for c in b.street if c]) > MAX_STREET_LINES]
    more_than_one = sections.more_than_one
    if more_than_one is None and len(owners) > 1:
        more_than_one = True  # several reporting owners are, by definition, a joint filing
    marks_seen = (sections.marks_kept or sections.more_than_one is not None
                  or any(b.checked for b in sections.owners))
    not_subject = sections.not_subject
    if not_subject is None and marks_seen and not sections.marks_by_box:
        not_subject = False
    original = _date(sections.original_filed, "date_of_original_submission", diagnostics)
    document_type = "4/A" if original is not None else sections.document_type
    non_derivative = [_non_derivative(row, diagnostics) for row in sections.table_i]
    derivative = [_derivative(row, diagnostics) for row in sections.table_ii]
    if sections.layout in WRAPPED_PDF_LAYOUTS:
        non_derivative = [_spelled_as_in_notes(r, hyphen_joined) for r in non_derivative]
        derivative = [_spelled_as_in_notes(r, hyphen_joined) for r in derivative]
    footnotes = hyphens_as_spelled({fid: None if cell is None
                                    else hyphens_put_back(fold(cell.text))
                                    for fid, cell in sections.footnotes})
    diagnostics += [Diagnostic(None, None, f"footnotes.{fid}", "the note's text ran into "
                               "the form's printed words where they cannot be cut off: "
                               "its text is left unknown", "warning")
                    for fid, cell in sections.footnotes if cell is None]
    if sections.joined_notes:  # a note's line joined to the next at a dropped hyphen
        from .form.joined_lines import notes_resolved
        footnotes = notes_resolved(footnotes, {fid: None if cell is None else fold(cell.text)
                                               for fid, cell in sections.footnotes},
                                   dict(sections.joined_notes), diagnostics)
    notes = [text for text in footnotes.values() if text]
    if any("-" in text for text in notes):
        spell = hyphen_as_in_notes(notes)
        non_derivative = [_spelled_as_in_notes(r, spell) for r in non_derivative]
        derivative = [_spelled_as_in_notes(r, spell) for r in derivative]
    signatures = tuple(
        Signature(_signer(s.name, diagnostics, s.date), _date(s.date, "signatures.date", diagnostics),
                  span=Span(s.name.line, s.name.column) if s.name and s.name.line else None)
        for s in sections.signatures)
    form = Form4(
        document_type=document_type,
        layout=sections.layout,
        period_of_report=_date(sections.period_of_report, "period_of_report", diagnostics),
        date_of_original_submission=original,
        not_subject_to_section16=not_subject,
        aff10b5_one=sections.aff10b5,
        issuer=Issuer(_text(sections.issuer_name), _text(sections.ticker), sections.issuer_cik),
        reporting_owners=owners,
        filed_by_more_than_one_person=more_than_one,
        non_derivative_transactions=tuple(r for r in non_derivative
                                          if isinstance(r, NonDerivativeTransaction)),
        non_derivative_holdings=tuple(r for r in non_derivative
                                      if isinstance(r, NonDerivativeHolding)),
        derivative_transactions=tuple(r for r in derivative if isinstance(r, DerivativeTransaction)),
        derivative_holdings=tuple(r for r in derivative if isinstance(r, DerivativeHolding)),
        footnotes=footnotes,
        remarks=_text(sections.remarks),
        signatures=signatures,
    )
    form = settle_directions(settle_cuts(_left_out(form, sections.damaged), diagnostics))
    return dataclasses.replace(form, diagnostics=tuple(diagnostics + check(form)))


def _left_out(form: Form4, damaged: set[str]) -> Form4:
    """``form`` with the parts read from a damaged section None: unread, not empty."""
    def kept(name: str, part: _Part) -> _Part | None:
        return None if name in damaged else part
    return dataclasses.replace(
        form,
        reporting_owners=kept("reporting_owners", form.reporting_owners),
        non_derivative_transactions=kept("non_derivative_transactions",
                                         form.non_derivative_transactions),
        non_derivative_holdings=kept("non_derivative_holdings", form.non_derivative_holdings),
        derivative_transactions=kept("derivative_transactions", form.derivative_transactions),
        derivative_holdings=kept("derivative_holdings", form.derivative_holdings),
        footnotes=kept("footnotes", form.footnotes),
        remarks=kept("remarks", form.remarks),
        signatures=kept("signatures", form.signatures))
