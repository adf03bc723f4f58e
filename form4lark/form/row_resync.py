"""A table's rows kept up to a row that reads as no row.

A text in reading order may print one row's cells out of the form's order:
pdftotext, for one, moves a row's title to the table's end and the amount owned
after it before its date ("(4)", "124,330", "D", "(1)", "05/02/2019", "S", ...).
The grammar (``grammars/form_rows.lark``) then stops at that row. The rows
before it read as they would in a whole table: the reader takes the longest
start of the body that reads, up to its last row's values. From the stop on,
the table is left out, with a warning: how many rows the stretch held and which
of the words after it are its own the text does not tell (its title may stand
among the later rows), so nothing of it is shifted into a row. In such a table
words printed away from their row may stand anywhere: natures are left unknown,
a title is kept only where it is one paragraph that does not stop open, a mark
on a line of its own is not given to the value before it, and a holding read
with no title is left out (a transaction's last values, "212,172", "D", standing
alone read as one).

One thing tells that no row stands in the stretch: the table's arithmetic. A
transaction row holds, before it, its amount following less what it acquired
(plus what it disposed of), and that is what the row before it holds after it.
After the stop, a row that reads alone from a title opening a line is taken
where it follows so from the last row kept (not from nothing: many rows start
there), and so on: a row printed whole after a stretch of stray words ("$640.895",
"8,022", "D" of a row printed elsewhere) is kept; a row whose values are not all
its own, or one after a lost row, does not follow and is left out. pdftotext also
prints a row's last cells before its title ("D", "$2,560.435", "12,688", "D", then
"Class A Common Stock", "04/13/2022", "S", "200"): the words between the last row kept
and a title are put among that title's words where one place only reads as a row
that follows so (``_tail_first``); several rows' last cells may come so before their
titles, in the rows' order ("D", "$27.61", "64,213", "D", "A", "$0", "74,213", "D",
then two titles each with its first cells): each title takes its part of those words
where one cut only reads as rows that each follow so (``_tails_first``).

The later row's last cells may also come right after the row before's own ("2085555",
"D", "2083655", "D", then the row's title, "12/21/2021", "S", "1900", "D", "$888.313"):
they read there as a holding with no title, so the rows are read on from the end of
the last titled row and that row takes them as above (``_strays_start``). Where the
body stops at a footnote mark printed apart from its value before any row reads ("S",
"[1]"), it is read again with its marks joined as ``row_sequence.marks_joined`` joins
them, taken only where those rows chain by the arithmetic (``_chained``).

Several rows may come with their cells scattered over them (the shares of three
rows together after the third's code): between the last row kept and a row that
reads whole, such a stretch is put back where its cells are those of whole rows,
all of one title, date and three letters, and its amounts split one way only into
rows that chain by the arithmetic from the one to the other (``rows_scattered``).

A stream may also print a table's last transaction's code and amount after the
holdings below it ("Class A Common Stock", "12/13/2022", "(2)", "D", "$154.76",
"101,097", "D", then the holdings, then "S", "4,441", "(7)"). Holdings are a list of
their own in the record: where the stopped row is the only row before them with
words of its own (one title, at most one date), every row after it reads as a
holding with all its cells (a title, an amount owned, its "D" or "I", a nature where
"I"), and the words after the last holding are only a code's letters, amounts, prices
and marks after a word that closes the last holding (its "D" or "I", or a note's
mark: no title, date or nature, none a whole holding could take), those words
are the stopped row's own: it alone is left out and the holdings are kept
(``_holdings_after``).

A table that runs over several pages is printed again under each page's headers,
and a text in reading order may print each page its own way (one page column by
column, the next row by row). Where the whole body does not read, each page's
body is read on its own (``page_by_page``): a row never runs over a page break,
so the pages that read give whole rows; from the first page that does not read
on, the table is left out as above.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from itertools import combinations
from types import SimpleNamespace

from lark.exceptions import LarkError

from ..cells import cell_amount, read_cell
from ..checks import amount_before
from ..errors import SectionError
from ..patterns import DATE_RE, MARK_AT_END_RE, MARKS_AFTER, MARKS_AT_END_RE, MARKS_RE
from ..patterns import OWNERSHIP_END_RE as _ROW_END
from ..sections import Row
from .atoms import Atom
from .row_kinds import TITLE_OPENING
from .row_sequence import TITLES, WordSource, error_index, marks_joined, parse_body, read_rows

#: the most words a row read again after a stretch that does not read may hold
ROW_WORDS = 40


class PartlyRead(SectionError):
    """A table read in part: ``rows`` are the rows before the one that does not read,
    the message says where that one is."""

    def __init__(self, message: str, *, rows: list[Row] | None = None,
                 line: int | None = None, column: int | None = None, layout: str | None = None):
        super().__init__(message, line=line, column=column, layout=layout)
        self.rows = rows or []


def start_rows(atoms: list[Atom], end: int, table: str) -> list[Row] | None:
    """The rows of ``atoms[:end]`` where it reads and ends with a row's values (every
    row ends with its column "D" or "I"); None where it does not."""
    if not _ROW_END.fullmatch(atoms[end - 1].text):
        return None
    source = WordSource(atoms[:end])
    try:
        tree = parse_body(source, table)
    except LarkError:
        return None
    if not tree.children or isinstance(tree.children[-1], str):
        return None
    return read_rows(tree, source, partial=True)


def _rows_before(atoms: list[Atom], stop: int, table: str) -> tuple[list[Row], int]:
    """The rows of the longest start of ``atoms`` (before ``stop``) that reads and ends
    with a row's values, and where it ends."""
    for end in range(stop, 0, -1):
        if (rows := start_rows(atoms, end, table)) is not None:
            return rows, end
    return [], 0


