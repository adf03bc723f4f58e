"""Footnote marks printed as bare superscripts, glued onto their values by a
converter that drops the superscript ("Common Stock1", "$208.992", "See Footnotes23").

The text keeps a trace of such a mark: its note is listed under the tables but no
value refers to it (``checks.footnote_references``). Where a note is never referred
to, a value ending in its number may hold that mark glued on:

- a word of letters ending in digits is no word ("Stock1", "Footnote6"): the digits
  are marks, the value is what stands before them. The digits are taken as the
  marks of listed notes (the number as one note's, or else each digit as one
  note's); where both readings name listed notes ("Footnotes12" with notes 1, 2 and
  12) and one of them an unreferenced note, the value is kept without them and the
  marks are not read. A last word of two letters ("LP2", "FY23") is read so only
  where a longer word or an abbreviation ("L.P.1") of the text shows a glued mark:
  alone it may be a real name ("RSU FY23").
- a value whose last "(" is set apart and run into one or two digits ("Sequoia Grove
  II, LLC (5"): the digits are a mark glued on, the value ends with the "(" (no word is
  a "(" and digits), read as a word's digits are.
- a price or an amount that is an unreferenced note's number (a cell of a lone mark
  read as "1", printed "^1" by lynx or apart by pdfplumber, with nothing else in the
  record to tell it by: the agent design's texts lose right marks' cells to wrong
  values without this rule, html2text's precision 0.991 -> 0.983) and, where the
  words show glued marks, a price ending in it ("208.992") cannot be told from a
  number printed so: it is left unknown. Where no word shows a glued mark, the
  prices ending in it are kept: a converter that lost marks leaves notes
  unreferenced too (the corpus's pdfplumber and pymupdf4llm texts lost right prices
  to the rule without this); but one whose note names a range of prices holding it
  with its last digits cut is unknown where the range holds it as printed too
  ("201.691" in "$201.68 to $201.70"), and read cut where it does not
  (``_ranged_prices``). A price printed as the number of a note the row's other
  values refer to ("J5 19,066,032 D 5 0": a cell of the row's mark repeated) is
  unknown where the text glues marks. An amount beside its twin ("28.5932" securities
  over "28.593" shares underlying them) is read as the twin with the mark glued on
  where the text glues marks or the amount refers to no note (``_twin_read``). An amount
  that only ends in it ("7721") is kept: a mark stands on a price far more often (a
  weighted average's range), and every amount ending in the digit would be lost for the few glued (634
  right amounts of the agent design for 16 wrong). But where a table's cells glue marks
  onto values ("C1", "2,7422") and a note stays unclaimed once the glued marks are read, an amount below a thousand ending
  in its number ("631", the text printing "2,7422" elsewhere) is left unknown: 63 with
  the mark or 631 cannot be told, and a larger amount glued so shows it by its commas.
- where a table's cells glue marks onto values (a code's "S2", a cell's "10,0001":
  ``Sections.marks_glued``), a long word's digits of that table naming listed notes one
  way are read as marks even where another value refers to those notes ("Class B Common
  Stock1" beside a price's "(1)"), and so are a two-letter word's where a long word of
  that table shows such digits ("XI, LP1" beside "Fund, LLC1"); elsewhere only where one
  of those notes is unreferenced: "Fund LLC2" may be a name printed so beside a note 2
  referred to.

Each change has a diagnostic. Runs on the record of every text not read by OCR
(``api.parse``, ``api.parse_page``): OCR loses marks of its own, so its notes go
unreferenced for no glued mark (the corpus tesseract texts lost right prices to it).
Nothing is done where a table or the notes are unread (a table left out may hold the
references) or every note is referred to and no table's cells glue marks on values.
"""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal
from typing import Any, Collection

from .checks import TABLE_NAMES, TABLES, at, notes_unreferenced_by_read
from .model import Diagnostic, Form4
from .patterns import GROUPED_WHOLE
from .sections import TEXT_COLUMNS
from .shapes.stream import holds_code_marks

#: each table of the record by its section of the form (``Sections.marks_glued``)
_SECTIONS = {"non_derivative_transactions": "table_i", "non_derivative_holdings": "table_i",
             "derivative_transactions": "table_ii", "derivative_holdings": "table_ii"}
