"""A table row whose values a PDF's text cut at its cells' edges.

A PDF rendered to tab-separated text may print a value cut by a column's edge
and again whole: "Common Stock 11/1 | 11/14 | 11/14/2013" holds the row's date
twice cut short before the date itself, and "$10 | .75" a price cut in two
cells. A row that reads as no row otherwise is read again without them: a date
cut short is dropped where the row's whole date opens with it (it adds nothing),
and a price's decimals alone in a cell are put back on the number before them
(decimals alone are no value of the form's). A text of visual lines may print a
value cut at a cell's edge as two words of its line ("11/20 /2020", "92, 983", "1,55
7,092", "12,687 ,274", a mark "(28 )"): they are joined where one of them is no value
and the joined text is one of its kind (a date, an amount grouped by thousands, a mark).
A row of cells a converter cut into strips (pymupdf4llm) cuts its words too ("See fo" |
"otnote(4)", "Sequoi" | "a Grove II"): whether a space stood at a cut in a nature is read
from the page's notes, prose no strip cut, where the two ways print differently
("footnote" as a word, "fo otnote" nowhere; "Estate Planning" side by side, "EstatePlanning"
nowhere): two halves each printed somewhere ("Fund I" | "II", "Share" | "holder") tell
nothing. A cut title is the one title the page prints with certainty whose letters its
pieces hold ("Class A Common St" | "ock", ``glued_words.title_of_letters``). Otherwise
the words stay unknown.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from functools import lru_cache

from .atoms import Atom
from ..page import Line, Page
from ..patterns import DATE_SHAPE, FOOTNOTE_MARK, MARKS_RE
from ..sections import Cell, Row
from .row_bands import NATURE
from .row_kinds import DATE
from .table_header import WRAPPED_WORDS, column_number

# a date cut short: month and day, or part of them, without the year ("11/1", "11/14")
_CUT_DATE = re.compile(r"[0-9]{1,2}/[0-9]{0,2}")
# a price's decimals alone: ".75"
_DECIMALS = re.compile(r"\.[0-9]+")
# a whole number a price's decimals may follow: "$10", "10"
_WHOLE = re.compile(r"\$? ?[0-9][0-9,]*")
# a value cut short at a cell's edge, no value itself: an amount ending with a comma or
# a short group ("92,", "1,55"), a date's month and day ("11/20"), a mark's bracket ("(28")
_CUT_SHORT = re.compile(r"\$? ?[0-9]{1,3}(?:,[0-9]{3})*,[0-9]{0,2}|[0-9]{1,2}/[0-9]{0,2}|"
                        r"[0-9]{1,2}/[0-9]{1,2}/[0-9]{0,3}|\([0-9]{0,2}")
# the rest of it, the next word: figures, slashes, grouping commas, a bracket
_CUT_REST = re.compile(r"[0-9/,]*[0-9]|\)")
# a figure the rest of its groups may follow, opening with their comma: "12,687" ",274"
_GROUPS = re.compile(r"\$? ?[0-9]{1,3}(?:,[0-9]{3})*")
_COMMA_REST = re.compile(r",[0-9,]*[0-9]")
# a mark joined so goes on the figure before it, as a cell prints it: "914.404(28)"
_MARK = re.compile(FOOTNOTE_MARK)
_MARKED = re.compile(r"[0-9.,]*[0-9]")
# what the two joined must be: a date, an amount grouped by thousands, a footnote mark
_JOINED = re.compile(rf"{DATE_SHAPE}|\$? ?[0-9]{{1,3}}(?:,[0-9]{{3}})+|{FOOTNOTE_MARK}")


def _cut_date(atoms: list[Atom], i: int) -> bool:
    """Whether ``atoms[i]`` is a date cut short that the row's next date opens with."""
    if not _CUT_DATE.fullmatch(atoms[i].text):
        return False
    date = next((a.text for a in atoms[i + 1:] if DATE.fullmatch(a.text)), None)
    return date is not None and date.startswith(atoms[i].text)


def _split_price(before: Atom | None, atom: Atom) -> bool:
    """Whether ``atom`` holds a price's decimals cut from the number ``before`` it,
    in the next cell of the same line."""
    return (before is not None and _DECIMALS.fullmatch(atom.text) is not None
            and _WHOLE.fullmatch(before.text) is not None
            and (before.row, before.cell + 1) == (atom.row, atom.cell))


