"""Table rows read as typed sequences, for texts that lost the table's cells.

A stream of words keeps each row's values in the form's column order
(``grammars/form_rows.lark`` reads them) with the title's words before them and
the nature's words after. The words between two rows belong to the nature of
the one or the title of the next: words on a row's own lines are its own; whole
lines between two rows go to the next title after a direct holding (a nature is
for indirect ones) and to the nature after an indirect one when the next title
stands on its own values' line; otherwise they are left unread. An underlying
security's title that stops open ("Common", "Class B": its cell wrapped) takes
the paragraph printed right after the row where that closes it ("Stock",
"Common Stock(2)"); otherwise it is left unknown.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from lark import Token, Tree
from lark.exceptions import LarkError

from ..errors import SectionError
from ..grammar import load
from ..patterns import FOOTNOTE_MARK, MARKS_AT_END_RE, MARKS_RE
from ..placeholders import AS_WORD
from ..sections import Cell, Row
from .atoms import Atom
from .header import joined
from .mark_lines import mark_lines_joined
from .row_kinds import DATE as _DATE, NUMBER as _NUMBER
from .row_kinds import TITLE_OPENING as _TITLE_OPENING
from .row_kinds import is_prose as _is_prose, looks_like_value as _looks_like_value
from .ownership_marks import direct_marks_glued, ownership_marks_joined, read_as_ownership
from .price_cell_marks import price_marks_joined
from .row_marks import join_nature_marks, join_spaced_marks, join_wrapped_marks
from .table_ii_marks import date_marks_apart, price_marks_apart

START = {"table_i": "body_i", "table_ii": "body_ii"}
TITLES = {"table_i": "Table I", "table_ii": "Table II"}
_TRANSACTIONS = ("transaction_i", "transaction_ii")
# where a title opens with its class or series ("Class A", "Series C-1")
CLASS_OR_SERIES = r"(Class|Series)\s+[A-Z0-9]"
# a title that cannot end there: its cell's last line was printed elsewhere
OPEN_TITLE = re.compile(rf"(.*\s)?(Common|{CLASS_OR_SERIES})", re.S)
# the words that close such a title ("Stock", "Common Stock")
_CLOSING_WORDS = r"(Common\s+)?(Stock|Shares)"
# the words that close such a title, with any footnote mark printed on them
TITLE_CLOSING = re.compile(_CLOSING_WORDS + r"(\([0-9]{1,2}\))*")
#: a footnote mark glued to a word's end, bare or in brackets ("Stock1", "Units(2)")
GLUED_MARK = rf"(?:[0-9]{{1,2}}|{FOOTNOTE_MARK})"
#: a title's last word alone, with any mark ("Stock", "Units(2)", "Stock1"): a title cut
#: inside "Common Stock", not one whole
STOCK_ALONE = re.compile(rf"(Stock|Shares|Units){GLUED_MARK}*")
#: the words that close a title stopping open (``TITLE_CLOSING``) with any mark, glued on
#: bare as well ("Stock2": a superscript printed as a plain figure); never "Units"
TITLE_CLOSING_MARKED = re.compile(rf"{_CLOSING_WORDS}{GLUED_MARK}*")


_DIGIT = re.compile("[0-9]")


def _is_letter_then_prose(atoms: list[Atom], i: int) -> bool:
    return (i + 1 < len(atoms) and len(atoms[i].text) == 1 and atoms[i].text.isalpha()
            and _is_prose(atoms[i + 1]))


def among_words(atoms: list[Atom], i: int) -> bool:
    """True where a value-like word is part of a title or nature: a number or a mark
    between a word and a word of prose ("2010 Seed", "Footnotes(2) (3) Class"), a
    number glued to punctuation ("4/15/2014,"), a date before a letter and prose
    ("4/15/2014 A Revocable Trust")."""
    text = atoms[i].text
    if text[:1] in "0123456789$" and not _looks_like_value(text):
        return True
    if _DIGIT.search(text) is None:  # a date, a number and a mark each hold a digit
        return False
    if _DATE.fullmatch(text) and _is_letter_then_prose(atoms, i + 1):
        return True  # a row's date is followed by its code and a number, never by prose
    if not (_NUMBER.fullmatch(text) and not _DATE.fullmatch(text) or MARKS_RE.fullmatch(text)):
        return False
    before = atoms[i - 1] if i > 0 else None
    after = atoms[i + 1] if i + 1 < len(atoms) else None
    word_before = before is not None and not _looks_like_value(before.text)
    if MARKS_RE.fullmatch(text):
        return word_before and (after is None or _is_prose(after))
    return word_before and _is_prose(after)


class WordSource:
    """The table's words joined into one text, and the way back from an offset to its atom."""

    def __init__(self, atoms: list[Atom]):
        self.atoms = atoms
        self.starts: list[int] = []
        texts = [AS_WORD + a.text if self.as_word(atoms, i) else a.text
                 for i, a in enumerate(atoms)]
        position = 0
        for text in texts:
            self.starts.append(position)
            position += len(text) + 1
        self.text = " ".join(texts)

    @staticmethod
    def as_word(atoms: list[Atom], i: int) -> bool:
        """True where the grammar is to read a value-like word as a word (``AS_WORD``)."""
        return among_words(atoms, i)

    def _index(self, token: Token) -> int:
        return bisect_right(self.starts, token.start_pos or 0) - 1

    def atom(self, token: Token) -> Atom:
        return self.atoms[self._index(token)]

    def cell(self, tokens: list[Token]) -> Cell:
        at = self._index(tokens[0])
        first = self.atoms[at]
        offset = (tokens[0].start_pos or 0) - self.starts[at]
        words = [self.atom(t).with_text(str(t).replace(AS_WORD, "")) for t in tokens]
        return Cell(joined(words), first.line, first.column + max(offset - 1, 0))


