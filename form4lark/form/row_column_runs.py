"""A table's body printed as runs of columns, read back into rows.

A text in reading order may print each cell of a table as a box of its own, in an
order set by where the boxes stand (pdfminer, for one): a run of every row's title,
then every row's price and date in turn, a run of codes, then each row's amount,
dates, underlying title, amount and price in turn, a run of amounts owned after, a
run of letters. What such a text keeps is the form's order of columns and, within
a run, the rows' order. So the body is read as *runs*: each takes the next columns
of the form (those a row may leave empty being there for every row or for none)
and holds, row after row, each row's cells of them.

The columns, their order and the kinds of their cells come from
``grammars/form_rows.lark`` (its terminals); transactions come before holdings,
which print no date, code or amount moved. Table I's runs tell more than its
merged reading (``row_merge.py``) does, so they are tried first. Every way of cutting the body into runs
whose cells all read as their columns' kinds, for every count of rows, is a
reading; a cell is kept only where every reading gives it alike (a lone date of
column 6 may be either date: it is left out), and the body is not read where
readings disagree on the rows' count or where none or too many are found: a
shifted value is worse than none. Where no such reading is found, the body may
print its transactions' runs first, then its holdings', through some first columns,
and every row's runs of the columns after (``_phases``: pdfminer sets the holdings'
boxes apart, below): those readings are weighed alike. A body that reads in none of
these ways may print its rows in blocks, each block its own runs ending with its
letters and natures (``_block_rows``; where the words after its letters are too many to
try a cut before each, only where the natures end: ``_nature_cuts``). A body or block
whose last column came out row by row, each "I" followed by its nature, has its letters
put back as one run before the natures (``_pairs_apart``); a body's last block may
print its title after its values (``_title_first``). A title never opens as a nature
does ("By ...", "See ..."). A body read in
none of these ways is tried again with its titles mended where a box held two or a
page's end cut one (``run_titles.py``). The search is bounded: counts of rows the body
has too few values of each kind for are not tried (``_enough``), and a search that
spends ``_STEPS`` steps reads nothing.
"""

from __future__ import annotations

from functools import lru_cache

from ..patterns import MARKS_AT_END_RE, NATURE_OPENING_RE
from ..sections import Cell, Row
from .atoms import Atom
from .column_tokens import (TABLE_I, TABLE_II, Column, Token, agreed, body_tokens, cell, fits,
                            is_value, natures_last, paragraphs, text, title_cells)
from .row_resync import follows_on
from .run_titles import mended_titles
from .table_header import is_header_text

#: readings beyond this many are not weighed: the body is left out
_MOST = 64
#: nor a body whose search takes more steps than this
_STEPS = 50_000


_TABLES = {"table_i": TABLE_I, "table_ii": TABLE_II}


#: a part of the body read as runs: its columns ``[lo, hi)`` of the rows ``[first, last)``
_Phase = tuple[int, int, int, int]


