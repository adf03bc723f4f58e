"""Box 3's date in a visual-lines header whose labels a converter cut into strips.

A converter that cuts the page into vertical strips (pymupdf4llm's tables on
some pages) cuts the header's labels too: "3. Date of Earliest" | "Transaction (" |
"Month/Day/Yea" | "r)". Such a header is not read (``line_boxes._whole``: its
words may be cut as well, "Affirm Hold" | "ings, Inc."). One value stays certain:
a line that is the start of box 3's label alone, right above a line that is a
date alone, holds box 3's label, and the date is box 3's (the one value under it;
box 4's label comes between it and any other date of the header's column).
"""

from __future__ import annotations

from ..page import Line, Piece
from ..patterns import DATE_RE

#: box 3's label as the form prints it
BOX3_LABEL = "3. Date of Earliest Transaction (Month/Day/Year)"
#: the shortest start of box 3's label taken for it: no other label opens so
BOX3_START = "3. Date of"


def _opens_box3(text: str) -> bool:
    """True where ``text`` is box 3's label, cut short after "Date of" or later
    ("3. Date of Earliest T") or whole."""
    spaced = " ".join(text.split())
    return spaced.startswith(BOX3_START) and BOX3_LABEL.startswith(spaced)


def box3_lines(lines: list[Line]) -> list[Line]:
    """Box 3's label made whole and its date, where exactly one line of ``lines`` (a
    header not read) is the start of the label alone and the next line a date alone;
    otherwise none."""
    found = [i for i in range(len(lines) - 1) if _opens_box3(lines[i].text)
             and DATE_RE.fullmatch(lines[i + 1].text.strip())]
    if len(found) != 1:
        return []
    label = lines[found[0]].pieces[0]
    return [Line([Piece(BOX3_LABEL, label.line, label.column)]), lines[found[0] + 1]]
