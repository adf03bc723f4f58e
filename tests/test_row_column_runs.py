"""Table II's body printed as runs of columns (``form/row_column_runs.py``).

The fixture is pdfminer's text of the sec design (outside the corpus, made by
``benchmarks/other_converters.py``): every title, then each row's price mark and
date in turn, the codes, each row's amount and first date in turn, the second
dates, the underlying titles, amounts, prices, amounts owned after and letters,
with the column sub-headers among them. Its Table II is read to the filing's
truth (only the (A)/(D) that a stream does not show is missed); a run short of a
cell, or a page of it, is left out rather than shifted.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import form4lark
from form4lark.form.atoms import Atom
from form4lark.form.column_tokens import TABLE_I, TABLE_II, Token, grammar
from form4lark.form.row_column_runs import _nature_cuts
from form4lark.form.run_titles import mended_titles
from form4lark.page import Piece
from support import FIXTURES, fixture_text, off_fields, truth_of

YELP = FIXTURES / "column_runs" / "YELP-20121123-1" / "sec" / "pdfminer.txt"


def _table_ii(text: str) -> tuple[int, int]:
    return text.index("Table II -"), text.index("Explanation of Responses")


def test_table_ii_matches_truth() -> None:
    form = form4lark.parse(fixture_text(YELP))
    assert form.derivative_transactions and len(form.derivative_transactions) == 3
    off = [f for f in off_fields(truth_of(YELP), form) if f.startswith("derivative_")]
    assert off and all(".acquired_disposed missed" in f for f in off)


def test_a_run_short_of_one_cell_leaves_the_table_out() -> None:
    text = fixture_text(YELP)
    start, end = _table_ii(text)
    form = form4lark.parse(text[:start] + text[start:end].replace("$0\n", "", 1) + text[end:])
    assert form.derivative_transactions is None
    assert any(d.field.startswith("derivative") and d.severity == "error"
               for d in form.diagnostics)


@pytest.mark.parametrize("broken", [False, True])
def test_each_page_is_read_alone(broken: bool) -> None:
    """A table printed again after a page break is read page by page; a page that does
    not read leaves the rows before it, with a diagnostic."""
    text = fixture_text(YELP)
    start, end = _table_ii(text)
    again = text[start:end].replace("$0\n", "", 1) if broken else text[start:end]
    form = form4lark.parse(text[:end] + again + text[end:])
    assert form.derivative_transactions is not None
    assert len(form.derivative_transactions) == (3 if broken else 6)
    warned = any("page by page" in d.message for d in form.diagnostics)
    assert warned == broken


def test_the_columns_kinds_are_the_grammars_terminals() -> None:
    names = {t.name for t in grammar().terminals}
    assert all(set(c.terminals) <= names for c in TABLE_II)
    assert [c.name for c in TABLE_II][:3] == [
        "security_title", "conversion_or_exercise_price", "transaction_date"]


# Table I printed as two blocks of runs (pdfminer sets the boxes apart by where the
# rows stand): the transactions' titles, dates, codes and amounts row by row, then
# the holdings' titles and amounts, then every row's letter and the natures
AFRM = FIXTURES / "column_runs" / "AFRM-20230103-1" / "sec" / "pdfminer.txt"


# the plain design: the one transaction's values ("07/02/2018", "A", "223(1)", "A",
# "$ 0.00") printed above the four titles, its amount owned and letter, then the
# holdings' amounts owned, letters and natures after them
SQ_PLAIN = FIXTURES / "column_runs" / "SQ-20180702-1" / "plain" / "pdfminer.txt"


# pdftotext's sec texts: MDB-20200610-1's first rows' boxes column by column, each "I"
# followed by its nature, then rows printed whole and a holding whose title box came out
# after its values; AFRM-20230403-1's holdings, each "I" followed by its nature
MDB_PDFTOTEXT = FIXTURES / "column_runs" / "MDB-20200610-1" / "sec" / "pdftotext.txt"
AFRM_PDFTOTEXT = FIXTURES / "column_runs" / "AFRM-20230403-1" / "sec" / "pdftotext.txt"


@pytest.mark.parametrize("path, moves, holds", [
    (AFRM, 2, 3), (SQ_PLAIN, 1, 3), (MDB_PDFTOTEXT, 11, 1), (AFRM_PDFTOTEXT, 1, 3)],
    ids=["transactions-then-holdings", "first-row-values-before-titles",
         "letters-with-natures-title-last", "each-letter-then-its-nature"])
def test_table_i_runs_match_truth(path: Path, moves: int, holds: int) -> None:
    form = form4lark.parse(fixture_text(path))
    assert form.non_derivative_transactions and len(form.non_derivative_transactions) == moves
    assert form.non_derivative_holdings and len(form.non_derivative_holdings) == holds
    assert [f for f in off_fields(truth_of(path), form) if f.startswith("non_derivative")] == []


def test_a_holding_short_of_its_amount_is_not_shifted() -> None:
    text = fixture_text(AFRM)  # the amount is printed once, in Table I
    form = form4lark.parse(text.replace("1,486,909\n", "", 1))
    held = form.non_derivative_holdings or []
    assert all(h.shares_owned_following is None for h in held)


# the plain design: one paragraph holds every row's title, as many lines each, the
# same title with its own footnote mark ("Common", "Stock(1)", "Common", "Stock(2)")
ARW = FIXTURES / "column_runs" / "ARW-20250212-1" / "plain" / "pdfminer.txt"


def test_titles_told_apart_by_their_marks_match_truth() -> None:
    form = form4lark.parse(fixture_text(ARW))
    rows = form.non_derivative_transactions
    assert rows and [r.security_title for r in rows] == ["Common Stock", "Common Stock"]
    assert [f for f in off_fields(truth_of(ARW), form) if f.startswith("non_derivative")] == []


def test_titles_that_differ_are_not_cut_by_lines() -> None:
    text = fixture_text(ARW)
    form = form4lark.parse(text.replace("Common\nStock(2)\n", "Preferred\nStock(2)\n", 1))
    assert all(r.security_title is None for r in form.non_derivative_transactions or [])


# Table II with its columns' boxes mixed: the amounts moved of some rows, a first date,
# the others' amounts, the other first dates; each cell's kind tells its column
SCTY = FIXTURES / "column_runs" / "SCTY-20121218-1" / "sec" / "pdfminer.txt"


def test_mixed_boxes_of_columns_of_other_kinds_match_truth() -> None:
    form = form4lark.parse(fixture_text(SCTY))
    rows = form.derivative_transactions
    assert rows and len(rows) == 6
    assert [f for f in off_fields(truth_of(SCTY), form) if f.startswith("derivative")] == []


def test_a_mixed_run_short_of_one_cell_is_not_shifted() -> None:
    text = fixture_text(SCTY)
    start = text.index("10,491,720\n\n(1)\n\n2,897,342")
    form = form4lark.parse(text[:start] + text[start:].replace("(1)\n\n", "", 1))
    assert [f for f in off_fields(truth_of(SCTY), form)
            if f.startswith("derivative") and f.endswith("wrong")] == []
    assert not form.derivative_transactions or all(
        r.exercise_date is None for r in form.derivative_transactions)


# the rows' titles printed between Table I's first column header and its title
AAPL = FIXTURES / "column_runs" / "AAPL-20190812-1" / "sec" / "pdfminer.txt"


def test_titles_before_the_tables_title_match_truth() -> None:
    form = form4lark.parse(fixture_text(AAPL))
    rows = (form.non_derivative_transactions or []) + (form.non_derivative_holdings or [])
    assert [r.security_title for r in rows] == ["Common Stock"] * 3
    assert [f for f in off_fields(truth_of(AAPL), form) if f.startswith("non_derivative")] == []


# the natures printed with no blank line between them, each opening with "By"
XOOM = FIXTURES / "column_runs" / "XOOM-20130221-1" / "plain" / "pdfminer.txt"


def test_natures_run_together_are_cut_where_a_line_opens_with_by() -> None:
    form = form4lark.parse(fixture_text(XOOM))
    rows = form.non_derivative_transactions
    assert rows and [r.nature_of_ownership for r in rows] == [
        "By Sequoia Capital XI, LP", "By Sequoia Capital XI Principals Fund, LLC",
        "By Sequoia Technology Partners XI, LP"]
    assert [f for f in off_fields(truth_of(XOOM), form) if f.startswith("non_derivative")] == []
    # neither cue left between the last two (no "By", no marks ending the one before)
    text = fixture_text(XOOM).replace(
        "LLC(2)\nBy Sequoia\nTechnology", "LLC\nSequoia\nTechnology", 1)
    assert text != fixture_text(XOOM)
    assert not (parsed := form4lark.parse(text).non_derivative_transactions) or all(
        r.nature_of_ownership is None for r in parsed)


def test_a_count_of_rows_short_of_values_is_not_searched() -> None:
    """Table II's transactions each need three amounts (moved, underlying, owned
    after) and a date; a holding two amounts: the counts the body cannot fill are
    left out before any search, those it can are kept."""
    from form4lark.form.row_column_runs import _enough

    kinds = {c.terminals: 0 for c in TABLE_II if c.terminals}
    kinds[("M_AMOUNT",)] = 8
    kinds[("M_DATE",)] = kinds[("M_CODE",)] = kinds[("M_DIRECT_INDIRECT",)] = 3
    assert _enough(kinds, TABLE_II, 3, 2)  # 2 * 3 + 1 * 2 amounts
    assert not _enough(kinds, TABLE_II, 3, 3)  # 9 amounts needed
    assert not _enough(kinds, TABLE_II, 4, 1)  # 4 letters needed


def test_the_cells_a_reading_needs_are_counted_once_per_start() -> None:
    """Forty rows of Table I, twenty-four of them transactions: one title paragraph,
    two cells (owned after, letter) per row and four more (date, code, amount, (A)/(D))
    per transaction at least; three per row and seven per transaction at most."""
    from form4lark.form.row_column_runs import _Reader

    reader = _Reader(TABLE_I, [], 40, 24, [10])
    assert reader._cells(0, 0) == reader._cells(0, 0) == (1 + 2 * 40 + 4 * 24, 3 * 40 + 7 * 24)
    assert reader.bounds == {(((0, 10, 0, 40),), 24, 0, 0): (177, 288)}
    assert list(reader._taking(TABLE_I[5], 20, 30)) == list(range(20, 24))
    assert not reader._taking(TABLE_I[5], 30, 40)
    assert list(reader._taking(TABLE_I[8], 30, 40)) == list(range(30, 40))


TSLA = FIXTURES / "column_runs" / "TSLA-20100702-1" / "plain" / "pdfminer.txt"


def test_a_body_printed_as_blocks_of_runs_matches_truth() -> None:
    """pdfminer's plain text of a Table II of six rows prints the first three rows'
    runs (titles, marks and dates, codes, ..., letters, natures), then the next three
    rows' runs: each block is read as runs, cut among the words after its letters."""
    form = form4lark.parse(fixture_text(TSLA))
    assert form.derivative_transactions and len(form.derivative_transactions) == 6
    assert [t.security_title for t in form.derivative_transactions][2:4] == [
        "Series C Preferred Stock", "Series D Preferred Stock"]
    assert not [f for f in off_fields(truth_of(TSLA), form) if f.startswith("derivative_")]