#: prose values a mark may be glued onto
_WORDS = TEXT_COLUMNS
#: prices a mark may be glued onto (a weighted average's note stands on its price)
_PRICES = ("conversion_or_exercise_price", "price_per_share")
#: amounts: a cell of a lone mark may be read as one
_AMOUNTS = ("shares", "shares_owned_following", "underlying_shares")
# a last word of two letters or more, or ending in an abbreviation's stop, run into one or
# two digits: "Stock1", "Footnotes23", "LP2", "L.P.1" (no value of the corpus truths ends so;
# "A1" of a series' name does). A word of three letters or more or an abbreviation is
# ``long``: one of two letters ("FY23") is read only where a long one shows the text glues
# marks on words; so is a value's last "(" set apart ("Grove II, LLC (5": a value that
# opens a parenthesis and ends, its note's mark glued on; no word is a "(" and digits).
_GLUED_WORD = re.compile(
    r"(?P<value>.*(?:\b(?:(?P<long>[A-Za-z]{3,}|[A-Za-z]\.)|[A-Za-z]{2})|\S\s\())"
    r"(?P<digits>[0-9]{1,2})")

# a value's last word that is one or two digits alone ("Endurance Partners, L.P. 23"): a
# stream printing a cell a line at a time sets a bare superscript on a line of its own;
# never after a word naming notes ("See Footnote 5", "Note 2": the number is the word's)
_LONE_DIGITS = re.compile(r"(?P<value>.*[^\s0-9])\s+(?P<digits>[0-9]{1,2})")
_NAMES_NOTES = re.compile(r"\b(?:Foot)?notes?$", re.IGNORECASE)
# a word a number designates ("Series 2", "Class 1", "Tranche 3"): no title ends on it, so
# figures after it, glued on ("Series2": a space lost) or set apart, are its own, no mark
_DESIGNATED = re.compile(r"\b(?:Series|Class|Tranche)[,;:]?$", re.IGNORECASE)


def is_designated(word: str) -> bool:
    """True where ``word`` (or a value's last word) is one a number designates
    ("Series", "Class", "Tranche"): a number after it is the value's, never a mark."""
    return _DESIGNATED.search(word) is not None


def is_long_glued_word(word: str) -> bool:
    """True where ``word`` reads as a long word with a bare mark glued on ("footnote3",
    "Stock1": ``_GLUED_WORD``'s ``long``), a number designating no such word ("Series2"),
    whichever notes the page lists."""
    match = _GLUED_WORD.fullmatch(word)
    return match is not None and bool(match["long"]) and not is_designated(match["value"])


def long_word_marks(word: str, notes: Collection[str], shown: Collection[str] = frozenset()
                    ) -> tuple[str, list[str]] | None:
    """``word`` (or a value ending in it) read as a long word with a bare mark glued on
    ("Stock1", "L.P.23", ``_GLUED_WORD``'s ``long``; a word of two letters too whose marks
    are all among those ``shown`` glued on long words beside it: "LP4" beside "LLC4", the
    text glues those marks on words): the value before the figures and the listed ``notes``
    they name one way (``glued_marks``); None where it is no such word, its figures name
    no note or two ways, or a number designates the word ("Series2": ``is_designated``)."""
    match = _GLUED_WORD.fullmatch(word)
    if match is None or not (match["long"] or shown) or is_designated(match["value"]):
        return None
    marks = glued_marks(match["digits"], notes)
    if not marks or not match["long"] and not set(marks) <= set(shown):
        return None
    return match["value"], marks


def glued_marks(digits: str, notes: Collection[str]) -> list[str] | None:
    """The marks ``digits`` glued onto a word stand for, ids of ``notes``: [] where
    they are no marks, None where two readings name listed notes or none names them
    rightly. Each figure is read as a mark only where no figure repeats: a value refers
    to a note once, so "11" is note 11, never note 1 twice; figures that repeat, each a
    listed note's number, naming no listed note whole ("11", notes 1 to 6) are marks all
    the same (the value ends before them), which ones unknown: None."""
    whole = [digits] if digits in notes else []
    listed = len(digits) > 1 and all(d in notes for d in digits)
    if listed and len(set(digits)) < len(digits):
        return whole or None
    each = list(digits) if listed else []
    if whole and each:
        return None
    return whole or each


