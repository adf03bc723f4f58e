"""Lines of a table or of the signatures that a layout passed over without reading.

Layouts are tolerant: a line they do not recognise inside a table (a page
footer, a converter's stray rule) is skipped rather than failing the filing.
The price is that a row damaged beyond recognition (OCR garbage, a mangled
line) would vanish silently, and the record would look complete without it.

This check closes that gap for every layout at once. Each line of Table I,
Table II and the remarks/signature section must be explained: every word on it
is a word of the form's own printed text (column titles, instructions, markup
the converters write) or a word of something read from that section (a cell,
the remarks, a signature). A line with other words held something that was not
read: it gets a warning diagnostic saying a row may be missing there.

The lines checked are those the reader read: a text's own lines, or, for an HTML
page, the page's rows (its cells' text, no markup), a warning then pointing at the
line and column in the .html file of the cell holding the unexplained word.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache

from .form.atoms import CONTEXTS
from .grammar import load
from .model import Diagnostic
from .page import Page
from .recovery import part_spans
from .sections import Cell, Sections
from .shapes.markdown import unescaped

# The form's printed words around the tables and signatures, and the words of
# the markup that converters leave (HTML tags and attributes, markdown); and a site's
# own page's words under an empty table ("None reported") and its remarks' "None".
_FORM_TEXT = """
Table I Non-Derivative Securities Acquired Disposed of or Beneficially Owned
Table II Derivative Securities Acquired Disposed of or Beneficially Owned
e.g. puts calls warrants options convertible securities
Title of Security Instr 3 Transaction Date Month Day Year Deemed Execution Date if any
Transaction Code Instr 8 Securities Acquired A or Disposed Of D Instr 3 4 and 5
Amount of Securities Beneficially Owned Following Reported Transaction s Instr 3 and 4
Ownership Form Direct D or Indirect I Instr 4 Nature of Indirect Beneficial Ownership
Code V Amount A or D Price
Title of Derivative Security Conversion or Exercise Price of Derivative Security
Number of Derivative Securities Acquired A or Disposed of D Date Exercisable and
Expiration Date Title and Amount of Securities Underlying Derivative Security
Price of Derivative Security Number of derivative Securities Beneficially Owned Following
Reported Transaction s Ownership Form Direct D or Indirect I Nature of Indirect Beneficial
Ownership Date Exercisable Expiration Date Title Amount or Number of Shares
Remarks Signature of Reporting Person Date Signatures Persons who respond to the
collection of information contained in this form are not required to respond unless the
form displays a currently valid OMB Number Reminder Report on a separate line for each class
of securities beneficially owned directly or indirectly If the form is filed by more than
one reporting person see Instruction 4 b v Intentional misstatements or omissions of facts
constitute Federal Criminal Violations See 18 U S C 1001 and 15 U S C 78ff a
Note File three copies of this Form one of which must be manually signed If space is
insufficient see Instruction 6 for procedure Page SEC 1474 Form 4 continued
br sup sub u b i em strong span div p td tr th thead tbody table colspan rowspan class style
align left right center cb nbsp amp lt gt quot input type checkbox checked disabled value
1 2 2A 3 3A 4 5 6 7 8 9 10 11
None reported
"""
# pymupdf4llm names the columns it could not title "Col4", "Col6", ...
_PLACEHOLDER = re.compile(r"col\d+")

# markup: an HTML tag (over several lines where a converter wrapped its attributes),
# the attributes of a markdown span ("[Common Stock]{.FormData}")
_MARKUP = re.compile(r"</?[A-Za-z][^<>]*>|(?<=\])\{[.#][^{}\n]*\}")
_WORD = re.compile(r"[^\W_]+")
# a word of three letters or more with one or two figures glued on: a bare superscript
# mark whose raise a converter lost ("stock1"), which the reader reads as the word's mark
_GLUED_MARK = re.compile(r"([a-z]{3,})[0-9]{1,2}")
# OCR and converters read these letters for digits inside numbers
_DIGIT_LOOKALIKES = str.maketrans("olisbz", "011582")


def _word_key(word: str) -> str:
    """A word (lower case) as compared: in a word holding a digit, letters that
    look like digits read as digits (the cell may hold the corrected number)."""
    return word if word.isalpha() or not any(map(str.isdigit, word)) \
        else word.translate(_DIGIT_LOOKALIKES)


@lru_cache(maxsize=4096)  # a cell's text is asked of again for each part that reads it
def _words(text: str) -> tuple[str, ...]:
    if not text.isascii():  # a footnote mark in superscript digits ("⁽¹⁾") is its number
        text = unicodedata.normalize("NFKC", text)
    words = _WORD.findall(text.lower())
    if "".join(words).isalpha():  # most lines: letters only, no placeholder nor number
        return tuple(words)
    # a number's digits are its key; only a word mixing digits and letters needs one made
    return tuple([w if w.isalpha() or w.isdigit() else _word_key(w) for w in words
                  if not (w.startswith("col") and _PLACEHOLDER.fullmatch(w))])


_FORM_WORDS = frozenset(_words(_FORM_TEXT))


@lru_cache(maxsize=1)
def _owner_label() -> re.Pattern[str]:
    """A line starting with box 1's label (the form's labels grammar's ``BOX1``): where
    a joint filing's other owners follow the tables (the sec.gov page prints them
    there), and a table's lines end."""
    box1 = next(t for t in load("form_labels", CONTEXTS).terminals if t.name == "BOX1")
    return re.compile(rf"^\W*(?:{box1.pattern.to_regexp()})")