def test_a_block_short_of_a_nature_leaves_the_table_out() -> None:
    """Where the first block's natures are one short, no cut reads both blocks (the
    next block's titles would be five for three rows): the table is left out, not
    shifted."""
    text = fixture_text(TSLA)
    form = form4lark.parse(text.replace("By Trust\n", "", 1))
    assert form.derivative_transactions is None
    assert any(d.field.startswith("derivative") and d.severity == "error"
               for d in form.diagnostics)


# pdfminer's plain text of a Table I of thirty rows over three pages: the first two
# rows' titles in one box ("Class A", "Common", "Stock(1)", "Class A", "Common", "Stock"),
# each page's last title cut by the page's end ("Class A", "Common" ... "\f" "Stock"),
# and eighteen titles on the second page: each page a block of runs
GOOG = FIXTURES / "column_runs" / "GOOG-20220413-1" / "plain" / "pdfminer.txt"


def test_titles_out_of_their_boxes_and_pages_as_blocks_match_truth() -> None:
    form = form4lark.parse(fixture_text(GOOG))
    rows = form.non_derivative_transactions
    assert rows and len(rows) == 30
    assert {r.security_title for r in rows} == {"Class A Common Stock"}
    assert [f for f in off_fields(truth_of(GOOG), form) if f.startswith("non_derivative")] == []


