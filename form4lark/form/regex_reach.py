"""Which texts a regular expression's match can run to the end of, as a regular expression.

A piece of a page is scanned alone, and its labels checked against the scan of the
pieces joined (``atoms.py``): a label's match, or its try, can only read otherwise
there if it reaches the piece's end. It can reach it from a token only where the
rest of the piece is the beginning of some match (or of a lookahead's): "Reporting"
may go on to "Reporting Person", "Reporting Owner 1" never goes on. ``reach`` gives an
expression that fully matches every such rest (and some more: conditions such as
``\\b`` or a lookbehind are taken as true), built from the labels' own expressions
as ``re`` parses them. Where one holds something not looked into here, there is no
such expression (None): that costs speed, never a token.

A lookbehind that may read otherwise before a piece's first characters (one that
may match a line break, "(?<!\\bSee\\n)") is taken as true as well, and the
expression also fully matches, from ``pos`` (``fullmatch(piece, pos)``), the rest
of a piece begun that few characters from its start where its label can begin: a
token there is checked, and only there (not every token of a page because one
label looks back).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .regex_prefix import _CATEGORIES, _REPEATS, lookahead, sre_parse


# where a word begins or ends, or the text does: the same at a piece's beginning
# alone as after a line break (and at its end, which a reaching match reads)
_WORD_EDGES = ("AT_BOUNDARY", "AT_NON_BOUNDARY")
_EDGES = (*_WORD_EDGES, "AT_END", "AT_END_STRING")


class _Unknown(Exception):
    """Something the expressions here are not built for."""


def reach(regexps: list[str]) -> str | None:
    """An expression matching in full every text that a match of one of ``regexps``
    (begun at its first character) could read to the end of, or None; and, where a
    lookbehind of one reads back ``back`` characters that may read otherwise in the
    joined text, every rest of a piece begun fewer than ``back`` from its start where
    that one can begin (``_near_start``)."""
    parts, near_start = [], []
    for regexp in regexps:
        part, behind = _reached(regexp)
        if part is None:
            return None
        parts.append(part)
        if behind:
            near_start.append(_near_start(regexp, behind))
    if not parts:
        return None
    return f"(?:{'|'.join(near_start + parts)})"


def _near_start(regexp: str, back: int) -> str:
    """Every rest of a piece begun fewer than ``back`` characters from its start where
    a match of ``regexp`` can begin (its first two characters, ``regex_prefix.py``),
    and a piece's last character (there the joined text reads a line break after it).
    A lookbehind before a piece's start can only change what ``regexp`` matches where
    it is tried, and it can match only where it can begin."""
    begins = lookahead([regexp])
    rest = "(?s:.)*" if begins is None else f"(?:{begins}(?s:.)*|(?s:.)?)"
    return f"(?<!(?s:.){{{back}}}){rest}"


@lru_cache(maxsize=None)  # the contexts of a grammar share most of their labels
def _reached(regexp: str) -> tuple[str | None, int]:
    """``reach`` of one expression, and how far back its lookbehinds taken as true
    read (``_behinds_apart``)."""
    try:
        re.compile(regexp)  # refuses a lookbehind of no fixed width, which parses
        parsed = sre_parse.parse(regexp)
        ignorecase = bool(parsed.state.flags & re.IGNORECASE)
        items, back = _behinds_apart(list(parsed))
        return _cased(_begun(items, ignorecase), ignorecase), back
    except (_Unknown, re.error, OverflowError, RecursionError):
        return None, 0


def _behinds_apart(items: list[Any]) -> tuple[list[Any], int]:
    """``items`` without the lookbehinds that may read otherwise before a piece's first
    characters than in the joined text (those ``_behind`` refuses: taken as true, as
    conditions are), wherever they are nested; and the most characters one of them
    reads back ("\\bSee\\n": four; ``_plain`` keeps it to them)."""
    out, back = [], 0
    for op, argument in items:
        name = str(op)
        if name in ("ASSERT", "ASSERT_NOT") and argument[0] < 0:
            try:
                _behind(name, argument)
            except _Unknown:
                _plain(list(argument[1]))
                back = max(back, argument[1].getwidth()[1])
                continue
        if name == "SUBPATTERN":
            inner, behind = _behinds_apart(list(argument[3]))
            argument = (*argument[:3], inner)
        elif name in ("ASSERT", "ASSERT_NOT"):
            ahead, behind = _behinds_apart(list(argument[1]))
            argument = (argument[0], ahead)
        elif name == "ATOMIC_GROUP":
            argument, behind = _behinds_apart(list(argument))
        elif name == "BRANCH":
            branches = [_behinds_apart(list(b)) for b in argument[1]]
            argument = (argument[0], [b for b, _ in branches])
            behind = max((w for _, w in branches), default=0)
        elif name in _REPEATS:
            repeated, behind = _behinds_apart(list(argument[2]))
            argument = (*argument[:2], repeated)
        else:
            behind = 0
        back = max(back, behind)
        out.append((op, argument))
    return out, back


def _begun(items: list[Any], ignorecase: bool) -> str:
    """The beginnings of a sequence's matches: the first item's, or the first item
    whole and then the beginnings of the rest (the empty text among them)."""
    if not items:
        return ""
    (op, argument), rest = items[0], items[1:]
    op = str(op)
    if op == "AT" or op in ("ASSERT", "ASSERT_NOT") and argument[0] < 0:
        _behind(op, argument)
        return _begun(rest, ignorecase)  # taken as true: it reads nothing after
    if op in ("ASSERT", "ASSERT_NOT"):  # a lookahead reads on, whatever it decides
        return f"(?:{_begun(list(argument[1]), ignorecase)}|{_begun(rest, ignorecase)})"
    return f"(?:{_item_begun(op, argument, ignorecase)}" \
           f"|{_whole_item(op, argument, ignorecase)}{_begun(rest, ignorecase)})"


def _behind(op: str, argument: Any) -> None:
    """Raise _Unknown unless a condition reads the same before a piece's first
    characters alone as in the joined text, where a line break stands before them:
    a word's edge, or a lookbehind that never matches a line break (nor holds a
    condition that reads further, ``_plain``)."""
    if op == "AT":
        if str(argument) not in _EDGES:
            raise _Unknown(str(argument))
        return
    _plain(list(argument[1]))
    _never_a_line_break(list(argument[1]))


def _plain(items: list[Any]) -> None:
    """Raise _Unknown unless a lookbehind's conditions read no further than the
    characters it matches and the one before them: a lookahead or lookbehind within
    one may read before them or past the match ("(?<=(?=.Z\\n\\n).)Z"), "^" reads
    otherwise at a piece's start alone; a word's edge reads the same there alone as
    after the line break that joins it."""
    for op, argument in items:
        op = str(op)
        if op in ("ASSERT", "ASSERT_NOT") or op == "AT" and str(argument) not in _WORD_EDGES:
            raise _Unknown(f"{op} in a lookbehind")
        if op == "SUBPATTERN":
            _plain(list(argument[3]))
        elif op == "ATOMIC_GROUP":
            _plain(list(argument))
        elif op == "BRANCH":
            for branch in argument[1]:
                _plain(list(branch))
        elif op in _REPEATS:
            _plain(list(argument[2]))


def _never_a_line_break(items: list[Any]) -> None:
    """Raise _Unknown unless each of a lookbehind's characters is one that is never a
    line break, whatever its case (in groups; a word's edge passes, ``_plain``)."""
    for op, argument in items:
        op = str(op)
        if op == "SUBPATTERN":
            _never_a_line_break(list(argument[3]))
        elif op in ("LITERAL", "NOT_LITERAL", "IN", "ANY"):
            if re.fullmatch(_one(op, argument, False), "\n", re.IGNORECASE):
                raise _Unknown("a lookbehind that may match a line break")
        elif op != "AT":
            raise _Unknown(op)


def _whole(items: list[Any], ignorecase: bool) -> str:
    """A sequence, its conditions taken as true."""
    return "".join(_whole_item(str(op), argument, ignorecase) for op, argument in items)


def _whole_item(op: str, argument: Any, ignorecase: bool) -> str:
    if op == "AT" or op in ("ASSERT", "ASSERT_NOT") and argument[0] < 0:
        _behind(op, argument)
        return ""
    if op in ("ASSERT", "ASSERT_NOT"):
        return ""
    if op in ("LITERAL", "NOT_LITERAL", "IN", "ANY"):
        return _one(op, argument, ignorecase)
    if op == "SUBPATTERN":
        pattern, case = _inner(argument, ignorecase)
        return _cased(_whole(pattern, case), case, ignorecase)
    if op == "ATOMIC_GROUP":
        return f"(?:{_whole(list(argument), ignorecase)})"
    if op == "BRANCH":
        return f"(?:{'|'.join(_whole(list(b), ignorecase) for b in argument[1])})"
    if op in _REPEATS:
        least, most, pattern = argument
        return f"(?:{_whole(list(pattern), ignorecase)}){_times(least, most)}"
    raise _Unknown(op)


def _item_begun(op: str, argument: Any, ignorecase: bool) -> str:
    """The beginnings of one item's matches (the empty text among them)."""
    if op in ("LITERAL", "NOT_LITERAL", "IN", "ANY"):
        return ""
    if op == "SUBPATTERN":
        pattern, case = _inner(argument, ignorecase)
        return _cased(_begun(pattern, case), case, ignorecase)
    if op == "ATOMIC_GROUP":
        return _begun(list(argument), ignorecase)
    if op == "BRANCH":
        return f"(?:{'|'.join(_begun(list(b), ignorecase) for b in argument[1])})"
    if op in _REPEATS:  # some whole matches, then the beginning of one more
        least, most, pattern = argument
        if most == 0:
            return ""
        before = "*" if most == sre_parse.MAXREPEAT else f"{{0,{most - 1}}}"
        items = list(pattern)
        return f"(?:{_whole(items, ignorecase)}){before}{_begun(items, ignorecase)}"
    raise _Unknown(op)


def _inner(argument: Any, ignorecase: bool) -> tuple[list[Any], bool]:
    _, add, remove, pattern = argument
    return list(pattern), (ignorecase or bool(add & re.IGNORECASE)) \
        and not remove & re.IGNORECASE


def _cased(regexp: str, ignorecase: bool, around: bool | None = None) -> str:
    """``regexp`` as a group ignoring case or not, where that differs from ``around``'s
    (None: the start of an expression). Characters are written once, as the case of
    the expression they stand in has them: a flag per character made the expression
    of a page's labels 78,000 characters long, and slow to compile."""
    if ignorecase == around:
        return f"(?:{regexp})"
    return f"(?i:{regexp})" if ignorecase else f"(?-i:{regexp})"


def _times(least: int, most: int) -> str:
    return f"{{{least},}}" if most == sre_parse.MAXREPEAT else f"{{{least},{most}}}"


def _one(op: str, argument: Any, ignorecase: bool) -> str:
    """One character, as the expression matches it (any character for ``.``; the
    case is that of the group it stands in, ``_cased``)."""
    if op == "ANY":
        return "(?s:.)"
    if op == "LITERAL":
        return re.escape(chr(argument))
    if op == "NOT_LITERAL":
        return f"[^{_char(argument)}]"
    return f"[{''.join(_member(str(kind), value) for kind, value in argument)}]"


def _member(kind: str, value: Any) -> str:
    if kind == "NEGATE":
        return "^"
    if kind == "LITERAL":
        return _char(value)
    if kind == "RANGE":
        return f"{_char(value[0])}-{_char(value[1])}"
    if kind == "CATEGORY" and str(value) in _CATEGORIES:
        return _CATEGORIES[str(value)]
    raise _Unknown(kind)


def _char(code: int) -> str:
    return f"\\U{code:08x}"
