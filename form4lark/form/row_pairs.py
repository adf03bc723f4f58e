"""Two text cells of a row that share its wrapped lines (``row_lines.py``).

On a page printed as visual lines, a row's two open text cells stand side by
side: each wrapped line holds the left cell's words, then the right cell's. The
sets of cuts that make one of the cells (the *known* one: a title) a title the
page prints with certainty elsewhere, and leave each other cell words of its own
with its brackets closed, are the row's possible readings; a cell is certain
where every reading gives it the same words (one reading: every cell).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Iterator, Sequence
from itertools import chain
from math import comb, prod

from ..patterns import FOOTNOTE_MARK, MARK_AT_END_RE, MARKS_RE
from ..placeholders import GARBLED
from ..sections import TEXT_COLUMNS
from .atoms import Atom
from .header import cell_of
from .row_kinds import only_marks
from .noted_titles import NotedNames
from .row_sequence import CLASS_OR_SERIES, OPEN_TITLE, TITLE_CLOSING

TITLE, UNDER, NATURE = TEXT_COLUMNS
_CLASS_OR_SERIES = re.compile(CLASS_OR_SERIES)

#: sets of cuts tried on the text lines of a row whose two open cells share them
#: (three lines of four words give 125; two titles of a few words each, far fewer)
MAX_CUTS = 4096
#: more sets of cuts tried where every line holds a few titles' words at most, no
#: prose (three cells over six or seven lines of one to four words: a nature of eight
#: lines beside two titles, "Common Common Capital U.S." / "Stock Stock Venture" / "2010")
MAX_SHORT_CUTS, SHORT_LINE = 65536, 4
_END_MARKS = re.compile(rf" ?(?:{FOOTNOTE_MARK})+$")
# a figure among a title's words: a line of the page's header or of the column headers
# standing next to a row ("20549", "(Instr. 4)"), or a word OCR misread ("Stock 1 Option")
_FIGURE_IN_TEXT = re.compile(r"[0-9]")
# ... but a series' letter and number ("Series C-1 Preferred Stock"), which no header prints
_SERIES = re.compile(r"[A-Z]-[0-9]{1,2},?")

# a word OCR garbled: letters, a speck before them at most ("~Siock", '"ommen', "crock")
_LETTERS = re.compile("[~\"'\u201c\u2018]?[A-Za-z]+[,.]?")

Lines = list[list[Atom]]


def unmarked(text: str) -> str:
    """A title without the footnote marks that end it ("Class A Common Stock(1)"). A
    text not ending with ")" (before a last line break, which "$" allows) has none:
    most texts asked, the pattern is not tried on them (a row's possible cuts ask it
    of each reading of its title)."""
    if ")" not in text[-2:]:
        return text
    return _END_MARKS.sub("", text)


def figure(atoms: list[Atom]) -> bool:
    return any(_FIGURE_IN_TEXT.search(MARKS_RE.sub("", a.text)) and not _SERIES.fullmatch(a.text)
               for a in atoms)


def _cuts(line: list[Atom], count: int) -> list[tuple[list[Atom], ...]]:
    """Every way of cutting ``line`` into ``count`` runs of words, left to right."""
    if count == 1:
        return [(line,)]
    return [(line[:k], *rest) for k in range(len(line) + 1) for rest in _cuts(line[k:], count - 1)]


def ends_early(atoms: list[Atom]) -> bool:
    """True where a word ending with a footnote mark has words after it other than
    marks: a mark ends a cell's text ("LP(2) (3)" ends so, "Footnotes(2) Stock" does not)."""
    marked = [i for i, a in enumerate(atoms) if MARK_AT_END_RE.search(a.text)]
    return bool(marked) and any(not MARKS_RE.fullmatch(a.text) for a in atoms[marked[0] + 1:])


