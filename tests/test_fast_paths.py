"""The fast paths give what the plain ones give.

Lexing a page tries the form's labels only where one can begin
(``form/regex_prefix.py``); detection folds a text once and finds where the form
ends from word and line counts; a few line-anchored searches look only at the
lines that can match; ``unread`` keys words on a fast path. Each is checked here
against the plain way of doing the same thing: Lark's own parse of the labels
grammar, or the straightforward code it replaced, kept here as the reference.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from form4lark import detect, text, unread
from form4lark.form import atoms, regex_prefix
from form4lark.grammar import load
from form4lark.shapes import scan
from form4lark.shapes.detect import read_shape
from support import sample_texts

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
    scanner, kinds = atoms._scanner(context)
    return [(kinds[m.lastindex], m.group(m.lastindex), m.start(m.lastindex))
            for m in scanner.finditer(joined)]


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: str(p.relative_to(p.parents[2])))
def test_a_page_is_lexed_as_every_terminal_tried_at_every_word_lexes_it(path):
    joined = _joined(read_shape(path.read_text(encoding="utf-8")))
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


# --------------------------------------------------------------- detection

def _offsets_as_before(text_: str) -> list[int]:
    """``detect._offset_of`` as it was, for each position of the folded text: each line
    folded, and the lines walked until their folds reach the position."""
    lines = text_.split("\n")
    folds = [" ".join(detect._MARKUP.sub(" ", line).lower().split()) for line in lines]
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
    content = path.read_text(encoding="utf-8")
    assert _offsets(content) == _offsets_as_before(content)
    assert detect.form_end(content) is not None


CLOSING = ["Table I - Non-Derivative Securities Acquired", "Signature of\nReporting  Person",
           "intentional **misstatements** or omissions", "signature of reporting person", "ΣΣ",
           "<a\nb>", "<b>", "|", "\n\n  ", "İ", "\u2028", "\x1c", "word"]


@settings(max_examples=300, deadline=None, derandomize=True)
@given(text_=st.lists(st.sampled_from(CLOSING + PIECES), max_size=30).map(" ".join))
def test_where_the_form_ends_in_any_text(text_):
    assert _offsets(text_) == _offsets_as_before(text_)


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
    expected = [unread._word_key(w) for w in unread._WORD.findall(text_.lower())
                if not unread._PLACEHOLDER.fullmatch(w)]
    assert unread._words(text_) == expected
