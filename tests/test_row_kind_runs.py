"""Table I's body printed as columns interleaved (``form/row_kind_runs.py``).

The fixture is pdfminer's ``-F 1.0`` text of the sec design (outside the corpus,
made by ``benchmarks/other_converters.py``): each row's (D) and price on a line,
its amount and amount owned after in either order, then the ownerships, the codes,
the dates and the titles, each run in its rows' order. Every transaction is read
to the filing's truth but the last one's two amounts: a disposal's amount and
amount owned after add up to the holding before it either way round, and no row
after it tells them apart, so they are left unknown with a diagnostic.
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest

import form4lark
from form4lark.form.row_kind_runs import _cuts
from form4lark.form.column_tokens import Token
from support import FIXTURES, edited_text, fixture_text, off_fields, truth_of, wrong_fields

AAPL = FIXTURES / "kind_runs" / "AAPL-20190502-1" / "sec" / "pdfminer-F1.txt"
#: the plain design: whole columns in an order of their own, every title in one paragraph
AAPL_PLAIN = FIXTURES / "kind_runs" / "AAPL-20190502-1" / "plain" / "pdfminer-F1.txt"


def test_table_i_matches_truth_but_the_last_disposals_amounts() -> None:
    form = form4lark.parse(fixture_text(AAPL))
    rows = form.non_derivative_transactions
    assert rows and len(rows) == 5
    assert [r.shares for r in rows[:4]] == [13433, 18256, 8601, 14571]
    assert [r.shares_owned_following for r in rows[:4]] == [151187, 132931, 124330, 109759]
    assert rows[4].shares is None and rows[4].shares_owned_following is None
    off = [f for f in off_fields(truth_of(AAPL), form) if f.startswith("non_derivative")]
    assert sorted(off) == ["non_derivative_transactions[4].shares missed",
                           "non_derivative_transactions[4].shares_owned_following missed"]
    assert any(d.field == "non_derivative.shares" for d in form.diagnostics)


def test_whole_columns_out_of_the_forms_order_match_truth() -> None:
    """The amounts owned after all come before the amounts: the order of each column
    places even the last disposal's two."""
    form = form4lark.parse(fixture_text(AAPL_PLAIN))
    assert form.non_derivative_transactions and len(form.non_derivative_transactions) == 5
    assert not [f for f in off_fields(truth_of(AAPL_PLAIN), form) if f.startswith("non_derivative")]


def test_amounts_the_arithmetic_does_not_place_are_left_out() -> None:
    """An amount owned after that follows from no row before it: no cut of the amounts
    holds, and the body is not read by kind (nothing shifted)."""
    text = fixture_text(AAPL).replace("132,931", "132,932")
    form = form4lark.parse(text)
    assert not any(r.shares_owned_following == 132932 or r.shares == 18256
                   for r in form.non_derivative_transactions or ())


def test_cuts_that_give_every_cell_alike_are_one() -> None:
    """Letters of one text swapped between columns give one cut; a D that may stand
    before or after an A of one column gives two."""

    def tokens(texts: str) -> list[Token]:
        return [Token((_Atom(t),), False) for t in texts]  # type: ignore[arg-type]
    allowed = {"S": (0,), "D": (1, 2), "A": (1,), "I": (2,)}
    for texts, count in (("SDD", 1), ("SSDDDD", 1), ("SADDI", 1), ("SDADI", 1), ("SSDADI", 2)):
        letters = tokens(texts)
        moves = texts.count("S")
        cuts = _cuts(letters, (moves, moves, len(texts) - 2 * moves),
                     lambda n, column, _: column in allowed[letters[n].text])
        assert cuts is not None and len(cuts) == count, texts


class _Atom:
    def __init__(self, text: str) -> None:
        self.text = text


#: the plain design: the title column's numbered header printed just before the titles,
#: and a lone transaction's equal amounts printed "757,756" then "757,756(1)"
SCWO_PLAIN = FIXTURES / "kind_runs" / "SCWO-20250430-1" / "plain" / "pdfminer-F1.txt"
#: the sec design: the title column's header between a nature and the titles
AAPL_HEADER = FIXTURES / "kind_runs" / "AAPL-20190812-1" / "sec" / "pdfminer-F1.txt"


def test_equal_amounts_whose_marks_differ_are_read_without_their_marks() -> None:
    """Either of the two equal amounts may be the amount or the amount owned after:
    both are known, whose footnote mark is which is not (truth: the amount's), so the
    mark is left out rather than put on the wrong cell."""
    form = form4lark.parse(fixture_text(SCWO_PLAIN))
    rows = form.non_derivative_transactions
    assert rows and len(rows) == 1
    assert rows[0].shares == rows[0].shares_owned_following == 757756
    assert rows[0].security_title == "Common Stock (restricted stock units)"
    assert not rows[0].footnotes
    off = [f for f in off_fields(truth_of(SCWO_PLAIN), form) if f.startswith("non_derivative")]
    assert off == ["non_derivative_transactions[0].footnotes.shares missed"]


