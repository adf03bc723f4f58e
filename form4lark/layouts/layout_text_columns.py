"""Cutting a line of ``pdftotext -layout`` text into the form's columns.

pdftotext keeps the page's geometry as spaces: a value stands below the label
of its column, but pushed right by whatever stands left of it on the page, so
positions are only roughly those of the labels, and a page that continues a
table without its header is squeezed to other positions altogether. This module
cuts a line into pieces (values and runs of words), then gives each piece a
column by one dynamic programme over the line that weighs three things: the
kind of value each column can hold, the piece's position against a column
model, and the form's column order. A piece that two columns fit equally well
is left out (or, for Table II's (A)/(D) pair, kept without a direction).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from ..cells import read_cell

#: kinds of pieces
TEXT, LETTER, MARK, DATE, AMOUNT, PRICE = "text", "letter", "mark", "date", "amount", "price"
VALUE_KINDS = {DATE, AMOUNT, PRICE, LETTER}
INF = 10**9
#: cost of leaving out a column between two pieces printed one space apart
ADJACENT_SKIP = 15


@dataclass(slots=True)
class PageLine:
    """One line of the page: its text with any form feed removed, and where it is."""

    number: int          # 1-based line number in the input
    text: str            # layout text (columns counted from the page's left edge)
    shift: int = 0       # characters removed before ``text`` (a form feed)


@dataclass(slots=True)
class Piece:
    """A value or a run of words on one line, with its columns [start, end)."""

    text: str
    start: int
    end: int
    kind: str
    line: int
    column: int          # 1-based column in the input
    glued: bool = False  # one space after the piece before it
    letter: str = ""


# ---------------------------------------------------------------- pieces

_TOKEN = re.compile(r"\S+")


def _kind(token: str) -> tuple[str, str]:
    """The kind of one space-free token, read with the shared cell grammar."""
    first = token[0]
    if first == "$":
        return (PRICE, "") if read_cell("price_cell", token).value is not None else (TEXT, "")
    if first.isdigit() or first == ".":
        if "/" in token:
            got = read_cell("date_cell", token)
            return (DATE, "") if isinstance(got.value, dt.date) and not got.problem else (TEXT, "")
        return (AMOUNT, "") if read_cell("amount_cell", token).value is not None else (TEXT, "")
    if first == "(":
        got = read_cell("text_cell", token)
        return (MARK, "") if got.value is None and got.marks else (TEXT, "")
    if first.isupper() and (len(token) == 1 or token[1] in "(/"):
        if read_cell("code_cell", token).value is not None:
            return LETTER, first
    return TEXT, ""


def split_pieces(line: PageLine) -> list[Piece]:
    """The pieces of a line: each value alone, neighbouring words together."""
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(line.text)]
    tokens = _join_dollars(tokens)
    pieces: list[Piece] = []
    words: list[tuple[int, int, str, str, str]] = []
    prev_end = None

    def flush() -> None:
        if not words:
            return
        if all(kind == LETTER for *_, kind, _l in words):
            for s, e, t, kind, letter in words:
                _add(pieces, line, s, e, t, kind, letter)
        else:
            _add(pieces, line, words[0][0], words[-1][1], " ".join(w[2] for w in words), TEXT, "")
        words.clear()

    for start, end, token in tokens:
        kind, letter = _kind(token)
        if prev_end is not None and start - prev_end > 1:
            flush()
        if kind in (TEXT, LETTER):
            words.append((start, end, token, kind, letter))
        else:
            flush()
            _add(pieces, line, start, end, token, kind, letter)
        prev_end = end
    flush()
    for before, piece in zip(pieces, pieces[1:]):
        piece.glued = piece.start - before.end == 1
    return pieces


def _join_dollars(tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``$`` and the number one space after it are one price: "$ 23.8257"."""
    out: list[tuple[int, int, str]] = []
    for tok in tokens:
        if out and out[-1][2] == "$" and tok[0] - out[-1][1] == 1 and tok[2][:1].isdigit():
            out[-1] = (out[-1][0], tok[1], "$ " + tok[2])
        else:
            out.append(tok)
    return out