def test_a_page_tail_that_spells_no_title_leaves_the_table_out() -> None:
    text = fixture_text(GOOG)
    assert "\fStock\n" in text
    form = form4lark.parse(text.replace("\fStock\n", "\fShares\n", 1))
    assert form.non_derivative_transactions is None


def _tokens(*lines: str) -> list[Token]:
    """One token per argument, its lines split at "|" (one atom each): words where it
    opens with a letter and is longer than one (a code or a D/I letter is a value)."""
    out, at = [], 1
    for paragraph in lines:
        atoms = []
        for line in paragraph.split("|"):
            atoms.append(Atom("TEXT", line, at, 0, 0, Piece(line, at, 1)))
            at += 1
        out.append(Token(tuple(atoms), paragraph[0].isalpha() and len(paragraph) > 1))
        at += 1
    return out


def test_two_titles_in_one_box_are_cut_only_where_each_spells_its_neighbour() -> None:
    both = _tokens("Class A|Common|Stock(1)|Class A|Common|Stock", "Class A|Common|Stock",
                   "04/13/2022")
    assert [t.text for t in mended_titles(both)] == [
        "Class A Common Stock(1)", "Class A Common Stock", "Class A Common Stock", "04/13/2022"]
    other = _tokens("Class A|Common|Stock(1)|Class B|Common|Stock", "Class A|Common|Stock",
                    "04/13/2022")
    assert mended_titles(other) == other


