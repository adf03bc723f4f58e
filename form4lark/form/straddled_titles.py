"""A joined Table II row's title centred on its row, its two middle lines interleaved.

pdfplumber's text mode groups a page's characters into lines by their height. Where
a centred title cell of an even count of lines stands on its row, its two middle
lines straddle the row's values: their letters come out interleaved a few a line
just above the row's values (which ``row_line_read._joined`` reads again as one row),
its lines further from the middle on lines of their own, as many above as below::

    Stock                                       the title's first line
    O / (ri / p / g / t / h / io / t / n / to   "Option" and "(right to", interleaved
    $9.97 11/20/2020 M 1,987 (1) 11/12/2025 Co  the row's values (over several lines,
    S / m / to / m / ck / on 1,987 $0 0 D        the underlying title's letters among them)
    buy)                                        the title's last line

The middle pair is read as two lines of words the page's notes and titles print or the
form's title words, where they cut into such words one way only (``_pair``); the lines around
it are the title's, as many below the row as above the pair: a centred cell has as many
lines on both sides of its middle. The pair is read only where its cell's lines start
at one left edge, so that the upper line's letters open the run: pdfplumber sorts the
two lines' letters left to right, and where a cell centres its lines (or sets them to
its right edge) the longer line opens the run, so that which line comes first is not
known (``_left_aligned``). Only this shape is read, and only where every line is
certainly the title's (``straddled_titles``): the row's other text cells have no lines
of their own (its underlying title is a whole title the page prints, read from the
row's lines; it is a direct holding, no nature), the lines above are the row's (under
the table's headers, or after the lines below of a row read so), and the lines below
it the title's count or more, up to the next row. A title of an odd count of lines
stands with one line more on one side of its pair (its pair need not be its middle):
rows read one after another are kept only together, where each reads the same title
and the last one's lines below are its title's alone (``_chain_kept``).
"""

from __future__ import annotations

from .atoms import Atom
from ..layouts.ocr_texts import TITLE_ENDS, TITLE_VOCABULARY
from .interleaved_words import cut_line
from .row_line_types import NATURE, TITLE, UNDER, Body, RowLine, garbled, is_direct, words_text
from .row_pairs import unmarked
from .row_stacks import whole_title

Lines = list[list[Atom]]

#: the words besides the page's that a title's interleaved lines may be split into: the
#: words the form's titles are made of, in one order (``cut_line`` caches by it)
_TITLE_WORDS = tuple(sorted(TITLE_VOCABULARY))


def straddled_titles(body: Body, titles: frozenset[str],
                     notes: tuple[str, ...]) -> dict[int, list[Atom]]:
    """The title of each joined row of ``body`` read as the module's docstring tells, by
    the row's index in ``body``: ``titles`` the page's titles read with certainty,
    ``notes`` its notes' words (``interleaved_words.note_words``). Rows read so one
    after another from the table's first are kept together (``_chain_kept``)."""
    out: dict[int, list[Atom]] = {}
    printed: tuple[str, ...] | None = None  # built for the first row of the shape read
    chain: list[tuple[int, list[Atom], bool]] = []  # the rows read so far, unbroken
    start, taken = 0, 0  # the lines below the row before that are its own
    for i, item in enumerate(body):
        if isinstance(item, list):
            continue
        run = [line for line in body[start:i] if isinstance(line, list)]
        own = run[taken:] if start == 0 or chain else None
        read = None
        if own is not None and _shaped(item, titles):
            printed = _vocabulary(notes, titles) if printed is None else printed
            read = _straddled(own, printed)
        below = _lines_below(body, i) if read is not None else []
        title, heads = _around(below, read) if read is not None else (None, 0)
        if title is None:
            out.update(_chain_kept(chain))
            chain = []
        else:
            chain.append((i, title, len(below) == heads))
        start, taken = i + 1, heads
    out.update(_chain_kept(chain))
    return out


def _around(below: Lines,
            read: tuple[Lines, list[Atom]]) -> tuple[list[Atom] | None, int]:
    """The title of a row whose lines above its pair and pair ``read`` gives, ``below``
    the lines below the row: as many of those as lines above (where as many stand before
    the next row or the table's end), where the title then ends as one does; and the
    count of those lines."""
    heads, pair = read
    tail = below[:len(heads)]
    title = [a for line in heads for a in line] + pair + [a for line in tail for a in line]
    if len(tail) < len(heads) or not all(_worded(line) for line in tail) \
            or not _closed(words_text(title)):
        return None, 0
    return title, len(heads)


def _chain_kept(chain: list[tuple[int, list[Atom], bool]]) -> dict[int, list[Atom]]:
    """The titles of a run of rows read one after another, the first under the table's
    headers, where the run is certain: its last row's lines below are its title's lines
    alone (none left for a row after it) and every row reads the same title. A title of
    an odd count of lines has one line more on one side of its pair than on the other:
    read as even, it takes a line of the next row's or leaves one of its own to it, and
    the rows after it read other titles, or the last row's lines do not end the run."""
    if not chain or not chain[-1][2] or len({words_text(title) for _, title, _ in chain}) != 1:
        return {}
    return {i: title for i, title, _ in chain}