def shared_cells(above: Lines, below: Lines, parts: dict[str, list[Atom]], keys: tuple[str, ...],
                 titles: frozenset[str], top: bool = False,
                 natures: frozenset[str] = frozenset(),
                 certain: Container[str] | None = None,
                 values: tuple[str, ...] = ()) -> dict[str, list[Atom]]:
    """The words of the open cells ``keys`` (two or three, left to right), whose lines
    above and below the row's line they share, where every set of cuts that makes
    the underlying title (where it is one of them, else the title) one of ``titles``
    (or closes the title that its words on the row's line leave open, "Common" /
    "Stock", where that cell starts there: ``_closed_below``) and leaves each other
    cell words of its own, its brackets closed and no words after a footnote mark but
    marks, gives it the same words (``agreed``). On a page aligning its cells to the
    top (``top``), every cell starts on the row's line and wraps on the lines right
    below it: a cell with no words on a line has none on the lines after it. A line
    of marks alone may be a value's, wrapped under it, so then nothing is placed; but on
    a page aligning its cells to the top a value's marks wrap onto the line right below
    its row's, so a line of marks alone below that one is a text cell's. A figure is no
    title's word (a line of the page's headers ran in, or OCR misread one) but in a
    title the page prints with certainty ("par value $0.0001 per share":
    ``_printed_title``). Where some sets of cuts give the nature one of ``natures`` (the
    page prints it with certainty elsewhere), only those are taken (``printed_natures``),
    unless a mark stands apart on the lines (it may end either cell). ``certain``
    and ``values``: see ``readings``."""
    found = readings(above, below, parts, keys, titles, top, certain=certain,
                     values=values) or []
    if marks_apart(above + below):
        return closed_titles(found, titles)  # a mark standing apart ("Stock (3)") may end either cell
    return closed_titles(printed_natures(found, natures) or found, titles)


def closed_titles(found: list[dict[str, list[Atom]]],
                  titles: frozenset[str]) -> dict[str, list[Atom]]:
    """The cells ``agreed`` by ``found``, and the title agreed by its readings whose
    title does not stop open ("Class B Common": ``open_title``), where some do: a
    title's cell ends with the word naming the security, so such a reading's title
    is not whole ("Class B" / "Common" / "Stock Stock": "Stock" is the title's, not
    the underlying's beside it), unless the page prints it whole (``titles``). The
    other cells stay as every reading agrees (the underlying title is the cell the
    readings are made to read, a title stopping open among them only where no other
    does: ``readings``)."""
    cells = agreed(found)
    closed = [reading for reading in found if TITLE not in reading or not (
        open_title(reading[TITLE]) and (title := cell_of(reading[TITLE])) is not None
        and unmarked(title.text) not in titles)]
    if closed and len(closed) < len(found) and TITLE in (closed_cells := agreed(closed)):
        cells[TITLE] = closed_cells[TITLE]
    return cells


def marks_apart(lines: Lines) -> bool:
    """True where a footnote mark stands apart among a row's text lines ("Stock (3)")."""
    return any(MARKS_RE.fullmatch(a.text) for line in lines for a in line)


def printed_natures(found: list[dict[str, list[Atom]]],
                     natures: frozenset[str]) -> list[dict[str, list[Atom]]]:
    """The readings of ``found`` whose nature is one the page prints with certainty
    elsewhere (``natures``, without their footnote marks); none where another reading
    gives it that text and more words after it ("By Trust" / "By Trust II": a nature
    of its own, not the printed one cut short)."""
    read = [(cells, cell_of(cells.get(NATURE, []))) for cells in found]
    texts = [unmarked(nature.text) if nature is not None else "" for _, nature in read]
    printed = {text for text in texts if text in natures}
    if any(text.startswith(p + " ") for text in texts for p in printed):
        return []
    return [cells for (cells, _), text in zip(read, texts) if text in printed]


#: the known cell's words already read, whether each is a title (None: no cell): by the
#: identities of its atoms, which are kept with the answer (so that no other atom takes
#: an identity on)
Titled = dict[tuple[int, ...], tuple[list[Atom], bool | None]]


