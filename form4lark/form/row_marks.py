"""Footnote marks standing on lines of their own in a table's words, put back on
the value they belong to where the table's columns leave one reading only.

Some texts print every piece of a cell on a line of its own (BeautifulSoup's
``get_text("\\n")``: "Common Stock", "(1)"); a PDF's words in reading order may
wrap a value's marks to the next line. A run of such lines ("(2)", "(3)") goes to
the value before it, or stands as cells of only marks, or stays as it is where
the text cannot tell (``form_rows.lark`` then reads them, or leaves the table out).
"""

from __future__ import annotations

import re

from ..patterns import HOLDING_LETTERS, MARK_NUMBER_RE, MARKS_AFTER, MARKS_RE
from ..placeholders import UNPLACED
from .atoms import Atom
from .row_kinds import DATE, NUMBER, TITLE_OPENING, is_prose, looks_like_value
from .row_loose_words import is_marks

# the transaction's code, with any mark: "C", "J(5)"
_CODE = re.compile("[A-Z]" + MARKS_AFTER)


def _value_with_marks(text: str) -> bool:
    return bool((NUMBER.fullmatch(text) or DATE.fullmatch(text)) and text.endswith(")"))


def _is_letter(text: str) -> bool:
    return len(text) == 1 and text.isalpha()


def _own_line(atoms: list[Atom], i: int) -> bool:
    """Whether ``atoms[i]`` is a line of its own."""
    atom = atoms[i]
    return (atom.cell == 0 and atom.offset == 0
            and (i == 0 or atoms[i - 1].row != atom.row)
            and (i + 1 == len(atoms) or atoms[i + 1].row != atom.row))


def _marks_own_line(atoms: list[Atom], i: int) -> bool:
    """Whether ``atoms[i]`` is a line holding footnote marks only."""
    return bool(MARKS_RE.fullmatch(atoms[i].text)) and _own_line(atoms, i)


def cells_as_paragraphs(atoms: list[Atom]) -> bool:
    """Whether the table prints each cell as a paragraph: every line holding one value
    only (a date, an amount, a code's letter; not marks) stands after a blank line, or
    right below a lone "$", there are three such lines at least, and a line of marks
    stands right below a piece or marks somewhere (a cell's marks print in its
    paragraph; a text that sets every line apart, marks too, shows no cells:
    pdftotext's "S", "", "(2)").
    A cell's pieces then stand on lines right below each other and a blank line ends it
    (BeautifulSoup's ``get_text("\\n")``: "633", "(5)", "(6)", "", "(7)": 633's marks
    (5)(6), then a cell holding (7) only). A text that prints a row's values on one line,
    or a column's on lines right below each other, does not."""
    count, marks_below = 0, False
    for i, atom in enumerate(atoms):
        right_below = i > 0 and atom.line - atoms[i - 1].line == 1
        if not _own_line(atoms, i) or not looks_like_value(atom.text):
            continue
        if MARKS_RE.fullmatch(atom.text):
            marks_below = marks_below or right_below
            continue
        if i > 0 and atom.line - atoms[i - 1].line < 2 and atoms[i - 1].text != "$":
            return False
        count += 1
    return count >= 3 and marks_below


def _paragraph_marks(out: list[Atom], run: list[Atom]) -> None:
    """A run of lines of marks of a table printing cells as paragraphs, cut at its blank
    lines: the paragraph right below a piece is that piece's marks ("J", "(5)": "J(5)"),
    each other paragraph a cell of only marks ("(7)", "(8)": "(7)(8)")."""
    paragraphs = [[run[0]]]
    for atom in run[1:]:
        if atom.line - paragraphs[-1][-1].line == 1:
            paragraphs[-1].append(atom)
        else:
            paragraphs.append([atom])
    if out and paragraphs[0][0].line - out[-1].line == 1:
        out[-1] = out[-1].with_text(out[-1].text + "".join(a.text for a in paragraphs.pop(0)))
    out.extend(p[0].with_text("".join(a.text for a in p)) for p in paragraphs)


def _run_end(atoms: list[Atom], i: int) -> int:
    """The end of the run of lines of marks only that opens at ``atoms[i]``."""
    end = i
    while end < len(atoms) and _marks_own_line(atoms, end):
        end += 1
    return end