def tokens_of(tree: Tree) -> list[Token]:
    return [t for t in tree.scan_values(lambda v: isinstance(v, Token))]


def value_cells(tree: Tree) -> list[tuple[tuple[str, ...], list[Token]]]:
    """The cells of one row's values: the tokens of each, and the columns it may be in
    (one, or two where only the cells' places can tell: a lone date of column 6)."""
    cells: list[tuple[tuple[str, ...], list[Token]]] = []
    transaction = tree.data in _TRANSACTIONS
    for child in tree.children:
        if not isinstance(child, Tree):
            continue
        tokens = tokens_of(child)
        keys: tuple[str, ...]
        if child.data == "marked_date":
            keys = (("conversion_or_exercise_price", "transaction_date") if transaction
                    else ("exercise_date", "expiration_date"))
        elif child.data == "two_dates":
            keys = (("transaction_date", "deemed_execution_date") if transaction
                    else ("exercise_date", "expiration_date"))
        elif child.data == "mark_pair":
            keys = ("exercise_date", "expiration_date")
        elif child.data == "mark_triple":
            keys = ("conversion_or_exercise_price", "exercise_date", "expiration_date")
        elif child.data == "lone_date":  # exercisable or expiring: unknown
            cells.append((("exercise_date", "expiration_date"), tokens))
            continue
        elif child.data in ("held_exercise_date", "held_expiration_date"):
            keys = (str(child.data).replace("held_", ""),)
        else:
            cells.append(((str(child.data),), tokens))
            continue
        cells += [((key,), [token]) for key, token in zip(keys, tokens)]
    return cells


def row_values(tree: Tree, source: WordSource) -> Row:
    """The cells of one row's values, keyed by column. Table II's column 5 is
    "shares": a stream does not show which of (A) and (D) holds the number."""
    row: Row = {key: source.cell(tokens) for (key, *other), tokens in value_cells(tree)
                if not other}
    if tree.data in _TRANSACTIONS:  # an unmarked "V" column: printed empty, so no equity swap
        row.setdefault("equity_swap_involved", Cell(""))
    return row