def _too_many_cuts(lines: Lines, count: int) -> bool:
    """True where ``lines`` cut among ``count`` cells give more sets of cuts than are
    tried: ``MAX_CUTS``, or ``MAX_SHORT_CUTS`` where no line holds more than
    ``SHORT_LINE`` words."""
    cuts = prod(comb(len(line) + count - 1, count - 1) for line in lines)
    short = all(len(line) <= SHORT_LINE for line in lines)
    return cuts > (MAX_SHORT_CUTS if short else MAX_CUTS)


def readings(above: Lines, below: Lines, parts: dict[str, list[Atom]], keys: tuple[str, ...],
             titles: frozenset[str], top: bool = False, titled: Titled | None = None,
             certain: Container[str] | None = None,
             values: tuple[str, ...] = ()) -> list[dict[str, list[Atom]]] | None:
    """Every set of cuts of ``shared_cells`` that reads, as each cell's words; None
    where the lines cannot be told (a line of marks alone, too many cuts to try).
    ``titled``: the known cell's words read by earlier calls with the same ``titles``
    (a row's lines are cut many ways, and each way reads its title again). Where no
    set of cuts reads and ``certain`` is given (the titles the table's other rows
    read, else those its notes print: ``NotedTitles``), an underlying title with one
    word OCR garbled (``unread_word_of``) tells the cuts instead, the sets giving a
    title of ``certain`` taken, where some do and all others give one the page prints
    nowhere (none of ``titles``: "Restricted C Stock Units" beside "Restricted Stock
    Units"); the underlying title is then left out. ``values``: the texts of the row's
    value cells on its line, which may show the page gluing a mark to its word
    (``glues_marks``)."""
    lines = above + below
    known = UNDER if UNDER in keys else TITLE
    # a cell starts on its row's line where the page aligns its cells to the top, or
    # where no line stands above the row and the page prints no title with certainty
    # (centred, a cell then has one line below at most; titles the page prints tell
    # cuts better): a title that cannot end there is closed by the line right below
    opened = (top or not above and not titles) and open_title(parts[known])
    if not (titles or opened) or any(only_marks(line) and not (top and i > len(above))
                                     for i, line in enumerate(lines)):
        return None  # a line of marks alone may be a value's, wrapped under it
    count = len(keys)
    if _too_many_cuts(lines, count):
        return None  # lines of prose, no few titles' words
    at = keys.index(known)
    glued = glues_marks([a for key in keys for a in parts[key]], [a for line in lines for a in line],
                        values)
    # the cell each line of marks alone goes to, in each reading: one cell in all, or none
    marked = [i for i, line in enumerate(lines) if only_marks(line)]
    # a title closed by lines below together: not where a line of marks alone stands among
    # them (a mark wraps apart from its cell, "Footnotes(2)" / "Stock Stock" / "(4)": the top
    # alignment's rule that no cell skips a line does not hold for it)
    over_lines = top and not marked
    titled = {} if titled is None else titled
    begins = _title_start(titles)
    figured = {id(a) for line in lines for a in line if figure([a])}  # told once, not each cut
    noted = isinstance(titles, NotedNames) and TITLE in keys

    def collect(loose: bool) -> tuple[list[dict[str, list[Atom]]], set[tuple[int, ...]]]:
        """The readings, and the cells the lines of marks alone go to in them; ``loose``:
        the known cell may be a title with one word unread (``unread_word_of``)."""
        found, owners = [], set()

        strict = not (opened or loose)  # only a cell beginning a title may read: both below

        def known_reads(runs: tuple[list[Atom], ...]) -> bool:  # the known cell's runs
            ups, downs = runs[:len(above)], runs[len(above):]
            if not titles and not (
                    opened and _closed_below(list(ups), list(downs), over_lines)):
                return False  # no title printed with certainty: only a title closed below reads
            words = list(chain(*ups, parts[known], *downs))  # asked of every cut: chained
            seen = titled.get(ids := tuple(map(id, words)))
            if seen is None:
                if strict and not begins(words):
                    return False  # its first word begins no title: its cell is not built
                title = cell_of(words)
                seen = titled[ids] = (words, None if title is None else unmarked(title.text) in titles)
            return seen[1] is not None and (
                seen[1] or opened and _closed_below(list(ups), list(downs), over_lines)
                or loose and unread_word_of(words, parts[known], titles))

        refutes = _unbegun(above, parts[known], begins, titled) if strict else None
        for cuts in _known_first([_cuts(line, count) for line in lines], at, known_reads,
                                 refutes):
            ups, downs = cuts[:len(above)], cuts[len(above):]
            if top and any(not cut[j] and later[j] for j in range(count)
                           for cut, later in zip(downs, downs[1:])):
                continue
            if noted and _left_open(cuts, parts, keys):
                continue  # the notes' name may be shorter than the row's underlying title
            cells = {}
            for j, key in enumerate(keys):
                wrapped = [cut[j] for cut in cuts]
                if key != NATURE and figured and not (
                        key == known and _printed_title(titled, ups, parts[key], downs, j)):
                    number = _series_number(parts[key], downs, j)
                    if any(id(a) in figured and a is not number for run in wrapped for a in run):
                        break  # a nature may hold figures ("Fund 2010"), no title's wrapped line
                if glued and any(_mark_apart(run) for run in wrapped):
                    break  # "Stock (3)": the mark opens another cell's line
                cells[key] = [a for cut in ups for a in cut[j]] + parts[key] + [
                    a for cut in downs for a in cut[j]]
            else:
                read = {key: cell_of(atoms) for key, atoms in cells.items()}
                if all(cell is not None and cell.text.count("(") == cell.text.count(")")
                       and not ends_early(cells[key]) for key, cell in read.items() if key != known):
                    if loose and unread_word_of(cells[known], parts[known], titles):
                        del cells[known]  # its cuts told, its word not read: no value
                    found.append(cells)
                    owners.add(tuple(next(j for j, run in enumerate(cuts[i]) if run)
                                     for i in marked))
        return found, owners

    found, owners = collect(False)
    if not found and certain and known == UNDER and TITLE in keys:
        found, owners = collect(True)  # no reading makes the underlying a printed title
        read = [(cells, _title_text(cells)) for cells in found]
        if any(text is None or text in titles and text not in certain for _, text in read):
            return None  # a reading with no title, or another title the page prints
        found = [cells for cells, text in read if text in certain]
        if not found:
            return None
    return found if len(owners) < 2 else None