class _Reader:
    """Every cut of ``tokens`` into runs, for ``rows`` rows of which the first
    ``moves`` are transactions, phase after phase (one phase: every column of every
    row)."""

    def __init__(self, table: tuple[Column, ...], tokens: list[Token], rows: int,
                 moves: int, budget: list[int], phases: tuple[_Phase, ...] = (),
                 bounds: dict[tuple[object, ...], tuple[int, int]] | None = None):
        self.table, self.tokens, self.rows, self.moves = table, tokens, rows, moves
        self.phases = phases or ((0, len(table), 0, rows),)
        self.budget = budget
        self.found: list[list[Row]] = []
        self.dead: set[tuple[int, int, int]] = set()
        self.titles: dict[tuple[int, int], list[Cell] | None] = {}
        self.bounds = {} if bounds is None else bounds  # shared by the readers of a body

    def _takes(self, column: Column, row: int) -> bool:
        return row < self.moves or not column.moves_only

    def _taking(self, column: Column, lo: int, hi: int) -> range:
        """The rows of ``[lo, hi)`` that print ``column`` (a transactions' column: the
        first ``moves`` rows only), as ``_takes`` tells them, without asking each row."""
        return range(lo, min(hi, self.moves) if column.moves_only else hi)

    def _fill(self, run: tuple[Column, ...], at: int, rows: list[Row] | None,
              phase: int) -> int | None:
        """``run``'s cells from token ``at`` on, row after row of ``phase``, into ``rows``
        (where given); the token after them, or None where a cell does not read as its
        column."""
        _, _, lo, hi = self.phases[phase]
        if len(run) == 1 and not run[0].terminals and at < len(self.tokens):
            titles = self._one_paragraph(run[0], at, hi - lo)
            if titles is not None:
                for row, title in zip((rows or [])[lo:hi], titles):
                    row[run[0].name] = title
                return at + 1
        read = self._row_by_row(run, at, rows, lo, hi, lag=False)
        return None if read is None else read[0]

    def _row_by_row(self, run: tuple[Column, ...], at: int, rows: list[Row] | None,
                    lo: int, hi: int, lag: bool) -> tuple[int, list[int]] | None:
        """``run``'s cells of the rows ``[lo, hi)`` from token ``at`` on, row after row,
        each cell read as its column (``_reads``); with ``lag``, from the first row whose
        last cell does not read so on, every row's last cell is left for later. The token
        after them and the rows left so, or None where a cell does not read."""
        lagging: list[int] = []
        for n in range(lo, hi):
            for column in run:
                if not self._takes(column, n):
                    continue
                if at >= len(self.tokens):
                    return None
                token = self.tokens[at]
                if lag and column is run[-1] and (lagging or not _reads(token, column)):
                    lagging.append(n)
                    continue
                if not _reads(token, column):
                    return None
                if rows is not None:
                    rows[n][column.name] = cell(list(token.atoms))
                at += 1
        return at, lagging

    def _fill_mixed(self, run: tuple[Column, ...], at: int, rows: list[Row] | None,
                    phase: int) -> int | None:
        """``run``'s cells from token ``at`` on where its columns' boxes came out mixed
        (a box of some rows' prices, one of their amounts owned, the next rows' ...):
        each column's cells stay in the rows' order, and each cell's kind tells its
        column, so the run is read only where every cell fits exactly one of them (a
        "$" price, an amount, a date, a letter). The token after it, or None."""
        if len(run) < 2 or any(not c.terminals for c in run):
            return None
        _, _, lo, hi = self.phases[phase]
        waiting = [list(self._taking(c, lo, hi)) for c in run]
        if min(map(len, waiting)) < 2:
            return None  # one row's cells out of column order are no boxes mixed: no reading
        while any(waiting):
            if at >= len(self.tokens) or self.tokens[at].words:
                return None
            token = self.tokens[at]
            kinds = [k for k, c in enumerate(run) if fits(token.text, c.terminals)]
            if len(kinds) != 1 or not waiting[kinds[0]]:
                return None
            n = waiting[kinds[0]].pop(0)
            if rows is not None:
                rows[n][run[kinds[0]].name] = cell(list(token.atoms))
            at += 1
        return at

    def _fill_lagging(self, run: tuple[Column, ...], at: int, rows: list[Row] | None,
                      phase: int) -> int | None:
        """``run``'s cells from token ``at`` on where its last column's boxes of the
        last rows came out after the run (a page's last rows: "2,080", "(1)", ...,
        "204", "643", ..., "405", "$0", "$0", "$0"): row after row as ``_fill`` reads
        them until a row's last cell does not read as its column; from that row on,
        every row's last cell is one of those printed after the run, in the rows'
        order. The token after them, or None (also where no cell lags: ``_fill``)."""
        last = run[-1]
        if len(run) < 2 or not last.terminals:
            return None
        _, _, lo, hi = self.phases[phase]
        read = self._row_by_row(run, at, rows, lo, hi, lag=True)
        if read is None or not read[1]:
            return None
        at, lagging = read
        for n in lagging:
            if at >= len(self.tokens) or not _reads(self.tokens[at], last):
                return None
            if rows is not None:
                rows[n][last.name] = cell(list(self.tokens[at].atoms))
            at += 1
        return at

    def _alike(self, rows: list[Row]) -> bool:
        """Whether the transactions print the same columns, and the holdings: a column
        left empty (an optional one) is so in every row of a kind, a phase of one row
        (``_last_row_apart``) not leaving out what the others print."""
        kinds = (rows[:self.moves], rows[self.moves:])
        return all(len({frozenset(r) for r in kind}) <= 1 for kind in kinds)

    def _one_paragraph(self, column: Column, at: int, count: int) -> list[Cell] | None:
        """A words column printed as one paragraph holding the same words once per
        row ("Common", "Stock(1)", "Common", "Stock(1)")."""
        token = self.tokens[at]
        if not token.words or column.moves_only or count < 2:
            return None
        if (at, count) not in self.titles:
            self.titles[at, count] = title_cells([list(token.atoms)], count)
        return self.titles[at, count]

    def _cells(self, phase: int, first: int) -> tuple[int, int]:
        """How few and how many cells the columns from ``first`` on of ``phase`` and the
        phases after may print (a words column once where one paragraph holds every
        row's); worked out once per start and count of rows, as every walk from it asks
        again."""
        key = (self.phases, self.moves, phase, first)
        if key in self.bounds:
            return self.bounds[key]
        least = most = 0
        for n, (lo, hi, top, bottom) in enumerate(self.phases[phase:]):
            for column in self.table[max(lo, first) if n == 0 else lo:hi]:
                count = len(self._taking(column, top, bottom))
                most += count
                least += 0 if column.optional or not count else 1 if not column.terminals else count
        self.bounds[key] = least, most
        return least, most

    def walk(self, first: int, at: int, rows: list[Row], phase: int = 0) -> None:
        """Runs from column ``first`` and token ``at`` on. Whether the rest reads does
        not hang on the runs before: a start that found nothing is not walked again."""
        self.budget[0] -= 1
        least, most = self._cells(phase, first)
        if (self.budget[0] < 0 or len(self.found) > _MOST or (phase, first, at) in self.dead
                or not least <= len(self.tokens) - at <= most):
            return
        hi = self.phases[phase][1]
        if first == hi:
            if phase + 1 < len(self.phases):
                self.walk(self.phases[phase + 1][0], at, rows, phase + 1)
            elif self._alike(rows) and all(_texts(rows) != _texts(f) for f in self.found):
                self.found.append([dict(r) for r in rows])  # one row: every cut alike
            return
        found = len(self.found)
        if self.table[first].optional:  # printed empty in every row
            self.walk(first + 1, at, rows, phase)
        for run, last in _runs(self.table, first):
            if last >= hi:
                continue
            for fill in (self._fill, self._fill_mixed, self._fill_lagging):
                after = fill(run, at, None, phase)  # read first, written only where it reads
                if after is not None:
                    filled = [dict(r) for r in rows]
                    fill(run, at, filled, phase)
                    self.walk(last + 1, after, filled, phase)
        if len(self.found) == found and self.budget[0] >= 0:
            self.dead.add((phase, first, at))


