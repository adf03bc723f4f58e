"""Lines of words alone between a table's rows of cells: whose words they are is not told.

A converter that keeps a table's cells but not its rows' heights (markitdown on a
PDF, pdfminer underneath) prints a row's cells on one line of cells and the other
lines of its tallest cells as loose lines of text above and below it: "By" over
"|Common Stock|...|14,000|I|" and "Spouse" under it. Such a line holds no value,
so it is no row of its own; its words are the rest of a title or of a nature (in
Table II, of the underlying security's title too) of the row above or the row below,
and which of them the text does not say. The rows it touches are kept for their
values, their text columns left unknown: a title or a nature missing its words is a
wrong one.

Where the table prints its rows' cells from the top (the page's plainer design), the
text does say: no loose line stands between the column headers and the first row,
which opens on its line of cells, so every row's cells open on its line and their
other lines follow it. A loose line is then the row above's, and its words the rest
of that row's title where the title is the row's only cell of words that may go on:
in Table I, a row owned directly ("D") with no nature ("Common" + "Stock(1)") or
indirectly with a nature closed by its footnote marks, its title not yet ended
("Common Stock" is whole) and the loose line opening as a title goes on ("Stock",
"Common Stock"; "By", "See" open a nature: a page centring its cells prints the next
row's nature there). Elsewhere (Table II's three columns of words, a nature that may
go on) which cell the words end is not told, and the row's words stay unknown.
"""

from __future__ import annotations

import re

from ..bare_marks import long_word_marks
from ..patterns import MARKS_RE, NATURE_OPENING_RE
from ..sections import TEXT_COLUMNS, Cell, Row
from ..text import join_wrapped
from .atoms import Atom
from .row_kinds import TITLE_OPENING, cell_only_marks, looks_like_value

#: the columns of words a loose line may continue
WORD_COLUMNS = TEXT_COLUMNS
#: a word of a title or a nature ("By", "Sequoia", "Non-", "footnote(3)"), not garbage
#: ("~~", "#@!", "Sxr1es")
_WORD = re.compile(rf"\(?[A-Za-z][A-Za-z'&.,/-]+(?:-[0-9]+)?\)?(?:{MARKS_RE.pattern})?")
#: how a title ends once whole ("Common Stock", "Restricted Stock Units(1)")
_TITLE_END = re.compile(rf".*\b(Stock|Shares|Units)(?:{MARKS_RE.pattern})?")
#: a nature ended by its footnote marks ("See Footnotes(2)(3)"): marks close a cell
_ENDS_IN_MARKS = re.compile(rf"(?:{MARKS_RE.pattern})$")
#: a number in a name, no value: a year ("2010", "2010-"), a date a comma follows ("4/15/2014,")
_NAME_NUMBER = re.compile(r"(?:19|20)[0-9]{2}-?|[0-9]{1,2}/[0-9]{1,2}/[0-9]{4},")
#: what follows a word of a title or a name: "A" of "Class A", "C-1" of "Series C-1", the
#: dash of "Fund III -", "(Q)," of "Partners Fund (Q), LP", a name's own open
#: bracket glued to its footnote marks ("Sequoia Grove II, LLC (" + "(5)": "((5)")
_AFTER_WORD = re.compile(rf"[A-Z](?:-[0-9]{{1,2}})?|[-–]|\([A-Z]\),?|\((?:{MARKS_RE.pattern})")
#: a title's par value ("Class A Common Stock, par value" + "$0.0001 per share"): an
#: amount "per" follows is a word of the title, no price (a price cell holds no words)
_PAR_VALUE = re.compile(r"\$[0-9]*\.?[0-9]+")


