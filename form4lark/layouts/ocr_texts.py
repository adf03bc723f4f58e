"""The text cells of an OCR'd row: title, underlying title, nature of ownership.

A row's wrapped lines hold the next line of each of its text cells side by side,
with nothing but single spaces between them ("Preferred Stock Capital XI,": the
title's "Preferred", the underlying title's "Stock", the nature's "Capital XI,").
``split_line`` cuts such a line by what each cell is made of (security titles
have few, known words and end in their noun; a nature ends with its footnote
mark) and leaves it unread where two cuts are as good. ``text_cell`` then
removes what OCR made of footnote marks and refuses a text whose words OCR
plainly misread.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from ..model import Diagnostic
from ..patterns import FOOTNOTE_MARK, MARKS_AT_END_RE
from ..sections import Cell
from ..shapes.scan_values import RULES
from ..shapes.scan_words import is_misread_suffix
from ..text import join_wrapped

#: The most words a wrapped line of a row holds, and lines a cell wraps over, for the
#: searches below (a hostile text must not make them slow)
MAX_WORDS, MAX_LINES = 24, 8
_LOST_MARK_TAIL = re.compile(r"(?<=[A-Za-z.,])[^A-Za-z0-9\s(]*[0-9]{0,2}[^A-Za-z0-9\s(]*\)$")
# the form's printed labels, which no cell holds
_HEADING_WORDS = re.compile(r"\(Instr\.|\(Month/Day/Year\)|Title of|Name and Address|"
                            r"Reporting Person|\(specify below\)|\(give title below\)")
# "Trustt2)": a mark's digits glued to a word with no "(" (it may have eaten letters);
# "(DE) tic®)": a short lower-case word run into a garbled mark ("LLC(3)" misread)
_EATEN_WORD = re.compile(r"[A-Za-z][^\sA-Za-z0-9(]*[0-9]{1,2}[^\sA-Za-z0-9(]*\)$|"
                         r"(?<!\S)[a-z]{1,3}[^\sA-Za-z0-9(]+\)$")
_JUNK_AFTER_MARKS = re.compile(rf"((?:{FOOTNOTE_MARK})+)[^A-Za-z0-9\s(]+$")
_LOOSE_MARK = re.compile(r"\s+[^A-Za-z0-9\s]{0,3}\)$")
_SYMBOL_MARK = re.compile(r"\s*[®©°@¢§¥*]+$")
_GARBLED_MARK = re.compile(r"\((?![0-9]{1,2}\))[^A-Za-z()\s]{0,3}\)$")
# A title word: capitalised ("Class", "LLC"), a number, or one of the small words titles use;
# anything else ("crass ‘ common") is OCR's garble, and so is a word holding a glyph of
# the table's rules ("Common}": the rule glued to it, or a letter read as one)
_TITLE_WORD = re.compile(rf"[A-Z0-9($\-][^\s{re.escape(RULES)}]*|"
                         r"of|to|and|per|par|value|share|shares|for|due|with|"
                         r"buy\)?|sell\)?|right|the|a|an|in|on|stock|common|options?|units?|"
                         r"\(right|\(to|purchase|rights")
#: Words of an underlying security's title ("Class A Common Stock", "Ordinary Shares")
_UNDERLYING_WORDS = frozenset({"class", "a", "b", "c", "d", "common", "stock", "ordinary", "shares",
                     "share", "preferred", "series", "units", "unit", "depositary", "american",
                     "limited", "partnership", "interests", "voting", "non-voting"})
#: The words security titles are mostly made of (others are allowed, at a small cost)
TITLE_VOCABULARY = frozenset("""
    stock common preferred class series option options right to buy sell units unit restricted
    shares share ordinary warrant warrants convertible notes note depositary american performance
    employee director incentive nonqualified qualified rsu rsus rights of and par value per
    phantom deferred limited partnership interests voting nonvoting senior subordinated due
    purchase award membership ltip profits exchangeable redeemable capital seed contingent
    settled cash equity a b c d e f g h
""".split())

#: A word as a title prints it: "Common", "C-", "(Right", "Buy)", "$0.0001"
_CLEAN_WORD = re.compile(r"\(?[A-Za-z0-9$][A-Za-z0-9.,$'&/-]*\)?")
#: Words that end a title ("Common Stock", "Stock Option (Right to Buy)", "Warrants")
TITLE_ENDS = re.compile(r"(?i)(stock|shares?|units?|buy\)|sell\)|warrants?|notes?|options?|"
                         r"awards?|debentures|interests?|rights|rsus?|psus?)[,.)]?$")


def joined_cells(cells: Sequence[Cell]) -> Cell | None:
    """Cells of one wrapped value as one cell, at the first one's position."""
    cells = [c for c in cells if c]
    if not cells:
        return None
    return Cell(join_wrapped([c.text for c in cells]), cells[0].line, cells[0].column)


