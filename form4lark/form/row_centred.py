"""Text lines between rows whose cells a page centres, cut by counting (``row_lines.py``).

A page that centres its cells on their rows prints a cell that has words on its
row's line with as many of its lines above that line as below it; the row's lines
above are those of its tallest such cell, and so are its lines below. So a row
whose every open cell has words on its line, and whose lines above are known (a
table's first row: the lines above it are its own), has as many lines below (where
its open cells are titles only, one stopping open on that line: ``_counted``): the
rest of the run down to the next row are that row's above. Counting goes on down
the table, row by row, while each row may be counted so; it stops at a row whose lines below are known (the table's last row, or a cut another
rule made), and the whole count is kept only where that row too then stands as many
lines above as below ("Class B Class A" / "Common ... Common ... D" / "Stock Stock",
then "SMB", "Class B Class A pacific" / "Common ... I Charitable" / "Stock Stock
Remainder", "Unitrust 1"). Anywhere else (a run too short, a row with an open cell
off its line, a cut already made) nothing is cut.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # row_lines.py calls this module
    from .row_lines import Body, Lines, RowLine

#: the text cells that hold a security's title
_TITLES = ("security_title", "underlying_security_title")


def _centred_on_line(row: RowLine, above: Lines) -> bool:
    """True where each of the row's open cells (one at least) has words on its line (a
    line not run together from several: ``RowLine.joined``) and a line stands above it
    (``above``)."""
    return (not row.joined and bool(row.open) and bool(above)
            and all(row.parts[key] for key in row.open))


def _counted(row: RowLine, above: Lines) -> bool:
    """True where the row's lines below may be counted from its lines above: its
    cells are centred on its line (``_centred_on_line``), its open cells are titles
    only, one of them stopping open there ("Common": ``row_pairs.open_title``). A
    cell of an even count of lines stands half a line off its row's line, and OCR runs
    one of them into that line, the one above or the one below, so that it shows as
    many lines above as below only by chance ("By Sequoia" / "Capital" / "U:" on
    three lines above, "Growth", then two below): a nature of many lines may be
    such a cell; a title of Table II that stops open on its row's line ("Class B" /
    "Common" / "Stock") is one of three."""
    from .row_pairs import open_title
    return (_centred_on_line(row, above) and row.open <= set(_TITLES)
            and any(open_title(row.parts[key]) for key in row.open))


def centred_cuts(body: Body, gaps: list[tuple[int, int, Lines]]) -> None:
    """Cut the runs between rows of a centring page by counting, where a count from a
    row with known lines above ends at a row whose lines below confirm it (``gaps``:
    ``row_lines._gaps`` of ``body``, in order)."""
    from .row_lines import RowLine
    runs = {before: (after, run) for before, after, run in gaps if before >= 0}
    for start, item in enumerate(body):
        if not (isinstance(item, RowLine) and item.above is not None and item.below is None):
            continue
        cuts: list[tuple[RowLine, Lines, RowLine, Lines]] = []
        row, above, at = item, item.above, start
        while _counted(row, above) and at in runs:
            after, run = runs[at]
            lower = body[after] if after < len(body) else None
            if not isinstance(lower, RowLine) or lower.above is not None or len(above) > len(run):
                break
            rest = run[len(above):]
            cuts.append((row, run[:len(above)], lower, rest))
            if lower.below is not None:
                if _centred_on_line(lower, rest) and len(rest) == len(lower.below):
                    for upper, below, next_row, next_above in cuts:
                        upper.below, next_row.above = below, next_above
                break
            row, above, at = lower, rest, after