def is_loose_words(atoms: list[Atom]) -> bool:
    """A line of words and no value: no row, nor any row's value (nor garbage). A
    letter or a dash is a word after a word ("Class A", "Fund III -"), a value alone;
    footnote marks go with the words ("(2)(3) footnote(4)"); a year is a word of a name
    ("Venture" + "2010" + "Fund,"; the form prints an amount of thousands with its comma,
    "2,010"), a date with a comma after it too ("Trust dtd" + "4/15/2014,"); a par value
    is a title's ("$0.0001 per share")."""
    return any(_WORD.fullmatch(a.text) or _NAME_NUMBER.fullmatch(a.text) for a in atoms) and all(
        _WORD.fullmatch(a.text) and not looks_like_value(a.text) or MARKS_RE.fullmatch(a.text)
        or _NAME_NUMBER.fullmatch(a.text)
        or n and _WORD.fullmatch(atoms[n - 1].text) and _AFTER_WORD.fullmatch(a.text)
        or is_par_value(atoms, n) for n, a in enumerate(atoms))


def glued_mark_written(atoms: list[Atom], listed: frozenset[str],
                       shown: frozenset[str] = frozenset()) -> list[Atom] | None:
    """A line of words whose last word has a bare footnote mark glued on ("Stock1": a
    converter dropped the superscript's raise), the mark written as the form prints it
    ("Stock(1)"), where its figures name the page's ``listed`` notes one way
    (``bare_marks.long_word_marks``: never a word a number designates, "Series2") and the
    line is then loose words; None otherwise."""
    word = glued_word_written(atoms[-1].text, listed, shown) if atoms else None
    if word is None:
        return None
    written = atoms[:-1] + [atoms[-1].with_text(word)]
    return written if is_loose_words(written) else None


def glued_word_written(word: str, listed: frozenset[str],
                       shown: frozenset[str] = frozenset()) -> str | None:
    """``word`` with a bare footnote mark glued on ("Stock1") written as the form prints
    it ("Stock(1)"), where its figures name the page's ``listed`` notes one way
    (``bare_marks.long_word_marks``); a two-letter word's too ("LP4") where its marks are
    all among those ``shown`` glued on the table's long words (``glues_long_words``:
    "FY23" beside "LLC4" is a name, no notes 2 and 3). None where it is no such word."""
    glued = long_word_marks(word, listed, shown)
    return None if glued is None else glued[0] + "".join(f"({m})" for m in glued[1])


def glues_long_words(atoms: list[Atom], listed: frozenset[str]) -> frozenset[str]:
    """The marks glued on long words of ``atoms`` (a table's lines), each naming the
    page's ``listed`` notes one way ("LLC4": ``glued_word_written``): the table glues
    those marks on words, and a word of two letters may hold one of them too ("LP4", as
    ``bare_marks`` reads a record's two-letter words beside a long one). Empty where none."""
    return frozenset(m for a in atoms if (glued := long_word_marks(a.text, listed)) is not None
                     for m in glued[1])


def is_par_value(atoms: list[Atom], n: int) -> bool:
    """True where the atom at ``n`` is the amount of a title's par value, "per" after it
    ("$0.0001 per share"): a word of the title, no price."""
    return is_par_word([a.text for a in atoms[n:n + 2]], 0)  # the word and the one after


def is_par_word(words: list[str], n: int) -> bool:
    """``is_par_value`` of a cell's words: the word at ``n`` an amount "per" follows."""
    return bool(_PAR_VALUE.fullmatch(words[n])) and n + 1 < len(words) and words[n + 1] == "per"


def is_name_number(word: str) -> bool:
    """True where a number is a word of a name, no value: a year ("US Venture 2010 Seed":
    the form prints an amount of thousands with its comma) or a date a comma follows
    ("Trust dtd 4/15/2014,")."""
    return bool(_NAME_NUMBER.fullmatch(word))


#: a piece of a word a converter printed letter-spaced ("C o m m on", "S to ck", "fo o tnote(4)")
#: ("U . S .", "F u n d I V ,": punctuation spaced apart too)
WORD_PIECE = re.compile(rf"\(?[A-Za-z][A-Za-z'&.,/-]*\)?(?:{MARKS_RE.pattern})?|[.,&/-]")
#: a piece that is no word of its own: a lowercase letter alone or a few consonants ("o", "ck")
SPACED_PIECE = re.compile(r"[a-z]|[b-df-hj-np-tv-z]{2,3}")