def _left_open(cuts: Sequence[Cut], parts: dict[str, list[Atom]],
                keys: tuple[str, ...]) -> bool:
    """True where the title's words on a line of the row (a cut line or the row's own)
    end like an unfinished title, the underlying title naming no class or series of its
    own ("Restricted Class A" / ..., "Series A Class A" / ...):
    cut by a name the notes print ("Common Stock"), the title may have taken the
    underlying title's class letters (the notes name a class shorter than the row's)."""
    at = keys.index(TITLE)
    runs = [*(cut[at] for cut in cuts), parts[TITLE]]
    if UNDER in keys:  # an underlying title holding its own class's letters took none
        under = keys.index(UNDER)
        words = [a.text for a in parts[UNDER]] + [a.text for cut in cuts for a in cut[under]]
        if _CLASS_OR_SERIES.search(" ".join(words)):
            return False
    return any(run and OPEN_TITLE.fullmatch(" ".join(a.text for a in run)) for run in runs)


def _printed_title(titled: Titled, ups: Sequence[Cut], part: list[Atom], downs: Sequence[Cut],
                   at: int) -> bool:
    """True where the known cell ``at`` of the cuts reads as a title the page prints with
    certainty (as ``readings``' ``known_reads`` read it into ``titled``): its figures are
    that title's words ("par value $0.0001 per share"), no header's line run in; a mark
    standing apart after it ("share (3)") is no mark of the title's (a value's, wrapped
    under it)."""
    words = [a for cut in ups for a in cut[at]] + part + [a for cut in downs for a in cut[at]]
    return bool(titled[tuple(map(id, words))][1]) and not only_marks(words[-1:])