@lru_cache(maxsize=8192)
def bare(text: str) -> str:
    """A title compared with others: letters and digits only, its marks dropped, clean
    ("Stock(1)") or garbled ("Stock)")."""
    return re.sub(r"[^a-z0-9]+", "", MARKS_AT_END_RE.sub("", strip_lost_mark(text)).casefold())


def strip_lost_mark(text: str) -> str:
    """"Stock)", "LLC®)", "See footnote(!4)": a garbled footnote mark at the end of a text
    (an unbalanced ")", or brackets holding no word) is not part of it."""
    text = _JUNK_AFTER_MARKS.sub(r"\1", text)  # "Footnotes(2))": a second mark garbled
    text = _SYMBOL_MARK.sub("", text)  # "Trust®", "Footnote ©": a mark read as a symbol
    text = _LOOSE_MARK.sub("", text)  # "See Footnotes )", "See footnote ?)": a mark's rest
    garbled = _GARBLED_MARK.search(text)
    if garbled:
        return text[:garbled.start()].rstrip()
    if text.count("(") < text.count(")") and not MARKS_AT_END_RE.search(text):
        return _LOST_MARK_TAIL.sub("", text).rstrip()
    return text


def cell_complete(column: list[str], index: int) -> bool:
    if not column:
        return False
    last = column[-1].split()[-1] if column[-1].split() else ""
    if index == 2:  # a nature of ownership ends with its footnote marks
        return last.endswith(")")
    return bool(TITLE_ENDS.search(MARKS_AT_END_RE.sub("", strip_lost_mark(last))))


def split_line(words: list[str], columns: list[list[str]], open_: list[bool]
                ) -> list[list[str]] | None:
    """A wrapped line of a row cut into the next line of the title, of the underlying
    title and of the nature, in that order. The title takes title words, the underlying
    title its own few words, the nature the rest; a cell that is complete (a title
    ending in "Stock", a nature in its mark) should take nothing more, one that is not
    should take a line. The cut with the fewest breaches of that wins; a tie between
    different cuts is unreadable (None)."""
    if len(words) > MAX_WORDS:
        return None  # no line of three narrow columns holds this much
    best: list[tuple[float, list[list[str]]]] = []
    for groups in _cuts(words, sum(open_)):
        full = iter(groups)
        assigned = [next(full) if o else [] for o in open_]
        if not all(_TITLE_WORD.fullmatch(w) for w in assigned[0]):
            continue
        if not all(bare(w) in _UNDERLYING_WORDS or _TITLE_WORD.fullmatch(w)
                   for w in assigned[1]):
            continue
        cost = 0.0
        for index, (column, group) in enumerate(zip(columns, assigned)):
            if not open_[index]:
                continue
            done = cell_complete(column, index) and not (
                index == 0 and group and group[0].casefold() in ("(right", "(to"))
            # a title not yet ending in its noun goes on; a nature may end without a mark
            # (a title may go on past its noun, "Shares" / "Purchase Warrant", a little more
            # readily than an underlying title or a nature past its mark)
            cost += (done and bool(group)) * (0.75 if index == 0 else 1)
            cost += (not done and not group) * (1 if index < 2 else 0.5)
            if index == 2 and group and group[0].casefold() in ("(right", "(to"):
                cost += 1  # "(right to buy)" qualifies a title, never a nature
            if index < 2 and group and " ".join(group).count("(") > " ".join(group).count(")") \
                    and any(assigned[index + 1:]):
                cost += 1  # "(right to" broken off: the bracket closes in this column
            if index == 1:  # an underlying title has few words of its own ("Comer": misread)
                cost += sum(0.25 if _misread(w, _UNDERLYING_WORDS) else 0.5
                            for w in group if bare(w) not in _UNDERLYING_WORDS)
            if index < 2:  # a title's noun ends it; OCR's garble is no title word
                cost += any(TITLE_ENDS.search(w) for w in group[:-1])
                cost += sum(not _CLEAN_WORD.fullmatch(MARKS_AT_END_RE.sub("", w) or w)
                            for w in group)
                cost += 0.25 * sum(bare(w) not in TITLE_VOCABULARY and not w[:1].isdigit()
                                   for w in group)  # a title's usual words come first
        best.append((cost, assigned))
    if not best:
        return None
    low = min(cost for cost, _ in best)
    winners = [groups for cost, groups in best if cost == low]
    return winners[0] if all(w == winners[0] for w in winners) else None