def is_spaced_words(atoms: list[Atom]) -> bool:
    """A line of words and no value that a converter printed letter-spaced ("| C l a ss | B |",
    "| St o ck | ... | S to ck |"): its pieces are letters and words only (a value's letter,
    "S", "D", is no lowercase piece), one of them no word of its own. Whose words they are
    is not told, and the words are not as the page prints them."""
    return any(SPACED_PIECE.fullmatch(a.text) for a in atoms) and all(
        WORD_PIECE.fullmatch(a.text) or MARKS_RE.fullmatch(a.text) for a in atoms)


def holds_words(atoms: list[Atom]) -> bool:
    """A line holding a word of a title or a nature ("Trust(2)", "footnote(3)"), not only
    values and marks ("C", "(2)", "$41.85")."""
    return any(_WORD.fullmatch(a.text) and not looks_like_value(a.text) for a in atoms)


def lower_words(upper: list[Atom], lower: list[Atom]) -> int | None:
    """Of a row read from two lines of values, 1 where the lower line holds words of its
    own under the row's line ("|...|S|...|Trust(2)|" under "Common Stock ... I"), 0 where
    only one line holds words (the row's line: the other holds values and marks alone),
    None where both do and the upper does not open with the row's title: the row's line
    is not told."""
    if not holds_words(upper) or not holds_words(lower):
        return 0
    return 1 if TITLE_OPENING.match(upper[0].text) and not TITLE_OPENING.match(
        lower[0].text) else None


def is_marks(atoms: list[Atom]) -> bool:
    """A line of footnote marks alone: "(3)"."""
    return all(MARKS_RE.fullmatch(a.text) for a in atoms)


def without_words(row: Row) -> Row:
    """The row with its columns of words left unknown."""
    return {key: cell for key, cell in row.items() if key not in WORD_COLUMNS}


def _values_apart(row: Row) -> bool:
    """True where the row's values stand on more than one line: a cell wrapped around
    its row's line ("757756" on the title's line above "| 04/30/2025 || A | A | $0 |"),
    whose marks may stand on a loose line around it."""
    return len({cell.line for key, cell in row.items()
                if key not in WORD_COLUMNS and cell}) > 1


def _without_closing_marks(line: list[Atom]) -> list[Atom]:
    """A loose line without the marks closing it ("stock units) [1]"): beside a row whose
    cells wrapped, they may be a value's, printed at the line's end."""
    while line and MARKS_RE.fullmatch(line[-1].text):
        line = line[:-1]
    return line


def title_continued(row: Row, lines: list[list[Atom]]) -> Row | None:
    """Table I's row with the loose lines under it (a table printing its cells from the
    top) put after its title, or None where the words may be another cell's or another
    row's: the row must have a title not yet whole, be owned directly with no nature
    ("D", the only other cell of words empty) or indirectly with a nature its marks
    close ("See footnote(3)"), and the words must open as a title goes on."""
    title, nature = row.get("security_title"), row.get("nature_of_ownership")
    letter = _letter(row)
    if not title or (not nature if letter == "I" else letter != "D" or nature):
        return None
    if nature and not _ENDS_IN_MARKS.search(nature.text.strip()):
        return None
    if _values_apart(row):
        lines = [*lines[:-1], _without_closing_marks(lines[-1])]
    words = [" ".join(atom.text for atom in line) for line in lines]
    if _TITLE_END.fullmatch(title.text.strip()) or not words[-1] \
            or not TITLE_OPENING.match(words[0]):
        return None
    return {**row, "security_title": Cell(join_wrapped([title.text, *words]), title.line,
                                          title.column)}