def test_a_title_cut_by_the_page_is_joined_only_to_a_runs_last_title() -> None:
    body = _tokens("Common Stock", "Common", "04/13/2022", "D", "Stock")
    assert [t.text for t in mended_titles(body)] == [
        "Common Stock", "Common Stock", "04/13/2022", "D"]
    natures = _tokens("Common Stock", "Common", "04/13/2022", "D", "Preferred")
    assert mended_titles(natures) == natures


def test_cuts_among_many_words_are_where_the_natures_end() -> None:
    """Too many words after the letters to try a cut before each: the blocks are cut
    where the words begin and, after indirect rows, a nature each later."""
    body = _tokens("Common Stock", "D", "I", "By Trust", "Common Stock", "Common Stock", "D", "D")
    assert _nature_cuts(body) == [3, 4]


def test_natures_in_fewer_paragraphs_cut_the_blocks_where_they_end() -> None:
    """Three indirect rows' natures printed as one paragraph ("By ..." each opening a
    line), then the next block's titles: the one cut is after that paragraph (a cut
    before it, or three tokens later, would read titles as natures)."""
    body = _tokens("Common Stock", "D", "I", "I", "I",
                   "By Fund I, LP(2)|By Fund I|Principals, LLC(2)|By Partners, LP(2)",
                   "Series C", "Series C", "Series C", "Series C", "Series C", "Series C",
                   "Series C", "Series C", "Series C", "Series C", "Series C", "Series C",
                   "Series C", "(1)")
    assert _nature_cuts(body) == [6]
    # two natures in that paragraph for three letters: the cuts as before
    short = _tokens("Common Stock", "D", "I", "I", "I", "By Fund I, LP(2)|By Partners, LP(2)",
                    "Series C", "Series C", "(1)")
    assert _nature_cuts(short) == [5, 8]


def test_table_ii_blocks_with_natures_run_together_match_truth() -> None:
    """Table II printed as three blocks, each ending with its letters and its natures
    printed with no blank line between them (one paragraph for three rows, two for
    fourteen): all eighteen rows read, every field as the truth has it."""
    form = form4lark.parse(fixture_text(XOOM))
    assert form.derivative_transactions and len(form.derivative_transactions) == 18
    assert [f for f in off_fields(truth_of(XOOM), form) if f.startswith("derivative_")] == []


