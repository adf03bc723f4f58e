"""What follows the tables: footnotes, remarks and signatures.

Footnotes are numbered paragraphs ("1. ...", "(1) ..."); a number opens a new
footnote only at the start of a piece and only as the next number, so that a
wrapped line beginning "16. ..." stays inside its footnote. Inside a piece (notes
a converter ran into one paragraph) the next number opens a note only after a
sentence's end, before a capital, and where the tables cite it. Each signature ends
with its date; its name is the text before the date back to the previous
signature, to a line beginning "/s/", or, failing both, the date's own line.
What comes before the first signature's name is the remarks.
"""

from __future__ import annotations

import re

from ..patterns import DATE_LABEL, DATE_SHAPE, FOOTNOTE_MARK, MARKS_AT_END_RE, MARKS_RE
from ..sections import Cell, SignatureCells
from .atoms import Atom, blocks_apart
from .header import cell_of
from .note_form_words import without_form_words
from .table_header import CITATION

# "1.", "(1)", "1)", "[1]", "F1": a footnote's number opening its text
_NUMBER = re.compile(r"\(?\[?F?(\d{1,2})[.)\]]?")
#: the most characters ``_NUMBER`` matches ("([F12]"): a longer word is no note's number
_NUMBER_WIDTH = 6
_DATE = re.compile(r"(0?[1-9]|1[0-2])/(0?[1-9]|[12][0-9]|3[01])/(19|20)\d\d")
# a date's shape whatever its month and day ("98/14/2019": a digit OCR misread)
_DATE_SHAPE = re.compile(r"\d\d/\d\d/(19|20)\d\d")
# "/s/", "/S/", "s/", "By:": a signature's opening
_SIGNED = re.compile(r"/?[sS]/|By\b", re.I)
#: how many lines above its date a signature's opening is looked for
SIGNATURE_LINES = 6
#: the kinds of the page's closing notes ("* If the form is filed by more than one ...")
_CLOSING = ("CLOSING", "CLOSING_REST")


def is_date(text: str) -> bool:
    """True where ``text`` is a date as a signature's is printed ("05/21/2013")."""
    return bool(_DATE.fullmatch(text))


def is_note_number(text: str) -> bool:
    """True where ``text`` is a footnote's number opening its text ("1.", "(1)", "[F1]")."""
    return bool(_NUMBER.fullmatch(text))


def opens_signed(word: str) -> bool:
    """True where ``word`` opens a signature: "/s/", "/s/Jane", "By", "By:"."""
    return bool(_SIGNED.match(word))


def _opens_piece(atoms: list[Atom], i: int) -> bool:
    return i == 0 or atoms[i].offset == 0 or atoms[i - 1].row != atoms[i].row


def listed_numbers(atoms: list[Atom]) -> set[str]:
    """The numbers of the notes the Explanation of Responses (``atoms``) lists
    (``footnotes``)."""
    return {number for number, _ in footnotes(atoms)}


def footnotes(atoms: list[Atom],
              cited: frozenset[str] = frozenset()) -> list[tuple[str, Cell | None]]:
    """The numbered footnotes of the Explanation of Responses. ``cited``: the note
    numbers the tables' marks cite; a note run into the paragraph of the one before it
    ("... inclusive. 10. The price ...") opens only where the tables cite its number.
    A note whose text runs into the form's printed words where they cannot be cut off
    (``without_form_words``) is listed with its text None: its number is printed."""
    notes: list[tuple[str, list[Atom]]] = []
    expected = "1"  # the number of the next note
    skipped: set[str] = set()  # notes holding a later note's number: notes were lost
    form = None  # how the first note's number is printed
    header_end = 0  # the end of a table's column header printed among the notes
    done = 0  # the atoms before it are read
    for i, match in [*_turns(atoms), (len(atoms), None)]:
        if notes and max(done, header_end) < i:  # most words: the note being read's
            notes[-1][1].extend(atoms[max(done, header_end):i])
        done = i + 1
        if i == len(atoms) or i < header_end:
            continue
        atom = atoms[i]
        if match is None:  # the page's closing notes (``_turns``)
            if notes:
                break  # what follows them (a signature, "Note: File three copies ...")
                # is no note's
            continue
        if _opens_piece(atoms, i):
            header_end = _column_header_end(atoms, i)
            if header_end:
                continue
        if match.group(1) == expected and atom.text != expected and (
                _opens_piece(atoms, i) or expected in cited and _run_on_opening(atoms, i, form)):
            form = form or _form(atom.text)
            notes.append((expected, []))
            expected = str(int(expected) + 1)
        elif notes and _opens_again(atoms, i, match, notes[-1][0], form):
            form = _form(atom.text)
            notes[-1] = (notes[-1][0], [])
        elif notes:
            notes[-1][1].append(atom)
            printed = int(match.group(1))
            if (printed > int(expected) and atom.text.endswith(".") and i > 0
                    and atoms[i - 1].line < atom.line - 1
                    or printed >= int(expected) and _run_on_opening(atoms, i, form)):
                skipped.add(notes[-1][0])  # a paragraph of its own: "3. ..." after "1. ...";
                # or a note run on that the tables do not cite, or after one lost ("... 12.
                # The ..." after "10. ..."): where this note ends is not known
    out: list[tuple[str, Cell | None]] = []
    for number, body in notes:
        cell = cell_of(body)
        if (cell is not None and not _holds_table_values(body) and not _signed_in(body)
                and number not in skipped):
            out.append((number, without_form_words(body)))
    return out


def _turns(atoms: list[Atom]) -> list[tuple[int, re.Match[str] | None]]:
    """The indexes of the atoms where ``footnotes`` may open a note or stop, each with
    its match as a note's number: the page's closing notes (None), and the words that
    read as a note's number (most words are longer than a number: no expression is
    tried on them). The words between them go to the note being read."""
    turns: list[tuple[int, re.Match[str] | None]] = []
    for i, atom in enumerate(atoms):
        if atom.kind in _CLOSING:
            turns.append((i, None))
        elif atom.kind == "TEXT" and len(atom.text) <= _NUMBER_WIDTH:
            match = _NUMBER.fullmatch(atom.text)
            if match is not None:
                turns.append((i, match))
    return turns


# a table's column header: "8. Price of Derivative Security (Instr. 5)", "5. Number of ...
# Disposed of (D) (Instr. 3, 4 and 5)"; a note's words never end so
_COLUMN_HEADER = re.compile(rf"[0-9]{{1,2}}\.\s.{{1,160}}{CITATION.pattern}", re.S)
#: the most words a column's header prints
_HEADER_WORDS = 24