def shows_centring(rows: list[Row], below: dict[int, list[list[Atom]]]) -> bool:
    """True where Table I's loose lines show the table centres its cells on their row's
    line of values: a loose line stands above the first row, or one opening a nature
    ("By", "See") right under a row whose nature opened on its line of values or that
    has none (owned directly), so that it is the next row's: a table printing its cells
    from the top opens each row's nature on its line of values."""
    if -1 in below:
        return True
    for n, lines in below.items():
        if not lines or not lines[0] or not NATURE_OPENING_RE.match(lines[0][0].text):
            continue
        if rows[n].get("nature_of_ownership") or _letter(rows[n]) == "D":
            return True
    return False


def centred_rows(rows: list[Row], below: dict[int, list[list[Atom]]],
                 words_under: dict[int, int]) -> dict[int, Row] | None:
    """Table I's rows with the loose lines placed where the table centres its cells
    on their row's line of values (the page sec.gov serves, read by markitdown): a
    cell of several lines prints as many of them above the row's line as below it.
    The lines before the first row are thus its upper half, as many of the lines
    after it its lower half, the rest of those the next row's upper half, and so on:
    the chain must close on the lines after the last row, or the lines' rows are not
    told (None). A line of values read with the row under its line (``words_under``:
    "|...|S|...|Trust(2)|") is the first of its lower half where it holds words. Each
    row with lines of its own gets them in its one cell that may hold them: the title
    where the row is owned directly with no nature, the nature where it is owned
    indirectly and its title is whole ("Common Stock"); a row whose words could be
    either's leaves the count unconfirmed (None: every row's words stay unknown); a
    row with no lines of its own is whole on its line and left out of the result. A line of marks alone
    counts as a line, its marks those of the words above it ("Footnotes(2)" + "(3)"). A
    title never opens on a line opening in lowercase ("vehicle", the end of the nature
    "By estate" + "planning" + "vehicle" above it: ``_title_tops``). A
    row whose nature holds nothing on its line may have that nature's middle line printed
    just under its line (``_nature_dropped``)."""
    groups = [[bool(line) and bool(NATURE_OPENING_RE.match(line[0].text))
               for line in below.get(n, [])] for n in range(-1, len(rows))]
    middles = [bool((cell := row.get("nature_of_ownership")) and NATURE_OPENING_RE.match(cell.text))
               for row in rows]
    filled = [_held_on_its_line(row) for row in rows]
    dropped = [not words_under.get(n) and _nature_dropped(row, below.get(n, []))
               for n, row in enumerate(rows)]
    lowered = [[bool(line) and line[0].text[:1].islower() for line in below.get(n, [])]
               for n in range(-1, len(rows))]
    titled = [_letter(row) == "D" for row in rows]
    uppers = _centred_uppers(groups, middles, filled, words_under, dropped,
                             _title_tops(lowered, titled))
    if uppers is None:
        return None
    halves = []
    for n, upper in enumerate(uppers):
        after, lower = below.get(n, []), (uppers[n + 1] if n + 1 < len(uppers) else 0)
        halves.append((below.get(n - 1, [])[-upper:] if upper else [],
                       after[:len(after) - lower]))
    placed: dict[int, Row] = {}
    for n, (above, under) in enumerate(halves):
        if above or under:
            if (row := centred_row(rows[n], above, under)) is None:
                return None
            placed[n] = row
    return placed


def _held_on_its_line(row: Row) -> bool:
    """True where the row's cell that takes its loose lines holds words on its line (the
    nature of a row owned indirectly, else the title): its cell's middle line, or, of a
    cell of an even count of lines, one of its two middle lines."""
    return bool(row.get("nature_of_ownership" if _letter(row) == "I" else "security_title"))


def _letter(row: Row) -> str | None:
    """The row's ownership letter ("D", "I") without its marks, or None."""
    owned = row.get("direct_or_indirect")
    return MARKS_RE.sub("", owned.text).strip() if owned is not None else None