# a whole number of four digits or more printed with no thousands comma, not part of a date
# or a price; and one printed with them
_UNGROUPED = re.compile(r"(?<![\w.,/$])[0-9]{4,}(?![\w.,/])")
_GROUPED = re.compile(rf"(?<![\w.,]){GROUPED_WHOLE}(?![\w,])")
# a whole number run past its last group of thousands by one or two digits ("2,7422"): no
# amount is printed so, it is one with a bare mark glued on
_PAST_GROUP = re.compile(rf"(?<![\w.,/$]){GROUPED_WHOLE}[0-9]{{1,2}}(?![\w.,/])")


def ungrouped_amounts(text: str) -> frozenset[str]:
    """The whole numbers of four digits or more ``text`` prints with no thousands comma,
    where it groups other amounts' thousands with commas ("7,267"): such an amount
    ("9931") may be one ("993") with a bare mark glued on. Empty where no amount is
    printed grouped (the text's amounts are all printed so)."""
    if not _GROUPED.search(text):
        return frozenset()
    return frozenset(_UNGROUPED.findall(text))


def glued_past_group(text: str) -> bool:
    """Whether ``text`` prints an amount with a bare mark glued past its group of
    thousands ("2,7422"): its tables' cells glue marks onto amounts."""
    return bool(_PAST_GROUP.search(text))


def bare_marks_checked(form: Form4, text: str = "", cells: Collection[str] = ()) -> Form4:
    """``form`` with its glued marks read (``merged_marks_read``, ``bare_marks_read``):
    its diagnostics those of the changes, a note's "not referred to" and a mark's "no
    footnote text" left out once a mark read refers to it. ``text``: the text read, which
    may show marks glued onto values elsewhere (a transaction code's: "S2") and amounts
    printed with no thousands comma among grouped ones (``ungrouped_amounts``);
    ``cells``: the tables ("table_i", "table_ii") whose cells showed marks glued onto
    values (``Sections.marks_glued``), their amounts below a thousand doubted too."""
    form = merged_marks_read(form)
    read, diagnostics, marks = bare_marks_read(form, text, cells)
    if not diagnostics:
        return form
    referred = {f"footnotes.{k}" for k in marks}
    kept = tuple(d for d in form.diagnostics if d.field not in referred)
    return dataclasses.replace(read, diagnostics=kept + tuple(diagnostics))


def marks_run_together(fid: str, notes: Collection[str]) -> list[str]:
    """The listed notes whose marks ``fid`` runs together ("23": 2 and 3), where ``fid``
    names no note itself; [] otherwise. Only where no listed note has two digits: a
    converter's merged superscripts are read as one-digit marks only (``run_of_marks``)."""
    if fid in notes or any(len(n) > 1 for n in notes):
        return []
    return run_of_marks(fid, notes) or []


def run_of_marks(digits: str, notes: Collection[str]) -> list[str] | None:
    """The listed notes whose marks a run of digits runs together ("56": 5 and 6; "3132"
    with notes 1 to 32: 31 and 32; "21" with note 21 listed: 21): the one cut of the
    digits into notes' numbers of one or two digits, rising (marks are printed in their
    notes' order), each a listed note's. None where no cut or more than one does, or where
    the run may be a note the text lost: where the notes reach 10 or more, a note past the
    last one listed may be the run's ("27" with notes 1 to 26: note 27, its text cut off,
    or notes 2 and 7), so a cut naming one is a reading too."""
    last = max((int(n) for n in notes if n.isdigit()), default=0)
    lost = last if any(len(n) > 1 for n in notes) else None
    cuts = _run_cuts(digits, frozenset(notes), lost, 0)
    if len(cuts) != 1 or not all(n in notes for n in cuts[0]):
        return None
    return cuts[0]


