"""Table II's rows printed as interleaved columns whose body holds natures of ownership.

``row_kind_runs.several_rows_ii`` reads Table II's rows by each value's kind but not a
body that also prints natures ("By Trust", "See Footnote(4)"): a nature is the cell of
an indirect holding's row, and the words alone do not tell which. Each column keeps its
rows' order, so the natures are the indirect rows' natures in turn: a reading of the
other tokens whose rows hold as many ownerships "I" as there are natures gives the
first nature to its first indirect row, and so on; a reading with another count is
not one. A cell is kept only where every remaining reading gives it alike.
"""

from __future__ import annotations

from ..sections import Row
from .column_tokens import Token, cell
from .row_kind_runs import _bare, _natures_apart, _title_like, rows_ii_agreed, rows_ii_readings


def natured_rows_ii(tokens: list[Token]) -> list[Row] | None:
    """Table II's transactions, two or more, of a body that prints natures of
    ownership among its titles, each nature placed in the indirect row it stands for
    in order; None where the body holds no nature, the titles do not pair, or no
    reading (or too many) holds as many indirect rows as natures."""
    natures = [t for t in tokens if t.words and not _title_like(t.text)]
    rest = [t for t in tokens if not (t.words and not _title_like(t.text))]
    titles = [t for t in rest if t.words]
    if not natures or len(titles) < 4 or len(titles) % 2:
        return None
    readings = rows_ii_readings(rest, len(titles) // 2)
    kept = [r for r in readings or () if _natures_placed(r, natures)]
    return rows_ii_agreed(kept) if kept else None


def _natures_placed(reading: list[Row], natures: list[Token]) -> bool:
    """Whether ``reading`` holds as many indirect rows as ``natures`` (a paragraph of
    natures cut at each line opening "By" where that makes as many); if so each
    indirect row, in order, is given its nature."""
    indirect = [row for row in reading
                if "direct_or_indirect" in row and _bare(row["direct_or_indirect"]) == "I"]
    natures = _natures_apart(natures, len(indirect))  # several in one paragraph, each "By"
    if len(indirect) != len(natures):
        return False
    for row, nature in zip(indirect, natures):
        row["nature_of_ownership"] = cell(list(nature.atoms))
    return True
