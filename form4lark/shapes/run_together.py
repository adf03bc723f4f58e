"""Texts whose pieces ran together: every text node of the page printed one after
the other with nothing between them (BeautifulSoup's ``get_text()``): "WILLIAMS
JEFFREY E(Last) (First) (Middle)ONE APPLE PARK WAY(Street)...(Zip)2. Issuer Name".

Such a text is told by the header's box labels glued to the word before them
("(Zip)2. Issuer Name", "Year)6. Individual"): a text in reading order that runs
a label into its line keeps a space before it. The form's printed labels
(``grammars/form_labels.lark``) then cut each line back into lines: a label, and
what stood between two labels, each on a line of its own, as a stream prints them;
a design's numbered column labels run onto each other after the first column's title
("(Instr. 3)2. Transaction Date", "Code3. V4. Securities") each on its line too; the
tables' rows are cut into their values (``glued_values.py``; where the tables print
no "(1)" mark, a listed note's number glued onto an amount leaves it unknown).

A site's own page of the form (``form/short_boxes.py``: "Reporting Person| WILLIAMS
JEFFREY E") run together so glues each row's short label to its value
("Reporting PersonWILLIAMS JEFFREY E", "TickerAAPL"): ``short_labels_apart`` puts a
space back between them, and the stream reads the rows as any stream's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..form.atoms import CONTEXTS
from ..grammar import alternatives, load, rule_symbols
from ..patterns import BOX_OPENING, DATE, FOOTNOTE_MARK, TABLE_I_TITLE
from ..patterns import NOTES_LABEL as NOTES_LABEL_TEXT

# a header box's number glued to the word or label before it: "(Zip)2. Issuer Name"
_GLUED_BOX = re.compile(r"[A-Za-z0-9)*]" + BOX_OPENING)
#: glued box labels that make a text run together (measured: 3 or more in every text
#: BeautifulSoup ran together, at most 1 in a PDF's words in reading order, where a
#: label may follow a closing parenthesis: "Other (specify below)3. Date of Earliest")
GLUED_BOXES = 2
# a checkbox's mark glued to the label before it: "DirectorX" then "10% Owner" (the
# mark stands before its own label)
_GLUED_MARK = re.compile(r"(?<=[a-z])X(?=\s)")
#: Table I's title, where the tables open
TABLE_I = re.compile(rf"\s*{TABLE_I_TITLE}", re.I)
_TABLE_II = re.compile(r"\s*Table\s+II\s*[-\u2013\u2014]", re.I)
# the tables' column headers under the numbered ones: "CodeVAmount(A) or (D)Price",
# "CodeV(A)(D)Date ExercisableExpiration Date", "TitleAmount or Number of Shares"
_SUB_HEADER_WORD = re.compile(r"Code|V|Amount or Number of Shares|Amount|\(A\) or \(D\)|Price|"
                              r"\(A\)|\(D\)|Date Exercisable|Expiration Date|Title")
_SUB_HEADER = re.compile(rf"(?:\s*(?:{_SUB_HEADER_WORD.pattern}))+\s*")
#: the notes' label, where the tables end
NOTES_LABEL = re.compile(rf"\s*{NOTES_LABEL_TEXT}", re.I)
# the tables' column labels after the first one, run onto the label before them, each
# opening with its column's number: "(Instr. 3)2. Transaction Date", "Code3. V4.
# Securities Acquired", "Amount4. (A) or (D)4. Price" (a label's own figures stand after
# a space: "(Instr. 3, 4 and 5)", "(Instr. 8)")
_GLUED_COLUMN = re.compile(r"(?<=[A-Za-z)])(?=(?:[1-9]|1[01])A?\.[ \t])")
# a signature's date glued to the name before it: "Jeffrey E. Williams05/06/2019" (a
# date's month never follows a letter: the cut is certain)
_SIGNED_ON = re.compile(rf"(?<=[A-Za-z.])(?={DATE}[ \t]*$)")
_STREET = re.compile(r"\(Street\)", re.I)
# a house number run onto the word before it: "CAPITAL2800 SAND", "INC.155 5TH"
_HOUSE_GLUED = re.compile(r"(?<=[A-Za-z][A-Za-z.,])(?=[0-9]+ )")
# terminals of the labels that are not labels: a word, a checkbox's mark, white space
_NOT_LABELS = {"TEXT", "CHECK", "GLUED_CHECK", "WS"}
# a quotation opening just before a label's words: the words are a note's prose, quoted
# ('the "Director Compensation Policy"'), never the form's label. A straight quote opens
# only after a space, a bracket or the line's start: one after a word closes a value
# ('member of "Group"6. Individual or Joint'), and the label after it is cut
_OPENING_QUOTE = re.compile(r'(^|[\s(])["\u201c]$')


# what a short label's glued value opens with: a capital, a digit or a checkbox
_VALUE_OPENING = "[A-Z0-9\u2610\u2611\u2612]"


@lru_cache(maxsize=1)
def _short_label() -> re.Pattern[str]:
    """A line opening with one of a site's short labels (``form_short_boxes.lark``'s
    ``label`` rule, the longest tried first) glued to a value that opens with a capital,
    a digit or a checkbox ("TickerAAPL", "CIK0001496686", "Section 16\u2610"), no digit
    after a label's own last digit: a label running on into a small letter may be a
    longer word ("Filings", "Addressee"), and one before a cell's border ("Ticker|
    AAPL") is no glued one, so both are left alone."""
    from ..form.short_boxes import STARTS  # a rare shape's: imported where read
    names = rule_symbols(load("form_short_boxes", STARTS), "label")
    labels = alternatives("form_short_boxes", STARTS, names.__contains__)
    # never cut between two digits: "Reporting Owner 12 of 14" is no "... of 1" and "4"
    return re.compile(rf"^(?P<label>[ \t]*(?:{labels}))(?!(?<=[0-9])[0-9])(?={_VALUE_OPENING})",
                      re.M)