def test_underlying_titles_printed_after_the_amounts_match_truth() -> None:
    """Table II's underlying titles' run printed after every row's underlying amount,
    price and amount owned ("12,687,274", "$ 0", "12,687,274", ..., "782,088",
    "782,088", then "Class A Common Stock" four times, then the letters): read in that
    order of columns, the fields are the truth's."""
    form = form4lark.parse(fixture_text(AUR))
    assert form.derivative_transactions and len(form.derivative_transactions) == 3
    assert form.derivative_holdings and len(form.derivative_holdings) == 1
    assert [r.underlying_security_title for r in form.derivative_transactions] == [
        "Class A Common Stock"] * 3
    off = [f for f in off_fields(truth_of(AUR), form) if f.startswith("derivative_")]
    assert off and all(".acquired_disposed missed" in f for f in off)


def test_the_late_titles_order_is_searched_only_where_words_precede_the_letters() -> None:
    from form4lark.form.row_column_runs import _words_before_letters

    late = _tokens("12,687,274", "$ 0", "12,687,274", "Class A Common Stock", "I", "See Footnote")
    assert _words_before_letters(late)
    in_order = _tokens("Class A Common Stock", "12,687,274", "$ 0", "12,687,274", "I",
                       "See Footnote")
    assert not _words_before_letters(in_order)


def test_underlying_titles_after_the_amounts_short_of_one_are_not_shifted() -> None:
    """One underlying title left out of that late run: no order of columns reads
    the body, so Table II is left out rather than shifted."""
    text = fixture_text(AUR)
    start = text.index("Table II - ")
    body = text[start:].replace("782,088\n\nClass A\nCommon\nStock\n\n", "782,088\n\n", 1)
    assert body != text[start:]
    form = form4lark.parse(text[:start] + body)
    assert not form.derivative_transactions
    assert any(d.field.startswith("derivative") for d in form.diagnostics)


def test_values_merged_onto_one_line_are_cut_into_cells() -> None:
    """Boxes merged onto one line ("$ 0 $ 0 $ 0": each row's price, "$" apart from
    its figures) are cut into their values and the table reads as printed apart."""
    text = fixture_text(YELP)
    start, end = _table_ii(text)
    merged = text[start:end].replace("$0\n\n$0\n\n$0\n", "$ 0 $ 0 $ 0\n", 1)
    assert merged != text[start:end]
    form = form4lark.parse(text[:start] + merged + text[end:])
    assert form.derivative_transactions and len(form.derivative_transactions) == 3
    off = [f for f in off_fields(truth_of(YELP), form) if f.startswith("derivative_")]
    assert off and all(".acquired_disposed missed" in f for f in off)


def test_a_merged_line_with_a_word_of_no_value_is_not_cut() -> None:
    from form4lark.form.row_column_runs import _line_values

    def line(*words: str) -> list[Atom]:
        return [Atom("TEXT", w, 1, 0, 2 * n, Piece(" ".join(words), 1, 1))
                for n, w in enumerate(words)]
    cut = _line_values(line("$", "0", "11/23/2012"), TABLE_II)
    assert [[a.text for a in v] for v in cut or []] == [["$", "0"], ["11/23/2012"]]
    assert _line_values(line("$", "0", "about"), TABLE_II) is None


def test_a_runs_last_cells_printed_after_it_go_to_the_last_rows_in_order() -> None:
    """A run of amounts and prices whose last rows' prices came out after it ("10",
    "$1", "20", "30", "$2", "$3"): from the first row short of its price on, each row
    takes one printed after the run, in the rows' order; too few of them, or none
    lagging (``_fill`` reads that), read nothing."""
    from form4lark.form.row_column_runs import _Reader

    run = (TABLE_II[10], TABLE_II[11])  # underlying amount, price
    rows: list[dict] = [{}, {}, {}]
    reader = _Reader(TABLE_II, _tokens("10", "$1", "20", "30", "$2", "$3"), 3, 3, [10])
    assert reader._fill_lagging(run, 0, rows, 0) == 6
    assert [(r["underlying_shares"].text, r["price_per_share"].text) for r in rows] == [
        ("10", "$1"), ("20", "$2"), ("30", "$3")]
    short = _Reader(TABLE_II, _tokens("10", "$1", "20", "30", "$2", "D"), 3, 3, [10])
    assert short._fill_lagging(run, 0, None, 0) is None
    whole = _Reader(TABLE_II, _tokens("10", "$1", "20", "$2", "30", "$3"), 3, 3, [10])
    assert whole._fill_lagging(run, 0, None, 0) is None
    assert whole._fill(run, 0, None, 0) == 6