def test_a_numbered_column_header_among_the_words_is_left_out() -> None:
    """"1. Title of Security (Instr. 3)" printed between the nature and the titles is no
    title: the body is read by kind, what its readings agree on matching truth."""
    form = form4lark.parse(fixture_text(AAPL_HEADER))
    rows = form.non_derivative_transactions
    assert rows and len(rows) == 2
    assert [(r.transaction_code, r.acquired_disposed, r.price_per_share) for r in rows] == [
        ("M", "A", Decimal("23.8257")), ("S", "D", Decimal("201.69"))]
    assert rows[0].shares_owned_following == 1150783
    off = [f for f in off_fields(truth_of(AAPL_HEADER), form) if f.startswith("non_derivative")]
    assert off and all(f.endswith(" missed") for f in off)


#: the plain design: the ownerships "D", "D", "I" and the (A)/(D) "A", "D" printed as
#: runs of lone letters that one order of the columns alone does not cut apart
AAPL_CODES = FIXTURES / "kind_runs" / "AAPL-20190812-1" / "plain" / "pdfminer-F1.txt"
#: the plain design: the two holdings' natures printed as one paragraph, each wrapped
JOBY_NATURES = FIXTURES / "kind_runs" / "JOBY-20231005-1" / "plain" / "pdfminer-F1.txt"


def test_a_code_that_sets_the_direction_cuts_the_letters() -> None:
    """A sale (S) disposes: of the cuts of the letters only the one giving the exercise
    (M) the "A" and the sale the "D" holds, so the ownerships are the first letters."""
    form = form4lark.parse(fixture_text(AAPL_CODES))
    rows = form.non_derivative_transactions
    assert rows and len(rows) == 2
    assert [(r.transaction_code, r.acquired_disposed, r.direct_or_indirect) for r in rows] == [
        ("M", "A", "D"), ("S", "D", "D")]
    assert [h.direct_or_indirect for h in form.non_derivative_holdings or ()] == ["I"]
    off = [f for f in off_fields(truth_of(AAPL_CODES), form) if f.startswith("non_derivative")]
    assert off and all(f.endswith(" missed") for f in off)


def test_natures_printed_as_one_paragraph_are_cut_at_each_by() -> None:
    """"By Reprogrammed Interchange", "LLC(4)", "By Reinvent Sponsor LLC(5)": two natures
    for the two indirect holdings; the titles and amounts then read to truth."""
    form = form4lark.parse(fixture_text(JOBY_NATURES))
    assert [h.nature_of_ownership for h in form.non_derivative_holdings or ()] == [
        "By Reprogrammed Interchange LLC", "By Reinvent Sponsor LLC"]
    assert [h.shares_owned_following for h in form.non_derivative_holdings or ()] == [
        2000000, 17130000]
    assert not [f for f in off_fields(truth_of(JOBY_NATURES), form)
                if f.startswith("non_derivative")]


def test_a_sale_read_as_acquired_is_no_reading() -> None:
    """``_codes_agree``: a code that sets its direction rules out the other letter."""
    from form4lark.form.row_kind_runs import _codes_agree

    def tokens(texts: str) -> list[Token]:
        return [Token((_Atom(t),), False) for t in texts]  # type: ignore[arg-type]
    assert _codes_agree(tokens("MS"), tokens("AD"))
    assert not _codes_agree(tokens("MS"), tokens("DA"))
    assert _codes_agree(tokens("JG"), tokens("DA"))
    assert not _codes_agree(tokens("P"), tokens("D"))


#: the plain design: each transaction's date and deemed execution date, ten dates for
#: five prices, and five indirect rows "By trust"
TSLA_DEEMED = FIXTURES / "kind_runs" / "TSLA-20100702-1" / "plain" / "pdfminer-F1.txt"


def test_twice_as_many_dates_as_prices_are_the_dates_and_deemed_dates() -> None:
    """Ten dates for five transactions: each prints its date and its deemed execution
    date; the natures open with "By" and are no titles: the table reads to truth."""
    form = form4lark.parse(fixture_text(TSLA_DEEMED))
    rows = form.non_derivative_transactions
    assert rows and len(rows) == 5
    assert all(r.deemed_execution_date == r.transaction_date for r in rows)
    assert [r.nature_of_ownership for r in rows] == ["By trust"] * 5
    assert [r.shares_owned_following for r in rows] == [
        23322008, 27022583, 27136491, 27114763, 25699596]
    assert not [f for f in off_fields(truth_of(TSLA_DEEMED), form)
                if f.startswith("non_derivative")]