#: glued short labels that make a site's page run together: the owner's name and the
#: issuer's ticker (no paper form opens a line with either)
_SHORT_NEEDED = ("OWNER_NAME", "TICKER")
# the first column's title that opens a table's column labels
_COLUMN_TITLE = re.compile(r"1\.\s*Title\s+of\s+(?:Derivative\s+)?Security", re.I)
# the tables' column titles: the header's rows end before them
_TABLE_TITLES = re.compile(r"^[ \t]*Title\s+of\s+Security", re.M)
# Table II's column titles: its conversion price's column
_CONVERSION_TITLE = re.compile(r"Conversion\s+or\s+Exercise\s+Price", re.I)
# a table that holds no row says so
_NONE_REPORTED = re.compile(r"\s*None\s+reported\s*", re.I)
# a mark printed after its value, a space between them: "Common Stock [1]"
_SPACED_MARK = re.compile(r"[ \t]+\[([0-9]{1,2})\]")
# looked for first, before the grammar is loaded: most texts open no line so
_OWNER_GLUED = re.compile(rf"^[ \t]*Reporting\s+Person{_VALUE_OPENING}", re.M | re.I)
# a row's opening up to its first figure that is no mark's nor a word of the title's
# (one standing apart, a word after it: "Series C-1 Preferred", "2019 Plan Units"):
# "Common Stock(1)" before "05/02/2019"; the title's end shows where the figure follows
# a letter, a ")" or "$"
_TITLE_FIGURE = r"(?<![^\s-])[0-9][0-9,.]*(?=[ \t]+[A-Za-z])"
_BEFORE_FIGURE = re.compile(rf"(?:{FOOTNOTE_MARK}|[^0-9]|{_TITLE_FIGURE})*")
_TITLE_ENDS = re.compile(r"(?:[A-Za-z)]|\$[ \t]?)$")


def short_labels_apart(text: str) -> str:
    """``text`` with a space put back between each of the header's short labels and the
    value glued to it, and each table row's values cut apart (``_short_rows_apart``),
    where the text is a site's page run together (lines open with "Reporting Person"
    and "Ticker" glued to their values); else ``text`` as it is. Only the lines above
    the tables' column titles are the header's."""
    if not _OWNER_GLUED.search(text):
        return text
    glued = _short_label()
    table = _TABLE_TITLES.search(text)
    end = table.start() if table else len(text)
    header = text[:end]
    opened = {name for m in glued.finditer(header)
              for name, value in m.groupdict().items() if value is not None and name != "label"}
    if not all(label in opened for label in _SHORT_NEEDED):
        return text
    return glued.sub(lambda m: f"{m['label']} ", header) + _short_rows_apart(text[end:])


