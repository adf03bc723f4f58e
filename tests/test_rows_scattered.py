"""Table I's rows whose cells pdftotext (no -layout) printed scattered over several
rows (``rows_scattered.py``): put back between the rows kept and a row that reads
where the amounts split one way only by the table's arithmetic. Values from
TSLA-20211221 (EDGAR's XML: rows 5 to 10, sales (S) on 12/21/2021, held directly:
5,778 then 6,753, 10,400, 16,465, 24,576 and 29,398 shares sold, 2,071,929, 2,065,176,
2,054,776, 2,038,311, 2,013,735 and 1,984,337 owned after; prices $890.495 to $895.785)."""

from __future__ import annotations

from form4lark.form.row_resync import partly_read
from support import paragraph_atoms

TITLE = "Common Stock"
DAY = "12/21/2021"
KEPT = [TITLE, DAY, "S(1)", "5,778(2)", "D", "$890.495(5)", "2,071,929", "D",
        TITLE, DAY, "S(1)", "6,753(2)", "D", "$891.921(6)", "2,065,176", "D"]
# three rows as pdftotext prints them: the shares of all three after the third's code
SCATTERED = [TITLE, DAY, "S", "(1)", "(2)", "D", "$892.81", "2,054,776", "D",
             TITLE, DAY, "S", "(1)", "D", "$893.659", "2,038,311", "D",
             TITLE, DAY, "S(1)", "10,400", "(2)", "16,465", "(2)", "24,576", "D", "$894.789",
             "2,013,735", "D"]
WHOLE = [TITLE, DAY, "S(1)", "29,398(2)", "D", "$895.785", "1,984,337", "D"]


def _read(words: list[str]) -> list[dict[str, str]] | None:
    partial = partly_read(paragraph_atoms(words), "table_i", "stream")
    if partial is None:
        return None
    return [{key: cell.text for key, cell in row.items()} for row in partial.rows]


def test_the_scattered_rows_are_put_back_by_the_arithmetic() -> None:
    partial = partly_read(paragraph_atoms(KEPT + SCATTERED + WHOLE), "table_i", "stream")
    assert partial is not None and "3 of them put back" in partial.message
    assert "prices" in partial.message
    rows = [{key: cell.text for key, cell in row.items()} for row in partial.rows]
    assert [(r["shares"], r["shares_owned_following"]) for r in rows] == [
        ("5,778(2)", "2,071,929"), ("6,753(2)", "2,065,176"), ("10,400", "2,054,776"),
        ("16,465", "2,038,311"), ("24,576", "2,013,735"), ("29,398(2)", "1,984,337")]
    for row in rows[2:5]:
        assert (row["security_title"], row["transaction_date"], row["transaction_code"],
                row["acquired_disposed"], row["direct_or_indirect"]) == (TITLE, DAY, "S",
                                                                         "D", "D")
        assert "price_per_share" not in row  # the prices differ: their order is not told
    assert rows[5]["price_per_share"] == "$895.785"


def test_scattered_rows_that_do_not_split_one_way_are_left_out() -> None:
    cases = [
        # a row's amount misread: the amounts, as many as the rows need, do not chain
        [a if a != "16,465" else "16,466" for a in SCATTERED],
        # a second date: a deemed date or another day
        [a if n != 1 else "12/22/2021" for n, a in enumerate(SCATTERED)],
        # a nature's words among them
        SCATTERED[:-1] + ["I", "By", "Trust"],
    ]
    for scattered in cases:
        rows = _read(KEPT + scattered + WHOLE)
        assert rows is not None and len(rows) == 2, scattered