def unclipped(atoms: list[Atom]) -> list[Atom]:
    """A line's words without the dates cut short before its date, and with its
    prices' decimals back on their numbers; the words as they are if it has neither."""
    out: list[Atom] = []
    for i, atom in enumerate(atoms):
        if _cut_date(atoms, i):
            continue
        before = out[-1] if out else None
        if before is not None and _split_price(before, atom):
            _join_last(out, atom)
        else:
            out.append(atom)
    return out


def _join_last(out: list[Atom], atom: Atom) -> None:
    """``atom`` joined to the last word of ``out``; where that made a mark standing
    after a figure that takes one, the mark put on the figure ("914.404(28)")."""
    out[-1] = out[-1].with_text(out[-1].text + atom.text)
    if len(out) > 1 and _MARK.fullmatch(out[-1].text) and _MARKED.fullmatch(out[-2].text):
        out[-2:] = [out[-2].with_text(out[-2].text + out[-1].text)]


@lru_cache(maxsize=4096)  # asked of each pair of a line's words, lines read many times
def _cut_at_edge(before: str, word: str) -> bool:
    """Whether ``word`` is the rest of a value ``before`` was cut from: ``before`` cut
    short ("92,", "11/20") or ``word`` opening with a grouping comma (",274": no value
    does), and the two joined a value of their kind."""
    cut = (_CUT_SHORT.fullmatch(before) is not None and _CUT_REST.fullmatch(word) is not None
           or _GROUPS.fullmatch(before) is not None and _COMMA_REST.fullmatch(word) is not None)
    return cut and _JOINED.fullmatch(before + word) is not None


# a price's whole figures before its cut ("$ 1" | "22.9854"), and the rest opening the next
# cell: figures, the decimals, marks
_PRICE_HEAD = re.compile(r"\$?[1-9][0-9]{0,2}")
_PRICE_REST = re.compile(rf"[0-9]+\.[0-9]+(?:{FOOTNOTE_MARK})*")


def _price_cut(out: list[Atom], atom: Atom) -> bool:
    """Whether ``atom`` opens the next cell with the rest of a price a strip's edge cut
    ("$ 1" | "22.9854(6)"): the last word of ``out`` is the figures after the dollar sign
    ending a cell, not opening with 0 ("$ 0" | "406.573" is no price), ``atom`` figures with
    decimals; a number holds no space, so the two are one price where the line reads as
    no row otherwise (``rejoinings``: a whole-dollar price may stand before a holding)."""
    before = out[-1]
    dollar = before.text.startswith("$") or len(out) > 1 and out[-2].text == "$" \
        and out[-2].cell == before.cell
    return (dollar and before.cell + 1 == atom.cell and atom.offset == 0
            and _PRICE_HEAD.fullmatch(before.text) is not None
            and _PRICE_REST.fullmatch(atom.text) is not None)


# the footnote marks ending a value: "A(1)", "$ 914.404(28)"
_MARKS_ENDING = re.compile(rf"\s*(?:{FOOTNOTE_MARK}\s*)+$")


# a figure or a code with its marks glued on in one word: "993(1)", "914.404(6)", "C(1)"
_GLUED_MARKS = re.compile(rf"(?:[0-9][0-9,.]*|[A-Z])(?:{FOOTNOTE_MARK})+")

Glued = frozenset[tuple[int, int, str]]


def marks_glued_on_words(atoms: list[Atom]) -> Glued:
    """The words of a line cut at strips' edges (``atoms``) that print a figure or a code
    with its marks glued on ("993(1)", the rest of a cut price "22.9854(6)"): no strip
    cuts inside a word, so these marks are the value's that ends with the word. A mark on
    a line of its own, or cut and joined again, may stand under another column's value."""
    return frozenset((a.line, a.column, a.text) for a in atoms if _GLUED_MARKS.fullmatch(a.text))


def _holds_glued(cell: Cell, glued: Glued, values: Row) -> bool:
    """Whether ``cell`` ends with one of the ``glued`` words of its line that stands in
    it: at or after its start and before the start of the next of ``values`` on its line
    (a later cell's word of the same text is that cell's, not this one's)."""
    end = min((other.column for other in values.values()
               if other.line == cell.line and other.column > cell.column), default=None)
    return any(line == cell.line and cell.column <= column and (end is None or column < end)
               and cell.text.endswith(text) for line, column, text in glued)


