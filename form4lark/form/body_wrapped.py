"""A page grid's body read again where ``body_columns`` reads it no other way.

A PDF of a site's page laid out by its words' places (pdfplumber's layout text) sets a
proportional font on a character grid: a row's cells centred on its values line wrap
above and below it, and their lines ("Common" over "Stock", an amount "757576" over its
"[1]") may stretch over the next column's values, so no column of the body holds them
alone. The body is then read without those lines (``wrapped_read``): first the lines of
text alone, then every line holding no date and no letter alone; each of their runs is
then given the one column of its kind it overlaps or starts between. Crowded cells set
one space apart are read apart as well (``amount_apart``, ``crowded_cells_apart``):
a text's closing amount, a direction's marks (then left out: whose they are is not
printed), a code's letter before its amount.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..checks import CODE_LETTER
from ..patterns import AMOUNT_WORD_RE, DATE_RE, DIRECTION_LETTERS, HOLDING_LETTERS, MARKS_RE
from .grid_run_kinds import (TEXT_KEYS, Placed, W, fits, holds_value, is_number, is_wordy,
                             marks_only)

#: a transaction code's letter
_CODE = re.compile(CODE_LETTER)


def wrapped_read(runs: Sequence[Sequence[list[W]]],
                 blocks: Callable[[list[Sequence[list[W]]]], list[dict[int, list[W]]] | None],
                 keys: Sequence[str]) -> list[dict[int, list[W]]] | None:
    """Each line's runs by column index (``blocks`` reads a body's runs so), read without
    the lines of text alone, then without the lines apart from the values lines
    (``_apart_lines``), those lines' runs placed after (``_wrapped_placed``); None where
    neither reads."""
    wrapped = {n for n, line in enumerate(runs) if line and all(_text_run(run) for run in line)}
    apart = _apart_lines(runs)
    for left_out in (wrapped, apart):
        if not left_out or (left_out is apart and not apart - wrapped):
            continue
        placed = blocks([[] if n in left_out else line for n, line in enumerate(runs)])
        placed = None if placed is None else _wrapped_placed(placed, runs, left_out, keys)
        if placed is not None:
            return placed
    return None


def crowded_cells_apart(runs: list[list[W]]) -> list[list[W]]:
    """A line's runs (each cut after its marks where a word follows them, ``_closed_by_marks``)
    with crowded cells set one space apart read apart: a direction's letter and the marks
    after it (``_direction_marks_apart``), a code's letter and its amount (``_code_apart``),
    the amount owned and its holding's letter (``_holding_apart``); marks between two
    amounts are left out (``_marks_between_amounts``)."""
    runs = [part for run in runs for part in _closed_by_marks(run)]
    found: list[list[W]] = []
    for n, run in enumerate(runs):
        after = runs[n + 1] if n + 1 < len(runs) else None
        before = found[-1][-1].text if found else None
        found += (_direction_marks_apart(run, before, after) or _code_apart(run, before)
                  or _holding_apart(run) or _marks_between_amounts(run, after) or [run])
    return found


def _direction_marks_apart(run: list[W], before: str | None,
                           after: list[W] | None) -> list[list[W]] | None:
    """An amount's "A"/"D" (``before``: the word before it) and each of the marks one space
    after it their own runs where a value or marks follow (``after``): "2246338 D [1] [1]
    2246338", a direction's letter alone, then cells of a date or marks, whose column the
    body's other columns tell. Whose the marks are is not printed ("A [1]" before an empty
    cell reads as "A" before a cell's "[1]"): ``split_marks_out`` leaves them out after."""
    if len(run) > 1 and run[0].text in DIRECTION_LETTERS and marks_only(run[1:]) \
            and before is not None and AMOUNT_WORD_RE.fullmatch(before) \
            and after is not None and not _text_run(after):
        return [[word] for word in run]
    return None


def _code_apart(run: list[W], before: str | None) -> list[list[W]] | None:
    """A transaction code's letter one space before an amount, after a date: two cells
    ("12/18/2012 C 10491720": a code, then the amount)."""
    if len(run) > 1 and _CODE.fullmatch(run[0].text) and is_number(run[1].text) \
            and before is not None and DATE_RE.fullmatch(before):
        return [run[:1], run[1:]]
    return None


def _holding_apart(run: list[W]) -> list[list[W]] | None:
    """The amount owned one space before its holding's "D"/"I": two cells ("15733625 I")."""
    if len(run) > 1 and run[-1].text in HOLDING_LETTERS and AMOUNT_WORD_RE.fullmatch(run[-2].text):
        return [run[:-1], run[-1:]]
    return None


def _marks_between_amounts(run: list[W], after: list[W] | None) -> list[list[W]] | None:
    """An amount alone where marks and then another number follow it ("1875938 [1] 0"): the
    marks may be the amount's or an empty price's, so they are left out (unknown, noted
    as ``unplaced``); a price's ("$20.784 [5] 15733625") are its own."""
    if len(run) > 1 and AMOUNT_WORD_RE.fullmatch(run[0].text) and marks_only(run[1:]) \
            and after is not None and is_number(after[0].text):
        return [run[:1]]
    return None