def _reads(token: Token, column: Column) -> bool:
    """Whether ``token`` reads as a cell of ``column``: a value of its kinds, or words
    for a column of words (a title: never words opening as a nature does, "By ...")."""
    if column.terminals:
        return not token.words and fits(token.text, column.terminals)
    return _title(token)


def _title(token: Token) -> bool:
    """Whether ``token`` may be a title: words that do not open as a nature ("By
    Trust", "See footnote"), which no title does."""
    return token.words and not NATURE_OPENING_RE.match(token.atoms[0].text)


@lru_cache(maxsize=None)
def _runs(table: tuple[Column, ...],
          first: int) -> tuple[tuple[tuple[Column, ...], int], ...]:
    """The runs that open with column ``first``: it and the next columns, each
    optional one among them there or not; each with its last column's place."""
    runs: list[tuple[Column, ...]] = [(table[first],)]
    out = [(runs[0], first)]
    for last, column in enumerate(table[first + 1:], first + 1):
        grown = [r + (column,) for r in runs]
        out += [(r, last) for r in grown]
        runs = grown + runs if column.optional else grown
    return tuple(out)


def _phases(columns: int, rows: int, moves: int, parted: bool | None) -> list[tuple[_Phase, ...]]:
    """How the body's runs may go: over every row (``parted`` False), or the
    transactions' rows first, then the holdings', each through the first ``k``
    columns, and every row through the columns after (a page's boxes set apart by
    where the rows stand: the holdings below the transactions); ``parted`` None:
    the last row apart (``_last_row_apart``)."""
    if parted is None:
        return _last_row_apart(columns, rows, moves)
    if not parted:
        return [()]
    if not 0 < moves < rows:
        return []
    return [tuple(p for p in ((0, k, 0, moves), (0, k, moves, rows), (k, columns, 0, rows))
                  if p[0] < p[1])
            for k in range(1, columns + 1)]