def _add(pieces: list[Piece], line: PageLine, start: int, end: int, text: str,
         kind: str, letter: str) -> None:
    pieces.append(Piece(text, start, end, kind, line.number, start + line.shift + 1,
                        letter=letter))


# ---------------------------------------------------------------- columns

@dataclass(frozen=True, slots=True)
class Column:
    """A column of a table: its key and what it may hold, at what cost (tenths)."""

    key: str
    costs: dict[str, int]
    letters: str = ""      # for LETTER: the letters it takes ("" = any)
    text: bool = False     # a column of words, which may take several pieces

    def cost(self, piece: Piece) -> int:
        if piece.kind == LETTER and self.letters and piece.letter not in self.letters:
            return self.costs.get(TEXT, INF) if self.text else INF
        return self.costs.get(piece.kind, INF)


def _text(key: str) -> Column:
    return Column(key, {TEXT: 0, LETTER: 2, MARK: 5, AMOUNT: 15, DATE: 15, PRICE: 15}, text=True)


def _date(key: str, cost: int = 0, words: bool = False) -> Column:
    costs = {DATE: cost, MARK: 10 if not words else 0}
    if words:
        costs[TEXT] = 5
    return Column(key, costs)


def _amount(key: str, cost: int = 0) -> Column:
    return Column(key, {AMOUNT: cost, MARK: 10})


def _price(key: str) -> Column:
    return Column(key, {PRICE: 0, MARK: 0, AMOUNT: 10})


def _letter(key: str, letters: str = "") -> Column:
    return Column(key, {LETTER: 0}, letters=letters)


TABLE_I = (
    _text("security_title"), _date("transaction_date"), _date("deemed_execution_date", 5),
    _letter("transaction_code"), _letter("equity_swap_involved", "V"), _amount("shares", 5),
    _letter("acquired_disposed", "AD"), _price("price_per_share"),
    _amount("shares_owned_following"), _letter("direct_or_indirect", "DI"),
    _text("nature_of_ownership"),
)
TABLE_II = (
    _text("security_title"), _price("conversion_or_exercise_price"), _date("transaction_date"),
    _date("deemed_execution_date", 5), _letter("transaction_code"),
    _letter("equity_swap_involved", "V"), _amount("shares_acquired", 5),
    _amount("shares_disposed", 5), _date("exercise_date", words=True),
    _date("expiration_date", words=True), _text("underlying_security_title"),
    _amount("underlying_shares"), _price("price_per_share"), _amount("shares_owned_following"),
    _letter("direct_or_indirect", "DI"), _text("nature_of_ownership"),
)
#: columns whose numbers, when the page does not tell which, keep no direction
DIRECTIONLESS = {"shares_acquired", "shares_disposed"}


@dataclass(slots=True)
class Span:
    """Where a column's pieces stand on one page: [lo, hi), either end open."""

    lo: int | None = None
    hi: int | None = None
    left: int = 10       # cost per character left of lo (tenths)
    right: int = 10      # cost per character right of hi
    by_start: bool = False  # judge a piece by its first character only

    def cost(self, piece: Piece) -> int:
        end = piece.start + 1 if self.by_start else piece.end
        over = 0
        if self.lo is not None and piece.start < self.lo:
            over += (self.lo - piece.start) * self.left
        if self.hi is not None and end > self.hi:
            over += (end - self.hi) * self.right
        return over


