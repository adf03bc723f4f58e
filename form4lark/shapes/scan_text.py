"""A scanned page's text with OCR's certain misreadings put right, line by line.

The form reader finds the page's parts by the form's labels
(``grammars/form_labels.lark``); OCR misreads a few of them the same way on
every page, and each such reading is put back here, where nothing else can be
meant (``LABEL_FIXES``, each with what OCR printed):

- "Table |", "Table l", "Table 1" before "- Non-Derivative": Table I (the Roman
  numeral read as a rule or a small L); "Table Il", "Table ll", "Table |I"
  before "- Derivative": Table II;
- "Reporting Person”", "Person’": box 1's label ends with an asterisk;
- "(MonthiDay/Year)", "(MonthiDaylYear)", "(Month/DayrYear)": a slash misread;
- "4. lf Amendment": "If"; "5, Relationship": a number's point read as a comma;
- "Join(Group", "Join/Group", "JoinGroup": "Joint/Group";
- "(Check alll applicable)": "all";
- "... Trading Symbol (ohack al opal of ie Person(s) to Issuer": box 5's label garbled
  after box 2's on their line, its end kept: the only label there that ends with
  "Person(s) to Issuer" is box 5's, so what stands before that end is its opening;
- "(State) ip)", "(State) (ip)", "(State) Zip)": "(State) (Zip)";
- "** Signature of", "* Signature of" ending its line: the signatures' label, its
  end cut off; "Table I - Non-Derivative Securi" ending its line: the title, cut
  short.

Prose keeps its words; only its typographic quotes, Roman numerals read with
"l" or "|" ("Mithril Il LP") and underscores are put right (``clean_prose``).
The page is cut into its parts (``parts``): the header's lines lose OCR's
specks (``scan_header.py``); in the tables, the column headers (printed again
after each page break, misread: "Code |v |Amount") are left out, each line's
words are read as the values they can only be (``scan_rows.py``), then each
table's lines together (``scan_table.py``) and a price's lost mark where one
footnote's range names it (``scan_ranges.py``); the notes' footnotes and
signatures are put in order (``scan_notes.py``). Lines keep their numbers: a
line left out stays as an empty line (a signature's lines, run into one, leave
theirs empty).
"""

from __future__ import annotations

import re

from ..form.table_header import HEADER_WORDS, holds_exercisable_header, opens_note
from ..patterns import DATE_SHAPE
from .scan_fixes import clean_prose
from .scan_boxes import glyph_boxes, listed_glyph_boxes
from .scan_header import header_line, issuer_under_its_label, without_unseen_mark
from .scan_notes import (footnote_count, halved_notes, numbered_notes, one_note, ordered_notes,
                         plain_notes, signature_lines)
from .scan_rows import table_words
from .scan_words import doubtful_marks, names_another_note, only_note_marks
from .scan_table import (bracket_line, cell_ending_marks, closing_marks, dropped_capitals,
                         dropped_nature_capitals,
                         open_brackets, par_value_titles, wrapped_titles)

#: OCR's readings of the form's labels, and the label each can only be
LABEL_FIXES = (
    (re.compile(r"^(\W{0,3})Table\s+[|l1!I]\s*[-\u2013\u2014~]\s*(?=Non-Derivative)", re.M),
     r"\1Table I - "),
    (re.compile(r"^(\W{0,3})Table\s+(?:[Il|1!]{2}|I\s?\|)\s*[-\u2013\u2014~]\s*(?=Derivative)", re.M),
     r"\1Table II - "),
    (re.compile(r"(Name\s+and\s+Address\s+of\s+Reporting\s+Person)[\"'*]"), r"\1*"),
    (re.compile(r"\(Month[^\s/)]?/?Day[^\s/)]?/?Year\)"), "(Month/Day/Year)"),
    (re.compile(r"\b4\.\s*lf\s+Amendment"), "4. If Amendment"),
    (re.compile(r"(?<![\w.])([1-6]),\s+(?=Name and Address|Issuer Name|Date of Earliest|"
                r"If Amendment|Relationship of|Individual or)"), r"\1. "),
    (re.compile(r"Individual\s+or\s+Join[t(/]?/?Group"), "Individual or Joint/Group"),
    (re.compile(r"\(Check\s+al+\s+applicable\)"), "(Check all applicable)"),
    (re.compile(r"(Ticker\s+or\s+Trading\s+Symbol\s+)(?:(?!Relationship|\bSymbol\b)[^\n])+?"
                r"(?=Person\(s\)\s+to\s+Issuer)"), r"\g<1>5. Relationship of Reporting "),
    (re.compile(r"\(State\)\s+\(?Z?ip\)"), "(State) (Zip)"),
    (re.compile(r"^\W{0,3}\*{1,2}\s*Signature\s+of\s*$", re.M), "** Signature of Reporting Person Date"),
)
# where the page's parts begin: a table's title, the notes after the tables
_TABLE_TITLE = re.compile(r"^\W{0,3}Table\s+II?\s+-\s+(Non-)?Derivative")
_NOTES = re.compile(r"^\W{0,3}(Explanation\s+of\s+Responses|Remarks\s*:|\*\*\s*Signature\s+of)",
                    re.I)