def _last_row_apart(columns: int, rows: int, moves: int) -> list[tuple[_Phase, ...]]:
    """The runs of every row through some first columns, then those of the next
    columns (two or more) for every row but the last, then the last row's own, then
    every row's through the columns after (a page's last row printed below the
    others' boxes: "90,884", "(1)", ..., "$0", then "26,388", "(1)", "(1)", "Common
    Stock", "26,388", "$0", then every row's amount owned after). Only for a body of
    transactions alone, of three rows or more."""
    if rows < 3 or moves != rows:
        return []
    return [tuple(p for p in ((0, a, 0, rows), (a, b, 0, rows - 1), (a, b, rows - 1, rows),
                              (b, columns, 0, rows)) if p[0] < p[1])
            for a in range(1, columns - 1) for b in range(a + 2, columns)]


def _kinds(tokens: list[Token], columns: tuple[Column, ...]) -> dict[tuple[str, ...], int]:
    """How many of ``tokens`` read as each kind of value the columns hold."""
    return {c.terminals: sum(not t.words and fits(t.text, c.terminals) for t in tokens)
            for c in columns if c.terminals}


def _enough(kinds: dict[tuple[str, ...], int], columns: tuple[Column, ...], rows: int,
            moves: int) -> bool:
    """Whether the body holds enough values of each kind for ``rows`` rows of which
    ``moves`` are transactions: the columns that must print a cell in each row (or
    each transaction's) of one kind need that many cells of it, each its own (the
    shares moved and the amounts owned after: two amounts per transaction). A reading
    needs this, so a count it fails is not searched."""
    need: dict[tuple[str, ...], int] = {}
    for column in columns:
        if column.terminals and not column.optional:
            need[column.terminals] = need.get(column.terminals, 0) + (
                moves if column.moves_only else rows)
    return all(kinds[k] >= n for k, n in need.items())


def _texts(rows: list[Row]) -> list[dict[str, str]]:
    return [{k: v.text for k, v in r.items()} for r in rows]


def _natures(rows: list[Row], tokens: list[Token]) -> bool:
    """The words after the last run: one nature per indirect row (or none printed)."""
    indirect = [r for r in rows if r["direct_or_indirect"].text.strip("()").startswith("I")]
    if tokens and len(tokens) != len(indirect) and all(t.words for t in tokens):
        cut = _by_natures(tokens)
        tokens = cut if len(cut) == len(indirect) else _by_marked_ends(tokens)
    if tokens and (len(tokens) != len(indirect) or not all(t.words for t in tokens)):
        return False
    for row, token in zip(indirect, tokens):
        row["nature_of_ownership"] = cell(list(token.atoms))
    return True


def _by_natures(tokens: list[Token]) -> list[Token]:
    """Natures printed with no blank line between them, cut where a line opens with
    "By" ("By Sequoia Capital" / "XI, LP(2)" / "By Sequoia Capital XI" / ...); the
    tokens as they are where one does not open so."""
    out: list[list[Atom]] = []
    for token in tokens:
        for n, atom in enumerate(token.atoms):
            if atom.text == "By" and (n == 0 or token.atoms[n - 1].line != atom.line):
                out.append([atom])
            elif n and out:
                out[-1].append(atom)
            else:
                return tokens
    return [Token(tuple(part), True) for part in out]