#: the sec design: the amount's third footnote mark wrapped to a line of its own
JOBY_WRAPPED_MARK = FIXTURES / "kind_runs" / "JOBY-20231005-1" / "sec" / "pdfminer-F1.txt"


def test_a_mark_wrapped_under_an_amount_is_that_amounts() -> None:
    """"2,080(1)(2)" then "(3)" on the next line: one price too many unless the mark is
    the amount's; joined, the body reads to truth with its footnotes."""
    form = form4lark.parse(fixture_text(JOBY_WRAPPED_MARK))
    rows = form.non_derivative_transactions
    assert rows and len(rows) == 1
    assert rows[0].shares == 2080 and rows[0].price_per_share == 0
    assert rows[0].footnotes.get("shares") == ("1", "2", "3")
    assert not [f for f in off_fields(truth_of(JOBY_WRAPPED_MARK), form)
                if f.startswith("non_derivative")]


#: the sec design: Table II's one exercise printed as lone values and titles in an order
#: of their own ("17,500" "08/14/2009" "08/14/2019" "M" "$23.8257" "08/12/2019" "0" ...)
AAPL_TABLE_II = AAPL_HEADER
#: the sec design: Table II's one purchase of warrants held indirectly, its nature
#: ("See Footnote(4)") among the values and its three amounts alike but for one's mark
CMMB_NATURE = FIXTURES / "kind_runs" / "CMMB-20210316-1" / "sec" / "pdfminer-F1.txt"


@pytest.mark.parametrize("path", [AAPL_TABLE_II, AAPL_CODES], ids=["sec", "plain"])
def test_table_ii_one_exercise_reads_what_every_reading_agrees_on(path: Path) -> None:
    """The expiration is the latest date, and an exercise is not before the date
    exercisable, which sets the other two; the derivative's title is the option's. The
    two amounts "17,500" and "0" may each be the amount or the amount owned after, and
    the two prices either price: in the sec design they are left unknown, every value
    read is truth's. The plain design prints boxes side by side as one line ("17,500
    08/14/2009 08/14/2019 Common", "$ 23.8257 08/12/2019"): its values and the words
    ending it, the underlying title printed in two boxes ("Common", "Stock") being one;
    a line's cells keep the form's order of columns (``line_order``), so the amount
    before the dates is column 5's and the price before the transaction date column
    2's, the other price the derivative's."""
    form = form4lark.parse(fixture_text(path))
    rows = form.derivative_transactions
    assert rows and len(rows) == 1
    row = rows[0]
    assert (row.security_title, row.underlying_security_title) == (
        "Director Stock Option (Right to Buy)", "Common Stock")
    assert (row.transaction_code, row.direct_or_indirect) == ("M", "D")
    assert [str(d) for d in (row.transaction_date, row.exercise_date, row.expiration_date)] \
        == ["2019-08-12", "2009-08-14", "2019-08-14"]
    assert row.shares_owned_following is None
    if path == AAPL_CODES:  # the lines tell the amount and both prices
        assert (row.shares, row.conversion_or_exercise_price, row.price_per_share) \
            == (17500, Decimal("23.8257"), 0)
    else:
        assert row.shares is None and row.conversion_or_exercise_price is None
    off = [f for f in off_fields(truth_of(path), form) if f.startswith("derivative")]
    assert off and all(f.endswith(" missed") for f in off)


def test_table_ii_a_grant_leaves_its_transaction_date_unknown() -> None:
    """The same row read as a grant: a grant may come before the date exercisable or
    after it, so the transaction date and the date exercisable are not told apart. A
    grant acquires, and owns after it at least what it acquired: of "17,500", "20,000"
    and "17,500", the amount granted is 17,500 (which of the others is the amount owned
    after is not known)."""
    text = fixture_text(AAPL_TABLE_II)
    at = text.index("Director\nStock\nOption")
    text = text[:at] + text[at:].replace("\nM\n", "\nA\n", 1).replace("\n0\n", "\n20,000\n", 1)
    rows = form4lark.parse(text).derivative_transactions
    assert rows and rows[0].transaction_code == "A"
    assert rows[0].transaction_date is None and rows[0].exercise_date is None
    assert str(rows[0].expiration_date) == "2019-08-14"
    assert (rows[0].shares, rows[0].acquired_disposed) == (17500, "A")
    assert rows[0].shares_owned_following is None


def test_table_ii_nature_and_equal_amounts() -> None:
    """"See Footnote(4)" is the row's nature, its ownership an I; the three equal amounts
    are read without the mark one of them bears (whose it is is not known)."""
    form = form4lark.parse(fixture_text(CMMB_NATURE))
    rows = form.derivative_transactions
    assert rows and len(rows) == 1
    row = rows[0]
    assert (row.direct_or_indirect, row.nature_of_ownership) == ("I", "See Footnote")
    assert row.shares == row.underlying_shares == row.shares_owned_following == 23054
    assert (row.transaction_code, row.acquired_disposed) == ("P", "A")  # a purchase acquires
    assert row.security_title == "American Depositary Shares Purchase Warrant"
    off = [f for f in off_fields(truth_of(CMMB_NATURE), form) if f.startswith("derivative")]
    assert off and all(f.endswith(" missed") for f in off)


