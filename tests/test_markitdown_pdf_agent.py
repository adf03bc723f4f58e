"""markitdown's text of the agent design's PDF: each row a table of its own, its title's
wrapped end printed after it with the mark's raise lost ("| Common | ... |" then
"Stock1"), and the column headers' titles wrapped at their slashes on lines of their
own ("Year) (D) and 4)"). The wrapped end is the row's title's, its figures the mark
(form/row_loose_words.glued_mark_written); the header's lines are no row; and an amount
printed ungrouped among grouped ones ("7721" beside "27,542") is unknown where the
text glues marks on words elsewhere ("Seed2"), in a part of the table left unread too
(bare_marks.holds_word_marks). A table of cells whose codes print their marks glued on
("| Class A | 11/23/2012 || C1 |...", each title's end on lines of its own) is read
again with those marks read off (form/bare_cell_marks.py), as a row a line's; the
lines of cells under a row read by its values' kinds are put on the row's cells at their
places, a mark glued on a nature's last word read off where it names a listed note
("| Stock |...| Seed Fund, L.P.2 |": form/row_word_cells.py); and an amount with its
marks glued on whose cell holds the direction too ("| 10,0001 A |") is read as the
amount and its marks."""

from __future__ import annotations

from decimal import Decimal

from form4lark import parse
from form4lark.bare_marks import _lone_read, holds_word_marks
from form4lark.form.atoms import Atom
from form4lark.form.glued_amount_cells import glued_amounts_printed, glued_amounts_written
from form4lark.form.row_loose_words import glued_mark_written, glues_long_words
from form4lark.page import Piece
from form4lark.sections import Cell
from support import (FIXTURES, edited_text, fixture_text, read_none_wrong, table_fields_off,
                     wrong_fields)

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
    # the wrapped ends were read into the titles: no line of the table is left unexplained
    assert not [d for d in form.diagnostics if "was not read" in d.message]


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
    # a label run into its value outside the tables is no mark
    assert not holds_word_marks("Address12 MAIN STREET\nTable I - Non-Derivative Securities "
                                "Acquired, Disposed of, or Beneficially Owned\n| Common |",
                                ("1", "2"))


#: AAPL-20190502-1's first row and the title's wrapped end markitdown printed after it
_FIRST_ROW = ("| Common | 05/02/2019 |       | S   |        |     | 13,433 D | $208.992 |        "
              "| 151,187 | D   |     |\nStock1\n")


def test_a_number_after_a_word_it_designates_is_no_mark():
    # "Series 2": the title's own number (no title ends on "Series"), glued on or apart
    assert glued_mark_written(_atoms("Stock, Series2"), frozenset("12")) is None
    assert glued_mark_written(_atoms("Preferred Class1"), frozenset("12")) is None
    assert not holds_word_marks("| Series2 |", ("1", "2"))
    assert _lone_read("Preferred Stock, Series 2", frozenset("2"), ("1", "2"),
                      "Preferred Stock, Series\n2\n") is None
    # the first row's title "Preferred Stock, Series 2" wrapped after its row: the "2" is
    # the series', not note 2's mark (the table is left out rather than misread)
    text = fixture_text(AGENT / "AAPL-20190502-1" / "agent" / "markitdown-pdf.txt")
    assert _FIRST_ROW in text
    form = parse(text.replace(_FIRST_ROW, _FIRST_ROW.replace("| Common |", "| Preferred |")
                              .replace("Stock1", "Stock, Series 2")))
    first = (form.non_derivative_transactions or [None])[0]
    assert first is None or first.security_title in (None, "Preferred Stock, Series 2")
    assert first is None or first.price_per_share in (None, Decimal("208.99"))