def _split_between(words: list[Token], source: WordSource, before: Row | None,
                   before_rows: set[int], after_row: int | None,
                   wrapped_above: bool = False, untitled: bool = False
                   ) -> tuple[list[Token], list[Token], bool]:
    """Words between two rows -> (nature of the row before, title of the row after,
    whether the split is certain). ``wrapped_above``: a row's title above was read with
    lines above its values line (its last line on it), so a next title on its values
    line does not tell the lines between to be the nature. ``untitled``: the row before
    was printed with no word of a title before it (``read_rows``)."""
    nature, title, loose = [], [], []
    for token in words:
        row = source.atom(token).row
        if before is not None and row in before_rows:
            nature.append(token)
        elif row == after_row:
            title.append(token)
        else:
            loose.append(token)
    if not loose:
        return nature, title, True
    if before is None:
        return nature, loose + title, True
    indirect = before.get("direct_or_indirect")
    direct = indirect is not None and indirect.text.strip("()").startswith("D")
    if after_row is None:  # a nature is for indirect ownership: after a direct row, lines
        return (nature, title, True) if direct else (nature + loose, title, True)  # are no nature
    if untitled and not _one_title_twice(loose + title):  # a row printed with no title
        return nature, title, False  # before its values: the lines after it may hold it (a
        # reading in order prints a cell set lower last) and the next title's too; which are
        # whose is not told, but for one title printed twice (one each: ``run_titles``)
    if direct:
        return nature, loose + title, True
    opening = _title_opening(loose, source)
    if wrapped_above and nature and MARKS_AT_END_RE.search(str(nature[-1])) \
            and opening == 0:  # a cell's marks end it, titles wrap above their values
        # lines, and the lines after the nature open the way titles do: the next title's
        return nature, loose + title, True
    opened = _open_line_above(loose, title, source)
    if opened is not None and STOCK_ALONE.fullmatch(source.cell(title).text):
        # "Class A Common" over "Stock 05/24/2011 C ...": the title's
        return nature + loose[:opened], loose[opened:] + title, True
    if opened is not None:  # "Series A" over "Common Stock 12/21/2021 S ...": a nature's
        return nature, title, False  # last line ("By Acme LLC - Series A") or the title's
        # first line: a whole title on the values line does not tell which
    if title and (not wrapped_above or _apart_above(loose, title, source)):  # the next
        # title is on its values' line (no line of words right above it where titles
        # wrap above their values lines): the lines between are this nature
        return nature + loose, title, True
    if title and wrapped_above and not _stops_open_above(loose[opening or 0:], source):
        return nature, title, False  # titles wrap above their values lines, but the line
        # above this one's does not stop open ("Stock Purchase Plan" over "Common Stock
        # 42102 I"): a nature's wrapped line or a title's is not told
    if opening is not None:  # the next title's first line opens the way titles do
        return nature + loose[:opening], loose[opening:] + title, True
    return nature, title, False


def _one_title_twice(words: list[Token]) -> bool:
    """Whether ``words`` are one title's words printed twice ("Common Stock Common Stock")."""
    half, odd = divmod(len(words), 2)
    return bool(half) and not odd and [str(w) for w in words[:half]] == [str(w) for w in words[half:]]


def _open_line_above(loose: list[Token], title: list[Token], source: WordSource) -> int | None:
    """Where the last line of ``loose`` opens, where that line may be a title's first
    line: it opens the way a title does and stops open ("Class A Common", "Series A"),
    right above the title's words on the values line, which close it ("Stock", "Common
    Stock": only the first tells the line to be the title's, ``_split_between``)."""
    if not loose or not title:
        return None
    last = source.atom(loose[-1]).row
    start = len(loose)
    while start and source.atom(loose[start - 1]).row == last:
        start -= 1
    line = source.cell(loose[start:]).text
    closing = source.cell(title).text
    if source.atom(title[0]).line - source.atom(loose[-1]).line != 1 \
            or not _TITLE_OPENING.match(line) or not OPEN_TITLE.fullmatch(line) \
            or not TITLE_CLOSING.fullmatch(closing):
        return None
    return start


def _apart_above(loose: list[Token], title: list[Token], source: WordSource) -> bool:
    """True where a blank line (or more) stands between the loose words and the title on
    its values line: the title did not wrap above it."""
    return source.atom(title[0]).line - source.atom(loose[-1]).line > 1