def _alone(out: list[Atom], k: int) -> bool:
    """Whether ``out[k]`` (``k`` negative, ``out[-1]`` last) is a line of its own."""
    atom = out[k]
    return (atom.cell == 0 and atom.offset == 0
            and (k == -1 or out[k + 1].row != atom.row)
            and (len(out) < 1 - k or out[k - 1].row != atom.row))


def _is_code(out: list[Atom]) -> bool:
    """Whether ``out[-1]``, a letter, is the transaction's code: it follows the date,
    each a line of its own (in a text of the page's words in reading order, a mark
    may stand anywhere near its cell). The column after it ("V") never holds a mark
    alone."""
    return (len(out) > 1 and bool(DATE.fullmatch(out[-2].text))
            and _alone(out, -1) and _alone(out, -2))


def _is_ownership(out: list[Atom], after: Atom | None, table: str) -> bool:
    """Whether ``out[-1]``, a "D" after an amount, is the ownership's, its marks then
    followed by no value: "A"/"D" is followed by a price and an amount, and a direct
    holding has no nature. In Table II a "D" after the shares (``after_direction``:
    "C", "2800", "D"), each a line of its own (a row printed one cell a line), is their
    direction, and the lines of marks after it, before the underlying title, the two
    dates' cells ("[3] [4]", "[5]"). A text running cells along a line may wrap a
    narrow cell's marks below it ("C 2800 D", "(2)", "(5)": the direction's): there
    the marks stay the letter's. (Table I has no date column after the direction: its
    "D" after an amount after a letter is the ownership's, the price's cell empty:
    "G", "8337", "D", "0", "D", "[4]".)"""
    return (out[-1].text == "D" and len(out) > 1 and bool(NUMBER.fullmatch(out[-2].text))
            and (after is None or is_prose(after))
            and not (table == "table_ii" and _alone(out, -1) and _alone(out, -2)
                     and after_direction(out)))


def _repeats(value: str, marks: str) -> bool:
    """Whether ``marks`` after ``value`` print one footnote twice: a cell prints each of
    its footnotes once, so the marks are two cells' ("628,553(1)", "(2)", "(2)")."""
    numbers = MARK_NUMBER_RE.findall(value + marks)
    return len(set(numbers)) < len(numbers)


def _belongs_before(out: list[Atom], after: Atom | None, table: str) -> bool:
    """Whether a run of lines of marks after ``out[-1]`` (and before ``after``) is that
    value's. Table I has one column that may hold a mark alone, the price, after the
    "A"/"D" letter: a run after anything else but a letter is its value's. In Table II
    a run after a word is the word's where an amount follows (the underlying title's)
    or nothing: a title's may be the price's alone, before the date, or a holding's
    price and dates before its underlying title ("Stock", "(1)", "(1)", "(1)", "Class")."""
    previous = out[-1].text
    if _value_with_marks(previous):
        return True
    if _is_letter(previous):
        return _is_code(out) or _is_ownership(out, after, table)
    if table == "table_i":
        return previous[-1] not in "()"  # a value, or a word of the title or the nature
    if amount_before_letter(previous, after):
        return True
    return previous[-1].isalpha() and (after is None or bool(NUMBER.fullmatch(after.text))
                                       or _is_nature(out))


def amount_before_letter(previous: str, after: Atom | None) -> bool:
    """Whether a run of marks stands between an amount and a direction or ownership
    letter ("28.593", "[2]", "A [3] [3]": a web page's shares with their mark wrapped
    below): the amount is the shares before their "A"/"D" or the amount owned before its
    "D"/"I", and no column stands between the two, so the marks are the amount's."""
    return (bool(NUMBER.fullmatch(previous)) and not previous.startswith("$")
            and after is not None and bool(_LETTER.fullmatch(after.text)))


def _is_nature(out: list[Atom]) -> bool:
    """Whether the words that end ``out`` are a nature of ownership: they follow the
    "I" of an indirect holding (after its amount) and do not open as a title does
    ("See Footnotes", not "Class B Common Stock"), nor hold a next title on a line of
    its own: the marks after them are theirs."""
    start = len(out)
    while start > 0 and is_prose(out[start - 1]):
        start -= 1
    words = out[start:]
    return (1 < start < len(out) and out[start - 1].text == "I"
            and bool(NUMBER.fullmatch(out[start - 2].text))
            and not TITLE_OPENING.match(words[0].text)
            # one nature: none of its words ends with marks or opens a title's line
            and not any(w.text.endswith(")") for w in words)
            and not any(w.row != v.row and TITLE_OPENING.match(w.text)
                        for v, w in zip(words, words[1:])))