def test_glued_code_marks_of_a_table_of_cells_with_titles_wrapped_apart():
    # YELP-20121123-1: "| Class A | 11/23/2012 |  | C1 | ... | 2,800 | A | $0.00 |" then
    # "Common", "Stock": the lines of words alone do not keep the table from being read
    # with "C1" as code C and mark 1 (note 1 listed)
    path = AGENT / "YELP-20121123-1" / "agent" / "markitdown-pdf.txt"
    form, _ = read_none_wrong(path)
    rows = form.non_derivative_transactions or []
    assert [(r.transaction_code, r.shares, r.acquired_disposed, dict(r.footnotes))
            for r in rows[::2]] == [("C", Decimal(n), "A", {"transaction_code": ("1",)})
                                    for n in ("2800", "12870", "9330")]
    # "$19.01862": price 19.0186 and mark 2, or 19.01862: unknown
    assert [r.price_per_share for r in rows[1::2]] == [None, None, None]


def test_a_rows_lines_of_cells_under_it_continue_the_cells_at_their_places():
    # SQ-20180702-1: "| Class A |...| 899,976 | I | Sequoia Capital |", then
    # "| Common |...| U.S. Venture 2010- |" and "| Stock |...| Seed Fund, L.P.2 |": each
    # cell under the row's title or nature continues it, "L.P.2" the nature's mark 2
    path = AGENT / "SQ-20180702-1" / "agent" / "markitdown-pdf.txt"
    form, _ = read_none_wrong(path)
    holdings = form.non_derivative_holdings or []
    assert [(h.security_title, h.nature_of_ownership, dict(h.footnotes)) for h in holdings] == [
        ("Class A Common Stock", "Sequoia Capital U.S. Venture 2010-Seed Fund, L.P.",
         {"nature_of_ownership": ("2",)}),
        ("Class A Common Stock", "Sequoia Capital U.S. Growth Fund IV, L.P.",
         {"nature_of_ownership": ("3",)}),
        ("Class A Common Stock", "Sequoia Capital USGF Principals Fund IV, L.P.",
         {"nature_of_ownership": ("3",)})]
    # "2231 A": 223 and mark 1, or 2,231 ungrouped: unknown
    assert [r.shares for r in form.non_derivative_transactions or []] == [None]


def test_an_amounts_glued_marks_in_a_cell_shared_with_its_direction():
    # AOSL-20250317-1: "| A |||| 10,0001 A | $0 | 69,064234 | D |": note 1 listed, the
    # amount 10,000 with mark 1, its direction A in the same cell
    path = AGENT / "AOSL-20250317-1" / "agent" / "markitdown-pdf.txt"
    form, _ = read_none_wrong(path)
    first = (form.non_derivative_transactions or [])[0]
    assert (first.transaction_code, first.shares, first.acquired_disposed,
            first.footnotes.get("shares")) == ("A", Decimal("10000"), "A", ("1",))


#: SQ-20180702-1's first holding's last line, and the lines of a holding whose cells the
#: page prints bottom-aligned: its title and nature over its values, its title cell empty
_SEED_FUND = ("| Stock   |     |     |     |     |     |     |     |     |         |     "
              "| Seed Fund, L.P.2   |\n")
_WORDS_OVER = ("| Class B |     |     |     |     |     |     |     |     |         |     "
               "| By Trust           |\n")
_VALUES = ("|         |     |     |     |     |     |     |     |     | 1,000   | I   "
           "|                    |\n")


def test_a_line_of_words_over_an_untitled_row_is_not_the_row_aboves():
    # "| Class B |...| By Trust |" over "|...| 1,000 | I | |": the next row's title and
    # nature, never the end of "Class A Common Stock" and of its nature; with the title
    # alone too (the nature cell empty)
    path = AGENT / "SQ-20180702-1" / "agent" / "markitdown-pdf.txt"
    for words in (_WORDS_OVER, _WORDS_OVER.replace("By Trust", "        ")):
        form = parse(edited_text(path, (_SEED_FUND, _SEED_FUND + words + _VALUES), once=True))
        for holding in form.non_derivative_holdings or []:
            assert "Class B" not in (holding.security_title or "")
            assert "By Trust" not in (holding.nature_of_ownership or "")
            assert holding.security_title in (None, "Class A Common Stock", "Class B")