def _stops_open_above(words: list[Token], source: WordSource) -> bool:
    """True where words (a title's lines above its values line) stop open the way a
    wrapped title does ("Class A Common" over "Stock ...")."""
    cell = source.cell(words) if words else None
    return cell is not None and bool(OPEN_TITLE.fullmatch(cell.text))


def _wraps_above(title: list[Token], source: WordSource, values_row: int | None) -> bool:
    """True where a title's words stand on its values line and on lines above it
    ("Class A Common" over "Stock 02/17/2021 C ...": its last line on the values line),
    no line of them only a value's (a price "$295.028" centred above its row is no
    title's line)."""
    lines: dict[int, list[str]] = {}
    for token in title:
        lines.setdefault(source.atom(token).row, []).append(str(token))
    return values_row in lines and len(lines) > 1 and not any(
        all("$" in word or _NUMBER.fullmatch(word) or _DATE.fullmatch(word) for word in words)
        for words in lines.values())


def _title_printed_last(rows: list[Row], words: list[Token], source: WordSource
                         ) -> list[Token]:
    """The words after the last row without the paragraphs, printed after its nature,
    that open the way a title does, where that row has no title (a reading in order may
    print the title's box last: "15,805 I", "By Living Trust", "Common Stock"): such a
    paragraph, the last, is never its nature. It is its title where it is the one row
    without one."""
    last = rows[-1]
    if "security_title" in last or not words:
        return words
    cut = next((n for n in range(1, len(words))
                if source.atom(words[n]).line - source.atom(words[n - 1]).line > 1
                and _TITLE_OPENING.match(str(words[n]))), None)
    if cut is None or _TITLE_OPENING.match(str(words[0])) \
            or not _one_paragraph(words[cut:], source):
        return words
    if sum("security_title" not in r for r in rows) == 1:
        last["security_title"] = source.cell(words[cut:])
    return words[:cut]


def _paragraph_after(words: list[Token], source: WordSource, row_lines: set[int]) -> int:
    """How many of ``words`` make the paragraph that opens right after a row: lines of
    their own, each right below the one before, a blank line or nothing after them."""
    if not words or source.atom(words[0]).line in row_lines:
        return 0
    end = 1
    while end < len(words) and source.atom(words[end]).line - source.atom(words[end - 1]).line <= 1:
        end += 1
    return end


def close_underlying_title(row: Row, words: list[Token], source: WordSource,
                           row_lines: set[int]) -> list[Token]:
    """The row's underlying title closed by the paragraph after it where it stopped open
    (left unknown where no such paragraph closes it); the words after that paragraph."""
    cell = row.get("underlying_security_title")
    if cell is None or not OPEN_TITLE.fullmatch(cell.text):
        return words
    end = _paragraph_after(words, source, row_lines)
    closing = source.cell(words[:end]) if end else None
    if closing is None or not TITLE_CLOSING.fullmatch(closing.text):
        del row["underlying_security_title"]
        return words
    row["underlying_security_title"] = Cell(f"{cell.text} {closing.text}", cell.line, cell.column)
    return words[end:]


def _title_opening(words: list[Token], source: WordSource) -> int | None:
    """Index of the first word that opens a line the way a security's title does."""
    for i, token in enumerate(words):
        new_line = i == 0 or source.atom(words[i - 1]).row != source.atom(token).row
        if new_line and _TITLE_OPENING.match(str(token)):
            return i
    return None


def error_index(exc: LarkError, source: WordSource) -> int:
    """Index of the word where the table's rows stopped reading (0 if unknown)."""
    position = getattr(exc, "pos_in_stream", None)
    if position is None:
        token = getattr(exc, "token", None)
        position = getattr(token, "start_pos", None)
    if position is None:
        return 0
    return max(bisect_right(source.starts, position) - 1, 0)


def parse_body(source: WordSource, table: str) -> Tree:
    """The grammar's reading of a table's words (raises LarkError)."""
    return load("form_rows", tuple(START.values()), positions=False).parse(
        source.text, start=START[table])  # tokens keep their places; nodes need no spans


