"""Footnote marks printed in square brackets, read as the form's "(1)".

The form prints a footnote mark as a raised number, which EDGAR's page and most
converters give as "(1)" (``grammars/common.lark``, FOOTNOTE_MARK). A web page of the
filing may print it as a link in brackets instead: "$201.69 [1]", "[F1]" (EDGAR's own
footnote ids), which markdown converters keep as a link ("[[1]](#fn1)",
"[\\[1\\]](#fn1)", pandoc's with its class: "{.fn}" after it), a column-aligned text
may wrap it to a line of its own, and the note it points at is printed as "[1] This
transaction ...". Those are written as "(1)" here, so that every reader takes them as
marks.

Only a bracketed number standing alone is a mark: one glued to a word after it
("[1]WILLIAMS": a terminal browser's link number), a bracketed value with attributes
("[0]{.FormData}": pandoc's span) or a link to elsewhere ("[1](https://...)") is left
as written. Two bracketed numbers in a row ("[3][1]") may be a browser's link number
before the mark, or two marks: they are read as the mark alone only where that is certain
(``_without_link_numbers``). A mark a column-aligned text glued onto the next cell's
figure or flag ("$66.903 [1]37565", "10000 [1]A", "69064 [2][3][4]D": the space after it
lost) is set apart from it where certain (``_glued_marks_apart``), and one opening a
cell glued onto the word after it ("[2]Stock"), or after a flag closing its cell ("A[2]
   "), left out there (whose cell it is, the one it touches or an empty one beside it,
is unknown); otherwise a text holding such a run, or any bracketed number
that is no mark, is left as written whole: read as before, never with a mark of another
note, nor with some marks read and the rest left inside the words they stand on.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .page import Page

# "[1]", "[F12]", "\[1\]" (escaped by a markdown writer), "[[1]](#fn1)", "[\[1\]](#fn1)",
# "[\[1\]](#fn1){.fn}" (pandoc's link with its class: a link to a note is its mark)
_BRACKETED = (r"(?:\[\\?\[F?(?P<linked>\d{1,2})\\?\]\]\(#[^()\s]*\)(?:\{\.[\w-]+\})?"
              r"|\\?\[F?(?P<bare>\d{1,2})\\?\])")
# after a value (at most one space between): not after a bracket, nor before a word,
# a bracket, a pandoc attribute, a link or a link's reference ("[2]: http://...")
_AFTER_VALUE = re.compile(rf"(?<=[^\s\[\]\\])(?P<space> ?){_BRACKETED}(?![\w\[{{(:])")
# opening a note's line: "[1] This transaction ...", "- [1] ..."
_NOTE_LABEL = re.compile(rf"(?m)^(?P<space>[ \t]*(?:[-*] )?){_BRACKETED}(?=[ \t]+\S)")
# standing alone in a cell ("|  [2] |": a date element holding only a mark), or with other
# marks alone ("|  [7] [8]|": a price of no value and two notes), or on a line of a
# column-aligned text (a wrapped cell's mark: "    [1]    "; "[7] [8]  115335": two marks
# alone in a cell, the next cell two spaces on, or one where a browser packs its columns,
# the next cell a value: "A     [7] [8] 115335" in w3m's Table I, a price of only marks)
_ALONE = re.compile(r"(?m)(?<![^\s|])(?P<space>)\\?\[F?(?P<linked>)(?P<bare>\d{1,2})\\?\]"
                    r"(?=(?: \\?\[F?\d{1,2}\\?\])*(?:[ \t]*(?:$|\|)|[ \t]{2}| [$0-9]))")
# "[2][3]", "\[2\]\[3\]": a run that may be a link number and a mark
_RUN = re.compile(r"\\?\]\\?\[F?\d{1,2}\\?\]")
# "[13][1]": a terminal browser's link number (lynx, elinks) before the link's text
_LINKED = re.compile(r"\[(?P<link>\d{1,3})\]\[(?P<mark>\d{1,2})\]")
# a note's label opening its line, "[1] This transaction ...", not a link's text
_NOTE_DEFINED = re.compile(r"(?m)^[ \t]*\[(?P<mark>\d{1,2})\][ \t]+\S")
# the browser's list of the page's links at its end: "  12. file:///.../page.html#fn8"
_REFERENCE = re.compile(r"(?m)^[ \t]*(?P<link>\d{1,3})\.[ \t]+\S*#(?P<anchor>\S+)[ \t]*$")
# "[2][3]", "[2][3][4]": a whole run of bracketed numbers, none glued to a word after it
_WHOLE_RUN = re.compile(r"(?<![\w\]\\])\[\d{1,2}\](?:\[\d{1,2}\])+(?![\w\[(\\])")
# a bracketed number glued to a word after it ("[12]Home": a link number) or inside a run
_GLUED_BEFORE = re.compile(r"\[\d{1,3}\][A-Za-z\[(]")
# one mark standing alone after a value or a word ("627104 [2] D", "Footnote [3]"), not
# after another bracketed number nor glued to a word after it: no link number goes with it
_LONE_MARK = re.compile(r"(?<=[^\s\[\]\\]) \[\d{1,2}\](?![\w\[(\\])")
# on a column-aligned line, where a cell opens: the line's start, or two spaces before it
_CELL_OPENS = r"(?m)(?:^|(?<=[ \t][ \t]))"
# a run of bracketed marks ("[2]", "[2][3][4]") in group "marks"
_MARKS_RUN = r"(?P<marks>(?:\[\d{1,2}\])+)"
# on a column-aligned line, a value's marks glued onto the next cell's figure or flag
# ("  $66.903 [1]37565      D", "  2954 [5]D   ", "  69064 [2][3][4]D"): the value opens
# its cell (two spaces before it, or the line's start) and the next cell closes where
# its gap begins (two spaces after it, or the line's end); a stream of cells run
# together ("Stock3844639 [2]D") is no such line
_GLUED_ONTO = re.compile(_CELL_OPENS + r"(?P<value>[^\s\[\]]*[0-9A-Z)]) ?"
                         + _MARKS_RUN + r"(?P<cell>[0-9$][^\s\[\]]*|[ADI])"
                         r"(?P<gap>[ \t]{2,}|[ \t]*$)")
# on a column-aligned line, marks opening a cell glued onto a word after them ("A[2]
# [2]Stock": an empty expiration date's mark run into the underlying title's second line)
_GLUED_BEFORE_WORD = re.compile(_CELL_OPENS + _MARKS_RUN + r"(?=[A-Za-z][a-z])")
# a flag's cell ("A", "D") with marks glued after it, a gap after them ("A[2]      "): the
# flag's marks, or an empty cell's after it run into the flag, cannot be told (a recall
# cost: a real mark on a flag closing its line, "D[4]", is blanked too)
_GLUED_AFTER_FLAG = re.compile(_CELL_OPENS + r"(?P<flag>[AD])" + _MARKS_RUN
                               + r"(?=[ \t]{2,}|[ \t]*$)")
#: quick test: no text without a bracketed number needs a second look
_ANY = re.compile(r"\[\\?\[?F?\d{1,2}\\?\]")


def _as_mark(match: re.Match[str]) -> str:
    number = match.group("linked") or match.group("bare")
    return f"{match.group('space')}({int(number)})"


def marks_of_brackets(text: str) -> str:
    """``text`` with its footnote marks and note labels printed in square brackets
    written as "(1)"; unchanged where it has none, or a run of them (``_RUN``)."""
    if not _ANY.search(text):
        return text
    text = _glued_marks_apart(_without_link_numbers(text))
    return _marks_read(_runs_written(text) if _runs_are_marks(text) else text)


def _runs_are_marks(text: str) -> bool:
    """Whether each run of bracketed numbers ("[2][3]") in ``text`` is marks printed
    together with no space: the text numbers no links (no number glued to a word, no list
    of links, a mark standing alone after a value or a word: a terminal browser numbers
    every link, so no mark stands alone), and each run's numbers are notes the text
    defines ("[2] ..." opening a line), rising."""
    runs = [[int(n) for n in re.findall(r"\d+", run.group(0))] for run in _WHOLE_RUN.finditer(text)]
    if not runs or _REFERENCE.search(text) or not _LONE_MARK.search(text):
        return False
    if _GLUED_BEFORE.search(_WHOLE_RUN.sub(" ", text)):
        return False  # a number glued to a word, or a run glued to one: a link number
    defined = _defined(text)
    return all(set(run) <= defined and run == sorted(set(run)) for run in runs)


def _runs_written(text: str) -> str:
    """``text`` with each run of marks written "(2)(3)" (as wide as printed)."""
    return _WHOLE_RUN.sub(lambda run: run.group(0).replace("[", "(").replace("]", ")"), text)


def _marks_read(text: str) -> str:
    """``text`` with its bracketed numbers written "(1)", all of them marks; unchanged
    where it holds a run of them (``_RUN``) or one that does not read as a mark."""
    if _RUN.search(text):
        return text
    given, marked = text, _marked_once(text)
    while marked != text:  # "16,670 [19] [20]": the second stands after the first, read now
        text, marked = marked, _marked_once(marked)
    # a bracketed number left (a link number, a span's value): all or none are marks
    return given if _ANY.search(marked) else marked


def _marked_once(text: str) -> str:
    return _ALONE.sub(_as_mark, _NOTE_LABEL.sub(_as_mark, _AFTER_VALUE.sub(_as_mark, text)))


def page_marks_of_brackets(page: Page, text: str) -> Page:
    """A PDF's page (``text``: its words as printed) with its footnote marks in square
    brackets written as "(1)" in its words, as ``marks_of_brackets`` writes a text's (the
    web design's page printed to PDF: "D [1]"); the page as it is where the text has none,
    or where a word's bracketed number does not read as a mark (all or none are marks)."""
    if marks_of_brackets(text) == text:
        return page
    runs = _runs_are_marks(text)
    lines = []
    for line in page.lines:
        # a piece holds no note's line nor list of links: no link number to leave out
        pieces = [replace(p, text=_marks_read(_runs_written(p.text) if runs else p.text))
                  if "[" in p.text else p for p in line.pieces]
        if any(_ANY.search(p.text) for p in pieces):
            return page
        lines.append(replace(line, pieces=pieces))
    return page.with_lines(lines)


