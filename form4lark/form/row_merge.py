"""Table I's body printed with its columns merged, read back into rows.

Some texts in reading order (pdfminer's, for one) print a table neither row by row
nor column by column: each column's cells come top to bottom, but the columns'
runs interleave in an order set by where the cells' boxes stand ("9,136", "5,316",
"D $159.94(2)", "468,198", ...). What such a text still tells is the form's order
within each column. So each value is given a column of its kind (the kinds from
``grammars/form_rows.lark``, as ``row_columns.py`` reads them) such that every
column takes its cells in row order and each takes as many as the rows it is
printed for: a date per transaction, a letter each for the code, (A) or (D) and
direct or indirect, two amounts per transaction (shares and the amount owned
after) and one per holding, a price per transaction or none at all.

Amounts and letters of several columns look alike, so many placements may fit.
The form's own arithmetic decides among them: where two transactions in a row
hold the same security, owned the same way by the same holder, the amount owned
after the second is the one after the first plus its shares if acquired (A),
minus them if disposed of (D). Only placements that keep every such chain are
kept; a cell is filled only where every placement kept agrees on it, and the
body is not read where none is left. Where the words read too many ways as
titles and natures, both are left unknown (and no chain is known); where the
amounts can be placed too many ways, they are left unknown; the other columns
are still read, but for a body holding holdings the direct and indirect letters,
unless all alike, and the natures, where any row's amount owned after is left
unknown (``_owned_unsure``): without the amounts' chains nothing bears out which
of them are the holdings'.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from itertools import combinations, islice
from math import comb
from decimal import Decimal, InvalidOperation

from ..checks import LETTERS
from ..sections import Cell, Row
from .atoms import Atom
from .column_tokens import cell, is_words, paragraphs, title_cells
from .row_sequence import GLUED_MARK, STOCK_ALONE

#: Table I's columns of values that a merged body may hold, and the rows each is
#: printed for: "t" every transaction, "r" every row (transactions, then holdings)
_COLUMNS = {"transaction_date": "t", "transaction_code": "t", "shares": "t",
            "acquired_disposed": "t", "price_per_share": "t",
            "shares_owned_following": "r", "direct_or_indirect": "r"}
_AMOUNTS = ("shares", "shares_owned_following")
#: more placements than this are not weighed: the body is left out
_MOST = 64
#: nor is a body whose searches take more steps than this in all
_STEPS = 50_000

#: nor one read more ways than this in all (words by letters by amounts)
_READINGS = 2_000

Placement = dict[str, list[Atom]]


def _kinds(atom: Atom) -> frozenset[str]:
    return _text_kinds(atom.text)


@lru_cache(maxsize=4096)
def _text_kinds(text: str) -> frozenset[str]:
    from .row_columns import _kinds as _patterns  # not at start-up: at the first miss
    return frozenset(c for c in _COLUMNS if any(p.fullmatch(text) for p in _patterns(c)))


def _number(atom: Atom) -> Decimal | None:
    return _text_number(atom.text)


@lru_cache(maxsize=4096)
def _text_number(text: str) -> Decimal | None:
    try:
        return Decimal(text.split("(")[0].replace(",", ""))
    except InvalidOperation:
        return None


def _texts(placed: Placement) -> tuple:
    return tuple((c, tuple(a.text for a in v)) for c, v in placed.items())


def _merges(tokens: list[Atom], sizes: dict[str, int], fits: Callable[[Placement], bool],
            budget: list[int]) -> list[Placement] | None:
    """Every way to give each token a column of its kind, each column taking its
    tokens in order up to its size, every column full and ``fits`` holding at each
    step, one for each different text of its columns; None where there are more
    than ``_MOST`` or the search runs past the steps left in ``budget`` (the
    table's, shared by its searches)."""
    found: dict[tuple, Placement] = {}
    placed: Placement = {c: [] for c in sizes}

    def walk(at: int) -> None:
        budget[0] -= 1
        if budget[0] < 0 or len(found) > _MOST:
            return
        if at == len(tokens):
            found.setdefault(_texts(placed), {c: list(v) for c, v in placed.items()})
            return
        for column in sizes:
            if column in _kinds(tokens[at]) and len(placed[column]) < sizes[column]:
                placed[column].append(tokens[at])
                if fits(placed):
                    walk(at + 1)
                placed[column].pop()

    walk(0)
    if budget[0] < 0 or len(found) > _MOST:
        return None
    return list(found.values())


def _letterings(tokens: list[Atom], sizes: dict[str, int]) -> list[Placement] | None:
    """``_merges`` with nothing but kinds and counts to keep, counted by the texts
    the columns get (many letters are alike: "D", "D", "D"), so that placements
    differing only in which of two like letters goes where are weighed once."""
    columns = list(sizes)

    @lru_cache(maxsize=None)
    def rest(at: int, counts: tuple[int, ...]) -> dict[tuple, tuple[int, ...]] | None:
        if at == len(tokens):
            full = all(counts[i] == sizes[c] for i, c in enumerate(columns))
            return {((),) * len(columns): ()} if full else {}
        out: dict[tuple, tuple[int, ...]] = {}
        for i, column in enumerate(columns):
            if column in _kinds(tokens[at]) and counts[i] < sizes[column]:
                after = rest(at + 1, counts[:i] + (counts[i] + 1,) + counts[i + 1:])
                if after is None:
                    return None
                for texts, choice in after.items():
                    texts = texts[:i] + ((tokens[at].text,) + texts[i],) + texts[i + 1:]
                    out.setdefault(texts, (i,) + choice)
                if len(out) > _MOST:
                    return None
        return out

    ways = rest(0, (0,) * len(columns))
    if ways is None:
        return None
    placements = []
    for choice in ways.values():
        placed: Placement = {c: [] for c in columns}
        for token, i in zip(tokens, choice):
            placed[columns[i]].append(token)
        placements.append(placed)
    return placements


# the footnote marks at a word's end, bare or in brackets ("Stock1", "Units(2)")
_MARK_AT_END = re.compile(rf"{GLUED_MARK}+$")


def _title_piece(paragraph: list[Atom], words: list[list[Atom]]) -> bool:
    """True where a paragraph of words is a title's last word alone ("Stock1"): the
    piece of a title cut in two whose last line the text moved away from its row
    ("Class A" "Common" ... "Stock1"). It is one word that, marks left out, ends
    another of the body's paragraphs ("Class A Common Stock"), or a word that ends
    titles (``STOCK_ALONE``). Among the body's words it takes a row's place:
    one paragraph per row no longer tells the titles (each later one would be read a
    row off), nor the natures, nor the chains of amounts the titles tell. (A title
    whose last line a page break cut off, "Class A" "Common" at the body's end, keeps
    its place: ``title_tails`` puts it back.)"""
    if len(paragraph) != 1:
        return False
    word = _MARK_AT_END.sub("", paragraph[0].text)
    return bool(STOCK_ALONE.fullmatch(paragraph[0].text)) or bool(word) and any(
        len(other) > 1 and _MARK_AT_END.sub("", other[-1].text) == word for other in words)


def _word_splits(words: list[list[Atom]], rows: int, indirect: int
                 ) -> list[tuple[list[Cell] | None, list[Cell] | None]] | None:
    """Every way to read the body's runs of words as the title column (one per row,
    one paragraph holding the same title once per row, or none printed) merged with
    the nature column (one per indirect row, or none printed); None where there are
    more than ``_MOST``."""
    splits: dict[tuple, tuple[list[Cell] | None, list[Cell] | None]] = {}
    sizes = [s for s in {0, 1, rows} if len(words) - s in (0, indirect)]
    if sum(comb(len(words), s) for s in sizes) > _STEPS:
        return None
    for size in sizes:
        for at in combinations(range(len(words)), size):
            natures = [cell(p) for n, p in enumerate(words) if n not in at]
            if natures and len(natures) != indirect:
                continue
            titles = title_cells([words[n] for n in at], rows) if at else []
            if titles is None:
                continue
            key = tuple((c.text, c.line, c.column) for c in titles + [Cell("")] + natures)
            splits[key] = (titles or None, natures or None)
            if len(splits) > _MOST:
                return None
    return list(splits.values())


def _links(moves: int, letters: Placement, titles: list[Cell] | None,
           natures: dict[int, str]) -> dict[int, int]:
    """The transactions whose amount owned after follows from the row before's, each
    with the sign its shares take: +1 acquired, -1 disposed of."""
    linked: dict[int, int] = {}
    if titles is not None:
        for i in range(1, moves):
            same = (titles[i].text == titles[i - 1].text
                    and letters["direct_or_indirect"][i].text[:1]
                    == letters["direct_or_indirect"][i - 1].text[:1]
                    and natures.get(i) == natures.get(i - 1))
            if same:
                sign = 1 if letters["acquired_disposed"][i].text.startswith("A") else -1
                linked[i] = sign
    return linked


def _chain_keeps(linked: dict[int, int]) -> Callable[[Placement], bool]:
    """Whether placed amounts keep every chain of following amounts so far."""

    def keeps(placed: Placement) -> bool:
        shares, after = placed["shares"], placed["shares_owned_following"]
        # only the links the last placing may have made whole
        for i in {len(shares) - 1, len(after) - 1}:
            sign = linked.get(i)
            if sign and i < len(shares) and i < len(after):
                before, amount, now = (_number(after[i - 1]), _number(shares[i]),
                                       _number(after[i]))
                if before is None or amount is None or now != before + sign * amount:
                    return False
        return True

    return keeps


def _tokens(paragraph: list[Atom]) -> list[Atom] | None:
    """A paragraph's values: the paragraph as one ("$ 106.82") or each of its words
    ("D", "$208.99(2)"); None where it is not values."""
    whole = " ".join(a.text for a in paragraph)
    if len(paragraph) > 1 and _text_kinds(whole):
        return [paragraph[0].with_text(whole)]
    return paragraph if all(_kinds(a) for a in paragraph) else None


def _readings(paragraphs: list[list[Atom]]) -> Iterator[list[Row]]:
    values = [_tokens(p) for p in paragraphs]
    words = [p for p, v in zip(paragraphs, values) if v is None and is_words(p)]
    if len(words) + sum(v is not None for v in values) != len(paragraphs):
        return
    tokens = [a for v in values if v is not None for a in v]
    dates = [a for a in tokens if _kinds(a) == {"transaction_date"}]
    prices = [a for a in tokens if _kinds(a) == {"price_per_share"}]
    amounts = [a for a in tokens if _kinds(a) & set(_AMOUNTS)]
    letters = [a for a in tokens if _kinds(a) & LETTERS]
    moves = len(dates)
    rows = len(amounts) - moves
    if not moves or rows < moves or len(prices) not in (0, moves) \
            or len(dates) + len(prices) + len(amounts) + len(letters) != len(tokens):
        return
    sizes = {"transaction_code": moves, "acquired_disposed": moves, "direct_or_indirect": rows}
    letterings = _letterings(letters, sizes)
    budget = [_STEPS]
    searched: dict[tuple, list[Placement] | None] = {}
    if letterings is None:
        raise _Unsure
    if any(_title_piece(p, words) for p in words):
        return  # a cut title's piece takes a row's place: the body is not read so
    for lettering in letterings:
        indirect = [i for i, a in enumerate(lettering["direct_or_indirect"])
                    if a.text.startswith("I")]
        splits = _word_splits(words, rows, len(indirect))
        if splits is None:  # too many readings of the words: titles and natures unknown
            splits = [(None, None)]
        for titles, natures, amounting in _amountings(splits, amounts, indirect, lettering, budget,
                                                     searched):
            nature_of = {i: c.text for i, c in zip(indirect, natures or [])}
            out: list[Row] = [{} for _ in range(rows)]
            placed = {**lettering, **amounting, "transaction_date": dates,
                      "price_per_share": prices}
            for column, atoms in placed.items():
                for row, atom in zip(out, atoms):
                    row[column] = cell([atom])
            for n, row in enumerate(out):
                if n < moves:
                    row["equity_swap_involved"] = Cell("")
                if titles:
                    row["security_title"] = titles[n]
                if n in nature_of:
                    row["nature_of_ownership"] = natures[indirect.index(n)]
            yield out


def _owned_unsure(rows: list[Row], reading: list[Row]) -> list[Row]:
    """``rows`` (as every reading gives them alike; ``reading``: one of them, every
    letter placed) without their (D)/(I) letters and
    natures where the letters' places are not borne out: the body holds holdings (rows
    with no date), its direct and indirect letters are not all alike, and a row's amount
    owned after is unknown (its placements too many to weigh, or the readings disagree
    on it). A stream may print a page's holdings' boxes before its last transactions'
    ("3,844,639 D" of the first holding, then "82,197,647 I" of a transaction), and only
    the amounts' chains tell which letter is whose; the natures go where the indirect
    letters do."""
    letters = {row["direct_or_indirect"].text[:1] for row in reading if "direct_or_indirect" in row}
    holdings = any("transaction_date" not in row for row in rows)
    if not holdings or len(letters) < 2 or all("shares_owned_following" in row for row in rows):
        return rows
    return [{k: v for k, v in row.items() if k not in ("direct_or_indirect", "nature_of_ownership")}
            for row in rows]


def _amountings(splits, amounts: list[Atom], indirect: list[int], lettering: Placement,
                budget: list[int], searched: dict[tuple, list[Placement] | None]):
    """Each reading of the words with each placement of the amounts it lets keep
    the chains."""
    moves, rows = len(lettering["transaction_code"]), len(lettering["direct_or_indirect"])
    for titles, natures in splits:
        nature_of = {i: c.text for i, c in zip(indirect, natures or [])}
        linked = _links(moves, lettering, titles, nature_of)
        key = tuple(sorted(linked.items()))
        if key not in searched:  # readings of the words often link the same rows
            searched[key] = _merges(amounts, {"shares": moves, "shares_owned_following": rows},
                                    _chain_keeps(linked), budget)
        placements = searched[key]
        # too many placements of the amounts to weigh: the amounts left unknown
        for amounting in [{}] if placements is None else placements:
            yield titles, natures, amounting


class _Unsure(Exception):
    """Too many placements to weigh."""


def _agreed(readings: list[list[Row]]) -> list[Row]:
    """The cells every reading gives alike; the others left out."""
    out: list[Row] = []
    for n, row in enumerate(readings[0]):
        out.append({k: v for k, v in row.items()
                    if all(r[n].get(k, Cell("")).text == v.text for r in readings[1:])})
    return out


def merged_rows(atoms: list[Atom], table: str) -> list[Row] | None:
    """The rows of a Table I body whose columns come merged, or None where it is not
    one or its values cannot be placed with certainty."""
    if table != "table_i":
        return None
    try:
        readings = list(islice(_readings(paragraphs(atoms)), _READINGS + 1))
    except _Unsure:
        return None
    if len(readings) > _READINGS:
        return None
    if not readings or len({len(r) for r in readings}) != 1:
        return None
    return _owned_unsure(_agreed(readings), readings[0])