def _column_header_end(atoms: list[Atom], i: int) -> int:
    """The end of the paragraph opened at ``i`` where it is a table's column header that
    a converter printed among the notes (pdfminer prints Table II's last headers after
    the first note: "1. This transaction ...", "8. Price of Derivative Security (Instr.
    5)", "2. ..."): a numbered paragraph of a few words, lines right below each other,
    that ends with the column's "(Instr. 5)". 0 where it is no such header."""
    end = i + 1
    while (end < len(atoms) and end - i <= _HEADER_WORDS and atoms[end].kind == "TEXT"
           and atoms[end].line - atoms[end - 1].line <= 1):
        end += 1
    if end < len(atoms) and atoms[end].line - atoms[end - 1].line <= 1:
        return 0  # the paragraph runs on: a note's
    words = " ".join(a.text for a in atoms[i:end])
    return end if _COLUMN_HEADER.fullmatch(words) else 0


def _opens_again(atoms: list[Atom], i: int, match: re.Match[str], number: str,
                 form: str | None) -> bool:
    """True where the word at ``i`` opens a line with the number of the note being read,
    printed another way ("1." inside the note "(1)" opened): that note's "(1)" was a
    table's footnote mark a converter printed after the Explanation of Responses label,
    and its words up to here the table's cells; the note opens here. (``footnotes`` asks
    only of a word that is a note's number: ``match``, its number read.)"""
    return bool(match.group(1) == number and form is not None
                and _form(atoms[i].text) != form and atoms[i].text != number
                and (i == 0 or atoms[i - 1].row != atoms[i].row))


# a sentence's end: "inclusive.", "(the \"Plan\").", "Inc.\u201d"
_SENTENCE_END = re.compile(r"[.!?][)\"'\u201d\u2019]?$")


def _form(number: str) -> str:
    """How a note's number is printed: "10." -> "#.", "(10)" -> "(#)"."""
    return re.sub(r"[0-9]+", "#", number)


def _run_on_opening(atoms: list[Atom], i: int, form: str | None) -> bool:
    """True where the number at ``i`` opens a note run into the paragraph of the one
    before it: printed in the first note's ``form``, after a sentence's end and before a
    capital ("... inclusive. 10. The price ..."). "10.5 shares", "Rule 10b5-1." or
    "see note 3. The" hold no such opening."""
    if form is None or _form(atoms[i].text) != form or not 0 < i < len(atoms) - 1:
        return False
    before, after = atoms[i - 1], atoms[i + 1]
    return (before.kind == after.kind == "TEXT" and bool(_SENTENCE_END.search(before.text))
            and after.text.lstrip("\"(\u201c")[:1].isupper())


def opens_next_note(text: str, notes: list[tuple[str, Cell | None]]) -> bool:
    """True where ``text`` opens the way the note after the last of ``notes`` would."""
    word = text.split(" ", 1)[0]
    opening = _NUMBER.fullmatch(word)
    return bool(notes and opening and word[-1:] in ".)]"
                and opening.group(1) == str(int(notes[-1][0]) + 1))


def moved_note(remarks: list[Atom], notes: list[tuple[str, Cell | None]],
               cited: frozenset[str]) -> bool:
    """True where the remarks' words are one line that opens as the note after the last
    of ``notes`` would, a number the tables cite ("4. Total includes 113 shares ..." after
    notes 1 to 3): the converter put the remarks' label above the notes' last one, and
    the line is that note (on one line, it holds no remarks after it)."""
    if not remarks or len({a.row for a in remarks}) != 1:
        return False
    number = _NUMBER.fullmatch(remarks[0].text)
    return (number is not None and number.group(1) in cited
            and opens_next_note(" ".join(a.text for a in remarks), notes))


# "14,657(2)", "$69.35(3)": a number with a footnote mark glued on, as the tables print
# their values; a footnote's prose writes "Rule 10b5-1(c)", "Section 16(a)"
_MARKED_VALUE = re.compile(r"\$?[0-9][0-9,.]*" + FOOTNOTE_MARK)


# a table's cells read one after another: two values ("704849 $0", "12/18/2012 12/18/2012",
# "(1) (1)", "(2) (5)") or two of the tables' letters ("I I", "C D"), or a letter beside a
# date, side by side; a note's prose sets words between such values ("on March 1, 2021
# and", "clauses (1) and (2)")
_CELL_VALUE = r"(?:\$?[0-9]{1,3}(?:,[0-9]{3})*(?:\.[0-9]+)?|\$?[0-9]+(?:\.[0-9]+)?|" + FOOTNOTE_MARK + ")"
_CELL_LETTER = r"[ACDIMSFP]"
_CELLS_SIDE_BY_SIDE = re.compile(
    rf"(?<!\S)(?:(?:{_CELL_VALUE}|{DATE_SHAPE}) (?:{_CELL_VALUE}|{DATE_SHAPE})"
    rf"|{_CELL_LETTER} (?:{_CELL_LETTER}|{DATE_SHAPE})|{DATE_SHAPE} {_CELL_LETTER})(?!\S)")


def _holds_table_values(body: list[Atom]) -> bool:
    """True where a footnote's words hold a table's values (a converter printed the
    table's cells after the Explanation of Responses, or among the notes): a value with
    a mark glued on, or two cells' values side by side (``_CELLS_SIDE_BY_SIDE``): where
    the note ends is lost."""
    return (any(_MARKED_VALUE.fullmatch(a.text) for a in body if a.text.endswith(")"))
            or _CELLS_SIDE_BY_SIDE.search(" ".join(a.text for a in body)) is not None
            or _ends_in_marked_block(body))


def _ends_in_marked_block(body: list[Atom]) -> bool:
    """True where a footnote's words end in a paragraph of their own (after a sentence's
    end and an empty line or a page break) that closes on no sentence's end, a footnote
    mark after its last word or not ("... Rule 16a-9." then "By SVF II" "Beaver" "(DE) LLC"
    "[3]", "(DE) LLC(3)", "(DE) LLC"): a table's cell, printed among the notes; a note's
    paragraph ends a sentence."""
    last = len(body) - 1
    if last >= 0 and MARKS_RE.fullmatch(body[last].text):
        last -= 1  # the cell's mark on a word of its own
    if last < 1 or _SENTENCE_END.search(MARKS_AT_END_RE.sub("", body[last].text)):
        return False
    gap = next((i for i in range(last, 0, -1) if body[i].line > body[i - 1].line + 1), None)
    return gap is not None and bool(_SENTENCE_END.search(body[gap - 1].text))


def _signed_in(body: list[Atom]) -> bool:
    """True where the words hold a signature's mark ("/s/"). In a footnote: a converter
    ran the signature into the last note (its date glued to a word, "attorney05/18/2021",
    it reads as no signature), and where the note ends is lost."""
    return "/s/" in "\0".join([a.text for a in body]).lower()  # one string: no "/s/" spans a \0


def _is_signature_date(atoms: list[Atom], i: int, shape: re.Pattern[str] = _DATE) -> bool:
    """A date that ends its line (or its cell): a date inside the remarks' prose is not.
    ``shape``: what such a date looks like."""
    atom = atoms[i]
    if atom.kind != "TEXT" or not shape.fullmatch(atom.text):
        return False
    after = atoms[i + 1] if i + 1 < len(atoms) else None
    return after is None or after.row != atom.row or (after.cell != atom.cell and after.offset == 0)


