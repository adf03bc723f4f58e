"""A row's several two-line cells printed around its values line, put back in order.

A page that centres each cell on its row's height, read as visual lines (pdfplumber),
prints a Table I row whose tallest cells hold two lines as three lines: the first line
of every two-line cell above, the one-line cells in the middle, the second lines below,
each line's pieces in the form's column order. Several cells may wrap at once: the title
("Class A" / "Common Stock"), an amount or a price over its marks ("11084" / "[1]",
"$180.7115" / "[3]") and the nature ("By The Founders Fund IV" / "Principals Fund, LP
[8]"). Each line is cut by its words' kinds: above, the title's words, then the values
(amounts, prices), then the nature's words; below, the title's words (and its marks),
then one mark for each value above, then the nature's words. A value's place among the
row's one-line cells is not printed: it is the one place where the row reads as the
form's columns (``sequence_rows``); a row with no such place, or more than one, is left
as it stands, as is one whose title and nature meet with no value between them (where
one ends is not printed) or whose marks below do not go one to each value.

A transaction's code may wrap too ("S" / "(23)": its letter over its mark), where the
values line prints no code after its dates: its letter then ends the title's words above
("Class A Common S $25.0578"). A title's own class letter ends its words so too, with a
mark below ("Common Stock CL A $25.0578" / "Voting (23) (24)", its code lost), and a
title's words do not tell the two apart ("Class A", "CL A", "Cl. A", "Tranche A", "Series
A"): such a row is left as printed (``_letter_ends_title``), its code not read, unless
the table's other rows tell: the letter is the code's where the title without it is one
they print and with it none (``_code_letter``: ``wrapped_around`` reads the lines again
with the titles of the rows it put back). A title's
par value ("par" / "value $0.0001 per share") is the title's words. Where the line below
holds more marks than the values above and the title's words too ("Stock (1) (2)" under
one price), the last mark is the last value's (each wrapped value has a second line, the
values' marks stand last), but whether the others are the title's or a value's is not
printed: they are left out (``left_out``, noted by the reader).
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import combinations_with_replacement

from ..checks import TRANSACTION_CODES
from ..errors import SectionError
from ..patterns import AMOUNT_WORD_RE, HOLDING_LETTERS, MARKS_RE, NATURE_OPENING_RE
from .atoms import Atom
from .grid_run_kinds import is_number
from .row_kinds import DATE, NUMBER, TITLE_OPENING
from .row_loose_words import is_par_word
from .row_pairs import unmarked



def _word(atom: Atom) -> bool:
    """A word of a title or a nature: no number, date or mark ("Class", "A", "LP,")."""
    return not (NUMBER.fullmatch(atom.text) or DATE.fullmatch(atom.text)
                or MARKS_RE.fullmatch(atom.text))


def _mark(atom: Atom) -> bool:
    """A footnote mark or marks alone ("(1)", "(2)(3)")."""
    return bool(MARKS_RE.fullmatch(atom.text))


def _lone_value(atom: Atom) -> bool:
    """A value cell's first line: an amount or a price, no mark."""
    return is_number(atom.text)


def _run(atoms: list[Atom], start: int, test: Callable[[Atom], bool]) -> int:
    """The index after the run of ``atoms`` from ``start`` that pass ``test``."""
    end = start
    while end < len(atoms) and test(atoms[end]):
        end += 1
    return end


def _cut_above(above: list[Atom]) -> tuple[list[Atom], list[Atom], list[Atom]] | None:
    """The line above cut into the title's words, the values, the nature's words; None
    where it holds anything else (a date, a mark, words between two values)."""
    title_end = _run(above, 0, _word)
    values_end = _run(above, title_end, _lone_value)
    if not all(_word(a) for a in above[values_end:]):
        return None
    return above[:title_end], above[title_end:values_end], above[values_end:]


def letter_ends_title(above: list[Atom], values: list[Atom]) -> bool:
    """Whether the words above a values line printing no code end with a code's letter
    (``_letter_ends_title``): a row ``centred_cells_row`` reads only with the titles
    the table's other rows print."""
    cut = _cut_above(above)
    return cut is not None and not _prints_code(values) and _letter_ends_title(cut[0])


