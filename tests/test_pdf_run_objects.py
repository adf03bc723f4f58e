"""A PDF's run of raised digits cut where its text objects part it (``inputs/run_objects.py``):
a PDF maker drawing each ``<sup>`` as one text object (WeasyPrint does) makes
"<sup>31</sup><sup>32</sup>" two objects and "<sup>12</sup>" one, where their glyphs'
boxes alone read the same as one number or several. Read where each object's digits
name a listed note, rising, and the document's runs read one way only prove one mark
per object (a mark's digits in one object, marks side by side in several). The tiny
PDF ``fixtures/pdf/raised_objects.pdf`` was made by WeasyPrint 70 from five lines of
HTML (four marked words, the caption, notes 1 to 14)."""

from __future__ import annotations

import pytest

from form4lark.inputs.glyphs import Char, _lone_marks, upright, words_of_chars
from form4lark.inputs.raised_runs import CUT, RUN, read_runs
from form4lark.inputs.run_objects import cut_runs
from form4lark.inputs.words import Word
from support import FIXTURES, fixture_bytes

TWENTY_NINE = range(1, 30)
#: two runs proving (with 29 notes) a producer that draws each mark as one object: "21"
#: in one object (its one reading: note 21) and "9", "10" in two (notes 9 and 10)
PROOF = (("Trust", 0, 10, -60, 10), ("21", 25, 8, -56, 11),
         ("Shares", 0, 10, -90, 12), ("9", 30, 8, -86, 13), ("10", 34, 8, -86, 14))


def _glyphs(text: str, x: float, size: float = 10.0, raised: float = 0.0) -> list[Char]:
    """``text``'s glyphs from ``x``, each as wide as half its ``size``, its baseline
    ``raised`` above the line's (PDF space: y up, the line's baseline at 0)."""
    return [Char(ord(ch), x + size / 2 * i, raised, x + size / 2 * (i + 1), raised + size)
            for i, ch in enumerate(text)]


def _page(*parts: tuple[str, float, float, float, int]) -> tuple[list[Char], list[int]]:
    """Glyphs of ``parts`` (text, x, size, rise, object) and each one's object."""
    chars: list[Char] = []
    objects: list[int] = []
    for text, x, size, rise, obj in parts:
        chars += _glyphs(text, x, size, rise)
        objects += [obj] * len(text)
    return chars, objects


def _notes(*numbers: int) -> list[Word]:
    def w(text: str, x0: float, top: float) -> Word:
        return Word(text, x0, x0 + 5 * len(text), top, top + 10, 1)

    words = [w("Explanation", 10, 500), w("of", 70, 500), w("Responses:", 85, 500)]
    for n, number in enumerate(numbers):
        words += [w(f"{number}.", 10, 520 + 20 * n), w("A", 25, 520 + 20 * n),
                  w("note.", 32, 520 + 20 * n)]
    return words


def _read(chars: list[Char], objects: list[int], notes=TWENTY_NINE) -> list[str]:
    words = cut_runs(words_of_chars(chars), chars, list(range(len(chars))), objects.__getitem__)
    return [w.text for w in read_runs([*words, *_notes(*notes)])][:-3 - 3 * len(notes)]


def test_a_run_drawn_as_one_object_is_one_note_s_mark() -> None:
    """"Footnote" and a raised "12" drawn as one object, with 29 notes listed: note 12
    (before, note 12 or notes 1 and 2: not known); the same run with no objects told
    is read as before."""
    chars, objects = _page(("Footnote", 0, 10, 0, 1), ("12", 40, 8, 4, 2), *PROOF)
    assert _read(chars, objects) == ["Footnote(12)", "Trust(21)", "Shares(9)(10)"]
    chars, objects = _page(("Footnote", 0, 10, 0, 1), ("12", 40, 8, 4, 2))
    words = words_of_chars(chars)
    assert [w.text for w in read_runs([*words, *_notes(*TWENTY_NINE)])][:1] == ["Footnote12"]


def test_a_run_drawn_as_two_objects_is_two_notes_marks() -> None:
    """"<sup>13</sup><sup>14</sup>" after an amount: notes 13 and 14 (as its digits read
    one way too); "<sup>1</sup><sup>2</sup>" after "Footnote": notes 1 and 2."""
    chars, objects = _page(("3,891", 0, 10, 0, 1), ("13", 25, 8, 4, 2), ("14", 33, 8, 4, 3),
                           *PROOF)
    assert _read(chars, objects)[0] == "3,891(13)(14)"
    chars, objects = _page(("Footnote", 0, 10, 0, 1), ("1", 40, 8, 4, 2), ("2", 44, 8, 4, 3),
                           *PROOF)
    assert _read(chars, objects)[0] == "Footnote(1)(2)"


def test_objects_are_not_read_without_proof_of_one_mark_per_object() -> None:
    """A producer joining a font's glyphs into one object ("<sup>1</sup><sup>2</sup>" one
    object "12", "<sup>2</sup><sup>3</sup>" one "23") and one drawing each raised glyph
    apart ("1", "2" two objects for a note 12) give objects that prove nothing without
    runs read one way only showing both a mark's digits together and marks apart: the
    runs stay unknown (glued), as boxes alone leave them."""
    chars, objects = _page(("Footnote", 0, 10, 0, 1), ("12", 40, 8, 4, 2),
                           ("Trust", 0, 10, -30, 3), ("23", 25, 8, -26, 4))
    assert _read(chars, objects) == ["Footnote12", "Trust23"]
    assert _read(chars, objects, notes=range(1, 14))[0] == "Footnote12"
    chars, objects = _page(("Footnote", 0, 10, 0, 1), ("1", 40, 8, 4, 2), ("2", 44, 8, 4, 3))
    assert _read(chars, objects) == ["Footnote12"]
    chars, objects = _page(("Footnote", 0, 10, 0, 1), ("1", 40, 8, 4, 2), ("2", 44, 8, 4, 3),
                           *PROOF[:2])
    assert _read(chars, objects)[0] == "Footnote12"


