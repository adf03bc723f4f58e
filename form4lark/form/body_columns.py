"""A page grid's table body read into the form's columns where its header stands on another grid.

pdftotext -layout sets each group of lines on its own character grid (a proportional
font squeezed into columns differently): a site's header of short titles may stand
several columns left of the values under it ("Code" at 51, its "A" at 57), so a value
stands under no title or under two. The body's own lines still agree with one another:
a column is a run of values overlapping across the body's lines (``_clusters``). These
runs are matched to the form's columns in their order by the kind of value each holds
(``assignments``: a date, a code, an amount, a "$" price, a letter, a text), each
column once, left to right. Since the header is on another grid, where a run stands
under the titles cannot settle which of two columns of one kind it is (a price or the
amount owned; the exercise or expiration date): where several matches fit, one is
taken only where the others give a holding's block a transaction's columns, or where
the columns they dispute lie between agreed ones standing under their own titles and
one match alone sets them under theirs (``_settled``); otherwise the table is left
unread (None). The fallback reads any grid text with a body line its positions cannot
place (lynx and elinks too), or whose lines stand under titles not of their kind
(``off_kind_runs``: a PDF's body shifted against its header, "S" under "Amount").

A line holding one run of words at the body's left edge is the title's (the first
column's; a PDF's proportional font may stretch it past where the next column's values
start on the lines beside it); so is a line's first such run beside values where it holds
none (a row centred on its values line, "Class A Common  16287" above it), and then no
other run is the first column's. Where no match is certain and some lines hold footnote
marks alone, the body is read again with those lines in no column (their marks left
unknown, never given to a column they may not be, and noted: ``unread_noted``): a PDF
may set them on a grid of their own (pypdf's "[2]" of a price under the direction's
letter above it). Marks one space after an "A"/"D" beside an empty next cell may be
either cell's: left unknown and noted too (``_direction_marks_out``). A cell's marks
set two spaces apart under one title are one run where the body reads no other way
("[5]  [6]": pypdf rounds each mark's place, ``marks_joined``); a column of marks alone whose place among two empty columns
the kinds do not settle ("[7]": the exercise or the expiration date's) is left in none,
its row's values read (``marks_unsettled``). Where none of
this reads the body, it is read again without a cell's lines wrapped over other columns
and with crowded cells apart (``body_wrapped.py``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Protocol

from ..page import Page
from ..patterns import AMOUNT_WORD_RE, DATE_RE, DIRECTION_LETTERS, MARKS_RE, PRICE_WORD_RE
from .body_wrapped import amount_apart, crowded_cells_apart, split_marks_out, wrapped_read
from .grid_run_kinds import (TEXT_KEYS, Placed, W, fits, holds_value, is_number, is_wordy,
                             marks_only)

#: the columns a transaction's row fills, a holding's never
_TRANSACTED = frozenset({"deemed_execution_date", "transaction_code", "equity_swap_involved",
                         "shares", "shares_acquired", "shares_disposed", "acquired_disposed",
                         "price_per_share"})
#: the most matches looked at before the table is left unread (too many to be sure)
_MOST_MATCHES = 2000


class _Sourced(Placed, Protocol):
    """A placed word with where it stands in the source."""
    @property
    def line(self) -> int: ...
    @property
    def column(self) -> int: ...


def runs(words: Sequence[W]) -> list[list[W]]:
    """A line's runs of words one space apart (a cell's words), an "A"/"D" one space
    after an amount ("39422431 A") its own run (the next column's direction)."""
    found: list[list[W]] = []
    for word in words:
        if found and found[-1][-1].end + 1 >= word.start and not _apart(found[-1][-1], word):
            found[-1].append(word)
        else:
            found.append([word])
    return found


def _apart(before: Placed, word: Placed) -> bool:
    """Whether two words one space apart are two cells': two values
    (``values_apart``: "39422431 A", "$0.00 6296802"), a number, a date or an "A"/"D"
    after a footnote mark (a cell prints its marks after its value, so what follows them
    is the next cell's: "1000 (1) D" an amount's mark and the direction, "02/06/2024 (1)
    A" a date's mark and the transaction code), or a date or price beside a word that is
    no footnote mark ("03/17/2026 Depositary": an expiration date run into the
    underlying title)."""
    if values_apart(before.text, word.text):
        return True
    if MARKS_RE.fullmatch(before.text) and (holds_value([word]) or word.text in DIRECTION_LETTERS):
        return True  # a cell's marks close it: "[1] 12687274" (a price's mark, an amount)
    return any(_dated_or_priced(a.text) and not MARKS_RE.fullmatch(b.text)
               for a, b in ((before, word), (word, before)))


def values_apart(before: str, word: str) -> bool:
    """Whether ``word`` one space after ``before`` is the next cell's value: an "A"/"D"
    after an amount ("5036306 A", the transaction's direction), or an amount or price
    after another ("$0.00 6296802": a cell holds one number, its marks after it)."""
    if word in DIRECTION_LETTERS:
        return bool(AMOUNT_WORD_RE.fullmatch(before))
    return is_number(before) and is_number(word)


def _dated_or_priced(text: str) -> bool:
    """Whether a word is a date or a price ("$0.00"), not a bare amount."""
    return bool(DATE_RE.fullmatch(text) or PRICE_WORD_RE.fullmatch(text))


def _title_under(word: Placed, spans: Sequence[tuple[int, int]]) -> int | None:
    """The index of the one title ``word`` starts under, None where none or two."""
    under = [n for n, (start, end) in enumerate(spans) if start <= word.start < end]
    return under[0] if len(under) == 1 else None


def _marks_apart(run: list[W], spans: Sequence[tuple[int, int]]) -> list[list[W]]:
    """A first column's run (a title, at the table's left edge, where the header's grid
    and the body's still agree) split before its closing footnote marks where they start
    under the next title ("Preferred [4]": the conversion price's mark, under
    "Conversion", one space after the title's last word): whose marks they are the
    body's columns then tell. Further right the grids part, and a run's marks stay its
    own ("Stock [3]", "C [1]")."""
    if _title_under(run[0], spans) != 0 or not any(is_wordy(w.text) for w in run):
        return [run]  # a value's marks ("C [1]", "3472220 [2]") are its own
    for n in range(1, len(run)):
        if marks_only(run[n:]) and _title_under(run[n], spans) not in (None, 0):
            return [run[:n], run[n:]]
    return [run]


def _line_runs(words: Sequence[W], spans: Sequence[tuple[int, int]],
               amounts_apart: bool = False, joined: bool = False) -> list[list[W]]:
    """A line's runs (``runs``), a first column's closing marks apart (``_marks_apart``),
    (``joined``) runs of marks alone two spaces apart joined (``marks_joined``), and
    (``amounts_apart``) a closing amount apart from the text before it
    (``body_wrapped.amount_apart``, ``body_wrapped.crowded_cells_apart``)."""
    parts = [part for run in runs(words) for part in _marks_apart(run, spans)]
    if joined:
        parts = marks_joined(parts, spans)
    if not amounts_apart:
        return parts
    return crowded_cells_apart([cut for part in parts for cut in amount_apart(part)])


def marks_joined(parts: list[list[W]], spans: Sequence[tuple[int, int]]) -> list[list[W]]:
    """A line's runs with two runs of footnote marks alone joined where they stand two
    spaces apart, each under one and the same title: a cell's marks ("[5] [6]" under
    "Exercisable", its date empty), which a layout text rounding each mark's place to
    its character grid may set a space further apart (pypdf's). Marks two spaces apart
    under two titles stay apart (pdfplumber's crowded "[1]  [1]" of the exercise and
    the expiration dates)."""
    joined: list[list[W]] = []
    for part in parts:
        title = _title_under(joined[-1][0], spans) if joined else None
        if title is not None and marks_only(joined[-1]) and marks_only(part) \
                and part[0].start - joined[-1][-1].end <= 2 \
                and title == _title_under(part[0], spans) \
                and not _titles_between(joined[-1][0].start, part[-1].end, spans):
            joined[-1] = [*joined[-1], *part]
        else:
            joined.append(part)
    return joined


def _titles_between(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether a span from ``start`` to ``end`` reaches under two titles or more."""
    return sum(_overlap(start, end, span) for span in spans) > 1


def _overlap(start: int, end: int, span: tuple[int, int]) -> bool:
    """Whether a span from ``start`` to ``end`` overlaps a title's ``span``."""
    return span[0] < end and start < span[1]


def _clusters(lines: Sequence[Sequence[list[W]]]) -> list[list[tuple[int, list[W]]]] | None:
    """The body's columns: runs (with their line index; each line its runs) overlapping
    across the lines, left to right; None where one column would hold two runs of one line."""
    runs = sorted(((n, run) for n, line in enumerate(lines) for run in line),
                  key=lambda item: item[1][0].start)
    found: list[list[tuple[int, list[W]]]] = []
    end = None
    for n, run in runs:
        if end is not None and run[0].start < end:
            found[-1].append((n, run))
            end = max(end, run[-1].end)
        else:
            found.append([(n, run)])
            end = run[-1].end
    if any(len({n for n, _ in cluster}) != len(cluster) for cluster in found):
        return None
    return found


#: the count of a body line's runs off their columns' kinds that shows a shift
SHIFT_RUNS = 2


def off_kind_runs(columns: dict[int, list[W]], keys: Sequence[str]) -> int:
    """The count of a body line's runs placed under its titles (``columns``, by column
    index, each its words) under a column not of their kind (``fits``; "S" under
    "Amount", "13433" under "(A) or (D)"): ``SHIFT_RUNS`` or more show a body on another
    grid than its header, as a shift of the body's values against the titles sets them.
    One such run among runs that fit is a value of its own (a "$" in an amount's
    column), no shift. A text column's line may hold any word (a title's wrapped "C-1")."""
    return sum(keys[n] not in TEXT_KEYS and not fits(keys[n], run)
               for n, words in columns.items() for run in runs(words))


def assignments(fits: list[list[bool]], at: int = 0, column: int = 0) -> Iterator[list[int]]:
    """Each way of giving the body's columns from ``at`` on the form's columns from
    ``column`` on, in order, each once, each to a column whose kind it fits."""
    if at == len(fits):
        yield []
        return
    for n in range(column, len(fits[at]) - (len(fits) - at - 1)):
        if fits[at][n]:
            for rest in assignments(fits, at + 1, n + 1):
                yield [n, *rest]


def _deemed_dated(clusters: Sequence[Sequence[tuple[int, Sequence[Placed]]]],
                  columns: list[str]) -> bool:
    """Whether each line holding a deemed execution date holds its transaction date too:
    the form has a deemed date only beside the transaction's (a row's dates stand on its
    values line), so a row's one date is its transaction date."""
    lines = {key: {n for n, _ in cluster} for cluster, key in zip(clusters, columns)}
    return lines.get("deemed_execution_date", set()) <= lines.get("transaction_date", set())


def _under(cluster: Sequence[tuple[int, Sequence[Placed]]], span: tuple[int, int]) -> bool:
    """Whether a column of the body stands under a title (overlaps its span)."""
    start = min(run[0].start for _, run in cluster)
    return _overlap(start, max(run[-1].end for _, run in cluster), span)


def _transaction_dated(match: list[int], keys: Sequence[str]) -> bool:
    """Whether a block of lines given a transaction's columns (a code, an amount
    acquired, a direction, a price) holds its date too: a holding's row ("9948 D") has
    none of them."""
    columns = {keys[n] for n in match}
    return "transaction_date" in columns or not columns & _TRANSACTED


def _settled(clusters: Sequence[Sequence[tuple[int, Sequence[Placed]]]],
             matches: list[list[int]], spans: Sequence[tuple[int, int]],
             keys: Sequence[str]) -> list[list[int]]:
    """The one match of ``matches`` where they differ only in columns (a price, an
    amount owned; an exercise or expiration date) whose nearest agreed columns on both
    sides stand under their own titles (there the header's grid and the body's still
    agree), and just one match sets each such column under its own title; else all of
    them (no one match certain: the header's grid is not the body's). Matches giving a
    transaction's columns without its date are dropped first (``_transaction_dated``)."""
    matches = [m for m in matches if _transaction_dated(m, keys)] or matches
    if all(match == matches[0] for match in matches):
        return matches[:1]
    disputed = [n for n in range(len(clusters)) if len({m[n] for m in matches}) > 1]
    agreed = [n for n in range(len(clusters)) if n not in disputed]
    for n in disputed:
        left = max((a for a in agreed if a < n), default=None)
        right = min((a for a in agreed if a > n), default=None)
        if left is None or right is None or not _under(clusters[left], spans[matches[0][left]]) \
                or not _under(clusters[right], spans[matches[0][right]]):
            return matches
    kept = [m for m in matches if all(_under(clusters[n], spans[m[n]]) for n in disputed)]
    return kept if len(kept) == 1 else matches


def _match(lines: Sequence[Sequence[list[W]]], spans: Sequence[tuple[int, int]],
           keys: Sequence[str], fitted: dict[int, list[bool]]
           ) -> tuple[list[list[int]], list[list[tuple[int, list[W]]]]] | None:
    """The matches (``assignments``, one where ``_settled``) of a block of lines'
    columns (``_clusters``; each line its runs, ``fitted`` each run's ``fits`` by
    ``id``) to the form's columns, with those columns; None where none fits (more lines
    will not make one) or there are too many to look at."""
    clusters = _clusters(lines)
    if clusters is None or len(clusters) > len(keys):
        return None
    fits = [[all(fitted[id(run)][n] for _, run in cluster) for n in range(len(keys))]
            for cluster in clusters]
    matches: list[list[int]] = []
    for count, match in enumerate(assignments(fits)):
        if count >= _MOST_MATCHES:
            return None
        if _deemed_dated(clusters, [keys[n] for n in match]):
            matches.append(match)
    if not matches:
        return None
    return marks_unsettled(clusters, _settled(clusters, matches, spans, keys)), clusters


#: ``marks_unsettled``' column index of a column of marks alone left in none
UNSETTLED = -1


def marks_unsettled(clusters: Sequence[Sequence[tuple[int, Sequence[Placed]]]],
                     matches: list[list[int]]) -> list[list[int]]:
    """``matches`` made one where they differ only in columns of footnote marks alone
    (``marks_only``; "(7)" between the direction's "D" and the underlying title's
    "Common", the exercise date's mark or the expiration date's, each empty): those
    columns given to none (``UNSETTLED``: their marks left unknown and noted, as
    ``unplaced`` words), where every value's column is agreed, each such column stands
    between the first and the last agreed value's columns (a block of marks alone is read otherwise:
    ``body_columns``), and no value in the block holds
    marks after it (``_valued_marks``: "1875938 [1]" beside an empty price, "D [1]"
    beside an empty exercise date: those marks may be the empty column's too, so the
    dispute may be theirs). Otherwise ``matches`` as they are."""
    if len(matches) < 2 or _valued_marks(clusters):
        return matches
    disputed = {n for n in range(len(clusters)) if len({m[n] for m in matches}) > 1}
    valued = [n for n in range(len(clusters)) if n not in disputed
              and not all(marks_only(run) for _, run in clusters[n])]
    if not all(marks_only(run) for n in disputed for _, run in clusters[n]) \
            or not valued or not all(valued[0] < n < valued[-1] for n in disputed):
        return matches  # a value disputed, or marks not between agreed values
    return [[UNSETTLED if n in disputed else column for n, column in enumerate(matches[0])]]


def body_columns(lines: Sequence[Sequence[W]], spans: Sequence[tuple[int, int]],
                 keys: Sequence[str]) -> list[dict[int, list[W]]] | None:
    """Each body line's words by column index (as ``short_grid._row_columns``), the
    columns taken from how the body's values line up and what they hold, block by block
    of lines on one grid (a PDF sets rows holding fewer cells on their own: each block
    the most lines from the last one's end whose columns match the form's in one best
    way); None where no one match of a block's columns to the form's is certain.

    Where they do not match so and some lines hold footnote marks alone, they are read
    again with those lines in no column (their marks unknown): a PDF may set a row's
    line of marks on a grid of its own too, so that a mark stands nearer another
    column's values than its own's ("$208.99" of a price, its "[2]" under the (A)/(D)
    letter's line)."""
    placed = _read(lines, spans, keys)
    if placed is None:  # a cell's marks set two spaces apart: ``marks_joined``
        placed = _read(lines, spans, keys, joined=True)
    return None if placed is None else [_direction_marks_out(columns, keys) for columns in placed]


def _read(lines: Sequence[Sequence[W]], spans: Sequence[tuple[int, int]],
          keys: Sequence[str], joined: bool = False) -> list[dict[int, list[W]]] | None:
    """``body_columns``' readings in turn (``_placed``: as they stand, lines of marks
    alone in no column, each text's closing amount apart), the first that reads;
    ``joined``: runs of marks alone two spaces apart joined (``marks_joined``), tried
    only where no reading without it reads, as whether a header standing on another
    grid than the body's shows such marks under one title or two is not certain."""
    placed = _placed(lines, spans, keys, joined=joined)
    if placed is None and any(marks_only(words) for words in lines):
        placed = _placed([[] if marks_only(words) else words for words in lines], spans, keys,
                         joined=joined)
    if placed is None:  # a text's closing amount, a direction's marks: the next cells'
        placed = _placed(lines, spans, keys, amounts_apart=True, joined=joined)
    return placed


def _direction_marks_out(columns: dict[int, list[W]], keys: Sequence[str]) -> dict[int, list[W]]:
    """A line's columns with the footnote marks one space after an "A"/"D" left out where
    the next column holds nothing on the line (``unplaced``: unknown, noted): off its
    titles' grid a mark set so may close the direction's cell or stand alone in the next
    one (an empty price's "[1]", pushed against the letter: "5160301 A [1] 5160301")."""
    if "acquired_disposed" not in keys:
        return columns
    at = keys.index("acquired_disposed")
    run = columns.get(at, [])
    if len(run) < 2 or run[0].text not in DIRECTION_LETTERS or not marks_only(run[1:]) \
            or at + 1 in columns:
        return columns
    return {**columns, at: run[:1]}


def unplaced(words: Sequence[W], columns: dict[int, list[W]]) -> list[W]:
    """A line's words that its reading (``columns``, ``body_columns``') left in no column."""
    placed = {id(w) for run in columns.values() for w in run}
    return [w for w in words if id(w) not in placed]


def _placed(lines: Sequence[Sequence[W]], spans: Sequence[tuple[int, int]],
            keys: Sequence[str], amounts_apart: bool = False,
            joined: bool = False) -> list[dict[int, list[W]]] | None:
    """``body_columns``' reading of ``lines`` as they stand, a line of the first
    column's words alone given that column (``_title_lines``); ``amounts_apart``: each
    text's closing amount its own run, and each direction's marks (``body_wrapped``)."""
    runs = [_line_runs(words, spans, amounts_apart, joined) for words in lines]
    left = min((line[0][0].start for line in runs if line), default=0)  # the body's left edge
    titled = _title_lines(runs, left)
    beside = any(len(runs[n]) > 1 for n in titled)  # a title's words beside values
    runs = [line[1:] if n in titled else line for n, line in enumerate(runs)]
    # the first column's runs are the titled ones where some stand beside values: no
    # other run (a mark after a title, "Units  [2]": the conversion price's) is its
    fitted = {id(run): [fits(key, run) and not (beside and n == 0 and run[0].start > left)
                        for n, key in enumerate(keys)] for line in runs for run in line}
    placed = _blocks(runs, spans, keys, fitted)
    if placed is None:  # a cell's wrapped lines reaching over other columns: body_wrapped.py
        placed = wrapped_read(runs, lambda kept: _blocks(kept, spans, keys, fitted), keys)
    if placed is None:
        return None
    if amounts_apart:  # a direction's marks set apart: whose they are is not printed
        placed = [split_marks_out(columns) for columns in placed]
    for n, run in titled.items():
        placed[n] = {0: list(run), **placed[n]}
    return placed


def _valued_marks(clusters: Sequence[Sequence[tuple[int, Sequence[Placed]]]]) -> bool:
    """Whether some run of ``clusters`` holds a value (no text's words) with footnote
    marks after it ("1875938 [1]", "D [1]"); a text's closing marks ("See Footnote [4]")
    are its own."""
    return any(not marks_only(run) and not any(is_wordy(w.text) for w in run)
               and any(MARKS_RE.fullmatch(w.text) for w in run)
               for cluster in clusters for _, run in cluster)


def _blocks(runs: Sequence[Sequence[list[W]]], spans: Sequence[tuple[int, int]],
            keys: Sequence[str], fitted: dict[int, list[bool]]
            ) -> list[dict[int, list[W]]] | None:
    """Each line's runs by column index, block by block of lines (``body_columns``)."""
    placed: list[dict[int, list[W]]] = []
    start = 0
    while start < len(runs):
        found = None
        for end in range(start + 1, len(runs) + 1):
            read = _match(runs[start:end], spans, keys, fitted)
            if read is None:
                break  # no match: more lines only add to what must fit
            if len(read[0]) == 1:
                found = end, read[0][0], read[1]
        if found is None:
            return None
        end, match, clusters = found
        block: list[dict[int, list[W]]] = [{} for _ in range(end - start)]
        for cluster, n in zip(clusters, match):
            if n == UNSETTLED:
                continue  # marks whose column is not certain: unplaced, noted
            for line, run in cluster:
                block[line][n] = list(run)
        placed += block
        start = end
    return placed


def _title_lines(runs: Sequence[Sequence[list[W]]], left: int) -> dict[int, list[W]]:
    """The lines (by index; each line its runs) opening with a run of words at the body's
    left edge (``left``), and that run: the first column's (a title's) words, which a PDF's
    proportional font may stretch past where the next column's values start on other
    lines ("Class A Common" over "10/19/2023"); a nature's lines stand right of the
    values. A line holding more runs (a row's values centred on its cells' lines, the
    amount's beside the title's first line: "Class A Common  16287  $9.1301") gives its
    first run to the title only where it holds no value (a number or a date). A run there
    holding no value and no marks is a title's whatever its words (a series' "C-1", "B"
    or "A-1a" between "Series" and "Preferred")."""
    return {n: line[0] for n, line in enumerate(runs) if _title_run(line, left)}


def _title_run(line: Sequence[list[W]], left: int) -> bool:
    """Whether a line's first run is a title's (``_title_lines``): at the body's left edge,
    a run of words (alone, or beside values where it holds none itself), or a run holding
    no value and no marks (a series' "C-1" beside the underlying title's "Common")."""
    if not line or line[0][0].start != left:
        return False
    valued = holds_value(line[0])
    if any(is_wordy(w.text) for w in line[0]):
        return len(line) == 1 or not valued
    return not valued and not any(MARKS_RE.fullmatch(w.text) for w in line[0])


def kept_lines(body: Sequence[dict[int, list[W]]], tops: Sequence[bool]
               ) -> tuple[list[dict[int, list[W]]], list[bool]]:
    """The body's lines that ``body_columns`` placed (a line of marks alone it left in no
    column is dropped: its marks unknown), each with whether a page break stands above it
    (``tops``: each line's), or above a line dropped since the last one kept."""
    kept: list[dict[int, list[W]]] = []
    kept_tops: list[bool] = []
    broken = False
    for columns, top in zip(body, tops):
        broken = broken or top
        if columns:
            kept.append(columns)
            kept_tops.append(broken)
            broken = False
    return kept, kept_tops


#: ``page.memo``'s key (with the table's) of the lines of marks alone its reading left out
_UNREAD = "body_columns.unread"


def unread_noted(page: Page, table: str, lines: Sequence[Sequence[_Sourced]]) -> None:
    """Keep in ``page.memo`` where the lines of marks alone that ``body_columns`` left in
    no column stand (each its first word's (line, column), its marks' texts), in place of
    any an earlier reading of ``table`` left out."""
    page.memo[(_UNREAD, table)] = [(words[0].line, words[0].column, [w.text for w in words])
                                   for words in lines if words]


def unread_marks(page: Page, table: str) -> list[tuple[int, int, list[str]]]:
    """The lines of marks alone ``table``'s reading left unread (``unread_noted``)."""
    found = page.memo.get((_UNREAD, table), [])
    assert isinstance(found, list)
    return found
