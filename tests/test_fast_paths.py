"""The fast paths give what the plain ones give.

Lexing a page tries the form's labels only where one can begin
(``form/regex_prefix.py``), and checks a piece's token against the pieces joined only
where a label could read past the piece's end (``form/regex_reach.py``); detection folds a text once and finds where the form
ends from word and line counts; a few line-anchored searches look only at the
lines that can match; ``unread`` keys words on a fast path; markup is undone, and
shapes are told, only where a text holds the characters a pattern needs. Each is checked here
against the plain way of doing the same thing: Lark's own parse of the labels
grammar, or the straightforward code it replaced, kept here as the reference.
"""

from __future__ import annotations

import html
import re
import unicodedata
from bisect import bisect_right

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from lark import Tree

from form4lark import detect, glyph_marks, text, unread
from form4lark.form import atoms, regex_prefix, regex_reach, regions, row_parse, row_sequence
from form4lark.grammar import load
from form4lark.page import Line, Page, Piece
from form4lark.shapes import detect as shape_detect
from form4lark.shapes import lines, markdown, scan, scan_fixes, stream
from form4lark.shapes.detect import read_shape
from form4lark.shapes.unicode_marks import unicode_marks
from support import fixture_text, sample_texts

TEXTS = sample_texts()
# words and marks that begin labels, or almost do, and the characters that case folding
# ties to ASCII letters ("ſ" is an "s", "K" a "k" to re.IGNORECASE)
PIECES = ["1.", "1", "Name and Address of Reporting Person", "(Last)", "(First)", "E(Last)", "(",
          "Table I - Non-Derivative Securities", "Table II", "X", "x", "4X", "☒", "Director",
          "Director of", "Officer (give title below)", "X Officer", "Officer", "Other (specify",
          "10% Owner", "Remarks:", "** Signature of Reporting Person", "Explanation of Responses",
          "Reporting Owners", "of facts constitute", "see Instruction 4(b)(v)", "ſee", "K",
          "İ", "ı", "Common Stock", "$12.50", "02/03/2020", "|", "**", "<b>", "\n", " ", "\t",
          "\u00a0", "\u2028", "---", "| --- |", "_____", "col4", "1o0", "½", "²"]
SOUP = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


# ------------------------------------------------------------ lexing a page

def _joined(page) -> str:
    """The page's pieces as ``atoms._lex_page`` joins them."""
    return "\n".join(p.text for line in page.lines for p in line.pieces if p.text)


def _plain_scan(joined: str, context: str) -> list[tuple[str, str, int]]:
    """The scan without a guard: white space skipped, then every terminal tried in
    Lark's order, else one character as a word (as ``atoms.py`` scanned before)."""
    grammar = load("form_labels", atoms.CONTEXTS)
    wanted = atoms._terminals(grammar, context)
    terminals = sorted((t for t in grammar.terminals if t.name in wanted),
                       key=lambda t: (-t.priority, -t.pattern.max_width, -len(t.pattern.value),
                                      t.name))
    scanner = re.compile("|".join(f"(?P<{t.name}>{t.pattern.to_regexp()})" for t in terminals))
    space = re.compile(r"[ \t\f\r\n\u00a0]+")
    tokens, position = [], 0
    while position < len(joined):
        skipped = space.match(joined, position)
        if skipped:
            position = skipped.end()
            continue
        token = scanner.match(joined, position)
        if token is None:
            tokens.append(("TEXT", joined[position], position))
            position += 1
        else:
            tokens.append((token.lastgroup or "TEXT", token.group(), position))
            position = token.end()
    return tokens


def _scanned(joined: str, context: str) -> list[tuple[str, str, int]]:
    scanner, kinds, _, _ = atoms._scanner(context)
    return [(kinds[m.lastindex], m.group(m.lastindex), m.start(m.lastindex))
            for m in scanner.finditer(joined)]


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: str(p.relative_to(p.parents[2])))
def test_a_page_is_lexed_as_every_terminal_tried_at_every_word_lexes_it(path):
    joined = _joined(read_shape(fixture_text(path)))
    for context in atoms.CONTEXTS:
        assert _scanned(joined, context) == _plain_scan(joined, context)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(joined=SOUP)
def test_any_text_is_lexed_as_every_terminal_tried_at_every_word_lexes_it(joined):
    for context in atoms.CONTEXTS:
        assert _scanned(joined, context) == _plain_scan(joined, context)


def test_a_page_is_lexed_into_atoms_where_its_pieces_stand():
    page = read_shape("FORM 4\n1. Name and Address of Reporting Person*\nDOE JOHN\n"
                      "(Last) (First) (Middle)\n")
    assert [(a.kind, a.text, a.row, a.offset) for a in atoms.lex(page, "boxes")] == [
        ("TEXT", "FORM", 0, 0), ("TEXT", "4", 0, 5),
        ("BOX1", "1. Name and Address of Reporting Person*", 1, 0),
        ("TEXT", "DOE", 2, 0), ("TEXT", "JOHN", 2, 4),
        ("LAST", "(Last)", 3, 0), ("FIRST", "(First)", 3, 7), ("MIDDLE", "(Middle)", 3, 15)]


