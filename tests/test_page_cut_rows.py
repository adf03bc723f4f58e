"""A row cut by a page's end whose rest pymupdf4llm printed as the next page's table
header (``shapes/page_cut_rows.py``): the header is written back into the row."""

from __future__ import annotations

from form4lark.shapes.page_cut_rows import with_cut_rows_joined
from support import FIXTURES, read_none_wrong

TEXT = (FIXTURES / "web_pymupdf4llm" / "PLTR-20210217-1"
        / "web" / "pymupdf4llm.md")
# the page's last row, lacking its title, underlying title and nature (Table II)
CUT_ROW = "||[29]|02/17/2021||C [1]||588414|D|[29]|[29]||588414|$0.00|0|I||"
REST = ("|Class B<br>Common<br>Stock|Col2|Col3|Col4|Col5|Col6|Col7|Col8|Col9|Col10|"
        "Class A<br>Common<br>Stock|Col12|Col13|Col14|Col15|See<br>Footnote<br>[9]|")
SEPARATOR = "|---" * 16 + "|"
NEXT_ROW = ("|Class B<br>Common<br>Stock|[29]|02/17/2021||C [1]||11440882|D|[29]|[29]|"
            "Class A<br>Common<br>Stock|11440882|$0.00|0|I|See<br>Footnote<br>[10]|")


def test_the_next_tables_header_holding_the_rows_rest_is_put_back_into_it() -> None:
    text = "\n".join([CUT_ROW, "", "", REST, SEPARATOR, NEXT_ROW])
    assert with_cut_rows_joined(text).split("\n") == [
        "|Class B<br>Common<br>Stock|[29]|02/17/2021||C [1]||588414|D|[29]|[29]|"
        "Class A<br>Common<br>Stock|588414|$0.00|0|I|See<br>Footnote<br>[9]|",
        "", "", "", "", NEXT_ROW]


def test_a_header_holding_text_where_the_row_holds_its_own_is_a_row_of_its_own() -> None:
    # a holding on the next page (its title where the row above has one) stays apart
    text = "\n".join([NEXT_ROW, "", REST.replace("Col15", "D"), SEPARATOR, CUT_ROW])
    assert with_cut_rows_joined(text) == text


def test_a_header_the_page_printed_is_left_as_it_is() -> None:
    # no column the converter named itself: the page's own header
    text = "\n".join([CUT_ROW, "", REST.replace("Col", "Amount "), SEPARATOR, NEXT_ROW])
    assert with_cut_rows_joined(text) == text


def test_the_whole_text_reads_table_ii_as_the_truth() -> None:
    """Before, the cut row had no title and the rows after it were paired one off
    (13 wrong values: shares read from the next row)."""
    form, off = read_none_wrong(TEXT)
    assert not [field for field in off if "derivative" in field]
    assert [row.security_title for row in form.derivative_transactions] == ["Class B Common Stock"] * 10


def test_a_cut_row_that_was_its_pages_header_takes_the_rest_where_it_names_columns() -> None:
    # the page's only row: pymupdf4llm printed it as the header, its empty cells "ColN"
    cut_header = "|Col1|[29]|02/17/2021|Col4|C [1]|Col6|588414|D|[29]|[29]|Col11|588414|$0.00|0|I|Col16|"
    text = "\n".join([cut_header, SEPARATOR, "", REST, SEPARATOR, NEXT_ROW])
    assert with_cut_rows_joined(text).split("\n")[0] == (
        "|Class B<br>Common<br>Stock|[29]|02/17/2021||C [1]||588414|D|[29]|[29]|"
        "Class A<br>Common<br>Stock|588414|$0.00|0|I|See<br>Footnote<br>[9]|")



def test_a_cut_row_keeping_its_title_takes_the_wrapped_shares_and_price() -> None:
    # the page's end cut a Table I row after its title: its shares and price wrapped
    row = "|Common Stock|12/21/2021||S [1]|||D||1917015|D||"
    rest = "|Col1|Col2|Col3|Col4|Col5|25788<br>[2]|Col7|$898.861<br>[13]|Col9|Col10|Col11|"
    text = "\n".join([row, "", rest, "|---" * 11 + "|"])
    assert with_cut_rows_joined(text).split("\n")[0] == (
        "|Common Stock|12/21/2021||S [1]||25788<br>[2]|D|$898.861<br>[13]|1917015|D||")