def _titled(rows: list[Row]) -> list[Row]:
    """The rows that hold a code or a title (not a run of stray values: a "title" of
    figures alone, "17,500", is a value the text printed before its row's others)."""
    return [row for row in rows if "transaction_code" in row or (
        "security_title" in row and any(c.isalpha() for c in row["security_title"].text))]


def opens_paragraph(atoms: list[Atom], i: int) -> bool:
    """True where ``atoms[i]`` opens a security's title on a line of its own."""
    return (bool(TITLE_OPENING.match(atoms[i].text))
            and (i == 0 or atoms[i - 1].line != atoms[i].line))


def holding_before(row: Row) -> Decimal | None:
    """A transaction row's holding before it (``checks.amount_before``; None where its
    amounts or its direction are not read)."""
    after, shares = cell_amount(row.get("shares_owned_following")), cell_amount(row.get("shares"))
    way = read_cell("acquired_disposed_cell", row["acquired_disposed"].text).value \
        if "acquired_disposed" in row else None
    if after is None or shares is None or way not in ("A", "D"):
        return None
    return amount_before(SimpleNamespace(shares=shares, acquired_disposed=way,
                                         shares_owned_following=after))


def follows_on(row: Row, before: Row) -> bool:
    """True where ``row`` holds, before it, what ``before`` holds after it (not nothing:
    many rows start from nothing)."""
    after = cell_amount(before.get("shares_owned_following"))
    return after is not None and after != 0 and holding_before(row) == after


def _one_row(atoms: list[Atom], table: str) -> tuple[Row, int] | None:
    """The row that ``atoms`` open with, read alone, and where it ends: the shortest
    start of ``atoms`` ending with a row's last column (within ``ROW_WORDS``) that
    reads as one row with a title."""
    for end in range(1, min(len(atoms), ROW_WORDS) + 1):
        if (row := _one_titled(start_rows(atoms, end, table))) is not None:
            return row, end
    return None


def _one_titled(rows: list[Row] | None) -> Row | None:
    """The one row of ``rows`` where they are one row with a title and a code, else
    None."""
    if rows and len(rows) == 1 and "security_title" in rows[0] \
            and "transaction_code" in rows[0]:
        return rows[0]
    return None


