"""Where the owner's name ends on a header line that runs it into the issuer's name.

A visual-lines text prints box 1 and box 2 side by side on one line with
nothing between them: "LEVINSON ARTHUR D Apple Inc. [ AAPL ]". The words do
not tell where one box ends, but the page often prints one of the names again
elsewhere: the owners listed after the tables (a joint filing) print each
owner's name alone; the signature, remarks and footnotes name the owner ("in-Fact
for Arthur D. Levinson", "/s/ Reid G. Hoffman") in another word order than box
1's (Last, First, Middle); the notes and a care-of street name the issuer ("any
security holder of Tesla, Inc.", "C/O FACEBOOK, INC."). A cut is taken only
where these echoes leave no doubt:

- *the owner's echo*: the words before the cut are printed together elsewhere,
  in any order (with at most one initial among them), and not followed there by
  the word after the cut (as on the line itself, or where they open a longer
  name); then either the issuer's first word is none of the owner's (OCR may
  print a name twice) and is printed elsewhere too, not right after one of the
  owner's words, or the owner's words are printed all in capitals and the
  issuer's first word not, or the other way round ("THIEL PETER Chemomab
  Therapeutics Ltd."). Else an owner's middle name that the signature leaves
  out could open the issuer's name ("Melkote Rajesh Ramaswamy 374Water Inc."
  signed "Rajesh Melkote");
- *the issuer's echo*: the two or more words after the cut are printed
  elsewhere in that order, right after a word of small letters ("of", "n/k/a")
  or a care-of ("C/O"), so not as the tail of a longer capitalised name;
  a line whose words are all the issuer's so echoed holds none of the owner's (OCR
  printed box 2's line before box 1's: "Tesla, Inc. [ TSLA ]" over "Musk Elon");
- no cut falls before an initial, and all echoes point to one cut;
- where no echo is found, box 2's ticker: the one cut whose issuer's first word opens
  with the ticker's first letter and holds all its letters in order ("Rabois Keith
  Affirm Holdings, Inc. [ AFRM ]"; ``ticker_cut``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..text import ENTITY_END, letters_in_order

# the punctuation around a word that does not make it another word: "Levinson," "D." "(Apple)"
_EDGES = re.compile(r"^\W+|\W+$")
# a date or a number among a signature's words ("Attorney-in-Fact for Sergey 04/15/2022 Brin")
_FIGURE = re.compile(r"^[\d/.,$()-]+$")
_CARE_OF = "c/o"


@lru_cache(maxsize=1 << 14)  # every word of a page, for each header read: they repeat
def _normal(word: str) -> str:
    return _EDGES.sub("", word).casefold() or word  # "&" stays a word


def _initial(word: str) -> bool:
    return sum(c.isalnum() for c in word) < 2


@dataclass(slots=True)
class Known:
    """What the page prints besides the line being cut: the names of the owners
    listed after the tables, and the page's words (``raw`` as printed, ``words``
    compared), figures left out; ``named``: the names box 5 opens each owner's part with
    ("Hoffman Reid:"), which may be box 1's name cut short (its middle name or initial
    left out), so cut at only where the issuer's first word tells it too (``_named_cut``)."""

    names: list[str] = field(default_factory=list)
    raw: list[str] = field(default_factory=list)
    words: list[str] = field(default_factory=list)
    named: list[str] = field(default_factory=list)

    @classmethod
    def of(cls, texts: list[str]) -> Known:
        raw = [w for text in texts for w in text.split() if not _FIGURE.match(w)]
        return cls([], raw, [_normal(w) for w in raw])


def owner_cut(words: list[str], known: Known, ticker_after: bool = False,
              ticker: str = "") -> int | None:
    """How many of ``words`` (a line holding the owner's name, then the issuer's)
    are the owner's, where that is certain; else None. ``ticker_after``: box 2's
    ticker follows the words, so that they may all be the issuer's; ``ticker``: its
    text ("[ AFRM ]"), which tells the cut where no echo does (``ticker_cut``)."""
    text = " ".join(words)
    listed = next((n for n in known.names if text.startswith(n + " ")), None)
    if listed is not None:
        return len(listed.split())
    line = [_normal(w) for w in words]
    named = next((n for n in known.named if text.startswith(n + " ")), None)
    if named is not None and _named_cut(words, line, len(named.split()), known):
        return len(named.split())
    places = [k for k in range(2, len(line)) if not _initial(line[k])]
    by_owner = [k for k in places if _owner_echoed(line[:k], line[k], known.words)]
    by_issuer = [k for k in places if k < len(line) - 1 and _issuer_echoed(line[k:], known)]
    if ticker_after and len(line) > 1 and _issuer_echoed(line, known, apart=True):
        by_issuer.insert(0, 0)
    if not by_owner and not by_issuer and ticker:
        return ticker_cut(words, places, ticker)
    if len(set(by_owner) | set(by_issuer)) != 1:
        return None
    cut = (by_owner or by_issuer)[0]
    if by_issuer or _first_word_printed(line[cut], set(line[:cut]), known.words) or _case_turns(
            words, cut):
        return cut
    return None


#: the fewest letters of a ticker that tell an issuer's first word ("F" opens many words)
TICKER_LETTERS = 2


def ticker_cut(words: list[str], places: list[int], ticker: str) -> int | None:
    """The one cut of ``places`` (the owner's words kept two or more, none before an
    initial) whose issuer's first word opens with the ticker's first letter and holds
    all its letters in order, in any case ("Affirm" of AFRM, "MongoDB," of MDB,
    "JETBLUE" of JBLU); None where no cut or several do ("Alan Apple" of AAPL), or
    the ticker has fewer than two letters. The ticker is drawn from the issuer's name
    in most filings; one that is not ("374Water" of SCWO) gives no cut."""
    letters = [c for c in ticker.casefold() if c.isalnum()]
    if len(letters) < TICKER_LETTERS:
        return None
    found = [k for k in places if _holds_in_order(words[k].casefold(), letters)]
    return found[0] if len(found) == 1 else None