def test_table_ii_a_grant_on_mixed_lines_matches_truth() -> None:
    """"04/29/2035 Common" and "Stock": the option's expiration and its underlying title
    closed by the paragraph after; the grant acquires its 757,576 options."""
    form = form4lark.parse(fixture_text(SCWO_PLAIN))
    rows = form.derivative_transactions
    assert rows and len(rows) == 1
    assert (rows[0].security_title, rows[0].underlying_security_title) == (
        "Stock options (right to buy)", "Common Stock")
    assert (rows[0].transaction_code, rows[0].shares, rows[0].acquired_disposed) == (
        "A", 757576, "A")
    off = [f for f in off_fields(truth_of(SCWO_PLAIN), form) if f.startswith("derivative")]
    assert off and all(f.endswith(" missed") for f in off)


def test_mixed_paragraphs_cut_only_into_values_then_words_on_their_line() -> None:
    """Words before a value, or words on a line below the values, cut no such way."""
    from form4lark.form.atoms import Atom
    from form4lark.form.row_kind_runs import _values_then_words
    from form4lark.page import Piece

    def atoms(*lines: str) -> list[Atom]:
        pieces = [Piece(line, n + 1, 1) for n, line in enumerate(lines)]
        return [Atom("TEXT", word, n, 0, 0, piece)
                for n, piece in enumerate(pieces) for word in piece.text.split()]

    cut = _values_then_words(atoms("$ 8.88 12/13/2022"))
    assert cut is not None and [t.text for t in cut] == ["$ 8.88", "12/13/2022"]
    cut = _values_then_words(atoms("08/26/2029 Class A"))
    assert cut is not None and [(t.text, t.words) for t in cut] == [
        ("08/26/2029", False), ("Class A", True)]
    assert _values_then_words(atoms("Class A 08/26/2029")) is None
    assert _values_then_words(atoms("08/26/2029", "Class A")) is None


#: the plain design: Table II's two grants (an option and restricted stock units), each
#: column's cells in their rows' order, the columns interleaved
NTRA_TWO_GRANTS = FIXTURES / "kind_runs" / "NTRA-20180914-1" / "plain" / "pdfminer-F1.txt"


def test_table_ii_several_rows_read_where_every_reading_agrees() -> None:
    """Two pairs of titles make two rows; each family of columns (titles, letters,
    amounts, dates and prices) placed apart, then weighed together by the form's checks:
    the titles, codes and ownerships are certain, the amounts and dates only where
    every reading agrees. Every value read is truth's."""
    form = form4lark.parse(fixture_text(NTRA_TWO_GRANTS))
    rows = form.derivative_transactions
    assert rows and len(rows) == 2
    assert [(r.security_title, r.underlying_security_title) for r in rows] == [
        ("Stock Option (right to buy)", "Common Stock"),
        ("Restricted Stock Units", "Common Stock")]
    assert [(r.transaction_code, r.direct_or_indirect) for r in rows] == [("A", "D"), ("A", "D")]
    assert (rows[1].shares, rows[1].acquired_disposed) == (5785, "A")
    off = [f for f in off_fields(truth_of(NTRA_TWO_GRANTS), form) if f.startswith("derivative")]
    assert off and all(f.endswith(" missed") for f in off)


def test_table_ii_words_that_make_no_two_pairs_of_titles_are_no_rows() -> None:
    """One paragraph of words is no two rows' titles: the rows are not read here."""
    from form4lark.form.row_kind_runs import several_rows_ii
    words = [Token((), True)]
    assert several_rows_ii(words) is None


#: Table II's two conversions held indirectly, each row's nature printed among the titles
FB_NATURES = FIXTURES / "kind_runs" / "FB-20170719-1" / "sec" / "pdfminer-F1.txt"
#: the plain design: the two natures printed as one paragraph, each line opening "By"
FB_NATURES_PLAIN = FIXTURES / "kind_runs" / "FB-20170719-1" / "plain" / "pdfminer-F1.txt"