def _run_cuts(digits: str, notes: frozenset[str], lost: int | None,
              after: int) -> list[list[str]]:
    """Every cut of ``digits`` into numbers of one or two digits, each above ``after`` and
    the one before it, each a listed note's or, with ``lost``, above that last listed one."""
    if not digits:
        return [[]]
    found = []
    for size in (1, 2):
        head = digits[:size]
        if len(head) == size and head[0] != "0" and int(head) > after and (
                head in notes or lost is not None and int(head) > lost):
            found += [[head, *rest] for rest in _run_cuts(digits[size:], notes, lost, int(head))]
    return found


def _all_rows(form: Form4) -> list[tuple[str, Any]]:
    """Every row of the tables read, with its table's name."""
    return [(t, row) for t in TABLES for row in getattr(form, t) or ()]


def merged_marks_read(form: Form4) -> Form4:
    """``form`` with each footnote reference that names no listed note but whose digits
    each name one ("23" with notes 2 and 3 listed, no note 23) read as those notes' marks:
    a converter that merges adjacent superscripts (pandoc writes "<sup>2</sup><sup>3</sup>"
    as "<sup>23</sup>") prints two marks as one number. The mark's "no footnote text"
    diagnostic gives way to one saying how it was read."""
    notes = form.footnotes
    if not notes or any(fid not in notes and not marks_run_together(fid, notes)
                        for _, row in _all_rows(form) for ids in row.footnotes.values()
                        for fid in ids):
        return form  # a mark of a note the text lost ("5", notes 1 and 2 read): "12" may be one
    diagnostics: list[Diagnostic] = []
    dropped: set[tuple[str | None, str]] = set()

    def split(table: str, row: Any) -> Any:
        footnotes = dict(row.footnotes)
        for name, ids in row.footnotes.items():
            parts = {fid: marks_run_together(fid, notes) for fid in ids}
            if not any(parts.values()):
                continue
            footnotes[name] = tuple(dict.fromkeys(m for fid in ids for m in parts[fid] or [fid]))
            for fid, marks in parts.items():
                if marks:
                    dropped.add((f"{TABLE_NAMES[table]}.{name}",
                                 f"footnote mark ({fid}) with no footnote text"))
                    diagnostics.append(at(row, f"{table}.{name}", f"footnote mark ({fid}) names "
                                          f"no note: read as the marks {', '.join(marks)} "
                                          f"run together"))
        return dataclasses.replace(row, footnotes=footnotes) if footnotes != row.footnotes else row

    tables: dict[str, Any] = {t: None if getattr(form, t) is None
                              else tuple(split(t, row) for row in getattr(form, t)) for t in TABLES}
    if not diagnostics:
        return form
    kept = tuple(d for d in form.diagnostics if (d.field, d.message) not in dropped)
    return dataclasses.replace(form, diagnostics=kept + tuple(diagnostics), **tables)


