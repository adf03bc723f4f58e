"""A table's column headers printed among its first row's values, taken out.

A text in reading order may print each cell of the page as a paragraph of its
own, in the order the cells stand on the page: the column headers, whose cells
are taller than a row, then come between the first row's values ("Class A Common
Stock", "2. Transaction Date (Month/Day/Year)", "02/27/2024", "2A. Deemed ...").
Such a header is a run of header words opening with its column's number ("2A."),
and the sub-headers under column 4 and the columns after it ("Code", "V",
"Amount", "(A) or (D)", "Price") are whole lines of their own: both are taken
out; with no numbered header among the rows, only a whole row of sub-headers
("Code" to "Price") is. The sub-header "V" is a value's letter too (an equity
swap): a lone "V" after the last numbered header is a row's, and where more than
one "V" stands among the headers, which is the header's cannot be told and the
table is not read. Such a text may also print the page's cells out of the rows'
order: the rows read are checked (``checked_rows``), and what cannot be paired
is left unknown, or the whole table where a value landed among words. A text may
print two columns' header lines side by side ("5. Number of 6. Date Exercisable
and", "Derivative", "Expiration Date", "Securities"): a sub-header line inside a
numbered header run is that header's, and cuts no title; such a table is read
only where its values keep the columns' order (``_check_side_by_side``); a value
printed right after the headers of columns all later than the one its row's reading
gives it ("5. Amount ... Following", "73,623 D" read as column 4's shares) shows the
page's cells in another order than the reading's: the table is not read
(``values_under_headers``).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..errors import SectionError
from ..patterns import MARKS_RE, OWNERSHIP_END_RE as _ROW_END
from ..sections import TABLE_I_COLUMNS, TABLE_II_COLUMNS, TEXT_COLUMNS, Cell, Row
from . import short_labels
from .atoms import Atom
from .row_loose_words import is_name_number, is_par_word
from .sub_headers import (AMOUNT, SUB_HEADER_WORDS, SUB_HEADERS, apart, is_sub_headers, is_word,
                          line_end)
from .table_header import is_header_word

# "2.", "2A.", "10.": a column's number, opening its header
_COLUMN_NUMBER = re.compile(r"\d{1,2}[aA]?\.")
#: the cells that hold words
TEXTS = TEXT_COLUMNS


def sub_header_blocks(atoms: list[Atom]) -> list[tuple[int, int]]:
    """The runs of whole lines that hold only the form's sub-headers, as (start, end): a
    sub-header may wrap ("(A) or" then "(D)") or share a line ("V (A)")."""
    blocks: list[tuple[int, int]] = []
    run_start = start = 0
    while start <= len(atoms):
        end = line_end(atoms, start) if start < len(atoms) else start
        in_run = end > start and all(a.text.lower() in SUB_HEADER_WORDS
                                     for a in atoms[start:end])
        if not in_run:
            if start > run_start and is_sub_headers([a.text for a in atoms[run_start:start]]):
                blocks.append((run_start, start))
            run_start = end
        start = end if end > start else start + 1
    return blocks


def _whole_sub_header_row(block: list[Atom]) -> bool:
    """True where a block of sub-headers opens with "Code" and holds "Amount": the row of
    them under columns 4 and on, printed after the first title ("Common", "Stock",
    "Code", "V", "Amount", "(A) or (D) Price", "15,805"), never a row's values."""
    return block[0].text.lower() == "code" and any(a.text.lower() == "amount" for a in block)


def _other_tables_title(atom: Atom, table: str) -> bool:
    """True where ``atom`` is a column's title the lexer read whole and the other table's
    first ("1. Title of Derivative Security" while Table I is read): the table's own
    ("1. Title of Security (Instr. 3)" printed among or after Table I's values) opens
    its rows and is left to them."""
    derivative = "derivative" in atom.text.lower()
    return (atom.kind == "COLUMN_TITLE" and bool(_COLUMN_NUMBER.match(atom.text))
            and derivative == (table == "table_i"))