def _series_number(part: list[Atom], downs: Sequence[Cut],
                   j: int) -> Atom | None:
    """The number of a series cut at its hyphen: the first word of cell ``j``'s run on
    the line right below the row's line, a number of one or two digits, where the
    cell's words on the row's line (``part``) end with a series' letter and hyphen
    ("Series C-" / "1 Stock": "Series C-1", the word ``_SERIES`` cut at its hyphen). It
    is the title's word, no figure of a header's line run in (``figure``); None where
    there is none such."""
    if not part or not part[-1].text.endswith("-") or not downs or not downs[0][j]:
        return None
    first = downs[0][j][0]
    # digits alone, no "1," (which would fit "C-1,"): a list of series is not read here
    return first if first.text.isdigit() and _SERIES.fullmatch(part[-1].text + first.text) else None


def _title_start(titles: frozenset[str]) -> Callable[[list[Atom]], bool]:
    """Whether words (the known cell's, in a way of cutting its lines) may
    read as one of ``titles``: its first word, spaces left out, begins a title (so left
    out: a cell joins its words with a space or none, ``unmarked`` drops an end only),
    or a title begins it (footnote marks glued after it). Each first word is told once."""
    squashed = ["".join(title.split()) for title in titles]
    told: dict[int, tuple[Atom, bool]] = {}

    def begins(words: list[Atom]) -> bool:
        first = next((a for a in words if a.kind == "TEXT"), None)
        if first is None:
            return False  # no words: no cell
        seen = told.get(id(first))
        if seen is None:
            word = "".join(first.text.split())
            seen = told[id(first)] = (first, any(t.startswith(word) or word.startswith(t)
                                                 for t in squashed))
        return seen[1]
    return begins


Cut = tuple[list[Atom], ...]


def _title_text(cells: dict[str, list[Atom]]) -> str | None:
    """The title a reading's cells give, its footnote marks left out (None: no title)."""
    title = cell_of(cells[TITLE]) if TITLE in cells else None
    return None if title is None else unmarked(title.text)


class NotesProse:
    """The page's notes' words (``notes``) read as one run of prose, their case aside
    where ``fold``."""

    def __init__(self, notes: tuple[str, ...], fold: bool = False) -> None:
        self._fold = fold
        prose = f" {' '.join(notes)} "
        self._prose = prose.casefold() if fold else prose

    def prints(self, text: str) -> bool:
        """True where the notes print ``text`` as a run of words: after a space, before
        a space or a stop ("Units." / "Units,")."""
        if self._fold:
            text = text.casefold()
        return re.search(rf"\s{re.escape(text)}[\s.,;]", self._prose) is not None


class NotedTitles:
    """The titles of two words or more that the page's notes (their words, ``notes``)
    print as a run of words, their case aside ("restricted stock units" for "Restricted
    Stock Units"): for a Table II whose rows read no title (``readings``' ``certain``)."""

    def __init__(self, notes: tuple[str, ...]) -> None:
        self._notes = NotesProse(notes, fold=True)

    def __contains__(self, text: object) -> bool:
        return isinstance(text, str) and len(text.split()) > 1 and self._notes.prints(text)


def _span(cut: Cut, at: int) -> tuple[int, int] | None:
    """Where the run ``at`` of a line's cut stands on the line (None: no words)."""
    start = sum(len(run) for run in cut[:at])
    return (start, start + len(cut[at])) if cut[at] else None


def _unbegun(above: Lines, part: list[Atom], begins: Callable[[list[Atom]], bool],
             titled: Titled) -> Callable[[Cut], bool | None]:
    """For ``_known_first``: whether the known cell's runs cut so far (its lines
    ``above`` first, then its words on the row's line, ``part``, then those below) tell
    that no way of cutting the rest reads (True), that they tell nothing more
    (False), or not yet (None, no word yet). Its first word tells it, where no title
    was read (``titled``) from words opening with that word: a way whose first word
    ``begins`` no title is read only from ``titled`` (``readings``' ``known_reads``, a
    call neither ``opened`` nor ``loose``). The words ``titled`` read are told once."""
    firsts: set[int] | None = None

    def refutes(runs: Cut) -> bool | None:
        nonlocal firsts
        words = [*runs[:len(above)], part, *runs[len(above):]] if len(runs) >= len(above) \
            else runs
        first = next((a for run in words for a in run if a.kind == "TEXT"), None)
        if first is None:
            return None  # no word yet
        if begins([first]):
            return False
        if firsts is None:
            firsts = {id(next(a for a in read if a.kind == "TEXT"))
                      for read, title in titled.values() if title}
        return id(first) not in firsts
    return refutes