@lru_cache(maxsize=8192)
def _misread(word: str, vocabulary: frozenset[str]) -> bool:
    """A word one or two letters away from a title's word ("Conmen", "Comer" for "Common"):
    that word misread, with no telling which letters."""
    plain = bare(word)
    if len(plain) < 4 or plain in vocabulary or plain[:-1] in vocabulary or not plain.isalpha():
        return False  # a word of the vocabulary, or its plural
    limit = 1 if len(plain) < 5 else 2
    return any(abs(len(plain) - len(v)) <= limit and _edits(plain, v, limit) <= limit
               for v in vocabulary if len(v) >= 4)


def _edits(a: str, b: str, limit: int) -> int:
    """Levenshtein distance of ``a`` and ``b``, or ``limit + 1`` once it exceeds ``limit``."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        new = [i]
        for j, cb in enumerate(b, 1):
            new.append(min(row[j] + 1, new[j - 1] + 1, row[j - 1] + (ca != cb)))
        if min(new) > limit:
            return limit + 1
        row = new
    return row[-1]


def _cuts(words: list[str], parts: int) -> list[list[list[str]]]:
    """Every way to cut ``words`` into ``parts`` consecutive (possibly empty) groups."""
    if parts == 1:
        return [[words]]
    return [[words[:i], *rest] for i in range(len(words) + 1) for rest in _cuts(words[i:], parts - 1)]


# a word of letters with a glyph of the table's rules glued to its end: "Common}", "Common]"
_RULE_END = re.compile(r"(?<!\S)([A-Za-z]+)[}\]](?!\S)")


def _without_rule_ends(text: str) -> str:
    """A title without the rules' glyphs OCR glued to the end of its words ("Common}
    Stock(1)": the column's rule beside "Common"), where the word is one titles are made
    of: a "]" ending another word may be a letter misread ("Capita]")."""
    return _RULE_END.sub(
        lambda m: m[1] if m[1].casefold() in TITLE_VOCABULARY else m[0], text)


def misread_suffix(lines: list[str] | None) -> bool:
    """Whether a cell's last word is a company's suffix OCR misread with its mark ("LPO",
    "Lic@)"): the cell holds a name, which cannot be read back for certain."""
    words = join_wrapped(lines).split() if lines else []
    last = words[-1] if words else ""
    return is_misread_suffix(last)


def text_cell(lines: list[str] | None, key: str, diagnostics: list[Diagnostic]) -> Cell | None:
    """The cell ``key`` (a title, an underlying title, a nature) from its lines, without
    what OCR made of its footnote marks; None where OCR's reading cannot be trusted
    (among them a company's suffix misread: ``misread_suffix``)."""
    if not lines:
        return None
    raw = join_wrapped(lines)
    if misread_suffix(lines):
        diagnostics.append(Diagnostic(None, None, key, f"OCR read {raw!r}: a company's suffix "
                                      "misread, or a mark read as its letter (\"LPO\", \"Lic\")"))
        return None
    if len(raw.split()) > MAX_WORDS or _HEADING_WORDS.search(raw):
        diagnostics.append(Diagnostic(None, None, key, f"OCR read {raw[:40]!r}...: the form's "
                                      "own words or more than a cell holds"))
        return None
    if _EATEN_WORD.search(raw):
        diagnostics.append(Diagnostic(None, None, key, f"OCR read {raw!r}: a garbled mark "
                                      "ran into the last word, whose end cannot be told"))
        return None
    text = strip_lost_mark(raw if key == "nature_of_ownership" else _without_rule_ends(raw))
    if key == "nature_of_ownership" and len(re.findall(r"[A-Za-z]", text)) < 3:
        return None  # "p" of "D(2)" read as "bp)": not a nature
    if "|" in text.split():
        diagnostics.append(Diagnostic(None, None, key, f"OCR read {text!r}: a \"|\" that may "
                                      "be an \"I\" or the table's border"))
        return None
    if not text:
        return None
    if key != "nature_of_ownership" and not TITLE_ENDS.search(
            MARKS_AT_END_RE.sub("", text).split()[-1]):
        diagnostics.append(Diagnostic(None, None, key, f"OCR read {text!r}: a title that does "
                                      "not reach its noun (Stock, Shares, Units, ...) lost its end"))
        return None
    if key != "nature_of_ownership" and not all(
            _TITLE_WORD.fullmatch(w) and not _misread(w, TITLE_VOCABULARY) for w in text.split()):
        diagnostics.append(Diagnostic(None, None, key, f"OCR read {text!r}: not a title's words"))
        return None
    return Cell(text)
