"""The cheap ways of the row and cell checks give what the plain ones give.

``row_pairs.readings`` walks only the sets of cuts whose known cell reads
(``_known_first``; told by the first word where it begins no title: ``_unbegun``), the
checks run on every text cell and note try their patterns only where a text can match, and
``join_wrapped_labels`` joins the pieces a second time only where a box's label is cut off.
Each is checked here against the plain way, kept here as the reference.
"""

from __future__ import annotations

import re
import zlib
from itertools import product

from hypothesis import given, settings
from hypothesis import strategies as st

from form4lark import build
from form4lark.form import notes
from form4lark.form.atoms import Atom
from form4lark.form.row_pairs import _cuts, _known_first, _title_start, _unbegun
from form4lark.page import Line, Piece
from form4lark.shapes import wrapped_labels

WORDS = st.sampled_from(["Common", "Stock", "(1)", "By", "Trust", "Non", "Qualified", "10b5",
                         "1", "Rule", "$12.50(2)", "14,657(3)", "/s/", "/S/", "Fund", "I", "-"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(WORDS, max_size=4), max_size=3), st.integers(1, 3), st.integers(0, 2),
       st.integers(1, 5), st.integers(0, 4))
def test_known_first_is_the_product_filtered_in_its_order(lines, count, at, modulo, rest):
    at = min(at, count - 1)
    cuts = [_cuts(line, count) for line in lines]

    def reads(runs):  # any test of the known cell's words alone
        return zlib.crc32(repr([list(run) for run in runs]).encode()) % modulo == rest % modulo

    plain = [way for way in product(*cuts) if reads(tuple(cut[at] for cut in way))]
    assert list(_known_first(cuts, at, reads)) == plain


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(WORDS, max_size=3), max_size=3), st.lists(WORDS, max_size=2),
       st.integers(0, 3), st.integers(1, 3), st.integers(0, 2), st.integers(0, 1 << 16))
def test_known_first_refuted_by_its_first_word_reads_the_same(lines, part, up, count, at, seed):
    # the ways whose first word begins no title are read only from the titles read before
    at, up = min(at, count - 1), min(up, len(lines))
    atoms = [[Atom("TEXT", w, n, 0, 0, Piece(w, n + 1, 1)) for w in line]
             for n, line in enumerate(lines)]
    known = [Atom("TEXT", w, 9, 0, 0, Piece(w, 10, 1)) for w in part]
    begins = _title_start(frozenset({"Common Stock", "Trust", "Non-Qualified"}))
    cuts = [_cuts(line, count) for line in atoms]

    def words_of(runs):
        return [a for run in [*runs[:up], known, *runs[up:]] for a in run]

    def pseudo(words, salt):  # a reading told by the words alone, the same each time
        return zlib.crc32(f"{salt}{seed}{[a.text for a in words]}".encode()) % 3 == 0

    titled = {}  # titles read before, some whose first word begins no title
    for way in product(*cuts):
        words = words_of(tuple(cut[at] for cut in way))
        if words and pseudo(words, "titled"):
            titled[tuple(map(id, words))] = (words, pseudo(words, "title"))

    def reads(runs):  # ``readings``' known_reads, neither opened nor loose
        words = words_of(runs)
        seen = titled.get(tuple(map(id, words)))
        if seen is None:
            return begins(words) and pseudo(words, "reads")
        return bool(seen[1])

    plain = list(_known_first(cuts, at, reads))
    assert list(_known_first(cuts, at, reads, _unbegun(atoms[:up], known, begins, titled))) == plain


TITLES = st.one_of(st.text(alphabet="ab \n", max_size=20), st.builds(
    lambda half, by: ("By " if by else "") + half + " " + half, st.text(alphabet="ab ", max_size=9),
    st.booleans()))


@settings(max_examples=400, deadline=None)
@given(TITLES)
def test_not_one_title_is_the_pattern(value):
    assert build._not_one_title(value) == bool(build._NOT_ONE_TITLE.fullmatch(value))


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=8).map(" ".join))
def test_hyphens_put_back_as_the_patterns_put_them(text):
    plain = build._JOINED_RULE.sub(r"\1-\2", build._JOINED_NON.sub(r"\1-", text))
    assert build.hyphens_put_back(text) == plain


def test_hyphens_put_back_still_puts_them_back():
    assert build.hyphens_put_back("NonQualified Stock Option under Rule 10b51") == (
        "Non-Qualified Stock Option under Rule 10b5-1")


def _atoms(words: list[str]) -> list[Atom]:
    piece = Piece(" ".join(words), 1, 1)
    return [Atom("TEXT", word, 0, 0, 0, piece) for word in words]


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=8))
def test_note_checks_are_the_plain_ones(words):
    body = _atoms(words)
    assert notes._signed_in(body) == any("/s/" in a.text.lower() for a in body)
    assert notes._holds_table_values(body) == (any(
        notes._MARKED_VALUE.fullmatch(a.text) for a in body) or bool(
        notes._CELLS_SIDE_BY_SIDE.search(" ".join(a.text for a in body))))


def test_box_cut_in_tells_where_box_cuts_cut():
    whole = Line([Piece("WILLIAMS JEFFREY E 3. Date of Earliest Transaction", 1, 1, x=0.0,
                        x_end=300.0)])
    plain = Line([Piece("WILLIAMS JEFFREY E", 1, 1, x=0.0, x_end=100.0)])
    for lines in ([whole], [plain], [plain, whole]):
        cut = wrapped_labels._box_cuts(lines)
        assert wrapped_labels._box_cut_in(lines) == (cut != lines)
    assert wrapped_labels._box_cut_in([whole])
    assert re.search("3. Date", wrapped_labels._box_cuts([whole])[0].pieces[-1].text)