@pytest.mark.parametrize("path", [FB_NATURES, FB_NATURES_PLAIN], ids=["sec", "plain"])
def test_table_ii_natures_go_to_the_indirect_rows_in_turn(path: Path) -> None:
    """Two pairs of titles and two natures ("By ..."): the readings whose rows hold two
    ownerships "I" give the first nature to the first indirect row and the second to
    the second (``row_kind_natures``); natures printed as one paragraph are cut at each
    line opening "By" where that makes one per indirect row. What is read is truth's;
    the rest is missed."""
    form = form4lark.parse(fixture_text(path))
    rows = form.derivative_transactions
    assert rows and len(rows) == 2
    assert [(r.transaction_code, r.direct_or_indirect, r.nature_of_ownership) for r in rows] == [
        ("A", "I", "By The Founders Fund IV, LP"),
        ("A", "I", "By The Founders Fund IV Principals Fund, LP")]
    off = [f for f in off_fields(truth_of(path), form) if f.startswith("derivative")]
    assert off and all(f.endswith(" missed") for f in off)


def test_table_ii_natures_not_one_per_indirect_row_are_no_rows() -> None:
    """Three natures for rows whose letters make two of them indirect: no reading."""
    from form4lark.form.atoms import Atom
    from form4lark.form.row_kind_natures import natured_rows_ii
    from form4lark.page import Piece

    def tokens(texts: list[str], words: bool) -> list[Token]:
        return [Token((Atom("TEXT", t, 0, 0, 0, Piece(t, n + 1, 1)),), words)
                for n, t in enumerate(texts)]
    body = (tokens(["Class B Common Stock", "Class B Common Stock", "Class A Common Stock",
                    "Class A Common Stock", "By A", "By B", "By C"], True)
            + tokens(["C", "C", "I", "I", "100", "100", "0", "100", "100", "0",
                      "01/02/2020", "01/03/2020"], False))
    assert natured_rows_ii(body) is None
    assert natured_rows_ii(body[:6] + body[7:]) is not None


def test_like_tokens_side_by_side_are_placed_once() -> None:
    """Many like footnote marks that may fill several of Table II's date and price
    columns: placing two like tokens side by side either way round is one placement,
    so the walk ends within its steps (it used to give up) with each column's cells."""
    from form4lark.form.row_kind_runs import _II_FAMILIES, _RowsPlaced

    def tokens(texts: list[str]) -> list[Token]:
        return [Token((_Atom(t),), False) for t in texts]  # type: ignore[arg-type]
    body = tokens(["(5)"] * 3 + ["(3)(4)"] * 3 + ["$0"] * 3
                  + ["11/23/2012", "(3)(4)", "11/26/2012", "(3)(4)", "11/27/2012", "(3)(4)"])
    placing = _RowsPlaced(3, _II_FAMILIES[3])
    placing.walk(body, 0, {})
    assert not placing.over and placing.found
    assert all([t.text for t in (p[("transaction_date", n)] for n in range(3))]
               == ["11/23/2012", "11/26/2012", "11/27/2012"] for p in placing.found)


#: pdfminer's text of the sec design: each transaction's title, date, code, amount, (A)
#: or (D) and price each a box of its own, in the form's order, the amounts owned after
#: of the first three printed after the third (three "0"), the last row whole
NTRA = FIXTURES / "kind_runs" / "NTRA-20200514-1" / "sec" / "pdfminer.txt"


def test_an_amount_between_its_rows_code_and_its_a_or_d_is_its_amount() -> None:
    """Disposals of holdings of their own fit the arithmetic with either amount: the
    amount printed between a row's code and its (A) or (D), just before its price, is
    that row's amount (columns 3 and 4 side by side)."""
    form = form4lark.parse(fixture_text(NTRA))
    rows = form.non_derivative_transactions
    assert rows and [r.shares for r in rows] == [676789, 72333, 25324, 25767]
    assert [r.shares_owned_following for r in rows] == [0, 0, 0, 1102064]
    assert not [f for f in off_fields(truth_of(NTRA), form) if f.startswith("non_derivative")]


def test_amounts_not_printed_between_code_and_a_or_d_are_not_placed_by_them() -> None:
    """Every row's (A) or (D) moved before its amount: nothing ties an amount to its row,
    the arithmetic holds either way, and the amounts stay unknown."""
    text = re.sub(r"(J\(\d\)\n\n)([\d,]+)(\n\n)([AD])(\n\n\$0)", r"\1\4\3\2\5", fixture_text(NTRA))
    assert text.count("\n\nD\n\n") >= 3
    rows = form4lark.parse(text).non_derivative_transactions
    assert rows and not any(r.shares for r in rows)
    # the holdings still read where the arithmetic alone tells them
    assert [r.shares_owned_following for r in rows] == [None, None, None, 1102064]


#: the plain design: one sale whose (A) or (D) and ownership both print "D", the sale's
#: boxes in the form's order ("S", "9,276(1)", "D", "$ 29.89(2)"), the amount owned
#: after first ("73,623", "D")
AFRM_ONE_SALE = FIXTURES / "kind_runs" / "AFRM-20240701-1" / "plain" / "pdfminer-F1.txt"


def _one_sale(text: str) -> tuple[object, object]:
    rows = form4lark.parse(text).non_derivative_transactions
    assert rows and len(rows) == 1 and rows[0].transaction_code == "S"
    return rows[0].shares, rows[0].shares_owned_following


