"""A site's own page of the form ("web" design) whose tables a converter printed as a
stream of cells after the short column titles: a browser's one line per row (lynx:
"Class A Common Stock 01/03/2023 S 16287 [1][1] D $9.1301 [2][2] 52860 D"), a PDF's
reading order (pypdf: the title's first lines above its values line). Each row is read
by the form's column order (form_rows.lark) where each cell is placed with certainty;
otherwise the row's text cells stay unknown, never wrong."""

from __future__ import annotations

from support import FIXTURES, fixture_text, read_none_wrong, table_fields_off

WEB = FIXTURES / "web"


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


def test_a_run_together_row_whose_title_ends_in_a_figure_is_left_unread_not_misread() -> None:
    """AAPL-20190812-1 through get_text() with its holding's title edited to end in a
    figure: "Class B-214000IBy Spouse" and "Series 214000IBy Spouse" (truth: "Class B-2"
    or "Series 2", 14000 owned). Nothing shows where the title ends, so the row is left
    uncut and its values unknown; before, "Class B-" or "Series" and 214000 were read."""
    from form4lark import parse

    path = WEB / "AAPL-20190812-1" / "web" / "bs4-text.txt"
    text = fixture_text(path)
    assert "\nCommon Stock14000IBy Spouse\n" in text
    for title in ("Class B-2", "Series 2"):
        form = parse(text.replace("\nCommon Stock14000IBy Spouse\n", f"\n{title}14000IBy Spouse\n"))
        assert not form.non_derivative_holdings
        assert [str(row.shares) for row in form.non_derivative_transactions] == ["17500", "17500"]


def test_run_together_rows_are_cut_only_where_the_title_s_end_shows() -> None:
    """A row's first figure that is no mark's after a letter, ")" or "$" ends the title;
    glued on after a space, a hyphen or at the line's opening it may be the title's own
    (one standing apart with a word after it is: "Series C-1 Preferred")."""
    from form4lark.shapes.run_together import title_end_shown

    for row in ("Common Stock14000IBy Spouse", "Restricted Stock Units(1)09/04/2020M5000A",
                "Stock Option (Right to Buy)$23.825708/12/2019M17500D", "2019 Units(1)5000D",
                "Series C-1 Preferred Stock(1)02/06/2024C4,025,764(1)(1)Common Stock1,875,938"):
        assert title_end_shown(row), row
    for row in ("Class B-214000IBy Spouse", "Series 214000IBy Spouse", "Series 214,000IBy Spouse",
                "Series 2 14000IBy Spouse", "Series 214000 IBy Trust 2", "Common Stock"):
        assert not title_end_shown(row), row


def test_column_titles_are_put_apart_only_where_they_are_all_the_line_holds() -> None:
    """"Title of SecurityTransaction Date..." run together goes one title a line; a line
    holding more than the titles (a row's words after them) is left as it is."""
    from form4lark.shapes.run_together import _titles_apart

    assert _titles_apart("Title of SecurityTransaction DateCodeVAmount") == \
        "Title of Security\nTransaction Date\nCode\nV\nAmount"
    line = "Title of SecurityTransaction DateCodeVAmount of Class A Shares"
    assert _titles_apart(line) == line


def test_a_short_label_ending_in_a_figure_keeps_the_figures_after_it() -> None:
    """"Reporting Owner 12 of 14" is no label "Reporting Owner 12 of 1" glued to "4";
    the labels are matched whatever their case, as the grammar's are."""
    from form4lark.shapes.run_together import short_labels_apart

    text = "REPORTING PERSONWILLIAMS JEFFREY E\nTickerAAPL\nReporting Owner 12 of 14\n"
    assert short_labels_apart(text) == \
        "REPORTING PERSON WILLIAMS JEFFREY E\nTicker AAPL\nReporting Owner 12 of 14\n"