#: words of a signer's name that may follow its date on the date's line
NAME_TAIL = 3


def _date_in_last_line(atoms: list[Atom]) -> list[int]:
    """The date inside the line just above the signature label, where no date ends a
    line: a name wrapped around its date that the text printed on one line ("... for
    Richard D. 11/18/2013 Federico"), the name's last words after the date. Only the
    one date of that line, with at most ``NAME_TAIL`` words after it."""
    if not atoms:
        return []
    last = [i for i in range(len(atoms)) if atoms[i].row == atoms[-1].row]
    dates = [i for i in last if atoms[i].kind == "TEXT" and _DATE.fullmatch(atoms[i].text)]
    if len(dates) != 1 or len(atoms) - 1 - dates[0] > NAME_TAIL:
        return []
    return dates


def _misread_date(atoms: list[Atom]) -> list[int]:
    """The one signature's date OCR misread ("98/14/2019": a date's every digit, a month
    or a day no date has), where no date is read: it ends its signature as a date does,
    and the record's date is unknown (no date is read from it). Several such words, or
    one beside read dates, tell no signature's end for certain."""
    shaped = [i for i in range(len(atoms)) if _is_signature_date(atoms, i, _DATE_SHAPE)]
    return shaped if len(shaped) == 1 else []


def signature_date_rows(atoms: list[Atom]) -> set[int]:
    """The rows of the dates that may be signatures' (``_is_signature_date``)."""
    return {a.row for i, a in enumerate(atoms) if _is_signature_date(atoms, i)}


def _name_start(atoms: list[Atom], date: int, floor: int, rows_after: int) -> int:
    """Where the signature whose date is at ``date`` begins (``floor``: where the
    previous signature ended, or -1). A name wrapped around its date, centred on
    the date's line, has as many lines above it as the ``rows_after`` below."""
    if floor >= 0:
        return floor + 1
    opening = _opening_line(atoms, date)
    if opening is not None:
        return opening
    if _dates_before_openings(atoms, date):
        return date
    rows = sorted({a.row for a in atoms[:date] if a.row < atoms[date].row}, reverse=True)
    first_row = rows[rows_after - 1] if 0 < rows_after <= len(rows) else atoms[date].row
    same_line = [i for i in range(date) if atoms[i].row >= first_row]
    if same_line:
        return same_line[0]
    previous_row = atoms[date - 1].row if date > 0 else None
    return next((i for i in range(date) if atoms[i].row == previous_row), date)


def _dates_before_openings(atoms: list[Atom], date: int) -> bool:
    """True where the signatures' dates all stand before their names: the date opens
    its line, no "/s/" before ``date`` and one after every date (a stream printing the
    dates' boxes, then the names' ones). The line above the first date is then the
    remarks' or a note's last, no name. A date printed after words on its line ("... its
    general partner 02/08/2024", then "By: /s/ ...") ends a name's first line instead."""
    if date > 0 and atoms[date - 1].row == atoms[date].row:
        return False
    signed = next((i for i, a in enumerate(atoms) if "/s/" in a.text.lower()), None)
    return signed is not None and signed > date and not any(
        _is_signature_date(atoms, i) for i in range(signed + 1, len(atoms)))


def _opening_line(atoms: list[Atom], date: int) -> int | None:
    """The first atom of the nearest line above the date (within ``SIGNATURE_LINES``)
    that opens a signature: it starts with "By" or holds "/s/"."""
    rows = sorted({a.row for a in atoms[:date + 1]}, reverse=True)[:SIGNATURE_LINES]
    for row in rows:
        line = [i for i in range(date) if atoms[i].row == row]
        if line and any(_SIGNED.fullmatch(atoms[i].text.rstrip(":")) or "/s/" in atoms[i].text.lower()
                        for i in line[:1]) or any("/s/" in atoms[i].text.lower() for i in line):
            return line[0]
    return None


def _hyphen_continued(atoms: list[Atom], start: int) -> int:
    """Back to the start of the line above while it ends inside a split word ("Attorney-in-")."""
    while start > 0 and atoms[start - 1].row != atoms[start].row and re.search(
            r"[A-Za-z]-$", atoms[start - 1].text):
        row = atoms[start - 1].row
        start = next(i for i in range(start) if atoms[i].row == row)
    return start


def _centred(atoms: list[Atom], dates: list[int], gaps_part: bool = False) -> list[tuple[int, int]] | None:
    """Each signature's lines on a page grid, where a name's lines stand centred on
    its date's line (as many above as below): counted up from the last signature,
    whose lines below its date end at the signature label (the page's closing notes a
    converter printed before that label are no lines of a name). Its rows (first, last),
    or None where the counts do not fit; then, where a name of an even count of lines
    has its extra line below the date (a browser centres the date's cell on the upper
    of the two middle lines), the one way of counting so that fits (``_centred_low``)."""
    rows = sorted({a.row for a in atoms if a.kind not in _CLOSING})
    at = [rows.index(atoms[d].row) for d in dates]
    spans = _spans(rows, at, (0,) * len(dates))
    if spans is not None:
        if _first_reaches_above_openings(atoms, dates, spans):
            return None
        spans = _parted(atoms, dates, spans) if gaps_part else spans
        if not _miscounted(atoms, dates, spans):
            return spans
    spans = _centred_low(atoms, dates, rows, at)
    if spans is None or _first_reaches_above_openings(atoms, dates, spans):
        return None
    return _parted(atoms, dates, spans) if gaps_part else spans