#: by table, the fields whose glued mark is their own: the values whose next column
#: never holds a mark alone (a code before the amount or the "V", an amount before its
#: "A"/"D" or a date, a price before the amount owned, that amount before the "D"/"I"):
#: a strip holding one of them and a mark glued on it holds that value's mark. The "A"/"D"
#: letter stands before a price, Table II's amount before a date, its underlying amount
#: before a price and its conversion price (in a holding's row) before empty columns and
#: a date, each of which may print a mark alone (a strip holding "A" over "(1)" where the
#: price is that mark alone)
OWN_GLUED_MARK_FIELDS = {
    "table_i": frozenset({"transaction_code", "shares", "price_per_share",
                          "shares_owned_following"}),
    "table_ii": frozenset({"transaction_code", "price_per_share", "shares_owned_following"}),
}


def strip_marked_values(values: Row, atoms: list[Atom], table: str) -> Row:
    """``unmarked_values`` of a line of strips (``atoms``) rejoined, keeping the marks glued
    on a value (``marks_glued_on_words``) only for values of ``OWN_GLUED_MARK_FIELDS``:
    elsewhere the mark glued on may be the next column's, printed alone."""
    kept = unmarked_values(values, marks_glued_on_words(atoms))
    bare = unmarked_values(values)
    fields = OWN_GLUED_MARK_FIELDS.get(table, frozenset())
    return {key: kept[key] if key in fields and key in kept else cell
            for key, cell in bare.items()}


def unmarked_values(values: Row, glued: Glued = frozenset()) -> Row:
    """A row's values without their footnote marks (a value of marks alone dropped): the
    values of a line ``rejoined``, whose marks may be cut or carried off their values;
    a value ending with a word that prints it with its marks glued on
    (``marks_glued_on_words``) keeps them."""
    out = {}
    for key, cell in values.items():
        if glued and _holds_glued(cell, glued, values):
            out[key] = cell
            continue
        text = _MARKS_ENDING.sub("", cell.text)
        if text or not cell.text:
            out[key] = replace(cell, text=text)
    return out


def rejoined(atoms: list[Atom], prices: bool = False) -> list[Atom]:
    """A visual line's words with each value cut at a cell's edge joined again: a
    word that is no value, cut short ("92,", "11/20", "(28"), and the next word of
    its line that joined to it makes a date, an amount or a mark ("983", "/2020", ")";
    or a figure and a rest opening with a grouping comma: "12,687" ",274"),
    a mark put on the figure before it; with ``prices``, a price cut after its first
    figures too ("$ 1" | "22.9854", ``_price_cut``)."""
    out: list[Atom] = []
    for atom in atoms:
        before = out[-1] if out else None
        if before is not None and before.row == atom.row and (
                _cut_at_edge(before.text, atom.text) or prices and _price_cut(out, atom)):
            _join_last(out, atom)
        else:
            out.append(atom)
    return out


def rejoinings(atoms: list[Atom]) -> list[list[Atom]]:
    """The readings of a line cut at cells' edges to try, in order, each unlike the line:
    its cut values joined again, then its prices cut after their first figures as well.
    Both words of a price so cut read as values apart ("$ 5" | "553.2415": a whole-dollar
    price and the holding after it), so that join is tried only where the first reads no
    row."""
    out: list[list[Atom]] = []
    for whole in (rejoined(atoms), rejoined(atoms, prices=True)):
        if whole != atoms and whole not in out:
            out.append(whole)
    return out


# a word's letters ending a piece cut at a strip's edge, and the next piece's opening ones
_LETTERS_ENDING = re.compile(r"[A-Za-z]+$")
_LETTERS_OPENING = re.compile(r"[A-Za-z]+")
_LETTER = re.compile(r"[A-Za-z]")
#: how a title no strip's edge cut ends: a letter or ")" (``_title_ends``)
_TITLE_END = re.compile(r"[A-Za-z)]$")
#: the key in ``Page.memo`` of the words of the page's notes (``page_notes``)
_NOTES = ("row_clipped", "notes")


def page_notes(page: Page) -> tuple[str, ...]:
    """The words of the page's notes (its Explanation of Responses,
    ``interleaved_words.note_words``): prose no strip cut, read once per page."""
    notes = page.memo.get(_NOTES)
    if not isinstance(notes, tuple):
        from . import regions
        from .interleaved_words import note_words
        explanation = regions.page_parts(page).explanation
        notes = page.memo[_NOTES] = note_words([a.text for a in explanation])
    return notes