# an unescaped word boundary in a terminal's expression: "V\b", "Amount\b"
_BOUNDARY = re.compile(r"(?<!\\)\\b")


@lru_cache(maxsize=1)
def _column_title() -> re.Pattern[str]:
    """One of a site's short column titles (``form_short_boxes.lark``'s ``C_`` terminals,
    the longest tried first: "Amount Owned Following" before "Amount"). A title's word
    boundary is left out: run together, the next title's word follows with none ("CodeV
    Amount"). That boundary only keeps a title from being read inside a longer word, and
    ``_titles_apart`` takes the titles only where they fill the line, so such a read
    never passes."""
    from ..form.short_boxes import STARTS  # a rare shape's: imported where read
    return re.compile(alternatives("form_short_boxes", STARTS, lambda name: name.startswith("C_"),
                                   lambda source: _BOUNDARY.sub("", source)))


def _titles_apart(line: str) -> str:
    """A table's column titles run together ("Title of SecurityTransaction DateDeemed
    ..."), each on a line of its own where the titles are all the line holds; else the
    line as it is."""
    titles = [m.group() for m in _column_title().finditer(line)]
    if "".join(titles).replace(" ", "") != line.replace(" ", "").strip():
        return line
    return "\n".join(titles)


def title_end_shown(row: str) -> bool:
    """Whether a row run together shows where its title ends: its first figure that is
    no mark's follows a letter, a ")" or "$" ("Stock14000", "Units(1)09/04/2020",
    "Buy)$23.8257"). A figure standing apart with a word after it is the title's
    ("Series C-1 Preferred Stock(1)02/06/2024"); one glued on after a space, a hyphen or
    at the line's opening may be the title's own too ("Series 214000": "Series 2" and
    14000, or "Series" and 214000), so such a row is left uncut (it then does not read);
    so is a row with no figure."""
    opening = _BEFORE_FIGURE.match(row)
    return opening is not None and opening.end() < len(row) and \
        _TITLE_ENDS.search(opening.group()) is not None


def _row_apart(row: str, derivative: bool, padded: bool, marks: frozenset[str] | None) -> str:
    """A table's row run together cut into its values (``glued_values.cut_values``) where
    it shows where its title ends (``title_end_shown``) and the bare marks that may be
    glued on are known (``marks``, ``glued_values.bare_note_marks``); else as it is."""
    from .glued_values import cut_values  # a rare shape's: imported where read
    if marks is None or not title_end_shown(row):
        return row
    return cut_values(row, derivative, padded, marks)


def _short_rows_apart(tables: str) -> str:
    """The tables of a site's page run together, each row's values cut apart where the
    cut is certain (``glued_values.cut_values``): a table's rows are the lines after its
    column titles ("Title of SecurityTransaction Date...") up to a blank line. A mark the
    page prints after its value, a space before it and the next value glued on ("Common
    Stock [1]05/02/2019S13433D"), is written as the form's mark glued to its value
    ("Stock(1)05/02/2019"), as the paper form run together prints it (as
    ``bracket_marks.py`` reads a mark after a value; run together, the value after it is
    glued on, which that module leaves alone). A row that does not show where its title
    ends is left uncut (``title_end_shown``)."""
    from .glued_values import bare_note_marks, padded_dates  # a rare shape's: imported where read
    padded, marks = padded_dates(tables), bare_note_marks(tables)
    out: list[str] = []
    derivative: bool | None = None  # in a table's rows: Table II's or Table I's
    for line in tables.split("\n"):
        if _TABLE_TITLES.match(line):
            derivative = _CONVERSION_TITLE.search(line) is not None
            line = _titles_apart(line)
        elif not line.strip():
            derivative = None
        elif derivative is not None and not _NONE_REPORTED.fullmatch(line):
            line = _SPACED_MARK.sub(r"(\1)", line)
            line = _row_apart(line, derivative, padded, marks)
        out.append(line)
    return "\n".join(out)