def _by_marked_ends(tokens: list[Token]) -> list[Token]:
    """Natures printed with no blank line between them, cut after each line that ends
    with footnote marks where the next line opens with a word ("Growth Fund, L.P.(2)(3)"
    / "Sequoia Capital Global" / "Growth Principals Fund," / "L.P.(2)(3)"; a line of
    marks alone, "(3)", stays with the nature before it)."""
    out: list[Token] = []
    for token in tokens:
        start = 0
        for n in range(1, len(token.atoms)):
            atom, before = token.atoms[n], token.atoms[n - 1]
            if atom.line != before.line and atom.text[:1].isalpha() \
                    and MARKS_AT_END_RE.search(before.text):
                out.append(Token(token.atoms[start:n], True))
                start = n
        out.append(Token(token.atoms[start:], True))
    return out


def run_rows(atoms: list[Atom], table: str) -> list[Row] | None:
    """The rows of a body (one page's: each page's cells are boxes of their own)
    printed as runs of columns, or None where it is not one or its readings disagree."""
    columns = _TABLES.get(table)
    rows = None if columns is None else _page_rows(atoms, columns)
    return None if rows is not None and _amounts_swapped(rows) else rows


def _swapped(row: Row) -> Row:
    """``row`` with its shares and its amount owned after exchanged."""
    swapped = dict(row)
    for key, other in (("shares", "shares_owned_following"), ("shares_owned_following", "shares")):
        swapped.pop(key, None)
        if other in row:
            swapped[key] = row[other]
    return swapped


def _amounts_swapped(rows: list[Row]) -> bool:
    """True where two rows one after the other do not follow by the table's arithmetic
    (what the one holds after it, the next holds before it) but do with each row's shares
    and amount owned after exchanged: the text printed the runs of those two columns in
    the other order (pdfminer's boxes flow: "468,198 D" ... before "9,136 D" "$159.942"),
    which two runs of amounts do not tell apart."""
    return any(not follows_on(row, before) and follows_on(_swapped(row), _swapped(before))
               for before, row in zip(rows, rows[1:]))


#: Table II's columns with the underlying title's run printed after column 9's: pdfminer
#: sets the underlying titles' boxes after the amounts' where they stand lower ("12,687,274",
#: "$ 0", "12,687,274", ..., then "Class A Common Stock" for each row, then the letters)
_UNDERLYING_TITLES_LATE = tuple(c for c in TABLE_II if c.name != "underlying_security_title"
                                and c.name != "direct_or_indirect") + tuple(
    c for c in TABLE_II if c.name in ("underlying_security_title", "direct_or_indirect"))
#: the orders of columns a body is read in, the form's first; the others only where it
#: reads in no way in the form's (a table not listed: the form's order alone)
_ORDERS: dict[tuple[Column, ...], tuple[tuple[Column, ...], ...]] = {
    TABLE_II: (TABLE_II, _UNDERLYING_TITLES_LATE)}


def _page_rows(atoms: list[Atom], columns: tuple[Column, ...]) -> list[Row] | None:
    """A page's body read as runs of columns, in the form's order of columns, or
    else in another order a converter prints the runs in (``_ORDERS``)."""
    tokens = body_tokens(_typed_lines(paragraphs(atoms), columns), columns)
    if tokens is None:
        return None
    for order in _ORDERS.get(columns, (columns,)):
        if order is columns or _words_before_letters(tokens):
            rows = _ordered_rows(tokens, order)
            if rows is not None:
                return rows
    return None


def _words_before_letters(tokens: list[Token]) -> bool:
    """Whether a run of direct/indirect letters follows words, as it does where the
    underlying titles' run is printed after column 9's (in the form's order an amount
    owned comes before the letters): the other order is only worth a search there."""
    return any(tokens[k - 1].words and _letter(tokens[k]) is not None
               for k in range(1, len(tokens)))


def _ordered_rows(tokens: list[Token], columns: tuple[Column, ...]) -> list[Row] | None:
    """The rows of a page's body's ``tokens`` read as runs of ``columns`` in their order:
    as they are, else with the cells a box or a page's end put out of their runs' shape
    mended (a header's last line, a title cut, values printed before the titles)."""
    rows = _token_rows(tokens, columns, apart=True)
    rows = rows if rows is not None else _block_rows(tokens, columns)
    if rows is not None:
        return rows
    tried = [tokens]
    untailed = _without_header_tails(tokens)
    for base in (tokens, untailed) if untailed != tokens else (tokens,):
        titled = mended_titles(base)
        for mended in (base, titled, _values_after_titles(base), _values_after_titles(titled)):
            if mended not in tried:
                tried.append(mended)
                rows = _token_rows(mended, columns, apart=True)
                rows = rows if rows is not None else _block_rows(mended, columns)
                if rows is not None:
                    return rows
    return None