def test_one_sales_amount_before_a_letter_alike_its_a_or_d_is_not_pinned() -> None:
    """The amount after the sale's code stands before a "D" that the cut kept reads as
    the ownership; the (A) or (D) "D" reads alike, but the amount owned after and its
    ownership may as well be printed between the code and the price (the two amounts
    swapped below), and a disposal that is its holding's first row holds the arithmetic
    either way: both amounts stay unknown, as they do in the swapped text."""
    text = fixture_text(AFRM_ONE_SALE)
    assert _one_sale(text) == (None, None)
    off = [f for f in off_fields(truth_of(AFRM_ONE_SALE), form4lark.parse(text))
           if f.startswith("non_derivative")]
    assert off and all(f.endswith(" missed") for f in off)  # unknown, never wrong
    swapped = text.replace("73,623\n", "@@\n", 1).replace("9,276(1)\n", "73,623\n", 1) \
        .replace("@@\n", "9,276(1)\n", 1)
    assert swapped != text
    assert _one_sale(swapped) == (None, None)


def test_one_sales_amount_not_before_a_letter_and_a_price_is_not_pinned() -> None:
    """The sale's price printed before its (A) or (D): no box order ties the amount to
    the row, the arithmetic holds either way, and both amounts stay unknown."""
    text = fixture_text(AFRM_ONE_SALE)
    moved = text.replace("(D)\n\nD\n\nPrice\n\n$ 29.89(2)\n", "(D)\n\n$ 29.89(2)\n\nPrice\n\nD\n")
    assert moved != text
    rows = form4lark.parse(moved).non_derivative_transactions
    assert rows and rows[0].shares is None and rows[0].shares_owned_following is None


#: plain pdftotext, sec design: each holding's "I" then its nature (columns 6 and 7 side
#: by side), its title printed before them
SQ_NATURES = FIXTURES / "kind_runs" / "SQ-20180702-1" / "sec" / "pdftotext.txt"
#: the plain design: a holding's nature printed at the body's end, another row's title
#: just after its "I"
SQ_NATURE_APART = FIXTURES / "kind_runs" / "SQ-20210104-1" / "plain" / "pdftotext.txt"
#: pdfminer -F 1.0, sec design: the holding's nature printed before its amount and "I",
#: the holding's own title just after that "I"
WDAY_NATURE_BEFORE = FIXTURES / "kind_runs" / "WDAY-20250305-1" / "sec" / "pdfminer-F1.txt"


def test_the_words_just_after_each_i_are_the_natures() -> None:
    """Four titles and three natures: the paragraph printed just after each indirect
    row's "I" is its nature, the others the titles, every holding as the truth."""
    form = form4lark.parse(fixture_text(SQ_NATURES))
    holdings = form.non_derivative_holdings
    assert holdings and len(holdings) == 3
    assert {h.security_title for h in holdings} == {"Class A Common Stock"}
    assert not [f for f in off_fields(truth_of(SQ_NATURES), form)
                if f.startswith("non_derivative")]


@pytest.mark.parametrize("path", [SQ_NATURE_APART, WDAY_NATURE_BEFORE])
def test_a_title_just_after_an_i_whose_nature_is_printed_apart_is_no_nature(path: Path) -> None:
    """A title printed just after an "I" (its row's nature printed at the body's end, or
    before its amount): the titles left would not read alike, so the words after the
    "I"s are not taken for natures and no title is read as one."""
    form = form4lark.parse(fixture_text(path))
    assert all(h.nature_of_ownership != "Class A Common Stock"
               for h in form.non_derivative_holdings or ())
    off = [f for f in off_fields(truth_of(path), form) if f.startswith("non_derivative")]
    assert all(f.endswith(" missed") for f in off)


def _wday_body(cells: list[str]) -> str:
    """WDAY's pdfminer -F 1.0 text with Table I's body replaced by ``cells``, one box each."""
    lines = fixture_text(WDAY_NATURE_BEFORE).split("\n")
    start = lines.index("627,104(2)")
    end = lines.index("Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned")
    return "\n".join(lines[:start] + "\n\n".join(cells).split("\n") + [""] + lines[end:])


def test_one_rows_words_after_its_i_are_no_nature_unless_its_title_meets_its_date() -> None:
    """One transaction held indirectly, its nature printed before its amount and "I",
    its title just after that "I": one title always reads alike, and the title left
    ("Eschenbach ... TTEE") is not followed by the row's date, so neither word is read
    as the title or the nature."""
    trust = "Eschenbach\nFamily\nTrust dtd\n4/15/2014,\nCarl\nEschenbach\nTTEE(3)"
    form = form4lark.parse(_wday_body(["11,084(1)", "D $253.63", "03/05/2025", "F", trust,
                                       "627,104(2)", "I", "Class A Common Stock"]))
    rows = form.non_derivative_transactions
    assert rows and rows[0].direct_or_indirect == "I"
    assert rows[0].security_title is None and rows[0].nature_of_ownership is None


