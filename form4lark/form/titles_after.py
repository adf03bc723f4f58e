"""A Table II row printed before its own titles, its title cells put back around its values.

A PDF's words in reading order print a row's cells by where the page set their lines:
a row whose one-line cells stand above its cells of several lines (or end a page whose
next page carries its wrapped cells) may print its values line first, with no word on
it ("$11.80 11/20/2020 M 11,169 1 06/09/2026 11,169 $0 0 D"), then its title ("Stock
Option (right to buy)"), its underlying title ("Common Stock") and its nature, each on
lines of their own, then the next row's title. Read in order,
the row has no underlying title and the table stops there.

Which of those lines are the row's title, which its underlying title and which the
nature or the next row's title the order alone does not tell; the other rows of the
table do: the form's columns print the same titles row after row. The lines after such
a values line (words only, up to the next line holding a value) are cut in three at
their line breaks: the first part put before the values line, the second in the
underlying title's column (before its amount), the rest left after it (the row readers
give it to the nature or the next title). A cut is taken only where the table then
reads whole and the row's title and underlying title are each spelled exactly as another
row's of the table, and only where one cut (and one place among the values) reads so.
Anywhere else the words stay as they are. One such row is put back per table (the first
that reads; two rows so printed leave every cut unread), and no more than
``MOST_READS`` reads of the table are tried: past them the table stays as printed.
Where no values line reads so, a run of lines holding only values (a text printing each
cell on lines of its own: pdftotext with no flags) is taken as one values line, the run
parted where a "D"/"I" is followed by a price (the next row's first value), or by a
price's cell of only marks, a date and a code, each a line ("[3] [4]", "11/27/2012", "C").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..errors import SectionError
from ..patterns import AMOUNT_WORD_RE, HOLDING_LETTERS, MARKS_AFTER, MARKS_RE, OWNERSHIP_END_RE
from ..sections import Row
from .atoms import Atom, lines_of
from .row_kinds import DATE, NUMBER, only_marks, only_values
from .wrapped_around import holds_value

#: the row reader: a table's words -> its rows (raising ``SectionError`` where they do not read)
Reader = Callable[[list[Atom]], list[Row]]
#: an amount of shares (no "$"), any marks on it
_AMOUNT = re.compile(AMOUNT_WORD_RE.pattern + MARKS_AFTER)
# a price: a dollar sign, or a decimal point with figures after it ("$10.73", "10.73")
_PRICE = re.compile(r"\$.*|[0-9,]*[0-9]\.[0-9]+" + MARKS_AFTER)
#: a transaction's code alone ("C"), any marks on it
_CODE = re.compile(r"[A-Z]" + MARKS_AFTER)

#: the most lines of words after a values line tried as its titles (a title of four
#: lines, an underlying title of three, a nature and the next title after them)
_MOST_LINES = 14
#: the most words right before an amount tried as an underlying title (one of a few
#: words: "Class A Common Stock", "Series B Convertible Preferred Stock")
_MOST_UNDER_WORDS = 12
#: the most reads of a table tried (each reads its rows whole): a real table's tries are
#: a handful, one cut in each of a few rows; past it the table is left as printed
MOST_READS = 50


class _Spent(Exception):
    """More reads of a table were asked than ``MOST_READS``."""


def _counted(read: Reader) -> Reader:
    """``read`` raising ``_Spent`` once it has read ``MOST_READS`` times."""
    done = [0]

    def counted(words: list[Atom]) -> list[Row]:
        """``read``'s rows of ``words``, counted; ``_Spent`` past ``MOST_READS``."""
        if done[0] >= MOST_READS:
            raise _Spent
        done[0] += 1
        return read(words)
    return counted


def _bare_values(line: list[Atom]) -> bool:
    """Whether ``line`` is a transaction row's values with no word of a title on it: every
    word a value (a date, an amount, a price, a mark, a column's letter), a date among
    them, ending with the row's "D"/"I" (and its marks)."""
    return (only_values(line)
            and any(DATE.fullmatch(a.text) for a in line)
            and bool(OWNERSHIP_END_RE.fullmatch("".join(a.text for a in _unmarked_end(line)))))


def _unmarked_end(line: list[Atom]) -> list[Atom]:
    """The last word of ``line`` that is no mark, with the marks after it."""
    end = len(line)
    while end > 1 and MARKS_RE.fullmatch(line[end - 1].text):
        end -= 1
    return line[end - 1:]


def _seen(lines: list[list[Atom]]) -> tuple[set[tuple[str, ...]], set[tuple[str, ...]]]:
    """The word runs that may be a title and an underlying title of the table's other
    rows, as ``lines`` print them: runs of whole lines right before a line holding a
    value (a title before its values), and runs of words right before an amount (an
    underlying title before its amount)."""
    titles: set[tuple[str, ...]] = set()
    for n, line in enumerate(lines):
        if holds_value(line):
            for k in range(max(0, n - _MOST_LINES), n):
                titles.add(tuple(a.text for part in lines[k:n] for a in part))
    words = [a.text for line in lines for a in line]
    unders = {tuple(words[i:j]) for j, w in enumerate(words) if _AMOUNT.fullmatch(w)
              for i in range(max(0, j - _MOST_UNDER_WORDS), j)}
    return titles, unders


def _spelled(row: Row, others: list[Row]) -> bool:
    """Whether the row's title and underlying title each are some other row's, exactly."""
    title, under = row.get("security_title"), row.get("underlying_security_title")
    return (title is not None and under is not None
            and any(o.get("security_title") is not None and o["security_title"].text == title.text
                    for o in others)
            and any(o.get("underlying_security_title") is not None
                    and o["underlying_security_title"].text == under.text for o in others))


