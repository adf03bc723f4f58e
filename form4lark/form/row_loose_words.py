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

from ..patterns import MARKS_RE
from ..sections import Cell, Row
from ..text import join_wrapped
from .atoms import Atom
from .row_kinds import TITLE_OPENING, looks_like_value

#: the columns of words a loose line may continue
WORD_COLUMNS = ("security_title", "underlying_security_title", "nature_of_ownership")
#: a word of a title or a nature ("By", "Sequoia", "Non-", "footnote(3)"), not garbage
#: ("~~", "#@!", "Sxr1es")
_WORD = re.compile(rf"\(?[A-Za-z][A-Za-z'&.,/-]+(?:-[0-9]+)?\)?(?:{MARKS_RE.pattern})?")
#: how a title ends once whole ("Common Stock", "Restricted Stock Units(1)")
_TITLE_END = re.compile(rf".*\b(Stock|Shares|Units)(?:{MARKS_RE.pattern})?")
#: a nature ended by its footnote marks ("See Footnotes(2)(3)"): marks close a cell
_ENDS_IN_MARKS = re.compile(rf"(?:{MARKS_RE.pattern})$")
#: how a nature opens ("By Trust", "See footnote(3)"), never a title
_NATURE_OPENING = re.compile(r"(By|See)\b")
#: what follows a word of a title or a name: "A" of "Class A", the dash of "Fund III -"
_AFTER_WORD = re.compile(r"[A-Z]|[-–]")


def is_loose_words(atoms: list[Atom]) -> bool:
    """A line of words and no value: no row, nor any row's value (nor garbage). A
    letter or a dash is a word after a word ("Class A", "Fund III -"), a value alone;
    footnote marks go with the words ("(2)(3) footnote(4)")."""
    return any(_WORD.fullmatch(a.text) for a in atoms) and all(
        _WORD.fullmatch(a.text) and not looks_like_value(a.text) or MARKS_RE.fullmatch(a.text)
        or n and _WORD.fullmatch(atoms[n - 1].text) and _AFTER_WORD.fullmatch(a.text)
        for n, a in enumerate(atoms))


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


def title_continued(row: Row, lines: list[list[Atom]]) -> Row | None:
    """Table I's row with the loose lines under it (a table printing its cells from the
    top) put after its title, or None where the words may be another cell's or another
    row's: the row must have a title not yet whole, be owned directly with no nature
    ("D", the only other cell of words empty) or indirectly with a nature its marks
    close ("See footnote(3)"), and the words must open as a title goes on."""
    title, owned, nature = (row.get(key) for key in (
        "security_title", "direct_or_indirect", "nature_of_ownership"))
    letter = MARKS_RE.sub("", owned.text).strip() if owned is not None else None
    if not title or (not nature if letter == "I" else letter != "D" or nature):
        return None
    if nature and not _ENDS_IN_MARKS.search(nature.text.strip()):
        return None
    words = [" ".join(atom.text for atom in line) for line in lines]
    if _TITLE_END.fullmatch(title.text.strip()) or not TITLE_OPENING.match(words[0]):
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
        if not lines or not lines[0] or not _NATURE_OPENING.match(lines[0][0].text):
            continue
        owned, nature = rows[n].get("direct_or_indirect"), rows[n].get("nature_of_ownership")
        if nature or owned is not None and MARKS_RE.sub("", owned.text).strip() == "D":
            return True
    return False


def centred_rows(rows: list[Row], below: dict[int, list[list[Atom]]],
                 words_under: dict[int, int]) -> dict[int, Row | None] | None:
    """Table I's rows with the loose lines placed where the table centres its cells
    on their row's line of values (the page sec.gov serves, read by markitdown): a
    cell of several lines prints as many of them above the row's line as below it.
    The lines before the first row are thus its upper half, as many of the lines
    after it its lower half, the rest of those the next row's upper half, and so on:
    the chain must close on the lines after the last row, or the lines' rows are not
    told (None). A line of values read with the row under its line (``words_under``:
    "|...|S|...|Trust(2)|") is the first of its lower half where it holds words. Each
    row with lines of its own gets them in its one cell that may hold them: the title where the row is owned directly with no nature, the nature
    where it is owned indirectly and its title is whole ("Common Stock"); a row whose
    words could be either's maps to None (its words stay unknown); a row with no lines
    of its own is whole on its line and left out of the result."""
    if any([] in lines for lines in below.values()):
        return None  # a line of marks alone: whose they are is lost
    halves: list[tuple[list[list[Atom]], list[list[Atom]]]] = []
    upper = below.get(-1, [])
    for n in range(len(rows)):
        after, lower = below.get(n, []), len(upper) - words_under.get(n, 0)
        if lower < 0 or len(after) < lower:
            return None
        halves.append((upper, after[:lower]))
        upper = after[lower:]
    if upper:
        return None  # lines left after the last row's lower half: the chain does not close
    return {n: centred_row(rows[n], above, under)
            for n, (above, under) in enumerate(halves) if above}


def centred_row(row: Row, above: list[list[Atom]], under: list[list[Atom]]) -> Row | None:
    """Table I's row with the lines of its cell printed above and under its line of
    values put around that cell (``centred_rows``), or None where the words may be
    its title's or its nature's."""
    title, owned, nature = (row.get(key) for key in (
        "security_title", "direct_or_indirect", "nature_of_ownership"))
    letter = MARKS_RE.sub("", owned.text).strip() if owned is not None else None
    if letter == "I" and title is not None and _TITLE_END.fullmatch(title.text.strip()):
        key, cell = "nature_of_ownership", nature
    elif letter == "D" and nature is None:
        key, cell = "security_title", title
    else:
        return None
    words = [" ".join(atom.text for atom in line) for line in (*above, *under)]
    middle = [cell.text] if cell is not None else []
    first = above[0][0].piece
    line, column = (cell.line, cell.column) if cell is not None else (first.line, first.column)
    text = join_wrapped([*words[:len(above)], *middle, *words[len(above):]])
    return {**row, key: Cell(text, line, column)}