def _title_tops(lowered: list[list[bool]], titled: list[bool]) -> list[set[int]]:
    """For each row, the counts of loose lines above it that cannot be its own: those
    whose first line opens in lowercase where the lines are its title's (a row owned
    directly: ``titled``), a title opening with a capital ("Class A", "Common Stock");
    ``lowered[n + 1]``: the lines under row n, True where one opens in lowercase."""
    return [{len(lowered[n]) - k for k, low in enumerate(lowered[n]) if low} if titled[n]
            else set() for n in range(len(titled))]


def _nature_dropped(row: Row, under: list[list[Atom]]) -> bool:
    """True where the first line under a row may be its nature's middle line printed
    just under the row's line ("See" over "|Class A Common Stock|...|I|", "Footnotes(2)"
    and "(5)" under it): the row is owned indirectly, its nature holds nothing on its
    line, and that line holds words that do not open a nature. A title's lines are not
    placed so (a title's last line may open as a title does: "Class A Common Stock,
    par value" + "$0.0001 per share", the next row's first line)."""
    return _letter(row) == "I" and not row.get("nature_of_ownership") and bool(under) \
        and holds_words(under[0]) and not NATURE_OPENING_RE.match(under[0][0].text)


def _centred_uppers(groups: list[list[bool]], middles: list[bool], filled: list[bool],
                    words_under: dict[int, int], dropped: list[bool],
                    barred: list[set[int]]) -> list[int] | None:
    """How many of the lines above each row are its own (``groups[n + 1]``: the lines
    under row n, True where one opens a nature, "By", "See"; ``groups[0]`` those above
    the first row; ``middles[n]``: row n's nature opens on its line), each row printing
    as many above its line as under it, the chain closing after the last row. A row read
    with a line of words under its line (``words_under``) may count it as one of its
    lower half or not (its cells' centre on either line). A nature opens on its first
    line only: never under a row's line nor after another line above it. A row whose
    cell holds words on its line (``filled``) may print one line more on either side
    (a cell of an even count of lines, the row's line on one of its two middle ones).
    A row whose nature is empty on its line and a line of words under it (``dropped``) may
    count that line as its nature's middle one, printed under the row's line: one line
    more under it. A row takes no count of lines above it in ``barred``. None unless
    exactly one way closes."""
    count = len(middles)
    ways: list[dict[int, int]] = [{len(groups[0]): 1}]  # upper count -> ways, 2 = many

    def fits(n: int, upper: int, lower: int) -> bool:
        above, after = groups[n][len(groups[n]) - upper:], groups[n + 1]
        return (0 <= lower <= len(after) and not any(after[:lower])
                and not any(above[1:]) and not (middles[n] and upper)
                and upper not in barred[n])

    for n in range(count):
        step: dict[int, int] = {}
        for upper, reached in ways[-1].items():
            for lower in _lowers(upper, words_under.get(n, 0), filled[n], dropped[n]):
                if fits(n, upper, lower):
                    nxt = len(groups[n + 1]) - lower
                    step[nxt] = min(2, step.get(nxt, 0) + reached)
        ways.append(step)
    if ways[-1].get(0) != 1:
        return None
    uppers, nxt = [0] * count, 0
    for n in range(count - 1, -1, -1):  # the one way back
        lower = len(groups[n + 1]) - nxt
        back = [u for u in ways[n] if fits(n, u, lower)
                and lower in _lowers(u, words_under.get(n, 0), filled[n], dropped[n])]
        if len(back) != 1:
            return None
        uppers[n] = nxt = back[0]
    return uppers


def _lowers(upper: int, under: int, filled: bool, dropped: bool) -> set[int]:
    """The counts of loose lines a row may print under its line, ``upper`` over it:
    as many, less the line of words read with it (``under``) where that one counts,
    one more or less where its cell holds words on its line (``filled``), one more
    where its cell's middle line may be the one under its line (``dropped``)."""
    skews = (-1, 0, 1) if filled else (0, 1) if dropped else (0,)
    return {upper - counted + skew for counted in {0, under} for skew in skews}