def _atoms_of_joined(page, context: str) -> list[tuple[str, str, int, int, int]]:
    """The page's atoms from one scan of its pieces joined, each token mapped back to
    the piece it begins in (as ``atoms._lex_page`` lexed before it scanned pieces)."""
    places = [(row, cell, piece) for row, line in enumerate(page.lines)
              for cell, piece in enumerate(line.pieces) if piece.text]
    starts, position = [], 0
    for _, _, piece in places:
        starts.append(position)
        position += len(piece.text) + 1
    found = []
    for kind, word, start in _scanned(_joined(page), context):
        at = bisect_right(starts, start) - 1
        row, cell, _ = places[at]
        found.append((kind, word, row, cell, start - starts[at]))
    return found


def _lexed(page, context: str) -> list[tuple[str, str, int, int, int]]:
    return [(a.kind, a.text, a.row, a.cell, a.offset) for a in atoms._lex_page(page, context)]


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: str(p.relative_to(p.parents[2])))
def test_a_page_is_lexed_piece_by_piece_as_its_pieces_joined_are(path):
    page = read_shape(fixture_text(path))
    for context in atoms.CONTEXTS:
        assert _lexed(page, context) == _atoms_of_joined(page, context)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(rows=st.lists(st.lists(SOUP, max_size=4), max_size=6))
def test_any_pieces_are_lexed_as_their_pieces_joined_are(rows):
    _assert_lexed_as_joined(rows)


def _assert_lexed_as_joined(rows: list[list[str]]) -> None:
    page = Page(shape="cells", lines=[Line([Piece(text) for text in row]) for row in rows])
    for context in atoms.CONTEXTS:
        assert _lexed(page, context) == _atoms_of_joined(page, context)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(rows=st.lists(st.lists(SOUP, max_size=4), max_size=6))
def test_the_labels_alone_are_the_atoms_lexed_but_the_words(rows):
    lines_ = [Line([Piece(text) for text in row]) for row in rows]
    for context in atoms.CONTEXTS:
        lexed = atoms.lex(Page(shape="cells", lines=lines_), context)
        assert atoms.labels(lines_, context) == [a for a in lexed if a.kind != "TEXT"]


def _without_header_words(lexed: list) -> list:
    """The atoms, without the words before the first label ending the header."""
    end = next((i for i, a in enumerate(lexed) if a.kind in atoms.HEADER_ENDS), len(lexed))
    return [a for i, a in enumerate(lexed) if i >= end or a.kind != "TEXT"]


@settings(max_examples=300, deadline=None, derandomize=True)
@given(rows=st.lists(st.lists(SOUP, max_size=4), max_size=6))
def test_the_page_atoms_are_those_lexed_but_the_headers_words(rows):
    page = Page(shape="cells", lines=[Line([Piece(text) for text in row]) for row in rows])
    assert atoms.page_atoms(page) == _without_header_words(atoms.lex(page, "page"))


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: str(p.relative_to(p.parents[2])))
def test_a_page_is_cut_into_the_same_parts_without_its_headers_words(path):
    page = read_shape(fixture_text(path))
    lexed = atoms.lex(page, "page")
    dropped = len(lexed) - len(atoms.page_atoms(page))
    assert atoms.page_atoms(page) == _without_header_words(lexed)
    cut, cut_all = regions.cut(atoms.page_atoms(page)), regions.cut(lexed)
    assert len(cut_all.header) - len(cut.header) == dropped
    cut.header = cut_all.header
    assert cut == cut_all


def test_a_label_run_on_into_the_next_piece_is_one_of_the_labels_alone():
    lines_ = [Line([Piece("X 1. Name and Address of"), Piece("Reporting Person* DOE")]),
              Line([Piece("JOHN (Last)")])]
    assert [(a.kind, a.row, a.cell) for a in atoms.labels(lines_, "boxes")] == [
        ("CHECK", 0, 0), ("BOX1", 0, 0), ("LAST", 1, 0)]


def test_a_label_run_on_into_the_next_piece_is_one_atom_and_the_words_after_keep_theirs():
    page = Page(shape="cells", lines=[
        Line([Piece("X 1. Name and Address of"), Piece("Reporting Person* DOE")]),
        Line([Piece("Reporting Owners"), Piece("Name")]), Line([Piece("JOHN (Last)")])])
    assert _lexed(page, "boxes") == [
        ("CHECK", "X", 0, 0, 0),
        ("BOX1", "1. Name and Address of\nReporting Person*", 0, 0, 2),
        ("TEXT", "DOE", 0, 1, 18), ("TEXT", "Reporting", 1, 0, 0), ("TEXT", "Owners", 1, 0, 10),
        ("TEXT", "Name", 1, 1, 0), ("TEXT", "JOHN", 2, 0, 0), ("LAST", "(Last)", 2, 0, 5)]


def test_a_word_never_runs_into_the_next_piece():
    """Only a token where a label can begin is checked against the joined pieces: the
    one terminal not guarded is TEXT, which holds no white space."""
    pattern = atoms._scanner("page")[0].pattern
    after = pattern[pattern.index("(?P<TEXT>"):]
    assert set(re.findall(r"\(\?P<(\w+)>", after)) == {"TEXT", "lone"}
    text = re.compile(after[len("(?P<TEXT>"):after.index("|(?P<lone>") - 1])
    assert [text.match(word).group() for word in ("a\nb", "(Las\nt)", "x(\n")] == ["a", "(Las", "x("]


def test_every_label_is_guarded_and_text_is_tried_after_them():
    pattern = atoms._scanner("boxes")[0].pattern
    guarded = pattern[pattern.index("(?="):pattern.index("(?P<TEXT>")]
    assert "(?P<CHECK>" in guarded and "(?P<BOX1>" in guarded