NTRA = FIXTURES / "column_runs" / "NTRA-20180914-1" / "sec" / "pdfminer.txt"


def test_cells_printed_after_the_explanation_label_are_read_with_table_ii() -> None:
    """pdfminer printed Table II's titles, prices and dates before the Explanation of
    Responses label and its codes, amounts and letters after it, before note 1: the
    body reads with them, every value as the truth has it (some dates, marks and the
    (A)/(D) unknown); the notes read whole."""
    form = form4lark.parse(fixture_text(NTRA))
    rows = form.derivative_transactions
    assert rows and [(r.security_title, r.shares) for r in rows] == [
        ("Stock Option (right to buy)", 11169), ("Restricted Stock Units", 5785)]
    off = [f for f in off_fields(truth_of(NTRA), form) if f.startswith("derivative_")]
    assert off and all(" missed" in f for f in off)
    assert not [f for f in off_fields(truth_of(NTRA), form) if f.startswith("footnotes")]


def test_no_cells_are_taken_from_an_explanation_that_opens_with_its_first_note() -> None:
    from form4lark.form.reader import _cells_after_explanation

    def line(row: int, *words: str) -> list[Atom]:
        return [Atom("TEXT", w, row, 0, 2 * n, Piece(" ".join(words), row, 1))
                for n, w in enumerate(words)]
    assert _cells_after_explanation(line(1, "1.", "The", "option") + line(2, "A")) == []
    cells = line(1, "A") + line(2, "(1)") + line(3, "(1)", "Shares", "vest")
    assert [a.text for a in _cells_after_explanation(cells)] == ["A", "(1)"]
    assert _cells_after_explanation(line(1, "A") + line(2, "(1)")) == []


XOOM_SEC = FIXTURES / "column_runs" / "XOOM-20130221-1" / "sec" / "pdfminer.txt"


def test_a_pages_last_row_printed_apart_matches_truth() -> None:
    """pdfminer's sec text prints each page's Table II as runs, but its last row's
    cells from the amount moved to the price after the other rows' ("90,884", "(1)",
    ..., "$0", "$0", "$0", then "26,388", "(1)", "(1)", "Common Stock", "26,388", "$0"),
    and some rows' prices after the run: all 18 rows read as the truth has them."""
    form = form4lark.parse(fixture_text(XOOM_SEC))
    assert form.derivative_transactions and len(form.derivative_transactions) == 18
    assert [r.shares for r in form.derivative_transactions][4:7] == [90884, 26388, 684467]
    assert not [f for f in off_fields(truth_of(XOOM_SEC), form) if f.startswith("derivative_")]


def test_the_last_row_apart_is_tried_for_transactions_alone() -> None:
    from form4lark.form.row_column_runs import _last_row_apart

    assert _last_row_apart(14, 2, 2) == _last_row_apart(14, 6, 5) == []
    phases = _last_row_apart(14, 6, 6)
    assert ((0, 6, 0, 6), (6, 12, 0, 5), (6, 12, 5, 6), (12, 14, 0, 6)) in phases
    assert all(b - a >= 2 for p in phases for a, b, top, bottom in p if bottom - top == 1)


# the plain design: a page's dates printed above its titles ("10/19/2023" three times,
# then the seven titles), the codes, amounts and letters after them in the form's order
AUR = FIXTURES / "column_runs" / "AUR-20231019-1" / "plain" / "pdfminer.txt"


def test_dates_printed_before_the_titles_match_truth() -> None:
    form = form4lark.parse(fixture_text(AUR))
    assert form.non_derivative_transactions and len(form.non_derivative_transactions) == 3
    assert form.non_derivative_holdings and len(form.non_derivative_holdings) == 4
    assert [f for f in off_fields(truth_of(AUR), form) if f.startswith("non_derivative")] == []


