"""Cells shape, markdown: pandoc's grid tables read as rows of cells.

Pandoc's markdown writer draws a table it cannot print as a pipe table as a grid::

    +-----------------------+-----------------------+
    | [1. Name and Address  | [2. Issuer Name       |
    | of Reporting          | ]{.MedSmallFormText}\\ |
    | [WILLIAMS JEF         | [0                    |
    | FREY E](/cgi-bin/brow | 5/02/2019]{.FormData} |
    +-----------------------+-----------------------+

Its columns stand between the "+" of its border lines; a row runs from one border
line to the next, each of its cells over many lines of text wrapped at the cell's
width. A line too long for its cell (a word longer than the cell, a nested table's
line) is cut into pieces of exactly the cell's width, counted from the line's end,
each on a line of its own: a piece that fills its cell goes on the line before it
with nothing put between. Where the cut fell after a space, the first piece's
space is lost among the cell's own: the word the two pieces make is doubted
(``cut_words``: the record's prose holding it is left unknown, ``api.parse``)
unless the text holds it elsewhere ("JEF" and "FREY": "Jeffrey E. Williams"
signs) or the form prints it ("Direc", "tor").

Each grid row becomes one pipe-table row ("| a | b |"; a separator row "|---|---|"
closes the table), a cell's lines joined as wrapped text, its paragraphs, hard
breaks ("\\" ending a line) and nested tables' lines kept apart by "<br>", as in
the pipe tables the markdown reader reads (``markdown.py``). The row stands on its
first line; its other lines are left empty, so that every line keeps its number.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from ..form.table_header import HEADER_WORDS, PRINTED

# a grid table's border line: "+-----+-----+", "+:---:+", "+=====+" (below a header)
_BORDER = re.compile(r"^\+(?:[-=:]+\+)+$")
# a line of a grid table's row: "| a | b |"
_ROW = re.compile(r"^\|.*\|$")
# a line in a cell that only draws: a nested table's rule ("  ------ ----") or border
_RULE = re.compile(r"^[\s\-=:+|]*$")
# a word, and one ending or opening a piece of a cut line
_WORD = re.compile(r"[^\W_]+")
_LAST_WORD = re.compile(r"[^\W_]+$")
_FIRST_WORD = re.compile(r"^[^\W_]+")
# the end and the start of a word, up to markup: "[C/O" and "YELP INC.]" make "C/OYELP"
_TOKEN_END = re.compile(r"[^\s\[\](){}]*$")
_TOKEN_START = re.compile(r"^[^\s\[\](){}]*")
_EDGES = re.compile(r"^\W+|\W+$")
# the form's printed words, each as if it stood twice ("Direc", then "tor": "Director")
_FORM_WORDS = Counter({w.lower(): 2 for w in _WORD.findall(" ".join(PRINTED | HEADER_WORDS))})
# a nested grid table's border inside a cell, not an escaped "\|"
_NESTED_PIPE = re.compile(r"(?<!\\)\|")


def has_grid_tables(text: str) -> bool:
    """True where ``text`` holds a grid table (a border line, then a row's line), as
    pandoc's markdown and plain text writers draw one."""
    if "+-" not in text:
        return False
    lines = text.split("\n")
    return any(_opens_grid(a, b) for a, b in zip(lines, lines[1:]) if a.startswith("+"))


def _opens_grid(border: str, row: str) -> bool:
    """True where ``border`` and ``row`` open a grid table: two columns or more, the
    row's pipes under the border's "+" (a terminal browser's frame has its columns'
    rules elsewhere: links draws a frame around a table of its own)."""
    border, row = border.rstrip(), row.rstrip()
    if not (_BORDER.match(border) and len(row) == len(border) and _ROW.match(row)):
        return False
    edges = _edges(border)
    return len(edges) >= 3 and all(row[e] == "|" for e in edges)


def grid_tables_as_pipes(text: str) -> str:
    """``text`` with each grid table's row as one pipe-table row, on the row's first line."""
    return _read(text)[0] if has_grid_tables(text) else text


def cut_words(text: str) -> frozenset[str]:
    """The words that ``grid_tables_as_pipes`` made of two pieces of a cut line where
    the text does not show whether a space stood between them ("C/OYELP"), lower case."""
    return _read(text)[1] if has_grid_tables(text) else frozenset()


@dataclass
class _Cuts:
    """The words of the text (put together with nothing between its pieces, and the
    form's printed words), and the words made of two pieces that they do not show."""
    seen: Counter[str]
    doubted: set[str] = field(default_factory=set)


@lru_cache(maxsize=16)  # read, then asked for its doubted words
def _read(text: str) -> tuple[str, frozenset[str]]:
    """The text with its grid tables as pipe rows, and the words ``cut_words`` gives: read
    once with cut lines put back together with nothing between, to learn its words."""
    cuts = _Cuts(_FORM_WORDS.copy())
    cuts.seen.update(w.lower() for w in _WORD.findall(_as_pipes(text, _Cuts(Counter()))))
    return _as_pipes(text, cuts), frozenset(cuts.doubted)


def _as_pipes(text: str, cuts: _Cuts) -> str:
    lines = text.split("\n")
    out = list(lines)
    n = 0
    while n < len(lines):
        end = _table_end(lines, n)
        if end is None:
            n += 1
            continue
        for k in range(n, end + 1):
            out[k] = ""
        rows = _rows(lines, n, end, cuts)
        for first, row in rows:
            out[first] = row
        if rows:  # a pipe table's separator row closes it, as a GFM table has one
            out[end] = "|" + "|".join(["---"] * (rows[0][1].count(" | ") + 1)) + "|"
        n = end + 1
    return "\n".join(out)


def _table_end(lines: list[str], start: int) -> int | None:
    """The index of the last border line of the grid table opening at ``start``."""
    if not _BORDER.match(lines[start].strip()):
        return None
    indent = len(lines[start]) - len(lines[start].lstrip())
    end = None
    for k in range(start + 1, len(lines)):
        line = lines[k][indent:].rstrip()
        if _BORDER.match(line):
            end = k
        elif not _ROW.match(line):
            break
    return end


def _rows(lines: list[str], start: int, end: int, cuts: _Cuts) -> list[tuple[int, str]]:
    """Each row of the grid table on ``lines[start:end + 1]``: its first line's index
    and the row as a pipe-table row."""
    indent = len(lines[start]) - len(lines[start].lstrip())
    rows: list[tuple[int, str]] = []
    body: list[tuple[int, str]] = []
    border = lines[start][indent:].rstrip()
    for k in range(start + 1, end + 1):
        line = lines[k][indent:].rstrip()
        if _BORDER.match(line):
            if body:
                rows.append((body[0][0], _pipe_row(border, [b for _, b in body], cuts)))
            border, body = line, []
        else:
            body.append((k, line))
    return rows


def _edges(border: str) -> list[int]:
    return [i for i, c in enumerate(border) if c == "+"]


def _pipe_row(border: str, body: list[str], cuts: _Cuts) -> str:
    """One row of a grid table (``body``, its lines under ``border``) as a pipe row;
    a cell the row's lines do not split at the border's "+" (a spanned one) is
    read between the pipes that its lines do have there."""
    edges = [e for e in _edges(border) if all(len(b) > e and b[e] in "|+" for b in body)]
    cells = []
    for left, right in zip(edges, edges[1:]):
        width = right - left - 3  # "| " and " |" around the cell's text
        cell = [b[left + 2:right - 1].ljust(width) if len(b) > left + 2 else "" for b in body]
        cells.append(_cell_text(cell, width, cuts))
    return "| " + " | ".join(cells) + " |"


def _cell_text(cell: list[str], width: int, cuts: _Cuts) -> str:
    """A cell's lines as its text: lines cut at the cell's width put back together,
    the lines of a paragraph joined by a space, paragraphs, hard breaks and a nested
    table's lines kept apart by "<br>"; nested tables' rules and borders dropped."""
    joined: list[str] = []
    first_piece = False  # the last line is a line's first piece alone
    for line in cell:
        piece = line[:width].ljust(width)
        if joined and _cut_from(joined[-1], piece, width):
            if first_piece:
                _doubt_joint(joined[-1], piece, cuts)
            joined[-1] += piece
            first_piece = False
        else:  # a line's first piece: the spaces after it are the cell's
            joined.append(piece.rstrip())
            first_piece = True
    out: list[str] = []
    open_paragraph = False
    for line in (j.rstrip() for j in joined):
        if _RULE.match(line):
            open_paragraph = False
            continue
        # a nested grid table's borders: "| OMB        |"
        text = _NESTED_PIPE.sub(" ", line) if "|" in line else line
        hard_break = text.endswith("\\") and not text.endswith("\\\\")
        if hard_break:
            text = text[:-1]
        if open_paragraph and not line.startswith(" "):
            out[-1] += " " + text.strip()
        else:
            out.append(text.strip())
        open_paragraph = not hard_break and not line.startswith(" ")
    return "<br>".join(t for t in out if t)


def _doubt_joint(before: str, piece: str, cuts: _Cuts) -> None:
    """Note the word that a cut line's first piece (``before``) and the next make, where
    the space that may have ended the first piece is lost in the cell's own ("  [C/O",
    then "YELP INC.]{.FormData}"), unless the text holds that word elsewhere ("  [WILLIAMS
    JEF", then "FREY E](/cgi-bin/brow": "Jeffrey E. Williams" signs) or it is one of the
    form's printed words ("Direc", then "tor"). A nested table's line is cut so; a word
    longer than its cell, alone on its lines, never held a space."""
    if not before.startswith(" ") or piece.startswith(" "):
        return
    left, right = _LAST_WORD.search(before), _FIRST_WORD.match(piece)
    if left and right and cuts.seen[left.group().lower() + right.group().lower()] >= 2:
        return
    end, start = _TOKEN_END.search(before), _TOKEN_START.match(piece)
    word = _EDGES.sub("", (end.group() if end else "") + (start.group() if start else ""))
    if word:
        cuts.doubted.add(word.lower())


def _cut_from(before: str, piece: str, width: int) -> bool:
    """True where ``piece`` (a cell's line, ``width`` wide) is the rest of the line
    ``before`` (the lines before it, put back together), cut at the cell's width.

    A cut piece fills the cell: it ends at the cell's edge, or it stands in the middle
    of a cut line and so goes on to the edge in the line's own spaces. Pandoc cuts two
    kinds of line: a nested table's (indented: "  [WILLIAMS JEF", then "FREY E](/cgi-
    bin/brow"), where a piece that does not open with its two spaces of indent is a cut
    one too; and
    a word longer than the cell, alone on its line ("[0", then "5/02/2019]{.FormData}"),
    where no piece holds a space. A paragraph's line that only happens to end at the
    edge ("Securities", then "Exchange Act of") is neither."""
    if _RULE.match(before) or _RULE.match(piece):
        return False
    at_edge = piece[width - 1] != " "
    if before.startswith(" "):  # a nested table's lines open with its indent of two spaces
        return at_edge or not piece.startswith("  ")
    return at_edge and " " not in before and " " not in piece