def _table_end(lines: list[str], first: int, last: int) -> int:
    """The last line of the table whose span is first..last: the line before box 1's
    label (wrapped over three lines at most, in a drawn box's "|" borders or not), if
    an owner's box follows it."""
    label = _owner_label()
    return next((number - 1 for number in range(first + 1, last + 1)
                 if "name" in lines[number].lower()
                 and label.match("\n".join(lines[number:number + 3]).replace("|", " "))), last)


def _cells_words(cells: Iterable[Cell | None]) -> set[str]:
    return {w for cell in cells if cell for w in _words(cell.text)}


def _known(sections: Sections, part: str) -> set[str]:
    """The words read from the section ``part`` (a PARTS name)."""
    accounted = {w for text in sections.accounted for w in _words(text)}
    if part == "table_i":
        return _cells_words(c for row in sections.table_i for c in row.values()) | accounted
    if part == "table_ii":
        return _cells_words(c for row in sections.table_ii for c in row.values()) | accounted
    return _cells_words([sections.remarks, *(c for s in sections.signatures
                                             for c in (s.name, s.date))])


def _known_blob(sections: Sections, part: str) -> tuple[set[str], str]:
    """The words read from the section ``part`` and, one per line with the form's own
    words, the blob ``_explained`` looks a broken word up in."""
    known = _known(sections, part)
    return known, "\n".join((*known, *_FORM_WORDS))


def _explained(word: str, blob: str) -> bool:
    """A word in neither the form's words nor those read explained all the same: a
    letter or two carry no value; a word broken at a line end ("Com-" / "mon") is part
    of a word that was read or printed on the form (``blob``: those words, one per line);
    a numeral whose I OCR read as "1" ("x1") is the word read from it ("XI")."""
    return (len(word) <= 2 and word.isalpha()) or (len(word) >= 3 and word in blob) \
        or ("1" in word and f"\n{word.replace('1', 'i')}\n" in f"\n{blob}\n")


def _strange(line: str, known: set[str], blob: str) -> list[str]:
    """The words of ``line`` that nothing explains. A few misread words among many
    of the form's own (a column title read badly) are header noise, not a lost row."""
    words = _words(line)
    # the two sets first: they explain most words, without a call each
    unknown = [w for w in words if w not in _FORM_WORDS]
    strange = [w for w in unknown if w not in known and not _explained(w, blob)]
    if strange:  # a word read with its mark glued on ("Stock1": "Stock" and mark 1)
        strange = [w for w in strange if w not in _glued_read(line, known)]
    if not strange:  # most lines: every word explained
        return []
    if 3 * len(strange) <= len(words) - len(unknown):  # the form's words on the line
        return []
    return strange


def _glued_read(line: str, known: set[str]) -> set[str]:
    """The keys of ``line``'s words that are a word read (``known``) or the form's with a
    bare mark glued on ("stock1", ``_GLUED_MARK``): the reader reads the word and its mark."""
    return {_word_key(w) for w in _WORD.findall(line.lower())
            if (glued := _GLUED_MARK.fullmatch(w))
            and (glued[1] in known or glued[1] in _FORM_WORDS)}


