"""A PDF's superscript footnote marks of more than one digit (``inputs/raised_runs.py``)
and a superscript a browser wrapped alone onto the next line (``glyphs._wrapped_mark``).

"<sup>5</sup><sup>6</sup>" and "<sup>56</sup>" print the same glyphs at the same places:
the run is read against the notes the document lists, where one cut of its digits into
listed notes' numbers, rising, is possible; otherwise it stays unread as before.
"""

from __future__ import annotations

import pytest

from form4lark.inputs.glyphs import _lone_marks
from form4lark.inputs.raised_runs import RUN, listed_notes, read_runs, run_marks
from form4lark.inputs.words import Word

SEVEN = frozenset("1234567")
THIRTY_TWO = frozenset(str(n) for n in range(1, 33))
TWENTY_SIX = frozenset(str(n) for n in range(1, 27))


@pytest.mark.parametrize(("digits", "notes", "marks"), [
    ("56", SEVEN, "(5)(6)"),            # no note 56: notes 5 and 6
    ("123", SEVEN, "(1)(2)(3)"),
    ("3132", THIRTY_TWO, "(31)(32)"),   # 3, 1, 3, 2 do not rise: 31 and 32
    ("21", THIRTY_TWO, "(21)"),         # 2 then 1 does not rise: note 21
    ("12", THIRTY_TWO, None),           # note 12, or notes 1 and 2: not known
    ("23", THIRTY_TWO, None),
    ("89", SEVEN, None),                # no listed note: not a mark read
    ("65", SEVEN, None),                # 6 then 5: not in the notes' order
    ("27", TWENTY_SIX, None),           # notes 2 and 7, or note 27 the text lost past 26
    ("2627", TWENTY_SIX, None),         # 26 and a lost 27, or 2, 6 and a lost 27
])
def test_a_run_is_read_where_one_cut_names_listed_notes(digits, notes, marks) -> None:
    assert run_marks(digits, notes) == marks


def _w(text: str, x0: float, top: float, page: int = 0, height: float = 10.0) -> Word:
    return Word(text, x0, x0 + 5 * len(text), top, top + height, page)


def _notes(*numbers: int, page: int = 1) -> list[Word]:
    words = [_w("Explanation", 10, 500, page), _w("of", 70, 500, page),
             _w("Responses:", 85, 500, page)]
    for n, number in enumerate(numbers):
        words += [_w(f"{number}.", 10, 520 + 20 * n, page), _w("A", 25, 520 + 20 * n, page),
                  _w("note.", 32, 520 + 20 * n, page)]
    return words


def test_the_notes_listed_are_read_from_the_lines_below_the_caption() -> None:
    words = [_w("2.", 10, 100), _w("Transaction", 22, 100), *_notes(1, 2, 3)]
    words.append(_w("17.", 200, 600, page=1))  # not at the caption's left edge
    assert listed_notes(words) == frozenset("123")
    assert listed_notes(words[:2]) == frozenset()  # no caption: none


def test_runs_read_as_marks_against_the_listed_notes() -> None:
    words = [_w("$25.00" + RUN + "23", 100, 50), _w(RUN + "56", 200, 50),
             _w("LLC" + RUN + "23", 300, 50), _w("L.P." + RUN + "12", 400, 50)]
    read = read_runs([*words, *_notes(*range(1, 8))])
    assert [w.text for w in read[:4]] == ["$25.00(2)(3)", "(5)(6)", "LLC(2)(3)", "L.P.(1)(2)"]
    # with notes 1 to 12 "12" is not known, and "23", "56" may be notes the text lost past
    # 12: left out after a value or alone, glued after letters
    read = read_runs([*words, *_notes(*range(1, 13))])
    assert [w.text for w in read[:3]] == ["$25.00", "LLC23", "L.P."]
    # with no notes listed, as before: a value's run and a lone run left out
    assert [w.text for w in read_runs(words)] == ["$25.00", "LLC23", "L.P."]


def test_a_superscript_wrapped_alone_onto_the_next_line_is_its_words_mark() -> None:
    # U-20220211-1's agent page: "Endurance Partners, L.P." then a "23" set about a tenth
    # smaller at the top of the line below, at the cell's left edge
    words = [Word("Partners,", 700, 740, -315.5, -306.1), Word("L.P.", 742, 758, -315.5, -306.1),
             Word("23", 656.9, 666.0, -306.1, -297.8), Word("Common", 37.8, 73.8, -290.2, -280.9)]
    assert [w.text for w in _lone_marks(words)] == ["Partners,", "L.P." + RUN + "23", "Common"]
    one = [*words[:2], words[2]._replace(text="2"), words[3]]
    assert [w.text for w in _lone_marks(one)] == ["Partners,", "L.P.(2)", "Common"]
    # a number of the text's own size on the next line is the text's ("Venture" / "2010")
    words[2] = Word("2010", 656.9, 675.0, -306.1, -296.8)
    assert [w.text for w in _lone_marks(words)] == ["Partners,", "L.P.", "2010", "Common"]


def test_a_wrapped_mark_beside_a_run_alone_keeps_every_other_word_in_place() -> None:
    # the wrapped "23" is joined to "L.P." (its box left out) on a page that also holds a
    # run of raised digits alone: the run goes back where it stood, no word lost or moved
    words = [Word("L.P.", 100, 120, -100.0, -90.0), Word("23", 90, 97, -90.0, -83.0),
             Word(RUN + "56", 300, 310, -60.0, -50.0), Word("Stock", 400, 430, -40.0, -30.0)]
    assert [w.text for w in _lone_marks(words)] == ["L.P." + RUN + "23", RUN + "56", "Stock"]