def test_a_row_read_by_kind_whose_amount_has_a_marks_figure_glued_on():
    # AFRM-20230103-1: "| Class A | 01/03/2023 || S ||| 16,2871 | D | $9.13012 |||
    # 52,860 | D ||": fourteen cells, not the form's, so read by kind; "16,2871" is an amount
    # grouped by thousands with one figure more, a mark's (form/glued_amount_cells.py); and
    # "| Common |...|| Fund Growth, LP4 |" under a row, in a table printing "Growth, LLC4":
    # a two-letter word glues its mark on too (row_loose_words.glues_long_words)
    form, off = read_none_wrong(AGENT / "AFRM-20230103-1" / "agent" / "markitdown-pdf.txt")
    sales = form.non_derivative_transactions
    assert [(r.shares, r.footnotes.get("shares")) for r in sales] == \
        [(Decimal("16287"), ("1",)), (Decimal("1000"), ("1",))]
    holdings = form.non_derivative_holdings
    assert [(h.nature_of_ownership, h.footnotes.get("nature_of_ownership"))
            for h in holdings[:2]] == [("By FF Affirm Growth, LLC", ("4",)),
                                       ("By The Founders Fund Growth, LP", ("4",))]
    assert not [f for f in off if f.startswith("non_derivative_transactions")]


def test_a_two_letter_word_whose_figures_no_long_word_glues_is_no_mark():
    # the same text with "| Fund Growth, LP4 |" made "| Fund Growth, FY23 |": notes 2 and 3
    # are listed, but the table's long words glue only mark 4 ("LLC4"), so "FY23" is no
    # word with marks 2 and 3 glued on, and the price rule for unmarked notes stands
    path = AGENT / "AFRM-20230103-1" / "agent" / "markitdown-pdf.txt"
    form = parse(edited_text(path, ("| Fund Growth, LP4 |", "| Fund Growth, FY23 |"), once=True))
    assert not [h for h in form.non_derivative_holdings or []
                if (h.nature_of_ownership or "").endswith("FY")]
    assert not [r for r in form.non_derivative_transactions or []
                if r.price_per_share in (Decimal("9.13012"), Decimal("10.073"))]


def test_an_amount_with_a_figure_past_its_group_is_written_with_its_mark_then_as_printed():
    written, printed = glued_amounts_written(_atoms("S 16,2871 D $9.13012 1,000 16,28712"))
    assert [a.text for a in written] == ["S", "16,287(1)", "D", "$9.13012", "1,000", "16,28712"]
    assert glued_amounts_printed({"shares": Cell("16,287(1)", 3, 4)}, printed) == \
        {"shares": Cell("16,2871", 3, 4)}


def test_a_two_letter_word_glues_a_mark_only_beside_a_long_word_gluing_one():
    assert glued_mark_written(_atoms("Fund LP2"), frozenset("2"), frozenset("2"))[-1].text \
        == "LP(2)"
    assert glued_mark_written(_atoms("Fund LP2"), frozenset("2")) is None
    assert not glues_long_words(_atoms("Fund LP2"), frozenset("2"))
    assert glues_long_words(_atoms("Growth, LLC4"), frozenset("4")) == frozenset("4")
    assert not glues_long_words(_atoms("Growth, LLC4"), frozenset("3"))  # no note 4
    # a two-letter word's figures are marks only where long words glue those marks:
    # "FY23" beside "LLC4" names a year, no notes 2 and 3
    assert glued_mark_written(_atoms("Growth, FY23"), frozenset("234"), frozenset("4")) is None
    assert glued_mark_written(_atoms("Growth, LP4"), frozenset("234"), frozenset("4"))[-1].text \
        == "LP(4)"