@dataclass(slots=True)
class Model:
    """The columns of one table on one page: what they hold and where they stand."""

    columns: tuple[Column, ...]
    spans: list[Span] = field(default_factory=list)
    #: assignments already made with this model: id(pieces) -> (pieces, columns)
    memo: dict[int, tuple[list, list]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        if not self.spans:
            self.spans = [Span() for _ in self.columns]

    def wrapped(self) -> "Model":
        """The model for a line that only continues wrapped cells: its words go on in
        columns of words, never into a column of dates or numbers."""
        if self.memo.get(0) is None:
            columns = tuple(c if c.text else replace(c, costs={k: v for k, v in c.costs.items()
                                                               if k != TEXT})
                            for c in self.columns)
            self.memo[0] = (None, Model(columns, self.spans))  # type: ignore[assignment]
        return self.memo[0][1]  # type: ignore[return-value]


def header_model(columns: tuple[Column, ...], starts: dict[str, int]) -> Model:
    """Columns from the x-positions of the labels printed above them on this page.

    A piece may drift left of its label (pdftotext pushes labels right) but not
    past the label of the next column, so crossing into the next column costs more.
    A column whose label was not found shares the span of its left neighbour.
    """
    known = [(starts[c.key], i) for i, c in enumerate(columns) if c.key in starts]
    spans = []
    for i, col in enumerate(columns):
        before = [s for s, j in known if j <= i]
        after = [s for s, j in known if j > i]
        spans.append(Span(max(before) if before else None, min(after) if after else None,
                          left=10, right=30))
    return Model(columns, spans)


def calibrated_model(columns: tuple[Column, ...], seen: dict[int, tuple[int, int]]) -> Model:
    """Columns of a page without a header, from where its sure pieces stand.

    ``seen`` maps column index -> (first start, last end) of the pieces that only
    one column could take; an unseen column gets the gap between its seen neighbours.
    """
    spans = []
    for i, col in enumerate(columns):
        if i in seen:
            lo, hi = seen[i]
            spans.append(Span(lo, hi, by_start=col.text))
            continue
        lows = [seen[j][1] for j in seen if j < i]
        highs = [seen[j][0] for j in seen if j > i]
        spans.append(Span(max(lows) if lows else None, min(highs) if highs else None))
    return Model(columns, spans)


# ---------------------------------------------------------------- assignment

def assign(pieces: list[Piece], model: Model) -> list[list[int]]:
    """For each piece, the columns it takes in the best readings of the line.

    One column means the piece is placed; several mean the line does not tell
    (the caller leaves the piece out); none means no reading holds it.
    """
    done = model.memo.get(id(pieces))
    if done is not None and done[0] is pieces:
        return done[1]
    got = _assign(pieces, model)
    model.memo[id(pieces)] = (pieces, got)
    return got


def _assign(pieces: list[Piece], model: Model) -> list[list[int]]:
    n, m = len(pieces), len(model.columns)
    if n == 0:
        return []
    local = [[_local(p, col, span) for col, span in zip(model.columns, model.spans)]
             for p in pieces]
    text = [col.text for col in model.columns]
    glued = [p.glued for p in pieces]
    fwd = _sweep(local, glued, text)
    # the same sweep from the right: pieces and columns reversed
    back = _sweep([row[::-1] for row in reversed(local)], [False] + glued[:0:-1], text[::-1])
    bwd = [row[::-1] for row in reversed(back)]
    best = min(fwd[n - 1])
    if best >= INF:
        return [[] for _ in pieces]
    return [[c for c in range(m) if local[i][c] < INF and fwd[i][c] + bwd[i][c] - local[i][c] == best]
            for i in range(n)]


def _local(piece: Piece, column: Column, span: Span) -> int:
    kind = column.cost(piece)
    return INF if kind >= INF else kind + span.cost(piece)


def _sweep(local: list[list[int]], glued: list[bool], text: list[bool]) -> list[list[int]]:
    """Best cost of the pieces up to each one, with that piece in each column.

    A piece goes to a column right of the one before it (or the same one, for a
    column of words); leaving out columns between two pieces printed one space
    apart costs ADJACENT_SKIP.
    """
    m = len(text)
    out = [local[0][:]]
    for i in range(1, len(local)):
        prev, row = out[-1], local[i]
        skip = ADJACENT_SKIP if glued[i] else 0
        cur = [INF] * m
        far = INF  # the best over columns at least two to the left
        for c in range(m):
            if c >= 2 and prev[c - 2] < far:
                far = prev[c - 2]
            if row[c] >= INF:
                continue
            got = far + skip
            if c >= 1 and prev[c - 1] < got:
                got = prev[c - 1]
            if text[c] and prev[c] < got:
                got = prev[c]
            if got < INF:
                cur[c] = got + row[c]
        out.append(cur)
    return out
