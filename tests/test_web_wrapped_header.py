"""A site's page of the form ("web" design) through html2text's 78-column wrap: Table II's
header row of short titles wrapped over four lines ("... Transaction Date| Deemed" /
"Execution Date| Code| V| Amount| (A) or (D)| ..."), its cells read across them
(``table_header.header_cells_across``), so that the rows' sixteen cells are read by
the header's columns, the amount then its "(A) or (D)" (``row_cells._columns``)."""

from __future__ import annotations

from form4lark.form.table_header import header_cells_across
from support import FIXTURES, table_fields_off

ZNGA = FIXTURES / "web" / "ZNGA-20111221-1" / "web" / "html2text-wrap.txt"


def test_a_header_wrapped_inside_a_cell_goes_on_with_it_on_the_next_line() -> None:
    lines = [["Title of Security", "Conversion or Exercise Price", "Deemed"],
             ["Execution Date", "Code", "Amount Owned Following", ""],
             ["Ownership Form (D/I)", "Nature"]]
    assert header_cells_across(lines) == [
        "Title of Security", "Conversion or Exercise Price", "Deemed Execution Date", "Code",
        "Amount Owned Following", "Ownership Form (D/I)", "Nature"]


def test_table_ii_under_a_wrapped_header_reads_by_its_columns() -> None:
    """ZNGA-20111221-1: the rows' cells by index, marks alone in the price and date cells
    ("|  [1]| 12/21/2011|"); before, Table II was left out (no row read by kinds)."""
    form, off = table_fields_off(ZNGA)
    assert off == []
    assert [(str(r.shares), r.acquired_disposed) for r in form.derivative_transactions] == \
        [("3109744", "D"), ("3109744", "A")]