def _tail_words(atoms: list[Atom], kept: int, title: int) -> list[Atom]:
    """The words between the last row kept (``kept``) and ``title`` that a stream may
    have printed before a title as a row's later cells, the marks standing alone among
    them left out (whose they are the text does not tell)."""
    return [a for a in atoms[kept:title] if not MARKS_RE.fullmatch(a.text)]


def _rows_after(atoms: list[Atom], start: int, table: str, before: Row,
                kept: int) -> tuple[list[Row], int, bool]:
    """The rows after ``start`` that read again, each from a title opening a line, and
    follow from ``before`` by the table's arithmetic: each row holds, before it, what
    the row before it holds after it. Rows read again after a stretch that does not
    read are kept only while the arithmetic shows that no row was lost between them
    and that each row's values are its own (the words between are left out). A row
    printed last cells first (``_tail_first``) is read from the words between the last
    row kept (``kept``: where its words end) and its title; the rows of a stretch whose
    cells were scattered over several rows are put back before a row that reads
    (``rows_scattered``). Also how many rows were put back so, and whether all their
    prices were."""
    from .rows_scattered import scattered_rows
    rows: list[Row] = []
    scattered, priced = 0, True
    i = start
    while i < len(atoms):
        read = _one_row(atoms[i:], table) if opens_paragraph(atoms, i) else None
        if read is not None and not follows_on(read[0], before):
            between = scattered_rows(atoms[kept:i], before, read[0])
            if between is None:
                read = None
            else:
                rows.extend(between[0])
                scattered, priced = scattered + len(between[0]), priced and between[1]
        if read is None and opens_paragraph(atoms, i):
            read = _tail_first(atoms, kept, i, table, before)
        several = _tails_first(atoms, kept, i, table, before) \
            if read is None and opens_paragraph(atoms, i) else None
        if several is not None:
            rows.extend(several[0])
            before, i = several[0][-1], i + several[1]
            kept = i
            continue
        if read is None:
            i += 1
            continue
        rows.append(read[0])
        before, i = read[0], i + read[1]
        kept = i
    return rows, scattered, priced


def _tail_first(atoms: list[Atom], kept: int, title: int, table: str,
                before: Row) -> tuple[Row, int] | None:
    """The row whose later cells a stream printed before its title ("D", "$2,560.435",
    "12,688", "D", then "Class A Common Stock", "04/13/2022", "S", "200"), and how many
    words from ``title`` it takes. Its cells are every word between the last row kept
    (``kept``) and its title, put among the words from its title up to the next title
    opening a line: after all of them where they end with a row's last column (its "D"
    or "I"), else after some of them, then those after up to the first end of a row.
    Taken only where every such place that reads as one row following from ``before``
    gives the same row and takes the same words; the marks standing alone among them
    are left out (whose they are the text does not tell)."""
    end = next((j for j in range(title + 1, len(atoms)) if opens_paragraph(atoms, j)),
               len(atoms))
    tail = _tail_words(atoms, kept, title)
    if not tail or end - title + len(tail) > ROW_WORDS:
        return None
    found: dict[tuple[tuple[str, str], ...], tuple[Row, int]] = {}
    closed = bool(_ROW_END.fullmatch(tail[-1].text))  # the words before end a row: last
    for cut in [end] if closed else range(title + 1, end + 1):
        stop = end if closed else next(
            (j for j in range(cut + 1, end + 1) if _ROW_END.fullmatch(atoms[j - 1].text)), None)
        if stop is None:
            continue
        words = [a for a in atoms[title:cut] + tail + atoms[cut:stop]
                 if not MARKS_RE.fullmatch(a.text)]
        row = _one_titled(start_rows(words, len(words), table))
        if row is not None and follows_on(row, before):
            texts = tuple(sorted((key, cell.text) for key, cell in row.items()))
            found[(*texts, ("", str(stop - title)))] = row, stop - title
    return next(iter(found.values())) if len(found) == 1 else None


#: the most rows printed last cells first, one after another, that are put back
_TAILS = 4