def _numbered_run(atoms: list[Atom], start: int, table: str, wrapped: bool) -> int:
    """Index after the header run opening at ``start`` (``start`` if none opens there): a
    column's number and the header words after it, or the other table's first column's
    title (``_other_tables_title``, Table II's printed among Table I's values) and the
    header words after it ("(Instr." "3)"); ``wrapped``: a stream's, whose narrow header
    cells wrap header words at their slashes ("(Month/", "Day/Year)", "(D/", "I)"; "Year"
    on a line of its own): every such piece is a header word too
    (``table_header.WRAPPED_WORDS``)."""
    if not (_other_tables_title(atoms[start], table)
            or _COLUMN_NUMBER.fullmatch(atoms[start].text)):
        return start
    end = start + 1
    while end < len(atoms) and is_header_word(atoms[end], wrapped):
        end += 1
    return end


def _numbered_runs(atoms: list[Atom], table: str, wrapped: bool) -> list[tuple[int, int]]:
    """The numbered header runs among ``table``'s atoms (``_numbered_run``; ``wrapped``: a
    stream's), as (start, end)."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(atoms):
        end = _numbered_run(atoms, i, table, wrapped)
        if end > i + 1:
            runs.append((i, end))
        i = max(end, i + 1)
    return runs


class HeaderSpans(NamedTuple):
    """The headers found among a table body's atoms, as (start, end) spans of them: the
    numbered header runs (``_numbered_runs``) and the sub-header blocks
    (``sub_header_blocks``)."""

    runs: list[tuple[int, int]]
    blocks: list[tuple[int, int]]


def without_interleaved_headers(atoms: list[Atom], table: str, layout: str,
                                paragraphs: bool = False, unnumbered: bool = False
                                ) -> tuple[list[Atom], HeaderSpans | None, bool]:
    """The table body's atoms without the column headers printed among its values,
    the headers' spans among ``atoms`` where a numbered one stood there (the text then
    printed the page's cells out of the rows' order; None where none did), and whether
    words stood on both sides of one, taken as two cells' because blank lines parted
    them (``paragraphs``: the text is a stream whose blank lines part the page's cells,
    ``_set_apart``): the rows read must then bear that out. Only a page numbering none
    of its columns (``unnumbered``) labels them with short unnumbered labels
    (``short_labels.label_paragraphs``): a numbered page's sub-headers ("Title", "Date Exercisable")
    printed again among the rows are no such labels."""
    runs = _numbered_runs(atoms, table, paragraphs)
    if not runs:  # no numbered header among the rows: only a whole sub-header row is theirs
        blocks = [(start, end) for start, end in sub_header_blocks(atoms)
                  if _whole_sub_header_row(atoms[start:end])]
        taken = {i for start, end in blocks for i in range(start, end)}
        kept = [a for i, a in enumerate(atoms) if i not in taken]
        # a page labelling its columns unnumbered
        labels = short_labels.label_paragraphs(kept) if paragraphs and unnumbered else []
        if not labels or not short_labels.one_row_before(kept[:labels[0][0]]):
            return kept, None, False
        # a stream's short unnumbered labels among the rows
        dropped = {i for start, end in labels for i in range(start, end)}
        return ([a for i, a in enumerate(kept) if i not in dropped], HeaderSpans([], labels),
                short_labels.between_words(kept, labels, layout))
    zone_end = runs[-1][1]
    dropped = {i for start, end in runs for i in range(start, end)}
    blocks = sub_header_blocks(atoms)
    swaps = []
    for start, end in blocks:
        lone_v = end == start + 1 and atoms[start].text == "V"
        if lone_v and start > zone_end:  # after the headers, a "V" alone is a row's
            continue
        dropped.update(range(start, end))
        swaps += [a for a in atoms[start:end] if a.text == "V"]
    between_words = [(start, end) for start, end in runs + blocks
                     if 0 < start and end < len(atoms) and is_word(atoms[start - 1])
                     and is_word(atoms[end])]
    outside = _outside(blocks, runs)
    if any(span in blocks and span not in outside for span in between_words):
        _check_side_by_side(atoms, runs, blocks, layout)  # header lines printed side by side
        between_words = [span for span in between_words if span in runs + outside]
    cut = next((start for start, end in between_words
                if not (paragraphs and _set_apart(atoms, start, end))), None)
    if cut is not None:
        raise SectionError("the table's column headers cut a title or a nature in two: "
                           "whose words stand on either side cannot be told, so the table is "
                           "left out", line=atoms[cut].line, column=atoms[cut].column,
                           layout=layout)
    if len(swaps) > 1:
        raise SectionError("the table's column headers stand among its values with more than "
                           "one \"V\": which is the header's and which a row's cannot be told, "
                           "so the table is left out", line=swaps[0].line,
                           column=swaps[0].column, layout=layout)
    return ([a for i, a in enumerate(atoms) if i not in dropped], HeaderSpans(runs, blocks),
            bool(between_words))


def _outside(blocks: list[tuple[int, int]], runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sub-header blocks that no numbered header run holds: a block inside one is
    that header's own line ("Expiration Date" of "6. Date Exercisable and Expiration
    Date", printed among column 5's lines: the text printed two columns' header lines
    side by side), its words on either side header words, no title's cut in two."""
    return [(start, end) for start, end in blocks
            if not any(first <= start and end <= last for first, last in runs)]