def test_objects_are_no_cut_where_the_page_draws_glyph_by_glyph() -> None:
    """Every glyph its own object (the word before the run too): the objects tell no
    cut, the run is read as before (note 12 or notes 1 and 2: left glued, unknown)."""
    chars, _ = _page(("Footnote", 0, 10, 0, 1), ("12", 40, 8, 4, 2))
    assert _read(chars, list(range(len(chars)))) == ["Footnote12"]


def test_objects_holding_several_marks_are_not_read_whole_in_the_document() -> None:
    """An object whose digits name no listed note ("56" with notes 1 to 29... "56" past
    them) shows a producer that draws marks side by side as one object: no run of that
    document is read by its objects ("12" stays unknown), one way of the digits only."""
    chars, objects = _page(("Footnote", 0, 10, 0, 1), ("12", 40, 8, 4, 2),
                           ("Trust", 0, 10, -30, 3), ("56", 25, 8, -26, 4))
    assert _read(chars, objects) == ["Footnote12", "Trust56"]


def test_objects_are_read_only_into_listed_notes_rising_as_the_digits_allow() -> None:
    """Objects "2" and "1" (not rising, where the digits read note 21 alone) contradict
    one another: not known (left glued, as an unread run is). Objects "3" and "0" (no note
    0) show objects that are no marks: the document's runs are read as before ("30")."""
    chars, objects = _page(("Footnote", 0, 10, 0, 1), ("2", 40, 8, 4, 2), ("1", 44, 8, 4, 3),
                           *PROOF)
    assert _read(chars, objects)[0] == "Footnote21"
    chars, objects = _page(("Footnote", 0, 10, 0, 1), ("3", 40, 8, 4, 2), ("0", 44, 8, 4, 3))
    assert _read(chars, objects, notes=range(1, 40)) == ["Footnote(30)"]


def test_a_mark_alone_in_its_cell_beside_the_next_cell_s_is_found() -> None:
    """Marks alone in two cells side by side ("29" in the exercise date's cell, "29" in
    the expiration date's) are two runs, each its own object (not one run "2929")."""
    chars, objects = _page(("02/17/2021", 0, 10, 0, 1), ("29", 70, 8, 4, 2),
                           ("29", 110, 8, 4, 3))
    words = _lone_marks(words_of_chars(chars))
    cut = cut_runs(words, chars, list(range(len(chars))), objects.__getitem__)
    assert [w.text for w in cut][1:] == [RUN + "29" + CUT] * 2


def test_a_number_beside_a_value_ending_in_a_raised_run_is_no_mark() -> None:
    """"$25.1001" and its raised "27" make a box taller than the "600" of the next cell,
    their tops even (PLTR-20210217-1's agent page: the price's line set lower by its
    mark): that box is no measure of the "600" (kept a value, never a raised mark)."""
    chars = _glyphs("$25.1001", 0) + _glyphs("27", 40, 8, 4) + _glyphs("600", 80, 10, 2)
    assert [w.text for w in words_of_chars(chars)] == ["$25.1001" + RUN + "27", "600"]


def test_a_small_number_beside_a_value_ending_in_a_raised_run_is_measured_by_the_value() -> None:
    """A lone "3" set small at the top of the cell after "$25.10" and its raised "27" is
    a mark, as beside "$25.10" alone: measured against the price's own box, not the
    taller one its raised run makes."""
    chars = _glyphs("$25.10", 0) + _glyphs("27", 30, 8, 4) + _glyphs("3", 80, 8, 2)
    assert [w.text for w in words_of_chars(chars)] == ["$25.10" + RUN + "27", "(3)"]
    chars = _glyphs("$25.10", 0) + _glyphs("3", 80, 8, 2)
    assert [w.text for w in words_of_chars(chars)] == ["$25.10", "(3)"]


def test_runs_are_cut_only_on_pages_read_in_pdfium_s_order() -> None:
    """A page turned by its characters' angle (sideways, no /Rotate) or by its /Rotate is
    read by its boxes, not in pdfium's order: its runs are not looked for among its
    characters (``pdf.pdf_words`` cuts runs only where ``upright``)."""
    chars = _glyphs("Footnote", 0)
    assert upright(chars, False)
    assert not upright(chars, True)
    assert not upright([c._replace(angle=3 * 3.14159265 / 2) for c in chars], False)


def test_a_weasyprint_pdf_s_runs_are_cut_by_its_own_text_objects() -> None:
    """pdfium's own text objects (``run_objects.text_object_of``, each glyph's index on
    the text page as ``pdf._chars`` maps it) on a tiny PDF WeasyPrint made (14 notes):
    "<sup>12</sup>" is note 12, "<sup>13</sup><sup>14</sup>" notes 13 and 14, proved one
    mark per object by "<sup>10</sup>" (note 10 only) and "<sup>9</sup><sup>10</sup>"
    (notes 9 and 10 only)."""
    pytest.importorskip("pypdfium2", reason="the pdf extra (pypdfium2) is not installed")
    from form4lark.inputs.pdf import pdf_words

    words = pdf_words(fixture_bytes(FIXTURES / "pdf" / "raised_objects.pdf"))
    assert [w.text for w in words][:4] == ["Notes(12)", "3,891(13)(14)", "Notes(10)",
                                           "Notes(9)(10)"]
