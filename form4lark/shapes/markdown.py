"""Cells shape, markdown: pipe tables, tab tables and HTML tables left in markdown.

Every markdown converter (html2text, markdownify, markitdown, pandoc, pymupdf4llm)
prints a table row as cells between pipes (or tabs) and keeps the rest as lines
of text. Each row becomes a ``Line`` of cells, empty cells kept so that a cell's
index is its column; separator rows (``---|---``) are dropped; markup is undone
per cell (escapes, emphasis, links, ``<br>``) and a link to EDGAR gives its CIK.
HTML tables that a converter left in the markdown are read by ``html.py``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from functools import lru_cache

from ..page import Line, Page, Piece
from ..text import fold, strip_tags, sup_marks, unescape
from .dash_tables import dash_tables_as_pipes
from .grid_tables import grid_tables_as_pipes
from .html import html_blocks, html_lines
from .pipes import PIPE, has_pipe, split_cells
from .page_cut_rows import with_cut_rows_joined
from .spanned_cells import without_copied_cells
from .table_titles import title_apart

# "[APPLE INC](/cgi-bin/browse-edgar?action=getcompany&CIK=0000320193)"
_LINK = re.compile(r"!?\[([^\]]*)\]\(([^)\s]*)(?:\s+\"[^\"]*\")?\)")
_CIK = re.compile(r"CIK=(\d+)", re.I)
# "**Table I**", "__x__", "_See_", "*See*": emphasis around words, not a lone "*" or "**"
_EMPHASIS = re.compile(r"(?<!\\)(\*\*|__|\*|_)(?=[^\s*_\\])(.+?)(?<=[^\s*_\\])\1")
_BREAK = re.compile(r"<br\s*/?>", re.I)
# a markdown hard break ending a line: two spaces or more, or a backslash
_HARD_BREAK = re.compile(r"\S(?: {2,}|\\)$")
# a checkbox of the page left as HTML: checked, it is the form's "X"
_CHECKED_BOX = re.compile(r"<input\b[^>]*\bchecked\b[^>]*>", re.I)
# a row of a table's separator: "---|---", "| --- | :---: |", "|--|-----|--|" (columns
# narrower than three characters: an older page's markdown; one is at least three wide)
_SEPARATOR = re.compile(r"^(?=.*---)\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
# a cell holding only a separator left inside a flattened nested table: "---"
_RULE_CELL = re.compile(r"\s*:?-{3,}:?\s*")
# a horizontal rule that a converter left inside a cell: "ONE WAY ---  (Street)"
_RULE_IN_CELL = re.compile(r"(?:^|(?<=\s))-{3,}(?=\s|$)")
# a thematic break: "* * *", "___"
_THEMATIC = re.compile(r"^\s*([*_-])(\s*\1){2,}\s*$")
# "> " opening a quoted line (a filing pasted into an e-mail or a blockquote)
_QUOTE = re.compile(r"^[ \t]*(?:>[ \t]?)+")
# pandoc's bracketed span, nested or empty: "[[05/06/2019]{.FormData}]{.underline}", "[]{.u}"
_SPAN = re.compile(r"\[([^\[\]]*)\]\{[^{}\n]*\}")
# any ASCII punctuation escaped by a backslash (CommonMark; pandoc escapes quotes too: \")
_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")
# an underlined run: a value filled into the form ("<u>FEDERICO RICHARD D</u>")
_UNDERLINE = re.compile(r"</?u>", re.I)
# an owner's box 1 and box 5 run into one paragraph, without box 2 (a joint filing's
# "Reporting Owners" part): the values it underlines are its fields, each a piece
_OWNER_PARAGRAPH = re.compile(r"^(?!.*Issuer Name).*Name and Address of Reporting Person")
# a line of bold labels, each followed by its value: "**Reporting Person** WILLIAMS JEFFREY E
# **CIK** 0001496686 ..." (pymupdf4llm's line of a site's two-column box table), or of one
# label and its value ("**Reporting Person** THIEL PETER": the box table's row alone on a line)
_LABELLED_LINE = re.compile(r"^\*\*[^*]+\*\*\s*[^*\s]")
_STRONG_RUN = re.compile(r"(\*\*[^*]+\*\*)")
# strong emphasis that a wrapped line opens or closes: "**Table I - Non-Derivative ...
# Beneficially" then "Owned**" (html2text wraps text at 78 columns by default)
_STRONG_MARK = re.compile(r"\*\*|__")
_STRONG_OPENED = re.compile(r"^(\s*)(\*\*|__)(?=\S)")
_STRONG_CLOSED = re.compile(r"(?<=\S)(\*\*|__)(\s*)$")
# a link that a wrapped line cut, in its address: "[WILLIAMS JEFFREY E](/cgi-" then
# "bin/browse-edgar?action=getcompany&CIK=0001496686)", or in its text:
# "[SOFTBANK VISION FUND II-2" then "L.P.](/cgi-bin/browse-edgar?...)"
# (where the row ends, how the next row goes on, what the wrap took out between them)
_LINK_CUTS = (
    (re.compile(r"\]\([^()\s]*$"), re.compile(r"^[^()\s]*\)"), ""),
    (re.compile(r"\[[^\[\]]*$"), re.compile(r"^[^\[\]]*\]\([^()\s]*\)"), " "),
)
# a comment a converter leaves in its text ("<!-- Start of picture text -->": pymupdf4llm)
_COMMENT = re.compile(r"<!--.*?-->")
# the name a converter gives a table's column that has no header ("Col5": pymupdf4llm)
_UNNAMED_COLUMN = re.compile(r"Col\d+")
# pandoc's fenced div (an HTML <div> kept as markdown): a line, or a grid table cell's
# line, of three colons or more and maybe the div's class or attributes ("::: name",
# "::: {.box}", ":::"), standing alone between a line's ends or a cell's borders
_FENCE = re.compile(r"(?<![^\n|])([ \t]*):{3,}"
                    r"(?:[ \t]+[\w.-]+|[ \t]*\{[^{}\n]*\})?[ \t]*(?=[|\n]|$)")


def _unwrapped(rows: list[str]) -> list[str]:
    """The rows with what a hard wrap cut put back together, each row keeping its
    line: a link cut at a row's end (in its text or its address) is completed from
    the next row (the rest blanked there, so that columns stay), and strong
    emphasis opened on one row and closed on a later one loses its markers (each
    row is read alone)."""
    rows = list(rows)
    for n in range(len(rows) - 1):
        if "[" not in rows[n] and "](" not in rows[n]:  # no link cut here (most rows)
            continue
        for cut, rest_of, joint in _LINK_CUTS:
            rest = rest_of.match(rows[n + 1]) if cut.search(rows[n]) else None
            if rest:
                rows[n] = rows[n].rstrip() + joint + rest.group()
                rows[n + 1] = " " * rest.end() + rows[n + 1][rest.end():]
    opened = None
    for n, row in enumerate(rows):
        if has_pipe(row) or not row.strip():
            opened = None
            continue
        if "**" not in row and "__" not in row:  # no strong emphasis opened or closed
            continue
        marks = len(_STRONG_MARK.findall(row))
        if opened is None and marks % 2 and _STRONG_OPENED.match(row):
            opened = n
        elif opened is not None and marks % 2 and _STRONG_CLOSED.search(row):
            rows[opened] = _STRONG_OPENED.sub(r"\1", rows[opened])
            rows[n] = _STRONG_CLOSED.sub(r"\2", row)
            opened = None
    return rows


# strong emphasis glued to the words around it: "Issuer Name**and** Ticker" (pymupdf4llm
# leaves the space at a bold word's edge out of the markers)
_GLUED_STRONG = re.compile(r"(?<=[A-Za-z0-9])\*\*(?=[A-Za-z0-9])")


def _unglued_strong(text: str) -> str:
    """Strong emphasis glued between two words set apart from them: a marker that opens
    (an even number of markers before it) takes a space before it, one that closes a
    space after it."""
    out, at = [], 0
    for match in _GLUED_STRONG.finditer(text):
        opening = text.count("**", 0, match.start()) % 2 == 0
        out.append(text[at:match.start()] + (" **" if opening else "** "))
        at = match.end()
    return "".join(out) + text[at:]


# what every piece of markup undone in a cell holds ("&" unescape looks for)
_MARKUP = re.compile(r"[\[<*_\\]|---")


@lru_cache(maxsize=1 << 14)  # a page's cells repeat ("", "D", "$0", "Common Stock")
def clean_cell(raw: str) -> tuple[str, str | None]:
    """A cell's text with markdown's markup undone, and the CIK of a link in it."""
    if not _MARKUP.search(raw):  # most cells: nothing to undo (and quick to tell)
        return _cell_text(unescape(raw)), None
    cik = None
    match = _LINK.search(raw)
    if match:
        found = _CIK.search(match.group(2))
        cik = found.group(1) if found else None
    text = _LINK.sub(lambda m: m.group(1), _COMMENT.sub(" ", raw))
    previous = None
    while previous != text:  # spans nest
        previous, text = text, _SPAN.sub(r"\1", text)
    text = _RULE_IN_CELL.sub(" ", _BREAK.sub("\n", _CHECKED_BOX.sub(" X ", text)))
    text = strip_tags(sup_marks(text))
    text = _unglued_strong(text) if "**" in text else text
    previous = None
    while previous != text:  # "***x***" needs two passes
        previous, text = text, _EMPHASIS.sub(r"\2", text)
    return _cell_text(unescape(unescaped(text))), cik


def unescaped(text: str) -> str:
    r"""Markdown's backslash escapes undone: ``\$10.8`` -> ``$10.8``, ``\*\*`` -> ``**``."""
    return _ESCAPED.sub(r"\1", text)