#: Table II's sub-headers under columns 6 and 7, and their column
_SUB_HEADER_COLUMNS = {"date": 6, "expiration": 6, "title": 7, "amount": 7}


def _check_side_by_side(atoms: list[Atom], runs: list[tuple[int, int]],
                        blocks: list[tuple[int, int]], layout: str) -> None:
    """Where a text printed two columns' header lines side by side (a sub-header line
    inside a numbered header run, ``_outside``), raise where its values are printed
    out of the form's order: a value between a later column's header and an earlier
    column's sub-header, and another after it (Table II's "9. Number of ..." "294,910"
    "Amount or Number of Shares" "110,474" where ``amount_put_back`` did not put the
    last amount back: which amount is whose cannot be told), or a footnote mark alone
    after a value that holds one already or after a row's last column ("23,054(2)"
    "(3)", "D" "(2)": whose mark it is cannot be told)."""
    spans = sorted(runs + blocks)
    for start, end in blocks:
        column = _SUB_HEADER_COLUMNS.get(atoms[start].text.lower())
        if column is None or atoms[start].text.lower() == "amount" and not any(
                a.text.lower() == "shares" for a in atoms[start:end]):
            continue
        later = [(s, e) for s, e in runs if e <= start and _column(atoms[s].text) > column]
        following = next((s for s, _ in spans if s >= end), len(atoms))
        if later and any(not any(s <= i < e for s, e in spans)
                         for i in range(later[-1][1], start)) and any(
                AMOUNT.fullmatch(a.text) or a.text.startswith("$")
                for a in atoms[end:following]):
            raise SectionError("the table's values are printed out of the columns' order (a "
                               "value between a later column's header and an earlier "
                               "column's): whose values they are cannot be told, so the "
                               "table is left out", line=atoms[start].line,
                               column=atoms[start].column, layout=layout)
    headers = {i for s, e in spans for i in range(s, e)}
    for n in range(1, len(atoms)):
        before = atoms[n - 1].text
        if MARKS_RE.fullmatch(atoms[n].text) and atoms[n].line > atoms[n - 1].line + 1 \
                and n - 1 not in headers and (_ROW_END.fullmatch(before) or re.search(
                    r"[0-9]\)$", before) and not MARKS_RE.fullmatch(before)):
            raise SectionError("a footnote mark stands alone after a value that holds one "
                               "or after a row's last column: whose mark it is cannot be "
                               "told, so the table is left out", line=atoms[n].line,
                               column=atoms[n].column, layout=layout)