# "Reporting Owners", "1. Name and Address of Reporting Person*": a joint filing's
# owners listed after the tables
_OWNERS = re.compile(r"^\W{0,3}(Reporting\s+Owners\s*$|1\.\s*Name\s+and\s+Address\s+of\s+Reporting)")
# a word made only of specks, rules and glyphs: "|", ".", ";", "—", "_", "=", "°"
_SPECK = re.compile(r"[|_\u2014\u2013=~«»•.,;:'\"`‘’“”°©®@%¢™!?]+|-")
# a date or an amount: a line holding one may be a row's
_VALUE = re.compile(rf"\b{DATE_SHAPE}\b|[0-9],[0-9]{{3}}\b|\$ ?[0-9]")
#: share of a line's words that are the column headers' for the line to be theirs
HEADER_SHARE = 0.5
# OCR's readings of the column headers' words: "(instr.", "Vv", "(0)", "4and", "(|)"
_HEADER_READINGS = {"vv": "v", "(0)": "(d)", "(|)": "(i)", "()": "(i)", "(1)": "(i)",
                    "4and": "4", "(a)or": "(a)", "|v": "v"}
#: the tables' titles as the form prints them
TITLES = {"Non-": "Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned",
          "": "Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned"}
# a table's title that OCR cut short ("Table I - Non-Derivative Securi")
_CUT_TITLE = re.compile(r"^\W{0,3}Table\s+(I|II)\s+-\s+(?P<non>Non-)?Deriv[A-Za-z,\s]*$")


def fix_labels(line: str) -> str:
    """A line with OCR's misreadings of the form's labels put right (``LABEL_FIXES``),
    a table's title cut short completed."""
    for pattern, replacement in LABEL_FIXES:
        line = pattern.sub(replacement, line)
    cut = _CUT_TITLE.match(line)
    if cut is not None and "Owned" not in line:
        return TITLES[cut.group("non") or ""]
    return line


def _words(line: str) -> list[str]:
    return [w for w in (w.strip("|") for w in line.split()) if w]


def is_column_header(line: str) -> bool:
    """True for a line of a table's column headers as OCR read them: half its words or
    more are the headers' words or column numbers, one of them a header's word (or
    two numbers with their points)."""
    words = [w.lower().strip(",;:") for w in _words(line)]
    words = [_HEADER_READINGS.get(w, w) for w in words if w and not _SPECK.fullmatch(w)]
    if not words or _VALUE.search(line):
        return False
    named = sum(1 for w in words if w in HEADER_WORDS and not w.isdigit())
    numbers = [w for w in words if re.fullmatch(r"\d{1,2}[aA]?\.?", w)
               or w in HEADER_WORDS and w.isdigit()]
    if not named and sum(1 for w in numbers if w.endswith(".")) < 2:
        return False  # a digit alone is no column's number ("5 See": a speck and a word)
    return named + len(numbers) >= HEADER_SHARE * len(words)