def _holds_in_order(word: str, letters: list[str]) -> bool:
    """True where ``word`` opens with the first of ``letters`` and holds them all in order."""
    return word.startswith(letters[0]) and letters_in_order(letters, word)


def name_echoed(words: list[str], after: str | None, known: Known) -> bool:
    """True where ``words`` (two or more, none an initial alone) are the owner's name
    as the page prints it elsewhere (``_owner_echoed``), not followed there by ``after``
    (the word that follows them where they stand)."""
    line = [_normal(w) for w in words]
    return (len(line) >= 2 and not _initial(line[0])
            and _owner_echoed(line, _normal(after) if after else "", known.words))


def whole_name_echoed(words: list[str], after: str | None, known: Known) -> bool:
    """True where ``words`` (two or more, none an initial alone) are the owner's whole
    name: the page prints them together elsewhere (``_owner_echoed``), not followed by
    ``after`` and right after a word of small letters ("for Reid Hoffman", "of") or
    "/s/", so not as the tail of a longer name that the words' line would have cut."""
    line = [_normal(w) for w in words]
    if len(line) < 2 or _initial(line[0]):
        return False
    end = _normal(after) if after else ""
    page = known.words
    for i in range(1, len(page)):
        before = known.raw[i - 1]
        if not (before.islower() or before.casefold() == "/s/"):
            continue
        if page[i] in line and _owner_echoed(line, end, page[i:i + len(line) + 2]):
            return True
    return False


def _owner_echoed(owner: list[str], after: str, page: list[str]) -> bool:
    """True where the page prints the owner's words together, in any order (with
    at most one initial among them: "Reid G. Hoffman" for "Hoffman Reid"), and
    not followed by ``after``."""
    wanted = sorted(owner)
    size = len(owner)
    for i in range(len(page) - size + 1):
        if page[i] not in owner:
            continue
        if sorted(page[i:i + size]) == wanted and page[i + size:i + size + 1] != [after]:
            return True
        run = page[i:i + size + 1]  # one initial inside the run, not one of the owner's
        if (len(run) == size + 1 and _initial(run[-2]) and run[-2] not in owner
                and sorted(run[:-2] + run[-1:]) == wanted
                and page[i + size + 1:i + size + 2] != [after]):
            return True
    return False


def _named_cut(words: list[str], line: list[str], cut: int, known: Known) -> bool:
    """Whether a name box 5 prints (``Known.named``) opening ``words`` ends the owner's
    words there: the word after it is no initial and, as for the owner's echo, is printed
    elsewhere, not right after one of the owner's words, or turns case ("Hoffman Reid G
    LINKEDIN CORP": "G" is the owner's middle initial, box 5 leaving it out; "Gregory",
    printed nowhere else, may be the owner's middle name too); or the name ends with a
    company's legal ending, after which no name goes on ("Mithril LP Fractyl Health,
    Inc."). Never before a company's ending ("Acme Holdings" / "Acme Holdings LLC"): the
    name goes on there."""
    return not _initial(line[cut]) and not ENTITY_END.fullmatch(words[cut]) and (
        _first_word_printed(line[cut], set(line[:cut]), known.words) or _case_turns(words, cut)
        or _legal_end(words[cut - 1]))


#: the company endings a name may go on after ("Acme Holdings LLC", "Smith Family Trust II")
_NAME_GOES_ON = frozenset({"trust", "group", "holdings", "partners", "management", "co",
                           "company"})


def _legal_end(word: str) -> bool:
    """Whether ``word`` is a company's legal ending that ends its name ("LP", "LLC", "Inc.")."""
    return bool(ENTITY_END.fullmatch(word)) and _normal(word) not in _NAME_GOES_ON


def _first_word_printed(first: str, owner: set[str], page: list[str]) -> bool:
    """True where the issuer's first word is none of the owner's and the page
    prints it elsewhere, not right after one of the owner's words."""
    return first not in owner and any(word == first and (i == 0 or page[i - 1] not in owner)
               for i, word in enumerate(page))


def in_capitals(word: str) -> bool | None:
    """Whether a word of two letters or more is printed in capitals only."""
    letters = [c for c in word if c.isalpha()]
    return None if len(letters) < 2 else all(c.isupper() for c in letters)


def _case_turns(words: list[str], cut: int) -> bool:
    """True where the owner's words are all printed one way (capitals only, or
    not) and the issuer's first word the other way: "THIEL PETER Chemomab"."""
    owner = {in_capitals(w) for w in words[:cut]} - {None}
    return len(owner) == 1 and in_capitals(words[cut]) not in owner | {None}


def _issuer_echoed(issuer: list[str], known: Known, apart: bool = False) -> bool:
    """True where the page prints the issuer's words (two or more) in this order
    right after a word of small letters or a care-of; ``apart``: not followed there by
    a ticker's bracket (box 2's own line, which the page's words hold too)."""
    size = len(issuer)
    page = known.words
    for i in range(1, len(page) - size + 1):
        if page[i] == issuer[0] and page[i:i + size] == issuer:
            if apart and known.raw[i + size:i + size + 1] and known.raw[i + size].startswith("["):
                continue
            before = known.raw[i - 1]
            if before.islower() or _normal(before) == _CARE_OF:
                return True
    return False