def _one_cell(out: list[Atom], run: list[Atom], after: Atom | None, table: str) -> bool:
    """Whether a run of marks that is not the value's before it is one cell of only
    marks: in Table I (only the price holds a mark alone); in Table II two lines after
    the shares and before a date ("2,088,955", "(31)", "(32)", "08/13/2022"): the
    second date follows, so the run is the first date's (the shares' own mark cannot
    be told from the date's: both go to the date)."""
    if table == "table_i":
        return True
    return (len(run) == 2 and bool(out) and bool(NUMBER.fullmatch(out[-1].text))
            and not out[-1].text.startswith("$")
            and after is not None and bool(DATE.fullmatch(after.text)))


def _is_shares(out: list[Atom]) -> bool:
    """Whether ``out[-1]`` is Table II's shares: an amount after the code's letter (and
    any "V" of an equity swap)."""
    return shares_after_code([a.text for a in out[-3:]])


def shares_after_code(words: list[str]) -> bool:
    """Whether the last of ``words`` is Table II's shares: an amount after the code's
    letter (and any "V" of an equity swap)."""
    if len(words) < 2 or not NUMBER.fullmatch(words[-1]) or words[-1].startswith("$"):
        return False
    before = words[-2] if words[-2] != "V" or len(words) < 3 else words[-3]
    return bool(_CODE.fullmatch(before))


def after_direction(out: list[Atom]) -> bool:
    """Whether ``out`` ends with a transaction's code, shares and direction letter
    ("C", "83334", "D"; ``shares_after_code``), the marks standing apart between them
    passed over. The last eight atoms are read: the code, a "V", the shares and the
    letter leave four for marks standing apart between them (a longer run of marks
    hides the code)."""
    if not out or MARKS_RE.fullmatch(out[-1].text) or out[-1].text not in ("A", "D"):
        return False
    return shares_after_code([a.text for a in out[-8:-1] if not MARKS_RE.fullmatch(a.text)])


def _is_price(out: list[Atom]) -> bool:
    """Whether ``out[-1]`` is a printed price: "$ 69.35", "$", "69.35"."""
    return bool(out) and bool(NUMBER.fullmatch(out[-1].text)) and (
        out[-1].text.startswith("$") or len(out) > 1 and out[-2].text == "$")


def _apart_at_end(out: list[Atom], run: list[Atom], after: Atom | None) -> bool:
    """Whether a run of marks ends Table I's words, a paragraph apart after a value
    that already ends with its marks (pdftotext: "See", "Footnote(4)", "", "(3)", then
    Table II's title): the mark-only column, the price, stands before the amount owned
    and the nature, so the run is no cell of the last row's, nor of a row after it; a
    mark moved from an earlier row's cell, whose is lost (left out, never misplaced)."""
    return (after is None and bool(out) and out[-1].text.endswith(")")
            and run[0].line - out[-1].line > 1)


def _placed_in_table_ii(out: list[Atom], run: list[Atom], after: list[Atom]) -> bool:
    """Table II's runs of two lines of marks or more that the column order places, or
    leaves out where it cannot (the footnotes then unread, never misplaced), as
    ``shapes/glued_marks.py`` does for marks run onto a word. A mark follows its value,
    so where no column that may hold marks only stands between a value and the next,
    the marks are the value's: a title's word's or an amount's before a printed price
    ("Stock", "(3)", "$", "0"), an amount's before the "D"/"I", a price's before the
    amount owned. After a title's word: before the
    transaction's date one mark printed twice is the title's and the conversion price's,
    other marks are either's (left out). After the shares and before no date, more than
    two marks: which of the shares and the two date columns holds which is not told
    (the dates ``UNPLACED``). Between two amounts before the "D"/"I": the underlying
    amount's or the price's (left out). Returns whether ``run`` went into ``out``."""
    marks = "".join(a.text for a in run)
    first = after[0].text if after else ""
    previous = out[-1].text if out else ""
    if ((previous[-1:].isalpha() or NUMBER.fullmatch(previous)) and first.startswith("$")
            or NUMBER.fullmatch(previous) and first in HOLDING_LETTERS
            or _is_price(out) and NUMBER.fullmatch(first)):
        out[-1] = out[-1].with_text(previous + marks)
    elif previous[-1:].isalpha() and DATE.fullmatch(first) and len(run) > 1:
        if len(run) == 2 and run[0].text == run[1].text:
            out[-1] = out[-1].with_text(previous + run[0].text)
            out.append(run[1])
    elif _is_shares(out) and len(run) > 2 and not DATE.fullmatch(first):
        out += [run[0].with_text(UNPLACED), run[1].with_text(UNPLACED)]
    elif not (NUMBER.fullmatch(previous) and NUMBER.fullmatch(first) and len(run) > 1
              and len(after) > 1 and after[1].text in HOLDING_LETTERS):
        return False
    return True


