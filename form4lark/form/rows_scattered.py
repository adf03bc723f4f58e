"""Table I's rows whose cells a stream printed scattered over several rows.

A text in reading order (pdftotext's default mode, for one) may print a run of
rows with their cells out of place: the titles, dates and codes in the rows'
order, but the amounts of several rows together and the prices, letters and
marks among them ("Common Stock", "12/21/2021", "S", "(1)", "D", "$893.659",
"2,038,311", "D", ..., then "10,400", "(2)", "16,465", "(2)", "24,576", ...).
The grammar cannot read such a stretch; which place each cell stood in the text
does not tell. The stretch is put back only where the cells' kinds and the
table's arithmetic leave one reading:

- the stretch lies between a row kept (``before``) and a row that reads whole
  (``after``), and holds only the cells of whole rows: ``k`` titles, all the same,
  ``k`` dates, all the same, ``3k`` letters that are ``k`` times one code, one (A)
  or (D) and one (D), fitting the three columns one way only, ``2k`` amounts, and
  ``k`` prices or none (no "V", no nature, no other word);
- the amounts split one way only into ``k`` pairs (shares, amount owned after)
  that chain from ``before``'s amount owned after to the amount ``after`` holds
  before it, each row's holding before it being the one the row before holds
  after it.

The prices are kept only where they are all the same (their order among the
rows the text does not tell); footnote marks are left out (whose they are the
text does not tell).
"""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

from ..cells import cell_amount
from ..patterns import MARKS_AT_END_RE, MARKS_RE
from ..sections import Cell, Row
from .atoms import Atom
from .row_first_apart import letters_fit, title_end, word_kind
from .row_resync import holding_before
from .row_sequence import OPEN_TITLE

#: the most rows a scattered stretch is put back for (its amounts' splits are searched)
_MOST_ROWS = 12


def scattered_rows(words: list[Atom], before: Row,
                   after: Row) -> tuple[list[Row], bool] | None:
    """The rows of the stretch ``words`` between ``before`` and ``after`` (see the
    module's docstring), and whether their prices were kept; None where that is not
    certain."""
    kinds = _kinds([a for a in words if not MARKS_RE.fullmatch(a.text)])
    if kinds is None:
        return None
    titles, dates = kinds["title"], kinds["date"]
    count = len(titles)
    if not 1 < count <= _MOST_ROWS or len({t.text for t in titles}) != 1 \
            or OPEN_TITLE.fullmatch(titles[0].text) or len(dates) != count \
            or len({d.text for d in dates}) != 1 or len(kinds["amount"]) != 2 * count \
            or len(kinds["price"]) not in (0, count):
        return None
    letters = _letters(kinds["letter"], count)
    start = cell_amount(before.get("shares_owned_following"))
    end = holding_before(after) if "transaction_code" in after else None
    if letters is None or letters[2].text != "D" or start is None or end is None:
        return None
    texts: dict[Decimal, str] = {}  # each amount's text as first printed, marks left out
    amounts = []
    for atom in kinds["amount"]:
        if (value := cell_amount(bare := _bare(atom))) is not None:
            amounts.append(value)
            texts.setdefault(value, bare.text)
    if len(amounts) != 2 * count:
        return None
    splits = _splits(start, end, Counter(amounts), letters[1].text, count)
    if len(splits) != 1:
        return None
    prices = kinds["price"]
    kept = bool(prices) and len({_bare(p).text for p in prices}) == 1
    rows: list[Row] = []
    for title, date, (shares, owned) in zip(titles, dates, splits[0]):
        row: Row = {"security_title": title, "transaction_date": date,
                    "equity_swap_involved": Cell(""),
                    "shares": Cell(texts[shares], title.line, title.column),
                    "shares_owned_following": Cell(texts[owned],
                                                   title.line, title.column)}
        row.update(zip(("transaction_code", "acquired_disposed", "direct_or_indirect"),
                       (Cell(letter.text[0], title.line, title.column) for letter in letters)))
        if kept:
            row["price_per_share"] = _bare(prices[0])
        rows.append(row)
    return rows, kept or not prices


def _kinds(words: list[Atom]) -> dict[str, list] | None:
    """The stretch's cells by kind: titles (as cells), dates (as cells), prices,
    amounts and letters (as words); None where a word is of no row's kind (a "V", a
    word that opens no title)."""
    kinds: dict[str, list] = {"title": [], "date": [], "price": [], "amount": [],
                              "letter": []}
    i = 0
    while i < len(words):
        kind = word_kind(words[i].text)
        if kind is None:
            return None
        if kind == "word":
            end = title_end(words[i:])
            if not end:
                return None
            title = words[i:i + end]
            kinds["title"].append(Cell(" ".join(a.text for a in title), title[0].line,
                                       title[0].column))
            i += end
            continue
        if kind == "date":
            kinds["date"].append(_bare(words[i]))
        else:  # marks were left out before
            kinds[kind].append(words[i])
        i += 1
    return kinds


def _bare(atom: Atom) -> Cell:
    """A word as a cell, its footnote marks left out."""
    return Cell(MARKS_AT_END_RE.sub("", atom.text), atom.line, atom.column)


def _letters(atoms: list[Atom], count: int) -> tuple[Atom, Atom, Atom] | None:
    """The one code, (A) or (D) and (D) or (I) every one of ``count`` rows holds, where
    the letters are ``count`` times the same three, fitting the columns one way only."""
    letters = Counter(a.text[0] for a in atoms)
    if sum(letters.values()) != 3 * count or any(n % count for n in letters.values()):
        return None
    three = [next(a for a in atoms if a.text[0] == letter)
             for letter, n in letters.items() for _ in range(n // count)]
    return letters_fit(three)


def _splits(start: Decimal, end: Decimal, amounts: Counter, way: str,
            count: int) -> list[list[tuple[Decimal, Decimal]]]:
    """Every way (at most two: one more tells it is not certain) of reading ``amounts``
    as ``count`` rows' (shares, amount owned after), each row starting from what the
    row before holds after it (the first from ``start``) and the last holding ``end``."""
    found: list[list[tuple[Decimal, Decimal]]] = []

    def walk(held: Decimal, left: Counter, chain: list[tuple[Decimal, Decimal]]) -> None:
        if len(found) > 1:
            return
        if len(chain) == count:
            if held == end:
                found.append(list(chain))
            return
        for shares in sorted(left):
            owned = held + shares if way == "A" else held - shares
            rest = left - Counter([shares])
            if owned < 0 or rest[owned] < 1:
                continue
            walk(owned, rest - Counter([owned]), [*chain, (shares, owned)])

    walk(start, amounts, [])
    return found