def parts(lines: list[str]) -> list[str]:
    """The part of the page each line stands in: "header", "title" (the line a table
    opens on, ``_opens_table``), "table" (a table's body), "headers" (a table's column
    headers), "owners" (owners listed after the tables) or "notes"."""
    out = []
    part = "header"
    titles: list[str] = []  # the tables opened so far: "I", "II"
    noted = False  # a note was read: no table's header follows
    for at, line in enumerate(lines):
        noted = noted or (bool(titles) and opens_note(line))
        opened = _opens_table(line, part, titles, noted)
        if opened is not None:
            titles.append(opened)
            part = "headers"
            out.append("title")
            continue
        if _NOTES.match(line):
            part = "notes"
        elif _OWNERS.match(line) and part in ("table", "headers"):
            part = "owners"
        if part == "headers" and line.strip() and not is_column_header(line) and not (
                _garbled_header(line, lines[at + 1:])):
            part = "table"
        out.append(part)
    return out


def _opens_table(line: str, part: str, titles: list[str], noted: bool) -> str | None:
    """The table ("I", "II") a line opens: a table's title; or, in Table I before any
    title of Table II and before any note (``noted``: a note may name the column), the
    line holding Table II's sixth column's header (``holds_exercisable_header``), where
    OCR lost Table II's title: its column headers and rows are then never read as Table
    I's. None for any other line."""
    title = _TABLE_TITLE.match(line)
    if title is not None:
        return "I" if title.group(1) else "II"
    if titles and "II" not in titles and part in ("table", "headers") and not noted \
            and holds_exercisable_header(line):
        return "II"
    return None


def _garbled_header(line: str, after: list[str]) -> bool:
    """True for a line among a table's column headers that OCR garbled beyond reading
    as theirs ("Tr ion(s)" for "Transaction(s)"): it holds no value and the next line
    that holds words is a column header's (the headers go on past it; a row's words
    never stand between two header lines)."""
    if _VALUE.search(line):
        return False
    following = next((l for l in after if l.strip()), None)
    return following is not None and is_column_header(following)


def clean_scan(text: str) -> str:
    """The text with OCR's certain misreadings put right."""
    text = clean_prose(text.replace("\r\n", "\n").replace("\r", "\n"))
    notes = footnote_count(text)
    lines = [fix_labels(line) for line in text.split("\n")]
    where = parts(lines)
    # one footnote, and no line of the tables, as OCR read them, names another
    only = one_note(lines) and not any(
        names_another_note(line) for line, part in zip(lines, where) if part == "table")
    lines = dropped_nature_capitals(lines, [w == "table" for w in where])
    read = [l for l, w in zip(lines, where) if w == "header"]
    glyphs = glyph_boxes(read)
    header = issuer_under_its_label(without_unseen_mark(glyphs))
    owners = [l for l, w in zip(lines, where) if w == "owners"]
    if glyphs != read:  # the page prints its empty boxes as glyphs: the owners' too
        owners = listed_glyph_boxes(owners)
    out: list[str] = []
    tables: list[dict[int, list[str]]] = []  # each table's lines, by index: their words
    counted: list[list[tuple[bool, int]]] = []  # each table's lines told for their brackets
    doubtful: dict[int, set[str]] = {}  # where ``only``: each table line's doubtful_marks
    for line, part in zip(lines, where):
        if part == "header":
            line = header_line(header.pop(0))
        elif part == "owners":
            line = header_line(owners.pop(0))
        elif part == "headers":
            line = ""
        elif part == "title":
            tables.append({})
            counted.append([])
        elif part == "table" and tables:
            said = _words(line)
            words = tables[-1][len(out)] = table_words(said, notes, open_brackets(counted[-1]))
            if only:
                doubtful[len(out)] = doubtful_marks(said, notes)
            counted[-1].append(bracket_line(words))
        out.append(line)
    noted = plain_notes(ordered_notes(numbered_notes(out)))
    for body in tables:
        table_lines = cell_ending_marks(closing_marks(wrapped_titles(par_value_titles(
            dropped_capitals(list(body.values()))))))
        for at, words in zip(body, table_lines):
            noted[at] = " ".join(only_note_marks(words, doubtful[at]) if only else words)
    return "\n".join(signature_lines(halved_notes(noted)))
