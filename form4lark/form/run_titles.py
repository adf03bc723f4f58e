"""Title cells that a text in reading order printed out of their runs' shape.

pdfminer prints each cell of a table as a box of its own (``row_column_runs.py``);
two faults of its titles' boxes leave a run of titles one short or one long, and
are mended here where the other titles of the run show what the cells were:

- two rows' titles in one box ("Class A", "Common", "Stock(1)", "Class A", "Common",
  "Stock"): cut where the box holds its neighbour's title over again;
- the last title of a page cut by the page's end, its last words opening the next
  page ("Class A", "Common" ... "\\f" "Stock"): put back where the two pieces together
  are the title before it.

Each mend asks the pieces to spell the next title exactly (but for footnote marks):
where none does, the tokens stay as they are.
"""

from __future__ import annotations

from ..patterns import MARKS_AT_END_RE
from .column_tokens import Token


def bare(text: str) -> str:
    """A title with the footnote marks that end it taken off."""
    return MARKS_AT_END_RE.sub("", text)


def mended_titles(tokens: list[Token]) -> list[Token]:
    """``tokens`` with repeated titles in one box cut apart and a title cut by the
    page's end put back together (the same list where neither is found)."""
    return _page_tails_joined(_repeats_cut(tokens))


def _lines(token: Token) -> list[list[int]]:
    """The token's atoms (their indices) line by line."""
    out: list[list[int]] = []
    for n, atom in enumerate(token.atoms):
        if out and token.atoms[out[-1][-1]].line == atom.line:
            out[-1].append(n)
        else:
            out.append([n])
    return out


def _repeats_cut(tokens: list[Token]) -> list[Token]:
    """A words token that holds the title of a words token beside it ``k`` times
    (``k`` >= 2, as many lines each), cut into ``k`` tokens."""
    out: list[Token] = []
    for n, token in enumerate(tokens):
        beside = [tokens[m] for m in (n - 1, n + 1) if 0 <= m < len(tokens) and tokens[m].words]
        out += _cut(token, beside) if token.words and beside else [token]
    return out


def _cut(token: Token, beside: list[Token]) -> list[Token]:
    lines = _lines(token)
    for neighbour in beside:
        title = bare(neighbour.text)
        size = len(_lines(neighbour))
        if size < 1 or len(lines) % size or len(lines) // size < 2:
            continue
        parts = [Token(tuple(token.atoms[i] for line in lines[k:k + size] for i in line), True)
                 for k in range(0, len(lines), size)]
        if all(bare(p.text) == title for p in parts):
            return parts
    return [token]


def _page_tails_joined(tokens: list[Token]) -> list[Token]:
    """A words token put back at the end of the nearest title before it that ends a run
    of titles (a words token after another, a value after it) where the two then read
    as the title before that one: the rest of a title the page's end cut, printed on
    the next page."""
    out = list(tokens)
    n = 2
    while n < len(out):
        head = _run_end(out, n) if out[n].words else None
        if head is not None and bare(f"{out[head].text} {out[n].text}") == bare(
                out[head - 1].text):
            out[head] = Token(out[head].atoms + out[n].atoms, True)
            del out[n]
            continue
        n += 1
    return out


def _run_end(tokens: list[Token], before: int) -> int | None:
    """The nearest token before ``before`` that ends a run of titles."""
    for t in range(before - 2, 0, -1):
        if tokens[t].words and tokens[t - 1].words and not tokens[t + 1].words:
            return t
    return None