# ------------------------------------------------------ what a label begins with

@pytest.mark.parametrize("regexp, expected", [
    ("abc", {("a", "b")}),
    ("a|xy", {("a",), ("x", "y")}),
    ("a?b", {("a", "b"), ("b",)}),
    (r"\bab(?!c)", {("a", "b")}),
    ("-{3,}", {("-", "-")}),
    ("[0-9]X", {("0-9", "X")}),
])
def test_the_first_characters_of_a_regular_expression(regexp, expected):
    def plain(member: str) -> str:
        return re.sub(r"\\U([0-9a-f]{8})", lambda m: chr(int(m.group(1), 16)), member)
    found = regex_prefix.prefixes(regexp)
    assert found is not None
    assert {tuple("".join(plain(m) for m, _ in sorted(chars)) for chars in p)
            for p in found} == expected


@pytest.mark.parametrize("regexp", ["a?", "a*b?", "[^a]b", ".b", r"(a)\1"])
def test_no_lookahead_where_a_match_can_begin_anyhow(regexp):
    assert regex_prefix.lookahead([regexp]) is None


LABELS = [t.pattern.to_regexp() for t in load("form_labels", atoms.CONTEXTS).terminals
          if t.name not in ("TEXT", "WS")]
SAMPLES = [r"(?i:ab\s*c)", r"(?<![\w(])[Xx☒](?![\w)])", r"[0-9]X(?=\s)", r"(?i:s|k\d|İ)"]


@settings(max_examples=400, deadline=None, derandomize=True)
@given(soup=SOUP, regexp=st.sampled_from(LABELS + SAMPLES), start=st.integers(0, 30))
def test_the_lookahead_holds_wherever_a_match_begins(soup, regexp, start):
    start = min(start, len(soup))
    guard = re.compile(regex_prefix.lookahead([regexp]) or "")
    if re.compile(regexp).match(soup, start):
        assert guard.match(soup, start)


# ------------------------------------------- what a label's match can read to the end of

@pytest.mark.parametrize("regexp, reaching, not_reaching", [
    (r"Reporting\s+Person", ["Rep", "Reporting", "Reporting  Per", "Reporting Person"],
     ["Reporting Person 1", "Reportin x", "x"]),
    (r"(?i:ab\s*c)", ["AB ", "aB c"], ["abcd", "ac"]),
    (r"\bDirector\b(?!\s+of)", ["Dir", "Director", "Director ", "Director o"],
     ["Director x", "Directors", "Director of x"]),  # the lookahead reads on
    (r"(?<![\w(])X(?![\w)])|[0-9]X(?=\s)", ["X", "4X"], ["X y", "4X y"]),
    (r"-{3,5}", ["-", "-----"], ["------"]),
])
def test_what_a_match_can_read_to_the_end_of(regexp, reaching, not_reaching):
    ends = re.compile(regex_reach.reach([regexp]) or "")
    assert [r for r in reaching if not ends.fullmatch(r)] == []
    assert [r for r in not_reaching if ends.fullmatch(r)] == []


@pytest.mark.parametrize("regexp", [r"^X", r"(a)\1",
                                    # a condition in a lookbehind reads past what it matches
                                    r"(?<=\n(?<=Q(?s:..)\n))Z", r"(?<=(?=.Z\n\n).)Z",
                                    r"(?<=(?=.Z\n\n)[a])Z", r"(?<=^a)b"])
def test_nothing_is_known_of_what_reads_otherwise_after_a_line_break(regexp):
    assert regex_reach.reach([regexp]) is None


@pytest.mark.parametrize("regexp, piece, near_start", [
    (r"(?<=\s)X", "XXXXy", [0]), (r"(?<=[^a])X", "XXXXy", [0]),
    (r"(?<!\bSee\n)Footnotes", "FoFoFoFoy", [0, 2]),  # where it can begin, 4 back
    (r"(?<!\bSee\n)Footnotes", "yyyyyyyy", []),
    (r"(?i:a|(?<=(?-i:\bX) )Other)", "OtherOther y", [])])  # never reads a line break
def test_a_lookbehind_reading_a_line_break_makes_only_a_pieces_first_characters_reach(
        regexp, piece, near_start):
    ends = re.compile(regex_reach.reach([regexp]) or "")
    assert [i for i in range(len(piece)) if ends.fullmatch(piece, i)] == near_start


# the words of labels that look back past a line break ("See" / "Footnotes" is a nature)
_BEHIND_PIECES = ["See", "See ", "Lessee", "Footnotes", "## Footnotes", "Footnotes:", "X ", "X",
                  "Other", "Other (specify", "Explanation of Responses", "Remarks:", "\n", " "]
_BEHIND_SOUP = st.lists(st.sampled_from(_BEHIND_PIECES), max_size=8).map("".join)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(rows=st.lists(st.lists(_BEHIND_SOUP, max_size=4), max_size=5))
@example(rows=[["See"], ["Footnotes\n1. x"], ["Lessee"], ["Footnotes\n1. x"]])
@example(rows=[["See "], ["## Footnotes\n"], ["Lessee", "See"], ["#Footnotes Other"]])
@example(rows=[["X "], ["Other", "X"], [" Other\n1."], ["See", "Footnotes Other"]])
def test_pieces_of_labels_looking_back_are_lexed_as_their_pieces_joined_are(rows):
    _assert_lexed_as_joined(rows)