def test_see_natures_reading_alike_are_never_titles() -> None:
    """Two indirect rows, each nature "See Footnote(n)" printed before its "I", each title
    just after it: "See Footnote(3)" and "See Footnote(4)" read alike without their marks,
    yet a word opening with "See" is never a title."""
    form = form4lark.parse(_wday_body(["627,104", "D $253.63", "11,084", "F", "03/05/2025",
                                       "See Footnote(3)", "I", "Class A Common Stock",
                                       "See Footnote(4)", "13,972", "I", "Class A Common Stock"]))
    rows = (form.non_derivative_transactions or []) + (form.non_derivative_holdings or [])
    assert len(rows) == 2
    assert [r.security_title for r in rows] == ["Class A Common Stock"] * 2
    assert all((r.nature_of_ownership or "").startswith("See Footnote") for r in rows)

#: pdfminer's default text (sec): the titles and dates in turn, the codes, each sale's
#: boxes of columns 4 and 5 in the form's order, the ownerships, the natures ("See
#: Footnotes(2)", "(3)"), the holdings' amounts, their titles
AUR_IN_ORDER = FIXTURES / "kind_runs" / "AUR-20240515-1" / "sec" / "pdfminer.txt"
#: the same with a second block of sales whose (A) or (D) stands alone between the
#: amount and the price ("135,000", "D", "$2.518(6)", "513,564")
AUR_LETTER_BETWEEN = FIXTURES / "kind_runs" / "AUR-20240227-1" / "sec" / "pdfminer.txt"
#: pdfminer's default text (sec): the purchases' amounts partly in a block before the
#: first (A) ("5,903", ..., "4,514", "A $295.028(1)", "33,638,324", ...), natures "by Trust"
TSLA_BY_TRUST = FIXTURES / "kind_runs" / "TSLA-20180507-1" / "sec" / "pdfminer.txt"
#: pdfminer's default text (sec): three sales' (A) "D" each before its price on a line
#: of its own, run together ("86,705", "D", "D", "D", "$6.455(9)")
RUM_PRICED = FIXTURES / "kind_runs" / "RUM-20240404-1" / "sec" / "pdfminer.txt"


def _table_i(path: Path) -> list[tuple]:
    form = form4lark.parse(fixture_text(path))
    return [(r.security_title, getattr(r, "shares", None), getattr(r, "acquired_disposed", None),
             r.shares_owned_following, r.direct_or_indirect, r.nature_of_ownership)
            for r in [*form.non_derivative_transactions, *form.non_derivative_holdings]]


def _swapped(text: str, first: str, second: str) -> str:
    """``text`` with the paragraphs ``first`` and ``second``, one just after the other,
    printed the other way round."""
    assert text.count(f"\n{first}\n\n{second}\n") == 1
    return text.replace(f"\n{first}\n\n{second}\n", f"\n{second}\n\n{first}\n")


def test_sales_printed_box_after_box_are_not_placed_by_their_order_alone() -> None:
    """Each sale's amount, (A) or (D) and price, amount owned after, one after the other,
    row after row, each sale its own holding (its nature's marks differ): the arithmetic
    holds for any cut of the amounts, and the same text with a sale's amount owned after
    and the next sale's amount swapped reads as well by the boxes' order, so neither
    places them (the amounts stand on lines apart from their (A) or (D))."""
    text = fixture_text(AUR_IN_ORDER)
    for body in (text, _swapped(text, "7,014,485", "2,280")):
        form = form4lark.parse(body)
        sales = form.non_derivative_transactions or []
        assert len(sales) == 3 and all(r.acquired_disposed == "D" for r in sales)
        assert all(r.shares is None and r.shares_owned_following is None for r in sales)


def test_a_letter_alone_between_an_amount_and_a_price_is_that_rows_a_or_d() -> None:
    """The second block's "D"s stand on lines of their own between each sale's amount and
    price: each is that row's (A) or (D), never an ownership, so every row keeps its "I";
    the boxes' order alone places none of the second block's amounts (two of them stand
    on lines apart from their "D")."""
    rows = _table_i(AUR_LETTER_BETWEEN)
    assert [r[1:4] for r in rows[:6]] == [
        (533024, "D", 11674129), (29612, "D", 648564), (29613, "D", 648563),
        (None, "D", None), (None, "D", None), (None, "D", None)]
    assert [r[4] for r in rows] == ["I"] * 9 + ["D"]
    assert all(r[0] == "Class A Common Stock" for r in rows)


