"""Table II's interleaved columns too many to list (``form/row_kind_counts.py``) and Table
I's titles printed as flowing text (``form/row_flowed_titles.py``)."""

from __future__ import annotations


import form4lark
from form4lark.form.atoms import Atom
from form4lark.form.column_tokens import Token
from form4lark.form.row_flowed_titles import flowed_titles
from form4lark.form.row_kind_counts import cells_every_placement_gives
from form4lark.form.row_kind_runs import _II_FAMILIES, _RowsPlaced
from form4lark.page import Piece
from support import FIXTURES, fixture_text, off_fields, truth_of

#: Table II's five conversions held indirectly (pdfminer -F 1.0, sec): five rows of
#: amounts, each of which any of three columns may hold, too many placements to list
MDB = FIXTURES / "kind_runs" / "MDB-20200610-1" / "sec" / "pdfminer-F1.txt"
#: Table I's 19 titles printed as two paragraphs of flowing text (pdfminer -F 1.0, plain)
GOOG = FIXTURES / "kind_runs" / "GOOG-20151002-1" / "plain" / "pdfminer-F1.txt"


def _tokens(texts: list[str], words: bool = False, line: int = 1) -> list[Token]:
    return [Token((Atom("TEXT", t, 0, 0, 0, Piece(t, line + n, 1)),), words)
            for n, t in enumerate(texts)]


def _agreed_by_listing(tokens: list[Token], rows: int, family: int) -> dict[tuple[str, int], str]:
    """The cells every listed placement gives alike (``_RowsPlaced``), by their texts."""
    placing = _RowsPlaced(rows, _II_FAMILIES[family])
    placing.walk(tokens, 0, {})
    assert not placing.over and placing.found
    first, *rest = placing.found
    return {k: t.text for k, t in first.items() if all(k in p and p[k].text == t.text for p in rest)}


def test_counting_keeps_the_cells_listing_keeps() -> None:
    """Over small bodies of amounts (three columns) and of dates and prices (optional
    columns among them), the cells kept by counting are those every listed placement
    gives alike: no more, no fewer."""
    bodies = [(2, 2, ["100", "100", "5", "7", "0", "12"]),
              (2, 2, ["100", "5", "0", "100", "7", "12"]),
              (2, 2, ["1", "2", "3", "4", "5", "6"]),
              (3, 2, ["9", "9", "9", "1", "2", "3", "0", "0", "0"]),
              (2, 3, ["$ 1.00", "01/02/2020", "01/02/2030", "$ 2.00", "01/03/2020", "01/03/2030"]),
              (2, 3, ["$ 1.00", "$ 2.00", "01/02/2020", "01/03/2020", "(1)", "(1)",
                      "01/02/2030", "01/03/2030"])]
    for rows, family, texts in bodies:
        tokens = _tokens(texts)
        counted = cells_every_placement_gives(tokens, rows, _II_FAMILIES[family])
        assert counted is not None, texts
        assert {k: t.text for k, t in counted.items()} == _agreed_by_listing(tokens, rows, family), texts


def test_tokens_that_fill_no_placement_are_none() -> None:
    assert cells_every_placement_gives(_tokens(["1", "2", "3", "4"]), 2, _II_FAMILIES[2]) is None


def test_many_rows_of_amounts_read_the_other_columns() -> None:
    """Five rows whose amounts are too many ways placed to list: the dates, codes,
    ownerships and natures every placement agrees on are read (each truth's); the
    amounts no placement pins are left unknown, never guessed."""
    form = form4lark.parse(fixture_text(MDB))
    rows = form.derivative_transactions
    assert rows and len(rows) == 5
    assert {(str(r.transaction_date), r.transaction_code, r.direct_or_indirect) for r in rows} == {
        ("2020-06-10", "C", "I")}
    assert rows[2].nature_of_ownership == "By Sequoia Capital U.S. Venture 2010 Fund, LP"
    assert all(r.shares is None and r.shares_owned_following is None for r in rows)
    off = off_fields(truth_of(MDB), form)
    assert off and all(f.endswith(" missed") for f in off)
    assert "derivative_transactions[0].transaction_code missed" not in off


def test_titles_flowing_as_text_are_cut_after_each_closing_word() -> None:
    words = _tokens(["Class", "A", "Common", "Stock(1)", "Class", "A", "Common"], True)
    words = [Token(tuple(a for t in words for a in t.atoms), True)] + _tokens(
        ["Stock(1)", "Class", "C", "Capital", "Stock"], True, line=20)
    words = [words[0], Token(tuple(a for t in words[1:] for a in t.atoms), True)]
    titles = flowed_titles(words, 3)
    assert titles is not None
    assert [t.text for t in titles] == ["Class A Common Stock(1)", "Class A Common Stock(1)",
                                        "Class C Capital Stock"]
    assert flowed_titles(words, 2) is None  # not one title per row
    units = _tokens(["Common", "Stock", "Units", "Common", "Stock"], True)
    assert flowed_titles([Token(tuple(a for t in units for a in t.atoms), True)], 2) is None


def test_flowing_titles_read_table_i_to_truth() -> None:
    """18 sales of Class A and a holding of Class C, the titles two paragraphs that
    break mid-title: every row of Table I read, each value truth's."""
    form = form4lark.parse(fixture_text(GOOG))
    rows = form.non_derivative_transactions
    assert rows and len(rows) == 18
    assert {r.security_title for r in rows} == {"Class A Common Stock"}
    holdings = form.non_derivative_holdings
    assert holdings and holdings[0].security_title == "Class C Capital Stock"
    off = off_fields(truth_of(GOOG), form)
    assert not [f for f in off if f.startswith("non_derivative")]
    assert all(f.endswith(" missed") for f in off)