def test_dates_before_the_titles_short_of_one_are_not_shifted() -> None:
    """A date left out: the dates are still put after the titles, but no reading
    gives each transaction its date, so Table I is left out rather than shifted."""
    text = fixture_text(AUR)
    start = text.index("Table I - ")
    body = text[start:].replace("10/19/2023\n\n", "", 1)
    form = form4lark.parse(text[:start] + body)
    assert not form.non_derivative_transactions
    assert any(d.field.startswith("non_derivative") for d in form.diagnostics)


def test_only_a_run_of_values_with_dates_before_as_many_titles_or_more_is_moved() -> None:
    from form4lark.form.row_column_runs import _values_after_titles

    def texts(tokens: list[Token]) -> list[str]:
        return [" ".join(a.text for a in t.atoms) for t in tokens]
    body = _tokens("10/19/2023", "10/19/2023", "Common Stock", "Common Stock", "Common Stock",
                   "C", "C")
    assert texts(_values_after_titles(body)) == [
        "Common Stock", "Common Stock", "Common Stock", "10/19/2023", "10/19/2023", "C", "C"]
    short = _tokens("10/19/2023", "10/19/2023", "Common Stock", "C")
    assert _values_after_titles(short) == short
    titled = _tokens("Common Stock", "10/19/2023")
    assert _values_after_titles(titled) == titled
    # a first row's values above the titles of it and of the holdings below it
    row = _tokens("07/02/2018", "A", "223(1)", "A", "$ 0.00", "Common Stock", "Common Stock",
                  "49,184", "D")
    assert texts(_values_after_titles(row)) == [
        "Common Stock", "Common Stock", "07/02/2018", "A", "223(1)", "A", "$ 0.00", "49,184", "D"]
    undated = _tokens("A", "223(1)", "Common Stock", "Common Stock", "49,184")
    assert _values_after_titles(undated) == undated


# the plain design: column 9's header cut, its last line ("Transaction(s)" / "(Instr. 4)")
# printed below the sub-headers, among Table II's underlying titles and amounts
YELP_PLAIN = FIXTURES / "column_runs" / "YELP-20130318-1" / "plain" / "pdfminer.txt"


def test_a_header_line_among_the_cells_is_left_out_and_matches_truth() -> None:
    form = form4lark.parse(fixture_text(YELP_PLAIN))
    assert form.derivative_transactions and len(form.derivative_transactions) == 4
    assert [r.shares_owned_following for r in form.derivative_transactions] == [
        2485457, 3652557, 2476957, 3640557]
    off = [f for f in off_fields(truth_of(YELP_PLAIN), form) if f.startswith("derivative_")]
    assert off and all(".acquired_disposed missed" in f for f in off)


def test_only_header_words_citing_an_instruction_are_left_out() -> None:
    from form4lark.form.row_column_runs import _without_header_tails

    body = _tokens("Warrants", "Transaction(s)|(Instr. 4)", "Options", "Class A|Common Stock",
                   "See Footnote(4)", "(Instr. 4) Class A")
    assert [t.text for t in _without_header_tails(body)] == [
        "Warrants", "Options", "Class A Common Stock", "See Footnote(4)", "(Instr. 4) Class A"]


# the plain design: the holdings' natures printed with no blank line between them, each
# ending with its footnote marks ("Growth Fund, L.P.(2)(3)" / "Sequoia Capital Global" ...)
U_PLAIN = FIXTURES / "column_runs" / "U-20200331-1" / "plain" / "pdfminer.txt"


def test_natures_run_together_are_cut_after_their_marks_and_match_truth() -> None:
    form = form4lark.parse(fixture_text(U_PLAIN))
    assert form.non_derivative_holdings and len(form.non_derivative_holdings) == 5
    assert form.non_derivative_holdings[3].nature_of_ownership == (
        "Sequoia Capital U.S. Growth Fund VI, L.P.")
    assert [f for f in off_fields(truth_of(U_PLAIN), form) if f.startswith("non_derivative")] == []