def _cell_text(text: str) -> str:
    """A cell's text, markup undone, as read: a "<br>" made a line break in it, as in an
    HTML page's cell; each line's white space folded, empty lines dropped."""
    text = "\n".join(line for line in map(fold, text.split("\n")) if line)
    return "" if _UNNAMED_COLUMN.fullmatch(text) else text


def _line_pieces(raw: str, number: int, bordered: bool) -> Line | None:
    """One markdown line as a Line: cells where it has pipes or tabs, else one piece.

    ``bordered``: the text's tables have outer pipes ("| a | b |"); without them
    (html2text) a line's leading pipe stands after an empty first cell."""
    # each pattern tried only on a line holding what it needs (most lines are neither)
    if "-" in raw and _SEPARATOR.match(raw) or raw.lstrip()[:1] in "*_-" and _THEMATIC.match(raw):
        return None
    splitter = PIPE if has_pipe(raw) else ("\t" if "\t" in raw.strip() else None)
    if splitter is None:
        text, cik = clean_cell(raw.lstrip("#").lstrip() if raw.lstrip().startswith("#") else raw)
        if not text:
            return None
        if "<" in raw and _OWNER_PARAGRAPH.search(raw) and _UNDERLINE.search(raw):
            body = raw.lstrip(" #")  # a heading's marks are no piece's
            return Line([p for p in _cell_pieces(body, number, len(raw) - len(body)) if p])
        column = len(raw) - len(raw.lstrip()) + 1
        if "|" not in raw and _LABELLED_LINE.match(raw.lstrip()):
            return Line(_labelled_pieces(raw, number))
        return Line([Piece(text, number, column, cik=cik)])
    parts = split_cells(raw) if splitter is PIPE else raw.split("\t")
    starts, position = [], 0
    for part in parts:
        starts.append(position)
        position += len(part) + 1
    if bordered and splitter is PIPE and raw.lstrip().startswith("|"):
        parts, starts = parts[1:], starts[1:]
    if bordered and splitter is PIPE and raw.rstrip().endswith("|") and len(parts) > 1:
        parts, starts = parts[:-1], starts[:-1]
    pieces = []
    for part, start in zip(parts, starts):
        if not part or part.isspace():  # an empty cell, as most of a table's are: no call
            pieces.append(Piece("", number, start + 1 + len(part)))
        elif "---" not in part or not _RULE_CELL.fullmatch(part):
            pieces.extend(_cell_pieces(part, number, start))
    return Line(pieces, cells=True) if any(pieces) else None