def _column(number: str) -> int:
    """The column a header's number names ("8." 8, "2A." 2, "1. Title of ..." 1)."""
    match = _COLUMN_NUMBER.match(number)
    assert match is not None  # a run opens with a column's number
    return int(match.group().rstrip(".").rstrip("aA"))


def _set_apart(atoms: list[Atom], start: int, end: int) -> bool:
    """True where the header run ``atoms[start:end]`` wrapped over lines that follow one
    another (the text keeps a cell's lines in one paragraph) and blank lines part it
    from the words on either side: these are then other cells', not one cell's cut."""
    lines = [a.line for a in atoms[start:end]]
    return any(b - a == 1 for a, b in zip(lines, lines[1:])) and apart(atoms, start, end)


def _holds_value(cell: Cell) -> bool:
    """True where a cell of words holds a value or a sub-header the headers left behind;
    a title's par value ("par value $0.0001 per share", ``is_par_word``) and a year in a
    name ("US Venture 2010 Seed", ``is_name_number``) are words of it."""
    words = cell.text.split()
    text = f" {' '.join(words).lower()} "
    return (any((AMOUNT.fullmatch(word) or word.startswith("$")) and not is_par_word(words, n)
                and not is_name_number(word) for n, word in enumerate(words))
            or any(f" {phrase} " in text for phrase in SUB_HEADERS if " " in phrase))


def _holds_another(rows: list[Row], n: int, key: str) -> bool:
    """True where row ``n``'s cell holds another row's whole cell and more words: the
    words of two rows' cells the text printed together."""
    cell = rows[n].get(key)
    if cell is None:
        return False
    words = f" {' '.join(cell.text.split())} "
    others = {" ".join(r[key].text.split()) for r in rows if key in r}
    return any(other and f" {other} " in words and f" {other} " != words for other in others)


def _indirect(row: Row) -> bool:
    cell = row.get("direct_or_indirect")
    return cell is not None and cell.text.strip("()").startswith("I")


def checked_rows(rows: list[Row], layout: str) -> list[Row]:
    """The rows of a table whose headers stood among its values, where the text's order
    can be trusted. Such a text may print a row's title before the row above's values,
    or a column's value after a later column's header: a row printed with no title
    leaves its own and the row above's title and nature unknown, an indirect row printed
    with no nature leaves its own and the later rows' natures unknown, and a title or a
    nature holding an amount (a value read as a word) leaves the whole table out. A
    title or a nature holding another row's whole one and more is two rows' words:
    it and the row above's are left unknown."""
    for row in rows:
        for key in TEXTS:
            cell = row.get(key)
            if cell is not None and _holds_value(cell):
                raise SectionError("the table's cells are printed out of the rows' order (a "
                                   f"value among the words of {cell.text!r}): the table is "
                                   "left out", line=cell.line, column=cell.column,
                                   layout=layout)
    for n, row in enumerate(rows):
        if "security_title" in row and not _holds_another(rows, n, "security_title"):
            continue
        for key in ("security_title", "nature_of_ownership"):
            row.pop(key, None)
            if n:
                rows[n - 1].pop(key, None)
    for n, row in enumerate(rows):
        if _holds_another(rows, n, "nature_of_ownership"):
            for key in ("nature_of_ownership", "security_title"):
                row.pop(key, None)
                if n:
                    rows[n - 1].pop(key, None)
    moved = next((n for n, row in enumerate(rows) if _indirect(row)
                  and "nature_of_ownership" not in row), len(rows))
    for row in rows[moved:]:  # a nature printed after a later row's: the rest shifted
        row.pop("nature_of_ownership", None)
    return rows