def bare_marks_read(form: Form4, text: str = "", cells: Collection[str] = ()
                    ) -> tuple[Form4, list[Diagnostic], frozenset[str]]:
    """``form`` with the marks glued onto its words read off them, and, where some
    were (or the text glued marks onto other values: a table's ``cells``, or ``text``'s
    codes or amounts, ``stream.holds_code_marks``), its numbers that may hold one None;
    with the diagnostics of what changed and the unreferenced notes the marks read refer
    to. ``text`` is searched only where a note is unreferenced."""
    # with a table left out, a mark read off a word ("Common Stock1" is no title) is still
    # a listed note's, whoever else refers to it: the notes unreferenced by what was read
    unreferenced = frozenset(notes_unreferenced_by_read(form))
    if not unreferenced and not cells:
        return form, [], frozenset()
    diagnostics: list[Diagnostic] = []
    marks: set[str] = set()
    notes = form.footnotes or {}
    # a long word of a table whose cells glue marks shows its two-letter words glue them too
    shown = _long_glued(form, cells, notes)
    tables = {t: [_words_read(t, row, unreferenced, notes, False, diagnostics, marks)
                  for row in getattr(form, t) or ()] for t in TABLES}
    # the text glues marks on long words: its short words and prices may hold them too
    glued = bool(diagnostics) or bool(cells) or holds_code_marks(text) \
        or holds_word_marks(text, notes)
    if glued:
        tables = {t: [_words_read(t, row, unreferenced, notes, True, diagnostics, marks,
                                  _SECTIONS[t] in cells, _SECTIONS[t] in shown, text)
                      for row in rows] for t, rows in tables.items()}
    tables = {t: [_twin_read(t, row, unreferenced, glued, diagnostics, marks) for row in rows]
              for t, rows in tables.items()}
    ranged = _ranged_prices(tables, unreferenced, dict(notes), glued)
    marks.update(fid for price, fid in ranged.values() if price is not None)
    # the notes no value claims once the glued marks are read: where a table's cells show
    # marks glued on (``cells``), an amount below a thousand of that table ending in one's
    # number may hold its mark ("631": 63 and note 1; a larger one glued so prints past its
    # group of thousands, "2,7422", or with none among grouped ones, ``ungrouped``); where
    # the text prints such a "2,7422" (``glued_past_group``) every table's amounts are doubted
    unclaimed = unreferenced - marks
    ungrouped = ungrouped_amounts(text) if glued else frozenset()
    past = bool(unclaimed) and glued_past_group(text)  # asked only where it can tell
    listed = frozenset(notes)
    tables = {t: [_numbers_read(t, row, unreferenced, glued, diagnostics, ranged.get(id(row)),
                                ungrouped, unclaimed if _SECTIONS[t] in cells or past
                                else frozenset(), listed)
                  for row in rows] for t, rows in tables.items()}
    read: dict[str, Any] = {t: None if getattr(form, t) is None else tuple(rows)
                            for t, rows in tables.items()}
    return dataclasses.replace(form, **read), diagnostics, frozenset(marks)


# a word ending in one or two figures, the last of its line or a space after it: what
# ``_GLUED_WORD`` is asked of in a text's words
_ENDS_IN_FIGURES = re.compile(r"\S*[A-Za-z.][0-9]{1,2}(?=\s|$)", re.M)


def holds_word_marks(text: str, notes: Collection[str]) -> bool:
    """True where ``text``'s tables print a long word with a bare mark glued on ("Seed4",
    "Stock1") whose figures name listed ``notes`` one way: the text glues marks onto
    values, in a table's part left unread too, or where the reader read the mark off the
    word (a title's wrapped end, ``row_loose_words.glued_mark_written``: the note is
    referred to). Only the tables' lines are asked (``recovery.part_spans``; the whole text
    where it finds no table): a label run into its value elsewhere ("Address69 GROSVENOR")
    is no mark."""
    return any(long_word_marks(found.group(), notes) is not None
               for found in _ENDS_IN_FIGURES.finditer(_tables_text(text)))


def _tables_text(text: str) -> str:
    """The lines of ``text``'s tables (``recovery.part_spans``), or ``text`` where none is found."""
    from .recovery import part_spans
    lines = text.split("\n")
    spans = [(first, last) for part, first, last in part_spans(lines)
             if part.name in ("table_i", "table_ii")]
    return "\n".join(line for first, last in spans for line in lines[first:last + 1]) \
        if spans else text


def _long_glued(form: Form4, cells: Collection[str], notes: Collection[str]) -> set[str]:
    """The tables of ``cells`` (their cells showed marks glued onto values) holding a long
    word with digits glued on that name listed notes one way ("LLC1")."""
    shown: set[str] = set()
    for t in (t for t in TABLES if _SECTIONS[t] in cells):
        for row in getattr(form, t) or ():
            for name in _WORDS:
                value = getattr(row, name, None)
                if isinstance(value, str) and long_word_marks(value, notes) is not None:
                    shown.add(_SECTIONS[t])
    return shown


