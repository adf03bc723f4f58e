"""markitdown's text of the agent design's PDF: each row a table of its own, its title's
wrapped end printed after it with the mark's raise lost ("| Common | ... |" then
"Stock1"), and the column headers' titles wrapped at their slashes on lines of their
own ("Year) (D) and 4)"). The wrapped end is the row's title's, its figures the mark
(form/row_loose_words.glued_mark_written); the header's lines are no row; and an amount
printed ungrouped among grouped ones ("7721" beside "27,542") is unknown where the
text glues marks on words elsewhere ("Seed2"), in a part of the table left unread too
(bare_marks.holds_word_marks)."""

from __future__ import annotations

from decimal import Decimal

from form4lark.bare_marks import holds_word_marks
from form4lark.form.atoms import Atom
from form4lark.form.row_loose_words import glued_mark_written
from form4lark.page import Piece
from support import FIXTURES, table_fields_off, wrong_fields

AGENT = FIXTURES / "agent"


def _atoms(line: str) -> list[Atom]:
    return [Atom("TEXT", word, 0, n, 0, Piece(word, 1, n)) for n, word in enumerate(line.split())]


def test_a_titles_wrapped_end_after_its_row_with_its_mark_glued_on():
    # AAPL-20190502-1: five sales, each "| Common | 05/02/2019 | ... |" then "Stock1";
    # Table II printed empty under a header of wrapped titles
    form, off = table_fields_off(AGENT / "AAPL-20190502-1" / "agent" / "markitdown-pdf.txt")
    rows = form.non_derivative_transactions
    assert [(r.security_title, r.footnotes.get("security_title")) for r in rows] == \
        [("Common Stock", ("1",))] * 5
    assert [r.shares for r in rows] == [Decimal(n) for n in ("13433", "18256", "8601",
                                                            "14571", "1550")]
    assert form.derivative_transactions == ()
    assert not [d for d in form.diagnostics if d.severity == "error"]
    assert not wrong_fields(off)
    assert not [f for f in off if f.startswith(("non_derivative", "derivative"))]


def test_the_glued_figures_are_a_mark_only_where_they_name_a_listed_note():
    assert [a.text for a in glued_mark_written(_atoms("Stock1"), frozenset("12"))] == \
        ["Stock(1)"]
    assert [a.text for a in glued_mark_written(_atoms("Partners, L.P.23"), frozenset("23"))] == \
        ["Partners,", "L.P.(2)(3)"]
    assert glued_mark_written(_atoms("Stock1"), frozenset("2")) is None  # no note 1
    assert glued_mark_written(_atoms("Fund LP2"), frozenset("2")) is None  # a two-letter word
    assert glued_mark_written(_atoms("13,433 D"), frozenset("3")) is None  # values


def test_an_ungrouped_amount_is_unknown_where_words_glue_marks():
    # EB-20210112-1: "| Class A | 01/12/2021 | A | 7721 A | $0.0 | 27,542 | D |", note 1
    # referred to by nothing read; the table's last row, left unread, prints "Seed2"
    form, off = table_fields_off(AGENT / "EB-20210112-1" / "agent" / "markitdown-pdf.txt")
    assert form.non_derivative_transactions[0].shares is None
    assert not wrong_fields(off)


def test_a_word_with_a_listed_notes_figures_glued_on_shows_glued_marks():
    assert holds_word_marks("| Common | | Seed2 |", ("1", "2"))
    assert not holds_word_marks("| Common | | Seed3 |", ("1", "2"))  # no note 3
    assert not holds_word_marks("| Fund LP2 |", ("1", "2"))  # a two-letter word