def _known_first(cuts: list[list[Cut]], at: int, reads: Callable[[Cut], bool],
                 refutes: Callable[[Cut], bool | None] | None = None
                 ) -> Iterator[tuple[Cut, ...]]:
    """The sets of cuts of ``itertools.product(*cuts)`` (each line's ways of cutting), in
    its order, whose known cell (the runs ``at``) ``reads``: the known cell is read once
    for each way of cutting its own runs, and the sets of cuts whose known cell does
    not read (most) are never made. ``refutes`` (``_unbegun``) tells from the runs cut
    so far, the first lines', that no way of cutting the rest reads: those are not read."""
    spans = [[_span(cut, at) for cut in line] for line in cuts]
    runs = [list({span: cut[at] for span, cut in zip(line, cuts_)}.items())
            for line, cuts_ in zip(spans, cuts)]
    read: set[tuple[tuple[int, int] | None, ...]] = set()

    def ways(i: int, taken: tuple[tuple[int, int] | None, ...], chosen: Cut,
             told: bool) -> None:
        """The ways of cutting the known cell's lines from ``i`` on that read, in
        ``product``'s order (``told``: ``refutes`` has nothing more to tell)."""
        if not told and refutes is not None:
            refuted = refutes(chosen)
            if refuted:
                return
            told = refuted is not None
        if i == len(runs):
            if reads(chosen):
                read.add(taken)
            return
        for span, run in runs[i]:
            ways(i + 1, (*taken, span), (*chosen, run), told)

    ways(0, (), (), refutes is None)
    begun = {spans[:i] for spans in read for i in range(len(spans) + 1)}

    def walk(i: int, taken: tuple[tuple[int, int] | None, ...], chosen: tuple[Cut, ...]
             ) -> Iterator[tuple[Cut, ...]]:
        if i == len(cuts):
            yield chosen
            return
        for span, cut in zip(spans[i], cuts[i]):
            if (more := (*taken, span)) in begun:
                yield from walk(i + 1, more, (*chosen, cut))

    return walk(0, (), ()) if () in begun else iter(())


def glues_marks(atoms: list[Atom], wrapped: list[Atom], values: tuple[str, ...] = ()) -> bool:
    """True where a row's words show the page printing a footnote mark right after its
    word ("Footnotes(2)", "Stock(15)"), on its line (``atoms``) or its text lines
    (``wrapped``), or right after a value on its line (``values``, its value cells'
    texts: "2,742(2)"), and none standing apart on its line (where each cell's words
    open or run on: a page printing "Trust (2)" shows it there)."""
    texts = [a.text for a in atoms + wrapped] + list(values)
    return any(MARK_AT_END_RE.search(text) and not MARKS_RE.fullmatch(text)
               for text in texts) and not any(MARKS_RE.fullmatch(a.text) for a in atoms)


def _mark_apart(run: list[Atom]) -> bool:
    """True where a cell's words on one wrapped line hold a footnote mark standing apart
    after a word ("Stock (3)"). On a page that glues a mark to its word
    (``glues_marks``) a mark apart is one its cell wrapped onto a line of its own:
    a visual line holds one line of each cell, so the word before it is another
    cell's."""
    return any(MARKS_RE.fullmatch(a.text) and not MARKS_RE.fullmatch(b.text)
               for b, a in zip(run, run[1:]))


def open_title(part: list[Atom]) -> bool:
    """True where a title's words on its row's line cannot end it ("Common", "Class
    B": ``row_sequence.OPEN_TITLE``): its cell wrapped onto the lines below."""
    cell = cell_of(part)
    return cell is not None and OPEN_TITLE.fullmatch(cell.text) is not None