def test_footnotes_under_see_is_a_word_and_alone_a_heading():
    # the heading's piece goes on past it: only where it stands in the piece is it checked
    page = Page(shape="stream", lines=[
        Line([Piece("See")]), Line([Piece("Footnotes\n1. x")]),
        Line([Piece("Lessee")]), Line([Piece("Footnotes\n1. x")])])
    assert [a.kind for a in atoms.lex(page, "page") if a.text == "Footnotes"] == [
        "TEXT", "EXPLANATION"]


@settings(max_examples=400, deadline=None, derandomize=True)
@given(rest=SOUP, after=SOUP, regexp=st.sampled_from(LABELS + SAMPLES))
def test_a_match_reads_otherwise_past_an_end_only_where_it_reaches_it(rest, after, regexp):
    pattern = re.compile(regexp)
    alone, joined = pattern.match(rest), pattern.match(rest + "\n" + after)
    if (alone and alone.span()) != (joined and joined.span()):
        assert re.fullmatch(regex_reach.reach([regexp]) or "", rest)


# --------------------------------------------------------------- detection

# the markup that folding took out, as one regex before characters were replaced one by one
_MARKUP_AS_BEFORE = re.compile(r"[|*_#]+|<[^<>\n]{0,40}>")


def _fold_as_before(text_: str) -> str:
    return " ".join(_MARKUP_AS_BEFORE.sub(" ", text_).lower().split())


def _offsets_as_before(text_: str) -> list[int]:
    """``detect._offset_of`` as it was, for each position of the folded text: each line
    folded, and the lines walked until their folds reach the position."""
    lines = text_.split("\n")
    folds = [_fold_as_before(line) for line in lines]
    offsets = []
    for position in range(1, len(" ".join(f for f in folds if f)) + 1):
        reached = offset = 0
        for line, fold in zip(lines, folds):
            offset += len(line) + 1
            if fold:
                reached += len(fold) + 1
                if reached >= position:
                    break
        offsets.append(offset)
    return offsets


def _offsets(text_: str) -> list[int]:
    return [detect._offset_of(text_, p) for p in range(1, len(detect._fold(text_)) + 1)]


@pytest.mark.parametrize("path", TEXTS[::7], ids=lambda p: str(p.relative_to(p.parents[2])))
def test_where_the_form_ends(path):
    content = fixture_text(path)
    assert _offsets(content) == _offsets_as_before(content)
    assert detect.form_end(content) is not None


CLOSING = ["Table I - Non-Derivative Securities Acquired", "Signature of\nReporting  Person",
           "intentional **misstatements** or omissions", "signature of reporting person", "ΣΣ",
           "<a\nb>", "<b>", "|", "\n\n  ", "İ", "\u2028", "\x1c", "word"]


@settings(max_examples=300, deadline=None, derandomize=True)
@given(text_=st.lists(st.sampled_from(CLOSING + PIECES), max_size=30).map(" ".join))
def test_where_the_form_ends_in_any_text(text_):
    assert _offsets(text_) == _offsets_as_before(text_)
    assert detect._fold(text_) == _fold_as_before(text_)


TITLES = ["Initial Statement of\nBeneficial Ownership", "ANNUAL  STATEMENT of changes in beneficial",
          "Statement for Issuer's Fiscal\tYear Ended", "annual", "initial statement of", "İnitial"]


def _other_form_as_before(text_: str) -> str | None:
    folded = " ".join(text_[:detect.HEAD].lower().split())
    return next((form for form, pattern in detect.OTHER_FORMS.items() if pattern.search(folded)),
                None)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(text_=st.lists(st.sampled_from(TITLES + CLOSING + PIECES), max_size=30).map(" ".join))
def test_another_form_is_told_as_before(text_):
    assert detect.other_form(text_) == _other_form_as_before(text_)


@pytest.mark.parametrize("path", TEXTS[:40], ids=lambda p: p.name)
def test_sample_texts_are_no_other_form_as_before(path):
    content = fixture_text(path)
    assert detect.other_form(content) == _other_form_as_before(content)


def test_every_other_forms_title_holds_one_of_the_words_looked_for_first():
    for pattern in detect.OTHER_FORMS.values():
        for title in pattern.pattern.split("|"):
            assert any(word in title for word in detect.OTHER_FORM_WORDS), title


@settings(max_examples=300, deadline=None, derandomize=True)
@given(text_=SOUP)
def test_line_searches_and_folds_give_what_whole_text_searches_give(text_):
    separator = re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*\|", re.M)
    assert text.any_line(separator, text_, "---") == bool(separator.search(text_))
    assert text.fold(text_) == re.sub(r"\s+", " ", text_).strip()
    markup = re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*\||<t[dh][\s>]|\S\t+\S", re.M | re.I)
    assert scan._markup(text_) == bool(markup.search(text_))


@settings(max_examples=300, deadline=None, derandomize=True)
@given(text_=SOUP)
def test_the_words_unread_lines_compare(text_):
    folded = unicodedata.normalize("NFKC", text_)  # superscript digits: the digits
    expected = [unread._word_key(w) for w in unread._WORD.findall(folded.lower())
                if not unread._PLACEHOLDER.fullmatch(w)]
    assert list(unread._words(text_)) == expected


