"""What the matches of regular expressions can begin with, as a lookahead that is
true only where one of them can begin (their first two characters).

The form's labels are tried only where a label can begin (``atoms.py``): most of
a page's words begin with two characters that begin no label, and are words at
once. Those characters come from the labels' own expressions, parsed as ``re``
parses them, never listed by hand. Where an expression holds something not
looked into here, there is no lookahead (None): that costs speed, never a token.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from typing import Any

try:  # the parser of regular expressions that re itself uses (as Lark does)
    import re._parser as sre_parse  # type: ignore[import-not-found]
except ImportError:  # Python 3.10
    import sre_parse

#: characters looked at
LENGTH = 2

#: a member of a character class as written in one ("\U00000041", "\U00000030-\U00000039",
#: "\d"), and whether it is matched ignoring case
Member = tuple[str, bool]
#: the characters one position of a match can hold
Chars = frozenset[Member]
#: a match's first characters (fewer where a match can be shorter)
Prefix = tuple[Chars, ...]

_CATEGORIES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_SPACE": r"\s",
               "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W"}
_ZERO_WIDTH = ("AT", "ASSERT", "ASSERT_NOT")
_REPEATS = ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")


def lookahead(regexps: list[str]) -> str | None:
    """A lookahead true where a match of one of ``regexps`` can begin, or None where
    that is not known for all of them: where the next two characters can begin a
    match (first characters grouped by the characters that may follow them), or
    the next one can be a match on its own."""
    seconds: dict[Member, set[Member]] = defaultdict(set)
    alone: set[Member] = set()  # first characters of matches one character long
    for regexp in regexps:
        found = prefixes(regexp)
        if found is None or any(not prefix for prefix in found):
            return None
        for prefix in found:
            for first in prefix[0]:
                if len(prefix) > 1:
                    seconds[first].update(prefix[1])
                else:
                    alone.add(first)
    firsts: dict[frozenset[Member], set[Member]] = defaultdict(set)
    for first, following in seconds.items():
        firsts[frozenset(following)].add(first)
    either = [_class(set(first)) + _class(set(following)) for following, first in
              sorted(firsts.items(), key=lambda kv: sorted(kv[1]))]
    either += [_class(alone)] if alone else []
    return f"(?={'|'.join(either)})" if either else None


@lru_cache(maxsize=None)  # asked of each terminal alone, then of several together
def prefixes(regexp: str) -> frozenset[Prefix] | None:
    """The first ``LENGTH`` characters of the matches of ``regexp``, or None."""
    try:
        parsed = sre_parse.parse(regexp)
    except (re.error, OverflowError, RecursionError):
        return None
    found = _sequence(list(parsed), bool(parsed.state.flags & re.IGNORECASE))
    return None if found is None else frozenset(found)


def _sequence(items: list[Any], ignorecase: bool) -> set[Prefix] | None:
    found: set[Prefix] = {()}
    for op, argument in items:
        if all(len(prefix) == LENGTH for prefix in found):
            break
        part = _item(str(op), argument, ignorecase)
        if part is None:
            return None
        found = _then(found, part)
    return found


def _then(first: set[Prefix], then: set[Prefix]) -> set[Prefix]:
    return {(a + b)[:LENGTH] for a in first for b in (then if len(a) < LENGTH else {()})}


def _item(op: str, argument: Any, ignorecase: bool) -> set[Prefix] | None:
    if op == "LITERAL":
        return {(frozenset({(_char(argument), ignorecase)}),)}
    if op == "IN":
        members = {_member(str(kind), value, ignorecase) for kind, value in argument}
        return None if None in members else {(frozenset(members),)}  # type: ignore[arg-type]
    if op in _ZERO_WIDTH:  # the next item begins the match (its condition is not kept)
        return {()}
    if op == "SUBPATTERN":
        _, add, remove, pattern = argument
        return _sequence(list(pattern), (ignorecase or bool(add & re.IGNORECASE))
                         and not remove & re.IGNORECASE)
    if op == "ATOMIC_GROUP":
        return _sequence(list(argument), ignorecase)
    if op == "BRANCH":
        return _either([_sequence(list(branch), ignorecase) for branch in argument[1]])
    if op in _REPEATS:
        least, most, pattern = argument
        return _repeated(_sequence(list(pattern), ignorecase), least, most)
    return None


def _either(branches: list[set[Prefix] | None]) -> set[Prefix] | None:
    found: set[Prefix] = set()
    for branch in branches:
        if branch is None:
            return None
        found |= branch
    return found


def _repeated(once: set[Prefix] | None, least: int, most: int) -> set[Prefix] | None:
    if once is None:
        return None
    found: set[Prefix] = {()} if least == 0 else set()
    repeated: set[Prefix] = {()}
    for times in range(1, min(most, max(least, LENGTH)) + 1):
        repeated = _then(repeated, once)
        if times >= least:
            found |= repeated
    return found


def _member(kind: str, value: Any, ignorecase: bool) -> Member | None:
    if kind == "LITERAL":
        return _char(value), ignorecase
    if kind == "RANGE":
        return f"{_char(value[0])}-{_char(value[1])}", ignorecase
    if kind == "CATEGORY" and str(value) in _CATEGORIES:
        return _CATEGORIES[str(value)], ignorecase
    return None  # a negated class: almost any character


def _char(code: int) -> str:
    """A character as written safely in a class, whatever it is."""
    return f"\\U{code:08x}"


def _class(members: set[Member]) -> str:
    """One character of ``members``: those matched with their case, those ignoring it."""
    exact = "".join(sorted(m for m, ignore in members if not ignore))
    folded = "".join(sorted(m for m, ignore in members if ignore))
    parts = ([f"[{exact}]"] if exact else []) + ([f"(?i:[{folded}])"] if folded else [])
    return parts[0] if len(parts) == 1 else f"(?:{'|'.join(parts)})"