def centred_row(row: Row, above: list[list[Atom]], under: list[list[Atom]]) -> Row | None:
    """Table I's row with the lines of its cell printed above and under its line of
    values put around that cell (``centred_rows``), or None where the words may be
    its title's or its nature's."""
    title, nature = row.get("security_title"), row.get("nature_of_ownership")
    letter = _letter(row)
    if letter == "I" and title is not None and _TITLE_END.fullmatch(title.text.strip()):
        key, cell = "nature_of_ownership", nature
    elif letter == "D" and nature is None:
        key, cell = "security_title", title
    else:
        return None
    words = [" ".join(atom.text for atom in line) for line in (*above, *under)]
    middle = [cell.text] if cell is not None else []
    parts: list[str] = []
    for text in [*words[:len(above)], *middle, *words[len(above):]]:
        if cell_only_marks(text):
            if not parts:
                return None  # marks over the cell's words: whose they are is not told
            parts[-1] += text.replace(" ", "")
        else:
            parts.append(text)
    first = (*above, *under)[0][0].piece
    line, column = (cell.line, cell.column) if cell is not None else (first.line, first.column)
    return {**row, key: Cell(join_wrapped(parts), line, column)}


def chained_cells(rows: list[Row], fragments: dict[int, list[str | None]], key: str,
                  bare: set[int]) -> dict[int, Cell] | None:
    """Table II's titles (``key``: column 1 or the underlying security's, column 7) where
    the table centres its cells on their row's line and every loose line tells whether
    it holds a piece of that column (``fragments``, by the row above, -1 before the first:
    the line's piece of the column, or None where it holds none; the caller gives no
    fragments where a loose line's cells are not told). The lines between two rows are
    cut where the upper row's title is first whole ("Series A" + "Preferred" + "Stock")
    and the next opens as a title does ("Series B"); each row prints as many of its
    title's lines above its line as under it (its middle line on the row's line, or none
    there, a title of an even count of lines, where the row's line is told to hold none:
    ``bare``). None unless every row so reads; a row with no piece beside it is whole on
    its line. The last row's title need not end as "Stock" does ("Series C" + "Warrants"
    + "(right to buy)") where its own lines centre it."""
    count = len(rows)
    above: list[list[str]] = [[] for _ in range(count)]
    under: list[list[str]] = [[] for _ in range(count)]
    above[0] = [text for text in fragments.get(-1, []) if text is not None]
    for n in range(count):
        cell = rows[n].get(key)
        if cell is None and n not in bare:
            return None  # the line's piece of the column is lost, not absent
        upper = [*above[n], *([cell.text] if cell is not None else [])]
        if not upper or not TITLE_OPENING.match(upper[0]):
            return None
        lines = [text for text in fragments.get(n, []) if text is not None]
        if n == count - 1:
            under[n] = lines
            break
        cut = _title_cut(upper, lines)
        if cut is None:
            return None
        under[n], above[n + 1] = lines[:cut], lines[cut:]
    cells: dict[int, Cell] = {}
    for n, row in enumerate(rows):
        if len(above[n]) != len(under[n]):
            return None  # not centred on the row's line: whose lines they are is not told
        cell = row.get(key)
        whole = join_wrapped([*above[n], *([cell.text] if cell is not None else []), *under[n]])
        if not _TITLE_END.fullmatch(whole) and n < count - 1:
            return None
        if not _TITLE_END.fullmatch(whole) and not (above[n] or under[n]):
            continue  # the last row's title, told neither whole nor centred
        at = cell if cell is not None else next(iter(row.values()))
        cells[n] = Cell(whole, at.line, at.column)
    return cells


def _title_cut(upper: list[str], lines: list[str]) -> int | None:
    """Where the title pieces between two rows (``lines``) leave the upper row's title
    (``upper``: its pieces so far) for the next row's: after the first that makes it
    whole, the next opening as a title does; None where it never is."""
    for cut in range(len(lines) + 1):
        if _TITLE_END.fullmatch(join_wrapped([*upper, *lines[:cut]])):
            return cut if cut == len(lines) or TITLE_OPENING.match(lines[cut]) else None
    return None