def _without_link_numbers(text: str) -> str:
    """``text`` with each "[n][m]" written "[m]" where n is certainly a terminal browser's
    link number before the link's text "[m]", a mark of a note the page defines
    ("[m] This transaction ..." opening a line); unchanged where any pair is not certain.

    Certain where the page lists its links ("References": "n. ...#anchor") and each n is
    listed, pointing at an anchor on the page that ends in its mark's number ("#fn1" for
    "[1]"), the pairs of one anchor all holding the same mark; or, with no such list, where the pairs' n run 1, 2, 3 ... in reading order
    and no pair's n is below its m (two marks printed together rise: "[1][2]" ... "[2][3]"
    may be two notes' marks, so they are left). Each "[m]" keeps the pair's width."""
    pairs = list(_LINKED.finditer(text))
    if not pairs:
        return text
    defined = _defined(text)
    if any(int(pair.group("mark")) not in defined for pair in pairs):
        return text
    anchors = {int(ref.group("link")): ref.group("anchor") for ref in _REFERENCE.finditer(text)}
    if anchors:
        marks_of: dict[str, set[str]] = {}
        for pair in pairs:
            anchor = anchors.get(int(pair.group("link")))
            if anchor is None or not _anchors_mark(anchor, pair.group("mark")):
                return text
            marks_of.setdefault(anchor, set()).add(pair.group("mark"))
        if any(len(marks) > 1 for marks in marks_of.values()):
            return text
    elif [int(pair.group("link")) for pair in pairs] != list(range(1, len(pairs) + 1)) or \
            any(int(pair.group("link")) < int(pair.group("mark")) for pair in pairs):
        return text  # not certain: a link number's run, and no two marks that rise
    return _LINKED.sub(_mark_of_pair, text)