def _cell_pieces(part: str, number: int, start: int) -> list[Piece]:
    """A cell that holds text (``_line_pieces`` places the empty ones) as one piece, or
    one per underlined value and the text between them."""
    runs = _UNDERLINE.split(part) if "<" in part and _UNDERLINE.search(part) else [part]
    return _run_pieces(runs, number, start, 3)  # 3: an underline mark between two runs


def _labelled_pieces(raw: str, number: int) -> list[Piece]:
    """A line of bold labels and their values (``_LABELLED_LINE``) as one piece per
    label and one per value: the bold marks where each label starts and ends."""
    return _run_pieces(_STRONG_RUN.split(raw), number, 0, 0)  # the split keeps the labels


def _run_pieces(runs: list[str], number: int, start: int, step: int) -> list[Piece]:
    """One piece per run of a line that holds text (a lone run even if empty), each at its
    column: the runs follow each other from ``start``, ``step`` characters apart."""
    pieces, offset = [], start
    for run in runs:
        text, cik = clean_cell(run)
        if text or len(runs) == 1:
            pieces.append(Piece(text, number, offset + 1 + len(run) - len(run.lstrip()), cik=cik))
        offset += len(run) + step
    return pieces


def _bordered(rows: list[str]) -> bool:
    """Pipe tables with outer pipes ("| a | b |"), one line per row (GFM)."""
    return any(_SEPARATOR.match(r) and r.lstrip().startswith("|") for r in rows)