def test_the_paper_form_run_together_leaves_a_row_whose_title_ends_in_a_figure_unread() -> None:
    """NTRA-20201120-1's paper form through get_text() (cut at its labels), its holding's
    title edited to "Series 2": "Series 21,109,342IBy estate planning vehicles" reads as
    "Series 2" and 1,109,342 or as "Series" and 21,109,342; before, the second was read."""
    from form4lark import parse

    path = FIXTURES / "run_together" / "NTRA-20201120-1.txt"
    text = fixture_text(path)
    assert "\nCommon Stock1,109,342IBy" in text
    form = parse(text.replace("\nCommon Stock1,109,342IBy", "\nSeries 21,109,342IBy"))
    assert not form.non_derivative_holdings
    # "M11,169": code M, note 1's bare mark and 1,169 shares, or 11,169 (note 1 is listed, no
    # row prints "(1)"): unknown
    assert [str(row.shares) for row in form.non_derivative_transactions] == \
        ["1987", "2845", "2072", "None", "1849"]


def test_table_i_s_last_columns_after_table_ii_s_title_are_table_i_s() -> None:
    """AAPL-20190502-1 through pdfminer: each column of cells is a box of its own, and
    Table II's title is read out before the boxes of Table I's codes, amounts, prices,
    amounts owned and letters, then Table II's column headers. Those lines are Table I's
    (before, Table I held only its titles and dates and was left out)."""
    path = WEB / "AAPL-20190502-1" / "web" / "pdfminer.txt"
    form, _ = read_none_wrong(path)
    assert [(str(t.shares), t.transaction_code, str(t.shares_owned_following))
            for t in form.non_derivative_transactions][:2] == [("13433", "S", "151187"),
                                                             ("18256", "S", "132931")]
    assert len(form.non_derivative_transactions) == 5 and not form.derivative_transactions


def test_table_i_s_late_headers_after_table_ii_s_title_lead_table_i_s_last_columns() -> None:
    """BETR-20241209-1 through pdfminer: Table II's title is read out before Table I's own
    late column headers ("Code V Amount", "(A) or (D)", "Price", ...) and the boxes of
    their cells, then Table II's header ("Title of Security", "Conversion or Exercise
    Price"). Those cells are Table I's, its headers dropped (before, Table I was left out
    with an error), and the lines read as Table I's are not warned of as Table II's."""
    path = WEB / "BETR-20241209-1" / "web" / "pdfminer.txt"
    form, _ = read_none_wrong(path)
    assert [(str(t.shares), t.transaction_code, str(t.shares_owned_following))
            for t in form.non_derivative_transactions] == [("628553", "C", "628553")]
    assert len(form.derivative_transactions) == 1
    assert not [d for d in form.diagnostics if d.field and d.field.startswith(
        ("non_derivative", "derivative"))]


def test_late_titles_after_table_ii_s_title_are_not_table_i_s_where_table_i_holds_no_cells(
        ) -> None:
    """BETR-20241209-1 through pdfminer, edited: Table I's part holds its first titles
    only (no cells), and Table II's title is followed by "Code V Amount", "(A) or (D)" and
    Table II's own cells ("C", "628553 [1]", "D"). The late titles complete no row of Table
    I's: they stay Table II's, and no row of Table I is made of Table II's cells (before:
    a holding "C", 628553, D)."""
    path = WEB / "BETR-20241209-1" / "edited" / "pdfminer-no-table-i-cells.txt"
    form, _ = read_none_wrong(path)
    assert not form.non_derivative_transactions and not form.non_derivative_holdings


def test_late_titles_printed_twice_after_table_ii_s_title_leave_table_i_unread() -> None:
    """BETR-20241209-1 through pdfminer, edited: after Table II's title, Table I's late
    titles and cells (as the real text), then "Code V Amount", "(A) or (D)" again with
    Table II's own cells, then Table II's header. Which late titles are Table I's and
    which Table II's cannot be told from their order alone (were Table II's cells first,
    the same guess would read them as Table I's): Table I is left out with a diagnostic
    (before: its row was read from the first titles), and no holding of Table I's is made
    of Table II's cells."""
    path = WEB / "BETR-20241209-1" / "edited" / "pdfminer-late-titles-twice.txt"
    form, _ = read_none_wrong(path)
    assert not form.non_derivative_transactions and not form.non_derivative_holdings
    assert any(d.field and d.field.startswith("non_derivative") for d in form.diagnostics)