def unread_error(exc: LarkError, source: WordSource, table: str, layout: str) -> SectionError:
    at = source.atoms[error_index(exc, source)]
    return SectionError(f"{TITLES[table]} could not be read and is left out (its row at "
                        f"{at.text!r} does not read as the form's columns)", line=at.line,
                        column=at.column, layout=layout)


def marks_joined(atoms: list[Atom], table: str, cells: bool = False) -> list[Atom]:
    """A body's words with the footnote marks printed apart from their values joined onto
    them where whose they are is certain (as ``sequence_rows`` reads them)."""
    if not cells:  # "[3] [4]": a cell of marks on its line, in a body of a cell a line
        atoms = mark_lines_joined(atoms)
    if table == "table_ii" and not cells:  # marks apart placed by their lines and cells
        atoms = date_marks_apart(price_marks_apart(atoms))
    if not cells:  # "5160301 D [2]": a direct holding's mark ending its line
        atoms = ownership_marks_joined(atoms)
    if table == "table_i" and not cells:  # "A [7] [8] 115335": a price of only marks
        atoms = price_marks_joined(atoms)
    return join_wrapped_marks(join_spaced_marks(join_nature_marks(atoms), table, cells), table)


def sequence_rows(atoms: list[Atom], table: str, layout: str, cells: bool = False) -> list[Row]:
    """The rows of a table body given as words in reading order (``cells``: one row's
    words out of a table of cells, whose cells hold their own marks)."""
    if not atoms:
        return []
    source = WordSource(marks_joined(atoms, table, cells))
    try:
        tree = parse_body(source, table)
    except LarkError as exc:
        read = _direct_marks_read(source.atoms, table)
        if read is None:
            raise unread_error(exc, source, table, layout) from None
        rows = read
    else:
        rows = read_rows(tree, source)
    dated = next((row[key] for row in rows for key in _TITLE_KEYS
                  if key in row and _DATE.match(row[key].text)), None)
    if dated is not None:
        raise SectionError(f"{TITLES[table]} could not be read and is left out (a title "
                           f"opens with a date, a date column's: {dated.text!r})",
                           line=dated.line, column=dated.column, layout=layout)
    enclosed = _enclosed_direction(rows, table)
    if enclosed is not None:
        raise SectionError(f"{TITLES[table]} could not be read and is left out (a direction "
                           f"in parentheses, {enclosed.text!r}, may be column 5's "
                           f"sub-header \"(A) or (D)\" printed apart)",
                           line=enclosed.line, column=enclosed.column, layout=layout)
    return rows


def _direct_marks_read(atoms: list[Atom], table: str) -> list[Row] | None:
    """The rows of words the grammar did not read, read again with the marks ending a
    line after a "D" glued onto it (``ownership_marks.direct_marks_glued``); None where
    they still do not read, or a glued "D" is not read as its row's ownership."""
    words, glued = direct_marks_glued(atoms)
    if not glued:
        return None
    source = WordSource(words)
    try:
        tree = parse_body(source, table)
    except LarkError:
        return None
    rows = read_rows(tree, source)
    return rows if read_as_ownership(rows, glued) else None


def _enclosed_direction(rows: list[Row], table: str) -> Cell | None:
    """Table II's first direction printed in parentheses ("M 17,500 (D) 08/14/2009"): the
    column printed after the amount only by a site's own page, a bare letter there ("D",
    "A(1)"); a "(D)" may be a stray sub-header of column 5, so no row is told."""
    if table != "table_ii":
        return None
    return next((row["acquired_disposed"] for row in rows if "acquired_disposed" in row
                 and row["acquired_disposed"].text.startswith("(")), None)


#: the columns of a row's titles: words, never opening with a date
_TITLE_KEYS = ("security_title", "underlying_security_title")


def _one_paragraph(words: list[Token], source: WordSource) -> bool:
    lines = [source.atom(t).line for t in words]
    return all(b - a <= 1 for a, b in zip(lines, lines[1:]))


