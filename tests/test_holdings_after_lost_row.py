"""A stream that printed Table I's last transaction's code and amount after the holdings
below it (pdftotext, no -layout): that transaction alone is left out and the holdings,
each read whole, are kept (``row_resync._holdings_after``). Values from SNOW-20221213
(EDGAR's XML: 5,496 shares sold, 105,538 owned after; then 4,441 sold (S) at $154.76,
101,097 owned after; holdings 577,218 and 178,947 owned indirectly by trusts)."""

from __future__ import annotations

from form4lark.form.row_resync import partly_read
from support import paragraph_atoms

TITLE = "Class A Common Stock"

BODY = [TITLE, "12/13/2022", "S(2)", "41,986", "D", "$152.655(5)", "111,034", "D",
        TITLE, "12/13/2022", "S(2)", "5,496", "D", "$153.872(6)", "105,538", "D",
        # the last transaction without its code and amount: printed after the holdings
        TITLE, "12/13/2022", "(2)", "D", "$154.76", "101,097", "D",
        TITLE, "577,218", "I", "Trust(8)",
        TITLE, "178,947", "I", "Trust(9)",
        "S", "4,441", "(7)"]


def _read(body: list[str]) -> list[tuple[str | None, ...]]:
    partial = partly_read(paragraph_atoms(body), "table_i", "stream")
    assert partial is not None
    return [tuple(row[k].text if k in row else None
                  for k in ("transaction_code", "shares_owned_following", "direct_or_indirect",
                            "nature_of_ownership"))
            for row in partial.rows]


def test_holdings_after_a_lost_transaction_are_kept() -> None:
    assert _read(BODY) == [("S(2)", "111,034", "D", None), ("S(2)", "105,538", "D", None),
                           (None, "577,218", "I", "Trust(8)"),
                           (None, "178,947", "I", "Trust(9)")]


def test_holdings_are_left_out_where_the_stray_words_could_be_a_row() -> None:
    # a date among the words after the holdings: another transaction may stand there
    dated = BODY[:-3] + ["12/14/2022", "S", "4,441"]
    assert len(_read(dated)) == 2
    # a nature no mark closes: the stray "S" may be the nature's last word
    open_nature = [w if w != "Trust(9)" else "Trust" for w in BODY]
    assert len(_read(open_nature)) == 2


def test_holdings_are_left_out_where_a_holding_lacks_a_cell() -> None:
    # an indirect holding without its nature: its words may be among the stray ones
    body = [w for w in BODY if w != "Trust(8)"]
    assert len(_read(body)) == 2


def test_a_mark_standing_alone_does_not_close_a_holding() -> None:
    # "Trust" then "S", "(7)": "S(7)" might end the nature, so nothing is kept
    body = [w if w != "Trust(9)" else "Trust" for w in BODY if w != "4,441"]
    assert len(_read(body)) == 2