def _price_cell_apart(out: list[Atom], run: list[Atom], after: list[Atom]) -> bool:
    """Whether one line of marks, a blank line below Table II's underlying amount that
    already ends with its own marks and before the amount owned and its "D"/"I"
    ("23,054(2)", "", "(3)", "", "23,054", "I"), is the price's cell of only marks:
    between those two amounts only the price column stands, and a mark a paragraph
    apart from a value printed with its marks is no wrapped piece of that value."""
    if len(run) != 1 or not out or run[0].line - out[-1].line < 2 or len(after) < 2:
        return False
    amount, owned = out[-1].text, after[0].text
    return (_value_with_marks(amount) and not DATE.fullmatch(amount)
            and not amount.startswith("$") and len(out) > 1 and is_prose(out[-2])
            and len(out[-2].text) > 1
            and bool(NUMBER.fullmatch(owned)) and not owned.startswith("$")
            and after[1].text in HOLDING_LETTERS)


def join_wrapped_marks(atoms: list[Atom], table: str = "table_ii") -> list[Atom]:
    """The table's words with each run of lines of marks only given to the value
    before it ("2,080(1)(2)" then "(3)" is "2,080(1)(2)(3)"), made one cell of only
    marks, or left as it is, as ``_belongs_before`` and ``_one_cell`` tell (a table
    printing cells as paragraphs shows which: ``_paragraph_marks``)."""
    out: list[Atom] = []
    paragraphs = cells_as_paragraphs(atoms)
    i = 0
    while i < len(atoms):
        end = _run_end(atoms, i)
        if end == i:
            out.append(atoms[i])
            i += 1
            continue
        run, after = atoms[i:end], atoms[end] if end < len(atoms) else None
        marks = "".join(a.text for a in run)
        if paragraphs:
            _paragraph_marks(out, run)
        elif table == "table_ii" and _price_cell_apart(out, run, atoms[end:end + 2]):
            out.extend(run)
        elif out and _belongs_before(out, after, table) and not _repeats(out[-1].text, marks):
            out[-1] = out[-1].with_text(out[-1].text + marks)
        elif table == "table_i" and _apart_at_end(out, run, after):
            pass
        elif _one_cell(out, run, after, table):
            out.append(run[0].with_text(marks))
        elif table == "table_ii" and _placed_in_table_ii(out, run, atoms[end:end + 2]):
            pass
        else:
            out.extend(run)
        i = end
    return out


def join_cell_marks(atoms: list[Atom]) -> list[Atom]:
    """A line of cells' words with each footnote mark given to the value before it in
    its cell ("785 (1)": "785(1)"; ``_value_mark``): a cell's marks are printed on its
    value, and the form's columns read marks only glued to a value (a mark alone is a
    cell of its own: the price's). A mark after a letter ("A (1)") is left alone: it may
    be the price's, merged into the cell of "A"/"D"."""
    out: list[Atom] = []
    for atom in atoms:
        before = out[-1] if out else None
        if before is not None and MARKS_RE.fullmatch(atom.text) and _value_mark(before, atom):
            out[-1] = before.with_text(before.text + atom.text)
        else:
            out.append(atom)
    return out


def marks_alone(atoms: list[Atom], cells: set[int]) -> list[tuple[int, int]]:
    """The cells (of the lines ``cells``) holding two marks or more and nothing else
    ("[3] [4]"): one column's marks, or two columns' merged into one cell."""
    held: dict[tuple[int, int], list[str]] = {}
    for atom in atoms:
        if atom.row in cells:
            held.setdefault((atom.row, atom.cell), []).append(atom.text)
    return [cell for cell, texts in held.items()
            if len(texts) > 1 and all(MARKS_RE.fullmatch(text) for text in texts)]


