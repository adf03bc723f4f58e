"""Where a table's printed column headers end and its rows begin.

Both tables print numbered column headers ("1. Title of Security (Instr. 3)")
and a row of sub-headers ("Code V Amount (A) or (D) Price"); a site's own page of
the form prints the same titles shortly ("Ownership Form (D/I)"). Every word of
them is one of ``HEADER_WORDS`` or a column number; a table's rows begin at
the first word that is neither.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..grammar import load
from ..patterns import HEADER_BRACKET_GLUED_RE
from .atoms import Atom

_WORDS = """
title of security derivative conversion or exercise price transaction date deemed execution
if any code securities acquired (a) disposed (d) amount beneficially owned following reported
transaction(s) ownership form: form direct indirect (i) nature beneficial number exercisable
and expiration underlying shares v instr. (month/day/year) month/day/year) (month/day/year
(instr. 3) 4) 5) 8) 3, 4, 5 8 3 4 (e.g., puts, calls, warrants, options, convertible
securities) (a)or or(d) ownership(
(d/i)
"""


def _wrapped_at_slashes(words: frozenset[str]) -> frozenset[str]:
    """The parts a header word joined by slashes wraps into over lines ("(month/day/year)":
    "(month/", "(month/day/", "day/year)", "year)"), as a narrow column prints them."""
    parts = set()
    for word in words:
        pieces = word.split("/")
        for n in range(1, len(pieces)):
            parts.add("/".join(pieces[:n]) + "/")
            parts.add("/".join(pieces[n:]))
    return frozenset(p for p in parts if p.strip("/()"))


HEADER_WORDS = frozenset(w.strip(",;:") for w in _WORDS.split())

@lru_cache(maxsize=None)
def _exercisable_header() -> re.Pattern[str]:
    """Table II's sixth column's header, ``EXERCISABLE_HEADER`` of the labels' grammar."""
    found = load("form_labels", ("exercisable_header",)).get_terminal("EXERCISABLE_HEADER")
    return re.compile(found.pattern.to_regexp())


def holds_exercisable_header(line: str) -> bool:
    """True for a line holding Table II's sixth column's header: where a converter or
    OCR lost the table's title, the table begins on that line."""
    return _exercisable_header().search(line) is not None


# "1. The options vest ...": a footnote's number opening a line (the scan's cleanup and
# some converters print it without its point: "1 The ..."), and its first word
_NOTE_OPENING = re.compile(r"^\W{0,2}[0-9]{1,2}\.?\s+(\S+)")


def opens_note(line: str) -> bool:
    """True for a line opening as a footnote does: its number and a word no column header
    holds ("1. The options vest ...", "1 The ..."; a header line's number is followed by
    its title's word, "1. Title of ...", or the next number, "2. 3. Transaction"). The
    tables' headers stand before the notes: a note naming a column ("the Date Exercisable
    and ...") opens no table."""
    found = _NOTE_OPENING.match(line)
    return found is not None and not _is_header(found.group(1))


#: the header words with the parts of each joined by slashes, as a narrow column wraps
#: it: a header read in reading order (a stream's, or the page's visual lines) takes
#: them; a page grid keeps a wrapped title's parts in its column, read by position
WRAPPED_WORDS = HEADER_WORDS | _wrapped_at_slashes(HEADER_WORDS)
#: pieces of "(Month/Day/Year)" a narrow header cell wraps (a header of one row holds
#: every column's whole title), taken as header words standing alone at a row's start
#: in a page grid only (``row_grid``), where a row's words stand in columns; a stream
#: takes them (``WRAPPED_WORDS``) only after a column's number, within its header run
#: (``interleaved_headers``): alone, a stream's row might begin with them
WRAPPED_DATE = _wrapped_at_slashes(frozenset({"(Month/Day/Year)"}))
#: the form's printed words, which OCR may read right with little confidence (the
#: tables' rules run through them): such a word read as printed is taken
PRINTED = frozenset("""
Code V Amount (A) (D) or Price Date Exercisable Expiration Title Shares Number of and
(Month/Day/Year) (Instr. 3) 4) 5) 8) 3, 4 If Amendment, Original Filed Person* Person(s)
Form filed by One More than Reporting Person Director Officer Other Owner 10% (give title
below) (specify Check all applicable) Applicable Line) (Last) (First) (Middle) (Street)
(City) (State) (Zip) Transaction Deemed Execution Ownership Direct Indirect (I) Beneficial
Beneficially Owned Following Reported Transaction(s) Nature Security Securities Derivative
Acquired Disposed Of Underlying Conversion Exercise Table I II - Non-Derivative Explanation
Responses: Remarks: Signature **
""".split())
# "1.", "2A.", "10.": the number of a column
_COLUMN_NUMBER = re.compile(r"\d{1,2}a?\.")
# "2.", "2A.", "11.": the number of one of a table's columns (1 to 11)
_TABLE_COLUMN_NUMBER = re.compile(r"(?:[1-9]|1[01])[Aa]?\.")
#: column numbers on a line that make it a table's header line (``numbered``)
HEADER_NUMBERS = 3


# "4)Code": two header words a converter ran together at a line's end; "OwnedFollowing":
# a title's two lines ("Owned" over "Following") run together where a converter joined them;
# "Following(D/I)": two columns' titles run together where it squeezed the header's line
# (``HEADER_BRACKET_GLUED_RE``)
_GLUED = re.compile(r"(?<=\))(?=[A-Za-z(])|(?<=[a-z])(?=[A-Z][a-z])")


def _glued_parts(word: str) -> list[str]:
    """A header word's parts where a converter ran header words together (``_GLUED``)."""
    parts = []
    for part in _GLUED.split(word):
        bracketed = HEADER_BRACKET_GLUED_RE.fullmatch(part)
        parts += [bracketed["word"], bracketed["bracket"]] if bracketed else [part]
    return parts


@lru_cache(maxsize=4096)  # a page's words recur: asked of every word of every table line
def column_number(word: str) -> str | None:
    """The number of a column a word opens with as its header prints it ("1." is "1",
    "2a." is "2A"), or None."""
    found = _COLUMN_NUMBER.match(word.lower())
    return found.group(0)[:-1].upper() if found else None


@lru_cache(maxsize=1 << 14)  # asked of every word of a table's lines, often again
def _is_header(word: str, wrapped: bool = False) -> bool:
    parts = [p.lower().strip(",;:") for p in _glued_parts(word)]
    words = WRAPPED_WORDS if wrapped else HEADER_WORDS
    return all(p in words or _COLUMN_NUMBER.fullmatch(p) for p in parts)


def is_header_word(atom: Atom, wrapped: bool = False) -> bool:
    """True for a word of a table's column headers (``wrapped``: read in reading order,
    a title's parts wrapped at its slashes too, ``WRAPPED_WORDS``)."""
    return atom.kind == "COLUMN_TITLE" or _is_header(atom.text, wrapped)


def is_header_text(text: str, wrapped: bool = False) -> bool:
    """True for a cell of the column headers (or an empty one); ``wrapped``: its words
    wrapped at slashes too ("(D/" over "I)"), as ``WRAPPED_WORDS``."""
    return all(_is_header(w, wrapped) for w in text.split())


#: two words of a table's column headers that no security's title nor nature of ownership
#: holds ("Deemed Execution", "Amount (A) or (D)", "Ownership Form (D/I)"), however the
#: page numbers (or does not number) its columns
_HEADER_PHRASE = re.compile(
    r"\b(?:Deemed\s+Execution|Execution\s+Date|Transaction\s+Date|Code\s+V\b|Amount\s+Owned"
    r"|Owned\s+Following|Ownership\s+Form|Nature\s+of\s+Indirect|Date\s+Exercisable"
    r"|Exercisable\s+Date|Conversion\s+or\s+Exercise|Underlying\s+(?:Title|Shares)\b"
    r"|Title\s+of\s+Security)|\(A\)\s+or\s+\(D\)|\(D/I\)", re.I)


def holds_header_phrase(text: str) -> bool:
    """True where ``text`` (a title's or a nature's value) holds a phrase of the tables'
    column headers (``_HEADER_PHRASE``): a converter read the header into the cell."""
    return _HEADER_PHRASE.search(text) is not None


# "11. Nature", "10. Ownership": one of the tables' column numbers opening its label
_NUMBERED_LABEL = re.compile(rf"(?<!\S){_TABLE_COLUMN_NUMBER.pattern}\s+[A-Z]")
#: "(Instr. 4)": the form's instructions a column's label cites
INSTRUCTIONS = re.compile(r"\(Instr\.\s*[0-9]")


#: a column label's whole citation of the form's instructions (each one figure):
#: "(Instr. 3)", "(Instr. 3 and 4)", "(Instr. 3, 4 and 5)"
CITATION = re.compile(rf"{INSTRUCTIONS.pattern}(?:,\s*[0-9])*(?:\s+and\s+[0-9])?\)")
# the most words a citation runs to ("(Instr." "3," "4" "and" "5)")
_CITATION_WORDS = 5


def cited_instruction_words(words: list[Atom]) -> set[int]:
    """The ids of ``words`` (in reading order) that are the figures of a column label's
    citation of the form's instructions (``CITATION``: "(Instr." "3," "4" "and" "5)"),
    wrapped over lines or not: the form's own header words, never a footnote's bare mark
    ("4" alone on a line of "3, 4 and 5)")."""
    cited: set[int] = set()
    for i, atom in enumerate(words):
        if atom.text != "(Instr.":
            continue
        for end in range(i + 2, min(i + _CITATION_WORDS, len(words)) + 1):
            if CITATION.fullmatch(" ".join(a.text for a in words[i:end])):
                cited.update(id(a) for a in words[i + 1:end])
                break
    return cited


def holds_column_label(text: str) -> bool:
    """True where ``text`` holds words of a table column's label: a column's number
    followed by a capital ("11. Nature"), a phrase of the headers (``_HEADER_PHRASE``:
    "Ownership Form"), or the instructions it cites ("(Instr. 4)"). No person's or
    company's name holds them."""
    return bool(_NUMBERED_LABEL.search(text) or INSTRUCTIONS.search(text)
                or holds_header_phrase(text))


def holds_numbered_header(words: list[str]) -> bool:
    """True where ``words`` hold a numbered column header: a column's number followed by
    a header word ("5. Number", "6. Date Exercisable"), which no name or address holds."""
    return any(_COLUMN_NUMBER.fullmatch(number.lower()) and _is_header(word)
               for number, word in zip(words, words[1:]))


def numbered(atoms: list[Atom]) -> bool:
    """True where a line's ``atoms`` hold three of a table's column numbers ("2.", "2A.",
    "3."): its header line, which no row holds."""
    return sum(1 for a in atoms if _TABLE_COLUMN_NUMBER.fullmatch(a.text)) >= HEADER_NUMBERS


def body_start(atoms: list[Atom], wrapped: bool = False) -> int:
    """Index of the first atom of the table's first row (len(atoms) if none; ``wrapped``:
    as ``is_header_word`` takes it)."""
    for i, atom in enumerate(atoms):
        if not is_header_word(atom, wrapped):
            return i
    return len(atoms)


def header_cells_across(lines: list[list[str]]) -> list[str]:
    """The cells of a table's header whose row a converter wrapped over ``lines`` (each
    line's cells' texts, in order; html2text's 78 columns): a line ending inside a cell
    goes on with that cell on the next line ("Deemed" / "Execution Date| Code| ..."),
    one ending with its cell's pipe, read as an empty last cell, does not."""
    cells: list[str] = []
    open_cell = False
    for texts in lines:
        if open_cell and cells and texts:
            cells[-1] = f"{cells[-1]} {texts[0]}".strip()
            texts = texts[1:]
        open_cell = bool(texts) and bool(texts[-1].strip())
        cells.extend(texts if open_cell else texts[:-1])
    return cells