def _words_read(table: str, row: Any, unreferenced: frozenset[str], notes: Collection[str],
                short: bool, diagnostics: list[Diagnostic], read: set[str],
                cells: bool = False, shown: bool = False, text: str = "") -> Any:
    """One row with the marks glued onto its long words (and where ``short`` its short
    ones, and the number ``text`` set apart after a word value: ``_lone_read``) read off
    them; the unreferenced notes they refer to added to ``read``. Where
    ``cells`` (the row's table's cells showed marks glued onto values), a long word's
    digits naming listed notes are read as marks even where those notes are referred to,
    and so are a two-letter word's where ``shown`` (a long word of the table shows it:
    "LP1" beside "LLC1")."""
    changes: dict[str, Any] = {}
    footnotes = dict(row.footnotes)
    for name in _WORDS:
        value = getattr(row, name, None)
        match = _GLUED_WORD.fullmatch(value) if isinstance(value, str) else None
        lone = _lone_read(value, unreferenced, notes, text) \
            if match is None and short and isinstance(value, str) else None
        if lone is not None:
            (cut, marks), how = lone, "set apart after it"
        else:
            if match is None or not (short or match["long"]):
                continue
            digits = match["digits"]
            found = glued_marks(digits, notes)
            # where the table's cells glue marks on values (``cells``), a long word's digits
            # that name listed notes one way are marks whoever else refers to them: "Stock1"
            # is no word, nor "Stock11" (notes 1 to 6: marks, which unknown). Elsewhere ("S2"
            # glued on a code somewhere: ``short``) only an unreferenced note's: "Fund LLC2"
            # may be a name beside a note 2 referred to
            if found == [] or not (set(found if found is not None else {digits, *digits})
                                   & unreferenced or cells and (match["long"] or shown)
                                   and (found or len(set(digits)) < len(digits))):
                continue
            if found is None:
                changes[name] = match["value"]
                diagnostics.append(at(row, f"{table}.{name}", f"{value!r} ends in footnote "
                                      "marks glued on, which name more than one set of notes "
                                      "or none rightly: its marks are unknown"))
                continue
            cut, marks, how = match["value"], found, "glued on"
        changes[name] = cut
        footnotes[name] = tuple(dict.fromkeys((*footnotes.get(name, ()), *marks)))
        read.update(set(marks) & unreferenced)
        diagnostics.append(at(row, f"{table}.{name}", f"{value!r} is read as {cut!r} "
                              f"with footnote marks {', '.join(marks)} {how}"))
    return dataclasses.replace(row, footnotes=footnotes, **changes) if changes else row


def _lone_read(value: str, unreferenced: frozenset[str], notes: Collection[str],
               text: str) -> tuple[str, list[str]] | None:
    """A word value ending in a lone number -> (the value before it, the marks it stands
    for), in a text that glues marks on values: only where ``text`` printed the number
    on a line of its own right after the value's last word ("L.P." over "23": a stream
    setting a cell's superscript apart) and it names listed notes one way, each of them
    unreferenced; a number printed on the value's line may be the name's own ("Trust 5")."""
    match = _LONE_DIGITS.fullmatch(value)
    if not match or _NAMES_NOTES.search(match["value"]) or is_designated(match["value"]):
        return None
    marks = glued_marks(match["digits"], notes)
    if not marks or not set(marks) <= unreferenced \
            or not _digits_apart(match["value"].split()[-1], match["digits"], text):
        return None
    return match["value"], marks


def _digits_apart(word: str, digits: str, text: str) -> bool:
    """Whether ``text`` prints ``digits`` alone on the line right after one ending in ``word``."""
    return re.search(rf"(?<!\S){re.escape(word)}[ \t]*\r?\n[ \t]*{digits}[ \t]*(?:\r?\n|$)",
                     text) is not None


#: a derivative row's amounts that are one number as a rule: its securities and the
#: shares underlying them
_TWINS = (("shares", "underlying_shares"), ("underlying_shares", "shares"))