def join_wrapped_cell_marks(atoms: list[Atom], cells: set[int],
                            glued: set[tuple[int, int]]) -> list[Atom]:
    """The words of a table's lines (those of ``cells`` its lines of cells) with the
    marks a cell prints under its one value ("16287<br>[1]": the page wrapped the cell)
    given to that value (``_value_mark``), and the marks of each cell of ``glued``
    (``marks_alone``) glued together ("[3] [4]": a price of no value and two notes).
    A mark on its value's line may be the next column's, merged into the cell ("1,849
    (1)": column 6's), one under a word too ("A<br>[2]"), and one under a cell of two
    values ("$9.1301 52860<br>[2]": a price and an amount merged): left."""
    out: list[Atom] = []
    values: dict[tuple[int, int], int] = {}  # the words of each cell that are no marks
    for atom in atoms:
        before, cell = (out[-1] if out else None), (atom.row, atom.cell)
        if not MARKS_RE.fullmatch(atom.text):
            values[cell] = values.get(cell, 0) + 1
        elif before is not None and atom.row in cells and (before.row, before.cell) == cell \
                and (cell in glued
                     or values.get(cell) == 1 and _value_mark(before, atom)
                     and _wrapped_under_value(before, atom)):
            out[-1] = before.with_text(before.text + atom.text)
            continue
        out.append(atom)
    return out


def _value_mark(before: Atom, atom: Atom) -> bool:
    """True where a mark is the value's before it: in its cell, after a figure or a date."""
    return (before.row, before.cell) == (atom.row, atom.cell) \
        and bool(NUMBER.fullmatch(before.text) or DATE.fullmatch(before.text))


def _wrapped_under_value(before: Atom, atom: Atom) -> bool:
    """True where a mark stands on its cell's next line, under the word before it."""
    return "\n" in atom.piece.text[before.offset + len(before.text):atom.offset]


def join_spaced_marks(atoms: list[Atom], table: str, cells: bool = False) -> list[Atom]:
    """A table's words with the marks standing apart on a row's line given to the value
    whose they certainly are (``_spaced_mark_of``, told by the words before the marks
    and the first word after them on their line: a mark follows its value, so the marks
    are the value's before them wherever no column between the two holds a mark alone).
    ``cells``: a row of a table of cells, its marks in their own cells where not joined
    (``join_cell_marks``): only Table I's title and price rules."""
    out: list[Atom] = []
    for n, atom in enumerate(atoms):
        if out and MARKS_RE.fullmatch(atom.text):
            after = next((a for a in atoms[n + 1:] if not MARKS_RE.fullmatch(a.text)), None)
            joined = out[-1].row == atom.row
            same_line = after is not None and after.row == atom.row
            if after is not None and (same_line or _ends_value_line(atoms, n, joined)) \
                    and _spaced_mark_of([a.text for a in out[-2:]], after.text, table, cells,
                                        joined, same_line or _title_words_line(out, atom.row)):
                out[-1] = out[-1].with_text(out[-1].text + atom.text)
                continue
        out.append(atom)
    return out


def _ends_value_line(atoms: list[Atom], n: int, joined: bool) -> bool:
    """Whether the mark ``atoms[n]``, on its value's line (``joined``), ends that line
    with only marks after it ("12/21/2021 S (1)" over "10400(2)", "Stock [1]" over
    "10/02/2015"): a PDF's text in reading order wraps the next cell onto the next line,
    and a mark follows its value, so the value before it on its line is the one it marks
    where the columns between the two hold no mark alone (``_spaced_mark_of``)."""
    return joined and _marks_end_line(atoms, n)


#: a word of a security's title ("Class", "A", "Common", "Stock", "Units", "C-1")
_TITLE_WORD = re.compile(rf"(?:{TITLE_OPENING.pattern})|Shares|[A-Z0-9](?:-[0-9]+)?", re.I)


def _title_words_line(out: list[Atom], row: int) -> bool:
    """Whether the words ending ``out`` on line ``row`` are all a security title's words
    ("Stock", "Class A Common Stock"): a title's last line, not a line running a title's
    and a nature's words together ("Common Sequoia Capital Fund, LLC" in a text of the
    page's visual lines), before a mark that ends it."""
    words = [MARKS_RE.sub("", a.text) for a in out if a.row == row]
    return bool(words) and all(_TITLE_WORD.fullmatch(w) for w in words) \
        and len(words[-1]) > 1


