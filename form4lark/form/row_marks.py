"""Footnote marks standing on lines of their own in a table's words, put back on
the value they belong to where the table's columns leave one reading only.

Some texts print every piece of a cell on a line of its own (BeautifulSoup's
``get_text("\\n")``: "Common Stock", "(1)"); a PDF's words in reading order may
wrap a value's marks to the next line. A run of such lines ("(2)", "(3)") goes to
the value before it, or stands as cells of only marks, or stays as it is where
the text cannot tell (``form_rows.lark`` then reads them, or leaves the table out).
"""

from __future__ import annotations

from ..patterns import MARK_NUMBER_RE, MARKS_RE
from .atoms import Atom
from .row_kinds import DATE, NUMBER, TITLE_OPENING, is_prose


def _value_with_marks(text: str) -> bool:
    return bool((NUMBER.fullmatch(text) or DATE.fullmatch(text)) and text.endswith(")"))


def _is_letter(text: str) -> bool:
    return len(text) == 1 and text.isalpha()


def _marks_own_line(atoms: list[Atom], i: int) -> bool:
    """Whether ``atoms[i]`` is a line holding footnote marks only."""
    atom = atoms[i]
    return (atom.cell == 0 and atom.offset == 0 and bool(MARKS_RE.fullmatch(atom.text))
            and (i == 0 or atoms[i - 1].row != atom.row)
            and (i + 1 == len(atoms) or atoms[i + 1].row != atom.row))


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


def _is_ownership(out: list[Atom], after: Atom | None) -> bool:
    """Whether ``out[-1]``, a "D" after an amount, is the ownership's, its marks then
    followed by no value: "A"/"D" is followed by a price and an amount, and a direct
    holding has no nature."""
    return (out[-1].text == "D" and len(out) > 1 and bool(NUMBER.fullmatch(out[-2].text))
            and (after is None or is_prose(after)))


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
        return _is_code(out) or _is_ownership(out, after)
    if table == "table_i":
        return previous[-1] not in "()"  # a value, or a word of the title or the nature
    return previous[-1].isalpha() and (after is None or bool(NUMBER.fullmatch(after.text))
                                       or _is_nature(out))


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


def join_wrapped_marks(atoms: list[Atom], table: str = "table_ii") -> list[Atom]:
    """The table's words with each run of lines of marks only given to the value
    before it ("2,080(1)(2)" then "(3)" is "2,080(1)(2)(3)"), made one cell of only
    marks, or left as it is, as ``_belongs_before`` and ``_one_cell`` tell."""
    out: list[Atom] = []
    i = 0
    while i < len(atoms):
        end = _run_end(atoms, i)
        if end == i:
            out.append(atoms[i])
            i += 1
            continue
        run, after = atoms[i:end], atoms[end] if end < len(atoms) else None
        marks = "".join(a.text for a in run)
        if out and _belongs_before(out, after, table) and not _repeats(out[-1].text, marks):
            out[-1] = out[-1].with_text(out[-1].text + marks)
        elif _one_cell(out, run, after, table):
            out.append(run[0].with_text(marks))
        else:
            out.extend(run)
        i = end
    return out


def join_cell_marks(atoms: list[Atom]) -> list[Atom]:
    """A line of cells' words with each footnote mark given to the value before it in
    its cell ("785 (1)": "785(1)"): a cell's marks are printed on its value, and the
    form's columns read marks only glued to a value (a mark alone is a cell of its
    own: the price's). A mark after a letter ("A (1)") is left alone: it may be the
    price's, merged into the cell of "A"/"D"."""
    out: list[Atom] = []
    for atom in atoms:
        before = out[-1] if out else None
        if (before is not None and MARKS_RE.fullmatch(atom.text)
                and (before.row, before.cell) == (atom.row, atom.cell)
                and (NUMBER.fullmatch(before.text) or DATE.fullmatch(before.text))):
            out[-1] = before.with_text(before.text + atom.text)
        else:
            out.append(atom)
    return out