def _glued_marks_apart(text: str) -> str:
    """``text`` with each run of marks glued onto the next cell's figure or flag on a
    column-aligned line (``_GLUED_ONTO``) set one space apart from it, taking a space
    from the gap after that cell where it has two or more (the cells after it keep their
    columns). Only in a text that lists no links (no browser's link numbers) and where
    each number is a note the text defines ("[1] ..." opening a line); otherwise
    unchanged, all of its bracketed numbers then left as written (``_marks_read``)."""
    glued = list(_GLUED_ONTO.finditer(text))
    before = list(_GLUED_BEFORE_WORD.finditer(text))
    flags = list(_GLUED_AFTER_FLAG.finditer(text))
    if not glued and not before and not flags or _REFERENCE.search(text):
        return text
    defined = _defined(text)
    if any(not {int(n) for n in re.findall(r"\d+", match.group("marks"))} <= defined
           for match in [*glued, *before, *flags]):
        return text
    # a mark glued onto the word after it, or after a flag: which cell's, the one it
    # touches or an empty one beside it, is unknown (a page's grid may set it either
    # way): left out, its width kept
    text = _GLUED_BEFORE_WORD.sub(lambda match: " " * len(match.group(0)), text)
    text = _GLUED_AFTER_FLAG.sub(
        lambda match: match.group("flag") + " " * len(match.group("marks")), text)
    return _GLUED_ONTO.sub(_apart, text)


def _apart(match: re.Match[str]) -> str:
    """A ``_GLUED_ONTO`` match with its marks one space before the next cell."""
    gap = match.group("gap")
    before = match.string[match.start("value"):match.start("cell")]
    return f"{before} {match.group('cell')}{gap[1:]}"


def _defined(text: str) -> set[int]:
    """The numbers of the notes ``text`` defines ("[1] ..." opening a line)."""
    return {int(match.group("mark")) for match in _NOTE_DEFINED.finditer(text)}


def _anchors_mark(anchor: str, mark: str) -> bool:
    """True where a link's anchor ends in its mark's number ("fn1" for "[1]", "F12" for
    "[12]"; not "fn11" for "[1]")."""
    digits = anchor[len(anchor.rstrip("0123456789")):]
    return bool(digits) and int(digits) == int(mark)


def _mark_of_pair(pair: re.Match[str]) -> str:
    """"[m]" of a pair "[n][m]", padded with a space for each of the link number's
    characters after it, so that the cells after it keep their columns on a page grid."""
    return f"[{pair.group('mark')}]".ljust(len(pair.group(0)))