# ------------------------------------------------------------ markup, shapes, regions
# pieces of the markup converters print, for the checks that skip text holding none
MARKUP = PIECES + ["<br>", "<BR/>", "<!-- Start of picture text -->", "<!-- End of picture text -->",
                   "# ", "*x*", "**", "__", "_See_", "[A](/b?CIK=0001)", "[x]{.u}", "&amp;",
                   "\\*", "\\.", "<u>", "</u>", "<input checked>", "^(1)", "^", "⁽¹⁾", "+---+",
                   "+===+", "References\n", "   1. file:///x\n", "[1]", "Col5", "   ", " | ",
                   "2. Transaction 2A. Deemed 3. 4.", "1. Name and Address of Reporting Person"]
MARKUP_SOUP = st.lists(st.sampled_from(MARKUP), max_size=40).map("".join)
# ... and what the checks of pipe rows and of visual lines skip text for: escaped pipes,
# the other top boxes' labels, a dot in a character reference, a title cut by a tag
ROW_SOUP = st.lists(st.sampled_from(MARKUP + [
    "2. Issuer Name and Ticker", "5. Relationship of Reporting Person", "\\|", "&#46;",
    "<b>T</b>able II-", "> ", "1", "-", "*", "_", "\t", "[", "](/x", "a)"]), max_size=40).map("".join)


def _undo_markup_as_before(raw: str) -> str:
    text = lines._HEADING.sub("", lines._COMMENT.sub(" ", raw))
    text = lines._TAG.sub("", text)
    previous = None
    while previous != text:
        previous, text = text, lines._EMPHASIS.sub(r"\2", text)
    return html.unescape(text)


def _clean_cell_as_before(raw: str) -> tuple[str, str | None]:
    cik = None
    match = markdown._LINK.search(raw)
    if match:
        found = markdown._CIK.search(match.group(2))
        cik = found.group(1) if found else None
    text_ = markdown._LINK.sub(lambda m: m.group(1), markdown._COMMENT.sub(" ", raw))
    previous = None
    while previous != text_:
        previous, text_ = text_, markdown._SPAN.sub(r"\1", text_)
    text_ = markdown._RULE_IN_CELL.sub(" ", markdown._BREAK.sub(
        "\n", markdown._CHECKED_BOX.sub(" X ", text_)))
    text_ = text.strip_tags(text_)
    previous = None
    while previous != text_:
        previous, text_ = text_, markdown._EMPHASIS.sub(r"\2", text_)
    folded = (text.fold(line) for line in
              html.unescape(markdown._ESCAPED.sub(r"\1", text_)).split("\n"))
    text_ = "\n".join(line for line in folded if line)
    return ("" if markdown._UNNAMED_COLUMN.fullmatch(text_) else text_), cik


def _without_drawing_as_before(text_: str, glue_marks: bool) -> str:
    d = shape_detect
    text_ = d._SUPERSCRIPT_MARK.sub(lambda m: m.group().translate(d._SUPERSCRIPTS), text_)
    text_ = unicode_marks(text_)
    if len(d._FRAME_CORNER.findall(text_)) >= 2 and not d._MARKDOWN.search(text_):
        text_ = d._FRAME.sub(d.blank, text_)
    references = d._REFERENCES.search(text_)
    if references:
        text_ = text_[:references.start()] + "\n" * text_.count("\n", references.start())
        text_ = d._LINK_NUMBER.sub(d.blank, text_)
    text_ = d._BOX_DRAWING.sub(" ", text_)
    text_ = d._COLON_CAPTION.sub(lambda m: "\n" + m.group(1) + " ", text_)
    if glue_marks:
        text_ = d._CARET_MARK.sub(d._glued_marks, text_)
    return d._UNDERSCORE_RULE.sub(d.blank, d._CARET.sub(" ", text_))


def _is_lines_as_before(text_: str) -> bool:
    raw_lines = [l for l in text_.split("\n") if l.strip()]
    if not raw_lines:
        return False
    if sum(1 for l in raw_lines if lines._GAP.search(l.strip())) > lines.GAP_SHARE * len(raw_lines):
        return False
    if sum(1 for l in raw_lines if not lines.PIPE_ROW.match(l)
           and lines._RULE_GLYPH.search(l)) >= lines.RULE_LINES:
        return False
    for raw in text_.split("\n"):
        if lines.PIPE_ROW.match(raw):
            cells = [c for c in re.split(r"(?<!\\)\|", raw.strip()) if any(lines._cell_lines(c))]
            at = lines._title_at(cells[:1])
            if at is not None and "Securities" not in " ".join(lines._cell_lines(cells[0])):
                return True
    plain = "\n".join(l for l in text_.split("\n") if "\t" not in l.strip())
    return any(sum(1 for label in lines._TOP_BOXES if label.search(line.text)) >= 2
               or len(lines._COLUMN_NUMBER.findall(line.text)) >= lines.HEADER_NUMBERS
               for line in lines._visual_lines(plain, pipes=False) if not line.reflowed)


@settings(max_examples=400, deadline=None, derandomize=True)
@given(text_=MARKUP_SOUP)
def test_markup_is_undone_as_before_where_a_text_holds_none(text_):
    assert lines.undo_markup(text_) == _undo_markup_as_before(text_)
    assert markdown.clean_cell(text_) == _clean_cell_as_before(text_)


@pytest.mark.parametrize("cell", ["", " ", "   \t", "\u00a0 ", "\u2028"])
def test_an_empty_cell_is_one_empty_piece_where_it_stands(cell):
    # as a cell of one run is read otherwise: its cleaned text where its text starts
    text_, cik = _clean_cell_as_before(cell)
    expected = [Piece(text_, 3, 7 + 1 + len(cell) - len(cell.lstrip()), cik=cik)]
    assert markdown._cell_pieces(cell, 3, 7) == expected == [Piece("", 3, 8 + len(cell))]


