"""Boxes 1, 2 and 3 told apart where their labels stand on one line and their values
after it (markitdown's text of a PDF), and box 2's bracketed ticker among words
(``bracketed_ticker``, ``bracketed_cell``), which no other box prints."""

from __future__ import annotations

from collections.abc import Callable

from ..shapes.owner_cut import Known, owner_cut
from .atoms import Atom
from .header import BOX1_LABELS, DATE, ISSUER, TICKER, joined


def bracketed_ticker(texts: list[str]) -> tuple[int, int] | None:
    """The first word opening with "[" and the first closing with "]" among ``texts``
    (one word: "[JOBY]"; or more: "[", "JOBY", "]"), where the closing one is not
    before the opening one; else None."""
    opening = next((i for i, text in enumerate(texts) if text.startswith("[")), None)
    closing = next((i for i, text in enumerate(texts) if text.endswith("]")), None)
    if opening is None or closing is None or closing < opening:
        return None
    return opening, closing


#: the text shared by boxes 1 to 3 where their labels stand on one line
_FIRST_THREE = "BOX1+BOX2+BOX3"


def first_three_boxes(atoms: list[Atom], owner: dict[int, str],
                      known: Callable[[], Known] | None) -> None:
    """Boxes 1, 2 and 3 told apart where a page's cells print their labels on one line
    and their values after it (markitdown on a PDF: "1. Name ... 2. Issuer ... 3. Date
    ..." then the row "| Hoffman Reid | Joby Aviation, Inc. [ JOBY ] | (Month/Day/Year) |",
    then box 1's lines and labels with box 3's date among them). Box 2 is the first row's
    one cell that reads wholly as a name and a bracketed ticker (no other box prints one),
    box 1's name the one cell before it; where the row is one line of words ("Hoffman Reid
    Aurora Innovation, Inc. [ AUR ] (Month/Day/Year)"), box 2 ends at its bracketed
    ticker and opens where the page's other words leave one cut (``known``,
    ``shapes/owner_cut.py``), else its ticker alone is box 2's and box 1's name is lost.
    Box 3 holds the run's one date, after box 2 on the first row or on a row holding
    nothing else but box 1's labels (box 1 prints no date); the rest is box 1's lines.
    Left as it was where any of this does not hold."""
    run = [i for i, shared in owner.items() if shared == _FIRST_THREE]
    if not run:
        return
    first_row = atoms[run[0]].row
    head = [i for i in run if atoms[i].row == first_row]
    boxes = _first_row_boxes(atoms, head, known)
    if boxes is None:
        return
    dates = [i for i in run if atoms[i].kind == "TEXT" and DATE.fullmatch(atoms[i].text)
             and boxes.get(i) != "BOX2"]
    if len(dates) != 1 or any(DATE.search(atoms[i].text) for i in run if i not in dates):
        return
    date = dates[0]
    if atoms[date].row == first_row:
        if boxes.get(date) != "BOX3":  # the date on the first row is not box 3's
            return
    elif not _beside_box1_labels(atoms, run, date):
        return
    boxes.setdefault(date, "BOX3")
    for i in run:
        owner.pop(i)
        if i in boxes:
            owner[i] = boxes[i]
        elif i not in head:  # a first-row atom left out is no box's
            owner[i] = "BOX1"


def _beside_box1_labels(atoms: list[Atom], run: list[int], date: int) -> bool:
    """True where the date's row holds nothing else of ``run`` but box 1's labels."""
    row = atoms[date].row
    return all(atoms[i].kind in BOX1_LABELS for i in run if atoms[i].row == row and i != date)


def _first_row_boxes(atoms: list[Atom], head: list[int],
                     known: Callable[[], Known] | None) -> dict[int, str] | None:
    """The boxes of the first row's atoms (``head``) under boxes 1-3's labels: box 1's
    name, box 2's name and ticker, box 3's label's end after them; None where box 2 is
    not found whole (see ``first_three_boxes``). An atom left out is no box's."""
    cells: dict[int, list[int]] = {}
    for i in head:
        if atoms[i].kind == "TEXT":
            cells.setdefault(atoms[i].cell, []).append(i)
    order = sorted(cells)
    if len(order) > 1:  # a row of cells
        issuer = [c for c in order if bracketed_cell([atoms[i] for i in cells[c]])]
        if len(issuer) != 1 or order.index(issuer[0]) != 1:
            return None
        return {i: "BOX1" if atoms[i].cell < issuer[0] else
                "BOX2" if atoms[i].cell == issuer[0] else "BOX3" for i in head}
    words = [i for i in head if atoms[i].kind == "TEXT"]
    texts = [atoms[i].text for i in words]
    brackets = bracketed_ticker(texts)
    if known is None or brackets is None:
        return None
    opening, closing = brackets
    ticker = " ".join(texts[opening:closing + 1])
    if opening < 2 or not TICKER.fullmatch(ticker.strip("[] ")):
        return None
    cut = owner_cut(texts[:opening], known(), ticker_after=True, ticker=ticker)
    boxes = {i: "BOX3" for i in words[closing + 1:]}
    boxes.update((i, "BOX2") for i in words[opening:closing + 1])
    if cut:  # else where box 2's name opens is lost, and box 1's name with it
        boxes.update((i, "BOX1") for i in words[:cut])
        boxes.update((i, "BOX2") for i in words[cut:opening])
    return boxes


def bracketed_cell(words: list[Atom]) -> bool:
    """True where ``words`` (one cell's) read wholly as box 2's name and bracketed ticker."""
    text = joined(words)
    match = ISSUER.match(text)
    return bool(match and match.end() == len(text) and match["name"]
                and TICKER.fullmatch(match["ticker"]))