def _tails_first(atoms: list[Atom], kept: int, title: int, table: str,
                 before: Row) -> tuple[list[Row], int] | None:
    """Rows whose later cells a stream printed before their titles, several at once
    ("D", "$27.61", "64,213", "D", "A", "$0", "74,213", "D", then "Common Share",
    "03/17/2025", "F", "1,897", "Common Share", "03/17/2025", "A", "10,000(7)"), and how
    many words from ``title`` they take. The words between the last row kept (``kept``)
    and ``title`` are the rows' later cells in the rows' order, each row's ending with
    its last column (its "D" or "I"); each title opening a paragraph, with the words up
    to the next, opens one of them. Taken only where one way of cutting those words
    gives rows that each read as one row following from the row before by the table's
    arithmetic (``follows_on``); the marks standing alone among them are left out."""
    tail = _tail_words(atoms, kept, title)
    if not tail or not _ROW_END.fullmatch(tail[-1].text) or len(tail) > ROW_WORDS:
        return None
    heads = [title]
    while len(heads) <= _TAILS and heads[-1] < len(atoms):
        heads.append(next((j for j in range(heads[-1] + 1, len(atoms))
                           if opens_paragraph(atoms, j)), len(atoms)))
    ends = [n + 1 for n in range(len(tail) - 1) if _ROW_END.fullmatch(tail[n].text)]
    found: dict[tuple[tuple[tuple[str, str], ...], ...], tuple[list[Row], int]] = {}
    for count in range(2, len(heads)):
        for cuts in combinations(ends, count - 1):
            parts = [tail[a:b] for a, b in zip((0, *cuts), (*cuts, len(tail)))]
            rows = _heads_with_tails(atoms, heads[:count + 1], parts, table, before)
            if rows is not None:
                texts = tuple(tuple(sorted((k, c.text) for k, c in r.items())) for r in rows)
                found[texts] = rows, heads[count] - title
    return next(iter(found.values())) if len(found) == 1 else None


def _heads_with_tails(atoms: list[Atom], heads: list[int], parts: list[list[Atom]],
                      table: str, before: Row) -> list[Row] | None:
    """The rows each of ``heads`` (where their words start, then where the last ends)
    opens with its part of the later cells after it, where each reads as one row with a
    title and a code and follows from the row before."""
    rows: list[Row] = []
    for start, end, part in zip(heads, heads[1:], parts):
        words = [a for a in atoms[start:end] if not MARKS_RE.fullmatch(a.text)] + part
        read = _one_titled(start_rows(words, len(words), table))
        if read is None or not follows_on(read, before):
            return None
        rows.append(read)
        before = read
    return rows


#: a word a whole holding cannot take: a code's letter, an amount, a price or a mark
_NOT_A_HOLDINGS = re.compile(r"(?:[A-Z]|\$?[0-9][0-9,]*(?:\.[0-9]+)?)?" + MARKS_AFTER)


def _holdings_after(atoms: list[Atom], start: int, table: str) -> list[Row] | None:
    """The holdings after the row that opens at ``start`` and does not read, where
    they read whole and that row's stray words are certainly its own (a stream printed
    its code and amount after the holdings: "S", "4,441", "(7)"): that row opens with a
    title on a line of its own and its words up to the next such title hold no other
    date; from that title on, the words read as holdings only, each with a title, an
    amount owned, its "D" or "I" and, where "I", a nature; and the words after the last
    holding are only letters, amounts, prices and marks (``_NOT_A_HOLDINGS``), the last
    holding closed by its "D" or "I" or by a mark (``_closes_holding``). None where any
    of that does not hold."""
    if table != "table_i" or start >= len(atoms) or not opens_paragraph(atoms, start):
        return None
    first = next((j for j in range(start + 1, len(atoms)) if opens_paragraph(atoms, j)), None)
    if first is None or sum(bool(DATE_RE.fullmatch(a.text)) for a in atoms[start:first]) > 1:
        return None
    last = max(j for j in range(first, len(atoms)) if opens_paragraph(atoms, j))
    for end in range(len(atoms), last, -1):
        if not all(_NOT_A_HOLDINGS.fullmatch(a.text) for a in atoms[end:]):
            break
        if not _closes_holding(atoms[end - 1].text):
            continue
        source = WordSource(atoms[first:end])
        try:
            rows = read_rows(parse_body(source, table), source)
        except (LarkError, SectionError):
            continue
        if rows and all(_whole_holding(row) for row in rows):
            return rows
    return None


