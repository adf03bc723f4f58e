"""A site's own page of the form ("web" design) whose tables a converter printed as a
stream of cells after the short column titles: a browser's one line per row (lynx:
"Class A Common Stock 01/03/2023 S 16287 [1][1] D $9.1301 [2][2] 52860 D"), a PDF's
reading order (pypdf: the title's first lines above its values line). Each row is read
by the form's column order (form_rows.lark) where each cell is placed with certainty;
otherwise the row's text cells stay unknown, never wrong."""

from __future__ import annotations

from pathlib import Path

from support import fixture_text, table_fields_off

WEB = Path(__file__).resolve().parent / "fixtures" / "web"


def test_a_browser_s_row_of_cells_gives_each_spaced_mark_to_the_value_before_it() -> None:
    """AFRM-20230103-1 through lynx: "S 16287 [1][1] D $9.1301 [2][2] 52860 D" (link number
    and mark, "(1)" once read): the amount's mark stands apart before its direction, the
    price's before the amount owned; each is the value's before it (no column between
    holds a mark alone). Before, the row did not read (Table I missed)."""
    path = WEB / "AFRM-20230103-1" / "web" / "lynx.txt"
    assert "S 16287 [1][1] D $9.1301 [2][2] 52860 D" in fixture_text(path)
    form, off = table_fields_off(path)
    assert off == []
    sale = form.non_derivative_transactions[0]
    assert (str(sale.shares), sale.footnotes.get("shares"), str(sale.price_per_share),
            sale.footnotes.get("price_per_share")) == ("16287", ("1",), "9.1301", ("2",))


def test_titles_wrapped_above_their_values_line_tell_the_nature_from_the_next_title() -> None:
    """EB-20210112-1 through pypdf: each title's first line "Class A Common" above its
    values line "Stock 48382 I Estate Planning": the first row shows titles wrapping
    above, so the line between two rows is the next title's, not the nature's (before:
    "Estate Planning Class A Common" and the title "Stock" would be read)."""
    path = WEB / "EB-20210112-1" / "web" / "pypdf.txt"
    form, off = table_fields_off(path)
    assert off == []
    held = form.non_derivative_holdings[0]
    assert (held.security_title, held.nature_of_ownership) == \
        ("Class A Common Stock", "Estate Planning")


def test_rows_centred_on_their_values_line_read_their_titles_and_natures() -> None:
    """EB-20210112-1 through pdfplumber: "Class A Common" above the values line and
    "Stock" below it. Row one (no words on its values line) shows the page centres its
    cells, so each line around a values line is that row's: a nature on the values line
    ("48382 I Estate Planning") is of one line, the words below it the title's (read as
    printed before, the titles were left unknown; centred_cells.py)."""
    path = WEB / "EB-20210112-1" / "web" / "pdfplumber.txt"
    form, off = table_fields_off(path)
    assert [field for field in off if not field.endswith(" missed")] == []
    assert [str(row.shares_owned_following) for row in form.non_derivative_holdings] == \
        ["48382", "42102"]
    assert [(row.security_title, row.nature_of_ownership)
            for row in form.non_derivative_holdings] == \
        [("Class A Common Stock", "Estate Planning"),
         ("Class A Common Stock", "US Venture 2010 Seed")]


def test_a_page_run_together_reads_its_header_rows_and_its_tables_cut_where_certain() -> None:
    """AAPL-20190812-1 through BeautifulSoup's get_text(): every cell glued to the next
    ("TickerAAPL", "Common Stock08/12/2019S17500D$201.69 [1]1133283D"). The short labels
    are put apart from their values, the column titles onto lines of their own and each
    row cut where certain; only the address (its street and city lines run together)
    stays unknown. Before, nothing but the notes was read."""
    path = WEB / "AAPL-20190812-1" / "web" / "bs4-text.txt"
    assert "TickerAAPL\n" in fixture_text(path)
    form, off = table_fields_off(path)
    assert sorted(off) == ["reporting_owners[0].city missed", "reporting_owners[0].street1 missed"]
    sale = form.non_derivative_transactions[1]
    assert (str(sale.shares), str(sale.price_per_share), sale.footnotes.get("price_per_share"),
            str(sale.shares_owned_following)) == ("17500", "201.69", ("1",), "1133283")


def test_short_labels_are_put_apart_only_on_a_page_that_glues_the_owner_s_and_the_ticker_s() -> None:
    """A label glued to a small letter may be a longer word ("Filings"), one before a
    cell's border ("Ticker| AAPL") is no glued one; without both the owner's name and the
    ticker glued, no line is touched."""
    from form4lark.shapes.run_together import short_labels_apart

    glued = "Reporting PersonWILLIAMS JEFFREY E\nCIK0001496686\nTickerAAPL\nFilingsof the issuer\n"
    assert short_labels_apart(glued) == \
        "Reporting Person WILLIAMS JEFFREY E\nCIK 0001496686\nTicker AAPL\nFilingsof the issuer\n"
    for text in ("Reporting PersonWILLIAMS JEFFREY E\nCIK0001496686\nTicker AAPL\n",
                 "Reporting Person| WILLIAMS JEFFREY E\nTicker| AAPL\n"):
        assert short_labels_apart(text) == text