def test_natures_are_cut_only_before_a_line_opening_with_a_word() -> None:
    from form4lark.form.row_column_runs import _by_marked_ends

    body = _tokens("Fund III -|Partners, L.P.(2)|(3)|Growth Fund, L.P.(2)(3)|Sequoia Capital|"
                   "Principals Fund,|L.P.(2)(3)|Sequoia Capital(4)")
    assert [t.text for t in _by_marked_ends(body)] == [
        "Fund III - Partners, L.P.(2) (3)", "Growth Fund, L.P.(2)(3)",
        "Sequoia Capital Principals Fund, L.P.(2)(3)", "Sequoia Capital(4)"]


# pdftotext's sec text of a Table I page (MDB-20200610): the first rows' boxes column
# by column, their last column row by row ("I", its nature, "I", ...), then rows printed
# whole, then a holding whose title box came out after its values
_T = "Class A Common Stock"
_PAGE = (_T, _T, "06/10/2020", "06/10/2020", "C", "J", "16,515", "846,819", "A", "D",
         "$0", "$0", "16,515", "0", "I", "By Fund A, LP(2)", "I", "By Fund B, L.P.(1)",
         _T, "06/10/2020", "J", "59,600", "A", "$0", "240,677", "I", "By estate planning vehicle",
         "1,057(5)", "D", _T)


def _texts(rows: list[dict[str, object]] | None) -> list[dict[str, str]] | None:
    return None if rows is None else [
        {k: getattr(v, "text") for k, v in r.items() if k != "equity_swap_involved"}
        for r in rows]


def test_letters_printed_with_their_natures_and_a_title_printed_last_are_read() -> None:
    from form4lark.form.row_column_runs import _block_rows

    moved = {"security_title": _T, "transaction_date": "06/10/2020"}
    assert _texts(_block_rows(_tokens(*_PAGE), TABLE_I)) == [
        {**moved, "transaction_code": "C", "shares": "16,515", "acquired_disposed": "A",
         "price_per_share": "$0", "shares_owned_following": "16,515",
         "direct_or_indirect": "I", "nature_of_ownership": "By Fund A, LP(2)"},
        {**moved, "transaction_code": "J", "shares": "846,819", "acquired_disposed": "D",
         "price_per_share": "$0", "shares_owned_following": "0",
         "direct_or_indirect": "I", "nature_of_ownership": "By Fund B, L.P.(1)"},
        {**moved, "transaction_code": "J", "shares": "59,600", "acquired_disposed": "A",
         "price_per_share": "$0", "shares_owned_following": "240,677",
         "direct_or_indirect": "I", "nature_of_ownership": "By estate planning vehicle"},
        {"security_title": _T, "shares_owned_following": "1,057(5)", "direct_or_indirect": "D"}]


@pytest.mark.parametrize("changed", [
    {15: "Fund A, LP(2)"},  # a nature that does not open as one: not moved
    {17: "By Fund B,|By Fund C"},  # two natures in one paragraph
    {14: "D"},  # a direct row's letter before words: no nature of it
    {28: "I"},  # the title printed last after an indirect letter may be its nature
])
def test_letters_and_natures_or_a_last_title_that_may_be_other_words_are_not_read(
        changed: dict[int, str]) -> None:
    from form4lark.form.row_column_runs import _block_rows

    page = [changed.get(n, p) for n, p in enumerate(_PAGE)]
    assert _block_rows(_tokens(*page), TABLE_I) is None


def test_only_letters_each_followed_by_one_whole_nature_are_moved() -> None:
    from form4lark.form.row_column_runs import _pairs_apart

    pairs = _tokens("0", "I", "By Fund A", "D", "I", "See footnote(3)")
    assert [t.text for t in _pairs_apart(pairs)] == [
        "0", "I", "D", "I", "By Fund A", "See footnote(3)"]
    bare = _tokens("0", "I", "By Fund A", "I")  # the second "I" has no nature
    assert _pairs_apart(bare) == bare


def test_words_opening_as_a_nature_are_never_a_title() -> None:
    from form4lark.form.row_column_runs import _reads

    assert _reads(_tokens("Class A Common Stock")[0], TABLE_I[0])
    assert not _reads(_tokens("By estate planning vehicle")[0], TABLE_I[0])