def _shaped(row: object, titles: frozenset[str]) -> bool:
    """Whether ``row`` is one this module reads: a joined row of no title and no nature
    of its own, held directly, its underlying title a whole title of ``titles``."""
    return (isinstance(row, RowLine) and row.joined and not row.parts.get(TITLE)
            and not row.parts.get(NATURE) and is_direct(row) and UNDER in row.untangled
            and whole_title(unmarked(words_text(row.parts[UNDER])), titles))


def _straddled(own: Lines, printed: tuple[str, ...]) -> tuple[Lines, list[Atom]] | None:
    """The lines of a row's title above its middle pair and the pair's words read,
    where ``own`` (the lines above the row) is lines of words, then the pair's letters
    in one way only; None otherwise."""
    heads = next((at for at, line in enumerate(own) if _fragment(line)), None)
    if heads is None or len(own) - heads < FRAGMENTS \
            or not all(_worded(line) for line in own[:heads]):
        return None
    letters = [a for line in own[heads:] for a in line]
    pair = _pair(own[heads:], printed) if garbled(letters) else None
    if pair is None:
        return None
    return own[:heads], [letters[0].with_text(word) for word in pair]


def _fragment(line: list[Atom]) -> bool:
    """A line that can only be a fragment of an interleaved pair: one word of at most
    ``FRAGMENT_LETTERS`` characters ("O", "(r", "Co"). The pair opens at the first such
    line (a title's line above it holds a word of its own: "Stock", "Non-")."""
    return len(line) == 1 and len(line[0].text) <= FRAGMENT_LETTERS


#: the most characters of a line ``_fragment`` takes for an interleaved pair's opening
FRAGMENT_LETTERS = 2
#: the fewest fragment lines of an interleaved pair
FRAGMENTS = 4


def _pair(fragments: Lines, printed: tuple[str, ...]) -> list[str] | None:
    """The words of the two lines whose letters ``fragments`` interleave, the upper
    line's first. Each fragment is a run of one line's letters (the letters of a line
    between two of the other's share their height: one fragment), so the fragments
    alternate between the two lines; a space within a fragment is a space between
    words. The letters run left to right: the upper line opens the run only where both
    lines start at the cell's left edge, and then the longer line closes it. So the
    run is read only where its ends are two lines' (an even count of fragments) and its
    opening line is the shorter (``_left_aligned``); a centred cell's longer line opens
    and closes the run, a right-aligned cell's opens it. Each line's letters must cut
    into words of ``printed`` one way only (``interleaved_words.cut_line``), a bracket
    opening or closing a word kept on it ("(right", "buy)"); None otherwise."""
    if not _left_aligned(fragments):
        return None
    words: list[str] = []
    for side in (fragments[0::2], fragments[1::2]):
        text = "".join(" ".join(a.text for a in line) for line in side)
        for piece in text.split():
            opens, closes = piece.startswith("("), piece.endswith(")")
            cut = cut_line(piece[opens:len(piece) - closes], printed)
            if not cut:
                return None
            words += ("(" * opens + " ".join(cut) + ")" * closes).split()
    return words


def _left_aligned(fragments: Lines) -> bool:
    """Whether the interleaved ``fragments`` are two lines' starting at one left edge,
    the upper opening the run: an even count of fragments, the opening line's letters
    fewer than the closing line's (the longer line of a left-aligned cell closes it)."""
    def letters(side: Lines) -> int:
        return sum(len(a.text) for line in side for a in line)
    return len(fragments) % 2 == 0 and letters(fragments[0::2]) < letters(fragments[1::2])


def _closed(title: str) -> bool:
    """Whether ``title`` ends as a title does ("Stock", "buy)", ``ocr_texts.TITLE_ENDS``)
    and closes every bracket it opens: else its lines may go on beyond those read."""
    bare = unmarked(title)
    return TITLE_ENDS.search(bare) is not None and bare.count("(") == bare.count(")")


def _lines_below(body: Body, i: int) -> Lines:
    """The text lines after the row at ``i``, up to the next line that is none (a row)
    or the table's end."""
    out: Lines = []
    for item in body[i + 1:]:
        if not isinstance(item, list):
            break
        out.append(item)
    return out


def _worded(line: list[Atom]) -> bool:
    """A line of a title's words: each holds a letter (a line of marks alone may be a
    value's, wrapped under it), none of them garbled."""
    return bool(line) and all(any(c.isalpha() for c in a.text) for a in line) \
        and not garbled(line)


def _vocabulary(notes: tuple[str, ...], titles: frozenset[str]) -> tuple[str, ...]:
    """The words a title's interleaved pair is cut into, as ``interleaved_words`` reads
    them (without the punctuation around them, a first letter in either case): the
    form's title words (``layouts.ocr_texts``), the page's notes' and titles'. Not the
    page's other words: its lines of fragments (a garbled cell's, one a line) are
    words of no line."""
    return notes + tuple(w for title in sorted(titles) for w in title.split()) + _TITLE_WORDS