def _code_letter(title_a: list[Atom], title_b: list[Atom], titles: frozenset[str]) -> bool:
    """Whether the letter ending the title's first line ``title_a`` is the row's code
    (its second line ``title_b``): the title without it is one of ``titles`` (those
    the table's other rows print) and with it none."""
    return printed_title(title_a[:-1] + title_b, titles) \
        and not printed_title(title_a + title_b, titles)


def printed_title(words: list[Atom], titles: frozenset[str]) -> bool:
    """Whether ``words``, joined by spaces, are one of ``titles`` (those the table's other
    rows print, their marks left out), the marks ending them left out too."""
    return unmarked(" ".join(a.text for a in words)) in titles


def _letter_ends_title(words: list[Atom]) -> bool:
    """Whether the last of a title's ``words`` above a values line printing no code is a
    transaction code's letter: the code's first line, wrapped over its mark ("Class A
    Common S"), or the title's own class letter over a code lost ("Common Stock CL A",
    "Tranche A"), which the lines do not tell apart (module docstring)."""
    return bool(words) and words[-1].text in TRANSACTION_CODES


def _prints_code(values: list[Atom]) -> bool:
    """Whether a values line opening with its date or dates prints a code's letter after
    them (its marks on it or apart); a line opening otherwise (a title on it) is taken
    to print it."""
    dates = _run(values, 0, lambda a: bool(DATE.fullmatch(a.text)))
    if not dates or dates == len(values):
        return True
    return MARKS_RE.sub("", values[dates].text) in TRANSACTION_CODES


def _title_word(below: list[Atom], n: int) -> bool:
    """Whether ``below[n]`` is a title's or a nature's word: a word, or a par value an
    amount "per" follows ("value $0.0001 per share")."""
    return _word(below[n]) or is_par_word([a.text for a in below], n)


#: the line below cut: the title's words, each value's marks, the nature's words, marks left out
_Below = tuple[list[Atom], list[list[Atom]], list[Atom], list[Atom]]


def _cut_below(below: list[Atom], values: int) -> _Below | None:
    """The line below cut into the title's words and marks, each of the ``values``
    above's marks, the nature's words, and the marks left out; None where the marks do
    not go so. One mark each where there are as many; more marks than values after the
    title's words, the last mark the last value's, the others left out (the title's or a
    value's: not printed)."""
    words_end = 0
    while words_end < len(below) and _title_word(below, words_end):
        words_end += 1
    marks_end = _run(below, words_end, _mark)
    rest = below[marks_end:]
    if not all(_word(a) or _mark(a) for a in rest) or (rest and not _word(rest[0])):
        return None
    marks = below[words_end:marks_end]
    if values == 0:
        return below[:marks_end], [], rest, []
    if len(marks) == values:
        return below[:words_end], [[mark] for mark in marks], rest, []
    if len(marks) < values:
        return None
    if not words_end:  # which value holds two is not printed
        return None
    return below[:words_end], [[] for _ in range(values - 1)] + [marks[-1:]], rest, marks[:-1]


def _nature_marks_below(below: list[Atom], values: int, nature_a: list[Atom]
                        ) -> tuple[_Below | None, list[Atom]]:
    """``_cut_below`` where the nature's words stand above and none below: its second line
    is only its marks, the last below ("By SVF II Beaver (DE) LLC" above, "Stock (1) (3)"
    below, one amount above: "(1)" the amount's, "(3)" the nature's), and the nature with
    its mark glued on. Read only where the marks are one for each value and one for the
    nature (each two-line cell has a second line: so none is the title's); else None."""
    low = _cut_below(below, values + 1)
    if low is None or low[2] or low[3]:
        return None, nature_a
    title_b, marks, _, _ = low
    mark = "".join(a.text for a in marks[-1])
    return (title_b, marks[:-1], [], []), nature_a[:-1] + [nature_a[-1].with_text(
        nature_a[-1].text + mark)]


def whole_cells(line: list[Atom]) -> bool:
    """Whether each run of words on ``line`` holding a word of two letters or more ends
    with its marks: a cell's marks follow its last word, so none of its cells goes on to
    the next line (as a cell set at its row's top would)."""
    run_has_prose = False
    for n, atom in enumerate(line):
        if not _word(atom):
            run_has_prose = False
            continue
        run_has_prose = run_has_prose or len(atom.text) > 1
        ends = n + 1 == len(line) or not _word(line[n + 1])
        if ends and run_has_prose and not (n + 1 < len(line) and _mark(line[n + 1])):
            return False
    return True