def _without_header_tails(tokens: list[Token]) -> list[Token]:
    """``tokens`` without the words that end a column header printed among the body's
    cells (pdfminer sets a header's last line, below the sub-headers, among the values:
    "Transaction(s)" / "(Instr. 4)" of column 9's "... Owned Following Reported"): a
    paragraph of the headers' words alone that cites an instruction, which no title
    or nature does ("Warrants" or "Options", header words too, stay)."""
    return [t for t in tokens
            if not (t.words and "(Instr." in t.text and is_header_text(t.text))]


def _values_after_titles(tokens: list[Token]) -> list[Token]:
    """``tokens`` with a run of values that opens the body, dates among them, put after
    the run of titles that follows it (pdfminer prints a page's values above its titles
    where their boxes stand higher: "10/19/2023", "10/19/2023", then "Class A Common
    Stock", ...; or a first row's "07/02/2018", "A", "223(1)", "A", "$ 0.00", then the
    titles of it and the holdings below); the same list where the body does not open with
    values, or they hold no date or more dates than the titles after them (a row's date each)."""
    values = 0
    while values < len(tokens) and not tokens[values].words:
        values += 1
    titles = values
    while titles < len(tokens) and tokens[titles].words:
        titles += 1
    dates = sum(fits(t.text, ("M_DATE",)) for t in tokens[:values])
    if not dates or titles - values < dates:
        return tokens
    return tokens[values:titles] + tokens[:values] + tokens[titles:]


def _typed_lines(body: list[list[Atom]], columns: tuple[Column, ...]) -> list[list[Atom]]:
    """The body's paragraphs, a one-line paragraph whose boxes were merged onto one
    line ("$ 9.97 11/20/2020": a price, then a date) cut into its values: each a word
    or two ("$" and its figures) reading as one value of the columns, cut only where
    every word of the line falls into exactly one way of so reading it."""
    out: list[list[Atom]] = []
    for paragraph in body:
        values = None
        if len({a.line for a in paragraph}) == 1 and not is_value(text(paragraph), columns):
            values = _line_values(paragraph, columns)
        out += values or [paragraph]
    return out


def _line_values(line: list[Atom], columns: tuple[Column, ...]) -> list[list[Atom]] | None:
    """``line`` cut into values of one word or two (a "$" then its figures), or None
    where a word reads in no value, or a word both alone and with the next."""
    out: list[list[Atom]] = []
    at = 0
    while at < len(line):
        one = is_value(text(line[at:at + 1]), columns)
        two = at + 1 < len(line) and line[at].text == "$" and is_value(text(line[at:at + 2]), columns)
        if one == two:  # neither, or both: no single reading
            return None
        out.append(line[at:at + (1 if one else 2)])
        at += len(out[-1])
    return out if len(out) > 1 else None


#: a body is cut into blocks only where it has at most this many places to cut
_CUTS = 12


