"""A page grid's table body read into the form's columns where its header stands on another grid.

pdftotext -layout sets each group of lines on its own character grid (a proportional
font squeezed into columns differently): a site's header of short titles may stand
several columns left of the values under it ("Code" at 51, its "A" at 57), so a value
stands under no title or under two. The body's own lines still agree with one another:
a column is a run of values overlapping across the body's lines (``_clusters``). These
runs are matched to the form's columns in their order by the kind of value each holds
(``_assignments``: a date, a code, an amount, a price, a letter, a text), each column
once, left to right; where several matches fit, the one whose runs stand under their
own titles most often is taken if it is the only one so (the header's left columns
still stand over their values); otherwise the table is left unread (None).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Protocol, TypeVar

from ..build import COLUMN_KINDS
from ..patterns import AMOUNT_WORD_RE, DATE_RE, DIRECTION_LETTERS, MARKS_RE
from .row_cells import _values_fit

#: the columns of text: a run placed there holds a word of letters (not one letter)
_TEXT = frozenset({"security_title", "underlying_security_title", "nature_of_ownership"})
#: the columns of dates: a run placed there holds a date or a word (not one letter)
_DATES = frozenset(key for key, kind in COLUMN_KINDS.items() if kind == "date_cell")
#: the most matches looked at before the table is left unread (too many to be sure)
_MOST_MATCHES = 2000


class _Placed(Protocol):
    """A word with its character columns on the page grid."""
    @property
    def text(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


W = TypeVar("W", bound=_Placed)


def _runs(words: Sequence[W]) -> list[list[W]]:
    """A line's runs of words one space apart (a cell's words), an "A"/"D" one space
    after an amount ("39422431 A") its own run (the next column's direction)."""
    runs: list[list[W]] = []
    for word in words:
        if runs and runs[-1][-1].end + 1 >= word.start and not _apart(runs[-1][-1], word):
            runs[-1].append(word)
        else:
            runs.append([word])
    return runs


def _apart(before: _Placed, word: _Placed) -> bool:
    """Whether two words one space apart are two cells': an "A"/"D" after an amount
    ("39422431 A"), two values ("$0.00 6296802", a price run into the amount owned), or
    a date or price beside a word that is no footnote mark ("03/17/2026 Depositary": an
    expiration date run into the underlying title)."""
    if word.text in DIRECTION_LETTERS and AMOUNT_WORD_RE.fullmatch(before.text):
        return True
    if _value(before.text) and _value(word.text):
        return True
    return any(_value(a.text, dated=True) and not MARKS_RE.fullmatch(b.text)
               for a, b in ((before, word), (word, before)))


def _value(text: str, dated: bool = False) -> bool:
    """Whether a word is a date or a price ("$0.00"), or (``dated`` False) an amount too."""
    return bool(DATE_RE.fullmatch(text) or text.startswith("$") and AMOUNT_WORD_RE.fullmatch(text[1:])
                or not dated and AMOUNT_WORD_RE.fullmatch(text))


def _title_under(word: _Placed, spans: Sequence[tuple[int, int]]) -> int | None:
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
    if _title_under(run[0], spans) != 0 or not any(_wordy(w.text) for w in run):
        return [run]  # a value's marks ("C [1]", "3472220 [2]") are its own
    for n in range(1, len(run)):
        if all(MARKS_RE.fullmatch(w.text) for w in run[n:]) and \
                _title_under(run[n], spans) not in (None, 0):
            return [run[:n], run[n:]]
    return [run]


def _wordy(text: str) -> bool:
    """Whether a word holds two letters or more (a text's word, not a code's letter)."""
    return sum(c.isalpha() for c in text) > 1


def _clusters(lines: Sequence[Sequence[W]], spans: Sequence[tuple[int, int]] = ()
              ) -> list[list[tuple[int, list[W]]]] | None:
    """The body's columns: runs (with their line index) overlapping across the lines,
    left to right; None where one column would hold two runs of one line."""
    runs = sorted(((n, part) for n, words in enumerate(lines) for run in _runs(words)
                   for part in _marks_apart(run, spans)),
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


def _fits(key: str, cluster: Sequence[tuple[int, Sequence[_Placed]]]) -> bool:
    """Whether each run of a column of the body reads as ``key``'s kind of value, its
    footnote marks aside (a run of marks alone fits any column)."""
    for _, run in cluster:
        words = [w.text for w in run if not MARKS_RE.fullmatch(w.text)]
        if not words and key == "transaction_date":
            return False  # a transaction's date is always printed
        if not words:
            continue
        if key in _TEXT:
            if not any(_wordy(word) for word in words):
                return False
        elif not _values_fit((key,), [" ".join(words)]) or key in _DATES and not any(
                DATE_RE.fullmatch(word) or _wordy(word) for word in words):
            return False
    return True


def _assignments(fits: list[list[bool]], at: int = 0, column: int = 0) -> Iterator[list[int]]:
    """Each way of giving the body's columns from ``at`` on the form's columns from
    ``column`` on, in order, each once, each to a column whose kind it fits."""
    if at == len(fits):
        yield []
        return
    for n in range(column, len(fits[at]) - (len(fits) - at - 1)):
        if fits[at][n]:
            for rest in _assignments(fits, at + 1, n + 1):
                yield [n, *rest]


def _deemed_dated(clusters: Sequence[Sequence[tuple[int, Sequence[_Placed]]]],
                  columns: list[str]) -> bool:
    """Whether each line holding a deemed execution date holds its transaction date too:
    the form has a deemed date only beside the transaction's (a row's dates stand on its
    values line), so a row's one date is its transaction date."""
    lines = {key: {n for n, _ in cluster} for cluster, key in zip(clusters, columns)}
    return lines.get("deemed_execution_date", set()) <= lines.get("transaction_date", set())


def _under_titles(clusters: Sequence[Sequence[tuple[int, Sequence[_Placed]]]], match: list[int],
                  spans: Sequence[tuple[int, int]]) -> int:
    """How many of the body's columns stand under their matched column's title."""
    count = 0
    for cluster, n in zip(clusters, match):
        start = min(run[0].start for _, run in cluster)
        end = max(run[-1].end for _, run in cluster)
        count += spans[n][0] < end and start < spans[n][1]
    return count


def _match(lines: Sequence[Sequence[W]], spans: Sequence[tuple[int, int]],
           keys: Sequence[str]) -> tuple[list[list[int]], list[list[tuple[int, list[W]]]]] | None:
    """The best matches (``_assignments`` standing most under their titles) of a block
    of lines' columns (``_clusters``) to the form's columns, with those columns; None
    where none fits (more lines will not make one) or there are too many to look at."""
    clusters = _clusters(lines, spans)
    if not clusters or len(clusters) > len(keys):
        return None
    fits = [[_fits(key, cluster) for key in keys] for cluster in clusters]
    best: list[list[int]] = []
    score = -1
    for count, match in enumerate(_assignments(fits)):
        if count >= _MOST_MATCHES:
            return None
        if not _deemed_dated(clusters, [keys[n] for n in match]):
            continue
        under = _under_titles(clusters, match, spans)
        if under > score:
            best, score = [match], under
        elif under == score:
            best.append(match)
    return (best, clusters) if best else None


def body_columns(lines: Sequence[Sequence[W]], spans: Sequence[tuple[int, int]],
                 keys: Sequence[str]) -> list[dict[int, list[W]]] | None:
    """Each body line's words by column index (as ``short_grid._row_columns``), the
    columns taken from how the body's values line up and what they hold, block by block
    of lines on one grid (a PDF sets rows holding fewer cells on their own: each block
    the most lines from the last one's end whose columns match the form's in one best
    way); None where no one match of a block's columns to the form's is certain."""
    placed: list[dict[int, list[W]]] = []
    start = 0
    while start < len(lines):
        found = None
        for end in range(start + 1, len(lines) + 1):
            read = _match(lines[start:end], spans, keys)
            if read is None:
                break  # no match: more lines only add to what must fit
            if len(read[0]) == 1:
                found = end, read[0][0], read[1]
        if found is None:
            return None
        end, match, clusters = found
        block: list[dict[int, list[W]]] = [{} for _ in range(end - start)]
        for cluster, n in zip(clusters, match):
            for line, run in cluster:
                block[line][n] = list(run)
        placed += block
        start = end
    return placed