#: "A", "D": a transaction's direction (acquired or disposed), or "D"/"I" ownership
_LETTER = re.compile(r"[ADI]")


def _spaced_mark_of(before: list[str], after: str, table: str, cells: bool,
                    joined: bool, titled: bool = True) -> bool:
    """Whether a mark between the last of ``before`` and ``after`` is that value's: by
    ``_table_i_mark_of`` or ``_table_ii_mark_of``. ``cells``: the row is of a table of
    cells (its marks in cells of their own where not joined). ``joined``: the word
    before the mark stands on the mark's line; the code, amount and "$" price rules ask
    it (a converter moving marks may end a line with "05/02/2019 C" and open the next
    with "(1) 6944440": whose the mark is, is then not told). ``titled``: the title
    rules hold (the mark's line, where ``after`` stands on another, holds a title's
    words only)."""
    if table == "table_i":
        return _table_i_mark_of(before, after, cells, joined, titled)
    return _table_ii_mark_of(before, after, cells, joined, titled)


def _table_i_mark_of(before: list[str], after: str, cells: bool, joined: bool,
                     titled: bool) -> bool:
    """Table I's rules of ``_spaced_mark_of``: a title's word before the transaction's
    date ("Common Stock" then "(1) 05/02/2019 S ..."), a "$" price before the amount
    owned ("$208.99 (2) 151187": the amount owned's marks follow it) and, in a table not
    of cells, ``_value_before_column``'s. A mark after "A"/"D" before an amount ("D (2)
    151187": the letter's, or a price cell of only the mark) is left."""
    return (titled and _title_word_before_date(before[-1], after)
            or joined and (_price_before_amount(before[-1], after)
                           or not cells and _value_before_column(before, after)))


def _table_ii_mark_of(before: list[str], after: str, cells: bool, joined: bool,
                      titled: bool) -> bool:
    """Table II's rules of ``_spaced_mark_of``, none in a table of cells (there only
    Table I's hold): ``_value_before_column``'s, a "$" price before the amount owned
    (only the price column's "$" value is followed by an amount) and a title's word
    before an amount (the underlying title's, ``_title_word_before_amount``). A mark
    after a title before a date (a conversion price of only the mark) is left."""
    return joined and not cells and (
        _value_before_column(before, after) or _price_before_amount(before[-1], after)
        or titled and (_title_word_before_amount(before[-1], after)
                       or _title_word_before_price(before[-1], after)))


def _value_before_column(before: list[str], after: str) -> bool:
    """Either table: a transaction code after a date, before the amount ("05/02/2019 C
    (1) 6944440": only column "V" stands between them, never a mark alone), or an
    amount before a direction, an ownership letter or a "$" price ("16287 (1) D",
    "628553 (1) $0": no column between them)."""
    previous = before[-1]
    coded = len(before) == 2 and DATE.fullmatch(before[0]) and _CODE.fullmatch(previous) \
        and NUMBER.fullmatch(after) and not after.startswith("$")
    amount = NUMBER.fullmatch(previous) and not previous.startswith("$") \
        and (_LETTER.fullmatch(after) or after.startswith("$") and NUMBER.fullmatch(after))
    return bool(coded or amount)


def _price_before_amount(previous: str, after: str) -> bool:
    """A "$" price before an amount ("$208.99 (2) 151187")."""
    return (previous.startswith("$") and bool(NUMBER.fullmatch(previous))
            and bool(NUMBER.fullmatch(after)) and not after.startswith("$"))


def title_word(word: str) -> bool:
    """A word of a title, its marks left out: two characters or more, ending with a
    letter ("Stock", not "A" or "$0")."""
    return len(word) > 1 and word[-1].isalpha()


def _title_word_before_amount(previous: str, after: str) -> bool:
    """Table II's title word before a mark, an amount after it ("Common Stock [2]" over
    "41322 $0.00 41322 D"): the underlying title before its amount (or a title before a
    conversion price printed without "$"), no column between the two, so the word's."""
    return (title_word(MARKS_RE.sub("", previous)) and bool(NUMBER.fullmatch(after))
            and not after.startswith("$"))


def _title_word_before_price(previous: str, after: str) -> bool:
    """Table II's title word before a mark, a "$" price after it ("Class B Common Stock
    [3] $0.00 12/21/2011": lynx's row on its line): the price is the conversion price
    (an underlying title is followed by its amount, never by "$"), no column between it
    and the title, so the mark is the title's."""
    return (title_word(MARKS_RE.sub("", previous)) and after.startswith("$")
            and bool(NUMBER.fullmatch(after)))