def _parted(atoms: list[Atom], dates: list[int], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with each name's lines above its date up to an empty line or a line
    ending left of its column (``_after_gap``, ``_in_column``): ``signatures``' ``gaps_part``."""
    return [(_in_column(atoms, d, _after_gap(atoms, d, first), last), last)
            for d, (first, last) in zip(dates, spans)]


def _centred_doubted(atoms: list[Atom], dates: list[int]) -> list[tuple[int, int]] | None:
    """The rows of names centred on their dates (as many lines above as below) where
    ``_centred`` doubts them (``_miscounted``: a second signer's "/s/" line inside a
    name, or a name cut short) and finds no other count: where the block of signatures
    begins, though not where each name does."""
    rows = sorted({a.row for a in atoms if a.kind not in _CLOSING})
    return _spans(rows, [rows.index(atoms[d].row) for d in dates], (0,) * len(dates))


def _opens_block(rows: list[int], lines: dict[int, int], row: int) -> bool:
    """True where ``row`` is the first of ``rows`` or follows an empty line of the text
    (``lines``: each row's line): the lines above it are a paragraph of their own."""
    at = rows.index(row)
    return at == 0 or lines[row] - lines[rows[at - 1]] > 1


def _miscounted(atoms: list[Atom], dates: list[int], spans: list[tuple[int, int]]) -> bool:
    """True where the names these rows give show the lines were counted wrong: a
    second signer's "/s/" line inside a name (``_opens_after_finished``), or a name
    ending where no name ends ("Stephen Lam,", "By :": ``_cut_short``), its end taken
    by the next."""
    for date, (first, last) in zip(dates, spans):
        inside = _inside(atoms, date, first, last)
        if _opens_after_finished(atoms, inside) or _cut_short(" ".join(atoms[i].text for i in inside)):
            return True
    return False


def _inside(atoms: list[Atom], date: int, first: int, last: int) -> list[int]:
    """The atoms (indices) on rows ``first`` to ``last`` but the date's: a name so cut."""
    return [i for i, a in enumerate(atoms) if first <= a.row <= last and i != date]


def whole_name(atoms: list[Atom], date: int, first: int, last: int,
               finished: bool = True) -> list[int] | None:
    """The atoms (indices) of one of several names, rows ``first`` to ``last`` but its
    date's atom; None where nothing is left, or it holds two signatures' lines: a "/s/"
    line below a signed one (``_two_signed``) or, ``finished``, a "/s/" line below one
    ending as a name may end (``_opens_after_finished``). The verdict on each name of a
    count of lines, centred (``_signatures_centred``) or off the middle (``off_centre``)."""
    inside = _inside(atoms, date, first, last)
    if not inside or _two_signed(atoms, inside) or finished and _opens_after_finished(atoms, inside):
        return None
    return inside


def _spans(rows: list[int], at: list[int], lower: tuple[int, ...]) -> list[tuple[int, int]] | None:
    """The signatures' rows (first, last), counted up from the last (``at``: each
    date's index in ``rows``), each name's lines above its date as many as below less
    its ``lower`` (0, or 1 for an extra line below); None where the counts do not fit."""
    spans: list[tuple[int, int]] = []
    below = len(rows) - 1 - at[-1]
    for k in range(len(at) - 1, -1, -1):
        above = below - lower[k]
        if above < 0 or at[k] - above < 0:
            return None
        spans.append((rows[at[k] - above], rows[at[k] + below]))
        if k:
            below = at[k] - above - at[k - 1] - 1
            if below < 0:
                return None
    return spans[::-1]


def _centred_low(atoms: list[Atom], dates: list[int], rows: list[int],
                 at: list[int]) -> list[tuple[int, int]] | None:
    """The signatures' rows where some names have one line more below their dates than
    above, as the only count that takes every line from the first on, or from an empty
    line of the text (no remarks or notes run into them), without a name showing the
    lines miscounted (``_miscounted``); None where no count, or more than one, does so."""
    if len(at) > 8:
        return None  # 2 ** n counts: a signature block is never that long
    lines = {a.row: a.line for a in atoms}
    fits = [spans for spans in off_middle_counts(rows, at, 1)
            if _opens_block(rows, lines, spans[0][0]) and not _miscounted(atoms, dates, spans)]
    if len(fits) != 1 or _top_aligned_other(atoms, dates, rows, at, fits[0]):
        return None
    return fits[0]


def top_aligned(rows: list[int], at: list[int]) -> list[tuple[int, int]]:
    """The signatures' rows (first, last) where each date stands on its name's first
    line (the plain design's table): each name from its date's line to the next's."""
    return [(rows[a], rows[b - 1]) for a, b in zip(at, [*at[1:], len(rows)])]


def _top_aligned_other(atoms: list[Atom], dates: list[int], rows: list[int], at: list[int],
                       spans: list[tuple[int, int]]) -> bool:
    """True where the first name of ``spans`` begins on its date's line, as each does
    where dates stand on their names' first lines (``top_aligned``), and so cutting
    reads whole names too, other ones: which the converter drew is not known. A name
    so cut opening with "By" ("By: Mithril II UGP LLC, ...") continues the one above
    it: that cut is no reading."""
    aligned = top_aligned(rows, at)
    return (spans[0][0] == aligned[0][0] and aligned != spans
            and not _miscounted(atoms, dates, aligned)
            and not any(opens_with_by(atoms, [i for i, a in enumerate(atoms) if first <= a.row <= last])
                        for first, last in aligned))


def opens_with_by(atoms: list[Atom], name: list[int] | tuple[int, ...]) -> bool:
    """True where a name's atoms (indices) open with "By" ("By: Jane Doe, ..."): a
    signer's line continuing its firm's, never a name's beginning."""
    return bool(name) and atoms[name[0]].text.lower().rstrip(":") == "by"


def off_middle_counts(rows: list[int], at: list[int], first: int = 0) -> list[list[tuple[int, int]]]:
    """Every count of the signatures' rows (``_spans``) that fits, each name's date on
    its middle line or on the upper of its two middle lines (one line more below it
    than above); ``first`` 1 leaves out the count with every date on the middle."""
    counts = (_spans(rows, at, tuple((n >> k) & 1 for k in range(len(at))))
              for n in range(first, 2 ** len(at)))
    return [spans for spans in counts if spans is not None]


def _after_gap(atoms: list[Atom], date: int, first: int) -> int:
    """The first row of a name above its date, up to an empty line of the text: a
    paragraph above it (a footnote's last line) is no part of a name centred on it."""
    lines = {a.row: a.line for a in atoms}
    rows = sorted(r for r in lines if first <= r <= atoms[date].row)
    top = len(rows) - 1
    while top > 0 and lines[rows[top]] - lines[rows[top - 1]] == 1:
        top -= 1
    return rows[top]


def _in_column(atoms: list[Atom], date: int, first: int, last: int) -> int:
    """The first row of a name above its date, up to a line that ends left of where
    the name's words on and below the date's line begin: a paragraph beside the
    signature's column (a footnote's last line, with no empty line between) is no
    part of a name standing in it."""
    row = atoms[date].row
    below = [a.gx for i, a in enumerate(atoms) if row <= a.row <= last and i != date]
    if not below:
        return first
    start = min(below)
    rows = sorted({a.row for a in atoms if first <= a.row < row}, reverse=True)
    top = row
    for above in rows:
        if max(a.gx + len(a.text) for a in atoms if a.row == above) <= start:
            break
        top = above
    return top


def _signatures_centred(atoms: list[Atom], dates: list[int], gaps_part: bool = False,
                        doubted: bool = False) -> tuple[int, list[SignatureCells]] | None:
    """The signatures whose names are centred on their dates (``_centred``); ``doubted``:
    those of ``_centred_doubted``, their dates and where they begin, their names unknown."""
    if doubted:
        spans = _centred_doubted(atoms, dates)
        if spans is None or _first_reaches_above_openings(atoms, dates, spans):
            return None
        spans = _parted(atoms, dates, spans) if gaps_part else spans
    else:
        spans = _centred(atoms, dates, gaps_part)
        if spans is None:
            return None
    found: list[SignatureCells] = []
    for date, (first, last) in zip(dates, spans):
        # none: a name not centred on its date here, or a second signer's line inside it
        # (a line after a finished one inside the first: where the block begins is not
        # known either, a count ``doubted`` tells nothing)
        inside = whole_name(atoms, date, first, last, finished=not found)
        if inside is None:
            return None
        name = [atoms[i] for i in inside]
        date_atom = atoms[date]
        found.append(SignatureCells(None if doubted else cell_of(name),
                                    Cell(date_atom.text, date_atom.line, date_atom.column)))
    start = next(i for i, a in enumerate(atoms) if a.row >= spans[0][0])
    return start, found


def _first_reaches_above_openings(atoms: list[Atom], dates: list[int],
                                  spans: list[tuple[int, int]]) -> bool:
    """True where several signatures each open their date's line with "/s/" and
    centring reaches above that line for the first alone: the others show a name
    beginning at its "/s/", so the first's lines below its date are its name's
    wrapped end (a name printed from its date's line down), and the line centring
    takes above it is the remarks' (or a note's) last, no part of the name."""
    if len(dates) < 2:
        return False
    rows = [atoms[d].row for d in dates]
    firsts = [next(i for i, a in enumerate(atoms) if a.row == row) for row in rows]
    if not all(_opens_signature(atoms, i) for i in firsts):
        return False
    above = [first < row for (first, _), row in zip(spans, rows)]
    return above[0] and not any(above[1:])


def _two_signed(atoms: list[Atom], inside: list[int]) -> bool:
    """True where a line of a name opens with "/s/" below a line of it already signed
    ("/s/ Lora Blum, by power of" ... "/s/ Lora Blum, ..."): two signatures' lines. A
    name may sign on a line of its own below its firm's ("SVF II Beaver LLC, By :")."""
    signed_rows = {atoms[i].row for i in inside if "/s/" in atoms[i].text.lower()}
    return any(_opens_signature(atoms, i) and any(row < atoms[i].row for row in signed_rows)
               for i in inside)


def _opens_after_finished(atoms: list[Atom], inside: list[int]) -> bool:
    """True where a line of a name below its first opens with "/s/" and the line above
    it ends as a name may end ("... General Partner of Mithril II LP" then "/s/ Ajay
    Royan, ..."): a second signature begins there. A firm's line before its signer's
    ends unfinished ("SVF II Beaver LLC, By :"), and so does, in a block whose names
    are each a firm's line over its signer's (``_firm_over_signer``), a name's first.
    The one test of a second signer's line in a count of lines (``_miscounted``),
    whether centred or off the middle."""
    firm_first = bool(inside) and _firm_over_signer(atoms, inside[0])
    for n in range(1, len(inside)):
        i, before = inside[n], inside[n - 1]
        if firm_first and atoms[before].row == atoms[inside[0]].row:
            continue  # the firm's line over its signer's
        if atoms[before].row != atoms[i].row and _opens_signature(atoms, i):
            line = " ".join(atoms[j].text for j in inside[:n] if atoms[j].row == atoms[before].row)
            if not _UNFINISHED.search(line):
                return True
    return False


def _firm_over_signer(atoms: list[Atom], i: int) -> bool:
    """True where the block of lines holding atom ``i`` (from the first line after an
    empty one above it, ``_after_gap``) opens with a firm's line and its signer's "/s/"
    line below it ("Acme Capital Partners Fund III LP" over "/s/ John Smith, ..."): each
    name there is its firm's line over its signer's."""
    block = _after_gap(atoms, i, atoms[0].row)
    rows = sorted({a.row for a in atoms if a.row >= block})
    if len(rows) < 2:
        return False
    first, second = (next(j for j, a in enumerate(atoms) if a.row == r) for r in rows[:2])
    return not _opens_signature(atoms, first) and _opens_signature(atoms, second)


def _opens_signature(atoms: list[Atom], i: int) -> bool:
    """The first word of a line, "/s/" or "/s/Name" (not "By", which may continue one)."""
    return (atoms[i].kind == "TEXT" and (i == 0 or atoms[i - 1].row != atoms[i].row)
            and atoms[i].text.lower().startswith(("/s/", "s/")))


def _signatures_by_opening(atoms: list[Atom], dates: list[int]) -> tuple[int, list[SignatureCells]] | None:
    """Where every signature opens its own line with "/s/", one per date, each runs from
    its opening to the next: its name's lines wrapped around its date in any order
    (a converter printing the page's lines prints the date amid them). None where the
    openings and dates do not pair one to one."""
    openings = [i for i in range(len(atoms)) if _opens_signature(atoms, i)]
    if len(openings) != len(dates) or len(dates) < 2:
        return None
    ends = openings[1:] + [len(atoms)]
    if _date_alone_above(atoms, dates[0], openings[0]):
        openings[0] = dates[0]
    if not all(start <= date < end for start, date, end in zip(openings, dates, ends)):
        return None
    found = [SignatureCells(cell_of(atoms[start:date] + atoms[date + 1:end]),
                            Cell(atoms[date].text, atoms[date].line, atoms[date].column))
             for start, date, end in zip(openings, dates, ends)]
    return openings[0], found


def _date_alone_above(atoms: list[Atom], date: int, opening: int) -> bool:
    """True where the first signature's date stands alone on its line right above the
    line its name opens with "/s/" (a converter printed the date's box before the
    name's): the date opens that signature, not ends the line above it."""
    return (date + 1 == opening and date > 0 and atoms[date - 1].row != atoms[date].row
            and atoms[opening].row != atoms[date].row)


def _row_starts(atoms: list[Atom], dates: list[int]) -> list[int]:
    """The first atom of each date's row (where the line holding it begins)."""
    return [next(i for i in range(len(atoms)) if atoms[i].row == atoms[d].row) for d in dates]


def _signatures_by_line(atoms: list[Atom], dates: list[int],
                        alone_above: bool = False) -> tuple[int, list[SignatureCells]] | None:
    """On a page grid, where every date ends a line holding a whole signature ("... By : /s/
    ... 03/07/2025"), each runs from its line's start through the dateless lines below it
    (a name wrapped under its line: "Counsel"). None where a date's line holds no "/s/".
    ``alone_above``: a date alone on its line after a signature's date opens the
    signature on the dateless lines below it (``_alone_above_name``)."""
    starts = _row_starts(atoms, dates)
    ends = starts[1:] + [len(atoms)]
    if len(dates) < 2 or not all(
            any("/s/" in atoms[i].text.lower() for i in range(start, date))
            or alone_above and _alone_above_name(atoms, dates, k, ends[k])
            for k, (start, date) in enumerate(zip(starts, dates))):
        return None
    if not alone_above and any(_signed_below_wrap(atoms, date, end) for date, end in zip(dates, ends)):
        return None
    found = [SignatureCells(cell_of(atoms[start:date] + atoms[date + 1:end]),
                            Cell(atoms[date].text, atoms[date].line, atoms[date].column))
             for start, date, end in zip(starts, dates, ends)]
    return starts[0], found


def _signed_below_wrap(atoms: list[Atom], date: int, end: int) -> bool:
    """True where, below the line of the date at ``date`` (up to ``end``), a signed line
    ("/s/") follows another dateless line: it may open the next name, whose date stands
    on its second line (a name wrapped around its date: "General Counsel", then
    "SoftBank Vision Fund II-2 L.P., By : /s/ SB Global" above "Advisers Limited, its
    Manager, By : /s/ Stephen  03/07/2025"), or end this one; which is not known. A
    signed line right below the date's is taken as its name's wrapped end."""
    rows: dict[int, list[Atom]] = {}
    for atom in atoms[date + 1:end]:
        if atom.row != atoms[date].row:
            rows.setdefault(atom.row, []).append(atom)
    return any(_signed_in(line) for line in list(rows.values())[1:])


def _ends_line(atoms: list[Atom], date: int) -> bool:
    """True where the date at ``date`` ends a line that holds more words."""
    row = atoms[date].row
    return (0 < date and atoms[date - 1].row == row
            and (date + 1 == len(atoms) or atoms[date + 1].row != row))


def _dates_end_lines(atoms: list[Atom], dates: list[int]) -> bool | None:
    """Where each of two dates or more ends a line that holds more words (a stream
    that keeps a signature's line whole: "SB Global Advisers Limited, By : /s/ Stephen
    Lam, General Counsel 03/07/2025"), read then as lines (``_signatures_by_line``), or
    stands alone on its line above its name (``_alone_above_name``): whether any does
    the latter (``_signatures_by_line``'s ``alone_above``). None where neither holds."""
    if len(dates) < 2:
        return None
    alone = [k for k, d in enumerate(dates) if not _ends_line(atoms, d)]
    if not alone:
        return False
    ends = [*_row_starts(atoms, dates[1:]), len(atoms)]
    return True if all(_alone_above_name(atoms, dates, k, ends[k]) for k in alone) else None


def _alone_above_name(atoms: list[Atom], dates: list[int], k: int, end: int) -> bool:
    """True where the ``k``-th date stands alone on its line right after the signature
    before it (whose date ends its line), and the lines from the next line to ``end``
    (the next date's line) hold no date and a "/s/": a converter printed the date's
    box above its name's ("03/07/2025" then "SoftBank Vision Fund II-2 L.P., By : /s/
    ... General" "Counsel")."""
    date = dates[k]
    row = atoms[date].row
    return (k > 0 and dates[k - 1] == date - 1 and atoms[date - 1].row != row
            and date + 1 < end and atoms[date + 1].row != row
            and not any(_DATE.fullmatch(a.text) for a in atoms[date + 1:end])
            and any("/s/" in a.text.lower() for a in atoms[date + 1:end]))


def _signatures_run_together(atoms: list[Atom]) -> tuple[int, list[SignatureCells]] | None:
    """Where a line holds several "/s/" (a converter ran the signature block's cells into
    one line: "/s/ A, General Partner of 03/30/2022 Mithril II LP /s/ B 03/30/2022 ..."),
    each "/s/" opens a signature that runs to the next (words before the first are the
    remarks'); each piece holds exactly one date, and its other words, before and after the date,
    are the name. None where no line holds two openings or a piece has not one date."""
    openings = [i for i, a in enumerate(atoms) if a.kind == "TEXT" and a.text.lower().startswith("/s/")]
    rows = [atoms[i].row for i in openings]
    if len(set(rows)) == len(rows):
        return None
    return _signed_pieces(atoms, openings)


def _signed_pieces(atoms: list[Atom], openings: list[int]) -> tuple[int, list[SignatureCells]] | None:
    """Each opening ("/s/") starts a signature that runs to the next; each piece holds
    exactly one date, and its other words, before and after the date, are the name.
    None where a piece has not one date."""
    found = []
    for start, end in zip(openings, [*openings[1:], len(atoms)]):
        dates = [i for i in range(start, end) if atoms[i].kind == "TEXT" and _DATE.fullmatch(atoms[i].text)]
        if len(dates) != 1:
            return None
        date = atoms[dates[0]]
        found.append(SignatureCells(cell_of(atoms[start:dates[0]] + atoms[dates[0] + 1:end]),
                                    Cell(date.text, date.line, date.column)))
    return openings[0], found


def signed_below(after: list[Atom]) -> list[SignatureCells]:
    """Signatures a converter printed whole after the signature label ("** Signature of
    Reporting Person Date" then "/s/ Elon Musk 07/02/2010"): the words after the label
    open with "/s/", and each "/s/" opens a signature ending with its one date. None
    found (an empty list) where any word comes before the first "/s/", or a piece has
    not one date or words after it (a page's footer, or a name's end: where a name
    ends is not certain there)."""
    words = [a for a in after if a.kind == "TEXT"]
    if words and words[0].text == DATE_LABEL:  # the label's own last word ("... Person Date")
        words = words[1:]
    openings = [i for i, a in enumerate(words) if a.text.lower().startswith("/s/")]
    if not openings or openings[0] != 0 or not all(
            _DATE.fullmatch(words[end - 1].text) for end in [*openings[1:], len(words)]):
        return []
    pieces = _signed_pieces(words, openings)
    return [] if pieces is None else pieces[1]


def signature_dated_below(atoms: list[Atom], after: list[Atom]) -> tuple[int, list[SignatureCells]] | None:
    """Signatures whose dates a converter printed after the signature label (the words
    right after it, a date each): one name runs from the nearest line above the label
    that opens a signature ("/s/", "By"); several, each from one of as many last lines
    opening with "/s/" to the next. The page's closing notes between the label and the
    dates (pdfminer prints them before the date's box) are passed over, their words
    with them. None where no date follows the label or the names are not found."""
    words = _after_closing_notes(after)
    count = _dates_first(words)
    dates = words[:count]
    if not atoms or not dates:
        return None
    if len(dates) == 1:
        opening = _opening_line([*atoms, dates[0]], len(atoms))
        if opening is None:
            opening = _after_closing(atoms)
        if opening is None:
            opening = _block_above_label(atoms)
        openings = [] if opening is None else [opening]
    else:
        openings = [i for i in range(len(atoms)) if _opens_signature(atoms, i)][-len(dates):]
    if len(openings) != len(dates):
        return None
    ends = [*openings[1:], len(atoms)]
    return openings[0], [SignatureCells(cell_of(atoms[start:end]),
                                        Cell(date.text, date.line, date.column))
                         for start, end, date in zip(openings, ends, dates)]


def _dates_first(words: list[Atom]) -> int:
    """How many of ``words`` are dates (``is_date``) before the first that is not."""
    return next((n for n, a in enumerate(words) if not _DATE.fullmatch(a.text)), len(words))


def _after_closing_notes(after: list[Atom]) -> list[Atom]:
    """The words after the signature label, without the page's closing notes ("Reminder:
    ...", "** Intentional misstatements ... See 18 U.S.C. 1001 ...") that open them: every
    word on a line a closing note opens or runs on. Past those notes the words are kept
    only where their dates have the label "Date" below them (pdfminer prints the
    signature's date box there, "07/31/2023" / "Date"): a date alone there may be any
    text's after the page's end; else none."""
    closing = {a.row for a in after if a.kind in _CLOSING}
    start = 0
    while start < len(after) and (after[start].kind in _CLOSING or after[start].row in closing):
        start += 1
    words = [a for a in after[start:] if a.kind == "TEXT"]
    if start == 0:
        return words
    dates = _dates_first(words)
    labelled = (0 < dates < len(words) and words[dates].text == DATE_LABEL
                and words[dates - 1].line < words[dates].line)
    return words if labelled else []


#: lines a signer's name, unsigned ("/s/", "By"), may take between the closing notes and the label
UNSIGNED_LINES = 3


def _after_closing(atoms: list[Atom]) -> int | None:
    """Where the words after the page's closing notes ("Persons who respond ...") begin,
    the label's date printed below it: an unsigned name ("Ann Habernigg, Attorney-in-"
    "fact for Reid G. Hoffman") stands between those notes and the signature label.
    None where no closing note comes before them or they take more than
    ``UNSIGNED_LINES`` lines."""
    last = max((i for i, a in enumerate(atoms) if a.kind in _CLOSING), default=None)
    if last is None or last + 1 >= len(atoms):
        return None
    name = atoms[last + 1:]
    if any(a.kind != "TEXT" for a in name) or len({a.row for a in name}) > UNSIGNED_LINES:
        return None
    return last + 1


def signed_in_blocks(atoms: list[Atom], after: list[Atom]) -> tuple[int, list[SignatureCells]] | None:
    """Signatures whose names and dates a converter printed as blocks of their own in any
    order (pdfminer's ``-F 1.0``: two names, two dates, a name, a date, a name, the
    label, the last date below it; pdfminer's default too, for a firm's names: "SB
    Global Advisers Limited, By" ": /s/ Stephen Lam, General" "Counsel"): the longest
    run of blocks up to the label, read back from it, that are names or dates, where
    it holds a name and the block before it holds no "/s/" (a signed block holding a
    date: the names may begin there); each a name signed with "/s/" (opening with it,
    or a firm's name before it) and holding no date, or a date alone; the names pair with as many
    dates (those after the label too) in order, where all dates are the same day (which
    name a date is printed nearest does not tell whose it is). None otherwise."""
    blocks = blocks_apart(atoms)
    kinds: list[str] = []
    for start, end in reversed(blocks):  # a note before the names may hold "/s/" too
        kind = _name_or_date(atoms[start:end])
        if kind is None:
            break
        kinds.insert(0, kind)
    before = blocks[:len(blocks) - len(kinds)]
    if "name" not in kinds or before and any(
            "/s/" in a.text.lower() for a in atoms[slice(*before[-1])]):
        return None  # a signed block just before the run: the names may begin there
    kinds = kinds[kinds.index("name"):]  # a date before the first name stays the note's
    first = len(blocks) - len(kinds)
    run = list(zip(blocks[first:], kinds))
    names = [atoms[start:end] for (start, end), kind in run if kind == "name"]
    dates = [atoms[start] for (start, _), kind in run if kind == "date"]
    words = [a for a in after if a.kind == "TEXT"]
    dates += words[:_dates_first(words)]
    if len(names) < 2 or len(names) != len(dates) or len({d.text for d in dates}) != 1:
        return None
    return blocks[first][0], [SignatureCells(cell_of(name), Cell(date.text, date.line, date.column))
                              for name, date in zip(names, dates)]


def _name_or_date(block: list[Atom]) -> str | None:
    """"date" where a block of words is a date alone, "name" where it is a signer's
    name holding no date (``_signed_block``), else None."""
    if len(block) == 1 and _DATE.fullmatch(block[0].text):
        return "date"
    if _signed_block(block) and not any(_DATE.fullmatch(a.text) for a in block):
        return "name"
    return None


def _signed_block(block: list[Atom]) -> bool:
    """True where a block of words is a signer's name: words alone (no label), one of
    them "/s/" or opening with it ("/s/ Jane Roe"; "Acme LLC, By : /s/ Jane Roe, CEO")."""
    return all(a.kind == "TEXT" for a in block) and any(
        a.text.lower().startswith("/s/") for a in block)


def _block_start(atoms: list[Atom], i: int) -> int:
    """Where the block (``blocks_apart``) holding the atom at ``i`` begins."""
    return next(start for start, end in blocks_apart(atoms) if start <= i < end)


def _block_above_label(atoms: list[Atom]) -> int | None:
    """Where the last block of text before the signature label begins, the label's
    date printed below it: a converter that parts the page's boxes with empty lines
    (pdfminer's ``-F 1.0``) prints an unsigned name ("Julia Stark, Attorney-in-fact
    for" "Reid G. Hoffman") as a box of its own, after the notes' or the remarks' last
    box (the remarks' words, where they are all that box). None where it takes more
    than ``UNSIGNED_LINES`` lines, holds a label, or opens with a note's number (a
    note's box, not a name)."""
    if not atoms:
        return None
    start = _block_start(atoms, len(atoms) - 1)
    return start if unsigned_name_block(atoms[start:]) else None


def unsigned_name_block(block: list[Atom]) -> bool:
    """True where a block of words may be a signer's name, signed or not: words alone
    (no label), on at most ``UNSIGNED_LINES`` lines, not opening with a note's number."""
    return (bool(block) and all(a.kind == "TEXT" for a in block)
            and len({a.line for a in block}) <= UNSIGNED_LINES
            and not _NUMBER.fullmatch(block[0].text))


def _in_note_box(atoms: list[Atom], start: int, date: int) -> bool:
    """True where the words from ``start`` to the first signature's ``date`` (names
    unknown: wrapped around their dates) end a box that opens with a note's number, an
    empty line parting it from the date (pdfminer's ``-F 1.0`` parts the page's boxes
    so): they end that note, not begin a name."""
    if start >= date or atoms[date - 1].line + 1 >= atoms[date].line:
        return False
    first = _block_start(atoms, start)
    return (first < start and atoms[first].line != atoms[start].line
            and bool(_NUMBER.fullmatch(atoms[first].text)))


def signatures(atoms: list[Atom], positioned: bool = False, gaps_part: bool = False,
               page_lines: bool = False) -> tuple[int, list[SignatureCells]]:
    """The signatures at the end of ``atoms`` (up to the signature label), and the
    index where the first of them begins (``len(atoms)`` if none). On a page grid a
    name's lines are centred on its date's; in a stream they come before it, and words
    after the last date are the rest of its name. ``gaps_part``: an empty line, or a
    line ending left of the name's column, parts a name from the paragraph above it (a
    page grid's text; markdown puts empty lines
    between a cell's lines). ``page_lines``: the text keeps the page's lines but not
    where on them a word stands (lines of text between strips of cells): a date's
    line may hold its whole signature, as on a page grid; a date alone on its line
    has its name wrapped around it."""
    run_together = _signatures_run_together(atoms)
    if run_together is not None:
        return run_together
    dates = _after_marks_left_out([i for i in range(len(atoms)) if _is_signature_date(atoms, i)]
                                  or _date_in_last_line(atoms) or _misread_date(atoms), atoms)
    if positioned and dates:
        centred = _signatures_centred(atoms, dates, gaps_part)
        if centred is not None:
            return centred
    alone_above = False if positioned or page_lines else _dates_end_lines(atoms, dates)
    by_line = (_signatures_by_line(atoms, dates, alone_above) if alone_above is not None
               else None)
    if by_line is not None:
        return by_line
    opened = _signatures_by_opening(atoms, dates)
    if opened is not None:
        return opened
    if gaps_part and dates:  # a page grid's names centred one line off the middle (where certain)
        from .off_centre import signatures_off_centre
        off = signatures_off_centre(atoms, dates)
        if off is not None:
            return off
    doubted = _signatures_centred(atoms, dates, gaps_part, doubted=True) if positioned and dates else None
    if doubted is not None:
        return doubted
    found: list[SignatureCells] = []
    floor = -1
    first_start = len(atoms)
    parted = not (_lines_between(atoms, dates) if positioned else _wrapped_around(atoms, dates)
                  or page_lines and _wrapped_around_alone(atoms, dates))
    repeats = _repeated_dates(atoms, dates)
    dates = [d for d in dates if d not in repeats]
    for n, date in enumerate(dates):
        last = n == len(dates) - 1
        repeat = next((r for r in repeats if date < r < (len(atoms) if last else dates[n + 1])), None)
        tail = atoms[date + 1:] if last else atoms[date + 1:repeat] if repeat is not None else []
        start = _name_start(atoms, date, floor, len({a.row for a in tail} - {atoms[date].row}))
        start = start if floor >= 0 else _hyphen_continued(atoms, start)
        if floor < 0 and not parted and _in_note_box(atoms, start, date):
            start = date
        if floor < 0:
            first_start = start
        date_atom = atoms[date]
        found.append(SignatureCells(cell_of(atoms[start:date] + tail) if parted else None,
                                    Cell(date_atom.text, date_atom.line, date_atom.column)))
        floor = date if repeat is None else repeat
    if len(found) > 1 and any(s.name and _cut_short(s.name.text) for s in found):
        found = [SignatureCells(None, s.date) for s in found]
    return first_start, found


_MARK_ALONE = re.compile(FOOTNOTE_MARK)


def _after_marks_left_out(dates: list[int], atoms: list[Atom]) -> list[int]:
    """The dates but those right after a footnote mark standing alone on its line
    ("(1)" "09/13/2028": a derivative's date exercisable and expiration date, cells
    of Table II a converter printed after the Explanation of Responses label), where a
    later date stays: a signer's name never ends with a footnote mark."""
    def after_mark(i: int) -> bool:
        before = atoms[i - 1] if i > 0 else None
        return (before is not None and before.row != atoms[i].row
                and bool(_MARK_ALONE.fullmatch(before.text))
                and (i < 2 or atoms[i - 2].row != before.row))
    kept = [d for d in dates if not after_mark(d)]
    return kept if kept and kept[-1] == dates[-1] else dates


def _repeated_dates(atoms: list[Atom], dates: list[int]) -> set[int]:
    """The dates a converter printed twice: a date alone on its line, the same as the
    date before it, which ends a line of its name's words, after one line that holds no
    "/s/" ("... Stephen Lam, General 03/07/2025" "Counsel" "03/07/2025"), where every
    other signature is signed with "/s/". The line before it ends the signature above
    it, not opens one."""
    repeats = set()
    for k in range(1, len(dates)):
        date, before = dates[k], dates[k - 1]
        row = atoms[date].row
        alone = (atoms[date - 1].row != row
                 and (date + 1 == len(atoms) or atoms[date + 1].row != row))
        between = atoms[before + 1:date]
        if (alone and between and atoms[date].text == atoms[before].text
                and atoms[before - 1].row == atoms[before].row  # a name's words before it
                and len({a.row for a in between}) == 1 and between[0].row != atoms[before].row
                and not _signed_in(atoms[before + 1:date])):
            repeats.add(date)
    kept = [-1, *(d for d in dates if d not in repeats)]
    if repeats and not all(_signed_in(atoms[start + 1:end]) for start, end in zip(kept, kept[1:])):
        return set()
    return repeats


# "By", "By :", "/s/", "Head of", "Michael Johnson,": a line's end a name does not end with
_UNFINISHED = re.compile(r"(,|:|\b(By|of|and|the|for|to)|/s/)$", re.I)


def _cut_short(name: str) -> bool:
    """True where a name read between two dates ends where no name ends: its date stood
    amid its wrapped lines (a stream of a page's blocks prints a date at its height,
    beside the middle of its name), so the lines after that date may end it or begin
    the next, and which do is not known for any of the run's names."""
    return bool(_UNFINISHED.search(name))


def _wrapped_around(atoms: list[Atom], dates: list[int]) -> bool:
    """True where, in reading order, words follow the last of several dates: the names
    are wrapped around their dates ("... Head of" 03/07/2025 "Corporate Legal
    Department"), so the lines between two dates may end one name or begin the next."""
    return len(dates) > 1 and dates[-1] < len(atoms) - 1


def _wrapped_around_alone(atoms: list[Atom], dates: list[int]) -> bool:
    """True where, on the page's lines, a date stands alone on its line and a line
    without a date follows it before the next date: its name is wrapped around it,
    and the lines after it may end that name or begin the next."""
    for date, end in zip(dates, dates[1:]):
        row = atoms[date].row
        alone = all(a.row != row for a in atoms[:date]) and atoms[date + 1].row != row
        if alone and any(a.row != atoms[end].row for a in atoms[date + 1:end]):
            return True
    return False


def _lines_between(atoms: list[Atom], dates: list[int]) -> bool:
    """True where a line without a date stands between two signatures' dates on a page's
    lines: a name wrapped around its date (centred, or not) may end there or the next
    name begin there, which the lines alone do not tell (centring did not fit, no
    "/s/" opens each name)."""
    rows = [atoms[d].row for d in dates]
    return any(above < atom.row < below for above, below in zip(rows, rows[1:])
               for atom in atoms)