def test_amounts_before_the_first_a_or_d_are_not_placed_by_order_and_by_natures() -> None:
    """Four amounts precede the first "A $295.028(1)": the amount just before a row's
    (A) or (D) is not that row's, so the boxes' order places nothing and the chain of
    amounts owned after does; "by Trust" is a nature, never a title."""
    rows = _table_i(TSLA_BY_TRUST)
    assert [r[1] for r in rows] == [5903, 4845, 3508, 4514, 739, 4358, 3000, 6133]
    assert [r[3] for r in rows] == [33638324, 33643169, 33646677, 33651191, 33651930,
                                    33656288, 33659288, 33665421]
    assert all(r[0] == "Common Stock" and r[2] == "A" and r[5] == "by Trust" for r in rows)


def test_a_letter_before_a_price_is_that_prices_rows() -> None:
    """An (A) or (D) printed just before a price is the row of that price: a cut giving
    it to another row (the ownership "D" of the first holding moved among the sales'
    letters) is no reading, so the first sale keeps its ownership and nature."""
    form = form4lark.parse(fixture_text(RUM_PRICED))
    rows = form.non_derivative_transactions
    assert rows and len(rows) == 9
    assert all(r.direct_or_indirect == "I" and r.nature_of_ownership == "See footnote"
               for r in rows)
    assert not wrong_fields(off_fields(truth_of(RUM_PRICED), form))


WDAY_PDFTOTEXT = FIXTURES / "agent" / "WDAY-20250305-1" / "agent" / "pdftotext.txt"


def test_an_amount_and_d_between_an_amount_and_the_price_may_be_the_ownership() -> None:
    """pdftotext's text of the agent design, its date headers printed unwrapped: "11,0841
    D", "F", "627,1042 D", then "$253.63", then the holding "13,972 I". The "D" between
    "627,1042" and the price may be the transaction's (A) or (D) (shares 627,104) or
    the amount owned after's ownership (shares 11,084, on the other "D"'s line): the
    readings disagree, so the amounts are left unknown, not read swapped."""
    text = edited_text(WDAY_PDFTOTEXT, ("(Month/Day/\nYear)", "(Month/Day/Year)"))
    form = form4lark.parse(text)
    assert not wrong_fields(off_fields(truth_of(WDAY_PDFTOTEXT), form))
    (row,) = form.non_derivative_transactions
    assert (row.transaction_code, row.shares, row.shares_owned_following) == ("F", None, None)
    assert "shares" not in row.footnotes


#: pdfminer's default text of AAPL-20190812-1's agent design: Table I's body holds no
#: title ("Common Stock" is printed after Table II's headers), only the dates, the codes,
#: each row's "17,500 A", price and "1,150,783 D" box after box, and "14,000 I", "By Spouse"
AAPL_NO_TITLES = FIXTURES / "agent" / "AAPL-20190812-1" / "agent" / "pdfminer.txt"


def _untitled_rows(form) -> list[tuple]:
    rows = [*(form.non_derivative_transactions or ()), *(form.non_derivative_holdings or ())]
    return [(r.security_title, getattr(r, "shares", None), r.shares_owned_following,
             r.direct_or_indirect, r.nature_of_ownership) for r in rows]


def test_body_without_titles_reads_its_other_columns() -> None:
    # the words are only the indirect row's nature: the titles are left unknown, the
    # amounts placed by the boxes' order (amount, (A)/(D), price, amount owned after
    # and its ownership's letter beside it), as filed
    form = form4lark.parse(fixture_text(AAPL_NO_TITLES))
    assert not wrong_fields(off_fields(truth_of(AAPL_NO_TITLES), form))
    assert _untitled_rows(form) == [
        (None, Decimal("17500"), Decimal("1150783"), "D", None),
        (None, Decimal("17500"), Decimal("1133283"), "D", None),
        (None, None, Decimal("14000"), "I", "By Spouse")]


def test_body_word_that_may_be_a_title_is_not_read_without_titles() -> None:
    # edited: the one paragraph of words no longer opens as a nature does, so it may be a
    # title as well: the body is not read without its titles
    form = form4lark.parse(edited_text(AAPL_NO_TITLES, ("By Spouse", "Spouse trust")))
    assert all(row[1:3] == (None, None) for row in _untitled_rows(form))


def test_ownership_letter_apart_from_its_amount_places_no_amount_by_order() -> None:
    # edited: the first row's ownership "D" printed as a box of its own, not beside its
    # amount owned after: the order no longer ties the amounts to their rows, and without
    # titles no arithmetic does, so the second row's and the amounts owned after are unknown
    form = form4lark.parse(edited_text(AAPL_NO_TITLES, ("1,150,783 D\n", "1,150,783\n\nD\n")))
    assert [row[2] for row in _untitled_rows(form)] == [None, None, None]
    assert not wrong_fields(off_fields(truth_of(AAPL_NO_TITLES), form))