def _twin_read(table: str, row: Any, unreferenced: frozenset[str], glued: bool,
               diagnostics: list[Diagnostic], read: set[str]) -> Any:
    """One row with an amount ending in an unreferenced note's number read as its twin
    amount (``_TWINS``) with that note's mark glued on, where the twin is the amount
    with that number cut off as the twin prints it, with its decimals ("28.5932" beside
    an underlying "28.593": 28.593 and mark 2; "10.5" beside "10" is no "10." with a
    mark), and the text glues marks on (``glued``) or the amount refers to no note (a
    mark read apart on it shows the text prints its marks apart); the note added to
    ``read``."""
    changes: dict[str, Any] = {}
    footnotes = dict(row.footnotes)
    for name, twin in _TWINS:
        value, other = getattr(row, name, None), getattr(row, twin, None)
        if not (isinstance(value, Decimal) and isinstance(other, Decimal)) or twin in changes \
                or not glued and row.footnotes.get(name):
            continue
        text, printed = format(value, "f"), format(other, "f")
        fids = [k for k in sorted(unreferenced, key=len, reverse=True) if text == printed + k]
        if not fids:
            continue
        changes[name] = other
        footnotes[name] = tuple(dict.fromkeys((*footnotes.get(name, ()), fids[0])))
        read.add(fids[0])
        diagnostics.append(at(row, f"{table}.{name}", f"{text} is read as {other} with footnote "
                              f"mark {fids[0]} glued on: the row's {twin} is {other}"))
    return dataclasses.replace(row, footnotes=footnotes, **changes) if changes else row


def _ranged_price(price: Decimal, unreferenced: frozenset[str], ranges: Any
                  ) -> tuple[Decimal, str] | None:
    """A price ending in an unreferenced note's number whose value with that number cut
    off, to the cent at least, lies in that note's one range of prices, read for certain
    (a weighted average's "prices ranging from $294.79 to $295.69"; another note's range
    may hold it too, two owners' sales alike): the price and the mark, where one note
    alone reads so ("183.557312" with notes 2 and 12 both reading so is unknown)."""
    text = format(price, "f")
    read = [(Decimal(cut), fid) for fid in unreferenced if text.endswith(fid)
            and len((cut := text[:-len(fid)]).partition(".")[2]) >= 2
            and _in_own_range(Decimal(cut), fid, ranges)]
    return read[0] if len(read) == 1 else None


def _in_own_range(price: Decimal, fid: str, ranges: Any) -> bool:
    """True where note ``fid`` names one range of prices, read for certain, holding ``price``."""
    from .inputs.ocr_price_ranges import one_certain_range
    span = one_certain_range(fid, ranges)
    return span is not None and span[0] <= price <= span[1]


def _ranged_prices(tables: dict[str, list[Any]], unreferenced: frozenset[str],
                   notes: dict[str, str | None], glued: bool
                   ) -> dict[int, tuple[Decimal | None, str]]:
    """The prices read as a price with its note's mark glued on (``_ranged_price``), by
    their row's id: where the text shows marks glued on words (``glued``), or two prices
    or more read so, each in its note's range and in no other note's, which prices
    printed so would seldom chance on. Otherwise a price reading so is read so where, as
    printed, it lies out of that note's range (a weighted average lies in its own);
    where it lies in it too ("201.691" in "$201.68 to $201.70") it is unknown (None): a
    converter that glued the mark on and one that lost the mark of a price ending in its
    note's number print it alike, and where two notes print one range only the last
    figure would tell the note ("180.7151" and "180.7162" in two notes' "$179.98 to
    $180.935" are two averages as likely as 180.715 and 180.716 with marks 1 and 2).
    None is read where another price lies as printed in an unreferenced note's range
    (``_marks_lost``): the text lost its marks."""
    from .inputs.ocr_price_ranges import certain_ranges, notes_holding
    ranges = certain_ranges(notes) if unreferenced else None
    if ranges is None:
        return {}
    prices: dict[int, Decimal] = {id(row): row.price_per_share for rows in tables.values()
                                  for row in rows
                                  if isinstance(getattr(row, "price_per_share", None), Decimal)}
    found: dict[int, tuple[Decimal, str]] = {
        key: read for key, price in prices.items()
        if (read := _ranged_price(price, unreferenced, ranges)) is not None}
    if _marks_lost(prices, found, unreferenced, ranges):
        return {}
    if glued:
        return dict(found)
    # as printed in that note's range too (any of its ranges, where two notes' overlap)
    return {key: (price, fid) if len(found) > 1 and _range_alone(price, fid, ranges)
            or fid not in notes_holding(prices[key], ranges) else (None, fid)
            for key, (price, fid) in found.items()}


def _range_alone(price: Decimal, fid: str, ranges: Any) -> bool:
    """True where no note's range but note ``fid``'s holds ``price``."""
    from .inputs.ocr_price_ranges import notes_holding
    return set(notes_holding(price, ranges)) <= {fid}


