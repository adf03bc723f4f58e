"""Table I's body printed as columns interleaved, read back by each value's kind.

A text in reading order may print each cell of a table as a box of its own, in an
order set by where the boxes stand that follows neither rows nor whole columns
(pdfminer's ``-F 1.0``, for one): a row's price, amount and amount owned after in
any order, runs of letters, each row's title and date in turn. What such a text
keeps is each column's rows in order. So the body is read by kind: the dates are
the transactions' dates in row order, the prices their prices, the letters that
only a code can be their codes (``grammars/form_rows.lark``'s terminals tell the
kinds). What a kind alone cannot tell is weighed over every way of cutting it,
each column keeping its rows' order:

- the other letters (A, D, I): a letter printed just before a price on its line, or
  an A or D alone between an amount and a price, is the (A) or (D) of that price's
  row (the form prints them side by side); the others go to the (A)/(D) column or
  the ownership column;
- the amounts: each transaction's amount and amount owned after, and each
  holding's amount owned after, placed only where the holdings' arithmetic holds
  (``_Amounts``): a row's amount owned after is the one before it of the same
  holding, plus what it acquired or less what it disposed of, and a first
  acquisition owns at least what it acquired; where two transactions or more print
  their amount, (A) or (D), price and amount owned after one box after the other,
  row after row, each amount on its (A) or (D)'s line, that order places them
  (``_rows_in_order``: it takes the boxes to be printed in the form's order, row by
  row, the line tying each amount to its row's (A) or (D) confirms it; the order
  alone would place two amounts swapped as well, where each row is its own holding);
- the words: the titles (or one paragraph holding the same title once per row),
  and the indirect rows' natures ("By ...", "See ..." never a title), each in its
  rows' order; where each indirect row's "I" is followed by a paragraph of its own
  (columns 6 and 7 side by side), those paragraphs alone are taken for the natures,
  without weighing the other cuts, if the titles left then read alike and no nature
  reads as them (one row: if its title stands just before its date).

A numbered column header printed among the words ("1. Title of Security") is left
out. A cell is kept only where every reading gives it alike (an amount read alike but
for its footnote marks, without them); a body with no reading,
or with too many, is not read: a shifted value is worse than none.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from decimal import Decimal
from itertools import product

from ..cells import cell_amount, to_date
from ..checks import DIRECTION_OF_CODE
from ..patterns import EXERCISE_CODES, MARKS_AT_END_RE, MARKS_RE
from ..sections import Cell, Row
from .atoms import Atom
from .column_tokens import (TABLE_I, TABLE_II, Column, Token, agreed, body_tokens, cell, fits,
                            is_words, paragraphs, text, title_cells)
from .line_order import line_order_kept
from .row_band_cells import ends_cut_short  # words no title or nature ends with
from .row_sequence import OPEN_TITLE, TITLE_CLOSING_MARKED
from .table_header import holds_numbered_header, is_header_text

#: readings beyond this many are not weighed: the body is left out
_MOST = 32
#: nor cuts of the words into titles and natures beyond this many
_WORD_CUTS = 256
#: nor cuts of the letters or amounts that take more steps than this
_STEPS = 20_000

#: the codes whose meaning sets the (A) or (D) (the form's instructions, Table I): the
#: checks' purchase and sale, and a payment by delivering securities and a disposition
#: to the issuer, which dispose
_DIRECTION_OF_CODE = {**DIRECTION_OF_CODE, "F": "D", "D": "D"}

#: a price may be printed as only a footnote mark ("(1)"): Table I prints no other
_KINDS = (("date", ("M_DATE",)), ("price", ("M_PRICE", "FREE_MARK")), ("amount", ("M_AMOUNT",)))


@dataclass(frozen=True)
class _Kinds:
    """The body's tokens sorted by kind, each list in the text's order."""
    dates: list[Token]
    prices: list[Token]
    amounts: list[Token]
    letters: list[Token]  # codes, (A)/(D) and ownerships
    # index into ``letters`` -> the price after it: a letter printed just before a price
    # (on its line, or just after an amount), that price's row's (A) or (D)
    beside_price: dict[int, Token]
    words: list[Token]
    next_of: dict[int, Token]  # the token after each (by ``id``)
    deemed: list[Token] = field(default_factory=list)  # the deemed execution dates, if any


def _is_letter(text: str) -> bool:
    """A lone letter: a code, an (A)/(D) or an ownership (a swap flag is not read)."""
    return (fits(text, ("M_CODE",)) or fits(text, ("M_ACQUIRED_DISPOSED",))
            or fits(text, ("M_DIRECT_INDIRECT",))) and not fits(text, ("M_SWAP",))


def _sorted(tokens: list[Token]) -> _Kinds | None:
    """Each token by its kind; None where one is of no kind this reading knows (a lone
    footnote mark, a swap flag)."""
    kinds: dict[str, list[Token]] = {k: [] for k in ("date", "price", "amount", "letter", "words")}
    beside: dict[int, Token] = {}
    for n, token in enumerate(tokens):
        kind = "words" if token.words else next(
            (k for k, terminals in _KINDS if fits(token.text, terminals)), None) \
            or ("letter" if _is_letter(token.text) else None)
        if kind is None:
            return None
        if kind == "letter" and _priced(tokens, n):
            beside[len(kinds["letter"])] = tokens[n + 1]
        kinds[kind].append(token)
    return _Kinds(kinds["date"], kinds["price"], kinds["amount"], kinds["letter"], beside,
                  kinds["words"], {id(t): u for t, u in zip(tokens, tokens[1:])})


def _beside(letter: Token, after: Token) -> bool:
    """A letter printed on the line of the price after it, just before it ("D $208.99")."""
    last, first = letter.atoms[-1], after.atoms[0]
    return (not after.words and fits(after.text, ("M_PRICE",)) and last.line == first.line
            and last.piece is first.piece)


def _between(before: Token | None, letter: Token, after: Token) -> bool:
    """A letter printed just after an amount and just before a price, each on the line
    after the other or the same (amount, "D", price): the form's column 4's Amount,
    (A) or (D) and Price side by side."""
    return (before is not None and not before.words and not after.words
            and fits(before.text, ("M_AMOUNT",)) and fits(after.text, ("M_PRICE",))
            and _next_to(before, letter) and _next_to(letter, after))


def _next_to(token: Token, after: Token) -> bool:
    """Whether ``after`` starts on the page line where ``token`` ends or on the next one
    (a converter's blank lines are no page lines: in a text printing each box as a
    paragraph, boxes one after the other pass)."""
    return after.atoms[0].row - token.atoms[-1].row in (0, 1)


def _priced(tokens: list[Token], n: int) -> bool:
    """Whether letter ``n`` of ``tokens`` is an (A) or (D) its place ties to the price
    after it: printed on that price's line just before it, or an A or D between an amount
    and that price."""
    letter, after = tokens[n], tokens[n + 1] if n + 1 < len(tokens) else None
    return after is not None and (_beside(letter, after) or (
        _bare(letter) in "AD" and _between(tokens[n - 1] if n else None, letter, after)))


def _bare(token: Token | Cell) -> str:
    """A letter without its parentheses and footnote marks."""
    return token.text.split("(")[1][:1] if token.text.startswith("(") else token.text[:1]


def _columns_of(kinds: _Kinds, n: int) -> tuple[int, ...]:
    """The columns (0 code, 1 (A)/(D), 2 ownership) letter ``n`` may be printed in: a
    letter just before a price is an (A)/(D); A, D and I may also be codes."""
    token = kinds.letters[n]
    if n in kinds.beside_price:
        return (1,)
    bare = _bare(token)
    return (((0,) if fits(token.text, ("M_CODE",)) else ())
            + ((1,) if bare in "AD" and fits(token.text, ("M_ACQUIRED_DISPOSED",)) else ())
            + ((2,) if bare in "DI" and fits(token.text, ("M_DIRECT_INDIRECT",)) else ()))


def _cuts(tokens: list[Token], need: tuple[int, ...],
          fits: Callable[[int, int, int], bool]) -> list[tuple[list[Token], ...]] | None:
    """Every cut of ``tokens``, in the text's order, into columns of ``need[c]`` tokens
    each, each column in its rows' order, where ``fits(token, column, row)``; cuts that
    give every cell alike (tokens of one text swapped) are one. None where there are
    too many to weigh."""
    if len(tokens) != sum(need):
        return []
    if len(tokens) * max(need) ** (len(need) - 1) > _STEPS * 50:
        return None
    # (token, tokens taken by each column) -> the cuts from there on, by their texts
    memo: dict[tuple[int, tuple[int, ...]], dict[tuple, tuple[tuple[int, ...], ...]] | None] = {}

    def walk(at: int, taken: tuple[int, ...]) -> dict[tuple, tuple[tuple[int, ...], ...]] | None:
        if at == len(tokens):
            return {tuple(() for _ in need): tuple(() for _ in need)}
        if (at, taken) not in memo:
            found: dict[tuple, tuple[tuple[int, ...], ...]] | None = {}
            for column, count in enumerate(taken):
                if count == need[column] or not fits(at, column, count):
                    continue
                after = walk(at + 1, taken[:column] + (count + 1,) + taken[column + 1:])
                if after is None or found is None:
                    found = None
                    break
                for texts, places in after.items():
                    grown = tuple((tokens[at].text,) + t if c == column else t
                                  for c, t in enumerate(texts))
                    found.setdefault(grown, tuple((at,) + p if c == column else p
                                                  for c, p in enumerate(places)))
                if len(found) > _WORD_CUTS:
                    found = None
                    break
            memo[at, taken] = found
        return memo[at, taken]

    found = walk(0, tuple(0 for _ in need))
    if found is None:
        return None
    return [tuple([tokens[n] for n in p] for p in places) for places in found.values()]


def _letter_cuts(kinds: _Kinds, moves: int, rows: int) -> list[tuple[list[Token], ...]] | None:
    """Every cut of the letters into the transactions' codes and (A)/(D) and every
    row's ownership (``_cuts``), a letter printed just before a price its row's (A)/(D)."""
    allowed = [_columns_of(kinds, n) for n in range(len(kinds.letters))]
    row_of = {id(price): n for n, price in enumerate(kinds.prices)}
    priced = {n: row_of[id(price)] for n, price in kinds.beside_price.items()
              if id(price) in row_of}
    return _cuts(kinds.letters, (moves, moves, rows),
                 lambda n, column, row: column in allowed[n] and priced.get(n, row) == row)


def _codes_agree(codes: list[Token], marks: list[Token]) -> bool:
    """Whether every transaction's (A) or (D) is the one its code sets, where its code
    sets one (``_DIRECTION_OF_CODE``)."""
    return all(_DIRECTION_OF_CODE.get(_bare(code), _bare(mark)) == _bare(mark)
               for code, mark in zip(codes, marks))


def _word_cuts(kinds: _Kinds, rows: int, owned_indirectly: list[Token]
               ) -> list[tuple[list[Cell], list[Token]]] | None:
    """Every cut of the words into the titles (one per row) and the natures (one per
    indirect row, or none), each in its rows' order (``_cuts``); None where one word
    per row, every row indirect, may be either. Where two
    transactions or more each print their title just before their date (the form's
    first two columns, side by side), only the cuts that keep that are weighed; where
    every indirect row prints a paragraph just after its "I" (``owned_indirectly``:
    columns 6 and 7 side by side), those paragraphs are the natures
    (``_natures_after_ownership``) where no title left opens with "By" or "See"
    (``_split_beside``), the titles read alike and no nature reads as them
    (``_one_title_apart``), and, with one row, its title stands just before its date."""
    indirect = len(owned_indirectly)
    words, dates = _natures_apart(kinds.words, rows + indirect), kinds.dates
    # a paragraph opening with "By" or "See" is a nature ("By Spouse", "See Footnote(2)"),
    # never a title
    by_natures = {n for n, w in enumerate(words) if not _title_like(w.text)}
    if _titles_elsewhere(words, by_natures, indirect):
        return [([], words)]
    if len(words) == rows == indirect:  # the titles, or every row's nature (titles lost)
        return None
    if len(words) == rows:
        return [([cell(list(w.atoms)) for w in words], [])]
    if len(words) == 1:  # one paragraph holding the same title once per row
        titles = title_cells([list(words[0].atoms)], rows)
        if titles is not None:
            return [(titles, [])]
    if not indirect:  # the titles flowed as text (a paragraph may hold two, or half of one)
        from .row_flowed_titles import flowed_titles
        titles = flowed_titles(words, rows)
        return [] if titles is None else [(titles, [])]
    if len(words) != rows + indirect:
        return []

    def paired(n: int, column: int, row: int) -> bool:
        if n in by_natures:
            return column == 1
        return column == 1 or row >= len(dates) or kinds.next_of.get(id(words[n])) is dates[row]

    beside = _natures_after_ownership(words, owned_indirectly, kinds.next_of)
    split = None if beside is None else _split_beside(words, beside, by_natures)
    # one row: its title must stand just before its date, as "alike" then tells nothing
    if split is not None and _one_title_apart(*split) and (
            rows > 1 or bool(dates) and kinds.next_of.get(id(split[0][0])) is dates[0]):
        return [([cell(list(t.atoms)) for t in split[0]], split[1])]
    if (runs := _two_runs(words, kinds.next_of, rows, indirect, by_natures)) is not None:
        return [([cell(list(t.atoms)) for t in runs[0]], runs[1])]
    found = _cuts(words, (rows, indirect), paired) if len(dates) > 1 else []
    if found == []:
        found = _cuts(words, (rows, indirect), lambda n, column, _: column == 1
                      or n not in by_natures)
    return None if found is None else [([cell(list(t.atoms)) for t in titles], natures)
                                       for titles, natures in found]


def _titles_elsewhere(words: list[Token], by_natures: set[int], indirect: int) -> bool:
    """Whether the body holds no title at all, its words being only the indirect rows'
    natures, one each, every one opening as a nature does ("By Spouse", "See
    Footnote(3)"): a text in reading order may print column 1's boxes away from the
    body (pdfminer, after Table II's headers). The titles are then left unknown, and
    each row taken for a holding of its own in the arithmetic (no chain is known)."""
    return bool(words) and len(words) == indirect and len(by_natures) == len(words)


def _two_runs(words: list[Token], next_of: dict[int, Token], rows: int, indirect: int,
              by_natures: set[int]) -> tuple[list[Token], list[Token]] | None:
    """The titles and the natures where the words stand in two runs, values between
    them, the first of one paragraph per row and the second of one per indirect row
    (column 1's boxes printed together, column 7's together), and the first run's
    paragraphs all read alike, none of the second's as them: the titles are the
    first run (the same title whatever rows they go to), the natures the second, in
    order. None where the words do not stand so, where the two counts are alike (the
    runs' order would be all that tells them), where a title would open as a
    nature does ("By ...", "See ..."), or where a nature might be half of one
    (``_natures_whole``)."""
    breaks = [n for n in range(1, len(words)) if next_of.get(id(words[n - 1])) is not words[n]]
    if rows == indirect or breaks != [rows] or len(words) != rows + indirect \
            or any(n < rows for n in by_natures) \
            or not _one_title_apart(words[:rows], words[rows:]) \
            or not _natures_whole(words[rows:]):
        return None
    return words[:rows], words[rows:]


def _natures_whole(natures: list[Token]) -> bool:
    """Whether each paragraph of a run of natures stands alone as a nature: none opens
    in lower case (a nature's rest, "kids(13)") and none ends, its marks aside, as no
    nature does ("Wife and", "Fund IV,": a nature's first half). Placed by order
    alone, a nature wrapped over two paragraphs while another is missing would keep
    the counts and shift every nature after it. So too where a paragraph with no mark
    comes straight before one with a mark ("Wife Family" / "Trust(13)": a first half
    followed by its marked rest looks so) while the marked natures' notes skip a number
    (8, 10, ...: a nature is missing)."""
    marked = [bool(MARKS_RE.search(n.text)) for n in natures]
    if any(not a and b for a, b in zip(marked, marked[1:])) and _notes_skip(natures):
        return False
    return not any(nature.text[:1].islower()
                   or ends_cut_short(MARKS_RE.sub("", nature.text).split()) for nature in natures)


def _notes_skip(natures: list[Token]) -> bool:
    """Whether the notes the ``natures`` cite, in their order, are not each the one after
    the last (8, 10: the nature citing 9 missing)."""
    notes = [int(n) for nature in natures for n in re.findall(r"\d+", "".join(
        MARKS_RE.findall(nature.text)))]
    return any(b != a + 1 for a, b in zip(notes, notes[1:]))


def _natures_after_ownership(words: list[Token], owned_indirectly: list[Token],
                             next_of: dict[int, Token]) -> set[int] | None:
    """The indexes of the words printed each just after an indirect row's "I" (the
    form prints column 7's nature just right of column 6's "I"), where every such "I"
    is followed by its own words; None otherwise."""
    after = {id(next_of[id(i)]) for i in owned_indirectly if id(i) in next_of}
    beside = {n for n, w in enumerate(words) if id(w) in after}
    return beside if owned_indirectly and len(beside) == len(owned_indirectly) else None


def _split_beside(words: list[Token], beside: set[int], by_natures: set[int]
                  ) -> tuple[list[Token], list[Token]] | None:
    """The titles (the words not in ``beside``) and the natures (those in it), in order;
    None where a title would open with "By" or "See" (a nature, never a title)."""
    if any(n not in beside for n in by_natures):
        return None
    return ([w for n, w in enumerate(words) if n not in beside],
            [words[n] for n in sorted(beside)])


def _one_title_apart(titles: list[Token], natures: list[Token]) -> bool:
    """Whether every row's title reads alike and no nature reads as it: the titles are
    then the same whatever their rows' order, and no title was taken for a nature."""
    texts = {MARKS_AT_END_RE.sub("", t.text) for t in titles}
    return len(texts) == 1 and not texts & {MARKS_AT_END_RE.sub("", t.text) for t in natures}


def _natures_apart(words: list[Token], need: int) -> list[Token]:
    """The words with each paragraph that opens with "By" cut before every other line
    that opens with "By" (the form's natures, each maybe wrapped: "By Sequoia Capital",
    "XI, LP(2)", "By Sequoia Capital XI", "Principals Fund, LLC(2)"), where that makes
    the ``need`` titles and natures; the words as they are otherwise (a reading in order
    may print such natures' boxes as one paragraph)."""
    if len(words) >= need:
        return words
    out: list[Token] = []
    for token in words:
        pieces: list[list[Atom]] = []
        for n, atom in enumerate(token.atoms):
            opens_line = n == 0 or token.atoms[n - 1].line != atom.line
            if n == 0 or (opens_line and atom.text == "By"):
                pieces.append([atom])
            else:
                pieces[-1].append(atom)
        if token.atoms[0].text == "By":
            out.extend(Token(tuple(piece), True) for piece in pieces)
        else:
            out.append(token)
    return out if len(out) == need else words


class _Amounts:
    """Every cut of the amounts, in the text's order, into the transactions' amounts
    and every row's amount owned after, each column in its rows' order, where the
    holdings' arithmetic holds between rows of one holding (``keys``). Cuts are told
    apart by the amounts' texts (``texts``): equal amounts whose footnote marks differ
    swapped are two readings."""

    def __init__(self, amounts: list[Decimal], texts: list[str], moves: int, rows: int,
                 signs: list[int], keys: list[tuple[str, ...]],
                 placed: dict[int, tuple[int, int]]):
        self.amounts, self.texts, self.moves, self.rows = amounts, texts, moves, rows
        self.signs, self.keys = signs, keys
        # amount -> (column: 0 shares, 1 owned after; row) where the text places it
        self.placed = placed
        # the row before each transaction of its holding, or None
        self.before: list[int | None] = []
        for n in range(moves):
            self.before.append(next((m for m in range(n - 1, -1, -1) if keys[m] == keys[n]), None))
        self.found: list[tuple[list[int], list[int]]] = []
        self.seen: set[tuple[tuple[str, ...], tuple[str, ...]]] = set()
        self.steps = 0

    def _holds(self, row: int, shares: list[int], owned: list[int]) -> bool:
        amount, after = self.amounts[shares[row]], self.amounts[owned[row]]
        previous = self.before[row]
        if previous is None:  # a first acquisition owns at least what it acquired
            return self.signs[row] < 0 or after >= amount
        return self.amounts[owned[previous]] + self.signs[row] * amount == after

    def walk(self, at: int, shares: list[int], owned: list[int]) -> None:
        self.steps += 1
        if self.steps > _STEPS or len(self.found) > _MOST:
            return
        if at == len(self.amounts):
            # cuts that give every cell alike (amounts of one text swapped) are one
            texts = (tuple(self.texts[n] for n in shares), tuple(self.texts[n] for n in owned))
            if len(shares) == self.moves and len(owned) == self.rows and texts not in self.seen:
                self.seen.add(texts)
                self.found.append((list(shares), list(owned)))
            return
        place = self.placed.get(at)
        if len(shares) < self.moves and place in (None, (0, len(shares))):
            row = len(shares)
            shares.append(at)
            if row >= len(owned) or self._holds(row, shares, owned):
                self.walk(at + 1, shares, owned)
            shares.pop()
        if len(owned) < self.rows and place in (None, (1, len(owned))):
            row = len(owned)
            owned.append(at)
            if row >= self.moves or row >= len(shares) or self._holds(row, shares, owned):
                self.walk(at + 1, shares, owned)
            owned.pop()


def _key(title: Cell, ownership: Token, nature: Token | None) -> tuple[str, ...]:
    return (title.text.split("(")[0].strip(), _bare(ownership),
            nature.text if nature else "")


def kind_rows(atoms: list[Atom], table: str) -> list[Row] | None:
    """Table I's rows of a body printed as interleaved columns, read by each value's
    kind, or None where it is not one or its readings disagree."""
    if table == "table_ii":
        tokens = _mixed_tokens(_without_headers(paragraphs(atoms)))
        if tokens is None:
            return None
        tokens = _open_titles_closed(tokens)
        if (rows := one_row_ii(tokens) or several_rows_ii(tokens)) is not None:
            return rows
        from .row_kind_natures import natured_rows_ii
        return natured_rows_ii(tokens)
    if table != "table_i":
        return None
    return kinds_read(table_i_kinds(atoms))


def table_i_kinds(atoms: list[Atom]) -> _Kinds | None:
    """Table I's body tokens sorted by kind (a footnote mark wrapped after its amount
    joined to it where the body has more prices than dates), or None where a token is of
    no kind this reading knows."""
    tokens = body_tokens(_without_headers(paragraphs(atoms)), TABLE_I)
    kinds = None if tokens is None else _sorted(tokens)
    if kinds is not None and len(kinds.prices) > len(kinds.dates) and tokens is not None:
        kinds = _sorted(_wrapped_marks_joined(tokens))
    return kinds


def kinds_read(kinds: _Kinds | None) -> list[Row] | None:
    """Table I's rows of the body's kinds where every reading agrees, or None."""
    if kinds is None or not kinds.dates:
        return None
    readings: list[list[Row]] = []
    for dated in _deemed_dates_apart(kinds) or ():
        for tied in _ties_moved(dated):
            found = _readings(tied)
            if found is None:
                return None
            readings.extend(found)
    if not readings:
        return None
    return agreed(_unmarked_where_swapped(readings))


def _amounts_before(kinds: _Kinds) -> dict[int, Token]:
    """The amount printed just before each token that follows one (by the token's ``id``)."""
    return {id(after): token for token in kinds.amounts
            if (after := kinds.next_of.get(id(token))) is not None}


def _ties_moved(kinds: _Kinds) -> list[_Kinds]:
    """The kinds as they are, and, for each letter tied to a price only by standing
    between an amount and it (``_between``: "627,104", "D", "$253.63"), the kinds with
    that tie moved to the other "A" or "D" printed on its amount's line ("11,084", "D"),
    where the body holds two such pairs only (one transaction's amount and its amount
    owned after): the letter between may be the ownership of the amount owned after, the
    price printed after it, and the other pair the transaction's amount and (A) or (D)."""
    before = _amounts_before(kinds)
    paired = [n for n, letter in enumerate(kinds.letters)
              if _bare(letter) in "AD" and (amount := before.get(id(letter))) is not None
              and _on_line(amount, letter)]
    variants = [kinds]
    if len(paired) != 2:  # several rows' pairs: their order and arithmetic place them
        return variants
    for n, price in kinds.beside_price.items():
        if n not in paired or _beside(kinds.letters[n], price):
            continue
        for m in paired:
            if m != n and m not in kinds.beside_price:
                moved = {k: v for k, v in kinds.beside_price.items() if k != n} | {m: price}
                variants.append(replace(kinds, beside_price=moved))
    return variants


def _wrapped_marks_joined(tokens: list[Token]) -> list[Token]:
    """The tokens with a lone footnote mark printed on the line just after an amount
    that ends in footnote marks joined to that amount ("2,080(1)(2)", "(3)": its marks
    wrapped); used where the body has more prices than dates, a mark being read as a
    price."""
    out: list[Token] = []
    for token in tokens:
        before = out[-1] if out else None
        if (before is not None and not token.words and fits(token.text, ("FREE_MARK",))
                and not before.words and fits(before.text, ("M_AMOUNT",))
                and MARKS_AT_END_RE.search(before.text)
                and token.atoms[0].line == before.atoms[-1].line + 1):
            last = before.atoms[-1]
            joined_atom = last.with_text(last.text + token.text)
            out[-1] = Token(before.atoms[:-1] + (joined_atom,), False)
        else:
            out.append(token)
    return out


def _deemed_dates_apart(kinds: _Kinds) -> list[_Kinds] | None:
    """The body's kinds once its dates are cut into the transactions' dates and their
    deemed execution dates, where every transaction prints one of each: twice as many
    dates as prices (each column keeping its rows' order; every cut, a reading each).
    The kinds as they are where there are as many dates as prices, or no price."""
    dates, prices = kinds.dates, kinds.prices
    if not prices or len(dates) != 2 * len(prices):
        return [kinds]
    moves = len(prices)
    cuts = _cuts(dates, (moves, moves), lambda *_: True)
    if cuts is None or len(cuts) > _MOST:
        return None
    return [replace(kinds, dates=done, deemed=deemed) for done, deemed in cuts]


def _readings(kinds: _Kinds) -> list[list[Row]] | None:
    """Every reading of the body's kinds where the holdings' arithmetic holds; None where
    there are too many to weigh."""
    moves = len(kinds.dates)
    rows = len(kinds.amounts) - moves
    if rows < moves or len(kinds.prices) not in (0, moves) or not kinds.words:
        return []
    letter_cuts = _letter_cuts(kinds, moves, rows)
    if letter_cuts is None:
        return None
    readings: list[list[Row]] = []
    for codes, marks, owners in letter_cuts:
        if not _codes_agree(codes, marks):
            continue
        pinned = _pinned_amounts(kinds, codes, marks)
        indirect = [n for n, t in enumerate(owners) if _bare(t) == "I"]
        word_cuts = _word_cuts(kinds, rows, [owners[n] for n in indirect])
        if word_cuts is None:
            return None
        for titles, natures in word_cuts:
            nature_of = dict(zip(indirect, natures))
            # titles unknown (``_titles_elsewhere``): each row a holding of its own
            keys = [_key(titles[n], owners[n], nature_of.get(n)) if titles else (str(n),)
                    for n in range(rows)]
            signs = [1 if _bare(t) == "A" else -1 for t in marks]
            values = [cell_amount(Cell(t.text)) for t in kinds.amounts]
            if any(v is None for v in values):
                return None
            cuts = _Amounts([v for v in values if v is not None],
                            [t.text for t in kinds.amounts], moves, rows, signs, keys,
                            _rows_in_order(kinds, marks))
            cuts.walk(0, [], [])
            if cuts.steps > _STEPS or len(cuts.found) > _MOST:
                return None
            for shares, owned in cuts.found:
                if any(kinds.amounts[shares[row]].text != text for row, text in pinned):
                    continue  # text, not place: the cuts keep one of the amounts that read alike
                readings.append(_rows(kinds, (codes, marks, owners), titles, nature_of,
                                      (shares, owned)))
            if len(readings) > _WORD_CUTS * 4:
                return None
    return readings


def _pinned_amounts(kinds: _Kinds, codes: list[Token], marks: list[Token]) -> list[tuple[int, str]]:
    """Each transaction printed in the form's order from its code to its price, each box
    just after the other ("J(1)", "676,789", "D", "$0": columns 3's Code and 4's Amount,
    (A) or (D) and Price side by side), with the text of the amount between its own code
    and its own (A) or (D): that row's amount. A run of codes ending just before a run of
    amounts and another row's letter and price would read as such a row ("S", "200", "D",
    "$646.298": the last code, the first amount) in a cut holding that letter there. An
    amount before a letter that is not the row's own (A) or (D) is not pinned, though
    the letter reads alike (the (A) or (D) "D" and the ownership "D" of one sale): the
    amount owned after and its ownership may be printed between the code and the price
    as well, and a disposal that is its holding's first row holds the arithmetic either
    way."""
    prices = {id(t) for t in kinds.prices}
    amounts = {id(t) for t in kinds.amounts}
    pinned = []
    for row, (code, mark) in enumerate(zip(codes, marks)):
        amount = kinds.next_of.get(id(code))
        after = kinds.next_of.get(id(mark))
        if amount is None or after is None or id(after) not in prices \
                or kinds.next_of.get(id(amount)) is not mark or id(amount) not in amounts:
            continue
        pinned.append((row, amount.text))
    return pinned


def _rows_in_order(kinds: _Kinds, marks: list[Token]) -> dict[int, tuple[int, int]]:
    """Each transaction's amount and amount owned after (amount's index -> (0 or 1, row))
    where two transactions or more print their boxes of columns 4 and 5 in the form's
    order, row after row, with nothing between (amount, (A) or (D), price, amount owned
    after, amount, ...) and each row's amount on its (A) or (D)'s line. Nothing
    otherwise: the order alone would place any two amounts swapped alike where each row
    is its own holding (the arithmetic then checks nothing), and a text may print a block
    of amounts before the first (A) or (D), the amount just before one then another
    row's."""
    index = {id(t): n for n, t in enumerate(kinds.amounts)}
    before = _amounts_before(kinds)
    placed: dict[int, tuple[int, int]] = {}
    owned_before: Token | None = None
    for row, mark in enumerate(marks):
        boxes = _row_boxes(kinds, before.get(id(mark)), mark)
        if boxes is None or (owned_before is not None
                             and _after_owned(kinds, owned_before) is not boxes[0]):
            return {}
        amount, owned_before = boxes
        placed[index[id(amount)]], placed[index[id(owned_before)]] = (0, row), (1, row)
    return placed if len(marks) > 1 else {}


def _after_owned(kinds: _Kinds, owned: Token) -> Token | None:
    """The box printed after an amount owned after, past its ownership's letter where that
    stands on the amount's line ("1,150,783 D": columns 5 and 6 side by side)."""
    after = kinds.next_of.get(id(owned))
    if after is not None and any(after is t for t in kinds.letters) \
            and _bare(after) in ("D", "I") and _on_line(owned, after):
        return kinds.next_of.get(id(after))
    return after


def _row_boxes(kinds: _Kinds, amount: Token | None, mark: Token) -> tuple[Token, Token] | None:
    """The amount and amount owned after of the row of (A) or (D) ``mark``, printed box
    after box: the amount just before the mark on its line, the price just after it, the
    amount owned after just after the price; None otherwise."""
    price = kinds.next_of.get(id(mark))
    owned = kinds.next_of.get(id(price)) if price is not None else None
    if amount is None or price is None or owned is None \
            or not any(owned is t for t in kinds.amounts) or not _between(amount, mark, price) \
            or not _on_line(amount, mark) or not _next_to(price, owned):
        return None
    return amount, owned


def _on_line(token: Token, after: Token) -> bool:
    """Whether ``after`` is printed in the piece of text where ``token`` ends (one box)."""
    return token.atoms[-1].piece is after.atoms[0].piece


def _unmarked_where_swapped(readings: list[list[Row]],
                            keys: tuple[str, ...] = ("shares", "shares_owned_following")
                            ) -> list[list[Row]]:
    """The readings with an amount that every reading reads alike but with footnote
    marks that differ (equal amounts swapped: "757,756" and "757,756(1)") kept without
    its marks: the amount is known, whose mark it bears is not."""
    for n in range(len(readings[0])):
        for key in keys:
            cells = [r[n].get(key) for r in readings]
            texts = {c.text for c in cells if c is not None}
            if None in cells or len(texts) < 2:
                continue
            if len({cell_amount(Cell(MARKS_AT_END_RE.sub("", t))) for t in texts}) == 1:
                for r, c in zip(readings, cells):
                    if c is not None:
                        r[n][key] = Cell(MARKS_AT_END_RE.sub("", c.text), c.line, c.column)
    return readings


def _without_headers(body: list[list[Atom]]) -> list[list[Atom]]:
    """The body's paragraphs without those that are a whole numbered column header
    ("1. Title of Security (Instr. 3)"): such a text may print the header of the title
    column after the other columns' values, just before the titles."""
    return [p for p in body
            if not (is_header_text(text(p)) and holds_numbered_header(text(p).split()))]


def _rows(kinds: _Kinds, letters: tuple[list[Token], ...], titles: list[Cell],
          nature_of: dict[int, Token], amounts: tuple[list[int], list[int]]) -> list[Row]:
    """One reading's rows: the transactions first, then the holdings."""
    codes, marks, owners = letters
    shares, owned = amounts
    out: list[Row] = []
    for n in range(len(owners)):
        row: Row = {"shares_owned_following": cell(list(kinds.amounts[owned[n]].atoms)),
                    "direct_or_indirect": cell(list(owners[n].atoms))}
        if titles:  # none where the body holds no title (``_titles_elsewhere``)
            row["security_title"] = titles[n]
        if n in nature_of:
            row["nature_of_ownership"] = cell(list(nature_of[n].atoms))
        if n < len(shares):
            if kinds.deemed:
                row["deemed_execution_date"] = cell(list(kinds.deemed[n].atoms))
            row.update({"transaction_date": cell(list(kinds.dates[n].atoms)),
                        "transaction_code": cell(list(codes[n].atoms)),
                        "equity_swap_involved": Cell(""),
                        "shares": cell(list(kinds.amounts[shares[n]].atoms)),
                        "acquired_disposed": cell(list(marks[n].atoms))})
            if kinds.prices:
                row["price_per_share"] = cell(list(kinds.prices[n].atoms))
        out.append(row)
    return out


#: a derivative's own title (an option, a unit, a warrant, a right): never what it
#: converts into, so never column 7's underlying title
_DERIVATIVE_TITLE_RE = re.compile(r"\b(?:options?|units?|warrants?|rights?)\b", re.I)
#: the dates of Table II's one row, weighed by the form's order of them
_II_DATES = ("transaction_date", "exercise_date", "expiration_date")
#: nor readings of Table II's one row beyond this many (its tokens are few)
_II_MOST = 1024
#: Table II's amounts: equal ones in any order read alike but for their marks
_II_AMOUNTS = ("shares", "underlying_shares", "shares_owned_following")
#: the codes whose meaning sets Table II's (A) or (D): Table I's, and a grant or award
#: acquires
_II_DIRECTION_OF_CODE = {**_DIRECTION_OF_CODE, "A": "A"}
#: the columns that reading leaves out: a deemed execution date is not told from the
#: others by kind
_II_COLUMNS = tuple(c for c in TABLE_II if c.name != "deemed_execution_date")


def one_row_ii(tokens: list[Token]) -> list[Row] | None:
    """Table II's one transaction row printed as interleaved columns, read by each value's
    kind: every way of giving each token a column of its kind (``TABLE_II``) that fills
    every column the form requires and keeps the form's order of dates (the expiration
    after the date exercisable and not before the transaction) is a reading; a cell is
    kept only where every reading gives it alike; words opening "By" or "See" are the
    row's nature, an indirect holding's. None where the body holds other words than two
    titles and a nature, no transaction date, or too many readings."""
    natures = [t for t in tokens if t.words and not _title_like(t.text)]
    if len([t for t in tokens if t.words]) != 2 + len(natures) or len(natures) > 1:
        return None
    readings: list[dict[str, Token]] = []
    if not _placed([t for t in tokens if t not in natures], 0, {}, readings) or not readings:
        return None
    readings = [r for r in readings if line_order_kept(r, _II_COLUMNS)]
    if not readings:
        return None
    if natures and any(_bare(r["direct_or_indirect"]) != "I" for r in readings):
        return None  # a nature is an indirect holding's
    rows = [[{k: cell(list(t.atoms)) for k, t in r.items()}] for r in readings]
    out = agreed(_unmarked_where_swapped(rows, _II_AMOUNTS))
    if natures:
        out[0]["nature_of_ownership"] = cell(list(natures[0].atoms))
    _swap_and_direction(out[0], any("equity_swap_involved" in r for r in readings))
    return out


def _swap_and_direction(row: Row, swap_printed: bool) -> None:
    """A Table II row whose code is known: no swap flag where no reading printed one, and
    its amount in the (A) or (D) column its code sets, if it sets one."""
    if "transaction_code" not in row:
        return
    if not swap_printed:
        row["equity_swap_involved"] = Cell("")  # no swap flag printed: none
    way = _II_DIRECTION_OF_CODE.get(_bare(row["transaction_code"]))
    if way and "shares" in row:
        row["shares_acquired" if way == "A" else "shares_disposed"] = row.pop("shares")


def _mixed_tokens(body: list[list[Atom]]) -> list[Token] | None:
    """Table II's body's cells (``body_tokens``), a paragraph that is neither one value,
    values nor words cut into its values and the words that end it on the last value's
    line (a reading in order may print boxes that stand side by side as one line:
    "$ 8.88 12/13/2022", "08/26/2029 Class A"); None where a paragraph cuts no such way."""
    out: list[Token] = []
    for paragraph in body:
        tokens = body_tokens([paragraph], TABLE_II)
        if tokens is None:
            tokens = _values_then_words(paragraph)
        if tokens is None:
            return None
        out.extend(tokens)
    return out


def _values_then_words(paragraph: list[Atom]) -> list[Token] | None:
    """A paragraph's values in turn (a "$" with the figure after it as one) and the words
    after them on the last value's line, if any; None where it is not such a paragraph."""
    out: list[Token] = []
    n = 0
    while n < len(paragraph):
        pair = paragraph[n:n + 2]
        if len(pair) == 2 and pair[0].text == "$" and pair[0].line == pair[1].line \
                and body_tokens([pair], TABLE_II) is not None:
            out.append(Token(tuple(pair), False))
            n += 2
        elif body_tokens([paragraph[n:n + 1]], TABLE_II) not in (None, []) \
                and not paragraph[n].text[:1].isalpha():
            out.append(Token((paragraph[n],), False))
            n += 1
        else:
            break
    rest = paragraph[n:]
    if not out or (rest and (not is_words(rest) or rest[0].line != paragraph[n - 1].line)):
        return None
    return out + ([Token(tuple(rest), True)] if rest else [])


def _open_titles_closed(tokens: list[Token]) -> list[Token]:
    """The tokens with a title that stops open ("Common", "Class A": its cell printed in
    two boxes) joined to the next paragraph of words where that is what closes it
    ("Stock", "Common Stock", "Stock2": a mark printed as a bare superscript, glued on)."""
    out: list[Token] = []
    for token in tokens:
        opened = next((t for t in reversed(out) if t.words), None)
        if token.words and opened is not None and OPEN_TITLE.fullmatch(opened.text) \
                and TITLE_CLOSING_MARKED.fullmatch(token.text):
            out[out.index(opened)] = Token(opened.atoms + token.atoms, True)
        else:
            out.append(token)
    return out


def _title_like(words: str) -> bool:
    """A security's title, not a nature of ownership ("By Spouse", "See Footnote")."""
    return words.split()[0].lower() not in ("by", "see")


def _placed(tokens: list[Token], n: int, taken: dict[str, Token],
            out: list[dict[str, Token]]) -> bool:
    """Every reading of ``tokens[n:]`` given the columns ``taken``, added to ``out``;
    False where there are more than ``_II_MOST``."""
    if n == len(tokens):
        if all(c.name in taken for c in _II_COLUMNS if not c.optional) \
                and _dates_in_order(taken) and _acquired_within(taken):
            out.append(dict(taken))
        return len(out) <= _II_MOST
    token = tokens[n]
    for column in _II_COLUMNS:
        if column.name in taken or not _fills(token, column):
            continue
        taken[column.name] = token
        fine = _placed(tokens, n + 1, taken, out)
        del taken[column.name]
        if not fine:
            return False
    return True


def _acquired_within(taken: dict[str, Token]) -> bool:
    """Whether a row whose code acquires owns after it at least what it acquired."""
    code, shares, owned = (taken.get(k) for k in
                           ("transaction_code", "shares", "shares_owned_following"))
    if code is None or shares is None or owned is None \
            or _II_DIRECTION_OF_CODE.get(_bare(code)) != "A":
        return True
    moved, after = cell_amount(Cell(shares.text)), cell_amount(Cell(owned.text))
    return moved is None or after is None or after >= moved


def _dates_in_order(taken: dict[str, Token]) -> bool:
    """Whether the row's dates keep the form's order: the expiration after the date
    exercisable and not before the transaction, an exercise not before the date
    exercisable; a date not given (or a mark) is no bound."""
    when = {k: to_date(MARKS_AT_END_RE.sub("", taken[k].text)) if k in taken else None
            for k in _II_DATES}
    transaction, exercisable, expiration = (when[k] for k in _II_DATES)
    code = taken.get("transaction_code")
    if code is not None and _bare(code) in EXERCISE_CODES and transaction and exercisable \
            and exercisable > transaction:
        return False
    if expiration is None:
        return True
    return (exercisable is None or exercisable < expiration) and \
        (transaction is None or transaction <= expiration)


#: nor steps of placing one family's tokens in Table II's rows beyond this many
_II_STEPS = 50_000
#: nor readings of Table II's rows (every family's placements together) beyond this many
_II_READINGS = 20_000
#: Table II's columns by the kinds of their cells: a token's kind keeps it in one family,
#: and the families are placed apart (the form's checks then weigh them together)
_II_FAMILIES = tuple(tuple(c for c in _II_COLUMNS if c.name in names) for names in (
    ("security_title", "underlying_security_title"),
    ("transaction_code", "equity_swap_involved", "direct_or_indirect"),
    ("shares", "underlying_shares", "shares_owned_following"),
    ("conversion_or_exercise_price", "transaction_date", "exercise_date", "expiration_date",
     "price_per_share")))


def several_rows_ii(tokens: list[Token]) -> list[Row] | None:
    """Table II's transactions, two or more, printed as interleaved columns, read by each
    value's kind: each column keeps its rows' order, so a token's row is how many of its
    column's came before it. Every way of giving each token a column of its kind that
    fills each column in every row (or, where the form lets it be empty, in none) and
    keeps each row's dates in the form's order is a reading; a cell is kept only where
    every reading gives it alike. The rows are as many as the pairs of titles (the
    derivative's and the underlying's); None where the body holds other words (a
    nature: ``row_kind_natures`` weighs whose row it is), a row without a transaction
    date, or too many readings."""
    words = [t for t in tokens if t.words]
    if len(words) < 4 or len(words) % 2 or not all(_title_like(t.text) for t in words):
        return None
    readings = rows_ii_readings(tokens, len(words) // 2)
    return None if not readings else rows_ii_agreed(readings)


def rows_ii_readings(tokens: list[Token], rows: int) -> list[list[Row]] | None:
    """Every reading of Table II's ``rows`` rows from ``tokens`` (titles, values and
    letters, no nature) that keeps the form's checks (``several_rows_ii``); None where
    a token is of no column's kind, or of two families', or the readings are too many."""
    families = [[f for f, family in enumerate(_II_FAMILIES)
                 if any(_fills(t, c) for c in family)] for t in tokens]
    if any(len(f) != 1 for f in families):
        return None  # a token of no column's kind, or of two families'
    placements: list[list[dict[tuple[str, int], Token]]] = []
    for f, family in enumerate(_II_FAMILIES):
        placing = _RowsPlaced(rows, family)
        ones = [t for t, of in zip(tokens, families) if of == [f]]
        placing.walk(ones, 0, {})
        if placing.over:  # too many to list: the cells every placement gives alike
            from .row_kind_counts import cells_every_placement_gives
            sure = cells_every_placement_gives(ones, rows, family)
            if sure is None:
                return None
            placements.append([sure])
            continue
        if not placing.found:
            return None
        placements.append(placing.found)
    return _rows_readings(placements, rows)


def rows_ii_agreed(readings: list[list[Row]]) -> list[Row]:
    """The cells of Table II's rows every reading gives alike (equal amounts swapped
    kept without their marks), each row's swap and direction set."""
    out = agreed(_unmarked_where_swapped(readings, _II_AMOUNTS))
    for n, row in enumerate(out):
        _swap_and_direction(row, any("equity_swap_involved" in r[n] for r in readings))
    return out


def _rows_readings(placements: list[list[dict[tuple[str, int], Token]]],
                   rows: int) -> list[list[Row]] | None:
    """The readings of every family's placements together where each row keeps the
    form's checks (``_dates_in_order``, ``_acquired_within``); None where too many."""
    readings: list[list[Row]] = []
    count = 1
    for placed in placements:
        count *= len(placed)
    if count > _II_READINGS:
        return None
    for chosen in product(*placements):
        taken: list[dict[str, Token]] = [{} for _ in range(rows)]
        for found in chosen:
            for (key, n), token in found.items():
                taken[n][key] = token
        if all(_dates_in_order(r) and _acquired_within(r) for r in taken):
            readings.append([{k: cell(list(t.atoms)) for k, t in r.items()} for r in taken])
    return readings


def _fills(token: Token, column: Column) -> bool:
    """Whether ``token`` is of ``column``'s kind (a derivative's own title is never the
    underlying one)."""
    if bool(column.terminals) == token.words:
        return False
    if token.words:
        return not (column.name == "underlying_security_title"
                    and _DERIVATIVE_TITLE_RE.search(token.text))
    return fits(token.text, column.terminals)


class _RowsPlaced:
    """Every placement of one family's tokens (``_II_FAMILIES``) into ``rows`` rows
    (``several_rows_ii``), told apart by the cells' texts."""

    def __init__(self, rows: int, columns: tuple[Column, ...]):
        self.rows, self.columns = rows, columns
        self.found: list[dict[tuple[str, int], Token]] = []
        self.seen: set[tuple[tuple[str, int, str], ...]] = set()
        self.steps = 0
        self.over = False
        self.left: list[list[int]] = []
        self.picked: list[int] = []  # the column each token is placed in, by its index

    def walk(self, tokens: list[Token], n: int, taken: dict[str, list[Token]]) -> None:
        if n == 0:  # how many tokens from each on may fill each column
            self.left = [[0] * len(self.columns) for _ in range(len(tokens) + 1)]
            self.picked = [0] * len(tokens)
            for at in range(len(tokens) - 1, -1, -1):
                self.left[at] = [c + _fills(tokens[at], column)
                                 for c, column in zip(self.left[at + 1], self.columns)]
        self.steps += 1
        if self.over or self.steps > _II_STEPS or len(self.found) > _II_MOST:
            self.over = True
            return
        if any(len(taken.get(c.name, ())) + self.left[n][i] < self.rows
               and (not c.optional or c.name in taken) for i, c in enumerate(self.columns)):
            return  # a column the tokens left cannot fill in every row
        if n == len(tokens):
            self._done(taken)
            return
        token = tokens[n]
        for i, column in enumerate(self.columns):
            placed = taken.get(column.name, [])
            if len(placed) == self.rows or not _fills(token, column) \
                    or (n and tokens[n - 1].text == token.text and i < self.picked[n - 1]):
                continue  # two like tokens side by side: either order places them alike
            self.picked[n] = i
            taken[column.name] = placed + [token]
            self.walk(tokens, n + 1, taken)
            if placed:
                taken[column.name] = placed
            else:
                del taken[column.name]

    def _done(self, taken: dict[str, list[Token]]) -> None:
        """Keep a placement that fills every column the form requires in every row, and
        the others in every row or none."""
        if any(len(taken.get(c.name, [])) not in ((0, self.rows) if c.optional else (self.rows,))
               for c in self.columns):
            return
        key = tuple(sorted((k, n, t.text) for k, v in taken.items() for n, t in enumerate(v)))
        if key not in self.seen:
            self.seen.add(key)
            self.found.append({(k, n): t for k, v in taken.items() for n, t in enumerate(v)})