def _block_rows(tokens: list[Token], columns: tuple[Column, ...]) -> list[Row] | None:
    """A body printed as blocks one after the other, each its own runs of columns
    (the boxes of a page's first rows, then those of the rows below them: titles,
    dates, ..., letters, natures; then the next rows' titles, ...). A block ends
    with its letters and the natures after them, so it is cut only among the words
    after a letter (where the natures end and the next titles begin, which the words
    do not tell: every cut is tried). Read only where every way of cutting that reads
    gives the same count of rows (the cells they give alike kept), as a whole body is."""
    cuts = [k for k in range(1, len(tokens)) if tokens[k].words and _after_letters(tokens, k)]
    cuts += _title_last_cut(tokens)
    # half a body's search for every block tried; a whole one where the cuts are only
    # those the natures allow (few places, long blocks: each costs more to read)
    budget = [_STEPS // 2]
    if len(cuts) > _CUTS:
        cuts, budget = _nature_cuts(tokens), [_STEPS]
    if not cuts or len(cuts) > _CUTS:
        return None
    memo: dict[int, list[list[Row]]] = {}

    def read(start: int) -> list[list[Row]]:
        """Every reading of the tokens from ``start`` on as one block or more."""
        if start not in memo:
            out: list[list[Row]] = []
            whole = _token_rows(tokens[start:], columns, budget) if start else None
            title_first = _title_first(tokens[start:]) if start and whole is None else None
            if title_first is not None:  # the body's last block, its title printed last
                whole = _token_rows(title_first, columns, budget, least=3)
            if whole is not None:
                out.append(whole)
            for cut in (k for k in cuts if k > start):
                first = _token_rows(tokens[start:cut], columns, budget)
                if first is not None:
                    out += [first + rest for rest in read(cut)]
            memo[start] = out[:_MOST + 1]
        return memo[start]

    readings = read(0)
    if budget[0] < 0 or not readings or len(readings) > _MOST or len({len(r) for r in readings}) != 1:
        return None
    return agreed(readings)


def _title_last_cut(tokens: list[Token]) -> list[int]:
    """Where the body's last block opens if it prints its title last (``_title_first``)
    after the words that follow a letter (a nature, or the title before): that place,
    or none."""
    words = [k for k in range(len(tokens) - 1) if tokens[k].words]
    start = words[-1] + 1 if words else 0
    return [start] if 0 < start and _after_letters(tokens, start) \
        and _title_first(tokens[start:]) is not None else []


def _title_first(block: list[Token]) -> list[Token] | None:
    """The body's last block with its title put first where it was printed after its
    cells ("1,057(5)", "D", "Class A Common Stock": a holding's title box set lower
    than its values), or None where it is not so: the block opens with a value and
    its only words, a title, close it, where no row is owned indirectly (words after
    an "I" may be its nature)."""
    letters = [t.text.strip("()") for t in block if _letter(t) is not None]
    if len(block) < 3 or not _title(block[-1]) or any(t.words for t in block[:-1]) \
            or not letters or any(letter.startswith("I") for letter in letters):
        return None
    return block[-1:] + block[:-1]


def _nature_cuts(tokens: list[Token]) -> list[int]:
    """The places to cut a body into blocks where the words after its letters are too
    many to try each: after each run of letters, where its words begin (no natures
    printed) and one token per indirect letter later (a nature each); only where
    fewer paragraphs, each opening as a nature does, hold as many natures printed with
    no blank line between them, where they end (``_natures_end``: those words are
    natures, so neither a cut before them nor one among them reads)."""
    cuts: list[int] = []
    for k in range(1, len(tokens)):
        if tokens[k].words and not tokens[k - 1].words and _after_letters(tokens, k):
            start = k - 1
            while start and fits(tokens[start - 1].text, ("M_DIRECT_INDIRECT",)):
                start -= 1
            indirect = sum(t.text.strip("()").startswith("I") for t in tokens[start:k])
            end = _natures_end(tokens, k, indirect)
            if end is not None:
                cuts += [end] if end < len(tokens) else []
            else:
                cuts += [k] + ([k + indirect] if indirect and k + indirect < len(tokens) else [])
    return cuts


def _natures_end(tokens: list[Token], at: int, count: int) -> int | None:
    """Where ``count`` natures printed from token ``at`` on end, where fewer paragraphs
    of words than ``count``, each opening as a nature does (no title does), hold them
    with no blank line between them ("By Sequoia" / "Capital XI," / "LP(2)" / "By
    Sequoia" / ...), cut as ``_natures`` cuts them; None where no such paragraphs do."""
    for end in range(at + 1, min(at + count, len(tokens) + 1)):
        if not tokens[end - 1].words or _title(tokens[end - 1]):
            return None
        natures = tokens[at:end]
        if len(_by_natures(natures)) == count or len(_by_marked_ends(natures)) == count:
            return end
    return None


def _after_letters(tokens: list[Token], at: int) -> bool:
    """Whether the words before token ``at`` (if any) follow a direct/indirect letter."""
    while at and tokens[at - 1].words:
        at -= 1
    return bool(at) and fits(tokens[at - 1].text, ("M_DIRECT_INDIRECT",))


def _token_rows(tokens: list[Token], columns: tuple[Column, ...],
                budget: list[int] | None = None, apart: bool = False,
                least: int | None = None) -> list[Row] | None:
    """The rows of a body's tokens read as one set of runs (the words after the last
    run: the indirect rows' natures), or None where they do not read as one, their
    readings disagree or the search spends its ``budget`` of steps (or ``_STEPS``).
    ``apart``: a whole page's body, whose last row may print apart (``_last_row_apart``;
    not a block's, whose cuts would give more readings). ``least``: the fewest tokens
    read (by default four fewer than the columns; a holding prints three)."""
    if len(tokens) < (len(columns) - 4 if least is None else least):
        return None
    tokens = _pairs_apart(tokens)
    tail = len(tokens)
    while tail and tokens[tail - 1].words:
        tail -= 1
    budget = budget or [_STEPS]
    bounds: dict[tuple[object, ...], tuple[int, int]] = {}
    readings: list[list[Row]] = []
    parts: tuple[bool | None, ...] = (False, True, None) if apart else (False, True)
    for parted in parts:  # a block apart only where nothing else reads
        for end in {tail, len(tokens)}:  # the words at the end: natures, or the last run's
            letters = sum(fits(t.text, ("M_DIRECT_INDIRECT",)) for t in tokens[:end])
            codes = sum(fits(t.text, ("M_CODE",)) for t in tokens[:end])
            kinds = _kinds(tokens[:end], columns)
            for rows in range(1, min(end // 2, letters) + 1):  # a row prints two cells or more
                for moves in range(min(rows, codes) + 1):
                    if not _enough(kinds, columns, rows, moves):
                        continue
                    for phases in _phases(len(columns), rows, moves, parted):
                        budget[0] -= 1  # a count of rows tried is a step
                        reader = _Reader(columns, tokens[:end], rows, moves, budget, phases,
                                         bounds)
                        reader.walk(0, 0, [{} for _ in range(rows)])
                        readings += [f for f in reader.found if _natures(f, tokens[end:])]
                        if budget[0] < 0 or len(readings) > _MOST:
                            return None
        if readings:
            break
    if not readings or len({len(r) for r in readings}) != 1:
        return None
    rows_read = agreed(readings)
    for n, row in enumerate(rows_read):
        if n < len(readings[0]) and "transaction_date" in row:
            row.setdefault("equity_swap_involved", Cell(""))
    return rows_read


def _pairs_apart(tokens: list[Token]) -> list[Token]:
    """``tokens`` whose last column is printed row by row, each indirect row's letter
    followed by its nature ("I", "By Fund IV, L.P.(1)", "I", "By Fund V, LP(2)": the
    boxes of a page's rows one under the other), with the letters put back as one run
    and the natures after it (``natures_last``), where every nature so moved is one
    whole nature ("By ..." or "See ...", no second one opening a line of it) and every
    indirect letter moved has its own; the same tokens elsewhere."""
    moved = natures_last(tokens, _letter, _one_nature)
    if moved == tokens:
        return tokens
    natures = len(moved)
    while moved[natures - 1].words:
        natures -= 1
    letters = natures
    while letters and _letter(moved[letters - 1]) is not None:
        letters -= 1
    indirect = sum((_letter(t) or "").strip("()").startswith("I") for t in moved[letters:natures])
    return moved if indirect == len(moved) - natures else tokens


def _letter(token: Token) -> str | None:
    """The token's text where it is a direct/indirect letter."""
    return None if token.words or not fits(token.text, ("M_DIRECT_INDIRECT",)) else token.text


def _one_nature(token: Token) -> bool:
    """Whether ``token`` is words opening as a nature does ("By", "See") with no other
    line of it opening so (two natures in one paragraph)."""
    atoms = token.atoms
    return token.words and not _title(token) and not any(
        atoms[n].line != atoms[n - 1].line and NATURE_OPENING_RE.match(atoms[n].text)
        for n in range(1, len(atoms)))