def cut_settled(left: str, right: str, notes: tuple[str, ...]) -> str | None:
    """``left`` and ``right`` (a value a strip's edge cut: "Sequoi" | "a Grove II(3)") as
    one text, where the page's notes (``notes``: their words) tell whether a space stood
    at the cut: the word the two make joined is one of their words (case aside) and they
    do not print the two words next to each other, or they print the two next to each
    other ("Estate Planning") and not the word joined. Marks alone after the cut go on
    the value (a space before them is no value's). None where both ways, or neither, are
    printed: two words printed each somewhere ("Fund I" | "II", "Share" | "holder") tell
    nothing."""
    from .glued_words import folded_words, note_runs
    if MARKS_RE.fullmatch(right):
        return left + right
    end, opening = _LETTERS_ENDING.search(left), _LETTERS_OPENING.match(right)
    if end is None or opening is None:
        return None
    whole = (end.group() + opening.group()).casefold() in folded_words(notes)
    apart = note_runs(notes).get(end.group() + opening.group()) == (end.group(), opening.group())
    if whole == apart:
        return None
    return left + right if whole else f"{left} {right}"


def _unspaced_unmarked(text: str) -> str:
    """A value's text as compared across cuts: its spaces and footnote marks left out
    (its letters, figures and other punctuation kept)."""
    return "".join(MARKS_RE.sub("", text).split())


def _cut_run(texts: list[str], value: str, first: int) -> int | None:
    """The index after the run of ``texts`` from ``first`` that holds ``value`` whole
    (its text the run's, spaces and marks aside, two pieces at least, each one line),
    else None."""
    for last in range(first + 1, len(texts)):
        if not texts[last] or "\n" in texts[last] or "\n" in texts[first]:
            return None
        if _unspaced_unmarked("".join(texts[first:last + 1])) == _unspaced_unmarked(value):
            return last + 1
    return None


def title_uncut(pieces: list[str], title: Cell | None) -> Cell | None:
    """The title of a row read from values cut at strips' edges (its line's cells:
    ``pieces``), where no strip cut it: it fills the line's first cell, and the cell
    after it holds no letter (a date, a price, a mark or nothing; a cut title's rest
    would stand there) and the title ends with a letter or ")" (a title ending in a
    figure, "Series 20" | "21", may have lost figures to the next cell)."""
    if title is None or len(pieces) < 2 or not _title_ends(pieces, 1):
        return None
    return title if " ".join(pieces[0].split()) == " ".join(title.text.split()) else None


def _title_ends(pieces: list[str], end: int) -> bool:
    """Whether a title held by ``pieces[:end]`` ends there: the cell after it holds no
    letter and its last piece ends with a letter or ")"."""
    return (end == len(pieces) or not _LETTER.search(pieces[end])) \
        and _TITLE_END.search(pieces[end - 1].strip()) is not None


def title_rejoined(pieces: list[str], title: Cell | None, known: frozenset[str]) -> Cell | None:
    """The title of a row whose line's cells (``pieces``) a strip's edges cut, where it
    opens the line and ends before a cell holding no letter: where no strip cut it
    (``title_uncut``); else where its pieces' letters are, in order, those of exactly one
    title the page prints with certainty (``known``: "Class A Common St" | "ock" is
    "Class A Common Stock", ``glued_words.title_of_letters``), its marks kept after it."""
    from .glued_words import title_of_letters
    if title is None:
        return None
    if (uncut := title_uncut(pieces, title)) is not None:
        return uncut
    end = _cut_run(pieces, title.text, 0)
    if end is None or not _title_ends(pieces, end):
        return None
    words = [word for piece in pieces[:end] for word in MARKS_RE.sub("", piece).split()]
    name = title_of_letters(words, known)
    if name is None:
        return None
    marks = _MARKS_ENDING.search(pieces[end - 1])
    return replace(title, text=name + (marks.group().strip() if marks else ""))


def nature_rejoined(pieces: list[str], cells: Row, notes: tuple[str, ...]) -> Cell | None:
    """The nature of a row whose line's cells (``pieces``: their texts) a strip's edges
    cut ("See fo" | "otnote(4)", a clipped row, whose words are otherwise left out),
    joined again where every cut in it is settled by the page's notes (``cut_settled``)
    and it ends the line after the ownership form's cell or an empty one."""
    nature, owned = cells.get(NATURE), cells.get("direct_or_indirect")
    if nature is None or owned is None:
        return None
    for first in range(1, len(pieces) - 1):
        if pieces[first - 1] not in ("", MARKS_RE.sub("", owned.text).strip()):
            continue
        if _cut_run(pieces, nature.text, first) == len(pieces) \
                and (text := _settled(pieces[first:], notes)) is not None:
            return replace(nature, text=text)
    return None