#: a column's place among the columns: its number, then 1 for Table I's "4. Price" (a
#: text may print column 4's price sub-header numbered, apart from the amount's) else 0
Place = tuple[int, int]
_PRICE: Place = (4, 1)


def _places(numbers: tuple[int, ...]) -> tuple[Place, ...]:
    return tuple((n, 0) for n in numbers)


#: each table's columns' places, by the row's keys (Table II's "shares": column 5 unsplit)
_KEY_COLUMNS: dict[str, dict[str, Place]] = {
    "table_i": dict(zip(TABLE_I_COLUMNS, _places((1, 2, 2, 3, 3, 4, 4, 4, 5, 6, 7))))
    | {"price_per_share": _PRICE},
    "table_ii": dict(zip(TABLE_II_COLUMNS,
                         _places((1, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 9, 10, 11))))
    | {"shares": (5, 0)},
}


def _run_place(atoms: list[Atom], start: int, table: str) -> Place:
    """The place of the column whose numbered header opens at ``start`` ("5." (5, 0),
    Table I's "4." "Price" ``_PRICE``)."""
    number = _column(atoms[start].text)
    price = start + 1 < len(atoms) and atoms[start + 1].text.lower() == "price"
    return _PRICE if table == "table_i" and number == 4 and price else (number, 0)


def _headers_before(atoms: list[Atom], covered: dict[int, tuple[int, int]], at: int,
                    table: str) -> tuple[int, list[Place]]:
    """The last header atom before the values around ``atoms[at]`` (-1 where none) and the
    places of the columns whose headers stand right before those values: the numbered
    runs after the value before them ([] where none). ``covered`` maps each header
    atom to its run or sub-header block."""
    i = at - 1
    while i >= 0 and i not in covered:  # the value's own run of values
        i -= 1
    anchor = i
    places: list[Place] = []
    while i >= 0 and i in covered:
        start, _ = covered[i]
        if _COLUMN_NUMBER.fullmatch(atoms[start].text):
            places.append(_run_place(atoms, start, table))
        i = start - 1
    return anchor, places


def values_under_headers(atoms: list[Atom], rows: list[Row], table: str, layout: str,
                         headers: HeaderSpans) -> None:
    """Raise where the values printed among the column headers after one run of headers
    were all read into columns before every column whose header stands right before
    them: the text printed the page's cells in another order than the columns' ("6.
    Ownership Form", "7. Nature", "5. Amount ... Following", "73,623 D", then "4.
    Price"), which the reading in order does not see, so whose values they are is not
    what it gives. The values after one run are taken together: a box spanning two
    columns ("15,805 I" after "6. Ownership Form") holds a later column's value too.
    Values after the last header are the rows' own order and are not checked. ``headers``
    are the spans ``without_interleaved_headers`` found among ``atoms``."""
    runs = headers.runs
    if not runs:  # short unnumbered labels: no column's number to place a value by
        return
    covered = {i: (s, e) for s, e in sorted(runs + headers.blocks) for i in range(s, e)}
    where = {(a.line, a.column): n for n, a in enumerate(atoms[:runs[-1][1]])}
    columns = _KEY_COLUMNS[table]
    groups: dict[int, tuple[list[Place], list[tuple[str, Cell]]]] = {}
    for row in rows:
        for key, cell in row.items():
            at = where.get((cell.line, cell.column))
            if at is None or key not in columns:
                continue
            anchor, places = _headers_before(atoms, covered, at, table)
            groups.setdefault(anchor, (places, []))[1].append((key, cell))
    for places, cells in groups.values():
        if places and max(columns[key] for key, _ in cells) < min(places):
            key, cell = cells[0]
            raise SectionError(f"the table's value {cell.text!r} stands after the headers "
                               f"of later columns than its reading's ({key}): the text "
                               "printed the page's cells in another order, so whose "
                               "values they are cannot be told and the table is left out",
                               line=cell.line, column=cell.column, layout=layout)