def _marks_lost(prices: dict[int, Decimal], found: Collection[int],
                unreferenced: frozenset[str], ranges: Any) -> bool:
    """Whether a price (``prices``, by their row's id) not read as glued to its mark (its
    row's id not in ``found``) lies, as printed, in an unreferenced note's range (two
    notes printing one range among them): the
    text lost its price marks (a converter that drops "(3)" drops it on every priced row),
    so a price that ends in its note's number is that price ("888.313" in "$888.00 to
    $888.99"), not one glued to it."""
    from .inputs.ocr_price_ranges import notes_holding
    return any(set(notes_holding(price, ranges)) & unreferenced
               for key, price in prices.items() if key not in found)


def _row_marks(row: Any) -> frozenset[str]:
    """The footnote marks ``row``'s values other than its prices refer to."""
    return frozenset(fid for name, ids in row.footnotes.items() if name not in _PRICES
                     for fid in ids)


def _numbers_read(table: str, row: Any, unreferenced: frozenset[str], glued: bool,
                  diagnostics: list[Diagnostic], ranged: tuple[Decimal | None, str] | None,
                  ungrouped: frozenset[str] = frozenset(),
                  unclaimed: frozenset[str] = frozenset(),
                  listed: frozenset[str] = frozenset()) -> Any:
    """One row with its numbers that may be or hold a mark None: a number that is an
    unreferenced note's number (a cell of a lone mark), and where ``glued`` a price
    ending in it, or an amount ending in it that the text prints with no thousands
    comma among grouped ones (``ungrouped``: "9931" beside "7,267"), or a price that is
    a ``listed`` note's number (a price cell holding only a superscript mark, which the
    text printed as a bare figure, "C  628,5531  A  2": note 2 referred to by Table II's
    cells too); a price ``ranged`` (``_ranged_prices``) read as that price and mark."""
    changes: dict[str, Any] = {}
    if ranged is not None and ranged[0] is None:
        changes["price_per_share"] = None
        diagnostics.append(at(row, f"{table}.price_per_share", f"{row.price_per_share} ends in "
                              f"the number of footnote ({ranged[1]}), which no value referred "
                              "to, and lies in that note's range of prices with its last digits "
                              "or without them: a mark glued on cannot be told from a digit, "
                              "so it is unknown"))
    elif ranged is not None:
        price, fid = ranged
        changes["price_per_share"] = price
        changes["footnotes"] = {**row.footnotes, "price_per_share": tuple(dict.fromkeys(
            (*row.footnotes.get("price_per_share", ()), fid)))}
        diagnostics.append(at(row, f"{table}.price_per_share", f"{row.price_per_share} is read "
                              f"as {price} with footnote mark {fid} glued on: the price lies in "
                              f"that note's range of prices"))
    for name in _PRICES + _AMOUNTS:
        if name in changes:
            continue
        value = getattr(row, name, None)
        if not isinstance(value, Decimal):
            continue
        text = format(value, "f")
        ends = sorted(k for k in unreferenced if text == k or text.endswith(k) and (
            glued and name in _PRICES or text in ungrouped
            or k in unclaimed and name in _AMOUNTS and len(text) <= 3))
        if not ends and glued and name == "price_per_share" and (
                text in listed or text in _row_marks(row)):
            # "C  628,5531  A  2" / "J5 19,066,032 D 5 0": a mark's figure (a listed
            # note's, or the row's repeated) in the price's cell cannot be told from a price
            changes[name] = None
            diagnostics.append(at(row, f"{table}.{name}", f"{text} is the number of footnote "
                                  f"({text}) in a text gluing marks on: a cell of that mark "
                                  "cannot be told from a price, so it is unknown"))
            continue
        if ends:
            changes[name] = None
            diagnostics.append(at(row, f"{table}.{name}", f"{text} ends in the number of footnote "
                                  f"({ends[0]}), which no value referred to before the glued "
                                  "marks were read: a mark glued on cannot be told from a digit, "
                                  "so it is unknown"))
    return dataclasses.replace(row, **changes) if changes else row
