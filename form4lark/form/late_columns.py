"""Table I's last columns, headers and cells, printed after Table II's title.

A converter that reads each box of a site's page of the form apart (pdfminer) may
print Table I's first columns ("Title of Security", "Transaction Date", "Deemed
Execution Date") and their cells, then Table II's title, then the boxes of Table I's
last columns: their short titles ("Code V Amount", "(A) or (D)", "Price", ...) with
their cells, then Table II's own header. Those boxes are Table I's only where they
complete the rows Table I's part holds: Table I's part holds cells, and its titles
and the titles after Table II's title are, in order, exactly Table I's columns as
``form_short_boxes.lark``'s ``columns_i`` names them, and the titles after them are
exactly Table II's header (``columns_ii``). Anything else (Table I holding no cells, a
title out of that order, Table II's header missing a title or printing one more) is
not certain: the boxes are left where they stand.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..grammar import alternatives, load
from .atoms import Atom, lines_of
from .short_boxes import STARTS
from .table_header import is_header_word


def _header_line(line: list[Atom]) -> bool:
    """Whether every word of a line is a word of the tables' headers."""
    return all(is_header_word(atom, wrapped=True) for atom in line)


@lru_cache(maxsize=1)
def _grammar() -> tuple[tuple[str, ...], tuple[str, ...], re.Pattern[str]]:
    """Table I's and Table II's columns' short titles (``columns_i``'s and
    ``columns_ii``'s terminals, in order) and one expression naming each short title
    (``C_`` terminals, the longest tried first)."""
    rules = {rule.origin.name: rule.expansion for rule in load("form_short_boxes", STARTS).rules}

    def expanded(name: str) -> tuple[str, ...]:
        return tuple(n for s in rules[name]
                     for n in ((s.name,) if s.is_term else expanded(s.name)))

    return expanded("columns_i"), expanded("columns_ii"), re.compile(
        alternatives("form_short_boxes", STARTS, lambda name: name.startswith("C_")))


def short_titles(lines: list[list[Atom]]) -> list[str] | None:
    """The short titles (terminal names) that header ``lines`` hold, in order; None
    unless they are all the lines hold ("Amount Owned" over "Following" is one)."""
    text = " ".join(atom.text for line in lines for atom in line)
    found = list(_grammar()[2].finditer(text))
    if "".join("".join(m.group() for m in found).split()) != "".join(text.split()):
        return None
    return [str(m.lastgroup) for m in found]


def _runs(lines: list[list[Atom]]) -> list[tuple[bool, list[list[Atom]]]]:
    """``lines`` as runs of lines one after the other, each all header words or none."""
    runs: list[tuple[bool, list[list[Atom]]]] = []
    for line in lines:
        header = _header_line(line)
        if runs and runs[-1][0] == header:
            runs[-1][1].append(line)
        else:
            runs.append((header, [line]))
    return runs


def late_columns_tail(table_i: list[Atom], table_ii: list[Atom]) -> int:
    """How many atoms of ``table_ii`` (after Table II's title) are Table I's last
    columns, their short titles and their cells: those before Table II's own header,
    where Table I's part (``table_i``) opens with the titles of Table I's first columns,
    then holds cells (whose words may be header words, "Shares", but no title) and
    the titles that follow Table II's title are the rest of them, in order,
    each once. The tail ends at the run of titles after the last of them, where Table
    II's part from there on titles exactly Table II's columns (``_table_ii_header``);
    0 where that cannot be told."""
    columns = _grammar()[0]
    own = _runs(lines_of(table_i))
    if len(own) < 2 or not own[0][0] or \
            any(header and short_titles(run) is not None for header, run in own[1:]):
        return 0
    early = short_titles(own[0][1])
    if not early or tuple(early) != columns[:len(early)] or len(early) == len(columns):
        return 0
    late = columns[len(early):]
    runs = _runs(lines_of(table_ii))
    if not runs or not runs[0][0]:
        return 0
    at, taken, cells = 0, 0, False
    for k, (header, run) in enumerate(runs):
        if header:
            titles = short_titles(run)
            if titles is None:
                return 0
            if taken == len(late):  # Table II's own header follows
                return at if cells and _table_ii_header(runs[k:]) else 0
            if tuple(titles) != late[taken:taken + len(titles)]:
                return 0
            taken += len(titles)
        else:
            cells = True
        at += sum(len(line) for line in run)
    return 0


def _table_ii_header(runs: list[tuple[bool, list[list[Atom]]]]) -> bool:
    """Whether the runs of header lines among ``runs`` (Table II's part after the tail),
    joined in order, title exactly Table II's columns (``columns_ii``), each once: then
    the late titles before them are not Table II's. A run holding no title is a cell
    whose words are header words ("Shares"). Any title more or out of place (Table
    I's late titles printed again, or Table II's own late titles before its cells) leaves
    it uncertain which titles are whose."""
    titles: list[str] = []
    for header, run in runs:
        if header:
            found = short_titles(run)
            if found is None:
                if _grammar()[2].search(" ".join(atom.text for line in run for atom in line)):
                    return False
                continue  # a cell whose words are header words ("Shares"), no title
            titles += found
    return tuple(titles) == _grammar()[1]


def cells_of(tail: list[Atom]) -> list[Atom]:
    """The atoms of Table I's moved last columns without the lines of their short
    titles, which Table I's body does not read."""
    return [atom for line in lines_of(tail) if not _header_line(line) for atom in line]