def test_late_titles_after_table_ii_s_title_are_not_table_i_s_where_table_ii_lacks_them(
        ) -> None:
    """BETR-20241209-1 through pdfminer, edited: Table I's part holds its first titles and
    cells, Table II's title is followed by the late titles ("Code V Amount" to "Nature of
    Indirect Ownership") in Table I's order with Table II's cells ("C", "628553 [1]", "D",
    "$0", "137545 [1]", "I"), and Table II's header then prints none of those titles: they
    are Table II's own, so Table I is left out with a diagnostic (before: its row took
    Table II's direction, price and amount owned)."""
    path = WEB / "BETR-20241209-1" / "edited" / "pdfminer-table-ii-late-titles-first.txt"
    form, _ = read_none_wrong(path)
    assert not form.non_derivative_transactions and not form.non_derivative_holdings
    assert any(d.field and d.field.startswith("non_derivative") for d in form.diagnostics)


def test_table_ii_s_cells_taken_as_table_i_s_are_warned_of_where_table_i_fails() -> None:
    """BETR-20241209-1 through pdfminer, edited: Table I's late columns are gone and Table
    II's cells stand right after its title, before its header. Those cells are taken as
    Table I's last columns, and Table I then fails ("its row at 'Class'"): the lines stay
    Table II's to explain, so its lost row is warned of (before: no warning, and Table II
    read as empty)."""
    path = WEB / "BETR-20241209-1" / "edited" / "pdfminer-table-ii-cells-before-its-header.txt"
    form, _ = read_none_wrong(path)
    assert not form.non_derivative_transactions and not form.derivative_transactions
    assert any(d.field and d.field.startswith("non_derivative") for d in form.diagnostics)
    assert any(d.field == "derivative_transactions" and "not read" in d.message
               for d in form.diagnostics)


def test_late_boxes_of_both_tables_after_table_ii_s_title_leave_table_i_unread() -> None:
    """BETR-20241209-1 through pdfminer, edited: after Table II's title, Table II's late
    titles and cells, then Table I's own late boxes, then "Footnotes". The first late
    titles are followed by no header of Table II's own: which are Table I's cannot be
    told, so Table I is left out with a diagnostic (before: its row took Table II's
    direction 'D', price 0 and amount owned 137545)."""
    path = WEB / "BETR-20241209-1" / "edited" / "pdfminer-both-tables-late-boxes.txt"
    form, _ = read_none_wrong(path)
    assert not form.non_derivative_transactions and not form.non_derivative_holdings
    assert any(d.field and d.field.startswith("non_derivative") for d in form.diagnostics)


def test_table_ii_s_header_split_by_a_cell_of_header_words_still_titles_its_columns() -> None:
    """CMMB-20210316-1 through pdfminer: Table I's late boxes stand after Table II's
    title, and Table II's header is split by its first cell ("American Depositary
    Shares Purchase Warrant", whose line "Shares" is all header words). That cell holds
    no title: Table II's header still titles exactly its columns, and Table I's row is
    read (a check that took every line of header words for titles left it out)."""
    form, _ = read_none_wrong(WEB / "CMMB-20210316-1" / "web" / "pdfminer.txt")
    assert [(str(t.shares), t.transaction_code, str(t.shares_owned_following))
            for t in form.non_derivative_transactions] == [("230536", "P", "1108509")]


def test_a_run_together_table_ii_gives_marks_after_the_a_or_d_letter_to_the_date_columns() -> None:
    """SCTY-20121218-1 through BeautifulSoup's get_text(): "C10491720D [1] [1]Common
    Stock": the page prints the "(A) or (D)" letter in a column of its own, then the two
    date columns with only a mark each. The marks are one to each date column (before,
    the word "(1)(1)" read as no column and Table II was left out)."""
    path = WEB / "SCTY-20121218-1" / "web" / "bs4-text.txt"
    assert "C10491720D [1] [1]Common Stock10491720 [1]0IBy Trust" in fixture_text(path)
    form, off = read_none_wrong(path)
    rows = form.derivative_transactions
    assert [(str(r.shares), r.acquired_disposed, str(r.underlying_shares), str(r.shares_owned_following))
            for r in rows][:2] == [("10491720", "D", "10491720", "0"), ("2897342", "D", "2897342", "0")]
    assert [(r.footnotes.get("exercise_date"), r.footnotes.get("expiration_date")) for r in rows] == \
        [(("1",), ("1",))] * 5 + [(("2",), ("2",))]