def _title_word_before_date(previous: str, after: str) -> bool:
    """A title's word before a mark, a transaction's date after it (Table I's title rule
    of ``_spaced_mark_of``)."""
    # its marks joined before this one left out
    return title_word(MARKS_RE.sub("", previous)) and bool(DATE.fullmatch(after))


def join_nature_marks(atoms: list[Atom]) -> list[Atom]:
    """The table's words with the marks ending a line after a nature's words, spaced
    apart ("I See Footnotes (2) (3)"), made one run ("(2)(3)"): the nature is the row's
    last column, so every mark after its words on that line is the nature's. A nature's
    words follow the ownership letter ("D"/"I") on their line, or wrap over lines after
    it (``_after_wrapped_nature``), their marks then also on a line of their own below.
    The first such mark goes onto the nature's last word ("LP (1)" is "LP(1)"): the next
    row, its title left out, may open with its date, which a mark apart would seem to
    mark."""
    out: list[Atom] = []
    for n, atom in enumerate(atoms):
        if out and MARKS_RE.fullmatch(atom.text) and not MARKS_RE.fullmatch(out[-1].text) \
                and out[-1].row == atom.row and _marks_end_line(atoms, n) \
                and _after_nature_words(out, atom.row):
            out[-1] = out[-1].with_text(out[-1].text + atom.text)
            continue
        if out and MARKS_RE.fullmatch(atom.text) and MARKS_RE.fullmatch(out[-1].text) \
                and _marks_end_line(atoms, n) \
                and (out[-1].row == atom.row and _after_nature_words(out, atom.row)
                     or (out[-1].row == atom.row or _marks_only_line(atoms, n))
                     and _after_wrapped_nature(out)):
            out[-1] = out[-1].with_text(out[-1].text + atom.text)
            continue
        out.append(atom)
    return out


def _marks_end_line(atoms: list[Atom], n: int) -> bool:
    """Whether only marks follow ``atoms[n]`` on its line."""
    for atom in atoms[n + 1:]:
        if atom.row != atoms[n].row:
            return True
        if not MARKS_RE.fullmatch(atom.text):
            return False
    return True


def _after_nature_words(out: list[Atom], row: int) -> bool:
    """Whether the words before the marks ending ``out`` on line ``row`` are a nature's:
    prose after an ownership letter "D"/"I" standing on the same line."""
    line = [a for a in out if a.row == row]
    end = len(line)
    while end and MARKS_RE.fullmatch(line[end - 1].text):
        end -= 1
    words = end
    while words and is_prose(line[words - 1]):
        words -= 1
    return words < end and words > 0 and line[words - 1].text in HOLDING_LETTERS


def _after_wrapped_nature(out: list[Atom]) -> bool:
    """Whether the marks ending ``out`` follow a nature's words wrapped over lines or
    holding a dash ("I", "Sequoia Capital Global Growth Fund III -", "Endurance Partners,
    L.P. (2) (3)"): words, none a value, after the "D"/"I" that follows the row's amount
    owned, no line of them opening the way a title does (the next row's)."""
    end = len(out)
    while end and MARKS_RE.fullmatch(out[end - 1].text):
        end -= 1
    start = end
    while start and _nature_word(out[start - 1].text):
        start -= 1
    words = out[start:end]
    return (bool(words) and start > 1 and out[start - 1].text in HOLDING_LETTERS
            and bool(NUMBER.fullmatch(out[start - 2].text))
            and not any(TITLE_OPENING.match(w.text) for k, w in enumerate(words)
                        if k == 0 or w.row != words[k - 1].row))


def _marks_only_line(atoms: list[Atom], n: int) -> bool:
    """Whether ``atoms[n]`` opens a line holding marks only ("[3]" under "LLC [2]")."""
    return (n > 0 and atoms[n - 1].row != atoms[n].row
            and is_marks([a for a in atoms[n:] if a.row == atoms[n].row]))


def _nature_word(text: str) -> bool:
    """Whether ``text`` may be a nature's word: no value, mark or column letter."""
    return not (NUMBER.fullmatch(text) or DATE.fullmatch(text) or MARKS_RE.fullmatch(text)
                or len(text) == 1 and text.isalpha())