def split_marks_out(columns: dict[int, list[W]]) -> dict[int, list[W]]:
    """A line's columns without the marks ``_direction_marks_apart`` set apart from a
    direction's letter (each one space after the letter or the mark before it): they
    told the body's columns which date column a date is in, but whether a mark is the
    direction's or the next cell's is not printed, so they are left out (unknown, noted
    as ``unplaced``)."""
    ends = {run[0].end for run in columns.values()
            if len(run) == 1 and run[0].text in DIRECTION_LETTERS}
    out = set()
    for n, run in sorted(columns.items(), key=lambda item: item[1][0].start):
        if marks_only(run) and run[0].start - 1 in ends:
            out.add(n)
            ends.add(run[-1].end)
    return {n: run for n, run in columns.items() if n not in out}


def _closed_by_marks(run: list[W]) -> list[list[W]]:
    """A run cut after each footnote mark that a word other than a mark follows: a cell
    prints its marks after its value, so the word after them opens the next cell
    ("A [7][8] [7][8] Common": a direction, two dates' marks, an underlying title)."""
    found: list[list[W]] = [[]]
    for before, word in zip([None, *run], run):
        if before is not None and MARKS_RE.fullmatch(before.text) \
                and not MARKS_RE.fullmatch(word.text):
            found.append([])
        found[-1].append(word)
    return found


def amount_apart(run: list[W]) -> list[list[W]]:
    """A run of a text's words closed by an amount of three figures or more (its marks
    after it) split before that amount: the next cell's, run into the text one space
    after it ("Common 41322": an underlying title and its amount). Read so only where
    the body reads no other way: a nature may end with a year ("U.S. Venture 2010")."""
    last = len(run)
    while last > 0 and MARKS_RE.fullmatch(run[last - 1].text):
        last -= 1
    if last < 2 or not is_number(run[last - 1].text) or not is_wordy(run[last - 2].text) \
            or sum(c.isdigit() for c in run[last - 1].text) < 3:
        return [run]
    return [run[:last - 1], run[last - 1:]]


def _text_run(run: Sequence[Placed]) -> bool:
    """Whether a run holds a text's words only (no number, date or lone letter), its marks
    aside: a wrapped line of a title or a nature ("Common", "Stock [1]")."""
    return any(is_wordy(w.text) for w in run) and not holds_value(run)


def _wrapped_placed(placed: list[dict[int, list[W]]], runs: Sequence[Sequence[list[W]]],
                    wrapped: set[int], keys: Sequence[str]) -> list[dict[int, list[W]]] | None:
    """``placed`` with the runs of the lines apart from the values lines (``wrapped``, read
    without them) each given the one column of its kind (``_kind_of``) whose runs it
    overlaps, else the one column of its kind between the body's columns it starts
    between (each column's first start across the body): a proportional font may stretch
    a cell's wrapped lines ("Common" over "Stock", centred on the row's values line; an
    amount over its mark) over the next column's values, so only the order of where they
    start tells their column. Marks alone are placed last, by the cells placed before
    them. None where a run has no such one column, or two of a line's runs would share one."""
    starts: dict[int, int] = {}
    ends: dict[int, int] = {}
    for columns in placed:
        for n, run in columns.items():
            starts[n] = min(starts.get(n, run[0].start), run[0].start)
            ends[n] = max(ends.get(n, run[-1].end), run[-1].end)
    found = [dict(columns) for columns in placed]
    pending = sorted(((line, run) for line in wrapped for run in runs[line]),
                     key=lambda item: marks_only(item[1]))
    for line, run in pending:
        left = max((n for n, at in starts.items() if at <= run[0].start), default=0)
        right = min((n for n, at in starts.items() if at > run[0].start), default=len(keys))
        # a column whose runs it overlaps ("Class B" over "Common"), else the one column
        # between those it starts between
        choices = [n for n in starts if _kind_of(keys[n], run)
                   and starts[n] < run[-1].end and run[0].start < ends[n]] \
            or [n for n in range(left, right) if _kind_of(keys[n], run)]
        if len(choices) != 1 or choices[0] in found[line]:
            return None
        at = choices[0]
        found[line][at] = list(run)
        starts[at] = min(starts.get(at, run[0].start), run[0].start)
        ends[at] = max(ends.get(at, run[-1].end), run[-1].end)
    return found


def _kind_of(key: str, run: Sequence[Placed]) -> bool:
    """Whether a run apart from the values lines may be ``key``'s: a text's words a text
    column's, any other run one of a column of values it fits (``fits``)."""
    return key in TEXT_KEYS if _text_run(run) else key not in TEXT_KEYS and fits(key, run)


def _apart_lines(runs: Sequence[Sequence[list[W]]]) -> set[int]:
    """The lines holding no value a row's values line holds: no date, no letter alone (a
    code, a direction, a direct or indirect holding's), not marks alone: a cell's lines
    wrapped above and below its row's values line ("757576  Common" over "(1)  Stock")."""
    return {n for n, line in enumerate(runs)
            if line and not marks_only([w for run in line for w in run])
            and not any(DATE_RE.fullmatch(w.text) or (len(w.text) == 1 and w.text.isalpha())
                        for run in line for w in run)}