def _opens_row_below_title(line: list[Atom] | None) -> bool:
    """Whether ``line`` is a row's values line opening with its date or amount: its
    title stands on the line before it."""
    return line is not None and len(line) > 0 and bool(
        DATE.fullmatch(line[0].text) or AMOUNT_WORD_RE.fullmatch(line[0].text))


def _marks_glued(words: list[Atom]) -> list[Atom]:
    """A cell's second line with the marks ending it glued to its last word ("Stock(1)"):
    the row reader takes a mark on a line of its own for the next cell's."""
    end = len(words)
    while end and _mark(words[end - 1]):
        end -= 1
    if end == len(words) or not end:
        return words
    glued = "".join(a.text for a in words[end - 1:])
    return words[:end - 1] + [words[end - 1].with_text(glued)]


def _two_lines(first: list[Atom], second: list[Atom]) -> bool:
    """Whether a cell's lines above and below are both there or both not (a cell of one
    line stands on the values line)."""
    return bool(first) == bool(second)


def _between_cells(values: list[Atom], n: int) -> bool:
    """Whether place ``n`` of the values line stands between two of its cells: not before
    a mark (its value's), not inside a run of words (a nature's), not after them."""
    after_word = n > 0 and _word(values[n - 1]) and len(values[n - 1].text) > 1
    if n == len(values):
        return not after_word
    return not _mark(values[n]) and not (after_word and _word(values[n]))


def _placings(values: list[Atom], cells: list[list[Atom]]) -> list[list[Atom]]:
    """The values line with the wrapped value ``cells`` put in, in their order, at every
    place between two of its cells (``_between_cells``)."""
    title = _run(values, 0, _word)  # a title on the values line: nothing goes before it
    places = [n for n in range(title, len(values) + 1) if _between_cells(values, n)]
    out = []
    for chosen in combinations_with_replacement(places, len(cells)):
        line: list[Atom] = []
        taken = 0
        for n in range(len(values) + 1):
            while taken < len(cells) and chosen[taken] == n:
                line.extend(cells[taken])
                taken += 1
            if n < len(values):
                line.append(values[n])
        out.append(line)
    return out


def _reads(words: list[Atom], layout: str) -> tuple[tuple[str, str], ...] | None:
    """The one row ``words`` read as (its cells' keys and texts), or None where they do not
    read as one row of Table I's columns."""
    from .row_sequence import sequence_rows  # the row reader imports this module's callers
    try:
        rows = sequence_rows(words, "table_i", layout)
    except SectionError:
        return None
    if len(rows) != 1:
        return None
    return tuple(sorted((key, cell.text) for key, cell in rows[0].items()))


def row_title(words: list[Atom], layout: str) -> str | None:
    """The title of the one row ``words`` read as, or None (no row, or no title)."""
    read = _reads(words, layout)
    return dict(read).get("security_title") if read is not None else None


def opens_row(line: list[Atom] | None) -> bool:
    """Whether ``line`` opens a row (its date or amount, or a title's opening), or there is
    no line after: no cell goes on to it."""
    return line is None or _opens_row_below_title(line) or (
        len(line) > 0 and bool(TITLE_OPENING.match(line[0].text)))


def _title_and_nature_left_out(title_a: list[Atom], below: list[Atom],
                               after: list[Atom] | None) -> bool:
    """Whether a values line ending with its holding's "I" stands between a title's words
    above and words below that may be the title's or the nature's: where one ends is not
    printed, so the lines around it are left out. Only where both are ended there: the
    line after opens a row (else the words below go on to it, a nature's "By" / "Smith
    Family Trust (3)") and the title above does not end with its marks (else it is whole,
    the words below the nature's)."""
    return (bool(title_a) and bool(below) and _word(below[0])
            and all(_word(a) or _mark(a) for a in below)
            and opens_row(after) and not whole_cells(title_a))