def _closed_below(ups: list[list[Atom]], downs: list[list[Atom]], over_lines: bool) -> bool:
    """True where an open title's cell (``open_title``, starting on its row's line:
    ``readings``) has no words above that line and is closed by the first line below
    it alone ("Stock", "Common Stock(2)"): a cell wraps its next words right under.
    Where ``over_lines`` (a page aligning its cells to the top: no cell is centred on
    its row's line, so a cell may run over more lines below it) the first lines below
    may close it together, the lines after them holding none of its words ("Common" /
    "Stock")."""
    if any(ups):  # told before the closing lines' cell is built (asked of every cut)
        return False
    count = next((i for i, run in enumerate(downs) if not run), len(downs)) if over_lines else 1
    if any(downs[count:]):
        return False
    closing = cell_of([a for run in downs[:count] for a in run]) if downs else None
    return closing is not None and TITLE_CLOSING.fullmatch(closing.text) is not None


def agreed(found: list[dict[str, list[Atom]]]) -> dict[str, list[Atom]]:
    """The cells that every set of cuts in ``found`` gives the same words (a mark
    that may end either of two cells leaves both out, not the third; a cell some
    readings leave unread, ``unread_word_of``, is out too)."""
    if not found:
        return {}
    first = found[0]
    return {key: atoms for key, atoms in first.items()
            if all(key in cells and _words(cells[key]) == _words(atoms) for cells in found[1:])}


def unread_word_of(words: list[Atom], part: list[Atom], titles: frozenset[str]) -> bool:
    """True where a title cell's ``words`` are those of a title of ``titles`` but one,
    which no title there prints: a word OCR garbled ("Common" / "crock", "c" /
    "Stock" for "Common Stock"), or its first letter and the rest of it ("C" /
    "ommen": OCR split it, and the letter may as well be the cell's before it,
    which another reading then tells). The cell's cuts are told by that title,
    but its words are not read (the cell is left out, never taken for the title)."""
    from .glued_words import printed_words
    atoms = [a for a in words if a.kind == "TEXT"]
    texts = [a.text.lstrip(GARBLED) for a in atoms]
    if len(texts) < 2:
        return False
    known = printed_words(titles)
    texts[-1] = _unspecked(unmarked(texts[-1]), known)
    unread = [i for i, text in enumerate(texts) if text not in known]
    if not unread or not _garbled_word(atoms[unread[-1]], texts[unread[-1]], part):
        return False
    at = unread[-1]
    if len(unread) == 2 and unread[0] == at - 1 and re.fullmatch("[A-Z]", texts[at - 1]):
        # "C" / "ommen": the word's first letter apart, which may as well be the cell's
        # before it (another reading then gives that cell other words)
        return any(len(shown := title.split()) + 1 == len(texts) and shown[at - 1][:1] == texts[
            at - 1] and shown[:at - 1] + shown[at:] == texts[:at - 1] + texts[at + 1:]
            for title in titles)
    return len(unread) == 1 and any(
        len(shown := title.split()) == len(texts)
        and shown[:at] + shown[at + 1:] == texts[:at] + texts[at + 1:] for title in titles)


def _unspecked(text: str, words: Container[str]) -> str:
    """A title's last word without the speck OCR read as a stop after it ("Stock."
    beside a rule), where the word without it is one of ``words`` and with it is not."""
    if text.endswith(".") and text not in words and text[:-1] in words:
        return text[:-1]
    return text


def _garbled_word(atom: Atom, text: str, part: list[Atom]) -> bool:
    """True for a title's word that OCR garbled: one the scan's reader marked so, or
    the one word of the row's line (``part``: "crock", where "Stock" stands); a word
    of letters, a speck before them at most ("B)" is a garbled mark)."""
    return bool(_LETTERS.fullmatch(text)) and (
        atom.text.startswith(GARBLED) or len(part) == 1 and atom is part[0])


def _words(atoms: list[Atom]) -> list[str]:
    return [a.text for a in atoms]