def read_rows(tree: Tree, source: WordSource, partial: bool = False) -> list[Row]:
    """The rows of a parsed body. ``partial``: the body is what reads of a table whose
    rows did not all read (``row_resync.py``): words printed away from their row may
    stand anywhere, so which row's nature a run of words is cannot be told (natures are
    left unknown), and a title is kept only where it is one paragraph that does not stop
    open ("Class B Common")."""
    rows: list[Row] = []
    pending: list[Token] = []
    groups: list[tuple[list[Token], Tree | None]] = []
    for child in tree.children:
        if isinstance(child, Tree):
            groups.append((pending, child))
            pending = []
        else:
            pending.append(child)
    groups.append((pending, None))
    previous: Row | None = None
    previous_rows: set[int] = set()
    previous_lines: set[int] = set()
    wrapped_above = below = untitled = twice = False
    for words, values in groups:
        after_row = None
        if values is not None:
            tokens = tokens_of(values)
            after_row = source.atom(tokens[0]).row
        if previous is not None:
            words = close_underlying_title(previous, words, source, previous_lines)
        if previous is not None and values is None and not partial:
            words = _title_printed_last(rows, words, source)
        nature, title, certain = _split_between(words, source, previous, previous_rows, after_row,
                                                wrapped_above, untitled)
        # a row with no title before its values (but for one whose title that rule left
        # unknown: the lines after it are then told by its neighbours'; and one after a
        # title printed twice, whose second is its own: ``run_titles``)
        untitled = not title and values is not None and (certain or not untitled) \
            and not partial and not twice  # a partial body's titles: one paragraph only
        twice = _one_title_twice(title)
        wrapped_above = wrapped_above or certain and _wraps_above(title, source, after_row)
        if partial:
            nature = []
            title = title if _one_paragraph(title, source) else []
            if title and OPEN_TITLE.fullmatch(source.cell(title).text):
                title = []
        if previous is not None and nature and certain:
            previous["nature_of_ownership"] = source.cell(nature)
        if previous is not None and not certain:
            previous["nature_of_ownership"] = Cell("")
        if values is None:
            below = all("security_title" in r for r in rows) \
                and _below_direct(previous, words, source, previous_rows)
            break
        row = row_values(values, source)
        if title and certain:
            row["security_title"] = source.cell(title)
        rows.append(row)
        previous = row
        previous_rows = {source.atom(t).row for t in tokens_of(values)}
        previous_lines = {source.atom(t).line for t in tokens_of(values)}
    if _stops_open(rows) or below:
        _words_untold(rows)
    return [{k: v for k, v in r.items() if v or k == "equity_swap_involved"} for r in rows]


def _below_direct(last: Row | None, words: list[Token], source: WordSource,
                  last_rows: set[int]) -> bool:
    """True where words stand on lines of their own after the last row, whose ownership
    is direct (so no nature of its): its cells wrapped below its values line (centred
    on it: "(RSU) Stock" under "Units [2] 05/15/2021 M ..."), so the words between two
    rows are not told to the one or the other by their order. (Asked only where every
    row has its title: else the words may be a title printed last, "Common Stock":
    ``row_rotated``.)"""
    indirect = last.get("direct_or_indirect") if last is not None else None
    return indirect is not None and indirect.text.strip("()").startswith("D") \
        and any(source.atom(t).row not in last_rows for t in words)


def _stops_open(rows: list[Row]) -> bool:
    """True where the first row's title (all the words before its values), starting
    above its values line, was read stopping open ("Class A Common"): its cell wrapped
    below its values line too (centred on it: "Stock" under the values), so the words
    between two rows are not told to the one or the other by their order. (A later
    row's title cut open is one a page's end cut: ``title_tails``.)"""
    first = rows[0] if rows else {}
    title, owned = first.get("security_title"), first.get("direct_or_indirect")
    return title is not None and owned is not None and title.line < owned.line \
        and bool(OPEN_TITLE.fullmatch(title.text))


def _words_untold(rows: list[Row]) -> None:
    """Each row's title and nature left unknown (``_stops_open``)."""
    for row in rows:
        row.pop("security_title", None)
        row["nature_of_ownership"] = Cell("")