def _closes_holding(text: str) -> bool:
    """True where a holding's word ``text`` certainly ends it: its "D" or "I", or a word
    ending with a note's mark (a mark closes its cell: "Trust(15)", so a stray "S" after
    it is not the nature's); not a mark standing alone (whose it is is not told)."""
    return bool(_ROW_END.fullmatch(text)
                or (MARK_AT_END_RE.search(text) and not MARKS_RE.fullmatch(text)))


def _whole_holding(row: Row) -> bool:
    """True where ``row`` is a holding with all its cells: a title, an amount owned, its
    "D" or "I" and, where "I", a nature."""
    way = row.get("direct_or_indirect")
    return ("transaction_code" not in row and "transaction_date" not in row
            and "security_title" in row and "shares_owned_following" in row
            and way is not None and ("nature_of_ownership" in row
                                     or not way.text.lstrip("(").startswith("I")))


def rows_before_stop(atoms: list[Atom], table: str) -> tuple[list[Row], int, int] | None:
    """The titled rows before the first row of the table that reads as no row, where
    that row stands and where the words those rows read end; None where every row
    reads."""
    before = _all_before_stop(atoms, table)
    return None if before is None else (_titled(before[0]), *before[1:])


def _all_before_stop(atoms: list[Atom], table: str) -> tuple[list[Row], int, int] | None:
    """``rows_before_stop`` with every row read before the stop, titled or not."""
    source = WordSource(atoms)
    try:
        parse_body(source, table)
    except LarkError as exc:
        stop = error_index(exc, source)
    else:
        return None
    rows, end = _rows_before(atoms, stop, table)
    return rows, stop, end


def _chained(rows: list[Row]) -> bool:
    """True where each of ``rows`` after the first follows from the one before it by the
    table's arithmetic (``follows_on``): rows read only once their marks are joined are
    taken so alone (the words before them may hold cells an earlier mend moved there)."""
    return all(follows_on(row, before) for before, row in zip(rows, rows[1:]))


def _vouched(atoms: list[Atom], rows: list[Row], stop: int, table: str) -> bool:
    """False where ``rows`` are one row (which no arithmetic chains to another) and the
    first row after the stop that reads alone from a title opening a line, a row of the
    same holding (its title and its "D" or "I" alike), does not follow from it
    (``follows_on``): its values may be a later row's or a mended row's put back wrong.
    True where the rows chain, or no such row tells."""
    if len(rows) != 1:
        return True
    for i in range(stop, len(atoms)):
        if opens_paragraph(atoms, i) and (read := _one_row(atoms[i:], table)) is not None:
            return _holding(read[0]) != _holding(rows[0]) or follows_on(read[0], rows[0])
    return True


def _holding(row: Row) -> tuple[str, str]:
    """The holding ``row`` is a row of: its title without its notes' marks, and its
    "D" or "I"."""
    title, way = row.get("security_title"), row.get("direct_or_indirect")
    return (" ".join(MARKS_AT_END_RE.sub("", title.text).split()).lower() if title else "",
            MARKS_AT_END_RE.sub("", way.text).strip("()") if way else "")


