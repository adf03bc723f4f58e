"""A table row whose values ran together ("Common Stock(1)05/02/2019S13,433D$
208.99(2)151,187D"), cut back into its values by their kinds (dates, amounts,
prices, footnote marks, letters) only where the cut is certain. A number glued to a
date is cut where every cut gives the same values ("$ 23.825708/12/2019"). Two
amounts glued (a price and the amount owned after it, "$ 8.88301,097": 8.88 and
301,097, or 8.8830 and 1,097; Table II's underlying amount and the amount owned
where no price is printed) are cut where the run reads as no one amount, or where
the ownership's letter follows the price: where every cut agrees ("$ 0757,756": "07"
is no amount, so 0 and 757,756) it is taken; a number glued to a date before it
("$ 9.9711/20/2020": 9.97 and 11/20/2020, or 9.971 and 1/20/2020) is cut where the
date has two digits for its month and its day, in a text that prints every date it
keeps apart so;
where cuts differ, each value they differ on is put as ``UNCUT`` (the grammar reads
it as a value, the record holds None for it with a diagnostic) and the row's other
values are read. A word no cut reads stays whole (its row then does not read).

A text whose rows print no mark as "(1)" while it lists notes (``bare_note_marks``)
prints its marks as bare superscripts, glued onto the values as their figures:
"A7721A" is 772 and note 1's mark, or 7721; "A112,687,274I" a mark and 12,687,274, or
112,687,274. An amount glued to a value after it that ends in a listed note's number,
or glued to one before it that opens with one, where the rest reads as an amount too,
is ``UNCUT`` (``_mark_doubted``), and so is a price and amount run where a listed note's
number fits between them ("$189.5781449,825,112": 189.578, the mark, 449,825,112; the
arithmetic does not see a mark; ``_mark_between``). Where the notes run together ("...
footnote.2. The ...") the marks are not known, and the tables are left unread.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ..placeholders import UNCUT
from ..form import row_kinds
from ..patterns import (DATE, DATE_SHAPE, DATE_SHAPE_RE, FOOTNOTE_MARK, HOLDING_LETTERS, MARKS_AFTER,
                        PADDED_DATE_RE)
from .glued_marks import derivative_marks

# one value of a table's row, as a run-together row prints them one after the other:
# "Common Stock(1)05/02/2019S13,433D$ 208.99(2)151,187D"
_VALUE = re.compile(rf"(?P<date>{DATE})"
                    rf"|(?P<mark>{FOOTNOTE_MARK})|"
                    r"(?P<number>[0-9][0-9,.]*[0-9]|[0-9])"
                    r"|(?P<dollar>\$)|(?P<letters>[A-Za-z]+)")

# an amount as the form prints it, no digit lost to or taken from its neighbour: not
# "0757,756" ("$ 0" then "757,756", or "$ 07"...), nor "00"
_AMOUNT = re.compile(r"([1-9][0-9]{0,2}(,[0-9]{3})+|[1-9][0-9]*|0)(\.[0-9]+)?")


# two amounts glued: a run of figures with a group of four or more digits after a
# comma or a point ("8.88301,097", "782,088782,088"), a zero before a figure ("0757,756")
_TWO_AMOUNTS = re.compile(r"[.,][0-9]{4,}|[.,][0-9]+[.,]|(?<![0-9.,])0[0-9]")

# a date no figure runs into: "Stock11/20/2020M", "on 2/3/2011"
_DATE_APART = re.compile(rf"(?<![0-9.,/]){DATE_SHAPE}(?![0-9/])")

# a word with the "$" of the price after it run onto it: "(right to buy)$ 24.42"
_PRICE_OPENS = re.compile(r"[^0-9$]*[A-Za-z)]\$")

# a run of figures with the marks after it: "0.000(2)"
_FIGURES = re.compile(r"(?P<run>[0-9][0-9,.]*)(?P<marks>" + MARKS_AFTER + ")")

# a price and nothing else, its "$" kept on it: "$0.0001"
_DOLLAR_AMOUNT = re.compile(r"\$" + _AMOUNT.pattern)

# a mark cut off as a word of its own: "(2)"
_MARK_WORD = re.compile(FOOTNOTE_MARK)

# the ownership's letter, with any mark: "I", "D(2)"
_OWNERSHIP = re.compile(r"[DI]" + MARKS_AFTER)

# "I" or "D" glued to the nature after it: "ISee", "IBy", "IUS Venture", or to the
# preposition "by" opening it as a word ("Iby Trust": no word opens "Iby", "Dby")
_OWNED_BY = re.compile(r"[DI](?:[A-Z][A-Za-z]|by\b)")

# where a word holds values run together: a mark, a date or a dollar sign among others
_GLUED = re.compile(r"\)[^\s(]|[0-9/]{8}[A-Za-z$]|[0-9][A-Za-z]|[A-Za-z]\$|[0-9]\$")


def _owned_by(before: list[str], word: str) -> list[str]:
    """``word`` after the words ``before``, as the ownership's letter and its nature's
    first word where an amount precedes it ("11,674,129", "ISee": "I", "See"), or an
    amount left ``UNCUT``."""
    amount = before[-1].split("(")[0].replace("$ ", "") if before else ""
    if (_AMOUNT.fullmatch(amount) or amount.startswith(UNCUT)) and _OWNED_BY.match(word):
        return [word[0], word[1:]]
    return [word]


def _mark_alone(before: list[str]) -> bool:
    """Whether a mark after the values ``before`` stands alone in its cell: after the
    "A"/"D" letter it is the price's, only a mark ("12,687,274A(1)12,687,274"); after the
    transaction's code (a letter after the date), the code's."""
    letter = len(before[-1]) == 1 and before[-1].isalpha()
    return letter and not (len(before) > 1 and row_kinds.DATE.fullmatch(before[-2]) is not None)


def _uncut_price_pairs(cut: list[tuple[str, str]], agreed: list[bool], after_dollar: bool) -> set[int]:
    """Where a price and the amount after it are both uncertain in ``cut`` (a price
    follows "$": the word's own, or the one before the word where ``after_dollar``):
    the indexes of such amounts."""
    return {i for i in range(1, len(cut)) if cut[i][0] == cut[i - 1][0] == "number"
            and not agreed[i] and not agreed[i - 1]
            and (cut[i - 2][0] == "dollar" if i > 1 else after_dollar)}


def padded_dates(text: str) -> bool:
    """Whether ``text`` prints each date no figure runs into with two digits for its
    month and its day ("11/20/2020", never "1/20/2020"): then a date a figure ran
    into is printed so as well."""
    dates = [m.group() for m in _DATE_APART.finditer(text)]
    return bool(dates) and all(PADDED_DATE_RE.fullmatch(d) for d in dates)


def bare_note_marks(text: str) -> frozenset[str] | None:
    """The numbers of the notes ``text`` lists under its tables where its tables print
    no mark as "(1)": a value referring to a note then carries its mark as bare figures
    glued on, which may be any of them. Empty where a table prints a mark so, or no
    note is listed; None where the notes are printed but no number of theirs is read
    (which marks the rows may hold is then not known: their tables are left unread)."""
    from .run_together import NOTES_LABEL, TABLE_I  # a rare shape's: imported where read
    tables, notes = TABLE_I.search(text), NOTES_LABEL.search(text)
    if tables is None or notes is None or notes.start() < tables.start():
        return frozenset()
    if re.search(FOOTNOTE_MARK, text[tables.start():notes.start()]):
        return frozenset()
    listed = _listed(text[notes.end():])
    if listed is None or not listed and re.search(r"[0-9]", text[notes.end():notes.end() + 80]):
        return None
    return listed


# a note's number where the notes list it, "1. " or "(1) ": on a line of its own
# (``opening``), or run on after the sentence before it ("footnote.2. The Elon ...";
# never a figure's: "$21.71.  The")
_LISTED = r"(?:\((?P<bracketed>[0-9]{1,2})\)|(?P<number>[0-9]{1,2})\.)[ \t]+"
_LISTED_OPENING = re.compile(rf"^[ \t]*{_LISTED}\S", re.M)
_LISTED_RUN_ON = re.compile(rf"(?<=[A-Za-z)][.:;]){_LISTED}[A-Z]")


def _listed(notes: str) -> frozenset[str] | None:
    """The numbers of the notes listed in ``notes`` (the text after "Explanation of
    Responses"), each opening its line: "1. The price", "(1) The price". None where a
    note opens after the sentence before it, the notes run together ("...Responses:1.
    The ...", "... footnote.2. The ..."): the table reader then does not tell the
    notes' marks from the values they are glued on ("by Trust2")."""
    def numbers(pattern: re.Pattern[str]) -> set[str]:
        return {m["bracketed"] or m["number"] for m in pattern.finditer(notes)}
    listed = numbers(_LISTED_OPENING)
    return None if numbers(_LISTED_RUN_ON) - listed else frozenset(listed)


# a whole amount run past its last group of thousands by one or two figures ("S13,4002D"):
# no amount is printed so
_PAST_GROUP = re.compile(r"(?<![0-9.,])(?P<amount>[0-9]{1,3}(?:,[0-9]{3})+)(?P<digits>[0-9]{1,2})"
                         r"(?![0-9.,/])")


def _past_group_marked(word: str, marks: frozenset[str]) -> str:
    """``word`` with the figures run past an amount's last group of thousands written as
    the mark they are, where they name one of ``marks`` ("13,4002" -> "13,400(2)")."""
    return _PAST_GROUP.sub(lambda m: f"{m['amount']}({m['digits']})" if m["digits"] in marks
                           else m.group(), word)


def _mark_doubted(value: str, marks: frozenset[str], before: bool, after: bool) -> bool:
    """Whether the amount ``value`` may hold a bare mark (one of ``marks``) glued on:
    at its end where a value follows it in its word (``after``), at its opening where one
    precedes it (``before``), the rest an amount as well ("7721": 772; "112,687,274":
    12,687,274; never "1,987": "1,98" is no amount)."""
    for k in (1, 2):
        if after and value[-k:] in marks and _AMOUNT.fullmatch(value[:-k]):
            return True
        if before and value[:k] in marks and _AMOUNT.fullmatch(value[k:]):
            return True
    return False


def _mark_between(run: str, marks: frozenset[str]) -> bool:
    """Whether the run of figures ``run`` (a price and the amount after it) may be read
    as a price, one of ``marks`` glued onto it and an amount ("189.5781449,825,112":
    189.578, note 1's mark, 449,825,112; never "9.971,987" with note 1: ",987" is no
    amount)."""
    return any(run[a:b] in marks and _AMOUNT.fullmatch(run, 0, a) and _AMOUNT.fullmatch(run, b)
               for a in range(1, len(run)) for b in (a + 1, a + 2) if b < len(run))


def _padded_cuts(cuts: list[list[tuple[str, str]]]) -> list[list[tuple[str, str]]]:
    """The ``cuts`` whose dates have two digits for their month and day, if any."""
    padded = [cut for cut in cuts if all(PADDED_DATE_RE.fullmatch(v) for k, v in cut if k == "date")]
    return padded or cuts


def _values(word: str, head: str, after_dollar: bool = False,
            padded: bool = False, marks: frozenset[str] = frozenset()) -> list[str] | None:
    """The values run together in ``word`` ("(1)05/02/2019S13,433D$"), each mark kept on
    the value before it; None where no cut reads it, or cuts differ in the kinds of
    values they give. Where every way to cut the word gives the same values ("$
    23.825708/12/2019": "23.8257" and "08/12/2019", or "23.82570" and "8/12/2019"),
    the one with the form's two-digit months is taken; a value the cuts differ on is
    ``UNCUT``. ``head``: the word's opening before its values (a title's last word:
    "Stock"), which takes the marks after it; ``padded``: the text prints its dates
    with two-digit months and days (``padded_dates``), so only such cuts count;
    ``marks``: the notes a bare mark glued on may name (``bare_note_marks``)."""
    if marks:
        word = _past_group_marked(word, marks)
    cuts = _cuts(word, len(head))
    if padded:
        cuts = _padded_cuts(cuts)
    if not cuts or any([k for k, _ in cut] != [k for k, _ in cuts[0]] for cut in cuts):
        return None
    meanings = [_meaning(cut) for cut in cuts]
    agreed = [all(m[i] == meanings[0][i] for m in meanings) for i in range(len(cuts[0]))]
    out: list[str] = [head] if head else []
    best = max(cuts, key=lambda cut: sum(len(v) for k, v in cut if k == "date"))
    uncut_pair = _uncut_price_pairs(best, agreed, after_dollar and not head)
    doubted = {i for i, (kind, value) in enumerate(best) if kind == "number" and marks
               and _mark_doubted(value, marks, bool(i or head), i + 1 < len(best))}
    for i, ((kind, value), certain) in enumerate(zip(best, agreed)):
        value = UNCUT if i in doubted or not certain else value
        if i in uncut_pair and not doubted & {i - 1, i} and not _mark_between(
                best[i - 1][1] + best[i][1], marks):  # the amount keeps the run, for the arithmetic
            value = UNCUT + best[i - 1][1] + best[i][1]
        if kind == "mark" and out and not _mark_alone(out):
            out[-1] += value
        else:
            out += _owned_by(out, value)
    return out


#: ways to cut one word into values, at most (more: the word is left whole)
MAX_CUTS = 16


def _cuts(word: str, at: int) -> list[list[tuple[str, str]]]:
    """Every way to cut ``word`` from ``at`` into values, each as (kind, text); an
    amount may end at any digit where it reads as one, no other value than where it
    matches. Empty if there is none, or more than ``MAX_CUTS``."""
    if at == len(word):
        return [[]]
    found: list[list[tuple[str, str]]] = []
    for kind, end in _starts(word, at):
        for rest in _cuts(word, end):
            found.append([(kind, word[at:end]), *rest])
            if len(found) > MAX_CUTS:
                return []
    return found


def _starts(word: str, at: int) -> list[tuple[str, int]]:
    """The values that may start ``word`` at ``at``: (kind, end)."""
    value = _VALUE.match(word, at)
    if value is None:
        return []
    if value.lastgroup != "number":
        return [(value.lastgroup or "", value.end())]
    return [("number", end) for end in _amount_ends(word, at, value.end())]


def _amount_ends(word: str, at: int, end: int) -> list[int]:
    """Where an amount from ``at`` may end: where its run of digits does (``end``), if
    that reads as an amount, wherever a date may start after it ("23.825708/12/2019":
    the price and the date share a digit), and, where the run reads as no one amount
    ("8.88301,097", "782,088782,088"), wherever the rest of the run reads as one."""
    two = not _AMOUNT.fullmatch(word, at, end)
    return [e for e in range(at + 1, end + 1) if _AMOUNT.fullmatch(word, at, e) and (
        e == end or DATE_SHAPE_RE.match(word, e) or two and _AMOUNT.fullmatch(word, e, end))]


def _meaning(cut: list[tuple[str, str]]) -> list[tuple[str, object]]:
    """The values a cut gives, as the record would hold them: "0.330" is "0.33", the
    date "8/12/2019" is "08/12/2019"."""
    out: list[tuple[str, object]] = []
    for kind, text in cut:
        if kind == "number":
            out.append((kind, Decimal(text.replace(",", ""))))
        elif kind == "date":
            out.append((kind, tuple(int(part) for part in text.split("/"))))
        else:
            out.append((kind, text))
    return out


def _price_and_amount(run: str) -> list[str] | None:
    """The price and the amount owned that a run of figures after "$" holds where the
    row prints its ownership's letter right after it ("$ 0.000 I": 0.00 and 0), each
    ``UNCUT`` where the cuts differ on it; None if it is no such run. Marks after the
    run ("0.000(2)") are the amount's, the value they follow."""
    figures = _FIGURES.fullmatch(run)
    if figures is None:
        return None
    run, marks = figures.group("run"), figures.group("marks")
    cuts = _price_cuts(run)
    if not cuts:
        return None
    meanings = [_meaning([("number", price), ("number", amount)]) for price, amount in cuts]
    price, amount = (text if all(m[i] == meanings[0][i] for m in meanings) else UNCUT
                     for i, text in enumerate(cuts[0]))
    if UNCUT in (price, amount):  # the run kept, for the table's arithmetic to settle
        price, amount = UNCUT, UNCUT + run
    return [price, amount + marks]


def _price_cuts(run: str) -> list[tuple[str, str]]:
    """Every way to cut a run of figures into a price and an amount."""
    return [(run[:e], run[e:]) for e in range(1, len(run))
            if _AMOUNT.fullmatch(run, 0, e) and _AMOUNT.fullmatch(run, e)]


def price_and_amount_readings(run: str) -> list[tuple[Decimal, Decimal]]:
    """The (price, amount) pairs a run of figures may be read as, each once."""
    readings = (tuple(v for _, v in _meaning([("number", p), ("number", a)]))
                for p, a in _price_cuts(run))
    return list(dict.fromkeys(readings))  # type: ignore[arg-type]


def cut_values(line: str, derivative: bool = False, padded: bool = False,
               marks: frozenset[str] = frozenset()) -> str:
    """A table row whose values ran together, each value a word of its own (``UNCUT``
    where the cuts differ on it); a word no cut reads stays as it is (the row then
    does not read, and its table is left out with a diagnostic); in a ``derivative``
    (Table II) row, the marks placed by ``glued_marks.py``; ``padded``, ``marks``: as
    ``_values``."""
    words: list[str] = []
    line_words = line.split()
    for i, word in enumerate(line_words):
        if _one_price(word, line_words[i + 1:i + 2]):
            words.append(word)
            continue
        if words and len(_owned_by(words, word)) == 2:
            words.append(word[0])
            word = word[1:]
        if _PRICE_OPENS.fullmatch(word):  # "Buy)$": a title's last word, then a price's "$"
            words.append(word[:-1])
            word = "$"
        opening = re.match(r"[A-Za-z][a-z]+\)?|[^0-9$(]*", word)  # a title's word, glued
        head = opening.group() if opening else ""
        values = (_values(word, head, bool(words) and words[-1].endswith("$"), padded, marks)
                  if _GLUED.search(word) or _TWO_AMOUNTS.search(word) else None)
        words.append(" ".join(values) if values else _dates_apart(word) if marks else word)
    words = _owned_after_price(_ownership_marks(" ".join(words).split()), marks)
    return " ".join(derivative_marks(words) if derivative else words)


def _dates_apart(word: str) -> str:
    """A word no cut reads, each date in it that no figure runs into set apart ("Stock
    02/17/2021 C16,944,440A$..."): where bare marks are glued on, a row left so must not
    read as words of the titles and natures around it (its date is no title's word),
    and its table is then left out."""
    return _DATE_APART.sub(lambda m: f" {m.group()} ", word).strip()


def _one_price(word: str, after: list[str]) -> bool:
    """Whether ``word`` is one price and nothing glued to it ("$0.0001", as a title
    prints it: "par value $0.0001 per share"), the word ``after`` it no ownership's
    letter (that makes it a run of the price and the amount owned: ``_price_and_amount``)."""
    return (_DOLLAR_AMOUNT.fullmatch(word) is not None
            and not (after and _OWNERSHIP.fullmatch(after[0])))


def _ownership_marks(words: list[str]) -> list[str]:
    """``words`` with the marks that end the row joined back to the ownership's letter
    before them ("5,160,301D(2)": cut as an "A"/"D" letter's, whose marks stand alone
    in the price's cell; but that letter never ends a row, the ownership's does)."""
    end = len(words)
    while end and _MARK_WORD.fullmatch(words[end - 1]):
        end -= 1
    if end == len(words) or end < 2 or words[end - 1] not in HOLDING_LETTERS:
        return words
    return [*words[:end - 1], "".join(words[end - 1:])]


def _owned_after_price(words: list[str], marks: frozenset[str] = frozenset()) -> list[str]:
    """``words`` with a run after "$" that the ownership's letter follows cut into the
    price and the amount owned (``_price_and_amount``); where the text glues bare
    ``marks`` on, a run that is no one price and one amount, and may be a price, a mark
    and an amount (``_mark_between``), is left ``UNCUT``."""
    out: list[str] = []
    for i, word in enumerate(words):
        if out and out[-1].endswith("$") and i + 1 < len(words) and _OWNERSHIP.fullmatch(words[i + 1]):
            cut = _price_and_amount(word)
            bare = cut is not None and UNCUT in cut[0] and _mark_between(
                _FIGURES.fullmatch(word)["run"], marks)  # type: ignore[index]
            out += [UNCUT, UNCUT] if bare else cut or [word]
        else:
            out.append(word)
    return out