@lru_cache(maxsize=4)  # asked by shape_of, then by read_shape of the same text
def is_run_together(text: str) -> bool:
    return len(_GLUED_BOX.findall(text)) >= GLUED_BOXES


@lru_cache(maxsize=1)
def _labels() -> re.Pattern[str]:
    """One pattern for every label the form prints, the longest tried first."""
    return re.compile(alternatives("form_labels", CONTEXTS, lambda name: name not in _NOT_LABELS))


def _street_lines(street: str) -> str:
    """The street before "(Street)", as its two lines where the break is certain: a
    care-of line with the house number run onto its last word ("C/O SEQUOIA
    CAPITAL2800 SAND HILL ROAD": a line's words are kept apart by spaces, two cells'
    lines by nothing), at one place only; else nothing (where one line ends is not told)."""
    glued = [m.start() for m in _HOUSE_GLUED.finditer(street)]
    if not street.upper().startswith("C/O") or len(glued) != 1:
        return ""
    return f"{street[:glued[0]].strip()}\n{street[glued[0]:].strip()}"


def _opens_a_quote(line: str, start: int) -> bool:
    """Whether a quotation opens just before ``start`` in ``line`` (``_OPENING_QUOTE``):
    only the two characters before it are looked at, whose first is the line's start
    only where it is."""
    return _OPENING_QUOTE.search(line[max(start - 2, 0):start]) is not None


def _column_labels_apart(parts: list[str]) -> list[str]:
    """``parts`` of a line cut at the form's labels, with the part after a table's first
    column title ("1. Title of Security") cut before each numbered column label run onto
    it (``_GLUED_COLUMN``): each column's label on a line of its own, as a stream prints
    the header ("3. Transaction Code (Instr. 8) Code", "3. V")."""
    out: list[str] = []
    for n, part in enumerate(parts):
        titled = n > 0 and _COLUMN_TITLE.fullmatch(parts[n - 1].strip()) is not None
        out += _GLUED_COLUMN.split(part) if titled else [part]
    return out


def cut_at_labels(text: str) -> str:
    """``text`` with each label of the form on a line of its own: a line break put
    where a label begins or ends inside a line. The street is left out: the two lines
    a cell prints it on ran together as well ("C/O EVENTBRITE, INC.155 5TH STREET"), and
    where one ends the text does not say, but where it does (``_street_lines``): the
    street before its label "(Street)", on its line or opening the next. A table's row
    that does not show where its title ends is left uncut (``title_end_shown``)."""
    from .glued_values import bare_note_marks, padded_dates  # a rare shape's: imported where read
    out: list[str] = []
    in_tables = derivative = False
    padded, marks = padded_dates(text), bare_note_marks(text)
    lines = _GLUED_MARK.sub("\nX", text).split("\n")
    for n, line in enumerate(lines):
        if in_tables and not _labels().search(line):
            out.append(" ".join(_SUB_HEADER_WORD.findall(line)) if _SUB_HEADER.fullmatch(line)
                       else _row_apart(line, derivative, padded, marks))
            continue
        in_tables = (in_tables or bool(TABLE_I.match(line))) and not NOTES_LABEL.match(line)
        derivative = (derivative or bool(_TABLE_II.match(line))) and in_tables
        parts, start = [], 0
        for label in _labels().finditer(line):
            if _opens_a_quote(line, label.start()):  # prose's words
                continue
            parts += [line[start:label.start()], label.group()]
            start = label.end()
        parts.append(line[start:])
        parts = _column_labels_apart(parts)
        parts = [_SIGNED_ON.sub("\n", p.strip()) for p in parts if p.strip()]
        # the street's label opening the next line: the street ends this one
        labelled = [_STREET.fullmatch(p) is not None for p in parts[1:]] + [
            n + 1 < len(lines) and _STREET.match(lines[n + 1].strip()) is not None]
        kept = (_street_lines(p) if labelled[i] and not _labels().fullmatch(p) else p
                for i, p in enumerate(parts))
        out.append("\n".join(p for p in kept if p))
    return "\n".join(out)