def titles_after_put_back(atoms: list[Atom], read: Reader) -> tuple[list[Atom], list[Row]] | None:
    """Table II's ``atoms`` with each row printed before its own titles put back (see the
    module's docstring), and the rows ``read`` (the row reader: words -> rows, raising
    ``SectionError``) reads of them; None where no row is printed so, or none is put
    back certainly (or past ``MOST_READS`` reads). Table II is the one table a row is
    printed so in (``tables._in_order`` asks of no other)."""
    read = _counted(read)
    lines = lines_of(atoms)
    try:
        found = _put_back(lines, read)
        if found is None and len(joined := _value_runs_joined(lines)) < len(lines):
            found = _put_back(joined, read)  # the same lines would read as above
        return found
    except _Spent:
        return None


def _put_back(lines: list[list[Atom]], read: Reader) -> tuple[list[Atom], list[Row]] | None:
    """``titles_after_put_back`` of the table's ``lines``, its rows' values lines each one
    of them (``_Spent`` past ``MOST_READS`` reads)."""
    for n, line in enumerate(lines):
        if not _bare_values(line):
            continue
        end = n + 1
        while end < len(lines) and end - n <= _MOST_LINES and not holds_value(lines[end]):
            end += 1
        after = lines[n + 1:end]
        if len(after) < 2:
            continue
        found = _one_cut(lines, n, end, read)
        if found is not None:
            return found
    return None


def _value_runs_joined(lines: list[list[Atom]]) -> list[list[Atom]]:
    """``lines`` with each run of lines holding only values joined into one: a stream
    printing each of a row's cells on lines of its own ("$10.73", "11/20/2020", "M", ...,
    "D"; pdftotext with no flags, the page's boxes as blocks) prints its values line so."""
    out: list[list[Atom]] = []
    for k, line in enumerate(lines):
        if out and only_values(out[-1]) and only_values(line) \
                and not _next_row(out[-1], line) and not _next_marked_row(out[-1], lines[k:]):
            out[-1] = out[-1] + line
        else:
            out.append(list(line))
    return out


def _next_row(before: list[Atom], line: list[Atom]) -> bool:
    """Whether ``line`` opens the next row after ``before``: a row's last cell, its "D"/"I",
    then a price ("$10.73", or bare: "10.73"), which in Table II only a row's first value
    (its conversion or exercise price) is where its title is printed elsewhere (after the
    "(A)"/"(D)" the dates come)."""
    return before[-1].text in HOLDING_LETTERS and bool(_PRICE.fullmatch(line[0].text))


def _next_marked_row(before: list[Atom], lines: list[list[Atom]]) -> bool:
    """Whether ``lines`` open the next row after ``before`` ending with its "D"/"I": a
    conversion price of only marks on a line of its own, its transaction date alone on
    the next line and the transaction's code opening the line after it ("[3] [4]",
    "11/27/2012", "C"). After a direction letter the marks would be the exercisable
    date's, and the date after them the expiration's, followed by the underlying title
    or amount, never by a code."""
    return (before[-1].text in HOLDING_LETTERS and len(lines) > 2 and only_marks(lines[0])
            and len(lines[1]) == 1 and bool(DATE.fullmatch(lines[1][0].text))
            and bool(_CODE.fullmatch(lines[2][0].text))
            and (len(lines[2]) == 1 or only_marks(lines[2][1:])))


def _one_cut(lines: list[list[Atom]], n: int, end: int,
             read: Reader) -> tuple[list[Atom], list[Row]] | None:
    """The table's words with the lines after the values line ``lines[n]`` (up to
    ``end``) cut into its title, its underlying title and the rest, where one cut only
    reads so (``titles_after_put_back``)."""
    line, after = lines[n], lines[n + 1:end]
    before = [a for part in lines[:n] for a in part]
    rest = [a for part in lines[end:] for a in part]
    titles, unders = _seen(lines[:n] + lines[end:])
    found: dict[tuple[tuple[str, str], ...], tuple[list[Atom], list[Row]]] = {}
    for a in range(1, len(after)):
        title = [w for part in after[:a] for w in part]
        if tuple(w.text for w in title) not in titles:
            continue
        for b in range(a + 1, len(after) + 1):
            under = [w for part in after[a:b] for w in part]
            if tuple(w.text for w in under) not in unders:
                continue
            tail = [w for part in after[b:] for w in part]
            for place in _underlying_places(line):
                words = before + title + line[:place] + under + line[place:] + tail + rest
                try:
                    rows = read(words)
                except SectionError:
                    continue
                own = [r for r in rows if r.get("direct_or_indirect") is not None
                       and r["direct_or_indirect"].line == line[-1].line]
                if len(own) == 1 and _spelled(own[0], [r for r in rows if r is not own[0]]):
                    key = tuple(sorted((k, c.text) for r in rows for k, c in r.items()))
                    found[key] = words, rows
    return next(iter(found.values())) if len(found) == 1 else None


def _underlying_places(line: list[Atom]) -> list[int]:
    """Where the underlying title may stand among a values line's words: before the
    underlying amount, one of the two or three amounts before the "D"/"I" (the price
    may be printed or not)."""
    last = len(line) - len(_unmarked_end(line))
    return [p for p in (last - 3, last - 2) if p > 0 and NUMBER.fullmatch(line[p].text)
            and not line[p].text.startswith("$")]