@settings(max_examples=400, deadline=None, derandomize=True)
@given(text_=ROW_SOUP)
def test_shapes_are_told_as_before_where_a_text_holds_none_of_a_pattern(text_):
    for glue in (False, True):
        assert shape_detect.without_drawing(text_, glue) == _without_drawing_as_before(text_, glue)
    assert lines.is_lines(text_) == _is_lines_as_before(text_)


@pytest.mark.parametrize("path", TEXTS[::5], ids=lambda p: str(p.relative_to(p.parents[2])))
def test_sample_texts_are_told_as_before(path):
    text_ = fixture_text(path)
    for glue in (False, True):
        assert shape_detect.without_drawing(text_, glue) == _without_drawing_as_before(text_, glue)
    drawn = shape_detect.without_drawing(text_)
    assert lines.is_lines(drawn) == _is_lines_as_before(drawn)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(kinds=st.lists(st.sampled_from(["TEXT", "TABLE_I", "COLUMN_TITLE", "BOX1"]), max_size=12),
       start=st.integers(0, 14))
def test_the_first_atom_of_a_kind(kinds, start):
    expected = next((i for i in range(start, len(kinds)) if kinds[i] == "COLUMN_TITLE"), None)
    assert regions._first(kinds, "COLUMN_TITLE", start) == expected


@settings(max_examples=400, deadline=None, derandomize=True)
@given(text_=MARKUP_SOUP)
def test_a_line_without_a_tag_holds_nothing_the_visual_lines_look_for_in_tags(text_):
    # ``_visual_lines`` tries these only on lines holding "<"
    for line in text_.replace("<", "").split("\n"):
        assert not lines._SIGNED.search(line) and not lines._PICTURE.search(line)
        assert lines._BREAK.split(line) == [line]


# ---------------------------------------------------------------- rows parsed only where one can be
#: words a table's lines hold without a digit: titles, natures, codes and flags, words of dates
NO_DIGIT_WORDS = ["Common", "Stock", "Class", "A", "D", "I", "P", "S", "M", "V", "X", "(A)", "(D)",
                  "(I)", "(Right", "to", "buy)", "Immediately", "Upon", "vesting", "Vesting", "$",
                  "By", "Trust", "See", "Footnote", "-", "--", "(", ")", "N/A", "Options"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(NO_DIGIT_WORDS) | st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Zs", "Cc"), blacklist_characters="0123456789"),
    min_size=1, max_size=5), min_size=1, max_size=14))
def test_words_without_a_digit_never_read_as_a_row_so_are_not_parsed(words):
    assert not row_parse.may_hold_row(words)
    for table in row_sequence.START:
        tree = row_parse.row_tree(" ".join(words), table)
        assert tree is None or not any(isinstance(c, Tree) for c in tree.children)


def test_a_line_with_a_digit_may_hold_a_row():
    assert row_parse.may_hold_row(["Common", "Stock", "1,000", "D"])
    tree = row_parse.row_tree("Common Stock 1,000 D", "table_i")
    assert tree is not None and [c.data for c in tree.children if isinstance(c, Tree)] == [
        "holding_i"]


def test_an_atom_with_another_text_keeps_its_place():
    piece = Piece("1,000 (1)", line=3, column=5, x=12.0)
    atom = atoms.Atom("TEXT", "1,000", 7, 2, 0, piece)
    assert atom.with_text("1,000(1)") == atoms.Atom("TEXT", "1,000(1)", 7, 2, 0, piece)


def test_a_grid_headers_marks_are_placed_once_and_read_as_before(monkeypatch):
    """The header's reader places a page grid's marks once for the checked boxes and for
    the marks by no label (``checkboxes.placed_marks``), as each asked before."""
    from pathlib import Path

    from form4lark import parse
    from form4lark.form import checkboxes

    text_ = fixture_text(Path(__file__).parent
                         / "fixtures/grid/AAPL-20190502-1/sec/pdftotext-layout.txt")
    calls = []
    placed = checkboxes.placed_marks
    monkeypatch.setattr(checkboxes, "placed_marks", lambda a: calls.append(a) or placed(a))
    form = parse(text_)
    assert len(calls) == 1
    atoms_ = calls[0]
    assert checkboxes.checked_labels(atoms_, True) == checkboxes.checked_labels(
        atoms_, True, placed=placed(atoms_)) == {"OFFICER", "ONE_PERSON"}
    assert form.reporting_owners[0].is_officer  # as filing.xml has it


# ------------------------------------------------------------ words joined

def _joined_pairwise(atoms_: list[atoms.Atom]) -> str:
    """``header.joined`` as it was, word by word (the reference of its fast path)."""
    if not atoms_:
        return ""
    out = atoms_[0].text
    for before, atom in zip(atoms_, atoms_[1:]):
        if not out:
            out = atom.text
        elif (before.row != atom.row or before.piece is atom.piece and "\n" in atom.piece.text
              and before.part != atom.part) and re.search(r"[A-Za-z0-9]-$", out):
            out += atom.text
        else:
            out += " " + atom.text
    return out


_WORDS = st.sampled_from(["", "-", "Non-", "Attorney-", "in-Fact", "Stock", "a-", "10-", "x",
                          "Qualified", "- ", "B-1"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_WORDS, st.integers(0, 2), st.booleans()), max_size=8))
