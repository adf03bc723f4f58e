"""Table I's first transaction printed with its cells apart, as pdftotext (no -layout)
prints it among the column headers (``row_first_apart.py``): read by its values'
kinds where they fit one row only, the amount owned after it told by the next row's
arithmetic. Values from SNOW-20221213 (EDGAR's XML: 200,000 shares acquired (M) at
$8.88, 301,097 owned after; then 73,170 sold at $150.841, 227,927 owned after) and
BETR-20241209 (the pdftotext fixture: one row, 628,553 converted (C), held indirectly)."""

from __future__ import annotations


from form4lark.form.row_first_apart import first_row_apart
from support import FIXTURES, paragraph_atoms, table_fields_off

TITLE = "Class A Common Stock"


# the first row's cells in the order pdftotext prints them among the headers ("(3)":
# the next row's price's mark), then the rows it prints whole
FIRST = [TITLE, "12/13/2022", "200,000", "M", "301,097(1)", "D", "(3)", "A", "$8.88"]
NEXT = [TITLE, "12/13/2022", "S(2)", "73,170", "D", "$150.841", "227,927", "D",
        TITLE, "12/13/2022", "S(2)", "74,907", "D", "$151.814(4)", "153,020", "D"]


def _texts(words: list[str]) -> dict[str, str]:
    read = first_row_apart(paragraph_atoms(words), "table_i", "stream")
    assert read is not None
    return {key: cell.text for key, cell in read[0][0].items()}


def test_the_first_row_is_read_by_its_values_kinds() -> None:
    read = first_row_apart(paragraph_atoms(FIRST + NEXT), "table_i", "stream")
    assert read is not None
    rows, left_out = read
    assert left_out is None and len(rows) == 3
    assert {key: cell.text for key, cell in rows[0].items()} == {
        "security_title": TITLE, "transaction_date": "12/13/2022", "transaction_code": "M",
        "equity_swap_involved": "", "shares": "200,000", "price_per_share": "$8.88",
        "acquired_disposed": "A", "shares_owned_following": "301,097(1)",
        "direct_or_indirect": "D"}
    assert rows[1]["shares"].text == "73,170"


def test_the_next_rows_arithmetic_tells_the_amount_owned_after() -> None:
    # 227,927 + 73,170 = 301,097: the amounts' order does not matter
    words = [TITLE, "12/13/2022", "301,097(1)", "M", "200,000", "D", "A", "$8.88"]
    texts = _texts(words + NEXT)
    assert (texts["shares"], texts["shares_owned_following"]) == ("200,000", "301,097(1)")


def test_a_row_that_does_not_fit_one_way_is_not_read() -> None:
    cases = [
        # no amount the next row holds before: which is owned after is not told
        [TITLE, "12/13/2022", "200,000", "M", "301,000", "D", "A", "$8.88"],
        # two dates: a deemed date or a second row
        [TITLE, "12/13/2022", "12/14/2022", "200,000", "M", "301,097", "D", "A", "$8.88"],
        # letters that fit more than one way (code A, (A) or (D) D: or code D, A)
        [TITLE, "12/13/2022", "200,000", "A", "301,097", "D", "D", "$8.88"],
        # a "V": an equity swap's or the header's
        [TITLE, "12/13/2022", "200,000", "M", "V", "301,097", "D", "A", "$8.88"],
        # words of a nature for a direct holding
        [TITLE, "12/13/2022", "200,000", "M", "301,097", "D", "A", "$8.88", "By Trust"],
    ]
    for words in cases:
        assert first_row_apart(paragraph_atoms(words + NEXT), "table_i", "stream") is None, words


def test_a_one_row_table_with_its_nature_among_its_values() -> None:
    form, off = table_fields_off(FIXTURES / "pdftotext-blocks" / "BETR-20241209-1-sec.txt")
    assert form.non_derivative_transactions is not None and len(form.non_derivative_transactions) == 1
    # the row reads as EDGAR's XML has it but for marks standing alone (whose they are is lost)
    assert [f for f in off if f.startswith("non_derivative_transactions")] == [
        "non_derivative_transactions[0].footnotes.price_per_share missed",
        "non_derivative_transactions[0].footnotes.shares missed",
        "non_derivative_transactions[0].footnotes.shares_owned_following missed"]
    assert form.non_derivative_transactions[0].price_per_share is None  # its mark only
    assert any("first row does not read in the form's order" in d.message
               for d in form.diagnostics)
