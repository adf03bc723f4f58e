"""A page lexed into the form's labels and the words between them.

The labels live in ``grammars/form_labels.lark``; each start symbol of it is a
context (the whole page; the header's boxes and checkboxes) with its own labels.
A page's pieces are scanned with the context's terminals, once per context, and
every token is mapped back to the piece it came from, so that an atom keeps the
piece's line, column and page position. (The grammar's parse gives the same
tokens, ``--tree`` shows it, but for white space a terminal may begin with: the
scan skips white space first; scanning skips building a tree a page does not need.)
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, groupby

from lark import Lark

from ..grammar import load
from ..page import Line, Page, Piece
from ..regex_cache import compiled, kept
from . import regex_prefix, regex_reach
from .regex_prefix import lookahead
from .regex_reach import reach

#: the contexts of grammars/form_labels.lark
CONTEXTS = ("page", "boxes")
#: the modules whose code builds a context's expressions (``_scanner_sources``)
_BUILDERS = (sys.modules[__name__], regex_prefix, regex_reach)


# Not frozen, though never changed (``dataclasses.replace`` makes a changed copy): a
# page has one atom per word, and a frozen dataclass is built at a third of the speed.
# Hashed by its fields, as a frozen one is.
@dataclass(slots=True, unsafe_hash=True)
class Atom:
    """A label of the form or a word of text, where it stands on the page."""

    kind: str  # a terminal of form_labels.lark ("BOX1", "CHECK", ...) or "TEXT"
    text: str
    row: int  # index of its line in Page.lines
    cell: int  # index of its piece in that line
    offset: int  # characters into the piece
    piece: Piece

    def with_text(self, text: str) -> Atom:
        """A copy holding ``text`` (``dataclasses.replace`` looks up the fields at each call:
        a table's reading changes the text of many words)."""
        return Atom(self.kind, text, self.row, self.cell, self.offset, self.piece)

    @property
    def line(self) -> int:
        return self.piece.line

    @property
    def column(self) -> int:
        return self.piece.column + self.offset

    @property
    def x(self) -> float | None:
        return None if self.piece.x is None else self.piece.x + self.offset

    @property
    def gx(self) -> float:
        """Its x on a page grid (asked only of atoms whose shape keeps positions)."""
        if self.piece.x is None:
            raise ValueError(f"{self.text!r} has no position on the page")
        return self.piece.x + self.offset

    @property
    def x_end(self) -> float | None:
        x = self.x
        return None if x is None else x + len(self.text)

    @property
    def part(self) -> int:
        """Which line of a piece of several lines (a cell with line breaks) it is on."""
        return self.piece.text.count("\n", 0, self.offset)


@lru_cache(maxsize=None)
def _scanner(context: str) -> tuple[re.Pattern[str], tuple[str, ...], re.Pattern[str] | None,
                                   re.Pattern[str] | None]:
    """One regular expression for a context's tokens, and the terminal of each of its
    groups. White space (the grammar's ignored terminal) is skipped; then the
    context's terminals are tried in the order Lark's own lexer tries them
    (priority, then widest, then longest), so that the scan gives the tokens a
    parse of the grammar would, without building a parse tree. Where no terminal
    matches, the character is a word of its own (TEXT).

    The labels are tried only where one can begin: most words begin with
    characters no label begins with, and are taken as TEXT at once
    (``regex_prefix.py``). The order of the alternatives is kept. The third item is
    that guard alone (None where no label's beginning is known), the fourth what a
    guarded label's match or try can read to the end of (``regex_reach.py``; None
    where not known)."""
    grammar = load("form_labels", CONTEXTS)
    wanted = _terminals(grammar, context)
    terminals = sorted((t for t in grammar.terminals if t.name in wanted),
                       key=lambda t: (-t.priority, -t.pattern.max_width, -len(t.pattern.value),
                                      t.name))
    space = "|".join(t.pattern.to_regexp() for t in grammar.terminals
                     if t.name in grammar.lexer_conf.ignore)
    named = tuple((t.name, t.pattern.to_regexp()) for t in terminals)
    # the expressions are built once and kept with the compiled ones (start-up: building
    # them parses every label's expression), made anew when the labels or this code change
    source, kinds, guard, ends = kept(f"scanner\0{space}\0{named}", _BUILDERS,
                                      lambda: _scanner_sources(named, space))
    return (compiled(source), kinds, compiled(guard) if guard else None,
            compiled(ends) if ends else None)


def _scanner_sources(named: tuple[tuple[str, str], ...], space: str
                     ) -> tuple[str, tuple[str, ...], str | None, str | None]:
    """``_scanner``'s expressions (and the terminal of each group) of the terminals
    ``named`` (name, expression) in the order they are tried."""
    regexps = [regexp for _, regexp in named]
    # the leading terminals whose beginnings are known share one guard
    known = next((i for i, r in enumerate(regexps) if lookahead([r]) is None), len(regexps))
    groups = [f"(?P<{name}>{regexp})" for name, regexp in named]
    alternatives = groups[known:] + ["(?P<lone>(?s:.))"]  # lower case: no terminal's name
    guard = lookahead(regexps[:known]) if known else None
    if guard:
        alternatives.insert(0, f"{guard}(?:{'|'.join(groups[:known])})")
    # the white space taken whole, never given back to a word (``*+`` before Python 3.11)
    skip = f"(?=(?P<space>(?:{space})*))(?P=space)"
    source = f"{skip}(?:{'|'.join(alternatives)})"
    pattern = compiled(source)
    names = {index: name for name, index in pattern.groupindex.items() if name != "lone"}
    kinds = tuple(names.get(i, "TEXT") for i in range(pattern.groups + 1))
    ends = reach(regexps[:known]) if guard else None
    return source, kinds, guard, ends


def _terminals(grammar: Lark, context: str) -> set[str]:
    """The terminals a context's rule (and the rules it inlines) can hold."""
    names: set[str] = set()
    seen, todo = set(), [context]
    while todo:
        origin = todo.pop()
        seen.add(origin)
        for rule in (r for r in grammar.rules if r.origin.name == origin):
            for symbol in rule.expansion:
                if symbol.is_term:
                    names.add(symbol.name)
                elif symbol.name not in seen:
                    todo.append(symbol.name)
    return names


def _lex_page(page: Page, context: str, first: int = 0, end: int | None = None,
              words: bool = True, words_after: frozenset[str] = frozenset()) -> list[Atom]:
    """The page's atoms, each piece's tokens scanned once per distinct text
    (``_piece_tokens``: a page repeats its labels' words and cells). A label may run
    on from one piece into the next ("Reporting\\nPerson"), or look past a piece's
    end, so each token where a label could begin is checked against the scan of the pieces joined; where they differ, the joined
    text is scanned on from there (``_scan_across``). ``words``: False for the
    labels alone (no atom is built for a word of text); ``words_after``: labels
    before the first of which no word's atom is built."""
    lines = page.lines
    places = [(row, cell, piece) for row in range(first, len(lines) if end is None else end)
              for cell, piece in enumerate(lines[row].pieces) if piece.text]
    chunks = [piece.text for _, _, piece in places]
    # where each piece starts in the pieces joined with line breaks
    starts = list(accumulate([len(chunk) + 1 for chunk in chunks[:-1]], initial=0))[:len(chunks)]
    joined = "\n".join(chunks)
    scanner, kinds, _, _ = _scanner(context)
    atoms: list[Atom] = []
    append = atoms.append
    at = 0
    making = words and not words_after  # whether a word's atom is built
    after = words_after if words else frozenset()
    while at < len(places):
        row, cell, piece = places[at]
        tokens, checked_any, labelled = _piece_tokens(piece.text, context)
        if not checked_any and (making or not labelled):  # no token to check (most pieces)
            if making:  # a loop, not a list made and added: most pieces hold a token or two
                for kind, text, offset, _, _ in tokens:
                    append(Atom(kind, text, row, cell, offset, piece))
            at += 1
            continue
        start = starts[at]
        for kind, text, offset, stop, checked in tokens:
            if checked:
                token = scanner.match(joined, start + offset)
                group = (token.lastindex or 0) if token else 0
                if token is None or kinds[group] != kind or token.end(group) != start + stop:
                    at, making = _scan_across(joined, start + offset, at, starts, places,
                                              context, atoms, making, after)
                    break
            if making or kind != "TEXT":
                append(Atom(kind, text, row, cell, offset, piece))
                making = making or kind in after
        else:
            at += 1
    return atoms


#: a piece's token: (kind, text, offset, end offset, whether to check it against the page's scan)
Token = tuple[str, str, int, int, bool]


@lru_cache(maxsize=1 << 14)
def _piece_tokens(text: str, context: str) -> tuple[tuple[Token, ...], bool, bool]:
    """A piece's tokens scanned on their own (``Token``), whether any is to be checked
    against the page's scan, and whether any is a label (``_lex_page`` passes over a
    piece of words alone before the words it builds atoms for). Only a token where a label can begin (the
    guard, which looks at two characters: a piece is followed by a line break) can be
    read otherwise in the page: a word (TEXT, the one terminal not guarded) never
    holds white space, so it ends where it ends in the page. And only where the rest
    of the piece could be a label's beginning: else no label's try reads past the
    piece's end ("Reporting" may go on into the next piece, "Reporting Person 1" not)."""
    scanner, kinds, guard, ends = _scanner(context)
    ended = text + "\n"
    tokens = []
    for token in scanner.finditer(text):
        group = token.lastindex or 0
        start = token.start(group)
        checked = guard is None or guard.match(ended, start) is not None and (
            ends is None or ends.fullmatch(text, start) is not None)
        tokens.append((kinds[group], token.group(group), start, token.end(group), checked))
    return (tuple(tokens), any(token[4] for token in tokens),
            any(token[0] != "TEXT" for token in tokens))


def opening_label(text: str, context: str) -> tuple[str, int] | None:
    """The label ``text`` opens with in ``context`` and where it ends; None where it
    opens with a word."""
    tokens = _piece_tokens(text, context)[0]
    if not tokens or tokens[0][0] == "TEXT" or tokens[0][2] != 0:
        return None
    return tokens[0][0], tokens[0][3]


def _scan_across(joined: str, position: int, at: int, starts: list[int],
                 places: list[tuple[int, int, Piece]], context: str, atoms: list[Atom],
                 making: bool, after: frozenset[str]) -> tuple[int, bool]:
    """The atoms of the joined pieces scanned from ``position`` (in piece ``at``) up to
    the start of a later piece that no token runs into; that piece's index, and whether
    words' atoms are built from there (``making``: until then; from a label of ``after``
    on)."""
    scanner, kinds, _, _ = _scanner(context)
    for token in scanner.finditer(joined, position):
        group = token.lastindex or 0
        start = token.start(group)
        into = bisect_right(starts, start) - 1
        if into > at and position <= starts[into]:
            return into, making
        position = token.end()
        if making or kinds[group] != "TEXT":
            row, cell, piece = places[into]
            atoms.append(Atom(kinds[group], token.group(group), row, cell, start - starts[into],
                              piece))
            making = making or kinds[group] in after
    return len(places), making


def lex(page: Page, context: str = "page", rows: int | None = None,
        first: int = 0) -> list[Atom]:
    """Every label and word of ``page`` in reading order, in ``context`` (of its
    lines ``first`` to ``rows`` only, if given). Each part of a page is lexed once
    per context: the header's boxes are not looked for in the tables."""
    end = len(page.lines) if rows is None else min(rows, len(page.lines))
    key = ("atoms", context, first, end)
    atoms = page.memo.get(key)
    if not isinstance(atoms, list):
        whole = page.memo.get(("atoms", context, 0, len(page.lines)))
        atoms = ([a for a in whole if first <= a.row < end] if isinstance(whole, list)
                 else _lex_page(page, context, first, end))
        page.memo[key] = atoms
    return atoms


def lines_of(atoms: list[Atom]) -> list[list[Atom]]:
    """``atoms`` cut at each change of line (``Atom.row``), in their order."""
    return [list(line) for _, line in groupby(atoms, key=lambda a: a.row)]


#: the labels that end the page's header: a table's title, or its first column's header
def blocks_apart(atoms: list[Atom]) -> list[tuple[int, int]]:
    """The (start, end) of each block of ``atoms``: lines one after the other, a blank
    line standing between two blocks (a converter that parts the page's boxes so:
    pdfminer's ``-F 1.0``)."""
    starts = [0, *(i for i in range(1, len(atoms)) if atoms[i - 1].line + 1 < atoms[i].line)]
    return list(zip(starts, [*starts[1:], len(atoms)])) if atoms else []


HEADER_ENDS = frozenset({"TABLE_I", "TABLE_II", "COLUMN_TITLE"})


def page_atoms(page: Page) -> list[Atom]:
    """The page's labels in the "page" context, and its words from the first label that
    ends the header (``HEADER_ENDS``) on: the page's parts are cut by their labels
    (``regions.cut``), and the header's words are read in the "boxes" context."""
    key = ("atoms", "page", HEADER_ENDS)
    atoms = page.memo.get(key)
    if not isinstance(atoms, list):
        atoms = page.memo[key] = _bare_headings_alone(
            _lex_page(page, "page", words_after=HEADER_ENDS))
    return atoms


#: the headings of the notes and the remarks as a site's own page of the form prints them,
#: bare ("## Footnotes", "## Remarks": no colon): headings only as their line's one word
_BARE_HEADINGS = frozenset({"Footnotes", "Remarks"})


def _bare_headings_alone(atoms: list[Atom]) -> list[Atom]:
    """``atoms``, a bare heading's word that shares its line with other words made a word
    ("See Footnotes" in a cell of a drawn table's row: a nature of ownership)."""
    for i, atom in enumerate(atoms):
        if atom.kind in ("EXPLANATION", "REMARKS") and \
                atom.text.lstrip("#").strip() in _BARE_HEADINGS and \
                any(0 <= j < len(atoms) and atoms[j].row == atom.row for j in (i - 1, i + 1)):
            atoms[i] = Atom("TEXT", atom.text, atom.row, atom.cell, atom.offset, atom.piece)
    return atoms


def labels(lines: list[Line], context: str = "page") -> list[Atom]:
    """The labels on ``lines`` in reading order, without their words: for a reader
    that asks only where the labels stand (a page's words far outnumber its labels,
    and ``lex`` builds an atom for each)."""
    return _lex_page(Page(shape="lines", lines=lines), context, words=False)