def test_words_are_joined_as_word_by_word(words):
    """A text joined with spaces at once (no word ends with a hyphen) is the text joined
    word by word; words on another line, or another line of a cell, after a hyphen are
    still joined without a space."""
    cell = Piece("Non-\nQualified", line=1, column=1)
    made = [atoms.Atom("TEXT", word, row, 0, 5 if second else 0,
                       cell if row == 0 else Piece(word, line=row + 1, column=1))
            for word, row, second in words]
    from form4lark.form.header import joined
    assert joined(made) == _joined_pairwise(made)


def test_a_hyphen_ending_a_line_joins_its_word_to_the_next_lines():
    from form4lark.form.header import joined
    first, second = Piece("Attorney-", line=1, column=1), Piece("in-Fact", line=2, column=1)
    made = [atoms.Atom("TEXT", "Attorney-", 0, 0, 0, first),
            atoms.Atom("TEXT", "in-Fact", 1, 0, 0, second)]
    assert joined(made) == "Attorney-in-Fact"
    assert joined([made[0], atoms.Atom("TEXT", "in-Fact", 0, 1, 0, second)]) == "Attorney- in-Fact"


def test_a_word_longer_than_a_notes_number_is_no_note_number():
    """``footnotes`` tries its number's expression only on words of ``_NUMBER_WIDTH``
    characters at most: that is the widest text the expression matches."""
    from form4lark.form import notes
    try:
        import re._parser as sre_parse  # type: ignore[import-not-found]
    except ImportError:  # Python 3.10
        import sre_parse
    assert sre_parse.parse(notes._NUMBER.pattern).getwidth()[1] == notes._NUMBER_WIDTH
    assert notes._NUMBER.fullmatch("([F12]") and not notes._NUMBER.fullmatch("([F123]")


def test_a_word_ends_where_a_label_of_box_1_runs_into_it_whatever_its_case():
    """A word's characters are matched with their case (quicker to scan), but the labels
    of box 1 that end it ("WAY(Street)") are found ignoring case, as the labels are."""
    tokens = atoms._piece_tokens("WAY(street) E(LAST) (zipper) Ab(cd", "page")[0]
    assert [(kind, text) for kind, text, *_ in tokens] == [
        ("TEXT", "WAY"), ("STREET", "(street)"), ("TEXT", "E"), ("LAST", "(LAST)"),
        ("TEXT", "(zipper)"), ("TEXT", "Ab(cd")]


# --- whole-text patterns opening with a look behind, tried only where the text holds
# what they match (glyph_marks.both_drawn, stream.code_marks_apart, scan_fixes.clean_prose):
# each against the plain scan it replaced

def _drawn_plain(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in glyph_marks._GLYPH_BOX.finditer(text)]


def _code_marks_plain(text: str) -> str:
    if not any(c.isdigit() for c in text):
        return text
    text = stream._CODE_MARK.sub(lambda m: f"{m['dates']}{m['code']}({m['mark']})", text)
    for amount in (stream._AMOUNT_MARK, stream._ZERO_MARK, stream._OWNERSHIP_MARK):
        text = amount.sub(lambda m: f"{m['amount']}({m['mark']})", text)
    return text


def _holds_code_marks_plain(text: str) -> bool:
    return any(c.isdigit() for c in text) and any(
        glued.search(text) is not None
        for glued in (stream._CODE_MARK, stream._AMOUNT_MARK, stream._ZERO_MARK, stream._OWNERSHIP_MARK))


def _clean_prose_plain(text: str) -> str:
    f = scan_fixes
    text = f._SIGNED.sub("/s/", f._ATTOMEY.sub(r"\1ttorney", f._FOOMOTE.sub(r"\1ootnote", text)))
    text = f._ROMAN.sub(lambda m: "I" * len(m.group(0)), text.translate(f._QUOTES))
    text = f._ROMAN_DIGIT.sub(f._roman_digit, f._ROMAN_FOUR.sub("IV", text))
    text = f._CLASS_LETTER.sub(lambda m: f"{m.group(1)} {m.group(2)}"
                               + ("" if text[m.end():m.end() + 1].isspace() else " "), text)
    return f._TRAILING_UNDERSCORE.sub("", f._UNDERSCORE.sub(" ", text))


def _same_as_plain(text: str) -> None:
    assert [m.span() for m in glyph_marks._drawn(text)] == _drawn_plain(text)
    assert stream.code_marks_apart(text) == _code_marks_plain(text)
    assert stream.holds_code_marks(text) == _holds_code_marks_plain(text)
    assert scan_fixes.clean_prose(text) == _clean_prose_plain(text)


#: the characters and words those patterns look at, and what stands around them
GLUED_SOUP = st.lists(st.sampled_from(
    ["[", "]", "[X]", "[ ]", "[x]", "[]", "\u25a0", "\u25a1", "\u2610", " ", "\n", "\t", "(", "'",
     '"', ",", ".", "0", "1", "2", "9", ",097", "05/02/2019", " S", "V ", " I", "D", "A",
     "I", "l", "|", "v", "x", "X", "V", "Il", "lv", "Iv", "Class", "Series", "_", "s/", "{",
     "f", "Attomey", "Foomote", "D2", "\u201c", "a", "Z"]), max_size=24).map("".join)