def _settled(pieces: list[str], notes: tuple[str, ...]) -> str | None:
    """``pieces`` joined, each cut settled (``cut_settled``), or None."""
    text: str | None = pieces[0]
    for piece in pieces[1:]:
        text = cut_settled(text, piece, notes) if text is not None else None
    return text


#: a table's last column, whose words a page's right edge cuts first
_LAST_TEXT = "nature_of_ownership"
#: how far left of the page's rightmost column a cut label may end: pdftotext sets each
#: line's words at their own rounding of the page's positions
_EDGE_SLACK = 4


def _edge_cut_word(word: str) -> bool:
    """True where a header's word is none of the form's header words but a part of one's
    opening ("o" of "of", "Indirec", "Benefic"): the page's edge cut it."""
    folded = word.lower().strip(",;:")
    return any(c.isalpha() for c in folded) \
        and not (folded in WRAPPED_WORDS or column_number(word)) \
        and any(whole.startswith(folded) for whole in WRAPPED_WORDS)


def _cut_headers(lines: list[Line]) -> list[tuple[int, bool]]:
    """Of ``lines`` (one page of the document), the lines that open a table ("Table I",
    "Table II"; False) and the header lines that end in a word the page's right edge cut
    (``_edge_cut_word``; True), the line's other words all header words: (line, cut) each."""
    edge = max((p.x_end for line in lines for p in line.pieces if p.x_end is not None),
               default=None)
    found = []
    for line in lines:
        words = [w for p in line.pieces for w in p.text.split()]
        last = line.pieces[-1] if line.pieces else None
        if words[:2] in (["Table", "I"], ["Table", "II"]):
            found.append((line.pieces[0].line, False))
        elif (edge is not None and last is not None and last.x_end is not None
              and last.x_end >= edge - _EDGE_SLACK and _edge_cut_word(words[-1])
              and all(w.lower().strip(",;:") in WRAPPED_WORDS or column_number(w)
                      for w in words[:-1])):
            found.append((line.pieces[0].line, True))
    return found


#: the key in ``Page.memo`` of the page's header lines an edge cut (``_edge_cut_headers``)
_EDGE_CUTS = ("row_clipped", "edge_cuts")
#: the lines opening the document's pages, and by each page's number (its lines after
#: that many tops) its table openings and cut header lines (``_cut_headers``)
_EdgeCuts = tuple[list[int], dict[int, list[tuple[int, bool]]]]


def _edge_cut_headers(page: Page) -> _EdgeCuts:
    """The lines opening the document's pages and, on each, the table openings and the
    header lines the right edge cut (``_cut_headers``): read once per page, not per
    table."""
    found = page.memo.get(_EDGE_CUTS)
    if not isinstance(found, tuple):
        from .row_grid import page_tops  # row_grid imports this module (through row_cells)
        tops = sorted(page_tops(page))
        pages: dict[int, list[Line]] = {}
        for line in page.lines:
            if line.pieces:
                pages.setdefault(bisect_right(tops, line.pieces[0].line), []).append(line)
        found = page.memo[_EDGE_CUTS] = (
            tops, {number: _cut_headers(lines) for number, lines in pages.items()})
    return found


def edge_cut(page: Page, rows: list[Row]) -> tuple[list[Row], list[Cell]]:
    """``rows`` without the cells of their last column (the nature of ownership) under a
    table header the page's right edge cut ("7. Nature o", "Indirec"; the header line
    nearest above the cell on its document page, no table's opening between): the print
    was wider than its paper, and what the column's cells lost there is unknown (a
    nature read "See Footnot"). The rows, and the cells taken out."""
    if page.shape != "grid":
        return rows, []
    tops, marks = _edge_cut_headers(page)
    if not any(cut for found in marks.values() for _, cut in found):
        return rows, []
    kept, dropped = [], []
    for row in rows:
        cell = row.get(_LAST_TEXT)
        above = [cut for line, cut in marks.get(bisect_right(tops, cell.line), [])
                 if line < cell.line] if cell else []
        if cell and above and above[-1]:
            dropped.append(cell)
            row = {key: value for key, value in row.items() if key != _LAST_TEXT}
        kept.append(row)
    return kept, dropped