def centred_cells_row(above: list[Atom], values: list[Atom], below: list[Atom], layout: str,
                      words_above: bool, after: list[Atom] | None,
                      centred: bool, left_out: list[Atom] | None = None,
                      titles: frozenset[str] = frozenset()) -> list[Atom] | None:
    """One row's words in the form's order from its three lines, or None where the lines
    are not one row of centred cells read one way only. ``words_above``: whether words
    above can only open this row (False where the line before may be an earlier line of
    the same cells, or a cell set at its row's top going on); ``after``: the line after
    them; ``centred``: whether the page is known to centre its cells (another row read
    so), a nature on the values line then of one line, so the words below not its own.
    Where the title stands on the values line, only values may stand above it. The marks
    a row read so leaves out (``_cut_below``) are added to ``left_out``. A letter ending
    the title's words above a values line printing no code is the code's where the title
    then reads as one of ``titles`` (``_code_letter``); else the row is not read."""
    cut = _cut_above(above)
    if not values or cut is None:
        return None
    title_a, wrapped, nature_a = cut
    if not _prints_code(values) and _letter_ends_title(title_a):
        coded = _cut_below(below, len(wrapped) + 1)
        if coded is None or not _code_letter(title_a, coded[0], titles):
            return None
        title_a, wrapped = title_a[:-1], title_a[-1:] + wrapped  # the code's letter over its mark
    if not words_above and (title_a or nature_a):
        return None  # words above may be a cell's later line (a value alone is no cell's)
    if any(_word(a) for a in below) and (_opens_row_below_title(after)
                                         or not (centred or whole_cells(values))):
        return None  # words below may open the next row, or end a cell on the values line
    if _opens_row_below_title(values):
        if not TITLE_OPENING.match(above[0].text):
            return None  # the words above open no title: a cell's of the row before
    elif title_a or nature_a or not wrapped:
        return None  # the title stands on the values line: only values may stand above
    last = next((a.text for a in reversed(values) if not _mark(a)), "")
    if not wrapped and last == "I":  # title and nature may meet: where one ends is not printed
        return values if _title_and_nature_left_out(title_a, below, after) else None
    if any(NATURE_OPENING_RE.fullmatch(a.text) for a in title_a[1:] + below):
        return None  # a nature's opening among a title's words: where the title ends is not printed
    if nature_a and nature_a[0].text in HOLDING_LETTERS:
        return None  # a values line's last cells, not a nature's words
    low = _cut_below(below, len(wrapped))
    if nature_a and (low is None or not low[2]):  # no nature's words below: only its marks?
        low, nature_a = _nature_marks_below(below, len(wrapped), nature_a)
    if low is None:
        return None
    title_b, marks, nature_b, unplaced = low
    if not _two_lines(title_a, title_b) or (nature_b and not nature_a):
        return None  # a nature's words below only: its first line is not above (its marks may be)
    if nature_a and last not in HOLDING_LETTERS:
        return None  # a nature of one line already on the values line
    cells = [[value.with_text(value.text + "".join(mark.text for mark in own))]
             for value, own in zip(wrapped, marks)]
    title_b = _marks_glued(title_b)
    found: dict[tuple[tuple[str, str], ...], list[Atom]] = {}
    for line in _placings(values, cells):
        words = title_a + title_b + line + nature_a + nature_b
        read = _reads(words, layout)
        if read is not None:
            found[read] = words
    if len(found) != 1:
        return None
    if left_out is not None:
        left_out.extend(unplaced)
    return next(iter(found.values()))


def page_cut_row(above: list[Atom], values: list[Atom], below: list[Atom], layout: str,
                 after: list[Atom] | None, centred: bool) -> list[Atom] | None:
    """One row whose page ends after its values line: a page cut through a row prints the
    row's one-line cells (its title on them) at the foot of one page and its two-line
    cells whole at the head of the next, so the values' first line follows the values line
    ("Common Stock 12/21/2021 S [1] D 1917015 D" / "25788 $898.861" / "[2] [13]"). Read
    only where the values line does not read as a row alone, the line after it holds
    values only (no title's or nature's words: those would be the next row's) and the
    line after that marks only, one to each value, which ``centred_cells_row`` then puts
    in the one place where the row reads; where the marks run on to a second line ("[2]" /
    "[13]"), which value each belongs to is not printed, and the row is left as printed. The
    lines' parts named as ``centred_cells_row``'s: ``above`` the values' first lines,
    printed after the ``values`` line here."""
    if not above or not all(_lone_value(a) for a in above) or not below \
            or not all(_mark(a) for a in below) or _reads(values, layout) is not None:
        return None
    if after and all(_mark(a) for a in after):  # marks on two lines: no one's for certain
        return None
    return centred_cells_row(above, values, below, layout, False, after, centred)