@pytest.mark.parametrize("text", [
    "[[X] [ ] \u25a0[X]", "05/02/2019 S2 13,433 D", "301,0971 $0.00 02 I", "$0.00 02 D",
    "Mithril Il LP", "(ll) Fund lv, LP |v.", "Partners x1, LP\nV1 SC XIl", "Class ACommon",
    "Series B_ a_b Class B_", "{s/ Peter Attomey-in-Fact See Foomote", "Il", "ll",
    "Fund IIl, LP", "Fund IlI LP", "(|I)", "ll,",
    # a numeral ending the text (OCR's single words), a two-digit mark after "0", a code's
    # mark before "V ": each pre-check's reach at its edge
    "x1", "XIl", "$0.00 012 I", "05/02/2019 S2 V 13,433 D", "5,160,301 D2", "2,301 I3 See",
    # an ownership letter's "mark" after a number not grouped in thousands: none
    "301 I3 See", "OMB Number: 3235-0287 D1 Capital",
    # a box whose brackets a markdown writer escaped, glued, or half escaped; a note's mark
    "\\[X\\] a\\[ \\]b \\\\[X] \\[X] [x\\] \\[1\\]"])
def test_a_glued_pattern_tried_where_it_can_match_finds_what_the_plain_scan_finds(text):
    _same_as_plain(text)


@settings(max_examples=400, deadline=None, derandomize=True)
@given(text=GLUED_SOUP)
def test_any_text_gives_what_the_plain_scans_give(text):
    _same_as_plain(text)


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: str(p.relative_to(p.parents[2])))
def test_a_page_gives_what_the_plain_scans_give(path):
    _same_as_plain(fixture_text(path))


def _table_words(*texts: str) -> list[atoms.Atom]:
    """Atoms of one table line's words, each a piece of its own."""
    return [atoms.Atom("TEXT", text, 0, i, 0, Piece(text, line=1, column=1 + 10 * i))
            for i, text in enumerate(texts)]


NOTES = tuple("The shares of Series B Preferred Stock are held by Capital XI, LP and".split())


def test_a_tables_words_are_spaced_by_the_notes_only_where_one_is_a_run(monkeypatch):
    """A table's words hold no run the notes could space (most tables): they stay as they
    are, and the notes' runs (``glued_words.note_spacings``) are never made; a table
    holding one is spaced as before."""
    from form4lark.form import glued_words, row_lines
    plain = _table_words("Common", "Stock(1)", "02/03/2021", "S", "1,000", "By", "Trust(2)")
    glued = _table_words("PreferredStock(1)", "02/03/2021", "XI,LP(2)")
    assert row_lines._noted_spaced(glued, NOTES) == glued_words.spaced(
        glued, glued_words.note_spacings(NOTES))
    assert [a.text for a in row_lines._noted_spaced(glued, NOTES)] == [
        "Preferred", "Stock(1)", "02/03/2021", "XI,", "LP(2)"]

    def made(notes):
        raise AssertionError("the notes' runs were made for a table holding no run")
    monkeypatch.setattr(glued_words, "note_spacings", made)
    assert row_lines._noted_spaced(plain, NOTES) == plain


# what the markdown, glued-header and grid-line checks look for, and almost: headings,
# backslashes, fences, a small letter before a capital, tabs and no-break spaces
_GRID_SOUP = st.lists(st.sampled_from([
    "## ", "#", "   ", "  ", " ", "\n", "\\", "\\\\", " \\", ":::", "::", "\t", "\u00a0", "x",
    "Amount", "OwnedFollowing", "CommonStock", "Owned", "Following", "aB", "Ab", "│", "(1)",
    "1,000"]), max_size=40).map("".join)


@settings(max_examples=400, deadline=None, derandomize=True)
@given(text_=_GRID_SOUP)
@example(text_="x  \\\n## Remarks\n  ::: notes")
def test_markdown_is_shown_and_headers_glued_as_the_plain_searches_tell(text_):
    from form4lark.form import glued_words
    from form4lark.form.table_header import is_header_text
    from form4lark.shapes import markdown_traces
    shown = re.compile(r"(?m)^[ \t]{0,3}#{2,6}[ \t]+\S|(?<!\\)\\[ \t]*$|^[ \t]*:::")
    assert markdown_traces.shows_markdown(text_) == bool(shown.search(text_))
    lines_ = text_.split("\n")
    assert glued_words.glued_header(lines_) == any(
        glued_words._GLUED_IN.search(word) and is_header_text(word)
        for line in lines_ for word in line.split())


def _grid_lines_as_before(text_: str, borders: dict[int, list[int]]) -> list[Line]:
    """``grid.grid_lines`` as it was: tabs and no-break spaces made spaces line by line."""
    from form4lark.shapes import grid
    out: list[Line] = []
    for number, raw in enumerate(text_.split("\n"), start=1):
        raw = raw.replace("\t", " ").replace("\u00a0", " ")
        cuts = borders.get(number)
        parts = grid._segments(raw, cuts) if cuts else [(0, raw)]
        pieces = [Piece(m.group(), number, start + m.start() + 1, x=start + m.start(),
                        x_end=start + m.end())
                  for start, part in parts for m in grid._RUN.finditer(part)]
        if pieces:
            out.append(Line(pieces))
    return out


@settings(max_examples=400, deadline=None, derandomize=True)
@given(text_=_GRID_SOUP)
def test_a_grid_texts_lines_are_cut_as_line_by_line(text_):
    from form4lark.shapes import grid
    borders = grid.border_columns(text_)
    assert grid.grid_lines(text_.replace("│", " "), borders) == _grid_lines_as_before(
        text_.replace("│", " "), borders)