def _cell_starts(row: str) -> list[int]:
    """Where each cell of a pipe row starts in it (0-based)."""
    starts, position = [], 0
    for part in split_cells(row):
        starts.append(position)
        position += len(part) + 1
    return starts


def _at_source_cells(line: Line, kept: str, raw: str) -> Line:
    """``line``, read from ``kept`` (the pipe row ``raw`` with lines of its cells left out,
    cell for cell: ``title_apart``), each piece moved to its cell's start in ``raw``: the
    source column its diagnostics point to."""
    kept_starts, raw_starts = _cell_starts(kept), _cell_starts(raw)

    def moved(piece: Piece) -> Piece:
        cell = bisect_right(kept_starts, piece.column - 1) - 1
        return replace(piece, column=piece.column + raw_starts[cell] - kept_starts[cell])

    return replace(line, pieces=[moved(piece) for piece in line.pieces])


def markdown_lines(text: str) -> list[Line]:
    """The lines of a markdown text, HTML tables in it read as HTML."""
    text = dash_tables_as_pipes(grid_tables_as_pipes(text))
    rows = _unwrapped(text.split("\n"))
    bordered = _bordered(rows)
    blocks = html_blocks(text)
    out: list[Line] = []
    number = 1
    rows = [_QUOTE.sub(lambda m: " " * len(m.group()), r) if ">" in r else r for r in rows]
    for start, end in blocks + [(len(rows) + 1, len(rows) + 1)]:
        for n in range(number, min(start, len(rows) + 1)):
            raw = rows[n - 1]
            apart = title_apart(raw) if "**" in raw and has_pipe(raw) else None
            line = _line_pieces(apart[0] if apart else raw, n, bordered)
            if apart and line is not None:
                line = _at_source_cells(line, apart[0], raw)
            if line is not None:
                out.append(line)
            if apart:  # a table's title printed into the row's cells: a line after it
                out.append(Line([Piece(apart[1], n, 1)]))
        if start <= len(rows):
            out.extend(html_lines("\n".join(rows[start - 1:end]), first_line=start))
        number = end + 1
    return out


def without_fences(text: str) -> str:
    """``text`` with pandoc's fenced divs' marks (``_FENCE``) blanked, its columns
    kept: they mark where a page's block opened and closed, and are none of its words
    (read into a cell, "::: name WILLIAMS JEFFREY E ::: small")."""
    return _FENCE.sub(lambda m: " " * len(m.group()), text) if ":::" in text else text


def read_markdown(text: str) -> Page:
    # a GFM table row is one line: the line breaks inside its cells are lost, unless
    # written as <br>
    text = with_cut_rows_joined(without_copied_cells(grid_tables_as_pipes(without_fences(text))))
    breaks_kept = not _bordered(text.split("\n")) or bool(_BREAK.search(text))
    hard = frozenset(n for n, row in enumerate(text.split("\n"), 1) if _HARD_BREAK.search(row))
    return Page(shape="cells", lines=markdown_lines(text), breaks_kept=breaks_kept,
                hard_breaks=hard)