_CHECKED = {"table_i": ("non_derivative_transactions",),
            "table_ii": ("derivative_transactions",),
            "remarks": ("signatures",), "signatures": ("signatures",)}
_TITLES = {"table_i": "Table I", "table_ii": "Table II", "remarks": "the signatures",
           "signatures": "the signatures"}


def unread_lines(text: str, sections: Sections) -> Iterator[Diagnostic]:
    """A warning for each run of lines of a table or signature section holding
    words that nothing read from that section explains (a lost row often leaves
    several lines: its wrapped cells)."""
    lines = _without_markup(text).split("\n")
    moved = {line - 1 for line in sections.table_i_lines}
    for part, field, run, _ in _unread_runs(lines, sections, moved):
        line = lines[run[0]]
        yield _unread(part, field, line, run, run[0] + 1, len(line) - len(line.lstrip()) + 1)


def _blanked(markup: re.Match[str]) -> str:
    """Spaces for the characters of ``markup``, its line breaks kept."""
    found = markup.group()
    return " " * len(found) if "\n" not in found else re.sub(r"[^\n]", " ", found)


def _without_markup(text: str) -> str:
    """``text`` with its markup blanked (spaces, line breaks kept: lines and columns
    hold) and markdown's escapes undone: markup holds no value to read."""
    if "<" in text or "]{" in text:
        text = _MARKUP.sub(_blanked, text)
    return unescaped(text) if "\\" in text else text


def unread_page_lines(page: Page, sections: Sections) -> Iterator[Diagnostic]:
    """``unread_lines`` for a page read from markup (an HTML page): its lines are the
    page's rows as the reader saw them (cells' text, no markup), and a warning points
    at the source's line and column of the cell holding the first word nothing read."""
    lines = [line.text.replace("\n", " ") for line in page.lines]
    moved = {k for k, line in enumerate(page.lines)
             if any(p.line in sections.table_i_lines for p in line.pieces)}
    for part, field, run, strange in _unread_runs(lines, sections, moved):
        pieces = [p for p in page.lines[run[0]].pieces if p.text.strip()]
        piece = next((p for p in pieces if strange.intersection(_words(p.text))), pieces[0])
        if piece.line:
            yield _unread(part, field, lines[run[0]], run, piece.line, piece.column)
        else:  # the page kept no place in the source: the row's, counted on the page
            yield _unread(part, field, lines[run[0]], run, None, None, f" (row {run[0] + 1})")


def _unread_runs(lines: list[str], sections: Sections, moved: set[int]
                 ) -> Iterator[tuple[str, str, list[int], set[str]]]:
    """(part, field, indexes of a run of unexplained lines, the words of the run's first
    line that nothing explains) for each run in a table or signature section. The lines
    ``moved`` (indexes) stand in Table II's part but were read as Table I's
    (``Sections.table_i_lines``): Table I's words explain them. Where Table I could not
    be read, they may have been Table II's own (its cells taken as Table I's last
    columns): Table II's words must explain them, as any line of its part."""
    table_i: tuple[set[str], str] | None = None
    for part, first, last in part_spans(lines):
        fields = _CHECKED.get(part.name)
        if fields is None or sections.damaged.intersection(fields):
            continue
        if part.name in ("table_i", "table_ii"):
            last = _table_end(lines, first, last)
        known, blob = _known_blob(sections, part.name)
        run: list[int] = []
        first_strange: set[str] = set()
        for number in range(first + 1, last + 1):  # the heading line itself is the form's
            if number in moved and part.name == "table_ii" and \
                    "non_derivative_transactions" not in sections.damaged:
                table_i = table_i or _known_blob(sections, "table_i")
                strange = _strange(lines[number], *table_i)
            else:
                strange = _strange(lines[number], known, blob)
            if strange:
                first_strange = first_strange if run else set(strange)
                run.append(number)
            elif run and lines[number].strip():
                yield part.name, fields[0], run, first_strange
                run = []
        if run:
            yield part.name, fields[0], run, first_strange


def _unread(part: str, field: str, line: str, run: list[int], at_line: int | None,
            at_column: int | None, where: str = "") -> Diagnostic:
    more = f" (and {len(run) - 1} more line{'s' * (len(run) > 2)})" if len(run) > 1 else ""
    return Diagnostic(at_line, at_column, field,
                      f"a line of {_TITLES[part]} was not read (a row may be missing){where}: "
                      f"{line.strip()[:80]!r}{more}")