def _strays_start(atoms: list[Atom], rows: list[Row], titled: list[Row], end: int,
                  table: str) -> int:
    """Where the words read before a stop (``atoms[:end]``, read as ``rows``, of which
    ``titled``, one at least, hold a title) end once the values read after the last
    titled row as rows of their own are left out ("2083655", "D" after a row's own
    "2085555", "D": a later row's last cells printed before its title, which stands
    before the stop): the end of the longest start whose rows all hold a title, looked
    for no further back than that row's last cell; ``end`` where every row holds one."""
    if len(titled) == len(rows):
        return end
    for start in range(end - 1, _last_cell_at(atoms, titled[-1], end), -1):
        got = start_rows(atoms, start, table)
        if got is not None and len(got) == len(titled) == len(_titled(got)):
            return start
    return end


def _last_cell_at(atoms: list[Atom], row: Row, end: int) -> int:
    """The index in ``atoms[:end]`` of the last atom that starts one of ``row``'s cells
    (0 where none does): the row's words end after it."""
    starts = {(cell.line, cell.column) for cell in row.values()}
    return next((i for i in range(end - 1, -1, -1)
                 if (atoms[i].line, atoms[i].column) in starts), 0)


def partly_read(atoms: list[Atom], table: str, layout: str) -> PartlyRead | None:
    """The rows before the first row of the table that reads as no row, or None where
    every row reads or none does. ``atoms`` as the page gave them (marks unjoined)."""
    before = _all_before_stop(atoms, table)
    if before is not None and not _titled(before[0]):  # stopped at a mark apart: read joined
        joined = marks_joined(atoms, table)
        again = _all_before_stop(joined, table)
        if again is not None and _chained(titled := _titled(again[0])) \
                and _vouched(joined, titled, again[1], table):
            atoms, before = joined, again
    if before is None or not (rows := _titled(before[0])):
        return None
    read, stop, end = before
    # a later row's last cells printed before its title: the rows after are read from there
    strays = _strays_start(atoms, read, rows, end, table)
    after, scattered, priced = _rows_after(atoms, stop if strays == end else strays, table,
                                           rows[-1], strays)
    held = _holdings_after(atoms, end, table) if not after else None
    left_out = ("that row and the rows after it are left out" if not after else
                f"the words from there on are left out but for {len(after)} rows that read "
                "again and follow from the rows before by the table's arithmetic")
    if scattered:
        left_out += (f", {scattered} of them put back from cells printed scattered over "
                     "several rows, where their amounts split one way only by that "
                     "arithmetic" + ("" if priced else " (their prices, which differ and "
                                     "whose order the text does not tell, left unknown)"))
    if held:
        after = held
        left_out = ("that row alone is left out, its words being its own (one title, "
                    "the words after the holdings only codes, amounts and marks), and the "
                    f"{len(held)} holdings after it, each read whole, are kept")
    at = atoms[stop]
    return PartlyRead(f"{TITLES[table]} is read up to its row at {at.text!r}, which does not "
                      f"read as the form's columns: {left_out}",
                      rows=rows + after, line=at.line, column=at.column, layout=layout)


def page_by_page(read: Callable[[list[Atom]], list[Row]],
                 read_page: Callable[[list[Atom]], list[Row]], pages: list[list[Atom]],
                 table: str, layout: str) -> list[Row]:
    """The rows ``read`` finds in the body of every page (``pages``: each page's
    atoms, headers left out) taken as one; where that does not read, the rows
    ``read_page`` finds in each page's body on its own, up to the first page that
    does not read (then a ``PartlyRead``)."""
    try:
        return read([atom for page in pages for atom in page])
    except SectionError as error:
        whole = error
        pages = [page for page in pages if page]
        if len(pages) < 2:
            raise
    rows: list[Row] = []
    for page in pages:
        try:
            rows.extend(read_page(page))
        except PartlyRead as partial:
            rows.extend(partial.rows)
            stop: SectionError = partial
            break
        except SectionError as error:
            stop = error
            break
    else:
        return rows
    if len(rows) <= len(whole.rows if isinstance(whole, PartlyRead) else []):
        raise whole
    raise PartlyRead(f"{TITLES[table]} is read page by page up to a page that does not read "
                     f"({stop.message}): the rows from there on are left out",
                     rows=rows, line=stop.line, column=stop.column, layout=layout)
